"""Sidecar metadata: ``name.json`` next to ``name.txt`` gives the article's date and origin.

A page saved as text loses its publication date, outlet and address, and without the date
its relative dates ("Monday", "yesterday") cannot be resolved. A small JSON object beside
the file puts them back without converting the corpus to JSON Lines. A broken sidecar is
reported and ignored: the article itself is still read.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..records import Problem
from ._json import json_object

SIDECAR_FIELDS = ("published", "outlet", "url", "title", "author")
# A sidecar holds a few short fields; anything bigger is not one.
_MAX_SIDECAR_BYTES = 64 * 1024


def sidecar_path(path: Path) -> Path:
    """``notes/a.txt`` -> ``notes/a.json``."""
    return path.with_suffix(".json")


def read_sidecar(path: Path) -> tuple[dict[str, str], list[Problem]]:
    """The metadata of the article file ``path`` from its sidecar, if it has one.

    Returns the fields found and the problems met; a sidecar that cannot be used gives no
    fields and one problem saying why, so the article is read as if it had none.
    """
    side = sidecar_path(path)
    if not side.is_file():
        return {}, []
    try:
        data = _load(side)
    except ValueError as exc:
        return {}, [_problem(side, f"sidecar ignored: {exc}; the article was read without it")]
    unknown = sorted(set(data) - set(SIDECAR_FIELDS))
    problems = []
    if unknown:
        problems.append(_problem(side, f"sidecar field(s) {', '.join(map(repr, unknown))} "
                                       f"ignored; known: {', '.join(SIDECAR_FIELDS)}"))
    fields = {key: data[key].strip() for key in SIDECAR_FIELDS
              if isinstance(data.get(key), str) and data[key].strip()}
    return fields, problems


def _load(side: Path) -> dict[str, str]:
    """The sidecar's object; ValueError says what is wrong with it."""
    try:
        with side.open("rb") as handle:
            raw = handle.read(_MAX_SIDECAR_BYTES + 1)
    except OSError as exc:
        raise ValueError(f"cannot be read ({exc.strerror or exc})") from None
    if len(raw) > _MAX_SIDECAR_BYTES:
        raise ValueError(f"is over {_MAX_SIDECAR_BYTES // 1024} KB, too big for a sidecar")
    data = json_object(raw, '{"published": "YYYY-MM-DD", ...}')
    for key in SIDECAR_FIELDS:
        if data.get(key) is not None and not isinstance(data[key], str):
            raise ValueError(f"field {key!r} must be a string, not {type(data[key]).__name__}")
    if (data.get("published") or "").strip():
        _check_date(data["published"].strip())
    return data


def _check_date(value: str) -> None:
    """An ISO date or date-time, as the report contract requires."""
    try:
        dt.date.fromisoformat(value[:10])
        if len(value) > 10:
            dt.datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(f"published {value!r} is not a date; write YYYY-MM-DD") from None


def _problem(side: Path, message: str) -> Problem:
    # Its own stage: the article is still read, so the CLI does not call it "skipped".
    return Problem(source=str(side), stage="sidecar", message=message)
