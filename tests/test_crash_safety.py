"""Crash safety that is really tested: writer processes are killed with SIGKILL mid-save,
then the store and the report folder are opened and checked.

Each child saves runs (or writes report files) in a loop and prints a line after each
commit; the parent kills it at a moment that varies by round. Whatever the moment, the
store must pass SQLite's integrity check, hold every run the child said it committed (one
more at most: a commit can land before its line is printed), and reference no missing
article; a report file is either the old one or the new one, never half of one.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
SAVE_LOOP = """
import sys
sys.path.insert(0, {tests!r})
from test_store import make_report
from storylens.store import open_store
with open_store({db!r}) as store:
    for number in range(10_000):
        store.save_run(make_report("Run {tag} number %d adds one more article." % number),
                       {{}}, ["x"])
        print("saved", flush=True)
"""
WRITE_LOOP = """
import sys
sys.path.insert(0, {tests!r})
from pathlib import Path
from test_report import EN_TEXT, make_report
from storylens.report import write_report
for number in range(10_000):
    write_report(make_report(en_text=EN_TEXT + " Update %d." % number), Path({out!r}))
    print("written", flush=True)
"""
# Kill moments after the first commit, spread over a save (tens of milliseconds each).
# Each child starts in ~5 s (imports), so the default suite tries one moment and
# ``-m slow`` the others.
KILL_DELAYS_S = (
    0.031,
    pytest.param(0.0, marks=pytest.mark.slow),
    pytest.param(0.013, marks=pytest.mark.slow),
    pytest.param(0.057, marks=pytest.mark.slow),
)


def _start(code: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def _kill_after_first_line(child: subprocess.Popen[str], delay: float) -> int:
    """Wait for one committed step, wait ``delay``, SIGKILL; the number of steps printed."""
    assert child.stdout is not None
    first = child.stdout.readline()
    assert first.strip(), child.stderr.read() if child.stderr else "no output"
    time.sleep(delay)
    os.kill(child.pid, signal.SIGKILL)
    rest = child.stdout.read()  # not communicate(): it would skip what readline buffered
    child.wait(timeout=30)
    if child.stderr is not None:
        child.stderr.close()
    child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    return 1 + len(rest.split())


def _check_store(db: Path) -> int:
    """Integrity and references of a store after a crash; the number of runs it holds."""
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        dangling = conn.execute(
            "SELECT count(*) FROM story_articles sa LEFT JOIN articles a "
            "ON a.id = sa.article_id WHERE a.id IS NULL").fetchone()[0]
        assert dangling == 0
        fts = conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0]
        assert fts == conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        return int(conn.execute("SELECT count(*) FROM runs").fetchone()[0])
    finally:
        conn.close()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
@pytest.mark.parametrize("delay", KILL_DELAYS_S)
def test_store_survives_sigkill_mid_save(tmp_path: Path, delay: float) -> None:
    db = tmp_path / "s.db"
    child = _start(SAVE_LOOP.format(tests=str(TESTS), db=str(db), tag="a"))
    committed = _kill_after_first_line(child, delay)
    runs = _check_store(db)
    assert committed <= runs <= committed + 1, (committed, runs)
    # The store is usable afterwards: the next run saves and is counted.
    from storylens.store import open_store
    from test_store import make_report

    with open_store(db) as store:
        store.save_run(make_report("A run after the crash."), {}, ["x"])
    assert _check_store(db) == runs + 1


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_two_concurrent_writers_killed_leave_a_consistent_store(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    from storylens.store import open_store

    open_store(db).close()  # created first, so both children open an existing store
    children = [_start(SAVE_LOOP.format(tests=str(TESTS), db=str(db), tag=tag))
                for tag in ("a", "b")]
    committed = sum(_kill_after_first_line(child, 0.2) for child in children)
    runs = _check_store(db)
    assert committed <= runs <= committed + 2, (committed, runs)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
@pytest.mark.parametrize("delay", KILL_DELAYS_S)
def test_report_files_are_whole_after_sigkill_mid_write(tmp_path: Path, delay: float) -> None:
    out = tmp_path / "out"
    child = _start(WRITE_LOOP.format(tests=str(TESTS), out=str(out)))
    _kill_after_first_line(child, delay)
    data = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert data["schema_version"] == "1" and len(data["articles"]) == 2
    assert (out / "report.html").read_text(encoding="utf-8").rstrip().endswith("</html>")
    assert (out / "report.md").read_text(encoding="utf-8").strip()
