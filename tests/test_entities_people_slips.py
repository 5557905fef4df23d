"""People written carelessly or framed by other words: a given name in lower case in a
forum thread, a word of address before it ("Caro Max"), a credit ("By Jane Roe") inside
the span, a family name written first ("Ban Ki-moon"), a bare Arabic surname tagged ORG.

Fixtures are written for these tests (invented people and sentences) in it, en, fr, es,
with the negatives: a common word in other slots stays a word, "Di Maio" and "De Gaulle"
are no credits, a Western double name is not family-first, an ORG-tagged name in an
article that never names the person stays apart.
"""

from __future__ import annotations

import pytest

from entity_builders import entity_of, make_article
from storylens.entities import merge_entities
from storylens.entities.knowledge import EntityKnowledge
from storylens.entities.normalise import normal_tokens
from storylens.entities.surnames import family_first


def _needs_given_names(knowledge: EntityKnowledge) -> None:
    if knowledge.given_names is None:
        pytest.skip("the optional given-name list (extra 'names') is not installed")


def test_a_given_name_in_lower_case_where_the_thread_writes_it_capitalised_is_the_name(
    knowledge: EntityKnowledge,
) -> None:
    _needs_given_names(knowledge)
    text = ("Risposta a Max: non sono d'accordo. Caro Max, leggi meglio. Dice Max che il "
            "governo mente. risposta a max: hai torto. caro max, rifletti. Risposta a Max: "
            "basta.")
    doc = make_article(text, [("Max", "PERSON"), ("Caro Max", "OTHER"), ("Max", "PERSON"),
                              ("max", "OTHER"), ("max", "OTHER"), ("Max", "OTHER")], "it")
    entities = merge_entities([doc], knowledge)
    max_ = entity_of(entities, "Max")
    assert "Caro Max" in max_.aliases  # the word of address is not part of the name
    assert all(m.entity_id == max_.id for m in doc.mentions if m.text[0].isupper())


def test_a_given_name_whose_lower_case_uses_stand_elsewhere_is_a_common_word(
    knowledge: EntityKnowledge,
) -> None:
    _needs_given_names(knowledge)
    text = ("Vittoria! gridano in piazza. La vittoria del partito è netta, una vittoria "
            "storica. Vittoria, dicono tutti.")
    doc = make_article(text, [("Vittoria", "PERSON"), ("Vittoria", "PERSON")], "it")
    merge_entities([doc], knowledge)
    assert all(m.entity_id is None for m in doc.mentions)


@pytest.mark.parametrize(("surface", "key"), [
    ("Caro Max", ("max",)),
    ("Dear John Miller", ("john", "miller")),
    ("Chère Marie Dubois", ("marie", "dubois")),
    ("Querida Ana Pérez", ("ana", "perez")),
    ("Cara Delevingne", ("cara", "delevingne")),  # "cara" is also a given name: kept
    ("Cher", ("cher",)),  # never the whole name
])
def test_words_of_address_are_cut_like_titles(surface: str, key: tuple[str, ...]) -> None:
    assert normal_tokens(surface) == key


def test_a_credit_inside_the_span_is_a_byline_not_a_participant() -> None:
    text = ("Latest posts. By Jane Roe, Ph.D. Working for the cause... read more. "
            "Jane Roe interviewed two defectors in Raqqa last year.")
    doc = make_article(text, [("By Jane Roe", "PERSON"), ("Jane Roe", "PERSON")])
    entities = merge_entities([doc])
    assert doc.mentions[0].entity_id is None
    assert entity_of(entities, "Jane Roe").aliases == ["Jane Roe"]


@pytest.mark.parametrize(("surface", "lang"), [
    ("Di Maio", "it"), ("De Gaulle", "fr"), ("Von Falkenhayn", "de"), ("Byron Keane", "en"),
])
def test_names_that_start_like_a_credit_are_kept(surface: str, lang: str) -> None:
    doc = make_article(f"Ieri {surface} ha parlato.", [(surface, "PERSON")], lang)
    merge_entities([doc])
    assert doc.mentions[0].entity_id is not None


def test_a_family_name_written_first_joins_its_full_name() -> None:
    docs = [
        make_article("Ban Ki-moon pidió calma. Ban insistió en el diálogo y Ban se fue.",
                     [("Ban Ki-moon", "OTHER"), ("Ban", "OTHER"), ("Ban", "OTHER")], "es"),
        make_article("El secretario Ban viajó a Ginebra.", [("Ban", "OTHER")], "es"),
    ]
    entities = merge_entities(docs)
    ban = entity_of(entities, "Ban Ki-moon")
    assert ban.type == "PERSON" and "Ban" in ban.aliases


@pytest.mark.parametrize(("surfaces", "expected"), [
    (["Ban Ki-moon"], True), (["Moon Jae-in", "Moon Jae-in"], True),
    (["JuJu Smith-Schuster"], False), (["Saint-Denis"], False), (["Jean-Pierre Roux"], False),
    (["Ban Ki-moon", "Ban Ki-Moon"], False), ([], False),
])
def test_family_first_names_are_told_by_their_hyphenated_given_name(
    surfaces: list[str], expected: bool,
) -> None:
    assert family_first(surfaces) is expected


def test_a_bare_arabic_surname_tagged_org_joins_the_person_its_article_names() -> None:
    doc = make_article(
        "Le général Al-Sissi a parlé. Si Sissi a pu grimper, c'est grâce à l'armée. "
        "Al-Sissi reste prudent. Sissi, c'est l'homme fort.",
        [("Al-Sissi", "PERSON"), ("Sissi", "ORG"), ("Al-Sissi", "PERSON"), ("Sissi", "ORG")],
        "fr")
    entities = merge_entities([doc])
    person = entity_of(entities, "Al-Sissi")
    assert person.type == "PERSON" and "Sissi" in person.aliases
    assert len(entities) == 1


def test_an_org_tagged_name_in_an_article_without_the_person_stays_apart() -> None:
    docs = [
        make_article("Le général Al-Sissi a parlé au Caire.", [("Al-Sissi", "PERSON")], "fr"),
        make_article("La société Sissi a publié ses comptes.", [("Sissi", "ORG")], "fr"),
    ]
    entities = merge_entities(docs)
    assert entity_of(entities, "Sissi") is not entity_of(entities, "Al-Sissi")


def test_a_stage_name_with_a_one_letter_last_name_is_used_by_its_first_word() -> None:
    doc = make_article("Kiki Q released a single. Kiki said the tour starts in May.",
                       [("Kiki Q", "PERSON"), ("Kiki", "PERSON")])
    entities = merge_entities([doc])
    assert "Kiki" in entity_of(entities, "Kiki Q").aliases


def test_a_stage_name_shared_with_another_full_name_stays_apart() -> None:
    doc = make_article("Kiki Q sang Lorna Kiki. Kiki smiled.",
                       [("Kiki Q", "PERSON"), ("Lorna Kiki", "PERSON"), ("Kiki", "PERSON")])
    entities = merge_entities([doc])
    assert entity_of(entities, "Kiki").aliases == ["Kiki"]


def test_a_place_after_di_or_de_is_where_a_name_is_from_not_its_surname() -> None:
    docs = [
        make_article("Il principe Abdallah di Giordania ha visitato Roma.",
                     [("Abdallah di Giordania", "PERSON"), ("Roma", "OTHER")], "it"),
        make_article("La Giordania chiude il confine. In Giordania si vota.",
                     [("Giordania", "OTHER"), ("Giordania", "OTHER")], "it"),
        make_article("Le roi Fayçal de Tunisie est reçu. La Tunisie vote.",
                     [("Fayçal de Tunisie", "PERSON"), ("Tunisie", "LOC")], "fr"),
    ]
    entities = merge_entities(docs, EntityKnowledge.build(["it", "fr"]))
    assert entity_of(entities, "Giordania") is not entity_of(entities, "Abdallah di Giordania")
    assert entity_of(entities, "Tunisie") is not entity_of(entities, "Fayçal de Tunisie")


def test_a_place_glued_after_a_known_full_name_is_not_its_surname() -> None:
    docs = [
        make_article("Ha parlato Anne Carver. Anne Carver Bruxelles, sede del vertice.",
                     [("Anne Carver", "PERSON"), ("Anne Carver Bruxelles", "PERSON")], "it"),
        make_article("A Bruxelles piove.", [("Bruxelles", "OTHER")], "it"),
    ]
    entities = merge_entities(docs, EntityKnowledge.build(["it"]))
    assert "Bruxelles" not in entity_of(entities, "Anne Carver Bruxelles").aliases


def test_a_surname_that_is_also_a_place_still_joins_its_person() -> None:
    doc = make_article("El empresario Husein Salem fue detenido. Salem niega todo.",
                       [("Husein Salem", "PERSON"), ("Salem", "OTHER")], "es")
    entities = merge_entities([doc], EntityKnowledge.build(["es"]))
    assert "Salem" in entity_of(entities, "Husein Salem").aliases


def test_an_article_before_a_place_is_no_given_name(knowledge: EntityKnowledge) -> None:
    _needs_given_names(knowledge)
    docs = [make_article("Il Napoli ha vinto. Napoli festeggia.",
                         [("Il Napoli", "OTHER"), ("Napoli", "OTHER")], "it")]
    entities = merge_entities(docs, knowledge)
    assert entity_of(entities, "Il Napoli").type != "PERSON"
