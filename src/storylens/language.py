"""Language identification behind the :class:`LanguageId` protocol (default: lingua)."""

from __future__ import annotations

import bisect
import re
from typing import Protocol, runtime_checkable

from .errors import MissingDependencyError
from .records import UNKNOWN_LANGUAGE, Article
from .registry import Registry


@runtime_checkable
class LanguageId(Protocol):
    """Names the language of a text as an ISO 639-1 code, or None when unsure."""

    name: str

    def detect(self, text: str) -> str | None: ...

    def best_guess(self, text: str) -> str | None:
        """The most likely language even when unsure (None only without any letters)."""
        ...


language_ids: Registry[LanguageId] = Registry("language_id")


class LinguaLanguageId:
    """lingua-language-detector restricted to the configured languages."""

    name = "lingua"
    # Below this confidence lingua is guessing (short or mixed snippets): say "unsure".
    min_confidence = 0.5

    def __init__(self, languages: tuple[str, ...] = ("en", "fr")) -> None:
        try:
            from lingua import IsoCode639_1, LanguageDetectorBuilder
        except ImportError as exc:  # pragma: no cover - dependency is pinned
            raise MissingDependencyError(self.name, "lingua-language-detector") from exc
        codes = []
        for code in languages:
            try:
                codes.append(getattr(IsoCode639_1, code.upper()))
            except AttributeError:
                continue
        if len(codes) < 2:
            codes = [IsoCode639_1.EN, IsoCode639_1.FR]
        self._detector = (
            LanguageDetectorBuilder.from_iso_codes_639_1(*codes)
            .with_preloaded_language_models()
            .build()
        )

    def detect(self, text: str) -> str | None:
        return self.detect_many([text])[0]

    def detect_many(self, texts: list[str]) -> list[str | None]:
        """:meth:`detect` of each text, computed by lingua on all cores at once (the same
        values as one call per text; per-paragraph calls were 30 % of a run's CPU)."""
        samples = [text[:3000] for text in texts]
        todo = [i for i, sample in enumerate(samples) if any(ch.isalpha() for ch in sample)]
        found: list[str | None] = [None] * len(texts)
        if len(todo) == 1:  # no thread pool for one text
            batches = [self._detector.compute_language_confidence_values(samples[todo[0]])]
        else:
            batches = self._detector.compute_language_confidence_values_in_parallel(
                [samples[i] for i in todo])
        for i, values in zip(todo, batches, strict=True):
            if values and values[0].value >= self.min_confidence:
                found[i] = str(values[0].language.iso_code_639_1.name).lower()
        return found

    def best_guess(self, text: str) -> str | None:
        language = self._detector.detect_language_of(text[:3000])
        return None if language is None else str(language.iso_code_639_1.name).lower()


@language_ids.register("lingua")
def _lingua(languages: tuple[str, ...] = ("en", "fr")) -> LanguageId:
    return LinguaLanguageId(languages=languages)


_PARAGRAPH = re.compile(r"\S(?:[^\n]|\n(?![ \t]*\n))*")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Offsets of the blank-line separated paragraphs of a clean text."""
    spans = []
    for match in _PARAGRAPH.finditer(text):
        end = match.start() + len(match.group().rstrip())
        spans.append((match.start(), end))
    return spans


def _detect_all(detector: LanguageId, texts: list[str]) -> list[str | None]:
    """``detector.detect`` of each text; a detector may offer ``detect_many`` (optional,
    not part of the protocol) to do them in one batch."""
    many = getattr(detector, "detect_many", None)
    if many is not None:
        return list(many(texts))
    return [detector.detect(text) for text in texts]


def detect_article_language(
    article: Article, detector: LanguageId, hint: str | None = None
) -> Article:
    """Set the article's language, and per-sentence languages where paragraphs differ.

    The article language is the majority language by characters over its paragraphs, so
    a French article quoting an English paragraph stays French, and the quoted paragraph's
    sentences are marked English.
    """
    weights: dict[str, int] = {}
    spans = paragraphs(article.text)
    long_enough = [(start, end) for start, end in spans if end - start >= 20]
    detected = dict(zip(long_enough, _detect_all(
        detector, [article.text[start:end] for start, end in long_enough]), strict=True))
    para_langs: list[tuple[int, int, str | None]] = []
    for start, end in spans:
        lang = detected.get((start, end))
        para_langs.append((start, end, lang))
        if lang:
            weights[lang] = weights.get(lang, 0) + (end - start)
    if weights:
        article.language = max(weights, key=lambda code: weights[code])
    else:
        # Too short or too mixed to be sure: the user's hint, else lingua's best guess.
        article.language = (
            detector.detect(article.text) or hint or detector.best_guess(article.text)
            or UNKNOWN_LANGUAGE
        )
    # Paragraphs are in text order: find each sentence's by bisection (a linear scan per
    # sentence was quadratic on long texts).
    starts = [start for start, _, _ in para_langs]
    for sentence in article.sentences:
        at = bisect.bisect_right(starts, sentence.start) - 1
        if at >= 0 and sentence.start < para_langs[at][1]:
            sentence.language = para_langs[at][2] or article.language
        else:
            sentence.language = article.language
    return article
