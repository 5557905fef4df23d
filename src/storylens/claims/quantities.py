"""Casualty and head-count figures: which figure counts what, and the words that say so.

A figure counts what the nearest casualty word in its clause names ("killed", "morts",
"погибли", "قتيل"); without one, only a noun for actors of the event right after it
makes it a plain head count ("300 protesters", "56 rescuers"; residents only when the
clause says they were trapped or affected). "Thousands of people" with no casualty word
and populations ("a town of 80,000 people") are no claim. Years, times, ages, money,
page numbers and phone numbers are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..records import Value
from .lexicon_roles import ACTOR_UNITS, CONDITIONAL_UNITS
from .numbers import Figure, figures_in
from .patterns import (
    CASUALTY_RE,
    PEOPLE_RE,
    PHONE_RE,
    POPULATION_RE,
    RESIDENT_EVENT_RE,
    TOLL_RE,
    Cue,
    find_typed,
)
from .quantity_binding import best_cue, closer_figure
from .quantity_filters import (
    after_singular_article,
    hypothetical,
    part_of_name,
    usable_figure,
    without_ratios,
)
from .quantity_text import describe
from .text import CLAUSE_BREAK_RE, count_words, has_clause_break, normalize_digits, trim_span
from .victims import crime_victims, death_noun, is_rate
from .years import is_dated_year

# Characters looked at before a figure for a population phrase ("a walled market town
# of about"): a noun, an adjective or two and a modifier.
_POPULATION_WINDOW = 48

# "170 rebelles tués ou blessés": two casualty words joined by "or" count casualties of
# either kind, not the first word's.
# "or", then at most two short words of the second verb ("mortes ou portées disparues",
# "killed or went missing", "morti o risultano dispersi").
_EITHER = re.compile(r"\s+(?:or|ou|o|u|oppure|oder|или)\s+(?:[^\W\d_]{1,12}\s+){0,2}",
                     re.IGNORECASE)
_EITHER_REACH = 40

# What joins two nouns of a list: a comma or "and".
_LIST_LINK = re.compile(r"\s*(?:,|(?:and|et|y|e|und|и)(?![^\W_]))\s*", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Quantity:
    """A figure read as a count, with the exact span that states it."""

    start: int
    end: int
    value: Value
    statement: str
    anchor: tuple[int, int]


# A figure followed by a point, a space and three digits the sentence split left out
# ("a dépassé les 40. 000, depuis"): its thousands lie in the next sentence; unreadable.
_BROKEN_THOUSANDS = re.compile(r"\.\s\d{3}(?!\d)")


def find_quantities(text: str, lang: str, start: int, end: int,
                    excluded: list[tuple[int, int]], norm: str | None = None) -> list[Quantity]:
    """Count claims in ``text[start:end]``; ``excluded`` spans (dates) hold no figure.

    ``norm`` is ``normalize_digits(text)`` when the caller already has it: computing it
    here for every sentence would make an article's cost grow with its length squared.
    """
    norm = normalize_digits(text) if norm is None else norm
    blocked = list(excluded) + [(m.start(), m.end()) for m in PHONE_RE.finditer(norm, start, end)]
    figures = [f for f in without_ratios(norm, figures_in(norm, lang, start, end))
               if usable_figure(norm, f, blocked)]
    if not figures:
        return []  # most sentences state no figure: skip the cue searches
    cues = find_typed(CASUALTY_RE.get(lang, []), text, start, end)
    toll = TOLL_RE.get(lang)
    tolls = [Cue(m.start(), m.end(), "killed") for m in toll.finditer(text, start, end)] \
        if toll else []
    nouns = find_typed(PEOPLE_RE.get(lang, []), text, start, end)
    cores = [(f.core_start, f.core_end) for f in figures]
    bound = {id(f): best_cue(text, f, cues, tolls, nouns, cores, end, lang) for f in figures}
    out: list[Quantity] = []
    for fig in figures:
        if _BROKEN_THOUSANDS.match(text, fig.core_end):
            continue  # "les 40. 000, depuis": the segmenter cut the number at its point
        if hypothetical(text, lang, start, fig.start):
            continue  # "Si nous avions tué trois cents personnes...": nothing was counted
        if after_singular_article(text, fig, lang, start):
            continue  # "la manifestazione del 19": a day, not 19 people
        if part_of_name(text, fig, start) and not _directly_followed(text, fig, cues, nouns):
            continue  # "une journaliste de France 24 a été victime": a channel, not 24 victims
        found = bound[id(fig)]
        if found is not None and closer_figure(text, fig, found, figures, bound):
            continue  # "trapping five people and injuring another 40": the 40 were injured
        found = _death_after(text, found, cues)
        killer = death_noun(text, lang, start, fig.start)
        if killer is not None and (found is None or found.label != "killed"):
            found = killer  # "la ejecución de 11.000 detenidos": they were killed
        if found is not None and crime_victims(text, lang, found, start, end):
            continue  # "victims of sexual assault", "90 victims who filed complaints"
        noun = _noun_after(text, fig, nouns)
        if found is None and (noun is None or not _actor_count(text, lang, fig, noun,
                                                               start, end)):
            continue
        if fig.is_year and (not _directly_followed(text, fig, cues, nouns)
                            or is_dated_year(text, lang, fig.start, fig.nominal or 0)):
            continue  # "Hasta junio de 2012 murieron 300": a year, not 2,012 dead
        kind = found.label if found else "count"
        other = _either(text, found, cues) if found is not None else None
        if other is not None:
            kind = "casualties"  # "tués ou blessés": the span holds both words
        unit = noun.label if noun and not _listed(text, noun, nouns) else "people"
        spans = [(fig.start, fig.end)] + [(c.start, c.end) for c in (found, noun, other) if c]
        q_start, q_end = trim_span(text, min(s for s, _ in spans), max(e for _, e in spans))
        if is_rate(text, lang, fig.end) or is_rate(text, lang, q_end):
            continue  # "dieci morti al giorno": a rate, no toll of one event
        value = Value(kind, fig.low, fig.high, unit, fig.modifier)
        out.append(Quantity(q_start, q_end, value, describe(value, fig),
                            (fig.core_start, fig.core_end)))
    return out


def _death_after(text: str, found: Cue | None, cues: list[Cue]) -> Cue | None:
    """ "900 detenidos muertos", "900 detainees killed": a death word right after another
    casualty word says what happened to those people; the first only names them."""
    if found is None or found.label == "killed":
        return found
    for cue in cues:
        if cue.label == "killed" and cue.start > found.end \
                and not text[found.end:cue.start].strip():
            return cue
    return found


def _either(text: str, found: Cue, cues: list[Cue]) -> Cue | None:
    """The other casualty word when this one is one of two joined by "or" ("tués ou
    blessés"), else None."""
    for other in cues:
        if other.label == found.label:
            continue
        a, b = (found.end, other.start) if other.start >= found.end else (other.end, found.start)
        if 0 <= b - a <= _EITHER_REACH and _EITHER.fullmatch(text, a, b):
            return other
    return None


def _actor_count(text: str, lang: str, fig: Figure, noun: Cue, start: int, end: int) -> bool:
    """A head count without a casualty word: event actors only, never a population."""
    if noun.label not in ACTOR_UNITS:
        return False
    population = POPULATION_RE.get(lang)
    if population and population.search(text[max(start, fig.start - _POPULATION_WINDOW):
                                             fig.start]):
        return False
    if noun.label not in CONDITIONAL_UNITS:
        return True
    event = RESIDENT_EVENT_RE.get(lang)
    if event is None:
        return False
    clause_start = start
    for brk in CLAUSE_BREAK_RE.finditer(text, start, fig.start):
        clause_start = brk.end()
    brk_after = CLAUSE_BREAK_RE.search(text, noun.end, end)
    clause_end = brk_after.start() if brk_after else end
    # On the slice: an Arabic clitic must not hide the verb from the pattern's lookbehind.
    return event.search(text[clause_start:clause_end]) is not None


def _noun_after(text: str, fig: Figure, nouns: list[Cue]) -> Cue | None:
    """The people noun right after a figure ("300 protesters", "hundreds of people")."""
    for noun in nouns:
        if noun.start >= fig.core_end and not has_clause_break(text, fig.core_end, noun.start):
            if count_words(text, fig.core_end, noun.start) <= 1:
                return noun
            return None
        if fig.core_end <= noun.start < fig.end:
            return noun
    return None


def _listed(text: str, noun: Cue, nouns: list[Cue]) -> bool:
    """The noun opens a list of people closed by "and" ("30 niños, mujeres y hombres"):
    the figure counts them all, so its unit is people, not the first noun's. A noun after
    a comma alone is an apposition ("33 civiles, niños entre ellos")."""
    starts = {n.start: n for n in nouns}
    pos = noun.end
    listed = False  # a noun after a comma: a list if "and" comes next
    while (link := _LIST_LINK.match(text, pos)) is not None:
        if "," not in link.group() and (listed or link.end() in starts):
            return True  # "niños y mujeres", "niños, mujeres y hombres"
        if link.end() not in starts:
            return False
        listed, pos = True, starts[link.end()].end
    return False


def _directly_followed(text: str, fig: Figure, cues: list[Cue], nouns: list[Cue]) -> bool:
    m = re.compile(r"\s*").match(text, fig.end)
    pos = m.end() if m else fig.end
    return any(c.start == pos for c in cues + nouns)
