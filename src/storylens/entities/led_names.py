"""Names of what a person leads or owns, which are no full names of the person.

"Administración Trump", "gobierno Trump", "Casa Blanca de Obama", "régime Assad",
"governo Renzi": a model often types such a phrase PERSON, and it then ends in the
person's surname as a full name does. As a candidate for the bare surname it competes
with the person's real full name ("Donald Trump"), so an article that names both casts no
vote and "Trump" stays a second entity beside "Donald Trump" (:mod:`.surnames`).

What marks these phrases is their first word, a common noun, which the texts show in two
ways: the story writes it in lower case elsewhere ("la administración", "il governo"), or
a definite article stands right before every use of the phrase ("la Administración Trump",
"del Gobierno Trump", "l'Administration Obama"): writers put none before a person's full
name (once, "the Donald Trump administration", is not every time).
A word the given-name list knows ("Rosa", "Pierre", also common nouns) is still a given
name, and a name particle ("La Russa", "El Asad", "Della Valle") is part of the name. No
list of nouns: the story says which words are common; the articles are function words.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .guards import CAPITALISED_PER_SLIP, StoryWords
from .merge import Form
from .openers import _PARTICLES

# Definite articles and their contractions with a preposition (es, fr, it, en, de):
# function words a writer puts before a body's or a thing's name, not a person's. No
# one-letter words or prepositions ("a", "da": "a Bashar Assad" is a person).
_ARTICLE_BEFORE = re.compile(
    r"(?:^|[^\w'’])(?:el|la|los|las|del|al|le|les|du|au|aux|il|lo|gli|della|dello|"
    r"delle|degli|dei|alla|allo|nella|nello|nel|dal|dalla|sul|sulla|the|der|die|das|"
    r"dem|den)\s+$|(?:^|\W)(?:l|dell|all|nell|dall|sull)['’]$", re.IGNORECASE)


def led_forms(forms: list[Form], texts: dict[str, str], words: StoryWords,
              is_given: Callable[[str], bool] | None = None) -> frozenset[int]:
    """Indices of the multi-word ``forms`` that name something a person leads or owns
    (see the module docstring). ``texts``: article id -> text; ``words``: how the story
    writes its words; ``is_given``: the given-name list, if loaded. A word written in
    lower case once among many capitalised uses is a slip ("cardi b" in a quoted tweet),
    not a common word."""
    led = set()
    for i, form in enumerate(forms):
        first = form.key[0] if len(form.key) >= 2 else ""
        if len(first) < 3 or first in _PARTICLES or (is_given is not None and is_given(first)):
            continue
        lower = words.lower.get(first, 0)
        common = lower * CAPITALISED_PER_SLIP >= max(1, words.capitalised.get(first, 0))
        if common or all(_ARTICLE_BEFORE.search(texts.get(m.article_id, "")[
                max(0, m.start - 12):m.start]) for m in form.mentions):
            led.add(i)
    return frozenset(led)


# An English possessive opening a name ("Musk's Roadster", "Reuters' office"): what
# follows belongs to the name before it.
_POSSESSIVE = re.compile(r"[^\W\d_]{2,}(?:['’]s|s['’])\s")


def owned_by_name(form: Form) -> bool:
    """A form that opens with a possessive ("Musk's Roadster"): a thing its first word
    owns, so that word alone ("Musk") is the owner, never the thing's short name."""
    return bool(_POSSESSIVE.match(form.surface))
