"""Figures in seven languages read to the right range, and non-figures left alone."""

from __future__ import annotations

import pytest

from storylens.claims.number_words import compose, word_values
from storylens.claims.numbers import find_figures, parse_digits


def only(text: str, lang: str) -> tuple[str, float | None, float | None, str | None]:
    figures = find_figures(text, lang)
    assert len(figures) == 1, figures
    fig = figures[0]
    return text[fig.start:fig.end], fig.low, fig.high, fig.modifier


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "more than 1,000", ("more than 1,000", 1000, None, "more than")),
    ("en", "at least 200", ("at least 200", 200, None, "at least")),
    ("en", "hundreds of", ("hundreds", 200, 999, "hundreds")),
    ("en", "dozens", ("dozens", 24, 99, "dozens")),
    ("en", "thousands", ("thousands", 2000, 9999, "thousands")),
    ("en", "about 300", ("about 300", 270, 330, "about")),
    ("en", "nearly 300", ("nearly 300", 270, 300, "nearly")),
    ("en", "up to 300", ("up to 300", 0, 300, "up to")),
    ("en", "between 40 and 60", ("between 40 and 60", 40, 60, "between")),
    ("en", "1.2 million", ("1.2 million", 1_200_000, 1_200_000, None)),
    ("en", "two hundred and fifty", ("two hundred and fifty", 250, 250, None)),
    ("en", "hundreds of thousands", ("hundreds of thousands", 200_000, 999_999,
                                     "hundreds of thousands")),
    ("en", "several hundred", ("several hundred", 200, 999, "hundreds")),
    ("en", "40-60", ("40-60", 40, 60, "between")),
    ("fr", "1,5 millions", ("1,5 millions", 1_500_000, 1_500_000, None)),
    ("fr", "3 000", ("3 000", 3000, 3000, None)),
    ("fr", "3\u202f000", ("3\u202f000", 3000, 3000, None)),
    ("fr", "mille", ("mille", 1000, 1000, None)),
    ("fr", "deux cents", ("deux cents", 200, 200, None)),
    ("fr", "quatre-vingt-dix", ("quatre-vingt-dix", 90, 90, None)),
    ("fr", "plus de mille", ("plus de mille", 1000, None, "more than")),
    ("fr", "au moins 45", ("au moins 45", 45, None, "at least")),
    ("fr", "des centaines", ("centaines", 200, 999, "hundreds")),
    ("fr", "plus d'une centaine", ("plus d'une centaine", 100, None, "more than")),
    ("fr", "une vingtaine", ("une vingtaine", 18, 22, "about")),
    ("fr", "des dizaines de milliers", ("dizaines de milliers", 20_000, 99_999,
                                        "tens of thousands")),
    ("es", "más de 100", ("más de 100", 100, None, "more than")),
    ("es", "decenas", ("decenas", 20, 99, "dozens")),
    ("es", "entre 40 y 60", ("entre 40 y 60", 40, 60, "between")),
    ("es", "tres mil", ("tres mil", 3000, 3000, None)),
    ("de", "mindestens 30", ("mindestens 30", 30, None, "at least")),
    ("de", "Hunderte", ("Hunderte", 200, 999, "hundreds")),
    ("de", "1.500", ("1.500", 1500, 1500, None)),
    ("de", "zweihunderteinundzwanzig", ("zweihunderteinundzwanzig", 221, 221, None)),
    ("de", "Zehntausende", ("Zehntausende", 20_000, 99_999, "tens of thousands")),
    ("it", "almeno 12", ("almeno 12", 12, None, "at least")),
    ("it", "centinaia", ("centinaia", 200, 999, "hundreds")),
    ("it", "duecentoventuno", ("duecentoventuno", 221, 221, None)),
    ("it", "duemila", ("duemila", 2000, 2000, None)),
    ("ru", "более 100", ("более 100", 100, None, "more than")),
    ("ru", "сотни", ("сотни", 200, 999, "hundreds")),
    ("ru", "десятки", ("десятки", 20, 99, "dozens")),
    ("ru", "двадцать пять", ("двадцать пять", 25, 25, None)),
    ("ru", "от 40 до 60", ("от 40 до 60", 40, 60, "between")),
    ("ru", "сотни тысяч", ("сотни тысяч", 200_000, 999_999, "hundreds of thousands")),
    ("ar", "أكثر من 100", ("أكثر من 100", 100, None, "more than")),
    ("ar", "مئات", ("مئات", 200, 999, "hundreds")),
    ("ar", "عشرات", ("عشرات", 20, 99, "dozens")),
    ("ar", "١٢٣", ("١٢٣", 123, 123, None)),
    ("ar", "ثلاثة وعشرون", ("ثلاثة وعشرون", 23, 23, None)),
    ("ar", "بين 40 و60", ("بين 40 و60", 40, 60, "between")),
    ("ar", "مئات الآلاف", ("مئات الآلاف", 200_000, 999_999, "hundreds of thousands")),
])
def test_figures(lang: str, text: str, expected: tuple[str, float, float | None, str]) -> None:
    assert only(text, lang) == expected


def test_post_modifier_reaches_over_the_noun() -> None:
    _span, low, high, modifier = only("45 morts au moins", "fr")
    assert (low, high, modifier) == (45, None, "at least")
    assert only("100 قتيل على الأقل", "ar")[1:] == (100, None, "at least")


def test_digit_grammar() -> None:
    assert parse_digits("1,000") == 1000
    assert parse_digits("1.234,5") == 1234.5
    assert parse_digits("2.5") == 2.5
    assert parse_digits("10 000 000") == 10_000_000


def test_word_values_and_compose() -> None:
    assert word_values("vingt-et-un", "fr") == [20, 1]
    assert compose(word_values("quatre-vingt-dix", "fr") or [], "fr") == 90
    assert compose([1, 1_000_000, 2, 100, 1000], "en") == 1_200_000
    assert word_values("Einsatz", "de") is None  # not glued number parts
    assert word_values("centro", "it") is None


def test_not_figures() -> None:
    assert find_figures("COVID-19 and F16 jets", "en") == []
    assert [f.is_year for f in find_figures("In 2024, 100 came", "en")] == [True, False]
    # A lone article is not the number one.
    assert find_figures("une personne", "fr") == []
    assert find_figures("ein Bericht", "de") == []


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("es", "Entre los 12 mil 437 fallecidos", ("12 mil 437", 12437, 12437, None)),
    ("es", "cuatro mil 026 eran civiles", ("cuatro mil 026", 4026, 4026, None)),
    ("it", "almeno 7 mila 150 morti", ("almeno 7 mila 150", 7150, None, "at least")),
])
def test_thousands_word_then_three_digit_group_is_one_number(
        lang: str, text: str, expected: tuple[str, float, float | None, str | None]) -> None:
    # Agency style writes the thousands as a word and the rest in digits: one figure.
    assert only(text, lang) == expected


def test_thousands_word_keeps_a_figure_that_is_not_a_three_digit_group() -> None:
    figures = find_figures("unos 9 mil 2015", "es")
    assert [f.low for f in figures] == [9000 * 0.9, 2015]
