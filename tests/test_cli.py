"""The command line, run in-process on real files: reports, store, bad input, exit codes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storylens.cli import app
from storylens.store import open_store

ARTICLES = Path(__file__).resolve().parents[1] / "src/storylens/data/example/articles"


@pytest.fixture()
def mixed_inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("01_daily_courier.txt", "09_global_dispatch.html"):
        shutil.copy(ARTICLES / name, folder / name)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "broken.txt").write_bytes(b"\xff\xfe\xfa" * 40 + b"\x00\x81\x8d" * 40)
    (folder / "slides.pdf").write_bytes(b"%PDF-1.4 not an article")
    return folder


def _run(args: list[str]) -> tuple[int, str]:
    result = CliRunner().invoke(app, args)
    return result.exit_code, result.output


def test_analyze_reports_bad_files_writes_everything_and_is_idempotent(
    mixed_inputs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out, db = tmp_path / "out", tmp_path / "store.db"
    pdf = tmp_path / "direct.pdf"
    pdf.write_bytes(b"%PDF")
    code, output = _run(["analyze", str(mixed_inputs), str(pdf), "--out", str(out),
                         "--db", str(db), "--quiet"])
    assert code == 0, output
    for name in ("empty.txt", "binary.txt", "broken.txt", "direct.pdf"):
        assert name in output, f"no message for {name}"
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert len(report["articles"]) == 2
    assert {p["source"].rsplit("/", 1)[-1] for p in report["problems"]} >= {
        "empty.txt", "binary.txt", "broken.txt", "direct.pdf"}
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "<script" not in html.lower()
    assert (out / "report.md").read_text(encoding="utf-8").strip()
    with open_store(db) as store:
        first_count = store.article_count()
        assert first_count == 2
        assert store.latest_report() is not None
    code, output = _run(["analyze", str(mixed_inputs), "--out", str(out), "--db", str(db),
                         "--quiet"])
    assert code == 0, output
    with open_store(db) as store:
        assert store.article_count() == first_count
    code, output = _run(["search", "Malatya", "--db", str(db)])
    assert code == 0 and "eastern Turkey" in output  # the title of the article that says Malatya
    # Without --db, search and report read the store the config names, as analyze writes it.
    monkeypatch.setenv("STORYLENS_DB_PATH", str(db))
    code, output = _run(["search", "Malatya"])
    assert code == 0 and "eastern Turkey" in output
    code, output = _run(["report", "--out", str(tmp_path / "whole")])
    assert code == 0 and (tmp_path / "whole" / "report.json").is_file(), output
    monkeypatch.setenv("STORYLENS_DB_PATH", str(tmp_path / "nowhere.db"))
    code, output = _run(["search", "Malatya"])
    assert code == 1 and "no store at" in output
    assert not (tmp_path / "nowhere.db").exists()


def test_nothing_usable_exits_non_zero_with_one_line_reason(tmp_path: Path) -> None:
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "notes.pdf").write_bytes(b"%PDF")
    code, output = _run(["analyze", str(folder), "--out", str(tmp_path / "o"),
                         "--db", str(tmp_path / "s.db"), "--quiet"])
    assert code == 1
    assert "no usable article" in output
    assert not (tmp_path / "o" / "report.json").exists()
    assert not (tmp_path / "s.db").exists(), "a failed run left a database behind"
    code, output = _run(["analyze", str(tmp_path / "missing"), "--out", str(tmp_path / "o"),
                         "--quiet"])
    assert code == 1 and "missing" in output


def test_demo_runs_on_the_bundled_corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, output = _run(["demo", "--out", "demo", "--quiet"])
    assert code == 0, output
    # Everything the demo writes stays in its --out folder: no ./storylens.db surprise.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo"]
    assert (tmp_path / "demo" / "storylens.db").is_file()
    report = json.loads((tmp_path / "demo" / "report.json").read_text(encoding="utf-8"))
    assert len(report["articles"]) >= 12
    assert len({a["language"] for a in report["articles"]}) >= 3


def test_urls_from_the_command_line_respect_the_address_policy(tmp_path: Path) -> None:
    import functools
    import http.server
    import threading

    site = tmp_path / "site"
    site.mkdir()
    shutil.copy(ARTICLES / "09_global_dispatch.html", site / "quake.html")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/quake.html"
    try:
        code, output = _run(["analyze", url, "--out", str(tmp_path / "o1"),
                             "--db", str(tmp_path / "s.db"), "--quiet"])
        assert code == 1 and "private" in output.lower()
        code, output = _run(["analyze", url, "--out", str(tmp_path / "o2"), "--db",
                             str(tmp_path / "s.db"), "--quiet", "--allow-private-addresses"])
        assert code == 0, output
        report = json.loads((tmp_path / "o2" / "report.json").read_text(encoding="utf-8"))
        assert [a["source"] for a in report["articles"]] == [url]
        assert "Malatya" in report["articles"][0]["text"]
    finally:
        server.shutdown()
        server.server_close()


def test_analyze_spreads_over_cores_by_default_and_obeys_workers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The command owns its process: auto (0) unless --workers or STORYLENS_WORKERS says
    otherwise; the library's own default stays one process."""
    monkeypatch.delenv("STORYLENS_WORKERS", raising=False)
    source = ARTICLES / "01_daily_courier.txt"
    seen = {}
    for name, extra in (("auto", []), ("one", ["--workers", "1"])):
        out = tmp_path / name
        code, output = _run(["analyze", str(source), "--out", str(out), "--db",
                             str(tmp_path / f"{name}.db"), "--quiet", *extra])
        assert code == 0, output
        report = json.loads((out / "report.json").read_text(encoding="utf-8"))
        seen[name] = report["generator"]["settings"]["workers"]
    assert seen == {"auto": 0, "one": 1}
    monkeypatch.setenv("STORYLENS_WORKERS", "1")
    out = tmp_path / "env"
    code, output = _run(["analyze", str(source), "--out", str(out), "--db",
                         str(tmp_path / "env.db"), "--quiet"])
    assert code == 0, output
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["generator"]["settings"]["workers"] == 1
