"""Pairwise same-event similarity: embedding cosine + shared words, names and figures - dates."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from .features import ArticleFeatures
from .learned import Combination, LanguageCentring, design_matrix, load_combination

# How the signals combine is fitted (learned.py, benchmarks/clustering_fit.py); only the
# date penalty is set by hand: the training data carry no publication dates. Its constants
# were chosen on BASIL and the example; one unit is one unit of embedding cosine.
# Published more than this many days apart, articles are less likely about one event.
DATE_WINDOW_DAYS = 2
# Penalty per week beyond the window, capped: follow-ups weeks later can still belong.
DATE_PENALTY_PER_WEEK = 0.3
DATE_PENALTY_CAP = 0.25
SIGNALS = (
    "cosine", "lead", "lexical", "entities", "figures", "years", "day_gap", "centred_cosine"
)


@dataclass(frozen=True, slots=True)
class _Rows:
    """Per-article sparse rows whose row-wise dot products give each signal."""

    embedding: np.ndarray
    lead: np.ndarray
    lexical: sparse.csr_matrix
    entities: sparse.csr_matrix
    figures: sparse.csr_matrix
    years: sparse.csr_matrix
    has_years: np.ndarray
    language: np.ndarray
    days: np.ndarray
    combination: Combination
    centring: LanguageCentring


def similarity_matrix(features: list[ArticleFeatures]) -> np.ndarray:
    """Pairwise same-event similarity of articles (symmetric, diagonal 1)."""
    n = len(features)
    if n == 0:
        return np.zeros((0, 0), dtype=np.float32)
    rows = _rows(features)
    same_language = rows.language[:, None] == rows.language[None, :]
    plain = rows.embedding @ rows.embedding.T
    parts = (
        plain,
        np.where(same_language, rows.lead @ rows.lead.T, np.nan),
        _lexical((rows.lexical @ rows.lexical.T).toarray(), same_language),
        (rows.entities @ rows.entities.T).toarray(),
        (rows.figures @ rows.figures.T).toarray(),
        _year_agreement(
            (rows.years @ rows.years.T).toarray(), rows.has_years[:, None], rows.has_years[None, :]
        ),
        np.abs(rows.days[:, None] - rows.days[None, :]),
        rows.centring.matrix(plain),
    )
    sim = _combine(rows.combination, *parts)
    np.fill_diagonal(sim, 1.0)
    return sim.astype(np.float32)


# Pairs scored at once: two 512-float rows per pair, so 65k pairs take ~270 MB at most.
PAIR_BLOCK = 65_536


class PairScorer:
    """Scores (i, j) index pairs of one corpus as similarity_matrix would, on demand.

    The corpus rows (idf of words, names, figures) are built once, so linkage can ask for
    more pairs while it clusters; pairs are scored in blocks so memory stays bounded.
    """

    def __init__(self, features: list[ArticleFeatures]) -> None:
        """Build the corpus rows of ``features`` (indices refer to this list)."""
        self._rows = _rows(features) if features else None

    def __call__(self, pairs: np.ndarray) -> np.ndarray:
        """Scores of the (i, j) pairs, float32."""
        index = np.asarray(pairs, dtype=np.int64).reshape(-1, 2)
        if index.shape[0] == 0 or self._rows is None:
            return np.zeros(0, dtype=np.float32)
        out = np.empty(index.shape[0], dtype=np.float32)
        for start in range(0, index.shape[0], PAIR_BLOCK):
            block = index[start:start + PAIR_BLOCK]
            signals = _signals(self._rows, block)
            out[start:start + len(block)] = _combine(self._rows.combination, *signals)
        return out


def pair_similarity(features: list[ArticleFeatures], pairs: np.ndarray) -> np.ndarray:
    """The similarity_matrix score of the given (i, j) index pairs, corpus statistics from all."""
    return PairScorer(features)(pairs)


def pair_signals(features: list[ArticleFeatures], pairs: np.ndarray,
                 language_means: Mapping[str, np.ndarray] | None = None,
                 ) -> tuple[np.ndarray, ...]:
    """The raw signals of each pair in SIGNALS order (date gap in days), for fitting weights.

    The lead cosine is NaN for pairs in two languages (the whole-text cosine stands in);
    the centred cosine compares the vectors less their language means (learned.py), and
    ``language_means`` replaces the shipped means (fitting folds).
    """
    rows = _rows(features, language_means)
    return _signals(rows, np.asarray(pairs, dtype=np.int64).reshape(-1, 2))


# Below this many pairs, sparse dot products are taken row by row from the CSR arrays:
# building scipy matrices for a handful of pairs (linkage completing two small clusters)
# costs ~1.5 ms a call, ten times the arithmetic.
SMALL_BLOCK = 32


def _rowdot(matrix: sparse.csr_matrix, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Dot product of row left[k] and row right[k] for every k."""
    if len(left) > SMALL_BLOCK:
        return np.asarray(matrix[left].multiply(matrix[right]).sum(axis=1)).ravel()
    indptr, indices, data = matrix.indptr, matrix.indices, matrix.data
    out = np.zeros(len(left))
    for k, (i, j) in enumerate(zip(left.tolist(), right.tolist(), strict=True)):
        a, b = slice(indptr[i], indptr[i + 1]), slice(indptr[j], indptr[j + 1])
        if a.start == a.stop or b.start == b.stop:
            continue
        ra, rb = indices[a], indices[b]  # sorted (see _idf_rows), so a merge by search
        pos = np.minimum(np.searchsorted(rb, ra), len(rb) - 1)
        hit = rb[pos] == ra
        out[k] = float(data[a][hit] @ data[b][pos[hit]])
    return out


def _signals(rows: _Rows, index: np.ndarray) -> tuple[np.ndarray, ...]:
    left, right = index[:, 0], index[:, 1]

    def rowdot(matrix: sparse.csr_matrix) -> np.ndarray:
        return _rowdot(matrix, left, right)

    same_language = rows.language[left] == rows.language[right]
    cosine = np.einsum("ij,ij->i", rows.embedding[left], rows.embedding[right])
    lead = np.where(same_language, np.einsum("ij,ij->i", rows.lead[left], rows.lead[right]), np.nan)
    gap = np.abs(rows.days[left] - rows.days[right])
    years = _year_agreement(rowdot(rows.years), rows.has_years[left], rows.has_years[right])
    return (
        cosine, lead, _lexical(rowdot(rows.lexical), same_language),
        rowdot(rows.entities), rowdot(rows.figures), years, gap,
        rows.centring.pairs(cosine, left, right),
    )


def _lexical(cosine: np.ndarray, same_language: np.ndarray) -> np.ndarray:
    """Word cosine between articles of one language; 0 across languages (no shared words)."""
    return np.where(same_language, cosine, 0.0)


def _year_agreement(shared: np.ndarray, has_a: np.ndarray, has_b: np.ndarray) -> np.ndarray:
    """-1 when both articles name years but none in common (a shared year is no evidence)."""
    return np.where((shared == 0) & has_a & has_b, -1.0, 0.0)


def _combine(combination: Combination, *signals: np.ndarray) -> np.ndarray:
    """The fitted combination of the signals minus the publication-date penalty."""
    total = combination.score(design_matrix(signals))
    excess = np.clip(np.nan_to_num(signals[6], nan=0.0) - DATE_WINDOW_DAYS, 0.0, None)
    penalty = np.minimum(excess / 7.0 * DATE_PENALTY_PER_WEEK, DATE_PENALTY_CAP)
    return np.asarray(total - penalty)


def _rows(features: list[ArticleFeatures],
          language_means: Mapping[str, np.ndarray] | None = None) -> _Rows:
    n = len(features)
    embedding = np.stack([f.embedding for f in features]).astype(np.float32)
    lead = np.stack([f.embedding if f.lead is None else f.lead for f in features])
    lead = lead.astype(np.float32)
    lexical = _idf_rows(n, [f.terms.items() for f in features], _idf, square=True)
    entities = _idf_rows(n, [((k, 1.0) for k in f.entity_keys) for f in features], _idf)
    figures = _idf_rows(n, [((k, 1.0) for k in f.figures) for f in features], _idf)
    years = _idf_rows(n, [((str(y), 1.0) for y in f.years) for f in features], _one)
    has_years = np.array([bool(f.years) for f in features])
    days = np.array([f.day.toordinal() if f.day else np.nan for f in features], dtype=np.float64)
    # Articles without words (or language) get distinct codes: no lexical evidence either way.
    language = np.array([
        f"{f.language}" if f.terms and f.language else f"\x00{i}" for i, f in enumerate(features)
    ])
    combination = load_combination()
    means = combination.language_means if language_means is None else language_means
    centring = LanguageCentring.of(embedding, [f.language for f in features], means)
    return _Rows(
        embedding, lead, lexical, entities, figures, years, has_years, language, days,
        combination, centring,
    )


def _idf(n: int, df: int) -> float:
    return math.log((n + 1) / df)


def _one(n: int, df: int) -> float:
    return 1.0


def _idf_rows(
    n: int,
    items: list[Iterable[tuple[str, float]]],
    idf: Callable[[int, int], float],
    square: bool = False,
) -> sparse.csr_matrix:
    """Rows of tf*idf (L2-normalised when square: cosine) or sqrt(idf) (dot = summed idf).

    Vectorised over all (row, key) entries: at 100k articles the word rows alone hold ~19M
    entries, and a Python loop over them took longer than scoring every candidate pair.
    Each row lists a key once.
    """
    listed: list[str] = []
    weights: list[float] = []
    lengths = np.zeros(n, dtype=np.int64)
    for r, row in enumerate(items):
        entries = list(row)
        lengths[r] = len(entries)
        if entries:
            row_keys, row_weights = zip(*entries, strict=True)
            listed += row_keys
            weights += row_weights
    key_id = {key: i for i, key in enumerate(dict.fromkeys(listed))}
    keys = np.fromiter(map(key_id.__getitem__, listed), dtype=np.int64, count=len(listed))
    df = np.bincount(keys, minlength=len(key_id))
    key_idf = np.array([idf(n, int(d)) for d in df], dtype=np.float64)
    # Columns: keys two or more articles share, in sorted order (a key of one article can
    # never match); the norm still counts them: they make a text less like any other.
    names = list(key_id)
    shared = sorted(names[k] for k in np.flatnonzero(df > 1))
    column = np.full(len(key_id), -1, dtype=np.int64)
    column[[key_id[name] for name in shared]] = np.arange(len(shared))
    row_of = np.repeat(np.arange(n), lengths)
    w = key_idf[keys]
    if square:
        norm = np.sqrt(np.bincount(row_of, weights=(np.asarray(weights) * w) ** 2, minlength=n))
        data = np.asarray(weights) * w / np.maximum(norm, 1e-12)[row_of]
    else:
        data = np.sqrt(w)
    keep = column[keys] >= 0
    matrix = sparse.csr_matrix(
        (data[keep], (row_of[keep], column[keys][keep])), shape=(n, max(1, len(shared)))
    )
    matrix.sort_indices()  # _rowdot's small path merges rows by binary search
    return matrix
