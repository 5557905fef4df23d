"""A surname beside what its person leads, owns or is glued to (issue 10, session 7).

- "Administración Trump", "Governo Ferrante": a phrase opening with a common noun (the
  story writes it in lower case, or puts an article before the phrase) is no full name of
  the person, so the bare surname still finds the person's real full name by the
  articles' votes; a given name that is also a common word ("Pierre", "une pierre") is
  still a given name.
- "Whitlock's Roadster": a possessive opens a thing its first word owns, so "Whitlock"
  alone is the person, not the thing's short name.
- Two relatives one article names side by side ("Muammar Haddadi" and his son "Muhammad
  Haddadi") are not joined through a slip that another article makes ("Muhammar"),
  whichever is named first.
- A body's capitalised word or a place run on before a full name ("Difesa Dario
  Ferrante", "Stati Uniti Dario Ferrante") is the person; a given name before a full name
  ("Paolo Dario Ferrante") is part of another person's name, and "Gobierno de Lucía
  Brenner" is a government.

Fixtures are written for these tests (invented people and sentences). The rules that read
given names need the optional given-name list.
"""

from __future__ import annotations

import pytest

from entity_builders import entity_of, make_article
from storylens.entities import merge_entities
from storylens.entities.knowledge import EntityKnowledge
from storylens.records import Article, Entity


@pytest.fixture
def named(knowledge: EntityKnowledge) -> EntityKnowledge:
    """The test knowledge, which must hold the given-name list."""
    pytest.importorskip("gender_guesser")
    assert knowledge.given_names is not None
    return knowledge


def _merged(knowledge: EntityKnowledge, lang: str,
            articles: list[tuple[str, list[tuple[str, str]]]]) -> list[Entity]:
    docs: list[Article] = [make_article(text, labelled, lang) for text, labelled in articles]
    return merge_entities(docs, knowledge)


@pytest.mark.parametrize(("lang", "articles", "short", "full"), [
    # an article before the phrase ("la Administración Trump"), one article naming both
    ("es", [("La presidenta Lucía Brenner firmó el decreto. Según la Administración Brenner "
             "la medida es legal. Brenner no cederá.",
             [("Lucía Brenner", "PERSON"), ("Administración Brenner", "PERSON"),
              ("Brenner", "PERSON")])], "Brenner", "Lucía Brenner"),
    # a common noun the story writes in lower case ("il governo")
    ("it", [("Il Governo Ferrante cade: il governo non ha più la maggioranza. Ferrante si "
             "dimette. Dario Ferrante lascia Palazzo Chigi.",
             [("Governo Ferrante", "PERSON"), ("Ferrante", "PERSON"),
              ("Dario Ferrante", "PERSON")])], "Ferrante", "Dario Ferrante"),
])
def test_a_surname_beside_what_its_person_leads_joins_the_person(
    knowledge: EntityKnowledge, lang: str, articles: list[tuple[str, list[tuple[str, str]]]],
    short: str, full: str,
) -> None:
    entities = _merged(knowledge, lang, articles)
    assert entity_of(entities, short).id == entity_of(entities, full).id


def test_a_given_name_that_is_also_a_common_word_still_names_a_person(
    named: EntityKnowledge,
) -> None:
    # "pierre" (a stone) is written in lower case, but "Pierre" is a known given name:
    # "Pierre Lambert" stays a candidate, so "Lambert" stays apart from both people.
    entities = _merged(named, "fr", [
        ("Pierre Lambert a posé la première pierre du musée. Lambert a souri.",
         [("Pierre Lambert", "PERSON"), ("Lambert", "PERSON")]),
        ("Marc Lambert a quitté le club. Lambert a remercié les joueurs.",
         [("Marc Lambert", "PERSON"), ("Lambert", "PERSON")]),
    ])
    bare = entity_of(entities, "Lambert").id
    assert bare not in {entity_of(entities, "Pierre Lambert").id,
                        entity_of(entities, "Marc Lambert").id}


def test_an_owner_alone_is_the_person_not_the_short_name_of_the_thing(
    knowledge: EntityKnowledge,
) -> None:
    # One lower-case slip ("whitlock rocks") among many capitalised uses made the bare name
    # a common word for the body rule, which took it for the short name of the only
    # "body" opening with it: the thing the person owns.
    entities = _merged(knowledge, "en", [
        ("Engineer Dana Whitlock unveiled the car on Friday. Whitlock's Roadster will be "
         "launched next month, Whitlock said. Whitlock added that Whitlock Labs built it and "
         "Whitlock Labs will fly it. Whitlock smiled; a fan wrote: whitlock rocks.",
         [("Dana Whitlock", "PERSON"), ("Whitlock's Roadster", "OTHER"), ("Whitlock", "OTHER"),
          ("Whitlock", "PERSON")]),
    ])
    assert entity_of(entities, "Whitlock").id == entity_of(entities, "Dana Whitlock").id
    assert entity_of(entities, "Whitlock").id != entity_of(entities, "Whitlock's Roadster").id


@pytest.mark.parametrize(("text", "labelled"), [
    ("Il colonnello Muammar Haddadi ha otto figli. Il primogenito, Muhammad Haddadi, vive "
     "a Sirte.", [("Muammar Haddadi", "PERSON"), ("Muhammad Haddadi", "PERSON")]),
    # the son first: his join with the slip is weighed before the father's
    ("Il primogenito Muhammad Haddadi vive a Sirte. Suo padre, il colonnello Muammar "
     "Haddadi, ha otto figli.", [("Muhammad Haddadi", "PERSON"), ("Muammar Haddadi", "PERSON")]),
], ids=["father first", "son first"])
def test_relatives_named_side_by_side_are_not_joined_through_a_slip(
    knowledge: EntityKnowledge, text: str, labelled: list[tuple[str, str]],
) -> None:
    entities = _merged(knowledge, "it", [
        (text, labelled),
        ("In serata Muammar Haddadi ha parlato alla radio. Muhammar Haddadi ha minacciato "
         "i ribelli.", [("Muammar Haddadi", "PERSON"), ("Muhammar Haddadi", "PERSON")]),
    ])
    father = entity_of(entities, "Muammar Haddadi").id
    assert entity_of(entities, "Muhammar Haddadi").id == father
    assert entity_of(entities, "Muhammad Haddadi").id != father


@pytest.mark.parametrize(("text", "glued"), [
    ("Lo ha detto il ministro della Difesa Dario Ferrante a Milano. Dario Ferrante ha "
     "aggiunto che le basi sono pronte.", "Difesa Dario Ferrante"),
    # a known place, though the given-name list holds "Stati" as a rare name
    ("Lo ha detto il presidente degli Stati Uniti Dario Ferrante a Roma. Dario Ferrante ha "
     "aggiunto che le basi sono pronte.", "Stati Uniti Dario Ferrante"),
], ids=["body", "place"])
def test_a_body_or_place_run_on_before_a_full_name_is_the_person(
    named: EntityKnowledge, text: str, glued: str,
) -> None:
    entities = _merged(named, "it", [(text, [(glued, "OTHER"), ("Dario Ferrante", "PERSON")])])
    assert entity_of(entities, glued).id == entity_of(entities, "Dario Ferrante").id


def test_full_names_after_two_given_names_stay_two_people(named: EntityKnowledge) -> None:
    # "Paolo" and "Luca" are given names, not words glued before "Dario Ferrante".
    entities = _merged(named, "it", [
        ("Paolo Dario Ferrante ha vinto il premio. Luca Dario Ferrante, suo cugino, era in "
         "sala con Dario Ferrante.",
         [("Paolo Dario Ferrante", "PERSON"), ("Luca Dario Ferrante", "PERSON"),
          ("Dario Ferrante", "PERSON")]),
    ])
    assert entity_of(entities, "Paolo Dario Ferrante").id != \
        entity_of(entities, "Luca Dario Ferrante").id


def test_a_government_of_a_person_is_not_the_person(named: EntityKnowledge) -> None:
    entities = _merged(named, "es", [
        ("El Gobierno de Lucía Brenner aprobó el plan. Lucía Brenner viajará a Lima.",
         [("Gobierno de Lucía Brenner", "OTHER"), ("Lucía Brenner", "PERSON")]),
    ])
    assert entity_of(entities, "Gobierno de Lucía Brenner").id != \
        entity_of(entities, "Lucía Brenner").id
