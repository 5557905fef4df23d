"""A story's timeline and relation graph, derived only from its reconciled claims."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from .records import Claim, ClaimStatus, Entity, Relation, TimelineEntry

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
_STATUS_RANK: Mapping[str, int] = MappingProxyType(
    {"disputed": 0, "corroborated": 1, "single_source": 2})


def relation_type(predicate: str) -> str:
    """The report's relation type for an extracted predicate ('met' -> 'meets')."""
    key = " ".join(predicate.casefold().split())
    return RELATION_TYPES.get(key, key.replace(" ", "_"))


def build_timeline(claims: list[Claim]) -> list[TimelineEntry]:
    """Dated claims in date order, so a reader sees how the story unfolded."""
    entries: dict[tuple[str, str], list[str]] = {}
    for claim in claims:
        if claim.when:
            entries.setdefault((claim.when, claim.statement), []).append(claim.id)
    return [TimelineEntry(when=when, what=what, claim_ids=sorted(ids))
            for (when, what), ids in sorted(entries.items())]


def build_relations(claims: list[Claim], entities: list[Entity]) -> list[Relation]:
    """Entity-to-entity edges from relation claims; both ends must be known entities."""
    known = {entity.id for entity in entities}
    edges: dict[tuple[str, str, str], list[Claim]] = {}
    for claim in claims:
        if claim.kind != "relation" or claim.subject not in known or claim.object not in known:
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
