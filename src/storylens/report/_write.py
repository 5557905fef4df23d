"""Turn a Report into its files: report.json (the contract), report.md, report.html, and the
actor graph as graph.graphml and graph.json."""

from __future__ import annotations

import json
import os
import secrets
from pathlib import Path
from typing import Any

from ..errors import StorylensError
from ..graph import graph_json, graphml
from ..records import Report, to_dict
from ._html import render_html
from ._markdown import render_markdown
from ._salvage import salvage_report

# Files the report replaces get the permissions any new file gets (0666 less the umask).
_FILE_MODE = 0o666


def report_to_dict(report: Report) -> dict[str, Any]:
    """Plain JSON data of a report, internal working fields dropped, contract keys first."""
    data: dict[str, Any] = to_dict(report)
    head = {"schema_version": data.pop("schema_version"), "generator": data.pop("generator")}
    return {**head, **data}


def _atomic_write(path: Path, text: str) -> None:
    """Write via a temp file in the same folder and os.replace: readers never see half a file.

    The temp file is created with mode 0666 so the umask applies, as for any new file
    (``tempfile.mkstemp`` would leave the report readable by its owner only).
    """
    tmp = path.parent / f".{path.name}.{secrets.token_hex(8)}.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, _FILE_MODE)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", errors="backslashreplace",
                       newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def checked_report_data(report: Report) -> dict[str, Any]:
    """The report as contract data; an item that breaks the contract becomes a problem."""
    return salvage_report(report_to_dict(report))


def check_out_dir(out_dir: Path) -> None:
    """Make sure the report folder can be written before any work is saved elsewhere."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _unwritable(out_dir, exc) from exc
    if not os.access(out_dir, os.W_OK | os.X_OK):
        raise StorylensError(f"cannot write the report to {out_dir}: permission denied; "
                             "choose a writable folder with --out")


def write_report(report: Report, out_dir: Path) -> dict[str, Path]:
    """Validate the report, then write report.json, report.md and report.html into out_dir."""
    return write_report_data(report_to_dict(report), out_dir)


def write_report_data(data: dict[str, Any], out_dir: Path) -> dict[str, Path]:
    """Validate report data (e.g. rebuilt from the store), then write its three files.

    Items that break the contract are moved to ``problems`` (see ``salvage_report``).
    """
    data = salvage_report(data)
    out_dir = Path(out_dir)
    paths = {"json": out_dir / "report.json", "md": out_dir / "report.md",
             "html": out_dir / "report.html", "graphml": out_dir / "graph.graphml",
             "graph": out_dir / "graph.json"}
    stories = data.get("stories", [])
    graphs = {"stories": [graph_json(story) for story in stories]}
    texts = {"json": json.dumps(data, ensure_ascii=False, indent=2) + "\n",
             "md": render_markdown(data), "html": render_html(data),
             "graphml": graphml(stories),
             "graph": json.dumps(graphs, ensure_ascii=False, indent=2) + "\n"}
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        for key, path in paths.items():
            _atomic_write(path, texts[key])
    except OSError as exc:
        raise _unwritable(out_dir, exc) from exc
    return paths


def _unwritable(out_dir: Path, exc: OSError) -> StorylensError:
    return StorylensError(f"cannot write the report to {out_dir}: {exc.strerror or exc}; "
                          "choose a writable folder with --out")
