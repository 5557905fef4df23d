from datetime import date

import numpy as np

from storylens.cluster import ArticleFeatures, average_link, entity_key, similarity_matrix


def _unit(vector: list[float]) -> np.ndarray:
    array = np.asarray(vector, dtype=np.float32)
    return array / np.linalg.norm(array)


def test_entity_key_is_script_and_accent_neutral() -> None:
    assert entity_key("Marrakech") == entity_key("marrakech")
    assert entity_key("Hafter") == "hafter"
    assert entity_key("Хафтар") == "khaftar"
    assert entity_key("Élysée") == "elysee"


def test_shared_rare_entities_and_dates_separate_similar_events() -> None:
    quake = _unit([1.0, 0.2, 0.0])
    # Four articles with near-identical topic vectors: two events told apart by place/date.
    feats = [
        ArticleFeatures("a1", quake, {"taroudant", "morocco"}, date(2026, 3, 14)),
        ArticleFeatures("a2", quake, {"taroudant", "marrakesh"}, date(2026, 3, 15)),
        ArticleFeatures("b1", quake, {"malatya", "turkey"}, date(2026, 3, 21)),
        ArticleFeatures("b2", quake, {"malatya", "ankara"}, date(2026, 3, 22)),
    ]
    sim = similarity_matrix(feats)
    # Same topic vector everywhere: only names and dates can tell the events apart.
    assert sim[0, 1] > sim[0, 2] + 0.1
    assert sim[2, 3] > sim[1, 3] + 0.1
    # Threshold above the topic-only level: these word-less features compare like two
    # languages, which the fitted score (cluster/combination.json) puts at about 1.15 for
    # identical vectors before names and dates; 0.9 was the hand-set score's level.
    groups = sorted(sorted(g) for g in average_link(sim, threshold=1.05))
    assert groups == [[0, 1], [2, 3]]


def test_shared_names_raise_similarity_on_the_same_day() -> None:
    quake = _unit([1.0, 0.2, 0.0])
    day = date(2026, 3, 14)
    feats = [
        ArticleFeatures("a1", quake, {"trdnt", "mrk", "bnn"}, day),
        ArticleFeatures("a2", quake, {"trdnt", "mrk", "bnn"}, day),
        ArticleFeatures("b1", quake, {"mlt", "trk"}, day),
        ArticleFeatures("x1", quake, {"kl", "frb"}, day),
    ]
    sim = similarity_matrix(feats)
    assert sim[0, 1] > sim[0, 2] == sim[0, 3]


def test_average_link_threshold_controls_merging() -> None:
    sim = np.array([[1.0, 0.9, 0.1], [0.9, 1.0, 0.2], [0.1, 0.2, 1.0]], dtype=np.float32)
    assert sorted(sorted(g) for g in average_link(sim, 0.5)) == [[0, 1], [2]]
    assert len(average_link(sim, 0.95)) == 3
    assert len(average_link(sim, 0.0)) == 1
