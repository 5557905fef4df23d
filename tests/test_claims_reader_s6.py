"""Reader failures of sample D and the lead's reader list (issue 11, session 6).

Every fixture is written for this test; none is copied from a corpus.
"""

from __future__ import annotations

import pytest

from storylens.claims import extract_claims
from storylens.records import Claim
from test_claims import article
from test_claims_reported import claims

Names = tuple[tuple[str, str], ...]
RUIZ: Names = (("PERSON", "Ana Ruiz"),)
SABRI: Names = (("PERSON", "Karim Sabri"), ("PERSON", "Sabri"))


def quotes(text: str, lang: str, names: Names) -> list[str]:
    """The statements of the quote claims (exact spans checked by ``claims``)."""
    return [c.statement for c in claims(text, lang, names) if c.kind == "quote"]


def counts(text: str, lang: str) -> list[tuple[str, float | None, float | None]]:
    """(statement, low, high) of the quantity claims of ``text``."""
    return [(c.statement, c.value.low, c.value.high) for c in extract_claims(article(text, lang))
            if c.kind == "quantity" and c.value is not None]


@pytest.mark.parametrize(("text", "expected"), [
    # The writer's "and said" opens a second report: it is no part of the first one.
    ("Ana Ruiz said she has written to the mayor about the flooding, and said she is "
     "hopeful.", ["According to Ana Ruiz: she has written to the mayor about the flooding"]),
    ('Ana Ruiz told reporters that the town "firmly rejects" the plan and said that the '
     'vote would "only deepen the divide."',
     ['According to Ana Ruiz: the town "firmly rejects" the plan']),
    # ... as does a clause with a subject, an auxiliary and a "that" of its own.
    ("Ana Ruiz said she will appeal the ruling, and friends of hers have suggested that the "
     "court could reverse it.", ["According to Ana Ruiz: she will appeal the ruling"]),
    # "and that" is the same speaker going on; a relative "that" is no new report.
    ("Ana Ruiz said that the dam held, and that the valley is safe.",
     ["According to Ana Ruiz: the dam held, and that the valley is safe"]),
    ("Ana Ruiz said the river rose fast, and the bridge that collapsed was old.",
     ["According to Ana Ruiz: the river rose fast, and the bridge that collapsed was old"]),
])
def test_the_writers_second_report_is_cut_off(text: str, expected: list[str]) -> None:
    assert quotes(text, "en", RUIZ) == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Karim Sabri a dit que le port restera fermé et a ajouté que les navires "
           "attendent au large."),
    ("es", "Karim Sabri dijo que el puerto seguirá cerrado y añadió que los barcos esperan."),
    ("it", "Karim Sabri ha detto che il porto resterà chiuso e ha aggiunto che le navi "
           "aspettano."),
])
def test_and_added_is_cut_off_in_other_languages(lang: str, text: str) -> None:
    found = quotes(text, lang, SABRI)
    assert len(found) == 1 and found[0].startswith("According to Karim Sabri: ")
    assert not any(w in found[0] for w in ("ajouté", "añadió", "aggiunto")), found


def test_a_capitalised_article_opens_the_name_of_a_paper() -> None:
    text = ("Ana Ruiz told the council that the bridge will reopen, according to The Ledger, "
            "a weekly paper in Northfield, Maine.")
    found = quotes(text, "en", (*RUIZ, ("ORG", "Ledger")))
    assert sorted(found) == [
        # The relay and its apposition are the writer's, not Ana Ruiz's words.
        "According to Ana Ruiz: the bridge will reopen",
        "According to The Ledger: Ana Ruiz told the council that the bridge will reopen"]


@pytest.mark.parametrize(("lang", "text", "names", "speaker"), [
    # A name the tagger missed or labelled otherwise still closes the speaker phrase.
    ("es", '"El puerto seguirá cerrado hasta el lunes", dijo el portavoz del gobierno '
           "regional, Tomás Ibarra.", (("OTHER", "Tomás Ibarra"),),
     "el portavoz del gobierno regional, Tomás Ibarra"),
    ("es", '"El puerto seguirá cerrado hasta el lunes", dijo el portavoz del gobierno '
           "regional, Tomás Ibarra.", (), "el portavoz del gobierno regional, Tomás Ibarra"),
    # ... but a place after the comma is no name of the speaker.
    ("en", '"The road stays closed until Monday," said the spokesman, New Haven.',
     (("GPE", "New Haven"),), "the spokesman"),
])
def test_an_apposed_name_closing_the_sentence(lang: str, text: str, names: Names,
                                              speaker: str) -> None:
    found = [c for c in claims(text, lang, names) if c.kind == "quote"]
    assert [c.subject_text for c in found] == [speaker]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("es", "Según la radio, la cifra de muertos sube hasta 50 o 100 en la provincia.",
     ("Between 50 and 100 people were killed.", 50, 100)),
    ("en", "Two or three people were killed in the fire.",
     ("Between 2 and 3 people were killed.", 2, 3)),
    # Italian and Spanish repeat the article before each end of a range.
    ("it", "Il bilancio parlava di un numero fra i 1.900 e i 2.000 morti.",
     ("Between 1,900 and 2,000 people were killed.", 1900, 2000)),
    ("es", "Murieron entre los 30 y los 40 mineros en el derrumbe.",
     ("Between 30 and 40 workers were killed.", 30, 40)),
    # A scale word closing the range belongs to both ends.
    ("it", "Secondo lo storico, i morti della carestia furono tra i 50 e i 70 mila.",
     ("Between 50,000 and 70,000 people were killed.", 50_000, 70_000)),
    ("en", "Between 3 and 4 million people were displaced by the floods.",
     ("Between 3,000,000 and 4,000,000 people were displaced.", 3_000_000, 4_000_000)),
    # ... unless the low end scaled would pass the high one.
    ("en", "Between 500 and 2 thousand people were killed.",
     ("Between 500 and 2,000 people were killed.", 500, 2000)),
])
def test_both_ends_of_a_range_are_kept(lang: str, text: str,
                                       expected: tuple[str, float, float]) -> None:
    assert counts(text, lang) == [expected]


def test_the_same_source_is_the_one_named_before() -> None:
    text = ("Selon Karim Sabri, le gouverneur vivrait près du port. La même source précise "
            "qu'un navire attendrait le gouverneur.")
    assert quotes(text, "fr", SABRI) == [
        "According to Karim Sabri: le gouverneur vivrait près du port",
        "According to Karim Sabri: un navire attendrait le gouverneur"]
    second = [c for c in claims(text, "fr", SABRI) if c.kind == "quote"][1]
    assert second.frame is not None and second.frame.agent is not None
    assert second.frame.agent.text == "Karim Sabri"


@pytest.mark.parametrize("text", [
    # Nobody named before: "the same source" credits no one.
    "Le gouverneur vivrait près du port. La même source précise qu'un navire l'attendrait.",
    # Another person named in between: who is meant is unclear.
    "Selon Karim Sabri, le gouverneur vivrait près du port. Son frère Omar Haddad est en "
    "fuite. La même source précise qu'un navire attendrait le gouverneur.",
])
def test_the_same_source_with_no_clear_antecedent_abstains(text: str) -> None:
    names = (*SABRI, ("PERSON", "Omar Haddad"))
    assert not any("même source" in s or "navire" in s for s in quotes(text, "fr", names))


def test_a_partisans_toll_names_the_partisan() -> None:
    text = ('"Nous dormions quand la police a tiré", affirme Karim Sabri, un partisan du '
            'maire. "C\'était un carnage. Ces policiers ont tué 12 personnes et fait plus de '
            '80 blessés", ajoute le militant.')
    found = claims(text, "fr", SABRI)
    tolls = [c for c in found if c.kind == "quantity"]
    assert [c.statement for c in tolls] == ["12 people were killed.",
                                            "More than 80 people were injured."]
    assert all(c.sources[0].attributed_to == "Karim Sabri" for c in tolls)
    assert [c.statement for c in found if c.kind == "quote"][-1] == (
        'Karim Sabri said: "Ces policiers ont tué 12 personnes et fait plus de 80 blessés"')


def test_a_continuing_phrase_with_no_name_before_stays_as_written() -> None:
    text = ('"Ces policiers ont tué 12 personnes", ajoute le militant.')
    assert quotes(text, "fr", ()) == ['le militant said: "Ces policiers ont tué 12 personnes"']


@pytest.mark.parametrize(("lang", "text", "names", "expected"), [
    # One remark quoted in part, then in full: one claim, the fuller one.
    ("en", '"The old town is a field of ruins," said Mayor Ana Ruiz. The storm flattened '
           'the harbour on Monday. "The old town is a field of ruins, and no help has '
           'come," Ruiz said on Tuesday.', (*RUIZ, ("PERSON", "Ruiz")),
     ['Ruiz said: "The old town is a field of ruins, and no help has come"']),
    ("fr", "« Nous ne partirons pas », a déclaré Karim Sabri. Le camp est encerclé. « Nous "
           "ne partirons pas, nous resterons jusqu'au bout », a ajouté M. Sabri.", SABRI,
     ["M. Sabri said: \"Nous ne partirons pas, nous resterons jusqu'au bout\""]),
    # Quoted again with a word left out ("tantôt"): still one remark.
    ("fr", "Selon Karim Sabri, ces coupures sont décidées tantôt par la mairie, tantôt par "
           "le préfet sous la pression des industriels. Le quartier attend.\n\nSelon Karim "
           "Sabri, ces coupures sont décidées par la mairie. Le préfet se tait.", SABRI,
     ["According to Karim Sabri: ces coupures sont décidées tantôt par la mairie, tantôt "
      "par le préfet sous la pression des industriels"]),
    # Two speakers saying the same words are two claims.
    ("en", '"We will not leave," said Kim Lee. "We will not leave this town without our '
           'dead," said Ana Ruiz.', (*RUIZ, ("PERSON", "Kim Lee")),
     ['Kim Lee said: "We will not leave"',
      'Ana Ruiz said: "We will not leave this town without our dead"']),
])
def test_one_remark_worded_twice_is_one_claim(lang: str, text: str, names: Names,
                                              expected: list[str]) -> None:
    assert quotes(text, lang, names) == expected


def _toll(text: str, outlet: str) -> tuple[Claim, object]:
    art = article(text, "fr")
    art.outlet = outlet
    return next(c for c in extract_claims(art) if c.kind == "quantity"), art


def test_a_range_end_is_a_figure_never_a_sentence() -> None:
    from storylens.brief.compose import dispute_sentence
    from storylens.claims.figure_words import figure_words

    low, a = _toll("Des dizaines de manifestants ont été tués jeudi au Caire.", "Le Matin")
    high, b = _toll("Une centaine de personnes ont été tuées jeudi au Caire.", "La Gazette")
    span = figure_words(b.text, "fr", high)  # type: ignore[attr-defined]
    assert span is not None and b.text[span[0]:span[1]] == "Une centaine de personnes"  # type: ignore[attr-defined]
    made = dispute_sentence([low, high], {x.id: x for x in (a, b)}, "fr")  # type: ignore[attr-defined]
    assert made is not None and "« Une centaine de personnes »" in made.text, made
    assert "tuées" not in made.text


@pytest.mark.parametrize(("text", "expected"), [
    # A page whose stops lost their spaces: the narration glued before the quotation is
    # not what the speaker said ...
    ('Divers found a wreck off the cape on Monday.The hull lay upright in the sand of the '
     'bay."It is the best kept ship I have ever seen," said Ana Ruiz.',
     ['Ana Ruiz said: "It is the best kept ship I have ever seen"']),
    # ... nor the sentence glued after the reported clause.
    ("Ana Ruiz said that the dam held.The river fell on Monday.",
     ["According to Ana Ruiz: the dam held"]),
    # An abbreviation is no sentence end.
    ("The U.S. Navy sent a ship to the cape, said Ana Ruiz.",
     ["According to Ana Ruiz: The U.S. Navy sent a ship to the cape"]),
])
def test_a_sentence_end_the_segmenter_missed(text: str, expected: list[str]) -> None:
    assert quotes(text, "en", RUIZ) == expected
