"""Same-event similarity on small multilingual fixtures, and pair scores equal to the matrix."""

from __future__ import annotations

import math
from datetime import date
from typing import Any

import numpy as np
import pytest

from storylens.cluster import ArticleFeatures, features_of, similarity_matrix
from storylens.cluster.features import content_terms, text_figures
from storylens.cluster.similarity import pair_similarity
from storylens.records import Article

# Fictional events: one flood told in three languages, and a similar flood elsewhere.
FLOOD_A = {
    "en": "Floods in Velmora kill 37 as the Sarn river bursts its banks. The river rose 4.2 "
          "metres overnight on 12 May 2031, the Velmora mayor Idris Kalvane said. Rescue teams "
          "evacuated 1,850 residents from the lower town of Velmora.",
    "fr": "Inondations à Velmora : 37 morts après la crue de la rivière Sarn. La rivière est "
          "montée de 4,2 mètres dans la nuit du 12 mai 2031, a déclaré le maire Idris Kalvane. "
          "Les secours ont évacué 1 850 habitants de la ville basse de Velmora.",
    "es": "Inundaciones en Velmora: 37 muertos tras el desbordamiento del río Sarn. El río subió "
          "4,2 metros durante la noche del 12 de mayo de 2031, dijo el alcalde Idris Kalvane. "
          "Los equipos de rescate evacuaron a 1.850 vecinos de la parte baja de Velmora.",
}
FLOOD_B = (
    "Floods in Dorrenfeld kill 12 as the Oster river bursts its banks. The river rose 3 metres "
    "on 2 March 2029, the Dorrenfeld mayor Hanne Volstad said. Rescue teams evacuated 640 "
    "residents from villages near Dorrenfeld."
)


def _unit(vector: list[float]) -> np.ndarray:
    array = np.asarray(vector, dtype=np.float32)
    return array / np.linalg.norm(array)


@pytest.fixture(scope="module")
def flood_features(pipeline: Any) -> list[ArticleFeatures]:
    texts = [FLOOD_A["en"], FLOOD_A["fr"], FLOOD_A["es"], FLOOD_B]
    articles = [Article(id=Article.make_id(t), source=f"t{i}", text=t) for i, t in enumerate(texts)]
    pipeline.analyse_articles(articles, [])
    return [features_of(a) for a in articles]


def test_one_event_in_three_languages_beats_a_similar_event(
    flood_features: list[ArticleFeatures],
) -> None:
    sim = similarity_matrix(flood_features)
    same_event = [sim[0, 1], sim[0, 2], sim[1, 2]]
    other_event = [sim[0, 3], sim[1, 3], sim[2, 3]]
    assert min(same_event) > max(other_event) + 0.1


def test_pair_similarity_equals_the_matrix(flood_features: list[ArticleFeatures]) -> None:
    sim = similarity_matrix(flood_features)
    pairs = np.array([(i, j) for i in range(4) for j in range(4) if i != j])
    scores = pair_similarity(flood_features, pairs)
    assert np.allclose(scores, sim[pairs[:, 0], pairs[:, 1]], atol=1e-5)
    assert pair_similarity(flood_features, np.zeros((0, 2), dtype=int)).shape == (0,)


def test_pair_similarity_equals_the_matrix_with_dates_and_no_words() -> None:
    vectors = [_unit([1.0, 0.1 * i, 0.0]) for i in range(4)]
    feats = [
        ArticleFeatures("a", vectors[0], {"trdnt"}, date(2031, 5, 12), {}, {"37"}, {2031}),
        ArticleFeatures("b", vectors[1], {"trdnt"}, date(2031, 5, 13), {}, {"37"}, {2031}),
        ArticleFeatures("c", vectors[2], {"mlt"}, date(2031, 6, 20), {}, set(), {2029}),
        ArticleFeatures("d", vectors[3], set(), None),
    ]
    sim = similarity_matrix(feats)
    pairs = np.array([(0, 1), (1, 0), (0, 2), (2, 3), (3, 3)])
    expected = sim[pairs[:, 0], pairs[:, 1]].copy()
    scores = pair_similarity(feats, pairs[:4])
    assert np.allclose(scores, expected[:4], atol=1e-5)


def test_years_in_conflict_lower_the_score() -> None:
    vector = _unit([1.0, 0.2, 0.0])
    feats = [
        ArticleFeatures("a", vector, set(), None, {}, set(), {2031}),
        ArticleFeatures("b", vector, set(), None, {}, set(), {2031}),
        ArticleFeatures("c", vector, set(), None, {}, set(), {2029}),
        ArticleFeatures("d", vector, set(), None, {}, set(), set()),
    ]
    sim = similarity_matrix(feats)
    assert sim[0, 1] == sim[0, 3] > sim[0, 2]


def test_shared_words_raise_the_score() -> None:
    vector = _unit([1.0, 0.2, 0.0])
    words = content_terms("Sarn river flood Velmora evacuated residents")
    other = content_terms("Oster river flood Dorrenfeld evacuated villagers")
    feats = [
        ArticleFeatures("a", vector, terms=words, language="en"),
        ArticleFeatures("b", vector, terms=dict(words), language="en"),
        ArticleFeatures("c", vector, terms=other, language="en"),
        ArticleFeatures("d", vector, terms=content_terms("parliament budget vote"), language="en"),
    ]
    sim = similarity_matrix(feats)
    assert sim[0, 1] > sim[0, 2] > sim[0, 3]


def test_figures_agree_across_number_formats() -> None:
    assert text_figures("1,850 residents; 4,2 m") == text_figures("1 850 residents; 4.2 m")
    assert "1850" in text_figures("1.850 vecinos")
    assert text_figures("3 people") == set()


def test_dense_scripts_give_character_bigrams() -> None:
    terms = content_terms("洪水造成三十七人死亡")
    assert "洪水" in terms and len(terms) >= 5


def test_leads_count_within_one_language_only() -> None:
    body = _unit([1.0, 0.2, 0.0])
    same, other = _unit([0.0, 1.0, 0.2]), _unit([0.0, 0.2, 1.0])
    words = content_terms("Sarn river flood Velmora evacuated residents")
    feats = [
        ArticleFeatures("a", body, terms=words, language="en", lead=same),
        ArticleFeatures("b", body, terms=dict(words), language="en", lead=same),
        ArticleFeatures("c", body, terms=dict(words), language="en", lead=other),
        ArticleFeatures("d", body, terms=content_terms("crue Sarn Velmora"), language="fr",
                        lead=other),
        ArticleFeatures("e", body, terms=content_terms("crue Sarn Velmora"), language="fr"),
    ]
    sim = similarity_matrix(feats)
    assert sim[0, 1] > sim[0, 2]  # same words and body, the leads tell the two apart
    assert sim[0, 3] == pytest.approx(sim[0, 4])  # across languages the lead is not compared
    pairs = np.array([(i, j) for i in range(5) for j in range(5) if i != j])
    assert np.allclose(pair_similarity(feats, pairs), sim[pairs[:, 0], pairs[:, 1]], atol=1e-5)


def test_few_pairs_score_the_same_as_many(
    flood_features: list[ArticleFeatures], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The row-by-row path for small blocks (linkage completions) equals the matrix path."""
    from storylens.cluster import similarity

    pairs = np.array([(i, j) for i in range(4) for j in range(4) if i != j])
    small = similarity.PairScorer(flood_features)(pairs)
    monkeypatch.setattr(similarity, "SMALL_BLOCK", 0)
    assert np.allclose(small, similarity.PairScorer(flood_features)(pairs), atol=1e-6)


def test_idf_rows_keep_shared_keys_and_count_every_key_in_the_norm() -> None:
    from storylens.cluster.similarity import _idf, _idf_rows

    terms = [{"quake": 1.0, "toll": 2.0, "unique": 1.0}, {"quake": 1.0, "toll": 1.0}, {"x": 3.0}]
    rows = _idf_rows(3, [t.items() for t in terms], _idf, square=True)
    assert rows.shape == (3, 2)  # only "quake" and "toll" are in two articles
    shared, alone = math.log(4 / 2), math.log(4 / 1)
    norm0 = math.sqrt(shared**2 + (2 * shared) ** 2 + alone**2)
    norm1 = math.sqrt(2) * shared
    cosine = (rows[0] @ rows[1].T).toarray()[0, 0]
    assert cosine == pytest.approx((shared * shared + 2 * shared * shared) / (norm0 * norm1))
    assert rows[2].nnz == 0
    names = _idf_rows(3, [[("haftar", 1.0)], [("haftar", 1.0)], []], _idf)
    assert (names[0] @ names[1].T).toarray()[0, 0] == pytest.approx(shared)  # summed idf
