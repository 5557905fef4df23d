"""``storylens serve``: browse stories, claims, articles and entities, and script the store.

``create_app(WebSettings(db_path=...))`` builds the FastAPI app; nothing is global.
"""

from __future__ import annotations

from .app import create_app
from .settings import WebSettings

__all__ = ["WebSettings", "create_app"]
