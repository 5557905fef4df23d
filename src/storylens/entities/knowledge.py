"""Reference data entity resolution reads: places (CLDR, ISO 3166, GeoNames) and stop words.

One :class:`EntityKnowledge` per pipeline (``Resources.entity_knowledge``); without one
the resolver still runs, on spelling and the texts alone.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from dataclasses import dataclass, field

from .places import Gazetteer


@dataclass
class EntityKnowledge:
    """Places and per-language stop words; stop words load on first use of a language."""

    gazetteer: Gazetteer | None = None
    _stop_words: dict[str, frozenset[str]] = field(default_factory=dict)

    @classmethod
    def build(cls, languages: Iterable[str], output_language: str = "en") -> EntityKnowledge:
        """Load the gazetteer for ``languages`` (a few seconds, once per pipeline)."""
        return cls(gazetteer=Gazetteer.build(languages, output_language))

    def stop_words(self, language: str | None) -> frozenset[str]:
        """spaCy's stop-word list of a language (lower case); empty when it has none."""
        if not language:
            return frozenset()
        if language not in self._stop_words:
            try:
                module = importlib.import_module(f"spacy.lang.{language}.stop_words")
                words = frozenset(w.lower() for w in getattr(module, "STOP_WORDS", ()))
            except ImportError:
                words = frozenset()
            self._stop_words[language] = words
        return self._stop_words[language]

    def places(self, key: tuple[str, ...]) -> frozenset[str]:
        """Place ids a normal form names (empty without a gazetteer)."""
        return self.gazetteer.lookup(key) if self.gazetteer else frozenset()
