"""The eighth people-only sample of ``benchmarks/entities.py`` (2026-12-02, session 8),
drawn as the seventh (:mod:`_entities_seventh`) at the one CL-TLS offset left, k/8 (k =
files / 10; 0, k/2, k/4, 3k/4, 3k/8, 5k/8 and 7k/8 were taken), three files a story,
BASIL event 15 and Giveme5W1H cluster 9, none of any earlier entity sample's files.
Labelled before that session's code changed: its first run is a held-out figure. Group
names end in "-eighth".
"""

from __future__ import annotations

from pathlib import Path

from _entities_data import Groups
from _entities_seventh import g5w1h_cluster, seventh_groups, seventh_used_paths
from _entities_sixth import cltls_and_basil

EIGHTH_ARTICLES = 3  # per CL-TLS story: 27 articles one person labels in one sitting
EIGHTH_BASIL_EVENT, EIGHTH_G5W1H_EVENT = 15, 9  # the first ones no earlier sample took


def eighth_used_paths(data: Path) -> frozenset[str]:
    """Every article path of the seven earlier people samples and the four cross-language
    sets."""
    earlier = seventh_used_paths(data)
    seventh = {r.source for raws in seventh_groups(data, earlier).values() for r in raws}
    return earlier | frozenset(seventh)


def eighth_groups(data: Path, exclude: frozenset[str] = frozenset()) -> Groups:
    """The eighth sample's raw documents (see the module docstring); ``exclude``:
    :func:`eighth_used_paths`."""
    groups = cltls_and_basil(data, lambda k: k // 8, EIGHTH_ARTICLES, EIGHTH_BASIL_EVENT,
                             "eighth", exclude)
    groups.update(g5w1h_cluster(data, EIGHTH_G5W1H_EVENT, "eighth"))
    return groups
