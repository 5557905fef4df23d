"""One JSON object from bytes, for the readers of JSON metadata (JSON Lines, sidecars)."""

from __future__ import annotations

import json
from typing import Any


def json_object(raw: bytes, example: str, utf8_hint: str = "") -> dict[str, Any]:
    """The object ``raw`` holds; ValueError says what is wrong, ending with how to fix it.

    ``example`` shows the expected shape (``{"text": ...}``); ``utf8_hint`` follows
    "is not UTF-8" when the format requires it.
    """
    try:
        data: Any = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ValueError(f"is not UTF-8{utf8_hint}") from None
    except json.JSONDecodeError as exc:
        raise ValueError(f"is not valid JSON ({exc.msg} at column {exc.colno})") from None
    except RecursionError:
        # Python's json parser recurses per nesting level; an article is never this deep.
        raise ValueError(f"nests JSON too deeply to be an article; write {example}") from None
    if not isinstance(data, dict):
        raise ValueError(f"is not a JSON object; write {example}")
    return data
