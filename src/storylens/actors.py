"""The actor graph of a story: typed edges between its canonical entities, with evidence.

Two sources of edges: the story's relation claims (meetings, reconciled across sources,
whose status they carry), and the sentences of its articles where two of its entities are
agent and patient of a typed verb ("X condemned Y", "X a bombardé Y", "X instó a Y"), read
by :func:`claims.relations.find_typed_relations`, which abstains when either role is
unclear. An edge is corroborated when independent articles state it, disputed when a
source says the opposite relation (supports vs opposes) or a claim on the same words is
disputed, single-source otherwise. Every edge keeps the exact spans that state it.
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_left
from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType

from .claims.clause_relations import CLAUSE_CUE_RE
from .claims.lexicon_verbs import LEXICON_RE, RECIPROCAL, verb_entries
from .claims.parsed_relations import find_parsed_relations
from .claims.relations import TYPED_RE, TypedRelation, find_typed_relations
from .claims.syntax import DependencyParser
from .claims.text import claim_language
from .records import Article, Claim, ClaimStatus, Entity, Evidence, Mention, Relation

# Extracted predicates (past-tense verbs) mapped to the report's relation types; anything
# else keeps its own predicate so no relation is dropped for want of a mapping.
RELATION_TYPES: Mapping[str, str] = MappingProxyType({
    "met": "meets", "meet": "meets", "meets": "meets", "held talks with": "meets",
    "talked with": "meets", "spoke with": "meets", "negotiated with": "meets",
    "supported": "supports", "supports": "supports", "backed": "supports",
    "endorsed": "supports", "praised": "supports",
    "opposed": "opposes", "opposes": "opposes", "condemned": "opposes",
    "criticised": "opposes", "criticized": "opposes", "rejected": "opposes",
    "attacked": "attacks", "attacks": "attacks", "struck": "attacks", "invaded": "attacks",
    "bombed": "attacks", "shelled": "attacks",
    "sanctioned": "sanctions", "accused": "accuses", "called": "calls_on",
    "called on": "calls_on", "urged": "calls_on", "arrested": "arrests", "detained": "arrests",
})
# Relation types where source and target are interchangeable ("A meets B" = "B meets A").
SYMMETRIC_TYPES = frozenset({"meets"})
# Relation types that contradict each other between the same two parties.
OPPOSITE_TYPES: Mapping[str, str] = MappingProxyType(
    {"supports": "opposes", "opposes": "supports"})
_STATUS_RANK: Mapping[str, int] = MappingProxyType(
    {"disputed": 0, "corroborated": 1, "single_source": 2})

_Key = tuple[str, str, str]
# The dependency parser of a language (None: read it with the word-order patterns).
ParserFor = Callable[[str], DependencyParser | None]


def relation_type(predicate: str) -> str:
    """The report's relation type for an extracted predicate ('met' -> 'meets')."""
    key = " ".join(predicate.casefold().split())
    return RELATION_TYPES.get(key, key.replace(" ", "_"))


def build_relations(claims: list[Claim], entities: list[Entity],
                    articles: Mapping[str, Article] | None = None,
                    parser_for: ParserFor | None = None) -> list[Relation]:
    """Entity-to-entity edges from relation claims and from typed verbs in the sentences of
    ``articles`` (when given) between two of ``entities``; sentences of a language with a
    parser (``parser_for``) are read from their parse."""
    known = {entity.id for entity in entities}
    backing: dict[_Key, list[Claim]] = {}
    evidence: dict[_Key, list[Evidence]] = {}
    for claim in claims:
        if claim.kind not in ("relation", "event") or claim.subject not in known \
                or claim.object not in known or claim.subject == claim.object:
            continue
        assert claim.subject is not None and claim.object is not None
        key = _key(claim.subject, relation_type(claim.predicate), claim.object)
        backing.setdefault(key, []).append(claim)
        evidence.setdefault(key, []).extend(claim.sources)
    for key, spans in sentence_edges(entities, articles or {}, parser_for).items():
        evidence.setdefault(key, []).extend(s for s in spans if s not in evidence[key])
    relations = []
    for key in sorted(evidence):
        source, kind, target = key
        claim_backing = backing.get(key, [])
        status = _status(key, evidence, claim_backing, claims, articles or {})
        relations.append(Relation(
            source=source, type=kind, target=target,
            claim_ids=sorted(c.id for c in claim_backing), status=status,
            evidence=sorted(evidence[key], key=lambda e: (e.article_id, e.start))))
    return relations


def sentence_edges(entities: list[Entity], articles: Mapping[str, Article],
                   parser_for: ParserFor | None = None) -> dict[_Key, list[Evidence]]:
    """(agent, type, patient) -> the exact spans stating it, from the articles' sentences."""
    by_article: dict[str, list[Mention]] = {}
    for entity in entities:
        for m in entity.mentions:
            by_article.setdefault(m.article_id, []).append(
                dataclasses.replace(m, label=entity.type, entity_id=entity.id))
    out: dict[_Key, list[Evidence]] = {}
    to_parse: dict[str, list[tuple[Article, int, int, list[Mention]]]] = {}
    for article_id, mentions in sorted(by_article.items()):
        article = articles.get(article_id)
        if article is None:
            continue
        mentions.sort(key=lambda m: (m.start, m.end))
        starts = [m.start for m in mentions]
        text = article.text
        for sentence in article.sentences:
            inside = mentions[bisect_left(starts, sentence.start):
                              bisect_left(starts, sentence.end)]
            if len({m.entity_id for m in inside}) < 2:
                continue
            lang = claim_language(sentence.language or article.language)
            parser = parser_for(lang) if parser_for is not None else None
            if parser is None:
                _add(out, article, find_typed_relations(
                    text, lang, sentence.start, sentence.end, inside))
            elif _has_cue(text, lang, sentence.start, sentence.end, inside):
                # Parsed later, all of a language at once: only sentences with two
                # entities and a cue word, a few per article (the parse is the cost).
                to_parse.setdefault(lang, []).append(
                    (article, sentence.start, sentence.end, inside))
            elif CLAUSE_CUE_RE[lang].search(text, sentence.start, sentence.end):
                # A passive with its agent or an event noun ("soutenu par X", "la
                # rencontre entre X et Y"): word order reads it, no parse asked.
                _add(out, article, find_typed_relations(
                    text, lang, sentence.start, sentence.end, inside))
    for lang, items in sorted(to_parse.items()):
        parser = parser_for(lang) if parser_for is not None else None
        assert parser is not None
        parses = parser.parse([a.text[s:e] for a, s, e, _ in items])
        for (article, start, end, inside), tokens in zip(items, parses, strict=True):
            _add(out, article,
                 find_parsed_relations(article.text, lang, start, end, tokens, inside))
    return out


def _has_cue(text: str, lang: str, start: int, end: int, inside: list[Mention]) -> bool:
    """A cue word in the sentence, or a form of a lexicon verb (read only over a parse)
    after one entity's mention and before another's or after two ("X and Y met"): the
    parse is the cost, and a verb outside its parties joins none of them."""
    if any(p.search(text, start, end) for _, p in TYPED_RE.get(lang, [])):
        return True
    lexicon = LEXICON_RE.get(lang)
    for form in lexicon.finditer(text, start, end) if lexicon is not None else []:
        before = {m.entity_id for m in inside if m.end <= form.start()}
        after = {m.entity_id for m in inside if m.start >= form.end()}
        if before and after - before:
            return True
        word = form.group().split()[0]
        if len(before) >= 2 and any(e[1] in RECIPROCAL for e in verb_entries(lang, word)):
            return True
    return False


def _add(out: dict[_Key, list[Evidence]], article: Article,
         found: list[TypedRelation]) -> None:
    """Each relation's span (agent or verb to patient or verb), once per edge."""
    for rel in found:
        assert rel.agent.entity_id is not None and rel.patient.entity_id is not None
        start = min(rel.agent.start, rel.verb_start, rel.patient.start)
        end = max(rel.patient.end, rel.verb_end, rel.agent.end)
        key = _key(rel.agent.entity_id, rel.type, rel.patient.entity_id)
        span = Evidence(article.id, start, end, article.text[start:end])
        if span not in out.get(key, []):
            out.setdefault(key, []).append(span)


def _key(source: str, kind: str, target: str) -> _Key:
    if kind in SYMMETRIC_TYPES:
        source, target = sorted((source, target))
    return source, kind, target


def _status(key: _Key, evidence: Mapping[_Key, list[Evidence]], backing: list[Claim],
            claims: Iterable[Claim], articles: Mapping[str, Article]) -> ClaimStatus:
    """Disputed when a source states the opposite relation or a claim on the same words
    is disputed; else the claims' status, else corroborated by independent articles."""
    source, kind, target = key
    opposite = OPPOSITE_TYPES.get(kind)
    if opposite and evidence.get((source, opposite, target)):
        return "disputed"
    spans = evidence[key]
    if any(c.status == "disputed" and _overlaps(c.sources, spans) for c in claims):
        return "disputed"
    if backing:
        return _combined_status(backing)
    origins = {_origin(e.article_id, articles) for e in spans}
    return "corroborated" if len(origins) >= 2 else "single_source"


def _origin(article_id: str, articles: Mapping[str, Article]) -> str:
    """A copy counts as its original: two copies of one wire story are one source."""
    article = articles.get(article_id)
    return article.duplicate_of or article_id if article is not None else article_id


def _overlaps(a: list[Evidence], b: list[Evidence]) -> bool:
    return any(x.article_id == y.article_id and x.start < y.end and y.start < x.end
               for x in a for y in b)


def _combined_status(claims: list[Claim]) -> ClaimStatus:
    """An edge is as contested as its most contested claim, else as supported as its best."""
    return min((c.status for c in claims), key=lambda s: _STATUS_RANK.get(s, 3))
