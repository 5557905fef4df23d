"""The bundled embedders: normalised vectors, cross-lingual closeness, registry by name."""

from __future__ import annotations

import numpy as np
import pytest

from storylens.embed import Embedder, embedders
from storylens.errors import ConfigError

SENTENCES = [
    "Rescue teams searched collapsed houses after the earthquake.",
    "Les secours ont fouillé les maisons effondrées après le séisme.",
    "Спасатели обыскали разрушенные дома после землетрясения.",
    "The central bank left interest rates unchanged on Thursday.",
]


@pytest.mark.parametrize("name", ["use-m3", "e5-small"])
def test_vectors_are_normalised_and_translations_are_closest(name: str) -> None:
    embedder = embedders.create(name, threads=1)
    assert isinstance(embedder, Embedder)
    vectors = embedder.embed(SENTENCES)
    assert vectors.shape == (4, embedder.dim)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    sims = vectors @ vectors.T
    assert sims[0, 1] > sims[0, 3] and sims[0, 2] > sims[0, 3]
    assert embedder.embed([]).shape == (0, embedder.dim)


def test_unknown_embedder_names_the_known_ones() -> None:
    with pytest.raises(ConfigError, match="use-m3"):
        embedders.create("nope")
