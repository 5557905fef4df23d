"""Places, demonyms, organisations and acronyms across languages (issue 10).

Fixtures are written for these tests (en, fr, es, it, ar, ru); nothing is tuned on them.
The translation tests use the pipeline's real multilingual encoder (USE-m) and skip
without it.
"""

from __future__ import annotations

import pytest

from entity_builders import entity_of, make_article
from storylens.config import DEFAULT_LANGUAGES
from storylens.entities import merge_entities
from storylens.entities.knowledge import EntityKnowledge
from storylens.entities.organisations import cognate, mixed_case, prefix_abbreviation
from storylens.entities.places import official_name_tails


def test_america_is_the_united_states_in_english_only(knowledge: EntityKnowledge) -> None:
    assert official_name_tails()["america"] == "US"
    assert knowledge.places(("america",), "en") == {"country:US"}
    assert knowledge.places(("america",), "es") == {"region:019"}  # "América": the Americas


def test_america_us_and_united_states_are_one_country_and_american_points_at_it(
    knowledge: EntityKnowledge,
) -> None:
    docs = [
        make_article("The United States said America will not wait.",
                     [("United States", "GPE"), ("America", "GPE")]),
        make_article("US officials met; the US said an American envoy would go.",
                     [("US", "ORG"), ("US", "ORG"), ("American", "NORP")]),
    ]
    entities = merge_entities(docs, knowledge)
    country = entity_of(entities, "United States")
    assert {"America", "US"} <= set(country.aliases)
    assert country.type == "GPE"  # the ORG tags of "US" do not make the country a body
    assert any("ISO 3166 code" in e for e in country.merge_evidence)
    american = entity_of(entities, "American")
    assert american.id != country.id  # a demonym stays its own entity ...
    assert any(country.id in e and "demonym of United States" in e
               for e in american.merge_evidence)  # ... pointing at the country's


def test_us_tagged_org_joins_stati_uniti_in_italian(knowledge: EntityKnowledge) -> None:
    docs = [make_article("Gli Stati Uniti hanno risposto. Gli US restano cauti.",
                         [("Stati Uniti", "LOC"), ("US", "ORG")], "it")]
    country = entity_of(merge_entities(docs, knowledge), "US")
    assert "Stati Uniti" in country.aliases and country.type in ("GPE", "LOC")


def test_an_iso_code_tagged_org_stays_apart_when_the_story_never_names_the_country(
    knowledge: EntityKnowledge,
) -> None:
    docs = [make_article("La AU discute; Australia no aparece.", [("AU", "ORG")], "es")]
    entities = merge_entities(docs, knowledge)
    assert entity_of(entities, "AU").type == "ORG"


@pytest.mark.parametrize(("word", "lang", "country"), [
    ("libyens", "fr", "Libya"), ("américains", "fr", "United States"),
    ("americano", "es", "United States"), ("americani", "it", "United States"),
    ("Americans", "en", "United States"), ("palestinese", "it", "Palestinian Territories"),
    ("egipcios", "es", "Egypt"), ("egiziani", "it", "Egypt"),
])
def test_demonyms_of_foreign_place_names_and_official_names(
    knowledge: EntityKnowledge, word: str, lang: str, country: str,
) -> None:
    from storylens.entities.normalise import normal_tokens

    found = knowledge.demonym(normal_tokens(word), lang)
    assert found is not None and found[0] == country


def test_libyen_is_the_country_in_german_and_the_people_in_french(
    knowledge: EntityKnowledge,
) -> None:
    assert knowledge.places(("libyen",), "de") == {"country:LY"}
    assert knowledge.places(("libyen",), "fr") == frozenset()
    docs = [make_article("La Libye vote ; les Libyens aussi, dit un Libyen.",
                         [("Libye", "GPE"), ("Libyens", "NORP"), ("Libyen", "GPE")], "fr")]
    entities = merge_entities(docs, knowledge)
    libya, people = entity_of(entities, "Libye"), entity_of(entities, "Libyen")
    assert libya.id != people.id and "Libyens" in people.aliases
    assert any(libya.id in e for e in people.merge_evidence)


def test_arabic_and_russian_demonyms_point_at_their_country(knowledge: EntityKnowledge) -> None:
    docs = [
        make_article("قالت مصر إن الوفد المصري وصل.", [("مصر", "GPE"), ("المصري", "NORP")],
                     "ar"),
        make_article("Египет ответил; египетский посол уехал.",
                     [("Египет", "GPE"), ("египетский", "NORP")], "ru"),
    ]
    entities = merge_entities(docs, knowledge)
    egypt = entity_of(entities, "مصر")
    assert "Египет" in egypt.aliases
    for demonym in ("المصري", "египетский"):
        people = entity_of(entities, demonym)
        assert people.id != egypt.id
        assert any(egypt.id in e for e in people.merge_evidence)


def test_mixed_case_acronym_cuts_its_expansion() -> None:
    assert mixed_case("OPantiSH") == "OPantiSH"
    assert mixed_case("ElBaradei") is None and mixed_case("YouTube") is None
    assert prefix_abbreviation("opantish", ["operation", "anti", "sexual", "harassment"])
    assert not prefix_abbreviation("opantish", ["operation", "sexual", "harassment"])


def test_mixed_case_acronym_joins_its_expansion_in_french(knowledge: EntityKnowledge) -> None:
    docs = [
        make_article("Le groupe Operation Anti Sexual Harassment protège les femmes.",
                     [("Operation Anti Sexual Harassment", "ORG")], "fr"),
        make_article("Selon OPantiSH, la place est dangereuse. OPantiSH appelle à venir.",
                     [("OPantiSH", "ORG"), ("OPantiSH", "ORG")], "fr"),
        make_article("Mohamed ElBaradei a parlé.", [("Mohamed ElBaradei", "PERSON")], "fr"),
    ]
    entities = merge_entities(docs, knowledge)
    group = entity_of(entities, "OPantiSH")
    assert "Operation Anti Sexual Harassment" in group.aliases
    assert any("first letters" in e for e in group.merge_evidence)


def test_acronym_of_the_name_in_another_language_joins_it(knowledge: EntityKnowledge) -> None:
    docs = [
        make_article("Le Conseil suprême des forces armées gouverne.",
                     [("Conseil suprême des forces armées", "ORG")], "fr"),
        make_article("The SCAF handed over power.", [("SCAF", "ORG")]),
    ]
    council = entity_of(merge_entities(docs, knowledge), "SCAF")
    assert "Conseil suprême des forces armées" in council.aliases
    assert any("another order" in e for e in council.merge_evidence)


def test_a_reordered_acronym_with_two_fitting_names_abstains(knowledge: EntityKnowledge) -> None:
    docs = [
        make_article("Le Conseil suprême des forces armées et le Comité spécial des "
                     "finances africaines.",
                     [("Conseil suprême des forces armées", "ORG"),
                      ("Comité spécial des finances africaines", "ORG")], "fr"),
        make_article("The SCAF met.", [("SCAF", "ORG")]),
    ]
    entities = merge_entities(docs, knowledge)
    assert entity_of(entities, "SCAF").aliases == ["SCAF"]


def test_a_one_word_head_joins_the_one_body_that_starts_with_it(
    knowledge: EntityKnowledge,
) -> None:
    docs = [
        make_article("La Junta Militar decidió. Después la Junta calló.",
                     [("Junta Militar", "ORG"), ("Junta", "ORG")], "es"),
        make_article("Il Consiglio di Stato e il Consiglio Supremo; il Consiglio tace.",
                     [("Consiglio di Stato", "ORG"), ("Consiglio Supremo", "ORG"),
                      ("Consiglio", "ORG")], "it"),
        make_article("Hosni Mubarak parlò; Hosni tacque.",
                     [("Hosni Mubarak", "PERSON"), ("Hosni", "PERSON")], "it"),
    ]
    entities = merge_entities(docs, knowledge)
    assert "Junta Militar" in entity_of(entities, "Junta").aliases
    # Two councils start with "Consiglio": it joins neither (or is dropped as a word).
    assert not any("Consiglio" in e.aliases and len(e.aliases) > 1 for e in entities)
    # A person, not a body (the people rules may join a given name to its one full name).
    assert entity_of(entities, "Hosni").type == "PERSON"


@pytest.mark.parametrize(("a", "b", "same"), [
    ("musulmans", "musulmani", True), ("costituzionale", "constitucional", True),
    ("nations", "nazioni", True), ("consiglio", "conseil", False), ("frères", "hermanos", False),
])
def test_cognates(a: str, b: str, same: bool) -> None:
    from anyascii import anyascii

    assert cognate(anyascii(a), anyascii(b)) is same


def test_one_body_named_in_three_languages_is_one_entity(encoded: EntityKnowledge) -> None:
    docs = [
        make_article("Les Frères musulmans appellent à manifester au Caire.",
                     [("Frères musulmans", "ORG")], "fr"),
        make_article("I Fratelli Musulmani chiamano a manifestare al Cairo.",
                     [("Fratelli Musulmani", "ORG")], "it"),
        make_article("Los Hermanos Musulmanes llaman a manifestarse en El Cairo.",
                     [("Hermanos Musulmanes", "ORG")], "es"),
    ]
    brotherhood = entity_of(merge_entities(docs, encoded), "Frères musulmans")
    assert {"Fratelli Musulmani", "Hermanos Musulmanes"} <= set(brotherhood.aliases)
    assert any("two languages" in e and "encoder" in e for e in brotherhood.merge_evidence)


def test_russian_name_of_a_body_meets_its_french_name(encoded: EntityKnowledge) -> None:
    docs = [
        make_article("L'Organisation des Nations unies a condamné l'attaque.",
                     [("Organisation des Nations unies", "ORG")], "fr"),
        make_article("Организация Объединённых Наций осудила нападение.",
                     [("Организация Объединённых Наций", "ORG")], "ru"),
    ]
    body = entity_of(merge_entities(docs, encoded), "Organisation des Nations unies")
    assert "Организация Объединённых Наций" in body.aliases


def test_different_bodies_and_longer_names_are_not_translations(
    encoded: EntityKnowledge,
) -> None:
    docs = [
        make_article("Le Conseil de sécurité se réunit à New York.",
                     [("Conseil de sécurité", "ORG")], "fr"),
        make_article("La Corte Costituzionale ha deciso a Roma.",
                     [("Corte Costituzionale", "ORG")], "it"),
        make_article("Al Jazeera a filmé la place.", [("Al Jazeera", "ORG")], "fr"),
        make_article("Al Jazeera English emitió en directo.", [("Al Jazeera English", "ORG")],
                     "es"),
    ]
    entities = merge_entities(docs, encoded)
    assert entity_of(entities, "Conseil de sécurité").aliases == ["Conseil de sécurité"]
    assert entity_of(entities, "Al Jazeera").aliases == ["Al Jazeera"]


def test_without_an_encoder_cognates_alone_merge_nothing(knowledge: EntityKnowledge) -> None:
    docs = [
        make_article("Les Frères musulmans appellent.", [("Frères musulmans", "ORG")], "fr"),
        make_article("I Fratelli Musulmani chiamano.", [("Fratelli Musulmani", "ORG")], "it"),
    ]
    entities = merge_entities(docs, knowledge)
    assert entity_of(entities, "Fratelli Musulmani").aliases == ["Fratelli Musulmani"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Octubre", "es"), ("Lundi", "fr"), ("Марта", "ru"), ("Giovedì", "it"),
    ("COMMENTI E SCENARI DEL GIORNO", "it"), ("TOUT SUR LA CRISE", "fr"),
])
def test_calendar_words_and_shouted_banners_are_not_entities(
    knowledge: EntityKnowledge, text: str, lang: str,
) -> None:
    docs = [make_article(f"{text}. Il testo continua.", [(text, "ORG")], lang)]
    assert merge_entities(docs, knowledge) == []


@pytest.mark.parametrize(("text", "lang"), [
    ("LE MONDE", "fr"), ("UNITED NATIONS", "en"), ("NATO", "en"), ("Abril Martínez", "es"),
])
def test_names_in_capitals_and_full_names_with_a_month_stay(
    knowledge: EntityKnowledge, text: str, lang: str,
) -> None:
    docs = [make_article(f"{text} a parlé.", [(text, "ORG")], lang)]
    assert len(merge_entities(docs, knowledge)) == 1


def test_state_department_in_three_forms_and_two_languages(encoded: EntityKnowledge) -> None:
    docs = [
        make_article("The State Department said on Monday it would reply.",
                     [("State Department", "ORG")]),
        make_article("A Department of State spokesman said the reply would come.",
                     [("Department of State", "ORG")]),
        make_article("El Departamento de Estado dijo que respondería.",
                     [("Departamento de Estado", "ORG")], "es"),
    ]
    body = entity_of(merge_entities(docs, encoded), "State Department")
    assert {"Department of State", "Departamento de Estado"} <= set(body.aliases)
    assert any("reordered" in e for e in body.merge_evidence)


def test_united_nations_across_languages_and_its_acronyms(encoded: EntityKnowledge) -> None:
    docs = [
        make_article("The United Nations (UN) called for a ceasefire in Syria.",
                     [("United Nations", "ORG"), ("UN", "ORG")]),
        make_article("Les Nations unies ont appelé à un cessez-le-feu en Syrie.",
                     [("Nations unies", "ORG")], "fr"),
        make_article("Las Naciones Unidas pidieron un alto el fuego en Siria.",
                     [("Naciones Unidas", "ORG")], "es"),
    ]
    body = entity_of(merge_entities(docs, encoded), "UN")
    assert {"United Nations", "Nations unies", "Naciones Unidas"} <= set(body.aliases)


def test_two_people_sharing_a_given_name_are_no_body_in_two_languages(
    encoded: EntityKnowledge,
) -> None:
    docs = [
        make_article("Mohamed Morsi a parlé au Caire.", [("Mohamed Morsi", "PERSON")], "fr"),
        make_article("Mohamed ElBaradei habló en El Cairo.", [("Mohamed ElBaradei", "OTHER")],
                     "es"),
        make_article("Mohamed Hassan ha parlato al Cairo.", [("Mohamed Hassan", "OTHER")],
                     "it"),
    ]
    entities = merge_entities(docs, encoded)
    assert entity_of(entities, "Mohamed ElBaradei").aliases == ["Mohamed ElBaradei"]
    assert entity_of(entities, "Mohamed Hassan").aliases == ["Mohamed Hassan"]


@pytest.mark.parametrize(("word", "lang"), [("Palacio", "es"), ("Ignacio", "es"),
                                            ("Graziano", "it"), ("servicio", "es")])
def test_softened_endings_need_a_softened_t(knowledge: EntityKnowledge, word: str,
                                            lang: str) -> None:
    from storylens.entities.normalise import normal_tokens

    assert knowledge.demonym(normal_tokens(word), lang) is None


def test_a_city_is_named_in_the_readers_language_from_the_story_not_geonames_english() -> None:
    """GeoNames' main name of a city is English: it names the city for an English reader;
    a French reader gets the story's own form ("Caire", not "Cairo")."""
    docs = [make_article("Des milliers de manifestants au Caire mardi ; Le Caire retient son "
                         "souffle.", [("Caire", "LOC"), ("Caire", "LOC")], "fr")]
    fr = merge_entities(docs, EntityKnowledge.build(DEFAULT_LANGUAGES, "fr"))
    en = merge_entities(docs, EntityKnowledge.build(DEFAULT_LANGUAGES, "en"))
    assert entity_of(fr, "Caire").name == "Caire"
    assert entity_of(en, "Caire").name == "Cairo"


def test_a_capitalised_contraction_opening_a_sentence_is_not_part_of_the_place() -> None:
    docs = [make_article("Au Caire, la foule grossit. Des renforts arrivent au Caire.",
                         [("Au Caire", "LOC"), ("Caire", "LOC")], "fr")]
    entities = merge_entities(docs, EntityKnowledge.build(DEFAULT_LANGUAGES, "fr"))
    assert [(e.name, e.aliases) for e in entities] == [("Caire", ["Caire"])]
