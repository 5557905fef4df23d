"""The fitted combination of pair signals (weights from benchmarks/clustering_fit.py).

The weights in ``combination.json`` were fitted by logistic regression on ECB+ topics 1-35
and SemEval-2022 Task 8 training pairs (see ``combination.LICENSE.md`` and
docs/benchmarks.md); only numbers are stored, never texts. They are scaled so that one unit
of embedding cosine is one unit of score and the fitted cut sits at the package threshold
(0.68), so the date penalty and every caller's threshold keep their meaning.

The file also holds each language's mean article vector over the SemEval training articles
(numbers only). USE-m3 vectors carry a language component that lowers the cosine of a report
and its translation; for pairs in two languages the ``cross_cosine`` column is the
whole-text cosine after each side's language mean is subtracted (``LanguageCentring``).
The means are fixed, not taken from the batch, so a batch and ``--append`` score a pair
alike.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
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
    language-centred cosine (signal 8; the plain one where absent) on its own slope, since
    USE-m3 scores translations lower than paraphrases.
    """
    cosine, lead, lexical, entities, figures, years = signals[:6]
    centred = signals[7] if len(signals) > 7 else cosine
    cross = np.isnan(lead)
    return np.stack([
        cosine,
        np.where(cross, cosine, lead),
        cross.astype(np.float64),
        np.where(cross, centred, 0.0),
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
    # Mean article vector of each language (fitted with the weights; see module docstring).
    language_means: Mapping[str, np.ndarray] = field(default_factory=dict)

    def score(self, design: np.ndarray) -> np.ndarray:
        """Same-event score of each design row (before the date penalty)."""
        return np.asarray(design @ self.coefficients + self.intercept)


def load_combination(path: Path = WEIGHTS_FILE) -> Combination:
    """The shipped weights; a file fitted for other features is refused, not misread."""
    payload = json.loads(path.read_text(encoding="utf-8"))
    if tuple(payload["features"]) != FEATURES:
        raise ValueError(f"{path} was fitted on {payload['features']}, not {FEATURES}")
    means = {language: np.asarray(vector, dtype=np.float32)
             for language, vector in payload.get("language_means", {}).items()}
    return Combination(np.asarray(payload["coefficients"], dtype=np.float64),
                       float(payload["intercept"]), means)


@dataclass(frozen=True, slots=True)
class LanguageCentring:
    """Cosines of article vectors less their language's mean, from the plain dot products.

    (a - m)(b - n) = ab - an - mb + mn: only each article's dot products with the few
    language means are kept (n x languages), not a second copy of the vectors. An article
    whose language has no mean, or whose vector has another size (another embedder), is
    compared as it stands (a zero mean).
    """

    mean_of: np.ndarray  # row of each article's language in ``gram`` (last row: zero mean)
    with_means: np.ndarray  # article x mean dot products
    gram: np.ndarray  # mean x mean dot products
    norm: np.ndarray  # length of each article's centred vector

    @classmethod
    def of(cls, embedding: np.ndarray, languages: Sequence[str | None],
           means: Mapping[str, np.ndarray]) -> LanguageCentring:
        """The centring of ``embedding`` rows (L2-normalised) written in ``languages``."""
        width = embedding.shape[1] if embedding.ndim == 2 else 0
        usable = sorted(k for k, v in means.items() if v.shape == (width,))
        table = np.zeros((len(usable) + 1, width), dtype=np.float64)
        for row, language in enumerate(usable):
            table[row] = means[language]
        row_of = {language: row for row, language in enumerate(usable)}
        mean_of = np.array([row_of.get(language or "", len(usable)) for language in languages],
                           dtype=np.int64)
        with_means = embedding.astype(np.float64) @ table.T
        gram = table @ table.T
        own = with_means[np.arange(len(mean_of)), mean_of]
        square = np.einsum("ij,ij->i", embedding, embedding).astype(np.float64)
        norm = np.sqrt(np.clip(square - 2.0 * own + gram[mean_of, mean_of], 1e-12, None))
        return cls(mean_of, with_means, gram, norm)

    def pairs(self, plain: np.ndarray, left: np.ndarray, right: np.ndarray) -> np.ndarray:
        """Centred cosines of the (left[k], right[k]) pairs whose plain cosines are given."""
        a, b = self.mean_of[left], self.mean_of[right]
        dot = (plain - self.with_means[left, b] - self.with_means[right, a] + self.gram[a, b])
        return np.asarray(dot / (self.norm[left] * self.norm[right]))

    def matrix(self, plain: np.ndarray) -> np.ndarray:
        """Centred cosines of every pair, from the matrix of plain cosines."""
        across = self.with_means[:, self.mean_of]  # [i, j]: article i with j's mean
        dot = plain - across - across.T + self.gram[np.ix_(self.mean_of, self.mean_of)]
        return np.asarray(dot / np.outer(self.norm, self.norm))
