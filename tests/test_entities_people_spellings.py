"""One person written several ways in one story (issue 10, session 6).

- A page that quotes several sources spells one person two ways in one article ("Samir
  Chakour" / "Samir Shakour", with a lower-case slip "chakour"): one person; two given
  names of different genders ("Mario" / "Maria Ferri") and short names ("Ali" / "Alia")
  stay two people.
- "<full name> di <place>" is the person, so the given name alone is no longer ambiguous.
- A generational suffix ("Walter Brandt Jr.") is no word of the name.
- A one-word given name that opens a person's full name is no body's short name, even
  when a cut span ("Karim Bin") opens with it too.
- A stop word of another language ("ali", Portuguese "there") does not stop a Spanish
  "Ali Mansour Haddad" from being a person's name.
- An untyped full name that opens with a known given name ("Elena Pirovano", a model that
  types nothing) takes the given name alone ("Elena") when no typed person competes.

Fixtures are written for these tests (invented people and sentences). The rules that
read given names and their genders need the optional given-name list.
"""

from __future__ import annotations

import pytest

from entity_builders import entity_of, make_article
from storylens.entities import merge_entities
from storylens.entities.knowledge import EntityKnowledge


@pytest.fixture
def named(knowledge: EntityKnowledge) -> EntityKnowledge:
    """The test knowledge, which must hold the given-name list."""
    pytest.importorskip("gender_guesser")
    assert knowledge.given_names is not None
    return knowledge


# (text, labelled mentions, language, a surface of the one person they all name)
Case = tuple[str, list[tuple[str, str]], str, str]
NEEDS_NAMES: list[Case] = [
    # a forum page spells one person two ways, and once in lower case
    ("Le général Samir Chakour a perdu. Un lecteur écrit que Samir Shakour a gagné. "
     "Un autre répond : non, chakour a perdu. Samir Chakour conteste.",
     [("Samir Chakour", "PERSON"), ("Samir Shakour", "PERSON"), ("Samir Chakour", "PERSON")],
     "fr", "Samir Chakour"),
    # "ali" is a Portuguese stop word, not one of this Spanish story's
    ("El activista Ali Mansour Haddad fue detenido en marzo. Haddad aparece en un vídeo. "
     "Sus amigos piden la libertad de Haddad.",
     [("Ali Mansour Haddad", "OTHER"), ("Haddad", "OTHER"), ("Haddad", "OTHER")],
     "es", "Ali Mansour Haddad"),
    # a model that types nothing: the given name alone still finds its full name
    ("Sono state rapite Elena Pirovano e una collega. Elena Pirovano lavorava in un "
     "ospedale. Elena aveva scritto ai genitori. Il padre di Elena spera.",
     [("Elena Pirovano", "OTHER"), ("Elena Pirovano", "OTHER"), ("Elena", "OTHER"),
      ("Elena", "OTHER")], "it", "Elena Pirovano"),
    # one given name written two ways, and its initial
    ("Un billet de Gerard LAMOTTE. Le blog de Gerardo Lamotte ? Non : de Gerard "
     "Lamotte. Merci G. Lamotte. Bravo M. Lamotte.",
     [("Gerard LAMOTTE", "PERSON"), ("Gerardo Lamotte", "PERSON"),
      ("Gerard Lamotte", "PERSON"), ("G. Lamotte", "PERSON"), ("M. Lamotte", "PERSON")],
     "fr", "Gerard Lamotte"),
]
ANY_KNOWLEDGE: list[Case] = [
    # where the person is from, after "di"
    ("Si tratta di Lucia Fantin di Castelverde, volontaria. Lucia Fantin era partita a "
     "luglio. Lucia aveva chiamato la famiglia.",
     [("Lucia Fantin di Castelverde", "PERSON"), ("Lucia Fantin", "PERSON"),
      ("Lucia", "PERSON")], "it", "Lucia Fantin"),
    # a generational suffix
    ("Police arrested Walter Brandt Jr. on Friday. Walter Brandt had a long record. "
     "Brandt was held overnight.",
     [("Walter Brandt Jr", "PERSON"), ("Walter Brandt", "PERSON"), ("Brandt", "PERSON")],
     "en", "Walter Brandt"),
]


def _one_person(knowledge: EntityKnowledge, case: Case) -> None:
    text, labelled, lang, name = case
    doc = make_article(text, labelled, lang)
    person = entity_of(merge_entities([doc], knowledge), name)
    assert all(m.entity_id == person.id for m in doc.mentions)


@pytest.mark.parametrize("case", NEEDS_NAMES)
def test_one_person_written_several_ways_with_the_given_name_list(
    named: EntityKnowledge, case: Case,
) -> None:
    _one_person(named, case)


@pytest.mark.parametrize("case", ANY_KNOWLEDGE)
def test_one_person_written_several_ways(knowledge: EntityKnowledge, case: Case) -> None:
    _one_person(knowledge, case)


@pytest.mark.parametrize(("first", "second"), [
    ("Mario Ferri", "Maria Ferri"),  # a man and a woman: one letter apart
    ("Ali Karam", "Alia Karam"),  # short names: another person
])
def test_two_people_one_letter_apart_in_one_article_stay_apart(
    named: EntityKnowledge, first: str, second: str,
) -> None:
    text = f"{first} è arrivato a Roma. Anche {second} è arrivata ieri con la figlia."
    doc = make_article(text, [(first, "PERSON"), (second, "PERSON")], "it")
    entities = merge_entities([doc], named)
    assert entity_of(entities, first).id != entity_of(entities, second).id


def test_a_given_name_alone_is_no_short_name_of_a_cut_span(named: EntityKnowledge) -> None:
    # The model tags the given name a body once: it stays apart (no vote joins a body to a
    # person), but it is never made the short name of the cut span "Karim Bin".
    text = ("Karim bin Tahir è stato catturato. La notizia della cattura di Karim Bin è "
            "arrivata di notte. Karim era in fuga da anni. Tutti parlano di Karim.")
    doc = make_article(text, [("Karim bin Tahir", "PERSON"), ("Karim Bin", "OTHER"),
                              ("Karim", "ORG"), ("Karim", "OTHER")], "it")
    entities = merge_entities([doc], named)
    assert entity_of(entities, "Karim").id != entity_of(entities, "Karim Bin").id


def test_an_initial_shared_by_two_people_stays_apart(named: EntityKnowledge) -> None:
    text = "John Smithers met Jane Smithers. Later J. Smithers spoke."
    doc = make_article(text, [("John Smithers", "PERSON"), ("Jane Smithers", "PERSON"),
                              ("J. Smithers", "PERSON")], "en")
    entities = merge_entities([doc], named)
    ids = {entity_of(entities, s).id for s in ("John Smithers", "Jane Smithers",
                                                "J. Smithers")}
    assert len(ids) == 3
