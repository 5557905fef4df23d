"""Bodies said once in a body's shape, acronyms of another language, an acronym written
in a language's text (issue 10, session 9).

- A body name headed by the noun of a body ("université", "ministero", "Armée") and what
  makes it one (a named complement, or modifiers after a head capitalised inside a
  sentence) is a name even when the story writes its head in lower case elsewhere; a
  head alone, a head opening a sentence, or a complement naming a person is not.
- Two bodies that share a head ("ministère de l'Intérieur" / "de la Défense") stay two.
- "IS (Estado Islámico, por sus siglas en inglés)": the parenthesis says the acronym is of
  another language's name, so its letters need not spell this one.
- The Italian "ONU" meets the Spanish "Naciones Unidas" when a Spanish article writes
  "ONU" too, even untagged; with two Spanish names of those initials, nothing is joined.

Fixtures are invented sentences written for these tests.
"""

from __future__ import annotations

from entity_builders import entity_of, make_article
from storylens.entities import merge_entities
from storylens.entities.body_heads import (
    body_shaped,
    inside_sentence,
    is_body_head,
    same_head,
)
from storylens.entities.knowledge import EntityKnowledge


def _names(docs: list, knowledge: EntityKnowledge) -> set[str]:
    return {alias for e in merge_entities(docs, knowledge) for alias in e.aliases}


def test_a_lower_case_head_with_a_named_complement_is_kept(knowledge: EntityKnowledge) -> None:
    fr = make_article("Une université ouvre à Lyon. Les étudiants de l'université d'Alep "
                      "ont manifesté mardi.", [("université d'Alep", "ORG")], "fr")
    assert "université d'Alep" in _names([fr], knowledge)
    it = make_article("Il ministero ha parlato. Secondo il ministero dell'Interno di Roma, "
                      "gli arresti sono dieci.", [("ministero dell'Interno", "ORG")], "it")
    assert "ministero dell'Interno" in _names([it], knowledge)


def test_a_capitalised_head_with_modifiers_inside_a_sentence_is_kept(
        knowledge: EntityKnowledge) -> None:
    fr = make_article("Une armée régulière recule. Les combattants de l'Armée syrienne "
                      "libre ont pris la ville.", [("Armée syrienne libre", "ORG")], "fr")
    assert "Armée syrienne libre" in _names([fr], knowledge)
    es = make_article("El consejo local se reunió. Según el Consejo nacional sirio, "
                      "hubo diez muertos.", [("Consejo nacional sirio", "ORG")], "es")
    assert "Consejo nacional sirio" in _names([es], knowledge)


def test_a_head_alone_at_a_sentence_start_or_with_a_person_is_no_body(
        knowledge: EntityKnowledge) -> None:
    opening = make_article("Une armée recule au nord. Armée régulière et milices se "
                           "battent contre l'Armée syrienne libre.",
                           [("Armée régulière", "ORG"), ("Armée syrienne libre", "ORG")], "fr")
    names = _names([opening], knowledge)
    assert "Armée syrienne libre" in names and "Armée régulière" not in names
    person = make_article("Vladimir Poutine parle. Les forces arrivent. Les forces de "
                          "Poutine avancent vers l'université d'Alep.",
                          [("Vladimir Poutine", "PER"), ("forces de Poutine", "ORG"),
                           ("université d'Alep", "ORG")], "fr")
    names = _names([person], knowledge)
    assert "université d'Alep" in names and "forces de Poutine" not in names


def test_two_bodies_with_one_head_stay_apart(knowledge: EntityKnowledge) -> None:
    fr = make_article("Le ministère recrute. Le ministère de l'Intérieur et le ministère "
                      "de la Défense ont publié un bilan.",
                      [("ministère de l'Intérieur", "ORG"), ("ministère de la Défense", "ORG")],
                      "fr")
    entities = merge_entities([fr], knowledge)
    assert entity_of(entities, "ministère de l'Intérieur") is not \
        entity_of(entities, "ministère de la Défense")


def test_shape_rules() -> None:
    stops = frozenset({"de", "la", "l", "d", "del"})
    never = lambda word: False  # noqa: E731
    assert is_body_head("Ministère", "fr") and is_body_head("università", "it")
    assert not is_body_head("ministre", "fr")
    assert body_shaped(["université", "d", "Alep"], "fr", stops, never, lambda: False)
    assert not body_shaped(["Armée"], "fr", stops, never, lambda: True)
    assert not body_shaped(["Armée", "syrienne"], "fr", stops, never, lambda: False)
    assert body_shaped(["Armée", "syrienne"], "fr", stops, never, lambda: True)
    assert not body_shaped(["Comité", "de", "soutien"], "fr", stops, never, lambda: True)
    assert not body_shaped(["forces", "de", "Poutine"], "fr", stops,
                           lambda word: word == "Poutine", lambda: True)
    text = "Il dit. Armée x et, de l'Armée y\nArmée z"
    assert not inside_sentence(text, text.index("Armée x"))
    assert inside_sentence(text, text.index("Armée y"))
    assert not inside_sentence(text, text.index("Armée z"))


def test_an_acronym_said_to_be_of_another_language(knowledge: EntityKnowledge) -> None:
    es = make_article("Los atentados, reivindicados por el IS (Estado Islámico, por sus "
                      "siglas en inglés), dejaron diez muertos.",
                      [("IS", "ORG"), ("Estado Islámico", "MISC")], "es")
    entity = entity_of(merge_entities([es], knowledge), "IS")
    assert "Estado Islámico" in entity.aliases
    assert any("another language" in why for why in entity.merge_evidence)
    fr = make_article("Les militants de l'EI (Etat islamique, selon son sigle arabe "
                      "traduit) ont fui.", [("EI", "ORG"), ("Etat islamique", "MISC")], "fr")
    assert "Etat islamique" in entity_of(merge_entities([fr], knowledge), "EI").aliases


def test_a_parenthesis_without_an_acronym_word_defines_nothing(
        knowledge: EntityKnowledge) -> None:
    es = make_article("Los atentados del IS (Estado Islámico, que controla la ciudad) "
                      "dejaron diez muertos. El EI (Estado Islámico de Irak, según sus "
                      "siglas en árabe) huyó.",
                      [("IS", "ORG"), ("Estado Islámico", "MISC"), ("EI", "ORG"),
                       ("Estado Islámico de Irak", "MISC")], "es")
    entities = merge_entities([es], knowledge)
    assert entity_of(entities, "IS") is not entity_of(entities, "Estado Islámico")
    assert "Estado Islámico de Irak" in entity_of(entities, "EI").aliases
    en = make_article("The count came from Rami Khalil (SOHR, by its initials in English) "
                      "on Monday.", [("Rami Khalil", "PER"), ("SOHR", "ORG")], "en")
    entities = merge_entities([en], knowledge)
    assert entity_of(entities, "Rami Khalil") is not entity_of(entities, "SOHR")


def test_an_acronym_written_in_another_language_text(knowledge: EntityKnowledge) -> None:
    it = make_article("L'ONU chiede una tregua ad Aleppo.", [("ONU", "ORG")], "it")
    es = make_article("Las Naciones Unidas piden una tregua. La comisión de la ONU llega "
                      "mañana.", [("Naciones Unidas", "ORG")], "es")
    entity = entity_of(merge_entities([it, es], knowledge), "ONU")
    assert "Naciones Unidas" in entity.aliases


def test_an_acronym_abstains_on_two_names_of_its_initials(knowledge: EntityKnowledge) -> None:
    it = make_article("L'ONU chiede una tregua ad Aleppo.", [("ONU", "ORG")], "it")
    es = make_article("Las Naciones Unidas y la Nueva Unión piden una tregua. La comisión "
                      "de la ONU llega mañana.",
                      [("Naciones Unidas", "ORG"), ("Nueva Unión", "ORG")], "es")
    entities = merge_entities([it, es], knowledge)
    assert entity_of(entities, "ONU") is not entity_of(entities, "Naciones Unidas")
    silent = make_article("Las Naciones Unidas piden una tregua.",
                          [("Naciones Unidas", "ORG")], "es")
    entities = merge_entities([it, silent], knowledge)
    assert entity_of(entities, "ONU") is not entity_of(entities, "Naciones Unidas")
    # the same story with the acronym written in the Spanish text: one body
    written = make_article("Las Naciones Unidas piden una tregua (ONU).",
                           [("Naciones Unidas", "ORG")], "es")
    entity = entity_of(merge_entities([it, written], knowledge), "ONU")
    assert "Naciones Unidas" in entity.aliases


def test_heads_of_one_kind_translate_across_languages(encoded: EntityKnowledge) -> None:
    docs = [make_article("La Ligue arabe se réunit au Caire. Le ministère égyptien de "
                         "l'Intérieur annonce des arrestations.",
                         [("Ligue arabe", "ORG"), ("ministère égyptien de l'Intérieur", "ORG")],
                         "fr"),
            make_article("La Lega Araba si riunisce al Cairo.", [("Lega Araba", "ORG")], "it"),
            make_article("El Ministerio del Interior sirio anunció detenciones.",
                         [("Ministerio del Interior sirio", "ORG")], "es")]
    entities = merge_entities(docs, encoded)
    assert "Lega Araba" in entity_of(entities, "Ligue arabe").aliases
    # the same ministry of two countries stays two
    assert entity_of(entities, "ministère égyptien de l'Intérieur") is not \
        entity_of(entities, "Ministerio del Interior sirio")
    assert same_head("ligue", "lega") and same_head("cour", "tribunal")
    assert not same_head("ministere", "conseil")


def test_a_capitalised_head_before_a_common_complement_is_a_phrase(
        knowledge: EntityKnowledge) -> None:
    fr = make_article("Un comité de quartier et un conseil municipal se forment. Selon le "
                      "Comité de soutien et le "
                      "Conseil national syrien, la ville est calme.",
                      [("Comité de soutien", "ORG"), ("Conseil national syrien", "ORG")], "fr")
    names = _names([fr], knowledge)
    assert "Conseil national syrien" in names and "Comité de soutien" not in names
