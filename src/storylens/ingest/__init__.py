"""Ingest: read files and folders into :class:`~storylens.records.RawDocument` records.

Formats are plugins of one hook: a :class:`Reader` registered in :data:`readers`. The
built-in readers (text, HTML, JSON Lines, WARC, RSS/Atom feeds, ``.urls`` lists) register
themselves exactly as a third-party reader would::

    @readers.register("rss")
    def make_rss_reader() -> Reader:
        return RssReader()
"""

from __future__ import annotations

from . import _feed, _jsonl, _text, _url, _warc  # noqa: F401  (importing registers the built-ins)
from ._inputs import read_inputs
from ._reader import Reader, readers

__all__ = ["Reader", "read_inputs", "readers"]
