"""Calls, declarations, decisions and stances: a speaker's act and what it is about.

"The council voted to close the border", "Le gouvernement a condamné l'attaque", "Rusia
pidió una tregua": a verb from :mod:`.lexicon_acts` whose subject is a speaker opening the
sentence (the same subject checks as a speech cue's, :func:`.speech.speaker_before`), and
whose object runs from the verb to the end of its clause. Any other shape (the verb in a
subordinate clause, a passive, an object of one word, an object that goes on in quotation
marks or holds "that"/"que", which is speech) gives no claim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final, cast

from ..records import FrameKind, Mention
from .lexicon_acts import ACT_CUES, ADDRESSED_CALLS, ADDRESSEE_LEADS, FRAME_KIND_OF
from .lexicon_events import DETERMINERS
from .reported import COMPLEMENTIZERS
from .speech import speaker_before
from .text import CLAUSE_BREAK_RE, QUOTE_CHARS, Token, trim_span, words

# An object shorter than this says too little to be a claim ("condemned it").
MIN_OBJECT_WORDS: Final = 2
# Characters from a sentence's start within which its verb must begin: an opening phrase
# (10 words), a subject with its apposition (14 words) and spaces.
MAX_VERB_OFFSET: Final = 240
# English words after the verb looked at for "that" ("announced on Sunday that").
MAX_LEAD_WORDS_EN: Final = 3
# One pattern per language, a named group per kind: one scan of each sentence. Matched
# case-sensitively (half the cost): the verb follows its subject, so it is never the
# capitalised first word of a sentence.
_ACT_RE: Final = {lang: re.compile(
    r"(?<!\w)(?:" + "|".join(f"(?P<{kind}>{frag})" for kind, frag in rows) + r")(?!\w)")
    for lang, rows in ACT_CUES.items()}


@dataclass(frozen=True, slots=True)
class Act:
    """A speaker's act: its kind, subject span, verb span and object span; ``name``, the
    cue row that found it (an announcement is a declaration's frame, told as announced)."""

    kind: FrameKind
    subject: tuple[int, int]
    verb: tuple[int, int]
    object: tuple[int, int]
    name: str = ""


def find_acts(text: str, lang: str, start: int, end: int,
              mentions: list[Mention]) -> list[Act]:
    """Acts stated in ``text[start:end]``, at most one per verb."""
    out: list[Act] = []
    pattern = _ACT_RE.get(lang)
    if pattern is None:
        return out
    # The subject opens the sentence (an opener, a name, an apposition before the verb):
    # a verb further in has no such subject, so the scan stops there.
    for verb in pattern.finditer(text, start, min(end, start + MAX_VERB_OFFSET)):
        name = verb.lastgroup or ""
        kind = cast(FrameKind, FRAME_KIND_OF.get(name, name))
        cue = (verb.start(), verb.end())
        subject = speaker_before(text, lang, cue, mentions, start, end)
        if subject is None:
            continue
        stop = CLAUSE_BREAK_RE.search(text, cue[1], end)
        if stop is not None and stop.group() in QUOTE_CHARS:
            continue  # 'urged the committee "to investigate ..."': the object goes on
        obj = trim_span(text, cue[1], stop.start() if stop else end)
        while obj[1] > obj[0] and text[obj[1] - 1] in ".!?":
            obj = (obj[0], obj[1] - 1)
        head = words(text, *obj)
        # English "that" is also a demonstrative ("take that step"): only near the verb.
        lead = head[:MAX_LEAD_WORDS_EN] if lang == "en" else head
        if len(head) < MIN_OBJECT_WORDS or any(
                t.text in COMPLEMENTIZERS.get(lang, ()) for t in lead):
            continue  # "announced on Sunday that ...": speech, read by .speech
        if head[-1].text.casefold() in DETERMINERS.get(lang, frozenset()):
            continue  # "a appelé à la fin des" + a break: the object was cut short
        if kind == "call" and _addressee_only(text, lang, cue, head):
            continue  # "ha pedido a su homólogo egipcio, X, que": whom, not what
        out.append(Act(kind, subject, cue, obj, name))
    return sorted(out, key=lambda a: a.verb)


def _addressee_only(text: str, lang: str, verb: tuple[int, int], head: list[Token]) -> bool:
    """A call's object names whom it addressed, not what it called for: it opens with the
    addressee's preposition ("pidió a X", "ha chiesto al governo"), or the verb takes its
    addressee as object and no infinitive follows ("urged her counterpart")."""
    if head[0].text in ADDRESSEE_LEADS.get(lang, frozenset()):
        return True
    addressed = ADDRESSED_CALLS.get(lang)
    return addressed is not None \
        and re.fullmatch(addressed[0], text[verb[0]:verb[1]].split()[-1]) is not None \
        and not any(t.text == addressed[1] for t in head[1:])
