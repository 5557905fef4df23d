"""The words a speaker is reported to have said, as an exact span of the article.

Kept apart from :mod:`reported`, which decides *where* a speaker's words are: this module
only trims a chosen span (quotation marks, a glued headline, a missed sentence end) and
says whether it holds enough words to be a statement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from .lexicon_reported import ANAPHOR_OPENING, GLUED_HEADLINE, PLURAL_SUBJECT_OPENING
from .text import count_words

# Reported words (numbers count) shorter than this are no statement ("Quel"); words in
# quotation marks need one more ("no-fly zone" is a term, "It's just for fun" speech).
MIN_CONTENT_WORDS: Final = 2
MIN_QUOTED_WORDS: Final = 3
# Sentence ends the segmenter missed inside a run of headline items ("...Homs.- El ...").
_MISSED_END = re.compile(r"[.?!]-\s+(?=[A-ZÀ-Ý«\"“])")
# A stop with no space after it ("... across the ocean.The rings were ...", 'the same
# place."My thinking is ...'): a sentence end the segmenter missed in a scraped page.
GLUED_STOP: Final = re.compile(r"(?<=[a-zà-ÿ]{2})[.?!](?=[\"“«]?[A-ZÀ-Ý][a-zà-ÿ])")
OPENING_QUOTES: Final = "\"«“„"
# Words a glued headline may hold before the sentence it sits on.
MAX_HEADLINE_WORDS: Final = 12
CLOSING_QUOTES: Final = "\"»”“"
# The last spaced dash before an attribution closed by a dash opens the inserted clause.
_SPACED_DASH_BEFORE: Final = re.compile(r"\s[–—]\s+(?!.*\s[–—]\s)", re.DOTALL)
_FIRST_WORD: Final = re.compile(r"[^\W\d_]+")
# A dash set between spaces: what follows it is set off from the clause before.
_SPACED_DASH: Final = re.compile(r"\s[–—]\s")


@dataclass(frozen=True, slots=True)
class Reported:
    """The words a speaker is reported to have said; ``direct`` when in quotation marks."""

    start: int
    end: int
    direct: bool
    # An attribution inserted inside the words ("X si concentra, ha spiegato Y, in
    # un'area ..."): its span, which is not part of what the speaker said.
    inserted: tuple[int, int] | None = None

    def said(self, text: str) -> str:
        """The reported words as one line, without an inserted attribution."""
        if self.inserted is None:
            return " ".join(text[self.start:self.end].split())
        return " ".join((text[self.start:self.inserted[0]] + " "
                         + text[self.inserted[1]:self.end]).split())


def content_span(text: str, start: int, end: int) -> Reported | None:
    """The reported words between two offsets, without quotation marks around them."""
    while start < end and (text[start].isspace() or text[start] in ",:"
                           or (text[start] in "'’" and text[start - 1].isalpha())):
        start += 1  # ... and the apostrophe of an elided "qu'il"
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",.;:"):
        end -= 1
    for missed in _MISSED_END.finditer(text, start, end):
        start = missed.end()
    glued = GLUED_HEADLINE.search(text, start, end)
    if glued is not None and count_words(text, start, glued.start()) <= MAX_HEADLINE_WORDS:
        start = glued.end()
    if start >= end:
        return None
    body = text[start:end]
    opens = sum(body.count(q) for q in "«“„")
    closes = sum(body.count(q) for q in "»”")
    direct = False
    if body[0] in OPENING_QUOTES and body[-1] in CLOSING_QUOTES and opens <= 1 \
            and body.count('"') in (0, 2) and _one_quote(body):
        start, end, direct = start + 1, end - 1, True
    elif body[-1] in CLOSING_QUOTES and body[0] not in OPENING_QUOTES and closes <= 1 \
            and opens == 0 and body.count('"') <= 1:
        end, direct = end - 1, True  # the quotation opened in an earlier sentence
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",.;:"):
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    if count_words(text, start, end) < (MIN_QUOTED_WORDS if direct else MIN_CONTENT_WORDS):
        return None
    return Reported(start, end, direct)


def _one_quote(body: str) -> bool:
    """The quotation marks at both ends close each other (no «a» and «b» pair)."""
    inner = body[1:-1]
    return not any(q in inner for q in "«»“”„") and '"' not in inner


def inside_dashes(text: str, block_end: int, found: Reported) -> Reported | None:
    """Words and attribution set off by dashes are the source's words alone: in "Ulcéré
    par les veto – un « permis de tuer », selon le Premier ministre –, le Qatar ..." the
    minister said "un permis de tuer", not what stands before the opening dash. None
    when too few words are left to be a statement; ``block_end``: where the speaker and
    the cue end."""
    after = text[block_end:block_end + 3].lstrip()
    dash = _SPACED_DASH_BEFORE.search(text, found.start, found.end)
    if after[:1] not in ("–", "—") or dash is None:
        return found
    start = dash.end()
    if count_words(text, start, found.end) < MIN_CONTENT_WORDS:
        return None
    return Reported(start, found.end, found.direct)


def dash_after_clause(text: str, found: Reported, min_words: int) -> bool:
    """A spaced dash inside reported words, after a clause of ``min_words`` words or more
    (a dateline's "WASHINGTON —" is none): before a closing "according to X", X vouches
    for the words after the dash only ("the plan saves as much — roughly $700 billion,
    according to X")."""
    dash = _SPACED_DASH.search(text, found.start, found.end)
    return dash is not None and count_words(text, found.start, dash.start()) >= min_words


def opens_on(text: str, found: Reported, openers: frozenset[str]) -> bool:
    """The reported words open on a lower-case word of ``openers``."""
    match = _FIRST_WORD.search(text, found.start, found.end)
    return match is not None and match.group().islower() and \
        match.group().casefold() in openers


def names_no_one(text: str, found: Reported, cue_first: bool) -> bool:
    """The reported words open on an anaphor whose antecedent is outside the sentence
    ("Ce dernier est connu ...", "este último"), or, after "selon X,", on a plural
    pronoun that cannot be X ("D'après les témoins, ils étaient armés"): the statement
    is true but says nothing a reader can place (a trivial claim)."""
    start = found.start
    while start < found.end and (text[start].isspace() or text[start] in OPENING_QUOTES):
        start += 1
    return ANAPHOR_OPENING.match(text, start, found.end) is not None or (
        cue_first and PLURAL_SUBJECT_OPENING.match(text, start, found.end) is not None)
