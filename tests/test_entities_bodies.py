"""Short names, sentence-case names and other word endings of one body (issue 10).

Fixtures are written for these tests (en, fr, es, it, ru); nothing is tuned on them. The
tests that need the multilingual encoder (USE-m) skip without it.
"""

from __future__ import annotations

import pytest

from entity_builders import entity_of, make_article
from storylens.entities import merge_entities
from storylens.entities.knowledge import EntityKnowledge


def _aliases(entities: list, alias: str) -> set[str]:
    return set(entity_of(entities, alias).aliases)


def test_a_sentence_case_name_whose_acronym_the_story_writes_is_kept(
    knowledge: EntityKnowledge,
) -> None:
    docs = [
        make_article("Les inspecteurs de l'Agence internationale de l'énergie atomique sont "
                     "arrivés. Une agence de presse cite l'AIEA.",
                     [("Agence internationale de l'énergie atomique", "ORG"), ("AIEA", "ORG")],
                     "fr"),
        make_article("Secondo l'Organizzazione mondiale della sanità i casi calano; "
                     "un'organizzazione locale lo conferma e l'OMS tace.",
                     [("Organizzazione mondiale della sanità", "ORG"), ("OMS", "ORG")], "it"),
    ]
    entities = merge_entities(docs, knowledge)
    assert "Agence internationale de l'énergie atomique" in _aliases(entities, "AIEA")
    assert "Organizzazione mondiale della sanità" in _aliases(entities, "OMS")


def test_a_sentence_case_phrase_without_its_acronym_stays_a_common_phrase(
    knowledge: EntityKnowledge,
) -> None:
    docs = [make_article("Le Comité de soutien se réunit; un comité de quartier aussi. "
                         "Le CDS de Lyon est un autre groupe.",
                         [("Comité de soutien", "ORG"), ("CDS", "ORG")], "fr")]
    entities = merge_entities(docs, knowledge)
    # Two content words only: "CDS" (three letters) is not their acronym, so nothing
    # vouches for a phrase that opens with a word the text writes in lower case.
    assert not any("Comité de soutien" in e.aliases for e in entities)


def test_a_shorter_name_opening_the_one_longer_body_joins_it(
    knowledge: EntityKnowledge,
) -> None:
    docs = [
        make_article("Le Conseil suprême des forces armées a parlé. Le Conseil Suprême "
                     "dirige le pays.",
                     [("Conseil suprême des forces armées", "ORG"), ("Conseil Suprême", "ORG")],
                     "fr"),
        make_article("Le Conseil suprême de la magistrature et le Conseil suprême des forces "
                     "armées divergent; le Conseil Suprême tranche.",
                     [("Conseil suprême de la magistrature", "ORG"),
                      ("Conseil suprême des forces armées", "ORG"), ("Conseil Suprême", "ORG")],
                     "fr"),
    ]
    one = merge_entities(docs[:1], knowledge)
    assert "Conseil suprême des forces armées" in _aliases(one, "Conseil Suprême")
    # Two councils open with the same words: the short name joins neither.
    two = merge_entities(docs, knowledge)
    assert _aliases(two, "Conseil Suprême") == {"Conseil Suprême"}


def test_a_common_noun_head_joins_its_body_whatever_the_tagger_said(
    knowledge: EntityKnowledge,
) -> None:
    docs = [
        make_article("Les Frères musulmans manifestent. Les Frères refusent, disent les "
                     "Frères musulmans.", [("Frères musulmans", "ORG"), ("Les Frères", "PERSON"),
                                           ("Frères musulmans", "ORG")], "fr"),
        make_article("Des Frères en Egypte parlent; mes frères aussi. Les Frères musulmans "
                     "et les Frères appellent.",
                     [("Frères en Egypte", "MISC"), ("Frères musulmans", "ORG"),
                      ("Frères", "PERSON")], "fr"),
        make_article("La Junta Militar gobierna; el poder militar sigue. La Junta calla.",
                     [("Junta Militar", "MISC"), ("Junta", "MISC")], "es"),
    ]
    entities = merge_entities(docs, knowledge)
    body = _aliases(entities, "Frères musulmans")
    assert {"Les Frères", "Frères"} <= body  # "Frères en Egypte" places it, no other body
    assert "Junta Militar" in _aliases(entities, "Junta")  # es: nothing typed ORG


def test_a_given_name_or_a_common_word_opening_another_name_is_no_head(
    knowledge: EntityKnowledge,
) -> None:
    docs = [
        make_article("Hosni Mubarak habló y Hosni calló.",
                     [("Hosni Mubarak", "MISC"), ("Hosni", "MISC")], "es"),
        make_article("El Estado Islámico atacó. El estado de sitio sigue; el Estado paga; "
                     "el estado del puente es malo.",
                     [("Estado Islámico", "ORG"), ("Estado", "MISC")], "es"),
    ]
    entities = merge_entities(docs, knowledge)
    hosni = [e for e in entities if "Hosni" in e.aliases]
    assert all(not any("opens" in ev for ev in e.merge_evidence) for e in hosni)
    # "estado" is a common word of the text: no name, and surely not the militia's.
    assert _aliases(entities, "Estado Islámico") == {"Estado Islámico"}


def test_one_body_with_other_word_endings_in_one_language(encoded: EntityKnowledge) -> None:
    docs = [
        make_article("La Hermandad Musulmana convoca protestas en El Cairo.",
                     [("Hermandad Musulmana", "MISC")], "es"),
        make_article("Los Hermanos Musulmanes convocan protestas en El Cairo.",
                     [("Hermanos Musulmanes", "MISC")], "es"),
        make_article("La Fratellanza Musulmana e i Fratelli Musulmani: la stessa cosa al "
                     "Cairo.", [("Fratellanza Musulmana", "MISC"), ("Fratelli Musulmani", "MISC")],
                     "it"),
    ]
    entities = merge_entities(docs, encoded)
    assert "Hermanos Musulmanes" in _aliases(entities, "Hermandad Musulmana")
    assert "Fratelli Musulmani" in _aliases(entities, "Fratellanza Musulmana")
    assert any("other word endings" in e for e in
               entity_of(entities, "Hermandad Musulmana").merge_evidence)


def test_derived_words_and_other_parties_are_not_word_endings(encoded: EntityKnowledge) -> None:
    docs = [
        make_article("El Partido Nacional ganó en Montevideo.", [("Partido Nacional", "ORG")],
                     "es"),
        make_article("El Partido Nacionalista ganó en Bilbao.",
                     [("Partido Nacionalista", "ORG")], "es"),
        make_article("El Partido Socialista y el Partido Socialdemócrata pactan.",
                     [("Partido Socialista", "ORG"), ("Partido Socialdemócrata", "ORG")], "es"),
    ]
    entities = merge_entities(docs, encoded)
    for name in ("Partido Nacional", "Partido Nacionalista", "Partido Socialista",
                 "Partido Socialdemócrata"):
        assert _aliases(entities, name) == {name}


def test_places_and_names_spelt_alike_stay_apart(knowledge: EntityKnowledge) -> None:
    docs = [
        make_article("Alitalia vola in Italia; Ignazio La Russa parla della Russia.",
                     [("Alitalia", "ORG"), ("Italia", "LOC"), ("Ignazio La Russa", "PER"),
                      ("Russia", "LOC")], "it"),
        make_article("El Canal de Suez está abierto; la ciudad de Suez protesta.",
                     [("Canal de Suez", "LOC"), ("Suez", "LOC")], "es"),
    ]
    entities = merge_entities(docs, knowledge)
    assert "Alitalia" not in _aliases(entities, "Italia")
    assert "Ignazio La Russa" not in _aliases(entities, "Russia")
    assert "Canal de Suez" not in _aliases(entities, "Suez")


@pytest.mark.parametrize(("word", "lang", "country"), [
    ("estadounidense", "es", "United States"), ("estadounidenses", "es", "United States"),
    ("statunitense", "it", "United States"), ("statunitensi", "it", "United States"),
    ("turco", "es", "Türkiye"), ("turchi", "it", "Türkiye"), ("turcs", "fr", "Türkiye"),
    ("marocchino", "it", "Morocco"), ("американский", "ru", "United States"),
    ("американского", "ru", "United States"),
])
def test_compound_and_hard_c_demonyms(knowledge: EntityKnowledge, word: str, lang: str,
                                      country: str) -> None:
    from storylens.entities.normalise import normal_tokens

    found = knowledge.demonym(normal_tokens(word), lang)
    assert found is not None and found[0] == country


@pytest.mark.parametrize(("word", "lang"), [
    ("unidense", "es"), ("Chiesa", "it"), ("Quebec", "fr"), ("estados", "es"),
    ("stati", "it"), ("Chile", "es"), ("Америки", "ru"),
])
def test_words_that_only_look_like_compound_or_hard_c_demonyms(
    knowledge: EntityKnowledge, word: str, lang: str,
) -> None:
    from storylens.entities.normalise import normal_tokens

    assert knowledge.demonym(normal_tokens(word), lang) is None


def test_a_compound_demonym_points_at_the_country_the_story_names(
    knowledge: EntityKnowledge,
) -> None:
    docs = [make_article("Estados Unidos negocia. El enviado estadounidense llegó y los "
                         "Estadounidenses esperan.",
                         [("Estados Unidos", "LOC"), ("Estadounidenses", "MISC")], "es")]
    entities = merge_entities(docs, knowledge)
    country = entity_of(entities, "Estados Unidos")
    people = entity_of(entities, "Estadounidenses")
    assert people.id != country.id
    assert any(country.id in e for e in people.merge_evidence)


def test_an_ambiguous_place_name_joins_the_one_place_the_story_names_plainly(
    knowledge: EntityKnowledge,
) -> None:
    docs = [
        make_article("تظاهر الآلاف في سوريا.", [("سوريا", "LOC")], "ar"),
        make_article("Thousands marched in Syria.", [("Syria", "GPE")], "en"),
        make_article("В Сирии прошли марши.", [("Сирии", "LOC")], "ru"),
    ]
    syria = entity_of(merge_entities(docs, knowledge), "Syria")
    assert {"سوريا", "Сирии"} <= set(syria.aliases)
    assert any("unambiguously" in e for e in syria.merge_evidence)


def test_an_ambiguous_place_name_stays_alone_when_the_story_names_none_plainly(
    knowledge: EntityKnowledge,
) -> None:
    # "Tripoli" is a city of Libya and one of Lebanon; the story names both countries
    # but neither city plainly, so nothing says which Tripoli.
    docs = [make_article("A Tripoli si combatte; la Libia e il Libano tacciono.",
                         [("Tripoli", "LOC"), ("Libia", "LOC"), ("Libano", "LOC")], "it")]
    entities = merge_entities(docs, knowledge)
    assert entity_of(entities, "Tripoli").aliases == ["Tripoli"]


def test_a_name_translated_in_parentheses_joins_it(encoded: EntityKnowledge) -> None:
    docs = [
        make_article("La Hermandad Musulmana (Muslim Brotherhood) convocó marchas. Mohamed "
                     "Badie (Hermanos Musulmanes) habló.",
                     [("Hermandad Musulmana", "MISC"), ("Muslim Brotherhood", "MISC"),
                      ("Mohamed Badie", "MISC"), ("Hermanos Musulmanes", "MISC")], "es"),
    ]
    entities = merge_entities(docs, encoded)
    body = entity_of(entities, "Hermandad Musulmana")
    assert "Muslim Brotherhood" in body.aliases
    assert any("translates" in e for e in body.merge_evidence)
    # A person and the body named after them in parentheses are two entities.
    assert "Mohamed Badie" not in body.aliases
    assert "Hermanos Musulmanes" not in entity_of(entities, "Mohamed Badie").aliases
