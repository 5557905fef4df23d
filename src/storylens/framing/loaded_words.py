"""Loaded words learned from annotated news: BASIL's lexical-bias spans (English).

The subjectivity lexicons (:mod:`storylens.framing.lexicon`) hold adjectives; loaded naming
is as often a noun ("henchmen", "scheme", "hypocrite"). ``loaded_words_en.json`` holds the
word forms whose smoothed share of occurrences inside BASIL's annotated lexical-bias spans
passes a threshold fitted on BASIL itself, measured on held-out events
(``benchmarks/basil_lexicon.py``, ``benchmarks/framing_basil.py``). Weights only; other
languages have none yet and fall back to the lexicons and to contrast between sources.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

_FILES = {"en": Path(__file__).with_name("loaded_words_en.json")}


@functools.cache  # read-only package data: parsed once per process, never mutated
def learned_weights(language: str | None) -> dict[str, float]:
    """Folded word form -> weight, for words past the fitted threshold ({} without a file)."""
    path = _FILES.get(language or "")
    if path is None or not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {str(k): float(v) for k, v in data.get("words", {}).items()}


def learned_loaded(word: str, language: str | None) -> float | None:
    """The word's learned weight when it is a loaded word of ``language``, else None."""
    return learned_weights(language).get(word.casefold())
