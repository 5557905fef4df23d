"""Words a tagger kept before a place's name that a reader should not see as part of it
(issue 10, session 8): "la France" (a lower-case article), "A Damas" (a preposition
capitalised because it opens the sentence: "Et pourtant. A Damas, la vie...").

A span is cut to the place when the gazetteer knows the rest ("France", "Damas") and not
the whole ("A Coruña", "La Haye", "Los Angeles" stay whole), and:

* the opener is a definite article written in lower case (a name's own article is
  capitalised: "La Stampa", "Le Caire"), or
* the opener is a one-letter or short preposition ("A", "À", "En", "Au") that stands where
  any word is capitalised: at a line's or a sentence's start, after a quotation mark.

The cut keeps exact offsets; the rest of the pipeline then sees the place's own name, so
"A Damas" is "Damas" and "la France" is "France" in the reader's list.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..records import Mention
from .normalise import normal_tokens
from .word_classes import capital_position

# Lower-case definite articles of fr, es, it, before a capitalised word.
_ARTICLE = re.compile(r"(?:(?:la|le|les|el|los|las|il|lo|gli)\s+|l['’])(?=[^\W\d_])")
# Prepositions that open a sentence before a place ("A Damas", "En Syrie", "Au Caire").
_PREPOSITION = re.compile(r"(?:A|À|En|Au|Aux|Dans)\s+(?=[^\W\d_])")


def cut_before_place(mention: Mention, text: str,
                     is_place: Callable[[tuple[str, ...]], bool]) -> Mention:
    """The mention without an article or a sentence-opening preposition before a place
    (see the module docstring); the mention itself otherwise."""
    surface = mention.text
    opener = _ARTICLE.match(surface)
    if opener is None or not surface[opener.end():][:1].isupper():
        opener = _PREPOSITION.match(surface)
        if opener is None or not capital_position(text, mention.start):
            return mention
    rest = surface[opener.end():]
    if not rest or not is_place(normal_tokens(rest)) or is_place(normal_tokens(surface)):
        return mention
    return Mention(mention.article_id, mention.start + opener.end(), mention.end, rest,
                   mention.label)
