"""Teaser lists: runs of other articles' headlines above, inside or under the article.

News sites frame a page with "today's articles", "most read" or a bare column of
headlines, often under no header a vocabulary could know ("Les articles du jour", or none
at all). Cut headlines end in "…" and others in "?" or "!", so the line scorer reads
them as prose; the body's best run then swallows the list, and every teaser becomes a
claim of the story ("Kim Kardashian appelle à la compassion…" in a report on Egypt) or
glues unrelated articles together. The list is found by its shape instead: several
headline-like lines in a row (short, one sentence at most, no closing full stop).
"""

from __future__ import annotations

import re

from ._lines import reading_length, word_count

# This many headline-like lines in a row make a list; four short subheadings do not.
TEASER_RUN = 5
# Score of a line in a teaser list: as much chrome as a short menu item.
TEASER_SCORE = -0.5
_TEASER_MIN_CHARS = 12
_TEASER_MAX_CHARS = 110
# A headline is a phrase: spec lines, prices and menu labels have fewer words.
_TEASER_MIN_WORDS = 4
# A headline closes without a full stop, colon or semicolon ("…", "?", "!" and quotes are
# fine); two sentences on one line are prose, and a line opening with a digit or a bullet
# is rather an item of the article's own list (a chronology, key figures, a live blog).
_CLOSES_LIKE_PROSE = re.compile(r"[.:;][\"'»”’)\]]*$")
_TWO_SENTENCES = re.compile(r"[^\W\d_]{4,}[.!?]\s+[\"'«“]?[A-ZÀ-ÖØ-Þ]")
# A teaser's snippet: the start of the article's text, cut mid-sentence ("… si…",
# "… di fusione,...").
_CUT_SNIPPET = re.compile(r"[^\W\d_],?\s?(?:…|\.\.\.)$")
_SNIPPET_MAX_CHARS = 400
_OWN_LIST_ITEM = re.compile(r"^\s*(?:\d|[-–—•*·▪►])")


def is_headline_like(line: str) -> bool:
    """A line that reads as another article's headline: short, one sentence, no full stop."""
    length = reading_length(line)
    return (_TEASER_MIN_CHARS <= length <= _TEASER_MAX_CHARS
            and word_count(line) >= _TEASER_MIN_WORDS
            and not _CLOSES_LIKE_PROSE.search(line)
            and not _TWO_SENTENCES.search(line)
            and not _OWN_LIST_ITEM.match(line))


def is_cut_snippet(line: str) -> bool:
    """The opening words of another article, cut off mid-sentence under its headline."""
    return reading_length(line) <= _SNIPPET_MAX_CHARS and bool(_CUT_SNIPPET.search(line))


def teaser_lines(lines: list[str]) -> set[int]:
    """Indices of the lines that stand in a run of at least TEASER_RUN headline-like lines
    or cut snippets."""
    found: set[int] = set()
    run: list[int] = []
    for index, line in enumerate([*lines, ""]):
        if line and (is_headline_like(line) or is_cut_snippet(line)):
            run.append(index)
            continue
        if len(run) >= TEASER_RUN:
            found.update(run)
        run = []
    return found
