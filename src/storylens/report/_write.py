"""Turn a Report into its three files: report.json (the contract), report.md and report.html."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from ..errors import StorylensError
from ..records import Report, to_dict
from ._html import render_html
from ._markdown import render_markdown
from ._validate import ReportValidationError, check_evidence, validate_report


def report_to_dict(report: Report) -> dict[str, Any]:
    """Plain JSON data of a report, internal working fields dropped, contract keys first."""
    data: dict[str, Any] = to_dict(report)
    head = {"schema_version": data.pop("schema_version"), "generator": data.pop("generator")}
    return {**head, **data}


def _atomic_write(path: Path, text: str) -> None:
    """Write via a temp file in the same folder and os.replace: readers never see half a file."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_report(report: Report, out_dir: Path) -> dict[str, Path]:
    """Validate the report, then write report.json, report.md and report.html into out_dir."""
    return write_report_data(report_to_dict(report), out_dir)


def write_report_data(data: dict[str, Any], out_dir: Path) -> dict[str, Path]:
    """Validate report data (e.g. rebuilt from the store), then write its three files."""
    validate_report(data)
    problems = check_evidence(data)
    if problems:
        raise ReportValidationError(problems)
    out_dir = Path(out_dir)
    paths = {"json": out_dir / "report.json", "md": out_dir / "report.md",
             "html": out_dir / "report.html"}
    texts = {"json": json.dumps(data, ensure_ascii=False, indent=2) + "\n",
             "md": render_markdown(data), "html": render_html(data)}
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        for key, path in paths.items():
            _atomic_write(path, texts[key])
    except OSError as exc:
        raise StorylensError(
            f"cannot write the report to {out_dir}: {exc.strerror or exc}; "
            "choose a writable folder with --out"
        ) from exc
    return paths
