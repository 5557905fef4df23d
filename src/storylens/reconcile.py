"""Compatibility alias: story-level reasoning now lives in :mod:`storylens.facts`."""

from __future__ import annotations

from .facts import count_origins, origin_key, reconcile, similarity_threshold

__all__ = ["count_origins", "origin_key", "reconcile", "similarity_threshold"]
