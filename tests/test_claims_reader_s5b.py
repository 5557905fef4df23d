"""Reader failures left over from session 5 (issue 11, session 5b), one fixture each.

Every fixture is written for this test; none is copied from a corpus.
"""

from __future__ import annotations

import pytest

from storylens.claims import extract_claims
from test_claims import article
from test_claims_reported import claims

Names = tuple[tuple[str, str], ...]
KIM_ANA: Names = (("PERSON", "Kim Lee"), ("PERSON", "Ana Ruiz"))


def counts(text: str, lang: str) -> list[str]:
    """The statements of the quantity claims of ``text``."""
    return [c.statement for c in extract_claims(article(text, lang)) if c.kind == "quantity"]


def kinds(text: str, lang: str, names: Names, kind: str) -> list[str]:
    """The statements of the claims of one kind (exact spans checked by ``claims``)."""
    return [c.statement for c in claims(text, lang, names) if c.kind == kind]


@pytest.mark.parametrize(("lang", "text"), [
    # Victims of a crime that is no attack are no casualties.
    ("en", "So far, there have been 90 victims who filed complaints with the police."),
    ("en", "About 700 women became victims of sexual assault during the festival, with "
           "about 300 victims in the old town."),
    ("fr", "Plus de 40 personnes ont été victimes d'escroqueries en ligne cette année."),
    ("es", "La fiscalía cuenta ya 25 víctimas que presentaron denuncias contra el club."),
    ("it", "Almeno 60 anziani sono stati vittime di truffe telefoniche."),
    ("de", "Im Sommer wurden 80 Touristen Opfer von Betrug am Bahnhof."),
])
def test_victims_of_other_crimes_are_no_casualties(lang: str, text: str) -> None:
    assert counts(text, lang) == []


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # ... while the victims of an attack still are.
    ("en", "The bombing left 30 victims in the market square.", ["30 people were casualties."]),
    ("it", "Sono almeno 20 le vittime dell'attentato al mercato.",
     ["At least 20 people were casualties."]),
])
def test_victims_of_an_attack_stay_casualties(lang: str, text: str,
                                              expected: list[str]) -> None:
    assert counts(text, lang) == expected


@pytest.mark.parametrize(("text", "names"), [
    # "received" takes a thing here, not a visitor.
    ("Kim Lee received his doctorate from Northfield College in 2004.",
     (("PERSON", "Kim Lee"), ("ORG", "Northfield College"))),
    ("Kim Lee received a letter from Ana Ruiz on Tuesday.", KIM_ANA),
    # A meeting named as a noun is not told as held.
    ("Kim Lee flew to Oslo for a meeting with NATO allies.",
     (("PERSON", "Kim Lee"), ("ORG", "NATO"))),
    ("Kim Lee cancelled his meeting with Ana Ruiz.", KIM_ANA),
])
def test_no_meeting_is_read_into_these(text: str, names: Names) -> None:
    assert kinds(text, "en", names, "relation") == []


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Kim Lee received Ana Ruiz at the palace on Tuesday.", ["Kim Lee met Ana Ruiz."]),
    # A meeting that is over was held.
    ("fr", "Kim Lee a parlé après sa rencontre avec Ana Ruiz à Oslo.",
     ["Kim Lee met Ana Ruiz."]),
])
def test_held_meetings_stay(lang: str, text: str, expected: list[str]) -> None:
    assert kinds(text, lang, KIM_ANA, "relation") == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Kim Lee rencontrera Ana Ruiz à Oslo la semaine prochaine."),
    ("en", "Kim Lee is to cancel his upcoming meeting with Ana Ruiz."),
])
def test_a_planned_meeting_is_not_stated_as_held(lang: str, text: str) -> None:
    found = [c for c in claims(text, lang, KIM_ANA) if c.kind == "relation"]
    assert [c.statement for c in found] == [
        "Kim Lee and Ana Ruiz: a meeting planned, put off or called off, not told as held."]
    assert found[0].frame is not None and found[0].frame.modality == "planned"
    assert found[0].predicate != "met"


@pytest.mark.parametrize(("lang", "text", "names", "expected"), [
    # An inserted attribution after a bare subject: the words after it are the speaker's.
    ("en", "But the full report, Ana Ruiz said, described the causes of the fire and "
           "listed the missing exits.", (("PERSON", "Ana Ruiz"),),
     ["According to Ana Ruiz: But the full report described the causes of the fire and "
      "listed the missing exits"]),
    # ... but after a clause, a conjunction still opens the writer's next clause.
    ("en", "The ferry will resume, Ana Ruiz said, and the pier is closed.",
     (("PERSON", "Ana Ruiz"),), ["According to Ana Ruiz: The ferry will resume"]),
    # A clause after "según X," is what X said, not an apposition about X.
    ("es", "Según los testigos, parte de la marcha se dirigió después hacia el puerto, "
           "donde se oyeron disparos.", (),
     ["According to los testigos: parte de la marcha se dirigió después hacia el puerto, "
      "donde se oyeron disparos"]),
    # ... while an apposition (with a relative clause inside) is still skipped.
    ("es", "Según Luis Gómez, portavoz de la red que se ocupa de los refugiados, el campo "
           "está lleno.", (("PERSON", "Luis Gómez"),),
     ["According to Luis Gómez: el campo está lleno"]),
])
def test_where_the_reported_words_are(lang: str, text: str, names: Names,
                                      expected: list[str]) -> None:
    assert kinds(text, lang, names, "quote") == expected


def test_almeno_in_is_a_floor() -> None:
    found = [c for c in extract_claims(article(
        "Nel crollo della diga sono morti almeno in 15.", "it")) if c.kind == "quantity"]
    assert [c.statement for c in found] == ["At least 15 people were killed."]
    assert found[0].value is not None and found[0].value.high is None


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le bilan de 2000 morts n'a pas été confirmé par la préfecture."),
    ("en", "A toll of 2000 dead was given by the ministry."),
])
def test_a_toll_figure_is_not_its_own_year(lang: str, text: str) -> None:
    found = [c for c in extract_claims(article(text, lang)) if c.kind == "quantity"]
    assert len(found) == 1
    assert found[0].when is None
    assert found[0].frame is not None and found[0].frame.time is None


@pytest.mark.parametrize(("lang", "text", "names", "expected"), [
    # A subject before "secondo X," and its verb after: both are X's, the source left out.
    ("it", "Almeno 30 persone, secondo i medici, sono morte nella notte.", (),
     ["According to i medici: Almeno 30 persone sono morte nella notte"]),
    # ... but with more than a short subject before, where X's words begin is unclear.
    ("es", "Tras la final, unas 300 personas, según la policía, se concentraron en la plaza.",
     (), []),
    # A gallery caption glued before the sentence is not part of what was said.
    ("en", "Hide Caption 4 of 30 Photos: Famous breakups After 12 years of marriage, Tom "
           "Hale and Ivy Marsh split in May, Marsh announced in June.",
     (("PERSON", "Tom Hale"), ("PERSON", "Marsh")),
     ["According to Marsh: After 12 years of marriage, Tom Hale and Ivy Marsh split in May"]),
])
def test_words_around_an_attribution(lang: str, text: str, names: Names,
                                     expected: list[str]) -> None:
    assert kinds(text, lang, names, "quote") == expected
