"""Lines that are no sentence of the body: a headline standing alone between paragraphs.

A page saved as text keeps, inside its body, other articles' headlines (a related-article
link such as "Forty killed in new strikes on the suburbs" between two paragraphs, a teaser
too short to form the lists ``clean/_teasers.py`` cuts) and its own subheadings. Neither
is a sentence the article states: a related headline reports another article's event (its
toll read as this article's, its date as this story's), and a subheading only names what
the paragraphs under it tell, in words cut down to a label. They are told apart by shape,
not vocabulary: a whole line with a blank line on each side, after the text's first
block, that ends on a word (no full stop, question or exclamation mark, no stop before a
closing quote) and is no longer than a headline. The body's sentences around them keep
their claims, and so do a quoted passage and an embedded social-media post on lines of
their own (someone's words, not a headline), the first block (the article's own
headline where the page kept it) and lines run together without blank lines (a list, a
live blog's entries).

A listing entry is skipped the same way: a line that ends, after its last sentence's
stop, on a date stamp in brackets ("... siete muertos y heridos. (07.09.2017)") is a
teaser of another article, its snippet printed under its headline with the day it ran,
as a page's "related" block prints it. The article's own paragraphs date their events
inside the sentence ("informó este sábado (14.04.2018) la agencia"), never after it.

A page's foot often lists other articles as headline and snippet pairs ("COVID-19 : 60 000
cas en 24 h" over "1059 décès ont été recensés ..."), one line each, often of another
time than the page (the page was saved later). ``listing_start`` finds such a tail: from
the text's end back, lines that are headlines (short, no final stop) or a snippet of at
most two sentences right under one; two pairs or more, with the body before them, make
a listing, and none of its sentences gives a claim.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# A headline or subheading fits on a line of this many characters; a longer line without
# a stop is rather a paragraph whose stop was lost (or cut by the page's saver).
MAX_HEADLINE_CHARS = 160
# Marks that may close a headline after its last word ('... de "crímenes de guerra"').
_CLOSERS = "\"'»”’)]"
# A line opening with a quotation mark is someone's words quoted in the body.
_OPENERS = "\"'«“„‘‹"
# A hashtag, a handle or a link: a social-media post embedded in the body (its words
# are quoted there as the post's), never a headline.
_POST = re.compile(r"(?<![^\s(])[#@][^\W_]|https?://|pic\.twitter\.com", re.IGNORECASE)
_FIRST_CHAR = re.compile(r"\S")
# A stop (closing quotes looked through), then a bracketed day as numbers, ending a line.
_STAMPED_END = re.compile(r"[.!?…][\"'»”’]?\s*\(\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\)\s*$")


def headline_line(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` is a line standing alone between blank
    lines, after the text's first block, that reads as a headline rather than a sentence
    of the body. The first block may be the article's own headline (its claims are the
    article's), and lines in a run with no blank line between them are a list or a live
    blog's entries, read as such by ``layout.py``."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:start].strip() or text[end:line_end].strip():
        return False  # the sentence shares its line with others: a paragraph
    before, after = text[:line_start], text[line_end:]
    if not before.strip() or not _blank_line_ends(before) or \
            (after.strip() and not _blank_line_opens(after)):
        return False
    line = text[line_start:line_end].strip()
    if not line or len(line) > MAX_HEADLINE_CHARS or line[0] in _OPENERS or _POST.search(line):
        return False
    last = line.rstrip(_CLOSERS).rstrip()
    return bool(last) and last[-1].isalnum()


def _blank_line_ends(before: str) -> bool:
    """``before`` (the text up to a line's start) ends with a blank line."""
    return before[len(before.rstrip()):].count("\n") >= 2


def _blank_line_opens(after: str) -> bool:
    """``after`` (the text from a line's end) opens with a blank line."""
    return after[:len(after) - len(after.lstrip())].count("\n") >= 2


def stamped_entry(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` stands on a line, not the text's first,
    that ends on a date stamp after its last stop: a listing's entry (see module)."""
    line_start = text.rfind("\n", 0, start) + 1
    first = _FIRST_CHAR.search(text)
    if first is None or first.start() >= line_start:
        return False  # the first line: the article's own headline or lead
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return _STAMPED_END.search(text, max(line_start, line_end - 40), line_end) is not None


# A teaser's snippet: one line of at most this many characters and sentences.
MAX_SNIPPET_CHARS = 300
MAX_SNIPPET_SENTENCES = 2
# Headline + snippet pairs that make a listing (one pair may be a subheading's paragraph).
MIN_LISTING_PAIRS = 2
# A sentence ends on a stop before a capitalised word or the line's end ("EE. UU. se"
# holds none).
_SENTENCE_END = re.compile(r"[.!?…][\"'»”’)]*(?:\s+[\"'«“]?[A-ZÀ-Ý][a-zà-ÿ]|\s*$)")
_OWN_ITEM = re.compile(r"[\d•*·▪►–—-]")
# A headline sets off one phrase at most ("Trump déploie des agents, malgré ...").
MAX_HEADLINE_COMMAS = 1
_LAST_WORD = re.compile(r"[^\W\d_]+$")


def _headline_like(line: str) -> bool:
    """A short line with no final stop that does not stop mid-phrase: a paragraph the
    page's saver cut ("... en distintas partes de", "... había aumentado sus") ends on a
    small word and runs through clauses set off by commas."""
    last = line.rstrip(_CLOSERS).rstrip()
    if not last or len(line) > MAX_HEADLINE_CHARS or last[-1] in ".:;," \
            or line[0] in _OPENERS or _OWN_ITEM.match(line) \
            or line.count(",") > MAX_HEADLINE_COMMAS:
        return False
    tail = _LAST_WORD.search(last)
    return tail is None or not (tail.group().islower() and len(tail.group()) <= 3)


def _snippet_like(line: str) -> bool:
    return len(line) <= MAX_SNIPPET_CHARS and line.rstrip(_CLOSERS)[-1:] in ".!?…" \
        and len(_SENTENCE_END.findall(line)) <= MAX_SNIPPET_SENTENCES


def listing_start(text: str) -> int:
    """Where a tail listing of other articles (see module) starts, or ``len(text)``.

    Reads lines from the end and stops at the first that is neither a headline nor a
    snippet under one: the cost is the listing's length, not the article's."""
    lines = _lines_from_end(text)
    pairs, start = 0, len(text)
    line = next(lines, None)
    while line is not None:
        above = next(lines, None)
        if _headline_like(line[1]):
            start, line = line[0], above
        elif above is not None and _snippet_like(line[1]) and _headline_like(above[1]):
            pairs, start, line = pairs + 1, above[0], next(lines, None)
        else:
            break
    if pairs < MIN_LISTING_PAIRS or line is None:
        return len(text)  # no listing, or nothing of the body before it
    return start


def _lines_from_end(text: str) -> Iterator[tuple[int, str]]:
    """The non-blank lines of ``text`` with their start offsets, last line first."""
    end = len(text)
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if line:
            yield start, line
        end = start - 1
