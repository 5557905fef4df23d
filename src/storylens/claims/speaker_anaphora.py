"""A speaker named by a phrase that points back: "La même source précise que ...",
"..., ajoute le militant." The reader of the claim sees only that sentence, so a toll or
a statement credited to "la même source" or "le militant" hides who says so when the
article names them a sentence or two before ("Selon Mekdad, ...", "..., affirme Gamal
Zayed, un partisan pro-Morsi."). Such a phrase is resolved to that named speaker; "the
same source" with no named speaker to point at credits nobody (the sentence's words are
then no one's statement), while a plain phrase after "ajoute"/"added" stays as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Final

from ..records import Mention
from .speech import Attribution
from .text import words, wordset

# Sentences looked back over for the speaker a phrase points at: a quotation split by
# the segmenter ('"C'était un massacre. Ces personnes ont tué 36 personnes", ajoute le
# militant.') puts one sentence between the name and the phrase.
MAX_SENTENCES_BACK: Final = 2
# Words of a pointing phrase: article, "same", a noun and an adjective.
MAX_ANAPHOR_WORDS: Final = 4
# "the same source", "la même source", "la misma fuente", "la stessa fonte".
_SAME: Final = wordset("same même mêmes misma mismo mismas mismos stessa stesso stesse "
                       "stessi selbe selben gleiche")
# Cues that carry on a remark already credited ("..., ajoute le militant").
_CONTINUING: Final = re.compile(
    r"added|adds|went on|continued|ajoute|a ajouté|poursuit|a poursuivi|añadió|agregó"
    r"|ha añadido|ha agregado|ha aggiunto|aggiunge|fügte hinzu", re.IGNORECASE)
# Definite articles that open a phrase pointing back ("un témoin" points at no one).
_DEFINITE: Final = wordset("the le la l les el los las il lo i gli der die das")
_NAMED_LABELS: Final = frozenset({"PERSON", "ORG"})


@dataclass(frozen=True, slots=True)
class Recent:
    """A sentence already read: its attributions (named or not) and its people."""

    speakers: list[tuple[Attribution, bool]]
    people: list[str]


def recent(speakers: list[Attribution], mentions: list[Mention],
           resolved: set[int]) -> Recent:
    """What later sentences need of this one; ``resolved`` holds the ids of attributions
    resolved to a named speaker (their span lies in an earlier sentence)."""
    def named(att: Attribution) -> bool:
        return id(att) in resolved or any(
            m.label in _NAMED_LABELS and m.start < att.end and att.start < m.end
            for m in mentions)
    return Recent([(a, named(a)) for a in speakers],
                  [m.text for m in mentions if m.label == "PERSON"])


def resolve(text: str, speakers: list[Attribution],
            before: list[Recent]) -> tuple[list[Attribution], set[int]]:
    """``speakers`` with each pointing phrase replaced by the speaker it points at;
    ``before`` are the sentences read before, nearest last. Returns the attributions
    kept and the ids of those resolved."""
    out: list[Attribution] = []
    resolved: set[int] = set()
    for att in speakers:
        kind = _pointing(text, att)
        if kind is None:
            out.append(att)
            continue
        target = _antecedent(before)
        if target is not None:
            moved = replace(att, speaker=target.speaker, start=target.start, end=target.end)
            resolved.add(id(moved))
            out.append(moved)
        elif kind == "continuing":
            out.append(att)  # "ajoute le militant" with no name before: as written
        # "la même source" pointing at no named speaker: credited to nobody
    return out, resolved


def _pointing(text: str, att: Attribution) -> str | None:
    """ "same" for "la même source", "continuing" for a definite phrase after a cue that
    carries a remark on ("ajoute le militant"), else None (a name, "un témoin", ...)."""
    tokens = words(text, att.start, att.end)
    if not tokens or len(tokens) > MAX_ANAPHOR_WORDS or tokens[0].text not in _DEFINITE:
        return None
    if any(text[t.start].isupper() for t in tokens[1:]):
        return None  # "the Hill", "la Cruz Roja": a name
    if any(t.text in _SAME for t in tokens):
        return "same"
    cue = " ".join(text[att.cue_start:att.cue_end].split())
    return "continuing" if _CONTINUING.fullmatch(cue) else None


def _antecedent(before: list[Recent]) -> Attribution | None:
    """The last named speaker of the sentences just before, if no other person is
    named between it and the phrase (then who is meant is unclear)."""
    between: list[str] = []
    for sentence in reversed(before[-MAX_SENTENCES_BACK:]):
        named = [a for a, is_named in sentence.speakers if is_named]
        if named:
            target = named[-1]
            if any(p not in target.speaker for p in between):
                return None
            return target
        if sentence.speakers:
            return None  # an unnamed speaker stands nearer: it may be the one meant
        between += sentence.people
    return None
