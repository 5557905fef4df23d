"""`storylens serve`: pages and API against the real app over a real store (the example)."""

from __future__ import annotations

import json
import re
import shutil
import time
from collections import deque
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import jsonschema
import pytest
from fastapi.testclient import TestClient

from storylens.web import WebSettings, create_app

SCHEMA = json.loads((Path(__file__).resolve().parents[1] / "src" / "storylens" / "report"
                     / "schema.json").read_text(encoding="utf-8"))


def _validator(name: str) -> jsonschema.Draft202012Validator:
    """A validator for one of the contract's $defs (story, article, entity)."""
    return jsonschema.Draft202012Validator({"$ref": f"#/$defs/{name}", "$defs": SCHEMA["$defs"]})


@pytest.fixture(scope="module")
def client(web_store: Path, pipeline: Any, tmp_path_factory: pytest.TempPathFactory,
           ) -> Any:
    aliases = tmp_path_factory.mktemp("aliases") / "aliases.json"
    app = create_app(WebSettings(db_path=web_store, alias_file=aliases), lambda: pipeline)
    with TestClient(app) as test_client:
        yield test_client


class Links(HTMLParser):
    """Every href of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for key, value in attrs:
            if key in ("href", "src", "action") and value and tag != "form":
                self.hrefs.append(value)


def links(html: str) -> list[str]:
    parser = Links()
    parser.feed(html)
    return parser.hrefs


def test_every_page_reachable_from_the_index_answers_200(client: Any) -> None:
    seen = {"/"}
    todo = deque(["/"])
    kinds: set[str] = set()
    while todo:
        path = todo.popleft()
        response = client.get(path)
        assert response.status_code == 200, path
        kinds.add(path.split("/")[1] if path != "/" else "index")
        if "text/html" not in response.headers["content-type"]:
            continue
        for href in links(response.text):
            target = urljoin("http://testserver" + path, href)
            parts = urlsplit(target)
            local = parts.path + (f"?{parts.query}" if parts.query else "")
            if parts.netloc == "testserver" and local not in seen:
                seen.add(local)
                todo.append(local)
    # The crawl went through every kind of page, not just the index.
    assert {"index", "stories", "articles", "add", "api", "static"} <= kinds
    assert any("/claims/" in p for p in seen) and any("/entities/" in p for p in seen)
    assert len(seen) > 100


def test_disputed_figure_reaches_its_two_sources_in_three_clicks(client: Any) -> None:
    index = client.get("/").text
    # Click 1: a story listed with disputed claims.
    rows = re.findall(r'href="(/stories/[^"]+)">[^<]*</a>.*?<span class="badge disputed">',
                      index, flags=re.S)
    assert rows, "the example has stories with disputed claims"
    story = client.get(rows[0]).text
    # Click 2: a disputed claim of that story.
    claim_links = re.findall(r'<tr class="disputed">.*?href="([^"]+/claims/[^"]+)"', story,
                             flags=re.S)
    assert claim_links
    page = client.get(claim_links[0]).text
    # The claim page shows the disputed claim beside the one it conflicts with, each with
    # the source sentence; click 3 opens either source at that sentence.
    sources = re.findall(r'class="source-link" href="(/articles/([^"#]+)#at-(\d+))"', page)
    assert len({article for _, article, _ in sources}) >= 2
    assert "Conflicting claim" in page
    href, _, start = sources[0]
    article = client.get(href).text
    assert f'id="at-{start}"' in article
    quote = re.search(r"<mark>([^<]+)</mark>", page)
    assert quote is not None and quote.group(1) in article


def test_hostile_article_is_escaped_on_every_page(client: Any) -> None:
    found = client.get("/api/stories", params={"q": "ferry"}).json()["stories"]
    assert found, "the hostile article's story is searchable"
    story_id = found[0]["id"]
    story = client.get(f"/api/stories/{story_id}").json()
    pages = [client.get(f"/stories/{story_id}"), client.get("/?q=ferry"),
             *(client.get(f"/articles/{a}") for a in story["article_ids"])]
    for response in pages:
        html = response.text
        assert response.status_code == 200
        assert "__pwned" in html  # the hostile text is shown ...
        assert "<script>window" not in html and "<img src=x" not in html  # ... as text
        assert 'href="javascript:' not in html
        assert "&lt;script&gt;" in html or "&lt;img" in html
        assert "script-src 'self'" in response.headers["content-security-policy"]
        scripts = re.findall(r"<script[^>]*>", html)
        assert scripts == ['<script src="/static/app.js" defer>']


def test_api_story_and_article_follow_the_contract(client: Any) -> None:
    listing = client.get("/api/stories").json()
    assert listing["total"] == len(listing["stories"]) >= 7
    story_check, article_check, entity_check = (
        _validator("story"), _validator("article"), _validator("entity"))
    for summary in listing["stories"]:
        story = client.get(f"/api/stories/{summary['id']}").json()
        story_check.validate(story)
        assert summary["size"] == len(story["article_ids"])
        assert summary["disputed"] == sum(c["status"] == "disputed" for c in story["claims"])
        for article_id in story["article_ids"]:
            article = client.get(f"/api/articles/{article_id}").json()
            article_check.validate(article)
            assert article["story_id"] == story["id"]
        for entity in story["entities"][:3]:
            got = client.get(f"/api/stories/{story['id']}/entities/{entity['id']}").json()
            entity_check.validate(got)
            assert got == entity
    assert client.get("/api/stories/nope").status_code == 404
    assert client.get("/api/articles/nope").status_code == 404
    assert client.get("/stories/nope").status_code == 404


def test_story_filters_and_search(client: Any) -> None:
    everything = client.get("/api/stories").json()["stories"]
    russian = client.get("/api/stories", params={"language": "ru"}).json()["stories"]
    assert russian and all("ru" in s["languages"] for s in russian)
    assert len(russian) < len(everything)
    outlet = everything[0]["outlets"][0]
    by_outlet = client.get("/api/stories", params={"outlet": outlet}).json()["stories"]
    assert by_outlet and all(outlet in s["outlets"] for s in by_outlet)
    march = client.get("/api/stories", params={"since": "2026-03-20",
                                                "until": "2026-03-22"}).json()["stories"]
    assert march and all((s["last_published"] or "")[:10] >= "2026-03-20" for s in march)
    # An alias (a name in the entities, not only in the titles) finds its story.
    story = client.get(f"/api/stories/{everything[0]['id']}").json()
    alias = next(a for e in story["entities"] for a in e["aliases"] if len(a) > 4)
    by_alias = client.get("/api/stories", params={"q": alias}).json()["stories"]
    assert story["id"] in [s["id"] for s in by_alias]
    by_entity = client.get("/api/stories", params={"entity": alias}).json()["stories"]
    assert story["id"] in [s["id"] for s in by_entity]
    assert client.get("/api/stories", params={"q": "zzqqxxnothing"}).json()["total"] == 0
    hits = client.get("/api/search", params={"q": "earthquake"}).json()
    assert hits and all(set(h) >= {"id", "title", "snippet"} for h in hits)


def test_write_endpoints_need_the_token_beyond_loopback(web_store: Path, tmp_path: Path,
                                                        ) -> None:
    app = create_app(WebSettings(db_path=web_store, host="0.0.0.0",
                                 alias_file=tmp_path / "a.json", max_upload_bytes=2000))
    token = app.state.settings.token
    assert token
    with TestClient(app) as client:
        edit = {"action": "rename", "names": ["Nobody Here"], "canonical": "Someone"}
        assert client.post("/api/aliases", json=edit).status_code == 401
        assert client.post("/api/aliases", json=edit,
                           headers={"X-Storylens-Token": "wrong"}).status_code == 401
        assert client.post("/api/aliases", json=edit, headers={
            "Authorization": f"Bearer {token}", "Origin": "http://evil.example"},
        ).status_code == 403
        assert not (tmp_path / "a.json").exists()
        big = client.post("/api/jobs", files={"files": ("a.txt", b"x" * 5000)},
                          headers={"X-Storylens-Token": token})
        assert big.status_code == 413
        ok = client.post("/api/aliases", json=edit, headers={"Authorization": f"Bearer {token}"})
        assert ok.status_code == 202
        assert ok.json()["rule"]["canonical"] == "Someone"
        assert "Nobody Here" in (tmp_path / "a.json").read_text(encoding="utf-8")
        # Reads stay open to everyone.
        assert client.get("/api/stories").status_code == 200
        assert client.post("/api/jobs", data={"urls": "ftp://x"},
                           headers={"X-Storylens-Token": token}).status_code == 422


@pytest.fixture(scope="module")
def writable(web_store: Path, pipeline: Any, tmp_path_factory: pytest.TempPathFactory,
             ) -> Any:
    """An app over a copy of the web store, for tests that add to it."""
    folder = tmp_path_factory.mktemp("writable")
    db = folder / "web.db"
    shutil.copy(web_store, db)
    # The pipeline that derives stories again reads the alias file the app writes.
    from storylens import Pipeline

    settings = pipeline.settings.replace(db_path=str(db), alias_file=str(folder / "aliases.json"))
    writer = Pipeline(settings, pipeline.resources)
    app = create_app(WebSettings(db_path=db, alias_file=settings.alias_path()), lambda: writer)
    with TestClient(app) as test_client:
        yield test_client, folder


def _wait(client: Any, job_id: str, reads: list[float] | None = None) -> dict[str, Any]:
    """Poll a job until it ends; time a story list read at each poll."""
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        started = time.perf_counter()
        assert client.get("/api/stories").status_code == 200
        if reads is not None:
            reads.append(time.perf_counter() - started)
        job = client.get(f"/api/jobs/{job_id}").json()
        if job["status"] in ("done", "failed"):
            return dict(job)
        time.sleep(0.2)
    raise AssertionError(f"job {job_id} did not end")


def test_add_coverage_job_runs_in_the_background_while_reads_go_on(writable: Any) -> None:
    client, _ = writable
    text = ("Lighthouse keepers meet in Tromvik\n\nLighthouse keepers of the northern fjords "
            "held their first congress in Tromvik on Saturday, the organisers said. Some 140 "
            "keepers attended the two-day meeting, which called for six lights to be restored.")
    before = client.get("/api/stories").json()["total"]
    posted = client.post("/api/jobs", files={"files": ("lighthouse.txt", text.encode())})
    assert posted.status_code == 202
    assert posted.json()["status"] in ("queued", "running")
    reads: list[float] = []
    job = _wait(client, posted.json()["id"], reads)
    assert job["status"] == "done", job["message"]
    assert len(job["changed_stories"]) == 1
    story = client.get(f"/api/stories/{job['changed_stories'][0]}").json()
    texts = [client.get(f"/api/articles/{a}").json()["text"] for a in story["article_ids"]]
    assert any("Tromvik" in t for t in texts)
    assert client.get("/api/stories").json()["total"] == before + 1
    # Reads answered while the job ran: nothing waited for the analysis to finish.
    assert reads and max(reads) < 5.0
    page = client.get(f"/jobs/{job['id']}").text
    assert f'href="/stories/{story["id"]}"' in page
    # The same file again adds nothing.
    again = client.post("/api/jobs", files={"files": ("lighthouse.txt", text.encode())})
    repeat = _wait(client, again.json()["id"])
    assert repeat["status"] == "done" and repeat["changed_stories"] == []
    assert "already stored" in repeat["message"]


def test_alias_edit_is_written_and_its_stories_derived_again(writable: Any) -> None:
    client, folder = writable
    stories = client.get("/api/stories").json()["stories"]
    singles = [client.get(f"/api/stories/{s['id']}").json() for s in stories if s["size"] == 1]
    story = next(s for s in singles if s["entities"])
    name = story["entities"][0]["name"]
    posted = client.post("/api/aliases", json={
        "action": "rename", "names": [name], "canonical": "Renamed Entity", "note": "test"})
    assert posted.status_code == 202
    assert posted.json()["rule"]["names"] == [name]
    saved = json.loads((folder / "aliases.json").read_text(encoding="utf-8"))
    assert saved["rules"][-1]["canonical"] == "Renamed Entity"
    job = _wait(client, posted.json()["job"]["id"])
    assert job["status"] == "done", job["message"]
    assert story["id"] in job["changed_stories"]
    again = client.get(f"/api/stories/{story['id']}").json()
    _validator("story").validate(again)
    assert again["article_ids"] == story["article_ids"]
    assert "Renamed Entity" in [e["name"] for e in again["entities"]]
    # The form on the entity page does the same and shows the job.
    entity = story["entities"][0]
    form = client.post(f"/stories/{story['id']}/entities/{entity['id']}",
                       data={"action": "split", "name": name}, follow_redirects=False)
    assert form.status_code == 303 and form.headers["location"].startswith("/jobs/")
    assert _wait(client, form.headers["location"].rsplit("/", 1)[1])["status"] == "done"
    bad = client.post("/api/aliases", json={"action": "rename", "names": [name]})
    assert bad.status_code == 422


def test_serve_command_refuses_a_missing_store(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from storylens.cli import app

    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert "no store at" in result.output
    assert "--host" in CliRunner().invoke(app, ["serve", "--help"]).output
