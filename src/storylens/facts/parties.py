"""A claim's parties as canonical keys, so that reports naming one party differently align.

Used by :mod:`.reconcile`: an entity id where the entity stage gave one, else a surface
form some claim of the story resolved to one entity, else a role phrase resolved in its
own article (:mod:`.speakers`), else the folded words. Two different keys may still be one
speaker when their reported words match (:meth:`Parties.one_speaker_by_words`).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from ..records import Article, Claim
from ..wording import norm as _norm
from .speakers import same_name, same_role


class Parties:
    """A claim's subject and object as canonical keys: its entity, else a surface form
    some claim resolved to one entity, else its role phrase resolved in its own article
    (:mod:`.speakers`), else its folded words."""

    def __init__(self, text_ids: Mapping[str, str], roles: Mapping[str, str],
                 names: Mapping[str, set[tuple[str, ...]]] = MappingProxyType({})) -> None:
        self.text_ids = text_ids
        self.roles = roles
        self.names = names

    def one_speaker_by_words(self, key_a: str | None, key_b: str | None) -> bool:
        """Two different speaker keys that may be one speaker, if the words match: one
        role ("the source" / "a security source"), one name (:func:`.speakers.same_name`),
        or a named speaker and one known only by words ("Falcke" / "the scientist",
        "L'armée" linked to an entity in one article and not in the other): words the
        entity stage did not link may well denote that speaker, and the same reported
        words (:func:`.verbatim.near_verbatim`, :func:`.verbatim.same_quotation`) say so."""
        if key_a == key_b or not key_a or not key_b:
            return False
        return (same_role(key_a, key_b) or same_name(key_a, key_b, self.names)
                or {key_a[:2], key_b[:2]} == {"e:", "t:"})

    def subject(self, claim: Claim, fallback: str | None = None) -> str | None:
        entity = claim.subject or self.roles.get(claim.id)
        return _endpoint(entity, claim.subject_text or fallback, self.text_ids)

    def object(self, claim: Claim) -> str | None:
        return _endpoint(claim.object, claim.object_text, self.text_ids)


def articles_of(claims: list[Claim], articles: Mapping[str, Article]) -> list[Article]:
    ids = {e.article_id for c in claims for e in c.sources}
    return [articles[i] for i in sorted(ids) if i in articles]


def learn_text_ids(claims: list[Claim]) -> dict[str, str]:
    """Surface forms that some claim already resolved to exactly one entity id."""
    seen: dict[str, set[str]] = {}
    for claim in claims:
        pairs = ((claim.subject_text, claim.subject), (claim.object_text, claim.object))
        for text, entity in pairs:
            if text and entity:
                seen.setdefault(_norm(text), set()).add(entity)
    return {text: next(iter(ids)) for text, ids in seen.items() if len(ids) == 1}


def _endpoint(entity: str | None, text: str | None, text_ids: Mapping[str, str]) -> str | None:
    if entity:
        return "e:" + entity
    key = _norm(text)
    if not key:
        return None
    return "e:" + text_ids[key] if key in text_ids else "t:" + key
