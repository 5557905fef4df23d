"""Find dates in text and resolve them to ISO dates, never guessing a missing year.

Explicit dates ("March 3, 2024", "le 3 mars 2024", "3 марта 2024 года", "٣ مارس ٢٠٢٤",
ISO "2024-03-03") are read in every language of :mod:`lexicon_dates`. Dates without a
year, weekdays ("on Monday") and "yesterday" are resolved only against a known
publication date: a weekday is its most recent occurrence on or before that date, and
is skipped when its sentence speaks of the future ("next Monday", "are due to ... on
Sunday", "va reprendre lundi") since the past occurrence would be wrong.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .lexicon_dates import (
    CAPITALISED,
    FUTURE_TENSE,
    FUTURE_WORDS,
    MONTHS,
    RELATIVE_DAYS,
    WEEKDAY_LEADS,
    WEEKDAYS,
    YEAR_SUFFIX,
)
from .text import normalize_digits

# A year-less "3 March" is put in the year that brings it closest to publication, so a
# January article's "28 December" is last December (at most ~6 months either way).
_YEAR_CHOICES = (-1, 0, 1)
# How far after a weekday an explicit date may start and still be the same date
# ("Monday, March 3"): a comma and a space or two.
_WEEKDAY_DATE_GAP = 4
# How many characters around a weekday are searched for "next"/"prochain".
_FUTURE_WINDOW = 16

_ISO = re.compile(r"(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])")
# What ends a sentence around a weekday when find_dates is given more than one sentence.
_SENTENCE_END = re.compile(r"[.!?;\n]")
_NUMERIC = re.compile(r"(?<![\d.])(\d{1,2})([./])(\d{1,2})\2(\d{4})(?!\d)")


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date stated in text: its span, ISO value and whether it was relative."""

    start: int
    end: int
    iso: str
    relative: bool = False


def parse_published(published: str | None) -> dt.date | None:
    """The publication date of an article, or None when absent or unreadable."""
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published.strip()[:10])
    except ValueError:
        return None


def _alternation(names: list[str]) -> str:
    ordered = sorted(names, key=len, reverse=True)
    return "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in ordered)


def _patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    months = MONTHS.get(lang, MONTHS["en"])
    alt = _alternation(list(months))
    month = rf"(?P<m>{alt})(?:\s*[/(]\s*(?:{alt})(?:\s*\))?)?"
    suffix = YEAR_SUFFIX.get(lang, "")
    dmy = re.compile(
        rf"(?<![\w.])(?P<d>\d{{1,2}})(?:er|st|nd|rd|th|\.|º|°)?\s+(?:de\s+|of\s+)?"
        rf"{month}(?:\.(?=\s*\d))?(?![^\W\d_])(?:,?\s+(?:de\s+|del\s+)?(?P<y>\d{{4}})(?!\d){suffix})?",
        re.IGNORECASE,
    )
    mdy = None
    if lang == "en" or lang not in MONTHS:
        mdy = re.compile(
            rf"(?<![\w])(?P<m>{alt})(?:\.(?=\s*\d))?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)"
            rf"(?:,?\s+(?P<y>\d{{4}})(?!\d))?",
            re.IGNORECASE,
        )
    return dmy, mdy


def _make(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _nearest_year(month: int, day: int, published: dt.date) -> dt.date | None:
    options = [_make(published.year + delta, month, day) for delta in _YEAR_CHOICES]
    valid = [d for d in options if d is not None]
    if not valid:
        return None
    return min(valid, key=lambda d: abs((d - published).days))


def find_dates(text: str, lang: str, published: dt.date | None = None,
               start: int = 0, end: int | None = None) -> list[DateMention]:
    """Dates stated in ``text[start:end]``, explicit ones first, sorted by position."""
    norm = normalize_digits(text)
    stop = len(text) if end is None else end
    found = _explicit(norm, lang, published, start, stop)
    if published is not None:
        found.extend(_relative(norm, lang, published, start, stop, found))
    return sorted(found, key=lambda d: d.start)


def _explicit(norm: str, lang: str, published: dt.date | None, start: int,
              stop: int) -> list[DateMention]:
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def add(s: int, e: int, date: dt.date | None) -> None:
        if date is None or any(s < te and ts < e for ts, te in taken):
            return
        taken.append((s, e))
        found.append(DateMention(s, e, date.isoformat()))

    for m in _ISO.finditer(norm, start, stop):
        add(m.start(), m.end(), _make(int(m[1]), int(m[2]), int(m[3])))
    months = MONTHS.get(lang, MONTHS["en"])
    dmy, mdy = _patterns(lang)
    for pattern in (dmy, mdy):
        if pattern is None:
            continue
        for m in pattern.finditer(norm, start, stop):
            name = m["m"]
            if lang in CAPITALISED and not name[0].isupper():
                continue
            month = months.get(re.sub(r"\s+", " ", name.lower()))
            if month is None:
                continue
            day = int(m["d"])
            if m["y"]:
                add(m.start(), m.end(), _make(int(m["y"]), month, day))
            elif published is not None:
                add(m.start(), m.end(), _nearest_year(month, day, published))
    for m in _NUMERIC.finditer(norm, start, stop):
        first, second, year = int(m[1]), int(m[3]), int(m[4])
        if first > 12:
            add(m.start(), m.end(), _make(year, second, first))
        elif second > 12:
            add(m.start(), m.end(), _make(year, first, second))
        elif lang != "en" or first == second:
            # Day first everywhere but in English, where 03/04 is ambiguous: skipped.
            add(m.start(), m.end(), _make(year, second, first))
    return found


def _relative(norm: str, lang: str, published: dt.date, start: int, stop: int,
              explicit: list[DateMention]) -> list[DateMention]:
    found: list[DateMention] = []
    relative = RELATIVE_DAYS.get(lang, {})
    if relative:
        alt = _alternation(list(relative))
        for m in re.finditer(rf"(?<!\w)(?:{alt})(?!\w)", norm[:stop], re.IGNORECASE):
            if m.start() < start:
                continue
            offset = relative[re.sub(r"\s+", " ", m.group().lower())]
            found.append(DateMention(m.start(), m.end(),
                                     (published + dt.timedelta(days=offset)).isoformat(),
                                     relative=True))
    weekdays = WEEKDAYS.get(lang, {})
    if not weekdays:
        return found
    lead = WEEKDAY_LEADS.get(lang, "")
    pattern = re.compile(rf"(?<!\w){lead}(?P<w>{_alternation(list(weekdays))})"
                         rf"(?:abend|morgen|nachmittag|vormittag|nacht)?(?!\w)", re.IGNORECASE)
    future = re.compile(rf"(?<!\w)(?:{FUTURE_WORDS.get(lang, 'next')})(?!\w)", re.IGNORECASE)
    tense = re.compile(rf"(?<!\w)(?:{FUTURE_TENSE.get(lang, 'will')})(?!\w)", re.IGNORECASE)
    for m in pattern.finditer(norm, start, stop):
        name = m["w"]
        if lang in CAPITALISED and not name[0].isupper():
            continue
        if lang not in CAPITALISED and lang != "ar" and not name[0].islower():
            continue  # "Domingo" is a name; weekdays are lower-case in these languages
        if any(-_WEEKDAY_DATE_GAP <= d.start - m.end() <= _WEEKDAY_DATE_GAP
               or (d.start <= m.start() < d.end) for d in explicit):
            continue
        window = norm[max(0, m.start() - _FUTURE_WINDOW):m.end() + _FUTURE_WINDOW]
        if future.search(window) or tense.search(_sentence_of(norm, m.start(), start, stop)):
            continue
        back = (published.weekday() - weekdays[name.lower()]) % 7
        found.append(DateMention(m.start(), m.end(),
                                 (published - dt.timedelta(days=back)).isoformat(),
                                 relative=True))
    return found


def _sentence_of(norm: str, pos: int, start: int, stop: int) -> str:
    """The sentence around ``pos`` within ``norm[start:stop]``."""
    begin = start
    for m in _SENTENCE_END.finditer(norm, start, pos):
        begin = m.end()
    end = _SENTENCE_END.search(norm, pos, stop)
    return norm[begin:end.start() if end else stop]
