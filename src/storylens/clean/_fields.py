"""Metadata fields normalised at the boundary, so the contract holds for any input.

Input metadata (a JSONL ``published`` copied from a scraper, a feed's RFC 2822 date, a
title with a stray escape sequence) is untrusted text. Each field becomes a typed value
here, or None when it cannot be read: a bad field is dropped, never the article or the run.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re

from .._controls import without_controls
from ..config import DEFAULT_LANGUAGES
from ._dates import find_dates

# Dates are short; a longer "date" is a sentence or junk, and dateparser's cost grows with it.
_MAX_DATE_CHARS = 64
# Titles, outlets and authors: generous bounds that still keep a report readable when a
# scraper put a whole page into one field.
FIELD_LIMITS = {"title": 500, "outlet": 200, "author": 300}
_ISO_SHAPE = re.compile(r"\d{4}(?:-\d|$)")
_ISO_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_ISO_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?"
                           r"(?:Z|[+-]\d{2}:?\d{2})?")
# "03/04/2024" is March or April depending on the country: abstain instead of guessing.
_AMBIGUOUS_NUMERIC = re.compile(r"\b(\d{1,2})[/-](\d{1,2})[/-]\d{2,4}\b")
_CLOCK = re.compile(r"\d{1,2}:\d{2}")
_LANGUAGE = re.compile(r"([A-Za-z]{2})(?:[-_][A-Za-z0-9]{1,8})*")
# Only absolute dates: "yesterday" or "2 hours ago" depend on when the run happens, and
# re-running must give the same report.
_DATEPARSER_SETTINGS = {
    "STRICT_PARSING": True,
    "RETURN_AS_TIMEZONE_AWARE": False,
    "PARSERS": ["custom-formats", "absolute-time"],
    "REQUIRE_PARTS": ["day", "month", "year"],
}
# Years a news article can be published in; others are typos or epoch artefacts.
_MIN_YEAR, _MAX_YEAR = 1800, 2200


def clean_text_field(value: str | None, limit: int) -> str | None:
    """One line of printable text: control characters out, whitespace collapsed, capped."""
    if value is None:
        return None
    text = " ".join(without_controls(value).split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text or None


def language_code(value: str | None) -> str | None:
    """The ISO 639-1 code of a language tag ("EN", "fr-CA", "pt_BR"); None otherwise."""
    if not value:
        return None
    match = _LANGUAGE.fullmatch(value.strip())
    return match.group(1).lower() if match else None


def iso_published(value: str | None, languages: tuple[str, ...] = DEFAULT_LANGUAGES
                  ) -> str | None:
    """A publication date as ISO 8601 (date, or date and time), or None when unreadable.

    ISO input is checked and kept; RFC 2822 (feeds, HTTP, most scrapers) is read with
    email.utils; other absolute dates in many languages with the project's own date finder,
    then dateparser in ``languages`` (all of its 200 locales would take seconds a date).
    Relative and ambiguous dates give None.
    """
    if not value:
        return None
    text = " ".join(value.split())[: _MAX_DATE_CHARS + 1]
    if not text or len(text) > _MAX_DATE_CHARS:
        return None
    # An ISO-shaped value is read as ISO only: "2026-13-01" is a bad date, not day 13.
    if _ISO_SHAPE.match(text):
        found = _iso(text)
    else:
        found = _rfc2822(text) or _whole_date(text) or _dateparser(text, languages)
    if found is not None:
        return found if _MIN_YEAR <= int(found[:4]) <= _MAX_YEAR else None
    return None


def _iso(text: str) -> str | None:
    """ISO input that is a real date: "2026-03-11", "2026-03", "2026-03-11T10:00:00Z"."""
    match = _ISO_DATE.fullmatch(text)
    if match:
        year, month, day = match.groups()
        try:
            dt.date(int(year), int(month or 1), int(day or 1))
        except ValueError:
            return None
        return text
    if _ISO_DATETIME.fullmatch(text):
        try:
            return dt.datetime.fromisoformat(text.replace(" ", "T", 1)).isoformat()
        except ValueError:
            return None
    return None


def _rfc2822(text: str) -> str | None:
    """"Wed, 11 Mar 2026 10:00:00 GMT" and its variants."""
    try:
        parsed = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return parsed.isoformat() if parsed is not None else None


def _whole_date(text: str) -> str | None:
    """A string that is one unambiguous date in a supported language, without a time."""
    dates = find_dates(text)
    if len(dates) != 1 or _CLOCK.search(text):
        return None
    rest = (text[: dates[0].start] + text[dates[0].end:]).strip(" ,.")
    return dates[0].iso if not rest else None


def _dateparser(text: str, languages: tuple[str, ...]) -> str | None:
    """Any other absolute date dateparser can read, unless its day and month are ambiguous."""
    for match in _AMBIGUOUS_NUMERIC.finditer(text):
        if int(match.group(1)) <= 12 and int(match.group(2)) <= 12:
            return None
    import dateparser  # a heavy import, needed only for unusual dates

    try:
        parsed = dateparser.parse(text, languages=list(languages),
                                  settings=_DATEPARSER_SETTINGS)
    except (ValueError, OverflowError, TypeError, KeyError, AttributeError):
        return None
    if parsed is None:
        return None
    return parsed.isoformat() if _CLOCK.search(text) else parsed.date().isoformat()
