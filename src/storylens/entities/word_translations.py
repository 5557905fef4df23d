"""One body named in two languages, read word by word ("Guardia Republicana" / "Garde
républicaine", "Consejo de Seguridad" / "Consiglio di Sicurezza", "Liga Árabe" /
"Lega Araba").

Why: the whole-name rule of :mod:`.organisations` needs the encoder to put the two names
close and a cognate among their words. Bodies are often named by a translated head noun
("Consejo" / "Consiglio", "Guardia" / "Garde", "Ejército" / "Armée") that shares no
spelling, and the encoder reads some short names poorly ("Liga Árabe" / "Lega Araba":
0.42). A name is a few words, and the multilingual encoder translates single common words
far better than it reads names: true translations of body words score 0.76-0.96, while
the closest wrong pairs it gives are antonyms and neighbours ("superior" / "inferior"
0.71, "izquierda" / "droite" 0.69, "comunista" / "socialiste" 0.57).

So two names of two languages are one body when:

* their content words pair off one to one, each pair "sure" for
  :func:`.name_words.word_pair`: the same word, a cognate, a translation (encoder cosine
  of the two words >= WORD_MIN_COSINE), or a pair the encoder puts at
  TRANSLATED_MIN_COSINE or more whose spelling backs it up (one edit: "liga" / "lega";
  the same first four letters: "armadas" / "armate"); two words that name one country
  or its people count too ("syrien" / "sirio");
* a "weak" pair (the encoder alone, 0.6-0.75: a translation or a neighbour such as an
  antonym) is allowed only in names of MIN_WORDS_FOR_WEAK words or more, where the
  other pairs are sure, never for either name's first word (it most often says what kind
  of body it is: "Hermanos" / "Sœurs musulmanes" 0.72), and only when the whole names
  agree (>= TRANSLATED_MIN_COSINE): "humanos" / "homme" in "Observatorio Sirio de
  Derechos Humanos" / "Observatoire syrien des droits de l'homme", while "Consejo
  Superior" / "Conseil inférieur" stays apart;
* at least one pair is a body's own word, not a place or a people (a shared "Siria"
  says nothing about which Syrian body);
* the sentences that mention them agree (>= CONTEXT_MIN_COSINE, as the whole-name rule);
* the fit is unique both ways: every name of the other language that pairs off with one
  of them belongs to one entity, and neither entity has a name in the other's language
  yet (the brotherhood, already "Frères musulmans", is not "Sœurs musulmanes");
* both are bodies: typed ORG or untyped, or typed as a place by a model that types many
  bodies so ("Consiglio di Sicurezza" LOC) when the gazetteer knows no such place;
* neither opens with a given name nor ends with a family name of the story's people.

Content words are the name's words that are no stop word, and its capitalised words of
four letters or more even when spaCy lists them ("Consiglio", "Stato" and "Governo" are
Italian stop words there). No list of names or words: the encoder is the one shipped
(OFFLINE_MODELS.md); without it nothing is joined. Every merge records the word pairs it
rests on.
"""

from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import dataclass, field

import numpy as np

from .links import acronym
from .merge import Clusters
from .name_words import TRANSLATED_MIN_COSINE, spelled_words, word_pair
from .organisations import CONTEXT_MIN_COSINE, OrganisationLinker

# A weak word pair only counts in names this long, beside sure pairs for all the rest.
MIN_WORDS_FOR_WEAK = 4
# Names longer than this are not paired word by word (the permutations stay small).
MAX_WORDS = 5
_PLACE_TYPES = frozenset({"GPE", "LOC"})
_BODY_TYPES = frozenset({"ORG", "OTHER"})


@dataclass
class WordTranslations:
    """Joins bodies whose names translate word by word (see the module docstring)."""

    bodies: OrganisationLinker
    # form -> how many of its last content words name a body it belongs to ("... de la
    # ONU"): left out, so that its head pairs off with a name written without them
    # (:mod:`.complements`).
    trailing: dict[int, int] = field(default_factory=dict)
    _words: dict[str, np.ndarray] = field(default_factory=dict)
    _names: dict[int, np.ndarray] = field(default_factory=dict)
    # (word, word, language, language) -> what _same_word found (each pair read once).
    _same: dict[tuple[str, str, str | None, str | None], str | None] = field(
        default_factory=dict)

    @property
    def clusters(self) -> Clusters:
        return self.bodies.clusters

    def merge(self) -> None:
        embedder = self.bodies.knowledge.embedder
        if embedder is None:
            return
        forms, language = self.clusters.forms, self.bodies.language
        given, family = self.bodies.person_words()
        words: dict[int, list[str]] = {}
        written: dict[str, str] = {}
        for i, form in enumerate(forms):
            if not language[i] or acronym(form) or form.key[0] in given \
                    or form.key[-1] in family or not self._candidate(i):
                continue
            spelled = spelled_words(form.surface, self.bodies.stops(i))
            spelled = spelled[:len(spelled) - self.trailing.get(i, 0)]
            ws = [w for w, _ in spelled]
            if 2 <= len(ws) <= MAX_WORDS and len(set(ws)) == len(ws):
                words[i] = ws
                written.update(spelled)
        if len({language[i] for i in words}) < 2:
            return
        vocabulary = sorted(w for w in written if w not in self._words)  # a second pass
        if vocabulary:  # embeds only the words the first did not
            vectors = embedder.embed([written[w] for w in vocabulary])
            self._words.update(zip(vocabulary, vectors, strict=True))
        fits: dict[int, list[tuple[int, list[tuple[str, str]]]]] = {}
        by_length: dict[int, list[int]] = {}
        for i in sorted(words):
            by_length.setdefault(len(words[i]), []).append(i)
        for i, j in (pair for group in by_length.values()
                     for pair in itertools.combinations(group, 2)):
            if language[i] == language[j] or self.clusters.find(i) == self.clusters.find(j):
                continue
            pairs = self._paired(words[i], words[j], i, j)
            if pairs is not None:
                fits.setdefault(i, []).append((j, pairs))
                fits.setdefault(j, []).append((i, pairs))
        named_in: dict[int, set[str | None]] = {}
        for k in range(len(forms)):
            named_in.setdefault(self.clusters.find(k), set()).add(language[k])
        chosen = [(i, j, pairs) for i, found in fits.items() for j, pairs in found
                  if i < j and self._unique(i, j, fits, named_in)
                  and self._unique(j, i, fits, named_in)]
        needed = sorted({k for i, j, _ in chosen for k in (i, j)})
        if not needed:
            return
        contexts = dict(zip(needed, self.bodies.contexts(needed), strict=True))
        for i, j, pairs in chosen:
            context = float(contexts[i] @ contexts[j])
            if context < CONTEXT_MIN_COSINE or self.clusters.find(i) == self.clusters.find(j):
                continue
            shown = ", ".join(f"'{a}' / '{b}'" for a, b in pairs)
            self._retype_place(i, j)
            self.clusters.union(i, j, (
                f"'{forms[i].surface}' ({language[i]}) and '{forms[j].surface}' "
                f"({language[j]}) are one name in two languages word by word ({shown}); "
                f"multilingual encoder {context:.2f} for their sentences"))

    def _retype_place(self, i: int, j: int) -> None:
        """A name typed a place joined to one typed ORG is a body: the place-typed side's
        mentions count as ORG (the gazetteer knows no such place; see _candidate)."""
        kinds = {k: self.clusters.type_of(k) for k in (i, j)}
        if "ORG" not in kinds.values():
            return
        for k, kind in kinds.items():
            if kind in _PLACE_TYPES:
                root = self.clusters.find(k)
                self.clusters.labels[root] = Counter(
                    {"ORG": sum(self.clusters.labels[root].values())})

    def _candidate(self, i: int) -> bool:
        """A body's name: typed ORG or untyped and no place, or typed a place that the
        gazetteer does not know ("Consiglio di Sicurezza" tagged LOC)."""
        kind = self.clusters.type_of(i)
        return (kind in _BODY_TYPES or kind in _PLACE_TYPES) and not self.bodies.place(i)

    def _unique(self, i: int, j: int, fits: dict[int, list[tuple[int, list[tuple[str, str]]]]],
                named_in: dict[int, set[str | None]]) -> bool:
        """Every name of ``j``'s language that pairs off with ``i`` is of ``j``'s entity, and
        ``i``'s entity has no name of its own in that language yet ("Hermanos Musulmanes",
        already "Frères musulmans" in French, is not "Sœurs musulmanes")."""
        language = self.bodies.language
        own = self.clusters.find(i)
        if language[j] in named_in.get(own, set()):
            return False
        roots = {self.clusters.find(k) for k, _ in fits.get(i, [])
                 if language[k] == language[j]}
        return roots == {self.clusters.find(j)}

    def _paired(self, a: list[str], b: list[str], i: int, j: int
                ) -> list[tuple[str, str]] | None:
        """The word pairs that translate ``a`` into ``b`` one to one, at least one of them
        a body's word (not a place or a people), or None."""
        if len(a) != len(b):
            return None
        how = [[self._same_word(x, y, i, j) for y in b] for x in a]
        if any(row.count(None) == len(row) for row in how):
            return None  # a word with no counterpart: most pairs stop here
        for order in itertools.permutations(range(len(b))):
            kinds = [how[n][m] for n, m in enumerate(order)]
            pairs = [(a[n], b[m]) for n, m in enumerate(order)]
            if None in kinds or not any(
                    not self.bodies.place_word(x, i) and not self.bodies.place_word(y, j)
                    for x, y in pairs):
                continue
            weak = [pair for pair, kind in zip(pairs, kinds, strict=True) if kind == "weak"]
            # The first word most often says what kind of body it is ("Consejo",
            # "Hermanos" / "Sœurs"): it never rests on a weak pair.
            if not weak or (len(a) >= MIN_WORDS_FOR_WEAK and len(weak) == 1
                            and all(a[0] != x and b[0] != y for x, y in weak)
                            and self._name_cosine(i, j) >= TRANSLATED_MIN_COSINE):
                return pairs
        return None

    def _same_word(self, x: str, y: str, i: int, j: int) -> str | None:
        """One word in two languages: "sure" when spelt alike, translated by the
        encoder (or close in both) or naming one place or people ("syrien" / "sirio"),
        "weak" when only the encoder puts them fairly close (the whole names must then
        agree), None otherwise."""
        key = (x, y, self.bodies.language[i], self.bodies.language[j])
        if key in self._same:
            return self._same[key]
        found = "sure" if self._one_place(x, i, y, j) else word_pair(
            x, y, float(self._words[x] @ self._words[y]))
        self._same[key] = found
        return found

    def _one_place(self, x: str, i: int, y: str, j: int) -> bool:
        """Two words that name one country or its people (CLDR demonyms, gazetteer)."""
        def referents(word: str, k: int) -> set[str]:
            language = self.bodies.language[k]
            found = set(self.bodies.knowledge.places((word,), language))
            country = self.bodies.knowledge.demonym((word,), language)
            return found | ({f"people of {country[0]}"} if country else set())
        return bool(referents(x, i) & referents(y, j))

    def _name_cosine(self, i: int, j: int) -> float:
        """The encoder's cosine of two whole names (each embedded once)."""
        embedder = self.bodies.knowledge.embedder
        assert embedder is not None
        forms = self.clusters.forms
        missing = [k for k in (i, j) if k not in self._names]
        if missing:
            vectors = embedder.embed([forms[k].surface for k in missing])
            self._names.update(zip(missing, vectors, strict=True))
        return float(self._names[i] @ self._names[j])
