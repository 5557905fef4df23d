"""A name's type from the common noun written before it: "la place Tahrir", "piazza X",
"le mouvement X" (issue 10, session 6).

A tagger types an unfamiliar one-word name by its shape, so a square named after an event
("Tahrir") comes out PERSON and a campaign LOC. The noun before the name says what kind of
thing it is in the writer's own words. The decision is taken over all mentions of a form:
the noun must stand before more than a third of them (the share under which forms.py
takes a type for a tagger's slip), and no mention may sit after a noun of another kind.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..records import Mention

# Common nouns of a place kind written before a name (any case): squares and streets.
_PLACE_BEFORE = frozenset({
    "place", "rue", "avenue", "boulevard", "square", "plaza", "piazza", "platz", "straße",
    "strasse", "calle", "площадь", "улица", "ميدان", "شارع",
})
# ... and after it ("Tahrir Square", "Alexander Platz").
_PLACE_AFTER = frozenset({"square", "street", "avenue", "plaza", "platz", "straße"})
# Common nouns of a body kind written before a name: movements, campaigns, parties.
_BODY_BEFORE = frozenset({
    "mouvement", "movement", "movimiento", "movimento", "bewegung", "движение", "حركة",
    "campagne", "campaign", "campaña", "campagna", "kampagne", "parti", "party", "partido",
    "partito", "partei", "партия", "حزب",
})
# More than this share of a form's mentions after one kind's noun decides its type.
KIND_SHARE = 1 / 3
_WORD_BEFORE = re.compile(r"(\w+)\s+$")
_WORD_AFTER = re.compile(r"\s+(\w+)")


def _kind_of(noun: str) -> str | None:
    noun = noun.casefold()
    if noun in _PLACE_BEFORE:
        return "LOC"
    return "ORG" if noun in _BODY_BEFORE else None


def kind_noun_led(key: tuple[str, ...]) -> str | None:
    """LOC or ORG when a normal form opens with a place or body noun ("place tahrir")."""
    return _kind_of(key[0]) if len(key) >= 2 else None


def noun_kind(text: str, mention: Mention) -> str | None:
    """LOC or ORG when a place or body noun stands right before the name (inside its span
    or in the text) or a place noun right after it; else None."""
    words = mention.text.split()
    if len(words) >= 2 and (kind := _kind_of(words[0])):
        return kind  # the tagger kept the noun: "place Tahrir", "Place Tahrir"
    before = _WORD_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    if before and (kind := _kind_of(before.group(1))):
        return kind
    after = _WORD_AFTER.match(text, mention.end)
    if after and after.group(1).casefold() in _PLACE_AFTER:
        return "LOC"
    return None


def kind_by_nouns(mentions: Iterable[Mention], texts: dict[str, str]) -> tuple[str, str] | None:
    """(type, why) when one kind of noun stands before more than KIND_SHARE of the mentions
    and no other kind before any; None otherwise (or without the articles' texts)."""
    group = list(mentions)
    found = [kind for m in group if m.article_id in texts
             and (kind := noun_kind(texts[m.article_id], m))]
    if not found or len(set(found)) > 1 or len(found) <= KIND_SHARE * len(group):
        return None
    kind = found[0]
    what = "a place" if kind == "LOC" else "a body"
    return kind, (f"typed {kind}: {len(found)} of its {len(group)} mentions follow a noun "
                  f"naming {what}")
