"""Bodies named with and without their parent, cut abbreviations and capitalised common
nouns (issue 10, session 7).

- "Consejo de Seguridad de la ONU" is "Consejo de Seguridad" (same language) and pairs off
  word by word with "Consiglio di Sicurezza" (another language), when the story gives that
  head one parent body only.
- "L'UNICEF" at a sentence start is "UNICEF"; "L'Aquila" keeps its article.
- "EE" cut from "EE.UU." is the whole abbreviation, the United States.
- "l'Etat", "la Constitution", "le Parlement" are common nouns in French, no entity;
  "Hezbollah", a short name beside a longer one, and English "the Senate" stay.

Fixtures are invented sentences written for these tests.
"""

from __future__ import annotations

from entity_builders import entity_of, make_article
from storylens.entities import merge_entities
from storylens.entities.knowledge import EntityKnowledge


def test_a_body_with_its_parent_is_the_body_named_alone(knowledge: EntityKnowledge) -> None:
    docs = [make_article("El Consejo de Seguridad de la ONU vota hoy. La ONU pide una tregua.",
                         [("Consejo de Seguridad de la ONU", "LOC"), ("ONU", "ORG")], "es"),
            make_article("El Consejo de Seguridad aplaza la votación sobre la tregua.",
                         [("Consejo de Seguridad", "MISC")], "es")]
    entity = entity_of(merge_entities(docs, knowledge), "Consejo de Seguridad")
    assert "Consejo de Seguridad de la ONU" in entity.aliases
    assert entity.type == "ORG"
    assert any("the body it belongs to" in why for why in entity.merge_evidence)


def test_a_head_with_two_parents_stays_apart(knowledge: EntityKnowledge) -> None:
    docs = [make_article("El Comité Ejecutivo de la ONU y el Comité Ejecutivo de la OTAN se "
                         "reúnen. La ONU y la OTAN callan.",
                         [("Comité Ejecutivo de la ONU", "ORG"),
                          ("Comité Ejecutivo de la OTAN", "ORG"), ("ONU", "ORG"),
                          ("OTAN", "ORG")], "es"),
            make_article("El Comité Ejecutivo publica un informe.",
                         [("Comité Ejecutivo", "ORG")], "es")]
    entity = entity_of(merge_entities(docs, knowledge), "Comité Ejecutivo")
    assert entity.aliases == ["Comité Ejecutivo"]


def test_a_head_with_its_parent_pairs_off_in_another_language(
        encoded: EntityKnowledge) -> None:
    docs = [make_article("El Consejo de Seguridad de la ONU se reúne en Nueva York sobre "
                         "Siria. La ONU pide calma.",
                         [("Consejo de Seguridad de la ONU", "LOC"), ("ONU", "ORG")], "es"),
            make_article("Il Consiglio di Sicurezza si riunisce a New York sulla Siria.",
                         [("Consiglio di Sicurezza", "LOC")], "it")]
    entity = entity_of(merge_entities(docs, encoded), "Consiglio di Sicurezza")
    assert "Consejo de Seguridad de la ONU" in entity.aliases


def test_an_elided_capital_article_before_an_acronym_is_cut(knowledge: EntityKnowledge) -> None:
    docs = [make_article("L'UNICEF alerte sur les écoles. Selon l'UNICEF, mille écoles ferment.",
                         [("L'UNICEF", "ORG"), ("UNICEF", "ORG")], "fr"),
            make_article("L'Aquila accueille le sommet. Les rues de L'Aquila sont fermées.",
                         [("L'Aquila", "LOC"), ("L'Aquila", "LOC")], "it")]
    entities = merge_entities(docs, knowledge)
    unicef = entity_of(entities, "UNICEF")
    assert unicef.aliases == ["UNICEF"] and len(unicef.mentions) == 2
    assert entity_of(entities, "L'Aquila").aliases == ["L'Aquila"]


def test_a_plural_abbreviation_cut_at_a_dot_is_the_country(knowledge: EntityKnowledge) -> None:
    docs = [make_article("Los rebeldes acusan a EE.UU. de no actuar. Según EE.UU., la "
                         "situación es grave.", [("EE", "ORG"), ("EE", "ORG")], "es")]
    entities = merge_entities(docs, knowledge)
    entity = entity_of(entities, "EE.UU.")
    assert entity.type in ("GPE", "LOC")
    assert not any("EE" in e.aliases for e in entities)
    from storylens.entities.abbreviations import plural_abbreviation

    assert plural_abbreviation("Estados Unidos") == "EEUU"
    assert plural_abbreviation("Arabia Saudí") is None


def test_capitalised_common_nouns_are_no_entities(knowledge: EntityKnowledge) -> None:
    text = ("La Constitution a été suspendue. Le Parlement est dissous et le chef de l'Etat "
            "parle. Le Hezbollah soutient la Ligue. La Ligue arabe se réunit.")
    docs = [make_article(text, [("Constitution", "ORG"), ("Parlement", "ORG"), ("Etat", "LOC"),
                                ("Hezbollah", "ORG"), ("Ligue", "ORG"),
                                ("Ligue arabe", "ORG")], "fr")]
    entities = merge_entities(docs, knowledge)
    names = {alias for e in entities for alias in e.aliases}
    assert not names & {"Constitution", "Parlement", "Etat"}
    assert {"Hezbollah", "Ligue arabe"} <= names
    assert any("Ligue" in e.aliases for e in entities)
    assert all(m.entity_id is None for m in docs[0].mentions
               if m.text in ("Constitution", "Parlement", "Etat"))


def test_an_english_capitalised_noun_stays_a_name(knowledge: EntityKnowledge) -> None:
    docs = [make_article("The Senate voted on Tuesday. Leaders of the Senate met later.",
                         [("Senate", "ORG"), ("Senate", "ORG")], "en")]
    assert entity_of(merge_entities(docs, knowledge), "Senate").type == "ORG"


def test_an_acronym_meets_expansions_joined_across_languages(encoded: EntityKnowledge) -> None:
    docs = [make_article("Le Front du salut national appelle à manifester au Caire. Le FSN "
                         "refuse le dialogue.",
                         [("Front du salut national", "ORG"), ("FSN", "ORG")], "fr"),
            make_article("El Frente de Salvación Nacional convoca protestas en El Cairo.",
                         [("Frente de Salvación Nacional", "MISC")], "es")]
    entity = entity_of(merge_entities(docs, encoded), "FSN")
    assert {"Front du salut national", "Frente de Salvación Nacional"} <= set(entity.aliases)


def test_a_noun_after_an_elided_de_is_no_entity(knowledge: EntityKnowledge) -> None:
    docs = [make_article("Un coup d'Etat au sud. La radio d'Etat se tait. Le coup d'Etat échoue.",
                         [("Etat", "LOC"), ("Etat", "LOC"), ("Etat", "LOC")], "fr"),
            make_article("Selon Libération, le vote est reporté. Libération cite un ministre.",
                         [("Libération", "ORG"), ("Libération", "ORG")], "fr")]
    entities = merge_entities(docs, knowledge)
    assert not any("Etat" in e.aliases for e in entities)
    assert len(entity_of(entities, "Libération").mentions) == 2
