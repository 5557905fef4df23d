"""Dates in seven languages resolve to ISO; relative ones only with a publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from storylens.claims.dates import find_dates, parse_published

# A Wednesday.
PUBLISHED = dt.date(2024, 3, 6)


def isos(text: str, lang: str, published: dt.date | None = PUBLISHED) -> list[tuple[str, str]]:
    return [(text[d.start:d.end], d.iso) for d in find_dates(text, lang, published)]


@pytest.mark.parametrize(("lang", "text", "surface"), [
    ("en", "The quake hit on March 3, 2024 at dawn.", "March 3, 2024"),
    ("en", "It hit on 3 March 2024.", "3 March 2024"),
    ("en", "Filed 2024-03-03.", "2024-03-03"),
    ("fr", "Le séisme a frappé le 3 mars 2024.", "3 mars 2024"),
    ("es", "El sismo ocurrió el 3 de marzo de 2024.", "3 de marzo de 2024"),
    ("de", "Das Beben war am 3. März 2024.", "3. März 2024"),
    ("de", "Stand: 03.03.2024", "03.03.2024"),
    ("it", "Il sisma del 3 marzo 2024.", "3 marzo 2024"),
    ("ru", "Землетрясение произошло 3 марта 2024 года.", "3 марта 2024 года"),
    ("ar", "وقع الزلزال في ٣ مارس ٢٠٢٤.", "٣ مارس ٢٠٢٤"),
    ("ar", "وقع الزلزال في 3 آذار/مارس 2024.", "3 آذار/مارس 2024"),
])
def test_explicit_dates(lang: str, text: str, surface: str) -> None:
    assert isos(text, lang, None) == [(surface, "2024-03-03")]


@pytest.mark.parametrize(("lang", "text", "surface", "iso"), [
    ("en", "Troops withdrew on Monday.", "Monday", "2024-03-04"),
    ("en", "They met on Wednesday.", "Wednesday", "2024-03-06"),
    ("en", "The vote was yesterday.", "yesterday", "2024-03-05"),
    ("fr", "Le vote a eu lieu hier.", "hier", "2024-03-05"),
    ("fr", "Il est arrivé lundi.", "lundi", "2024-03-04"),
    ("es", "Llegó el lunes.", "lunes", "2024-03-04"),
    ("de", "Er kam am Montagabend.", "Montagabend", "2024-03-04"),
    ("it", "È arrivato lunedì.", "lunedì", "2024-03-04"),
    ("ru", "Он прибыл в понедельник.", "в понедельник", "2024-03-04"),
    ("ar", "وصل يوم الاثنين.", "يوم الاثنين", "2024-03-04"),
    ("ar", "وصل أمس.", "أمس", "2024-03-05"),
    ("en", "It began on 28 December.", "28 December", "2023-12-28"),
])
def test_relative_dates(lang: str, text: str, surface: str, iso: str) -> None:
    assert isos(text, lang) == [(surface, iso)]


def test_relative_dates_need_a_publication_date() -> None:
    assert isos("Troops withdrew on Monday, yesterday.", "en", None) == []
    # A day and month stay partial: any year would be invented.
    assert isos("It began on 28 December.", "en", None) == [("28 December", "--12-28")]
    assert isos("It began on 30 February.", "en", None) == []


def test_yearless_date_in_a_chronology_resolves_before_publication() -> None:
    # An August article's chronology: "19 de enero" is last January, not next January,
    # even though next January is closer to the publication date.
    august = dt.date(2011, 8, 15)
    text = "Cronología. El 19 de enero comenzaron las protestas en la capital."
    assert isos(text, "es", august) == [("19 de enero", "2011-01-19")]
    assert isos("Le 28 décembre, la police a tiré.", "fr", dt.date(2011, 1, 10)) == [
        ("28 décembre", "2010-12-28")]
    # The publication day itself is not "after" publication.
    assert isos("Protests began on 15 August.", "en", august) == [("15 August", "2011-08-15")]


def test_yearless_date_in_the_future_tense_resolves_after_publication() -> None:
    august = dt.date(2011, 8, 15)
    assert isos("La votación será el 19 de enero.", "es", august) == [
        ("19 de enero", "2012-01-19")]
    assert isos("The vote will be held on 3 March.", "en", august) == [
        ("3 March", "2012-03-03")]


def test_not_dates() -> None:
    assert isos("You may 3 times try.", "en") == []  # lower-case "may" is a verb
    assert isos("The talks resume next Monday.", "en") == []  # future, not reported
    assert isos("Figures for 03/04/2024 are due.", "en") == []  # ambiguous M/D vs D/M
    assert isos("Domingo Pérez llegó.", "es") == []  # a name, not Sunday
    # A weekday that names an explicit date is not counted twice.
    assert isos("On Monday, March 4, 2024 it rained.", "en") == [("March 4, 2024", "2024-03-04")]


def test_parse_published() -> None:
    assert parse_published("2024-03-06T10:00:00Z") == PUBLISHED
    assert parse_published("yesterday") is None
    assert parse_published(None) is None


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Depuis la révolution du 25 janvier, le pays a changé.", "fr", ("25 janvier", "--01-25")),
    ("Since the January 25 revolution the country has changed.", "en",
     ("January 25", "--01-25")),
    ("The April 6 Youth Movement called a march.", "en", ("April 6", "--04-06")),
    ("Desde la revolución del 25 de enero el país cambió.", "es", ("25 de enero", "--01-25")),
    ("Dalla rivoluzione del 25 gennaio il paese è cambiato.", "it", ("25 gennaio", "--01-25")),
    ("Seit der Revolution vom 25. Januar hat sich das Land verändert.", "de",
     ("25. Januar", "--01-25")),
    ("منذ ثورة 25 يناير تغيرت البلاد", "ar", ("25 يناير", "--01-25")),
    ("после революции 25 января страна изменилась", "ru", ("25 января", "--01-25")),
])
def test_a_date_that_names_an_event_gets_no_guessed_year(text: str, lang: str,
                                                        expected: tuple[str, str]) -> None:
    """A revolution named by its day happened in some earlier year: the year of
    publication would be invented, so the date stays partial."""
    assert isos(text, lang, dt.date(2013, 7, 5)) == [expected]


def test_a_movement_that_acts_on_a_day_keeps_that_day() -> None:
    """Only the date inside the name stays partial; the day the movement acts is dated."""
    text = "Le mouvement du 6 avril a appelé à manifester le 30 juin."
    found = find_dates(text, "fr", dt.date(2013, 7, 5))
    assert [m.iso for m in found] == ["--04-06", "2013-06-30"]
    assert find_dates("Le mouvement a manifesté le 30 juin.", "fr",
                      dt.date(2013, 7, 5))[0].iso == "2013-06-30"


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "Le 3 mars, 2000 dockers ont cessé le travail.", [("3 mars", "2024-03-03")]),
    ("es", "El 3 de marzo, 2000 estibadores pararon.", [("3 de marzo", "2024-03-03")]),
    ("it", "Il 3 marzo, 2000 portuali hanno scioperato.", [("3 marzo", "2024-03-03")]),
    # English writes a comma before the year: there it still is the year.
    ("en", "On 3 March, 2000 was a leap year.", [("3 March, 2000", "2000-03-03")]),
])
def test_a_number_after_a_comma_is_no_year_outside_english(
        lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert isos(text, lang) == expected
