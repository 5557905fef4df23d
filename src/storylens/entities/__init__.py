"""Named entities: find mentions (NER), merge them across articles and scripts, resolve claims."""

from __future__ import annotations

from .mentions import extract_mentions, extract_mentions_batch
from .ner import NER, NerSpan, create_ner, ner_backends
from .resolve import resolve_claim_entities
from .resolver import merge_entities

__all__ = [
    "NER",
    "NerSpan",
    "create_ner",
    "extract_mentions",
    "extract_mentions_batch",
    "merge_entities",
    "ner_backends",
    "resolve_claim_entities",
]
