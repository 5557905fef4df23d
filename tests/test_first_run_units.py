"""The first ten minutes, piece by piece: progress lines, sidecars, undated input, summary."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rich.console import Console
from rich.progress import Progress, TimeElapsedColumn

from storylens import ConfigError, load_settings
from storylens.cli._progress import BarStages, PlainStages
from storylens.cli._summary import open_command, problem_line, summary_lines
from storylens.ingest import read_inputs
from storylens.records import Article, Problem, RawDocument
from storylens.sentences import segment_article
from storylens.undated import undated_problems

BODY = ("The harbour authority of Port Elden suspended all loading on Monday after a crane "
        "collapsed onto the north quay. Two workers were injured, it said yesterday.\n")


def _plain() -> tuple[PlainStages, io.StringIO]:
    out = io.StringIO()
    return PlainStages(Console(file=out, width=60, force_terminal=False)), out


def test_plain_progress_says_each_stage_start_and_end_once_with_counts() -> None:
    stages, out = _plain()
    stages.stage("clean", 0, 3)
    stages.stage("clean", 2, 3)
    stages.stage("clean", 3, 3)
    stages.stage("clean", 3, 3)  # the pipeline repeats a last step: no second end line
    stages.model("the English NER model (spacy:en)", None)
    stages.model("the English NER model (spacy:en)", 2.5)
    stages.model("a fast model", None)
    stages.model("a fast model", 0.01)  # loaded at once: no "loaded" line
    stages.stage("cluster", 1, 1)  # a stage that only reports its end
    stages.stage("stories", 0, 2)
    stages.close()  # a stage cut short is still closed
    lines = out.getvalue().splitlines()
    assert lines[0] == "clean: started (3 to do)"
    assert lines[1].startswith("clean: 3/3 done in ") and lines[1].endswith(" s")
    assert lines[2:4] == ["loading the English NER model (spacy:en)…",
                          "loaded the English NER model (spacy:en) in 2.5 s"]
    assert lines[4] == "loading a fast model…"
    assert lines[5].startswith("cluster: 1/1 done in ")
    assert lines[6] == "stories: started (2 to do)"
    assert lines[7].startswith("stories: done in ")
    assert len(lines) == 8


def test_plain_progress_lines_come_as_stages_happen_not_at_the_end() -> None:
    stages, out = _plain()
    stages.stage("embed", 0, 10)
    assert out.getvalue() == "embed: started (10 to do)\n"
    stages.stage("embed", 10, 10)
    assert "embed: 10/10 done" in out.getvalue()


def test_bars_clock_a_stage_from_its_start_not_its_first_item() -> None:
    console = Console(file=io.StringIO(), force_terminal=True, width=80)
    with Progress(TimeElapsedColumn(), console=console) as progress:
        bars = BarStages(progress)
        bars.stage("embed", 0, 10)
        time.sleep(0.2)
        task = progress.tasks[bars.tasks["embed"]]
        assert task.completed == 0
        assert task.elapsed is not None and task.elapsed >= 0.15, "the clock sat at 0:00"


def _folder(tmp_path: Path, sidecar: str | None) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "crane.txt").write_text(BODY * 2, encoding="utf-8")
    if sidecar is not None:
        (folder / "crane.json").write_text(sidecar, encoding="utf-8")
    return folder


def _read(folder: Path) -> tuple[list[RawDocument], list[Problem]]:
    items = list(read_inputs([folder], load_settings(environ={})))
    return ([i for i in items if isinstance(i, RawDocument)],
            [i for i in items if isinstance(i, Problem)])


def test_sidecar_gives_a_text_file_its_date_outlet_and_address(tmp_path: Path) -> None:
    meta = {"published": "2024-11-27", "outlet": "Elden Gazette",
            "url": "https://gazette.example/crane"}
    docs, problems = _read(_folder(tmp_path, json.dumps(meta)))
    assert problems == []
    assert len(docs) == 1
    assert (docs[0].published, docs[0].outlet, docs[0].url) == (
        "2024-11-27", "Elden Gazette", "https://gazette.example/crane")


@pytest.mark.parametrize(("sidecar", "why"), [
    ("{not json", "is not valid JSON"),
    ('["2024-11-27"]', "is not a JSON object"),
    ('{"published": 20241127}', "must be a string"),
    ('{"published": "27/11/2024"}', "is not a date"),
])
def test_a_broken_sidecar_is_reported_and_the_article_still_read(
    tmp_path: Path, sidecar: str, why: str
) -> None:
    docs, problems = _read(_folder(tmp_path, sidecar))
    assert len(docs) == 1 and docs[0].published is None, "the article was lost or half-used"
    assert len(problems) == 1 and why in problems[0].message
    assert problems[0].source.endswith("crane.json") and "sidecar ignored" in problems[0].message


def test_a_sidecar_with_an_unknown_field_is_used_and_the_field_named(tmp_path: Path) -> None:
    docs, problems = _read(_folder(tmp_path, '{"publised": "x", "outlet": "Gazette"}'))
    assert docs[0].outlet == "Gazette"
    assert len(problems) == 1 and "'publised'" in problems[0].message


def _article(text: str, published: str | None, source: str) -> Article:
    article = Article(id=Article.make_id(text), source=source, text=text,
                      published=published, language="en")
    return segment_article(article)


def test_undated_articles_losing_relative_dates_make_one_problem_per_run() -> None:
    articles = [_article(BODY, None, "a.txt"), _article(BODY + "More on Tuesday.", None, "b.txt"),
                _article(BODY, "2024-11-27", "c.txt"),
                _article("The library holds 120,000 books and opened to readers.", None, "d.txt")]
    problems = undated_problems(articles)
    assert len(problems) == 1
    message = problems[0].message
    assert message.startswith("3 of 4 article(s) have no publication date")
    assert "in 2 of them were dropped" in message and "--published YYYY-MM-DD" in message
    assert len(message) < 300 and "\n" not in message
    assert undated_problems([articles[2], articles[3]]) == [], "nothing was dropped"


def test_published_must_be_a_day(tmp_path: Path) -> None:
    assert load_settings({"published": "2024-11-25"}, environ={}).published == "2024-11-25"
    for bad in ("25/11/2024", "2024-11", "20241125", "yesterday"):
        with pytest.raises(ConfigError, match="YYYY-MM-DD"):
            load_settings({"published": bad}, environ={})
    with pytest.raises(ConfigError, match="YYYY-MM-DD"):
        load_settings(environ={"STORYLENS_PUBLISHED": "Nov 25"})


def test_summary_lines_are_short_and_end_with_the_command_to_open_the_report() -> None:
    html = Path("out dir/report.html")
    lines = summary_lines(18, 7, 2, 41.25, Path("out dir/storylens.db"),
                          "run 1: 18 new article(s), 0 already stored, 7 story(ies) saved", html)
    assert lines[0] == "done in 41.2 s: 18 article(s) in 7 story(ies), 2 problem(s) (listed above)"
    assert all(len(line) <= 80 for line in lines)
    assert lines[-1] == "open it: xdg-open 'out dir/report.html'" or sys.platform != "linux"
    assert open_command(html, "darwin") == "open 'out dir/report.html'"
    assert open_command(html, "win32") == 'start "" "out dir/report.html"'


def test_problem_lines_escape_input_text_and_do_not_call_notes_skips() -> None:
    skipped = problem_line(Problem("[bold]x.txt", "ingest", "file is empty"))
    assert skipped.startswith("[yellow]skipped[/]") and "\\[bold]x.txt" in skipped
    assert problem_line(Problem("(this run)", "claims", "no date")).startswith("[yellow]note[/]")


def test_the_command_line_starts_without_the_heavy_imports() -> None:
    code = ("import sys, storylens.cli; "
            "print(sorted(m for m in ('storylens.pipeline', 'scipy', 'spacy', 'trafilatura') "
            "if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "[]"
