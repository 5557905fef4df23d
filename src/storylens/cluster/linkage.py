"""Average-link agglomerative clustering over a similarity matrix."""

from __future__ import annotations

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform


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


