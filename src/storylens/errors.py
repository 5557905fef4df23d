"""One error hierarchy: every error says what went wrong and what to do next."""

from __future__ import annotations


class StorylensError(Exception):
    """Base of every error storylens raises on purpose."""


class ConfigError(StorylensError):
    """The settings are invalid (unknown backend, bad value, unreadable config file)."""


class IngestError(StorylensError):
    """An input item could not be read; the batch goes on without it."""

    def __init__(self, source: str, message: str) -> None:
        super().__init__(f"{source}: {message}")
        self.source = source
        self.reason = message


class FetchError(IngestError):
    """A URL could not be fetched (refused, timed out, too large, not allowed)."""


class ExtractionError(IngestError):
    """An item was read but no usable article text could be extracted from it."""


class StageError(StorylensError):
    """A pipeline stage failed on one article."""

    def __init__(self, stage: str, article_id: str | None, message: str) -> None:
        where = f" on article {article_id}" if article_id else ""
        super().__init__(f"{stage} failed{where}: {message}")
        self.stage = stage
        self.article_id = article_id


class StoreError(StorylensError):
    """The store could not be opened or written; nothing was half-written."""


class MissingDependencyError(ConfigError):
    """An optional backend was chosen but its package is not installed."""

    def __init__(self, backend: str, package: str) -> None:
        super().__init__(
            f"backend {backend!r} needs the package {package!r}: pip install {package}"
        )


# Marks a problem line that comes from an exception no reader or cleaner expected: the
# item is skipped like any bad input, and the fuzz tests look for this mark.
UNEXPECTED_MARK = "a storylens bug; please report it"


def unexpected_reason(exc: BaseException) -> str:
    """One problem line for an exception a stage did not expect, instead of a crash."""
    detail = (str(exc).strip().splitlines() or [""])[0][:200]
    return f"failed unexpectedly ({type(exc).__name__}: {detail}); {UNEXPECTED_MARK}"
