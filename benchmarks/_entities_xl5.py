"""The fifth cross-language entity set (2026-12-02, session 7), kept apart from
``_entities_xl_data`` so that sampler file stays small.

Why these stories: the fourth set showed organisations across languages far below the
goal, so this set again pools months whose news names many bodies, none drawn by any
earlier entity set or by session 6's unlabelled spot check (syria 2012-08, syria
2013-05/06, egypt 2012-09/10): egypt 2013-01 to 2013-05 (the new constitution, the
opposition front, the Port Said verdicts, the courts), syria 2012-09 to 2012-12 (the
second UN envoy, the new opposition coalition, NATO missiles on the Turkish border) and
syria 2013-07/08 (the chemical attack near Damascus, the UN inspectors, the strike
debate). Months chosen by what happened then, never by a resolver's output. Same rules
as the third and fourth sets: PER_LANGUAGE_THIRD articles per language and story, first
by path, no file over FRESH_MAX_CHARS, none of the paths of any earlier entity sample
(the six people samples and the four cross-language sets).
"""

from __future__ import annotations

from pathlib import Path

from _entities_data import Groups, fifth_groups, used_paths
from _entities_sixth import sixth_groups
from _entities_xl_data import PER_LANGUAGE_THIRD, _first_by_path, fourth_crosslingual_groups

FIFTH_STORIES = {"xl5-egypt-2013-01": ("egypt", ("2013-01", "2013-02", "2013-03", "2013-04",
                                                 "2013-05")),
                 "xl5-syria-2012-09": ("syria", ("2012-09", "2012-10", "2012-11", "2012-12")),
                 "xl5-syria-2013-07": ("syria", ("2013-07", "2013-08"))}


def fifth_crosslingual_groups(data: Path) -> Groups:
    """Raw documents of the fifth pooled set (see FIFTH_STORIES); disjoint by path from
    every other entity sample."""
    earlier = used_paths(data, through_fourth=True)
    used = set(earlier)
    used.update(r.source for raws in fifth_groups(data, earlier).values() for r in raws)
    used.update(r.source for raws in sixth_groups(data, frozenset(used)).values()
                for r in raws)
    used.update(r.source for raws in fourth_crosslingual_groups(data).values() for r in raws)
    return {story: _first_by_path(data, topic, months, used, PER_LANGUAGE_THIRD)
            for story, (topic, months) in FIFTH_STORIES.items()}
