"""Number words: text2num reads en/fr/es/de/it, the tables keep ar and ru (issue 11).

Fixture sentences are our own writing. Every figure's quote is the exact slice of the text.
"""

from __future__ import annotations

import pytest

from storylens.claims.number_words import library_number, word_values
from storylens.claims.numbers import find_figures


def figure_in(text: str, lang: str) -> tuple[str, float | None, float | None, str | None]:
    figures = find_figures(text, lang)
    assert len(figures) == 1, figures
    fig = figures[0]
    return text[fig.start:fig.end], fig.low, fig.high, fig.modifier


@pytest.mark.parametrize(("lang", "text", "words"), [
    ("fr", "Le bilan atteint deux cent quarante-sept morts selon la mairie.",
     "deux cent quarante-sept"),
    ("es", "Las autoridades contaron doscientos cuarenta y siete heridos en total.",
     "doscientos cuarenta y siete"),
    ("it", "Sono stati evacuati duecentoquarantasette abitanti dal quartiere.",
     "duecentoquarantasette"),
    ("de", "Insgesamt wurden zweihundertsiebenundvierzig Menschen verletzt.",
     "zweihundertsiebenundvierzig"),
    ("en", "The clinic treated two hundred and forty-seven patients overnight.",
     "two hundred and forty-seven"),
])
def test_library_reads_247_in_five_languages(lang: str, text: str, words: str) -> None:
    assert figure_in(text, lang) == (words, 247, 247, None)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("ru", "Пострадали двести сорок семь человек.", ("двести сорок семь", 247, 247, None)),
    ("ru", "около трёхсот", ("около трёхсот", 270, 330, "about")),
    ("ar", "أصيب مئتان وخمسون شخصا", ("مئتان وخمسون", 250, 250, None)),
    ("ar", "قتل عشرون مدنيا", ("عشرون", 20, 20, None)),
])
def test_arabic_and_russian_still_read_from_the_tables(
        lang: str, text: str, expected: tuple[str, float, float | None, str | None]) -> None:
    assert figure_in(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # Approximations and vague amounts the library does not read stay with the tables.
    ("fr", "une centaine de blessés", ("une centaine", 90, 110, "about")),
    ("fr", "des centaines de blessés", ("centaines", 200, 999, "hundreds")),
    ("it", "una decina di feriti", ("una decina", 9, 11, "about")),
    ("es", "decenas de heridos", ("decenas", 20, 99, "dozens")),
    ("en", "dozens of people", ("dozens", 24, 99, "dozens")),
    # Words the library misses alone, from the small residual table.
    ("de", "eine Million Menschen", ("eine Million", 1_000_000, 1_000_000, None)),
    ("fr", "quatre-vingts blessés", ("quatre-vingts", 80, 80, None)),
    ("es", "veintiún muertos", ("veintiún", 21, 21, None)),
    # Hundreds agree in gender and number and stay numbers.
    ("es", "unas quinientas personas", ("unas quinientas", 450, 550, "about")),
    ("fr", "trois mille deux cents manifestants", ("trois mille deux cents", 3200, 3200,
                                                   None)),
])
def test_vague_and_residual_words(
        lang: str, text: str, expected: tuple[str, float, float | None, str | None]) -> None:
    assert figure_in(text, lang) == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Il a acheté des pneus neufs."),          # "neufs" = new, not nine
    ("fr", "Les uns et les autres sont partis."),    # a pronoun
    ("es", "Llegaron unos periodistas."),            # an article
    ("es", "La música de los años sesentas."),       # a decade
    ("es", "Fue el tercer día de protestas."),       # an ordinal
    ("it", "La centodecima edizione del festival."),  # an ordinal
    ("en", "The ones who stayed were tired."),
    ("en", "The score stood at zero."),
])
def test_what_the_library_reads_too_generously_is_no_figure(lang: str, text: str) -> None:
    assert find_figures(text, lang) == []


def test_word_values_come_from_the_library_for_covered_languages() -> None:
    # One value for a glued word: no hand table splits it any more.
    assert word_values("zweihundertsiebenundvierzig", "de") == [247]
    assert word_values("duecentoquarantasette", "it") == [247]
    assert word_values("hundreds", "en") is None  # a vague amount, not 100
    assert library_number("doscientos cuarenta y siete", "es") == 247
    assert library_number("nonsense", "en") is None
