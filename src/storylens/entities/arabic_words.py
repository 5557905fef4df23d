"""Arabic words as the rule-based NER sees them: letter runs, clitics, the article.

Shared by :mod:`.arabic` (places, people) and :mod:`.arabic_orgs` (organisations), so both
cut the same clitics ("و", "ف", then "ب", "ل", "ك") and read "joined" the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .arabic_places import fold

# Arabic letters with their short vowels and tatweel; punctuation ("،") and digits split.
# Extended letters (ڤ, گ) belong to words too: "شنڤريحة" is one word, not two.
WORD = re.compile("[\u0621-\u064a\u064b-\u065f\u0670\u0640\u0671-\u06d3]+")
# Conjunctions, then prepositions, that news writes glued to the next word.
CONJUNCTIONS = "وف"
PREPOSITIONS = "بلك"
ARTICLE = "ال"


def folded_set(words: str) -> frozenset[str]:
    """The folded forms of whitespace-separated words (word lists are written as text)."""
    return frozenset(fold(word) for word in words.split())


@dataclass(frozen=True)
class Word:
    """A letter run with its folded form (what every comparison uses)."""

    start: int
    end: int
    folded: str
    # Whether only whitespace separates this word from the previous one.
    joined: bool


def words(text: str) -> list[Word]:
    """The Arabic letter runs of a text, in order; anything else (digits, punctuation,
    Latin) only separates them and breaks "joined"."""
    out: list[Word] = []
    previous_end = 0
    for match in WORD.finditer(text):
        gap = text[previous_end:match.start()]
        joined = bool(out) and not gap.strip()
        out.append(Word(match.start(), match.end(), fold(match.group()), joined))
        previous_end = match.end()
    return out


def stems(word: str) -> list[int]:
    """How many leading letters may be clitics, longest cut last: the whole word first
    ("بريطانيا" is a name, not "ب" + "ريطانيا"); stems shorter than three letters and the
    "لل" forms (article's alef dropped) are not offered."""
    cuts = [0]
    at = 0
    if word[:1] and word[0] in CONJUNCTIONS:
        at = 1
        cuts.append(at)
    if word[at:at + 1] and word[at] in PREPOSITIONS:
        if word[at] == "ل" and word[at + 1:at + 2] == "ل":
            return [c for c in cuts if len(word) - c >= 3]
        cuts.append(at + 1)
    return [c for c in cuts if len(word) - c >= 3]


def definite(word: Word) -> bool:
    """Whether a word carries the article, possibly after clitics ("والتأشيرة", "للتأشيرة")."""
    text = word.folded
    return any(text[cut:].startswith(ARTICLE) for cut in stems(text)) or \
        text.startswith("لل")
