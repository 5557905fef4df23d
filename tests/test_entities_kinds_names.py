"""Types and canonical names a reader sees (issue 10, session 6).

- A name after a place noun ("la place Tahrir", "piazza X") is a place, after a body noun
  ("il movimento X", "la campaña X") a body, decided over all the name's mentions.
- A one-word spelling of the surname of the story's one person of that name ("Mubarak"
  beside "Hosni Moubarak") is that person, whatever the tagger typed.
- A place is named as the articles write it (or by CLDR for a country), never by a
  GeoNames romanisation with diacritics that no article wrote.

Fixtures are written for these tests (invented sentences; the places are real so the
gazetteer knows them).
"""

from __future__ import annotations

from entity_builders import entity_of, make_article
from storylens.config import DEFAULT_LANGUAGES
from storylens.entities import merge_entities
from storylens.entities.knowledge import EntityKnowledge


def test_a_name_after_a_square_noun_is_a_place(knowledge: EntityKnowledge) -> None:
    docs = [make_article("Des milliers de personnes sur la place Zerhani mardi. La foule "
                         "quitte la place Zerhani le soir. Zerhani reste calme.",
                         [("Zerhani", "PERSON"), ("Zerhani", "PERSON"), ("Zerhani", "PERSON")],
                         "fr"),
            make_article("La folla in piazza Zerhani cresce.", [("Zerhani", "PER")], "it")]
    entity = entity_of(merge_entities(docs, knowledge), "Zerhani")
    assert entity.type == "LOC"
    assert any("follow a noun" in why for why in entity.merge_evidence)


def test_a_person_named_once_after_a_square_noun_stays_a_person(
        knowledge: EntityKnowledge) -> None:
    docs = [make_article("Nadia Ferrandi a parlé. Nadia Ferrandi répond. Nadia Ferrandi "
                         "part place Nadia Ferrandi.",
                         [("Nadia Ferrandi", "PERSON")] * 4, "fr")]
    assert entity_of(merge_entities(docs, knowledge), "Nadia Ferrandi").type == "PERSON"


def test_a_movement_spelt_two_ways_is_one_body(knowledge: EntityKnowledge) -> None:
    docs = [make_article("Il movimento Tamarrod chiede elezioni. Il movimento Tamarrod "
                         "raccoglie firme.", [("Tamarrod", "LOC"), ("Tamarrod", "LOC")],
                         "it"),
            make_article("La campaña Tamarrud pide elecciones.", [("Tamarrud", "PER")], "es")]
    entities = merge_entities(docs, knowledge)
    entity = entity_of(entities, "Tamarrod")
    assert entity.type == "ORG"
    assert "Tamarrud" in entity.aliases


def test_a_surname_spelt_another_way_is_the_persons(knowledge: EntityKnowledge) -> None:
    docs = [make_article("L'ancien président Hosni Moubarak est jugé. Hosni Moubarak nie.",
                         [("Hosni Moubarak", "PERSON"), ("Hosni Moubarak", "PERSON")], "fr"),
            make_article("La transition entre Mubarak et l'armée. Le règne de Mubarak a duré.",
                         [("Mubarak", "LOC"), ("Mubarak", "LOC")], "fr")]
    entity = entity_of(merge_entities(docs, knowledge), "Mubarak")
    assert entity.type == "PERSON"
    assert "Hosni Moubarak" in entity.aliases
    assert any("spells the last name" in why for why in entity.merge_evidence)


def test_a_surname_spelling_of_two_people_stays_apart(knowledge: EntityKnowledge) -> None:
    docs = [make_article("Hosni Moubarak et son fils Gamal Moubarak. Hosni Moubarak parle, "
                         "Gamal Moubarak se tait.",
                         [("Hosni Moubarak", "PERSON"), ("Gamal Moubarak", "PERSON"),
                          ("Hosni Moubarak", "PERSON"), ("Gamal Moubarak", "PERSON")], "fr"),
            make_article("Le règne de Mubarak.", [("Mubarak", "LOC")], "fr")]
    entity = entity_of(merge_entities(docs, knowledge), "Mubarak")
    assert entity.aliases == ["Mubarak"]


def test_a_city_is_named_as_the_articles_write_it_not_by_a_romanisation() -> None:
    docs = [make_article("Clashes in Nasr City on Tuesday. Nasr City was calm later. Police "
                         "came to Menouf. A march went to Bush.",
                         [("Nasr City", "LOC"), ("Nasr City", "LOC"), ("Menouf", "LOC"),
                          ("Bush", "LOC")], "en")]
    entities = merge_entities(docs, EntityKnowledge.build(DEFAULT_LANGUAGES, "en"))
    assert entity_of(entities, "Nasr City").name == "Nasr City"
    assert entity_of(entities, "Menouf").name == "Menouf"
    assert entity_of(entities, "Bush").name == "Bush"  # same letters, GeoNames' "Būsh"


def test_a_place_or_a_consonant_skeleton_is_no_spelling_of_a_surname(
        knowledge: EntityKnowledge) -> None:
    """Abstain: a gazetteer city ("Paris" beside "Simon Peres") and a match of consonants
    alone ("Teresa" beside "Marco Torres") are no evidence of one person."""
    docs = [make_article("Simon Peres arrive demain. Simon Peres parle à Paris.",
                         [("Simon Peres", "PERSON"), ("Simon Peres", "PERSON"),
                          ("Paris", "LOC")], "fr"),
            make_article("Marco Torres e Teresa sono partiti.",
                         [("Marco Torres", "PER"), ("Teresa", "LOC")], "it")]
    entities = merge_entities(docs, knowledge)
    assert entity_of(entities, "Paris").type in ("GPE", "LOC")
    assert entity_of(entities, "Paris").aliases == ["Paris"]
    assert entity_of(entities, "Teresa").aliases == ["Teresa"]


def test_a_name_the_story_writes_after_a_capitalised_square_noun_is_that_place(
        knowledge: EntityKnowledge) -> None:
    docs = [make_article("La foule a envahi la Place Zerhani. Les jeunes de Zerhani "
                         "chantent. La révolution de Zerhani continue.",
                         [("Place Zerhani", "PERSON"), ("Zerhani", "PERSON"),
                          ("Zerhani", "PERSON")], "fr")]
    entity = entity_of(merge_entities(docs, knowledge), "Zerhani")
    assert entity.type == "LOC"
    assert {"Zerhani", "Place Zerhani"} <= set(entity.aliases)


def test_a_persons_last_name_is_not_taken_for_a_square(knowledge: EntityKnowledge) -> None:
    docs = [make_article("Le juge Marc Zerhani a parlé. Zerhani répond. La Place Zerhani "
                         "porte le nom de son père.",
                         [("Marc Zerhani", "PERSON"), ("Zerhani", "PERSON"),
                          ("Place Zerhani", "LOC")], "fr")]
    entity = entity_of(merge_entities(docs, knowledge), "Zerhani")
    assert entity.type == "PERSON"
    assert "Place Zerhani" not in entity.aliases
