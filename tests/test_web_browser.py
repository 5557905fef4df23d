"""`storylens serve` in a real browser: Debian's chromium driven by Playwright, headless.

Skips with the reason when chromium or playwright is missing (`.ci/run` installs chromium).
With STORYLENS_SCREENSHOTS=docs/screenshots each page visited is also saved as a PNG there.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = os.environ.get("STORYLENS_CHROMIUM", "/usr/bin/chromium")
if not Path(CHROMIUM).is_file() and not shutil.which("chromium"):
    pytest.skip(f"chromium is not installed ({CHROMIUM}); `apt-get install -y chromium` "
                "(done by .ci/run)", allow_module_level=True)
playwright_api = pytest.importorskip("playwright.sync_api", reason="pip install -e '.[dev]'")
uvicorn = pytest.importorskip("uvicorn")

from storylens.web import WebSettings, create_app  # noqa: E402

ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
SHOTS = os.environ.get("STORYLENS_SCREENSHOTS")
NEW_ARTICLE = (
    "Lighthouse keepers of the northern fjords held their first congress in Tromvik on "
    "Saturday, the organisers said. Some 140 keepers attended the two-day meeting, which "
    "called for the restoration of six decommissioned lights. The congress will meet again "
    "next spring in the harbour town of Ostvaer, the chairwoman Ingrid Solberg said.\n"
)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server(web_store: Path, pipeline: Any, tmp_path_factory: pytest.TempPathFactory,
           ) -> Iterator[str]:
    """The app on a real socket, in a thread (uvicorn), over a copy of the web store."""
    folder = tmp_path_factory.mktemp("browser")
    db = folder / "web.db"
    shutil.copy(web_store, db)
    app = create_app(WebSettings(db_path=db, alias_file=folder / "aliases.json"),
                     lambda: pipeline)
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert srv.started, "the server did not start"
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=30)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with playwright_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM if Path(CHROMIUM).is_file()
                                     else shutil.which("chromium"), headless=True, args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture()
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    tab = context.new_page()
    dialogs: list[str] = []
    errors: list[str] = []
    tab.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    tab.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    yield tab
    context.close()
    assert not dialogs, f"a page opened a dialog: {dialogs}"
    # The pages work under their own policy: nothing of ours was blocked by it.
    assert not [e for e in errors if "Content Security Policy" in e], errors


def shot(page: Any, name: str) -> None:
    """Save a screenshot of the page for docs/ when asked to."""
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(SHOTS) / f"{name}.png"), full_page=False)


def test_click_through_a_story_of_the_example(server: str, page: Any) -> None:
    page.goto(server + "/")
    shot(page, "stories")
    first = page.locator("a.story-link").first
    title = first.inner_text()
    first.click()
    assert page.locator("h1").inner_text() == title
    shot(page, "story")
    # A brief sentence's citation opens the cited sentence, in its own language.
    citation = page.locator("#brief details.citation").first
    citation.locator("summary").click()
    quote = citation.locator("blockquote")
    assert quote.is_visible()
    assert quote.get_attribute("lang")
    assert citation.locator("mark").inner_text().strip()
    assert page.locator("#claims table.claims tbody tr").count() > 0
    assert page.locator("#sources article.source").count() >= 2
    assert page.locator("#timeline svg circle").count() > 0
    # Entities lead to their page, with aliases, mentions and the correction forms.
    page.locator("#entities a").first.click()
    assert page.locator("h2", has_text="Mentions").is_visible()
    assert page.locator("form button", has_text="Rename").is_visible()
    shot(page, "entity")


def test_disputed_figure_to_its_two_sources_in_three_clicks(server: str, page: Any) -> None:
    page.goto(server + "/")
    row = page.locator("table.stories tbody tr", has=page.locator(".badge.disputed")).first
    row.locator("a.story-link").click()                                     # click 1
    page.locator("#claims tr.disputed a.claim-link").first.click()          # click 2
    shot(page, "claim")
    links = page.locator("a.source-link")
    outlets = {links.nth(k).inner_text() for k in range(links.count())}
    assert len(outlets) >= 2, outlets
    quotes = page.locator("figure.source-quote mark")
    assert quotes.count() >= 2 and quotes.first.is_visible()
    quote = quotes.first.inner_text()
    href = links.first.get_attribute("href")
    links.first.click()                                                     # click 3
    assert page.url.endswith(href)
    anchor = page.locator(f"[id='{href.split('#')[1]}']")
    assert anchor.is_visible()
    assert quote in page.locator("div.text").inner_text()
    shot(page, "article")


def test_hostile_article_renders_inert(server: str, page: Any) -> None:
    page.goto(server + "/?q=ferry")
    page.locator("a.story-link").first.click()
    story_url = page.url
    page.locator("#sources h3 a").first.click()
    for url in (page.url, story_url, server + "/?q=ferry"):
        page.goto(url)
        assert page.evaluate("() => window.__pwned") is None
        assert page.locator("a[href^='javascript:']").count() == 0
        assert page.locator("img").count() == 0
        assert page.locator("script:not([src='/static/app.js'])").count() == 0
    page.goto(story_url)
    page.locator("#sources h3 a").first.click()
    text = page.locator("body").inner_text()
    assert "<script>window.__pwned = 'text'</script>" in text  # shown as text, not run
    assert "onerror=" in text and "javascript:" in text


def test_add_coverage_shows_progress_then_the_changed_story(server: str, page: Any,
                                                            tmp_path: Path) -> None:
    upload = tmp_path / "lighthouse.txt"
    upload.write_text("Lighthouse keepers meet in Tromvik\n\n" + NEW_ARTICLE, encoding="utf-8")
    page.goto(server + "/add")
    shot(page, "add")
    page.set_input_files("input[name=files]", str(upload))
    page.locator("form.add button").click()
    page.wait_for_url("**/jobs/*")
    assert page.locator("#job-status").inner_text() in ("queued", "running", "done")
    # app.js polls the job and reloads the page when it ends.
    page.wait_for_selector("ul.changed a", timeout=180_000)
    assert page.locator("#job-status").inner_text() == "done"
    shot(page, "job")
    page.locator("ul.changed a").first.click()
    assert "Tromvik" in page.locator("body").inner_text()
