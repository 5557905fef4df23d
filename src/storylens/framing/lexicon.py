"""Evaluative words per language, read from the subjectivity lexicons that ship in pip packages.

Loaded wording is judged with Pattern's hand-tagged polarity/subjectivity lexicons (English
from ``textblob``, French from ``textblob-fr``, German from ``textblob-de``): a published,
general-purpose resource, not a list of words seen in our data. Only the XML data files
are read; none of those packages' code runs. Languages without a lexicon get an empty
one, so framing abstains on loaded words there instead of guessing.
"""

from __future__ import annotations

import functools
import importlib.util
import re
import xml.etree.ElementTree as ElementTree  # trusted package data, not user input
from dataclasses import dataclass
from pathlib import Path

# Package data file per language: (package, path inside it).
_FILES = {
    "en": ("textblob", "en/en-sentiment.xml"),
    "fr": ("textblob_fr", "fr-sentiment.xml"),
    "de": ("textblob_de", "data/de-sentiment.xml"),
}
# A word is evaluative when its senses are, on average, at least this subjective...
MIN_SUBJECTIVITY = 0.7
# ...and at least this polar: "brutal" (1.0, -1.0) is loaded, "able" (0.6, 0.5) and
# "abrupt" (1.0, -0.1) are not. The German lexicon has no subjectivity grades (all 0.0),
# so there polarity alone decides, at the stricter bar below.
MIN_POLARITY = 0.5
MIN_POLARITY_ALONE = 0.7
# A lexicon counts as graded for subjectivity when at least this share of its senses have a
# grade; German has 7 graded senses of 7,965, which is no grading at all.
GRADED_SHARE = 0.1
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Evaluative word forms of one language (folded), with their mean polarity."""

    language: str
    polarity: dict[str, float]

    def loaded(self, word: str) -> float | None:
        """The word's polarity when it is evaluative, else None."""
        return self.polarity.get(word.casefold())

    def loaded_spans(self, text: str) -> list[tuple[int, int, float]]:
        """(start, end, polarity) of every evaluative word in ``text``."""
        spans: list[tuple[int, int, float]] = []
        if not self.polarity:  # no lexicon for the language: nothing to find (issue 11)
            return spans
        for match in _WORD.finditer(text):
            polarity = self.loaded(match.group())
            if polarity is not None:
                spans.append((match.start(), match.end(), polarity))
        return spans


def in_a_name(text: str, start: int) -> bool:
    """Whether the word at ``start`` is capitalised inside a sentence, so part of a name
    ("Conseil Suprême des forces armées", "Grand Ayatollah"): a name is no judgement of
    the writer's. A capital after a sentence end, a line break or an opening quote is not
    evidence either way and counts as the writer's word."""
    if not text[start:start + 1].isupper():
        return False
    at = start - 1  # back over spaces only: copying the text before would be quadratic
    while at >= 0 and text[at] in " \t\u00a0":
        at -= 1
    return at >= 0 and text[at] not in ".!?:;\n«“\"'(—–-…"


@functools.cache  # read-only package data: parsed once per process, never mutated
def lexicon_for(language: str | None) -> Lexicon:
    """The evaluative lexicon of ``language`` (empty when no package ships one)."""
    spec = _FILES.get(language or "")
    if spec is None:
        return Lexicon(language or "", {})
    package, path = spec
    # Located without importing the package: textblob-de's own code fails to import under
    # current textblob, and its data file is all we need.
    found = importlib.util.find_spec(package)
    locations = list(found.submodule_search_locations or []) if found else []
    try:
        data = (Path(locations[0]) / path).read_bytes()
    except (IndexError, OSError):
        return Lexicon(language or "", {})
    words = list(ElementTree.fromstring(data).iter("word"))
    grades = [float(word.get("subjectivity") or 0.0) for word in words]
    graded = sum(1 for s in grades if s > 0) >= GRADED_SHARE * len(grades)
    senses: dict[str, list[tuple[float, float]]] = {}
    for word, subjectivity in zip(words, grades, strict=True):
        form = (word.get("form") or "").casefold()
        # Without grades, nouns' polarity says what they name ("Abbau"), not how; only
        # adjectives then carry the writer's judgement.
        if form and (graded or (word.get("pos") or "").startswith("JJ")):
            senses.setdefault(form, []).append((subjectivity, float(word.get("polarity") or 0.0)))
    polarity: dict[str, float] = {}
    for form, values in senses.items():
        subjectivity = sum(s for s, _ in values) / len(values)
        mean = sum(p for _, p in values) / len(values)
        evaluative = (subjectivity >= MIN_SUBJECTIVITY and abs(mean) >= MIN_POLARITY
                      if graded else abs(mean) >= MIN_POLARITY_ALONE)
        if evaluative:
            polarity[form] = mean
    return Lexicon(language or "", polarity)
