"""The shipped combination of pair signals loads, and a mismatched file is refused."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from storylens.cluster.learned import (
    FEATURES,
    WEIGHTS_FILE,
    LanguageCentring,
    design_matrix,
    load_combination,
)


def test_shipped_weights_match_the_features() -> None:
    combination = load_combination()
    assert combination.coefficients.shape == (len(FEATURES),)
    assert np.all(np.isfinite(combination.coefficients))
    # More embedding evidence must never lower the score.
    cosine, lead = FEATURES.index("cosine"), FEATURES.index("lead")
    assert combination.coefficients[cosine] + combination.coefficients[lead] > 0


def test_weights_for_other_features_are_refused(tmp_path: Path) -> None:
    payload = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    payload["features"] = list(reversed(payload["features"]))
    path = tmp_path / "weights.json"
    path.write_text(json.dumps(payload), encoding="utf-8")
    with pytest.raises(ValueError, match="fitted on"):
        load_combination(path)


def test_two_languages_use_the_whole_text_cosine_in_place_of_the_lead() -> None:
    nan = float("nan")
    signals = tuple(np.array(v) for v in (
        [0.7, 0.7], [0.9, nan], [0.3, 0.0], [4.0, 4.0], [0.0, 0.0], [0.0, -1.0], [0.0, 0.0]
    ))
    rows = design_matrix(signals)
    lead, cross = FEATURES.index("lead"), FEATURES.index("cross_language")
    assert rows[0, lead] == pytest.approx(0.9) and rows[1, lead] == pytest.approx(0.7)
    assert list(rows[:, cross]) == [0.0, 1.0]


def _unit_rows(rows: np.ndarray) -> np.ndarray:
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def test_language_centring_equals_subtracting_each_language_mean() -> None:
    rng = np.random.default_rng(7)
    vectors = _unit_rows(rng.normal(size=(5, 8)))
    languages = ["de", "en", "de", None, "xx"]
    means = {"de": rng.normal(size=8).astype(np.float32) * 0.3,
             "en": rng.normal(size=8).astype(np.float32) * 0.3}
    # By hand: subtract the mean where the language has one, normalise again.
    shifted = np.array([v - means[lang] if lang in means else v
                        for v, lang in zip(vectors, languages, strict=True)])
    expected = _unit_rows(shifted) @ _unit_rows(shifted).T
    centring = LanguageCentring.of(vectors, languages, means)
    plain = vectors @ vectors.T
    assert np.allclose(centring.matrix(plain), expected, atol=1e-6)
    left, right = np.array([0, 1, 3]), np.array([1, 4, 2])
    assert np.allclose(centring.pairs(plain[left, right], left, right),
                       expected[left, right], atol=1e-6)


def test_means_of_another_vector_size_are_ignored() -> None:
    vectors = _unit_rows(np.eye(4)[:3] + 0.1)
    centring = LanguageCentring.of(vectors, ["de", "en", "de"], {"de": np.ones(3)})
    plain = vectors @ vectors.T
    assert np.allclose(centring.matrix(plain), plain, atol=1e-6)


def test_shipped_language_means_cover_the_first_class_languages() -> None:
    means = load_combination().language_means
    for language in ("en", "fr", "es", "de", "it", "ar", "ru"):
        assert means[language].shape == (512,)
        assert np.all(np.isfinite(means[language]))


def test_two_languages_put_the_centred_cosine_on_their_own_slope() -> None:
    nan = float("nan")
    signals = tuple(np.array(v) for v in (
        [0.7, 0.7], [0.9, nan], [0.3, 0.0], [4.0, 4.0], [0.0, 0.0], [0.0, 0.0], [0.0, 0.0],
        [0.5, 0.4],
    ))
    rows = design_matrix(signals)
    cosine, lead, cross = (FEATURES.index(k) for k in ("cosine", "lead", "cross_cosine"))
    # The plain cosine keeps its columns; the centred one is used across languages only.
    assert rows[1, cosine] == pytest.approx(0.7) and rows[1, lead] == pytest.approx(0.7)
    assert rows[1, cross] == pytest.approx(0.4) and rows[0, cross] == 0.0
