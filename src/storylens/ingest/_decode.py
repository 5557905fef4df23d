"""Bytes to text for every reader: size caps, encoding detection, binary detection."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from charset_normalizer import from_bytes

from ..config import Settings
from ..errors import IngestError

# Encodings a news page or a scrape of one can plausibly be in: the WHATWG web encodings.
# Without this list charset-normalizer picks DOS code pages (cp775, cp850) for short
# cp1252 texts with curly quotes, which decode to the wrong punctuation.
WEB_ENCODINGS = [
    "utf_8", "utf_16", "utf_16_le", "utf_16_be", "cp1252", "cp1250", "cp1251", "cp1253",
    "cp1254", "cp1255", "cp1256", "cp1257", "cp1258", "iso8859_2", "iso8859_4", "iso8859_5",
    "iso8859_6", "iso8859_7", "iso8859_8", "iso8859_10", "iso8859_13", "iso8859_15",
    "iso8859_16", "koi8_r", "koi8_u", "mac_cyrillic", "gb18030", "big5", "euc_jp",
    "iso2022_jp", "shift_jis", "euc_kr", "cp874",
]
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# A <meta charset> must sit in the first 1024 bytes by the HTML spec; we look a little
# further because scraped pages often carry long comments or scripts before it.
_META_SNIFF_BYTES = 4096
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
# Text has tabs and newlines but almost no other control characters; over 1 % means a
# binary file that happened to decode (real texts we tried had none at all).
_MAX_CONTROL_RATIO = 0.01
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# Code points real text never holds: C0 and C1 controls, interlinear annotation marks and
# noncharacters. Bytes decoded with the wrong codec (UTF-16 read from random bytes) are
# full of them, while their other characters look like ideographs.
_NOT_TEXT = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufff9-\ufffb\ufffe\uffff]")


def read_capped(path: Path, settings: Settings) -> bytes:
    """Read a whole file, refusing empty files and files over ``max_file_bytes``."""
    size = path.stat().st_size
    if size > settings.max_file_bytes:
        raise IngestError(
            str(path),
            f"file is {size:,} bytes, over the max_file_bytes limit of "
            f"{settings.max_file_bytes:,}; split it or raise max_file_bytes",
        )
    data = path.read_bytes()
    if not data.strip():
        raise IngestError(str(path), "file is empty; remove it or re-export the article")
    return data


def charset_from_content_type(value: str | None) -> str | None:
    """The ``charset=`` parameter of an HTTP Content-Type header, if it names a codec."""
    if not value:
        return None
    match = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", value, re.I)
    return _known_codec(match.group(1)) if match else None


def charset_from_meta(data: bytes) -> str | None:
    """The charset an HTML page declares in its <meta> tags, if it names a codec."""
    match = _META_CHARSET.search(data[:_META_SNIFF_BYTES])
    return _known_codec(match.group(1).decode("ascii", "replace")) if match else None


def decode_bytes(data: bytes, source: str, declared: tuple[str | None, ...] = ()) -> str:
    """Decode text bytes: BOM, then declared charsets, then UTF-8, then detection."""
    text = _decode(data, declared)
    if text is None:
        if b"\x00" in data:
            raise IngestError(source, "looks like a binary file (NUL bytes), not text; "
                                      "remove it or export the article as text")
        raise IngestError(source, "is not valid UTF-8 and no other text encoding fits; "
                                  "re-save it as UTF-8")
    controls = len(_CONTROL.findall(text))
    if len(_NOT_TEXT.findall(text)) > _MAX_CONTROL_RATIO * len(text):
        raise IngestError(source, "looks like a binary file (control bytes), not text; "
                                  "remove it or export the article as text")
    if controls:  # a stray NUL in a scraped page: drop it, as browsers do
        text = _CONTROL.sub("", text)
    if not text.strip():
        raise IngestError(source, "file is empty; remove it or re-export the article")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode(data: bytes, declared: tuple[str | None, ...]) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    for candidate in (*declared, "utf-8"):
        if candidate:
            try:
                return data.decode(candidate)
            except (UnicodeDecodeError, LookupError):
                continue
    best = from_bytes(data, cp_isolation=WEB_ENCODINGS).best()
    return None if best is None else str(best)


def _known_codec(name: str) -> str | None:
    try:
        codec = codecs.lookup(name.strip()).name
    except LookupError:
        return None
    # Browsers read pages labelled latin-1 or ascii as windows-1252 (WHATWG), and so do
    # the pages: their curly quotes are cp1252 bytes that latin-1 turns into controls.
    return "cp1252" if codec in {"iso8859-1", "latin-1", "ascii"} else codec
