"""spaCy's stop-word lists by language: pure data, shared by cleaning and entities.

Each list is ``spacy/lang/<code>/stop_words.py``, a file that only defines a set. It is
read as data from spaCy's install folder rather than imported: importing it runs
``spacy/__init__`` and the language package first, ~3 s of CPU and ~120 MB per process
for a word list, which a run without spaCy models (de, ru, ar) never paid before. Lower
case, cached once per process; a language without a list gets an empty set.
"""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path


@cache
def stop_words(language: str | None) -> frozenset[str]:
    """spaCy's stop-word list of a language (lower case); empty when it has none."""
    root = _spacy_folder()
    if not language or root is None or not language.isalpha():
        return frozenset()
    path = root / "lang" / language / "stop_words.py"
    if not path.is_file():
        return frozenset()
    namespace: dict[str, object] = {}
    # spaCy's own module, run as importing it would, minus the package imports.
    exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), namespace)
    words = namespace.get("STOP_WORDS", ())
    return frozenset(str(w).lower() for w in words) if isinstance(words, (set, frozenset)) \
        else frozenset()


@cache
def _spacy_folder() -> Path | None:
    """spaCy's package folder, found without importing spaCy (None when not installed)."""
    spec = importlib.util.find_spec("spacy")
    locations = spec.submodule_search_locations if spec else None
    return Path(next(iter(locations))) if locations else None
