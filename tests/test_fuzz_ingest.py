"""A bounded, deterministic fuzz session over ingest and cleaning (HTML, WARC, feeds, JSONL).

Seed files written for this test are mutated by a seeded generator (bit flips, byte
insertions and deletions, repeated and cut chunks, hostile fragments). Every mutant must
come out as articles and problem lines: any other exception is a crasher. Crashers found
are kept in ``fixtures/fuzz_crashers/`` and replayed by the suite.

The default suite runs a short session (a few seconds); a long one:
``.venv/bin/python tests/test_fuzz_ingest.py --iterations 2000 --seed 7``.
"""

from __future__ import annotations

import argparse
import io
import random
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from storylens import load_settings
from storylens.clean import clean_document
from storylens.clean._fields import iso_published
from storylens.config import Settings
from storylens.errors import UNEXPECTED_MARK, StorylensError
from storylens.ingest import read_inputs
from storylens.records import Problem, RawDocument

CRASHERS = Path(__file__).parent / "fixtures" / "fuzz_crashers"
BODY = ("The harbour board voted on Tuesday to rebuild the storm wall at a cost of two "
        "million euros, its chair said. Work starts in May and ends in October.")
# Fragments that broke parsers somewhere: deep nesting, entities, NULs, long lines, BOMs.
HOSTILE = [b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b"[" * 2000, b"<div>" * 500, b"&#0;",
           b"&#xD800;", b"<![CDATA[", b"]]>", b"\r\n\r\n", b"\x1b[31m", b"%s%n", b"\\u0000",
           b"<!ENTITY x \"y\">", b"0" * 70_000, b"\xc3", b"\x80" * 50, b"{\"text\": 1}"]
# One mutant is judged by a deadline, not only by its result: a parser that stalls on a
# small input would stall a run.
PER_INPUT_SECONDS = 5.0


def _html() -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>Harbour wall</title>"
            f"<meta property='article:published_time' content='2024-03-05'></head><body>"
            f"<nav>Home | World | Sport</nav><article><h1>Harbour wall</h1><p>{BODY}</p>"
            f"<p>{BODY}</p></article><footer>Sign in</footer></body></html>").encode()


def _warc() -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                               protocol="HTTP/1.1")
    payload = _html()
    writer.write_record(writer.create_warc_record(
        "https://news.example/wall", "response", payload=io.BytesIO(payload),
        length=len(payload), http_headers=headers))
    return out.getvalue()


def _rss() -> bytes:
    return (f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
            f"<title>Wire</title><item><title>Harbour wall</title>"
            f"<link>https://news.example/wall</link><pubDate>Tue, 05 Mar 2024 10:00:00 GMT"
            f"</pubDate><description>{BODY} {BODY}</description></item></channel></rss>"
            ).encode()


def _atom() -> bytes:
    return (f"<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>W</title>"
            f"<entry><title>Harbour wall</title><updated>2024-03-05T10:00:00Z</updated>"
            f"<content type='html'>&lt;p&gt;{BODY} {BODY}&lt;/p&gt;</content></entry></feed>"
            ).encode()


def _jsonl() -> bytes:
    return (f'{{"text": "{BODY}", "published": "Tue, 05 Mar 2024 10:00:00 GMT", '
            f'"language": "en", "title": "Harbour wall"}}\n'
            f'{{"html": "<p>{BODY}</p>", "published": "5 mars 2024"}}\n').encode()


SEEDS: dict[str, tuple[str, Callable[[], bytes]]] = {
    "html": (".html", _html), "warc": (".warc", _warc), "rss": (".rss", _rss),
    "atom": (".atom", _atom), "jsonl": (".jsonl", _jsonl),
}


def mutate(data: bytes, rng: random.Random) -> bytes:
    """One to four random edits of ``data``."""
    out = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        where = rng.randrange(len(out) + 1)
        choice = rng.randrange(6)
        if choice == 0 and out:
            out[min(where, len(out) - 1)] ^= 1 << rng.randrange(8)
        elif choice == 1:
            out[where:where] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
        elif choice == 2:
            del out[where:where + rng.randint(1, 64)]
        elif choice == 3:
            chunk = out[where:where + rng.randint(1, 200)]
            out[where:where] = chunk * rng.randint(2, 50)
        elif choice == 4:
            out[where:where] = rng.choice(HOSTILE)
        else:
            del out[where:]
    return bytes(out)


def run_one(path: Path, settings: Settings) -> Counter[str]:
    """Read and clean one file; any exception other than the project's own escapes."""
    outcome: Counter[str] = Counter()
    for item in read_inputs([path], settings):
        if isinstance(item, Problem):
            assert item.message and "\n" not in item.message, item
            assert UNEXPECTED_MARK not in item.message, item
            outcome["problem"] += 1
            continue
        assert isinstance(item, RawDocument)
        try:
            clean_document(item, settings)
        except StorylensError as exc:
            assert UNEXPECTED_MARK not in str(exc), exc
            outcome["problem"] += 1
        else:
            outcome["article"] += 1
    return outcome


def fuzz(folder: Path, iterations: int, seed: int, settings: Settings) -> Counter[str]:
    """Mutants of every seed; a crasher is saved to CRASHERS and re-raised."""
    rng = random.Random(seed)
    totals: Counter[str] = Counter()
    # Libraries load data on first use (dateparser's locales, trafilatura's tables: seconds,
    # once per process): each seed and an unusual date go through once before the clock.
    iso_published("5 mars 2024 à midi", settings.languages)
    iso_published("Xyz, 05 Qrs 2024 10:0x GMT", settings.languages)  # no locale fits: all load
    odd_date = _html().replace(b"2024-03-05", b"2024 Qrs xyz-03-05")  # htmldate's dateparser
    for name, (suffix, data) in {**{k: (v[0], v[1]()) for k, v in SEEDS.items()},
                                 "odd-date": (".html", odd_date)}.items():
        warm = folder / f"warm-{name}{suffix}"
        warm.write_bytes(data)
        run_one(warm, settings)
    for index in range(iterations):
        kind = list(SEEDS)[index % len(SEEDS)]
        suffix, make = SEEDS[kind]
        data = mutate(make(), rng)
        path = folder / f"mutant{suffix}"
        path.write_bytes(data)
        started = time.monotonic()
        try:
            totals += run_one(path, settings)
            elapsed = time.monotonic() - started
            assert elapsed < PER_INPUT_SECONDS, f"{kind} mutant {index} took {elapsed:.1f} s"
        except Exception:
            CRASHERS.mkdir(parents=True, exist_ok=True)
            (CRASHERS / f"{kind}-{seed}-{index}{suffix}").write_bytes(data)
            raise
        totals["inputs"] += 1
    return totals


def test_short_fuzz_session_over_every_reader(tmp_path: Path) -> None:
    totals = fuzz(tmp_path, iterations=60, seed=20261201,
                  settings=load_settings(environ={}))
    assert totals["inputs"] == 60
    # The mutants are mild enough that many still give an article: the session really
    # reaches the cleaners, not only the readers' first checks.
    assert totals["article"] > 12 and totals["problem"] > 5, totals


@pytest.mark.parametrize("crasher", sorted(CRASHERS.glob("*")) if CRASHERS.is_dir() else [],
                         ids=lambda p: p.name)
def test_kept_crashers_are_articles_or_problems(crasher: Path, tmp_path: Path) -> None:
    path = tmp_path / f"input{''.join(crasher.suffixes[-1:])}"
    path.write_bytes(crasher.read_bytes())
    run_one(path, load_settings(environ={}))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--iterations", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    import tempfile

    with tempfile.TemporaryDirectory() as scratch:
        started = time.monotonic()
        result = fuzz(Path(scratch), args.iterations, args.seed, load_settings(environ={}))
        print(dict(result), f"{time.monotonic() - started:.1f} s")
