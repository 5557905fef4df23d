"""What the people a figure counts went through, read from words outside its cue.

A casualty word near a figure names what happened, but two kinds of words around the
figure change that reading and the cue alone misses them: a unit of time after the count
("dieci morti al giorno") makes it a rate, which states no toll of any one event; and a
noun of death governing the figure ("la ejecución de 11.000 detenidos", "los cadáveres de
70 civiles con heridas de bala") says those people were killed, whatever the nearer word
("detenidos", "heridas") says about them, unless the bodies are seen in pictures. A
victim of a crime that wounds no one in a toll's sense ("victims of sexual assault", "90
victims who filed complaints") is no casualty.
"""

from __future__ import annotations

import re
from typing import Final

from .lexicon_victims import (
    COMPLAINT_WORDS,
    DEATH_NOUN_LINKS,
    DEATH_NOUNS,
    NON_LETHAL_CRIMES,
    NOT_RATE_AFTER,
    PICTURE_WORDS,
    RATE_UNITS,
    RELATIVE_OPENERS,
    VICTIM_LINKS,
    VICTIM_NOUNS,
)
from .patterns import Cue

# Characters looked at before a figure for a noun of death and its link word: a noun,
# "of the", and a modifier such as "al menos".
_DEATH_NOUN_WINDOW = 48

_RATE_RE: Final = {
    lang: re.compile(rf"[\s,]*(?:{frag})(?![^\W_])(?!\s+(?:{NOT_RATE_AFTER})(?![^\W_]))",
                     re.IGNORECASE)
    for lang, frag in RATE_UNITS.items()}
_DEATH_NOUN_RE: Final = {
    lang: re.compile(rf"(?<![^\W_])({frag})\s+(?:{DEATH_NOUN_LINKS[lang]})\s*$"
                     if DEATH_NOUN_LINKS[lang] else rf"(?<![^\W_])({frag})\s+$", re.IGNORECASE)
    for lang, frag in DEATH_NOUNS.items()}
_PICTURE_RE: Final = {lang: re.compile(rf"(?<![^\W_])(?:{frag})(?![^\W_])", re.IGNORECASE)
                      for lang, frag in PICTURE_WORDS.items()}
_VICTIM_NOUN_RE: Final = {lang: re.compile(frag, re.IGNORECASE)
                          for lang, frag in VICTIM_NOUNS.items()}
# "victims of (an alleged) sexual assault": the noun, its link, up to two modifiers, a crime.
_CRIME_VICTIMS_RE: Final = {
    lang: re.compile(
        rf"(?<![^\W_])(?:{frag})\s+"
        + (rf"(?:{VICTIM_LINKS[lang]})\s*" if VICTIM_LINKS[lang] else "")
        + rf"(?:[^\W\d_]+\s+){{0,2}}?(?:{NON_LETHAL_CRIMES[lang]})(?![^\W_])", re.IGNORECASE)
    for lang, frag in VICTIM_NOUNS.items()}
# "victims who (have) filed complaints": a relative clause of up to five words.
_COMPLAINT_CLAUSE_RE: Final = {
    lang: re.compile(rf"[\s,]*(?:{frag})(?:\s+[^\W\d_]+){{0,4}}?\s+(?:{COMPLAINT_WORDS[lang]})"
                     r"(?![^\W_])", re.IGNORECASE)
    for lang, frag in RELATIVE_OPENERS.items()}


def is_rate(text: str, lang: str, end: int) -> bool:
    """A unit of time right after a count's span ("... morti al giorno"): a rate."""
    pattern = _RATE_RE.get(lang)
    return pattern is not None and pattern.match(text, end) is not None


def death_noun(text: str, lang: str, start: int, fig_start: int) -> Cue | None:
    """A noun of death (executions, bodies) governing the figure that starts at
    ``fig_start``, within the sentence that starts at ``start``; None otherwise, and
    None for bodies the sentence shows in pictures (``PICTURE_WORDS``): what a photo
    shows is no toll."""
    pattern = _DEATH_NOUN_RE.get(lang)
    if pattern is None:
        return None
    lo = max(start, fig_start - _DEATH_NOUN_WINDOW)
    m = pattern.search(text[lo:fig_start])
    if m is None:
        return None
    picture = _PICTURE_RE.get(lang)
    if picture is not None and picture.search(text, start, fig_start) is not None:
        return None
    return Cue(lo + m.start(1), lo + m.end(1), "killed")


def crime_victims(text: str, lang: str, cue: Cue, start: int, end: int) -> bool:
    """The victims noun ``cue`` counts victims of a crime that is no attack: its sentence
    (``text[start:end]``) names such a crime after a victims noun ("became victims of sexual
    assault ... about 400 victims in Hamburg"), or a relative clause after it tells of
    complaints ("90 victims who filed complaints")."""
    noun = _VICTIM_NOUN_RE.get(lang)
    if cue.label != "casualties" or noun is None or not noun.fullmatch(text, cue.start, cue.end):
        return False
    if _CRIME_VICTIMS_RE[lang].search(text, start, end) is not None:
        return True
    return _COMPLAINT_CLAUSE_RE[lang].match(text, cue.end, end) is not None
