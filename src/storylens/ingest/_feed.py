"""Built-in reader for RSS, Atom and RDF feeds: each entry is one article."""

from __future__ import annotations

import io
import re
import time
import xml.sax
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import feedparser

from ..config import Settings
from ..errors import IngestError
from ..records import Problem, RawDocument
from ._decode import read_capped
from ._reader import Reader, readers

# Root elements of the feed formats feedparser reads: RSS 0.9x/2.0, Atom, RSS 1.0 (RDF).
FEED_ROOTS = frozenset({"rss", "feed", "rdf"})
# The root element must come before this many bytes; real feeds carry at most an XML
# declaration, a stylesheet instruction and a comment or two ahead of it.
_ROOT_SNIFF_BYTES = 4096
_PROLOG = re.compile(rb"\s*(?:<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>)", re.S | re.I)
_ROOT = re.compile(rb"\s*<([A-Za-z_][\w.:-]*)")
# A start or end tag: "<p>", "</b>", "<a href=...>". "a < b" in plain text does not match.
_MARKUP = re.compile(r"</?[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>")
# RSS <author> is "email (Name)"; the name is what a reader of the report wants.
_RSS_AUTHOR = re.compile(r"^\s*\S+@\S+\s*\((.+)\)\s*$")


class FeedReader:
    """A saved feed (``.rss``, ``.atom``, or ``.xml`` whose root is a feed) gives its entries."""

    name = "feed"
    suffixes: tuple[str, ...] = (".rss", ".atom", ".xml")

    def read(self, path: Path, settings: Settings) -> Iterator[RawDocument | Problem]:
        """Parse the whole file (capped at ``max_file_bytes``) and yield its entries."""
        yield from parse_feed(read_capped(path, settings), str(path), settings)


def feed_root(data: bytes) -> str | None:
    """Lower-case local name of the XML root element ("rdf" for <rdf:RDF>), if one is found."""
    head = data[:_ROOT_SNIFF_BYTES].removeprefix(b"\xef\xbb\xbf")
    position = 0
    while match := _PROLOG.match(head, position):
        position = match.end()
    root = _ROOT.match(head, position)
    if root is None:
        return None
    return root.group(1).decode("ascii", "replace").rsplit(":", 1)[-1].lower()


def parse_feed(
    data: bytes, source: str, settings: Settings, url: str | None = None
) -> Iterator[RawDocument | Problem]:
    """Entries of feed bytes as documents; IngestError when the feed as a whole is unusable."""
    root = feed_root(data)
    if root is not None and root not in FEED_ROOTS:
        raise IngestError(source, f"is XML but not an RSS, Atom or RDF feed (root element "
                                  f"<{root}>); only feeds are read from XML")
    headers = {"content-location": url} if url else {}
    try:
        parsed: Any = feedparser.parse(io.BytesIO(data), response_headers=headers)
    except (ValueError, UnicodeError, RecursionError) as exc:
        # feedparser raises on some references, e.g. "&#xD800;" (a lone surrogate).
        raise IngestError(source, f"broken feed XML: {type(exc).__name__}; re-download or "
                                  "repair it") from None
    broken = _bozo_reason(parsed)
    entries = list(parsed.entries)
    if not entries:
        if broken:
            raise IngestError(source, f"broken feed XML: {broken}; re-download or repair it")
        if root is None and not parsed.version:
            raise IngestError(source, "is not an RSS, Atom or RDF feed (no XML root element)")
        raise IngestError(source, "feed has no entries; nothing to read")
    feed: Mapping[str, Any] = parsed.feed
    outlet = _clean(feed.get("title"))
    language = _primary_language(feed.get("language")) or settings.lang_hint
    for number, entry in enumerate(entries, start=1):
        entry_source = f"{source}#entry {number}"
        body, is_html = _body(entry)
        if body is None:
            note = f" (the feed XML is broken: {broken})" if broken else ""
            yield Problem(source=entry_source, stage="ingest",
                          message=f"entry {number} has no text (no content or summary){note}; "
                                  "skipped")
            continue
        yield RawDocument(
            source=entry_source, format="html" if is_html else "text", content=body,
            url=_clean(dict.get(entry, "link")), title=_clean(dict.get(entry, "title")),
            published=_iso_date(entry), outlet=outlet, author=_author(entry),
            language_hint=language,
        )


def _body(entry: Any) -> tuple[str | None, bool]:
    """The fullest text of an entry (content:encoded / content, then summary), and if HTML."""
    candidates: list[tuple[str, str]] = [
        (str(part.get("value") or ""), str(part.get("type") or ""))
        for part in dict.get(entry, "content") or []
    ]
    detail = dict.get(entry, "summary_detail") or {}
    candidates.append((str(dict.get(entry, "summary") or ""), str(detail.get("type") or "")))
    for value, kind in candidates:
        text = value.strip()
        if not text:
            continue
        is_html = kind != "text/plain" and _MARKUP.search(text) is not None
        if is_html and not _MARKUP.sub("", text).strip():
            continue  # markup with no words in it, e.g. a lone <img>
        return text, is_html
    return None, False


def _iso_date(entry: Any) -> str | None:
    """YYYY-MM-DD of the entry's publication (or last update) date, in UTC as feedparser gives."""
    for key in ("published_parsed", "updated_parsed"):
        value = dict.get(entry, key)
        if isinstance(value, time.struct_time):
            return time.strftime("%Y-%m-%d", value)
    return None


def _author(entry: Any) -> str | None:
    """The entry's author's name; RSS "email (Name)" gives the name."""
    raw = _clean(dict.get(entry, "author"))
    if raw is None:
        return None
    match = _RSS_AUTHOR.match(raw)
    return match.group(1).strip() if match else raw


def _primary_language(value: Any) -> str | None:
    """"en" from the feed's "en-GB"; None when the feed declares none."""
    text = _clean(value)
    return text.replace("_", "-").split("-")[0].lower() if text else None


def _bozo_reason(parsed: Any) -> str | None:
    """One line saying why feedparser found the XML malformed, or None when it is well-formed."""
    if not parsed.get("bozo"):
        return None
    exc = parsed.get("bozo_exception")
    if isinstance(exc, xml.sax.SAXParseException):
        return f"{exc.getMessage()} at line {exc.getLineNumber()}, column {exc.getColumnNumber()}"
    if exc is None:
        return "malformed XML"
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]


def _clean(value: Any) -> str | None:
    """A stripped string, or None for missing and blank values."""
    if not isinstance(value, str):
        return None
    return value.strip() or None


@readers.register("feed")
def make_feed_reader() -> Reader:
    """Registered like any third-party reader would be."""
    return FeedReader()
