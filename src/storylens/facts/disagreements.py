"""What a reader is told when aligned claims disagree: who reports what, in their words."""

from __future__ import annotations

from collections.abc import Mapping

from ..records import Article, Claim, Disagreement, Evidence
from ..wording import join_names, quantity_phrase, quantity_topic, source_names
from .figures import interval_of, width

# A quoted statement in a disagreement summary is cut to this many characters.
MAX_SUMMARY_QUOTE = 160


def figure_disagreement(conflict_set: list[list[Claim]], merged: list[Claim],
                        articles: Mapping[str, Article]) -> Disagreement:
    """Who says what, in the claims' own figures, most-supported version first."""
    order = sorted(range(len(merged)), key=lambda k: (
        -merged[k].independent_sources, -interval_of(merged[k])[0], merged[k].id))
    parts: list[str] = []
    for k in order:
        phrases: dict[str, list[Evidence]] = {}
        for claim in sorted(conflict_set[k], key=lambda c: (width(c), c.id)):
            assert claim.value is not None
            phrases.setdefault(quantity_phrase(claim.value), []).extend(claim.sources)
        named = [(source_names(sources, articles), phrase) for phrase, sources in phrases.items()]
        # Within a version: the most widely reported wording, then the most precise one.
        for names, phrase in sorted(named, key=lambda pair: -len(pair[0])):
            parts.append(f"{join_names(names)}: {phrase}")
    assert merged[0].value is not None
    return Disagreement(topic=quantity_topic(merged[0].value.type),
                        claim_ids=sorted(m.id for m in merged), summary="; ".join(parts))


def wording_disagreement(merged: list[Claim], articles: Mapping[str, Article]) -> Disagreement:
    """Reports of one statement that point opposite ways, each quoted as its sources wrote it."""
    parts = []
    for claim in sorted(merged, key=lambda c: (-c.independent_sources, c.id)):
        quote = claim.sources[0].quote
        if len(quote) > MAX_SUMMARY_QUOTE:
            quote = quote[:MAX_SUMMARY_QUOTE].rsplit(" ", 1)[0] + "…"
        parts.append(f'{join_names(source_names(claim.sources, articles))}: "{quote}"')
    return Disagreement(topic="statement", claim_ids=sorted(m.id for m in merged),
                        summary="; ".join(parts))
