"""A body named with the body it belongs to, and without: "Consejo de Seguridad de la ONU"
/ "Consejo de Seguridad", "Conseil de sécurité de l'ONU" / "Consiglio di Sicurezza".

Why: writers add the parent body as a complement now and then ("... de la ONU", "... des
Nations unies"), and the names then differ by words that say whose body it is, not which.
The head-and-complement rule of :mod:`.compound_names` joins two names that share a head
and whose complements are one entity; nothing joined the head written alone, in the same
language or in another one (the word-by-word rule of :mod:`.word_translations` needs the
same number of content words on both sides).

A name splits into a head and a body complement when:

* it is a body's name (typed ORG or untyped, or typed a place the gazetteer does not
  know: the es / it models type many bodies so);
* a stop word ("de", "des", "di") follows its head, and what comes after the stop words
  is the whole name of another form of the story that is typed ORG (after an elided
  article: "de l'ONU");
* the head has at least MIN_HEAD_WORDS content words: a one-word head ("Misión",
  "Consejo") fits too many bodies of one parent, and the head rule of
  :mod:`.organisations` already weighs those.

Then the name is the head written alone when every name of the story with that head has
one and the same body as complement (abstain on a tie). Across languages the head's words
are what :mod:`.word_translations` pairs (``trailing``: how many words to leave out).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from .knowledge import EntityKnowledge
from .merge import Clusters
from .name_words import spelled_words

# Content words a head needs to be joined on its own (see the module docstring).
MIN_HEAD_WORDS = 2
# Types a body's name may carry: ORG or none, or a place type by a model's slip.
_PLACE_TYPES = frozenset({"GPE", "LOC"})
_NAME_TYPES = _PLACE_TYPES | {"ORG", "OTHER"}


@dataclass
class BodyComplements:
    """Finds each name's head and body complement; joins heads written alone."""

    clusters: Clusters
    knowledge: EntityKnowledge
    language: list[str | None]
    # Whether form ``i`` names a place or a people (the organisation linker's test).
    place: Callable[[int], bool]
    # form -> (head key, form of the complement)
    split: dict[int, tuple[tuple[str, ...], int]] = field(default_factory=dict)
    # form -> how many of its last content words name the complement
    trailing: dict[int, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        forms = self.clusters.forms
        by_key = {form.key: j for j, form in enumerate(forms)}
        for i, form in enumerate(forms):
            if len(form.key) < 3 or not self._body(i):
                continue
            stops = self.knowledge.stop_words(self.language[i])
            key = form.key
            for k in range(len(key) - 2, 0, -1):
                if key[k] not in stops or key[k - 1] in stops:
                    continue
                rest = list(key[k + 1:])
                while rest and rest[0] in stops:
                    rest.pop(0)
                tail = by_key.get(tuple(rest))
                if tail is None and rest and rest[0][:1] in ("l", "d"):
                    tail = by_key.get((rest[0][1:], *rest[1:]))  # "de l'ONU": "lonu"
                head = key[:k]
                if tail is None or tail == i or self.clusters.type_of(tail) != "ORG" \
                        or sum(t not in stops for t in head) < MIN_HEAD_WORDS:
                    continue
                self.split[i] = (head, tail)
                self._count_trailing(i, tail, stops)
                break

    def _body(self, i: int) -> bool:
        return self.clusters.type_of(i) in _NAME_TYPES and not self.place(i)

    def _count_trailing(self, i: int, tail: int, stops: frozenset[str]) -> None:
        """How many of the name's last content words spell the complement; none when they
        do not line up (the word rule then reads the whole name, as before)."""
        words = [w for w, _ in spelled_words(self.clusters.forms[i].surface, stops)]
        tail_words = [w for w, _ in spelled_words(self.clusters.forms[tail].surface, stops)]
        n = len(tail_words)
        if 0 < n < len(words) and words[-n:] == tail_words:
            self.trailing[i] = n

    def join_heads(self) -> None:
        """Join each name with a body complement to its head written alone (see the
        module docstring); abstain when the story gives the head two parents."""
        forms = self.clusters.forms
        by_key = {form.key: j for j, form in enumerate(forms)}
        parents: dict[tuple[str, ...], set[int]] = {}
        for head, tail in self.split.values():
            parents.setdefault(head, set()).add(self.clusters.find(tail))
        for i, (head, tail) in sorted(self.split.items()):
            j = by_key.get(head)
            if j is None or len(parents[head]) != 1 or not self._body(j) \
                    or self.clusters.find(i) == self.clusters.find(j):
                continue
            self._retype_places(i, j)
            self.clusters.union(j, i, (
                f"'{forms[i].surface}' is '{forms[j].surface}' with the body it belongs to "
                f"('{forms[tail].surface}'), the one complement the story gives that name"))

    def _retype_places(self, i: int, j: int) -> None:
        """A side typed a place (no place the gazetteer knows, see _body) counts as ORG
        from now on: a name whose complement is a body is a body (a model's slip)."""
        for k in (i, j):
            if self.clusters.type_of(k) in _PLACE_TYPES:
                root = self.clusters.find(k)
                self.clusters.labels[root] = Counter(
                    {"ORG": sum(self.clusters.labels[root].values())})
