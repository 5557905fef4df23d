"""One body written alike in two languages, or named by CLDR in each (issue 10, session 8).

- "Hezbolá" (es) and "Hezbollah" (fr) spell one foreign name by two languages' rules:
  one body; "Sana" (the agency) and "Sanaa" (the city) do not meet (a place, and a key
  too short to tell).
- "Naciones Unidas" (tagged a person), "Nazioni Unite" and "Nations unies" are CLDR's
  names of the United Nations: one ORG.
- "FSN" spells "Front du salut national" and "Frente de Salvación Nacional": one body;
  with two Spanish expansions, or heads that are no cognates ("Comité" / "Consejo"),
  nothing is joined.

Fixtures are invented sentences written for these tests.
"""

from __future__ import annotations

from entity_builders import entity_of, make_article
from storylens.entities import merge_entities
from storylens.entities.bodies_across import letters_key
from storylens.entities.knowledge import EntityKnowledge


def test_a_transliterated_body_is_one_across_languages(knowledge: EntityKnowledge) -> None:
    docs = [make_article("El Hezbolá libanés apoya al gobierno sirio, dicen los analistas.",
                         [("Hezbolá", "MISC")], "es"),
            make_article("Le Hezbollah libanais soutient le pouvoir syrien selon les experts.",
                         [("Hezbollah", "ORG")], "fr")]
    entity = entity_of(merge_entities(docs, knowledge), "Hezbollah")
    assert "Hezbolá" in entity.aliases
    assert any("spell one name" in why for why in entity.merge_evidence)


def test_a_short_key_or_a_place_stays_apart(knowledge: EntityKnowledge) -> None:
    docs = [make_article("La agencia oficial Sana informa de nuevos combates en el norte.",
                         [("Sana", "ORG")], "es"),
            make_article("Les combats reprennent à Sanaa, la capitale du Yémen.",
                         [("Sanaa", "LOC")], "fr")]
    entities = merge_entities(docs, knowledge)
    assert entity_of(entities, "Sana") is not entity_of(entities, "Sanaa")


def test_letters_key_sets_spelling_aside() -> None:
    assert letters_key("Hezbolá") == letters_key("Hezbollah") == "hezbola"
    assert letters_key("You Tube") == letters_key("YouTube")
    assert letters_key("Italia") != letters_key("Alitalia")


def test_cldr_names_of_the_united_nations_are_one_body(knowledge: EntityKnowledge) -> None:
    docs = [make_article("Las Naciones Unidas piden una tregua en Alepo.",
                         [("Naciones Unidas", "PER")], "es"),
            make_article("Le Nazioni Unite chiedono una tregua ad Aleppo.",
                         [("Nazioni Unite", "ORG")], "it"),
            make_article("Les Nations unies demandent une trêve à Alep.",
                         [("Nations unies", "ORG")], "fr")]
    entity = entity_of(merge_entities(docs, knowledge), "Nazioni Unite")
    assert {"Naciones Unidas", "Nations unies"} <= set(entity.aliases)
    assert entity.type == "ORG"
    assert any("territory code UN" in why for why in entity.merge_evidence)


def test_one_acronym_of_two_languages_names_one_body(knowledge: EntityKnowledge) -> None:
    docs = [make_article("Le Front du salut national (FSN) appelle à manifester. Le FSN "
                         "refuse le dialogue.",
                         [("Front du salut national", "ORG"), ("FSN", "ORG"), ("FSN", "ORG")],
                         "fr"),
            make_article("El Frente de Salvación Nacional convoca una marcha en El Cairo.",
                         [("Frente de Salvación Nacional", "ORG")], "es")]
    entity = entity_of(merge_entities(docs, knowledge), "FSN")
    assert {"Front du salut national", "Frente de Salvación Nacional"} <= set(entity.aliases)


def test_one_acronym_abstains_on_two_bodies_or_unrelated_heads(
        knowledge: EntityKnowledge) -> None:
    two = [make_article("Le Front du salut national (FSN) appelle à manifester.",
                        [("Front du salut national", "ORG"), ("FSN", "ORG")], "fr"),
           make_article("El Frente de Salvación Nacional y el Frente Sindical Nacional "
                        "marchan juntos.",
                        [("Frente de Salvación Nacional", "ORG"),
                         ("Frente Sindical Nacional", "ORG")], "es")]
    entities = merge_entities(two, knowledge)
    assert entity_of(entities, "FSN") is not entity_of(entities, "Frente de Salvación Nacional")
    unrelated = [make_article("Le Comité national syrien (CNS) se réunit à Paris.",
                              [("Comité national syrien", "ORG"), ("CNS", "ORG")], "fr"),
                 make_article("El Consejo Nacional Sirio se reúne en Estambul.",
                              [("Consejo Nacional Sirio", "ORG")], "es")]
    entities = merge_entities(unrelated, knowledge)
    assert entity_of(entities, "CNS") is not entity_of(entities, "Consejo Nacional Sirio")

