"""The typed relations of the actor graph (supports, opposes, attacks, calls on, accuses,
arrests, and meets read from a parse): the record, the word-order cues compiled, and the
one retyping both readers share (an attack in words is opposition)."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from ..records import Mention
from .lexicon_relations import TYPED_CUES
from .lexicon_verbs import VERBAL_ATTACK_RE
from .patterns import compile_cue

TYPED_RE: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
for _type, _by_lang in TYPED_CUES.items():
    for _lang, _fragment in _by_lang.items():
        TYPED_RE.setdefault(_lang, []).append((_type, compile_cue(_fragment, _lang)))
TYPED_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC"})


@dataclass(frozen=True, slots=True)
class TypedRelation:
    """``agent`` did ``type`` to ``patient``; the verb span says so."""

    type: str
    agent: Mention
    patient: Mention
    verb_start: int
    verb_end: int


def verbal_attacks(text: str, found: list[TypedRelation]) -> list[TypedRelation]:
    """An attack verb that also means words ("attacked", "attaquait") with a person as
    agent or patient is read as opposition: people attack each other in speech far more
    often than in arms in the news; bombing or invading stays an attack."""
    out = []
    for rel in found:
        if rel.type == "attacks" and "PERSON" in (rel.agent.label, rel.patient.label) \
                and VERBAL_ATTACK_RE.search(text, rel.verb_start, rel.verb_end):
            rel = dataclasses.replace(rel, type="opposes")
        if rel not in out:
            out.append(rel)
    return out
