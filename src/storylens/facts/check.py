"""Check one claim against many texts: supports, contradicts, discusses or unrelated.

The same reading as the story statuses, on a fact-checker's own pile. Each text is read
once (sentences, content words, multilingual sentence embeddings, the refuting / hedging
/ negation cues of ``facts.stance`` and the benefit/harm direction of ``facts.polarity``
per sentence); each (claim, text) pair becomes a row of language-independent features
(``facts.stance_features``) and the learned two-stage model (``facts.stance_model``,
fitted on FNC-1) labels it. The evidence is the text's sentences that best align with
the claim, led by those carrying what the label rests on: a refuting or negating
sentence for ``contradicts``, a hedging one for ``discusses``. A checker is built once,
loads its models once and caches every text it has read.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final, Literal

import numpy as np

from ..config import Settings
from ..records import Article, Evidence
from ..resources import Resources
from .stance_features import ClaimReading, TextReading, aligned, content_words, pair_features
from .stance_model import STANCES, StanceModel

__all__ = ["Checker", "Label", "Verdict", "content_words"]

Label = Literal["supports", "contradicts", "discusses", "unrelated"]
_LABELS: Final[dict[str, Label]] = {"agree": "supports", "disagree": "contradicts",
                                    "discuss": "discusses", "unrelated": "unrelated"}
# At most this many evidence sentences are returned per verdict (best first).
MAX_EVIDENCE = 3
# Sentences carrying the label's cue are looked for among this many best-aligned ones:
# a denial two sentences away from the claim's restatement still answers it.
CUE_REACH = 6


@dataclass(frozen=True, slots=True)
class Verdict:
    """A text's stance towards the claim and the exact sentences it rests on.

    ``relatedness`` is the model's probability that the text is about the claim;
    ``probabilities`` holds all four labels' probabilities. The label is the most likely
    one except where the sentence restating an affirmative claim refutes it: then it is
    ``contradicts`` even if the trees lean to ``supports``
    (``StanceModel.refutes_restatement``).
    """

    label: Label
    relatedness: float
    evidence: list[Evidence] = field(default_factory=list)
    probabilities: dict[str, float] = field(default_factory=dict)


class Checker:
    """Answers "what does each of these texts say about this claim?" with evidence."""

    def __init__(self, settings: Settings | None = None,
                 model: StanceModel | None = None) -> None:
        self.settings = settings or Settings()
        self._resources = Resources(self.settings)
        self._model = model
        self._texts: dict[str, TextReading] = {}
        self._claims: dict[str, ClaimReading] = {}

    @property
    def model(self) -> StanceModel:
        if self._model is None:
            self._model = StanceModel.load()
        return self._model

    def check(self, claim: str, texts: Sequence[str]) -> list[Verdict]:
        """One verdict per text, in order."""
        if not texts:
            return []
        reading = self.read_claim(claim)
        bodies = [self.read_text(text) for text in texts]
        rows = self.features(claim, texts)
        probabilities = self.model.probabilities(rows)
        labels = self.model.predict(rows)
        return [self._verdict(reading, body, label, p)
                for body, label, p in zip(bodies, labels, probabilities, strict=True)]

    def features(self, claim: str, texts: Sequence[str]) -> np.ndarray:
        """The model's input: one row of FEATURES per text (texts read once, cached)."""
        reading = self.read_claim(claim)
        rows = [pair_features(reading, self.read_text(text)) for text in texts]
        return np.vstack(rows) if rows else np.zeros((0, len(self.model.features)))

    def read_claim(self, claim: str) -> ClaimReading:
        cached = self._claims.get(claim)
        if cached is None:
            cached = ClaimReading.read(claim, self._language(claim), self._embed)
            self._claims[claim] = cached
        return cached

    def read_text(self, text: str) -> TextReading:
        key = Article.make_id(text)
        cached = self._texts.get(key)
        if cached is None:
            cached = TextReading.read(text, key, self._language(text), self._embed)
            self._texts[key] = cached
        return cached

    def _embed(self, texts: list[str]) -> np.ndarray:
        return self._resources.embedder.embed(texts)

    def _language(self, text: str) -> str:
        return (self.settings.lang_hint
                or self._resources.language_id.best_guess(text) or "en")

    def _verdict(self, claim: ClaimReading, body: TextReading, stance: str,
                 probabilities: np.ndarray) -> Verdict:
        label = _LABELS[stance]
        chances: dict[str, float] = {_LABELS[s]: round(float(p), 4)
                   for s, p in zip(STANCES, probabilities, strict=True)}
        relatedness = 1.0 - float(probabilities[STANCES.index("unrelated")])
        if label == "unrelated":
            return Verdict(label, relatedness, [], chances)
        picked = evidence_sentences(claim, body, label)
        evidence = [Evidence(body.id, s, e, body.text[s:e])
                    for s, e in (body.spans[i] for i in picked)]
        return Verdict(label, relatedness, evidence, chances)


def evidence_sentences(claim: ClaimReading, body: TextReading, label: Label) -> list[int]:
    """Indices of the sentences a verdict rests on, best first.

    The best-aligned sentence always (it is where the text speaks of the claim); before
    it, for ``contradicts``, the nearby sentences that refute (a cue the claim does not
    use itself) or negate; for ``discusses``, the nearby ones that hedge.
    """
    order, _ = aligned(claim, body)
    near = [int(i) for i in order[:CUE_REACH]]
    if label == "contradicts":
        cued = [i for i in near if body.refuting[i] - claim.refuting] \
            or [i for i in near if body.negations[i] % 2 != claim.negations % 2]
    elif label == "discusses":
        cued = [i for i in near if body.hedges[i] > 0]
    else:
        return near[:2]  # the claim restated, and the next closest sentence
    picked: list[int] = []
    for i in [*cued[:MAX_EVIDENCE - 1], near[0]]:
        if i not in picked:
            picked.append(i)
    return picked
