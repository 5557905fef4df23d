"""The entity-resolution benchmark's data: a fixed sample of shared articles, analysed once.

Groups (each one "story" for the resolver): CL-TLS es/fr/it x egypt/syria (every k-th
file by path, ARTICLES_PER_GROUP of them), the first BASIL triplets (the three outlets of
one event) and the first Giveme5W1H event clusters. Articles are cleaned, segmented,
language-detected and run through the configured NER exactly as the pipeline does; the
result is cached as a pickle (outside the project) keyed by the sample and the code.
"""

from __future__ import annotations

import hashlib
import json
import pickle
from collections.abc import Callable
from pathlib import Path

from storylens import load_settings
from storylens.clean import clean_document
from storylens.entities import extract_mentions_batch
from storylens.language import detect_article_language
from storylens.records import Article, RawDocument
from storylens.resources import Resources
from storylens.sentences import segment_article

# Ten articles per CL-TLS group: a story's worth of coverage, small enough to label by hand.
ARTICLES_PER_GROUP = 10
# Five BASIL events (15 articles, three outlets each) and three Giveme5W1H events.
BASIL_EVENTS = 5
G5W1H_EVENTS = 3
# Up to six articles of one Giveme5W1H event.
G5W1H_ARTICLES = 6
# Eight articles per CL-TLS story in the third sample (labelled in one session).
THIRD_ARTICLES = 8
# A file over this size is a whole site's archive in one page (one it/egypt file is
# 0.6 MB, 8,666 mentions): not a story's article, and too long to label by hand.
THIRD_MAX_BYTES = 100_000
# The fourth sample: eight articles per es/it CL-TLS story, four per fr story.
FOURTH_ARTICLES = 8
FOURTH_FR = 4
# The fifth sample: French and Italian only, six articles per CL-TLS story.
FIFTH_ARTICLES = 6

Groups = dict[str, list[RawDocument]]


def surface_id(surface: str) -> str:
    """The label key of a surface form: a hash, so the labels file holds no text."""
    return hashlib.sha1(surface.strip().encode("utf-8")).hexdigest()[:12]


def _every_kth(paths: list[Path], n: int) -> list[Path]:
    step = max(1, len(paths) // n)
    return paths[::step][:n]


def sample_groups(data: Path) -> Groups:
    """The benchmark's articles as raw documents, grouped into stories."""
    groups: Groups = {}
    for lang in ("es", "fr", "it"):
        for topic in ("egypt", "syria"):
            paths = sorted((data / "cl-tls" / lang / topic).glob("*/*.txt"))
            groups[f"cltls-{lang}-{topic}"] = [
                RawDocument(str(p), "text", p.read_text("utf-8", errors="replace"),
                            published=p.parent.name, language_hint=lang)
                for p in _every_kth(paths, ARTICLES_PER_GROUP)
            ]
    triplets: dict[str, list[Path]] = {}
    for path in sorted((data / "basil" / "articles").glob("*/*.json")):
        triplets.setdefault(path.name.rsplit("_", 1)[0], []).append(path)
    for n, (_, paths) in enumerate(sorted(triplets.items())[:BASIL_EVENTS]):
        groups[f"basil-{n}"] = [_basil(p) for p in paths]
    events: dict[str, list[Path]] = {}
    for path in sorted((data / "giveme5w1h" / "news_cluster" / "data").glob("*.json")):
        event = json.loads(path.read_text("utf-8"))["newsCluster"]["EventId"]
        events.setdefault(str(event), []).append(path)
    for n, (_, paths) in enumerate(sorted(events.items())[:G5W1H_EVENTS]):
        groups[f"g5w1h-{n}"] = [_g5w1h(p) for p in paths[:G5W1H_ARTICLES]]
    return groups


def fresh_groups(data: Path) -> Groups:
    """A second sample, disjoint from :func:`sample_groups`, labelled for people only
    (2026-12-02) before the resolver of that day was run on it: CL-TLS every k-th file
    from k/2 on, BASIL events 5-7, Giveme5W1H events 3-4. Group names end in "-new"."""
    groups: Groups = {}
    for lang in ("es", "fr", "it"):
        for topic in ("egypt", "syria"):
            paths = sorted((data / "cl-tls" / lang / topic).glob("*/*.txt"))
            step = max(1, len(paths) // ARTICLES_PER_GROUP)
            groups[f"cltls-{lang}-{topic}-new"] = [
                RawDocument(str(p), "text", p.read_text("utf-8", errors="replace"),
                            published=p.parent.name, language_hint=lang)
                for p in paths[step // 2::step][:ARTICLES_PER_GROUP]
            ]
    triplets: dict[str, list[Path]] = {}
    for path in sorted((data / "basil" / "articles").glob("*/*.json")):
        triplets.setdefault(path.name.rsplit("_", 1)[0], []).append(path)
    for n, (_, paths) in enumerate(sorted(triplets.items())[BASIL_EVENTS:BASIL_EVENTS + 3]):
        groups[f"basil-{BASIL_EVENTS + n}-new"] = [_basil(p) for p in paths]
    events: dict[str, list[Path]] = {}
    for path in sorted((data / "giveme5w1h" / "news_cluster" / "data").glob("*.json")):
        event = json.loads(path.read_text("utf-8"))["newsCluster"]["EventId"]
        events.setdefault(str(event), []).append(path)
    for n, (_, paths) in enumerate(sorted(events.items())[G5W1H_EVENTS:G5W1H_EVENTS + 2]):
        groups[f"g5w1h-{G5W1H_EVENTS + n}-new"] = [_g5w1h(p) for p in paths[:G5W1H_ARTICLES]]
    return groups


def cltls_picked(data: Path, lang: str, topic: str, start: Callable[[int], int], count: int,
                 exclude: frozenset[str]) -> list[RawDocument]:
    """``count`` CL-TLS files of one language and topic, every k-th by path (k = files /
    ARTICLES_PER_GROUP) from ``start(k)`` on, none in ``exclude`` and none over
    THIRD_MAX_BYTES: how the third and later samples pick a story's articles."""
    paths = sorted((data / "cl-tls" / lang / topic).glob("*/*.txt"))
    step = max(1, len(paths) // ARTICLES_PER_GROUP)
    picked = [p for p in paths[start(step)::step] if str(p) not in exclude
              and p.stat().st_size <= THIRD_MAX_BYTES]
    return [RawDocument(str(p), "text", p.read_text("utf-8", errors="replace"),
                        published=p.parent.name, language_hint=lang)
            for p in picked[:count]]


def third_groups(data: Path, exclude: frozenset[str] = frozenset()) -> Groups:
    """A third sample, labelled for people only (2026-12-02, session 4) before that
    session's code changed: CL-TLS every k-th file from k/4 on (THIRD_ARTICLES per story,
    none of ``exclude``: the other samples' paths; no file over THIRD_MAX_BYTES), BASIL
    events 8-10, Giveme5W1H events 5-6. Group names end in "-third"."""
    groups: Groups = {}
    for lang in ("es", "fr", "it"):
        for topic in ("egypt", "syria"):
            groups[f"cltls-{lang}-{topic}-third"] = cltls_picked(
                data, lang, topic, lambda k: k // 4, THIRD_ARTICLES, exclude)
    triplets: dict[str, list[Path]] = {}
    for path in sorted((data / "basil" / "articles").glob("*/*.json")):
        triplets.setdefault(path.name.rsplit("_", 1)[0], []).append(path)
    first = BASIL_EVENTS + 3
    for n, (_, paths) in enumerate(sorted(triplets.items())[first:first + 3]):
        groups[f"basil-{first + n}-third"] = [_basil(p) for p in paths]
    events: dict[str, list[Path]] = {}
    for path in sorted((data / "giveme5w1h" / "news_cluster" / "data").glob("*.json")):
        event = json.loads(path.read_text("utf-8"))["newsCluster"]["EventId"]
        events.setdefault(str(event), []).append(path)
    first = G5W1H_EVENTS + 2
    for n, (_, paths) in enumerate(sorted(events.items())[first:first + 2]):
        groups[f"g5w1h-{first + n}-third"] = [_g5w1h(p) for p in paths[:G5W1H_ARTICLES]]
    return groups


def fourth_groups(data: Path, exclude: frozenset[str] = frozenset()) -> Groups:
    """A fourth sample, labelled for people only (2026-12-02, session 5) before that
    session's code changed, weighted to Spanish and Italian: CL-TLS every k-th file from
    3k/4 on (FOURTH_ARTICLES per es/it story, FOURTH_FR per fr story; none of ``exclude``:
    every earlier sample's paths, :func:`used_paths` with ``through_third``; no file over
    THIRD_MAX_BYTES), BASIL events 11-12, Giveme5W1H event 7. Names end in "-fourth"."""
    groups: Groups = {}
    for lang in ("es", "fr", "it"):
        for topic in ("egypt", "syria"):
            groups[f"cltls-{lang}-{topic}-fourth"] = cltls_picked(
                data, lang, topic, lambda k: 3 * k // 4,
                FOURTH_FR if lang == "fr" else FOURTH_ARTICLES, exclude)
    triplets: dict[str, list[Path]] = {}
    for path in sorted((data / "basil" / "articles").glob("*/*.json")):
        triplets.setdefault(path.name.rsplit("_", 1)[0], []).append(path)
    first = BASIL_EVENTS + 6
    for n, (_, paths) in enumerate(sorted(triplets.items())[first:first + 2]):
        groups[f"basil-{first + n}-fourth"] = [_basil(p) for p in paths]
    events: dict[str, list[Path]] = {}
    for path in sorted((data / "giveme5w1h" / "news_cluster" / "data").glob("*.json")):
        event = json.loads(path.read_text("utf-8"))["newsCluster"]["EventId"]
        events.setdefault(str(event), []).append(path)
    first = G5W1H_EVENTS + 4
    for n, (_, paths) in enumerate(sorted(events.items())[first:first + 1]):
        groups[f"g5w1h-{first + n}-fourth"] = [_g5w1h(p) for p in paths[:G5W1H_ARTICLES]]
    return groups


def fifth_groups(data: Path, exclude: frozenset[str] = frozenset()) -> Groups:
    """A fifth sample, French and Italian only, labelled for people only (2026-12-02,
    session 5b) before that session's code changed: CL-TLS fr/it every k-th file from
    3k/8 on (FIFTH_ARTICLES per story; none of ``exclude``: every earlier sample's paths,
    :func:`used_paths` with ``through_fourth``; no file over THIRD_MAX_BYTES). Names end
    in "-fifth"."""
    return {f"cltls-{lang}-{topic}-fifth": cltls_picked(
                data, lang, topic, lambda k: 3 * k // 8, FIFTH_ARTICLES, exclude)
            for lang in ("fr", "it") for topic in ("egypt", "syria")}


def used_paths(data: Path, through_third: bool = False,
               through_fourth: bool = False) -> frozenset[str]:
    """Every article path of the first two samples and of the cross-language set (the
    third sample's exclusion); ``through_third`` adds the third sample and the second
    cross-language set (the fourth sample's exclusion); ``through_fourth`` adds those,
    the fourth sample and the third cross-language set (the fifth sample's exclusion)."""
    from _entities_xl_data import (
        crosslingual_groups,
        fresh_crosslingual_groups,
        third_crosslingual_groups,
    )

    used: set[str] = set()
    for sampler in (sample_groups, fresh_groups, crosslingual_groups):
        used.update(r.source for raws in sampler(data).values() for r in raws)
    if through_third or through_fourth:
        for groups in (third_groups(data, frozenset(used)), fresh_crosslingual_groups(data)):
            used.update(r.source for raws in groups.values() for r in raws)
    if through_fourth:
        for groups in (fourth_groups(data, frozenset(used)), third_crosslingual_groups(data)):
            used.update(r.source for raws in groups.values() for r in raws)
    return frozenset(used)


def _basil(path: Path) -> RawDocument:
    d = json.loads(path.read_text("utf-8"))
    paras = d["body-paragraphs"]
    paras = json.loads(paras) if isinstance(paras, str) and paras.startswith("[\"") else paras
    if isinstance(paras, str):
        import ast

        paras = ast.literal_eval(paras)
    body = "\n\n".join(" ".join(p) if isinstance(p, list) else str(p) for p in paras)
    return RawDocument(str(path), "text", body, title=d.get("title"), outlet=d.get("source"),
                       published=d.get("date"), language_hint="en")


def _g5w1h(path: Path) -> RawDocument:
    d = json.loads(path.read_text("utf-8"))
    authors = d.get("authors") or []
    return RawDocument(str(path), "text", d.get("text") or "", title=d.get("title"),
                       outlet=d.get("source_domain"), language_hint="en",
                       author=", ".join(authors) if isinstance(authors, list) else None)


def analysed_groups(data: Path, cache: Path, ner: dict[str, str] | None = None,
                    fresh: bool = False,
                    sampler: Callable[[Path], Groups] | None = None,
                    ) -> dict[str, list[Article]]:
    """Cleaned articles with NER mentions per group (``ner`` overrides backends per
    language, e.g. ``{"es": "spacy:es_core_news_sm"}``); cached in ``cache``. ``fresh``:
    the second, people-only sample (:func:`fresh_groups`); ``sampler`` picks the raw
    documents otherwise (:func:`sample_groups` by default)."""
    if sampler is None:
        sampler = fresh_groups if fresh else sample_groups
    groups = sampler(data)
    digest = hashlib.sha1(json.dumps(
        [{g: [r.source for r in raws] for g, raws in groups.items()}, ner or {}]
    ).encode()).hexdigest()[:10]
    path = cache / f"entities-{digest}.pkl"
    if path.exists():
        cached: dict[str, list[Article]] = pickle.loads(path.read_bytes())
        return cached
    settings = load_settings(environ={})
    if ner:
        settings = settings.replace(ner={**settings.ner, **ner})
    resources = Resources(settings)
    out: dict[str, list[Article]] = {}
    for group, raws in groups.items():
        articles = []
        for raw in raws:
            try:
                article = clean_document(raw, settings)
            except Exception:  # a page the cleaner rejects is simply not in the sample
                continue
            segment_article(article)
            detect_article_language(article, resources.language_id, raw.language_hint)
            articles.append(article)
        by_lang: dict[str | None, list[Article]] = {}
        for article in articles:
            by_lang.setdefault(article.language, []).append(article)
        for lang, members in by_lang.items():
            ner = resources.ner_for(lang)
            if ner is not None:
                extract_mentions_batch(members, ner)
        out[group] = articles
    cache.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(out))
    return out
