"""Small text helpers shared by the claim extractors: digits, tokens, clause limits."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..records import UNKNOWN_LANGUAGE, Mention

# Arabic-Indic and Persian digits (plus the Arabic decimal/thousands signs) map one
# character to one character, so offsets into the normalised text stay valid.
_DIGIT_TABLE = str.maketrans(
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬",
    "01234567890123456789.,",
)
_OTHER_DIGITS = re.compile("[٠-٩۰-۹٫٬]")

# Letters (any script) with inner hyphens: "vingt-deux", "year-old", "Montagabend".
WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")

# What ends a clause inside a sentence: a figure and its casualty word never straddle it.
CLAUSE_BREAK_RE = re.compile(r"[;:!?()\[\]«»“”\"„]|,(?!\d)|\s[–—-]\s|؛|،")

# Characters that open or close reported speech (not ' or ’: they are apostrophes too).
QUOTE_CHARS = "\"«»“”„"

def wordset(spaced: str) -> frozenset[str]:
    """A frozen set of the space-separated words of a constant."""
    return frozenset(spaced.split())


PRONOUNS: frozenset[str] = wordset(
    """he she they it we i you him her them this that who
    il elle ils elles on nous je vous celui
    él ella ellos ellas nosotros yo usted
    er sie es wir ich man
    lui lei loro egli esso essa noi io
    он она они оно мы я
    هو هي هم"""
)


@dataclass(frozen=True, slots=True)
class Token:
    """A word of the text, lower-cased, with its offsets."""

    start: int
    end: int
    text: str


def claim_language(language: str | None) -> str:
    """The two-letter code whose patterns read a sentence. An undetermined language ("und")
    is read with the English patterns, as an unknown one always was (never "un")."""
    code = (language or "en").lower()
    return "en" if code == UNKNOWN_LANGUAGE else code[:2]


def normalize_digits(text: str) -> str:
    """Map non-ASCII digits to ASCII without moving any offset."""
    # The C-speed scan skips the costly translate for the (usual) texts that have no such
    # digit. Call it once per article, never per sentence (that is quadratic).
    return text.translate(_DIGIT_TABLE) if _OTHER_DIGITS.search(text) else text


def words(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The letter words of ``text[start:end]`` with absolute offsets."""
    stop = len(text) if end is None else end
    return [
        Token(m.start(), m.end(), m.group().lower())
        for m in WORD_RE.finditer(text, start, stop)
    ]


def count_words(text: str, start: int, end: int) -> int:
    """How many words or numbers lie between two offsets (distance between phrases)."""
    if end <= start:
        return 0
    return len(re.findall(r"[^\W_]+", text[start:end]))


def has_clause_break(text: str, start: int, end: int) -> bool:
    """True when a clause boundary lies between ``start`` and ``end``."""
    if end <= start:
        return False
    return CLAUSE_BREAK_RE.search(text, start, end) is not None


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span so it neither starts nor ends with spaces or stray punctuation."""
    while start < end and (text[start].isspace() or text[start] in ",;:"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return start, end


def comma_before(text: str, pos: int) -> bool:
    """True when the last non-space character before ``pos`` is a comma.

    Scans back only over the spaces, unlike ``text[:pos].rstrip()``, which copies the
    whole prefix and made per-sentence work grow with the article's length.
    """
    i = pos - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return i >= 0 and text[i] == ","


def select_mentions(mentions: Iterable[Mention], start: int, end: int,
                    labels: frozenset[str]) -> list[Mention]:
    """Mentions inside a span with one of ``labels``, in order; nested ones dropped."""
    inside = sorted((m for m in mentions if start <= m.start and m.end <= end
                     and m.label in labels), key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[Mention] = []
    for mention in inside:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept
