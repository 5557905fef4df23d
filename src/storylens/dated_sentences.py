"""Which days matter in a set of articles, and the sentences that say what happened then.

The standard strong method of timeline summarisation (date selection by how many articles
*mention* a day, then per day the sentences that mention it, ranked by how central they are
among that day's sentences across sources): a day that many sources refer back to is a day
something happened, whatever day they were published. Dates are the ones the claim reader
resolves (publication date as base, a missing year never guessed: "--03-15" stays partial).

Every sentence kept is the exact span of an article's text; nothing is written, only chosen.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .claims.dates import dates_in, parse_published
from .claims.text import claim_language, normalize_digits
from .date_names import date_name, on_year, written_year
from .records import Article
from .sentences import split_sentences

# Day-precision dates only: "2011-02" says too little to put a sentence on a day.
_DAY = re.compile(r"^(?:\d{4}|-)-\d{2}-\d{2}$")
_TOKEN = re.compile(r"\w+")
# A place in capitals or title case, a comma, a short date, an optional agency in brackets,
# then a dash: the dateline of agency copy.
_DATELINE = re.compile(r"[^\W\d][^\n,.]{1,40}(,)\s[^\n()—–]{3,30}?(?:\([^()\n]{2,40}\)\s*)?[—–-]\s")
# A sentence shorter than this says nothing by itself ("Le 25 janvier.", a dateline).
MIN_SENTENCE_WORDS = 6
# Longer "sentences" are lists, tables or unsplit paragraphs, not one statement.
MAX_SENTENCE_WORDS = 60
# Weight of an article *published* on a day against one that mentions the day in its text.
# Chosen by topic-held-out cross-validation on CL-TLS (benchmarks/timeline_cltls.py
# --tune); publication alone is weak evidence (wire copy follows the clock, not events).
PUBLISHED_WEIGHT = 0.5
# How far before the first and after the last publication date a mentioned day still
# belongs to the story (a month: the build-up and the announced next step).
SPAN_MARGIN_DAYS = 31
# Two sentences at least this similar (TF-IDF cosine) say the same thing: keep one.
REDUNDANT = 0.5
# How much a mention's topicality (its sentence's TF-IDF cosine with the story's
# articles, relative to the average mention) weighs: 0 counts every mentioning article
# alike; 1 lets an aside ("since 11 September 2001") count less than a sentence on the
# story's subject. Chosen with PUBLISHED_WEIGHT by topic-held-out CV on CL-TLS.
TOPICAL_POWER = 1.0
_WORD = re.compile(r"[^\W\d_]{4,}")


@dataclass(frozen=True, slots=True)
class DatedSentence:
    """A sentence of an article (``text[start:end]``) that names the day ``when``."""

    article_id: str
    start: int
    end: int
    when: str
    language: str
    # "yesterday", "on Monday": resolved against the publication date, not stated.
    relative: bool = False
    # False when the sentence names the day only inside a name ("la révolution du 25
    # janvier 2011"): the day counts as mentioned, but the sentence does not tell what
    # happened on it (:mod:`date_names`).
    tells: bool = True


# "Until" words before a date: the end of a span or a deadline ("jusqu'à mardi", "hasta
# el lunes", "fino a domenica", "until Friday"), not a day something happened.
_UNTIL = re.compile(r"(?<![^\W_])(?:until|till|jusqu['’](?:au|à|en)|hasta|fino\s+a|bis|до|حتى)"
                    r"\s+(?:(?:le|el|la|il|the|al|alla|zum|zur)\s+)?$", re.IGNORECASE)
_UNTIL_WINDOW = 30


def dated_sentences(articles: Iterable[Article], names: bool = False) -> list[DatedSentence]:
    """Every (sentence, day) pair stated in ``articles``, in article order.

    A sentence repeated word for word in another article (a site's sidebar of dated
    links, a wire copy) counts once, in the first article that has it: otherwise one
    outlet's page furniture would outvote every report. Days outside the articles'
    publication span (give or take ``SPAN_MARGIN_DAYS``) are history or schedule, not
    the story's events, and are left out when publication dates are known.

    With ``names``, a date that is part of a name (:func:`date_names.date_name`) is
    re-dated by the year the articles write for the same name, or left out when none
    does (a street's day always); a re-dated one is kept with ``tells`` False.
    """
    articles = list(articles)
    pub_days = sorted(d for a in articles if (d := parse_published(a.published)))
    window = (pub_days[0] - dt.timedelta(days=SPAN_MARGIN_DAYS),
              pub_days[-1] + dt.timedelta(days=SPAN_MARGIN_DAYS)) if pub_days else None
    seen: set[str] = set()
    out: list[DatedSentence] = []
    named: list[Named] = []
    for article in articles:
        text = article.text
        norm = normalize_digits(text)
        published = parse_published(article.published)
        spans = [(s.start, s.end, s.language) for s in article.sentences] or \
            [(s, e, None) for s, e in split_sentences(text)]
        for start, end, lang in spans:
            said = " ".join(text[start:end].casefold().split())
            if not MIN_SENTENCE_WORDS <= said.count(" ") + 1 <= MAX_SENTENCE_WORDS \
                    or said in seen:
                continue
            seen.add(said)
            language = claim_language(lang or article.language)
            days: dict[str, bool] = {}
            filed = _dateline_end(text, start)
            for mention in dates_in(norm, language, published, start, end):
                if mention.start < filed:
                    continue  # the dateline's date is when the copy was filed, no event
                if _UNTIL.search(norm, max(0, mention.start - _UNTIL_WINDOW), mention.start):
                    continue  # "donné jusqu'à mardi pour partir": a deadline, no event day
                if names and (name := date_name(norm, language, mention)) is not None:
                    if name != "place":
                        named.append(Named(article.id, start, end, language, name,
                                           mention.iso, written_year(norm, mention)))
                    continue
                if _DAY.match(mention.iso) and _within(mention.iso, window):
                    days[mention.iso] = days.get(mention.iso, True) and mention.relative
            out += [DatedSentence(article.id, start, end, day, language, relative)
                    for day, relative in sorted(days.items())]
    if named:
        out += _resolved(named, {(s.article_id, s.start, s.when) for s in out}, window)
    return out


@dataclass(frozen=True, slots=True)
class Named:
    """A date read inside a name in a sentence, with the year written for it, if any."""

    article_id: str
    start: int
    end: int
    language: str
    name: str
    iso: str
    year: int | None


def _resolved(named: list[Named], plain: set[tuple[str, int, str]],
              window: tuple[dt.date, dt.date] | None) -> list[DatedSentence]:
    """The named dates on the day of the year written for the same name (same naming
    word, same day of the year) somewhere in the articles, the most common such year;
    those with no year written anywhere are left out. A sentence that names a day
    plainly as well keeps its plain mention."""
    years: dict[tuple[str, str], Counter[int]] = {}
    for n in named:
        if n.year is not None:
            years.setdefault((n.name, n.iso[-5:]), Counter())[n.year] += 1
    out: dict[tuple[str, int, str], DatedSentence] = {}
    for n in named:
        written = years.get((n.name, n.iso[-5:]))
        year = n.year or (written.most_common(1)[0][0] if written else None)
        day = on_year(n.iso, year) if year else None
        if day is None or (n.article_id, n.start, day) in plain or not _within(day, window):
            continue
        out.setdefault((n.article_id, n.start, day),
                       DatedSentence(n.article_id, n.start, n.end, day, n.language, tells=False))
    return list(out.values())


def _dateline_end(text: str, start: int) -> int:
    """Where a dateline opening the paragraph at ``start`` ends ("RABAT, March 15
    (Agency) — ", "PARIS, 3 mars (AFP) - "), or ``start`` when there is none."""
    if start and text[start - 1] != "\n":
        return start
    found = _DATELINE.match(text, start)
    if found is None:
        return start
    place = text[start:found.start(1)].split()
    if len(place) > 4 or any(word[:1].islower() for word in place):
        return start  # "The minister, on 3 March — ..." opens a sentence, not a dateline
    return found.end()


def _within(iso: str, window: tuple[dt.date, dt.date] | None) -> bool:
    if window is None or iso.startswith("--"):
        return True
    try:
        return window[0] <= dt.date.fromisoformat(iso) <= window[1]
    except ValueError:
        return False


def date_scores(sentences: Iterable[DatedSentence], articles: Iterable[Article],
                published_weight: float = PUBLISHED_WEIGHT,
                topical_power: float = TOPICAL_POWER) -> dict[str, float]:
    """Day -> distinct articles that mention it, each counted by how topical its most
    topical sentence naming the day is (:func:`topicality`, 1 on average; every article
    counts 1 with ``topical_power`` 0), plus ``published_weight`` per article published
    that day (a day no article mentions is scored when the weight is not 0)."""
    sentences, articles = list(sentences), list(articles)
    weights = topicality(articles, sentences, topical_power)
    mentioned: dict[str, dict[str, float]] = {}
    for s in sentences:
        seen = mentioned.setdefault(s.when, {})
        weight = weights.get((s.article_id, s.start), 1.0)
        seen[s.article_id] = max(seen.get(s.article_id, 0.0), weight)
    published = Counter(a.published[:10] for a in articles if a.published) \
        if published_weight else Counter()
    return {day: sum(mentioned.get(day, {}).values()) + published_weight * published.get(day, 0)
            for day in {*mentioned, *published}}


def topicality(articles: list[Article], sentences: list[DatedSentence],
               power: float = TOPICAL_POWER) -> dict[tuple[str, int], float]:
    """(article id, sentence start) -> how much the sentence is about what the articles
    are about: its TF-IDF cosine (words of 4+ letters, IDF over the articles) with the sum
    of the articles' vectors, over the mean of all dated sentences', to ``power``. Empty
    (every mention counts 1) with ``power`` 0 or when the articles share no weighted word."""
    if not power or not sentences:
        return {}
    texts = {a.id: a.text for a in articles}
    df: Counter[str] = Counter()
    for text in texts.values():
        df.update({w.casefold() for w in _WORD.findall(text)})
    idf = {w: math.log(len(texts) / n) for w, n in df.items()}

    def unit(text: str) -> dict[str, float]:
        counts = Counter(w.casefold() for w in _WORD.findall(text))
        vec = {w: n * idf.get(w, 0.0) for w, n in counts.items()}
        norm = math.sqrt(sum(v * v for v in vec.values()))
        return {w: v / norm for w, v in vec.items()} if norm else {}

    centre: Counter[str] = Counter()
    for text in texts.values():
        centre.update(unit(text))
    size = math.sqrt(_dot(centre, centre))
    sims = {(s.article_id, s.start): _dot(unit(texts[s.article_id][s.start:s.end]), centre)
            / size for s in sentences if s.article_id in texts} if size else {}
    mean = sum(sims.values()) / len(sims) if sims else 0.0
    if mean <= 0:
        return {}
    return {key: (sim / mean) ** power for key, sim in sims.items()}


class SentenceRanker:
    """TF-IDF centrality of a day's sentences, with redundant ones left out.

    Document frequencies come from every dated sentence of the collection, so a word that
    every article uses (the country's name) weighs little and a day's specific words weigh
    much. A sentence's centrality is its cosine with the sum of the other sentences of its
    day from *other* articles: what several sources say about the day ranks first.
    """

    def __init__(self, articles: Mapping[str, Article], sentences: list[DatedSentence]):
        self._articles = articles
        seen: set[tuple[str, int]] = set()
        df: Counter[str] = Counter()
        for s in sentences:
            if (s.article_id, s.start) not in seen:
                seen.add((s.article_id, s.start))
                df.update(set(self.tokens(s)))
        total = max(1, len(seen))
        self._idf = {w: math.log((1 + total) / (1 + n)) + 1 for w, n in df.items()}

    def text(self, s: DatedSentence) -> str:
        return self._articles[s.article_id].text[s.start:s.end]

    def tokens(self, s: DatedSentence) -> list[str]:
        return _TOKEN.findall(self.text(s).casefold())

    def vector(self, s: DatedSentence) -> dict[str, float]:
        counts = Counter(self.tokens(s))
        vec = {w: n * self._idf.get(w, 1.0) for w, n in counts.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return {w: v / norm for w, v in vec.items()}

    def rank(self, day: list[DatedSentence], keep: int) -> list[DatedSentence]:
        """The ``keep`` most central, mutually non-redundant sentences of one day."""
        unique = list({(s.article_id, s.start): s for s in day}.values())
        vectors = [self.vector(s) for s in unique]
        # The other articles' sum is the day's sum less the sentence's own article's:
        # linear in the day's sentences, not quadratic.
        total: Counter[str] = Counter()
        own: dict[str, Counter[str]] = {}
        for s, vec in zip(unique, vectors, strict=True):
            total.update(vec)
            own.setdefault(s.article_id, Counter()).update(vec)
        total_sq = sum(v * v for v in total.values())
        # |total - own|, per article, from dot products over the article's own words.
        spread = {article: math.sqrt(max(0.0, total_sq - 2 * _dot(mine, total) + _dot(mine, mine)))
                  for article, mine in own.items()}
        scores = []
        for s, vec in zip(unique, vectors, strict=True):
            norm = spread[s.article_id]
            dot = _dot(vec, total) - _dot(vec, own[s.article_id])
            scores.append(dot / norm if norm > 1e-9 else 0.0)
        order = sorted(range(len(unique)),
                       key=lambda i: (-scores[i], unique[i].article_id, unique[i].start))
        chosen: list[int] = []
        for i in order:
            if len(chosen) >= keep:
                break
            if all(_cosine(vectors[i], vectors[j]) < REDUNDANT for j in chosen):
                chosen.append(i)
        return [unique[i] for i in chosen]


def _dot(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """Dot product of two sparse vectors, iterating over the shorter."""
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(w, 0.0) for w, v in a.items())


def _cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    norm = math.sqrt(_dot(a, a) * _dot(b, b))
    return _dot(a, b) / norm if norm else 0.0
