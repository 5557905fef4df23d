"""Whole-pipeline speed on real multilingual articles (CL-TLS es/fr/it, egypt and syria).

Run: ``.venv/bin/python benchmarks/speed_cltls.py [--data ../shared/data/cl-tls]
[--sample 300] [--seed 11] [--dump REPORT.json] [--profile OUT.prof]``

A fixed, seeded sample of articles (default 300 of the ~1,150) is drawn from
``cl-tls/{es,fr,it}/{egypt,syria}/DATE/*.txt``; each is written as one JSONL line with
its folder date as ``published`` and no language (the pipeline detects it, as it would
for a user's pile). Every model the run needs is loaded before the clock starts and its
load time is printed apart. Two runs over the same sample are timed in this process:

* baseline: ingest + clean + sentences + language only (what any analysis pays before
  entities, claims, embeddings and stories), so the reader sees the share of the rest;
* storylens: the whole ``Pipeline.run``.

* storylens workers=1: the same whole run with every stage in this process (the figure
  before the process engine, issue 11), printed beside the run with the settings' workers
  (``--workers``; default auto, i.e. every usable core, as `storylens analyze` runs);
  ``--no-serial`` skips it.

Helper processes of the engine (``storylens/engine.py``) are started and load their models
before any clock starts, like the models of this process. Each run is reported as wall
time and as CPU time (``time.process_time`` plus finished child processes plus the CPU
the engine's helpers report), with seconds per stage (summed over processes). The machine this was
written on is shared, so wall time is noisy and CPU time is the steadier figure; on an
idle 2-core machine wall time is what a user sees. ``--dump`` writes the report (stories,
entities, claims with spans and statuses) as JSON so that an optimisation can be checked
to leave the output unchanged (``benchmarks/same_report.py``).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from storylens import Pipeline, load_settings
from storylens.records import Problem, Report, to_dict

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "cl-tls"
LANGUAGES = ("es", "fr", "it")
TOPICS = ("egypt", "syria")
T = TypeVar("T")


def sample_paths(root: Path, size: int, seed: int) -> list[Path]:
    """A seeded sample of article files, in a fixed order (sorted, then drawn)."""
    paths = sorted(p for lang in LANGUAGES for topic in TOPICS
                   for p in (root / lang / topic).glob("*/*.txt"))
    chosen = random.Random(seed).sample(paths, min(size, len(paths)))
    return sorted(chosen)


def write_jsonl(paths: list[Path], target: Path) -> None:
    """The sample as storylens JSONL: text and folder date as publication day."""
    with target.open("w", encoding="utf-8") as out:
        for path in paths:
            out.write(json.dumps({
                "text": path.read_text(encoding="utf-8", errors="replace"),
                "published": path.parent.name,
                "url": f"cltls://{'/'.join(path.parts[-4:])}",
            }) + "\n")


def cpu_seconds(pipelines: tuple[Pipeline, ...] = ()) -> float:
    """CPU time of this process, its finished children and the engine's helpers."""
    children = os.times()
    helpers = sum(p.stats.helper_cpu_seconds for p in pipelines)
    return time.process_time() + children.children_user + children.children_system + helpers


def measured(work: Callable[[], T], *watched: Pipeline) -> tuple[T, float, float]:
    """The work's result, wall seconds and CPU seconds (helpers of ``watched`` included)."""
    wall, cpu = time.perf_counter(), cpu_seconds(watched)
    result = work()
    return result, time.perf_counter() - wall, cpu_seconds(watched) - cpu


def load_models(pipeline: Pipeline) -> dict[str, float]:
    """Every model a run over es/fr/it text touches, loaded before any clock starts."""
    resources = pipeline.resources
    _ = resources.language_id, resources.embedder, resources.sentence_embedder
    _ = resources.entity_knowledge
    for language in (*LANGUAGES, "en"):
        resources.ner_for(language)
        if pipeline.settings.five_w:  # STORYLENS_FIVE_W=1: the 5W stage's parsers too
            resources.parser_for(language)
    return dict(resources.load_seconds)


def baseline(pipeline: Pipeline, corpus: Path) -> int:
    """Ingest, clean, sentences and language: the floor every analysis pays."""
    problems: list[Problem] = []
    articles = pipeline.read_articles([corpus], problems)
    hint = pipeline.settings.lang_hint
    detector = pipeline.resources.language_id
    from storylens.language import detect_article_language
    from storylens.sentences import segment_article
    for article in articles:
        segment_article(article)
        detect_article_language(article, detector, hint or article.language_hint)
    return len(articles)


def comparable(report: Report) -> str:
    """The report as JSON, less what differs run to run (model load times, settings)."""
    data = to_dict(report)
    data["generator"].pop("models", None)  # load times differ run to run
    data["generator"]["settings"].pop("workers", None)
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=0)


def line(name: str, count: int, wall: float, cpu: float) -> str:
    return (f"{name:<10} {count:4d} articles  wall {wall:7.1f} s = {count / wall:5.1f} art/s"
            f"   CPU {cpu:7.1f} s = {count / cpu:5.1f} art/CPU-s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--sample", type=int, default=300)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--dump", type=Path, default=None, help="write the report here")
    parser.add_argument("--profile", type=Path, default=None, help="cProfile the full run")
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--no-serial", action="store_true", help="skip the workers=1 run")
    parser.add_argument("--workers", type=int, default=0,
                        help="0 = auto (the default of `storylens analyze`)")
    args = parser.parse_args()
    if not all((args.data / lang).is_dir() for lang in LANGUAGES):
        print(f"CL-TLS not found at {args.data}; nothing to measure", file=sys.stderr)
        return 2
    paths = sample_paths(args.data, args.sample, args.seed)
    settings = load_settings().replace(db_path=str(Path(tempfile.gettempdir()) / "x.db"),
                                       workers=args.workers)
    pipeline = Pipeline(settings)
    loads, load_wall, _ = measured(lambda: load_models(pipeline))
    helpers = pipeline.engine.start((*LANGUAGES, "en"))
    serial = Pipeline(settings.replace(workers=1), resources=pipeline.resources)
    print(f"sample: {len(paths)} CL-TLS articles (seed {args.seed}), "
          f"threads {settings.threads}, ner_processes {settings.ner_processes}, "
          f"workers {1 + helpers} (this process + {helpers} helpers)")
    print(f"model loading (not timed below): {load_wall:.1f} s  "
          + ", ".join(f"{k} {v:.1f}s" for k, v in loads.items())
          + f"; helpers {pipeline.engine.load_seconds:.1f} s")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "cltls.jsonl"
        write_jsonl(paths, corpus)
        if not args.no_baseline:
            count, wall, cpu = measured(lambda: baseline(serial, corpus))
            print(line("baseline", count, wall, cpu) + "  (ingest+clean+sentences+language)")
        serial_report = None
        if not args.no_serial and helpers:
            serial_report, wall, cpu = measured(lambda: serial.run([corpus]))
            print(line("workers=1", len(serial_report.articles), wall, cpu)
                  + "  (whole Pipeline.run, all in this process)")
        profiler: Any = None
        if args.profile:
            import cProfile
            profiler = cProfile.Profile(time.process_time)  # CPU, not wall
            profiler.enable()
        report, wall, cpu = measured(lambda: pipeline.run([corpus]), pipeline)
        if profiler is not None:
            profiler.disable()
            profiler.dump_stats(str(args.profile))
    count = len(report.articles)
    print(line(f"workers={1 + helpers}", count, wall, cpu) + "  (whole Pipeline.run)")
    stats = pipeline.stats
    for stage, seconds in stats.seconds.items():
        stage_cpu = getattr(stats, "cpu_seconds", {}).get(stage, 0.0)
        print(f"  {stage:<11} wall {seconds:7.2f} s ({100 * seconds / wall:4.1f} %)"
              f"   CPU {stage_cpu:7.2f} s")
    claims = sum(len(s.claims) for s in report.stories)
    print(f"stories {len(report.stories)}, story claims {claims}, "
          f"problems {len(report.problems)}, "
          f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    pipeline.engine.close()  # the helpers end: their peak is now the children's
    if helpers:
        print(f"largest helper's peak RSS "
              f"{resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024:.0f} MB "
              f"(each of the {helpers} holds its own models)")
    if serial_report is not None:
        same = comparable(serial_report) == comparable(report)
        print(f"report the same as with workers=1: {'yes' if same else 'NO'}")
    if args.dump:
        args.dump.write_text(comparable(report), encoding="utf-8")
        print(f"report written to {args.dump}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
