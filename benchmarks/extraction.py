"""Boilerplate removal on the trafilatura evaluation set: storylens against the usual tools.

Run: ``.venv/bin/python benchmarks/extraction.py [--limit N] [--split dev|test|all]
[--only NAME]``

HTML: storylens (``clean_document`` on an HTML RawDocument), trafilatura (default,
favor_precision, favor_recall), readability-lxml and jusText. Plain text: every page is
rendered to text with all its boilerplate (inscriptis, then html2text), and storylens's
plain-text cleaner is compared with keeping everything and with trafilatura run on the
text (each line wrapped in a <p>). Snippet precision / recall / F1 as trafilatura scores
them, per split; pages per second on one core (the run is single-threaded; rendering the
text is not timed) and the process's peak resident memory. Tuning used the dev split only.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _trafilatura_eval as ev

HtmlSystem = Callable[[ev.Page], str]
TextSystem = Callable[[ev.Page, str], str]


def html_systems() -> dict[str, HtmlSystem]:
    """HTML extractors by display name."""
    return {
        "storylens (html)": ev.storylens_html,
        "trafilatura": ev.trafilatura_with(),
        "trafilatura favor_precision": ev.trafilatura_with(favor_precision=True),
        "trafilatura favor_recall": ev.trafilatura_with(favor_recall=True),
        "readability-lxml": ev.readability,
        "jusText (German stop list)": ev.justext_default,
    }


def text_systems() -> dict[str, TextSystem]:
    """Plain-text cleaners by display name."""
    return {
        "storylens (text)": ev.storylens_text,
        "keep everything": lambda page, text: text,
        "trafilatura on <p>-wrapped text": ev.trafilatura_text,
    }


RENDERERS = {"inscriptis": ev.render_inscriptis, "html2text": ev.render_html2text}


def peak_mib() -> float:
    """Peak resident memory of this process so far, in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_system(name: str, pages: list[ev.Page], call: Callable[[ev.Page], str]
               ) -> tuple[dict[str, ev.Score], float]:
    """Scores per split (and "all") and pages per second of one system."""
    scores = {"dev": ev.Score(), "test": ev.Score(), "all": ev.Score()}
    elapsed = 0.0
    for page in pages:
        start = time.perf_counter()
        output = call(page)
        elapsed += time.perf_counter() - start
        scores[page.split].add(output, page)
        scores["all"].add(output, page)
    print(f"  done: {name} ({elapsed:.1f} s)", file=sys.stderr)
    return scores, len(pages) / elapsed if elapsed else float("inf")


def main() -> None:
    """Parse arguments, run every system, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=ev.DEFAULT_DATA)
    parser.add_argument("--split", choices=("dev", "test", "all"), default="all")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--only", default=None, help="run systems whose name has this text")
    args = parser.parse_args()

    pages = ev.load_pages(args.data, args.split, args.limit)
    splits = [s for s in ("dev", "test") if any(p.split == s for p in pages)]
    counts = ", ".join(f"{s}: {sum(p.split == s for p in pages)}" for s in splits)
    print(f"{len(pages)} pages ({counts}); storylens was tuned on the {ev.TUNING_SPLIT} "
          "split only")
    rows: list[tuple[str, str, dict[str, ev.Score], float, float]] = []
    for name, system in html_systems().items():
        if args.only is None or args.only in name:
            scores, speed = run_system(name, pages, system)
            rows.append(("html", name, scores, speed, peak_mib()))
    for renderer, render in RENDERERS.items():
        texts = {page.url: render(page) for page in pages}
        for name, cleaner in text_systems().items():
            label = f"{name} [{renderer}]"
            if args.only is None or args.only in label:
                scores, speed = run_system(label, pages, _bound(cleaner, texts))
                rows.append((f"text/{renderer}", label, scores, speed, peak_mib()))
    print_table(rows, splits)


def _bound(cleaner: TextSystem, texts: dict[str, str]) -> HtmlSystem:
    """A text cleaner applied to each page's pre-rendered text."""
    return lambda page: cleaner(page, texts[page.url])


def print_table(rows: list[tuple[str, str, dict[str, ev.Score], float, float]],
                splits: list[str]) -> None:
    """One line per system and split: P, R, F1, pages/s, peak memory so far."""
    print(f"\n{'input':<16} {'system':<44} {'split':<5} {'P':>6} {'R':>6} {'F1':>6} "
          f"{'pages/s':>8} {'peak MiB':>9}")
    for kind, name, scores, speed, memory in rows:
        for split in [*splits, "all"] if len(splits) > 1 else splits:
            precision, recall, f1 = scores[split].prf()
            print(f"{kind:<16} {name:<44} {split:<5} {precision:6.3f} {recall:6.3f} {f1:6.3f} "
                  f"{speed:8.1f} {memory:9.0f}")
    print(f"\npeak resident memory of the whole run: {peak_mib():.0f} MiB")


if __name__ == "__main__":
    main()
