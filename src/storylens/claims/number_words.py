"""Read number words to values: "deux cent quarante-sept" -> 247, "двадцать пять" -> 25.

The text2num library reads the languages it covers (en, fr, es, de, it) and is checked
for what it reads too generously; the tables of :mod:`lexicon_numbers` read ar and ru
and the few words the library misses (issue 11). :mod:`numbers` finds the figures.
"""

from __future__ import annotations

import functools

from text_to_num import text2num

from .lexicon_numbers import (
    LIBRARY_LANGUAGES,
    LIBRARY_MISSES,
    NOT_CARDINAL,
    NUMBER_CONNECTORS,
    NUMBER_WORDS,
    ORDINAL_ENDINGS,
    VAGUE,
)

# Languages that mark the plural with a final "s" (a plural is a count's noun or article).
_PLURAL_S_LANGUAGES = frozenset({"en", "fr", "es"})


# Every word of a sentence is asked: the answers are a pure function of the word,
# remembered for the words a run meets most (issue 11). Callers only read the lists.
@functools.lru_cache(maxsize=1 << 16)
def word_values(word: str, lang: str) -> list[int] | None:
    """The number values a word stands for ("vingt-deux" -> [20, 2]), or None."""
    library = lang in LIBRARY_LANGUAGES
    table = LIBRARY_MISSES.get(lang, {}) if library else NUMBER_WORDS.get(lang, {})
    if not table and not library:
        return None
    lowered = word.lower()
    if lowered in table:
        return [table[lowered]]
    if "-" in lowered:
        parts: list[int] = []
        for part in lowered.split("-"):
            if part in NUMBER_CONNECTORS.get(lang, frozenset()):
                continue
            value = word_values(part, lang)
            if value is None:
                return None
            parts.extend(value)
        return parts or None
    if library:
        read = _library_word(lowered, lang)
        return [int(read)] if read is not None else None
    if lang == "ar" and lowered.startswith("و") and lowered[1:] in table:
        return [table[lowered[1:]]]
    return None


def _library_word(word: str, lang: str) -> float | None:
    """One word read by the library, refusing what it reads too generously: a plural whose
    singular is the same number ("uns", "neufs", "sesentas", "milles": an article, an
    adjective, a decade, miles; hundreds agree in number, "doscientos", "deux cents", and
    "quatre-vingts" is in LIBRARY_MISSES) and an ordinal ("centodecima")."""
    if word in NOT_CARDINAL.get(lang, frozenset()) or word.endswith(
            ORDINAL_ENDINGS.get(lang, ())):
        return None
    value = library_number(word, lang)
    hundreds = value is not None and value < 1000 and value % 100 == 0
    if (value is not None and not hundreds and lang in _PLURAL_S_LANGUAGES
            and word.endswith("s") and library_number(word[:-1], lang) == value):
        return None
    return value


@functools.lru_cache(maxsize=1 << 14)
def library_number(words: str, lang: str) -> float | None:
    """text2num's reading of a number in words ("deux cent quarante-sept" -> 247), or None.

    A vague plural ("hundreds", "millones") is refused; so is zero ("o", "zero" count
    nothing here)."""
    if words in VAGUE.get(lang, {}):
        return None
    try:
        value = text2num(words, lang)
    except ValueError:
        return None
    return float(value) if value >= 1 else None


def compose(values: list[int], lang: str) -> float:
    """Combine number-word values: [2, 100, 20, 5] -> 225, [3, 1000] -> 3000."""
    total = 0.0
    current = 0.0
    previous = 0
    for value in values:
        if lang == "fr" and value == 20 and previous == 4:
            current += 80 - 4  # "quatre-vingt(s)" is 4 x 20
        elif value == 100:
            current = max(current, 1) * 100
        elif value >= 1000:
            total += max(current, 1) * value
            current = 0
        else:
            current += value
        previous = value
    return total + current


def run_value(run: str, values: list[int], lang: str) -> float:
    """The value of a run of number words: the library reads the run as written where it
    covers the language ("two hundred and forty-seven"); the values are composed where it
    does not (ar, ru) or cannot ("eine Million", "a hundred")."""
    if lang in LIBRARY_LANGUAGES and len(values) > 1:
        value = library_number(run.lower(), lang)
        if value is not None:
            return value
    return compose(values, lang)


def hyphen_range(word: str, lang: str) -> tuple[float, float] | None:
    """Two numbers joined by a hyphen that make no number together ("duecento-trecento",
    "two-three"): a range from the first to the second, or None.

    Only where the library reads the language: it decides that "quatre-vingts" and
    "vingt-deux" are one number, so those never become ranges."""
    if lang not in LIBRARY_LANGUAGES or word.count("-") != 1:
        return None
    lowered = word.lower()
    if library_number(lowered, lang) is not None:
        return None
    first, second = (library_number(part, lang) for part in lowered.split("-"))
    if first is None or second is None or second <= first:
        return None
    return first, second
