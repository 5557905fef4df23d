"""Built-in reader for JSON Lines: one article per line; a bad line never stops the file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import IO

from ..config import Settings
from ..errors import IngestError
from ..records import Problem, RawDocument
from ._json import json_object
from ._reader import Reader, readers

_OPTIONAL = ("url", "title", "published", "outlet", "author", "language")
# Enough of the head of a file to tell a binary file from text without reading it all.
_SNIFF_BYTES = 8192


class JsonlReader:
    """Each line is an object with ``text`` or ``html`` and optional metadata."""

    name = "jsonl"
    suffixes: tuple[str, ...] = (".jsonl",)

    def read(self, path: Path, settings: Settings) -> Iterator[RawDocument | Problem]:
        """Stream the lines; each is capped at ``max_file_bytes`` (files may be huge)."""
        with path.open("rb") as handle:
            head = handle.read(_SNIFF_BYTES)
            if not head.strip():
                raise IngestError(str(path), "file is empty; remove it or re-export it")
            if b"\x00" in head:
                raise IngestError(str(path), "looks like a binary file (NUL bytes), not JSON "
                                             "Lines; remove it or export one JSON object a line")
            handle.seek(0)
            for number, line in _lines(handle, settings.max_file_bytes):
                source = f"{path}#L{number}"
                if line is None:
                    yield _problem(source, number, f"is over the max_file_bytes limit of "
                                   f"{settings.max_file_bytes:,} bytes; split the article "
                                   "or raise max_file_bytes")
                    continue
                if not line.strip():
                    continue
                try:
                    yield _document(source, line, settings)
                except ValueError as exc:
                    yield _problem(source, number, str(exc))


def _lines(handle: IO[bytes], cap: int) -> Iterator[tuple[int, bytes | None]]:
    """Numbered lines; ``None`` stands for a line longer than ``cap`` (skipped, not kept)."""
    number = 0
    while True:
        line = handle.readline(cap + 1)
        if not line:
            return
        number += 1
        if len(line) > cap and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = handle.readline(cap + 1)
            yield number, None
            continue
        yield number, line


def _document(source: str, line: bytes, settings: Settings) -> RawDocument:
    """One line to a RawDocument; ValueError says what is wrong with the line."""
    record = json_object(line, 'one {"text": ...} object per line',
                         "; JSON Lines files must be UTF-8")
    fields: dict[str, str | None] = {}
    for key in (*_OPTIONAL, "text", "html"):
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            raise ValueError(f"field {key!r} must be a string, not {type(value).__name__}")
        fields[key] = (value.strip() or None) if isinstance(value, str) else None
    html, text = fields["html"], fields["text"]
    if not text and not html:
        raise ValueError("has no \"text\" or \"html\" field with content; add the article body")
    return RawDocument(
        source=source,
        format="html" if html and not text else "text",
        content=str(text or html),
        url=fields["url"], title=fields["title"], published=fields["published"],
        outlet=fields["outlet"], author=fields["author"],
        language_hint=fields["language"] or settings.lang_hint,
    )


def _problem(source: str, number: int, what: str) -> Problem:
    return Problem(source=source, stage="ingest", message=f"line {number} {what}")


@readers.register("jsonl")
def make_jsonl_reader() -> Reader:
    """Registered like any third-party reader would be."""
    return JsonlReader()
