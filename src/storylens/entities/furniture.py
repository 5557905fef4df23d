"""Capitalised words that are not names: calendar words and shouted page furniture.

* A month or a day of the week, alone ("Octubre", "Lundi", "Марта"), is a date, not an
  actor: every language's names come from CLDR (``babel``), format and stand-alone,
  wide and abbreviated forms of four letters or more.
* A phrase of three or more words written all in capitals with one of its language's
  stop words inside ("GRAZIE PER AVER GIÀ LETTO", "COMMENTI E SCENARI") is a shouted
  headline, banner or button, not a name; shouted names rarely carry a stop word, and
  an acronym is one word.
"""

from __future__ import annotations

import re

from anyascii import anyascii

# Shouted phrases shorter than this ("LE MONDE") may be a name written in capitals.
MIN_SHOUTED_WORDS = 3
# Abbreviated month names shorter than this ("mar", "may") are common words too.
MIN_CALENDAR_LETTERS = 4
_WORD = re.compile(r"[^\W\d_]+")


def calendar_words(language: str) -> frozenset[str]:
    """Month and weekday names of a language (lower-case ASCII), from CLDR."""
    from babel import Locale, UnknownLocaleError

    try:
        locale = Locale.parse(language)
    except (UnknownLocaleError, ValueError):
        return frozenset()
    words: set[str] = set()
    for table in (locale.months, locale.days):
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for name in table.get(context, {}).get(width, {}).values():
                    key = anyascii(str(name)).lower().strip(".")
                    if len(key) >= MIN_CALENDAR_LETTERS and key.isalpha():
                        words.add(key)
    return frozenset(words)


def furniture_reason(text: str, calendar: frozenset[str],
                     stops: frozenset[str]) -> str | None:
    """Why a capitalised mention is a date word or shouted furniture (None otherwise)."""
    words = _WORD.findall(text)
    if len(words) == 1 and anyascii(words[0]).lower() in calendar:
        return f"'{words[0]}' is a month or a day (CLDR)"
    if len(words) >= MIN_SHOUTED_WORDS and text.isupper() and any(
            w.lower() in stops for w in words[1:-1]):
        return "a phrase shouted in capitals with stop words (a headline or a banner)"
    return None
