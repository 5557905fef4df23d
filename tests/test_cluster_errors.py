"""The SemEval error-kind tables (benchmarks/clustering_errors.py) count what they say."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "clustering_errors.py"


def _module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("clustering_errors", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while defined
    spec.loader.exec_module(module)
    return module


def test_each_disagreement_is_counted_once_on_the_side_that_is_wrong() -> None:
    errors = _module()
    # Ratings: 1.0 same story, 4.0 different, 2.5 not scored by the bands.
    overall = np.array([1.0, 1.0, 1.0, 1.0, 4.0, 4.0, 4.0, 4.0, 2.5])
    part = np.array([False, False, True, True, True, True, False, False, True])
    cos = np.array([True, False, False, True, False, True, True, False, False])
    (every,) = errors.error_slices(part, cos, overall, {"all": np.ones(9, bool)})
    assert (every.rated, every.same) == (8, 4)
    assert every.part_splits_cos_joins == 1 and every.both_split == 1
    assert every.part_joins_cos_splits == 1 and every.both_join == 1
    assert every.cos_splits_part_joins == 1 and every.cos_joins_part_splits == 1
    # Partition: 2 of 4 same joined, 2 different joined -> F1 0.5; the cosine alike.
    assert every.f1_part == pytest.approx(0.5) and every.f1_cos == pytest.approx(0.5)


def test_slices_split_by_language_mix_and_the_shorter_text() -> None:
    errors = _module()
    cross = np.array([True, False, False])
    shorter = np.array([120, 800, 5000])
    masks = errors.kind_masks(cross, shorter)
    assert list(masks["two languages"]) == [True, False, False]
    assert list(masks["shorter text < 400 characters"]) == [True, False, False]
    assert list(masks["shorter text 400-1000"]) == [False, True, False]
    assert list(masks["one language, shorter text >= 1000"]) == [False, False, True]


def test_language_pairs_are_order_free_and_need_enough_rated_pairs() -> None:
    errors = _module()
    languages = ["de", "en", "fr"]
    pairs = np.array([[0, 1]] * 6 + [[1, 0]] * 6 + [[2, 2]] * 3)
    masks = errors.language_pair_masks(languages, pairs, np.ones(len(pairs), bool))
    assert list(masks) == ["de-en"]
    assert int(masks["de-en"].sum()) == 12
