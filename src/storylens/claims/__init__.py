"""Claim extraction: figures, dates, meetings and attributed statements of one article."""

from __future__ import annotations

from .dates import DateMention, find_dates, parse_published
from .extract import extract_claims
from .numbers import Figure, find_figures

__all__ = [
    "DateMention",
    "Figure",
    "extract_claims",
    "find_dates",
    "find_figures",
    "parse_published",
]
