"""One person written several ways: two spellings in one article, a place after the name,
and one given name written two ways or as its initial.

The spelling guard (:class:`.guards.SpellingGuard`) takes two spellings in one article for
two names ("Ali" / "Alia", "Jan" / "Jana"): a writer who means one person spells them
once. Pages that quote several sources break that habit - a forum thread writes "Chafik",
"Shafik" and "Shafiq" for one candidate, a live blog "Osam Bin Laden" once among a hundred
"Osama Bin Laden", a comment "Burhan Galioun" beside the article's "Burhan Ghalioun". So
two *person* forms (both typed PERSON) stay joinable in one article when each differing word is
a transliteration or a slip of one name: five letters or more, the same consonant skeleton or
one edit inside a longer name that shares another word, and never two given names of
different genders ("Mario" / "Maria", "Daniel" / "Daniela"), which name two people. The
rule needs the given-name list (its genders); without it the guard stays as it was.

A full name followed by "di" / "da" / "de" / "of" / "from" and more words ("Vanessa
Marzullo di Brembate", "Hillary Clinton da Washington", "Daniele Raineri de Il Foglio")
says where the person is from or works: it is that person when the story also writes the
full name (two words or more) without them and one of the two is typed PERSON. Left apart,
the longer span is a second "full name": its last word passes for the person's surname
("Brembate", a village no gazetteer knows) and makes the given name ambiguous.

One given name written two ways ("George" / "Georges Malbrunot") or as its initial ("G.
Malbrunot") before the same surname is one person when no other person of the story fits;
otherwise "M. Malbrunot" has three full names to choose from and stays apart.
"""

from __future__ import annotations

from collections.abc import Iterable

from .given_names import GivenNameTest, full_names_by_rest, gender_of
from .merge import Clusters, Form, compatible, token_match
from .normalise import levenshtein, skeleton

# Shorter words are too easily other names ("Ali" / "Alia", "Omar" / "Amer").
MIN_SLIP_LEN = 5
# Words that put a place after a name as where someone is from.
_FROM = frozenset("di da de del of from".split())


def one_person_spelling(a: Form, b: Form, is_given: GivenNameTest | None) -> bool:
    """Whether two person forms that one article writes both ways may be one person
    (see the module docstring); False when either is not typed PERSON or without the
    given-name list."""
    if is_given is None or a.kind != "PERSON" or b.kind != "PERSON" \
            or len(a.key) != len(b.key) or a.key == b.key:
        return False
    shared = [x for x, y in zip(a.key, b.key, strict=True) if x == y and len(x) >= 3]
    for x, y in zip(a.key, b.key, strict=True):
        if x == y:
            continue
        if min(len(x), len(y)) < MIN_SLIP_LEN or token_match(x, y) is None:
            return False
        if skeleton(x) != skeleton(y) and not (shared and levenshtein(x, y) == 1):
            return False
        genders = {gender_of(x), gender_of(y)}
        if {"male", "female"} <= genders:
            return False
    return True


def join_place_of_origin(clusters: Clusters) -> None:
    """Join "<full name> di <place or body>" to the person's full name written alone."""
    forms = clusters.forms
    by_key = {f.key: i for i, f in enumerate(forms)}
    for i, form in enumerate(forms):
        key = form.key
        for cut in range(2, len(key) - 1):
            name, word, place = key[:cut], key[cut], key[cut + 1:]
            j = by_key.get(name)
            if j is None or word not in _FROM:
                continue
            ti, tj = clusters.type_of(i), clusters.type_of(j)
            if "PERSON" not in (ti, tj) or not compatible(ti, tj):
                continue
            clusters.union(j, i, f"'{form.surface}' is '{forms[j].surface}' and where the "
                                 f"person is from or works ('{' '.join(place)}')")
            break


def _same_given_name(a: str, b: str) -> bool:
    """Two written forms of one given name: one letter added or dropped ("George" /
    "Georges"), five letters or more, never of two genders; or one the other's initial."""
    if a == b:
        return False
    if min(len(a), len(b)) == 1:
        return a[0] == b[0]
    return min(len(a), len(b)) >= MIN_SLIP_LEN - 1 and abs(len(a) - len(b)) == 1 \
        and levenshtein(a, b) == 1 and gender_of(a) == gender_of(b) is not None


def join_given_name_forms(clusters: Clusters, is_given: GivenNameTest | None) -> None:
    """"George Malbrunot" / "Georges Malbrunot" / "G. Malbrunot": person names with the
    same words after the first, the first words one given name written two ways or its
    initial, join when no other person of the story fits ("J. Smith" beside "John Smith"
    and "Jane Smith" stays apart). Needs the given-name list (genders)."""
    if is_given is None:
        return
    forms = clusters.forms
    for group in full_names_by_rest(clusters).values():
        # Full first names first, so an initial meets them once they are one person.
        for i in sorted(group, key=lambda k: len(forms[k].key[0]) == 1):
            fits = {clusters.find(j) for j in group if clusters.find(j) != clusters.find(i)
                    and len(forms[j].key[0]) > 1  # an initial meets full names only
                    and _same_given_name(forms[i].key[0], forms[j].key[0])}
            others = {clusters.find(j) for j in group} - {clusters.find(i)} - fits
            if len(fits) == 1 and not (len(forms[i].key[0]) == 1 and others):
                j = next(j for j in group if clusters.find(j) in fits)
                clusters.union(j, i, f"'{forms[i].surface}' and '{forms[j].surface}' write "
                                     "one given name two ways (or its initial)")


def spelt_surname(key: tuple[str, ...], full_names: Iterable[tuple[str, ...]]
                  ) -> tuple[str, ...] | None:
    """The one person's full name whose last word a one-word form spells another way
    ("Mubarak" beside "Hosni Moubarak"), or None: the form is then that person's surname
    whatever the tagger or a gazetteer made of it. Abstains when the word is that very
    surname (forms.py decides those), opens a full name (a given name) or spells the
    surnames of two people ("Mubarak" beside "Hosni" and "Gamal Moubarak"); a spelling
    is an edit or an Arabic article, never a shared consonant skeleton alone."""
    if len(key) != 1:
        return None
    names = list(full_names)
    if any(key[0] in (name[0], name[-1]) for name in names):
        return None
    # Consonants alone are too weak here ("Golan" / "Ghalioun", "Teresa" / "Torres").
    # One comparison per distinct surname: a story names many people sharing few of them.
    match = {last: token_match(key[0], last) for last in {name[-1] for name in names}}
    hits = [name for name in names if "skeleton" not in (match[name[-1]] or "skeleton")]
    if not hits or not all(
            len(h) == len(hits[0]) and all(token_match(a, b) for a, b in zip(h, hits[0],
                                                                             strict=True))
            for h in hits):
        return None
    return hits[0]
