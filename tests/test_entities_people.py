"""People across their mentions: surnames and given names shared by relatives, Arabic
articles, types decided over all mentions, names cut out of organisation spans, bylines.

Fixtures are written for these tests (invented names and sentences) in en, fr, es, it,
ar and ru, with the negatives: two different Abdullahs, a byline is not a participant.
"""

from __future__ import annotations

import pytest

from entity_builders import entity_of, make_article
from storylens.entities import merge_entities
from storylens.entities.knowledge import EntityKnowledge
from storylens.entities.merge import token_match


@pytest.mark.parametrize(("a", "b"), [
    ("elassad", "alassad"),  # "el-Assad" / "al-Assad"
    ("alasad", "assad"),  # "al Asad" / "Assad"
    ("alasad", "asad"),
])
def test_arabic_articles_do_not_make_two_names(a: str, b: str) -> None:
    assert token_match(a, b) is not None


def test_el_and_al_spellings_and_the_bare_surname_are_one_person() -> None:
    docs = [
        make_article("Bachar el-Assad a parlé. Assad reste.",
                     [("Bachar el-Assad", "PERSON"), ("Assad", "PERSON")], "fr"),
        make_article("Le président Bachar al-Assad a répondu.",
                     [("Bachar al-Assad", "PERSON")], "fr"),
        make_article("Selon Bashar Assad, tout va bien.", [("Bashar Assad", "PERSON")], "fr"),
    ]
    entities = merge_entities(docs)
    assad = entity_of(entities, "Assad")
    assert {"Bachar el-Assad", "Bachar al-Assad"} <= set(assad.aliases)
    assert len(entities) == 1


def test_a_surname_shared_by_relatives_goes_to_the_one_its_articles_name(
    knowledge: EntityKnowledge,
) -> None:
    docs = [
        make_article("Bashar al Asad habló en Damasco. Al Asad dijo que no.",
                     [("Bashar al Asad", "PERSON"), ("Damasco", "GPE"), ("Al Asad", "PERSON")],
                     "es"),
        make_article("Asma al Asad visitó un hospital. Asma saludó.",
                     [("Asma al Asad", "PERSON"), ("Asma", "OTHER")], "es"),
        make_article("Hafez al Asad gobernó antes.", [("Hafez al Asad", "PERSON")], "es"),
    ]
    entities = merge_entities(docs, knowledge)
    bashar = entity_of(entities, "Bashar al Asad")
    asma = entity_of(entities, "Asma al Asad")
    assert "Al Asad" in bashar.aliases
    assert any("only person of that name named in full" in e for e in bashar.merge_evidence)
    assert "Asma" in asma.aliases  # a given name, next to her full name
    assert entity_of(entities, "Hafez al Asad").id not in {bashar.id, asma.id}
    # Another article names only Asma in full and writes "Asad": the articles disagree.
    docs.append(make_article("Asma al Asad en la foto; Asad sonríe.",
                             [("Asma al Asad", "PERSON"), ("Asad", "PERSON")], "es"))
    entities = merge_entities(docs, knowledge)
    alone = entity_of(entities, "Al Asad")
    assert "Asad" in alone.aliases  # one spelling with and without the article
    assert alone.id not in {entity_of(entities, "Bashar al Asad").id,
                            entity_of(entities, "Asma al Asad").id}
    assert any("disagree" in e for e in alone.merge_evidence)


def test_two_different_abdullahs_whose_articles_disagree_stay_apart() -> None:
    docs = [
        make_article("Abdullah Abdullah spoke in Kabul. Abdullah said no.",
                     [("Abdullah Abdullah", "PERSON"), ("Abdullah", "PERSON")]),
        make_article("Abdullah al-Thinni met envoys. Abdullah left.",
                     [("Abdullah al-Thinni", "PERSON"), ("Abdullah", "PERSON")]),
    ]
    entities = merge_entities(docs)
    bare = entity_of(entities, "Abdullah")
    assert bare.aliases == ["Abdullah"] and len(entities) == 3
    assert any("left apart" in e for e in bare.merge_evidence)


def test_a_given_name_joins_only_where_its_article_names_the_person() -> None:
    named = [make_article("Donald Trump spoke. Donald then left.",
                          [("Donald Trump", "PERSON"), ("Donald", "PERSON")])]
    entities = merge_entities(named)
    assert "Donald" in entity_of(entities, "Donald Trump").aliases
    unnamed = [make_article("Donald Trump spoke.", [("Donald Trump", "PERSON")]),
               make_article("Donald said hello.", [("Donald", "PERSON")])]
    entities = merge_entities(unnamed)
    assert entity_of(entities, "Donald").aliases == ["Donald"]


def test_title_and_surname_meet_a_transliterated_full_name(knowledge: EntityKnowledge) -> None:
    docs = [make_article("Mohamed Morsi fue elegido.", [("Mohamed Morsi", "PERSON")], "es"),
            make_article("Según el presidente Mursi, no.", [("el presidente Mursi", "PERSON")],
                         "es")]
    entities = merge_entities(docs, knowledge)
    assert "el presidente Mursi" in entity_of(entities, "Mohamed Morsi").aliases


def test_an_unfamiliar_person_tagged_a_place_is_one_person(knowledge: EntityKnowledge) -> None:
    docs = [make_article("Gheddafi parlò. Gheddafi rise.", [("Gheddafi", "LOC"),
                                                            ("Gheddafi", "LOC")], "it"),
            make_article("Gheddafi partì.", [("Gheddafi", "LOC")], "it"),
            make_article("Secondo Gheddafi e Gheddafi.", [("Gheddafi", "PERSON"),
                                                          ("Gheddafi", "PERSON")], "it")]
    entities = merge_entities(docs, knowledge)
    assert len(entities) == 1 and entities[0].type == "PERSON"


def test_a_known_place_tagged_a_person_stays_a_place(knowledge: EntityKnowledge) -> None:
    docs = [make_article("A Bengasi, Bengasi e Bengasi.", [("Bengasi", "PERSON"),
                                                          ("Bengasi", "GPE"),
                                                          ("Bengasi", "GPE")], "it")]
    entities = merge_entities(docs, knowledge)
    assert len(entities) == 1 and entities[0].type == "GPE"


def test_a_known_person_is_cut_out_of_an_organisation_span() -> None:
    text = "Marta Rinaldi ha scritto. Marta Rinaldi su Instagram ha risposto."
    doc = make_article(text, [("Marta Rinaldi", "PERSON"),
                              ("Marta Rinaldi su Instagram", "ORG")], "it")
    entities = merge_entities([doc])
    person = entity_of(entities, "Marta Rinaldi")
    assert person.type == "PERSON" and len(person.mentions) == 2
    assert entity_of(entities, "Instagram").type == "ORG"


def test_a_lower_case_slip_of_a_person_name_keeps_the_name() -> None:
    text = ("Karimova ha parlato. " * 5 + "Un tweet: viva karimova.")
    docs = [make_article(text, [("Karimova", "PERSON")], "it"),
            make_article("Lina Karimova ha vinto.", [("Lina Karimova", "PERSON")], "it")]
    entities = merge_entities(docs)
    assert "Karimova" in entity_of(entities, "Lina Karimova").aliases


def test_a_byline_is_not_a_candidate_for_a_participants_surname() -> None:
    docs = [make_article("By Jane Karimi\n\nAhmed Karimi arrived. Karimi spoke.",
                         [("Jane Karimi", "PERSON"), ("Ahmed Karimi", "PERSON"),
                          ("Karimi", "PERSON")]),
            make_article("Ahmed Karimi left.", [("Ahmed Karimi", "PERSON")],
                         author="Jane Karimi")]
    entities = merge_entities(docs)
    assert not any("Jane Karimi" in e.aliases for e in entities)
    assert "Karimi" in entity_of(entities, "Ahmed Karimi").aliases


def test_arabic_script_surname_with_its_article_meets_the_full_name() -> None:
    docs = [make_article("قال بشار الأسد إن الأسد باق.", [("بشار الأسد", "PERSON"),
                                                         ("الأسد", "PERSON")], "ar"),
            make_article("وصلت أسماء الأسد.", [("أسماء الأسد", "PERSON")], "ar")]
    entities = merge_entities(docs)
    assert "الأسد" in entity_of(entities, "بشار الأسد").aliases
    assert entity_of(entities, "أسماء الأسد").aliases == ["أسماء الأسد"]


def test_russian_case_forms_of_a_shared_surname_follow_the_article() -> None:
    docs = [make_article("Башар Асад выступил. По словам Асада, всё спокойно.",
                         [("Башар Асад", "PERSON"), ("Асада", "PERSON")], "ru"),
            make_article("Асма Асад посетила больницу.", [("Асма Асад", "PERSON")], "ru")]
    entities = merge_entities(docs)
    assert "Асада" in entity_of(entities, "Башар Асад").aliases
    assert entity_of(entities, "Асма Асад").id != entity_of(entities, "Асада").id


def test_an_untyped_full_name_starting_with_a_given_name_is_a_person(
    knowledge: EntityKnowledge,
) -> None:
    if knowledge.given_names is None:
        pytest.skip("gender-guesser is not installed")
    # The capitalisation fallback (no model for the language) types everything OTHER.
    docs = [make_article("Ieri Francesco Rinaldi ha parlato.", [("Francesco Rinaldi", "OTHER")],
                         "it"),
            make_article("Secondo Rinaldi, no.", [("Rinaldi", "OTHER")], "it"),
            make_article("La Casa Rinaldi apre.", [("Casa Rinaldi", "OTHER")], "it")]
    entities = merge_entities(docs, knowledge)
    person = entity_of(entities, "Francesco Rinaldi")
    assert person.type == "PERSON" and "Rinaldi" in person.aliases
    assert "Casa Rinaldi" not in person.aliases  # "Casa" is no given name


def test_a_name_split_between_org_and_person_with_a_given_name_is_a_person(
    knowledge: EntityKnowledge,
) -> None:
    if knowledge.given_names is None:
        pytest.skip("gender-guesser is not installed")
    docs = [make_article("Darnell Lazor played. Darnell Lazor scored. Darnell Lazor left.",
                         [("Darnell Lazor", "ORG"), ("Darnell Lazor", "ORG"),
                          ("Darnell Lazor", "PERSON")]),
            make_article("Darnell Lazor said Lazor was fine.",
                         [("Darnell Lazor", "PERSON"), ("Lazor", "PERSON")])]
    entities = merge_entities(docs, knowledge)
    person = entity_of(entities, "Darnell Lazor")
    assert person.type == "PERSON" and "Lazor" in person.aliases


def test_a_given_name_spelt_otherwise_than_the_full_name_is_someone_else() -> None:
    text = ("Mohamed Morsi a gagné. Morsi salue la foule. \"C'est une fête\", dit Mohammad, "
            "vendeur.")
    docs = [make_article(text, [("Mohamed Morsi", "PERSON"), ("Morsi", "PERSON"),
                                ("Mohammad", "PERSON")], "fr"),
            make_article("Le docteur Mohammad Morsi parle.", [("Mohammad Morsi", "PERSON")], "fr")]
    entities = merge_entities(docs)
    assert entity_of(entities, "Mohammad").aliases == ["Mohammad"]
    assert "Morsi" in entity_of(entities, "Mohamed Morsi").aliases


def test_a_middle_initial_meets_the_middle_name() -> None:
    docs = [make_article("Gian Joseph Marini scrive.", [("Gian Joseph Marini", "PERSON")], "it"),
            make_article("Gian J. Marini risponde.", [("Gian J. Marini", "PERSON")], "it"),
            make_article("Gian Paolo Marini tace.", [("Gian Paolo Marini", "PERSON")], "it")]
    entities = merge_entities(docs)
    joseph = entity_of(entities, "Gian Joseph Marini")
    assert "Gian J. Marini" in joseph.aliases
    assert entity_of(entities, "Gian Paolo Marini").id != joseph.id


@pytest.mark.parametrize(("text", "titled", "full", "lang"), [
    ("Sheriff Arpaiz spoke. Joe Arpaiz left.", "Sheriff Arpaiz", "Joe Arpaiz", "en"),
    ("Le maréchal Hussein Tantawy parle. Hussein Tantawy part.", "maréchal Hussein Tantawy",
     "Hussein Tantawy", "fr"),
])
def test_a_title_before_a_name_is_cut(text: str, titled: str, full: str, lang: str) -> None:
    doc = make_article(text, [(titled, "PERSON"), (full, "PERSON")], lang)
    entities = merge_entities([doc])
    # the title is stripped from the key, or (a lower-case title) cut from the span itself
    person = entity_of(entities, full)
    assert all(m.entity_id == person.id for m in doc.mentions)


def test_name_particles_bin_and_abu_keep_the_surname(knowledge: EntityKnowledge) -> None:
    docs = [make_article("Osama bin Laden was found. Bin Laden had hidden.",
                         [("Osama bin Laden", "PERSON"), ("Bin Laden", "PERSON")]),
            make_article("Abu Bakr al-Baghdadi spoke; Baghdadi then fled.",
                         [("Abu Bakr al-Baghdadi", "PERSON"), ("Baghdadi", "PERSON")]),
            make_article("Al-Baghdadi is gone.", [("Al-Baghdadi", "PERSON")])]
    entities = merge_entities(docs, knowledge)
    assert "Bin Laden" in entity_of(entities, "Osama bin Laden").aliases
    assert {"Baghdadi", "Al-Baghdadi"} <= set(entity_of(entities, "Abu Bakr al-Baghdadi").aliases)


def test_a_capitalised_word_before_a_title_is_no_given_name(knowledge: EntityKnowledge) -> None:
    if knowledge.given_names is None:
        pytest.skip("gender-guesser is not installed")
    docs = [make_article("Future President Rossi and the Future of Europe.",
                         [("Future President Rossi", "PERSON"), ("Future", "PERSON")]),
            make_article("CYBERPOL Visualizza and CYBERPOL again.",
                         [("CYBERPOL Visualizza", "PERSON"), ("CYBERPOL", "PERSON")], "it")]
    entities = merge_entities(docs, knowledge)
    assert entity_of(entities, "Future").aliases == ["Future"]
    assert entity_of(entities, "CYBERPOL").aliases == ["CYBERPOL"]
