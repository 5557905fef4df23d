"""Merges on evidence other than spelling: acronyms and their expansions, place names.

* An acronym meets the one expansion in the story whose initials spell it, in that
  expansion's language ("GNA" / "Government of National Accord", "OTAN" / "Organisation
  du traité de l'Atlantique nord"), or the expansion it is defined by in parentheses.
* The same organisation's acronym reordered in another language ("NATO" / "OTAN").
* Two names of the same place(s) in CLDR or GeoNames ("Libia" / "Libye" / "ليبيا").
* Demonyms of one country ("Egyptiens" / "égyptiens"), kept apart from the country.
When an acronym fits several expansions the resolver abstains.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

from anyascii import anyascii

from ..records import Article, Mention
from .knowledge import EntityKnowledge
from .merge import Clusters, Form, compatible
from .name_words import TRANSLATED_MIN_COSINE, halved_initials
from .places import join_country_code

# Acronyms have 2 to 8 letters ("UN" .. "UNESCO"-like ones); longer capitals are shouted words.
MIN_ACRONYM, MAX_ACRONYM = 2, 8
# Reordered acronyms meet only from 4 letters: 2- and 3-letter permutations ("ASL"/"LSA")
# are too often different bodies.
MIN_REORDERED = 4
_NAME_WORD = re.compile(r"[^\W\d_]+")
# A mention followed by another one in parentheses: "Libyan National Army (LNA)".
_PAREN_GAP = re.compile(r"\s*[(\[]\s*$")
_PLACES = frozenset({"GPE", "LOC", "OTHER"})
_BODIES = frozenset({"ORG", "OTHER"})
# The rest of a parenthesis that says its acronym is another language's ("IS (Estado
# Islámico, por sus siglas en inglés)", "(EI, selon son sigle arabe)"): the words for an
# acronym in en fr es it de pt ru, a general resource of each language, not names.
_OTHER_LANGUAGE_ACRONYM = re.compile(
    r"\s*[,;]\s*[^()\[\]\n]{0,40}?\b(?:siglas?|sigle|acr[oó]nimos?|acronymes?|acronyms?|"
    r"abbreviations?|initials|abkürzung|аббревиатур\w*)\b[^()\[\]\n]{0,40}[)\]]",
    re.IGNORECASE)
# Capitals in parentheses right after a name: "All Nippon Airways (ANA)".
_PAREN_ACRONYM = re.compile(r"\s*[(\[]\s*((?:[^\W\d_]\.?){2,8})\s*[)\]]")


def acronym(form: Form) -> str | None:
    """The letters of a form written in capitals ("N.A.T.O." -> "NATO"), else None."""
    for surface, _ in form.surfaces.most_common():
        letters = re.sub(r"[.\s]", "", surface)
        if letters.isalpha() and letters.isupper() and MIN_ACRONYM <= len(letters) <= MAX_ACRONYM:
            return anyascii(letters).upper()
    return None


def initials(surface: str, stops: frozenset[str]) -> set[str]:
    """Initials of a name: of its content words, and of all its words."""
    words = [w for part in _NAME_WORD.findall(surface) for w in [anyascii(part)] if w]
    content = [w for w in words if (w.lower() not in stops and len(w) > 2) or w[0].isupper()]
    return {"".join(w[0] for w in ws).upper() for ws in (words, content) if len(ws) >= 2}


def spells(letters: str, name: str) -> bool:
    """Whether an acronym can stand for a name: its letters are among the initials of the
    name's words (in any order, for a translated acronym: "LCC" / "Comités de coordination
    locaux"), or run in order through the name from its first letter ("FB" / "Facebook").
    "MMDH" cannot stand for "Benchaâboun", nor "ECIPS" for "Security"."""
    words = [anyascii(w).upper() for w in _NAME_WORD.findall(name)]
    if not words:
        return False
    firsts = Counter(w[0] for w in words if w)
    if not Counter(letters) - firsts:
        return True
    flat = "".join(words)
    if not flat.startswith(letters[0]):
        return False
    position = 0
    for letter in letters:
        position = flat.find(letter, position) + 1
        if position == 0:
            return False
    return True


class Linker:
    """Applies the non-spelling merges to a story's clusters."""

    def __init__(self, clusters: Clusters, articles: list[Article],
                 knowledge: EntityKnowledge) -> None:
        self.clusters = clusters
        self.articles = articles
        self.knowledge = knowledge
        language = {a.id: a.language for a in articles}
        self.language: list[str | None] = [
            Counter(language.get(m.article_id) for m in f.mentions).most_common(1)[0][0]
            for f in clusters.forms
        ]
        # Demonym forms -> their country's display name (see demonyms.link_to_countries).
        self.countries: dict[int, str] = {}

    def country_of(self, i: int) -> str | None:
        """The display name of the one country form ``i`` names, else None."""
        places = self.knowledge.places(self.clusters.forms[i].key, self.language[i])
        place = next(iter(places)) if len(places) == 1 else ""
        if not place.startswith("country:") or self.knowledge.demonyms is None:
            return None
        return self.knowledge.demonyms.name_of(place.split(":", 1)[1])

    def _may_join(self, i: int, j: int) -> bool:
        ti, tj = self.clusters.type_of(i), self.clusters.type_of(j)
        return compatible(ti, tj) and "PERSON" not in (ti, tj)

    def acronyms(self) -> None:
        """Acronym <-> expansion by initials (unique fit) and reordered across languages."""
        forms = self.clusters.forms
        by_initials: dict[str, set[int]] = {}
        for j, form in enumerate(forms):
            if len(form.key) < 2 or acronym(form):
                continue  # "U.S" spells its own initials: not an expansion
            stops = self.knowledge.stop_words(self.language[j])
            for surface in form.surfaces:
                for letters in initials(surface, stops):
                    by_initials.setdefault(letters, set()).add(j)
        letters_of = {i: a for i, form in enumerate(forms) if (a := acronym(form))}
        for i, letters in letters_of.items():
            fits = [j for j in by_initials.get(letters, ()) if self._may_join(i, j)]
            places = [j for j in by_initials.get(letters, ()) if self._named_place(i, j)]
            roots = {self.clusters.find(j) for j in fits + places}
            if len(roots) == 1:
                j = min(fits + places)
                if j in places:  # "UE" / "Union européenne" (a CLDR territory): as for
                    self._retype(i, j)  # an ISO code, the acronym's mentions are the place's
                self.clusters.union(j, i, f"'{forms[i].surface}' is the acronym of "
                                          f"'{forms[j].surface}' (initials)")
            elif not roots and (halved := halved_initials(letters)):
                self._plural_abbreviation(i, halved, by_initials.get(halved, set()))
        reordered: dict[str, list[int]] = {}
        for i, letters in letters_of.items():
            if len(letters) >= MIN_REORDERED:
                reordered.setdefault("".join(sorted(letters)), []).append(i)
        for group in reordered.values():
            for i in group[1:]:
                j = group[0]
                if self.language[i] != self.language[j] and self._may_join(i, j):
                    self.clusters.union(j, i, f"'{forms[i].surface}' and '{forms[j].surface}'"
                                              " are one acronym reordered across languages")

    def _named_place(self, i: int, j: int) -> bool:
        """Form ``j`` is a place the gazetteer knows and ``i`` (an acronym) no person."""
        return (not self._may_join(i, j) and self.clusters.type_of(i) != "PERSON"
                and bool(self.knowledge.places(self.clusters.forms[j].key)))

    def _retype(self, i: int, like: int) -> None:
        own, kind = self.clusters.find(i), self.clusters.type_of(like)
        self.clusters.labels[own] = Counter({kind: sum(self.clusters.labels[own].values())})

    def _plural_abbreviation(self, i: int, halved: str, named: set[int]) -> None:
        """"EE UU" / "Estados Unidos": a plural abbreviation doubles each initial; the
        one expansion of its language with those initials (a place it names keeps the
        abbreviation's mentions as the place's, as for an ISO code)."""
        forms = self.clusters.forms
        fits = [j for j in named if self.language[j] == self.language[i]
                and (self._may_join(i, j) or self._named_place(i, j))]
        if len({self.clusters.find(j) for j in fits}) != 1:
            return
        j = min(fits)
        if not self._may_join(i, j):
            self._retype(i, j)
        self.clusters.union(j, i, f"'{forms[i].surface}' is the plural abbreviation of "
                                  f"'{forms[j].surface}' (each initial doubled)")

    def definitions(self, form_of: dict[int, int]) -> None:
        """"Libyan National Army (LNA)": a name defined by the one in parentheses after it.

        ``form_of`` maps ``id(mention)`` to its form index.
        """
        forms = self.clusters.forms
        for article in self.articles:
            mentions = sorted((m for m in article.mentions if id(m) in form_of),
                              key=lambda m: m.start)
            for first, second in itertools.pairwise(mentions):
                gap = article.text[first.end:second.start]
                after = article.text[second.end:second.end + 2].lstrip()
                # "IS (Estado Islámico, por sus siglas en inglés)": initials of another
                # language's name, which the text says; no spelling check then.
                foreign = _OTHER_LANGUAGE_ACRONYM.match(article.text, second.end) is not None
                if not _PAREN_GAP.fullmatch(gap) or not (after.startswith((")", "]"))
                                                         or foreign):
                    continue
                i, j = form_of[id(first)], form_of[id(second)]
                letters = acronym(forms[i]) or acronym(forms[j])
                one_acronym = (acronym(forms[i]) is None) != (acronym(forms[j]) is None) \
                    and letters is not None and (foreign or spells(
                        letters, first.text if acronym(forms[j]) else second.text))
                both_orgs = {self.clusters.type_of(i), self.clusters.type_of(j)} == {"ORG"}
                if self._may_join(i, j) and (one_acronym or (both_orgs and not foreign)):
                    self.clusters.union(i, j, f"'{second.text}' defines '{first.text}' in "
                                              "parentheses" + (", an acronym of another "
                                                               "language" if foreign else ""))
                elif self._may_join(i, j) and (cosine := self._translated(i, j)):
                    self.clusters.union(i, j, f"'{second.text}' translates '{first.text}' "
                                              f"in parentheses (multilingual encoder "
                                              f"{cosine:.2f})")
            self._untagged_definitions(article, mentions, form_of)

    def _translated(self, i: int, j: int) -> float | None:
        """The encoder's cosine of two body names, neither a place, of two words or more,
        when it says one translates the other (untyped es / it names: "Hermandad
        Musulmana (Muslim Brotherhood)"; a person and the party in parentheses after
        them are no translation)."""
        forms, embedder = self.clusters.forms, self.knowledge.embedder
        pair = (forms[i], forms[j])
        if embedder is None or any(len(f.key) < 2 or acronym(f) for f in pair) or any(
                self.knowledge.places(f.key) or self.clusters.type_of(k) not in _BODIES
                for k, f in ((i, forms[i]), (j, forms[j]))):
            return None
        a, b = embedder.embed([forms[i].surface, forms[j].surface])
        cosine = float(a @ b)
        return cosine if cosine >= TRANSLATED_MIN_COSINE else None

    def _untagged_definitions(self, article: Article, mentions: list[Mention],
                              form_of: dict[int, int]) -> None:
        """"All Nippon Airways (ANA)" where the model did not tag the acronym there: the
        letters in parentheses name the one acronym form of the story written so."""
        forms = self.clusters.forms
        by_letters: dict[str, list[int]] = {}
        for k, form in enumerate(forms):
            if letters := acronym(form):
                by_letters.setdefault(letters, []).append(k)
        for mention in mentions:
            match = _PAREN_ACRONYM.match(article.text, mention.end)
            i = form_of[id(mention)]
            if not match or not match.group(1).isupper() or acronym(forms[i]):
                continue
            letters = anyascii(match.group(1).replace(".", "")).upper()
            if not spells(letters, mention.text):
                continue
            fits = [k for k in by_letters.get(letters, ()) if self._may_join(i, k)]
            if len({self.clusters.find(k) for k in fits}) == 1:
                self.clusters.union(i, fits[0], f"'{match.group(1)}' defines "
                                                f"'{mention.text}' in parentheses")

    def demonyms(self) -> None:
        """A demonym is its own entity (a people, not the state), typed OTHER, with the
        country as evidence; the demonyms of one country in the story are one entity
        ("Egyptiens", "égyptiens", "Egyptian")."""
        forms = self.clusters.forms
        by_country: dict[str, list[int]] = {}
        for i, form in enumerate(forms):
            if self.clusters.type_of(i) in ("PERSON", "ORG"):
                continue  # "Franco" the man, "Russa" of La Russa
            found = self.knowledge.demonym(form.key, self.language[i])
            if found is None:
                continue
            country, why = found
            self.countries[i] = country
            root = self.clusters.find(i)
            total = sum(self.clusters.labels[root].values())
            self.clusters.labels[root] = Counter({"OTHER": total})
            self.clusters.evidence[root].append(
                f"'{form.surface}' is a demonym of {country} ({why})")
            by_country.setdefault(country, []).append(i)
        for country, group in by_country.items():
            for i in group[1:]:
                self.clusters.union(group[0], i, f"'{forms[i].surface}' and "
                                    f"'{forms[group[0]].surface}' are demonyms of {country}")

    def inflections(self) -> None:
        """One-word group names typed OTHER that share a dictionary form are one group
        ("Republicans" / "Republican", "Syriens" / "syrien"); names of people, places and
        bodies are not lemmatised (a dictionary knows common words, not names)."""
        forms = self.clusters.forms
        by_lemma: dict[tuple[str | None, str], list[int]] = {}
        for i, form in enumerate(forms):
            if len(form.key) != 1 or self.clusters.type_of(i) != "OTHER":
                continue
            lemma = self.knowledge.lemma(form.surface.lower(), self.language[i])
            if lemma:
                by_lemma.setdefault((self.language[i], lemma), []).append(i)
        for (_, lemma), group in by_lemma.items():
            for i in group[1:]:
                self.clusters.union(group[0], i, f"'{forms[i].surface}' and "
                                    f"'{forms[group[0]].surface}' share the dictionary form "
                                    f"'{lemma}' (simplemma)")

    def places(self) -> None:
        """Join forms that name exactly the same place(s) in CLDR or GeoNames."""
        forms = self.clusters.forms
        by_places: dict[frozenset[str], list[int]] = {}
        codes: dict[int, frozenset[str]] = {}
        for i, form in enumerate(forms):
            places = self.knowledge.places(form.key, self.language[i])
            letters = acronym(form)
            if not places and letters and self.knowledge.gazetteer is not None:
                # "US", "U.S", "USA" written in capitals and typed a place: an ISO code.
                places = codes[i] = self.knowledge.gazetteer.country_code(letters)
            if places and self.clusters.type_of(i) in _PLACES:
                by_places.setdefault(places, []).append(i)
        for i, places in codes.items():
            if places in by_places and self.clusters.type_of(i) == "ORG":
                # "US" tagged ORG where the story names the United States in full.
                join_country_code(self.clusters, i, by_places[places])
        for places, group in by_places.items():
            what = ", ".join(sorted(places))
            for i in group[1:]:
                if compatible(self.clusters.type_of(group[0]), self.clusters.type_of(i)):
                    self.clusters.union(group[0], i, f"'{forms[i].surface}' and "
                                        f"'{forms[group[0]].surface}' both name {what} "
                                        "(CLDR / GeoNames)")
        self._places_named_elsewhere(by_places)

    def _places_named_elsewhere(self, by_places: dict[frozenset[str], list[int]]) -> None:
        """A name of several places ("سوريا": Syria, or Surrey by a GeoNames alternate
        name) joins the one of them the story also names without ambiguity ("Syria")."""
        forms = self.clusters.forms
        for places, group in by_places.items():
            named = [by_places[frozenset({p})] for p in sorted(places)
                     if len(places) > 1 and frozenset({p}) in by_places]
            if len(named) != 1:
                continue
            j = named[0][0]
            for i in group:
                if compatible(self.clusters.type_of(j), self.clusters.type_of(i)):
                    self.clusters.union(j, i, (
                        f"'{forms[i].surface}' may name {', '.join(sorted(places))}; the "
                        f"story names only one of them unambiguously, as '{forms[j].surface}'"))
