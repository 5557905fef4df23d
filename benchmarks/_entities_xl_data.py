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
