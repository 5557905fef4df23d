"""``storylens serve``: how fast is a 500-article story page served?

Run: ``.venv/bin/python benchmarks/web.py [--articles 500] [--requests 30]``

Builds a synthetic store (fictional text, made here) with one story of ``--articles``
articles, each with claims citing it, entity mentions, a timeline and relations, as the
pipeline would store them; starts the real app under uvicorn on a local port (in this
process, one worker) and times full HTTP GETs of the story page, the story list, the story
JSON and one article page with httpx after one warm-up request each. Prints median and p95
in milliseconds; the goal is a story page under 300 ms on 2 cores.
"""

from __future__ import annotations

import argparse
import socket
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx
import uvicorn

from storylens.records import (
    Article,
    Brief,
    BriefSentence,
    Claim,
    Entity,
    Evidence,
    Mention,
    Relation,
    Report,
    Story,
    TimelineEntry,
    Value,
)
from storylens.store import open_store
from storylens.web import WebSettings, create_app

SENTENCE = ("Officials in the river town of Varn{k} said on Monday that {n} homes were flooded "
            "after the dam gave way, the regional governor Mara Lind told reporters. ")


def synthetic_report(count: int) -> Report:
    """One story over ``count`` articles with two claims each and the derived sections."""
    articles, claims, mentions = [], [], []
    for k in range(count):
        text = "".join(SENTENCE.format(k=k % 7, n=100 + (k * 13 + j) % 50) for j in range(12))
        article_id = f"a{k:05d}"
        articles.append(Article(id=article_id, source=f"synthetic/{k}.txt", text=text,
                                outlet=f"Outlet {k % 40}", title=f"Dam breaks near Varn ({k})",
                                published=f"2026-04-{1 + k % 28:02d}", language="en",
                                story_id="sbench"))
        first = text.index("Mara Lind")
        mentions.append(Mention(article_id, first, first + len("Mara Lind"), "Mara Lind"))
        for j in range(2):
            start = j * len(SENTENCE.format(k=k % 7, n=100))
            end = text.index(".", start) + 1
            claims.append(Claim(
                id=f"c{k:05d}{j}", kind="quantity", statement=f"{100 + k % 50} homes flooded.",
                predicate="numbered", value=Value("flooded", 100.0 + k % 50, 100.0 + k % 50,
                                                  "homes"),
                when=f"2026-04-{1 + k % 28:02d}",
                sources=[Evidence(article_id, start, end, text[start:end], "Mara Lind")],
                status="disputed" if k % 5 == 0 else "single_source",
                conflicts_with=[f"c{(k + 1) % count:05d}0"] if k % 5 == 0 else []))
    entities = [Entity("e1", "Mara Lind", "PERSON", ["Governor Lind", "M. Lind"], mentions,
                       ["same name"]),
                Entity("e2", "Varn", "GPE", [], [], [])]
    story = Story(
        id="sbench", title="Dam breaks near Varn", article_ids=[a.id for a in articles],
        languages=["en"], entities=entities, claims=claims,
        timeline=[TimelineEntry(f"2026-04-{d:02d}", f"Day {d} of the flood", [])
                  for d in range(1, 29)],
        relations=[Relation("e1", "visited", "e2", [], "single_source")],
        brief=Brief("en", [BriefSentence(f"Sources give {n} homes flooded.",
                                         [claims[n].id], [claims[n].sources[0].article_id])
                           for n in range(0, min(len(claims), 40), 4)]))
    return Report(generator={"name": "storylens", "version": "bench", "models": {}},
                  articles=articles, stories=[story])


def timed(client: httpx.Client, url: str, requests: int) -> tuple[float, float, int]:
    """Median and p95 milliseconds of GET url, and the page size in bytes."""
    size = len(client.get(url).content)  # warm-up
    times = []
    for _ in range(requests):
        started = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1))], size


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--requests", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        started = time.perf_counter()
        with open_store(db) as store:
            store.save_run(synthetic_report(args.articles), {}, ["synthetic"])
        print(f"store: {args.articles} articles, built in {time.perf_counter() - started:.1f} s")
        app = create_app(WebSettings(db_path=db, alias_file=Path(tmp) / "aliases.json"))
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port,
                                               log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        base = f"http://127.0.0.1:{port}"
        with httpx.Client(base_url=base, timeout=30) as client:
            for name, url in [("story page", "/stories/sbench"), ("story list", "/"),
                              ("story JSON", "/api/stories/sbench"),
                              ("article page", "/articles/a00000"),
                              ("claim page", "/stories/sbench/claims/c000000")]:
                median, p95, size = timed(client, url, args.requests)
                print(f"{name:<13} median {median:7.1f} ms  p95 {p95:7.1f} ms  "
                      f"({size / 1024:.0f} KiB)")
        server.should_exit = True
        thread.join(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
