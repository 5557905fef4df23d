"""Names of bodies built from other names, resolved through the parts the story has
already joined.

* An acronym of a name whose generic first word the story does not write: "ONU" /
  "Nations unies" (Organisation des Nations unies), "ONU" / "Naciones Unidas". The
  acronym's letters after its first are the initials of exactly one multi-word name in
  a language the acronym is written in, and no name of the story spells all its letters
  (then the ordinary acronym rule decides). The skipped letter stands for one word. An
  acronym the gazetteer knows as a place ("USA") is that place, never a truncated one.
  An acronym is written in a language when an article of that language writes it, even
  where the tagger did not take it as a name ("la Comisión ... sobre Siria de la ONU"):
  so the Italian "ONU" meets the Spanish "Naciones Unidas" when a Spanish article of
  the story writes "ONU" too.
* A head and a complement: "Carta de las Naciones Unidas" / "Carta de la ONU",
  "Consejo de Seguridad de Naciones Unidas" / "Consejo de Seguridad de la ONU". Two names
  with the same head words, a stop word, then complements that are already one entity.
  The head must be words the story writes in lower case ("carta", "consejo de
  seguridad"), or the name typed ORG: a person's name does not open so. A name typed a
  place that the gazetteer does not know meets one typed a body (a model's slip).

Both read only what the story says; both record their evidence and abstain on a tie.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from ..records import Article
from .knowledge import EntityKnowledge
from .links import acronym, initials
from .merge import Clusters, compatible

# An article elided before a complement ("de l'ONU", "dell'Onu"): the normal form glues it on.
_ELISION = re.compile(r"\b[lLdD]['’]")
# An acronym shorter than this, less its first letter, is two letters: too many fits.
MIN_TRUNCATED = 3
# A word in capitals an acronym may be (MIN_TRUNCATED to 8 letters, no other letter).
_CAPITALS = re.compile(r"(?<![^\W\d_])[A-ZÀ-Þ]{3,8}(?![^\W\d_])")


class CompoundNames:
    """Applies the two rules of the module docstring to a story's clusters."""

    def __init__(self, clusters: Clusters, articles: list[Article],
                 knowledge: EntityKnowledge, languages: list[str | None],
                 common: Callable[[str], bool]) -> None:
        self.clusters = clusters
        self.knowledge = knowledge
        self.languages = languages
        self.common = common
        language_of = {a.id: a.language for a in articles}
        self.written_in = [{language_of.get(m.article_id) for m in form.mentions}
                           for form in clusters.forms]
        self.articles = articles
        self._capitals: dict[str | None, set[str]] | None = None

    def _written_in_texts(self, letters: str) -> set[str | None]:
        """Languages whose articles write ``letters`` as a word in capitals (built once)."""
        if self._capitals is None:
            self._capitals = {}
            for article in self.articles:
                self._capitals.setdefault(article.language, set()).update(
                    _CAPITALS.findall(article.text))
        return {language for language, words in self._capitals.items() if letters in words}

    def _retype(self, i: int, like: int) -> None:
        """Form ``i``'s mentions count as ``like``'s type from now on (a model's slip)."""
        own, kind = self.clusters.find(i), self.clusters.type_of(like)
        self.clusters.labels[own] = Counter({kind: sum(self.clusters.labels[own].values())})

    def _fits(self, i: int, j: int) -> bool:
        """Both may name one body: compatible types, or one typed PERSON by a model while
        the other is not a person and no word of it is a given name."""
        ti, tj = self.clusters.type_of(i), self.clusters.type_of(j)
        if "PERSON" not in (ti, tj):
            return compatible(ti, tj)
        person = j if tj == "PERSON" else i
        return ti != tj and not any(self.knowledge.is_given_name(t)
                                    for t in self.clusters.forms[person].key)

    def _mistyped_place(self, i: int, j: int) -> bool:
        """One of two names with one head of common words typed a place, the other a body,
        and the gazetteer knows no such place: the es / it models type many bodies so
        ("Consejo de Seguridad de la ONU" LOC, "... de Naciones Unidas" ORG)."""
        kinds = {k: self.clusters.type_of(k) for k in (i, j)}
        placed = [k for k, kind in kinds.items() if kind in ("GPE", "LOC")]
        return len(placed) == 1 and set(kinds.values()) - {"GPE", "LOC"} <= {"ORG", "OTHER"} \
            and not self.knowledge.places(self.clusters.forms[placed[0]].key)

    def truncated_acronyms(self) -> None:
        """"ONU" / "Nations unies" (see the module docstring)."""
        forms = self.clusters.forms
        spelled: set[str] = set()
        by_initials: dict[tuple[str | None, str], set[int]] = {}
        for j, form in enumerate(forms):
            if len(form.key) < 2 or acronym(form):
                continue
            stops = self.knowledge.stop_words(self.languages[j])
            for letters in {a for s in form.surfaces for a in initials(s, stops)}:
                spelled.add(letters)
                by_initials.setdefault((self.languages[j], letters), set()).add(j)
        for i, form in enumerate(forms):
            written = acronym(form)
            if not written or len(written) < MIN_TRUNCATED or written in spelled \
                    or self.knowledge.places(form.key):
                continue  # "USA" names a country, not "[U]... Syrian Air"
            letters = written
            languages = self.written_in[i] | self._written_in_texts(written)
            for language in sorted(filter(None, languages)):
                fits = [j for j in by_initials.get((language, letters[1:]), ())
                        if self._fits(i, j)]
                if len({self.clusters.find(j) for j in fits}) != 1:
                    continue
                j = min(fits)
                if self.clusters.find(i) == self.clusters.find(j):
                    continue
                if self.clusters.type_of(j) == "PERSON":
                    self._retype(j, i)
                self.clusters.union(i, j, f"'{form.surface}' is the acronym of "
                                          f"'{forms[j].surface}' after a first word the "
                                          f"story does not write ('{letters[0]}')")

    def complements(self) -> None:
        """"Carta de las Naciones Unidas" / "Carta de la ONU" (see the module docstring)."""
        forms = self.clusters.forms
        by_key = {form.key: j for j, form in enumerate(forms)}
        groups: dict[tuple[tuple[str, ...], int], list[int]] = {}
        for i, form in enumerate(forms):
            stops = self.knowledge.stop_words(self.languages[i])
            key = form.key
            for k in range(len(key) - 2, 0, -1):
                if key[k] not in stops or key[k - 1] in stops:
                    continue
                head, rest = key[:k], list(key[k + 1:])
                while rest and rest[0] in stops:
                    rest.pop(0)
                tail = by_key.get(tuple(rest))
                if tail is None and rest and _ELISION.search(form.surface):
                    tail = by_key.get((rest[0][1:], *rest[1:]))  # "de l'ONU": "lonu"
                content = [t for t in head if t not in stops]
                if tail is None or not content or not (
                        all(self.common(t) for t in content)
                        or self.clusters.type_of(i) == "ORG"):
                    continue
                groups.setdefault((head, self.clusters.find(tail)), []).append(i)
                break
        for (head, _), members in groups.items():
            first = members[0]
            for i in members[1:]:
                if self.clusters.find(i) == self.clusters.find(first) or not (
                        self._fits(i, first) or self._mistyped_place(i, first)):
                    continue
                if self.clusters.type_of(i) == "PERSON":
                    self._retype(i, first)
                elif self.clusters.type_of(first) == "PERSON":
                    self._retype(first, i)
                self.clusters.union(first, i, f"'{forms[i].surface}' and '{forms[first].surface}'"
                                              f" are '{' '.join(head)}' of one entity")
