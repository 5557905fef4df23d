"""The seventh people-only sample of ``benchmarks/entities.py`` (2026-12-02, session 7).

Drawn and labelled before that session's code changed, so its first run is a held-out
figure: CL-TLS es/fr/it x egypt/syria, every k-th file (k = files / 10) from 7k/8 on - an
offset no earlier sample used (0, k/2, k/4, 3k/4, 3k/8, 5k/8) - SEVENTH_ARTICLES per story,
none of the files of any earlier entity sample (the six people samples and the four
cross-language sets), no file over THIRD_MAX_BYTES; for English the next unused BASIL event
(index 14: the samples before took events 0-13) and the next unused Giveme5W1H event cluster
(index 8: the samples before took 0-7). Group names end in "-seventh".
"""

from __future__ import annotations

import json
from pathlib import Path

from _entities_data import G5W1H_ARTICLES, Groups, _g5w1h
from _entities_sixth import cltls_and_basil, sixth_groups, sixth_used_paths
from _entities_xl_data import fourth_crosslingual_groups

# Four articles per CL-TLS story: eight stories one person labels in one sitting.
SEVENTH_ARTICLES = 4
# The first BASIL event and Giveme5W1H event no earlier sample took.
SEVENTH_BASIL_EVENT = 14
SEVENTH_G5W1H_EVENT = 8


def seventh_used_paths(data: Path) -> frozenset[str]:
    """Every article path of the six earlier people samples and the four cross-language sets."""
    earlier = sixth_used_paths(data)
    used = set(earlier)
    for groups in (sixth_groups(data, earlier), fourth_crosslingual_groups(data)):
        used.update(r.source for raws in groups.values() for r in raws)
    return frozenset(used)


def seventh_groups(data: Path, exclude: frozenset[str] = frozenset()) -> Groups:
    """The seventh sample's raw documents (see the module docstring); ``exclude``:
    :func:`seventh_used_paths`."""
    groups = cltls_and_basil(data, lambda k: 7 * k // 8, SEVENTH_ARTICLES, SEVENTH_BASIL_EVENT,
                             "seventh", exclude)
    groups.update(g5w1h_cluster(data, SEVENTH_G5W1H_EVENT, "seventh"))
    return groups


def g5w1h_cluster(data: Path, index: int, suffix: str) -> Groups:
    """Up to G5W1H_ARTICLES articles of the ``index``-th Giveme5W1H event cluster (by
    event id) as one group named ``g5w1h-<index>-<suffix>``; the seventh and eighth
    samples take theirs so."""
    events: dict[str, list[Path]] = {}
    for path in sorted((data / "giveme5w1h" / "news_cluster" / "data").glob("*.json")):
        event = json.loads(path.read_text("utf-8"))["newsCluster"]["EventId"]
        events.setdefault(str(event), []).append(path)
    clusters = sorted(events.items())
    if len(clusters) <= index:
        return {}
    return {f"g5w1h-{index}-{suffix}": [_g5w1h(p) for p in clusters[index][1][:G5W1H_ARTICLES]]}
