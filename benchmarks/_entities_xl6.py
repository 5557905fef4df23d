"""The sixth cross-language entity set (2026-12-02, session 8), kept apart from
``_entities_xl_data`` so that sampler file stays small.

Why these stories: organisations across languages were still far below the goal on the
fifth set, so this set pools periods whose news names many bodies, none drawn by any
earlier cross-language set or by session 6's unlabelled spot check (syria 2012-08, syria
2013-05/06, egypt 2012-09/10): syria 2011-03 to 2011-05 (the first months of the
uprising: Deraa, the army, the state media, EU and US sanctions), syria 2011-06 to 2011-10
(Hama, the Security Council statement, the Arab League, the opposition's new national
council), syria 2012-06 (the Houla massacre's aftermath, the UN observers, the Geneva
action group; added after a first listing showed the three others, mostly blog reviews,
name few bodies) and syria 2013-01 to 2013-04 (the UN envoy, the opposition coalition and
its Arab League seat, the Nusra front). Egypt is left out: no unused Italian egypt article
of 2011-2012 is left, and the months that have some were labelled by earlier sets.
Periods chosen by what happened then, never by a resolver's output. Same rules as the
third to fifth sets: PER_LANGUAGE_THIRD articles per language and story, first by path,
no file over FRESH_MAX_CHARS, none of the paths of any earlier entity sample (the seven
people samples, the five cross-language sets and the Italian types sample).
"""

from __future__ import annotations

from pathlib import Path

from _entities_data import Groups
from _entities_seventh import seventh_groups, seventh_used_paths
from _entities_xl5 import fifth_crosslingual_groups
from _entities_xl_data import PER_LANGUAGE_THIRD, _first_by_path

SIXTH_STORIES = {"xl6-syria-2011-03": ("syria", ("2011-03", "2011-04", "2011-05")),
                 "xl6-syria-2011-06": ("syria", ("2011-06", "2011-07", "2011-08", "2011-09",
                                                 "2011-10")),
                 "xl6-syria-2012-06": ("syria", ("2012-06",)),
                 "xl6-syria-2013-01": ("syria", ("2013-01", "2013-02", "2013-03", "2013-04"))}


def sixth_used_paths(data: Path) -> frozenset[str]:
    """Every article path of the earlier entity samples (people 1-7, cross-language 1-5,
    the Italian types sample)."""
    from entities_types_it import type_groups

    earlier = seventh_used_paths(data)
    used = set(earlier)
    for groups in (seventh_groups(data, earlier), fifth_crosslingual_groups(data),
                   type_groups(data)):
        used.update(r.source for raws in groups.values() for r in raws)
    return frozenset(used)


def sixth_crosslingual_groups(data: Path) -> Groups:
    """Raw documents of the sixth pooled set (see SIXTH_STORIES); disjoint by path from
    every other entity sample."""
    used = set(sixth_used_paths(data))
    return {story: _first_by_path(data, topic, months, used, PER_LANGUAGE_THIRD)
            for story, (topic, months) in SIXTH_STORIES.items()}
