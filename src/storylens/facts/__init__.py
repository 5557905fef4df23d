"""Per-story reasoning over claims: alignment, statuses and disagreements.

Per-article extraction lives in :mod:`storylens.claims`; this package takes a story's
claims and decides which state the same fact (:mod:`.align` for time and place,
:mod:`.speakers` for a speaker named by a role, :mod:`.verbatim` for reports in nearly
the same words, :mod:`.agreement` for an opt-in join across event windows), how many
independent origins back each (:mod:`.origins`: copies and relayed sentences count once),
which figures or statements conflict (:mod:`.figures`, :mod:`.polarity`) and how a
disagreement is told (:mod:`.disagreements`).
"""

from __future__ import annotations

from .origins import count_origins, origin_key
from .reconcile import reconcile, similarity_threshold

__all__ = ["count_origins", "origin_key", "reconcile", "similarity_threshold"]
