"""The sixth people-only sample of ``benchmarks/entities.py`` (2026-12-02, session 6).

Drawn and labelled before that session's code changed, so its first run is a held-out
figure: CL-TLS es/fr/it x egypt/syria, every k-th file (k = files / 10) from 5k/8 on - an
offset no earlier sample used (0, k/2, k/4, 3k/4, 3k/8) - SIXTH_ARTICLES per story, none
of the files of any earlier entity sample (the five people samples and the three
cross-language sets), no file over THIRD_MAX_BYTES; and, for English, the next unused
BASIL event (index 13: the samples before took events 0-12). Group names end in "-sixth".
Kept apart from ``_entities_data`` so that sampler file does not grow past its size.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from _entities_data import (
    Groups,
    _basil,
    cltls_picked,
    fifth_groups,
    used_paths,
)

# Five articles per CL-TLS story: six stories one person labels in one sitting.
SIXTH_ARTICLES = 5
# The first BASIL event no earlier sample took (0-4, 5-7, 8-10, 11-12).
SIXTH_BASIL_EVENT = 13


def sixth_used_paths(data: Path) -> frozenset[str]:
    """Every article path of the five earlier people samples and the cross-language sets."""
    earlier = used_paths(data, through_fourth=True)
    fifth = {r.source for raws in fifth_groups(data, earlier).values() for r in raws}
    return earlier | frozenset(fifth)


def sixth_groups(data: Path, exclude: frozenset[str] = frozenset()) -> Groups:
    """The sixth sample's raw documents (see the module docstring); ``exclude``:
    :func:`sixth_used_paths`."""
    return cltls_and_basil(data, lambda k: 5 * k // 8, SIXTH_ARTICLES, SIXTH_BASIL_EVENT,
                           "sixth", exclude)


def cltls_and_basil(data: Path, start: Callable[[int], int], count: int, event: int,
                    suffix: str, exclude: frozenset[str]) -> Groups:
    """``count`` CL-TLS files per es/fr/it x egypt/syria story from ``start(k)`` on (see
    :func:`_entities_data.cltls_picked`) and the BASIL event ``event`` (three outlets);
    group names end in ``-suffix``. The sixth and seventh samples are drawn so."""
    groups: Groups = {
        f"cltls-{lang}-{topic}-{suffix}": cltls_picked(data, lang, topic, start, count, exclude)
        for lang in ("es", "fr", "it") for topic in ("egypt", "syria")}
    triplets: dict[str, list[Path]] = {}
    for path in sorted((data / "basil" / "articles").glob("*/*.json")):
        triplets.setdefault(path.name.rsplit("_", 1)[0], []).append(path)
    ordered = sorted(triplets.items())
    if len(ordered) > event:
        groups[f"basil-{event}-{suffix}"] = [_basil(p) for p in ordered[event][1]]
    return groups
