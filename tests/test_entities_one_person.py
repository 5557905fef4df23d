"""One person, one entity within a story (issue 10, session 9).

- A surname written alone joins the one full name of the story that ends in it, also when
  the model left that full name untyped (Spanish and Italian without a NER model); two
  full names with that surname leave it apart.
- A book title naming a person ("Wit and Wisdom of ...") is no name form of that person:
  not merged into it, and no rival that keeps the bare surname apart.
- The canonical name of a person is the full name, not the surname the articles repeat.
- "Chuck X" / "Charles E. X" are one person (a nickname and a middle initial); an editor's
  bracketed given name ("M. [Mohamed] X") is part of the name after it; a span of two
  names run together is no rival of the one it ends in.

Fixtures are invented for these tests (people, books and sentences). The canonical-name
and given-name rules need the optional given-name list (gender-guesser).
"""

from __future__ import annotations

import pytest

from entity_builders import entity_of
from storylens.entities.knowledge import EntityKnowledge
from storylens.entities.name_shapes import title_form, well_formed_name
from test_entities_people_led import _merged, named  # the same fixture and helper

__all__ = ["named"]  # a pytest fixture used by name below


@pytest.mark.parametrize(("lang", "text", "full", "short"), [
    ("it", "Ieri Vardek Tolmazzi ha parlato a lungo. Secondo Tolmazzi la crisi durerà.",
     "Vardek Tolmazzi", "Tolmazzi"),
    ("es", "El diplomático Zuleiq Baqrani llegó ayer. Baqrani dijo que la tregua sigue.",
     "Zuleiq Baqrani", "Baqrani"),
])
def test_a_surname_joins_the_one_untyped_full_name(
    named: EntityKnowledge, lang: str, text: str, full: str, short: str,
) -> None:
    entities = _merged(named, lang, [(text, [(full, "OTHER"), (short, "OTHER")])])
    assert entity_of(entities, short).id == entity_of(entities, full).id


def test_a_surname_after_an_honorific_joins_a_full_name_typed_org(
    named: EntityKnowledge,
) -> None:
    entities = _merged(named, "fr", [
        ("L'ambassadrice Susan Travick a quitté la salle. Selon Mme Travick, le texte est "
         "mort.", [("Susan Travick", "ORG"), ("Mme Travick", "PERSON")]),
    ])
    assert entity_of(entities, "Mme Travick").id == entity_of(entities, "Susan Travick").id


def test_a_shorter_full_name_joins_the_one_longer_untyped_name(named: EntityKnowledge) -> None:
    entities = _merged(named, "it", [
        ("A Parigi è arrivato il premier spagnolo Josè Luis Rodrìguez Zambrano, che ha "
         "parlato a lungo.",
         [("Josè Luis Rodrìguez Zambrano", "OTHER")]),
        ("Anche il premier spagnolo, Jose Luis Zambrano, ha firmato.",
         [("Jose Luis Zambrano", "PERSON")]),
    ])
    assert entity_of(entities, "Jose Luis Zambrano").id == entity_of(
        entities, "Josè Luis Rodrìguez Zambrano").id


def test_a_surname_shared_by_two_untyped_full_names_stays_apart(
    named: EntityKnowledge,
) -> None:
    entities = _merged(named, "it", [
        ("Vardek Tolmazzi e suo cugino Orsan Tolmazzi sono stati arrestati. Tolmazzi ha "
         "negato tutto.",
         [("Vardek Tolmazzi", "OTHER"), ("Orsan Tolmazzi", "OTHER"), ("Tolmazzi", "OTHER")]),
    ])
    bare = entity_of(entities, "Tolmazzi")
    assert bare.id not in {entity_of(entities, "Vardek Tolmazzi").id,
                           entity_of(entities, "Orsan Tolmazzi").id}
    assert entity_of(entities, "Vardek Tolmazzi").id != entity_of(entities, "Orsan Tolmazzi").id


def test_a_book_title_is_no_name_of_the_person_it_names(named: EntityKnowledge) -> None:
    entities = _merged(named, "en", [
        ("Readers bought Wit and Wisdom of Harold Quenby last year. Harold Quenby spoke on "
         "Monday. Quenby said the city was safe.",
         [("Wit and Wisdom of Harold Quenby", "PERSON"), ("Harold Quenby", "PERSON"),
          ("Quenby", "PERSON")]),
        ("Quenby left early. Quenby was tired.", [("Quenby", "PERSON"), ("Quenby", "PERSON")]),
    ])
    person = entity_of(entities, "Quenby")
    assert person.id == entity_of(entities, "Harold Quenby").id
    assert entity_of(entities, "Wit and Wisdom of Harold Quenby").id != person.id
    assert person.name == "Harold Quenby"


@pytest.mark.parametrize(("lang", "articles", "full"), [
    ("fr", [("Gérard Lapointe a démissionné lundi. Lapointe a quitté Paris.",
             [("Gérard Lapointe", "PERSON"), ("Lapointe", "PERSON")]),
            ("Lapointe refuse de commenter. Selon Lapointe, rien n'a changé.",
             [("Lapointe", "PERSON"), ("Lapointe", "PERSON")])], "Gérard Lapointe"),
    ("es", [("Jorge Valcárcel habló ayer. Valcárcel dijo que no dimitirá. Valcárcel sonrió.",
             [("Jorge Valcárcel", "PERSON"), ("Valcárcel", "PERSON"),
              ("Valcárcel", "PERSON")])], "Jorge Valcárcel"),
])
def test_the_canonical_name_of_a_person_is_the_full_name(
    named: EntityKnowledge, lang: str, articles: list[tuple[str, list[tuple[str, str]]]],
    full: str,
) -> None:
    entities = _merged(named, lang, articles)
    assert entity_of(entities, full).name == full


def test_a_nickname_with_a_middle_initial_is_one_person(named: EntityKnowledge) -> None:
    entities = _merged(named, "en", [
        ("Sen. Chuck Pembry criticised the plan. Pembry said it would fail.",
         [("Chuck Pembry", "PERSON"), ("Pembry", "PERSON")]),
        ("Senator Charles E. Pembry, Republican of Ohio, wrote to Pembry's critics.",
         [("Charles E. Pembry", "PERSON"), ("Pembry", "PERSON")]),
    ])
    assert entity_of(entities, "Chuck Pembry").id == entity_of(entities, "Charles E. Pembry").id
    assert entity_of(entities, "Pembry").id == entity_of(entities, "Chuck Pembry").id


def test_a_bracketed_given_name_belongs_to_the_name_after_it(named: EntityKnowledge) -> None:
    entities = _merged(named, "fr", [
        ("Le président Mohamed Karimi a parlé. Récemment, M. [Mohamed] Zeraoui s'est déclaré "
         "prêt à négocier. Zeraoui attend.",
         [("Mohamed Karimi", "PERSON"), ("Mohamed", "PERSON"), ("Zeraoui", "PERSON"),
          ("Zeraoui", "PERSON")]),
    ])
    assert all("Mohamed" not in alias for alias in entity_of(entities, "Mohamed Karimi").aliases
               if alias != "Mohamed Karimi")
    assert entity_of(entities, "[Mohamed] Zeraoui").id == entity_of(entities, "Zeraoui").id


def test_two_names_run_together_are_no_rival_of_the_one_they_end_in(
    named: EntityKnowledge,
) -> None:
    entities = _merged(named, "it", [
        ("Al ballottaggio vanno Karim Lassoued Ahmad Koubaa, dicono i giornali. Il generale "
         "Ahmed Koubaa ha votato. Koubaa ha promesso ordine.",
         [("Karim Lassoued Ahmad Koubaa", "PERSON"), ("Ahmed Koubaa", "PERSON"),
          ("Koubaa", "PERSON")]),
    ])
    assert entity_of(entities, "Koubaa").id == entity_of(entities, "Ahmed Koubaa").id


@pytest.mark.parametrize(("surface", "title"), [
    ("Wit and Wisdom of Michael Bloomberg", True),
    ("Bill and Hillary Clinton", True),
    ("The Autobiography of Malcolm X", True),
    ("Secretary of State John Kerry", False),  # an office before a name: one such word
    ("Abdel Fattah al-Sissi", False),
    ("Zine el-Abbidine Ben Ali", False),
    ("Ignazio La Russa", False),
    ("il presidente siriano Bashar", False),  # a glued office, read elsewhere
])
def test_title_form(surface: str, title: bool) -> None:
    assert title_form(surface) is title


@pytest.mark.parametrize(("surface", "shaped"), [
    ("Charles E. Grassley", True), ("Elon Musk's", False), ("[Mohamed] El-Baradei", False),
    ("Bloomberg", False), ("Wit and Wisdom of Michael Bloomberg", False), ("D'Alema Rossi", True),
])
def test_well_formed_name(surface: str, shaped: bool) -> None:
    assert well_formed_name(surface) is shaped
