"""Given names: two full names of one person that differ only by a nickname ("Jim Mattis" /
"James Mattis"), and whether a word is a known given name ("Barack", "Kareem", "Asma").

The pairs come from the ``nicknames`` package (a hand-curated dataset of English given
names and their diminutives, maintained apart from storylens), never from the data. Only
a direct pair counts ("Jim" is a nickname of "James"), not two nicknames of one name
("Bert" of Robert and of Albert), and the rest of the two names must be identical.
Without the package the rule is simply off.

Known given names come from ``gender-guesser`` (Jörg Michael's list of ~48,000 first names
from some fifty countries, Arabic, Italian, Spanish and Russian ones included), again a
general resource, never the data. Only names the list gives a gender to count, not the
ones it calls androgynous ("San", "Justice", "Free"); without the package no word is one.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING

from .merge import Clusters

if TYPE_CHECKING:
    from gender_guesser.detector import Detector

NicknameTest = Callable[[str, str], bool]


def load_nickname_test() -> NicknameTest | None:
    """Whether one given name is a nickname of the other (None without the package)."""
    try:
        from nicknames import NickNamer
    except ImportError:
        return None
    namer = NickNamer()

    def test(a: str, b: str) -> bool:
        return b in namer.nicknames_of(a) or a in namer.nicknames_of(b)

    return test


GivenNameTest = Callable[[str], bool]
# gender-guesser's answers for a word it knows as a first name of one gender (mostly).
_GENDERED = frozenset({"male", "female", "mostly_male", "mostly_female"})


@functools.cache
def _detector() -> Detector | None:
    """gender-guesser's detector, loaded once (None without the package)."""
    try:
        from gender_guesser.detector import Detector as Loaded
    except ImportError:
        return None
    return Loaded(case_sensitive=False)


def load_given_name_test() -> GivenNameTest | None:
    """Whether a word is a known given name (None without the package)."""
    detector = _detector()
    if detector is None:
        return None

    def test(word: str) -> bool:
        return len(word) > 1 and detector.get_gender(word) in _GENDERED

    return test


def gender_of(word: str) -> str | None:
    """"male" or "female" for a known given name of (mostly) one gender, else None: two
    names one letter apart of different genders ("Mario" / "Maria") are two people."""
    detector = _detector()
    if detector is None or len(word) <= 1:
        return None
    answer = detector.get_gender(word)
    return answer.removeprefix("mostly_") if answer in _GENDERED else None


def full_names_by_rest(clusters: Clusters) -> dict[tuple[str, ...], list[int]]:
    """The story's person names of two words or more, grouped by the words after the
    first: the forms that may differ only by how the given name is written."""
    by_rest: dict[tuple[str, ...], list[int]] = {}
    for i, form in enumerate(clusters.forms):
        if len(form.key) >= 2 and clusters.type_of(i) == "PERSON":
            by_rest.setdefault(form.key[1:], []).append(i)
    return by_rest


def merge_nicknames(clusters: Clusters, is_nickname: NicknameTest | None) -> None:
    """Join person forms equal but for a first name that is a nickname of the other's."""
    if is_nickname is None:
        return
    forms = clusters.forms
    for group in full_names_by_rest(clusters).values():
        for a in group:
            for b in group:
                first_a, first_b = forms[a].key[0], forms[b].key[0]
                if a < b and clusters.find(a) != clusters.find(b) and first_a != first_b \
                        and is_nickname(first_a, first_b):
                    clusters.union(a, b, f"'{forms[a].surface}' and '{forms[b].surface}' "
                                         f"differ by a nickname ('{first_a}' / '{first_b}',"
                                         " nicknames dataset)")
