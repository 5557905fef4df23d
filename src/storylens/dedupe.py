"""Mark copies and light rewrites of one wire story so later stages count one origin, not ten.

Each article becomes a set of shingles: word 5-grams, or character n-grams for short texts and
for scripts written without spaces (Chinese, Japanese, Thai, ...). Text is NFKC-normalised,
case-folded and punctuation-insensitive. MinHash LSH (datasketch) proposes candidate pairs in
near-linear time; every candidate is then verified on the exact shingle sets. A pair is a copy
when its Jaccard reaches the threshold or the containment of the shorter set in the longer
reaches a stricter bar (0.8 at the default 0.6), so a copy that adds a masthead or a local
paragraph, or that cuts the last paragraphs, still counts.
Copies are grouped with union-find and each points at its original: the earliest published,
then the longest text, then the smallest id.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash, MinHashLSH

from .records import Article

SHINGLE_WORDS = 5
# 128 permutations: the Jaccard estimate has a standard error of about 0.04 and each sketch
# costs 512 bytes; LSH only proposes candidates, the exact sets decide.
NUM_PERM = 128
# Fixed seed: every process and every worker draws the same permutations, so runs agree.
SEED = 1
# Below this many words a text has too few word 5-grams (one edited word removes five of
# about fifty), so it is compared on character n-grams; up to twice this many, on both (an
# 80-word story with one sentence cut and one reworded scores 0.58 on words, 0.84 on chars).
SHORT_WORDS = 60
# Character n-gram sizes: 5 characters on spaced scripts is about one word; on dense scripts
# (CJK) 3 characters is about one to two words.
CHAR_GRAM = 5
DENSE_CHAR_GRAM = 3
# A text is "dense" (no spaces between words) when at least this share of its word characters
# is Han, kana, Thai, Lao, Myanmar or Khmer.
DENSE_SHARE = 0.3
# Containment of the shorter text only counts when it has at least this many shingles (so a
# one-line brief is not a "copy" of every long article that quotes it) ...
MIN_CONTAINED = 20
# ... and at least this share of the longer text's shingles: a copy that keeps the first 40% of
# a story is a copy; a short piece inside a feature three times its size is not.
MIN_LENGTH_RATIO = 0.4
# Containment must reach the Jaccard threshold plus this share of the way to 1.
CONTAINMENT_MARGIN = 0.5
# The LSH threshold is set this far below the lowest Jaccard a containment copy can have, so
# that copies near the bound are still proposed (MinHash estimates are noisy).
LSH_SLACK = 0.8
# Weights of false positives and false negatives when datasketch picks bands and rows: missed
# candidates are lost copies, extra candidates only cost one exact check each.
LSH_WEIGHTS = (0.2, 0.8)
# Shingles fed to MinHash at once: bounds the (chunk x NUM_PERM) working matrix to 2 MiB.
MINHASH_CHUNK = 4096

_TOKEN = re.compile(
    # Word characters plus the combining marks that \w leaves out (Devanagari and other Indic
    # vowel signs, Arabic and Hebrew points, Thai/Lao/Myanmar/Khmer marks, Latin diacritics).
    r"[\w\u0300-\u036F\u0483-\u0489\u0591-\u05C7\u0610-\u061A\u064B-\u065F\u0670"
    r"\u06D6-\u06ED\u0900-\u0963\u0966-\u0DFF\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF]+"
)
_DENSE = re.compile(
    r"[\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\u0E00-\u0EFF\u1000-\u109F"
    r"\u1780-\u17FF]"
)
_MASK32 = np.uint64(0xFFFFFFFF)
# Odd 64-bit multipliers (from splitmix64/murmur3) for rolling n-gram hashes and the finaliser.
_ROLL = np.uint64(0x9E3779B97F4A7C15)
_MIX1 = np.uint64(0xFF51AFD7ED558CCD)
_MIX2 = np.uint64(0xC4CEB9FE1A85EC53)
_S33 = np.uint64(33)


@dataclass(slots=True)
class _Shingled:
    """Exact shingle sets of one article (sorted unique uint64), kept to verify candidates."""

    words: np.ndarray | None
    chars: np.ndarray | None


def tokens(text: str) -> list[str]:
    """Case-folded, punctuation-free words: the unit every comparison is made on."""
    return _TOKEN.findall(unicodedata.normalize("NFKC", text).casefold())


def _fmix(values: np.ndarray) -> np.ndarray:
    # murmur3 64-bit finaliser: spreads structured sums over all bits (uint64 math wraps).
    values = values ^ (values >> _S33)
    values = values * _MIX1
    values = values ^ (values >> _S33)
    values = values * _MIX2
    return values ^ (values >> _S33)


def _grams(units: np.ndarray, size: int) -> np.ndarray:
    """Sorted unique hashes of every run of ``size`` unit hashes (one run if fewer)."""
    if units.size == 0:
        return units
    count = max(units.size - size + 1, 1)
    acc = np.zeros(count, dtype=np.uint64)
    for k in range(min(size, units.size)):
        acc = acc * _ROLL + units[k:k + count]
    return np.unique(_fmix(acc))


def _word_hash(word: str) -> int:
    # blake2b, not hash(): stable across processes, so workers on a cluster agree.
    return int.from_bytes(hashlib.blake2b(word.encode("utf-8"), digest_size=8).digest(), "big")


def shingle(text: str, cache: dict[str, int] | None = None) -> _Shingled:
    """Exact shingle sets of a text; ``cache`` maps words to hashes within one run."""
    words = tokens(text)
    if not words:
        return _Shingled(None, None)
    joined = " ".join(words)
    dense = len(_DENSE.findall(joined)) >= DENSE_SHARE * (len(joined) - len(words) + 1)
    word_set = char_set = None
    if not dense and len(words) >= SHORT_WORDS:
        memo = {} if cache is None else cache
        for word in set(words).difference(memo):
            memo[word] = _word_hash(word)
        hashes = np.fromiter(map(memo.__getitem__, words), dtype=np.uint64, count=len(words))
        word_set = _grams(hashes, SHINGLE_WORDS)
    if dense or len(words) < 2 * SHORT_WORDS:
        # Dense scripts drop the spaces \w-splitting left; spaced scripts keep them as word ends.
        text_units = joined.replace(" ", "") if dense else joined
        points = np.frombuffer(text_units.encode("utf-32-le"), dtype="<u4").astype(np.uint64)
        char_set = _grams(_fmix(points + _ROLL), DENSE_CHAR_GRAM if dense else CHAR_GRAM)
    return _Shingled(word_set, char_set)


def _sketch(values: np.ndarray, permutations: np.ndarray) -> MinHash:
    """MinHash of a shingle set, fed in bounded chunks."""
    sketch = MinHash(num_perm=NUM_PERM, permutations=permutations, scheme="affine32",
                     hashfunc=_identity)
    low = values & _MASK32
    for start in range(0, low.size, MINHASH_CHUNK):
        sketch.update_batch(low[start:start + MINHASH_CHUNK].tolist())
    return sketch


def _identity(value: int) -> int:
    # Shingles are already well-mixed 32-bit hashes; datasketch pre-mixes them again anyway.
    return value


def overlap(a: np.ndarray, b: np.ndarray) -> tuple[float, float]:
    """(Jaccard, containment of the shorter in the longer) of two sorted unique sets.

    Containment is 0 when the shorter set is too small or too short relative to the longer.
    """
    small, large = (a, b) if a.size <= b.size else (b, a)
    if small.size == 0:
        return 0.0, 0.0
    at = np.searchsorted(large, small)
    at[at == large.size] = 0
    common = int(np.count_nonzero(large[at] == small))
    jaccard = common / (small.size + large.size - common)
    if small.size < MIN_CONTAINED or small.size < MIN_LENGTH_RATIO * large.size:
        return jaccard, 0.0
    return jaccard, common / small.size


def containment_threshold(threshold: float) -> float:
    """Bar for containment: halfway from the Jaccard threshold to 1 (0.8 at 0.6)."""
    # Containment forgives everything the longer text adds, so shared page furniture
    # (cookie banners, "related" lists) alone reaches 0.5-0.7 on raw crawls; real truncated
    # or extended copies sit at 0.85-1.0 (benchmarks/duplicates.py).
    return threshold + CONTAINMENT_MARGIN * (1.0 - threshold)


def is_copy(a: np.ndarray, b: np.ndarray, threshold: float) -> bool:
    """Whether two shingle sets are copies: Jaccard or containment reaches its bar."""
    jaccard, contained = overlap(a, b)
    return jaccard >= threshold or contained >= containment_threshold(threshold)


def lsh_threshold(threshold: float) -> float:
    """LSH threshold low enough to propose every pair that :func:`is_copy` may accept."""
    # Lowest Jaccard of a pair whose shorter set (ratio r of the longer) is contained at
    # level c: c*r / (1 + r - c*r); never above the plain Jaccard threshold.
    c, r = containment_threshold(threshold), MIN_LENGTH_RATIO
    floor = min(threshold, c * r / (1 + r - c * r))
    return min(max(floor * LSH_SLACK, 0.05), 0.95)


def candidate_pairs(sets: list[np.ndarray | None], threshold: float) -> Iterator[tuple[int, int]]:
    """Pairs (earlier, later) of indexes that MinHash LSH finds likely similar."""
    lsh = MinHashLSH(threshold=lsh_threshold(threshold), num_perm=NUM_PERM,
                     weights=LSH_WEIGHTS)
    permutations = MinHash(num_perm=NUM_PERM, seed=SEED, scheme="affine32").permutations
    for index, values in enumerate(sets):
        if values is None or values.size == 0:
            continue
        sketch = _sketch(values, permutations)
        for other in sorted(lsh.query(sketch)):
            yield other, index
        lsh.insert(index, sketch, check_duplication=False)


def find_copies(articles: list[Article], threshold: float) -> dict[str, str]:
    """Map each copy's id to its original's id."""
    cache: dict[str, int] = {}
    shingled = [shingle(a.text, cache) for a in articles]
    cache.clear()
    parent = list(range(len(articles)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for kind in ("words", "chars"):
        sets = [getattr(s, kind) for s in shingled]
        for i, j in candidate_pairs(sets, threshold):
            left, right = root(i), root(j)
            first, second = sets[i], sets[j]
            assert first is not None and second is not None  # only non-empty sets are indexed
            # Already in one group: skip the exact check, which keeps a story copied by
            # hundreds of outlets from costing a check per pair.
            if left != right and is_copy(first, second, threshold):
                parent[left] = right
    groups: dict[int, list[int]] = defaultdict(list)
    for index in range(len(articles)):
        groups[root(index)].append(index)
    copies: dict[str, str] = {}
    for members in groups.values():
        if len(members) < 2:
            continue
        original = min(members, key=lambda k: _origin_rank(articles[k]))
        for k in members:
            if k != original:
                copies[articles[k].id] = articles[original].id
    return copies


def _origin_rank(article: Article) -> tuple[str, int, str]:
    # Unknown dates sort last; ties go to the fuller text, then to the id for stability.
    return (article.published or "9999", -len(article.text), article.id)


def mark_duplicates(articles: list[Article], threshold: float) -> list[Article]:
    """Set ``duplicate_of`` on every article that copies another."""
    copies = find_copies(articles, threshold)
    for article in articles:
        article.duplicate_of = copies.get(article.id)
    return articles
