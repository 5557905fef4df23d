"""The shape of a person's name as a reader sees it: a title or two names joined in one
phrase is no name form of one person, and a full name that may stand for a person is
name-shaped (issue 10, session 9; used by :mod:`.merge`, :mod:`.surnames`,
:mod:`.one_person` and the canonical name of :mod:`.resolver`)."""

from __future__ import annotations

import re

from .openers import _PARTICLES

# Words that join two names into one phrase ("Bill and Hillary Clinton", "Wit and Wisdom").
_CONJUNCTIONS = frozenset("and et y e und и or ou o oder".split())


def title_form(surface: str) -> bool:
    """A capitalised phrase of three words or more that is a title or joins two names,
    not one person's name: it opens with "The", or has a conjunction or two lower-case
    words that are no name particles ("al", "de", "bin") between its capitalised words.
    A title of office before a name ("Secretary of State John Kerry") has one such word
    and stays a name form; so does a phrase that opens in lower case (a glued office)."""
    words = surface.split()
    if len(words) < 3 or not words[0][:1].isupper():
        return False
    if words[0] == "The":
        return True
    inner = [w for w in words[1:-1]
             if w[:1].islower() and w.split("-")[0].lower() not in _PARTICLES]
    return len(inner) >= 2 or any(w.lower() in _CONJUNCTIONS for w in inner)


# What a reader may see as a person's name: letters, spaces, hyphens, apostrophes and the
# dots of initials; no bracket, quote, digit or possessive ending.
_NAME_SHAPE = re.compile(r"[^\W\d_][\w.'’ -]*[^\W\d_.]\.?")
_POSSESSIVE = re.compile(r"['’]s?$")


def well_formed_name(surface: str) -> bool:
    """A full name that may stand for a person: two words or more, name-shaped, no
    possessive ("Elon Musk's"), no title (:func:`title_form`)."""
    text = surface.strip()
    return len(text.split()) >= 2 and bool(_NAME_SHAPE.fullmatch(text)) \
        and not _POSSESSIVE.search(text) and not title_form(text)
