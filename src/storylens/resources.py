"""Model backends for one pipeline, loaded lazily once and kept for its lifetime.

No module-level caches: each :class:`Resources` owns its models, so two pipelines with
different settings (or a Ray worker) never share hidden state.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from .claims.five_w import FiveWExtractor
from .claims.syntax import DependencyParser, SpacyParser, create_parser
from .config import Settings
from .embed import Embedder, embedders
from .entities.knowledge import EntityKnowledge
from .entities.ner import NER, SpacyNER, create_ner
from .language import LanguageId, language_ids

LoadListener = Callable[[str, "float | None"], None]
"""Called as ``listener(what, None)`` before a model loads and ``(what, seconds)`` after."""

# Names for the load messages ("loading the English NER model"); other codes print as is.
_LANGUAGE_NAMES = {
    "en": "English", "fr": "French", "ru": "Russian", "de": "German", "es": "Spanish",
    "it": "Italian", "pt": "Portuguese", "nl": "Dutch", "pl": "Polish", "ar": "Arabic",
    "uk": "Ukrainian", "zh": "Chinese", "ja": "Japanese", "tr": "Turkish",
}


class Resources:
    """Lazily built backends chosen by :class:`Settings`; load times are recorded."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.load_seconds: dict[str, float] = {}
        self._language_id: LanguageId | None = None
        self._embedder: Embedder | None = None
        self._sentence_embedder: Embedder | None = None
        self._ner: dict[str, NER] = {}
        # Loading a model takes seconds; the CLI sets this to say which one is loading.
        self.on_load: LoadListener | None = None
        self._entity_knowledge: EntityKnowledge | None = None
        self._parsers: dict[str, DependencyParser | None] = {}
        self._graph_parsers: dict[int, DependencyParser] = {}
        self._five_w: FiveWExtractor | None = None

    def _timed(self, key: str, build: Any, what: str) -> Any:
        if self.on_load is not None:
            self.on_load(what, None)
        started = time.perf_counter()
        value = build()
        seconds = time.perf_counter() - started
        self.load_seconds[key] = self.load_seconds.get(key, 0.0) + seconds
        if self.on_load is not None:
            self.on_load(what, seconds)
        return value

    @property
    def language_id(self) -> LanguageId:
        if self._language_id is None:
            self._language_id = self._timed(
                "language_id",
                lambda: language_ids.create(
                    self.settings.language_id, languages=self.settings.languages
                ),
                f"the language identifier ({self.settings.language_id}, "
                f"{len(self.settings.languages)} languages)",
            )
        return self._language_id

    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            self._embedder = self._timed(
                "embedder",
                lambda: _warm(embedders.create(self.settings.embedder,
                                               threads=self.settings.threads)),
                f"the article embedding model ({self.settings.embedder})",
            )
        return self._embedder

    @property
    def sentence_embedder(self) -> Embedder:
        if self._sentence_embedder is None:
            self._sentence_embedder = self._timed(
                "sentence_embedder",
                lambda: _warm(embedders.create(
                    self.settings.sentence_embedder, threads=self.settings.threads
                )),
                f"the sentence embedding model ({self.settings.sentence_embedder})",
            )
        return self._sentence_embedder

    @property
    def entity_knowledge(self) -> EntityKnowledge:
        """Place names (CLDR, ISO 3166, GeoNames) and stop words for entity resolution."""
        if self._entity_knowledge is None:
            self._entity_knowledge = self._timed(
                "entity_knowledge",
                lambda: EntityKnowledge.build(self.settings.languages,
                                              self.settings.output_language,
                                              lexicon=self.settings.entity_lexicon,
                                              embedder=self.embedder),
                "the place names (CLDR, GeoNames) for entity resolution",
            )
        return self._entity_knowledge

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
                f"ner:{spec}", lambda: create_ner(spec, processes=self.settings.ner_processes),
                _ner_words(language, spec, language in self.settings.ner),
            )
        return self._ner[spec]

    def parser_for(self, language: str | None) -> DependencyParser | None:
        """The dependency parser configured for a language (None: no parser there)."""
        spec = self.settings.parsers.get(language or "", "none")
        if spec not in self._parsers:
            self._parsers[spec] = self._timed(
                f"parser:{spec}", lambda: create_parser(spec),
                f"the dependency parser ({spec})",
            )
        return self._parsers[spec]

    def graph_parser(self, language: str | None) -> DependencyParser | None:
        """The actor graph's parser for a language: the parse components of its spaCy NER
        model, already loaded (no second model in memory); None where the NER is no spaCy
        pipeline or ``graph_parse`` is off."""
        if not self.settings.graph_parse or language not in self.settings.ner:
            return None
        ner = self.ner_for(language)
        if not isinstance(ner, SpacyNER) or "parser" not in ner.pipeline.component_names:
            return None
        key = id(ner)
        if key not in self._graph_parsers:
            self._graph_parsers[key] = SpacyParser.sharing(ner.pipeline)
        return self._graph_parsers[key]

    @property
    def five_w(self) -> FiveWExtractor:
        """The 5W extractor, sharing this object's parsers and gazetteer."""
        if self._five_w is None:
            self._five_w = FiveWExtractor(self.parser_for, self.entity_knowledge.gazetteer)
        return self._five_w

    def describe(self) -> dict[str, Any]:
        """Which models a run used, for the report's ``generator.models``."""
        return {
            "embedding": self.settings.embedder,
            "sentence_embedding": self.settings.sentence_embedder,
            "language_id": self.settings.language_id,
            "ner": dict(self.settings.ner),
        }


def _ner_words(language: str | None, spec: str, own: bool) -> str:
    """``the English NER model (spacy:en_core_web_sm)``; a fallback says it is shared."""
    if not own or not language:
        return f"the NER model for other languages ({spec})"
    return f"the {_LANGUAGE_NAMES.get(language, language)} NER model ({spec})"


def _warm(embedder: Embedder) -> Embedder:
    """Embed one word: the USE and e5 packages read their weights on first use (seconds),
    which would otherwise stall the first batch unexplained and be timed as its work."""
    embedder.embed(["warm-up"])
    return embedder
