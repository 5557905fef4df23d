"""A neutral, extractive English brief: every sentence is a template over cited claims.

Names come from :class:`Entity` names or the claims' own surface text, figures from the
claims' :class:`Value`, quotes verbatim from their evidence; nothing else is written.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from .reconcile import count_origins
from .records import Article, Brief, BriefSentence, Claim, Entity, Evidence
from .timeline import build_relations, build_timeline
from .wording import (
    VAGUE_WORDS,
    describe_value,
    format_number,
    is_vague,
    join_names,
    nominal_value,
    norm,
    quantity_phrase,
    quantity_topic,
    source_names,
)

__all__ = ["build_brief", "build_relations", "build_timeline"]

# A brief is read in under a minute: eight sentences cover the toll, who met whom and
# what was said without turning into a list of every claim.
MAX_SENTENCES = 8
# Per-section shares of the brief (figures, relations/events, quotes), so one busy kind
# does not crowd out the others; unused slots go to what is left over.
SECTION_CAPS = (3, 3, 2)
# Quotes longer than this are cut at a word boundary with an ellipsis: enough words to
# carry the point, short enough to stay one line in the brief.
MAX_QUOTE_WORDS = 25
# Figures of the toll kind lead the brief, in this order; other figures follow.
_TYPE_ORDER = ("killed", "dead", "deaths", "injured", "wounded", "missing", "displaced")
_STATUS_ORDER = ("disputed", "corroborated", "single_source")
# Generic counts ("80,000 people") say little without what they count: they come last.
_LAST_TYPES = frozenset({"count"})
_QUOTE_MARKS = "\"'“”„«»‘’‹› "
# Thousands separators inside a number ("1,130", "1.300", "2 140"), removed before matching.
_DIGIT_GROUPS = re.compile(r"(?<=\d)[,.\s\u00a0\u202f'](?=\d{3}(?!\d))")
# Words inside quotation marks, in the marks the corpus languages use ("", „“, « », »«).
_QUOTED = re.compile(r"[\"“«„»]\s*([^\"“”«»„]{3,}?)\s*[\"”»“«]")
# A sentence that opens inside a quote begun in the previous one: 'words », a déclaré X'.
_QUOTE_TAIL = re.compile(r"^\s*([^\"“”«»„]{3,}?)[\s,]*[\"”»“]")


def build_brief(story_claims: list[Claim], articles: dict[str, Article],
                entities: list[Entity]) -> Brief:
    """Summarise a story from its claims only, so every sentence can be traced and checked."""
    names = {entity.id: entity.name for entity in entities}
    people = {entity.id for entity in entities if entity.type == "PERSON"}
    by_id = {claim.id: claim for claim in story_claims}
    counted = [c for c in story_claims if c.kind == "quantity" and _is_count(c)]
    figures = _figure_sentences([c for c in story_claims if not _is_count(c)], by_id, articles)
    linked = sorted((c for c in story_claims if c.kind in ("relation", "event")), key=_rank)
    relations = [s for c in linked if (s := _relation_sentence(c, names, articles))]
    quotes = _quote_sentences([c for c in story_claims if c.kind == "quote"], names, people,
                              articles)
    # Generic counts only fill slots nothing else wants (no reserved share).
    sections = (figures, relations, quotes, _figure_sentences(counted, by_id, articles))
    caps = (*SECTION_CAPS, 0)
    picked = {id(s) for section, cap in zip(sections, caps, strict=True) for s in section[:cap]}
    spare = [s for section, cap in zip(sections, caps, strict=True) for s in section[cap:]]
    picked |= {id(s) for s in spare[: max(0, MAX_SENTENCES - len(picked))]}
    ordered = [s for section in sections for s in section if id(s) in picked]
    return Brief(language="en", sentences=ordered[:MAX_SENTENCES])


def _rank(claim: Claim) -> tuple[int, int, int, str]:
    """Disputed and corroborated claims before single reports; tolls before other figures."""
    status = _STATUS_ORDER.index(claim.status) if claim.status in _STATUS_ORDER else 3
    kind = claim.value.type.casefold() if claim.value is not None else ""
    type_rank = _TYPE_ORDER.index(kind) if kind in _TYPE_ORDER else len(_TYPE_ORDER)
    return (status, type_rank, -claim.independent_sources, claim.id)


def _is_count(claim: Claim) -> bool:
    """Generic counts are kept out of the figure slots: without context they mislead."""
    return claim.value is not None and claim.value.type.casefold() in _LAST_TYPES


def _sentence(text: str, claims: list[Claim]) -> BriefSentence:
    """A brief sentence citing these claims and every article behind them."""
    article_ids = sorted({e.article_id for claim in claims for e in claim.sources})
    return BriefSentence(text=text, claim_ids=sorted(c.id for c in claims),
                         article_ids=article_ids)


def _attribution(claim: Claim, articles: Mapping[str, Article],
                 lead: str = "according to") -> str:
    """'according to 3 independent sources' or 'according to Outlet A', never more than seen."""
    origins = count_origins(claim.sources, articles)
    if origins >= 2:
        return f"{lead} {origins} independent sources"
    outlets = source_names(claim.sources, articles)
    copies = " (one original report)" if len(outlets) > 1 else ""
    return f"{lead} {join_names(outlets)}{copies}"


def _figure_sentences(claims: list[Claim], by_id: Mapping[str, Claim],
                      articles: Mapping[str, Article]) -> list[BriefSentence]:
    """One sentence per dispute (all its versions), then one per undisputed figure."""
    figures = sorted((c for c in claims if c.kind == "quantity" and c.value is not None),
                     key=_rank)
    out: list[BriefSentence] = []
    seen: set[str] = set()
    for claim in figures:
        if claim.id in seen:
            continue
        group = _conflict_group(claim, by_id)
        seen.update(c.id for c in group)
        if len(group) > 1:
            out.append(_dispute_sentence(group, articles))
        else:
            out.append(_sentence(_figure_text(claim, articles), [claim]))
    return out


def _conflict_group(claim: Claim, by_id: Mapping[str, Claim]) -> list[Claim]:
    """The claim and every figure it is (transitively) in conflict with."""
    group, todo = {claim.id: claim}, [claim]
    while todo:
        for other_id in todo.pop().conflicts_with:
            other = by_id.get(other_id)
            if other is not None and other.id not in group:
                group[other.id] = other
                todo.append(other)
    return sorted(group.values(), key=lambda c: (-c.independent_sources, c.id))


def _dispute_sentence(group: list[Claim], articles: Mapping[str, Article]) -> BriefSentence:
    """'Sources disagree on the death toll: A and B report X; C reports Y.'"""
    assert group[0].value is not None
    parts = []
    for claim in group:
        assert claim.value is not None
        outlets = source_names(claim.sources, articles)
        verb = "reports" if len(outlets) == 1 else "report"
        if not _all_state(claim):  # worded differently ("more than 1,000", "1,130")
            verb = verb.replace("report", "give") + " figures in line with"
        parts.append(f"{join_names(outlets)} {verb} {quantity_phrase(claim.value)}")
    topic = quantity_topic(group[0].value.type)
    return _sentence(f"Sources disagree on the {topic}: {'; '.join(parts)}.", group)


def _all_state(claim: Claim) -> bool:
    """Whether every source of a merged figure gives its number in digits, so the brief may
    say they 'report' it; otherwise (1,130 merged with 'more than 1,000') they only agree."""
    value = claim.value
    if value is None or is_vague(value) or value.low is None:
        return True
    digits = format_number(nominal_value(value)).replace(",", "")
    pattern = re.compile(rf"(?<![\d.,]){re.escape(digits)}(?![\d]|[.,]\d)")
    return all(pattern.search(_DIGIT_GROUPS.sub("", e.quote)) for e in claim.sources)


def _figure_text(claim: Claim, articles: Mapping[str, Article]) -> str:
    """'More than 1,000 people were killed (dated 2024-05-02), according to 3 sources'.

    ``when`` is the date stated in the figure's sentence (mostly the event's), not the
    date the count was current, so it is not worded "as of"."""
    value = claim.value
    assert value is not None
    figure = describe_value(value)
    unit = (value.unit or "").strip()
    if unit in ("", "people", "persons", "person") and (
            value.type.endswith("ed") or value.type == "missing"):
        one = value.low == 1 and value.high == 1
        joiner = " of" if figure in VAGUE_WORDS or figure.endswith("number") else ""
        noun = "person was" if one else "people were"
        text = f"{figure}{joiner} {noun} {value.type}"
    elif _is_count(claim):
        text = f"a count of {figure} {unit or 'people'}"
    else:
        text = f"{value.type}: {quantity_phrase(value).removesuffix(' ' + value.type)}"
    when = f" (dated {claim.when})" if claim.when else ""
    return f"{text[:1].upper()}{text[1:]}{when}, {_attribution(claim, articles)}."


def _name(entity_id: str | None, text: str | None, names: Mapping[str, str]) -> str | None:
    """An entity's canonical name, else the surface form the article used."""
    if entity_id and entity_id in names:
        return names[entity_id]
    return text or None


def _relation_sentence(claim: Claim, names: Mapping[str, str],
                       articles: Mapping[str, Article]) -> BriefSentence | None:
    """'X met Y (according to 2 independent sources).' or the event's own statement."""
    source = _name(claim.subject, claim.subject_text, names)
    target = _name(claim.object, claim.object_text, names)
    if claim.kind == "relation" and source and target:
        core = f"{source} {claim.predicate} {target}"
    else:
        core = claim.statement.strip().rstrip(".")
    if not core:
        return None
    flag = "disputed; " if claim.status == "disputed" else ""
    return _sentence(f"{core} ({flag}{_attribution(claim, articles)}).", [claim])


def _quote_sentences(claims: list[Claim], names: Mapping[str, str], people: set[str],
                     articles: Mapping[str, Article]) -> list[BriefSentence]:
    """Quote sentences, best first (people's words, corroborated, verbatim), each said once."""
    def rank(claim: Claim) -> tuple[int, bool, tuple[int, int, int, str]]:
        strength = (claim.subject in people) + (claim.independent_sources >= 2)
        direct = bool(_quote_words(claim, articles)[1])
        return (-strength, not direct, _rank(claim))

    out: list[BriefSentence] = []
    seen: set[str] = set()
    for claim in sorted(claims, key=rank):
        words = norm(_quote_words(claim, articles)[0])
        if words and words not in seen and (sentence := _quote_sentence(claim, names, articles)):
            seen.add(words)
            out.append(sentence)
    return out


def _quote_sentence(claim: Claim, names: Mapping[str, str],
                    articles: Mapping[str, Article]) -> BriefSentence | None:
    """'Name said: "<verbatim words>" (according to Outlet A).' for a known speaker's own
    words; otherwise 'According to <speaker as written>: "<sentence>" (as reported by ...)'."""
    words, direct = _quote_words(claim, articles)
    if not words:
        return None
    if direct and claim.subject and claim.subject in names:
        text = f'{names[claim.subject]} said: "{words}" ({_attribution(claim, articles)}).'
        return _sentence(text, [claim])
    speaker = (names.get(claim.subject or "") or _attributed(claim, articles)
               or claim.subject_text)
    if not speaker:
        return None
    reported = _attribution(claim, articles, lead="as reported by")
    return _sentence(f'According to {speaker}: "{words}" ({reported}).', [claim])


def _attributed(claim: Claim, articles: Mapping[str, Article]) -> str | None:
    """The speaker exactly as the article wrote it, from the evidence the brief quotes."""
    evidence = _quoted_evidence(claim, articles)
    if evidence is not None and evidence.attributed_to:
        return evidence.attributed_to
    return next((e.attributed_to for e in claim.sources if e.attributed_to), None)


def _quoted_evidence(claim: Claim, articles: Mapping[str, Article]) -> Evidence | None:
    """The evidence to quote: an English source when there is one, so readers can read it."""
    english = [e for e in claim.sources
               if e.article_id in articles and articles[e.article_id].language == "en"]
    return next(iter(english or claim.sources), None)


def _quote_words(claim: Claim, articles: Mapping[str, Article]) -> tuple[str, bool]:
    """Verbatim words and whether they were inside quotation marks (else the whole reported
    sentence), shortened at a word boundary."""
    evidence = _quoted_evidence(claim, articles)
    if evidence is None:
        return "", False
    quoted = (claim.object_text or "").strip(_QUOTE_MARKS)
    match = _QUOTED.search(evidence.quote) or _QUOTE_TAIL.search(evidence.quote)
    if quoted and quoted in evidence.quote:
        words, direct = quoted, True
    elif match:
        words, direct = match.group(1), True
    else:
        words, direct = evidence.quote, False
    tokens = words.strip(_QUOTE_MARKS).rstrip(",;:").split()
    if len(tokens) > MAX_QUOTE_WORDS:
        return " ".join(tokens[:MAX_QUOTE_WORDS]) + " …", direct
    return " ".join(tokens), direct
