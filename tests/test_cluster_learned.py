"""The shipped combination of pair signals loads, and a mismatched file is refused."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from storylens.cluster.learned import FEATURES, WEIGHTS_FILE, design_matrix, load_combination


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
