"""Genre on CL-TLS es/fr/it: precision and recall of "opinion" against labels read by hand.

Run: ``.venv/bin/python benchmarks/framing_genre.py [--data ../shared/data/cl-tls]
[--scratch /tmp/f/genre]`` (reads the 126 labelled articles through the pipeline's
cleaning, ~10 s). Labels and their protocol: ``benchmarks/genre_labels.json`` (drawn and
stored by ``benchmarks/_genre_set.py``). ``--cv`` also prints the held-out folds of the
genre model's fit (``benchmarks/genre_fit.py``).

Per language and in all: articles, labelled opinion, flagged opinion, true positives,
precision and recall of opinion; then the confusion of labels against the genres given.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from _genre_set import DEFAULT_DATA, GENRES, LANGS, load_labels, read
from storylens.framing import classify_genre


def scores(pairs: list[tuple[str, str]]) -> str:
    """One table row: n, labelled, flagged, hits, precision, recall (of opinion)."""
    labelled = sum(gold == "opinion" for gold, _ in pairs)
    flagged = sum(given == "opinion" for _, given in pairs)
    hits = sum(gold == given == "opinion" for gold, given in pairs)
    precision = f"{hits / flagged:.2f}" if flagged else "-"
    recall = f"{hits / labelled:.2f}" if labelled else "-"
    return f"| {len(pairs)} | {labelled} | {flagged} | {hits} | {precision} | {recall} |"


def report(rows: list[tuple[str, str, str]], title: str) -> None:
    """Print the per-language table and the confusion for (path, gold, given) rows."""
    print(f"\n{title}\n\n| language | n | labelled opinion | flagged | hits | P | R |")
    print("|---|---|---|---|---|---|---|")
    for lang in (*LANGS, "all"):
        pairs = [(g, s) for p, g, s in rows if lang == "all" or p.startswith(lang)]
        print(f"| {lang} " + scores(pairs))
    confusion = Counter((g, s) for _, g, s in rows)
    given = sorted({s for _, _, s in rows})
    print("\n| label \\ given | " + " | ".join(given) + " |")
    print("|---|" + "---|" * len(given))
    for gold in GENRES:
        print(f"| {gold} | " + " | ".join(str(confusion[(gold, s)]) for s in given) + " |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--scratch", type=Path, default=Path("/tmp/f/genre"))
    parser.add_argument("--show", action="store_true", help="list every disagreement")
    parser.add_argument("--set", choices=("a", "b", "ab"), default="a",
                        help="set A (126), set B (72, held out for the second cue set), both")
    args = parser.parse_args()
    labels = load_labels(args.set)
    articles = read(args.data, sorted(labels), args.scratch)
    rows = [(p, labels[p], classify_genre(articles[p])[0]) for p in sorted(labels)]
    report(rows, f"storylens framing.genre.classify_genre, set {args.set.upper()}")
    if args.show:
        for path, gold, given in rows:
            if (gold == "opinion") != (given == "opinion"):
                print(path, gold, given, classify_genre(articles[path])[1])


if __name__ == "__main__":
    main()
