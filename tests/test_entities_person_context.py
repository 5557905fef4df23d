"""Types set from the text around a one-word name (issue 10, session 8): a surname the
tagger typed as a place or a body where the story names the person in full, and a known
town the tagger typed as a person. Fixtures are written for these tests; the mentions
carry the labels a tagger gives."""

from __future__ import annotations

import pytest

from entity_builders import entity_of, make_article
from storylens.entities import merge_entities
from storylens.entities.knowledge import EntityKnowledge


@pytest.fixture(scope="module")
def knowledge() -> EntityKnowledge:
    return EntityKnowledge.build(["en", "fr"], "en")


def test_a_surname_typed_as_a_place_joins_the_person(knowledge: EntityKnowledge) -> None:
    doc = make_article(
        "Dana Toledo won the jury prize on Sunday. Toledo said the role had taken a year. "
        "Critics praised Ms. Toledo for the final scene.",
        [("Dana Toledo", "PERSON"), ("Toledo", "GPE"), ("Toledo", "GPE")])
    entity = entity_of(merge_entities([doc], knowledge), "Toledo")
    assert entity.type == "PERSON"
    assert "Dana Toledo" in entity.aliases


def test_a_surname_typed_as_a_body_joins_the_person_past_a_book_title(
        knowledge: EntityKnowledge) -> None:
    doc = make_article(
        "Oren Kastell entered the race in May. Kastell's rivals mocked a booklet called "
        '"The Wit of Oren Kastell". Kastell said he had never read it. Kastell spent more '
        "than anyone.",
        [("Oren Kastell", "PERSON"), ("Kastell", "ORG"), ("The Wit of Oren Kastell", "PERSON"),
         ("Kastell", "ORG"), ("Kastell", "ORG")])
    entity = entity_of(merge_entities([doc], knowledge), "Kastell")
    assert entity.type == "PERSON"
    assert "Oren Kastell" in entity.aliases


def test_a_surname_shared_with_a_company_of_the_story_is_left_alone(
        knowledge: EntityKnowledge) -> None:
    doc = make_article(
        "Oren Kastell entered the race in May. Kastell Media reported the news. "
        '"The Wit of Oren Kastell" was printed. Kastell said it would not comment. '
        "Kastell's newsroom stayed quiet.",
        [("Oren Kastell", "PERSON"), ("Kastell Media", "ORG"),
         ("The Wit of Oren Kastell", "PERSON"), ("Kastell", "ORG"), ("Kastell", "ORG")])
    entity = entity_of(merge_entities([doc], knowledge), "Kastell")
    assert entity.type == "ORG"
    assert "Oren Kastell" not in entity.aliases


def test_a_french_surname_after_madame_takes_person(knowledge: EntityKnowledge) -> None:
    doc = make_article(
        "Claire Nantes a présenté le budget mardi. Nantes a déclaré que les comptes "
        "étaient tenus. Selon Mme Nantes, la dette baisse.",
        [("Claire Nantes", "PER"), ("Nantes", "LOC"), ("Nantes", "LOC")], "fr")
    entity = entity_of(merge_entities([doc], knowledge), "Nantes")
    assert entity.type == "PERSON"
    assert "Claire Nantes" in entity.aliases


def test_a_known_town_typed_person_and_org_takes_its_place_type(
        knowledge: EntityKnowledge) -> None:
    doc = make_article(
        "Les routes sont coupées, comme celle de Homs, depuis lundi. Les agences à Homs "
        "restent fermées.",
        [("Homs", "PER"), ("Homs", "ORG")], "fr")
    assert entity_of(merge_entities([doc], knowledge), "Homs").type == "GPE"


def test_an_unknown_village_typed_person_takes_a_place_type(
        knowledge: EntityKnowledge) -> None:
    doc = make_article(
        "Des tirs ont visé le village de Kfar Semlan mardi. Les habitants du village de "
        "Kfar Semlan ont fui vers le nord.",
        [("Kfar Semlan", "PER"), ("Kfar Semlan", "PER")], "fr")
    assert entity_of(merge_entities([doc], knowledge), "Kfar Semlan").type == "LOC"


def test_a_name_that_speaks_stays_a_person(knowledge: EntityKnowledge) -> None:
    doc = make_article(
        "Le camp de Varosz a quitté la table mardi. Varosz a déclaré que la trêve était "
        "morte.",
        [("Varosz", "PER"), ("Varosz", "PER")], "fr")
    assert entity_of(merge_entities([doc], knowledge), "Varosz").type == "PERSON"
