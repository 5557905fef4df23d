"""storylens: turn a pile of news articles into cited, multilingual stories.

The public API is small and re-exported here; everything else is private.

>>> import storylens
>>> report = storylens.analyze(["articles/"])            # doctest: +SKIP
>>> storylens.write_report(report, Path("out"))          # doctest: +SKIP
"""

from __future__ import annotations

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
from .pipeline import Pipeline, analyze
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
from .report import validate_report, write_report
from .store import open_store

__all__ = [
    "Article",
    "Brief",
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
    "__version__",
    "analyze",
    "load_settings",
    "open_store",
    "validate_report",
    "write_report",
]
