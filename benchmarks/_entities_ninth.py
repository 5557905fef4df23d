"""The ninth people-only sample of ``benchmarks/entities.py`` (2026-12-03, session 9),
drawn as the eighth (:mod:`_entities_eighth`) at an offset no earlier sample used, 9k/16
(k = files / 10; 0, k/8, k/4, 3k/8, k/2, 5k/8, 3k/4 and 7k/8 were taken; where k is
small 9k/16 rounds to a taken offset and the files already used there are skipped), four
files a story, none of any earlier entity sample's files (the eight people samples, the
six cross-language sets and the Italian types sample), no file over 100 kB, BASIL event 16
and Giveme5W1H cluster 10 (the first ones no earlier sample took). Italian egypt has no
file left. Labelled before that session's code changed: its first run is a held-out
figure. Group names end in "-ninth".
"""

from __future__ import annotations

from pathlib import Path

from _entities_data import Groups
from _entities_eighth import eighth_groups
from _entities_seventh import g5w1h_cluster
from _entities_sixth import cltls_and_basil
from _entities_xl6 import sixth_crosslingual_groups, sixth_used_paths

NINTH_ARTICLES = 4  # per CL-TLS story: about 25 articles, one sitting's labelling
NINTH_BASIL_EVENT, NINTH_G5W1H_EVENT = 16, 10


def ninth_used_paths(data: Path) -> frozenset[str]:
    """Every article path of the eight earlier people samples, the six cross-language sets
    and the Italian types sample."""
    earlier = sixth_used_paths(data)
    used = set(earlier)
    for groups in (eighth_groups(data, earlier), sixth_crosslingual_groups(data)):
        used.update(r.source for raws in groups.values() for r in raws)
    return frozenset(used)


def ninth_groups(data: Path, exclude: frozenset[str] = frozenset()) -> Groups:
    """The ninth sample's raw documents (see the module docstring); ``exclude``:
    :func:`ninth_used_paths`."""
    groups = cltls_and_basil(data, lambda k: 9 * k // 16, NINTH_ARTICLES, NINTH_BASIL_EVENT,
                             "ninth", exclude)
    groups.update(g5w1h_cluster(data, NINTH_G5W1H_EVENT, "ninth"))
    return groups
