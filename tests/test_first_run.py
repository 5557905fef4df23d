"""A newcomer's first ``storylens analyze``, run in-process on undated text files.

One run (module fixture) with ``--db`` elsewhere and a sidecar on one file; the tests read
its output, report and store. Models load for real, so the load messages are real too.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from storylens import Pipeline
from storylens.cli import app
from storylens.pipeline import STAGES

CRANE = """Harbour crane collapse halts work at Port Elden

Port Elden suspended all loading on Monday after a crane collapsed onto the north quay, the \
harbour authority said. Two workers were injured and 40 ships were delayed. The director, \
Mara Quint, said yesterday that inspectors would examine every crane before work resumes.
"""
BRIDGE = """Bridge repairs delayed in Kestrel Falls

The council of Kestrel Falls said on Tuesday that repairs to the old river bridge will be \
delayed by three weeks. Mayor Tomas Reyl said the contractor had run out of steel. Traffic \
has been diverted since Sunday.
"""
LIBRARY = """New library opens in Wrenford

The town of Wrenford opened its new public library, which holds 120,000 books and a \
children's wing. The building was designed by Ilse Varn and cost 14 million euros, the town \
hall said in a statement.
"""


class FirstRun:
    """What one CLI run left: its output, report and store, and the pipeline it used."""

    def __init__(self, root: Path, code: int, output: str) -> None:
        self.root, self.code, self.output = root, code, output
        self.lines = output.splitlines()
        self.db = root / "elsewhere" / "seeds.db"
        self.report: dict[str, Any] = json.loads(
            (root / "out" / "report.json").read_text(encoding="utf-8"))
        self.pipelines: list[Pipeline] = []

    def article(self, name: str) -> dict[str, Any]:
        return next(a for a in self.report["articles"] if a["source"].endswith(name))


def _corpus(root: Path) -> None:
    folder = root / "in"
    folder.mkdir()
    (folder / "crane.txt").write_text(CRANE, encoding="utf-8")
    (folder / "crane.json").write_text(json.dumps({
        "published": "2024-11-27", "outlet": "Elden Gazette",
        "url": "https://gazette.example/crane"}), encoding="utf-8")
    (folder / "bridge.txt").write_text(BRIDGE, encoding="utf-8")
    (folder / "library.txt").write_text(LIBRARY, encoding="utf-8")
    # Light models: the run must stay quick, but load some for real.
    (root / "cfg.toml").write_text('languages = ["en", "fr"]\n[ner]\n"*" = "capitalized"\n',
                                   encoding="utf-8")
    (root / "elsewhere").mkdir()


@pytest.fixture(scope="module")
def first_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FirstRun]:
    root = tmp_path_factory.mktemp("first")
    _corpus(root)
    made: list[Pipeline] = []

    def record(settings: Any) -> Pipeline:
        made.append(Pipeline(settings, resources=made[0].resources if made else None))
        return made[-1]

    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)
        patch.setattr("storylens.cli.run.Pipeline", record)
        result = CliRunner().invoke(app, ["analyze", "in", "--out", "out", "--db",
                                          str(root / "elsewhere" / "seeds.db"),
                                          "--config", "cfg.toml"])
        assert result.exit_code == 0, result.output
        run = FirstRun(root, result.exit_code, result.output)
        run.pipelines = made
        yield run


def test_progress_is_said_from_the_first_line_as_each_stage_happens(first_run: FirstRun) -> None:
    lines = first_run.lines
    assert lines[0] == "starting storylens: loading its modules…"
    for stage in STAGES:
        ends = [i for i, line in enumerate(lines) if line.startswith(f"{stage}: ")
                and " done in " in line]
        assert len(ends) == 1, f"{stage}: {ends}"
    position = {line.split(":")[0]: i for i, line in enumerate(lines) if " done in " in line}
    assert [s for s in sorted(position, key=position.__getitem__)] == list(STAGES)
    loading = lines.index("loading the language identifier (lingua, 2 languages)…")
    assert position["clean"] < loading < position["language"], "model load said after the fact"
    assert lines.index("language: started (3 to do)") < loading


def test_summary_lines_are_whole_and_say_how_to_open_the_report(first_run: FirstRun) -> None:
    lines = first_run.lines
    assert f"store: {first_run.db}" in lines
    assert any(line.startswith("  run 1: 3 new article(s), 0 already stored, ")
               and line.endswith(" saved") for line in lines), first_run.output
    assert "report: out/report.html (with report.md and report.json)" in lines
    assert any(line.startswith("open it: ") and line.endswith("out/report.html")
               for line in lines)


def test_the_store_given_with_db_is_the_one_recorded_and_no_other_is_made(
    first_run: FirstRun,
) -> None:
    assert first_run.report["generator"]["settings"]["db_path"] == str(first_run.db)
    with sqlite3.connect(first_run.db) as connection:
        (settings,), = connection.execute("SELECT settings FROM runs").fetchall()
    assert json.loads(settings)["db_path"] == str(first_run.db)
    assert not (first_run.root / "storylens.db").exists(), "a store appeared in the cwd"


def test_undated_input_is_said_once_per_run(first_run: FirstRun) -> None:
    undated = [p for p in first_run.report["problems"] if "no publication date" in p["message"]]
    assert len(undated) == 1, first_run.report["problems"]
    assert undated[0]["message"].startswith("2 of 3 article(s) have no publication date")
    assert sum("no publication date" in line for line in first_run.lines) == 1


def test_a_sidecar_dates_its_text_file_and_its_relative_dates_resolve(
    first_run: FirstRun,
) -> None:
    crane = first_run.article("crane.txt")
    assert (crane["published"], crane["outlet"]) == ("2024-11-27", "Elden Gazette")
    whens = {c["when"] for story in first_run.report["stories"] for c in story["claims"]
             if crane["id"] in {s["article_id"] for s in c["sources"]}}
    assert "2024-11-25" in whens, "'on Monday' was not resolved against the sidecar date"


def test_published_dates_only_the_undated_inputs(first_run: FirstRun) -> None:
    root = first_run.root
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)
        patch.setattr("storylens.cli.run.Pipeline",  # the first run's models, already loaded
                      lambda s: Pipeline(s, resources=first_run.pipelines[0].resources))
        result = CliRunner().invoke(app, ["analyze", "in", "--out", "out2", "--db", "two.db",
                                          "--config", "cfg.toml", "--published", "2024-11-26",
                                          "--quiet"])
    assert result.exit_code == 0, result.output
    report = json.loads((root / "out2" / "report.json").read_text(encoding="utf-8"))
    published = {Path(a["source"]).name: a["published"] for a in report["articles"]}
    assert published == {"crane.txt": "2024-11-27", "bridge.txt": "2024-11-26",
                         "library.txt": "2024-11-26"}
    assert not [p for p in report["problems"] if "no publication date" in p["message"]]


def test_a_malformed_published_option_is_one_clear_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(CRANE, encoding="utf-8")
    result = CliRunner().invoke(app, ["analyze", str(tmp_path / "a.txt"), "--out",
                                      str(tmp_path / "o"), "--db", str(tmp_path / "s.db"),
                                      "--published", "27/11/2024", "--quiet"])
    assert result.exit_code == 1
    assert "YYYY-MM-DD" in result.output
    assert not (tmp_path / "o").exists() and not (tmp_path / "s.db").exists()
