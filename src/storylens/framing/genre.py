"""News, opinion or analysis: what kind of text a source is, with the reasons.

A reader weighs an op-ed differently from a report. The signals are the ones an editor
would point at: a section label ("Opinion", "Tribune", "Kommentar") in the title, first
lines or cut page chrome; the writer speaking in the first person outside quotes; a high
density of evaluative words outside quotes (the subjectivity lexicon); and a columnist's
bio cut from the page. A label decides alone; otherwise opinion needs two of the three
other signals, so one chatty quote-free paragraph does not make a report an op-ed.

Those signals were set on English and find no French, Spanish or Italian column (issue 12,
session 8: 0 of 17 hand-labelled CL-TLS opinion pieces). What does carry across languages
is whether a text is told as a report at all: a report attributes what it tells, names the
day, quotes people; a column, an analysis or a roundup of tweets does not. A small model
over those cues (:mod:`.genre_cues`, fitted on hand-labelled CL-TLS articles with whole
languages held out) calls such a text "other", with its two weightiest cues as reasons;
it cannot tell an opinion piece from an analysis, so it never says "opinion".
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path

from ..records import Article
from .genre_cues import CUES, genre_cues
from .lexicon import lexicon_for

# Section labels, matched at the start of the title or of a first line (or as a
# "Title | Opinion" suffix): an editor's word for the genre, per language.
_OPINION_LABEL = (
    r"opinion|op-ed|oped|editorial|commentary|column|viewpoint|perspective|"
    r"tribune|éditorial|editorial|chronique|point de vue|opinión|tribuna|columna|"
    r"meinung|kommentar|gastbeitrag|leitartikel|commento|editoriale|opinione|punto di vista")
_ANALYSIS_LABEL = (
    r"analysis|news analysis|explainer|analyse|décryptage|análisis|analisi|hintergrund")
_LABEL = re.compile(rf"^\s*(?:(?P<opinion>{_OPINION_LABEL})|(?P<analysis>{_ANALYSIS_LABEL}))"
                    r"\s*(?:[:|–—-]|$)", re.IGNORECASE)
_SUFFIX = re.compile(rf"[|–—-]\s*(?:(?P<opinion>{_OPINION_LABEL})|(?P<analysis>{_ANALYSIS_LABEL}))"
                     r"\s*$", re.IGNORECASE)
# First person singular of the writer (en, fr, es, de, it): the pronoun forms only
# (i me my mine myself je j' moi yo ich mich mir io), factored so the scan runs faster
# (session 8: the same counts on 498 texts, BASIL included).
_FIRST_PERSON = re.compile(
    r"\b(?:i|m(?:e|y|ine|yself|oi|ich|ir)|j(?:e|'|’)|yo|i(?:ch|o))\b", re.IGNORECASE)
# Columnist bios: the bio says the writer writes opinion.
_COLUMNIST = re.compile(
    r"columnist|opinion writer|contributing writer|chroniqueur|chroniqueuse|éditorialiste|"
    r"columnista|kolumnist|editorialista|opinionista", re.IGNORECASE)
# Text between quotation marks is someone else's voice, not the writer's.
_QUOTED = re.compile(r"[\"“«„][^\"“”«»„]{0,600}?[\"”»“]")
# First-person pronouns per 100 words of the writer's own voice above which the writer
# speaks as "I": wire reports sit near 0 outside quotes; columns run 1-3.
FIRST_PERSON_RATE = 0.8
# Evaluative lexicon words per 100 words of the writer's own voice above which the text
# judges more than it reports (reports sit under 1; columns often at 2 or more).
EVALUATIVE_RATE = 1.5
# Lines at the top of an article where a section label may stand.
_LABEL_LINES = 3
# A text this short gives rates too noisy to judge by.
MIN_WORDS = 80
# The report model over the cues of .genre_cues (benchmarks/genre_fit.py --write).
MODEL_PATH = Path(__file__).with_name("genre_model.json")
# How each cue reads in a reason shown to the reader.
_CUE_WORDS = {
    "first_singular": "writer's 'I' per 100 words", "first_plural": "writer's 'we' per 100 words",
    "evaluative": "evaluative words per 100 words", "questions": "own questions per sentence",
    "exclamations": "own exclamations per sentence", "quoted_share": "share quoted",
    "wire": "wire credit or dateline", "figures": "figures per 100 words",
    "weekdays": "weekday names per 100 words", "attribution": "attributions per 100 words",
    "social": "handles and hashtags per 100 words"}


@dataclass(frozen=True, slots=True)
class _Model:
    """A logistic model over standardised cues: score = bias + sum(w * (cue - mean) / scale)."""

    languages: frozenset[str]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float
    threshold: float


@functools.cache
def _model() -> _Model | None:
    """The shipped report model, or None when none ships (then every text is news)."""
    if not MODEL_PATH.is_file():
        return None
    raw = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    if list(raw.get("cues", ())) != list(CUES) or "languages" not in raw:
        return None  # written for other cues than these: do not guess
    return _Model(frozenset(raw["languages"]), tuple(raw["mean"]), tuple(raw["scale"]),
                  tuple(raw["weights"]), float(raw["bias"]), float(raw["threshold"]))


def own_voice(text: str) -> str:
    """The text with every quoted passage blanked (same length, so offsets still hold)."""
    return _QUOTED.sub(lambda m: " " * len(m.group()), text)


def article_cues(article: Article) -> tuple[float, ...]:
    """The genre cues of one article (:data:`.genre_cues.CUES`), as the model reads them."""
    removed = tuple((r.kind, r.text) for r in article.removed)
    return _text_cues(article.text, own_voice(article.text), article.language, removed)


def _text_cues(text: str, voice: str, language: str | None,
               removed: tuple[tuple[str, str], ...],
               evaluative: int | None = None) -> tuple[float, ...]:
    quoted = sum(len(m.group()) for m in _QUOTED.finditer(text))
    return genre_cues(text, voice, quoted, language, removed, evaluative)


def classify_genre(article: Article) -> tuple[str, list[str]]:
    """(genre, reasons) for one article: "opinion", "analysis", "other" or "news"."""
    removed = tuple((r.kind, r.text) for r in article.removed)
    genre, reasons = _classify(article.title or "", article.text, article.language, removed)
    return genre, list(reasons)


@functools.lru_cache(maxsize=1024)
def _classify(title: str, text: str, language: str | None,
              removed: tuple[tuple[str, str], ...]) -> tuple[str, tuple[str, ...]]:
    """:func:`classify_genre` on the fields it reads, remembered: framing and the brief
    both ask for every member's genre (issue 11: two scans of each text per run)."""
    heads = [title, *text.split("\n")[:_LABEL_LINES]]
    heads += [body for _, body in removed if len(body) < 40]
    for head in heads:
        match = _LABEL.match(head) or _SUFFIX.search(head)
        if match:
            genre = "opinion" if match.group("opinion") else "analysis"
            return genre, (f"labelled '{match.group(genre).strip()}'",)
    reasons = []
    voice = own_voice(text)
    words = len(voice.split())
    evaluative = 0
    if words >= MIN_WORDS:
        first = len(_FIRST_PERSON.findall(voice)) * 100 / words
        if first >= FIRST_PERSON_RATE:
            reasons.append(f"first person {first:.1f} per 100 words")
        evaluative = len(lexicon_for(language).loaded_spans(voice))
        loaded = evaluative * 100 / words
        if loaded >= EVALUATIVE_RATE:
            reasons.append(f"evaluative words {loaded:.1f} per 100 words")
    if any(kind == "author_bio" and _COLUMNIST.search(body) for kind, body in removed):
        reasons.append("columnist bio")
    if len(reasons) >= 2:
        return "opinion", tuple(reasons)
    model = _model()
    if words >= MIN_WORDS and model is not None and language in model.languages:
        told = not_a_report(_text_cues(text, voice, language, removed, evaluative), language)
        if told:
            return "other", (*reasons, *told)
    return "news", tuple(reasons)


def not_a_report(cues: tuple[float, ...], language: str | None) -> list[str]:
    """Why the text is not told as a report (the model of :data:`MODEL_PATH` over the cues
    passes its threshold), the cues that weigh most first; empty when it is a report or
    when no model ships or the language is not one it was fitted on (es, fr, it: on English
    BASIL it called 11 of 300 reports "other", so English keeps the old rule alone). The
    model tells "not a report" from a report; it does not tell an opinion piece from an
    analysis or an interview (issue 12, session 8: held-out AUC about 0.5 for that), so its
    genre is "other", never a guessed "opinion"."""
    model = _model()
    if model is None or language not in model.languages:
        return []
    pushes = [w * (c - m) / s for c, m, s, w in
              zip(cues, model.mean, model.scale, model.weights, strict=True)]
    if sum(pushes) + model.bias < model.threshold:
        return []
    ranked = sorted(range(len(cues)), key=lambda i: -pushes[i])
    weighed = ", ".join(f"{_CUE_WORDS[CUES[i]]} {cues[i]:.2f}" for i in ranked[:2] if pushes[i] > 0)
    return [f"not told as a report: {weighed}"]
