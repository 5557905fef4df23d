"""Timeline days: a date that names an event or a place, photo captions, year-only claims."""

from __future__ import annotations

import pytest

from claim_builders import make_claim
from storylens.claims.dates import find_dates
from storylens.date_names import date_name, shows_a_picture
from storylens.dated_sentences import dated_sentences
from storylens.records import Article
from storylens.sentences import segment_article
from storylens.timeline import build_timeline, says_something


def _article(text: str, published: str | None, language: str = "fr") -> Article:
    article = Article(id=Article.make_id(text + (published or "")), source="test", text=text,
                      published=published, language=language)
    return segment_article(article)


def _name(text: str, lang: str, published: str = "2031-07-02") -> str | None:
    import datetime as dt
    [mention] = find_dates(text, lang, dt.date.fromisoformat(published))
    return date_name(text, lang, mention)


@pytest.mark.parametrize(("text", "lang"), [
    ("Le maire cita l'appel du 18 juin devant la foule.", "fr"),
    ("Les vétérans de la révolte du 3 mars défilent.", "fr"),
    ("Los veteranos del levantamiento del 9 de mayo marcharon.", "es"),
    ("I reduci della strage del 2 agosto hanno parlato.", "it"),
    ("Veterans of the March 9 uprising marched downtown.", "en"),
])
def test_a_day_inside_an_events_name_is_a_name(text: str, lang: str) -> None:
    assert _name(text, lang) not in (None, "place")


@pytest.mark.parametrize(("text", "lang"), [
    ("Il corteo è partito da Piazza 25 aprile verso il porto.", "it"),
    ("La marcha salió de la Plaza 2 de Mayo hacia el puerto.", "es"),
])
def test_a_square_named_after_a_day_is_a_place(text: str, lang: str) -> None:
    assert _name(text, lang) == "place"


@pytest.mark.parametrize(("text", "lang"), [
    ("La police a chargé les manifestants le 18 juin au matin.", "fr"),
    ("Dans la nuit du 18 juin, des tirs ont été entendus.", "fr"),
    ("L'attaque du 21 juin dernier a fait dix morts.", "fr"),
    ("Les heurts de mardi ont fait dix blessés.", "fr"),
    ("L'attaque de la Vallée du 21 juin a fait dix morts.", "fr"),
    ("The council met on the June 30 deadline to vote.", "en"),
])
def test_plain_dates_are_not_names(text: str, lang: str) -> None:
    assert _name(text, lang) is None


def test_a_named_day_takes_the_year_written_for_the_same_name_or_is_dropped() -> None:
    # A 2031 story: "l'appel du 18 juin" is no event of 18 June 2031 (on HEAD it was that
    # day, and its sentence an entry); the story writes the revolt's year elsewhere.
    a = _article("Le maire a cité l'appel du 18 juin devant la foule réunie au port. "
                 "Les dockers ont bloqué le port le 30 juin après la fermeture du chantier.",
                 "2031-07-02")
    b = _article("Depuis la révolte du 3 mars 2029, les dockers se réunissent chaque année. "
                 "Les anciens de la révolte du 3 mars ont rejoint les dockers sur le port.",
                 "2031-07-03")
    days = {(s.when, s.tells) for s in dated_sentences([a, b], names=True)}
    assert ("2031-06-18", True) not in days and ("2031-06-18", False) not in days
    assert ("2031-06-30", True) in days
    assert not any(when.endswith("03-03") for when, _ in days)  # 2029: outside the span
    timeline = build_timeline([], {a.id: a, b.id: b}, "fr", article_ids=[a.id, b.id])
    assert {t.when for t in timeline} == {"2031-06-30"}
    # Without names (the episode test of clustering), the dates read as before.
    assert "2031-06-18" in {s.when for s in dated_sentences([a, b])}


def test_a_name_with_its_year_counts_for_its_day_but_tells_nothing_of_it() -> None:
    a = _article("Les anciens de la révolte du 3 mars 2031 ont rejoint les dockers sur le "
                 "port pour la fête.", "2031-03-20")
    b = _article("Les anciens de la révolte du 3 mars ont défilé avec les dockers devant la "
                 "mairie du port.", "2031-03-21")
    named = [s for s in dated_sentences([a, b], names=True) if s.when == "2031-03-03"]
    assert {s.article_id for s in named} == {a.id, b.id} and not any(s.tells for s in named)
    assert build_timeline([], {a.id: a, b.id: b}, "fr", article_ids=[a.id, b.id]) == []


def test_photo_captions_are_no_entries() -> None:
    import datetime as dt
    caption = ("Des dockers devant les grilles du chantier naval, au port de Velmora, "
               "le 29 juin 2031.")
    [mention] = find_dates(caption, "fr", dt.date(2031, 7, 2))
    assert shows_a_picture(caption, mention, dt.date(2031, 7, 2))
    assert not says_something(caption, "fr", "2031-07-02")
    report = "Les dockers ont bloqué les grilles du chantier naval le 29 juin 2031."
    assert says_something(report, "fr", "2031-07-02")  # no comma: a report's date
    old = "Les dockers ont bloqué le port, en grève depuis des mois, le 29 juin 2025."
    [mention] = find_dates(old, "fr", dt.date(2031, 7, 2))
    assert not shows_a_picture(old, mention, dt.date(2031, 7, 2))  # years ago: history
    credited = ("(JEAN DUPRÉ / LE COURRIER) Mardi 29 juin, les dockers ont bloqué les grilles "
                "du chantier naval.")
    assert not says_something(credited, "fr", "2031-07-02")


def test_a_claim_dated_by_a_year_alone_makes_no_entry() -> None:
    a = _article("The port authority said the new quay planned for 2034 would double the "
                 "traffic of the harbour.", "2031-07-02", "en")
    claim = make_claim(a, "the new quay planned for 2034 would double the traffic", "event",
                       when="2034")
    assert build_timeline([claim], {a.id: a}, article_ids=[a.id]) == []


def test_a_claim_dated_only_by_a_name_makes_no_entry() -> None:
    a = _article("Le maire a lu l'appel du 18 juin devant les dockers réunis au port.",
                 "2031-07-02")
    claim = make_claim(a, "Le maire a lu l'appel du 18 juin", "event", when="2031-06-18")
    assert build_timeline([claim], {a.id: a}, "fr", article_ids=[a.id]) == []


@pytest.mark.parametrize(("text", "lang", "year"), [
    ("Tras la revuelta del 9 de mayo (de 2029), los dockers pararon.", "es", 2029),
    ("Depuis la révolte du 3 mars 2029, les dockers se réunissent.", "fr", 2029),
    ("Depuis la révolte du 3 mars (2000 dockers), le port se tait.", "fr", None),
])
def test_the_year_written_with_a_name(text: str, lang: str, year: int | None) -> None:
    import datetime as dt

    from storylens.date_names import written_year
    [mention] = find_dates(text, lang, dt.date(2031, 7, 2))
    assert written_year(text, mention) == year


@pytest.mark.parametrize(("text", "says"), [
    # About what the sentence before said: no event of its own (reader pass es, session 9).
    ("Así lo han adelantado este jueves fuentes diplomáticas del puerto de Velmora.", False),
    ("Este fue autorizado el jueves por el alcalde de Velmora tras la huelga.", False),
    ("Esa es la razón que dieron este martes los ministros de Velmora.", False),
    # A conjunction still opens an event a timeline may tell.
    ("Pero el alcalde de Velmora cerró el puerto este jueves por la huelga.", True),
])
def test_a_sentence_pointing_back_is_no_entry(text: str, says: bool) -> None:
    assert says_something(text, "es", "2031-03-21") is says
