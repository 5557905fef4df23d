"""One body written alike in two languages, or named by CLDR in each of them.

Why: the cross-language rules of :mod:`.organisations` and :mod:`.word_translations` read
meaning with the multilingual encoder, and the encoder reads some bodies poorly:

* a transliterated name is spelt by each language's own rules ("Hezbolá" / "Hezbollah",
  encoder 0.50; "You Tube" / "YouTube"): no word translates, and the spelling rules of
  :mod:`.merge` keep to guarded pairs. Here two body names of two languages are one body
  when their letters agree once what a language's spelling adds is set aside
  (:func:`letters_key`: accents, spaces and hyphens, doubled letters, a final "h"), the
  key is at least MIN_KEY_LETTERS long, neither is a place, a people or a person's name,
  and every body name of the story with that key is of one type family.
* "FSN" is the initials of "Front du salut national" and of "Frente de Salvación
  Nacional": the acronym rule of :mod:`.links` abstains on two expansions, but one
  expansion per language, whose first content words are cognates ("front" / "frente"),
  is one body named in two languages with one acronym (MIN_SHARED_INITIALS letters or
  more; with two expansions in one language, or heads that are no cognates, nothing is
  joined).
* "Nazioni Unite" / "Naciones Unidas" / "Nations unies" (encoder 0.65, "unite" / "unidas"
  no cognate): CLDR names the United Nations in every locale as territory "UN", a code the
  gazetteer leaves out as no place (:data:`.places._NOT_TERRITORIES`). The story's names
  that are one of those CLDR names, in any loaded language, are one body.

No list of names: the spelling and initials rules read letters only, the third reads
babel's CLDR data. Every merge records why.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable

from anyascii import anyascii

from .links import acronym, initials
from .merge import Clusters, compatible
from .name_words import cognate, content_words
from .normalise import normal_tokens

# Shorter keys meet too many other names by chance ("Sana" the agency, "Sanaa" the city).
MIN_KEY_LETTERS = 6
# Two- and three-letter initials of names of two languages are too often met by chance.
MIN_SHARED_INITIALS = 3
# CLDR territory codes that name a body, not a place (see the module docstring).
BODY_TERRITORIES = frozenset({"UN"})
_BODY_TYPES = frozenset({"ORG", "OTHER"})
_DOUBLED = re.compile(r"(.)\1+")


def letters_key(surface: str) -> str:
    """A name's letters as two languages' spellings of one foreign name share them:
    ASCII, lower case, letters only, doubled letters single, no final "h"
    ("Hezbollah" and "Hezbolá" -> "hezbola", "You Tube" -> "youtube")."""
    letters = re.sub(r"[^a-z]", "", anyascii(surface).lower())
    letters = _DOUBLED.sub(r"\1", letters)
    return letters[:-1] if letters.endswith("h") else letters


def join_transliterations(clusters: Clusters, language: list[str | None],
                          is_place: Callable[[int], bool],
                          person_words: set[str]) -> None:
    """Body names of two languages with one :func:`letters_key` (see the module
    docstring). ``is_place``: the form names a place or a people; ``person_words``: first
    and last words of the story's people's names."""
    forms = clusters.forms
    by_key: dict[str, list[int]] = {}
    for i, form in enumerate(forms):
        if language[i] and clusters.type_of(i) in _BODY_TYPES and not acronym(form):
            key = letters_key(form.surface)
            if len(key) >= MIN_KEY_LETTERS:
                by_key.setdefault(key, []).append(i)
    for key, found in by_key.items():
        if len({language[i] for i in found}) < 2:
            continue  # most keys: the gazetteer is only asked about the rest
        group = [i for i in found
                 if not is_place(i) and not person_words.intersection(forms[i].key)]
        kinds = {clusters.type_of(i) for i in group}
        if len({language[i] for i in group}) < 2 or \
                not all(compatible(a, b) for a in kinds for b in kinds):
            continue
        first = group[0]
        for i in group[1:]:
            if clusters.find(i) != clusters.find(first):
                clusters.union(first, i, (
                    f"'{forms[first].surface}' ({language[first]}) and '{forms[i].surface}' "
                    f"({language[i]}) spell one name (letters '{key}'), a name the story "
                    "writes in two languages"))


def join_shared_initials(clusters: Clusters, language: list[str | None],
                         stops: Callable[[int], frozenset[str]]) -> None:
    """An acronym whose initials fit one body name in each of two or more languages, and
    no other, joins them (see the module docstring). ``stops``: a form's stop words."""
    forms = clusters.forms
    wanted = {i: letters for i, form in enumerate(forms)
              if (letters := acronym(form)) and len(letters) >= MIN_SHARED_INITIALS
              and clusters.type_of(i) in _BODY_TYPES}
    if not wanted:
        return
    by_initials: dict[str, set[int]] = {}
    for j, form in enumerate(forms):
        if len(form.key) < 2 or not language[j] or clusters.type_of(j) not in _BODY_TYPES \
                or acronym(form):
            continue
        for surface in form.surfaces:
            for spelled in initials(surface, stops(j)):
                by_initials.setdefault(spelled, set()).add(j)
    for i, letters in wanted.items():
        form = forms[i]
        one: dict[str | None, int] = {}
        roots: dict[str | None, set[int]] = {}
        for j in sorted(by_initials.get(letters, ())):
            one.setdefault(language[j], j)
            roots.setdefault(language[j], set()).add(clusters.find(j))
        if len(roots) < 2 or any(len(found) > 1 for found in roots.values()) \
                or len(set().union(*roots.values())) < 2:
            continue
        heads = [(content_words(forms[j].surface, stops(j)) or [""])[0] for j in one.values()]
        if not all(cognate(heads[0], head) for head in heads[1:]):
            continue
        shown = " / ".join(f"'{forms[j].surface}' ({lang})" for lang, j in one.items())
        for j in one.values():
            if clusters.find(j) != clusters.find(i):
                clusters.union(i, j, f"'{form.surface}' is the initials of {shown}: one "
                                     "body named in two languages with one acronym")


@functools.lru_cache(maxsize=8)
def cldr_body_names(languages: tuple[str, ...]) -> dict[tuple[str, ...], str]:
    """Normal form of each CLDR name of a BODY_TERRITORIES code in ``languages`` -> the
    code ("naciones unidas", "nazioni unite", "nations unies" -> "UN")."""
    from babel import Locale, UnknownLocaleError

    names: dict[tuple[str, ...], str] = {}
    for language in languages:
        try:
            territories = Locale.parse(language).territories
        except (UnknownLocaleError, ValueError):
            continue
        for code in BODY_TERRITORIES:
            if (name := territories.get(code)) and (key := normal_tokens(name, declined=False)):
                names[key] = code
    return names


def join_cldr_bodies(clusters: Clusters, languages: tuple[str, ...]) -> None:
    """The story's names that CLDR gives for one body (see the module docstring) are one
    body, typed ORG whatever a tagger said ("Naciones Unidas" tagged PERSON)."""
    names = cldr_body_names(languages)
    if not names:
        return
    forms = clusters.forms
    by_code: dict[str, list[int]] = {}
    for i, form in enumerate(forms):
        if code := names.get(form.key):
            by_code.setdefault(code, []).append(i)
    for code, group in by_code.items():
        first = group[0]
        for i in group[1:]:
            if clusters.find(i) != clusters.find(first):
                clusters.union(first, i, (
                    f"'{forms[first].surface}' and '{forms[i].surface}' are CLDR's names "
                    f"of one body (territory code {code}) in two languages"))
        root = clusters.find(first)
        clusters.labels[root] = Counter({"ORG": sum(clusters.labels[root].values())})
