"""News, opinion or analysis: what kind of text a source is, with the reasons.

A reader weighs an op-ed differently from a report. The signals are the ones an editor
would point at: a section label ("Opinion", "Tribune", "Kommentar") in the title, first
lines or cut page chrome; the writer speaking in the first person outside quotes; a high
density of evaluative words outside quotes (the subjectivity lexicon); and a columnist's
bio cut from the page. A label decides alone; otherwise opinion needs two of the three
other signals, so one chatty quote-free paragraph does not make a report an op-ed.
"""

from __future__ import annotations

import functools
import re

from ..records import Article
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
# First person singular of the writer (en, fr, es, de, it): the pronoun forms only.
_FIRST_PERSON = re.compile(
    r"\b(?:i|me|my|mine|myself|je|j'|j’|moi|yo|ich|mich|mir|io)\b", re.IGNORECASE)
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


def own_voice(text: str) -> str:
    """The text with every quoted passage blanked (same length, so offsets still hold)."""
    return _QUOTED.sub(lambda m: " " * len(m.group()), text)


def classify_genre(article: Article) -> tuple[str, list[str]]:
    """(genre, reasons) for one article: "opinion", "analysis" or "news"."""
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
    if words >= MIN_WORDS:
        first = len(_FIRST_PERSON.findall(voice)) * 100 / words
        if first >= FIRST_PERSON_RATE:
            reasons.append(f"first person {first:.1f} per 100 words")
        loaded = len(lexicon_for(language).loaded_spans(voice)) * 100 / words
        if loaded >= EVALUATIVE_RATE:
            reasons.append(f"evaluative words {loaded:.1f} per 100 words")
    if any(kind == "author_bio" and _COLUMNIST.search(body) for kind, body in removed):
        reasons.append("columnist bio")
    if len(reasons) >= 2:
        return "opinion", tuple(reasons)
    return "news", tuple(reasons)
