"""What a stance decision reads from a (claim, text) pair: numbers, no vocabulary.

Every feature works in any language: word and word-prefix overlap (letters and digits,
no dictionary), multilingual sentence-embedding cosines between the claim and each
sentence, and counts of the per-language cue words (refuting, hedging, negation) and of
the benefit/harm direction of ``facts.polarity`` in the sentences that align best with
the claim. A text is read once (:class:`TextReading`, sentence spans, word sets,
embeddings, cue counts per sentence); each pair then costs a few set intersections and
one matrix-vector product. The learned model (``facts.stance_model``) combines them.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

import numpy as np

from ..claims.lexicon_events import NEGATIONS
from ..sentences import split_sentences
from .polarity import denies, direction
from .stance import HEDGING, REFUTING, cue_patterns

# Content words: letters/digits of at least this many characters (drops "the", "de", "a").
MIN_WORD = 4
# Word prefixes of this length match inflections ("arrested"/"arrest", "arrêté"/"arrêter").
PREFIX = 5
# The claim is compared with this many best-aligned sentences (cue counts, evidence).
WINDOW = 3
# The lead: the first sentences of a text, where news states what it is about.
LEAD = 3
_WORD = re.compile(r"\w+")
_REFUTING: Final = cue_patterns(REFUTING)
_HEDGING: Final = cue_patterns(HEDGING)
_NEGATING: Final = cue_patterns(NEGATIONS)

Embed = Callable[[list[str]], np.ndarray]

FEATURES: Final[tuple[str, ...]] = (
    "share", "prefix_share", "best_share", "second_share", "lead_share", "bigram_share",
    "tf_cosine", "window_share", "number_share",
    "emb_max", "emb_top3", "emb_first", "emb_lead", "emb_mean", "emb_contrast",
    "emb_best_words", "best_position", "sentences_log", "claim_words",
    "refute_body_rate", "refute_body_any", "refute_window", "refute_new_window",
    "refute_lead", "hedge_body_rate", "hedge_window", "hedge_lead",
    "negation_window", "negation_claim", "negation_parity_differs", "direction_flipped",
    "refute_claim", "hedge_claim", "claim_question", "question_body_rate",
    "refute_best", "refute_beside_best", "negation_best_differs",
    "refuted_restatement", "refuted_restatement_emb", "negated_restatement",
    "denial_best", "denied_restatement", "denial_claim",
)


def words_of(text: str) -> list[str]:
    """Lower-cased word tokens (letters and digits of any script)."""
    return [m.group().lower() for m in _WORD.finditer(text)]


def content_words(text: str) -> frozenset[str]:
    """Lower-cased words of at least MIN_WORD characters, and every number."""
    return frozenset(w for w in words_of(text) if len(w) >= MIN_WORD or w.isdigit())


def _count(patterns: dict[str, re.Pattern[str]], lang: str, text: str) -> int:
    pattern = patterns.get(lang[:2]) or patterns["en"]
    return len(pattern.findall(text))


def _cues(patterns: dict[str, re.Pattern[str]], lang: str, text: str) -> frozenset[str]:
    pattern = patterns.get(lang[:2]) or patterns["en"]
    return frozenset(m.group().lower() for m in pattern.finditer(text))


@dataclass(frozen=True, slots=True)
class ClaimReading:
    """The claim, read once per check."""

    text: str
    lang: str
    words: frozenset[str]
    prefixes: frozenset[str]
    bigrams: frozenset[tuple[str, str]]
    tf: Counter[str]
    vector: np.ndarray
    refuting: frozenset[str]
    hedges: int
    negations: int
    way: str | None
    denial: bool

    @classmethod
    def read(cls, text: str, lang: str, embed: Embed) -> ClaimReading:
        tokens = words_of(text)
        words = content_words(text)
        return cls(text, lang, words, frozenset(w[:PREFIX] for w in words),
                   frozenset(itertools.pairwise(tokens)),
                   Counter(w for w in tokens if w in words), embed([text])[0],
                   _cues(_REFUTING, lang, text), _count(_HEDGING, lang, text),
                   _count(_NEGATING, lang, text), direction(text, lang),
                   denies(text, lang))


@dataclass(frozen=True, slots=True)
class TextReading:
    """A text, read once: its sentences and what each of them holds."""

    text: str
    id: str
    lang: str
    spans: list[tuple[int, int]]
    sentence_words: list[frozenset[str]]
    words: frozenset[str]
    prefixes: frozenset[str]
    bigrams: frozenset[tuple[str, str]]
    tf: Counter[str]
    vectors: np.ndarray  # one row per sentence
    lead_vector: np.ndarray
    refuting: list[frozenset[str]]  # per sentence
    hedges: np.ndarray
    negations: np.ndarray
    questions: np.ndarray
    ways: list[str | None]
    denials: np.ndarray  # per sentence: does it declare a statement untrue?

    @classmethod
    def read(cls, text: str, key: str, lang: str, embed: Embed) -> TextReading:
        spans = split_sentences(text) or [(0, len(text))]
        sentences = [text[s:e] for s, e in spans]
        tokens = words_of(text)
        words = content_words(text)
        vectors = embed([*sentences, text])
        return cls(
            text, key, lang, spans, [content_words(s) for s in sentences], words,
            frozenset(w[:PREFIX] for w in words),
            frozenset(itertools.pairwise(tokens)),
            Counter(w for w in tokens if w in words), vectors[:-1], vectors[-1],
            [_cues(_REFUTING, lang, s) for s in sentences],
            np.array([_count(_HEDGING, lang, s) for s in sentences], dtype=np.float64),
            np.array([_count(_NEGATING, lang, s) for s in sentences], dtype=np.float64),
            np.array(["?" in s for s in sentences], dtype=np.float64),
            [direction(s, lang) for s in sentences],
            np.array([denies(s, lang) for s in sentences], dtype=bool))


def aligned(claim: ClaimReading, body: TextReading) -> tuple[np.ndarray, np.ndarray]:
    """Sentence indices, best aligned with the claim first, and their scores.

    A sentence aligns by meaning (embedding cosine) and by the claim's words it states
    (share of the claim's content words): either alone misleads (a paraphrase shares
    few words; a sentence naming the same people may be about something else).
    """
    cosines = body.vectors @ claim.vector
    shares = np.array([len(claim.words & w) / max(1, len(claim.words))
                       for w in body.sentence_words])
    score = cosines + shares
    order = np.argsort(-score, kind="stable")
    return order, score


def _cosine(a: Counter[str], b: Counter[str]) -> float:
    """Cosine of sublinear term frequencies (1 + log tf) over shared words."""
    def weight(n: int) -> float:
        return 1.0 + math.log(n)
    dot = sum(weight(a[w]) * weight(b[w]) for w in a.keys() & b.keys())
    norm_a = math.sqrt(sum(weight(n) ** 2 for n in a.values()))
    norm_b = math.sqrt(sum(weight(n) ** 2 for n in b.values()))
    return dot / (norm_a * norm_b) if norm_a and norm_b else 0.0


def _denial_values(claim: ClaimReading, body: TextReading, order: np.ndarray,
                   shares: np.ndarray, cosines: np.ndarray) -> dict[str, float]:
    """Does the text call false, or negate, the very sentence that restates the claim?

    A denial restates what it denies ("Reports that X are false", "Es falso que X"): the
    sentence closest to the claim carries the refuting cue, or the sentence that carries
    one restates the claim. Cues counted over the whole text or a window miss this (a
    text that debunks a hoax and one that relays it use the same words); these read the
    cue on the restating sentence only, and how closely a refuting (or negation-flipped)
    sentence restates the claim: its share of the claim's words and its embedding cosine.
    """
    best = int(order[0])
    fresh = np.array([len(r - claim.refuting) for r in body.refuting], dtype=np.float64)
    flipped = (body.negations % 2) != (claim.negations % 2)
    beside = [i for i in (best - 1, best + 1) if 0 <= i < len(fresh)]
    refuting = fresh > 0
    return {
        "refute_best": float(fresh[best]),
        "refute_beside_best": float(fresh[beside].sum()) if beside else 0.0,
        "negation_best_differs": float(flipped[best]),
        "refuted_restatement": float(shares[refuting].max()) if refuting.any() else 0.0,
        "refuted_restatement_emb": float(cosines[refuting].max()) if refuting.any() else -1.0,
        "negated_restatement": float(shares[flipped].max()) if flipped.any() else 0.0,
        "denial_best": float(body.denials[best]),
        "denied_restatement": (float(shares[body.denials].max())
                               if body.denials.any() else 0.0),
        "denial_claim": float(claim.denial),
    }


def pair_features(claim: ClaimReading, body: TextReading) -> np.ndarray:
    """The pair's features, in the order of FEATURES."""
    n = len(body.spans)
    wanted = max(1, len(claim.words))
    shares = np.array([len(claim.words & w) / wanted for w in body.sentence_words])
    ranked_shares = np.sort(shares)[::-1]
    cosines = body.vectors @ claim.vector
    order, _ = aligned(claim, body)
    window = order[:WINDOW]
    lead = slice(0, min(LEAD, n))
    numbers = {w for w in claim.words if w.isdigit()}
    refute_counts = np.array([len(r) for r in body.refuting], dtype=np.float64)
    window_refuting = frozenset().union(*(body.refuting[i] for i in window))
    window_negations = float(body.negations[window].sum())
    window_ways = {body.ways[i] for i in window} - {None}
    flipped = claim.way is not None and bool(window_ways) and claim.way not in window_ways
    best_words = int(np.argmax(shares))
    top = np.sort(cosines)[::-1]
    denial = _denial_values(claim, body, order, shares, cosines)
    values = {
        "share": len(claim.words & body.words) / wanted,
        "prefix_share": len(claim.prefixes & body.prefixes) / max(1, len(claim.prefixes)),
        "best_share": float(ranked_shares[0]),
        "second_share": float(ranked_shares[1]) if n > 1 else 0.0,
        "lead_share": float(shares[lead].max()),
        "bigram_share": len(claim.bigrams & body.bigrams) / max(1, len(claim.bigrams)),
        "tf_cosine": _cosine(claim.tf, body.tf),
        "window_share": float(shares[window].mean()),
        "number_share": (len(numbers & body.words) / len(numbers)) if numbers else -1.0,
        "emb_max": float(top[0]),
        "emb_top3": float(top[:WINDOW].mean()),
        "emb_first": float(cosines[0]),
        "emb_lead": float(body.lead_vector @ claim.vector),
        "emb_mean": float(cosines.mean()),
        "emb_contrast": float(top[0] - cosines.mean()),
        "emb_best_words": float(cosines[best_words]),
        "best_position": float(order[0]) / n,
        "sentences_log": math.log1p(n),
        "claim_words": float(len(claim.words)),
        "refute_body_rate": float(refute_counts.sum()) / n,
        "refute_body_any": float(refute_counts.sum() > 0),
        "refute_window": float(refute_counts[window].sum()),
        # A cue the claim itself uses ("fraud" in "arrested for fraud") refutes nothing.
        "refute_new_window": float(len(window_refuting - claim.refuting)),
        "refute_lead": float(refute_counts[lead].sum()),
        "hedge_body_rate": float(body.hedges.sum()) / n,
        "hedge_window": float(body.hedges[window].sum()),
        "hedge_lead": float(body.hedges[lead].sum()),
        "negation_window": window_negations,
        "negation_claim": float(claim.negations),
        "negation_parity_differs": float(claim.negations % 2 != window_negations % 2),
        "direction_flipped": float(flipped),
        "refute_claim": float(len(claim.refuting)),
        "hedge_claim": float(claim.hedges),
        "claim_question": float("?" in claim.text),
        "question_body_rate": float(body.questions.sum()) / n,
        **denial,
    }
    return np.array([values[name] for name in FEATURES], dtype=np.float64)
