"""Near-verbatim reports: one outlet's words inside another's, without any embedder.

Outlets rewrite a wire sentence lightly ("provoquant la mort d'un officier" / "tuant un
officier") or quote more or less of one statement ("I am not pro-gay marriage," Cheney
said in a statement responding to a poll / ... Cheney reportedly said). A sentence model
scores such pairs below its "same statement" bar because the surrounding words differ,
and a speaker known only by a common noun ("l'armée") is never embedded at all. So two
reports are the same when nearly all the words of the shorter one occur in the longer one,
they carry the same numbers and neither is negated where the other is not; or when one
speaker's direct quotations are the same words, whatever each outlet wrote around them.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise
from typing import Final

from ..claims.number_words import word_values
from ..records import Claim
from .origins import quoted_spans

# Share of the shorter report's words found in the longer one. A light rewrite changes
# one or two words in ten; two different statements by one speaker in one story share
# their name and verb and little more.
CONTAINED_SHARE: Final = 0.8
# Below this many words a report is too short to be told apart by its words ("X said.").
MIN_WORDS: Final = 6

_WORD = re.compile(r"\w+")
_NUMBER = re.compile(r"\d")


def _words(claim: Claim) -> list[str]:
    text = claim.sources[0].quote if claim.sources else claim.statement
    return [w.casefold() for w in _WORD.findall(text)]


def near_verbatim(a: Claim, b: Claim) -> bool:
    """Whether two reports are the same words, give or take a light edit or a cut."""
    if not a.sources or not b.sources:
        return False
    if {e.article_id for e in a.sources} & {e.article_id for e in b.sources}:
        return False  # one text repeating itself is not a second report
    words_a, words_b = _words(a), _words(b)
    short, long_ = sorted((words_a, words_b), key=len)
    if len(short) < MIN_WORDS:
        return False
    numbers_a = {w for w in words_a if _NUMBER.search(w)}
    numbers_b = {w for w in words_b if _NUMBER.search(w)}
    if numbers_a != numbers_b:
        return False  # "5 killed" and "7 killed" read alike and disagree
    polarity_a = a.frame.polarity if a.frame else "affirmed"
    polarity_b = b.frame.polarity if b.frame else "affirmed"
    if polarity_a != polarity_b:
        return False
    shared = sum((Counter(short) & Counter(long_)).values())
    return shared >= CONTAINED_SHARE * len(short)


def same_quotation(a: Claim, b: Claim) -> bool:
    """Two reports of one speaker that quote the same words ("People think I changed his
    life," Lin said on the show / ..., said Lin, who maintains ...): the shorter direct
    quotation, of at least MIN_WORDS words, keeps CONTAINED_SHARE of its word pairs in the
    longer. The words around the quotation (who said it where) do not count, so a
    quotation cut shorter by one outlet still matches; a short phrase ("deeply
    troubling") is too common to tell one statement."""
    if not a.sources or not b.sources:
        return False
    if {e.article_id for e in a.sources} & {e.article_id for e in b.sources}:
        return False
    if (a.frame.polarity if a.frame else "affirmed") != (
            b.frame.polarity if b.frame else "affirmed"):
        return False
    short, long_ = sorted((_quoted(a), _quoted(b)), key=len)
    if len(short) < MIN_WORDS:
        return False
    pairs_short, pairs_long = Counter(pairwise(short)), Counter(pairwise(long_))
    return sum((pairs_short & pairs_long).values()) >= CONTAINED_SHARE * (len(short) - 1)


def _quoted(claim: Claim) -> list[str]:
    """The words inside quotation marks in the claim's own evidence."""
    text = claim.sources[0].quote
    return [w.casefold() for start, end in quoted_spans(text)
            for w in _WORD.findall(text[start:end])]


def _numbers(claim: Claim, language: str | None) -> set[int]:
    """The numbers a report's words carry, in digits or in words ("seis millones" -> 6 and
    a million); "one" is left out, since "un"/"una"/"un'" is also an article."""
    found: set[int] = set()
    for word in _words(claim):
        if word.isdigit():
            found.add(int(word))
        elif language and (values := word_values(word, language)):
            found.update(values)
    return found - {0, 1}


def numbers_clash(a: Claim, b: Claim, language_a: str | None, language_b: str | None) -> bool:
    """Each report carries a number the other lacks ("seis millones de desplazados" /
    "2,5 millones necesitan ayuda"): they state different things, whatever a sentence
    model says of the words around them. One report quoting more of a statement than the
    other (its numbers a superset) is not a clash."""
    mine, theirs = _numbers(a, language_a), _numbers(b, language_b)
    return bool(mine - theirs) and bool(theirs - mine)
