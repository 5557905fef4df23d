"""The sparse (ANN + sparse linkage) path gives the stories the dense path gives."""

from __future__ import annotations

import copy
from typing import Any

import pytest

import storylens.cluster as cluster


def _partition(articles: list[Any]) -> set[frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for article in articles:
        groups.setdefault(article.story_id, set()).add(article.id)
    return {frozenset(g) for g in groups.values()}


def test_sparse_path_matches_dense_on_the_example(
    example_report: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    articles = copy.deepcopy(example_report.articles)
    dense = cluster.cluster_articles(articles, 0.68)
    dense_partition = _partition(articles)
    monkeypatch.setattr(cluster, "DENSE_LIMIT", 0)
    sparse = cluster.cluster_articles(articles, 0.68)
    assert _partition(articles) == dense_partition
    assert [s.id for s in sparse] == [s.id for s in dense]
    assert [s.article_ids[0] for s in sparse] == [s.article_ids[0] for s in dense]


def test_pair_scores_in_blocks_equal_the_matrix(
    example_report: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import numpy as np

    from storylens.cluster import similarity

    features = [cluster.features_of(a) for a in example_report.articles]
    n = len(features)
    pairs = np.array([(i, j) for i in range(n) for j in range(i + 1, n)], dtype=np.int64)
    monkeypatch.setattr(similarity, "PAIR_BLOCK", 7)  # many blocks, a ragged last one
    scores = similarity.pair_similarity(features, pairs)
    matrix = similarity.similarity_matrix(features)
    assert np.allclose(scores, matrix[pairs[:, 0], pairs[:, 1]], atol=1e-5)
