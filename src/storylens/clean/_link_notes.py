"""Link-language notes: the site's remark on the language of the page a link points to.

Citizen-media and translation sites mark every link with its target's language:
"Mohamed Morsi [it], esponente dei Fratelli Musulmani [it]", "des tests de virginité
[en anglais]", "@EgyPresidency [en, come tutti i link salvo dove diversamente indicato]".
The note is no word of the article: left in, it ends up inside titles, claim quotes and
brief sentences. A bracket is a note when it holds language codes (ISO 639-1, lower case,
as sites write them) or "in <language>" in one of the languages served, language names
coming from CLDR (``babel``), with at most a remark after a comma.
"""

from __future__ import annotations

import re
from functools import cache

from babel import Locale

from ..records import Removed

_BRACKET = re.compile(r"[ \u00a0]?\[(?P<inner>[^\[\]\n]{2,80})\]")
_CODES_SPLIT = re.compile(r"\s*[/,]\s*|\s+")
# "in <language>" in the languages whose sites write such notes.
_IN_WORDS = ("en", "in", "auf", "на", "بال")
_NOTE_LOCALES = ("en", "fr", "es", "it", "de", "pt", "ru", "ar")


@cache
def _codes() -> frozenset[str]:
    return frozenset(code for code in map(str, Locale("en").languages) if len(code) == 2)


@cache
def _language_names() -> frozenset[str]:
    names: set[str] = set()
    for locale in _NOTE_LOCALES:
        names.update(str(name).casefold() for code, name in Locale(locale).languages.items()
                     if len(str(code)) == 2)
    return frozenset(names)


def is_link_note(inner: str) -> bool:
    """True for "it", "en, ar", "en/fr", "en, come tutti i link …", "en anglais",
    "enanglais", "in inglese"; False for "sic", "AP", "1", "…" or any other bracket."""
    head = inner.split(",", 1)[0].split(";", 1)[0].strip()
    if not head or head != head.lower():
        return False
    parts = [p for p in _CODES_SPLIT.split(head) if p]
    if all(p in _codes() for p in parts):
        return True
    names = _language_names()
    if len(parts) == 2 and parts[0] in _IN_WORDS and parts[1] in names:
        return True
    return len(parts) == 1 and any(head.startswith(w) and head[len(w):] in names
                                   for w in _IN_WORDS)


def strip_link_notes(text: str) -> tuple[str, list[Removed]]:
    """``text`` without its link-language notes, and the notes as one removed block."""
    notes: list[str] = []

    def cut(match: re.Match[str]) -> str:
        if not is_link_note(match["inner"]):
            return match[0]
        notes.append(match[0].strip())
        return ""

    kept = _BRACKET.sub(cut, text) if "[" in text else text
    return kept, [Removed(text="\n".join(notes), kind="other")] if notes else []
