"""Word-level tests on the names of bodies (:mod:`.organisations`): content words,
abbreviations, cognates across languages, one stem with other endings, and the encoder
helpers (mutual best pairs, a mention's sentence)."""

from __future__ import annotations

import itertools
import re

import numpy as np
from anyascii import anyascii

from ..records import Article
from .body_heads import same_head
from .normalise import levenshtein

_WORD = re.compile(r"[^\W\d_]+")
# Translated names: the encoder's cosine of two names of one body in two languages.
# A prior, not fitted: OFFLINE_MODELS.md gives 0.66-0.88 for translated sentences and 0.62
# for sentences that are merely on one topic; names are short, so the floor sits just
# under that range, and the other tests of each rule carry the rest.
TRANSLATED_MIN_COSINE = 0.6
# Cognates: edits per letter of the longer word ("nazioni" / "nations": 2 in 7;
# "costituzionale" / "constitucional": 3 in 14), words of MIN_COGNATE letters or more.
COGNATE_EDITS_PER_LETTER = 0.35
MIN_COGNATE = 5
# One stem with other endings, in one language: the shared start covers this share of the
# shorter word ("herman" of "hermanos": 6 of 8) and at least MIN_STEM letters. A prior.
STEM_SHARE = 0.75
MIN_STEM = 4
# Letters a plural adds to a whole word ("musulman" / "musulmanes").
MAX_PLURAL = 2
# A capitalised word this long is a content word even on a stop list ("Consiglio").
MIN_CAPITAL_CONTENT = 4
# Names longer than this are not abbreviated word by word (and the search stays small).
MAX_ABBREVIATED = 8


def content_words(surface: str, stops: frozenset[str]) -> list[str]:
    """Content words of a name, lower-case ASCII."""
    return [w for part in _WORD.findall(surface)
            if (w := anyascii(part).lower()) and w not in stops and len(w) > 2]


def prefix_abbreviation(token: str, words: list[str]) -> bool:
    """Whether ``token`` is each of ``words`` cut to a non-empty prefix, in order
    ("opantish" = "op|anti|s|h" of operation anti sexual harassment)."""
    def fits(t: str, k: int) -> bool:
        if k == len(words):
            return not t
        word = words[k]
        return any(t[:n] == word[:n] and fits(t[n:], k + 1)
                   for n in range(min(len(t), len(word)), 0, -1))
    return 0 < len(words) <= MAX_ABBREVIATED and fits(token, 0)


def mixed_case(surface: str) -> str | None:
    """A one-word surface with capitals inside and lower case ("OPantiSH"), else None;
    a capitalised word ("Junta") or a glued name ("ElBaradei": one capital per part,
    each part a word) is not an acronym."""
    if not surface.isalpha() or surface.isupper() or surface.islower():
        return None
    capitals = sum(ch.isupper() for ch in surface)
    runs = re.findall(r"[A-Z]{2,}", anyascii(surface))
    return surface if capitals >= 3 and runs else None


def cognate(a: str, b: str) -> bool:
    """Two words of MIN_COGNATE letters spelt alike across languages ("musulmans" /
    "musulmani"); only ever read beside the encoder's judgement of meaning."""
    if min(len(a), len(b)) < MIN_COGNATE:
        return False
    return levenshtein(a, b) <= COGNATE_EDITS_PER_LETTER * max(len(a), len(b))


# A translated word: the encoder's cosine of two single words. A prior from a probe of
# general vocabulary (not of the labelled stories): translated body words 0.76-0.96
# ("guardia" / "garde" 0.79, "consejo" / "consiglio" 0.86), antonyms and neighbours at
# most 0.72 ("superior" / "inferior" 0.71, "hermanos" / "sœurs" 0.72). Kept above those.
WORD_MIN_COSINE = 0.75
# Short words ("liga" / "lega") are no cognates by spelling alone (MIN_COGNATE); one edit
# apart from this length, or sharing this many first letters ("armadas" / "armate"), with
# the encoder at TRANSLATED_MIN_COSINE, they count.
MIN_CLOSE_WORD = 4


def word_pair(x: str, y: str, similar: float) -> str | None:
    """How two words (lower-case ASCII) of two languages match, given the encoder's cosine
    of the two words: "sure" when spelt alike, translated (>= WORD_MIN_COSINE) or close
    in both spelling and meaning; "weak" when only the encoder puts them fairly close
    (>= TRANSLATED_MIN_COSINE: a translation, or a neighbour such as an antonym); None.
    Two head nouns of one kind of body ("ligue" / "lega", :mod:`.body_heads`) are sure."""
    close = min(len(x), len(y)) >= MIN_CLOSE_WORD and (
        levenshtein(x, y) <= 1 or x[:MIN_CLOSE_WORD] == y[:MIN_CLOSE_WORD])
    if x == y or cognate(x, y) or similar >= WORD_MIN_COSINE or same_head(x, y) or (
            close and similar >= TRANSLATED_MIN_COSINE):
        return "sure"
    return "weak" if similar >= TRANSLATED_MIN_COSINE else None


def stem_shared(a: str, b: str) -> bool:
    """Two words with one stem and other endings ("hermandad" / "hermanos")."""
    shortest = min(len(a), len(b))
    shared = next((n for n in range(shortest) if a[n] != b[n]), shortest)
    if shared == shortest and abs(len(a) - len(b)) > MAX_PLURAL:
        return False  # "nacional" / "nacionalista": a derived word, not an ending
    return shared >= MIN_STEM and shared >= STEM_SHARE * shortest


def mutual_best(vectors: np.ndarray, languages: list[str | None]) -> list[tuple[int, int]]:
    """Pairs (a, b), a < b, of two languages where each is the other's closest among the
    other language's rows (cosine: rows are L2-normalised)."""
    by_language: dict[str | None, np.ndarray] = {}
    for k, language in enumerate(languages):
        by_language.setdefault(language, np.zeros(0, dtype=int))
        by_language[language] = np.append(by_language[language], k)
    out: list[tuple[int, int]] = []
    for la, lb in itertools.combinations(sorted(by_language, key=str), 2):
        rows, cols = by_language[la], by_language[lb]
        similar = vectors[rows] @ vectors[cols].T
        best_col, best_row = similar.argmax(axis=1), similar.argmax(axis=0)
        for r, c in enumerate(best_col):
            if best_row[c] == r:
                a, b = int(rows[r]), int(cols[c])
                out.append((min(a, b), max(a, b)))
    return out


def sentence_of(article: Article, start: int, end: int) -> str:
    """The sentence of ``article`` around a span (the span itself without sentences)."""
    for sentence in article.sentences:
        if sentence.start <= start and end <= sentence.end:
            return article.text[sentence.start:sentence.end]
    return article.text[max(0, start - 200):end + 200]


def governed_tail(long: tuple[str, ...], short: tuple[str, ...],
                  stops: frozenset[str]) -> bool:
    """Whether ``short`` ends ``long`` right after a stop word, so that it is the
    complement of a longer name, not the same name: "Carta de Naciones Unidas",
    "Consejo de Seguridad de Naciones Unidas" are not "Naciones Unidas"."""
    cut = len(long) - len(short)
    return (len(short) >= 2 and cut >= 2 and long[cut:] == short
            and long[cut - 1] in stops)


def halved_initials(letters: str) -> str | None:
    """The initials behind a plural abbreviation that doubles each letter ("EEUU",
    "EE UU" -> "EU", "FFAA" -> "FA"; Spanish orthography writes plurals so), else None."""
    if len(letters) < 4 or len(letters) % 2:
        return None
    pairs = [letters[k:k + 2] for k in range(0, len(letters), 2)]
    return "".join(p[0] for p in pairs) if all(p[0] == p[1] for p in pairs) else None


def name_words(surface: str, stops: frozenset[str]) -> list[str]:
    """Content words of a name, lower-case ASCII: no stop word unless capitalised and of
    MIN_CAPITAL_CONTENT letters or more ("Consiglio di Sicurezza": both words)."""
    return [ascii_word for ascii_word, _ in spelled_words(surface, stops)]


def spelled_words(surface: str, stops: frozenset[str]) -> list[tuple[str, str]]:
    """(lower-case ASCII, lower-case as written) of each content word of a name: the first
    for spelling, the second for the encoder (which reads Arabic or Cyrillic as written,
    not transliterated)."""
    out = []
    for part in _WORD.findall(surface):
        word = anyascii(part).lower()
        if len(word) > 2 and (word not in stops or (
                part[0].isupper() and len(word) >= MIN_CAPITAL_CONTENT)):
            out.append((word, part.lower()))
    return out
