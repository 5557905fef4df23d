"""A story's timeline and relation graph, derived only from its reconciled claims.

The timeline merges dated claims across sources (one entry per date and thing that
happened, its figures side by side when sources differ) and orders dates even when one
has no year ("--03-15"); the relations are typed edges between canonical entities.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from types import MappingProxyType

from .records import Article, Claim, ClaimStatus, Entity, Evidence, Relation, TimelineEntry

# Extracted predicates (past-tense verbs) mapped to the report's relation types; anything
# else keeps its own predicate so no relation is dropped for want of a mapping.
RELATION_TYPES: Mapping[str, str] = MappingProxyType({
    "met": "meets", "meet": "meets", "meets": "meets", "held talks with": "meets",
    "talked with": "meets", "spoke with": "meets", "negotiated with": "meets",
    "supported": "supports", "supports": "supports", "backed": "supports",
    "endorsed": "supports", "praised": "supports",
    "opposed": "opposes", "opposes": "opposes", "condemned": "opposes",
    "criticised": "opposes", "criticized": "opposes", "rejected": "opposes",
    "attacked": "attacks", "attacks": "attacks", "struck": "attacks", "invaded": "attacks",
    "bombed": "attacks", "shelled": "attacks",
    "sanctioned": "sanctions", "accused": "accuses", "called": "calls",
})
# Relation types where source and target are interchangeable ("A meets B" = "B meets A").
SYMMETRIC_TYPES = frozenset({"meets"})
# A day of a timeline is read at a glance: the best-sourced few things that happened.
MAX_ENTRIES_PER_DATE = 4
# A dated sentence quoted in place of a template must say something (a date and a verb
# are not enough) and stays one line long.
MIN_QUOTED_WORDS = 6
MAX_QUOTED_WORDS = 25
_STATUS_RANK: Mapping[str, int] = MappingProxyType(
    {"disputed": 0, "corroborated": 1, "single_source": 2})


def relation_type(predicate: str) -> str:
    """The report's relation type for an extracted predicate ('met' -> 'meets')."""
    key = " ".join(predicate.casefold().split())
    return RELATION_TYPES.get(key, key.replace(" ", "_"))


def date_key(when: str, year: int = 0) -> tuple[int, int, int, int]:
    """Sort key of an ISO date, a month, a year or a yearless "--MM-DD".

    A yearless date orders inside ``year`` (the story's usual year), after a full date
    of the same day, so "--03-15" sits between 2026-03-14 and 2026-03-16.
    """
    if when.startswith("--"):
        month, _, day = when[2:].partition("-")
        return (year, _int(month), _int(day), 1)
    parts = when[:10].split("-")
    return (_int(parts[0]), _int(parts[1]) if len(parts) > 1 else 0,
            _int(parts[2]) if len(parts) > 2 else 0, 0)


def build_timeline(claims: list[Claim], articles: Mapping[str, Article] | None = None,
                   language: str = "en") -> list[TimelineEntry]:
    """Dated claims merged across sources, one entry per date and thing that happened.

    Claims that only carry a date ("Something happened on ...") say nothing by themselves:
    they become an entry only when nothing else is known on that date, and then as the
    dated sentence itself, quoted and shortened, never as the empty template. Claim
    statements are English templates; a reader of another ``language`` gets the dated
    sentence of a source written in that language instead (quoted, nothing translated).
    """
    articles = articles or {}
    by_date: dict[str, list[Claim]] = {}
    for claim in claims:
        if claim.when:
            by_date.setdefault(claim.when, []).append(claim)
    years = Counter(int(w[:4]) for w in by_date if w[:4].isdigit())
    usual = years.most_common(1)[0][0] if years else 0
    entries: list[TimelineEntry] = []
    for when in sorted(by_date, key=lambda w: date_key(w, usual)):
        dated = [c for c in by_date[when] if c.kind != "date"]
        made = _merged_entries(when, dated)
        if language != "en":
            made = [e for e in made if _in_language(e, by_date[when], articles, language)]
        if not made:
            made = [e for c in by_date[when]
                    if (e := _quoted_entry(when, c, articles, language))]
        entries += _unique(made)[:MAX_ENTRIES_PER_DATE]
    return entries


def _unique(entries: list[TimelineEntry]) -> list[TimelineEntry]:
    """One entry per wording: two claims quoting the same sentence are one event."""
    kept: dict[str, TimelineEntry] = {}
    for entry in entries:
        if entry.what in kept:
            same = kept[entry.what]
            same.claim_ids = sorted({*same.claim_ids, *entry.claim_ids})
            same.article_ids = sorted({*same.article_ids, *entry.article_ids})
        else:
            kept[entry.what] = entry
    return list(kept.values())


def _merged_entries(when: str, claims: list[Claim]) -> list[TimelineEntry]:
    """One entry per statement (and per figure type, all its values together)."""
    groups: dict[str, list[Claim]] = {}
    for claim in claims:
        key = f"figure:{claim.value.type}" if claim.value is not None else \
            " ".join(claim.statement.casefold().split())
        groups.setdefault(key, []).append(claim)
    entries = []
    for group in groups.values():
        group.sort(key=lambda c: (-len(_articles_of([c])), c.id))
        what = "; ".join(dict.fromkeys(_shorten(c.statement).rstrip(". ") for c in group))
        what += "" if what.endswith("…") else "."
        if len({c.statement for c in group}) > 1 and group[0].value is not None:
            what = "Reports differ: " + what
        entries.append(TimelineEntry(when, what, sorted(c.id for c in group),
                                     _articles_of(group)))
    entries.sort(key=lambda e: (-len(e.article_ids), e.what))
    return entries


def _in_language(entry: TimelineEntry, claims: list[Claim], articles: Mapping[str, Article],
                 language: str) -> bool:
    """Re-word ``entry`` as a dated sentence in ``language``; False when no source has one."""
    chosen = [c for c in claims if c.id in entry.claim_ids]
    for claim in chosen:
        quoted = _quoted_entry(entry.when, claim, articles, language, strict=True)
        if quoted is not None:
            entry.what = quoted.what
            return True
    return False


def _quoted_entry(when: str, claim: Claim, articles: Mapping[str, Article],
                  language: str = "en", strict: bool = False) -> TimelineEntry | None:
    """The dated sentence itself, shortened and quoted, when it says something.

    A source in the reader's ``language`` is preferred; with ``strict`` it is required.
    Another language is marked ("[fr]") so the reader knows it is not theirs.
    """
    def rank(evidence: Evidence) -> int:
        article = articles.get(evidence.article_id)
        return 0 if article is not None and article.language == language else 1

    for evidence in sorted(claim.sources, key=rank):
        if strict and rank(evidence):
            return None
        sentence = _sentence_of(evidence, articles)
        if len(sentence.split()) < MIN_QUOTED_WORDS:
            continue
        article = articles.get(evidence.article_id)
        other = article is not None and article.language not in (None, language)
        mark = f" [{article.language}]" if other and article is not None else ""
        return TimelineEntry(when, f"“{_shorten(sentence)}”{mark}", [claim.id],
                             _articles_of([claim]))
    return None


def _sentence_of(evidence: Evidence, articles: Mapping[str, Article]) -> str:
    """The article sentence holding the evidence (the evidence itself when unknown)."""
    article = articles.get(evidence.article_id)
    if article is not None:
        for sentence in article.sentences:
            if sentence.start <= evidence.start < sentence.end:
                return article.text[sentence.start:sentence.end]
    return evidence.quote


def _shorten(text: str) -> str:
    """At most ``MAX_QUOTED_WORDS`` words, with an ellipsis when cut."""
    words = text.split()
    return " ".join(words[:MAX_QUOTED_WORDS]) + ("…" if len(words) > MAX_QUOTED_WORDS else "")


def _articles_of(claims: list[Claim]) -> list[str]:
    return sorted({e.article_id for c in claims for e in c.sources})


def _int(text: str) -> int:
    return int(text) if text.isdigit() else 0


def build_relations(claims: list[Claim], entities: list[Entity]) -> list[Relation]:
    """Entity-to-entity edges from relation and event claims between two known entities."""
    known = {entity.id for entity in entities}
    edges: dict[tuple[str, str, str], list[Claim]] = {}
    for claim in claims:
        if claim.kind not in ("relation", "event") or claim.subject not in known \
                or claim.object not in known or claim.subject == claim.object:
            continue
        assert claim.subject is not None and claim.object is not None
        kind = relation_type(claim.predicate)
        source, target = claim.subject, claim.object
        if kind in SYMMETRIC_TYPES:
            source, target = sorted((source, target))
        edges.setdefault((source, kind, target), []).append(claim)
    relations = []
    for (source, kind, target), backing in sorted(edges.items()):
        relations.append(Relation(
            source=source, type=kind, target=target,
            claim_ids=sorted(c.id for c in backing), status=_combined_status(backing)))
    return relations


def _combined_status(claims: list[Claim]) -> ClaimStatus:
    """An edge is as contested as its most contested claim, else as supported as its best."""
    return min((c.status for c in claims), key=lambda s: _STATUS_RANK.get(s, 3))
