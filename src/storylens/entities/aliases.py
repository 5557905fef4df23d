"""A person's corrections to entity merging, kept in a JSON alias file.

Minimal version written for ``storylens serve`` (issue 14); the entities work owns the full
one with the same API. Rules are appended, never rewritten, so the file is an audit log of
who-merged-what: the pipeline applies them in order.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from ..errors import ConfigError

Action = Literal["merge", "split", "rename"]
ACTIONS: tuple[str, ...] = ("merge", "split", "rename")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass
class AliasRule:
    """One correction: merge names into a canonical one, split a name out, or rename."""

    action: Action
    names: list[str]
    canonical: str | None
    at: str
    note: str | None = None


@dataclass
class AliasBook:
    """The ordered corrections of an alias file."""

    rules: list[AliasRule] = field(default_factory=list)

    @classmethod
    def load(cls, path: Path) -> AliasBook:
        """Read the file; a missing file is an empty book, a broken one a ConfigError."""
        if not path.is_file():
            return cls()
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            rules = [_rule(item) for item in data.get("rules", [])]
        except (OSError, ValueError, TypeError, AttributeError) as exc:
            raise ConfigError(f"alias file {path} is unreadable ({exc}); fix or move it") from exc
        return cls(rules)

    def merge(self, names: Sequence[str], canonical: str, note: str | None = None) -> AliasRule:
        """Treat every name as the entity called ``canonical``."""
        return self._add("merge", [*names], canonical, note)

    def split(self, name: str, note: str | None = None) -> AliasRule:
        """Keep ``name`` apart from whatever it was merged with."""
        return self._add("split", [name], None, note)

    def rename(self, name: str, canonical: str, note: str | None = None) -> AliasRule:
        """Show the entity known as ``name`` under ``canonical``."""
        return self._add("rename", [name], canonical, note)

    def save(self, path: Path) -> None:
        """Write atomically (temporary file, then rename) so a crash leaves the old file."""
        path.parent.mkdir(parents=True, exist_ok=True)
        payload = json.dumps({"rules": [asdict(r) for r in self.rules]},
                             ensure_ascii=False, indent=2)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(payload)
        os.replace(tmp, path)

    def _add(self, action: Action, names: list[str], canonical: str | None,
             note: str | None) -> AliasRule:
        clean = [n.strip() for n in names if n and n.strip()]
        if not clean:
            raise ConfigError(f"{action}: give at least one entity name")
        if action != "split" and not (canonical and canonical.strip()):
            raise ConfigError(f"{action}: give the canonical name")
        rule = AliasRule(action, clean, canonical.strip() if canonical else None, _now(), note)
        self.rules.append(rule)
        return rule


def _rule(item: Any) -> AliasRule:
    if item["action"] not in ACTIONS:
        raise ValueError(f"unknown action {item['action']!r}")
    return AliasRule(item["action"], [str(n) for n in item["names"]], item.get("canonical"),
                     str(item["at"]), item.get("note"))
