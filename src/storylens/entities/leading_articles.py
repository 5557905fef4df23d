"""A name with its definite article is that name: "la France" / "France", "La Stampa" /
"Stampa", "Le Figaro" / "Figaro", "La Libia" / "Libia".

Models keep the article inside a span now and then; the normal form keeps it (an article
is part of some surnames: "La Russa", "Le Pen"), so the two forms stay apart unless
joined here. The articles are the closed class of each language's grammar, not names.
Person names are left alone ("Le Pen" is not "Pen"), except that an article form the
model typed PERSON joins a place the gazetteer knows ("La Libia", typed PERSON once).
"""

from __future__ import annotations

from collections import Counter

from .knowledge import EntityKnowledge
from .merge import Clusters, compatible

# Definite articles written as a separate word (the Arabic article is joined elsewhere).
DEFINITE_ARTICLES: dict[str, frozenset[str]] = {
    "fr": frozenset({"le", "la", "les"}),
    "es": frozenset({"el", "la", "los", "las"}),
    "it": frozenset({"il", "lo", "la", "i", "gli", "le"}),
    "de": frozenset({"der", "die", "das"}),
    "en": frozenset({"the"}),
}
_ANY_ARTICLE = frozenset().union(*DEFINITE_ARTICLES.values())
_PLACES = frozenset({"GPE", "LOC"})


def article_of_place(key: tuple[str, ...], knowledge: EntityKnowledge) -> bool:
    """Whether a normal form is a definite article before a place the gazetteer knows
    ("la libia"): not a person's full name, whatever the model typed."""
    return len(key) >= 2 and key[0] in _ANY_ARTICLE and bool(knowledge.places(key[1:]))


def join_leading_articles(clusters: Clusters, knowledge: EntityKnowledge,
                          languages: list[str | None]) -> None:
    """Join each "article + name" form to the form of the name alone (see module doc)."""
    forms = clusters.forms
    by_key = {form.key: i for i, form in enumerate(forms)}
    for i, form in enumerate(forms):
        articles = DEFINITE_ARTICLES.get(languages[i] or "", frozenset())
        if len(form.key) < 2 or form.key[0] not in articles:
            continue
        j = by_key.get(form.key[1:])
        if j is None or clusters.find(i) == clusters.find(j):
            continue
        ti, tj = clusters.type_of(i), clusters.type_of(j)
        place = tj in _PLACES and bool(knowledge.places(forms[j].key))
        if place and ti == "PERSON":  # its mentions count as the place's from now on
            own = clusters.find(i)
            clusters.labels[own] = Counter({tj: sum(clusters.labels[own].values())})
        elif "PERSON" in (ti, tj) or not compatible(ti, tj):
            continue
        clusters.union(j, i, f"'{form.surface}' is '{forms[j].surface}' with the definite "
                             f"article '{form.key[0]}'")
