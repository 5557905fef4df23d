"""A neutral brief in the reader's language: every sentence a template over cited claims.

Order, so a reader gets the story in the first line: the central event (the event frame
backed by the most independent sources, who did what to whom, where, when; else the most
central member's headline, quoted: :mod:`storylens.brief.central`), then other corroborated
facts, then disputes as ranges with who says what, then quotes, then single-source claims
marked as such. Tolls are grouped by incident (:mod:`storylens.brief.incidents`), so
counts of different incidents never read as one event. Names come from canonical
entities, figures from the claims' values, quotes verbatim from their evidence (in their
own language, marked); the verifier (:mod:`storylens.brief.verify`) drops any sentence
with a number, name, date or quote its cited claims do not hold.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ..records import Article, Brief, BriefSentence, Claim, Entity
from ..timeline import build_relations, build_timeline
from .central import central_sentence, central_title, happened
from .compose import dispute_sentence, fact_sentence, outlet_name, quote_sentence
from .generator import Generator, rephrase
from .incidents import group_tolls
from .phrases import brief_language
from .statements import localise_statements
from .verify import check

__all__ = ["Generator", "build_brief", "build_relations", "build_timeline", "central_title",
           "grounding_report", "localise_statements"]

# A brief is read in a minute: up to twelve sentences, the 5-12 range.
MAX_SENTENCES = 12
# Section shares, so one busy kind does not crowd out the others: facts, disputes, quotes,
# single-source claims; unused slots go to what is left over, in order.
SECTION_CAPS = (4, 3, 2, 3)
# Share of the shorter quotation's words found in another for the two to be one text.
SAME_QUOTE_SHARE = 0.8
_WORD = re.compile(r"[^\W_]+")
_QUOTED_WORDS = re.compile(r"[“«„]\s?(.+?)\s?[”»“]")
_STATUS_RANK = {"corroborated": 0, "disputed": 1, "single_source": 2}
# Figures of the toll kind first, in this order.
_TYPE_ORDER = ("killed", "dead", "deaths", "injured", "wounded", "missing", "displaced")


def _rank(claim: Claim) -> tuple[int, int, int, str]:
    """Better sourced first; among figures, tolls first."""
    kind = claim.value.type.casefold() if claim.value is not None else ""
    type_rank = _TYPE_ORDER.index(kind) if kind in _TYPE_ORDER else len(_TYPE_ORDER)
    return (-claim.independent_sources, _STATUS_RANK.get(claim.status, 3), type_rank, claim.id)


def _conflict_group(claim: Claim, by_id: Mapping[str, Claim]) -> list[Claim]:
    """The claim and every figure it is (transitively) in conflict with."""
    group, todo = {claim.id: claim}, [claim]
    while todo:
        for other_id in todo.pop().conflicts_with:
            other = by_id.get(other_id)
            if other is not None and other.id not in group:
                group[other.id] = other
                todo.append(other)
    return sorted(group.values(), key=lambda c: c.id)


def _said(text: str) -> str:
    """The quoted words of a quote sentence, folded: the same words are quoted once."""
    match = _QUOTED_WORDS.search(text)
    return " ".join((match.group(1) if match else text).casefold().split())


def _same_words(said: str, other: str) -> bool:
    """Two quotations that are one text copied with small edits ("provoquant la mort d'un
    officier" / "tuant un officier" in two papers of one group): most of the shorter one's
    words are in the longer one. A reader needs it once."""
    mine, theirs = set(_WORD.findall(said)), set(_WORD.findall(other))
    if not mine or not theirs:
        return said == other
    return len(mine & theirs) >= SAME_QUOTE_SHARE * min(len(mine), len(theirs))


def _candidates(claims: list[Claim], names: Mapping[str, str],
                articles: Mapping[str, Article], language: str,
                members: Sequence[str] | None = None,
                lead_claims: list[Claim] | None = None,
                ) -> tuple[BriefSentence | None, list[list[BriefSentence]]]:
    """(central event sentence, [facts, disputes, quotes, single-source]) before checking;
    a lead that opens the brief without a claim of its own is added to ``lead_claims``."""
    by_id = {c.id: c for c in claims}
    central = central_sentence(claims, names, articles, language, members, lead_claims)
    used = set(central.claim_ids) if central else set()
    facts: list[BriefSentence] = []
    disputes: list[BriefSentence] = []
    quotes: list[BriefSentence] = []
    single: list[BriefSentence] = []
    seen: set[str] = set(used)
    said_before: set[str] = set()
    for claim in sorted(claims, key=_rank):
        if claim.id in seen or claim.kind == "date":
            continue
        if claim.kind == "quote":
            made = quote_sentence(claim, names, articles, language)
            said = _said(made.text) if made else ""
            if made and not any(_same_words(said, other) for other in said_before):
                said_before.add(said)
                quotes.append(made)
            continue
        if claim.conflicts_with:
            group = _conflict_group(claim, by_id)
            seen.update(c.id for c in group)
            if (made := dispute_sentence(group, articles, language)):
                disputes.append(made)
            continue
        seen.add(claim.id)
        if claim.kind in ("relation", "event") and not happened(claim):
            continue  # "talks planned for Monday" is not written as "X met Y"
        made = fact_sentence(claim, names, articles, language)
        if made:
            (single if claim.independent_sources < 2 else facts).append(made)
    if central is None and facts:
        central = facts.pop(0)
    # Tolls of different incidents are never listed side by side as if one event.
    # Same-incident tolls become one range sentence, placed with the disputes.
    before = [*facts, *single]
    grouped = group_tolls(before, central, by_id, articles, language)
    kept = {id(s) for s in grouped}
    disputes += [s for s in grouped if all(s is not b for b in before)]
    facts = [s for s in facts if id(s) in kept]
    single = [s for s in single if id(s) in kept]
    return central, [facts, disputes, quotes, single]


def build_brief(story_claims: list[Claim], articles: dict[str, Article],
                entities: list[Entity], language: str = "en",
                generator: Generator | None = None,
                members: Sequence[str] | None = None) -> Brief:
    """Summarise a story from its claims only, in ``language`` when it has templates;
    an opt-in ``generator`` may rephrase sentences the verifier still accepts;
    ``members`` (the story's article ids) all vote on which lead opens the brief."""
    lead_claims: list[Claim] = []
    sentences, _ = grounding_report(story_claims, articles, entities, language, generator,
                                    members, lead_claims)
    cited = {i for s in sentences for i in s.claim_ids}
    return Brief(language=brief_language(language), sentences=sentences,
                 lead_claims=[c for c in lead_claims if c.id in cited])


def grounding_report(story_claims: list[Claim], articles: dict[str, Article],
                     entities: list[Entity], language: str = "en",
                     generator: Generator | None = None,
                     members: Sequence[str] | None = None,
                     lead_claims: list[Claim] | None = None,
                     ) -> tuple[list[BriefSentence], list[tuple[BriefSentence, list[str]]]]:
    """(kept sentences, [(dropped sentence, why)]): the brief and what the verifier cut.
    A member's lead that opens the brief as a claim of its own is added to
    ``lead_claims``; the caller adds it to the story's claims."""
    lang = brief_language(language)
    names = {e.id: e.name for e in entities}
    lead_claims = [] if lead_claims is None else lead_claims
    central, sections = _candidates(story_claims, names, articles, lang, members,
                                    lead_claims)
    picked: list[BriefSentence] = [central] if central else []
    spare: list[BriefSentence] = []
    for section, cap in zip(sections, SECTION_CAPS, strict=True):
        picked += section[:cap]
        spare += section[cap:]
    picked += spare
    by_id = {c.id: c for c in [*story_claims, *lead_claims]}
    # Only the articles the sentences cite: ``articles`` may be the whole corpus.
    cited = {a for sentence in picked for a in sentence.article_ids if a in articles}
    outlets = {a: outlet_name(articles[a]) for a in cited}
    kept: list[BriefSentence] = []
    dropped: list[tuple[BriefSentence, list[str]]] = []
    for candidate in picked:
        problems = check(candidate, by_id, entities, articles, outlets, lang)
        if problems:
            dropped.append((candidate, problems))
        elif len(kept) < MAX_SENTENCES and candidate.text not in {k.text for k in kept}:
            kept.append(candidate)
    if generator is not None:
        kept = rephrase(
            kept, generator,
            lambda s: [e.quote for i in s.claim_ids if i in by_id for e in by_id[i].sources],
            lambda s: check(s, by_id, entities, articles, outlets, lang), lang)
    return kept, dropped
