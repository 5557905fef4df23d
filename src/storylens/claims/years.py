"""A four-digit figure that its context makes a year ("junio de 2012", "hasta 2012").

A year right before a casualty verb ("Hasta junio de 2012 murieron 300 personas") was
read as a toll of 2,012. A plain four-digit number is a count only when nothing around it
names a time: a month before it, a time preposition ("in", "hasta", "nel"), or another
year it is joined to ("entre 1990 y 2000").
"""

from __future__ import annotations

import re
from typing import Final

from .lexicon_dates import MONTHS, YEAR_LEADS

# Lead words that also introduce a count ("un bilan de 2000 morts"): a year only after a
# month ("junio de 2012").
_AMBIGUOUS_LEADS: Final = frozenset({"de", "del", "of", "von", "d'"})
_WORD_BEFORE: Final = re.compile(r"([^\W\d_][\w'’]*)\s+(?:(?:de|del|of)\s+)?$", re.IGNORECASE)
_LEADS: Final = {
    lang: re.compile(rf"(?<![^\W_])(?:{frag})\s+$", re.IGNORECASE)
    for lang, frag in YEAR_LEADS.items()}
# "1990 y 2000", "1990 and 2000", "1990-2000": a year joined to the one before it.
_AFTER_YEAR: Final = re.compile(r"(?<!\d)(?:1[89]|20)\d{2}\s*(?:-|–|y|and|et|e|und|и|to|a|al)\s*$",
                                re.IGNORECASE)
_WINDOW: Final = 24


def is_dated_year(text: str, lang: str, start: int, value: float) -> bool:
    """Whether the four-digit figure ``value`` starting at ``start`` is a year there."""
    before = text[max(0, start - _WINDOW):start]
    if _AFTER_YEAR.search(before):
        return True
    month = _WORD_BEFORE.search(before)
    if month is not None and month.group(1).lower() in MONTHS.get(lang, {}):
        return True
    lead = _LEADS.get(lang)
    found = lead.search(before) if lead else None
    return found is not None and found.group().strip().lower() not in _AMBIGUOUS_LEADS \
        and 1800 <= value <= 2100
