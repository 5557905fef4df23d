"""The process engine (storylens/engine.py): same records as in-process, problems kept.

One helper process is started (spawned: it loads its own models, tens of seconds on a
busy machine), so the checks share one engine.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path
from typing import Any

import pytest

from storylens import Pipeline, load_settings
from storylens.engine import ArticleEngine, in_run_order, process_count
from storylens.records import Article, Problem

# Short news items written for these tests (en, fr, es, it).
TEXTS = (
    "The harbour authority closed the northern pier on Monday after a crane collapsed, "
    "the port director Maria Lopes said. Two workers were injured and taken to hospital.",
    "Le conseil municipal de Rennes a voté mardi un budget de 12 millions d'euros pour "
    "rénover trois écoles, a annoncé la maire. Les travaux commenceront en juillet.",
    "El gobierno regional de Aragón aprobó el jueves un plan para reparar 40 puentes "
    "dañados por las lluvias, según dijo la consejera de Obras Públicas.",
    "Il sindaco di Trento ha inaugurato sabato una nuova linea di autobus elettrici che "
    "collega la stazione all'ospedale, con corse ogni dieci minuti.",
    "Firefighters in the valley contained a forest fire on Sunday after it burned 300 "
    "hectares, the regional fire service said. Nobody was hurt, officials added.",
    "La police de Lyon a arrêté jeudi deux hommes soupçonnés d'avoir volé des vélos dans "
    "une gare, selon le parquet. Une enquête a été ouverte.",
)


class BrokenArticle(Article):
    """An article whose claims cannot be stored: the claims stage fails on it alone."""

    __slots__ = ()

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "claims" and value:
            raise RuntimeError("claims store bug")
        super().__setattr__(name, value)


def articles(broken: int | None = None) -> list[Article]:
    made = []
    for index, text in enumerate(TEXTS):
        kind = BrokenArticle if index == broken else Article
        made.append(kind(Article.make_id(text), f"item{index}.txt", text))
    return made


@pytest.fixture(scope="module")
def spread() -> Iterator[Pipeline]:
    """A pipeline with one helper process and one article per chunk."""
    pipeline = Pipeline(load_settings(environ={}, overrides={"workers": 2}))
    pipeline.engine.chunk_articles = 1
    assert pipeline.engine.start() == 1
    yield pipeline
    pipeline.engine.close()


def comparable(items: list[Article]) -> list[dict[str, Any]]:
    out = []
    for article in items:
        data = {f.name: getattr(article, f.name) for f in dataclasses.fields(Article)}
        data["embedding"] = data["embedding"].tolist()
        data["lead_embedding"] = data["lead_embedding"].tolist()
        out.append(data)
    return out


def test_spread_run_gives_the_records_of_the_in_process_run(
    spread: Pipeline, pipeline: Any
) -> None:
    here, there = articles(), articles()
    problems_here: list[Problem] = []
    problems_there: list[Problem] = []
    pipeline.analyse_articles(here, problems_here)
    spread.analyse_articles(there, problems_there)
    assert spread.stats.helper_cpu_seconds > 0  # some chunks did go to the helper
    assert comparable(there) == comparable(here)
    assert problems_there == problems_here
    assert any(a.claims for a in there) and all(a.language != "und" for a in there)


def test_a_broken_article_is_one_problem_line_in_the_spread_run(spread: Pipeline) -> None:
    batch = articles(broken=4)
    problems: list[Problem] = []
    spread.analyse_articles(batch, problems)
    failed = [p for p in problems if p.stage == "claims"]
    assert len(failed) == 1 and "claims store bug" in failed[0].message
    assert failed[0].source == "item4.txt"
    # The rest of the batch, and the later stages of the broken article itself.
    assert batch[0].claims and batch[4].language == "en" and batch[4].embedding is not None


def test_spread_clean_keeps_input_order_and_skips(spread: Pipeline, tmp_path: Path) -> None:
    for index, text in enumerate(TEXTS):
        (tmp_path / f"{index}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "9_empty.txt").write_text("   \n\n  ", encoding="utf-8")
    problems: list[Problem] = []
    got = spread.read_articles([tmp_path], problems)
    assert [Path(a.source).name for a in got] == [f"{i}.txt" for i in range(len(TEXTS))]
    assert [Path(p.source).name for p in problems if p.stage in {"clean", "ingest"}] \
        == ["9_empty.txt"]


def _die(chunk: list[int]) -> list[int]:
    os._exit(3)


def test_a_helper_that_dies_has_its_chunks_redone_here() -> None:
    engine = ArticleEngine(Pipeline(load_settings(environ={}, overrides={"workers": 2})))
    engine._helpers = 1
    with ProcessPoolExecutor(1, mp_context=get_context("spawn")) as pool:
        out = engine._spread([[1], [2], [3], [4]], lambda c: [x * 10 for x in c], _die, pool)
    assert out == [[10], [20], [30], [40]]


def test_problems_are_put_in_the_in_process_order() -> None:
    batch = articles()
    found = [Problem("s", "claims", "late", batch[0].id), Problem("s", "audit", "x", batch[0].id),
             Problem("s", "language", "early", batch[3].id),
             Problem("s", "claims", "first", batch[1].id)]
    ordered = in_run_order(found, batch)
    assert [p.message for p in ordered] == ["early", "late", "first", "x"]


def test_auto_mode_spreads_only_large_runs() -> None:
    settings = load_settings(environ={})
    assert settings.workers == 1  # the library's default: one process
    settings = settings.replace(workers=0)  # auto, as `storylens analyze` runs
    assert process_count(settings, 10) == 1
    assert process_count(settings.replace(workers=1), 10_000) == 1
    assert process_count(settings.replace(workers=3), 1) == 3


def test_helpers_that_cannot_load_their_models_leave_the_run_in_process() -> None:
    settings = load_settings(environ={}, overrides={"workers": 2, "embedder": "no-such-model"})
    engine = Pipeline(settings).engine
    assert engine.start() == 0
    assert engine._ready_pool(10_000) is None
