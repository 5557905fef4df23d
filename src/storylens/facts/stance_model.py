"""The learned stance model: two gradient-boosted tree ensembles read from JSON.

Stage one says whether a text is about the claim at all (related vs unrelated); stage
two, for related texts, whether it agrees, disagrees or only discusses. The trees were
fitted by ``benchmarks/stance_fit.py --write`` (scikit-learn's HistGradientBoosting on
FNC-1, see ``stance_model.LICENSE.md``) and exported as plain arrays, so the package
needs neither scikit-learn nor a pickle to use them: a tree is walked with numpy.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import numpy as np

MODEL_FILE: Final = Path(__file__).with_name("stance_model.json.gz")
STANCES: Final = ("agree", "disagree", "discuss", "unrelated")
# The claim is affirmative when none of these is set: no negation, no refuting cue, no
# denial predicate, not a question. ("Hoax: X", "X did not happen" are denials themselves,
# and a text that calls X false agrees with them.)
_CLAIM_POLARITY: Final = ("negation_claim", "refute_claim", "denial_claim", "claim_question")


@dataclass(frozen=True, slots=True)
class Tree:
    """One regression tree as parallel arrays (node 0 is the root; feature -1 is a leaf)."""

    feature: np.ndarray
    threshold: np.ndarray
    left: np.ndarray
    right: np.ndarray
    missing_left: np.ndarray
    value: np.ndarray

    def predict(self, x: np.ndarray) -> np.ndarray:
        """Leaf values for the rows of ``x`` (go left when value <= threshold)."""
        node = np.zeros(len(x), dtype=np.int64)
        rows = np.arange(len(x))
        while True:
            feature = self.feature[node]
            inner = feature >= 0
            if not inner.any():
                return self.value[node]
            values = x[rows, np.where(inner, feature, 0)]
            go_left = np.where(np.isnan(values), self.missing_left[node],
                               values <= self.threshold[node])
            node = np.where(inner, np.where(go_left, self.left[node], self.right[node]), node)

    def to_json(self) -> dict[str, list[Any]]:
        return {"feature": self.feature.tolist(), "threshold": self.threshold.tolist(),
                "left": self.left.tolist(), "right": self.right.tolist(),
                "missing_left": self.missing_left.astype(int).tolist(),
                "value": [round(float(v), 7) for v in self.value]}

    @classmethod
    def from_json(cls, data: dict[str, list[Any]]) -> Tree:
        return cls(np.asarray(data["feature"], dtype=np.int64),
                   np.asarray(data["threshold"], dtype=np.float64),
                   np.asarray(data["left"], dtype=np.int64),
                   np.asarray(data["right"], dtype=np.int64),
                   np.asarray(data["missing_left"], dtype=bool),
                   np.asarray(data["value"], dtype=np.float64))


@dataclass(frozen=True, slots=True)
class Ensemble:
    """Boosted trees: per output column, a baseline plus the sum of its trees."""

    baseline: np.ndarray  # (n_outputs,)
    trees: list[list[Tree]]  # trees[output]

    def raw(self, x: np.ndarray) -> np.ndarray:
        out = np.tile(self.baseline, (len(x), 1))
        for k, trees in enumerate(self.trees):
            for tree in trees:
                out[:, k] += tree.predict(x)
        return out

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        """Sigmoid of the one output (binary), or softmax over outputs (multi-class)."""
        raw = self.raw(x)
        if raw.shape[1] == 1:
            return np.asarray(1.0 / (1.0 + np.exp(-raw[:, 0])))
        raw -= raw.max(axis=1, keepdims=True)
        exp = np.exp(raw)
        return np.asarray(exp / exp.sum(axis=1, keepdims=True))

    def to_json(self) -> dict[str, Any]:
        return {"baseline": self.baseline.tolist(),
                "trees": [[t.to_json() for t in trees] for trees in self.trees]}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Ensemble:
        return cls(np.asarray(data["baseline"], dtype=np.float64),
                   [[Tree.from_json(t) for t in trees] for trees in data["trees"]])


@dataclass(frozen=True, slots=True)
class StanceModel:
    """P(related) from stage one, then P(agree, disagree, discuss | related)."""

    features: tuple[str, ...]
    related: Ensemble
    stance: Ensemble
    related_cut: float = 0.5

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        """Columns in STANCES order: agree, disagree, discuss, unrelated."""
        related = self.related.probabilities(x)
        stance = self.stance.probabilities(x)
        return np.column_stack([stance * related[:, None], 1.0 - related])

    def predict(self, x: np.ndarray) -> list[str]:
        """Unrelated below the stage-one cut, else the most likely related stance, except
        that a refuted restatement of an affirmative claim is never agreement."""
        related = self.related.probabilities(x)
        stance = self.stance.probabilities(x)
        refuted = self.refutes_restatement(x)
        labels = [STANCES[3] if r < self.related_cut else STANCES[int(np.argmax(s))]
                  for r, s in zip(related, stance, strict=True)]
        return [STANCES[1] if label == STANCES[0] and no else label
                for label, no in zip(labels, refuted, strict=True)]

    def refutes_restatement(self, x: np.ndarray) -> np.ndarray:
        """Rows where the sentence that restates an affirmative claim refutes it.

        A text cannot support "X" while its sentence closest to "X" calls it false
        ("Reports that X are false", "Es falso que X"): the trees, fitted on FNC-1 where
        such restating denials are rare, read the close restatement as agreement. The
        rule only turns agreement into disagreement; probabilities are the model's.
        Measured on FNC-1 held-out folds (docs/benchmarks.md, issue 11).
        """
        names = list(self.features)
        if "refute_best" not in names:
            return np.zeros(len(x), dtype=bool)
        affirmative = np.all(x[:, [names.index(n) for n in _CLAIM_POLARITY]] == 0, axis=1)
        return np.asarray(affirmative & (x[:, names.index("refute_best")] > 0))

    def save(self, path: Path, about: dict[str, Any]) -> None:
        data = {"about": about, "features": list(self.features),
                "related_cut": self.related_cut, "related": self.related.to_json(),
                "stance": self.stance.to_json()}
        with gzip.open(path, "wt", encoding="utf-8") as fh:
            json.dump(data, fh, separators=(",", ":"))

    @classmethod
    def load(cls, path: Path = MODEL_FILE) -> StanceModel:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            data = json.load(fh)
        return cls(tuple(data["features"]), Ensemble.from_json(data["related"]),
                   Ensemble.from_json(data["stance"]), float(data["related_cut"]))
