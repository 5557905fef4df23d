"""The cross-language entity benchmark's data: CL-TLS es/fr/it articles of the same days
pooled into one story each, so that one actor is named in three languages.

Stories (fixed by path order, no choice by content):
* ``xl-egypt-2013-07``: every day of July 2013 that all three languages' egypt folders
  have, at most PER_LANGUAGE_DAY articles per language and day;
* ``xl-egypt-2012-06``: the same for June 2012;
* ``xl-syria``: every day that all three syria folders have (same cap).
Each article is analysed exactly as the monolingual benchmark does
(:func:`_entities_data.analysed_groups`).
"""

from __future__ import annotations

from pathlib import Path

from _entities_data import Groups
from storylens.records import RawDocument

LANGUAGES = ("es", "fr", "it")
# Two articles per language and day keep a pooled story small enough to label by hand.
PER_LANGUAGE_DAY = 2
STORIES = {"xl-egypt-2013-07": ("egypt", "2013-07"), "xl-egypt-2012-06": ("egypt", "2012-06"),
           "xl-syria": ("syria", "")}


def crosslingual_groups(data: Path) -> Groups:
    """Raw documents of the pooled stories (see the module docstring)."""
    groups: Groups = {}
    for story, (topic, month) in STORIES.items():
        root = data / "cl-tls"
        days = set.intersection(*(
            {d.name for d in (root / lang / topic).iterdir() if d.name.startswith(month)}
            for lang in LANGUAGES))
        raws: list[RawDocument] = []
        for day in sorted(days):
            for lang in LANGUAGES:
                for path in sorted((root / lang / topic / day).glob("*.txt"))[:PER_LANGUAGE_DAY]:
                    raws.append(RawDocument(str(path), "text",
                                            path.read_text("utf-8", errors="replace"),
                                            published=day, language_hint=lang))
        groups[story] = raws
    return groups


# The second cross-language set (2026-12-02, session 4): other months, so other events,
# labelled before that session's code ran on it. At most PER_LANGUAGE_FRESH articles per
# language and story, first by path, skipping every article of the other entity samples
# and any file over FRESH_MAX_CHARS (a 1.3 MB page dump cannot be labelled by hand).
PER_LANGUAGE_FRESH = 4
FRESH_MAX_CHARS = 60_000
FRESH_STORIES = {"xl2-egypt-2011-02": ("egypt", "2011-02"),
                 "xl2-egypt-2013-08": ("egypt", "2013-08"),
                 "xl2-syria-2013-09": ("syria", "2013-09")}


def fresh_crosslingual_groups(data: Path) -> Groups:
    """Raw documents of the second pooled set (see FRESH_STORIES); disjoint by path from
    :func:`crosslingual_groups` and both samples of ``_entities_data``."""
    from _entities_data import fresh_groups, sample_groups

    used = {r.source for groups in (crosslingual_groups(data), sample_groups(data),
                                    fresh_groups(data)) for raws in groups.values()
            for r in raws}
    return {story: _first_by_path(data, topic, (month,), used, PER_LANGUAGE_FRESH)
            for story, (topic, month) in FRESH_STORIES.items()}


def _first_by_path(data: Path, topic: str, months: tuple[str, ...], used: set[str],
                   per_language: int) -> list[RawDocument]:
    """The first ``per_language`` CL-TLS files of ``topic`` per language published in
    ``months``, first by path, none in ``used`` and none over FRESH_MAX_CHARS."""
    raws: list[RawDocument] = []
    for lang in LANGUAGES:
        folder = data / "cl-tls" / lang / topic
        paths = [p for month in months for p in sorted(folder.glob(f"{month}*/*.txt"))
                 if str(p) not in used]
        texts = ((p, p.read_text("utf-8", errors="replace")) for p in paths)
        kept = [(p, t) for p, t in texts if len(t) <= FRESH_MAX_CHARS]
        for path, text in kept[:per_language]:
            raws.append(RawDocument(str(path), "text", text,
                                    published=path.parent.name, language_hint=lang))
    return raws


# The third cross-language set (2026-12-02, session 5): months rich in bodies (courts,
# parties, UN organs, armies, outlets) that no other entity set draws from, labelled before
# that session's code changed. Same rules as the second set, but at most PER_LANGUAGE_THIRD
# articles per language and story (a set one person labels in one sitting), first by path,
# no article of any other entity sample (the people-only third sample included), no file
# over FRESH_MAX_CHARS.
PER_LANGUAGE_THIRD = 3
THIRD_STORIES = {"xl3-egypt-2012-11": ("egypt", ("2012-11", "2012-12")),
                 "xl3-syria-2012-07": ("syria", ("2012-07",)),
                 "xl3-syria-2012-02": ("syria", ("2012-02",))}


def third_crosslingual_groups(data: Path) -> Groups:
    """Raw documents of the third pooled set (see THIRD_STORIES); disjoint by path from
    every other entity sample."""
    from _entities_data import third_groups, used_paths

    earlier = used_paths(data)
    used = set(earlier)
    used.update(r.source for raws in fresh_crosslingual_groups(data).values() for r in raws)
    # The people-only sample is drawn exactly as benchmarks/entities.py draws it.
    used.update(r.source for raws in third_groups(data, earlier).values() for r in raws)
    return {story: _first_by_path(data, topic, months, used, PER_LANGUAGE_THIRD)
            for story, (topic, months) in THIRD_STORIES.items()}


# The fourth cross-language set (2026-12-02, session 6): three more months whose stories
# name many bodies (egypt 2011-11 to 2012-03: the first elections, the military council,
# parties and courts; syria 2011-11/12: the Arab League's suspension and observers; syria
# 2012-03 to 2012-05: the UN envoy's plan and observer mission), none used by another
# entity set. Months chosen by what the events were, never by a resolver's output. Same
# rules as the third set: PER_LANGUAGE_THIRD articles per language and story, first by
# path, no article of any other entity sample (the people-only fourth and fifth samples
# included, drawn as benchmarks/entities.py draws them), no file over FRESH_MAX_CHARS.
FOURTH_STORIES = {"xl4-egypt-2011-11": ("egypt", ("2011-11", "2011-12", "2012-01", "2012-02",
                                                  "2012-03")),
                  "xl4-syria-2011-11": ("syria", ("2011-11", "2011-12")),
                  "xl4-syria-2012-03": ("syria", ("2012-03", "2012-04", "2012-05"))}


def fourth_crosslingual_groups(data: Path) -> Groups:
    """Raw documents of the fourth pooled set (see FOURTH_STORIES); disjoint by path from
    every other entity sample."""
    from _entities_data import fifth_groups, used_paths

    earlier = used_paths(data, through_fourth=True)
    used = set(earlier)
    used.update(r.source for raws in fifth_groups(data, earlier).values() for r in raws)
    return {story: _first_by_path(data, topic, months, used, PER_LANGUAGE_THIRD)
            for story, (topic, months) in FOURTH_STORIES.items()}
