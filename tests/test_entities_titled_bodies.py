"""A title followed by "de", and a body named after a person (reader pass es, session 7):
the capitalisation tagger read "Ministro de Defensa" as a person called Defensa and
"Gobierno de Ostrander" as Ostrander himself. Fixtures are invented."""

from __future__ import annotations

from entity_builders import entity_of, make_article
from storylens.entities import merge_entities
from storylens.entities.capitalized import find_capitalized
from storylens.entities.knowledge import EntityKnowledge


def _labels(text: str) -> dict[str, str]:
    return {text[s.start:s.end]: s.label for s in find_capitalized(text, "es")}


def test_what_a_title_governs_is_no_person() -> None:
    found = _labels("Lo dijo ayer el Ministro de Defensa, Karl Ostrander. Después habló "
                    "el Presidente de Velmora en el puerto.")
    assert found.get("Defensa") != "PERSON"
    assert found.get("Velmora") != "PERSON"


def test_a_title_right_before_a_name_still_makes_a_person() -> None:
    found = _labels("Lo dijo el Primer Ministro Karl Ostrander en el puerto.")
    assert found["Karl Ostrander"] == "PERSON"


def test_a_body_of_a_person_is_not_that_person() -> None:
    found = _labels("El Gobierno de Ostrander cayó y la Administración Ostrander calla. "
                    "Lo confirmó el presidente Karl Ostrander. Ostrander no dimite.")
    assert found["Gobierno de Ostrander"] != "PERSON"
    assert found["Administración Ostrander"] != "PERSON"
    assert found["Karl Ostrander"] == "PERSON"
    assert found["Ostrander"] == "PERSON"


def test_a_body_noun_alone_is_a_body() -> None:
    # Spanish outlets capitalise the institution: "en el Gobierno" is no place.
    text = ("La oposición entrará en el Gobierno de unidad. El Gobierno dimitió y "
            "el Ejército tomó las calles de Velmora.")
    found = _labels(text)
    assert found["Gobierno"] != "LOC"
    doc = make_article(text, [("Gobierno", found["Gobierno"]), ("Gobierno", "OTHER"),
                              ("Ejército", "OTHER"), ("Velmora", "LOC")], "es")
    entities = merge_entities([doc], EntityKnowledge.build(["es"], "es"))
    assert entity_of(entities, "Gobierno").type == "ORG"
    assert entity_of(entities, "Ejército").type == "ORG"


def test_a_capitalised_minister_word_makes_a_portfolio_too() -> None:
    text = ("Habló ayer el Ministro de Defensa con la prensa. La ministra de Defensa "
            "viaja a Velmora.")
    doc = make_article(text, [("Defensa", "OTHER"), ("Defensa", "OTHER"),
                              ("Velmora", "LOC")], "es")
    entities = merge_entities([doc], EntityKnowledge.build(["es"], "es"))
    assert not [e for e in entities if "Defensa" in e.aliases]
