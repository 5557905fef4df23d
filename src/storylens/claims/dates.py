"""Find dates in text and resolve them to ISO dates, never guessing a missing year.

Explicit dates ("March 3, 2024", "le 3 mars 2024", "3 марта 2024 года", "٣ مارс ٢٠٢٤",
ISO "2024-03-03") are read in every language of :mod:`lexicon_dates`. A date without a
year ("19 de enero" in a chronology) is the latest such day on or before publication,
or the first one after it when its sentence speaks of the future; with no publication
date it stays partial ("--01-19"), since any year would be invented. Weekdays ("on
Monday") and "yesterday" are resolved only against a known publication date: a weekday
is its most recent occurrence on or before that date, and is skipped when its sentence
speaks of the future ("next Monday", "are due to ... on Sunday", "va reprendre lundi").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Final

from .lexicon_dates import (
    CAPITALISED,
    FUTURE_TENSE,
    FUTURE_WORDS,
    MONTHS,
    NAMING_LINKS,
    NAMING_NOUNS,
    RELATIVE_DAYS,
    WEEKDAY_LEADS,
    WEEKDAYS,
    YEAR_LEADS,
    YEAR_SUFFIX,
)
from .text import normalize_digits

# A year-less "3 March" is looked for in the publication year and the years either side.
_YEAR_CHOICES = (-1, 0, 1)
# A leap year, to check that a partial "--02-29" names a real day.
_LEAP_YEAR = 2000
# How far after a weekday an explicit date may start and still be the same date
# ("Monday, March 3"): a comma and a space or two.
_WEEKDAY_DATE_GAP = 4
# How many characters around a weekday are searched for "next"/"prochain".
_FUTURE_WINDOW = 16

# A year stated with its lead word ("in 1996", "en 2010", "nel 2011"): never a bare number.
YEAR_PHRASE_RE: Final = {
    lang: re.compile(rf"(?<!\w)(?:{frag})\s+(?P<y>(?:1[89]|20)\d\d)(?!\d)", re.IGNORECASE)
    for lang, frag in YEAR_LEADS.items()
}
_ISO = re.compile(r"(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])")
# What ends a sentence around a weekday when find_dates is given more than one sentence.
_SENTENCE_END = re.compile(r"[.!?;\n]")
_NUMERIC = re.compile(r"(?<![\d.])(\d{1,2})([./])(\d{1,2})\2(\d{4})(?!\d)")
# A naming noun right before a year-less date ("révolution du ") or right after it
# ("January 25 revolution", "April 6 Youth Movement"); how far before the date the noun may start.
_NAMED_BEFORE: Final = {
    lang: re.compile(rf"(?<!\w)(?:{nouns}){NAMING_LINKS}\s+$", re.IGNORECASE)
    for lang, nouns in NAMING_NOUNS.items()
}
_NAMED_AFTER: Final = {
    lang: re.compile(rf"\s*-?\s*(?-i:[A-Z]\w+\s+){{0,2}}(?:{nouns})(?!\w)", re.IGNORECASE)
    for lang, nouns in NAMING_NOUNS.items()
}
_NAMING_REACH = 32


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date stated in text: its span, ISO value and whether it was relative."""

    start: int
    end: int
    # "2024-03-03", or "--03-03" when the text gives no year and nothing dates the article.
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
    # Only English puts a comma between a month and its year ("3 March, 2000"); elsewhere
    # a number after the comma counts something ("le 3 mars, 2000 dockers ont…").
    comma = ",?" if lang == "en" or lang not in MONTHS else ""
    dmy = re.compile(
        rf"(?<![\w.])(?P<d>\d{{1,2}})(?:er|st|nd|rd|th|\.|º|°)?\s+(?:de\s+|of\s+)?"
        rf"{month}(?:\.(?=\s*\d))?(?![^\W\d_])(?:{comma}\s+(?:de\s+|del\s+)?(?P<y>\d{{4}})(?!\d){suffix})?",
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


# Built once at import: compiling these alternations for every sentence was most of the
# stage's cost. Languages without a table read English month names (as before).
_DATE_RES: Final = {lang: _patterns(lang) for lang in MONTHS}


@dataclass(frozen=True, slots=True)
class _RelativeRes:
    """One language's patterns for relative days, weekdays and future cues."""

    days: re.Pattern[str] | None
    weekday: re.Pattern[str] | None
    future: re.Pattern[str]
    tense: re.Pattern[str]


def _relative_res(lang: str) -> _RelativeRes:
    relative = RELATIVE_DAYS.get(lang, {})
    days = (re.compile(rf"(?<!\w)(?:{_alternation(list(relative))})(?!\w)", re.IGNORECASE)
            if relative else None)
    weekdays = WEEKDAYS.get(lang, {})
    lead = WEEKDAY_LEADS.get(lang, "")
    weekday = (re.compile(rf"(?<!\w){lead}(?P<w>{_alternation(list(weekdays))})"
                          rf"(?:abend|morgen|nachmittag|vormittag|nacht)?(?!\w)", re.IGNORECASE)
               if weekdays else None)
    future = re.compile(rf"(?<!\w)(?:{FUTURE_WORDS.get(lang, 'next')})(?!\w)", re.IGNORECASE)
    tense = re.compile(rf"(?<!\w)(?:{FUTURE_TENSE.get(lang, 'will')})(?!\w)", re.IGNORECASE)
    return _RelativeRes(days, weekday, future, tense)


_RELATIVE_RES: Final = {lang: _relative_res(lang) for lang in {*RELATIVE_DAYS, *WEEKDAYS}}


def _make(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _yearless(month: int, day: int, published: dt.date, future: bool) -> dt.date | None:
    """The day on or before publication (after it when the sentence is in the future)."""
    options = [_make(published.year + delta, month, day) for delta in _YEAR_CHOICES]
    if future:
        later = [d for d in options if d is not None and d >= published]
        return min(later) if later else None
    earlier = [d for d in options if d is not None and d <= published]
    return max(earlier) if earlier else None


def names_an_event(norm: str, lang: str, start: int, end: int) -> bool:
    """Whether the year-less date at ``norm[start:end]`` is part of a name ("la révolution
    du 25 janvier", "the January 25 revolution"): it then stays partial, since the event it
    names lies in a year the sentence does not give, not in the year of publication."""
    before, after = _NAMED_BEFORE.get(lang), _NAMED_AFTER.get(lang)
    if before is not None and before.search(norm[max(0, start - _NAMING_REACH):start]):
        return True
    return after is not None and after.match(norm, end) is not None


def _stated_year(norm: str, lang: str, start: int, at: int, month: int, day: int,
                 published: dt.date) -> dt.date | None:
    """The day in the year the sentence states before it: "En 2010, ... une roquette tirée
    le 21 décembre" is 2010-12-21, not the 21 December before publication. None when no
    year is stated there, or the day would fall after publication."""
    pattern = YEAR_PHRASE_RE.get(lang)
    years = list(pattern.finditer(norm, start, at)) if pattern else []
    if not years:
        return None
    day_in_year = _make(int(years[-1]["y"]), month, day)
    return day_in_year if day_in_year is not None and day_in_year <= published else None


def find_dates(text: str, lang: str, published: dt.date | None = None,
               start: int = 0, end: int | None = None) -> list[DateMention]:
    """Dates stated in ``text[start:end]``, explicit ones first, sorted by position."""
    return dates_in(normalize_digits(text), lang, published, start, end)


def dates_in(norm: str, lang: str, published: dt.date | None = None,
             start: int = 0, end: int | None = None) -> list[DateMention]:
    """:func:`find_dates` on text whose digits are already ASCII (see ``normalize_digits``).

    Callers going sentence by sentence normalise the article once and call this, so the
    cost stays linear in the article's length.
    """
    stop = len(norm) if end is None else end
    found = _explicit(norm, lang, published, start, stop)
    if published is not None:
        found.extend(_relative(norm, lang, published, start, stop, found))
    return sorted(found, key=lambda d: d.start)


def _explicit(norm: str, lang: str, published: dt.date | None, start: int,
              stop: int) -> list[DateMention]:
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def add(s: int, e: int, date: dt.date | str | None) -> None:
        if date is None or any(s < te and ts < e for ts, te in taken):
            return
        taken.append((s, e))
        found.append(DateMention(s, e, date if isinstance(date, str) else date.isoformat()))

    for m in _ISO.finditer(norm, start, stop):
        add(m.start(), m.end(), _make(int(m[1]), int(m[2]), int(m[3])))
    months = MONTHS.get(lang, MONTHS["en"])
    dmy, mdy = _DATE_RES.get(lang, _DATE_RES["en"])
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
            elif names_an_event(norm, lang, m.start(), m.end()):
                if _make(_LEAP_YEAR, month, day) is not None:
                    add(m.start(), m.end(), f"--{month:02d}-{day:02d}")
            elif published is not None:
                stated = _stated_year(norm, lang, start, m.start(), month, day, published)
                future = future_sentence(norm, lang, m.start(), start, stop)
                add(m.start(), m.end(), stated or _yearless(month, day, published, future))
            elif _make(_LEAP_YEAR, month, day) is not None:
                add(m.start(), m.end(), f"--{month:02d}-{day:02d}")
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
    res = _RELATIVE_RES.get(lang)
    if res is None:
        return found
    relative = RELATIVE_DAYS.get(lang, {})
    if res.days is not None:
        for m in res.days.finditer(norm, start, stop):
            offset = relative[re.sub(r"\s+", " ", m.group().lower())]
            found.append(DateMention(m.start(), m.end(),
                                     (published + dt.timedelta(days=offset)).isoformat(),
                                     relative=True))
    weekdays = WEEKDAYS.get(lang, {})
    if res.weekday is None:
        return found
    for m in res.weekday.finditer(norm, start, stop):
        name = m["w"]
        if lang in CAPITALISED and not name[0].isupper():
            continue
        if lang not in CAPITALISED and lang != "ar" and not name[0].islower():
            continue  # "Domingo" is a name; weekdays are lower-case in these languages
        if any(-_WEEKDAY_DATE_GAP <= d.start - m.end() <= _WEEKDAY_DATE_GAP
               or (d.start <= m.start() < d.end) for d in explicit):
            continue
        if future_sentence(norm, lang, m.start(), start, stop, m.end()):
            continue
        back = (published.weekday() - weekdays[name.lower()]) % 7
        found.append(DateMention(m.start(), m.end(),
                                 (published - dt.timedelta(days=back)).isoformat(),
                                 relative=True))
    return found


def future_sentence(norm: str, lang: str, pos: int, start: int, stop: int,
                     end: int | None = None) -> bool:
    """True when the words near ``pos`` say "next" or its sentence is in the future tense."""
    res = _RELATIVE_RES.get(lang) or _RELATIVE_RES["en"]
    window = norm[max(0, pos - _FUTURE_WINDOW):(end or pos) + _FUTURE_WINDOW]
    return bool(res.future.search(window)
                or res.tense.search(_sentence_of(norm, pos, start, stop)))


def _sentence_of(norm: str, pos: int, start: int, stop: int) -> str:
    """The sentence around ``pos`` within ``norm[start:stop]``."""
    begin = start
    for m in _SENTENCE_END.finditer(norm, start, pos):
        begin = m.end()
    end = _SENTENCE_END.search(norm, pos, stop)
    return norm[begin:end.start() if end else stop]
