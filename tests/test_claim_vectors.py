"""The claim similarity cascade: what the cheap screen decides and what goes to the judge."""

from __future__ import annotations

import math

import numpy as np

from storylens.claim_vectors import claim_similarity
from storylens.records import Claim, Evidence


class TableEmbedder:
    """An embedder whose vectors are given per text, counting what it was asked."""

    def __init__(self, name: str, table: dict[str, list[float]]) -> None:
        self.name, self.dim = name, 3
        self.table = {k: np.asarray(v, dtype=np.float32) / np.linalg.norm(v)
                      for k, v in table.items()}
        self.asked: list[str] = []

    def embed(self, texts: list[str]) -> np.ndarray:
        self.asked.extend(texts)
        return np.stack([self.table[t] for t in texts])


def _quote(article: str, text: str) -> Claim:
    return Claim(id=f"c-{article}-{text[:5]}", kind="quote", statement=text, predicate="said",
                 sources=[Evidence(article, 0, len(text), text)])


def _angle(cos: float) -> list[float]:
    return [cos, math.sqrt(1 - cos * cos), 0.0]


def test_same_language_pairs_never_reach_the_judge() -> None:
    claims = [_quote("a", "We will rebuild"), _quote("b", "We shall rebuild"),
              _quote("c", "Taxes will fall")]
    screen = TableEmbedder("use-m3", {"We will rebuild": [1, 0, 0], "We shall rebuild": _angle(.85),
                                      "Taxes will fall": [0, 0, 1]})
    judge = TableEmbedder("e5-small", {})
    sim = claim_similarity(claims, judge, screen, ["k", "k", "k"], ["en", "en", "en"])
    assert sim(0, 1) == math.inf and sim(0, 2) == -1.0 and sim(1, 2) == -1.0
    assert judge.asked == []


def test_doubtful_cross_language_pairs_are_judged_and_clear_ones_are_not() -> None:
    claims = [_quote("a", "We will rebuild"), _quote("b", "Nous reconstruirons"),
              _quote("c", "Los impuestos bajarán")]
    screen = TableEmbedder("use-m3", {"We will rebuild": [1, 0, 0],
                                      "Nous reconstruirons": _angle(.7),
                                      "Los impuestos bajarán": [0, 0, 1]})
    judge = TableEmbedder("e5-small", {"We will rebuild": [1, 0, 0],
                                       "Nous reconstruirons": _angle(.95)})
    sim = claim_similarity(claims, judge, screen, ["k", "k", "k"], ["en", "fr", "es"])
    assert abs(sim(0, 1) - 0.95) < 1e-5
    assert sim(0, 2) == -1.0
    assert sorted(judge.asked) == ["Nous reconstruirons", "We will rebuild"]


def test_claims_without_a_partner_in_another_article_are_not_embedded() -> None:
    claims = [_quote("a", "We will rebuild"), _quote("a", "Nous reconstruirons"),
              _quote("b", "Los impuestos bajarán")]
    screen = TableEmbedder("use-m3", {})
    judge = TableEmbedder("e5-small", {})
    sim = claim_similarity(claims, judge, screen, ["k", "k", "other"], ["en", "fr", "es"])
    assert screen.asked == [] and judge.asked == []
    assert sim(0, 1) == -1.0
