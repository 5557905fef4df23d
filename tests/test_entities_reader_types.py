"""What a reader sees in a story's entity list in Spanish, Italian, English and French
(issue 10, session 9): institutions written as capitalised common nouns, acronyms and
awards typed as people, a continent read as a country's people. Fixtures are written for
these tests; the mentions carry the labels a tagger or the capitalisation fallback gives."""

from __future__ import annotations

import pytest

from entity_builders import entity_of, make_article
from storylens.entities import merge_entities
from storylens.entities.knowledge import EntityKnowledge
from storylens.entities.run_words import RunWords
from storylens.records import Entity


@pytest.fixture(scope="module")
def knowledge() -> EntityKnowledge:
    return EntityKnowledge.build(["es", "it", "fr", "en"], "en")


def _names(entities: list[Entity]) -> set[str]:
    return {alias for e in entities for alias in e.aliases}


def _run(lang: str, *texts: str) -> RunWords:
    """The run's other articles, which write the common words in lower case."""
    return RunWords.of([make_article(t, [], lang) for t in texts])


ES_RUN = ("El gobierno de transición y el ejército hablan. Un gobierno nuevo, dicen los "
          "partidos morales, pide unidad.",
          "Otro gobierno cae; el ejército vigila la cámara. La unidad, las fuerzas "
          "morales y la cámara también.")


def test_spanish_institutions_written_as_names_are_no_entities(
        knowledge: EntityKnowledge) -> None:
    doc = make_article("El Gobierno de Varcelia anunció la reforma. El Ejército la apoya. "
                       "Morales dijo que el Gobierno miente y que el Ejército calla. "
                       "Unidad votó en contra; Morales pidió la palabra y Unidad salió.",
                       [("Gobierno", "ORG"), ("Varcelia", "LOC"), ("Ejército", "ORG"),
                        ("Morales", "PERSON"), ("Gobierno", "ORG"), ("Ejército", "ORG"),
                        ("Unidad", "ORG"), ("Morales", "PERSON"), ("Unidad", "ORG")], "es")
    names = _names(merge_entities([doc], knowledge, run_words=_run("es", *ES_RUN)))
    assert not names & {"Gobierno", "Ejército"}
    # A surname at a sentence start that is also a lower-case word ("morales"), and a
    # party's name written with no article, once inside a sentence ("unidad" is a
    # common noun), stay names.
    assert {"Varcelia", "Morales", "Unidad"} <= names


def test_without_the_runs_words_the_story_alone_keeps_them(
        knowledge: EntityKnowledge) -> None:
    doc = make_article("El Gobierno anunció la reforma. Luego el Gobierno calló.",
                       [("Gobierno", "ORG"), ("Gobierno", "ORG")], "es")
    assert "Gobierno" in _names(merge_entities([doc], knowledge))
    # Written lower case in one other article only: maybe a slip, not yet a word.
    once = RunWords.of([make_article("un gobierno nuevo", [], "es")])
    assert "Gobierno" in _names(merge_entities([doc], knowledge, run_words=once))


def test_italian_institutions_and_plurals_after_a_quantifier(
        knowledge: EntityKnowledge) -> None:
    run = _run("it", "La commissione ha parlato ai paesi vicini del cremlino? No.",
               "Una commissione e tre paesi, disse la commissione.")
    doc = make_article("La Commissione di Bruxelles accusa il Cremlino. Diversi Paesi "
                       "europei tacciono, e la Commissione insiste. Il Cremlino nega; "
                       "diversi Paesi chiedono prove.",
                       [("Commissione", "ORG"), ("Bruxelles", "LOC"), ("Cremlino", "ORG"),
                        ("Paesi", "LOC"), ("Commissione", "ORG"), ("Cremlino", "ORG"),
                        ("Paesi", "LOC")], "it")
    names = _names(merge_entities([doc], knowledge, run_words=run))
    assert not names & {"Commissione", "Paesi"}
    # Written in lower case once in the run: no common word of these texts yet.
    assert {"Bruxelles", "Cremlino"} <= names


def test_an_acronym_typed_person_without_a_person_context(
        knowledge: EntityKnowledge) -> None:
    doc = make_article("The SAG nominations came out on Monday. Members of SAG vote "
                       "online. Trevor Lindqvist thinks SAG has changed. JFK said so too, "
                       "and JFK was quoted.",
                       [("SAG", "PERSON"), ("SAG", "ORG"), ("Trevor Lindqvist", "PERSON"),
                        ("SAG", "PERSON"), ("JFK", "PERSON"), ("JFK", "PERSON")])
    entities = merge_entities([doc], knowledge)
    assert entity_of(entities, "SAG").type == "ORG"
    # An acronym that speaks is a person: "JFK said".
    assert entity_of(entities, "JFK").type == "PERSON"
    assert entity_of(entities, "Trevor Lindqvist").type == "PERSON"


def test_an_award_after_an_article_is_no_person(knowledge: EntityKnowledge) -> None:
    doc = make_article("She won the Oscar for the role. Winning the Oscar changed her "
                       "career. Lena Brannvik, her agent, said little; Brannvik smiled.",
                       [("Oscar", "PERSON"), ("Oscar", "PERSON"), ("Lena Brannvik", "PERSON"),
                        ("Brannvik", "PERSON")])
    entities = merge_entities([doc], knowledge)
    award = [e for e in entities if e.name == "Oscar"]
    assert award and all(e.type != "PERSON" for e in award)
    assert entity_of(entities, "Lena Brannvik").type == "PERSON"


def test_washington_the_person_and_the_place(knowledge: EntityKnowledge) -> None:
    person = make_article("Denzel Washington arrived late. Washington said the film "
                          "mattered. Later Washington told reporters more.",
                          [("Denzel Washington", "PERSON"), ("Washington", "PERSON"),
                           ("Washington", "PERSON")])
    place = make_article("Talks in Washington ended. The envoy left Washington on Friday.",
                         [("Washington", "GPE"), ("Washington", "GPE")])
    assert entity_of(merge_entities([person], knowledge), "Washington").type == "PERSON"
    assert entity_of(merge_entities([place], knowledge), "Washington").type in ("GPE", "LOC")


def test_a_continent_is_no_countrys_people(knowledge: EntityKnowledge) -> None:
    assert knowledge.demonym(("amerique",), "fr") is None
    assert knowledge.demonym(("america",), "es") is None
    assert knowledge.demonym(("americains",), "fr") is not None  # still the people
    doc = make_article("La priorité, c'est l'Amérique latine. Les Américains doutent, et "
                       "l'Amérique du Sud attend.",
                       [("Amérique", "LOC"), ("Américains", "MISC"), ("Amérique", "LOC")],
                       "fr")
    entities = merge_entities([doc], knowledge)
    continent = entity_of(entities, "Amérique")
    assert continent.type in ("LOC", "GPE")
    assert not any("demonym" in why for why in continent.merge_evidence)




def test_a_common_noun_opening_every_sentence_it_is_in(knowledge: EntityKnowledge) -> None:
    run = _run("it", "Chiedono libertà e pane.", "La libertà di stampa, dice Orvelli.")
    doc = make_article('"Libertà per Dario Orvelli", dice il cartello. Libertà per tutti, '
                       "scrive Orvelli. Anche Orvelli chiede libertà.",
                       [("Libertà", "MISC"), ("Dario Orvelli", "PERSON"), ("Libertà", "MISC"),
                        ("Orvelli", "PERSON"), ("Orvelli", "PERSON")], "it")
    names = _names(merge_entities([doc], knowledge, run_words=run))
    assert "Libertà" not in names
    assert "Dario Orvelli" in names


def test_a_title_alone_is_no_entity(knowledge: EntityKnowledge) -> None:
    doc = make_article("Le Premier ministre a parlé. Selon le Premier ministre, Vardan "
                       "Mokrel partira. King said no; King left.",
                       [("Premier ministre", "PERSON"), ("Premier ministre", "PERSON"),
                        ("Vardan Mokrel", "PERSON"), ("King", "PERSON"), ("King", "PERSON")],
                       "fr")
    names = _names(merge_entities([doc], knowledge))
    assert "Premier ministre" not in names
    # One title-word typed PERSON may be a surname ("King", "Major"): kept.
    assert {"Vardan Mokrel", "King"} <= names
