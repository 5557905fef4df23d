"""Sentence vectors for the claims reconcile compares by meaning, computed sparingly.

The sentence model (e5) costs ~25 ms a sentence, so a claim is embedded only when another
article has a claim it could match (same speaker for a quote, same predicate for a
relation) and, when a cheap screening model is given (USE, ~2-5 ms), only when that model
finds such a partner at least loosely similar.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterator, Sequence

import numpy as np

from .embed import Embedder
from .records import Claim

# Quotation marks and trailing commas differ by language and shift cosines by ~.02.
QUOTE_MARKS = "\"'“”„«»‘’‹›,.;: "
# Screening cut-off on USE-m3 cosines: translations and paraphrases of one statement
# score .69-.88 (OFFLINE_MODELS.md, reconcile's probes); different statements by one
# speaker mostly below .6 on BASIL. Kept below the lowest translation seen (.66) so
# screening removes plainly different pairs only.
SCREEN_THRESHOLD = 0.6
# Two statements that open with the same 240 characters (~40 words) say the same thing;
# news sentences longer than that are mostly lists and subordinate detail.
JUDGED_CHARS = 240
# Within one language USE-m3 alone decides, at reconcile's calibrated "same statement"
# cosine for it (.80); the sentence model earns its ~30 ms a sentence across languages,
# where USE-m3 is weakest (.66-.69 for ru/es translations against .90+ for e5).
SCREEN_SAME_LANGUAGE = 0.80
# At or above this USE-m3 cosine two sentences are near-verbatim (wire copies, light
# edits): same statement without asking the slower model.
SURE_THRESHOLD = 0.9


def claim_text(claim: Claim) -> str:
    """The words a claim is compared by: its first quote without quotation marks, cut
    at a word near JUDGED_CHARS (sentence models cost grows faster than length)."""
    text = (claim.sources[0].quote if claim.sources else claim.statement).strip(QUOTE_MARKS)
    if len(text) <= JUDGED_CHARS:
        return text
    return text[:JUDGED_CHARS].rsplit(" ", 1)[0]


def _articles(claim: Claim) -> set[str]:
    return {e.article_id for e in claim.sources}


def _with_partner(keys: Sequence[Hashable | None], claims: Sequence[Claim],
                  candidates: list[bool]) -> list[bool]:
    """True for claims sharing their key with a candidate claim from another article."""
    seen: dict[Hashable, set[str]] = {}
    for key, claim, ok in zip(keys, claims, candidates, strict=True):
        if ok and key is not None:
            seen.setdefault(key, set()).update(_articles(claim))
    return [ok and key is not None and len(seen.get(key, set())) > 1
            for key, ok in zip(keys, candidates, strict=True)]


class ClaimSimilarity:
    """Cosine of two claims' sentences on the judge model's scale; pairs the screening
    model already decided come back as +inf (same) or -1 (different)."""

    def __init__(self, judged: dict[int, np.ndarray], decided: dict[tuple[int, int], float]):
        self._judged = judged
        self._decided = decided

    def __call__(self, i: int, j: int) -> float:
        key = (min(i, j), max(i, j))
        if key in self._decided:
            return self._decided[key]
        if i in self._judged and j in self._judged:
            return float(self._judged[i] @ self._judged[j])
        return -1.0


def _pairs(claims: Sequence[Claim], keys: Sequence[Hashable | None],
           index: list[int]) -> Iterator[tuple[int, int]]:
    """Pairs of candidate claims with one key, from different articles."""
    for a, i in enumerate(index):
        for j in index[a + 1:]:
            if keys[i] == keys[j] and _articles(claims[i]) ^ _articles(claims[j]):
                yield i, j


def claim_similarity(claims: Sequence[Claim], embedder: Embedder | None,
                     screen: Embedder | None, keys: Sequence[Hashable | None],
                     languages: Sequence[str | None] | None = None) -> ClaimSimilarity:
    """Similarity of claim pairs that could match, embedding as few sentences as possible:
    the screen decides clear pairs and same-language ones, the judge (the sentence
    model, sharper across languages) the doubtful cross-language ones."""
    if embedder is None or not claims:
        return ClaimSimilarity({}, {})
    index = [i for i, ok in enumerate(_with_partner(keys, claims, [True] * len(claims))) if ok]
    decided: dict[tuple[int, int], float] = {}
    doubtful: set[int] = set()
    if screen is not None and index:
        vectors = dict(zip(index, screen.embed([claim_text(claims[i]) for i in index]),
                           strict=True))
        for i, j in _pairs(claims, keys, index):
            cos = float(vectors[i] @ vectors[j])
            same_language = languages is not None and languages[i] == languages[j]
            if cos >= SURE_THRESHOLD or (same_language and cos >= SCREEN_SAME_LANGUAGE):
                decided[(i, j)] = math.inf
            elif cos < SCREEN_THRESHOLD or same_language:
                decided[(i, j)] = -1.0
            else:
                doubtful.update((i, j))
    else:
        doubtful = set(index)
    order = sorted(doubtful)
    dim = int(getattr(embedder, "dim", 0))
    fresh = [i for i in order
             if claims[i].embedding is None or np.shape(claims[i].embedding) != (dim,)]
    made = dict(zip(fresh, embedder.embed([claim_text(claims[i]) for i in fresh])
                    if fresh else [], strict=True))
    judged = {}
    for i in order:
        vector = np.asarray(made[i] if i in made else claims[i].embedding, dtype=np.float32)
        judged[i] = vector / max(float(np.linalg.norm(vector)), 1e-12)
    return ClaimSimilarity(judged, decided)
