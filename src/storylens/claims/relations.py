"""Meetings: "X met Y", "X a rencontré Y", "X traf Y", "التقى X بـY", "X и Y встретились".

Subject and object are PERSON/ORG/GPE mentions of the sentence: the nearest mention
before the verb and the first after it; verb-first sentences (Arabic) take the first
two mentions after it; German perfect ("X hat Y getroffen") the mentions before it.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..records import Mention
from .lexicon_events import LOCATIVES
from .patterns import MET_RE
from .text import has_clause_break, select_mentions

PARTY_LABELS = frozenset({"PERSON", "ORG", "GPE"})
# Subject to verb: "Biden, who arrived on Monday, met ..." stays within ~80 characters.
MAX_SUBJECT_GAP = 80
# Verb to object for "met": "met on Monday in Paris with Macron".
MAX_OBJECT_GAP = 40
# Verb to object for "received", which also takes things ("received a letter").
MAX_WEAK_OBJECT_GAP = 25
# "Biden and Xi met": the two names are joined by one short word.
_JOINERS = frozenset({"and", "et", "y", "und", "e", "и", "و", "&"})


@dataclass(frozen=True, slots=True)
class Meeting:
    """Two parties that met, and the verb span that says so."""

    subject: Mention
    object: Mention
    verb_start: int
    verb_end: int


def find_meetings(text: str, lang: str, start: int, end: int,
                  mentions: list[Mention]) -> list[Meeting]:
    """Meetings stated in ``text[start:end]``, one per meeting verb."""
    locatives = LOCATIVES.get(lang, frozenset())
    parties = [m for m in select_mentions(mentions, start, end, PARTY_LABELS)
               if not _after_locative(text, m, locatives)]
    out: list[Meeting] = []
    for pattern, mode in MET_RE.get(lang, []):
        for verb in pattern.finditer(text, start, end):
            if any(m.start < verb.end() and verb.start() < m.end for m in parties):
                continue
            pair = _parties(text, verb.start(), verb.end(), mode, parties)
            if pair is None:
                continue
            subj, obj = pair
            if subj.text.strip().lower() == obj.text.strip().lower():
                continue
            out.append(Meeting(subj, obj, verb.start(), verb.end()))
    return sorted(out, key=lambda m: m.verb_start)


def _parties(text: str, v_start: int, v_end: int, mode: str,
             parties: list[Mention]) -> tuple[Mention, Mention] | None:
    before = [m for m in parties if m.end <= v_start
              and v_start - m.end <= MAX_SUBJECT_GAP and not _broken(text, m.end, v_start)]
    after = [m for m in parties if m.start >= v_end and not _broken(text, v_end, m.start)]
    if mode == "final":
        if len(before) >= 2:
            return before[0], before[-1]
        return None
    limit = MAX_WEAK_OBJECT_GAP if mode == "weak" else MAX_OBJECT_GAP
    near_after = [m for m in after if m.start - v_end <= limit]
    if before and near_after:
        return before[-1], near_after[0]
    if not before and len(after) >= 2 and (mode != "weak" or after[0].start - v_end <= limit):
        return after[0], after[1]
    if len(before) >= 2 and not near_after:
        first, second = before[-2], before[-1]
        joiner = text[first.end:second.start].strip().lower()
        if joiner in _JOINERS:
            return first, second
    return None


def _after_locative(text: str, mention: Mention, locatives: frozenset[str]) -> bool:
    """True for "in Paris", "à Berlin", "في القاهرة": where they met, not who."""
    before = text[max(0, mention.start - 12):mention.start].split()
    return bool(before) and before[-1].lower() in locatives


def _broken(text: str, a: int, b: int) -> bool:
    """A clause break other than an apposition's paired commas."""
    segment = text[a:b]
    if ";" in segment or "." in segment.replace("..", ""):
        return True
    if segment.count(",") % 2 == 1:
        return True
    spaced = segment.replace(",", " ")
    return has_clause_break(spaced, 0, len(spaced))
