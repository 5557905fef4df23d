"""Average-link agglomerative clustering: dense (scipy, O(n^2)) and sparse (candidate graph)."""

from __future__ import annotations

import heapq
from collections.abc import Callable, Sequence

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform

# Merges whose average is this close below the threshold still happen: scipy's cut compares
# float64 distances (top - sim), so exact ties would otherwise depend on rounding.
_TIE_EPS = 1e-9


def average_link(sim: np.ndarray, threshold: float) -> list[list[int]]:
    """Average-link agglomerative clustering: join groups whose mean similarity >= threshold."""
    n = sim.shape[0]
    if n < 2:
        return [[i] for i in range(n)]
    # scipy wants non-negative dissimilarities; shift by the largest possible similarity.
    top = float(max(sim.max(), 1.0))
    dist = np.clip(top - sim.astype(np.float64), 0.0, None)
    np.fill_diagonal(dist, 0.0)
    dist = (dist + dist.T) / 2.0
    tree = linkage(squareform(dist, checks=False), method="average")
    labels = fcluster(tree, t=top - threshold, criterion="distance")
    groups: dict[int, list[int]] = {}
    for index, label in enumerate(labels):
        groups.setdefault(int(label), []).append(index)
    return list(groups.values())


def sparse_average_link(
    n: int,
    pairs: np.ndarray,
    scores: np.ndarray,
    threshold: float,
    *,
    missing: float = 0.0,
    initial: Sequence[Sequence[int]] | None = None,
    frozen: bool = False,
    complete: Callable[[np.ndarray], np.ndarray] | None = None,
) -> list[list[int]]:
    """Average-link over a sparse similarity graph, so memory and time follow the pairs, not n^2.

    The average between clusters A and B is (sum of given scores + ``missing`` x missing
    pairs) / (|A| |B|): a pair that candidate generation left out counts as ``missing``, so
    a big cluster still needs most of its members similar. With every pair given this is
    exactly :func:`average_link` on the dense matrix. ``initial`` groups start merged (the
    stories of an incremental update); with ``frozen`` two initial groups never merge with
    each other, though each may absorb new items. Groups come back sorted, by first member.

    With ``complete`` (scores of given index pairs) no pair is assumed: two clusters are
    ranked by the mean of their scored pairs (the nearest ones, so an optimistic bound), and
    before they merge their missing pairs are scored (a sample of COMPLETE_SAMPLE when there
    are more) so the merge is decided on the true average. Without it a story bigger than
    the candidate count shatters, its unscored inner pairs counting as ``missing``.
    """
    if missing >= threshold:
        raise ValueError("missing pairs must count below the threshold, or everything merges")
    label = np.arange(n, dtype=np.int64)
    members: list[list[int]] = [[i] for i in range(n)]
    tag = [-1] * n  # initial group of each cluster, -1 for new items (used when frozen)
    if initial:
        for group in initial:
            if len(group) == 0:
                continue
            head = int(group[0])
            tag[head] = head
            for i in group[1:]:
                label[int(i)] = head
                members[head].append(int(i))
                members[int(i)] = []
    lo, hi, total, count = _cluster_edges(n, pairs, scores, label)
    sums: list[dict[int, float]] = [{} for _ in range(n)]
    counts: list[dict[int, int]] = [{} for _ in range(n)]
    for a, b, s, c in zip(lo.tolist(), hi.tolist(), total.tolist(), count.tolist(), strict=True):
        sums[a][b] = sums[b][a] = s
        counts[a][b] = counts[b][a] = c
    size = [len(m) for m in members]
    alive = [len(m) > 0 for m in members]
    heap: list[tuple[float, int, int]] = []

    def push(a: int, b: int) -> None:
        if frozen and tag[a] >= 0 and tag[b] >= 0 and tag[a] != tag[b]:
            return
        cells = size[a] * size[b]
        if complete is not None and counts[a][b] < cells:
            mean = sums[a][b] / counts[a][b]
        else:
            mean = (sums[a][b] + missing * (cells - counts[a][b])) / cells
        if mean >= threshold - _TIE_EPS:
            heapq.heappush(heap, (-mean, min(a, b), max(a, b)))

    for a, b in zip(lo.tolist(), hi.tolist(), strict=True):
        push(a, b)
    while heap:
        _, a, b = heapq.heappop(heap)
        if not (alive[a] and alive[b]):
            continue  # stale: one side was merged since this entry was pushed
        if complete is not None and counts[a][b] < size[a] * size[b]:
            exact = _cross_total(members[a], members[b], complete)
            sums[a][b] = sums[b][a] = exact
            counts[a][b] = counts[b][a] = size[a] * size[b]
            push(a, b)  # back with its true average: merged later only if it holds
            continue
        new = len(members)
        keep, drop = (a, b) if len(sums[a]) >= len(sums[b]) else (b, a)
        merged_sums, merged_counts = sums[keep], counts[keep]
        merged_sums.pop(drop, None)
        merged_counts.pop(drop, None)
        for other, value in sums[drop].items():
            if other == keep:
                continue
            merged_sums[other] = merged_sums.get(other, 0.0) + value
            merged_counts[other] = merged_counts.get(other, 0) + counts[drop][other]
        big, small = (members[a], members[b]) if size[a] >= size[b] else (members[b], members[a])
        big.extend(small)
        members.append(big)
        members[a] = members[b] = []
        sums.append(merged_sums)
        counts.append(merged_counts)
        sums[a], sums[b], counts[a], counts[b] = {}, {}, {}, {}
        size.append(size[a] + size[b])
        alive[a] = alive[b] = False
        alive.append(True)
        tag.append(max(tag[a], tag[b]))
        for other in merged_sums:
            for old in (a, b):
                sums[other].pop(old, None)
                counts[other].pop(old, None)
            sums[other][new] = merged_sums[other]
            counts[other][new] = merged_counts[other]
            push(new, other)
    groups = [sorted(m) for m, live in zip(members, alive, strict=True) if live and m]
    groups.sort(key=lambda g: g[0])
    return groups


# Most pairs scored to decide one merge; beyond, a fixed random sample estimates the mean.
COMPLETE_SAMPLE = 20_000


def _cross_total(
    left: list[int], right: list[int], complete: Callable[[np.ndarray], np.ndarray]
) -> float:
    """Summed score of every pair across two clusters (estimated from a sample if many)."""
    cells = len(left) * len(right)
    a, b = np.asarray(left, dtype=np.int64), np.asarray(right, dtype=np.int64)
    if cells <= COMPLETE_SAMPLE:
        pairs = np.stack(np.meshgrid(a, b, indexing="ij"), axis=-1).reshape(-1, 2)
    else:
        rng = np.random.default_rng(cells)
        pairs = np.stack([rng.choice(a, COMPLETE_SAMPLE), rng.choice(b, COMPLETE_SAMPLE)], 1)
    scores = np.asarray(complete(pairs), dtype=np.float64)
    return float(scores.mean()) * cells


def _cluster_edges(
    n: int, pairs: np.ndarray, scores: np.ndarray, label: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Unique item pairs summed into edges between starting clusters (sum and pair count)."""
    pairs = np.asarray(pairs, dtype=np.int64).reshape(-1, 2)
    scores = np.asarray(scores, dtype=np.float64).reshape(-1)
    if pairs.shape[0] != scores.shape[0]:
        raise ValueError("pairs and scores differ in length")
    i, j = np.minimum(pairs[:, 0], pairs[:, 1]), np.maximum(pairs[:, 0], pairs[:, 1])
    if i.size and (i.min() < 0 or j.max() >= n):
        raise ValueError("pair index out of range")
    # Duplicated pairs count once (the first score), as in a dense matrix.
    _, first = np.unique(i * n + j, return_index=True)
    i, j, s = i[first], j[first], scores[first]
    a, b = label[i], label[j]
    a, b = np.minimum(a, b), np.maximum(a, b)
    between = a != b
    a, b, s = a[between], b[between], s[between]
    key, inverse = np.unique(a * n + b, return_inverse=True)
    total = np.bincount(inverse, weights=s, minlength=key.size)
    count = np.bincount(inverse, minlength=key.size)
    return key // n, key % n, total, count


def nearest_pairs(sim: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each item paired with its most similar other item in a dense matrix, and that score.

    The pairs ``attach_singletons`` needs on the dense path (ties: the lower index).
    """
    n = sim.shape[0]
    if n < 2:
        return np.zeros((0, 2), dtype=np.int64), np.zeros(0)
    masked = np.asarray(sim, dtype=np.float64).copy()
    np.fill_diagonal(masked, -np.inf)
    nearest = masked.argmax(axis=1)
    rows = np.arange(n)
    return np.stack([rows, nearest], axis=1), masked[rows, nearest]


def attach_singletons(
    groups: list[list[int]],
    pairs: np.ndarray,
    scores: np.ndarray,
    threshold: float,
    movable: np.ndarray | None = None,
) -> list[list[int]]:
    """Let an article left alone join the story of its nearest article, if that scores enough.

    Average link asks a newcomer to be close to a story's members on average, which a short
    report (a brief, a teaser) rarely is although it names the same event as one of them: on
    ECB+ dev most split events were single short documents. A group of one therefore joins
    the group of the article it scores highest with, when that score reaches ``threshold``
    and that article is not alone itself (two lone articles at the threshold were already
    joined by average link). Attachments are decided on the groups as given, so the result
    does not depend on the order of the groups. ``movable`` (one flag per article) limits
    which lone articles may move.
    """
    index = np.asarray(pairs, dtype=np.int64).reshape(-1, 2)
    values = np.asarray(scores, dtype=np.float64).reshape(-1)
    n = 1 + max((max(g) for g in groups if g), default=-1)
    label = np.full(n, -1, dtype=np.int64)
    for number, members in enumerate(groups):
        label[members] = number
    size = np.array([len(g) for g in groups])
    best, partner = np.full(n, -np.inf), np.full(n, -1, dtype=np.int64)
    if len(index):
        # Highest-scoring partner of each article (ties: the lower partner index).
        node = np.concatenate([index[:, 0], index[:, 1]])
        other = np.concatenate([index[:, 1], index[:, 0]])
        score = np.concatenate([values, values])
        order = np.lexsort((other, -score, node))
        first = order[np.unique(node[order], return_index=True)[1]]
        best[node[first]], partner[node[first]] = score[first], other[first]
    out = [list(g) for g in groups]
    for number, members in enumerate(groups):
        if len(members) != 1 or (movable is not None and not movable[members[0]]):
            continue
        i = members[0]
        j = partner[i]
        if j < 0 or best[i] < threshold - _TIE_EPS or size[label[j]] < 2:
            continue
        out[label[j]].append(i)
        out[number] = []
    return [g for g in out if g]
