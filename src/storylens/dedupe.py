"""Mark copies of one wire story so that later stages count one origin, not ten mastheads.

Two articles are copies when the Jaccard overlap of their word 5-gram sets is high. An
inverted index over 5-gram hashes finds candidate pairs without comparing every pair.
The copy points at its original: the earliest published, then the longest text.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict

from .records import Article

SHINGLE_WORDS = 5
# Shingles seen in more articles than this are boilerplate-like; skip them when looking
# for candidates (they would make the index quadratic) but still count them in Jaccard.
MAX_POSTING = 50
_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[int]:
    """Hashes of the word n-grams of a text, case- and punctuation-insensitive."""
    words = _WORD.findall(text.lower())
    if len(words) < size:
        return {_stable_hash(" ".join(words))} if words else set()
    return {_stable_hash(" ".join(words[i:i + size])) for i in range(len(words) - size + 1)}


def _stable_hash(gram: str) -> int:
    # Stable across processes (unlike hash()), so workers on a cluster agree.
    return int.from_bytes(hashlib.blake2b(gram.encode("utf-8"), digest_size=8).digest(), "big")


def find_copies(articles: list[Article], threshold: float) -> dict[str, str]:
    """Map each copy's id to its original's id."""
    sets = [shingles(a.text) for a in articles]
    postings: dict[int, list[int]] = defaultdict(list)
    for index, grams in enumerate(sets):
        for gram in grams:
            postings[gram].append(index)
    shared: Counter[tuple[int, int]] = Counter()
    for members in postings.values():
        if len(members) < 2 or len(members) > MAX_POSTING:
            continue
        for pos, i in enumerate(members):
            for j in members[pos + 1:]:
                shared[(i, j)] += 1
    parent = list(range(len(articles)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for (i, j), count in shared.items():
        union = len(sets[i]) + len(sets[j]) - count
        if union and count / union >= threshold:
            parent[root(i)] = root(j)
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
