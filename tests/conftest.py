"""Shared fixtures: the bundled example corpus analysed once per test session."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

EXAMPLE = Path(__file__).resolve().parents[1] / "src" / "storylens" / "data" / "example"
SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


@pytest.fixture(scope="session")
def example_labels() -> dict[str, Any]:
    return json.loads((EXAMPLE / "labels.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def pipeline() -> Any:
    from storylens import Pipeline, load_settings

    return Pipeline(load_settings(environ={}))


@pytest.fixture(scope="session")
def example_report(pipeline: Any) -> Any:
    return pipeline.run([EXAMPLE / "articles"])


@pytest.fixture(scope="session")
def example_data(example_report: Any) -> dict[str, Any]:
    from storylens.report import report_to_dict

    return report_to_dict(example_report)


def label_key(source: str) -> str:
    """The labels.json key of an article source ("dir/15_feed.jsonl#L2" -> "15_feed.jsonl#L2")."""
    return Path(source).name


@pytest.fixture()
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip(f"{SHARED_DATA} is absent (development data lives beside the project)")
    return SHARED_DATA
