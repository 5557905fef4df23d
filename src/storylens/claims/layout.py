"""Numbers the page layout gives a role: live-blog entry counters and list enumerators.

A live blog prints each entry's headline with a counter after it ("Otto morti nei
bombardamenti 27"), and a listicle numbers its items ("2. Gheddafi ..."): neither number
counts anyone. They are told apart by layout, once per article, so that no casualty
word near them can turn them into a toll.
"""

from __future__ import annotations

import re

# A bare integer closing a line (no full stop after it): a counter when the page has
# several such lines. Three keeps a single headline "Death toll rises to 45" a figure.
MIN_COUNTER_LINES = 3
# A headline may end in a closing quotation mark or bracket ("Obama: 'Giustizia' 4").
_LINE_FINAL = re.compile(r"(?:(?<=[^\W\d_])|(?<=[’'\"»”)?!])) (\d{1,4})[ \t]*$", re.MULTILINE)
# "2. Text", "3) Text" opening a line: an item number.
_ENUMERATOR = re.compile(r"^[ \t]*(\d{1,3})[.)][ \t]+(?=\S)", re.MULTILINE)


def layout_numbers(norm: str) -> list[tuple[int, int]]:
    """Spans of numbers that number entries or items rather than count anything."""
    spans = [m.span(1) for m in _ENUMERATOR.finditer(norm)]
    counters = [m.span(1) for m in _LINE_FINAL.finditer(norm)]
    if len(counters) >= MIN_COUNTER_LINES:
        spans.extend(counters)
    return sorted(spans)
