"""The fitted combination of pair signals (weights from benchmarks/clustering_fit.py).

The weights in ``combination.json`` were fitted by logistic regression on ECB+ topics 1-35
and SemEval-2022 Task 8 training pairs (see ``combination.LICENSE.md`` and
docs/benchmarks.md); only numbers are stored, never texts. They are scaled so that one unit
of embedding cosine is one unit of score and the fitted cut sits at the package threshold
(0.68), so the date penalty and every caller's threshold keep their meaning.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

# Saturation of the summed idf of shared names / figures (as in similarity.py): the
# evidence reaches one half there, so one very rare name cannot outweigh everything.
ENTITY_SATURATION = 16.0
FIGURE_SATURATION = 8.0
FEATURES = (
    "cosine", "lead", "cross_language", "cross_cosine", "lexical", "entities", "figures",
    "years",
)
WEIGHTS_FILE = Path(__file__).with_name("combination.json")


def design_matrix(signals: tuple[np.ndarray, ...]) -> np.ndarray:
    """Rows of FEATURES from ``pair_signals`` (the date gap is left to the date penalty).

    Two languages: no lead cosine (the whole-text cosine stands in), an indicator and the
    cosine again on its own slope, since USE-m3 scores translations lower than paraphrases.
    """
    cosine, lead, lexical, entities, figures, years = signals[:6]
    cross = np.isnan(lead)
    return np.stack([
        cosine,
        np.where(cross, cosine, lead),
        cross.astype(np.float64),
        np.where(cross, cosine, 0.0),
        lexical,
        entities / (entities + ENTITY_SATURATION),
        figures / (figures + FIGURE_SATURATION),
        years,
    ], axis=-1)


@dataclass(frozen=True, slots=True)
class Combination:
    """A linear score over the FEATURES columns."""

    coefficients: np.ndarray
    intercept: float

    def score(self, design: np.ndarray) -> np.ndarray:
        """Same-event score of each design row (before the date penalty)."""
        return np.asarray(design @ self.coefficients + self.intercept)


def load_combination(path: Path = WEIGHTS_FILE) -> Combination:
    """The shipped weights; a file fitted for other features is refused, not misread."""
    payload = json.loads(path.read_text(encoding="utf-8"))
    if tuple(payload["features"]) != FEATURES:
        raise ValueError(f"{path} was fitted on {payload['features']}, not {FEATURES}")
    return Combination(np.asarray(payload["coefficients"], dtype=np.float64),
                       float(payload["intercept"]))
