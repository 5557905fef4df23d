"""Say when undated articles lost their relative dates, once per run.

"Monday", "hier lundi" or "on November 24" only become dates against the article's
publication day. Plain-text inputs usually carry none, so those dates are dropped; without
a word, a reader takes the thin timeline for the whole story. One :class:`Problem` per run
(never one per article) counts what was dropped and says how to give a date.
"""

from __future__ import annotations

import datetime as dt

from .claims import find_dates, parse_published
from .claims.text import claim_language
from .records import Article, Problem

# Any day will do: it only tells which phrases would resolve with a publication date.
_PROBE_DAY = dt.date(2000, 6, 15)

HOW_TO_DATE = ("give --published YYYY-MM-DD, or a NAME.json sidecar holding "
               "{\"published\": \"YYYY-MM-DD\"} next to NAME.txt")


def dropped_dates(article: Article) -> int:
    """How many date phrases of an undated article resolve only with a publication date."""
    text = article.text
    spans = article.sentences
    count = 0
    for sentence in spans:
        lang = claim_language(sentence.language or article.language)
        kept = {(d.start, d.end) for d in find_dates(text, lang, None, sentence.start,
                                                      sentence.end)}
        probed = find_dates(text, lang, _PROBE_DAY, sentence.start, sentence.end)
        count += sum((d.start, d.end) not in kept for d in probed)
    return count


def undated_problems(articles: list[Article]) -> list[Problem]:
    """At most one problem: the undated articles whose relative dates were dropped."""
    losses = [(a, n) for a in articles if parse_published(a.published) is None
              for n in [dropped_dates(a)] if n]
    if not losses:
        return []
    undated = sum(parse_published(a.published) is None for a in articles)
    dropped = sum(n for _, n in losses)
    # One short line (no paths): problems are printed and kept under 300 characters.
    message = (f"{undated} of {len(articles)} article(s) have no publication date, so "
               f"{dropped} relative date(s) like 'Monday' in {len(losses)} of them were "
               f"dropped; {HOW_TO_DATE}")
    return [Problem(source="(this run)", stage="dates", message=message)]
