"""Timelines on CL-TLS (egypt, syria; es, fr, it) against the human reference timelines.

Run: ``.venv/bin/python benchmarks/timeline_cltls.py [--data ../shared/data/cl-tls]
[--langs es,fr,it] [--topics egypt,syria] [--limit N] [--cache /tmp/storylens-cltls]
[--tune] [--whole-collection] [--crosslingual]``

Each (language, topic) folder is read as one story: every article cleaned and segmented,
its claims extracted (no clustering or entity stage: the timeline is measured on its own),
published on its folder's date, in the folder's language; the articles are cached (delete
the cache after changing the cleaner or the claim extractor).
``--limit N`` keeps N articles per folder, spread evenly over its dates.

Setting: the standard TLS one (tilse; news-tls ``experiments/evaluate.py``; details and
metrics in ``_tls_metrics.py``). A system is given the reference's number of dates T,
per date its mean number of sentences k and mean number of word tokens L, and its time
span: only the articles published from the first to the last reference date are input
and only days of that span are output, for the system and the baseline alike.
``--whole-collection`` gives both every article and every day instead (the protocol of
this script before 2026-12-02 session 6, for comparison).

* storylens: ``build_timeline(..., max_dates=T, per_date=k, between=span)``: the T days
  most mentioned in the articles' text (plus a weight per article published that day),
  per day the k most central non-redundant sentences that name it; cut to L tokens;
* baseline: the T days with the most articles published (the earlier day on a tie), per
  day the headlines (first line) of k of those articles; cut to L tokens.

``--crosslingual``: the input of a (language, topic) is the topic's articles in *every*
language (one multilingual story, as the pipeline makes when it clusters across
languages), for both systems; storylens prefers sentences in the folder's language and
the baseline its headlines; the reference stays the folder language's.

Metrics: date F1 over every output date, and ROUGE-1 F1 read three ways: date-aligned
(the issue's: per reference date, mean over them), tilse's agreement and align+ m:1.

The "ceiling" column is the share of reference dates that are a day some input article
mentions or was published on: no system choosing among those days can have a higher
date F1 (each outputs T dates).

``--tune`` picks (``topical_power``, ``published_weight``) by held-out cross-validation:
chosen on one topic (all languages), reported on the other, then chosen on two languages
(both topics), reported on the third; every held-out folder is printed, then per
language pooled over its folders (means of the held-out figures), and how far apart the
grid's settings lie on each folder.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import pickle
import re
import statistics
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from _tls_metrics import agreement, align_m1, date_aligned, date_f1, span, within
from storylens import Pipeline, load_settings
from storylens.claims import extract_claims
from storylens.clean import clean_document
from storylens.dated_sentences import PUBLISHED_WEIGHT, TOPICAL_POWER, dated_sentences
from storylens.errors import StorylensError
from storylens.records import Article, Claim, Evidence, RawDocument, Value, to_dict
from storylens.sentences import segment_article
from storylens.timeline import DayScorer, build_timeline

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "cl-tls"
_TOKEN = re.compile(r"\w+")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def reference(path: Path) -> dict[str, list[str]]:
    """Reference timeline: date line, then its summary lines, blocks split by dashes."""
    out: dict[str, list[str]] = {}
    date = None
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if _DATE.match(line):
            date = line
        elif line and not line.startswith("---") and date:
            out.setdefault(date, []).append(line)
    return out


Pooled = dict[str, list[str]]


@dataclass(frozen=True)
class Folder:
    """One (language, topic): its articles and claims, the reference and the budget."""

    lang: str
    topic: str
    articles: dict[str, Article]
    claims: list[Claim]
    ref: dict[str, list[str]]
    headlines: dict[str, list[str]]
    # The days a system may output (the reference's span), None for any day.
    window: tuple[str, str] | None = None

    @property
    def dates(self) -> int:
        return len(self.ref)

    @property
    def sentences(self) -> int:
        return max(1, round(statistics.mean(len(v) for v in self.ref.values())))

    @property
    def tokens(self) -> int:
        return round(statistics.mean(len(_TOKEN.findall(" ".join(v)))
                                     for v in self.ref.values()))


def load(data: Path, lang: str, topic: str, limit: int | None, cache: Path,
         whole: bool = False) -> Folder:
    """A folder's articles and claims (cached), its reference and its headlines; unless
    ``whole``, only what was published within the reference's span."""
    ref = reference(data / lang / "reference" / f"{topic}.txt")
    window = None if whole else span(ref)
    folder = data / lang / topic
    paths = [p for p in _spread(sorted(folder.glob("*/*.txt")), limit)
             if _kept(p.parent.name, window)]
    target = cache / f"{lang}-{topic}-{limit or 'all'}.pickle"
    if target.exists():
        articles, claims = pickle.loads(target.read_bytes())
    else:
        articles, claims = read_articles(_spread(sorted(folder.glob("*/*.txt")), limit), lang)
        target.write_bytes(pickle.dumps((articles, claims)))
    if window is not None:
        articles = {i: a for i, a in articles.items() if _kept((a.published or "")[:10], window)}
        claims = [c for c in claims if all(e.article_id in articles for e in c.sources)]
    headlines: dict[str, list[str]] = {}
    for path in paths:
        lines = [x.strip() for x in path.read_text(encoding="utf-8", errors="replace")
                 .splitlines() if x.strip()]
        if lines:
            headlines.setdefault(path.parent.name, []).append(lines[0])
    return Folder(lang, topic, articles, claims, ref, headlines, window)


def crosslingual(folders: list[Folder]) -> list[Folder]:
    """Each folder with the articles, claims and headlines of its topic in every language
    (its own language's headlines first), within its own reference's span."""
    out = []
    for f in folders:
        same = [g for g in folders if g.topic == f.topic]
        articles = {i: a for g in same for i, a in g.articles.items()
                    if _kept((a.published or "")[:10], f.window)}
        claims = [c for g in same for c in g.claims
                  if all(e.article_id in articles for e in c.sources)]
        headlines: dict[str, list[str]] = {}
        for g in sorted(same, key=lambda g: g.lang != f.lang):
            for day, lines in g.headlines.items():
                if _kept(day, f.window):
                    headlines.setdefault(day, []).extend(lines)
        out.append(dataclasses.replace(f, articles=articles, claims=claims,
                                       headlines=headlines))
    return out


def _kept(day: str, window: tuple[str, str] | None) -> bool:
    return window is None or within(day, window)


def read_articles(paths: list[Path], lang: str) -> tuple[dict[str, Article], list[Claim]]:
    """Every article cleaned, segmented and its claims extracted, as the pipeline does."""
    settings = load_settings()
    articles: dict[str, Article] = {}
    claims: list[Claim] = []
    for path in paths:
        raw = RawDocument(source=path.name, format="text",
                          content=path.read_text(encoding="utf-8", errors="replace"),
                          published=path.parent.name, language_hint=lang)
        try:
            article = segment_article(clean_document(raw, settings))
        except StorylensError:  # too short or empty after cleaning: the pipeline skips it too
            continue
        article.language = lang
        articles[article.id] = article
        claims += extract_claims(article)
    return articles, claims


def claims_only(folder: Path, lang: str) -> tuple[list[Claim], dict[str, Article]]:
    """Every article of ``folder`` cleaned and its claims extracted, no clustering, entities
    or reconciling (one pooled story); kept for benchmarks/brief_grounding.py."""
    articles, claims = read_articles(sorted(folder.glob("*/*.txt")), lang)
    return claims, articles


def analysed(folder: Path, lang: str, cache: Path, limit: int | None = None) -> dict[str, Any]:
    """The full pipeline's report on one folder (cached as ``{lang}-{topic}.report.json``,
    which benchmarks/brief_grounding.py and benchmarks/actor_graph.py read)."""
    suffix = f"-{limit}" if limit else ""
    target = cache / f"{lang}-{folder.name}{suffix}.report.json"
    if target.exists():
        return dict(json.loads(target.read_text(encoding="utf-8")))
    jsonl = cache / f"{lang}-{folder.name}{suffix}.jsonl"
    with jsonl.open("w", encoding="utf-8") as out:
        for path in _spread(sorted(folder.glob("*/*.txt")), limit):
            out.write(json.dumps({"text": path.read_text(encoding="utf-8", errors="replace"),
                                  "published": path.parent.name, "language": lang}) + "\n")
    settings = dataclasses.replace(load_settings(), output_language=lang)
    report = to_dict(Pipeline(settings).run([jsonl]))
    target.write_text(json.dumps(report), encoding="utf-8")
    return dict(report)


def claim_from_dict(data: dict[str, Any]) -> Claim:
    """A report claim back as a record (value and evidence included)."""
    value = Value(**data["value"]) if data.get("value") else None
    sources = [Evidence(**s) for s in data["sources"]]
    keep = {k: data[k] for k in ("id", "kind", "statement", "predicate", "subject", "object",
                                 "when", "status", "independent_sources", "conflicts_with")}
    return Claim(**keep, value=value, sources=sources)


def _spread(paths: list[Path], limit: int | None) -> list[Path]:
    """``limit`` of ``paths`` spread evenly over them (all when no limit)."""
    if not limit or len(paths) <= limit:
        return paths
    step = len(paths) / limit
    return [paths[int(i * step)] for i in range(limit)]


def system(folder: Folder, published_weight: float = PUBLISHED_WEIGHT,
           topical_power: float = TOPICAL_POWER,
           date_model: DayScorer | Literal["shipped"] | None = None) -> Pooled:
    """Date -> word tokens of storylens' timeline under the folder's budget (days by
    counted mentions unless a ``date_model`` is given). Every output date is kept, a
    partial one too: it counts against precision like any other."""
    entries = build_timeline(folder.claims, folder.articles, folder.lang,
                             article_ids=list(folder.articles), max_dates=folder.dates,
                             per_date=folder.sentences, published_weight=published_weight,
                             topical_power=topical_power, date_model=date_model,
                             between=folder.window)
    out: Pooled = {}
    for entry in entries:
        out.setdefault(entry.when, []).extend(_TOKEN.findall(entry.what.casefold()))
    return {d: words[:folder.tokens] for d, words in out.items()}


def baseline(folder: Folder) -> Pooled:
    """The T days with most articles published, k headlines each, cut to the budget."""
    days = sorted(folder.headlines, key=lambda d: (-len(folder.headlines[d]), d))
    out: Pooled = {}
    for day in days[:folder.dates]:
        words = [w for h in folder.headlines[day][:folder.sentences]
                 for w in _TOKEN.findall(h.casefold())]
        out[day] = words[:folder.tokens]
    return out


def _ref_words(ref: dict[str, list[str]]) -> Pooled:
    return {d: _TOKEN.findall(" ".join(lines).casefold()) for d, lines in ref.items()}


def scores(timeline: Pooled, ref: dict[str, list[str]]) -> tuple[float, float]:
    """(date F1, date-aligned ROUGE-1 F1 averaged over the reference dates)."""
    return date_f1(timeline, ref), date_aligned(timeline, _ref_words(ref))


def rouge_readings(timeline: Pooled, ref: dict[str, list[str]]) -> tuple[float, float]:
    """tilse's agreement and align+ m:1 ROUGE-1 F1."""
    words = _ref_words(ref)
    return agreement(timeline, words), align_m1(timeline, words)


def reachable(folder: Folder) -> float:
    """Share of reference dates that any system choosing among the days the input
    articles mention or were published on could hit: the ceiling of date F1 here."""
    days = {s.when for s in dated_sentences(folder.articles.values())} | set(folder.headlines)
    return len(days & set(folder.ref)) / max(1, len(folder.ref))


WEIGHTS = (0.0, 0.25, 0.5, 1.0, 2.0)
POWERS = (0.0, 0.5, 1.0)
Setting = tuple[float, float]  # (topical_power, published_weight)


def tune(folders: list[Folder], powers: tuple[float, ...] = POWERS) -> None:
    """Held-out CV of (``topical_power``, ``published_weight``), picked by the sum of date
    F1 and ROUGE-1 on the training folders and reported on the held-out ones: first
    holding out a topic (chosen on the other topic's three languages), then a language
    (chosen on the other two languages' folders of both topics); each time the held-out
    figures pooled per language (mean over its held-out folders)."""
    grid: list[Setting] = [(p, w) for p in powers for w in WEIGHTS]
    table = {(f.lang, f.topic, s): scores(system(f, s[1], s[0]), f.ref)
             for f in folders for s in grid}
    base = {(f.lang, f.topic): scores(baseline(f), f.ref) for f in folders}
    for f in folders:  # how far apart the settings are, against one day more or less
        got = [table[(f.lang, f.topic, s)][0] for s in grid]
        print(f"grid {f.lang}/{f.topic}: date F1 {min(got):.3f} to {max(got):.3f} over "
              f"{len(grid)} settings; one day is {1 / f.dates:.3f}")
    for by in ("topic", "lang"):
        held_out: dict[tuple[str, str], tuple[float, float]] = {}
        groups = sorted({getattr(f, by) for f in folders})
        for held in groups:
            train = [f for f in folders if getattr(f, by) != held]
            best = max(grid, key=lambda s: (sum(sum(table[(f.lang, f.topic, s)])
                                                for f in train),
                                            -s[0], -abs(s[1] - PUBLISHED_WEIGHT)))
            for f in (f for f in folders if getattr(f, by) == held):
                d, r = held_out[(f.lang, f.topic)] = table[(f.lang, f.topic, best)]
                bd, br = base[(f.lang, f.topic)]
                print(f"{by}-held-out {f.lang}/{f.topic}: topical_power={best[0]} "
                      f"published_weight={best[1]} (chosen on "
                      f"{'+'.join(g for g in groups if g != held)}) date F1 {d:.3f} "
                      f"ROUGE-1 {r:.3f}; baseline {bd:.3f} / {br:.3f}; ratio "
                      f"{d / bd if bd else float('inf'):.2f} / "
                      f"{r / br if br else float('inf'):.2f}")
        for lang in sorted({f.lang for f in folders}):
            mine = [held_out[(f.lang, f.topic)] for f in folders if f.lang == lang]
            theirs = [base[(f.lang, f.topic)] for f in folders if f.lang == lang]
            d, r = (statistics.mean(x[i] for x in mine) for i in (0, 1))
            bd, br = (statistics.mean(x[i] for x in theirs) for i in (0, 1))
            print(f"pooled {lang} ({by}-held-out, mean of {len(mine)} folders): date F1 "
                  f"{d:.3f} ROUGE-1 {r:.3f}; baseline {bd:.3f} / {br:.3f}; ratio "
                  f"{d / bd:.2f} / {r / br:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--langs", default="es,fr,it")
    parser.add_argument("--topics", default="egypt,syria")
    parser.add_argument("--limit", type=int, default=None, help="articles per folder")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/storylens-cltls"))
    parser.add_argument("--tune", action="store_true", help="topic-held-out CV of the weight")
    parser.add_argument("--whole-collection", action="store_true",
                        help="every article and day, not the reference's span")
    parser.add_argument("--powers", default=",".join(map(str, POWERS)),
                        help="topical powers --tune tries")
    parser.add_argument("--crosslingual", action="store_true",
                        help="input: the topic's articles in every language")
    args = parser.parse_args()
    args.cache.mkdir(parents=True, exist_ok=True)
    folders = [load(args.data, lang, topic, args.limit, args.cache, args.whole_collection)
               for lang in args.langs.split(",") for topic in args.topics.split(",")]
    if args.crosslingual:
        folders = crosslingual(folders)
    print(f"{'lang/topic':12} {'art':>4} {'T':>3} {'k':>2} {'L':>3} "
          f"{'storylens F1 / R1 / agr / AR1':>30} {'baseline F1 / R1 / agr / AR1':>30} "
          f"{'ratio F1 / R1':>14} {'ceiling':>7}")
    for f in folders:
        mine, theirs = system(f), baseline(f)
        ours, base = scores(mine, f.ref), scores(theirs, f.ref)
        ratio = [o / b if b else float("inf") for o, b in zip(ours, base, strict=True)]
        more, base_more = rouge_readings(mine, f.ref), rouge_readings(theirs, f.ref)
        print(f"{f.lang + '/' + f.topic:12} {len(f.articles):>4} {f.dates:>3} "
              f"{f.sentences:>2} {f.tokens:>3} {ours[0]:>6.3f} / {ours[1]:.3f} / "
              f"{more[0]:.3f} / {more[1]:.3f} {base[0]:>6.3f} / {base[1]:.3f} / "
              f"{base_more[0]:.3f} / {base_more[1]:.3f} {ratio[0]:>6.2f} / {ratio[1]:.2f} "
              f"{reachable(f):>7.3f}", flush=True)
    if args.tune:
        tune(folders, tuple(float(p) for p in args.powers.split(",")))


if __name__ == "__main__":
    main()
