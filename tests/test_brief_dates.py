"""A claim's ISO date is spelled in the brief's language, never printed as '2013-06-30'."""

import pytest

from storylens.brief.dates import month_words, spelled_date
from storylens.brief.phrases import when_phrase


@pytest.mark.parametrize(("language", "day", "yearless", "month", "year"), [
    ("en", "on June 30, 2013", "on June 30", "in June 2013", "in 2013"),
    ("fr", "le 30 juin 2013", "le 30 juin", "en juin 2013", "en 2013"),
    ("es", "el 30 de junio de 2013", "el 30 de junio", "en junio de 2013", "en 2013"),
    ("it", "il 30 giugno 2013", "il 30 giugno", "nel giugno 2013", "nel 2013"),
    ("de", "am 30. Juni 2013", "am 30. Juni", "im Juni 2013", "im Jahr 2013"),
    # No templates in Russian yet: the brief is English, and so is its date.
    ("ru", "on June 30, 2013", "on June 30", "in June 2013", "in 2013"),
])
def test_dates_are_spelled_as_the_readers_language_writes_them(
        language: str, day: str, yearless: str, month: str, year: str) -> None:
    assert [when_phrase(w, language) for w in ("2013-06-30", "--06-30", "2013-06", "2013")] \
        == [day, yearless, month, year]


def test_a_yearless_leap_day_and_an_impossible_date() -> None:
    assert spelled_date("--02-29", "fr") == "29 février"
    assert spelled_date("2013-02-30", "fr") == "2013-02-30"  # kept as is, never invented


def test_month_names_left_in_a_sentence_are_found_as_whole_words() -> None:
    assert month_words("Il a parlé en mars, le 12 mai.", "fr") == ["mars", "mai"]
    assert month_words("They may come; Mayor Lind spoke.", "en") == []


def test_french_writes_the_first_of_a_month_as_an_ordinal() -> None:
    assert spelled_date("2013-07-01", "fr") == "1er juillet 2013"
    assert spelled_date("--07-01", "fr") == "1er juillet"
    assert spelled_date("2013-07-01", "es") == "1 de julio de 2013"
