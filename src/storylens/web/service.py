"""What pages and the API both do: open the store, check writers, queue jobs, edit aliases.

Pages render the results as HTML and the API returns them as JSON; neither re-implements
the other. The analysis itself is the CLI's (``append_to_store``, ``Store.save_run``) and
search is ``Store.search``, the function behind ``storylens search``.
"""

from __future__ import annotations

import hmac
import re
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from fastapi import HTTPException, Request, UploadFile

from ..entities.aliases import AliasBook, AliasRule
from ..errors import ConfigError, StorylensError
from ..store import open_store
from ..store._queries import StoreReader
from .jobs import Job, JobRunner
from .settings import WebSettings

_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")
# Most URLs one request may queue: a day's feed list, not a crawl.
MAX_URLS = 500


def settings_of(request: Request) -> WebSettings:
    """The app's settings (set once by the factory)."""
    settings: WebSettings = request.app.state.settings
    return settings


def runner_of(request: Request) -> JobRunner:
    """The app's one writer."""
    runner: JobRunner = request.app.state.jobs
    return runner


def reader(request: Request) -> Iterator[StoreReader]:
    """A read-only store connection for one request (FastAPI dependency)."""
    try:
        store = StoreReader(settings_of(request).db_path, threads=True)
    except StorylensError as exc:
        raise HTTPException(503, str(exc)) from exc
    with store:
        yield store


def search_articles(settings: WebSettings, query: str, limit: int) -> list[dict[str, Any]]:
    """Articles matching the query: the same search as ``storylens search``."""
    try:
        with open_store(settings.db_path) as store:
            return store.search(query, limit=limit)
    except StorylensError as exc:
        raise HTTPException(503, str(exc)) from exc


async def require_writer(request: Request) -> None:
    """Refuse a write unless it comes from this site and, when a token is set, carries it.

    The token may come as ``Authorization: Bearer``, ``X-Storylens-Token`` or a ``token``
    form field (the HTML forms ask for it). A browser always sends ``Origin`` on a
    cross-site POST, so another site cannot make a visitor's browser write here.
    """
    # "null" is what a browser sends from sandboxed or privacy-stripped pages: refused too.
    origin = request.headers.get("origin")
    if origin and urlsplit(origin).netloc != request.headers.get("host", ""):
        raise HTTPException(403, "cross-site write refused")
    token = settings_of(request).token
    if token is None:
        return
    given = request.headers.get("x-storylens-token") or ""
    auth = request.headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        given = auth[7:].strip()
    if not given and request.headers.get("content-type", "").startswith(
            ("multipart/form-data", "application/x-www-form-urlencoded")):
        value = (await request.form()).get("token")
        given = value if isinstance(value, str) else ""
    if not hmac.compare_digest(given.encode(), token.encode()):
        raise HTTPException(401, "this server needs its write token (printed by "
                                 "`storylens serve`) to change anything")


def parse_urls(text: str) -> list[str]:
    """One http(s) URL per line (blank lines and # comments skipped); others are an error."""
    urls = [line.strip() for line in text.splitlines()
            if line.strip() and not line.strip().startswith("#")]
    bad = [u for u in urls if urlsplit(u).scheme not in ("http", "https") or not urlsplit(u).netloc]
    if bad:
        raise HTTPException(422, f"not an http(s) URL: {bad[0][:200]}")
    if len(urls) > MAX_URLS:
        raise HTTPException(422, f"{len(urls)} URLs: at most {MAX_URLS} per request")
    return urls


async def queue_coverage(settings: WebSettings, runner: JobRunner, files: list[UploadFile],
                         urls: str) -> Job:
    """Save the uploads to a private folder and queue them with the URLs for analysis.

    File names are reduced to safe characters (the extension picks the reader, as for
    ``analyze``); the folder is removed when the job ends.
    """
    links = parse_urls(urls)
    uploads = [f for f in files if f.filename]
    if not uploads and not links:
        raise HTTPException(422, "give at least one file or URL")
    base = settings.upload_dir
    if base is not None:
        base.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="storylens-upload-", dir=base))
    try:
        total = 0
        for k, upload in enumerate(uploads):
            name = _SAFE_NAME.sub("_", Path(upload.filename or "upload").name).lstrip(".")
            data = await upload.read()
            total += len(data)
            if total > settings.max_upload_bytes:
                raise HTTPException(413, "uploads over the limit of "
                                         f"{settings.max_upload_bytes} bytes")
            (folder / f"{k:04d}-{name or 'upload'}").write_bytes(data)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    inputs = [str(folder), *links] if uploads else links
    return runner.submit_analysis(inputs, cleanup=folder)


@dataclass
class AliasEdit:
    """One merge / split / rename asked for by a person."""

    action: str
    names: list[str]
    canonical: str | None = None
    note: str | None = None


def edit_aliases(settings: WebSettings, runner: JobRunner, edit: AliasEdit,
                 ) -> tuple[AliasRule, Job]:
    """Write the rule to the alias file, then derive again every story naming the entity."""
    book = AliasBook.load(settings.alias_file)
    try:
        if edit.action == "merge":
            rule = book.merge(edit.names, edit.canonical or "", edit.note)
        elif edit.action == "split":
            rule = book.split(edit.names[0] if edit.names else "", edit.note)
        elif edit.action == "rename":
            rule = book.rename(edit.names[0] if edit.names else "", edit.canonical or "",
                               edit.note)
        else:
            raise HTTPException(422, "action must be merge, split or rename")
    except (ConfigError, ValueError) as exc:  # the alias book refuses an incomplete rule
        raise HTTPException(422, str(exc)) from exc
    book.save(settings.alias_file)
    with StoreReader(settings.db_path, threads=True) as store:
        names = [*rule.names, *([rule.canonical] if rule.canonical else [])]
        stories = store.story_ids_naming(names)
    job = runner.submit_rederive(stories, f"{rule.action} {', '.join(rule.names)}")
    return rule, job
