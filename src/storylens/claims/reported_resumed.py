"""Reported words that go on after an attribution inserted inside them.

"X si concentra, ha spiegato Y, in un'area di ...", "Prices will rise, she said, and
wages will not", "But the full report, she said, described the causes ...": the rest of
the sentence is the speaker's too, with the attribution left out. Kept apart from
:mod:`reported`, which finds the attribution's shape.
"""

from __future__ import annotations

import re
from typing import Final

from .lexicon_events import DETERMINERS
from .lexicon_reported import (
    CLAUSE_VERB_MARKERS,
    COMPLEMENTIZERS,
    RESUMING,
    SPEAKER_RELATIVES,
)
from .reported_span import Reported
from .text import PRONOUNS, QUOTE_CHARS, Token, words, wordset

# Words of a sentence going on after a closing attribution that are still the speaker's.
MAX_RESUMED_WORDS: Final = 40
# A gerund opening the words after an attribution is a second report ("..., he said,
# adding that ..."), not the continuation of the first.
_GERUND: Final = re.compile(r"\w+(?:ing|ant|ando|endo|iendo|end)")
# Words of a bare subject before an inserted attribution: "But the classified version".
MAX_SUBJECT_WORDS: Final = 6
# Conjunctions that may open that subject, or open another clause after the attribution.
_LEADS: Final = wordset("and but so yet or et mais donc ou y pero o e ma però und aber oder "
                        "и но")
# Modal verbs: a phrase holding one is a clause ("Prices will rise"), not a bare subject.
_MODALS: Final = wordset(
    "will would can could may might must should shall va vont peut peuvent doit doivent "
    "puede pueden debe deben va van può possono deve devono wird werden kann können muss "
    "müssen будет будут может могут")


def resumed(text: str, lang: str, sent: tuple[int, int], block: tuple[int, int],
            found: Reported) -> Reported:
    """``found`` with the rest of the sentence after the attribution ``block`` when it
    plainly goes on: with a preposition, or with a verb whose subject ``found`` is. Not
    a relative clause about the speaker ("said Y, who ..."), a second report ("adding
    that ..."), a quotation or a capitalised subject of another clause."""
    after = text[block[1]:sent[1]]
    comma = re.match(r"[^,]*,\s*", after)
    if found.direct or comma is None:
        return found
    rest_start = block[1] + comma.end()
    rest = text[rest_start:sent[1]].rstrip(" .!?;…")
    tokens = words(rest)
    if not tokens or len(tokens) > MAX_RESUMED_WORDS or not rest[0].islower() \
            or any(q in rest for q in QUOTE_CHARS) or tokens[0].text in SPEAKER_RELATIVES \
            or _GERUND.fullmatch(tokens[0].text):
        return found
    if tokens[0].text not in RESUMING and not (
            _bare_subject(text, lang, found) and _verb_opens(tokens[0], lang)):
        return found
    return Reported(found.start, rest_start + len(rest), False,
                    inserted=(found.end, rest_start))


def _bare_subject(text: str, lang: str, found: Reported) -> bool:
    """The words before the attribution are a noun phrase with no verb of its own: a
    determiner first (after a conjunction), a few words, no auxiliary, modal or "that"."""
    tokens = words(text, found.start, found.end)
    if tokens and tokens[0].text in _LEADS:
        tokens = tokens[1:]
    if not tokens or len(tokens) > MAX_SUBJECT_WORDS or "," in text[found.start:found.end]:
        return False
    if tokens[0].text not in DETERMINERS.get(lang, frozenset()):
        return False
    markers = CLAUSE_VERB_MARKERS.get(lang, frozenset()) | COMPLEMENTIZERS.get(
        lang, frozenset()) | SPEAKER_RELATIVES
    return not any(t.text in markers or t.text in _MODALS for t in tokens[1:])


def _verb_opens(tok: Token, lang: str) -> bool:
    """The first word after the attribution can be the subject's verb: no article,
    pronoun, conjunction or relative, which would open a phrase or clause of its own."""
    return tok.text not in DETERMINERS.get(lang, frozenset()) and tok.text not in PRONOUNS \
        and tok.text not in _LEADS and tok.text not in SPEAKER_RELATIVES
