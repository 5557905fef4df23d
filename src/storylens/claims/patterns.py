"""Compiled cue patterns, built once at import from the data tables."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from .lexicon_events import (
    CASUALTY_CUES,
    MET_CUES,
    NOT_PEOPLE_AFTER,
    NOT_PEOPLE_BEFORE,
    PEOPLE_NOUNS,
    SAID_CUES,
    TIME_ADJECTIVES,
    TOLL_CUES,
)
from .lexicon_roles import HONORIFICS, POPULATION_CUES, RESIDENT_EVENTS, SPEAKER_NOUNS

_ARABIC = "\u0600-\u06ff"


def compile_cue(fragment: str, lang: str) -> re.Pattern[str]:
    """A whole-word, case-insensitive pattern; Arabic words may carry clitics."""
    if lang == "ar":
        # "وفقا لوزارة": a cue ending in the clitic ل runs straight into the next word.
        clitic_end = all(alt.endswith("ل") for alt in fragment.split("|"))
        tail = "" if clitic_end else rf"(?![{_ARABIC}])"
        return re.compile(rf"(?<![{_ARABIC}])(?:[وفبل]?(?:ال)?)(?:{fragment}){tail}")
    return re.compile(rf"(?<!\w)(?:{fragment})(?!\w)", re.IGNORECASE)


def _typed(table: dict[str, list[tuple[str, str]]]) -> dict[str, list[tuple[str, re.Pattern[str]]]]:
    return {lang: [(label, compile_cue(frag, lang)) for label, frag in rows]
            for lang, rows in table.items()}


def _moded(table: dict[str, list[tuple[str, str]]]) -> dict[str, list[tuple[re.Pattern[str], str]]]:
    return {lang: [(compile_cue(frag, lang), mode) for frag, mode in rows]
            for lang, rows in table.items()}


CASUALTY_RE: Final = _typed(CASUALTY_CUES)
PEOPLE_RE: Final = _typed(PEOPLE_NOUNS)
TOLL_RE: Final = {lang: compile_cue(frag, lang) for lang, frag in TOLL_CUES.items()}
SAID_RE: Final = _moded(SAID_CUES)
MET_RE: Final = _moded(MET_CUES)
SPEAKER_NOUN_RE: Final = {lang: compile_cue(frag, lang) for lang, frag in SPEAKER_NOUNS.items()}
RESIDENT_EVENT_RE: Final = {lang: compile_cue(frag, lang)
                            for lang, frag in RESIDENT_EVENTS.items()}
# A courtesy title ending right before a name: "M. ", "Mme ", "Mr. ". Case-sensitive.
HONORIFIC_RE: Final = {lang: re.compile(rf"(?<![^\W_])(?:{frag})\.?\s+$")
                       for lang, frag in HONORIFICS.items()}
# A population phrase ending up to two words (a modifier) before a figure.
POPULATION_RE: Final = {lang: re.compile(rf"(?<![^\W_])(?:{frag})\s+(?:\S+\s+){{0,2}}$",
                                         re.IGNORECASE)
                        for lang, frag in POPULATION_CUES.items()}
# "une quarantaine de minutes", "decenas de horas", "dozens of hours": the unit may follow
# a linking "de"/"of"/"di" after an approximate number word.
NOT_AFTER_RE: Final = re.compile(
    # "3 ou 4 jours", "2 to 3 weeks": the second number of a range shares the unit.
    r"(?:\s?(?:or|ou|o|oder|или|to|à|a|bis|[-–])\s?\d+)?"
    rf"\s?-?(?:(?:de|d['’]|of|di)\s?)?(?:(?:{TIME_ADJECTIVES})\s)?"
    rf"(?:{NOT_PEOPLE_AFTER})(?![^\W_])", re.IGNORECASE)
NOT_BEFORE_RE: Final = re.compile(rf"(?<![^\W_]){NOT_PEOPLE_BEFORE}", re.IGNORECASE)
# A clock time: "10:30", "10h30", "10.30 pm".
TIME_AFTER_RE: Final = re.compile(r"(?:[:h]\d{2}|\.\d{2}\s*[ap]\.?m)", re.IGNORECASE)
# A phone number: a leading + or 0, or dashes/brackets, and eight or more digits.
PHONE_RE: Final = re.compile(
    r"(?:\+\d[\d\s().-]{6,}\d|\(\d{2,4}\)\s?[\d\s.-]{5,}\d|\b0\d(?:[\s.-]?\d{2}){4}\b"
    r"|\b\d{3}-\d{3,4}(?:-\d{4})?\b)"
)


@dataclass(frozen=True, slots=True)
class Cue:
    """A matched cue word: its span and what it signals (a type, unit or mode)."""

    start: int
    end: int
    label: str


def find_typed(patterns: list[tuple[str, re.Pattern[str]]], text: str, start: int,
               end: int) -> list[Cue]:
    """All non-overlapping matches of labelled patterns, longest first."""
    hits = [Cue(m.start(), m.end(), label) for label, pattern in patterns
            for m in pattern.finditer(text, start, end)]
    hits.sort(key=lambda c: (c.start, -(c.end - c.start)))
    kept: list[Cue] = []
    for cue in hits:
        if kept and cue.start < kept[-1].end:
            continue
        kept.append(cue)
    return kept
