"""extract_claims on short news texts in seven languages: values, quotes, parties, dates."""

from __future__ import annotations

import re

import pytest

from storylens.claims import extract_claims
from storylens.records import Article, Claim, Mention
from storylens.sentences import segment_article


def article(text: str, lang: str, names: tuple[tuple[str, str], ...] = (),
            published: str | None = "2024-03-06") -> Article:
    """An article as the earlier stages leave it: sentences and NER mentions filled."""
    art = Article(id=Article.make_id(text), source="test", text=text, language=lang,
                  published=published)
    segment_article(art)
    for label, name in names:
        for m in re.finditer(re.escape(name), text):
            art.mentions.append(Mention(art.id, m.start(), m.end(), name, label))
    return art


def claims_of(art: Article, kind: str) -> list[Claim]:
    found = extract_claims(art)
    for claim in found:
        assert len(claim.sources) == 1
        ev = claim.sources[0]
        assert ev.quote == art.text[ev.start:ev.end]
        assert ev.article_id == art.id
    return [c for c in found if c.kind == kind]


def quantities(text: str, lang: str) -> list[tuple[str, str, float | None, float | None,
                                                   str | None]]:
    art = article(text, lang)
    return [(c.sources[0].quote, c.value.type, c.value.low, c.value.high, c.value.modifier)
            for c in claims_of(art, "quantity") if c.value]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "More than 1,000 people were killed and 50 injured in the quake.", [
        ("More than 1,000 people were killed", "killed", 1000, None, "more than"),
        ("50 injured", "injured", 50, 50, None)]),
    ("en", "The blast killed at least 20 people and wounded 50 others.", [
        ("killed at least 20 people", "killed", 20, None, "at least"),
        ("wounded 50 others", "injured", 50, 50, None)]),
    ("en", "Hundreds of people were displaced and about 300 evacuated.", [
        ("Hundreds of people were displaced", "displaced", 200, 999, "hundreds"),
        ("about 300 evacuated", "evacuated", 270, 330, "about")]),
    ("en", "The death toll rose to 45.", [("death toll rose to 45", "killed", 45, 45, None)]),
    ("fr", "Plus de mille morts et des centaines de blessés ont été recensés.", [
        ("Plus de mille morts", "killed", 1000, None, "more than"),
        ("centaines de blessés", "injured", 200, 999, "hundreds")]),
    ("fr", "Au moins 45 morts et 3 000 déplacés.", [
        ("Au moins 45 morts", "killed", 45, None, "at least"),
        ("3 000 déplacés", "displaced", 3000, 3000, None)]),
    ("es", "Más de 100 muertos y decenas de desaparecidos.", [
        ("Más de 100 muertos", "killed", 100, None, "more than"),
        ("decenas de desaparecidos", "missing", 20, 99, "dozens")]),
    ("de", "Mindestens 30 Tote und Hunderte Verletzte.", [
        ("Mindestens 30 Tote", "killed", 30, None, "at least"),
        ("Hunderte Verletzte", "injured", 200, 999, "hundreds")]),
    ("it", "Almeno 12 morti e centinaia di sfollati.", [
        ("Almeno 12 morti", "killed", 12, None, "at least"),
        ("centinaia di sfollati", "displaced", 200, 999, "hundreds")]),
    ("ru", "Более 100 человек погибли, десятки задержаны.", [
        ("Более 100 человек погибли", "killed", 100, None, "more than"),
        ("десятки задержаны", "arrested", 20, 99, "dozens")]),
    ("ar", "أكثر من 100 قتيل وعشرات الجرحى.", [
        ("أكثر من 100 قتيل", "killed", 100, None, "more than"),
        ("وعشرات الجرحى", "injured", 20, 99, "dozens")]),
    ("ar", "قتل ١٢ شخصا على الأقل.", [("قتل ١٢ شخصا على الأقل", "killed", 12, None,
                                       "at least")]),
])
def test_casualty_figures(lang: str, text: str, expected: list[tuple[object, ...]]) -> None:
    assert quantities(text, lang) == expected


def test_head_count_and_statement() -> None:
    art = article("Police arrested 12 protesters as about 300 protesters marched.", "en")
    found = claims_of(art, "quantity")
    # A head count with no event of its own ("about 300 protesters") is found by the
    # figure reader but is no claim: "The figure given is ..." told a reader nothing.
    assert [(c.value.type, c.value.unit, c.value.low) for c in found if c.value] == [
        ("arrested", "protesters", 12)]
    assert found[0].statement == "12 protesters were arrested."
    assert quantities_statement("Plus de mille morts.", "fr") == \
        "More than 1,000 people were killed."


def quantities_statement(text: str, lang: str) -> str:
    return claims_of(article(text, lang), "quantity")[0].statement


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Lawmakers killed the bill by 52 votes in 2024."),
    ("en", "See page 3 for the story of the dead sea scrolls."),
    ("en", "In 2023 the rescue service was founded."),
    ("en", "For help call 555-123-4567 or +44 20 7946 0958, the ministry said."),
    ("en", "The meeting ended at 10:30 and the injured minister left."),
    ("en", "A 25-year-old man was killed."),
    ("en", "The bombing killed $20 million worth of hopes."),
    ("fr", "Il a été blessé à 35 ans."),
    ("de", "Die Zahl der Toten lag 2023 bei 12 Prozent."),
])
def test_not_casualty_figures(lang: str, text: str) -> None:
    assert quantities(text, lang) == []


def test_ids_are_stable_and_distinct() -> None:
    text = "At least 20 people were killed and 50 injured on March 3, 2024."
    first = extract_claims(article(text, "en"))
    again = extract_claims(article(text, "en"))
    assert [c.id for c in first] == [c.id for c in again]
    assert len({c.id for c in first}) == len(first) == 2


def test_dates_attach_to_claims() -> None:
    art = article("At least 20 people were killed on Monday. The quake struck on "
                  "3 March 2024 and 40 people were injured.", "en")
    # A date is an argument of a claim, never a claim of its own.
    assert claims_of(art, "date") == []
    assert [c.when for c in claims_of(art, "quantity")] == ["2024-03-04", "2024-03-03"]
    # Without a publication date, "Monday" cannot be placed.
    bare = article(art.text, "en", published=None)
    assert [c.when for c in claims_of(bare, "quantity")] == [None, "2024-03-03"]


MEETINGS = [
    ("en", "President Joe Biden met Xi Jinping in San Francisco on Monday.",
     (("PERSON", "Joe Biden"), ("PERSON", "Xi Jinping"), ("GPE", "San Francisco")),
     "Joe Biden", "Xi Jinping"),
    ("en", "Biden and Xi met in Woodside.",
     (("PERSON", "Biden"), ("PERSON", "Xi"), ("GPE", "Woodside")), "Biden", "Xi"),
    ("fr", "Emmanuel Macron a rencontré Olaf Scholz à Berlin.",
     (("PERSON", "Emmanuel Macron"), ("PERSON", "Olaf Scholz"), ("GPE", "Berlin")),
     "Emmanuel Macron", "Olaf Scholz"),
    ("es", "Pedro Sánchez se reunió con Lula da Silva en Madrid.",
     (("PERSON", "Pedro Sánchez"), ("PERSON", "Lula da Silva"), ("GPE", "Madrid")),
     "Pedro Sánchez", "Lula da Silva"),
    ("de", "Scholz traf am Montag Macron in Paris.",
     (("PERSON", "Scholz"), ("PERSON", "Macron"), ("GPE", "Paris")), "Scholz", "Macron"),
    ("de", "Merkel hat Putin in Moskau getroffen.",
     (("PERSON", "Merkel"), ("PERSON", "Putin"), ("GPE", "Moskau")), "Merkel", "Putin"),
    ("it", "Giorgia Meloni ha incontrato Joe Biden a Roma.",
     (("PERSON", "Giorgia Meloni"), ("PERSON", "Joe Biden"), ("GPE", "Roma")),
     "Giorgia Meloni", "Joe Biden"),
    ("ru", "Путин встретился с Си Цзиньпином в Москве.",
     (("PERSON", "Путин"), ("PERSON", "Си Цзиньпином"), ("GPE", "Москве")),
     "Путин", "Си Цзиньпином"),
    ("ar", "التقى الرئيس عبد الفتاح السيسي بنظيره إيمانويل ماكرون في القاهرة.",
     (("PERSON", "عبد الفتاح السيسي"), ("PERSON", "إيمانويل ماكرون"), ("GPE", "القاهرة")),
     "عبد الفتاح السيسي", "إيمانويل ماكرون"),
]


@pytest.mark.parametrize(("lang", "text", "names", "subject", "obj"), MEETINGS)
def test_meetings(lang: str, text: str, names: tuple[tuple[str, str], ...], subject: str,
                  obj: str) -> None:
    art = article(text, lang, names)
    met = claims_of(art, "relation")
    assert len(met) == 1
    claim = met[0]
    assert (claim.predicate, claim.subject_text, claim.object_text) == ("met", subject, obj)
    assert claim.statement == f"{subject} met {obj}."
    assert claim.subject_span and text[slice(*claim.subject_span)] == subject
    assert claim.object_span and text[slice(*claim.object_span)] == obj


def test_no_meeting_without_two_parties() -> None:
    art = article("The minister received a letter from Paris.", "en", (("GPE", "Paris"),))
    assert claims_of(art, "relation") == []
    art = article("Biden met reporters.", "en", (("PERSON", "Biden"),))
    assert claims_of(art, "relation") == []


SAYINGS = [
    ("en", '"We will rebuild," Biden said.', (("PERSON", "Biden"),), "Biden"),
    ("en", "Ukraine will win, said Volodymyr Zelensky.",
     (("GPE", "Ukraine"), ("PERSON", "Volodymyr Zelensky")), "Volodymyr Zelensky"),
    ("en", "According to the health ministry, at least 200 are missing.", (),
     "the health ministry"),
    ("en", "Five people died, officials said.", (), "officials"),
    ("fr", "Selon le ministère de la Santé, 45 personnes sont mortes.", (),
     "le ministère de la Santé"),
    ("fr", "La situation est grave, a déclaré Gabriel Attal.",
     (("PERSON", "Gabriel Attal"),), "Gabriel Attal"),
    ("es", "Según la Cruz Roja, hay decenas de heridos.", (("ORG", "Cruz Roja"),),
     "Cruz Roja"),
    ("es", "La ayuda llegará pronto, dijo el ministro.", (), "el ministro"),
    ("de", "Laut Polizei gab es mindestens 30 Tote.", (), "Polizei"),
    ("de", "Die Lage ist ernst, sagte Scholz.", (("PERSON", "Scholz"),), "Scholz"),
    ("it", "Secondo l'Ansa, tre persone sono disperse.", (("ORG", "Ansa"),), "Ansa"),
    ("it", "La situazione è grave, ha detto la protezione civile.", (),
     "la protezione civile"),
    ("ru", "Россия готова к переговорам, заявил Песков.",
     (("GPE", "Россия"), ("PERSON", "Песков")), "Песков"),
    ("ru", "По словам Пескова, переговоры продолжатся.", (("PERSON", "Пескова"),),
     "Пескова"),
    ("ar", "وقالت وزارة الصحة إن أكثر من 100 قتيل سقطوا.", (("ORG", "وزارة الصحة"),),
     "وزارة الصحة"),
    ("ar", "وفقا لوزارة الصحة، قتل 12 شخصا.", (), "وزارة الصحة"),
]


@pytest.mark.parametrize(("lang", "text", "names", "speaker"), SAYINGS)
def test_speakers(lang: str, text: str, names: tuple[tuple[str, str], ...],
                  speaker: str) -> None:
    art = article(text, lang, names)
    said = claims_of(art, "quote")
    assert [(c.predicate, c.subject_text, c.sources[0].attributed_to) for c in said] == [
        ("said", speaker, speaker)]
    assert said[0].sources[0].quote == text
    assert said[0].subject_span and text[slice(*said[0].subject_span)] == speaker
    for claim in claims_of(art, "quantity"):
        assert claim.sources[0].attributed_to == speaker


def test_pronoun_is_no_speaker() -> None:
    assert claims_of(article('"It is over," he said.', "en"), "quote") == []
    assert claims_of(article("Il a déclaré que tout allait bien.", "fr"), "quote") == []


def test_quote_statement_keeps_the_quoted_words() -> None:
    art = article('"We will rebuild," Biden said.', "en", (("PERSON", "Biden"),))
    assert claims_of(art, "quote")[0].statement == 'Biden said: "We will rebuild"'


def test_sentences_computed_when_missing() -> None:
    art = Article(id="a1", source="t", text="At least 5 people died. More came.",
                  language="en")
    assert [c.value.low for c in extract_claims(art) if c.value] == [5]


def test_magnitudes_and_rises_are_not_counts() -> None:
    assert quantities("El balance del terremoto de magnitud 6,4 sigue abierto.", "es") == []
    assert quantities("Число погибших выросло до 96 человек.", "ru") == [
        ("погибших выросло до 96 человек", "killed", 96, 96, None)]


@pytest.mark.parametrize(("lang", "text", "speaker", "inner"), [
    ("en", "\"Since last winter, so many people have been afraid, and I think, you know, "
           "Mara Lind says it herself, 'This is the fight of our lives,'\" Karl Ostrander said.",
     "Karl Ostrander", "Mara Lind"),
    ("fr", "« Depuis l'hiver, tout le monde a peur, et, vous savez, Mara Lind le dit "
           "elle-même, c'est le combat de notre vie », a déclaré Karl Ostrander.",
     "Karl Ostrander", "Mara Lind"),
])
def test_a_speech_verb_inside_a_quotation_attributes_nothing(
        lang: str, text: str, speaker: str, inner: str) -> None:
    """The person named inside someone's quotation did not say its first half."""
    art = article(text, lang, (("PERSON", speaker), ("PERSON", inner)))
    speakers = {c.sources[0].attributed_to for c in claims_of(art, "quote")}
    assert inner not in speakers


def test_a_thousands_point_with_a_stray_space_is_one_figure() -> None:
    found = quantities("Selon l'ONU, plus de 40. 000 personnes ont été tuées depuis mars.", "fr")
    assert [(low, modifier) for _, _, low, _, modifier in found] == [(40000.0, "more than")]
