"""Check one claim against many texts: supports, contradicts, discusses or unrelated.

The same reading as the story statuses, on a fact-checker's own pile: a text is related
when it states the claim's content words; among related texts, the sentences that state
the most of them are the evidence. A text contradicts when those sentences (or the text
around them) call the claim false or point the other way (a negation or benefit/harm
phrase the claim does not have), supports when one sentence states nearly all of the
claim without hedging, and otherwise discusses it. Every verdict carries the exact
sentences it rests on. A checker is built once; each text is read once and cached.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final, Literal

from ..claims.lexicon_events import NEGATIONS
from ..config import Settings
from ..records import Article, Evidence
from ..resources import Resources
from ..sentences import split_sentences
from .polarity import direction
from .stance import HEDGING, REFUTING, cue_patterns

Label = Literal["supports", "contradicts", "discusses", "unrelated"]

# Below this share of the claim's content words found in a text, the text is about
# something else. A first guess (a third of the claim's words); benchmarks/stance_fnc1.py
# picks both cut-offs per fold on the other folds and reports what they chose.
RELATED_SHARE = 0.32
# One sentence holding this share of the claim's content words states the claim itself:
# a little over half, so a sentence naming the same people about something else does not.
SUPPORT_SHARE = 0.55
# Sentences holding at least this share count as where the text talks about the claim.
EVIDENCE_SHARE = 0.25
# At most this many evidence sentences are returned per verdict (best first).
MAX_EVIDENCE = 3
# Content words: letters/digits of at least this many characters (drops "the", "de", "a").
MIN_WORD = 4
_WORD = re.compile(r"\w+")
_REFUTING: Final = cue_patterns(REFUTING)
_HEDGING: Final = cue_patterns(HEDGING)
_NEGATING: Final = cue_patterns(NEGATIONS)


@dataclass(frozen=True, slots=True)
class Verdict:
    """A text's stance towards the claim and the exact sentences it rests on."""

    label: Label
    relatedness: float
    evidence: list[Evidence] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Features:
    """What the decision reads from one (claim, text) pair; thresholds apply later."""

    share: float
    best: float
    refuted: bool
    hedged: bool
    flipped: bool
    spans: list[tuple[float, int, int]]


@dataclass(frozen=True, slots=True)
class Thresholds:
    """The three cut-offs of the decision (see the module constants for their origin)."""

    related: float = RELATED_SHARE
    support: float = SUPPORT_SHARE
    evidence: float = EVIDENCE_SHARE


@dataclass(slots=True)
class _Text:
    text: str
    id: str
    lang: str
    sentences: list[tuple[int, int, frozenset[str]]]
    words: frozenset[str]


def content_words(text: str) -> frozenset[str]:
    """Lower-cased words of at least MIN_WORD characters, and every number."""
    return frozenset(w for w in (m.group().lower() for m in _WORD.finditer(text))
                     if len(w) >= MIN_WORD or w.isdigit())


class Checker:
    """Answers "what does each of these texts say about this claim?" with evidence."""

    def __init__(self, settings: Settings | None = None,
                 thresholds: Thresholds | None = None) -> None:
        self.settings = settings or Settings()
        self.thresholds = thresholds or Thresholds()
        self._resources = Resources(self.settings)
        self._texts: dict[str, _Text] = {}

    def check(self, claim: str, texts: Sequence[str]) -> list[Verdict]:
        """One verdict per text, in order."""
        return [self.decide(self.features(claim, text), text) for text in texts]

    def features(self, claim: str, text: str) -> Features:
        """The pair's features (cached reading of the text)."""
        body = self._read(text)
        lang = body.lang
        wanted = content_words(claim)
        if not wanted:
            return Features(0.0, 0.0, False, False, False, [])
        share = len(wanted & body.words) / len(wanted)
        scored = sorted(((len(wanted & words) / len(wanted), s, e)
                         for s, e, words in body.sentences), key=lambda t: (-t[0], t[1]))
        best = scored[0][0] if scored else 0.0
        near = [t for t in scored if t[0] >= self.thresholds.evidence][:MAX_EVIDENCE] \
            or scored[:1]
        window = " ".join(text[s:e] for _, s, e in near)
        # A cue the claim itself uses ("fraud" in "arrested for fraud") refutes nothing.
        refuted = bool(_cues(_REFUTING, lang, window) - _cues(_REFUTING, lang, claim))
        hedged = _has(_HEDGING, lang, window)
        flipped = _negated(claim, lang) != _negated(window, lang) or (
            _way(claim, lang) is not None and _way(window, lang) not in (None, _way(claim, lang)))
        return Features(share, best, refuted, hedged, flipped, near)

    def decide(self, f: Features, text: str) -> Verdict:
        """The label from features, with the evidence sentences as exact spans."""
        t = self.thresholds
        body_id = self._read(text).id
        evidence = [Evidence(body_id, s, e, text[s:e]) for _, s, e in f.spans]
        if f.share < t.related:
            return Verdict("unrelated", f.share, [])
        if f.refuted or (f.flipped and f.best >= t.support):
            return Verdict("contradicts", f.share, evidence)
        if f.best >= t.support and not f.hedged:
            return Verdict("supports", f.share, evidence)
        return Verdict("discusses", f.share, evidence)

    def _read(self, text: str) -> _Text:
        key = Article.make_id(text)
        cached = self._texts.get(key)
        if cached is None:
            sentences = [(s, e, content_words(text[s:e])) for s, e in split_sentences(text)]
            lang = (self.settings.lang_hint
                    or self._resources.language_id.best_guess(text) or "en")
            cached = _Text(text, key, lang, sentences, content_words(text))
            self._texts[key] = cached
        return cached


def _has(patterns: dict[str, re.Pattern[str]], lang: str, text: str) -> bool:
    pattern = patterns.get(lang[:2]) or patterns["en"]
    return pattern.search(text) is not None


def _cues(patterns: dict[str, re.Pattern[str]], lang: str, text: str) -> set[str]:
    pattern = patterns.get(lang[:2]) or patterns["en"]
    return {m.group().lower() for m in pattern.finditer(text)}


def _negated(text: str, lang: str) -> bool:
    pattern = _NEGATING.get(lang[:2]) or _NEGATING["en"]
    return len(pattern.findall(text)) % 2 == 1


def _way(text: str, lang: str) -> str | None:
    return direction(text, lang)
