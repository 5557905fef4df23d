"""``analyze --lang`` chooses the reader's language (titles, brief, timeline)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import storylens.cli.run as run_module
from storylens.cli import app


def test_lang_option_reaches_the_settings(monkeypatch: pytest.MonkeyPatch,
                                          tmp_path: Path) -> None:
    seen: dict[str, Any] = {}

    def fake_run(inputs: list[str], out: Path, db: Path | None, overrides: dict[str, Any],
                 *rest: object) -> None:
        seen.update(overrides)

    # analyze imports run_analysis when it runs (after its first line), so patch it at home.
    monkeypatch.setattr(run_module, "run_analysis", fake_run)
    result = CliRunner().invoke(app, ["analyze", str(tmp_path), "--out", str(tmp_path),
                                      "--lang", "fr"])
    assert result.exit_code == 0, result.output
    assert seen["output_language"] == "fr"
