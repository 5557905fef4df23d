"""Pipeline error policy and the public API."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import storylens
from storylens import pipeline as pipeline_module
from storylens.records import Article, Claim

TEXT_A = (
    "Flooding in the river valley forced 2,000 people from their homes on Monday, the "
    "regional governor Ana Duarte said, after three days of heavy rain.\n\n"
    "Rescue boats reached villages cut off by the water, and at least 12 people were killed."
)
TEXT_B = (
    "The city council approved a new tram line on Tuesday after a two-year debate, with "
    "construction to start in the spring and the first trams due to run in three years."
)


def test_public_api_is_exported() -> None:
    for name in storylens.__all__:
        assert hasattr(storylens, name), name
    assert callable(storylens.analyze) and callable(storylens.open_store)
    assert issubclass(storylens.StoreError, storylens.StorylensError)


def test_a_stage_failing_on_one_article_is_a_problem_not_a_crash(
    tmp_path: Path, pipeline: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text(TEXT_A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(TEXT_B, encoding="utf-8")
    real = pipeline_module.extract_claims

    def flaky(article: Article) -> list[Claim]:
        if "tram" in article.text:
            raise RuntimeError("extractor bug")
        return real(article)

    monkeypatch.setattr(pipeline_module, "extract_claims", flaky)
    report = pipeline.run([tmp_path])
    assert len(report.articles) == 2
    failed = [p for p in report.problems if p.stage == "claims"]
    assert len(failed) == 1 and "extractor bug" in failed[0].message
    assert failed[0].source.endswith("b.txt")
    flood = next(a for a in report.articles if "Flooding" in a.text)
    assert any(c.value and c.value.type == "killed" for c in flood.claims)


def test_same_text_twice_is_one_article(tmp_path: Path, pipeline: Any) -> None:
    (tmp_path / "a.txt").write_text(TEXT_A, encoding="utf-8")
    (tmp_path / "copy.txt").write_text(TEXT_A + "\n", encoding="utf-8")
    report = pipeline.run([tmp_path])
    assert len(report.articles) == 1
    assert any("kept once" in p.message for p in report.problems)
