"""One line of a page, judged alone: is it prose, is it chrome, and which kind of chrome."""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import NamedTuple

from ..records import Removed, RemovedKind
from . import _vocab
from ._dates import find_dates


class Tag(NamedTuple):
    """What a chrome line is; ``opens`` says it starts a section, ``marker`` how surely
    it ends an article body (0 not at all, 1 a weak sign such as a bio, 2 a section header),
    ``inline`` that it also sits inside bodies ("Read more: ...", ad slots)."""

    kind: RemovedKind
    opens: bool
    marker: int
    inline: bool = False


# Kinds whose UI words we test, in the order ties are broken.
_UI_KINDS: tuple[RemovedKind, ...] = ("login", "share", "cookie", "comment", "navigation")
_HEADER_KINDS: tuple[RemovedKind, ...] = ("comment", "related", "author_bio")
_LEAD_KINDS: tuple[RemovedKind, ...] = ("related", "author_bio", "share", "login")


def _words(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.IGNORECASE)


_UI = {kind: _words(_vocab.UI_WORDS[kind]) for kind in _UI_KINDS}
_ALL_UI = _words("|".join(_vocab.UI_WORDS[kind] for kind in _UI_KINDS))
_HEADER = {
    kind: re.compile(rf"(?:{pattern})[\s:.!…>»→|-]*", re.IGNORECASE)
    for kind, pattern in _vocab.HEADERS.items()
}
_LEAD = {kind: re.compile(rf"(?:{pattern})", re.IGNORECASE)
         for kind, pattern in _vocab.LEADS.items()}
# A page speaking about itself ("Ce billet fait partie de notre dossier", "Esta publicación
# es parte de", "This post is part of"): a series note, never a title or what happened.
SELF_REFERENCE = re.compile(
    r"\b(?:this|ce|cet|cette|este|esta|questo|questa|dieser|diese|dieses)\s+"
    r"(?:post|article|story|page|billet|publication|publicación|artículo|entrada|articolo|"
    r"pubblicazione|beitrag|artikel|blog|website|site web|site internet|sitio web|sito|"
    r"sito web|webseite|website)\b", re.IGNORECASE)
_TERMINAL = re.compile(r"[.!?…؟。！？][\"'»”’)\]」』]*\s*$")
_URL = re.compile(r"https?://|www\.\w", re.IGNORECASE)
_MENU_SPLIT = re.compile(r"\s*(?:\||•|·|»|›|>)\s*|\s+/\s+")

# Code left in a page's text: this share of its characters is code punctuation.
_CODE_CHARS = frozenset('{}[]<>;:=\\/*"|$#@')
_CODE_DENSITY = 0.12
_CODE_MIN_CHARS = 40
# ... or style rules in a row (".gallery .viewport{margin-bottom:1rem}" three times).
_CSS_RULE = re.compile(r"[\w\])-]\s*\{[^{}:]{1,80}:[^{}]{1,200}\}")
_CSS_RULES = 3
# A line this short without a full stop is a button, a menu item or a subhead.
SHORT_LINE = 40
# UI-word lines are short; anything longer is a sentence that merely uses the words.
_MAX_UI_LINE = 100
# Share of a line's letters that UI words must cover for it to be chrome: "Sign in |
# Register" is 100 %, "Home" 100 %, while a headline that mentions "sport" is far below.
_UI_COVERAGE = 0.7
# Headers ("Related articles", "Leave a reply") are short; "One thought on <title>" is not.
_MAX_HEADER_LINE = 250
# Teasers ("Read more: ...") and cookie banners can be a couple of sentences long.
_MAX_LEAD_LINE = 400
# Menus print at least three short items on one line ("World | Politics | Sport").
_MIN_MENU_ITEMS = 3
_MAX_MENU_ITEM = 30
# Photo credits and source notes are a name or two: "Foto: dpa / Jan Nowak".
_MAX_CREDIT_LINE = 120
# A dated reader-comment header is a name, a date and a time: never much longer.
_MAX_COMMENT_HEAD = 90
# Prose: a sentence of some words; 150+ characters count even without a final stop
# (scrapes sometimes lose it). Scores grow by one per 50 characters of prose, so one
# paragraph of ~250 characters outweighs five menu lines.
_PROSE_MIN_CHARS = 40
_PROSE_MIN_WORDS = 6
_PROSE_ANY_END = 150
_CHARS_PER_POINT = 50.0
# No character below U+1100 (the first Hangul jamo) is wide: skip the Unicode lookup.
_FIRST_WIDE = 0x1100
# The characters at or above it, found by the regex engine rather than a Python loop over
# every character (that loop was a tenth of cleaning's time on European text).
_MAYBE_WIDE = re.compile(f"[{chr(_FIRST_WIDE)}-{chr(0x10FFFF)}]")
_CHROME_PENALTY = 3.0
_SHORT_PENALTY = 1.0
_URL_PENALTY = 2.0
_LONG_FRAGMENT_PENALTY = 0.5
# Teasers and ad slots interrupt bodies without ending them: a small cost, so that a short
# paragraph after "Read more: ..." still joins the body.
_INLINE_PENALTY = 0.5


def reading_length(line: str) -> int:
    """Length of a line in Latin-letter terms: a wide letter (Chinese, Japanese, Korean)
    counts twice, as one holds about as much as two Latin letters. Only letters count:
    mis-decoded bytes also land in wide ranges, as unassigned or special code points."""
    return len(line) + sum(1 for ch in _MAYBE_WIDE.findall(line) if ch.isalpha()
                           and unicodedata.east_asian_width(ch) in "WF")


def word_count(line: str) -> int:
    """Words of a line; text written without spaces counts a word per two wide characters
    (the usual length of a Chinese or Japanese word)."""
    return len(line.split()) + (reading_length(line) - len(line)) // 2


def is_prose(line: str) -> bool:
    """A line that reads as article sentences rather than a label or a link."""
    length = reading_length(line)
    if length < _PROSE_MIN_CHARS or word_count(line) < _PROSE_MIN_WORDS:
        return False
    if _URL.search(line) and len(_URL.sub("", line)) < _PROSE_ANY_END:
        return False
    return bool(_TERMINAL.search(line)) or length >= _PROSE_ANY_END


@functools.lru_cache(maxsize=1 << 15)
def strong_kind(line: str) -> Tag | None:
    """The chrome kind a line surely is, from its words alone; None when it may be body.

    Remembered per line (pure; ``Tag`` is immutable): cleaning asks again for the same
    line (joining wrapped lines, then tagging) and sites repeat their chrome (issue 11)."""
    text = line.strip()
    lower = text.casefold()
    if not text:
        return None
    if len(text) <= _MAX_LEAD_LINE and _vocab.COOKIE_HINT.search(text) \
            and _vocab.COOKIE_SENTENCE.search(text):
        return Tag("cookie", False, 0)
    if len(text) <= _MAX_HEADER_LINE:
        for kind in _HEADER_KINDS:
            if _HEADER[kind].fullmatch(lower):
                return Tag(kind, True, 2)
    if is_comment_head(text):
        return Tag("comment", True, 2)
    if len(text) <= _MAX_LEAD_LINE:
        for kind in _LEAD_KINDS:
            if _LEAD[kind].match(lower):
                return Tag(kind, kind == "related", 0, kind == "related")
        if len(text) <= _MAX_HEADER_LINE and _vocab.LEGAL.search(text):
            return Tag("other", False, 0)
        if _vocab.AD_LINE.fullmatch(lower):
            return Tag("other", False, 0, True)
        if len(text) <= _MAX_CREDIT_LINE and _vocab.CREDIT.match(text):
            return Tag("other", False, 0, True)
        if len(text) <= _MAX_HEADER_LINE and _vocab.DISCLOSURE.search(text):
            return Tag("other", False, 0, True)
        if len(text) <= _MAX_HEADER_LINE and _vocab.PROMO.search(text):
            return Tag("login", False, 0, True)
        if len(text) <= _MAX_HEADER_LINE and _vocab.UI_MESSAGE.search(text):
            return Tag("other", False, 0, True)
    if len(text) <= _MAX_LEAD_LINE and is_bio(text):
        return Tag("author_bio", True, 1)
    if len(text) <= _MAX_UI_LINE:
        ui = _ui_kind(lower)
        if ui is not None:
            return Tag(ui, ui in ("navigation", "comment"), 2 if ui == "comment" else 0)
    if _is_menu(text):
        return Tag("navigation", True, 0)
    if is_code(text):
        return Tag("other", False, 0, True)
    return None


def is_code(text: str) -> bool:
    """Style sheets, scripts and data blobs left in a page's text ("/*<![CDATA[*/.c-gallery
    {margin-bottom:1rem}", '{"type":"gallery","object":{…'): dense in code punctuation
    and holding a brace or a markup close. Prose with quotes stays far below the bar."""
    if len(text) < _CODE_MIN_CHARS or not ("{" in text or "</" in text):
        return False
    return (sum(ch in _CODE_CHARS for ch in text) >= _CODE_DENSITY * len(text)
            or len(_CSS_RULE.findall(text)) >= _CSS_RULES)


def is_bio(text: str) -> bool:
    """A "<Name> is a reporter at ..." sentence (any supported language)."""
    first = text.split(maxsplit=1)[0].casefold().strip(",.")
    return first not in _vocab.BIO_NOT_NAMES and bool(_vocab.BIO_SENTENCE.match(text))


def is_comment_head(text: str) -> bool:
    """A reader comment's header: "John says:" or "Jean Dupont 12 mars 2024 à 14:05"."""
    if len(text) > _MAX_COMMENT_HEAD:
        return False
    if _vocab.COMMENT_SAYS.match(text):
        return True
    if not _vocab.CLOCK.search(text):  # the cheap test first (issue 11)
        return False
    dates = find_dates(text)
    if not dates:
        return False
    name = text[: dates[0].start].strip(" ,-–—|·")
    words = name.split()
    return 1 <= len(words) <= 4 and all(w[:1].isupper() for w in words)


def score(line: str, tag: Tag | None) -> float:
    """How much a line looks like article body: positive for prose, negative for chrome."""
    if tag is not None and tag.inline:
        return -_INLINE_PENALTY
    if tag is not None and tag.kind != "author_bio":
        return -max(_CHROME_PENALTY, reading_length(line) / _CHARS_PER_POINT)
    if is_prose(line):
        return reading_length(line) / _CHARS_PER_POINT
    if _URL.search(line):
        return -_URL_PENALTY
    if reading_length(line) < SHORT_LINE:
        return -_SHORT_PENALTY
    return -_LONG_FRAGMENT_PENALTY


def fallback_kind(line: str) -> RemovedKind:
    """Kind of a cut line no vocabulary matched: short ones are menu items."""
    return ("navigation" if reading_length(line) < SHORT_LINE and not is_prose(line)
            else "other")


def label_lines(lines: list[str], section: RemovedKind | None = None,
                tags: list[Tag | None] | None = None) -> list[RemovedKind]:
    """A kind for each cut line; a header's kind carries on to the lines under it.
    ``tags`` are the lines' :func:`strong_kind` when the caller has them already."""
    kinds: list[RemovedKind] = []
    for index, line in enumerate(lines):
        tag = strong_kind(line) if tags is None else tags[index]
        if tag is not None:
            if tag.opens:
                section = tag.kind
            kinds.append(tag.kind)
        else:
            kinds.append(section or fallback_kind(line))
    return kinds


def group_removed(lines: list[str], kinds: list[RemovedKind]) -> list[Removed]:
    """Consecutive cut lines of one kind become one Removed block (newline-joined)."""
    blocks: list[Removed] = []
    for line, kind in zip(lines, kinds, strict=True):
        if blocks and blocks[-1].kind == kind:
            blocks[-1].text += "\n" + line
        else:
            blocks.append(Removed(text=line, kind=kind))
    return blocks


def _ui_kind(lower: str) -> RemovedKind | None:
    """The kind whose UI words make up most of a short line, if they make up enough."""
    letters = _letters(lower)
    if not letters:
        return None
    left = _letters(_ALL_UI.sub(" ", lower))
    if 1 - left / letters < _UI_COVERAGE:
        return None
    best: tuple[int, RemovedKind] | None = None
    for kind in _UI_KINDS:
        covered = letters - _letters(_UI[kind].sub(" ", lower))
        if covered and (best is None or covered > best[0]):
            best = (covered, kind)
    return best[1] if best else None


def _letters(text: str) -> int:
    """How many letters a text holds (``map`` runs the test in C: a generator over each
    character was a third of cleaning's time)."""
    return sum(map(str.isalpha, text))


def _is_menu(text: str) -> bool:
    """Several short items on one line split by bars, bullets or breadcrumb arrows."""
    if (_TERMINAL.search(text) and not text.endswith("...")) or text.startswith("|"):
        return False  # a sentence, or a table row as trafilatura and markdown print it
    items = [item for item in _MENU_SPLIT.split(text) if item.strip()]
    return len(items) >= _MIN_MENU_ITEMS and all(len(item) <= _MAX_MENU_ITEM for item in items)
