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
