"""Short person names whose text says which full name they stand for (issue 10, session 8).

- "les frères Ismaël et Karim Bendaoud": the bare given name is a relative's ("Ismaël
  Bendaoud"), never another "Ismaël" the article names in full.
- "le président Hollister" beside "le général Hollister B. Crane": a name after one office
  is no given name of a person written only after another; the same office ("il
  presidente Faris", "il presidente Faris al-Qudsi") still joins.
- A Chinese name written family name first ("Wang Yi"): the first word alone ("Mr.
  Wang") is the name used alone.
- "George T." beside "George T. Pellham": a name cut after an initial.
- "il viceministro degli Esteri Haddouri": a surname after an office and its complement
  is the person; "la Administración Brenner" (no title) and a name also written without
  a title stay apart.

Fixtures are written for these tests (invented people and sentences). The rules that read
given names need the optional given-name list (gender-guesser).
"""

from __future__ import annotations

import pytest

from entity_builders import entity_of
from storylens.entities.knowledge import EntityKnowledge
from test_entities_people_led import _merged, named  # the same fixture and helper

__all__ = ["named"]  # a pytest fixture used by name below


def test_a_given_name_before_a_relatives_full_name_is_not_another_person(
    named: EntityKnowledge,
) -> None:
    entities = _merged(named, "fr", [
        ("Le général David Morrow a visité la base. La chaîne a été fondée par les frères "
         "David et Jean Ferrandez, deux banquiers.",
         [("David Morrow", "PERSON"), ("David", "PERSON"), ("Jean Ferrandez", "PERSON")]),
    ])
    assert entity_of(entities, "David").id != entity_of(entities, "David Morrow").id


def test_a_given_name_before_a_relatives_full_name_joins_its_own_full_name(
    named: EntityKnowledge,
) -> None:
    entities = _merged(named, "en", [
        ("The brothers Omar and Karim Haddouri were arrested in May.",
         [("Omar", "PERSON"), ("Karim Haddouri", "PERSON")]),
        ("Omar Haddouri told the court he was innocent.",
         [("Omar Haddouri", "PERSON")]),
    ])
    assert entity_of(entities, "Omar").id == entity_of(entities, "Omar Haddouri").id
    assert entity_of(entities, "Omar").id != entity_of(entities, "Karim Haddouri").id


def test_a_name_after_another_office_is_no_given_name_of_a_titled_person(
    named: EntityKnowledge,
) -> None:
    entities = _merged(named, "fr", [
        ("Le général Carter B. Crane commande les opérations. Il a rencontré les envoyés "
         "qui avaient obtenu l'accord du président Carter en 1979.",
         [("Carter B. Crane", "PERSON"), ("Carter", "PERSON")]),
    ])
    assert entity_of(entities, "Carter").id != entity_of(entities, "Carter B. Crane").id


def test_a_given_name_after_the_same_office_joins_its_person(named: EntityKnowledge) -> None:
    entities = _merged(named, "it", [
        ("Il presidente siriano Bashar al-Qudsi ha parlato ieri. Il presidente Bashar ha "
         "promesso riforme.",
         [("Bashar al-Qudsi", "PERSON"), ("Bashar", "PERSON")]),
    ])
    assert entity_of(entities, "Bashar").id == entity_of(entities, "Bashar al-Qudsi").id


def test_a_chinese_family_name_alone_joins_the_full_name(named: EntityKnowledge) -> None:
    entities = _merged(named, "en", [
        ("Foreign minister Wang Yi met his counterpart on Monday. Mr. Wang said the talks "
         "were useful.",
         [("Wang Yi", "PERSON"), ("Wang", "PERSON")]),
    ])
    assert entity_of(entities, "Wang").id == entity_of(entities, "Wang Yi").id


@pytest.mark.parametrize(("surface", "chinese"), [
    ("Wang Yi", True), ("Hua Chunying", True),
    # "Ben" and "Kim" are given names of other countries too; a Western name is none
    ("Ben Ali", False), ("Kim Jong Un", False), ("Jean Ferrandez", False),
])
def test_chinese_names_are_told_by_the_given_name_list_countries(
    surface: str, chinese: bool,
) -> None:
    pytest.importorskip("gender_guesser")
    from storylens.entities.bare_names import chinese_order

    assert chinese_order(surface) is chinese


def test_a_name_cut_after_an_initial_joins_the_longer_name(named: EntityKnowledge) -> None:
    entities = _merged(named, "en", [
        ("George T. Pellham was a friend of the prince. What George T. liked most in him "
         "was his taste for secrecy.",
         [("George T. Pellham", "PERSON"), ("George T", "PERSON")]),
    ])
    assert entity_of(entities, "George T").id == entity_of(entities, "George T. Pellham").id


def test_a_surname_after_an_office_and_its_complement_is_the_person(
    named: EntityKnowledge,
) -> None:
    entities = _merged(named, "it", [
        ("Karim Haddouri guida la politica degli esteri. Haddouri ha parlato. Lo ha ribadito "
         "il viceministro degli Esteri Haddouri, nel pomeriggio.",
         [("Karim Haddouri", "PERSON"), ("Haddouri", "PERSON"),
          ("Esteri Haddouri", "OTHER")]),
    ])
    assert entity_of(entities, "Esteri Haddouri").id == entity_of(entities, "Haddouri").id


def test_a_phrase_without_an_office_or_a_name_also_written_bare_stays_apart(
    named: EntityKnowledge,
) -> None:
    entities = _merged(named, "es", [
        ("Lucía Brenner firmó el decreto. Brenner no cederá. Según la Administración "
         "Brenner la medida es legal.",
         [("Lucía Brenner", "PERSON"), ("Brenner", "PERSON"),
          ("Administración Brenner", "PERSON")]),
    ])
    assert entity_of(entities, "Administración Brenner").id != entity_of(entities, "Brenner").id


def test_a_full_name_after_an_office_is_no_complement_of_a_relatives_surname(
    named: EntityKnowledge,
) -> None:
    # "Mounaf" is a given name the list may not know: it is no word of a body or a place
    # of the story, so "général Mounaf Tlass" stays a full name of its own.
    entities = _merged(named, "fr", [
        ("Mustafa Tlass fut ministre de la Défense. Tlass a parlé longtemps. Le général "
         "Mounaf Tlass a fait défection.",
         [("Mustafa Tlass", "PERSON"), ("Tlass", "PERSON"), ("Mounaf Tlass", "PERSON")]),
    ])
    assert entity_of(entities, "Mounaf Tlass").id != entity_of(entities, "Mustafa Tlass").id


def test_a_name_run_on_into_the_place_it_is_from_is_the_person(named: EntityKnowledge) -> None:
    entities = _merged(named, "fr", [
        ("Les manifestants ont chassé Karim Ben Salah de Tunisie en janvier. Ben Salah a "
         "fui à l'étranger.",
         [("Karim Ben Salah de Tunisie", "PERSON"), ("Ben Salah", "PERSON")]),
    ])
    assert entity_of(entities, "Karim Ben Salah de Tunisie").id \
        == entity_of(entities, "Ben Salah").id
