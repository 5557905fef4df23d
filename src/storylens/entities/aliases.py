"""A user-editable alias file: merge, split and rename entities, with an audit trail.

The file is JSON, ``{"version": 1, "rules": [...]}``, one rule per decision in the order
it was made; nothing is ever rewritten in place, so the list is the audit trail. A later
rule about a name overrides an earlier one (a split after a merge takes the name out).
Names are matched by their normal form (see :mod:`.normalise`), so a rule about
"Haftar" also covers "HAFTAR" and "Haftar's".
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from ..errors import ConfigError
from ..report._write import _atomic_write
from .normalise import normal_tokens

Action = Literal["merge", "split", "rename"]
_ACTIONS: frozenset[str] = frozenset({"merge", "split", "rename"})
FILE_VERSION = 1

NameKey = tuple[str, ...]


def name_key(name: str) -> NameKey:
    """The key a rule's name is matched by: its normal form (or the stripped lower text)."""
    return normal_tokens(name) or (name.strip().lower(),)


@dataclass
class AliasRule:
    """One decision of the user: what was done to which names, when and why."""

    action: Action
    names: list[str]
    canonical: str | None
    at: str
    note: str | None = None


@dataclass
class AliasPlan:
    """The rules' net effect, ready for merging: later rules override earlier ones."""

    groups: list[tuple[set[NameKey], str, AliasRule]] = field(default_factory=list)
    apart: dict[NameKey, AliasRule] = field(default_factory=dict)
    renames: dict[NameKey, tuple[str, AliasRule]] = field(default_factory=dict)

    def group_of(self, key: NameKey) -> int | None:
        """Index of the merge group holding ``key``, if any."""
        return next((i for i, (keys, _, _) in enumerate(self.groups) if key in keys), None)


@dataclass
class AliasBook:
    """The rules of one alias file, in the order they were made."""

    rules: list[AliasRule] = field(default_factory=list)

    @classmethod
    def load(cls, path: Path) -> AliasBook:
        """Read an alias file; a missing file is an empty book, a broken one a ConfigError."""
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:
            raise ConfigError(f"cannot read alias file {path}: {exc}") from None
        raw = data.get("rules", []) if isinstance(data, dict) else None
        if not isinstance(raw, list):
            raise ConfigError(f"alias file {path}: expected {{'rules': [...]}}")
        return cls([_rule(item, path) for item in raw])

    def save(self, path: Path) -> None:
        """Write the book atomically (a temporary file renamed over the old one)."""
        target = Path(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        payload = {"version": FILE_VERSION, "rules": [asdict(r) for r in self.rules]}
        _atomic_write(target, json.dumps(payload, ensure_ascii=False, indent=2) + "\n")

    def merge(self, names: Sequence[str], canonical: str, note: str | None = None) -> AliasRule:
        """Make every name (and the canonical name) one entity called ``canonical``."""
        cleaned = [n.strip() for n in names if n.strip()]
        if not cleaned or not canonical.strip():
            raise ValueError("a merge needs at least one name and a canonical name")
        return self._add("merge", cleaned, canonical.strip(), note)

    def split(self, name: str, note: str | None = None) -> AliasRule:
        """Keep this surface form apart from any entity (it is never merged)."""
        if not name.strip():
            raise ValueError("a split needs a name")
        return self._add("split", [name.strip()], None, note)

    def rename(self, name: str, canonical: str, note: str | None = None) -> AliasRule:
        """Call the entity that holds ``name`` by ``canonical``."""
        if not name.strip() or not canonical.strip():
            raise ValueError("a rename needs a name and a canonical name")
        return self._add("rename", [name.strip()], canonical.strip(), note)

    def _add(self, action: Action, names: list[str], canonical: str | None,
             note: str | None) -> AliasRule:
        at = datetime.now(UTC).isoformat(timespec="seconds")
        rule = AliasRule(action, names, canonical, at, note)
        self.rules.append(rule)
        return rule

    def plan(self) -> AliasPlan:
        """Replay the rules in order into their net effect."""
        plan = AliasPlan()
        for rule in self.rules:
            keys = {name_key(n) for n in rule.names}
            if rule.action == "merge":
                assert rule.canonical is not None
                keys.add(name_key(rule.canonical))
                for key in keys:
                    plan.apart.pop(key, None)
                    _drop_from_groups(plan, key)
                plan.groups.append((keys, rule.canonical, rule))
            elif rule.action == "split":
                for key in keys:
                    _drop_from_groups(plan, key)
                    plan.renames.pop(key, None)
                    plan.apart[key] = rule
            else:
                assert rule.canonical is not None
                for key in keys:
                    plan.renames[key] = (rule.canonical, rule)
        plan.groups = [g for g in plan.groups if len(g[0]) > 1]
        return plan


def _drop_from_groups(plan: AliasPlan, key: NameKey) -> None:
    for keys, _, _ in plan.groups:
        keys.discard(key)


def _rule(item: object, path: Path) -> AliasRule:
    if not isinstance(item, dict) or item.get("action") not in _ACTIONS:
        raise ConfigError(f"alias file {path}: bad rule {item!r}")
    names = item.get("names")
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise ConfigError(f"alias file {path}: rule without a list of names: {item!r}")
    canonical = item.get("canonical")
    if item["action"] != "split" and not isinstance(canonical, str):
        raise ConfigError(f"alias file {path}: {item['action']} rule needs a canonical name")
    note = item.get("note")
    return AliasRule(item["action"], list(names), canonical if isinstance(canonical, str)
                     else None, str(item.get("at", "")), note if isinstance(note, str) else None)


def rule_reason(rule: AliasRule) -> str:
    """The merge evidence line for an entity shaped by a rule of the alias file."""
    why = f": {rule.note}" if rule.note else ""
    return f"alias file: {rule.action} of {', '.join(map(repr, rule.names))} at {rule.at}{why}"
