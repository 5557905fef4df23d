"""Dependency parses of a few sentences, behind a small protocol chosen by config.

The 5W stage needs the subject and the verb phrase of a lead sentence. Parsing a whole
article costs ten times the NER pass, so only the title and the lead are parsed, and the
parse is returned as plain :class:`Token` records: the stage never touches a spaCy object
and tests can feed hand-built parses. Labels are the model's own: English spaCy models
use ClearNLP labels (``nsubj``, ``dobj``, ``prep``/``pobj``), French ones Universal
Dependencies (``nsubj``, ``obj``, ``obl`` with a ``case`` child); the stage reads both.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from ..errors import ConfigError, MissingDependencyError

# What a parse needs of a full spaCy pipeline (the rest, NER and lemmatizer, is not run).
_PARSE_COMPONENTS = frozenset({"tok2vec", "tagger", "morphologizer", "parser",
                               "attribute_ruler"})

_BATCH = 64


@dataclass(frozen=True, slots=True)
class Token:
    """One parsed token; ``start``/``end`` are character offsets into the parsed text."""

    i: int
    start: int
    end: int
    text: str
    lemma: str
    pos: str
    dep: str
    head: int
    tag: str = ""  # the model's fine tag where it has one ("VBN"), else ""


class DependencyParser(Protocol):
    """Parses each text as one unit (a sentence or a title) into tokens."""

    def parse(self, texts: list[str]) -> list[list[Token]]:
        """One token list per text, in order."""
        ...


class SpacyParser:
    """A spaCy pipeline with its tagger and parser only (NER is run elsewhere)."""

    name = "spacy"

    def __init__(self, model: str) -> None:
        try:
            import spacy
        except ImportError as exc:  # pragma: no cover - dependency is pinned
            raise MissingDependencyError(self.name, "spacy") from exc
        try:
            # No NER (the entity stage ran it) and no lemmatizer (a fifth of the cost,
            # and the 5W rules read words, tags and arcs only).
            nlp = spacy.load(model, exclude=["ner", "lemmatizer"])
        except OSError as exc:
            raise MissingDependencyError(f"spacy:{model}", model.replace("_", "-")) from exc
        if "parser" not in nlp.pipe_names:
            raise ConfigError(f"spaCy model {model!r} has no dependency parser")
        self.model = model
        self._nlp: Any = nlp
        self._components: list[str] = []

    def _docs(self, texts: list[str]) -> Any:
        # Batches of 64: the actor graph parses a language's sentences at once, and on
        # 600 French sentences 64 cost 12% less CPU than 16 (1,000 cost more).
        if not self._components:
            return self._nlp.pipe(texts, batch_size=_BATCH)
        docs = (self._nlp.make_doc(text) for text in texts)
        for name in self._components:
            docs = self._nlp.get_pipe(name).pipe(docs, batch_size=_BATCH)
        return docs

    @classmethod
    def sharing(cls, nlp: Any) -> SpacyParser:
        """A parser that runs the parse components of a pipeline already loaded (the NER
        model's, where spaCy keeps its disabled tagger and parser): no second model in
        memory, and the NER's own settings untouched."""
        parser = cls.__new__(cls)
        parser.model = str(nlp.meta.get("name", "spacy"))
        parser._nlp = nlp
        parser._components = [n for n in nlp.component_names if n in _PARSE_COMPONENTS]
        if "parser" not in parser._components:
            raise ConfigError(f"spaCy model {parser.model!r} has no dependency parser")
        return parser

    def parse(self, texts: list[str]) -> list[list[Token]]:
        out: list[list[Token]] = []
        for doc in self._docs(texts):
            out.append([
                Token(t.i, t.idx, t.idx + len(t.text), t.text, t.lemma_ or t.lower_,
                      t.pos_, t.dep_, t.head.i, t.tag_)
                for t in doc
            ])
        return out


def create_parser(spec: str) -> DependencyParser | None:
    """A parser from a config value ``spacy:<model>``; ``none`` or empty gives None."""
    if not spec or spec == "none":
        return None
    name, _, option = spec.partition(":")
    if name == "spacy" and option:
        return SpacyParser(option)
    raise ConfigError(f"unknown dependency parser {spec!r} (expected spacy:<model> or none)")
