"""Organisations named several ways in one story: learned from the story's own texts.

* A mixed-case acronym is its expansion's words cut to their first letters or syllables,
  in order ("OPantiSH" = "OPeration ANTI Sexual Harassment").
* An acronym of the name in another language has the same initials in another order
  ("SCAF" / "Conseil suprême des forces armées" = CSFA), from four letters, unique fit.
* The same words in another order, in one language ("State Department" / "Department of
  State"): a body's name, reordered as the language allows.
* A shorter name is the one longer body of the story that opens with its words, in the
  same language ("Junta" / "Junta Militar", "Conseil Suprême" / "Conseil suprême des
  forces armées", "Les Frères" / "Frères musulmans"; "Consiglio" with two councils stays
  apart), when the longer name is typed ORG, describes a body in common words, or the
  short name is a common noun of the story's texts (a given name never is).
* The same body with other word endings in one language ("Hermandad Musulmana" /
  "Hermanos Musulmanes"): one stem per word, the encoder and the sentences agreeing.
* One body named in two languages ("Frères musulmans" / "Fratelli Musulmani",
  "Corte Costituzionale" / "Tribunal Constitucional Supremo"): the multilingual sentence
  encoder (USE-m, :attr:`EntityKnowledge.embedder`) puts the two names close, each the
  other's closest among the other language's names; the sentences that mention them
  agree; and a content word of one is a cognate of a content word of the other. Spelling
  alone is never the evidence (the guard of :mod:`.guards`); here it only backs up what
  the encoder says about meaning, and only across languages.

Every merge records its evidence; an ambiguous fit abstains.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
from anyascii import anyascii

from ..records import Article
from .knowledge import EntityKnowledge
from .led_names import owned_by_name
from .links import MIN_REORDERED, acronym
from .merge import Clusters, compatible
from .name_words import (
    MIN_STEM,
    TRANSLATED_MIN_COSINE,
    cognate,
    content_words,
    mixed_case,
    mutual_best,
    prefix_abbreviation,
    sentence_of,
    spelled_words,
    stem_shared,
    word_pair,
)

_BODY_TYPES = frozenset({"ORG", "OTHER"})
# Translated names: see TRANSLATED_MIN_COSINE (the same prior).
NAME_MIN_COSINE = TRANSLATED_MIN_COSINE
# The mean vectors of the sentences that mention each name: at least "related topic".
# A prior: unrelated sentences score ~0.04 (OFFLINE_MODELS.md); 0.3 asks for a shared topic.
CONTEXT_MIN_COSINE = 0.3
# Sentences read per name for its context vector (bounds the encoder's work).
MAX_CONTEXTS = 6
# Names compared across languages per story, most mentioned first: the encoder reads each
# once and the similarity blocks stay within a few MB.
MAX_NAMES = 2000


@dataclass
class OrganisationLinker:
    """Applies the organisation rules to a story's clusters (see the module docstring)."""

    clusters: Clusters
    articles: list[Article]
    knowledge: EntityKnowledge
    language: list[str | None]
    # Whether the story writes a word (lower-case ASCII) in lower case: a common noun.
    common: Callable[[str], bool] | None = None
    # Forms that name a place or a people (worked out once per form).
    _named: dict[int, bool] = field(default_factory=dict)

    def _body(self, i: int) -> bool:
        """Typed ORG or OTHER, and not a place or a demonym."""
        return self.clusters.type_of(i) in _BODY_TYPES and not self.place(i)

    def place(self, i: int) -> bool:
        """Form ``i`` names a place or a people."""
        if i not in self._named:
            key, language = self.clusters.forms[i].key, self.language[i]
            self._named[i] = bool(self.knowledge.places(key, language)
                                  or self.knowledge.demonym(key, language))
        return self._named[i]

    def stops(self, i: int) -> frozenset[str]:
        return self.knowledge.stop_words(self.language[i])

    def _unique_union(self, i: int, fits: list[int], reason: str) -> None:
        roots = {self.clusters.find(j) for j in fits}
        if len(roots) == 1 and self.clusters.find(i) not in roots:
            self.clusters.union(fits[0], i, reason)

    def mixed_case_acronyms(self) -> None:
        """"OPantiSH" / "Operation Anti Sexual Harassment": unique fit."""
        forms = self.clusters.forms
        long = [j for j, f in enumerate(forms) if len(f.key) >= 3 and self._body(j)]
        for i, form in enumerate(forms):
            token = mixed_case(form.surface)
            if token is None or not self._body(i):
                continue
            fits = [j for j in long if prefix_abbreviation(
                anyascii(token).lower(), content_words(forms[j].surface, self.stops(j)))]
            if fits:
                self._unique_union(i, fits, f"'{token}' cuts the words of "
                                            f"'{forms[fits[0]].surface}' to their first letters")

    def reordered_expansions(self) -> None:
        """An acronym whose letters are a multi-word body's initials in another order
        (the acronym of its name in another language): four letters or more, one fit."""
        forms = self.clusters.forms
        by_letters: dict[str, list[int]] = {}
        for j, form in enumerate(forms):
            if len(form.key) < 2 or acronym(form) or not self._body(j):
                continue
            words = content_words(form.surface, self.stops(j))
            if len(words) >= MIN_REORDERED:
                by_letters.setdefault("".join(sorted(w[0] for w in words)).upper(), []).append(j)
        for i, form in enumerate(forms):
            letters = acronym(form)
            if not letters or len(letters) < MIN_REORDERED or \
                    self.clusters.type_of(i) not in _BODY_TYPES:
                continue
            fits = by_letters.get("".join(sorted(letters)), [])
            if fits:
                self._unique_union(i, fits, f"'{form.surface}' has the initials of "
                                            f"'{forms[fits[0]].surface}' in another order "
                                            "(its acronym in another language)")

    def reordered_words(self) -> None:
        """"State Department" / "Department of State", "Monde diplomatique" / "Le Monde
        diplomatique": the same words (two or more, stop words aside, initials kept: "George
        W. Bush" is not "George Bush") in another order or with other stop words, in one
        language, bodies only."""
        forms = self.clusters.forms
        by_words: dict[tuple[str | None, frozenset[str]], list[int]] = {}
        words_of: dict[int, list[str]] = {}
        for i, form in enumerate(forms):
            stops = self.stops(i)
            words = words_of[i] = [w for w in form.key if w not in stops]
            if len(words) >= 2 and len(set(words)) == len(words) and not acronym(form) \
                    and self._body(i):
                by_words.setdefault((self.language[i], frozenset(words)), []).append(i)
        for group in by_words.values():
            first = group[0]
            for i in group[1:]:
                how = ("with other stop words" if words_of[i] == words_of[first]
                       else "with its words reordered")
                self.clusters.union(first, i, f"'{forms[i].surface}' is "
                                              f"'{forms[first].surface}' {how}")

    def heads(self) -> None:
        """"Junta" / "Junta Militar", "Conseil Suprême" / "Conseil suprême des forces
        armées", "Les Frères" / "Frères musulmans": a body's name (leading stop words aside)
        whose words open longer body names of the story, same language, all one body
        already; longest names first, so "Frères" meets "Frères musulmans" once "Frères
        musulmans égyptiens" has joined it ("Consiglio" with two councils stays apart). The
        longer names are typed ORG or describe a body (:meth:`_descriptive`), or the opening
        word is written in lower case in the story (a common noun: "frères"; a given name
        such as "Hosni" never is). A one-word head that opens a person's full name of the
        story is that person's given name, not a body's short name ("Osama" of "Osama bin
        Laden", whatever a cut span "Osama Bin" left untyped). A name that opens with a
        possessive ("Musk's Roadster") is the owner's thing: no head opens it."""
        forms = self.clusters.forms
        opening: dict[tuple[str | None, str], list[int]] = {}
        persons: set[tuple[str | None, str]] = set()
        for j, form in enumerate(forms):
            if len(form.key) >= 2 and not acronym(form) and self._body(j) \
                    and not owned_by_name(form):
                opening.setdefault((self.language[j], form.key[0]), []).append(j)
            elif len(form.key) >= 2 and self.clusters.type_of(j) == "PERSON":
                persons.add((self.language[j], form.key[0]))
        for i in sorted(range(len(forms)), key=lambda k: -len(forms[k].key)):
            core = list(itertools.dropwhile(self.stops(i).__contains__, forms[i].key))
            if not core or acronym(forms[i]) or (
                    len(core) == 1 and (self.language[i], core[0]) in persons):
                continue
            common = self.common is not None and self.common(core[0])
            # A common noun the tagger took for a person or a place ("Les Frères" PERSON,
            # "Presidencia" LOC) is a body's short name all the same.
            if not (self._body(i) or (common and not self.place(i))):
                continue
            longer = [j for j in opening.get((self.language[i], core[0]), [])
                      if len(forms[j].key) > len(core) and list(forms[j].key[:len(core)]) == core]
            # "Ejército Libre Sirio": a body qualified by a people and another word is one of
            # several the head may name (the country's own army), never joined.
            longer = [j for j in longer if not self._qualified(j, len(core))]
            # "Frères en Egypte", "Presidencia de Egipto": the head placed somewhere, no other
            # body; counted only when no other name opens with the head.
            placed = [j for j in longer if self._placed(j, len(core))]
            longer = [j for j in longer if j not in placed] or placed
            if longer and (common or all(self.clusters.type_of(j) == "ORG"
                                         or self._descriptive(j, len(core)) for j in longer)):
                self._unique_union(i, longer, f"'{forms[i].surface}' opens "
                                              f"'{forms[longer[0]].surface}', the only body "
                                              "of the story whose name starts so")

    def _descriptive(self, j: int, n: int) -> bool:
        """The words of form ``j`` after its first ``n`` are stop words, places or words
        the story writes in lower case ("Junta Militar": "militar"): a body described,
        not a person ("Hosni Mubarak")."""
        stops = self.stops(j)
        return self.common is not None and all(
            w in stops or self.common(w) or self.knowledge.places((w,), self.language[j])
            for w in self.clusters.forms[j].key[n:])

    def _placed(self, j: int, n: int) -> bool:
        """The words of form ``j`` after its first ``n`` are stop words and a place."""
        key = self.clusters.forms[j].key[n:]
        rest = tuple(itertools.dropwhile(self.stops(j).__contains__, key))
        return bool(rest) and bool(self.knowledge.places(rest, self.language[j]))

    def _qualified(self, j: int, n: int) -> bool:
        """The words of form ``j`` after its first ``n`` hold a place or a people and another
        content word ("Libre Sirio"): a particular body of that head, not its short name."""
        language = self.language[j]
        rest = [w for w in self.clusters.forms[j].key[n:] if w not in self.stops(j)]
        located = [w for w in rest if self.knowledge.places((w,), language)
                   or self.knowledge.demonym((w,), language)]
        return bool(located) and len(rest) > len(located)

    def translations(self) -> None:
        """One body named in two languages (see the module docstring)."""
        embedder = self.knowledge.embedder
        forms = self.clusters.forms
        candidates = [i for i, f in enumerate(forms)
                      if self.language[i] and not acronym(f) and self._body(i)
                      and content_words(f.surface, self.stops(i))]
        # The most mentioned names first; the rest wait (bounds the encoder and memory).
        candidates = sorted(candidates, key=lambda i: -len(forms[i].mentions))[:MAX_NAMES]
        if embedder is None or len({self.language[i] for i in candidates}) < 2:
            return
        # Names are not translated: a person's name is the same across languages (spelling
        # rules join those), and two people who share a given name ("Mohamed Morsi",
        # "Mohamed ElBaradei") are no body in two languages.
        given, family = self.person_words()
        candidates = [i for i in candidates
                      if forms[i].key[0] not in given and forms[i].key[-1] not in family]
        if len({self.language[i] for i in candidates}) < 2:
            return
        names = embedder.embed([forms[i].surface for i in candidates])
        pairs = [(a, b) for a, b in mutual_best(names, [self.language[i] for i in candidates])
                 if float(names[a] @ names[b]) >= NAME_MIN_COSINE]
        variants = [(a, b) for a, b in self._inflected(candidates)
                    if float(names[a] @ names[b]) >= NAME_MIN_COSINE]
        needed = sorted({k for pair in pairs + variants for k in pair})
        contexts = dict(zip(needed, self.contexts([candidates[k] for k in needed]),
                            strict=True))
        for a, b in variants:
            i, j = candidates[a], candidates[b]
            name, context = float(names[a] @ names[b]), float(contexts[a] @ contexts[b])
            if context >= CONTEXT_MIN_COSINE and self.clusters.find(i) != self.clusters.find(j):
                self.clusters.union(i, j, (
                    f"'{forms[i].surface}' and '{forms[j].surface}' ({self.language[i]}) are "
                    f"one name with other word endings, never side by side in one article: "
                    f"multilingual encoder {name:.2f} for the names, {context:.2f} for "
                    "their sentences"))
        for a, b in pairs:
            i, j = candidates[a], candidates[b]
            why = self._translation(i, j, float(names[a] @ names[b]),
                                    float(contexts[a] @ contexts[b]))
            if why and self.clusters.find(i) != self.clusters.find(j) and \
                    compatible(self.clusters.type_of(i), self.clusters.type_of(j)):
                self.clusters.union(i, j, why)

    def _inflected(self, candidates: list[int]) -> list[tuple[int, int]]:
        """Pairs (positions in ``candidates``) of one language whose content words, two
        or more, pair off in order with other endings ("Hermandad Musulmana" / "Hermanos
        Musulmanes", "Fratellanza Musulmana" / "Fratelli Musulmani"): each pair shares a
        stem of STEM_SHARE of the shorter word, MIN_STEM letters or more, and neither word
        is the other with a suffix ("Nacional" / "Nacionalista"). Writers use both forms
        in one article, so seeing them side by side is no evidence here."""
        forms = self.clusters.forms
        blocks: dict[tuple[str | None, int, str], list[tuple[int, list[str]]]] = {}
        for k, i in enumerate(candidates):
            words = content_words(forms[i].surface, self.stops(i))
            if len(words) >= 2 and not any(self.place_word(w, i) for w in words):
                blocks.setdefault((self.language[i], len(words), words[0][:MIN_STEM]),
                                  []).append((k, words))
        out = []
        for block in blocks.values():
            for (a, wa), (b, wb) in itertools.combinations(block, 2):
                if wa != wb and all(stem_shared(x, y) for x, y in zip(wa, wb, strict=True)):
                    out.append((a, b))
        return out

    def person_words(self) -> tuple[set[str], set[str]]:
        """First and last words of multi-word names the model typed PERSON more often
        (by mentions) than a place or a body: "mohamed" is a given name, "consejo" is
        not because one "Consejo de Seguridad de Naciones Unidas" was tagged PERSON."""
        votes: dict[tuple[int, str], Counter[str]] = {}
        for j, form in enumerate(self.clusters.forms):
            kind = self.clusters.type_of(j)
            if len(form.key) >= 2 and kind != "OTHER":
                person = "person" if kind == "PERSON" else "other"
                for end, token in ((0, form.key[0]), (-1, form.key[-1])):
                    votes.setdefault((end, token), Counter())[person] += len(form.mentions)
        words: tuple[set[str], set[str]] = (set(), set())
        for (end, token), count in votes.items():
            if count["person"] > count["other"]:
                words[0 if end == 0 else 1].add(token)
        return words

    def _translation(self, i: int, j: int, name: float, context: float) -> str | None:
        forms = self.clusters.forms
        wi, wj = content_words(forms[i].surface, self.stops(i)), content_words(forms[j].surface,
                                                                  self.stops(j))
        if set(wi) <= set(wj) or set(wj) <= set(wi):
            return None  # one name inside the other: a longer name, not a translation
        # A place inside both names ("Ejército de Siria" / "Siria Staffan de Mistura") is
        # no evidence that the bodies are one: only the body's own words count.
        shared = [(x, y) for x in wi for y in wj if cognate(x, y)
                  and not self.place_word(x, i) and not self.place_word(y, j)]
        if name < NAME_MIN_COSINE or context < CONTEXT_MIN_COSINE or not shared:
            return None
        if self._neighbour_words(i, j):
            return None  # "Consejo Superior" / "Conseil inférieur": one word differs
        x, y = shared[0]
        return (f"'{forms[i].surface}' ({self.language[i]}) and '{forms[j].surface}' "
                f"({self.language[j]}) are one name in two languages: multilingual "
                f"encoder {name:.2f} for the names (each the other's closest), {context:.2f}"
                f" for their sentences, cognate words '{x}' / '{y}'")

    def _neighbour_words(self, i: int, j: int) -> bool:
        """A body's word of one name whose nearest word in the other is only a neighbour
        for the encoder ("weak" for :func:`.name_words.word_pair`: "superior" /
        "inférieur", "hermanos" / "sœurs"), in names of as many words: the names say the
        same kind of thing about two bodies, not one body twice."""
        assert self.knowledge.embedder is not None
        forms = self.clusters.forms
        wi, wj = (spelled_words(forms[k].surface, self.stops(k)) for k in (i, j))
        if len(wi) != len(wj):
            return False
        vectors = self.knowledge.embedder.embed([w for _, w in wi + wj])
        similar = vectors[:len(wi)] @ vectors[len(wi):].T
        kinds = [[word_pair(x, y, float(similar[a, b])) for b, (y, _) in enumerate(wj)]
                 for a, (x, _) in enumerate(wi)]
        rows = [(wi[a][0], row, i) for a, row in enumerate(kinds)]
        columns = [(wj[b][0], [row[b] for row in kinds], j) for b in range(len(wj))]
        return any("sure" not in found and "weak" in found and not self.place_word(word, k)
                   for word, found, k in rows + columns)

    def place_word(self, word: str, i: int) -> bool:
        """A word that names a place or a people ("siria", "egipto", "syriens")."""
        key = (word,)
        return bool(self.knowledge.places(key) or self.knowledge.demonym(key, self.language[i]))

    def contexts(self, candidates: list[int]) -> np.ndarray:
        """Mean encoder vector of the sentences that mention each form (L2-normalised)."""
        assert self.knowledge.embedder is not None
        texts = {a.id: a for a in self.articles}
        batches: list[list[str]] = []
        for i in candidates:
            sentences: Counter[str] = Counter()
            for mention in self.clusters.forms[i].mentions[:MAX_CONTEXTS]:
                article = texts.get(mention.article_id)
                if article is not None:
                    sentences[sentence_of(article, mention.start, mention.end)] += 1
            batches.append(list(sentences))
        flat = [s for batch in batches for s in batch]
        vectors = self.knowledge.embedder.embed(flat) if flat else np.zeros((0, 1))
        out, k = [], 0
        for batch in batches:
            mean = vectors[k:k + len(batch)].mean(axis=0)
            k += len(batch)
            out.append(mean / max(float(np.linalg.norm(mean)), 1e-12))
        return np.asarray(out)


