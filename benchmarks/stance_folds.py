"""Cross-validation folds on FNC-1 that hold out headlines as well as bodies.

Why: FNC-1's training headlines recur across bodies (one claim, many articles, plus
random 'unrelated' bodies), so folds grouped by body alone test a model on headlines it
was trained on, with their labels. The competition's test set had new bodies AND new
headlines; a fold that predicts it must hold out both.

Protocol (fixed before any run):

1. Nodes are headlines (by normalised wording: lower-cased words joined by one space) and
   bodies (by id). Two nodes are joined when a *related* pair (agree / disagree /
   discuss) links a headline to a body (they tell one story), when two headlines are
   near-identical wordings (Jaccard of their word sets >= ``NEAR``), or when two bodies
   are (Jaccard of their word sets >= ``NEAR``): a reworded headline or a reprinted body
   is the same item seen twice. 'Unrelated' pairs join nothing: they are random pairings
   across stories, and joining by them would put everything in one component.
2. Connected components are dealt whole to folds, largest first, each to the fold with
   the fewest pairs so far (deterministic; ties to the lowest fold).
3. Test fold k holds the pairs whose headline AND body are both in fold k; its training
   set holds the pairs whose headline and body are both outside fold k. A pair that
   crosses (an 'unrelated' pairing of a fold-k headline with another fold's body) is
   dropped from that fold's run, neither trained on nor tested. So no headline cluster
   and no body is on both sides of any fold.

Dropping cross pairs thins the 'unrelated' class in the test folds (only pairings inside
one fold are kept); ``mix_weights`` gives each kept pair a weight that restores the
class mix of the whole split, so scores can also be read on FNC-1's own mix.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
from scipy.sparse import csr_matrix

# Two texts whose word sets overlap this much (Jaccard) are one item reworded.
NEAR = 0.8
_WORD = re.compile(r"\w+")


_TOKEN = re.compile(r"\b\w+\b")


def normalise(text: str) -> str:
    """Lower-cased words joined by one space: case and punctuation do not make a new item."""
    return " ".join(m.group().lower() for m in _WORD.finditer(text))


def near_pairs(texts: Sequence[str], threshold: float = NEAR) -> list[tuple[int, int]]:
    """Index pairs (i < j) of texts whose word-set Jaccard is >= threshold."""
    if len(texts) < 2:
        return []
    # Binary word sets (lower-cased \w+ words) as a sparse matrix: numpy and scipy only,
    # so the fold builder and its tests need no scikit-learn (a bench extra).
    vocabulary: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    for i, text in enumerate(texts):
        for word in set(_TOKEN.findall(text.lower())):
            rows.append(i)
            cols.append(vocabulary.setdefault(word, len(vocabulary)))
    marks = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(texts), len(vocabulary)))
    sizes = np.asarray(marks.sum(axis=1)).ravel()
    shared = (marks @ marks.T).tocoo()
    keep = shared.row < shared.col
    rows, cols, inter = shared.row[keep], shared.col[keep], shared.data[keep]
    union = sizes[rows] + sizes[cols] - inter
    close = inter >= threshold * np.maximum(union, 1)
    return [(int(a), int(b)) for a, b in zip(rows[close], cols[close], strict=True)]


class _Components:
    """Union-find over integer nodes."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, node: int) -> int:
        while self.parent[node] != node:
            self.parent[node] = self.parent[self.parent[node]]
            node = self.parent[node]
        return node

    def join(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def components(heads: Sequence[str], body_ids: Sequence[int], stances: Sequence[str],
               bodies: dict[int, str]) -> tuple[np.ndarray, np.ndarray]:
    """Component label of each pair's headline and of its body (see the protocol)."""
    head_keys = sorted({normalise(h) for h in heads})
    head_index = {k: i for i, k in enumerate(head_keys)}
    body_keys = sorted(set(body_ids))
    body_index = {b: len(head_keys) + i for i, b in enumerate(body_keys)}
    found = _Components(len(head_keys) + len(body_keys))
    pair_heads = np.array([head_index[normalise(h)] for h in heads], dtype=np.int64)
    pair_bodies = np.array([body_index[b] for b in body_ids], dtype=np.int64)
    for h, b, stance in zip(pair_heads, pair_bodies, stances, strict=True):
        if stance != "unrelated":
            found.join(int(h), int(b))
    for a, b in near_pairs(head_keys):
        found.join(a, b)
    for a, b in near_pairs([bodies[k] for k in body_keys]):
        found.join(len(head_keys) + a, len(head_keys) + b)
    roots = np.array([found.find(n) for n in range(len(found.parent))], dtype=np.int64)
    return roots[pair_heads], roots[pair_bodies]


def strict_folds(heads: Sequence[str], body_ids: Sequence[int], stances: Sequence[str],
                 bodies: dict[int, str], folds: int = 5
                 ) -> list[tuple[np.ndarray, np.ndarray]]:
    """(train, test) pair indices per fold: no headline cluster, no body on both sides."""
    head_comp, body_comp = components(heads, body_ids, stances, bodies)
    sizes: dict[int, int] = {}
    for c in np.concatenate([head_comp, body_comp]):
        sizes[int(c)] = sizes.get(int(c), 0) + 1
    load = [0] * folds
    fold_of: dict[int, int] = {}
    for comp in sorted(sizes, key=lambda c: (-sizes[c], c)):
        target = min(range(folds), key=lambda k: (load[k], k))
        fold_of[comp] = target
        load[target] += sizes[comp]
    head_fold = np.array([fold_of[int(c)] for c in head_comp])
    body_fold = np.array([fold_of[int(c)] for c in body_comp])
    out = []
    for k in range(folds):
        test = np.flatnonzero((head_fold == k) & (body_fold == k))
        train = np.flatnonzero((head_fold != k) & (body_fold != k))
        out.append((train, test))
    return out


def mix_weights(gold: np.ndarray, tested: np.ndarray) -> np.ndarray:
    """Per-pair weights (on ``gold``) that give the tested pairs the whole split's
    unrelated / related mix; pairs never tested weigh 0."""
    weights = np.zeros(len(gold))
    unrelated = gold == "unrelated"
    share = unrelated.mean()
    tested_share = unrelated[tested].mean() if tested.any() else share
    weights[tested & ~unrelated] = 1.0
    if 0 < tested_share < 1:
        weights[tested & unrelated] = (share / (1 - share)) / (tested_share / (1 - tested_share))
    return weights
