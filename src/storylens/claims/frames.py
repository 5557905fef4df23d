"""Typed frames for the claims of one sentence: the arguments each claim rests on.

A frame names its kind from the extractor that found it (a casualty figure, a meeting,
a statement) and fills only arguments it can point at: the place is a named place after
a locative word ("in Sirte", "à Benghazi"), the time the sentence's date nearest to the
claim or, failing one, a year after a time word ("in 1996"); polarity and modality come
from negation, hedge and future words in the claim's clause. Nothing is guessed: an
argument the sentence does not state plainly stays empty.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from ..records import Argument, Frame, FrameKind, Granularity, Mention, Modality, Polarity
from .dates import YEAR_PHRASE_RE, DateMention, future_sentence
from .lexicon_events import HEDGES, LOCATIVES, NEGATIONS, NOT_NEGATING, UNREALISED
from .patterns import compile_cue
from .text import CLAUSE_BREAK_RE

PLACE_LABELS = frozenset({"GPE", "LOC"})
# Figure types to frame kinds.
_KIND_OF_TYPE: Final[dict[str, FrameKind]] = {
    "killed": "casualties", "injured": "casualties", "casualties": "casualties",
    "missing": "casualties", "displaced": "displacement", "evacuated": "evacuation",
    "arrested": "arrest", "rescued": "rescue", "count": "count",
}
_NEGATION_RE: Final = {lang: compile_cue(frag, lang) for lang, frag in NEGATIONS.items()}
_NOT_NEGATING_RE: Final = {lang: re.compile(rf"(?<!\w)(?:{frag})", re.IGNORECASE)
                           for lang, frag in NOT_NEGATING.items()}
_HEDGE_RE: Final = {lang: compile_cue(frag, lang) for lang, frag in HEDGES.items()}
_UNREALISED_RE: Final = {lang: compile_cue(frag, lang) for lang, frag in UNREALISED.items()}
_YEAR_RE: Final = YEAR_PHRASE_RE
# Words of an opening time phrase that dates the whole sentence ("In March 1996,").
MAX_OPENER_WORDS = 4
# How far (characters) a place may stand from the claim's words and still be its place:
# a clause, "in the port city of Sirte" after "killed 12 people".
MAX_PLACE_DISTANCE = 120


# "Since" and "until" words in the languages served, and what may stand between one and
# its date (an article, "mid-", "the end of"): a cumulative toll since a date, or a span
# running until one, is not dated by that bound.
_SINCE_RE: Final = re.compile(
    r"(?<![^\W_])(?:since|depuis|desde|dal|dalla|dall['’]|da|seit|с|со|منذ"
    r"|until|till|jusqu['’](?:au|à|en)|hasta|fino\s+(?:a|al|alla|all['’])|bis|до|حتى)\s*"
    r"(?:(?:el|la|le|il|l['’]|the|dem|den|zum|zur|mi-|mediados\s+de|finales\s+de"
    r"|principios\s+de"
    r"|inicios\s+de|la\s+mi-|fine|inizio|metà)\s*)?"
    # ... and a month before a year: "desde marzo de 2011", "depuis mars 2011".
    r"(?:[^\W\d_]+\s+(?:(?:de|del|of|di)\s+)?)?$", re.IGNORECASE)
_SINCE_WINDOW = 30
# The "since" words that open a clause or a phrase of their own and mean nothing else
# ("depuis que l'ex-chef de l'État a été déposé le 3 juillet", "Depuis la destitution de
# Morsi mercredi"): ambiguous ones ("da", "dal", "с", "from") stay with the short window.
_SINCE_OPENER_RE: Final = re.compile(
    r"(?<![^\W_])(?:since|depuis|desde|seit|da\s+quando|منذ)(?![^\W_])", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class SentenceContext:
    """What a sentence offers every frame in it: its span, dates, places and speaker."""

    article_id: str
    text: str
    lang: str
    start: int
    end: int
    dates: list[DateMention]
    mentions: list[Mention]
    speaker: Argument | None


def kind_of_value(value_type: str) -> FrameKind:
    """The frame kind of a figure's type ("killed" -> casualties)."""
    return _KIND_OF_TYPE.get(value_type, "other")


def make_frame(ctx: SentenceContext, kind: FrameKind, start: int, end: int, *,
               agent: Argument | None = None, participants: list[Argument] | None = None,
               figure: Argument | None = None, unit: str | None = None,
               attribution: Argument | None = None) -> Frame:
    """A frame for the claim stated by ``text[start:end]`` in this sentence."""
    time, value, granularity = _time(ctx, start, end, figure)
    speaker = attribution if attribution is not None else ctx.speaker
    return Frame(
        kind=kind, article_id=ctx.article_id, agent=agent, participants=participants or [],
        figure=figure, unit=unit, victim_class=unit if kind == "casualties" else None,
        place=_place(ctx, start, end), time=time, time_value=value, granularity=granularity,
        attribution=speaker, polarity=_polarity(ctx, start, end),
        modality=_modality(ctx, start, end, speaker),
    )


def argument(text: str, start: int, end: int) -> Argument:
    """The argument standing at ``text[start:end]``."""
    return Argument(text[start:end], start, end)


def _clause(ctx: SentenceContext, start: int, end: int) -> tuple[int, int]:
    """The clause around a claim's words: from the last break before to the first after."""
    begin = ctx.start
    for brk in CLAUSE_BREAK_RE.finditer(ctx.text, ctx.start, start):
        begin = brk.end()
    after = CLAUSE_BREAK_RE.search(ctx.text, end, ctx.end)
    return begin, after.start() if after else ctx.end


def _place(ctx: SentenceContext, start: int, end: int) -> Argument | None:
    locatives = LOCATIVES.get(ctx.lang, frozenset())
    best: tuple[int, Mention] | None = None
    for m in ctx.mentions:
        if m.label not in PLACE_LABELS or not _after_word(ctx.text, m.start, locatives):
            continue
        if len(m.text.strip()) <= 2 and not m.text.isupper():
            continue  # "La" cut off a name by the tagger; "US", "UK" stay places
        distance = max(0, m.start - end, start - m.end)
        if distance <= MAX_PLACE_DISTANCE and (best is None or distance < best[0]):
            best = (distance, m)
    if best is None:
        return None
    start, end = best[1].start, best[1].end
    first = ctx.text[start:end].split(" ", 1)
    if len(first) == 2 and first[0].lower() in locatives:
        start += len(first[0]) + 1  # "En Égypte" tagged whole: the place is "Égypte"
    return argument(ctx.text, start, end)


def _after_word(text: str, pos: int, wordset: frozenset[str]) -> bool:
    before = text[max(0, pos - 12):pos].split()
    return bool(before) and before[-1].lower() in wordset


def _since(text: str, pos: int) -> bool:
    """A date or year opened by "since" or "until" ("desde marzo de 2011", "depuis la
    mi-mars", "dal 2011", "hasta junio"): a bound of a span, not when the claim happened."""
    return _SINCE_RE.search(text, max(0, pos - _SINCE_WINDOW), pos) is not None


def _in_since_phrase(ctx: SentenceContext, pos: int, start: int, end: int) -> bool:
    """A date inside a "since" clause or phrase of the claim's sentence bounds a span: a
    "since" word between the claim and the date ("Une centaine de personnes ont été tuées
    depuis que l'ex-chef de l'État ... a été déposé, le 3 juillet"), or one before the date
    with no clause break between them ("Depuis la destitution de Morsi mercredi par
    l'armée, ... plusieurs dizaines de morts")."""
    if end <= pos and _SINCE_OPENER_RE.search(ctx.text, end, pos):
        return True
    openers = list(_SINCE_OPENER_RE.finditer(ctx.text, ctx.start, min(pos, start)))
    return bool(openers) and not CLAUSE_BREAK_RE.search(ctx.text, openers[-1].end(), pos)


def _time(ctx: SentenceContext, start: int, end: int, figure: Argument | None = None
          ) -> tuple[Argument | None, str | None, Granularity | None]:
    dates = [d for d in ctx.dates if not _since(ctx.text, d.start)
             and not _in_since_phrase(ctx, d.start, start, end)]
    aside = _aside_year(ctx, start, dates)
    if aside is not None:
        return argument(ctx.text, aside.start("y"), aside.end("y")), aside["y"], "year"
    if dates:
        d = min(dates, key=lambda d: max(0, d.start - end, start - d.end))
        granularity: Granularity = "yearless" if d.iso.startswith("--") else "day"
        return argument(ctx.text, d.start, d.end), d.iso, granularity
    year_re = _YEAR_RE.get(ctx.lang)
    # A bare year dates only its own clause: in "520,000 arrests last year, a third of the
    # 1.6 million in 2000", 2000 is not the time of the 520,000.
    clause = _clause(ctx, start, end)
    years = list(year_re.finditer(ctx.text, *clause)) if year_re else []
    opener = CLAUSE_BREAK_RE.search(ctx.text, ctx.start, ctx.end)
    if year_re and not years and opener and opener.start() < start \
            and len(ctx.text[ctx.start:opener.start()].split()) <= MAX_OPENER_WORDS:
        # "In 1996, 1,200 people were killed": a short opening phrase dates the sentence.
        years = list(year_re.finditer(ctx.text, ctx.start, opener.start()))
    # The claim's own figure is no year of it: "le bilan de 2000 morts" counts 2,000 dead.
    years = [m for m in years if not _since(ctx.text, m.start("y"))
             and not _in_since_phrase(ctx, m.start("y"), start, end) and not (
        figure is not None and figure.start < m.end("y") and m.start("y") < figure.end)]
    if not years:
        return None, None, None
    m = min(years, key=lambda m: max(0, m.start("y") - end, start - m.end("y")))
    return argument(ctx.text, m.start("y"), m.end("y")), m["y"], "year"


def _aside_year(ctx: SentenceContext, start: int, dates: list[DateMention]
                ) -> re.Match[str] | None:
    """The year of the phrase a parenthesis hangs on, when the claim stands in that
    parenthesis: in "named a governor on Monday 17 June from the group behind the 1997
    attacks (62 dead, 58 of them tourists)", the 62 dead are of 1997, not of the Monday.
    Only a year standing right before the bracket, with no date inside it, counts."""
    bracket = ctx.text.rfind("(", ctx.start, start)
    year_re = _YEAR_RE.get(ctx.lang)
    if bracket < 0 or year_re is None or ")" in ctx.text[bracket:start]:
        return None
    close = ctx.text.find(")", start, ctx.end)
    if any(bracket < d.start < (close if close >= 0 else ctx.end) for d in dates):
        return None
    host = _clause(ctx, bracket, bracket)[0]
    years = [m for m in year_re.finditer(ctx.text, host, bracket)
             if not ctx.text[m.end("y"):bracket].strip()]
    return years[-1] if years else None


def _polarity(ctx: SentenceContext, start: int, end: int) -> Polarity:
    negation = _NEGATION_RE.get(ctx.lang)
    if negation is None:
        return "affirmed"
    clause = _clause(ctx, start, end)
    idiom = _NOT_NEGATING_RE.get(ctx.lang)
    kept = [(m.start(), m.end()) for m in idiom.finditer(ctx.text, *clause)] if idiom else []
    for cue in negation.finditer(ctx.text, *clause):
        if not any(a <= cue.start() < b for a, b in kept):
            return "negated"
    return "affirmed"


def _modality(ctx: SentenceContext, start: int, end: int,
              speaker: Argument | None) -> Modality:
    hedge = _HEDGE_RE.get(ctx.lang)
    if hedge is not None and hedge.search(ctx.text, ctx.start, ctx.end):
        return "hedged"
    unrealised = _UNREALISED_RE.get(ctx.lang)
    if future_sentence(ctx.text, ctx.lang, start, ctx.start, ctx.end, end) or (
            unrealised is not None and unrealised.search(ctx.text, *_clause(ctx, start, end))):
        return "planned"  # a future, cancelled or postponed frame: not what happened
    return "reported" if speaker is not None else "asserted"
