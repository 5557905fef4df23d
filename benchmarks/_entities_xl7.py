"""The seventh cross-language entity set (2026-12-03, session 9), kept apart from
``_entities_xl_data`` so that sampler file stays small.

Why these stories: organisations across languages are still the weakest slice, so this
set pools periods whose news names many bodies and that no earlier entity set drew:
syria 2013-05/06 in es/fr/it (the Qusair battle, Hezbollah, the EU arms embargo, the
planned Geneva conference), syria 2013-10 to 2013-12 in es/it (the chemical weapons
destruction, the OPCW, Geneva II), syria 2014-03 to 2015-06 in es/it (the Islamic
State's caliphate, the US-led coalition, Kobane) and syria 2016-05 to 2017-01 in es/it
(Aleppo, the Russian and US ceasefires). French syria ends in 2013-09, so the later
stories are two-language. Periods chosen by what happened then, never by a resolver's
output; windows earlier reader passes read are left out (es/syria 2014-01/02,
2016-03 and 2017-10..2018-05; it/syria 2015-08..2016-04).

Session 6's unlabelled spot check (merge evidence read, nothing labelled) drew four
articles per language from syria 2013-05/06; its draw is not recorded, so the first
SPOT_CHECK_SKIP unused files per language of those months (what a first-by-path draw
takes) are skipped, and the set takes the next ones. Same rules as the third to sixth
sets otherwise: PER_LANGUAGE_THIRD articles per language and story, first by path, no
file over FRESH_MAX_CHARS, none of the paths of any earlier entity sample.
"""

from __future__ import annotations

from pathlib import Path

from _entities_data import Groups
from _entities_xl6 import sixth_crosslingual_groups, sixth_used_paths
from _entities_xl_data import PER_LANGUAGE_THIRD, _first_by_path

SPOT_CHECK_SKIP = 4
SEVENTH_STORIES = {
    "xl7-syria-2013-05": ("syria", ("2013-05", "2013-06"), SPOT_CHECK_SKIP),
    "xl7-syria-2013-10": ("syria", ("2013-10", "2013-11", "2013-12"), 0),
    "xl7-syria-2014-03": ("syria", tuple(f"2014-{m:02d}" for m in range(3, 13))
                          + tuple(f"2015-{m:02d}" for m in range(1, 7)), 0),
    "xl7-syria-2016-05": ("syria", (*(f"2016-{m:02d}" for m in range(5, 13)), "2017-01"),
                          0)}


def seventh_crosslingual_groups(data: Path) -> Groups:
    """Raw documents of the seventh pooled set (see SEVENTH_STORIES); disjoint by path from
    every other entity sample (people 1-8, cross-language 1-6, the Italian types sample)."""
    from _entities_eighth import eighth_groups, eighth_used_paths

    used = set(sixth_used_paths(data))
    used.update(r.source for raws in sixth_crosslingual_groups(data).values() for r in raws)
    used.update(r.source for raws in eighth_groups(data, eighth_used_paths(data)).values()
                for r in raws)
    groups: Groups = {}
    for story, (topic, months, skip) in SEVENTH_STORIES.items():
        skipped = _first_by_path(data, topic, months, used, skip) if skip else []
        groups[story] = _first_by_path(data, topic, months,
                                       used | {r.source for r in skipped}, PER_LANGUAGE_THIRD)
    return groups
