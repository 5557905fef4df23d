"""Dotted abbreviations a tagger cut at a dot: "EE" of "EE.UU.", "FF" of "FF.AA.".

Why: a tagger that reads capitalised words (the es / it fallback) stops a span at the
first dot, so Spanish plural abbreviations ("EE.UU." = Estados Unidos: each initial
doubled for a plural) reached the reader as an entity "EE". The span is widened to the
whole abbreviation the text writes around it; the gazetteer then knows "EE.UU." from CLDR
(:func:`plural_abbreviation`), and the acronym rules read the rest.
"""

from __future__ import annotations

import re

from ..records import Mention

# Two or more groups of one or two capitals, each closed by a dot ("EE.UU.", "U.S.",
# "FF. AA."): a dotted abbreviation.
_DOTTED = re.compile(r"(?<![^\W\d_])(?:[A-ZÀ-Þ]{1,2}\.[ \t]?){2,}")
# Content words of a place name: capitalised words, the rest are particles ("de", "y").
_CAPITALISED = re.compile(r"[A-ZÀ-Þ][^\W\d_]+")


def widen_abbreviation(mention: Mention, text: str) -> Mention:
    """The mention widened to the dotted abbreviation it is part of (see the module
    docstring); the mention itself when it is not cut out of one."""
    if not mention.text.replace(".", "").isupper():
        return mention
    start = max(0, mention.start - 12)
    for match in _DOTTED.finditer(text, start, mention.end + 12):
        end = match.start() + len(match.group().rstrip(" \t"))
        # Only a span cut short of letters ("EE" of "EE.UU."), not of its closing dot
        # ("U.S" of "U.S."): the tagger's span names the same thing then.
        if match.start() <= mention.start and mention.end <= end \
                and _letters(text[match.start():end]) > _letters(mention.text):
            return Mention(mention.article_id, match.start(), end, text[match.start():end],
                           mention.label)
    return mention


def plural_abbreviation(name: str) -> str | None:
    """The abbreviation a plural name is written as, each initial doubled: "Estados
    Unidos" -> "EEUU", "Emiratos Árabes Unidos" -> "EEAAUU" (Spanish orthography); None
    unless every content word of two or more ends in a plural "s"."""
    words = _CAPITALISED.findall(name)
    if len(words) < 2 or not all(w.endswith("s") for w in words):
        return None
    return "".join(w[0] * 2 for w in words)


def _letters(text: str) -> int:
    return sum(ch.isalpha() for ch in text)
