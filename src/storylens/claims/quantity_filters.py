"""Figures that count nothing: conditions, days, names, labels, times, fractions, ratios,
short years.

"If 300 had died", "la manifestazione del 19", "France 24", "page 12", "10:30", "half a
million", "del '98": such figures are left out before any casualty word is looked for.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final

from .lexicon_events import SINGULAR_ARTICLES
from .numbers import Figure
from .patterns import NOT_AFTER_RE, NOT_BEFORE_RE, TIME_AFTER_RE
from .text import CLAUSE_BREAK_RE

# Characters looked at before a figure for a label such as "page" or "$".
_LABEL_WINDOW = 24

# "medio millón", "un demi-million", "half a million": a fraction before a scale word the
# figure reader does not scale by; the figure is left out rather than read as a million.
_FRACTION_BEFORE = re.compile(r"(?<![^\W_])(?:medio|media|demi|mezzo|half(?:\s+a)?|пол)[\s-]*$",
                              re.IGNORECASE)
# "una de cada cinco víctimas", "one in five of the dead", "uno ogni cinque": a rate, a
# share of a toll, not a toll. The distributive words ("each", "every") linking the two
# figures of a rate, and those that open its second figure whatever stands before it.
# "120 out of 2,000 residents" is a toll of 120 over a population ("out of", "sur" are
# left to the denominator rule of ``lexicon_events``).
_RATIO_LINK = re.compile(r"\s+(?:de cada|en cada|in every|of every|in|ogni|di ogni)\s+",
                         re.IGNORECASE)
_RATIO_BEFORE = re.compile(r"(?<![^\W_])(?:de cada|en cada|in every|of every|di ogni)\s+$",
                           re.IGNORECASE)
# The word right before a figure, one space away: "France 24".
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’-]*) $")
# A two-digit year written with an apostrophe and no letter before it ("del '98").
_SHORT_YEAR = re.compile(r"(?<![^\W_])['’‘]\d{2}(?!\d)")

# Conjunctions that open a condition ("If 300 had died", "Si nous avions tué…"): a figure
# in a clause they open states no count. Italian "se" is also a pronoun, so only "se" at
# the very start of a clause followed by a word counts (as for every language here).
_CONDITIONAL: Final = {
    "en": r"if|unless", "fr": r"si|s['’]il|s['’]ils", "es": r"si", "it": r"se|qualora",
    "de": r"wenn|falls", "ru": r"если", "ar": r"لو|إذا",
}
_CONDITIONAL_RE: Final = {lang: re.compile(rf"[\s«“\"'„]*(?:{frag})\s", re.IGNORECASE)
                          for lang, frag in _CONDITIONAL.items()}
# Inside a clause ("It would have been excessive if we had killed 300"), only the
# conjunctions that cannot be another word: French "si" before its subject pronoun.
_CONDITIONAL_INSIDE: Final = {
    "en": r"if|unless", "fr": r"si (?:nous|vous|ils|elles|on|je|tu|il|elle)|s['’]ils?",
    "de": r"falls", "ru": r"если", "ar": r"لو",
}
_CONDITIONAL_INSIDE_RE: Final = {
    lang: re.compile(rf"(?<![^\W_])(?:{frag})(?![^\W_])", re.IGNORECASE)
    for lang, frag in _CONDITIONAL_INSIDE.items()}


def hypothetical(text: str, lang: str, start: int, at: int) -> bool:
    """Whether the clause holding position ``at`` opens with a conditional conjunction, or
    holds one that cannot be another word before the figure."""
    pattern = _CONDITIONAL_RE.get(lang)
    if pattern is None:
        return False
    clause = start
    for brk in CLAUSE_BREAK_RE.finditer(text, start, at):
        clause = brk.end()
    inside = _CONDITIONAL_INSIDE_RE.get(lang)
    return pattern.match(text, clause, at) is not None or (
        inside is not None and inside.search(text, clause, at) is not None)



def after_singular_article(text: str, fig: Figure, lang: str, start: int) -> bool:
    """A figure above one right after a singular definite article ("del 19", "el 19")."""
    before = _WORD_BEFORE.search(text, start, fig.start)
    return (before is not None and fig.nominal is not None and fig.nominal > 1
            and before.group(1).casefold() in SINGULAR_ARTICLES.get(lang, frozenset()))


def part_of_name(text: str, fig: Figure, start: int) -> bool:
    """A number right after a capitalised word inside the sentence: "France 24", "Boeing
    737", "Channel 4" (a name's part, not a count), but not "Gaza: 24 dead"."""
    before = _WORD_BEFORE.search(text, start, fig.start)
    if before is None or fig.start != fig.core_start:
        return False
    word = before.group(1)
    return word[:1].isupper() and bool(text[start:before.start(1)].strip())



def without_ratios(norm: str, figures: list[Figure]) -> list[Figure]:
    """The figures that are no term of a rate: "Una de cada cinco víctimas era menor"
    states no toll of five, "one in five" none of one. Two figures joined by a rate word
    are both dropped (not when the second is a year: "3 in 2012"), and so is a figure after
    an unambiguous "de cada" / "in every" whatever comes before it."""
    dropped: set[int] = set()
    for left, right in pairwise(figures):
        if not right.is_year and _RATIO_LINK.fullmatch(norm, left.core_end, right.core_start):
            dropped.update((id(left), id(right)))
    for fig in figures:
        if _RATIO_BEFORE.search(norm, max(0, fig.core_start - _LABEL_WINDOW), fig.core_start):
            dropped.add(id(fig))
    return [fig for fig in figures if id(fig) not in dropped]


def usable_figure(norm: str, fig: Figure, blocked: list[tuple[int, int]]) -> bool:
    if fig.nominal is not None and not float(fig.nominal).is_integer():
        return False  # people are counted in whole numbers: "magnitude 6.4" is no count
    if any(fig.core_start < e and s < fig.core_end for s, e in blocked):
        return False
    if TIME_AFTER_RE.match(norm, fig.core_end) or norm[max(0, fig.core_start - 1):
                                                       fig.core_start] in (":", "h"):
        return False
    if NOT_AFTER_RE.match(norm, fig.core_end):
        return False
    if _SHORT_YEAR.search(norm, max(0, fig.core_start - 2), fig.core_end):
        return False  # "l'attentato del '98", "the '98 bombings": a year, no count
    before = norm[max(0, fig.start - _LABEL_WINDOW):fig.start]
    return NOT_BEFORE_RE.search(before) is None and _FRACTION_BEFORE.search(before) is None


