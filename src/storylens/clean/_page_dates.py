"""Check a given publication date against the page's own dates.

Scraped pages are filed under a date that is not always the article's: an archive folder
of 2012 may hold a page captured years later that carries another article. Relative dates
("Thursday", "yesterday") resolve against the publication day, so a wrong day moves every
toll and event of the page to the wrong year. The page itself usually says when it was
written: a dateline or "published" line, and the years its text names. When those
contradict the given date by far, the given date is not used: the page's own labelled
date replaces it, else the article is left undated (relative dates stay unresolved, which
the run reports) rather than dated by a folder the text disowns.

Articles name years before their publication all the time (history, chronologies) and a
few after it (plans, "elections in 2014"), so only a page whose year mentions are mostly
far after the given date counts as contradicting it. Copyright and footer lines
("© 2020 Cable News Network") date the capture, not the article, and are left out.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from ..records import Article
from ._dates import PUBLISHED_LABEL, find_dates

# "By far": more than a year between the given date and the page's own.
FAR: Final = dt.timedelta(days=365)
# Years named this many years after the given year contradict it (plans one year ahead
# are common: "the 2014 elections" in a 2013 article).
LATER_YEARS: Final = 2
# At least this many such mentions, and more than half of all year mentions.
MIN_LATER_MENTIONS: Final = 2
# Where a dateline, a byline's date or a "published" line may stand: the page's first lines.
HEAD_CHARS: Final = 600
# The years counted are the article's own, at the top of the page: related headlines,
# comments and footers further down are of the capture's day, not the article's.
BODY_CHARS: Final = 2000

_YEAR = re.compile(r"(?<![\w.,/-])(?:19|20)\d\d(?![\d.,/-]?\d)")
_FOOTER = re.compile(
    r"©|\(c\)\s*\d|copyright|all rights reserved|tous droits|derechos reservados|"
    r"diritti riservati|alle rechte|все права|جميع الحقوق", re.IGNORECASE)


def page_date(text: str) -> str | None:
    """The page's own publication date: a dated line near the top that says it was
    published, or a dateline opening the text ("Roma, 8 gennaio 2020. ...")."""
    head = text[:HEAD_CHARS]
    for line in head.splitlines():
        dates = find_dates(line)
        if dates and (PUBLISHED_LABEL.search(line) or _opens_with_dateline(line, dates[0].start)):
            return dates[0].iso
    return None


def _opens_with_dateline(line: str, start: int) -> bool:
    """A place and a comma before the date, the date within the line's first words."""
    prefix = line[:start]
    return "," in prefix and 0 < len(prefix.split()) <= 4 and prefix[:1].isupper()


def year_mentions(text: str) -> list[int]:
    """Years the text names, outside copyright and footer lines."""
    return [int(m.group()) for line in text.splitlines() if not _FOOTER.search(line)
            for m in _YEAR.finditer(line)]


def check_published(article: Article) -> str | None:
    """Replace or drop a publication date that the page contradicts by far; a note saying
    so, or None when the date stands (or there is none to check)."""
    given = article.published
    try:
        day = dt.date.fromisoformat(given[:10]) if given else None
    except ValueError:
        return None
    if day is None or given is None:
        return None
    head = article.text[:HEAD_CHARS]
    if any(abs(dt.date.fromisoformat(d.iso) - day) <= FAR for d in find_dates(head)):
        return None  # a byline's or dateline's date agrees
    own = page_date(article.text)
    if own is not None:
        article.published = own
        return f"publication date {given} contradicted by the page's own date {own}; {own} used"
    years = year_mentions(article.text[:BODY_CHARS])
    later = [y for y in years if y >= day.year + LATER_YEARS]
    if len(later) < MIN_LATER_MENTIONS or 2 * len(later) <= len(years):
        return None
    article.published = None
    return (f"publication date {given} contradicted by the page, which names "
            f"{len(later)} of its {len(years)} years from {min(later)} on; its relative "
            f"dates are left unresolved")
