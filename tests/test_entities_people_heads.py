"""Words kept before a person's name that are no part of it, and a person's second name.

- A lower-case word before a name ("le raïs Tabet"): cut when the rest is a person of the
  story; a name particle ("bin Rashid") and a rest that names no one are kept.
- A body, a place or an acronym glued before a name ("ONU Lina Ferrer", "Stato Usa Aldo
  Varelli"): cut when the rest is a person of the story; a title of common words alone
  ("Prefetto Carlo Benassi"), a place and a surname of two words ("Lima Barreto"), a
  place before a one-word rest ("Redazione Trapani Vinci"), an initial ("J. Carla
  Benton") and an ORG span are kept as written.
- "also known as" between two full names: one person, in en / it / fr / es; two names
  side by side without it stay two people.

Fixtures are written for these tests (invented people and sentences).
"""

from __future__ import annotations

import pytest

from entity_builders import entity_of, make_article
from storylens.entities import merge_entities
from storylens.entities.knowledge import EntityKnowledge


def test_a_lower_case_title_before_a_surname_is_cut_so_it_joins_its_person(
    knowledge: EntityKnowledge,
) -> None:
    text = ("L'ancien président Samir Tabet a quitté le pouvoir. La chute du raïs Tabet a "
            "ouvert une nouvelle époque. Tabet vit au bord de la mer.")
    doc = make_article(text, [("Samir Tabet", "PERSON"), ("raïs Tabet", "PERSON"),
                              ("Tabet", "PERSON")], "fr")
    entities = merge_entities([doc], knowledge)
    assert doc.mentions[1].text == "Tabet"
    person = entity_of(entities, "Samir Tabet")
    assert all(m.entity_id == person.id for m in doc.mentions)


@pytest.mark.parametrize(("text", "labelled", "kept"), [
    # a name particle is the name's own first word
    ("Osman bin Rashid parla. Poi bin Rashid tace. Rashid esce.",
     [("Osman bin Rashid", "PERSON"), ("bin Rashid", "PERSON"), ("Rashid", "PERSON")],
     "bin Rashid"),
    # the rest names no person of the story
    ("Il corteo passa per la piazza Verdana. Il sindaco Ugo Pini parla.",
     [("piazza Verdana", "LOC"), ("Ugo Pini", "PERSON")], "piazza Verdana"),
])
def test_a_lower_case_word_is_kept_before_a_particle_or_a_non_person(
    knowledge: EntityKnowledge, text: str, labelled: list[tuple[str, str]], kept: str,
) -> None:
    doc = make_article(text, labelled, "it")
    merge_entities([doc], knowledge)
    assert kept in [m.text for m in doc.mentions]


def test_an_acronym_glued_before_a_full_name_is_cut(knowledge: EntityKnowledge) -> None:
    text = ("La enviada de la ONU Lina Ferrer llegó a Damasco. Lina Ferrer pidió una "
            "tregua. Ferrer volverá el lunes.")
    doc = make_article(text, [("ONU Lina Ferrer", "PERSON"), ("Lina Ferrer", "PERSON"),
                              ("Ferrer", "PERSON")], "es")
    entities = merge_entities([doc], knowledge)
    assert doc.mentions[0].text == "Lina Ferrer"
    person = entity_of(entities, "Lina Ferrer")
    assert all(m.entity_id == person.id for m in doc.mentions)


def test_a_common_word_and_a_place_glued_before_a_full_name_are_cut(
    knowledge: EntityKnowledge,
) -> None:
    text = ("Il segretario di Stato Usa Aldo Varelli è arrivato a Monaco. Aldo Varelli "
            "vuole una tregua. Il governo è stato chiaro, dice Varelli.")
    doc = make_article(text, [("Stato Usa Aldo Varelli", "PERSON"), ("Aldo Varelli", "PERSON"),
                              ("Varelli", "PERSON")], "it")
    entities = merge_entities([doc], knowledge)
    assert doc.mentions[0].text == "Aldo Varelli"
    person = entity_of(entities, "Aldo Varelli")
    assert all(m.entity_id == person.id for m in doc.mentions)


@pytest.mark.parametrize(("text", "labelled", "kept"), [
    # a title of common words alone: kept as written, like "Prefetto Benassi"
    ("Il prefetto parla. Ieri il Prefetto Carlo Benassi firma. Il Prefetto Benassi esce. "
     "Benassi tace.",
     [("Prefetto Carlo Benassi", "PERSON"), ("Prefetto Benassi", "PERSON"),
      ("Benassi", "PERSON")], "Prefetto Carlo Benassi"),
    # a place and a surname, two words: the place may be the given name
    ("Lima Barreto escreveu muito. Barreto morreu jovem.",
     [("Lima Barreto", "PERSON"), ("Barreto", "PERSON")], "Lima Barreto"),
    # a place before a one-word rest: the place may be part of the surname
    ("La Redazione Trapani Vinci scrive. Il boss Vinci tace. Oggi Vinci parla.",
     [("Redazione Trapani Vinci", "OTHER"), ("Vinci", "PERSON"), ("Vinci", "PERSON")],
     "Redazione Trapani Vinci"),
    # an initial is no acronym
    ("The photo is by J. Carla Benton. Carla Benton took it.",
     [("J. Carla Benton", "PERSON"), ("Carla Benton", "PERSON")], "J. Carla Benton"),
    # an ORG span is cut_swallowed's: the body keeps its own part
    ("The UNESCO Director Ana Ruiz spoke. Ana Ruiz left.",
     [("UNESCO Director Ana Ruiz", "ORG"), ("Ana Ruiz", "PERSON")], "UNESCO Director"),
])
def test_a_head_that_may_be_a_name_or_a_title_or_a_body_is_kept(
    knowledge: EntityKnowledge, text: str, labelled: list[tuple[str, str]], kept: str,
) -> None:
    doc = make_article(text, labelled, "pt" if "escreveu" in text else
                       "en" if "spoke" in text else "it")
    merge_entities([doc], knowledge)
    assert kept in [m.text for m in doc.mentions]


@pytest.mark.parametrize(("text", "lang", "first", "second"), [
    ("The coder Karim Haddad, also known as Karim Sabbagh, was moved. Sabbagh is held "
     "in the north. We fear for Karim.", "en", "Karim Haddad", "Karim Sabbagh"),
    ("Il programmatore Karim Haddad [it], conosciuto anche come Karim Sabbagh, è stato "
     "trasferito. Sabbagh è detenuto. Temiamo per Karim.", "it", "Karim Haddad",
     "Karim Sabbagh"),
    ("Le blogueur Karim Haddad, connu sous le nom de Karim Sabbagh, a été transféré. "
     "Sabbagh est détenu. Nous craignons pour Karim.", "fr", "Karim Haddad", "Karim Sabbagh"),
    ("El programador Karim Haddad, conocido como Karim Sabbagh, fue trasladado. Sabbagh "
     "sigue detenido. Tememos por Karim.", "es", "Karim Haddad", "Karim Sabbagh"),
])
def test_also_known_as_joins_two_full_names_and_their_parts(
    knowledge: EntityKnowledge, text: str, lang: str, first: str, second: str,
) -> None:
    doc = make_article(text, [(first, "PERSON"), (second, "PERSON"), ("Sabbagh", "PERSON"),
                              ("Karim", "PERSON")], lang)
    entities = merge_entities([doc], knowledge)
    person = entity_of(entities, first)
    assert all(m.entity_id == person.id for m in doc.mentions)
    assert any("also known as" in e for e in person.merge_evidence)


def test_two_full_names_side_by_side_without_also_known_as_stay_two_people(
    knowledge: EntityKnowledge,
) -> None:
    text = ("Karim Haddad and Karim Sabbagh were moved. Sabbagh is held in the north. "
            "Haddad is free.")
    doc = make_article(text, [("Karim Haddad", "PERSON"), ("Karim Sabbagh", "PERSON"),
                              ("Sabbagh", "PERSON"), ("Haddad", "PERSON")], "en")
    entities = merge_entities([doc], knowledge)
    assert entity_of(entities, "Karim Haddad").id != entity_of(entities, "Karim Sabbagh").id
