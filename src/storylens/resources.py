"""Model backends for one pipeline, loaded lazily once and kept for its lifetime.

No module-level caches: each :class:`Resources` owns its models, so two pipelines with
different settings (or a Ray worker) never share hidden state.
"""

from __future__ import annotations

import time
from typing import Any

from .config import Settings
from .embed import Embedder, embedders
from .entities.ner import NER, create_ner
from .language import LanguageId, language_ids


class Resources:
    """Lazily built backends chosen by :class:`Settings`; load times are recorded."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.load_seconds: dict[str, float] = {}
        self._language_id: LanguageId | None = None
        self._embedder: Embedder | None = None
        self._sentence_embedder: Embedder | None = None
        self._ner: dict[str, NER] = {}

    def _timed(self, key: str, build: Any) -> Any:
        started = time.perf_counter()
        value = build()
        self.load_seconds[key] = self.load_seconds.get(key, 0.0) + time.perf_counter() - started
        return value

    @property
    def language_id(self) -> LanguageId:
        if self._language_id is None:
            self._language_id = self._timed(
                "language_id",
                lambda: language_ids.create(
                    self.settings.language_id, languages=self.settings.languages
                ),
            )
        return self._language_id

    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            self._embedder = self._timed(
                "embedder",
                lambda: embedders.create(self.settings.embedder, threads=self.settings.threads),
            )
        return self._embedder

    @property
    def sentence_embedder(self) -> Embedder:
        if self._sentence_embedder is None:
            self._sentence_embedder = self._timed(
                "sentence_embedder",
                lambda: embedders.create(
                    self.settings.sentence_embedder, threads=self.settings.threads
                ),
            )
        return self._sentence_embedder

    def ner_spec(self, language: str | None) -> str | None:
        """The NER backend spec configured for a language (or the fallback)."""
        table = self.settings.ner
        if language and language in table:
            return table[language]
        return table.get("*")

    def ner_for(self, language: str | None) -> NER | None:
        """The NER backend for a language; backends shared by languages load once."""
        spec = self.ner_spec(language)
        if not spec or spec == "none":
            return None
        if spec not in self._ner:
            self._ner[spec] = self._timed(
                f"ner:{spec}", lambda: create_ner(spec, processes=self.settings.threads)
            )
        return self._ner[spec]

    def describe(self) -> dict[str, Any]:
        """Which models a run used, for the report's ``generator.models``."""
        return {
            "embedding": self.settings.embedder,
            "sentence_embedding": self.settings.sentence_embedder,
            "language_id": self.settings.language_id,
            "ner": dict(self.settings.ner),
        }
