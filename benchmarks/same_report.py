"""Check that two dumped reports are the same analysis (an optimisation changed nothing).

Run: ``.venv/bin/python benchmarks/same_report.py BEFORE.json AFTER.json``

Reports come from ``benchmarks/speed_cltls.py --dump``. Everything is compared except the
generator block (version, settings, model load times). Prints the first differences by
path and exits 1 when there are any.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

_TEMP_FOLDER = re.compile(r"/tmp/tmp\w+/")


def differences(left: Any, right: Any, path: str = "") -> Iterator[str]:
    """Paths where two JSON values differ (floats compared exactly, as dumped)."""
    if isinstance(left, dict) and isinstance(right, dict):
        for key in sorted(set(left) | set(right)):
            if key not in left or key not in right:
                yield f"{path}/{key}: only in {'after' if key in right else 'before'}"
            else:
                yield from differences(left[key], right[key], f"{path}/{key}")
    elif isinstance(left, list) and isinstance(right, list):
        if len(left) != len(right):
            yield f"{path}: {len(left)} items before, {len(right)} after"
        for i, (a, b) in enumerate(zip(left, right, strict=False)):
            yield from differences(a, b, f"{path}[{i}]")
    elif left != right:
        yield f"{path}: {str(left)[:80]!r} -> {str(right)[:80]!r}"


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    # The corpus lies in a fresh temporary folder per run: compare sources by file name.
    before, after = (json.loads(_TEMP_FOLDER.sub("", Path(p).read_text(encoding="utf-8")))
                     for p in sys.argv[1:])
    before.pop("generator", None)
    after.pop("generator", None)
    found = list(differences(before, after))
    for item in found[:30]:
        print(item)
    print(f"{len(found)} difference(s)" if found else "identical")
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
