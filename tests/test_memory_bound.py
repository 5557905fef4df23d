"""The memory bound on real pages (a reduced benchmarks/memory.py run, in a fresh process).

Slow: it loads every model and analyses real pages. The full figures (990 pages, the issue's
CL-TLS repro) are in docs/benchmarks.md; this keeps the bound from silently regressing.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARK = Path(__file__).resolve().parents[1] / "benchmarks" / "memory.py"


@pytest.mark.slow
@pytest.mark.shared_data
def test_real_pages_and_feeds_stay_under_the_bound(shared_data: Path) -> None:
    # 30 pages and the first 5 articles per language: a few minutes on 2 cores. The
    # watchdog stops the run at 2,500 MB, so a regression fails here fast.
    done = subprocess.run(
        [sys.executable, str(BENCHMARK), "--part", "both", "--limit", "30",
         "--per-language", "5", "--cap-mb", "2500"],
        capture_output=True, text=True, timeout=1500, check=False,
    )
    out = done.stdout
    assert done.returncode == 0, out + done.stderr[-2000:]
    assert "30 real HTML pages" in out and " 0 unaccounted" in out
    assert "under 2048 MB: held" in out
