"""A claim's date as the reader's language writes it ("30 juin 2013", "June 30, 2013").

Claims keep their date in ISO form (``2013-06-30``, ``2013-06``, ``2013``, or yearless
``--06-30``); a brief sentence is prose, so it spells the date with CLDR's patterns (via
``babel``) in the brief's language. The verifier removes exactly these renderings of the
cited claims' dates before it checks names and numbers, so a date can only be printed
when a cited claim carries it.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from babel.dates import format_date, format_skeleton, get_month_names

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEARLESS = re.compile(r"^--(\d{2})-(\d{2})$")
# A leap year, so that a yearless 29 February can be written.
_ANY_LEAP_YEAR = 2000


@lru_cache(maxsize=4096)
def spelled_date(when: str, language: str) -> str:
    """``when`` written out in ``language``; the ISO text itself when it cannot be parsed."""
    try:
        if match := _DAY.match(when):
            day = date(*(int(g) for g in match.groups()))
            return _first_of_month(format_date(day, format="long", locale=language), day,
                                   language)
        if match := _MONTH.match(when):
            month = date(int(match[1]), int(match[2]), 1)
            return format_skeleton("yMMMM", month, locale=language)
        if match := _YEARLESS.match(when):
            day = date(_ANY_LEAP_YEAR, int(match[1]), int(match[2]))
            return _first_of_month(format_skeleton("MMMMd", day, locale=language), day,
                                   language)
    except (ValueError, LookupError):
        return when
    return when


def _first_of_month(written: str, day: date, language: str) -> str:
    """French writes the first of a month as an ordinal: "1er juillet" (CLDR has "1")."""
    if language == "fr" and day.day == 1 and written.startswith("1 "):
        return "1er " + written[2:]
    return written


def is_day(when: str) -> bool:
    """A day (with or without its year), as opposed to a month or a year."""
    return bool(_DAY.match(when) or _YEARLESS.match(when))


@lru_cache(maxsize=16)
def _month_pattern(language: str) -> re.Pattern[str]:
    """The language's full month names as CLDR writes them in dates ("juin", "June")."""
    names = set(get_month_names("wide", context="format", locale=language).values())
    return re.compile(r"(?<!\w)(?:" + "|".join(sorted(map(re.escape, names), key=len,
                                                       reverse=True)) + r")(?!\w)")


def month_words(text: str, language: str) -> list[str]:
    """Month names left in ``text``: a date the brief spelled that no cited claim carries."""
    return _month_pattern(language).findall(text)
