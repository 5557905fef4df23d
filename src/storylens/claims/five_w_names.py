"""A person's full name for a 5W *who* given by surname (see :func:`full_name`)."""

from __future__ import annotations

from typing import Final

from ..records import Answer, Article

_PERSON: Final = frozenset({"PERSON", "PER"})


def full_name(article: Article, who: Answer) -> Answer:
    """A person named by surname ("Mr Trump", "Obama") as the article introduced them.

    News writing gives the full name at a person's first mention and the surname after
    it, so when the body's first person mention ending with that surname has more words
    ("Donald Trump"), *who* becomes those words, at that place. Only a *who* that is one
    person's name (plus at most one title word) is widened; a first mention that is the
    surname alone (or another person's: "Michelle Obama" for "Obama"'s "Barack") keeps
    the answer as written.
    """
    words = who.text.split()
    people = sorted((m for m in article.mentions if m.label in _PERSON), key=lambda m: m.start)
    inside = {m.text for m in people
              if m.text in who.text and len(m.text.split()) + 1 >= len(words)}
    if len(inside) != 1:
        return who
    name = inside.pop().split()
    first = next((m for m in people if m.text.split()[-1:] == name[-1:]), None)
    if first is None or len(first.text.split()) <= len(name) \
            or not set(name) <= set(first.text.split()):
        return who
    # A later fuller form with another given name makes the surname ambiguous.
    given = {tuple(m.text.split()[:1]) for m in people
             if m.text.split()[-1:] == name[-1:] and len(m.text.split()) > len(name)}
    if len(given) != 1:
        return who
    return Answer(first.text, first.start, first.end)
