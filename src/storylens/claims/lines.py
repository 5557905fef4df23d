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
"""

from __future__ import annotations

import re

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
