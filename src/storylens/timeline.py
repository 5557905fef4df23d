"""A story's timeline: its main days, what happened on each, with sources and spans.

Days come from the dates the articles mention (:mod:`dated_sentences`) and from dated
claims; entries merge across sources and order dates even when one has no year
("--03-15"). The relation graph lives in :mod:`actors` (re-exported here).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Literal, Protocol

from .actors import RELATION_TYPES, SYMMETRIC_TYPES, build_relations, relation_type
from .claims.dates import find_dates, parse_published
from .claims.text import claim_language
from .clean._lines import SELF_REFERENCE, strong_kind
from .clean._vocab import CLOCK, STAMP
from .date_model import day_features, shipped_model
from .date_names import named_only, shows_a_picture
from .dated_sentences import (
    PUBLISHED_WEIGHT,
    TOPICAL_POWER,
    DatedSentence,
    SentenceRanker,
    date_scores,
    dated_sentences,
)
from .records import Article, Claim, Evidence, TimelineEntry

# A day of a timeline is read at a glance: the best-sourced few things that happened.
MAX_ENTRIES_PER_DATE = 4
# A story's timeline keeps its most-mentioned days; beyond this it is a list, not a story.
MAX_DATES = 15
# A dated sentence quoted in place of a template must say something (a date and a verb
# are not enough) and stays one line long.
MIN_QUOTED_WORDS = 6
MAX_QUOTED_WORDS = 25
# Words of 4+ letters, besides its dates and clock times, that an entry needs to say what
# happened: "Par Louis Denghien, le 7 septembre 2012", "Mise à jour du 31 août 2013, à
# 13h30" or "- 18 de mayo de 2011." name a day and nothing that happened on it.
MIN_CONTENT_WORDS = 3
# A claim's statement is already a subject and its predicate ("Talks opened"): two words.
MIN_CLAIM_CONTENT_WORDS = 2
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")
_FIGURE = re.compile(r"(?<![\w.,])\d[\d.,]*(?![\w])")
# A note of a list of references ("(9) J. Roe, « Title », The Courier, 10 July 2030."):
# the date is the cited work's, not an event's.
_NOTE = re.compile(r"[(\[]\d{1,3}[)\]]\s")
# Web addresses, handles and hashtags ("madamasr.com", "@SYRIAslyJana") name no event.
_WEB_NAME = re.compile(r"\S*(?://|[@#]|[^\W\d_]\.[^\W\d_]{2,})\S*")
_DAY_DATE = re.compile(r"^(?:\d{4}|-)-\d{2}-\d{2}$")

__all__ = ["RELATION_TYPES", "SYMMETRIC_TYPES", "DayScorer", "build_relations",
           "build_timeline", "date_key", "relation_type"]


class DayScorer(Protocol):
    """Orders a story's candidate days from their features (:mod:`date_model`)."""

    def scores(self, features: Mapping[str, Sequence[float]]) -> dict[str, float]: ...


def date_key(when: str, year: int = 0) -> tuple[int, int, int, int]:
    """Sort key of an ISO date, a month, a year or a yearless "--MM-DD".

    A yearless date orders inside ``year`` (the story's usual year), after a full date
    of the same day, so "--03-15" sits between 2026-03-14 and 2026-03-16.
    """
    if when.startswith("--"):
        month, _, day = when[2:].partition("-")
        return (year, _int(month), _int(day), 1)
    parts = when[:10].split("-")
    return (_int(parts[0]), _int(parts[1]) if len(parts) > 1 else 0,
            _int(parts[2]) if len(parts) > 2 else 0, 0)


def build_timeline(claims: list[Claim], articles: Mapping[str, Article] | None = None,
                   language: str = "en", article_ids: Iterable[str] | None = None,
                   max_dates: int = MAX_DATES,
                   per_date: int = MAX_ENTRIES_PER_DATE,
                   published_weight: float = PUBLISHED_WEIGHT,
                   topical_power: float = TOPICAL_POWER,
                   date_model: DayScorer | Literal["shipped"] | None = "shipped",
                   between: tuple[str, str] | None = None) -> list[TimelineEntry]:
    """What happened on the story's main days, merged across sources, in date order.

    Candidate days are those some sentence of the story's articles (``article_ids``, else
    those its claims cite) names, or some claim is dated. They are ordered by
    ``date_model`` (a :class:`DayScorer` over :mod:`date_model` features; by default the
    model bundled with the package, if any: none ships now) or, with ``None`` or no
    bundled model, by how many articles mention them, a mention in a sentence on the
    story's subject counting more than an aside (:mod:`dated_sentences`, with
    ``published_weight`` and ``topical_power``), and by the articles behind the claims
    dated that day. The ``max_dates`` best days with something to say are kept (a day
    whose sentences are all told elsewhere or contentless gives way to the next). Per
    day, the most central sentences that name it come first (quoted, with their exact
    spans, a source in the reader's ``language`` preferred), then the dated claims merged
    across sources.
    Claims that only carry a date say nothing by themselves: they make an entry only
    when nothing else is known that day, as their sentence quoted (never the template
    "Something happened on DATE"), and only when it has enough words to say something.
    With ``between`` (two ISO days) only the days from the first to the last compete, so
    a timeline asked for a period fills it with ``max_dates`` days of that period (the
    standard TLS setting gives a system the reference's span); a day without a year
    cannot be placed in it and is left out.
    A date that is part of a name ("l'appel du 18 juin") is no day of what its sentence
    tells: it takes the year the story writes for that name, or is left out
    (:mod:`date_names`); a year or a month alone dates no entry.
    """
    articles = articles or {}
    ids = set(article_ids) if article_ids is not None else set(_articles_of(claims))
    members = [articles[i] for i in sorted(ids) if i in articles]
    dated = dated_sentences(members, names=True)
    by_day: dict[str, list[DatedSentence]] = {}
    for sentence in dated:
        if sentence.tells:
            by_day.setdefault(sentence.when, []).append(sentence)
    by_date: dict[str, list[Claim]] = {}
    for claim in claims:
        if claim.when and _dates_its_event(claim, articles):
            by_date.setdefault(claim.when, []).append(claim)
    model = shipped_model() if isinstance(date_model, str) else date_model
    if model is not None:
        events = {when: len(_articles_of([c for c in found if c.kind != "date"]))
                  for when, found in by_date.items()}
        score = model.scores(day_features(dated, members, events, {*by_day, *by_date}))
    else:
        score = _counted_scores(dated, members, by_day, by_date, published_weight,
                                topical_power)
    if between is not None:
        score = {w: v for w, v in score.items()
                 if len(w) == 10 and between[0] <= w <= between[1]}
    years = Counter(int(w[:4]) for w in score if w[:4].isdigit())
    usual = years.most_common(1)[0][0] if years else 0
    ranked = sorted(score, key=lambda w: (-score[w], date_key(w, usual)))
    ranker = SentenceRanker(articles, dated) if dated else None
    contentful: dict[tuple[str, int], bool] = {}  # each sentence read once

    def says(s: DatedSentence, text: str) -> bool:
        key = (s.article_id, s.start)
        if key not in contentful:
            contentful[key] = says_something(text, s.language, articles[s.article_id].published)
        return contentful[key]

    def entries_on(chosen: list[str]) -> list[TimelineEntry]:
        entries: list[TimelineEntry] = []
        told: set[str] = set()  # a sentence told under one day is not told again
        for when in sorted(chosen, key=lambda w: date_key(w, usual)):
            made = []
            if ranker is not None and when in by_day:
                day = [s for s in by_day[when]
                       if _tells(ranker.text(s), told) and says(s, ranker.text(s))]
                day = [s for s in day if s.language == language] or day
                made += [_sentence_entry(when, s, ranker, language)
                         for s in ranker.rank(day, per_date)]
            dated_claims = by_date.get(when, [])
            merged = _merged_entries(when, [c for c in dated_claims if c.kind != "date"
                                            and says_something(c.statement, language,
                                                               minimum=MIN_CLAIM_CONTENT_WORDS)])
            if language != "en":
                merged = [e for e in merged
                          if _in_language(e, dated_claims, articles, language)]
            made += _fold_into_quotes(made, merged)
            if not made:  # a bare date claim: its sentence, quoted, if it says something
                made = [e for c in dated_claims
                        if (e := _quoted_entry(when, c, articles, language))]
            kept = _unique(made)[:per_date]
            told |= {" ".join(e.evidence[0].quote.split()) for e in kept if e.evidence}
            entries += kept
        return entries

    # A chosen day can end with nothing to say (its sentences told under another day, or
    # contentless): the next best days take its place, up to ``max_dates`` days.
    count = max_dates
    while True:
        entries = entries_on(ranked[:count])
        missing = max_dates - len({e.when for e in entries})
        if missing <= 0 or count >= len(ranked):
            return entries
        count += missing


def says_something(text: str, language: str, published: str | None = None,
                   minimum: int = MIN_CONTENT_WORDS) -> bool:
    """Whether ``text`` states something besides a date: at least ``minimum`` words of
    4+ letters or figures outside its dates, clock times and web names, and not page
    furniture (a byline, a credit, "this article", a note of a list of references, a photo
    caption: it shows a picture, it tells no event of its day). A lead-in to a quote
    ("El 6 de abril, X confiesa:") has too few words of its own."""
    text = " ".join(text.split())
    if not text or _NOTE.match(text) or SELF_REFERENCE.search(text) \
            or strong_kind(text) is not None or (STAMP.search(text) and CLOCK.search(text)) \
            or _caption(text) or _points_back(text):
        return False
    lang = claim_language(language)
    day = parse_published(published)
    mentions = sorted(find_dates(text, lang, day), key=lambda m: m.start)
    if any(shows_a_picture(text, m, day) for m in mentions):
        return False
    kept, last = [], 0
    for mention in mentions:
        kept.append(text[last:mention.start])
        last = max(last, mention.end)
    rest = _WEB_NAME.sub(" ", CLOCK.sub(" ", "".join(kept) + " " + text[last:]))
    return len(_CONTENT_WORD.findall(rest)) + len(_FIGURE.findall(rest)) >= minimum


def _points_back(text: str) -> bool:
    """A sentence about what the one before said ("Así lo han adelantado este jueves
    fuentes diplomáticas"), by the brief's lead rules."""
    from .brief.lead_text import points_back
    return points_back(text)


def _caption(text: str) -> bool:
    """A photo caption by the brief's lead rules (imported here: the brief package imports
    this module)."""
    from .brief.lead_text import caption
    return caption(text)


def _dates_its_event(claim: Claim, articles: Mapping[str, Article]) -> bool:
    """Whether a claim's date can head a timeline entry: a day (a year or a month alone
    is no day of a timeline: "en 1997" in a sentence on "lundi 17 juin"), not one its
    sentences only name ("l'appel du 18 juin")."""
    if not _DAY_DATE.match(claim.when or ""):
        return False
    for evidence in claim.sources:
        article = articles.get(evidence.article_id)
        if article is None or not named_only(_sentence_of(evidence, articles),
                                             article.language or "en",
                                             parse_published(article.published),
                                             claim.when or ""):
            return True
    return not claim.sources


def _counted_scores(dated: list[DatedSentence], members: list[Article],
                    by_day: Mapping[str, object], by_date: Mapping[str, list[Claim]],
                    published_weight: float, topical_power: float) -> dict[str, float]:
    """Day -> articles mentioning it (topicality-weighted) and published on it, or the
    articles behind its dated claims, whichever is more."""
    # Only days with something to say compete: a day chosen for its publications alone
    # would be an empty entry.
    score = {day: points for day, points
             in date_scores(dated, members, published_weight, topical_power).items()
             if day in by_day or day in by_date}
    for when, dated_claims in by_date.items():
        score[when] = max(score.get(when, 0.0), float(len(_articles_of(dated_claims))))
    return score


def _tells(text: str, told: set[str]) -> bool:
    """A sentence that can be an entry: not a question (an interviewer's "Ne pensez-vous
    pas que…?" states nothing) and not already told under an earlier day."""
    return not text.rstrip(" ”»\"'").endswith("?") and " ".join(text.split()) not in told


def _fold_into_quotes(quoted: list[TimelineEntry],
                      merged: list[TimelineEntry]) -> list[TimelineEntry]:
    """Claim entries not already said by a quoted sentence; a claim whose every source
    lies inside a quoted sentence only adds its id (and articles) to that entry."""
    kept = []
    for entry in merged:
        home = next((q for q in quoted if entry.evidence and all(
            any(e.article_id == span.article_id and span.start <= e.start
                and e.end <= span.end for span in q.evidence) for e in entry.evidence)), None)
        if home is None:
            kept.append(entry)
        else:
            home.claim_ids = sorted({*home.claim_ids, *entry.claim_ids})
            home.article_ids = sorted({*home.article_ids, *entry.article_ids})
    return kept


def _sentence_entry(when: str, sentence: DatedSentence, ranker: SentenceRanker,
                    language: str) -> TimelineEntry:
    """A dated sentence quoted (shortened) as an entry, its exact span as evidence."""
    mark = "" if sentence.language == language else f" [{sentence.language}]"
    text = ranker.text(sentence)
    return TimelineEntry(when, f"“{_shorten(text)}”{mark}", [], [sentence.article_id],
                         [Evidence(sentence.article_id, sentence.start, sentence.end, text)])


def _unique(entries: list[TimelineEntry]) -> list[TimelineEntry]:
    """One entry per wording: two claims quoting the same sentence are one event."""
    kept: dict[str, TimelineEntry] = {}
    for entry in entries:
        if entry.what in kept:
            same = kept[entry.what]
            same.claim_ids = sorted({*same.claim_ids, *entry.claim_ids})
            same.article_ids = sorted({*same.article_ids, *entry.article_ids})
            same.evidence += [e for e in entry.evidence if e not in same.evidence]
        else:
            kept[entry.what] = entry
    return list(kept.values())


def _merged_entries(when: str, claims: list[Claim]) -> list[TimelineEntry]:
    """One entry per statement (and per figure type, all its values together)."""
    groups: dict[str, list[Claim]] = {}
    for claim in claims:
        key = f"figure:{claim.value.type}" if claim.value is not None else \
            " ".join(claim.statement.casefold().split())
        groups.setdefault(key, []).append(claim)
    entries = []
    for group in groups.values():
        group.sort(key=lambda c: (-len(_articles_of([c])), c.id))
        what = "; ".join(dict.fromkeys(_shorten(c.statement).rstrip(". ") for c in group))
        what += "" if what.endswith("…") else "."
        if len({c.statement for c in group}) > 1 and group[0].value is not None:
            what = "Reports differ: " + what
        entries.append(TimelineEntry(when, what, sorted(c.id for c in group),
                                     _articles_of(group), [e for c in group for e in c.sources]))
    entries.sort(key=lambda e: (-len(e.article_ids), e.what))
    return entries


def _in_language(entry: TimelineEntry, claims: list[Claim], articles: Mapping[str, Article],
                 language: str) -> bool:
    """Re-word ``entry`` as a dated sentence in ``language``; False when no source has one."""
    chosen = [c for c in claims if c.id in entry.claim_ids]
    for claim in chosen:
        quoted = _quoted_entry(entry.when, claim, articles, language, strict=True)
        if quoted is not None:
            entry.what = quoted.what
            return True
    return False


def _quoted_entry(when: str, claim: Claim, articles: Mapping[str, Article],
                  language: str = "en", strict: bool = False) -> TimelineEntry | None:
    """The dated sentence itself, shortened and quoted, when it says something.

    A source in the reader's ``language`` is preferred; with ``strict`` it is required.
    Another language is marked ("[fr]") so the reader knows it is not theirs.
    """
    def rank(evidence: Evidence) -> int:
        article = articles.get(evidence.article_id)
        return 0 if article is not None and article.language == language else 1

    for evidence in sorted(claim.sources, key=rank):
        if strict and rank(evidence):
            return None
        sentence = _sentence_of(evidence, articles)
        article = articles.get(evidence.article_id)
        if len(sentence.split()) < MIN_QUOTED_WORDS or not says_something(
                sentence, article.language or language if article else language,
                article.published if article else None):
            continue
        other = article is not None and article.language not in (None, language)
        mark = f" [{article.language}]" if other and article is not None else ""
        return TimelineEntry(when, f"“{_shorten(sentence)}”{mark}", [claim.id],
                             _articles_of([claim]), list(claim.sources))
    return None


def _sentence_of(evidence: Evidence, articles: Mapping[str, Article]) -> str:
    """The article sentence holding the evidence (the evidence itself when unknown)."""
    article = articles.get(evidence.article_id)
    if article is not None:
        for sentence in article.sentences:
            if sentence.start <= evidence.start < sentence.end:
                return article.text[sentence.start:sentence.end]
    return evidence.quote


def _shorten(text: str) -> str:
    """At most ``MAX_QUOTED_WORDS`` words, with an ellipsis when cut."""
    words = text.split()
    return " ".join(words[:MAX_QUOTED_WORDS]) + ("…" if len(words) > MAX_QUOTED_WORDS else "")


def _articles_of(claims: list[Claim]) -> list[str]:
    return sorted({e.article_id for c in claims for e in c.sources})


def _int(text: str) -> int:
    return int(text) if text.isdigit() else 0
