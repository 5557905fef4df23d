"""A neutral, extractive English brief: every sentence is a template over cited claims.

Names come from :class:`Entity` names or the claims' own surface text, figures from the
claims' :class:`Value`, quotes verbatim from their evidence; nothing else is written.
"""

from __future__ import annotations

from collections.abc import Mapping

from .reconcile import count_origins
from .records import Article, Brief, BriefSentence, Claim, Entity
from .timeline import build_relations, build_timeline
from .wording import (
    VAGUE_WORDS,
    describe_value,
    join_names,
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
_QUOTE_MARKS = "\"'“”„«»‘’‹› "


def build_brief(story_claims: list[Claim], articles: dict[str, Article],
                entities: list[Entity]) -> Brief:
    """Summarise a story from its claims only, so every sentence can be traced and checked."""
    names = {entity.id: entity.name for entity in entities}
    by_id = {claim.id: claim for claim in story_claims}
    figures = _figure_sentences(story_claims, by_id, articles)
    linked = sorted((c for c in story_claims if c.kind in ("relation", "event")), key=_rank)
    relations = [s for c in linked if (s := _relation_sentence(c, names, articles))]
    spoken = sorted((c for c in story_claims if c.kind == "quote"), key=_rank)
    quotes = [s for c in spoken if (s := _quote_sentence(c, names, articles))]
    sections = (figures, relations, quotes)
    picked = {id(s) for section, cap in zip(sections, SECTION_CAPS, strict=True)
              for s in section[:cap]}
    spare = [s for section, cap in zip(sections, SECTION_CAPS, strict=True)
             for s in section[cap:]]
    picked |= {id(s) for s in spare[: max(0, MAX_SENTENCES - len(picked))]}
    ordered = [s for section in sections for s in section if id(s) in picked]
    return Brief(language="en", sentences=ordered[:MAX_SENTENCES])


def _rank(claim: Claim) -> tuple[int, int, int, str]:
    """Disputed and corroborated claims before single reports; tolls before other figures."""
    status = _STATUS_ORDER.index(claim.status) if claim.status in _STATUS_ORDER else 3
    kind = claim.value.type.casefold() if claim.value is not None else ""
    type_rank = _TYPE_ORDER.index(kind) if kind in _TYPE_ORDER else len(_TYPE_ORDER)
    return (status, type_rank, -claim.independent_sources, claim.id)


def _sentence(text: str, claims: list[Claim]) -> BriefSentence:
    """A brief sentence citing these claims and every article behind them."""
    article_ids = sorted({e.article_id for claim in claims for e in claim.sources})
    return BriefSentence(text=text, claim_ids=sorted(c.id for c in claims),
                         article_ids=article_ids)


def _attribution(claim: Claim, articles: Mapping[str, Article]) -> str:
    """'according to 3 independent sources' or 'according to Outlet A', never more than seen."""
    origins = count_origins(claim.sources, articles)
    if origins >= 2:
        return f"according to {origins} independent sources"
    outlets = source_names(claim.sources, articles)
    copies = " (one original report)" if len(outlets) > 1 else ""
    return f"according to {join_names(outlets)}{copies}"


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
        parts.append(f"{join_names(outlets)} {verb} {quantity_phrase(claim.value)}")
    topic = quantity_topic(group[0].value.type)
    return _sentence(f"Sources disagree on the {topic}: {'; '.join(parts)}.", group)


def _figure_text(claim: Claim, articles: Mapping[str, Article]) -> str:
    """'More than 1,000 people were killed (as of 2024-05-02), according to 3 sources.'"""
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
    else:
        text = f"{value.type}: {quantity_phrase(value).removesuffix(' ' + value.type)}"
    when = f" (as of {claim.when})" if claim.when else ""
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


def _quote_sentence(claim: Claim, names: Mapping[str, str],
                    articles: Mapping[str, Article]) -> BriefSentence | None:
    """'X said: "<verbatim words>" (according to Outlet A).'"""
    attributed = next((e.attributed_to for e in claim.sources if e.attributed_to), None)
    speaker = _name(claim.subject, claim.subject_text or attributed, names)
    words = _quote_words(claim, articles)
    if not speaker or not words:
        return None
    return _sentence(f'{speaker} said: "{words}" ({_attribution(claim, articles)}).', [claim])


def _quote_words(claim: Claim, articles: Mapping[str, Article]) -> str:
    """Verbatim quoted words, preferring an English source, shortened at a word boundary."""
    if not claim.sources:
        return ""
    english = [e for e in claim.sources
               if e.article_id in articles and articles[e.article_id].language == "en"]
    evidence = (english or claim.sources)[0]
    quoted = (claim.object_text or "").strip(_QUOTE_MARKS)
    words = quoted if quoted and quoted in evidence.quote else evidence.quote
    tokens = words.strip(_QUOTE_MARKS).split()
    if len(tokens) > MAX_QUOTE_WORDS:
        return " ".join(tokens[:MAX_QUOTE_WORDS]) + " …"
    return " ".join(tokens)
