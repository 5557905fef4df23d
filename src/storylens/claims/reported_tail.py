"""Where a speaker's reported clause ends: before the writer's words that follow it.

"X said that CONTENT" runs to the end of the sentence unless the writer goes on in it:
a relay of the whole report ("..., according to pool reports"), a contrast of the
writer's ("..., but has not made good on that promise"), or a second report joined by
"and" ("Dingell said she has spoken to Pelosi, and said she gets it"; "..., and people
close to him have predicted that ..."), or a sentence end the segmenter missed ("A.The
B"). Those words are no part of what was said, and
a statement quoting them puts the writer's narration in the speaker's mouth. Kept apart
from :mod:`reported`, which finds where the words begin.
"""

from __future__ import annotations

import re
from typing import Final

from .lexicon_events import DETERMINERS, SAID_CUES
from .lexicon_reported import (
    COMPLEMENTIZERS,
    CONTRAST,
    NARRATING_AUXILIARIES,
    RELAY_TAIL,
    SEMICOLON_TURN,
    SET_BESIDE,
)
from .reported_span import GLUED_STOP
from .text import words

# Words after ", but" + auxiliary within which "that" shows the speaker goes on ("ma ha
# anche detto che"); further on it is a demonstrative ("on that promise").
MAX_SAYING_WORDS: Final = 4
# Words of a new subject and its verb between ", and" and its own "that" ("and people
# close to him have predicted that").
MAX_SUBJECT_BEFORE_THAT: Final = 7
_DETERMINERS: Final = frozenset().union(*DETERMINERS.values())
# "and" in each language; an adverb may stand between it and the verb ("and also said").
_AND: Final = {"en": "and", "fr": "et", "es": "y|e", "it": "e|ed", "de": "und", "ru": "и"}
_ADVERBS: Final = r"also|then|later|aussi|ensuite|también|luego|anche|poi|auch|также"
# "and" + a speech verb of the language: the writer reports a second remark.
_SECOND_REPORT: Final = {
    lang: re.compile(
        rf"(?:,\s*|\s+)(?:{conj})\s+(?:(?:{_ADVERBS})\s+)?"
        rf"(?:{'|'.join(f for f, mode in SAID_CUES[lang] if mode not in ('after', 'post'))})"
        r"(?![^\W_])", re.IGNORECASE)
    for lang, conj in _AND.items()}
# ", and" opening a clause of the writer's with a subject of its own.
_COMMA_AND: Final = {lang: re.compile(rf",\s+(?:{conj})\s", re.IGNORECASE)
                     for lang, conj in _AND.items()}


def reported_end(text: str, lang: str, start: int, end: int) -> int:
    """Where the words a speaker is reported to say, from ``start``, stop (``end`` when
    the sentence is theirs to its end)."""
    relay = RELAY_TAIL.search(text, start, end)
    contrast = CONTRAST.search(text, start, end)
    if contrast is not None and not _writers_contrast(text, lang, contrast.end(), end):
        contrast = None  # "..., pero señaló que ...": the speaker goes on
    second = _SECOND_REPORT[lang].search(text, start, end) if lang in _SECOND_REPORT else None
    joined = _new_report(text, lang, start, end)
    glued = GLUED_STOP.search(text, start, end)  # "X said that A.The B": B is the writer's
    beside = SET_BESIDE.search(text, start, end)
    if beside is not None and not _new_subject(text, beside.end(), end):
        beside = None  # "..., while staying in office": the speaker's words may go on
    turn = SEMICOLON_TURN.search(text, start, end)  # "...; or il y a ...": the writer's
    ends = [m.start() for m in (relay, contrast, second, glued, turn) if m is not None]
    if beside is not None:  # a quotation closing before it stays closed
        ends.append(beside.end("mark") if beside.group("mark") else beside.start())
    return min([*ends, joined] if joined is not None else ends, default=end)


def _writers_contrast(text: str, lang: str, start: int, end: int) -> bool:
    """The clause after ", but" is the writer's: it opens with an auxiliary (the subject's
    deeds told by the writer: "but has not made good on that promise") or with a new
    subject that reports something itself ("but the conference responded that ...")."""
    tokens = words(text, start, end)
    if not tokens:
        return False
    that = COMPLEMENTIZERS.get(lang, frozenset())
    if tokens[0].text in NARRATING_AUXILIARIES:
        # ... unless the subject goes on speaking: "ma ha anche detto che ..."
        return not any(t.text in that for t in tokens[1:MAX_SAYING_WORDS])
    return tokens[0].text in _DETERMINERS and any(t.text in that for t in tokens[1:])


def _new_subject(text: str, start: int, end: int) -> bool:
    """The clause from ``start`` opens with a subject of its own: an article or a name."""
    tokens = words(text, start, end)[:1]
    return bool(tokens) and (tokens[0].text in _DETERMINERS or text[tokens[0].start].isupper())


def _new_report(text: str, lang: str, start: int, end: int) -> int | None:
    """Where ", and" opens a clause with its own subject, auxiliary and "that" ("...,
    and people close to him have predicted that ..."): another report, the writer's.
    ", and that ..." is the same speaker going on, and a clause with no auxiliary
    before its "that" may be a relative one ("and the bridge that fell"): both kept."""
    pattern = _COMMA_AND.get(lang)
    that = COMPLEMENTIZERS.get(lang, frozenset())
    if pattern is None:
        return None
    for found in pattern.finditer(text, start, end):
        tokens = words(text, found.end(), end)[:MAX_SUBJECT_BEFORE_THAT + 1]
        cut = next((i for i, t in enumerate(tokens) if t.text in that), None)
        if cut and any(t.text in NARRATING_AUXILIARIES for t in tokens[1:cut]):
            return found.start()
    return None
