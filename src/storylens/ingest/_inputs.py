"""Turn the paths a user names into raw documents, one Problem per unusable input."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from ..config import Settings
from ..errors import IngestError, unexpected_reason
from ..records import Problem, RawDocument
from ._reader import Reader, load_readers, reader_for, supported_suffixes
from ._url import UrlListReader, looks_like_url


def read_inputs(
    paths: Iterable[str | Path], settings: Settings
) -> Iterator[RawDocument | Problem]:
    """Read files, folders (recursively, sorted, hidden names skipped) and http(s) URLs.

    Never raises per input: each unusable one is a Problem and the rest goes on.
    """
    available = load_readers()
    try:
        for given in paths:
            for item in _read_one(given, available, settings):
                yield _encodable(item)
    finally:
        for reader in available:
            close = getattr(reader, "close", None)
            if callable(close):
                close()  # a reader holding a resource for the run (the URL fetcher)


def _read_one(
    given: str | Path, available: list[Reader], settings: Settings
) -> Iterator[RawDocument | Problem]:
    """One named input: a URL, a folder or a file."""
    if looks_like_url(given):
        fetcher = next((r for r in available if isinstance(r, UrlListReader)), None)
        if fetcher is None:
            yield Problem(source=str(given), stage="ingest",
                          message="URLs cannot be read: the 'urls' reader is not registered")
        else:
            yield from fetcher.fetch_documents(str(given), settings)
        return
    path = Path(given)
    if path.is_dir():
        yield from _read_folder(path, available, settings)
    elif path.is_file():
        reader = reader_for(path, available)
        if reader is None:
            yield _problem(path, _unsupported(path, available))
        else:
            yield from _read_file(path, reader, settings)
    elif path.exists():
        yield _problem(path, "not a regular file or folder; name a file or a folder")
    else:
        yield _problem(path, "no such file or folder; check the path")


def _read_folder(
    folder: Path, available: list[Reader], settings: Settings
) -> Iterator[RawDocument | Problem]:
    """Every supported file under ``folder``; a folder that gives nothing is one Problem."""
    documents = supported = unsupported = unreadable = 0
    for path in _walk(folder):
        if isinstance(path, Problem):
            unreadable += 1
            yield path
            continue
        reader = reader_for(path, available)
        if reader is None:
            unsupported += 1
            continue
        supported += 1
        for item in _read_file(path, reader, settings):
            documents += isinstance(item, RawDocument)
            yield item
    if documents or (unreadable and not supported + unsupported):
        return
    if supported:
        why = f"gave no article: all {supported} readable file(s) failed (see their problems)"
    elif unsupported:
        why = (f"has {unsupported} file(s) but none with a supported extension "
               f"({', '.join(supported_suffixes(available))})")
    else:
        why = "is empty"
    yield _problem(folder, f"folder {why}; add article files or name another folder")


def _walk(folder: Path) -> Iterator[Path | Problem]:
    """Files under ``folder`` in sorted order; hidden names and linked folders are skipped.

    A folder that cannot be listed is a Problem of its own, not an empty folder.
    """
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError as exc:
        yield _problem(folder, f"folder cannot be read ({exc.strerror or exc}); "
                               "check its permissions")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            if not entry.is_symlink():
                yield from _walk(entry)
        elif entry.is_file():
            yield entry


def _read_file(path: Path, reader: Reader, settings: Settings) -> Iterator[RawDocument | Problem]:
    """The reader's documents; a failure of the whole file becomes one Problem."""
    try:
        yield from reader.read(path, settings)
    except IngestError as exc:
        yield Problem(source=exc.source, stage="ingest", message=exc.reason)
    except OSError as exc:
        yield _problem(path, f"file cannot be read ({exc.strerror or exc}); check its permissions")
    except Exception as exc:  # a reader's bug or a library's: one problem, never the run
        yield _problem(path, unexpected_reason(exc))


def _encodable(item: RawDocument | Problem) -> RawDocument | Problem:
    """The item with a source (and message) that can be written as UTF-8.

    A file name that is not valid UTF-8 reaches Python as lone surrogates; they are shown
    as ``\\udcXX`` escapes so the report, the store and the terminal can take them.
    """
    item.source = encodable(item.source)
    if isinstance(item, Problem):
        item.message = encodable(item.message)
    return item


def encodable(text: str) -> str:
    """``text`` with lone surrogates written as backslash escapes (valid UTF-8)."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _unsupported(path: Path, available: list[Reader]) -> str:
    suffix = "".join(path.suffixes[-2:]) or "(none)"
    return (f"unsupported file type {suffix}; supported: "
            f"{', '.join(supported_suffixes(available))}; convert it or register a Reader")


def _problem(path: Path, what: str) -> Problem:
    return Problem(source=str(path), stage="ingest", message=what)
