"""Which characters are control characters when untrusted text is shown to a person.

One definition for the terminal (``cli/_console``), report.md and metadata fields: C0/C1
controls (ESC starts terminal sequences), lone surrogates (undecodable file names), line
and paragraph separators, and the bidirectional overrides that reorder what is displayed.
"""

from __future__ import annotations

import unicodedata

# Bidirectional overrides and isolates reorder displayed text ("Trojan Source").
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_CONTROL_CATEGORIES = frozenset({"Cc", "Cs", "Zl", "Zp"})


def is_control(ch: str) -> bool:
    """True for a character that must not reach a terminal or a rendered document as is."""
    return unicodedata.category(ch) in _CONTROL_CATEGORIES or ch in _BIDI_CONTROLS


def without_controls(text: str, replacement: str = " ") -> str:
    """``text`` with every control character replaced (a space by default)."""
    return "".join(replacement if is_control(ch) else ch for ch in text)
