"""Built-in reader for web archives: the HTML responses of a WARC file."""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import DecompressingBufferedReader
from warcio.exceptions import ArchiveLoadFailed

from ..config import Settings
from ..errors import IngestError
from ..records import Problem, RawDocument
from ._decode import charset_from_content_type, charset_from_meta, decode_bytes
from ._reader import Reader, readers

_HTML_TYPES = ("text/html", "application/xhtml+xml")
# WARC and HTTP header lines are short (long URLs and cookies stay under a few KiB); a
# longer "line" is a broken or hostile file, and warcio would buffer all of it.
MAX_HEADER_LINE_BYTES = 64 * 1024


class _HeaderLineTooLong(Exception):
    """A line of the archive is longer than any real header line."""


class _CappedLineReader(DecompressingBufferedReader):
    """warcio's reader with a bound on every line it is asked for.

    warcio reads header lines with an unbounded ``readline``, growing the line by
    concatenation: 1 GiB of zeros took 2.2 GB and over a minute. Here a line stops at
    ``MAX_HEADER_LINE_BYTES`` and a longer one ends the file with one problem.
    """

    def readline(self, length: int | None = None) -> bytes:
        bound = MAX_HEADER_LINE_BYTES + 1 if not length else min(length, MAX_HEADER_LINE_BYTES + 1)
        line: bytes = super().readline(bound)
        if len(line) > MAX_HEADER_LINE_BYTES:
            raise _HeaderLineTooLong
        return line


def _archive_records(handle: Any) -> ArchiveIterator:
    """warcio's record iterator over ``handle``, reading lines through the capped reader."""
    iterator = ArchiveIterator(handle)
    iterator.reader.__class__ = _CappedLineReader
    return iterator


class WarcReader:
    """Each HTTP response with an HTML body is one article; everything else is skipped."""

    name = "warc"
    suffixes: tuple[str, ...] = (".warc", ".warc.gz")

    def read(self, path: Path, settings: Settings) -> Iterator[RawDocument | Problem]:
        """Stream the records; each body is read with a byte cap (decompression bombs)."""
        if path.stat().st_size == 0:
            raise IngestError(str(path), "file is empty; remove it or re-export the archive")
        _check_magic(path)
        found = False
        with path.open("rb") as handle:
            try:
                for number, record in enumerate(_archive_records(handle), start=1):
                    item = _item(path, number, record, settings)
                    if item is not None:
                        found = True
                        yield item
            except _HeaderLineTooLong:
                raise IngestError(str(path), f"has a header line over {MAX_HEADER_LINE_BYTES:,} "
                                             "bytes; not a valid WARC (the file may be "
                                             "corrupt)") from None
            except ArchiveLoadFailed as exc:
                raise IngestError(str(path), f"is not a readable WARC file ({_first_line(exc)}); "
                                             "check that it is a WARC or WARC.gz") from None
            except (OSError, EOFError, zlib.error) as exc:
                raise IngestError(str(path), f"is truncated or corrupt ({_first_line(exc)}); "
                                             "re-download the archive") from None
            except (AttributeError, TypeError, ValueError, KeyError, IndexError) as exc:
                # warcio assumes well-formed headers (a response with no target URI fails
                # deep inside it): a malformed record ends the file with one problem.
                raise IngestError(str(path), f"has a malformed record ({type(exc).__name__}: "
                                             f"{_first_line(exc)}); the archive may be "
                                             "corrupt") from None
        if not found:
            raise IngestError(str(path), "has no HTTP response with an HTML page; "
                                         "nothing to read (check the crawl's filters)")


def _check_magic(path: Path) -> None:
    """Refuse files that are not WARC (warcio would read any text as an old ARC file)."""
    try:
        with path.open("rb") as raw:
            start = raw.read(2)
            raw.seek(0)
            head = gzip.GzipFile(fileobj=raw).read(5) if start == b"\x1f\x8b" else raw.read(5)
    except (OSError, EOFError, zlib.error):
        head = b""
    if head != b"WARC/":
        raise IngestError(str(path), "is not a WARC file (no WARC/ header); "
                                     "check that it is a WARC or WARC.gz archive")


def _item(path: Path, number: int, record: Any, settings: Settings
          ) -> RawDocument | Problem | None:
    """The document in one record, a Problem for a bad one, None for one to skip."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    content_type = record.http_headers.get_header("Content-Type") or ""
    if content_type.split(";")[0].strip().lower() not in _HTML_TYPES:
        return None
    status = record.http_headers.get_statuscode() or ""
    if not status.startswith("2"):
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    source = f"{path}#R{number}"
    cap = settings.max_file_bytes
    try:
        body = record.content_stream().read(cap + 1)
    except (OSError, EOFError, ValueError, zlib.error) as exc:
        return _problem(source, url, f"has a body that cannot be decompressed "
                        f"({_first_line(exc)}); the archive may be corrupt")
    if len(body) > cap:
        return _problem(source, url, f"has a body over the max_file_bytes limit of {cap:,} "
                        "bytes (possibly a decompression bomb); skipped")
    if not body.strip():
        return _problem(source, url, "has an empty body; skipped")
    declared = (charset_from_content_type(content_type), charset_from_meta(body))
    try:
        text = decode_bytes(body, source, declared)
    except IngestError as exc:
        return _problem(source, url, exc.reason)
    return RawDocument(source=source, format="html", content=text, url=url,
                       language_hint=settings.lang_hint)


def _problem(source: str, url: str | None, what: str) -> Problem:
    where = f"record for {url}" if url else "record"
    return Problem(source=source, stage="ingest", message=f"{where} {what}")


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]


@readers.register("warc")
def make_warc_reader() -> Reader:
    """Registered like any third-party reader would be."""
    return WarcReader()
