"""The one ingest hook: a :class:`Reader` per file format, found by file suffix."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Protocol, runtime_checkable

from ..config import Settings
from ..records import Problem, RawDocument
from ..registry import Registry


@runtime_checkable
class Reader(Protocol):
    """Turns one file into raw documents.

    ``read`` raises an :class:`~storylens.errors.IngestError` subclass when the whole file is
    unusable. A reader of many-item files (JSONL, WARC) may also yield a :class:`Problem` for
    one bad item and go on; a reader that only yields ``RawDocument`` fits the protocol too.
    """

    name: str
    # Lower-case file name endings, dot included (".txt", ".warc.gz").
    suffixes: tuple[str, ...]

    def read(self, path: Path, settings: Settings) -> Iterator[RawDocument | Problem]:
        """Yield the file's documents; raise IngestError when the whole file is unusable."""
        ...


readers: Registry[Reader] = Registry("reader")


def load_readers() -> list[Reader]:
    """Build every registered reader once per run (readers hold no state between files)."""
    return [readers.create(name) for name in readers.names()]


def reader_for(path: Path, available: list[Reader]) -> Reader | None:
    """The reader whose suffix matches the file name; the longest suffix wins (.warc.gz)."""
    name = path.name.lower()
    best: tuple[int, Reader] | None = None
    for reader in available:
        for suffix in reader.suffixes:
            if name.endswith(suffix.lower()) and (best is None or len(suffix) > best[0]):
                best = (len(suffix), reader)
    return best[1] if best else None


def supported_suffixes(available: list[Reader]) -> list[str]:
    """Every suffix some reader handles, sorted, for messages that say what would work."""
    return sorted({suffix for reader in available for suffix in reader.suffixes})
