"""A name wrapped in common words is still that name: "Plaza Tahrir" / "Tahrir",
"Franja de Gaza" / "Gaza", "Prefetto Mario Mori" / "Mario Mori".

Models often keep a head noun ("plaza", "franja") or a leading title, stop word or
place ("Prefetto", "A", "Palermo") inside a name's span. Which words are common is read
from the story itself (a word its texts also write in lower case), the language's stop
words and the title list, never from a list of names. Two rules, each recorded:

* Places: a place-typed form is the other form plus one common word (its head noun) and
  stop words, before or after it. Only for names the gazetteer does not know: known
  places meet through CLDR / GeoNames ("Corea del Norte" is not "Corea", "South Africa"
  is not "Africa", "Nord Africa" is not "Africa").
* People: a full name (two or more tokens) is a longer person form's ending after
  leading common words, stop words, titles or known places.
* A name the model typed PERSON is the place or body its story names with a kind noun
  ("Tahrir" / "Place Tahrir"), when no person of the story has it as a last name: the
  noun is the writer's word for what it is, the tag is the model's guess from its shape.
"""

from __future__ import annotations

from collections import Counter

from .guards import StoryWords
from .kind_nouns import kind_noun_led
from .knowledge import EntityKnowledge
from .merge import Clusters, compatible
from .name_words import governed_tail
from .normalise import TITLE_LEADS, TITLES

_PLACES = frozenset({"GPE", "LOC", "OTHER"})


class WrappedNames:
    """Joins forms that differ only by common words around a name."""

    def __init__(self, clusters: Clusters, words: StoryWords, knowledge: EntityKnowledge,
                 languages: list[str | None]) -> None:
        self.clusters = clusters
        self.words = words
        self.knowledge = knowledge
        self.languages = languages

    def _common(self, token: str, language: str | None) -> bool:
        return (self.words.is_common(token) or token in self.knowledge.stop_words(language)
                or token in TITLES or token in TITLE_LEADS)

    def merge(self) -> None:
        forms = self.clusters.forms
        by_key = {form.key: i for i, form in enumerate(forms)}
        for i, form in enumerate(forms):
            for start in range(len(form.key)):
                for end in range(start + 1, len(form.key) + 1):
                    if (start, end) == (0, len(form.key)):
                        continue
                    j = by_key.get(form.key[start:end])
                    if j is None or self.clusters.find(i) == self.clusters.find(j):
                        continue
                    why = self._why(i, j, start, end)
                    if why:
                        self.clusters.union(j, i, why)

    def _surname(self, token: str) -> bool:
        """Whether a person's full name of the story ends with this word."""
        forms = self.clusters.forms
        return any(len(f.key) >= 2 and f.key[-1] == token and not kind_noun_led(f.key)
                   and self.clusters.type_of(i) == "PERSON" for i, f in enumerate(forms))

    def _why(self, long: int, short: int, start: int, end: int) -> str | None:
        forms, clusters = self.clusters.forms, self.clusters
        key = forms[long].key
        extra = key[:start] + key[end:]
        language = self.languages[long]
        tl, ts = clusters.type_of(long), clusters.type_of(short)
        noun_kind = kind_noun_led(key) if (start, end) == (1, len(key)) else None
        if noun_kind and ts == "PERSON" and tl == noun_kind and not self._surname(key[-1]):
            own = clusters.find(short)  # its mentions count as the place's from now on
            clusters.labels[own] = Counter({tl: sum(clusters.labels[own].values())})
            return (f"'{forms[long].surface}' names '{forms[short].surface}' with the noun "
                    f"'{key[0]}' (typed PERSON by the model)")
        if not compatible(tl, ts):
            return None
        said = f"'{forms[long].surface}' is '{forms[short].surface}'"
        if {tl, ts} <= _PLACES and {tl, ts} != {"OTHER"}:
            if self.knowledge.places(key) or self.knowledge.places(forms[short].key):
                return None  # known places meet through the gazetteer, not this rule
            stops = self.knowledge.stop_words(language)
            content = [t for t in extra if t not in stops]
            if len(content) != 1 or not self.words.is_common(content[0]):
                return None  # one head noun ("plaza"), not a phrase or a name
            return f"{said} with the common word(s) '{' '.join(extra)}' (a place's head noun)"
        leading = tl == ts == "PERSON" and end == len(key) and end - start >= 2
        if leading and governed_tail(key, forms[short].key, self.knowledge.stop_words(language)):
            return None  # "Carta de Naciones Unidas": a complement, not the name itself
        if leading and all(self._common(t, language) or self.knowledge.places((t,))
                           for t in extra):
            return f"{said} after the leading word(s) '{' '.join(extra)}'"
        return None
