"""Property tests (hypothesis) for the number, date and name normalisers.

Each property holds for every input, not only for the examples the unit tests chose: no
crash, offsets inside the text and the window asked for, values that read back.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from storylens.claims.dates import find_dates
from storylens.claims.lexicon_dates import MONTHS
from storylens.claims.numbers import find_figures, parse_digits
from storylens.claims.text import normalize_digits
from storylens.clean._dates import find_dates as find_page_dates
from storylens.cluster.features import name_keys
from storylens.entities.normalise import levenshtein, normal_tokens, skeleton

# The machine is shared and slow at times: no per-example deadline, and enough examples
# to find edge cases while the default suite stays fast.
CHECK = settings(deadline=None, max_examples=100)
LANGS = st.sampled_from(["en", "fr", "es", "it", "de", "ru", "ar", "zh", "xx"])
# Text that looks like news: digits (ASCII and Arabic-Indic), separators, month names and
# letters of several scripts, so the patterns are actually exercised.
NEWSY = st.lists(
    st.one_of(
        st.sampled_from(list("0123456789٠١٢٣٤٥ ,.-/'\u00a0\n%$€")),
        st.sampled_from(["March ", "mars ", "marzo ", "марта ", "مارس ", "about ", "million ",
                         "milliards ", "zwanzig ", "a ", "de ", "2011 ", "1er ", "th "]),
        st.characters(categories=("Lu", "Ll", "Nd", "Zs", "Po")),
    ),
    max_size=60,
).map("".join)


@st.composite
def text_and_window(draw: st.DrawFn) -> tuple[str, int, int]:
    text = draw(NEWSY)
    start = draw(st.integers(0, len(text)))
    end = draw(st.integers(start, len(text)))
    return text, start, end


@CHECK
@given(text_and_window(), LANGS)
def test_figures_never_crash_and_stay_in_their_window(case: tuple[str, int, int],
                                                      lang: str) -> None:
    text, start, end = case
    for fig in find_figures(text, lang, start, end):
        assert start <= fig.start <= fig.core_start < fig.core_end <= fig.end <= end
        if fig.low is not None and fig.high is not None:
            assert fig.low <= fig.high


@CHECK
@given(st.integers(0, 10**12), st.sampled_from([",", ".", " ", "\u00a0", "'"]))
def test_grouped_integers_read_back(value: int, separator: str) -> None:
    written = f"{value:,}".replace(",", separator)
    assert parse_digits(written) == value


@CHECK
@given(st.integers(0, 10**6), st.integers(0, 99), st.sampled_from([".", ","]))
def test_decimals_read_back(whole: int, cents: int, point: str) -> None:
    written = f"{whole}{point}{cents:02d}"
    assert parse_digits(written) == float(f"{whole}.{cents:02d}")


@CHECK
@given(st.integers(2, 10**9))
def test_a_stated_figure_is_found_with_its_value(value: int) -> None:
    text = f"Officials said {value:,} people were there."
    found = [f for f in find_figures(text, "en") if text[f.core_start:f.core_end] == f"{value:,}"]
    assert found and found[0].nominal == value


@CHECK
@given(st.text(max_size=80))
def test_digit_normalisation_keeps_every_offset(text: str) -> None:
    assert len(normalize_digits(text)) == len(text)


@CHECK
@given(text_and_window(), LANGS, st.one_of(st.none(), st.dates(dt.date(1990, 1, 1),
                                                               dt.date(2030, 12, 31))))
def test_dates_never_crash_and_are_real_days_in_the_window(
    case: tuple[str, int, int], lang: str, published: dt.date | None
) -> None:
    text, start, end = case
    for mention in find_dates(text, lang, published, start, end):
        assert start <= mention.start < mention.end <= end
        if mention.iso.startswith("--"):
            # Yearless (ISO --MM-DD) only without a publication date to place it; still a
            # real day of some year (a leap year admits 29 February).
            assert published is None
            dt.date.fromisoformat(f"2024{mention.iso[1:]}")
        else:
            dt.date.fromisoformat(mention.iso)


# The full English name of each month (the longest of its spellings).
_EN_MONTH = {number: max((n for n, m in MONTHS["en"].items() if m == number), key=len)
             for number in range(1, 13)}


@CHECK
@given(st.dates(dt.date(1900, 1, 1), dt.date(2099, 12, 31)), st.booleans())
def test_a_written_date_reads_back(day: dt.date, month_first: bool) -> None:
    month = _EN_MONTH[day.month].capitalize()
    stated = (f"{month} {day.day}, {day.year}" if month_first
              else f"{day.day} {month} {day.year}")
    text = f"The talks ended on {stated} in Cairo."
    isos = [d.iso for d in find_dates(text, "en")]
    assert day.isoformat() in isos
    assert [m.iso for m in find_page_dates(text)] == [day.isoformat()]


@CHECK
@given(NEWSY)
def test_page_dates_are_ordered_real_days_inside_the_text(text: str) -> None:
    found = find_page_dates(text)
    for match in found:
        assert 0 <= match.start < match.end <= len(text)
        dt.date.fromisoformat(match.iso)
    assert [m.start for m in found] == sorted(m.start for m in found)


NAMES = st.text(
    alphabet=st.one_of(st.characters(categories=("Lu", "Ll", "Lo", "Mn")),
                       st.sampled_from(list(" -'’.al"))),
    max_size=40,
)


@CHECK
@given(NAMES)
def test_normal_tokens_are_lowercase_ascii_and_stable(surface: str) -> None:
    tokens = normal_tokens(surface)
    assert all(t and t.isascii() and t == t.lower() for t in tokens)
    assert normal_tokens(" ".join(tokens)) == tokens


@CHECK
@given(NAMES)
def test_name_keys_never_crash(surface: str) -> None:
    assert all(isinstance(key, str) for key in name_keys(surface))


WORDS = st.text(alphabet=st.sampled_from("abcdeghklmnorsu"), max_size=12)


@CHECK
@given(WORDS, WORDS, WORDS)
def test_levenshtein_is_a_metric(a: str, b: str, c: str) -> None:
    assert levenshtein(a, a) == 0
    assert levenshtein(a, b) == levenshtein(b, a)
    assert abs(len(a) - len(b)) <= levenshtein(a, b) <= max(len(a), len(b))
    assert levenshtein(a, c) <= levenshtein(a, b) + levenshtein(b, c)
    assert (levenshtein(a, b) == 0) == (a == b)


@CHECK
@given(st.text(alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyz"), max_size=20))
def test_skeleton_ignores_case_and_keeps_no_inner_vowel(word: str) -> None:
    assert skeleton(word) == skeleton(word.upper())
    assert not any(ch in "aeiou" for ch in skeleton(word)[1:])
