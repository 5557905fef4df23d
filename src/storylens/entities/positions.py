"""Where any word is capitalised, so a capital says nothing about a name (issue 10).

Shared by :mod:`.word_classes` (verbs and adjectives at a line's start) and
:mod:`.common_nouns` (a common noun opening a sentence in a language with no lexicon).
"""

from __future__ import annotations

# Characters that open a quotation or an item, after which any word is capitalised.
_OPENING = "\"'«“‘([¿¡—–-•*"
_CLOSING = "\"'»”’) "
# Characters that end a sentence (or a headline cell: "|" joins table cells in clean text).
_SENTENCE_END = ".!?:…|"


def capital_position(text: str, start: int) -> bool:
    """Whether a word at ``start`` stands where any word is capitalised: at a line's or
    the text's start, after a sentence's end, or after an opening quotation mark."""
    line = text[text.rfind("\n", 0, start) + 1:start]
    if not any(ch.isalnum() for ch in line):
        return True  # first on its line, maybe after a bullet or marks (">> Lire :")
    stripped = line.rstrip(" \t")
    if stripped[-1] in _OPENING:
        return True
    stripped = stripped.rstrip(_CLOSING)
    return not stripped or stripped[-1] in _SENTENCE_END
