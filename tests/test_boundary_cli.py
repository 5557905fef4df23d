"""The command line and the store at their edges (issue 9 items 3, 5, 7, 10): hostile names
and messages, report files only after the store commits, archived and damaged stores."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storylens import Pipeline
from storylens.cli import app
from storylens.cli import run as run_module
from storylens.cli._console import markup_safe, plain
from storylens.errors import StoreError
from storylens.store import SQLiteStore, open_store
from storylens.store import _readonly as readonly_module
from test_report import EN_TEXT, make_report

FERRY = ("Ferry crews walked out on Monday over pay, stranding about 3,000 passengers on the "
         "islands, the port authority said. Talks with the shipping company resume on "
         "Wednesday, according to the union, which says its members have had no raise.")


@pytest.fixture()
def shared_pipeline(pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch) -> Pipeline:
    """The CLI runs on the session's pipeline: models load once for the whole suite."""
    monkeypatch.setattr(run_module, "Pipeline", lambda settings: pipeline)
    return pipeline


@pytest.fixture()
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


def _invoke(args: list[str]) -> tuple[int, str]:
    result = CliRunner().invoke(app, args)
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        result.exception
    return result.exit_code, result.output


def test_console_helpers_escape_markup_and_controls() -> None:
    assert plain("a\x1b[31mb\nc\u202ed\udcff") == "a\\x1b[31mb\\nc\\u202ed\\udcff"
    assert markup_safe("[/x] [bold]") == "\\[/x] \\[bold]"


def test_hostile_names_and_messages_reach_neither_terminal_nor_report_md(
    tmp_path: Path, shared_pipeline: Pipeline, umask_022: None
) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "story.txt").write_text(FERRY, encoding="utf-8")
    (inputs / "empty [bold] \x1b]0;pwned\x07.txt").write_bytes(b"")
    (inputs / "links.urls").write_text("ftp://[/bold]example.org/a\n", encoding="utf-8")
    out, db = tmp_path / "out", tmp_path / "s.db"
    code, output = _invoke(["analyze", str(inputs), "--out", str(out), "--db", str(db)])
    assert code == 0, output
    assert "\x1b" not in output and "\x07" not in output
    output = output.replace("\n", "")  # rich wraps long lines at the terminal width
    assert "empty [bold] \\x1b]0;pwned\\x07.txt" in output  # shown, escaped, not read
    assert "ftp://[/bold]example.org/a" in output
    md = (out / "report.md").read_text(encoding="utf-8")
    assert "\x1b" not in md and "\x07" not in md
    for name in ("report.json", "report.md", "report.html"):
        mode = stat.S_IMODE((out / name).stat().st_mode)
        assert mode == 0o644, (name, oct(mode))
    assert not list(out.glob(".*.tmp"))


def test_report_files_are_written_only_after_the_store_commits(
    tmp_path: Path, shared_pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "story.txt").write_text(FERRY, encoding="utf-8")

    def refused(*args: object, **kwargs: object) -> None:
        raise StoreError("another run changed these stories; nothing was written")

    monkeypatch.setattr(SQLiteStore, "save_run", refused)
    out = tmp_path / "out"
    code, output = _invoke(["analyze", str(tmp_path / "story.txt"), "--out", str(out),
                            "--db", str(tmp_path / "s.db")])
    assert code == 1 and "nothing was written" in output
    assert not (out / "report.json").exists() and not (out / "report.md").exists()


def _stored(tmp_path: Path, text: str = EN_TEXT) -> Path:
    db = tmp_path / "s.db"
    with open_store(db) as store:
        store.save_run(make_report(en_text=text), {}, ["in"])
    return db


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())
            if p.is_file()}


def test_search_and_report_read_a_store_without_writing_to_it(tmp_path: Path) -> None:
    db = _stored(tmp_path)
    before = _digest(tmp_path)
    code, output = _invoke(["search", "Valencia", "--db", str(db)])
    assert code == 0 and "Valencia floods" in output
    code, output = _invoke(["report", "--db", str(db), "--out", str(tmp_path / "out")])
    assert code == 0, output
    # SQLite may add its shared-memory index next to a WAL store it reads; the data is as it was.
    after = _digest(tmp_path)
    assert after["s.db"] == before["s.db"]
    assert not Path(f"{db}-wal").exists() or Path(f"{db}-wal").stat().st_size == 0
    with open_store(db, read_only=True) as store, pytest.raises(StoreError, match="read-only"):
        store.save_run(make_report(), {}, [])


def test_a_store_in_a_read_only_folder_opens_immutable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = _stored(tmp_path)
    real_connect = sqlite3.connect
    tried: list[str] = []

    def no_shm_possible(database: str, **kwargs: object) -> sqlite3.Connection:
        tried.append(database.rsplit("?", 1)[1])
        if "immutable" not in database:  # what a read-only folder does to a WAL store
            raise sqlite3.OperationalError("unable to open database file")
        return real_connect(database, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(readonly_module.sqlite3, "connect", no_shm_possible)
    with open_store(db, read_only=True) as store:
        assert store.current_report()["stories"]
    assert tried == ["mode=ro", "mode=ro&immutable=1"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="needs POSIX permissions, which root ignores")
def test_search_reads_a_store_in_a_really_read_only_folder(tmp_path: Path) -> None:
    db = _stored(tmp_path)
    db.chmod(0o444)
    tmp_path.chmod(0o555)
    try:
        code, output = _invoke(["search", "Valencia", "--db", str(db)])
    finally:
        tmp_path.chmod(0o755)
    assert code == 0 and "Valencia floods" in output


def _damaged_store(tmp_path: Path) -> Path:
    """A store whose last third of pages is overwritten (a long article's text is there)."""
    db = _stored(tmp_path, EN_TEXT + " The river rose again." * 8000)
    data = bytearray(db.read_bytes())
    for index in range(len(data) * 2 // 3, len(data), 7):
        data[index] = (data[index] * 31 + 7) % 256
    db.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    return db


def test_damaged_data_pages_give_one_line_not_a_traceback(tmp_path: Path) -> None:
    db = _damaged_store(tmp_path)
    code, output = _invoke(["report", "--db", str(db), "--out", str(tmp_path / "out")])
    assert code == 1
    assert output.count("\n") == 1 and "is damaged" in output and ".recover" in output
    assert "Traceback" not in output
    assert not (tmp_path / "out" / "report.json").exists()


def test_report_json_of_the_store_stays_valid_after_salvage(tmp_path: Path) -> None:
    db = _stored(tmp_path)
    conn = sqlite3.connect(db)
    conn.execute("UPDATE articles SET language = NULL")  # as stores before "und" held
    conn.commit()
    conn.close()
    code, output = _invoke(["report", "--db", str(db), "--out", str(tmp_path / "out")])
    assert code == 0, output
    data = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert {a["language"] for a in data["articles"]} == {"und"}


@pytest.mark.skipif(os.uname().sysname != "Linux", reason="needs byte file names (Linux)")
def test_an_input_folder_whose_name_is_not_utf8_is_analysed(
    tmp_path: Path, shared_pipeline: Pipeline
) -> None:
    folder = os.fsencode(tmp_path) + b"/d\xe9p\xeache"
    os.mkdir(folder)
    with open(folder + b"/story.txt", "wb") as handle:
        handle.write(FERRY.encode("utf-8"))
    out, db = tmp_path / "out", tmp_path / "s.db"
    code, output = _invoke(["analyze", os.fsdecode(folder), "--out", str(out),
                            "--db", str(db), "--quiet"])
    assert code == 0, output
    data = json.loads((out / "report.json").read_bytes().decode("utf-8"))
    assert data["articles"][0]["source"].endswith("d\\udce9p\\udceache/story.txt")
    with open_store(db, read_only=True) as store:
        assert store.article_count() == 1


def test_analyze_over_a_damaged_store_gives_one_line(
    tmp_path: Path, shared_pipeline: Pipeline
) -> None:
    db = _damaged_store(tmp_path)
    (tmp_path / "story.txt").write_text(FERRY, encoding="utf-8")
    args = ["analyze", str(tmp_path / "story.txt"), "--out", str(tmp_path / "out"),
            "--db", str(db), "--quiet"]
    code, output = _invoke(args)
    # Damage met while reading says "is damaged"; met while saving, the save's own line.
    assert code == 1 and ("is damaged" in output or "malformed" in output), output
    assert "Traceback" not in output
    assert not (tmp_path / "out" / "report.json").exists()
