"""Bounded memory on real input: every page an article or a problem line, peak RSS recorded.

Run: ``.venv/bin/python benchmarks/memory.py [--part pages|cltls|both] [--limit N]
[--per-language N] [--cap-mb 2500]``

* ``pages``: the 990 real HTML pages of ``../shared/data/trafilatura-eval`` (each page at
  ``eval/<file>`` or ``cache/<file>``), analysed in one run as a folder of ``.html`` files.
  Every page must end as an article or a problem line naming it.
* ``cltls``: the reproduction of issue 9: the first ``--per-language`` (100) articles per
  language of ``cl-tls/{es,fr,it}/egypt`` in date order, as JSONL with the folder date as
  ``published``. Two of them are whole scraped feeds (megabytes of text); they used to run
  16 minutes and pass 9.6 GB.

The baseline printed beside each run is the same process with the models loaded and no
input (the floor every run pays), so "peak - floor" is what the articles cost. A watchdog
thread stops the process (exit 3) as soon as its memory plus its children's (PSS, so pages
forked workers share with it count once) passes ``--cap-mb``: a regression fails fast
instead of starving the machine. Inputs are copied to a temporary folder; nothing from the
shared data enters the project.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import shutil
import signal
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from storylens import Pipeline, load_settings
from storylens.records import Report

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
# The bound this benchmark proves (docs/reliability.md): 2 GB for ~1,000 real pages on
# 2 cores; the watchdog default leaves headroom above it so a failure shows the figure.
BOUND_MB = 2048
# Poll period of the watchdog: peaks shorter than this may be missed by it (never by the
# kernel's ru_maxrss, which is what the figures report).
POLL_SECONDS = 0.5


def rss_mb(pid: int | str = "self") -> float:
    """Current resident memory of one process, in MB (0 when it is gone)."""
    return _status_mb(pid, "/status", "VmRSS:")


def pss_mb(pid: int | str = "self") -> float:
    """Proportional set size of one process in MB: shared pages split between sharers.

    spaCy's worker processes are forked and share the parent's model pages; summing their
    RSS would count those pages two or three times, PSS counts them once.
    """
    return _status_mb(pid, "/smaps_rollup", "Pss:")


def _status_mb(pid: int | str, name: str, key: str) -> float:
    try:
        for line in Path(f"/proc/{pid}{name}").read_text().splitlines():
            if line.startswith(key):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def children() -> list[str]:
    """Direct child processes of this one (from every thread)."""
    out: list[str] = []
    for task in Path("/proc/self/task").iterdir():
        try:
            out.extend((task / "children").read_text().split())
        except OSError:
            continue
    return out


class Watchdog:
    """Samples the memory of this process tree (PSS) and stops it when over a cap."""

    def __init__(self, cap_mb: float) -> None:
        self.cap_mb = cap_mb
        self.peak_mb = 0.0

    def start(self) -> None:
        """Watch from a daemon thread until the process ends."""
        threading.Thread(target=self._watch, daemon=True).start()

    def _watch(self) -> None:
        while True:
            kids = children()
            now = pss_mb() + sum(pss_mb(child) for child in kids)
            self.peak_mb = max(self.peak_mb, now)
            if now > self.cap_mb:
                print(f"memory cap exceeded: {now:.0f} MB > {self.cap_mb:.0f} MB", flush=True)
                for child in kids:  # forked workers must not outlive us
                    with contextlib.suppress(OSError):
                        os.kill(int(child), signal.SIGKILL)
                os._exit(3)
            time.sleep(POLL_SECONDS)


def peak_mb() -> tuple[float, float]:
    """Kernel-recorded peak RSS of this process and of its largest child, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, child


def trafilatura_pages(target: Path, limit: int | None) -> list[Path]:
    """Copy the evaluation pages to ``target`` as .html files; the copies, in order."""
    folder = DATA / "trafilatura-eval"
    entries = json.loads((folder / "evaldata.json").read_text(encoding="utf-8"))
    out: list[Path] = []
    for index, entry in enumerate(entries.values()):
        if limit is not None and len(out) >= limit:
            break
        name = entry["file"]
        source = next((p for p in (folder / "eval" / name, folder / "cache" / name)
                       if p.is_file()), None)
        if source is None:
            continue
        copy = target / f"{index:04d}.html"
        shutil.copyfile(source, copy)
        out.append(copy)
    return out


def cltls_jsonl(target: Path, per_language: int, topic: str = "egypt") -> tuple[Path, int, int]:
    """The issue's repro as one JSONL file: (path, articles, largest text in characters)."""
    path = target / f"cltls-{topic}.jsonl"
    count = largest = 0
    with path.open("w", encoding="utf-8") as out:
        for language in ("es", "fr", "it"):
            folder = DATA / "cl-tls" / language / topic
            days = sorted(d for d in folder.iterdir() if d.is_dir() and d.name[:2] == "20")
            files = [f for d in days for f in sorted(d.glob("*.txt"))][:per_language]
            for file in files:
                text = file.read_text(encoding="utf-8", errors="replace")
                largest = max(largest, len(text))
                out.write(json.dumps({"text": text, "published": file.parent.name,
                                      "url": f"cltls://{language}/{file.parent.name}/"
                                             f"{file.name}"}) + "\n")
                count += 1
    return path, count, largest


@dataclass
class Outcome:
    """What one run cost and produced."""

    seconds: float
    peak_mb: float
    child_peak_mb: float
    tree_peak_mb: float
    articles: int
    problems: int
    report: Report


class Progress:
    """Prints each stage's end with the time and memory so far (a killed run still tells)."""

    def __init__(self, watchdog: Watchdog, started: float) -> None:
        self.watchdog = watchdog
        self.started = started

    def __call__(self, stage: str, done: int, total: int) -> None:
        if done == total:
            own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(f"  {stage} {done}/{total} at {time.perf_counter() - self.started:.0f} s, "
                  f"peak RSS {own:.0f} MB, tree PSS {self.watchdog.peak_mb:.0f} MB", flush=True)


def run(pipeline: Pipeline, inputs: list[Path], watchdog: Watchdog) -> Outcome:
    """Analyse the inputs in this process and measure time and peak memory."""
    watchdog.peak_mb = 0.0
    started = time.perf_counter()
    report = pipeline.run(inputs, Progress(watchdog, started))
    seconds = time.perf_counter() - started
    own, child = peak_mb()
    return Outcome(seconds, own, child, watchdog.peak_mb, len(report.articles),
                   len(report.problems), report)


def unaccounted(pages: list[Path], report: Report) -> list[str]:
    """Pages that ended as neither an article nor a problem line (must be none)."""
    seen = {a.source for a in report.articles} | {p.source for p in report.problems}
    return [str(p) for p in pages if str(p) not in seen]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("pages", "cltls", "both"), default="both")
    parser.add_argument("--limit", type=int, default=None, help="first N pages only")
    parser.add_argument("--per-language", type=int, default=100)
    parser.add_argument("--cap-mb", type=float, default=2500.0)
    args = parser.parse_args()
    if not DATA.is_dir():
        print(f"no shared data at {DATA}", file=sys.stderr)
        return 2
    watchdog = Watchdog(args.cap_mb)
    watchdog.start()
    pipeline = Pipeline(load_settings())
    resources = pipeline.resources
    # Load every model the runs may use, so the floor is the same for every part.
    _ = resources.embedder, resources.language_id, resources.sentence_embedder
    for language in ("en", "fr", "de", "es", "it"):
        resources.ner_for(language)
    floor = rss_mb()
    print(f"baseline (models loaded, no input): {floor:.0f} MB RSS", flush=True)
    failed = False
    with tempfile.TemporaryDirectory(prefix="storylens-memory-") as tmp:
        if args.part in ("pages", "both"):
            pages = trafilatura_pages(Path(tmp), args.limit)
            megabytes = sum(p.stat().st_size for p in pages) / 1e6
            out = run(pipeline, pages, watchdog)
            missing = unaccounted(pages, out.report)
            failed |= bool(missing) or max(out.peak_mb, out.tree_peak_mb) > BOUND_MB
            print(f"pages: {len(pages)} real HTML pages ({megabytes:.0f} MB): "
                  f"{out.articles} articles, {out.problems} problem lines, "
                  f"{len(missing)} unaccounted; {out.seconds:.0f} s; peak RSS "
                  f"{out.peak_mb:.0f} MB (floor {floor:.0f}, articles {out.peak_mb - floor:.0f}),"
                  f" largest child {out.child_peak_mb:.0f} MB, tree PSS {out.tree_peak_mb:.0f} MB",
                  flush=True)
        if args.part in ("cltls", "both"):
            path, count, largest = cltls_jsonl(Path(tmp), args.per_language)
            out = run(pipeline, [path], watchdog)
            capped = [p for p in out.report.problems if "max_article_chars" in p.message]
            failed |= max(out.peak_mb, out.tree_peak_mb) > BOUND_MB
            print(f"cltls egypt es/fr/it: {count} articles (largest {largest:,} chars): "
                  f"{out.articles} articles, {out.problems} problem lines ({len(capped)} "
                  f"capped); {out.seconds:.0f} s; peak RSS {out.peak_mb:.0f} MB "
                  f"(floor {floor:.0f}), largest child {out.child_peak_mb:.0f} MB, tree PSS "
                  f"{out.tree_peak_mb:.0f} MB", flush=True)
    print(f"bound: peak RSS (main) and PSS (tree) under {BOUND_MB} MB: "
          f"{'FAILED' if failed else 'held'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
