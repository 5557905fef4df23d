"""Title, byline and date from the lines above a plain-text article body."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import _vocab
from ._dates import PUBLISHED_LABEL, find_dates
from ._lines import SELF_REFERENCE, strong_kind

_BYLINE = re.compile(
    r"^\s*(?:written by|reported by|by|par|por|von|di|texte\s*:|text\s*:|autor(?:a|in)?\s*:|"
    r"автор(?:ы)?\s*:?|текст\s*:|بقلم\s*:?|كتب\s*:?)\s*(?P<name>\S.*)$",
    re.IGNORECASE,
)
# Where a byline's name ends: a separator, a date, an "on/le/am" before a date.
_NAME_END = re.compile(r"\s*(?:[|•·,;(\[]|\s[—–-]\s|\s(?:on|le|el|am|il|updated|mis)\s)",
                       re.IGNORECASE)
# Lowercase words allowed inside a name: "Jane Smith and John Doe", "Charles de Gaulle".
_NAME_PARTICLES = frozenset({
    "and", "et", "y", "und", "e", "и", "de", "du", "des", "la", "le", "van", "von", "der",
    "den", "da", "di", "del", "al", "bin", "ibn", "el",
})
# Bylines name one to a few people; longer "names" are sentences that start with "By".
_MAX_NAME_WORDS = 8
_MAX_BYLINE = 160
# A date line is a date, maybe a time, and a few words ("Published", "Mis à jour le").
_MAX_DATE_LINE = 120
_MAX_DATE_LINE_WORDS = 5
# Headlines: a few words, not a paragraph. Bounds from the pages we looked at.
_TITLE_MIN_CHARS = 15
_TITLE_MAX_CHARS = 250
_TITLE_MIN_WORDS = 3
# A stylesheet or script line left in a scraped page ("-o-transition: all 0.9s ease 0s;",
# "a:hover{color:#000;}"): a headline never ends on a semicolon or holds a brace.
_CODE_LINE = re.compile(r"[{}]|;\s*$")
# A dateline is a place (and "le"/"el") before the date: "PARIS, le 3 mars 2024 (AFP) -".
_MAX_DATELINE_WORDS = 4
_DATELINE_TAIL = 20
# A dateline without a full date: a place in capitals ("RABAT, March 15 (Agency) — ") or
# a place and an agency in brackets ("Le Caire (AFP) - "), then a dash.
_PLACE_DATELINE = re.compile(
    r"(?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ' .-]{2,30},[^—–\n]{0,50}?"
    r"|[A-ZÀ-ÖØ-Þ][\w' .-]{1,30}\s\([^()\n]{1,30}\)\s*)[—–-]+\s+")
# The dash (or colon) after the date and agency that opens the first sentence.
_DATELINE_END = re.compile(r"(?:\([^()\n]{1,40}\))?\s*[—–:-]+\s+")
# The title sits right above the byline or date, at most this many lines up.
_TITLE_REACH = 3


@dataclass
class HeadMeta:
    """Metadata found in the head; ``used`` are the head lines it came from."""

    title: str | None = None
    author: str | None = None
    published: str | None = None
    title_index: int | None = None
    used: set[int] = field(default_factory=set)


def byline_author(line: str) -> str | None:
    """The name in a "By Jane Smith" / "Par …" / "بقلم …" / "Автор: …" line, if it is one."""
    if len(line) > _MAX_BYLINE:
        return None
    match = _BYLINE.match(line)
    if not match:
        return None
    name = match.group("name")
    dates = find_dates(name)
    if dates:
        name = name[: dates[0].start]
    name = _NAME_END.split(name, maxsplit=1)[0].strip(" .:-–—")
    words = name.split()
    if not 1 <= len(words) <= _MAX_NAME_WORDS:
        return None
    cased = [w for w in words if w[:1].isalpha() and w[:1].lower() != w[:1].upper()]
    if cased and (not words[0][:1].isupper()
                  or any(not w[:1].isupper() and w.lower() not in _NAME_PARTICLES
                         for w in cased)):
        return None
    return name


def date_line(line: str) -> str | None:
    """The ISO date of a line that is only a date (and a time, and a label)."""
    if len(line) > _MAX_DATE_LINE:
        return None
    dates = find_dates(line)
    if not dates:
        return None
    rest = line
    for match in reversed(dates):
        rest = rest[: match.start] + " " + rest[match.end:]
    rest = _vocab.CLOCK.sub(" ", rest)
    words = re.sub(r"[\W\d_]+", " ", rest).split()
    return dates[0].iso if len(words) <= _MAX_DATE_LINE_WORDS else None


def _is_word(token: str) -> bool:
    """A token with two letters or more: "30-06-13 à 17h43" has no words a title needs."""
    return sum(char.isalpha() for char in token) >= 2


def is_headline(line: str) -> bool:
    """A line that could be an article title: a few words, no chrome, no full paragraph."""
    text = line.strip()
    return (
        _TITLE_MIN_CHARS <= len(text) <= _TITLE_MAX_CHARS
        and sum(_is_word(token) for token in text.split()) >= _TITLE_MIN_WORDS
        and not text[:1].islower()  # "à Le Caire (AFP)": a dateline, not a headline
        and not text.endswith(":")
        and "http" not in text
        and not _CODE_LINE.search(text)
        and strong_kind(text) is None
        and not SELF_REFERENCE.search(text)  # "Ce billet fait partie de notre dossier…"
        and byline_author(text) is None
        and date_line(text) is None
    )


def head_metadata(head: list[str], title_hint: str | None) -> HeadMeta:
    """Byline, dates and title among the lines above the body."""
    meta = HeadMeta()
    dated: list[tuple[int, str, bool]] = []
    for index, line in enumerate(head):
        author = byline_author(line)
        if author is not None:
            meta.author = meta.author or author
            meta.used.add(index)
            dates = find_dates(line)
            if dates:
                dated.append((index, dates[0].iso, bool(PUBLISHED_LABEL.search(line))))
            continue
        iso = date_line(line)
        if iso is not None:
            meta.used.add(index)
            dated.append((index, iso, bool(PUBLISHED_LABEL.search(line))))
    labelled = [iso for _, iso, published in dated if published]
    ordered = labelled or [iso for _, iso, _ in dated]
    meta.published = ordered[0] if ordered else None
    meta.title_index = _title_index(head, meta.used, title_hint)
    if meta.title_index is not None:
        meta.used.add(meta.title_index)
        meta.title = head[meta.title_index].strip()
    return meta


def _title_index(head: list[str], used: set[int], title_hint: str | None) -> int | None:
    """The title line: the given title if present, else the headline above the byline,
    else the last headline before the body."""
    if title_hint:
        wanted = " ".join(title_hint.split()).casefold()
        for index, line in enumerate(head):
            if " ".join(line.split()).casefold() == wanted:
                return index
    if used:
        first = min(used)
        for index in range(first - 1, max(-1, first - 1 - _TITLE_REACH), -1):
            if index not in used and is_headline(head[index]):
                return index
    candidates = [i for i, line in enumerate(head) if i not in used and is_headline(line)]
    return candidates[-1] if candidates else None


def dateline_date(paragraph: str) -> str | None:
    """The date of a dateline opening the body: "PARIS, 3 mars 2024 (AFP) - ..."."""
    found = _dateline(paragraph)
    return found[0] if found else None


def dateline_end(paragraph: str) -> int:
    """Where the first sentence starts after a dateline ("RABAT, March 15 (Agency) — "),
    0 when the paragraph opens with none."""
    found = _dateline(paragraph)
    if found and found[1]:
        return found[1]
    plain = _PLACE_DATELINE.match(paragraph)
    return plain.end() if plain else 0


def _dateline(paragraph: str) -> tuple[str, int] | None:
    dates = find_dates(paragraph[:120])
    if not dates:
        return None
    prefix = paragraph[: dates[0].start]
    words = prefix.split()
    if "," not in prefix or len(words) > _MAX_DATELINE_WORDS or not words[0][:1].isupper():
        return None
    # The dateline ends with an agency in brackets or a dash before the first sentence.
    after = paragraph[dates[0].end: dates[0].end + _DATELINE_TAIL]
    if not re.search(r"[(—–:-]", after):
        return None
    dash = _DATELINE_END.search(paragraph, dates[0].end, dates[0].end + 2 * _DATELINE_TAIL)
    return dates[0].iso, dash.end() if dash else 0
