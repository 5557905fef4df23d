"""storylens: turn a pile of news articles into cited, multilingual stories."""

from __future__ import annotations

__version__ = "0.1.0"
