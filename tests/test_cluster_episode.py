"""Episode relief: only dated pairs a few days apart that share rare names get closer."""

from __future__ import annotations

from datetime import date

import numpy as np

from storylens.cluster.episode import EpisodeBonus, EpisodeRelief, relieved, reports_happening
from storylens.cluster.features import ArticleFeatures
from storylens.records import Article

RULE = EpisodeRelief(max_gap_days=2, min_shared=2, relief=0.1)


def _article(name: str, keys: set[str], day: date | None) -> ArticleFeatures:
    return ArticleFeatures(name, np.ones(4, dtype=np.float32) / 2, set(keys), day)


def _pile() -> list[ArticleFeatures]:
    # 120 filler articles make "topic" common (held by all) and the names rare.
    filler = [_article(f"f{k}", {"topic"}, date(2031, 1, 1 + k % 28)) for k in range(120)]
    return [
        _article("a", {"topic", "orvs", "vlnr"}, date(2031, 6, 2)),
        _article("b", {"topic", "orvs", "vlnr", "hlvk"}, date(2031, 6, 4)),
        _article("c", {"topic", "orvs", "vlnr"}, date(2031, 6, 9)),   # a week later
        _article("d", {"topic", "orvs", "vlnr"}, None),               # undated
        _article("e", {"topic", "orvs"}, date(2031, 6, 3)),           # one rare name only
        *filler,
    ]


def test_relief_needs_close_dates_and_shared_rare_names() -> None:
    bonus = EpisodeBonus(_pile(), RULE)
    pairs = np.array([[0, 1], [0, 2], [0, 3], [0, 4], [5, 6]])
    assert bonus(pairs).tolist() == np.array([0.1, 0, 0, 0, 0], dtype=np.float32).tolist()


def test_dense_matrix_matches_pairs_and_keeps_the_diagonal() -> None:
    pile = _pile()
    bonus = EpisodeBonus(pile, RULE)
    matrix = bonus.matrix()
    i, j = np.triu_indices(len(pile), 1)
    assert np.array_equal(matrix[i, j], bonus(np.stack([i, j], axis=1)))
    assert not matrix.diagonal().any()


def test_relieved_scorer_adds_the_bonus() -> None:
    pile = _pile()
    score = relieved(lambda p: np.full(len(p), 0.5, dtype=np.float32), EpisodeBonus(pile, RULE))
    assert np.allclose(score(np.array([[0, 1], [0, 2]])), [0.6, 0.5])


def test_a_report_names_a_recent_day_in_its_lead_a_profile_does_not() -> None:
    report = Article(id="r", source="r", language="en", published="2031-06-04",
                     text="Police arrested three dock workers on Monday in the port of Merth "
                          "after the warehouse fire.")
    profile = Article(id="p", source="p", language="en", published="2031-06-04",
                      text="Born in 1965 in the capital, the minister studied medicine and "
                           "trained as an eye doctor in London.")
    assert reports_happening(report)
    assert not reports_happening(profile)
    assert not reports_happening(Article(id="u", source="u", language="en", text=report.text))
