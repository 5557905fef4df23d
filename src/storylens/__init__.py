"""storylens: turn a pile of news articles into cited, multilingual stories.

The public API is small and re-exported here; everything else is private.

>>> import storylens
>>> report = storylens.analyze(["articles/"])            # doctest: +SKIP
>>> storylens.write_report(report, Path("out"))          # doctest: +SKIP
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

from .config import Settings, load_settings
from .errors import (
    ConfigError,
    ExtractionError,
    FetchError,
    IngestError,
    MissingDependencyError,
    StageError,
    StoreError,
    StorylensError,
)
from .records import (
    Article,
    Brief,
    Claim,
    Entity,
    Evidence,
    Problem,
    RawDocument,
    Report,
    Story,
    Value,
)

if TYPE_CHECKING:
    from .facts.check import Checker, Verdict
    from .pipeline import Pipeline, analyze
    from .report import validate_report, write_report
    from .store import open_store

# Imported on first use: the pipeline pulls in scipy, spaCy and trafilatura (seconds on a
# cold start), and the command line must say something before that.
_LAZY = {"Checker": ".facts.check", "Verdict": ".facts.check",
         "Pipeline": ".pipeline", "analyze": ".pipeline", "validate_report": ".report",
         "write_report": ".report", "open_store": ".store"}


def __getattr__(name: str) -> Any:
    """``storylens.Pipeline`` and friends, imported when first asked for."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'storylens' has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value

__all__ = [
    "Article",
    "Brief",
    "Checker",
    "Claim",
    "ConfigError",
    "Entity",
    "Evidence",
    "ExtractionError",
    "FetchError",
    "IngestError",
    "MissingDependencyError",
    "Pipeline",
    "Problem",
    "RawDocument",
    "Report",
    "Settings",
    "StageError",
    "StoreError",
    "Story",
    "StorylensError",
    "Value",
    "Verdict",
    "__version__",
    "analyze",
    "load_settings",
    "open_store",
    "validate_report",
    "write_report",
]
