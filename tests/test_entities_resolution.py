"""Entity resolution beyond spelling: types over all mentions, surnames, acronyms, places in
many languages, junk and bylines, swallowed names, and the guards against different words.

Fixtures are written for these tests in en, fr, es, it, ar and ru.
"""

from __future__ import annotations

import pytest

from entity_builders import entity_of, make_article
from storylens.entities import merge_entities
from storylens.entities.knowledge import EntityKnowledge


def test_la_russa_is_not_russia_and_italia_is_not_alitalia(knowledge: EntityKnowledge) -> None:
    docs = [
        make_article("Ignazio La Russa ha parlato a Roma.", [("Ignazio La Russa", "PERSON"),
                                                              ("Roma", "GPE")], "it"),
        make_article("La Russa ha risposto alla Russia.", [("La Russa", "PERSON"),
                                                            ("Russia", "PERSON")], "it"),
        make_article("L'Italia e Alitalia.", [("Italia", "GPE"), ("Alitalia", "ORG")], "it"),
        make_article("Alitalia vola in Italia.", [("Alitalia", "ORG"), ("Italia", "GPE")], "it"),
    ]
    entities = merge_entities(docs, knowledge)
    russa, russia = entity_of(entities, "La Russa"), entity_of(entities, "Russia")
    assert russa.id != russia.id
    assert russa.name == "Ignazio La Russa" and russia.type == "GPE"
    assert entity_of(entities, "Italia").id != entity_of(entities, "Alitalia").id


@pytest.mark.parametrize(("first", "second", "lang"), [
    ("Francia", "Franco", "es"), ("Libia", "Libro", "es"), ("Marina", "Maroni", "it"),
])
def test_different_words_one_edit_apart_stay_apart(
    knowledge: EntityKnowledge, first: str, second: str, lang: str,
) -> None:
    docs = [make_article(f"{first} y {second}.", [(first, "PERSON"), (second, "PERSON")], lang),
            make_article(f"Hoy {second}.", [(second, "PERSON")], lang),
            make_article(f"Ayer {first}.", [(first, "PERSON")], lang)]
    entities = merge_entities(docs, knowledge)
    assert entity_of(entities, first).id != entity_of(entities, second).id


def test_common_word_is_not_a_spelling_of_a_name() -> None:
    docs = [make_article("Il libro di Casa Libra.", [("Casa Libra", "ORG")], "it"),
            make_article("Poi Casa Libro parla.", [("Casa Libro", "ORG")], "it")]
    entities = merge_entities(docs)
    assert entity_of(entities, "Casa Libra").id != entity_of(entities, "Casa Libro").id


def test_surname_joins_the_one_full_name_whatever_the_model_typed(
    knowledge: EntityKnowledge,
) -> None:
    docs = [
        make_article("Mouammar Kadhafi a parlé. Kadhafi est parti.",
                     [("Mouammar Kadhafi", "PERSON"), ("Kadhafi", "LOC")], "fr"),
        make_article("Le colonel Kadhafi à Syrte.", [("colonel Kadhafi", "LOC"),
                                                     ("Syrte", "LOC")], "fr"),
        make_article("Gheddafi ha parlato.", [("Gheddafi", "PERSON")], "it"),
        make_article("Mouammar Kadhafi est mort.", [("Mouammar Kadhafi", "PERSON")], "fr"),
        make_article("Khalifa Haftar y Khalifa Haftar.", [("Khalifa Haftar", "ORG"),
                                                          ("Khalifa Haftar", "PERSON")], "es"),
        make_article("Khalifa Haftar habló.", [("Khalifa Haftar", "PERSON")], "es"),
    ]
    entities = merge_entities(docs, knowledge)
    gaddafi = entity_of(entities, "Kadhafi")
    assert gaddafi.type == "PERSON" and gaddafi.name == "Mouammar Kadhafi"
    assert {"colonel Kadhafi", "Gheddafi"} <= set(gaddafi.aliases)
    haftar = entity_of(entities, "Khalifa Haftar")
    assert haftar.type == "PERSON" and len(haftar.mentions) == 3


def test_two_different_abdullahs_leave_the_bare_name_alone() -> None:
    docs = [
        make_article("عبد الله الثني التقى عبد الله عبد الله.",
                     [("عبد الله الثني", "PERSON"), ("عبد الله عبد الله", "PERSON")], "ar"),
        make_article("Abdullah said no.", [("Abdullah", "PERSON")]),
    ]
    entities = merge_entities(docs)
    assert len({e.id for e in entities}) == 3
    assert entity_of(entities, "Abdullah").aliases == ["Abdullah"]


def test_russian_cases_and_surname_meet_the_full_name() -> None:
    docs = [make_article("Николай Патрушев заявил.", [("Николай Патрушев", "PERSON")], "ru"),
            make_article("По словам Патрушева, всё спокойно.", [("Патрушева", "PERSON")], "ru")]
    entities = merge_entities(docs)
    assert len(entities) == 1 and entities[0].name == "Николай Патрушев"


def test_acronyms_meet_their_expansions_in_each_language() -> None:
    docs = [
        make_article("The Government of National Accord said the GNA would stay.",
                     [("Government of National Accord", "ORG"), ("GNA", "ORG")]),
        make_article("L'Organisation du traité de l'Atlantique nord et l'OTAN.",
                     [("Organisation du traité de l'Atlantique nord", "ORG"), ("OTAN", "ORG")],
                     "fr"),
        make_article("NATO leaders met.", [("NATO", "ORG")]),
        make_article("Las Naciones Unidas (ONU) piden calma.",
                     [("Naciones Unidas", "ORG"), ("ONU", "ORG")], "es"),
        make_article("L'ONU chiede calma.", [("ONU", "ORG")], "it"),
    ]
    entities = merge_entities(docs)
    assert "Government of National Accord" in entity_of(entities, "GNA").aliases
    nato = entity_of(entities, "NATO")
    assert {"OTAN", "Organisation du traité de l'Atlantique nord"} <= set(nato.aliases)
    assert any("reordered" in e for e in nato.merge_evidence)
    un = entity_of(entities, "ONU")
    assert "Naciones Unidas" in un.aliases and len(un.mentions) == 3
    assert any("parentheses" in e for e in un.merge_evidence)


def test_an_acronym_that_fits_two_expansions_is_left_alone() -> None:
    docs = [make_article("The Syrian National Council and the Syrian National Coalition.",
                         [("Syrian National Council", "ORG"),
                          ("Syrian National Coalition", "ORG")]),
            make_article("The SNC met.", [("SNC", "ORG")])]
    entities = merge_entities(docs)
    assert entity_of(entities, "SNC").aliases == ["SNC"]


def test_country_names_meet_across_languages_and_scripts(knowledge: EntityKnowledge) -> None:
    docs = [
        make_article("La Libia è divisa.", [("Libia", "GPE")], "it"),
        make_article("La Libye est divisée.", [("Libye", "GPE")], "fr"),
        make_article("ليبيا منقسمة.", [("ليبيا", "GPE")], "ar"),
        make_article("В Ливии неспокойно.", [("Ливии", "LOC")], "ru"),
        make_article("Les Émirats arabes unis et les United Arab Emirates.",
                     [("Émirats arabes unis", "GPE"), ("United Arab Emirates", "GPE")], "fr"),
        make_article("Usa e Stati Uniti.", [("Usa", "PERSON"), ("Stati Uniti", "GPE")], "it"),
        make_article("The US and the United States.", [("US", "GPE"),
                                                        ("United States", "GPE")]),
    ]
    entities = merge_entities(docs, knowledge)
    libya = entity_of(entities, "Libia")
    assert set(libya.aliases) == {"Libia", "Libye", "ليبيا", "Ливии"}
    assert libya.name == "Libya" and libya.type == "GPE"
    assert "United Arab Emirates" in entity_of(entities, "Émirats arabes unis").aliases
    usa = entity_of(entities, "Usa")
    assert usa.type == "GPE" and {"Stati Uniti", "US", "United States"} <= set(usa.aliases)


def test_a_city_typed_person_once_is_still_a_city(knowledge: EntityKnowledge) -> None:
    docs = [make_article("Benghazi fell. In Benghazi, fighting; Benghazi said.",
                         [("Benghazi", "GPE"), ("Benghazi", "GPE"), ("Benghazi", "PERSON")]),
            make_article("A Bengasi si combatte.", [("Bengasi", "LOC")], "it")]
    entities = merge_entities(docs, knowledge)
    assert len(entities) == 1 and entities[0].type == "GPE"


def test_junk_mentions_are_not_entities(knowledge: EntityKnowledge) -> None:
    docs = [
        make_article("Abonnés : les abonnés lisent le principal. Principal qu Kadhafi.",
                     [("Abonnés", "ORG"), ("Principal", "PERSON"), ("qu", "PERSON"),
                      ("Kadhafi", "PERSON")], "fr"),
        make_article("Tremblement de terre: un tremblement violent.",
                     [("Tremblement de terre", "EVENT")], "fr"),
        make_article("Consiglio dei ministri: il consiglio decide. Mario Draghi parla.",
                     [("Consiglio", "ORG"), ("Mario Draghi", "PERSON")], "it"),
        make_article("Y el Presidente habló con Pedro Sánchez.",
                     [("Y", "PERSON"), ("Pedro Sánchez", "PERSON")], "es"),
    ]
    entities = merge_entities(docs, knowledge)
    names = {a for e in entities for a in e.aliases}
    assert names == {"Kadhafi", "Mario Draghi", "Pedro Sánchez"}
    junk = [m for d in docs for m in d.mentions if m.text not in names]
    assert junk and all(m.entity_id is None for m in junk)


def test_a_journalists_byline_is_not_a_participant() -> None:
    docs = [
        make_article("By Jane Roe\nCAIRO - Hosni Mubarak resigned.",
                     [("Jane Roe", "PERSON"), ("Hosni Mubarak", "PERSON")]),
        make_article("Hosni Moubarak a démissionné, écrit Paul Dupont.",
                     [("Hosni Moubarak", "PERSON"), ("Paul Dupont", "PERSON")], "fr",
                     author="Paul Dupont"),
    ]
    entities = merge_entities(docs)
    assert [e.name for e in entities] == ["Hosni Mubarak"]


def test_a_name_swallowed_by_an_organisation_span_is_cut_out() -> None:
    text = ("The U.S. Department of Energy Matthew Zais said so. Matthew Zais added more, "
            "and Haftar's Libyan National Army agreed with the Libyan National Army.")
    doc = make_article(text, [("U.S. Department of Energy Matthew Zais", "ORG"),
                              ("Matthew Zais", "PERSON"),
                              ("Haftar's Libyan National Army", "ORG"),
                              ("Libyan National Army", "ORG")])
    entities = merge_entities([doc])
    zais = entity_of(entities, "Matthew Zais")
    assert zais.type == "PERSON" and len(zais.mentions) == 2
    assert entity_of(entities, "U.S. Department of Energy").type == "ORG"
    assert len(entity_of(entities, "Libyan National Army").mentions) == 2
    for mention in doc.mentions:
        assert text[mention.start:mention.end] == mention.text


def test_surname_with_and_without_the_arabic_article_meet() -> None:
    docs = [make_article("Bachar al-Assad a parlé.", [("Bachar al-Assad", "PERSON")], "fr"),
            make_article("Assad est resté à Damas.", [("Assad", "PERSON")], "fr"),
            make_article("Al Asad y Asad.", [("Al Asad", "PERSON")], "es"),
            make_article("Alan Smith and Smith.", [("Alan Smith", "PERSON")])]
    entities = merge_entities(docs)
    assad = entity_of(entities, "Assad")
    assert assad.name == "Bachar al-Assad" and "Al Asad" in assad.aliases
    assert entity_of(entities, "Alan Smith").id != assad.id


def test_a_city_tagged_person_everywhere_is_a_city_unless_a_first_name(
    knowledge: EntityKnowledge,
) -> None:
    docs = [make_article("Agadir was shaken. Rescuers reached Agadir.",
                         [("Agadir", "PERSON"), ("Agadir", "PERSON")]),
            make_article("Florence Dupont said Florence would stay.",
                         [("Florence Dupont", "PERSON"), ("Florence", "PERSON")])]
    entities = merge_entities(docs, knowledge)
    assert entity_of(entities, "Agadir").type == "GPE"
    assert entity_of(entities, "Florence").type == "PERSON"


def test_one_name_tagged_org_and_person_once_each_is_one_entity() -> None:
    docs = [make_article("Lucie Marchal won; Lucie Marchal thanked the jury.",
                         [("Lucie Marchal", "ORG"), ("Lucie Marchal", "PERSON")], "fr")]
    entities = merge_entities(docs)
    assert len(entities) == 1 and entities[0].type == "PERSON"
