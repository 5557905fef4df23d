"""Find figures in text and normalise them to ranges: "more than 1,000", "des centaines".

A figure is digits ("1,200", "3 000", "1,5 millions", Arabic-Indic digits), number words
("deux cents", "zweihundert", "двадцать пять"), or a vague amount ("hundreds",
"des dizaines de milliers"), with the modifier before or after it ("at least", "au moins").
Number words are read by :mod:`number_words` (text2num for en, fr, es, de, it; tables for
ar and ru); vague amounts and modifiers come from the tables of :mod:`lexicon_numbers`.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace

from .lexicon_numbers import (
    ARTICLE_LIKE,
    MODIFIERS,
    NUMBER_CONNECTORS,
    OF_WORDS,
    POST_MODIFIERS,
    RANGE_LINKS,
    SEVERAL,
    VAGUE,
    Vague,
)
from .number_words import hyphen_range, run_value, word_values
from .ranges import figure_range
from .text import normalize_digits

# Languages that write "3 000" with an ordinary space between thousands.
_SPACE_GROUP_LANGUAGES = frozenset({"fr", "ru", "pl", "uk", "cs", "sv", "pt", "it", "es"})
# Longest modifier phrase, in words ("ما لا يقل عن"), bounds the look-back.
_MAX_MODIFIER_WORDS = 4
# Plus signs glued to a number ("1000+", "1000++"): more than that number, as a headline
# or a post writes it; a sign before a digit is no part of it ("1000 +3").
_PLUS_AFTER = re.compile(r"\+{1,2}(?![\d+])")

_LETTER_BEFORE = r"(?<![^\W\d_\u0600-\u06FF])(?<![^\W\d_]-)(?<!\d[.,])"
_NO_LETTER_AFTER = r"(?![^\W_\u0600-\u06FF])"


def _digit_pattern(space_groups: bool) -> re.Pattern[str]:
    # "40. 000": a thousands point with a stray space after it is still one number.
    sep = r"[,.\u00a0\u202f\u2009']|\. " + ("| " if space_groups else "")
    return re.compile(
        rf"{_LETTER_BEFORE}(?<!\d)(?:\d{{1,3}}(?:(?:{sep})\d{{3}})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
        rf"(?!\d){_NO_LETTER_AFTER}"
    )


_DIGITS_SPACED = _digit_pattern(True)
_DIGITS_PLAIN = _digit_pattern(False)
_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@dataclass(frozen=True, slots=True)
class Figure:
    """A figure found in text: its span (with modifiers), core span and range."""

    start: int
    end: int
    core_start: int
    core_end: int
    low: float | None
    high: float | None
    modifier: str | None = None
    # The number as stated ("300" in "about 300"); None for vague amounts.
    nominal: float | None = None
    nominal_high: float | None = None
    # A plain four-digit number that reads as a year ("2024").
    is_year: bool = False
    # Stated by a word of approximation ("une dizaine", "a dozen"): its wording keeps it
    # after a floor is put before it ("au moins une dizaine": at least about 10).
    approximate: bool = False


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    text: str
    number: float | None = None
    values: list[int] | None = None
    vague: Vague | None = None
    digits: bool = False


def parse_digits(raw: str) -> float:
    """Read "1,200", "1.200", "3 000", "1,5" or "2.5" as a number."""
    compact = re.sub(r"[\s\u00a0\u202f\u2009']", ",", raw.replace(". ", "."))
    seps = [i for i, ch in enumerate(compact) if ch in ",."]
    if not seps:
        return float(compact)
    last = seps[-1]
    tail = compact[last + 1:]
    same_char = len({compact[i] for i in seps}) == 1
    if len(tail) == 3 and same_char:
        return float(re.sub(r"[,.]", "", compact))
    head = re.sub(r"[,.]", "", compact[:last])
    return float(f"{head}.{tail}")


def _tokenize(norm: str, lang: str, start: int, end: int) -> list[_Tok]:
    digits = _DIGITS_SPACED if lang in _SPACE_GROUP_LANGUAGES else _DIGITS_PLAIN
    toks: list[_Tok] = []
    for m in digits.finditer(norm, start, end):
        toks.append(_Tok(m.start(), m.end(), m.group(), number=parse_digits(m.group()),
                         digits=True))
    vague = VAGUE.get(lang, {})
    for m in _TOKEN.finditer(norm, start, end):
        text = m.group().lower()
        tok = _Tok(m.start(), m.end(), text, values=word_values(text, lang))
        tok.vague = vague.get(text) or (_arabic_vague(text, vague) if lang == "ar" else None)
        toks.append(tok)
    toks.sort(key=lambda t: t.start)
    return toks


def _arabic_vague(word: str, vague: dict[str, Vague]) -> Vague | None:
    """Arabic glues "and" (و) and "the" (ال) to the word: "وعشرات", "الآلاف"."""
    for prefix in ("وال", "و", "ال"):
        if word.startswith(prefix) and word[len(prefix):] in vague:
            return vague[word[len(prefix):]]
    return None


def _adjacent(norm: str, left: _Tok, right: _Tok) -> bool:
    """True when only spaces (or a hyphen/apostrophe) separate two tokens."""
    gap = norm[left.end:right.start]
    return len(gap) <= 3 and gap.strip(" \u00a0\u202f-'’") == ""


def find_figures(text: str, lang: str, start: int = 0, end: int | None = None) -> list[Figure]:
    """All figures in ``text[start:end]`` with offsets into ``text``."""
    return figures_in(normalize_digits(text), lang, start, end)


def figures_in(norm: str, lang: str, start: int = 0, end: int | None = None) -> list[Figure]:
    """:func:`find_figures` on text whose digits are already ASCII (one pass per article)."""
    stop = len(norm) if end is None else end
    toks = _tokenize(norm, lang, start, stop)
    raw: list[tuple[int, int, Figure]] = []  # (first token, last token, figure)
    i = 0
    while i < len(toks):
        found = _read_figure(norm, toks, i, lang)
        if found is None:
            i += 1
            continue
        last, figure = found
        raw.append((i, last, figure))
        i = last + 1
    figures = [_with_modifiers(norm, toks, first, last, fig, lang) for first, last, fig in raw]
    return _merge_ranges(norm, toks, raw, figures, lang)


def _read_figure(norm: str, toks: list[_Tok], i: int, lang: str) -> tuple[int, Figure] | None:
    tok = toks[i]
    if tok.digits or tok.values is not None:
        return _read_number(norm, toks, i, lang)
    if tok.vague is not None:
        return _read_vague(norm, toks, i, i, tok.vague, lang)
    if tok.text in SEVERAL.get(lang, frozenset()) and i + 1 < len(toks):
        nxt = toks[i + 1]
        scale = nxt.vague.scale if nxt.vague else (nxt.values[0] if nxt.values and len(
            nxt.values) == 1 and nxt.values[0] in (100, 1000, 1_000_000) else 0)
        if scale and _adjacent(norm, tok, nxt):
            plural = Vague(2 * scale, 10 * scale - 1, _plural_label(scale))
            return _read_vague(norm, toks, i, i + 1, plural, lang)
    return None


def _plural_label(scale: int) -> str:
    return {10: "dozens", 12: "dozens", 100: "hundreds", 1000: "thousands",
            1_000_000: "millions"}.get(scale, "several")


def _read_number(norm: str, toks: list[_Tok], i: int, lang: str) -> tuple[int, Figure] | None:
    tok = toks[i]
    j = i
    if tok.digits:
        value = tok.number or 0.0
    else:
        values = list(tok.values or [])
        connectors = NUMBER_CONNECTORS.get(lang, frozenset())
        while j + 1 < len(toks) and _adjacent(norm, toks[j], toks[j + 1]):
            nxt = toks[j + 1]
            if nxt.values is not None and not nxt.digits:
                values.extend(nxt.values)
                j += 1
            elif (nxt.text in connectors and j + 2 < len(toks) and toks[j + 2].values
                  and not toks[j + 2].digits and _adjacent(norm, nxt, toks[j + 2])):
                values.extend(toks[j + 2].values or [])
                j += 2
            else:
                break
        if j == i and tok.text in ARTICLE_LIKE.get(lang, frozenset()):
            nxt_tok = toks[i + 1] if i + 1 < len(toks) else None
            if nxt_tok is None or nxt_tok.vague is None or not _adjacent(norm, tok, nxt_tok):
                return None
            return _read_vague(norm, toks, i, i + 1, nxt_tok.vague, lang)
        span = hyphen_range(tok.text, lang) if j == i else None
        if span is not None:  # "duecento-trecento persone": from 200 to 300
            return j, Figure(tok.start, tok.end, tok.start, tok.end, span[0], span[1],
                             modifier="between", nominal=span[0], nominal_high=span[1])
        value = run_value(norm[tok.start:toks[j].end], values, lang)
    # A scale word after the number: "1.2 million", "3 тысячи", "deux millions".
    if j + 1 < len(toks) and _adjacent(norm, toks[j], toks[j + 1]):
        nxt = toks[j + 1]
        scale = nxt.vague.scale if nxt.vague and not nxt.vague.approx else 0
        if not scale and nxt.values and len(nxt.values) == 1 and nxt.values[0] >= 1000:
            scale = nxt.values[0] if tok.digits else 0
        if nxt.vague and nxt.vague.approx and nxt.vague.scale == 12:
            scale = 12  # "two dozen"
        if scale:
            value *= scale
            j += 1
    j, value = _thousands_tail(norm, toks, j, value)
    is_year = (tok.digits and j == i and re.fullmatch(r"\d{4}", tok.text) is not None
               and 1800 <= value <= 2100)
    fig = Figure(tok.start, toks[j].end, tok.start, toks[j].end, value, value,
                 nominal=value, is_year=is_year)
    return j, fig


def _thousands_tail(norm: str, toks: list[_Tok], j: int, value: float) -> tuple[int, float]:
    """ "11 mil 612", "cinco mil 013": a thousands word followed by a three-digit group is
    one number (agency style), not 11,000 and a separate 612."""
    last = toks[j]
    thousand = (last.values == [1000] or (last.vague is not None and last.vague.scale == 1000
                                           and not last.vague.approx))
    if not thousand or j + 1 >= len(toks) or value % 1000:
        return j, value
    nxt = toks[j + 1]
    if nxt.digits and re.fullmatch(r"\d{3}", nxt.text) and _adjacent(norm, last, nxt):
        return j + 1, value + float(nxt.text)
    return j, value


def _read_vague(norm: str, toks: list[_Tok], first: int, i: int, entry: Vague,
                lang: str) -> tuple[int, Figure]:
    low, high, label = float(entry.low), float(entry.high), entry.label
    j = i
    # "hundreds of thousands", "des dizaines de milliers", "сотни тысяч".
    k = j + 1
    if k < len(toks) and toks[k].text in OF_WORDS.get(lang, frozenset()):
        k += 1
    outer = toks[k].vague if k < len(toks) else None
    if (not entry.approx and outer is not None and outer.scale >= 1000
            and all(_adjacent(norm, toks[a], toks[a + 1]) for a in range(j, k))):
        low, high = low * outer.scale, (high + 1) * outer.scale - 1
        label = f"{'tens' if label == 'dozens' else label} of {outer.label}"
        j = k
    if entry.approx:
        nominal = float(entry.low)
        lo, hi = figure_range("about", nominal)
        fig = Figure(toks[first].start, toks[j].end, toks[first].start, toks[j].end, lo, hi,
                     "about", nominal=nominal, approximate=True)
        return j, fig
    return j, Figure(toks[first].start, toks[j].end, toks[first].start, toks[j].end,
                     low, high, label)


def _match_phrase(toks: list[_Tok], norm: str, end_index: int,
                  phrases: dict[str, str]) -> tuple[int, str] | None:
    """The longest phrase whose words end at token ``end_index``: (first index, kind)."""
    best: tuple[int, str] | None = None
    for size in range(min(_MAX_MODIFIER_WORDS, end_index + 1), 0, -1):
        first = end_index - size + 1
        seq = toks[first:end_index + 1]
        if any(t.digits for t in seq):
            continue
        if not all(_adjacent(norm, a, b) for a, b in itertools.pairwise(seq)):
            continue
        kind = phrases.get(" ".join(t.text for t in seq))
        if kind is not None:
            best = (first, kind)
            break
    return best


def _with_modifiers(norm: str, toks: list[_Tok], first: int, last: int, fig: Figure,
                    lang: str) -> Figure:
    if fig.modifier is not None and fig.nominal is None:
        pre_ok = fig.modifier in ("dozens", "hundreds", "thousands", "millions")
    else:
        pre_ok = True
    phrases = MODIFIERS.get(lang, {})
    idx = first - 1
    # One article may sit between modifier and figure: "more than a hundred"; unless the
    # word is the modifier's own preposition ("superior a 80", "superiore a 80").
    hit = None
    if pre_ok and idx >= 0 and fig.nominal_high is None:
        hit = _match_phrase(toks, norm, idx, phrases)
    if hit is None and idx >= 0 and toks[idx].text in {"a", "an", "une", "un", "una", "ein",
                                                       "eine", "einem"}:
        idx -= 1
    # A range read from one word ("duecento-trecento") keeps its bounds.
    if pre_ok and idx >= 0 and fig.nominal_high is None \
            and _adjacent(norm, toks[idx], toks[idx + 1]):
        hit = hit or _match_phrase(toks, norm, idx, phrases)
        if hit is not None:
            kind = hit[1]
            if fig.nominal is not None and kind not in ("between", "from"):
                low, high = figure_range(kind, fig.nominal)
                fig = replace(fig, start=toks[hit[0]].start, low=low, high=high, modifier=kind)
            elif fig.nominal is None and kind in ("more than", "at least"):
                fig = replace(fig, start=toks[hit[0]].start, high=None,
                              modifier=f"{kind} {fig.modifier}")
            elif kind in ("between", "from") and fig.nominal is not None:
                # Only a number opens a range: "de dizaines de morts" keeps its "dozens".
                fig = replace(fig, start=toks[hit[0]].start, modifier=kind)
    plus = _PLUS_AFTER.match(norm, fig.core_end)
    if plus is not None and fig.nominal is not None and fig.modifier is None:
        low, high = figure_range("more than", fig.nominal)  # "1000+ tués", "1000++"
        return replace(fig, end=plus.end(), low=low, high=high, modifier="more than")
    post = POST_MODIFIERS.get(lang, {})
    for skip in (0, 1):
        for size in (2, 1):
            end_idx = last + skip + size
            if end_idx >= len(toks) or fig.nominal is None or fig.modifier is not None:
                continue
            hit = _match_phrase(toks, norm, end_idx, post)
            if hit is not None and hit[0] == last + skip + 1:
                low, high = figure_range(hit[1], fig.nominal)
                return replace(fig, end=toks[end_idx].end, low=low, high=high,
                               modifier=hit[1])
    return fig


def _merge_ranges(norm: str, toks: list[_Tok], raw: list[tuple[int, int, Figure]],
                  figures: list[Figure], lang: str) -> list[Figure]:
    """Join "between 40 and 60", "40-60", "от 40 до 60" into one figure."""
    free, opened = RANGE_LINKS.get(lang, (frozenset(), frozenset()))
    out: list[Figure] = []
    skip_next = False
    for n, fig in enumerate(figures):
        if skip_next:
            skip_next = False
            continue
        if n + 1 < len(figures):
            other = figures[n + 1]
            link = norm[fig.core_end:other.core_start].strip()
            links = free | opened if fig.modifier in ("between", "from") else free
            ok_link = link in ("-", "–", "—") or link.lower() in links
            # "от 40 до 60": the link word was first read as "up to" before the 60.
            other_ok = other.modifier is None or (other.modifier == "up to" and ok_link)
            if (ok_link and fig.nominal is not None and other.nominal is not None
                    and other_ok and not fig.is_year and not other.is_year
                    and other.nominal > fig.nominal
                    and raw[n + 1][0] - raw[n][1] <= 1 + len(link.split())):
                low = _shared_scale(toks, raw[n], raw[n + 1], fig.nominal, other.nominal)
                out.append(replace(fig, end=other.end, core_end=other.core_end,
                                   low=low, high=other.nominal, modifier="between",
                                   nominal=low, nominal_high=other.nominal))
                skip_next = True
                continue
        if fig.modifier in ("between", "from") and fig.nominal_high is None:
            fig = replace(fig, start=fig.core_start, modifier=None)
        out.append(fig)
    return out


THOUSAND = 1000


def _shared_scale(toks: list[_Tok], first: tuple[int, int, Figure],
                  second: tuple[int, int, Figure], low: float, high: float) -> float:
    """The low end of "tra i 50 e i 70 mila", "between 3 and 4 million": a scale word
    closing the range belongs to both ends (50,000, not 50), when the first end has
    none and the scaled low end stays below the high one."""
    last = toks[second[1]]
    scale = last.values[0] if last.values and len(last.values) == 1 and not last.digits \
        else (last.vague.scale if last.vague is not None and not last.vague.approx else 0)
    if second[1] == second[0] and first[1] == first[0] and low < THOUSAND <= high \
            and high % THOUSAND == 0 and low * THOUSAND < high:
        # "entre 10 et 20.000 morts": the thousands written once for both ends
        return low * THOUSAND
    if second[1] == second[0] or scale < 1000 or first[1] != first[0] or low * scale > high:
        return low
    return low * scale
