"""Clustering features as stored rows, so ``--append`` never re-embeds stored articles.

The embedding is kept as raw float32 bytes (2 KB for 512 dimensions); names, words, figures,
years and language as one JSON object; the publication day in its own indexed column so an
update loads only the stories near the new articles in time.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import numpy as np

from ..cluster import ArticleFeatures


def encode_features(
    features: ArticleFeatures,
) -> tuple[str, bytes, bytes | None, str | None, str]:
    """(article id, embedding bytes, lead bytes, ISO day, JSON of the rest) for one row."""
    data = {
        "entity_keys": sorted(features.entity_keys),
        "terms": features.terms,
        "figures": sorted(features.figures),
        "years": sorted(features.years),
        "language": features.language,
    }
    day = features.day.isoformat() if features.day else None
    lead = None if features.lead is None else _bytes(features.lead)
    return (features.article_id, _bytes(features.embedding), lead, day,
            json.dumps(data, ensure_ascii=False))


def _bytes(vector: np.ndarray) -> bytes:
    return np.ascontiguousarray(vector, dtype="<f4").tobytes()


def _vector(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype="<f4").astype(np.float32)


def decode_features(
    article_id: str, embedding: bytes, lead: bytes | None, day: str | None, data: str
) -> ArticleFeatures:
    """The features of one stored row (the inverse of ``encode_features``)."""
    fields: dict[str, Any] = json.loads(data)
    return ArticleFeatures(
        article_id=article_id,
        embedding=_vector(embedding),
        entity_keys=set(fields.get("entity_keys", ())),
        day=date.fromisoformat(day) if day else None,
        terms={str(k): float(v) for k, v in fields.get("terms", {}).items()},
        figures=set(fields.get("figures", ())),
        years={int(y) for y in fields.get("years", ())},
        language=fields.get("language"),
        lead=None if lead is None else _vector(lead),
    )
