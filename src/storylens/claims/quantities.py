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
from typing import Final

from ..records import Value
from .lexicon_events import SINGULAR_ARTICLES, SINGULAR_OPENERS
from .lexicon_roles import ACTOR_UNITS, CONDITIONAL_UNITS
from .numbers import Figure, figures_in
from .patterns import (
    CASUALTY_RE,
    NOT_AFTER_RE,
    NOT_BEFORE_RE,
    PEOPLE_RE,
    PHONE_RE,
    POPULATION_RE,
    RESIDENT_EVENT_RE,
    TIME_AFTER_RE,
    TOLL_RE,
    Cue,
    find_typed,
)
from .quantity_text import describe
from .text import CLAUSE_BREAK_RE, count_words, has_clause_break, normalize_digits, trim_span
from .victims import death_noun, is_rate
from .years import is_dated_year

# A casualty word after its figure: "1,000 people are believed to have been killed"
# puts six words between them; further away it is usually another figure's word.
MAX_WORDS_AFTER = 6
# A casualty word before its figure: "killed at least 20", "the toll rose to 45".
MAX_WORDS_BEFORE = 4
# A death-toll word may introduce its figure from further off ("the toll has now
# risen sharply to 45").
MAX_WORDS_AFTER_TOLL = 8
# Gap words after a figure that are too long to be an auxiliary ("were", "sont",
# "были") are taken for a noun of another kind ("5 rockets killed 3").
MAX_AUXILIARY_LETTERS = 6
# Letters of a short function word that may follow a figure read after its cue
# ("killed 20 on Monday", "قتل 100 في"), unlike "killed the bill by 52 votes".
MAX_FUNCTION_LETTERS = 3
# A coordinating word between a casualty word and a later figure starts a new clause
# ("5 killed and 43 others wounded", "cinq tuées et 43 autres blessées").
_COORDINATOR = re.compile(r"(?<![^\W_])(?:and|or|et|ou|y|o|e|und|oder|и|или)(?![^\W_])|\sو",
                          re.IGNORECASE)
# Characters looked at before a figure for a label such as "page" or "$".
_LABEL_WINDOW = 24
# Characters looked at before a figure for a population phrase ("a walled market town
# of about"): a noun, an adjective or two and a modifier.
_POPULATION_WINDOW = 48

# "medio millón", "un demi-million", "half a million": a fraction before a scale word the
# figure reader does not scale by; the figure is left out rather than read as a million.
_FRACTION_BEFORE = re.compile(r"(?<![^\W_])(?:medio|media|demi|mezzo|half(?:\s+a)?|пол)[\s-]*$",
                              re.IGNORECASE)
# "170 rebelles tués ou blessés": two casualty words joined by "or" count casualties of
# either kind, not the first word's.
# The word right before a figure, one space away: "France 24".
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’-]*) $")
# A two-digit year written with an apostrophe and no letter before it ("del '98").
_SHORT_YEAR = re.compile(r"(?<![^\W_])['’‘]\d{2}(?!\d)")
_EITHER = re.compile(r"\s+(?:or|ou|o|u|oppure|oder|или)\s+", re.IGNORECASE)

# "per/pour/para" and an infinitive: a purpose clause ("per concentrarsi sugli"), not
# "per errore" (by mistake).
_PURPOSE = {lang: re.compile(rf"(?<![^\W_]){lead}\s+[^\W\d_]+(?:{ends})\s", re.IGNORECASE)
            for lang, lead, ends in (("it", "per", "are|ere|ire|arsi|ersi|irsi"),
                                     ("fr", "pour", "er|ir|re"),
                                     ("es", "para", "ar|er|ir|arse|erse|irse"))}
# A plural article right before a later casualty word makes it a noun of its own ...
_PLURAL_THE = frozenset({"the", "les", "los", "las", "i", "gli", "le", "die"})
# ... unless a partitive puts the figure among them ("300 were among the dead") or a copula
# makes them the same people ("sei donne sono le vittime").
_AMONG = frozenset({"among", "of", "parmi", "de", "d", "entre", "tra", "fra", "di", "unter",
                    "von", "are", "were", "sono", "erano", "furono", "sont", "étaient",
                    "son", "eran", "fueron", "sind", "waren"})
# The link after an amount that names what it counts: "migliaia di maiali".
_OF = frozenset({"of", "de", "d", "des", "del", "di", "dei", "degli", "delle"})
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


# Conjunctions that open a condition ("If 300 had died", "Si nous avions tué…"): a figure
# in a clause they open states no count. Italian "se" is also a pronoun, so only "se" at
# the very start of a clause followed by a word counts (as for every language here).
_CONDITIONAL: Final = {
    "en": r"if|unless", "fr": r"si|s['’]il|s['’]ils", "es": r"si", "it": r"se|qualora",
    "de": r"wenn|falls", "ru": r"если", "ar": r"لو|إذا",
}
_CONDITIONAL_RE: Final = {lang: re.compile(rf"[\s«“\"'„]*(?:{frag})\s", re.IGNORECASE)
                          for lang, frag in _CONDITIONAL.items()}
# Inside a clause ("It would have been excessive if we had killed 300"), only the
# conjunctions that cannot be another word: French "si" before its subject pronoun.
_CONDITIONAL_INSIDE: Final = {
    "en": r"if|unless", "fr": r"si (?:nous|vous|ils|elles|on|je|tu|il|elle)|s['’]ils?",
    "de": r"falls", "ru": r"если", "ar": r"لو",
}
_CONDITIONAL_INSIDE_RE: Final = {
    lang: re.compile(rf"(?<![^\W_])(?:{frag})(?![^\W_])", re.IGNORECASE)
    for lang, frag in _CONDITIONAL_INSIDE.items()}


def _hypothetical(text: str, lang: str, start: int, at: int) -> bool:
    """Whether the clause holding position ``at`` opens with a conditional conjunction, or
    holds one that cannot be another word before the figure."""
    pattern = _CONDITIONAL_RE.get(lang)
    if pattern is None:
        return False
    clause = start
    for brk in CLAUSE_BREAK_RE.finditer(text, start, at):
        clause = brk.end()
    inside = _CONDITIONAL_INSIDE_RE.get(lang)
    return pattern.match(text, clause, at) is not None or (
        inside is not None and inside.search(text, clause, at) is not None)


def find_quantities(text: str, lang: str, start: int, end: int,
                    excluded: list[tuple[int, int]], norm: str | None = None) -> list[Quantity]:
    """Count claims in ``text[start:end]``; ``excluded`` spans (dates) hold no figure.

    ``norm`` is ``normalize_digits(text)`` when the caller already has it: computing it
    here for every sentence would make an article's cost grow with its length squared.
    """
    norm = normalize_digits(text) if norm is None else norm
    blocked = list(excluded) + [(m.start(), m.end()) for m in PHONE_RE.finditer(norm, start, end)]
    figures = [f for f in figures_in(norm, lang, start, end) if _usable(norm, f, blocked)]
    if not figures:
        return []  # most sentences state no figure: skip the cue searches
    cues = find_typed(CASUALTY_RE.get(lang, []), text, start, end)
    toll = TOLL_RE.get(lang)
    tolls = [Cue(m.start(), m.end(), "killed") for m in toll.finditer(text, start, end)] \
        if toll else []
    nouns = find_typed(PEOPLE_RE.get(lang, []), text, start, end)
    cores = [(f.core_start, f.core_end) for f in figures]
    bound = {id(f): _best_cue(text, f, cues, tolls, nouns, cores, end, lang) for f in figures}
    out: list[Quantity] = []
    for fig in figures:
        if _hypothetical(text, lang, start, fig.start):
            continue  # "Si nous avions tué trois cents personnes...": nothing was counted
        if _after_singular_article(text, fig, lang, start):
            continue  # "la manifestazione del 19": a day, not 19 people
        if _part_of_name(text, fig, start) and not _directly_followed(text, fig, cues, nouns):
            continue  # "une journaliste de France 24 a été victime": a channel, not 24 victims
        found = bound[id(fig)]
        if found is not None and _closer_figure(text, fig, found, figures, bound):
            continue  # "trapping five people and injuring another 40": the 40 were injured
        found = _death_after(text, found, cues)
        killer = death_noun(text, lang, start, fig.start)
        if killer is not None and (found is None or found.label != "killed"):
            found = killer  # "la ejecución de 11.000 detenidos": they were killed
        noun = _noun_after(text, fig, nouns)
        if found is None and (noun is None or not _actor_count(text, lang, fig, noun,
                                                               start, end)):
            continue
        if fig.is_year and (not _directly_followed(text, fig, cues, nouns)
                            or is_dated_year(text, lang, fig.start, fig.nominal or 0)):
            continue  # "Hasta junio de 2012 murieron 300": a year, not 2,012 dead
        kind = found.label if found else "count"
        if found is not None and _either(text, found, cues):
            kind = "casualties"
        unit = noun.label if noun and not _listed(text, noun, nouns) else "people"
        spans = [(fig.start, fig.end)] + [(c.start, c.end) for c in (found, noun) if c]
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


def _cue_distance(text: str, fig: Figure, cue: Cue) -> int:
    if cue.start >= fig.core_end:
        return count_words(text, fig.core_end, cue.start)
    if cue.end <= fig.start:
        return count_words(text, cue.end, fig.start)
    return 0


def _closer_figure(text: str, fig: Figure, cue: Cue, figures: list[Figure],
                   bound: dict[int, Cue | None]) -> bool:
    """Another figure bound to the same casualty word stands closer to it: a word counts
    one figure, the one it governs ("in oltre 20 raid sono stati uccisi almeno sette").
    A figure right after the word is its rival even when it counts no known noun ("uccisi
    almeno sette palestinesi"); a year is no rival ("uccisi nel 2006")."""
    mine = _cue_distance(text, fig, cue)
    return any(other is not fig and not other.is_year
               and (bound[id(other)] == cue or not text[cue.end:other.start].strip())
               and _cue_distance(text, other, cue) < mine for other in figures)


def _after_singular_article(text: str, fig: Figure, lang: str, start: int) -> bool:
    """A figure above one right after a singular definite article ("del 19", "el 19")."""
    before = _WORD_BEFORE.search(text, start, fig.start)
    return (before is not None and fig.nominal is not None and fig.nominal > 1
            and before.group(1).casefold() in SINGULAR_ARTICLES.get(lang, frozenset()))


def _part_of_name(text: str, fig: Figure, start: int) -> bool:
    """A number right after a capitalised word inside the sentence: "France 24", "Boeing
    737", "Channel 4" (a name's part, not a count), but not "Gaza: 24 dead"."""
    before = _WORD_BEFORE.search(text, start, fig.start)
    if before is None or fig.start != fig.core_start:
        return False
    word = before.group(1)
    return word[:1].isupper() and bool(text[start:before.start(1)].strip())


def _either(text: str, found: Cue, cues: list[Cue]) -> bool:
    """The casualty word is one of two joined by "or" ("tués ou blessés")."""
    for other in cues:
        if other.label == found.label:
            continue
        a, b = (found.end, other.start) if other.start >= found.end else (other.end, found.start)
        if 0 <= b - a <= 8 and _EITHER.fullmatch(text, a, b):
            return True
    return False


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


def _usable(norm: str, fig: Figure, blocked: list[tuple[int, int]]) -> bool:
    if fig.nominal is not None and not float(fig.nominal).is_integer():
        return False  # people are counted in whole numbers: "magnitude 6.4" is no count
    if any(fig.core_start < e and s < fig.core_end for s, e in blocked):
        return False
    if TIME_AFTER_RE.match(norm, fig.core_end) or norm[max(0, fig.core_start - 1):
                                                       fig.core_start] in (":", "h"):
        return False
    if NOT_AFTER_RE.match(norm, fig.core_end):
        return False
    if _SHORT_YEAR.search(norm, max(0, fig.core_start - 2), fig.core_end):
        return False  # "l'attentato del '98", "the '98 bombings": a year, no count
    before = norm[max(0, fig.start - _LABEL_WINDOW):fig.start]
    return NOT_BEFORE_RE.search(before) is None and _FRACTION_BEFORE.search(before) is None


def _between_clear(text: str, a: int, b: int, cores: list[tuple[int, int]],
                   own: tuple[int, int]) -> bool:
    if has_clause_break(text, a, b):
        return False
    return not any(a <= s < b and (s, e) != own for s, e in cores)


def _best_cue(text: str, fig: Figure, cues: list[Cue], tolls: list[Cue], nouns: list[Cue],
              cores: list[tuple[int, int]], end: int, lang: str) -> Cue | None:
    own = (fig.core_start, fig.core_end)
    best: tuple[int, int, Cue] | None = None  # (distance, after-first rank, cue)
    for cue in cues + tolls:
        strong = cue in tolls
        if fig.core_start <= cue.start < fig.end:
            gap, rank = 0, 0
        elif cue.start >= fig.core_end:
            if strong or not _between_clear(text, fig.core_end, cue.start, cores, own):
                continue
            gap, rank = count_words(text, fig.core_end, cue.start), 0
            if gap > MAX_WORDS_AFTER or not _gap_ok(
                    text, fig.core_end, cue.start, nouns, lang, fig.nominal is None):
                continue
        elif cue.end <= fig.start:
            if not _between_clear(text, cue.end, fig.start, cores, own) \
                    or _COORDINATOR.search(text, cue.end, fig.start):
                continue  # "killed and 53 others were wounded": the cue ends its clause
            gap, rank = count_words(text, cue.end, fig.start), 1
            limit = MAX_WORDS_AFTER_TOLL if strong else MAX_WORDS_BEFORE
            if gap > limit or (not strong and not _tail_ok(text, fig, cues, nouns, end)):
                continue
            if not strong and not _no_purpose(text, lang, cue.end, fig.start):
                continue  # "contare le vittime per concentrarsi sugli 5 milioni di profughi"
        else:
            continue
        if best is None or (gap, rank) < best[:2]:
            best = (gap, rank, cue)
    return best[2] if best else None


def _gap_ok(text: str, a: int, b: int, nouns: list[Cue], lang: str, vague: bool) -> bool:
    """Words between a figure and a later cue: a people noun or short auxiliaries, and not
    a singular determiner that makes the cue a noun of its own ("Trente ... sa mort")."""
    gap_words = re.findall(r"[^\W\d_]+", text[a:b])
    if gap_words and gap_words[-1].casefold() in SINGULAR_OPENERS.get(lang, frozenset()):
        return False
    if len(gap_words) > 1 and gap_words[-1].casefold() in _PLURAL_THE \
            and gap_words[-2].casefold() not in _AMONG:
        return False  # "milliers de manifestants ont enterré les victimes": another noun
    if any(a <= n.start < b for n in nouns):
        return True
    if vague and len(gap_words) > 1 and gap_words[0].casefold() in _OF:
        return False  # "migliaia di maiali morti": the amount counts the noun after "di"
    return all(len(w) <= MAX_AUXILIARY_LETTERS and w.islower() for w in gap_words)


def _no_purpose(text: str, lang: str, a: int, b: int) -> bool:
    """No purpose clause stands between a casualty word and the figure after it ("contare
    le vittime per concentrarsi sugli 5 milioni"): the figure belongs to that clause."""
    pattern = _PURPOSE.get(lang)
    return pattern is None or pattern.search(text, a, b) is None


def _tail_ok(text: str, fig: Figure, cues: list[Cue], nouns: list[Cue], end: int) -> bool:
    """After "killed 20", the next word must be a noun for people, a cue, or a small word."""
    m = re.compile(r"\s*([^\W\d_]+)").match(text, fig.end, end)
    if m is None:
        return True
    pos = m.start(1)
    if any(c.start == pos for c in cues + nouns):
        return True
    word = m.group(1)
    return len(word) <= MAX_FUNCTION_LETTERS and word.islower()


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
