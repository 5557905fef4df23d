"""One remark, one claim: an article that quotes a speaker twice, once in part (the lead:
X said the city was "a ruin") and once in full (later: "The city is a ruin, and nobody
is coming," X said), holds one statement, not two. Two claims would tell the reader of
the story that X said two things, and count one remark twice where statements of a
story are compared.
"""

from __future__ import annotations

import re
from typing import Final

from ..records import Claim
from .lexicon_events import DETERMINERS

# A shorter wording must hold this many words to be the same remark as a longer one
# (two words in common, "the city", say nothing of a remark).
MIN_SHARED_WORDS: Final = 3
# A wording this long may skip a word or two of the longer one and still be the same
# remark; shorter ones must match word for word.
MIN_GAPPED_WORDS: Final = 5
MAX_INSERTED: Final = 2
_WORD: Final = re.compile(r"[^\W_]+")
_ARTICLES: Final = frozenset().union(*DETERMINERS.values())
# Courtesy titles before a name ("Mr. Weiner" is "Anthony Weiner").
_TITLE: Final = re.compile(r"^(?:mr|mrs|ms|dr|m|mme|mlle|sr|sra|sig|herr|frau)$")


def one_wording_each(claims: list[Claim]) -> list[Claim]:
    """``claims`` without a statement whose words a longer statement of the same
    speaker in the same article holds (the first of two equal wordings is kept)."""
    quotes = [(n, c, _words(c)) for n, c in enumerate(claims)
              if c.kind == "quote" and c.frame is not None and c.frame.content is not None]
    dropped: set[int] = set()
    for n, claim, said in quotes:
        for m, other, longer in quotes:
            if m == n or m in dropped or len(said) < MIN_SHARED_WORDS:
                continue
            if len(longer) < len(said) or (len(longer) == len(said) and m > n):
                continue
            if _same_speaker(claim.subject_text, other.subject_text) \
                    and _inside(said, longer):
                dropped.add(n)
                break
    return [c for n, c in enumerate(claims) if n not in dropped]


def _words(claim: Claim) -> list[str]:
    content = claim.frame.content if claim.frame is not None else None
    return [w.casefold() for w in _WORD.findall(content.text)] if content else []


def _inside(short: list[str], long: list[str]) -> bool:
    """``short`` is a run of consecutive words of ``long``, or, when it holds at least
    MIN_GAPPED_WORDS words, the same words in order with at most MAX_INSERTED words of
    ``long`` between them: the remark quoted again with a word left out ("pilotées par
    les Frères musulmans" / "pilotées tantôt par les Frères musulmans, tantôt par …")."""
    size = len(short)
    if any(long[i:i + size] == short for i in range(len(long) - size + 1)):
        return True
    if size < MIN_GAPPED_WORDS:
        return False
    for start in (i for i, word in enumerate(long) if word == short[0]):
        at, inserted = start + 1, 0
        for word in short[1:]:
            while at < len(long) and long[at] != word and inserted <= MAX_INSERTED:
                at, inserted = at + 1, inserted + 1
            if at >= len(long) or inserted > MAX_INSERTED:
                break
            at += 1
        else:
            return True
    return False


def _same_speaker(a: str | None, b: str | None) -> bool:
    """The same speaker written twice: the same words, or the same surname with a title
    or a first name ("Mr. Weiner", "Anthony Weiner"); phrases must match in full."""
    if not a or not b:
        return False
    wa, wb = _name(a), _name(b)
    if wa == wb:
        return bool(wa)
    last_a, last_b = a.split()[-1], b.split()[-1]
    return last_a == last_b and last_a[:1].isupper() and bool(wa) and bool(wb)


def _name(speaker: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(speaker)
            if w.casefold() not in _ARTICLES and not _TITLE.match(w.casefold())]
