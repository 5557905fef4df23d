"""Organisations named several ways in one story: learned from the story's own texts.

* A mixed-case acronym is its expansion's words cut to their first letters or syllables,
  in order ("OPantiSH" = "OPeration ANTI Sexual Harassment").
* An acronym of the name in another language has the same initials in another order
  ("SCAF" / "Conseil suprême des forces armées" = CSFA), from four letters, unique fit.
* The same words in another order, in one language ("State Department" / "Department of
  State"): a body's name, reordered as the language allows.
* A one-word head is the one multi-word body of the story that starts with it, in the
  same language ("Junta" / "Junta Militar"; "Consiglio" with two councils stays apart).
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
import re
from collections import Counter
from dataclasses import dataclass, field

import numpy as np
from anyascii import anyascii

from ..records import Article
from .knowledge import EntityKnowledge
from .links import MIN_REORDERED, acronym
from .merge import Clusters, compatible
from .normalise import levenshtein

_BODY_TYPES = frozenset({"ORG", "OTHER"})
_WORD = re.compile(r"[^\W\d_]+")
# Translated names: the encoder's cosine of two names of one body in two languages.
# A prior, not fitted: OFFLINE_MODELS.md gives 0.66-0.88 for translated sentences and 0.62
# for sentences that are merely on one topic; names are short, so the floor sits just
# under that range, and the mutual-best, context and cognate tests carry the rest.
NAME_MIN_COSINE = 0.6
# The mean vectors of the sentences that mention each name: at least "related topic".
# A prior: unrelated sentences score ~0.04 (OFFLINE_MODELS.md); 0.3 asks for a shared topic.
CONTEXT_MIN_COSINE = 0.3
# Sentences read per name for its context vector (bounds the encoder's work).
MAX_CONTEXTS = 6
# Names compared across languages per story, most mentioned first: the encoder reads each
# once and the similarity blocks stay within a few MB.
MAX_NAMES = 2000
# Cognates: edits per letter of the longer word ("nazioni" / "nations": 2 in 7;
# "costituzionale" / "constitucional": 3 in 14), words of MIN_COGNATE letters or more.
COGNATE_EDITS_PER_LETTER = 0.35
MIN_COGNATE = 5
# Names longer than this are not abbreviated word by word (and the search stays small).
MAX_ABBREVIATED = 8


def _words(surface: str, stops: frozenset[str]) -> list[str]:
    """Content words of a name, lower-case ASCII."""
    return [w for part in _WORD.findall(surface)
            if (w := anyascii(part).lower()) and w not in stops and len(w) > 2]


def prefix_abbreviation(token: str, words: list[str]) -> bool:
    """Whether ``token`` is each of ``words`` cut to a non-empty prefix, in order
    ("opantish" = "op|anti|s|h" of operation anti sexual harassment)."""
    def fits(t: str, k: int) -> bool:
        if k == len(words):
            return not t
        word = words[k]
        return any(t[:n] == word[:n] and fits(t[n:], k + 1)
                   for n in range(min(len(t), len(word)), 0, -1))
    return 0 < len(words) <= MAX_ABBREVIATED and fits(token, 0)


def mixed_case(surface: str) -> str | None:
    """A one-word surface with capitals inside and lower case ("OPantiSH"), else None;
    a capitalised word ("Junta") or a glued name ("ElBaradei": one capital per part,
    each part a word) is not an acronym."""
    if not surface.isalpha() or surface.isupper() or surface.islower():
        return None
    capitals = sum(ch.isupper() for ch in surface)
    runs = re.findall(r"[A-Z]{2,}", anyascii(surface))
    return surface if capitals >= 3 and runs else None


def cognate(a: str, b: str) -> bool:
    """Two words of MIN_COGNATE letters spelt alike across languages ("musulmans" /
    "musulmani"); only ever read beside the encoder's judgement of meaning."""
    if min(len(a), len(b)) < MIN_COGNATE:
        return False
    return levenshtein(a, b) <= COGNATE_EDITS_PER_LETTER * max(len(a), len(b))


@dataclass
class OrganisationLinker:
    """Applies the organisation rules to a story's clusters (see the module docstring)."""

    clusters: Clusters
    articles: list[Article]
    knowledge: EntityKnowledge
    language: list[str | None]
    # Forms that name a place or a people (worked out once per form).
    _named: dict[int, bool] = field(default_factory=dict)

    def _body(self, i: int) -> bool:
        """Typed ORG or OTHER, and not a place or a demonym."""
        if self.clusters.type_of(i) not in _BODY_TYPES:
            return False
        if i not in self._named:
            key, language = self.clusters.forms[i].key, self.language[i]
            self._named[i] = bool(self.knowledge.places(key, language)
                                  or self.knowledge.demonym(key, language))
        return not self._named[i]

    def _stops(self, i: int) -> frozenset[str]:
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
                anyascii(token).lower(), _words(forms[j].surface, self._stops(j)))]
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
            words = _words(form.surface, self._stops(j))
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
            stops = self._stops(i)
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
        """"Junta" / "Junta Militar": a one-word body that only one multi-word body of the
        story (same language) starts with."""
        forms = self.clusters.forms
        starts: dict[tuple[str | None, str], list[int]] = {}
        for j, form in enumerate(forms):
            if len(form.key) >= 2:
                starts.setdefault((self.language[j], form.key[0]), []).append(j)
        for i, form in enumerate(forms):
            if len(form.key) != 1 or acronym(form) or not self._body(i):
                continue
            longer = starts.get((self.language[i], form.key[0]), [])
            if longer and all(self.clusters.type_of(j) == "ORG" for j in longer):
                self._unique_union(i, longer, f"'{form.surface}' is the first word of "
                                              f"'{forms[longer[0]].surface}', the only name "
                                              "of the story that starts with it")

    def translations(self) -> None:
        """One body named in two languages (see the module docstring)."""
        embedder = self.knowledge.embedder
        forms = self.clusters.forms
        candidates = [i for i, f in enumerate(forms)
                      if self.language[i] and not acronym(f) and self._body(i)
                      and _words(f.surface, self._stops(i))]
        # The most mentioned names first; the rest wait (bounds the encoder and memory).
        candidates = sorted(candidates, key=lambda i: -len(forms[i].mentions))[:MAX_NAMES]
        if embedder is None or len({self.language[i] for i in candidates}) < 2:
            return
        # Names are not translated: a person's name is the same across languages (spelling
        # rules join those), and two people who share a given name ("Mohamed Morsi",
        # "Mohamed ElBaradei") are no body in two languages.
        given, family = self._person_words()
        candidates = [i for i in candidates
                      if forms[i].key[0] not in given and forms[i].key[-1] not in family]
        if len({self.language[i] for i in candidates}) < 2:
            return
        names = embedder.embed([forms[i].surface for i in candidates])
        pairs = [(a, b) for a, b in _mutual_best(names, [self.language[i] for i in candidates])
                 if float(names[a] @ names[b]) >= NAME_MIN_COSINE]
        needed = sorted({k for pair in pairs for k in pair})
        contexts = dict(zip(needed, self._contexts([candidates[k] for k in needed]),
                            strict=True))
        for a, b in pairs:
            i, j = candidates[a], candidates[b]
            why = self._translation(i, j, float(names[a] @ names[b]),
                                    float(contexts[a] @ contexts[b]))
            if why and self.clusters.find(i) != self.clusters.find(j) and \
                    compatible(self.clusters.type_of(i), self.clusters.type_of(j)):
                self.clusters.union(i, j, why)

    def _person_words(self) -> tuple[set[str], set[str]]:
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
        wi, wj = _words(forms[i].surface, self._stops(i)), _words(forms[j].surface,
                                                                  self._stops(j))
        if set(wi) <= set(wj) or set(wj) <= set(wi):
            return None  # one name inside the other: a longer name, not a translation
        # A place inside both names ("Ejército de Siria" / "Siria Staffan de Mistura") is
        # no evidence that the bodies are one: only the body's own words count.
        shared = [(x, y) for x in wi for y in wj if cognate(x, y)
                  and not self._place_word(x, i) and not self._place_word(y, j)]
        if name < NAME_MIN_COSINE or context < CONTEXT_MIN_COSINE or not shared:
            return None
        x, y = shared[0]
        return (f"'{forms[i].surface}' ({self.language[i]}) and '{forms[j].surface}' "
                f"({self.language[j]}) are one name in two languages: multilingual "
                f"encoder {name:.2f} for the names (each the other's closest), {context:.2f}"
                f" for their sentences, cognate words '{x}' / '{y}'")

    def _place_word(self, word: str, i: int) -> bool:
        """A word that names a place or a people ("siria", "egipto", "syriens")."""
        key = (word,)
        return bool(self.knowledge.places(key) or self.knowledge.demonym(key, self.language[i]))

    def _contexts(self, candidates: list[int]) -> np.ndarray:
        """Mean encoder vector of the sentences that mention each form (L2-normalised)."""
        assert self.knowledge.embedder is not None
        texts = {a.id: a for a in self.articles}
        batches: list[list[str]] = []
        for i in candidates:
            sentences: Counter[str] = Counter()
            for mention in self.clusters.forms[i].mentions[:MAX_CONTEXTS]:
                article = texts.get(mention.article_id)
                if article is not None:
                    sentences[_sentence(article, mention.start, mention.end)] += 1
            batches.append(list(sentences))
        flat = [s for batch in batches for s in batch]
        vectors = self.knowledge.embedder.embed(flat) if flat else np.zeros((0, 1))
        out, k = [], 0
        for batch in batches:
            mean = vectors[k:k + len(batch)].mean(axis=0)
            k += len(batch)
            out.append(mean / max(float(np.linalg.norm(mean)), 1e-12))
        return np.asarray(out)


def _mutual_best(vectors: np.ndarray, languages: list[str | None]) -> list[tuple[int, int]]:
    """Pairs (a, b), a < b, of two languages where each is the other's closest among the
    other language's rows (cosine: rows are L2-normalised)."""
    by_language: dict[str | None, np.ndarray] = {}
    for k, language in enumerate(languages):
        by_language.setdefault(language, np.zeros(0, dtype=int))
        by_language[language] = np.append(by_language[language], k)
    out: list[tuple[int, int]] = []
    for la, lb in itertools.combinations(sorted(by_language, key=str), 2):
        rows, cols = by_language[la], by_language[lb]
        similar = vectors[rows] @ vectors[cols].T
        best_col, best_row = similar.argmax(axis=1), similar.argmax(axis=0)
        for r, c in enumerate(best_col):
            if best_row[c] == r:
                a, b = int(rows[r]), int(cols[c])
                out.append((min(a, b), max(a, b)))
    return out


def _sentence(article: Article, start: int, end: int) -> str:
    """The sentence of ``article`` around a span (the span itself without sentences)."""
    for sentence in article.sentences:
        if sentence.start <= start and end <= sentence.end:
            return article.text[sentence.start:sentence.end]
    return article.text[max(0, start - 200):end + 200]
