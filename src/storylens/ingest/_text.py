"""Built-in readers for single-article files: plain text and HTML."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..config import Settings
from ..records import Problem, RawDocument
from ._decode import charset_from_meta, decode_bytes, read_capped
from ._reader import Reader, readers
from ._sidecar import read_sidecar


class TextReader:
    """A ``.txt`` file is one article, often a scraped page with its chrome still in."""

    name = "text"
    suffixes: tuple[str, ...] = (".txt", ".text")

    def read(self, path: Path, settings: Settings) -> Iterator[RawDocument | Problem]:
        """Decode the file in whatever encoding it was saved in; ``name.json`` adds metadata."""
        text = decode_bytes(read_capped(path, settings), str(path))
        meta, problems = read_sidecar(path)
        yield from problems
        yield RawDocument(source=str(path), format="text", content=text,
                          language_hint=settings.lang_hint, **meta)


class HtmlReader:
    """A saved web page is one article; its <meta charset> is trusted when it decodes."""

    name = "html"
    suffixes: tuple[str, ...] = (".html", ".htm")

    def read(self, path: Path, settings: Settings) -> Iterator[RawDocument | Problem]:
        """Decode the page, preferring the charset it declares."""
        data = read_capped(path, settings)
        text = decode_bytes(data, str(path), (charset_from_meta(data),))
        yield RawDocument(source=str(path), format="html", content=text,
                          language_hint=settings.lang_hint)


@readers.register("text")
def make_text_reader() -> Reader:
    """Registered like any third-party reader would be."""
    return TextReader()


@readers.register("html")
def make_html_reader() -> Reader:
    """Registered like any third-party reader would be."""
    return HtmlReader()
