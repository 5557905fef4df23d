"""Untrusted text made safe for the terminal: no markup, no control sequences.

File names, URLs, redirect targets and error messages come from the input. Printed through
rich they would be read as markup (``[/x]`` raises MarkupError after all the work is done);
printed raw, an ESC sequence in a file name would drive the terminal. Every such string
goes through :func:`plain` (for ``typer.echo``) or :func:`markup_safe` (for rich).
"""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape

from .._controls import is_control


def plain(text: object) -> str:
    """``text`` on one line with each control character shown as an escape (``\\x1b``)."""
    return "".join(
        ch.encode("unicode_escape").decode("ascii") if is_control(ch) else ch
        for ch in str(text)
    )


def markup_safe(text: object) -> str:
    """``text`` as :func:`plain`, with rich markup brackets escaped."""
    return escape(plain(text))


def error_console() -> Console:
    """The console for progress and messages: stderr, so stdout holds only results."""
    return Console(stderr=True)
