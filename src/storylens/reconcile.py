"""Align per-article claims into story-level claims, so agreement and dispute are explicit.

``independent_sources`` counts origins (a wire copy counts as its original, one outlet once);
figures that cannot both be true become ``disputed`` claims pointing at each other, with a
:class:`Disagreement` saying who reports what.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from functools import partial
from types import MappingProxyType

import numpy as np

from .claim_vectors import ClaimSimilarity, claim_similarity
from .embed import Embedder
from .records import Article, Claim, Disagreement, Evidence, Value, content_id
from .wording import (
    APPROXIMATE_MODIFIERS,
    ENGLISH_WORDING,
    NEAR_MODIFIERS,
    is_vague,
    join_names,
    nominal_value,
    quantity_phrase,
    quantity_topic,
    source_names,
)
from .wording import norm as _norm

# Predicates where "A met B" and "B met A" state the same fact.
SYMMETRIC_PREDICATES = frozenset({
    "met", "meet", "meets", "talked with", "spoke with", "held talks with", "negotiated with",
})
# "About 1,000" and "nearly 1,000" are reported for the same 950: approximate figures agree
# when about 10% apart ("about" spans N±5%, "nearly" N-10%..N), while 860 vs "about 1,000"
# and "about 35,000" vs "about 40,000" (14% apart) still conflict.
APPROX_TOLERANCE = 0.10
# A floor ("at least 74", "more than 1,000") is stated close to the count it reports: read
# as reaching 15% above its number, "more than 800" agrees with 860 (7.5% above) while
# "at least 860" vs "more than 1,000" (16%) and "at least 74" vs "more than 100" conflict.
FLOOR_SPAN = 0.15
# Figure types too unspecific to dispute: "80,000 people" may be a town's population and
# "18,000 people" those in tents; such figures merge when they agree and never conflict.
UNDISPUTED_TYPES = frozenset({"count"})
# Cosine above which two quotes (or relation sentences) are taken as the same statement,
# per embedder. Probed on translated/paraphrased quote pairs vs different quotes of the same
# topic: USE-m3 gave .69-.86 for same, .03-.52 for different (one negation pair .77);
# e5-small sits high (same .89-.97, different quotes .79-.87), so it needs a higher bar.
# Both cut-offs sit just above the highest different-quote pair seen: a missed merge only
# under-counts support, a wrong one invents it.
SIMILARITY_THRESHOLDS: Mapping[str, float] = MappingProxyType({"use-m3": 0.80, "e5-small": 0.90})
# Unknown embedders: between the two calibrated ones, erring towards keeping claims apart.
DEFAULT_SIMILARITY_THRESHOLD = 0.85
_KIND_ORDER = ("quantity", "date", "event", "relation", "quote", "other")


def reconcile(
    claims: list[Claim],
    articles: dict[str, Article],
    embedder: Embedder | None = None,
    screen: Embedder | None = None,
) -> tuple[list[Claim], list[Disagreement]]:
    """Merge claims that state the same fact across articles and flag conflicting figures.

    ``embedder`` judges whether two quotes (or relation sentences) say the same thing;
    ``screen``, a cheaper embedder, first rules out pairs that are plainly different.
    """
    story: list[Claim] = []
    disagreements: list[Disagreement] = []
    quantities = [c for c in claims if c.kind == "quantity" and c.value is not None]
    for conflict_set in _quantity_sets(quantities, articles):
        merged = [_merge(group, articles) for group in conflict_set]
        if _in_conflict(conflict_set):
            ids = sorted(m.id for m in merged)
            for claim in merged:
                claim.status = "disputed"
                claim.conflicts_with = [i for i in ids if i != claim.id]
            disagreements.append(_disagreement(conflict_set, merged, articles))
        story.extend(merged)
    linked = [c for c in claims if c.kind in ("relation", "event", "quote")]
    text_ids = _learn_text_ids(claims)
    similarity = claim_similarity(
        linked, embedder, screen, [_partner_key(c, text_ids) for c in linked],
        [_language(c, articles) for c in linked],
    )
    threshold = similarity_threshold(embedder) if embedder is not None else math.inf
    for kind, same in (("relation", _same_relation), ("event", _same_relation),
                       ("quote", _same_quote)):
        idx = [i for i, c in enumerate(linked) if c.kind == kind]
        test = partial(_linked, linked, same, text_ids, similarity, threshold)
        for comp in _components(idx, test):
            story.append(_merge([linked[i] for i in comp], articles))
    dates: dict[tuple[str, str], list[Claim]] = {}
    for claim in claims:
        if claim.kind == "date" and claim.when:
            dates.setdefault((_norm(claim.predicate), claim.when), []).append(claim)
    story.extend(_merge(group, articles) for group in dates.values())
    done = {id(c) for group in [quantities, linked, *dates.values()] for c in group}
    story.extend(_merge([c], articles) for c in claims if id(c) not in done)
    story.sort(key=_story_order)
    disagreements.sort(key=lambda d: (d.topic, d.claim_ids))
    return story, disagreements


def similarity_threshold(embedder: Embedder) -> float:
    """The calibrated 'same statement' cosine for this embedder, since scales differ a lot."""
    return SIMILARITY_THRESHOLDS.get(getattr(embedder, "name", ""), DEFAULT_SIMILARITY_THRESHOLD)


def origin_key(article_id: str, articles: Mapping[str, Article]) -> str:
    """Who originally published this article: a copy resolves to its original's outlet."""
    current, seen = article_id, set()
    while current in articles and articles[current].duplicate_of and current not in seen:
        seen.add(current)
        current = articles[current].duplicate_of or current
    outlet = _norm(articles[current].outlet) if current in articles else ""
    return "outlet:" + outlet.removeprefix("www.") if outlet else "article:" + current


def count_origins(sources: Iterable[Evidence], articles: Mapping[str, Article]) -> int:
    """Independent sources behind evidence: syndicated copies and repeat outlets count once."""
    return len({origin_key(e.article_id, articles) for e in sources})


def _interval(value: Value) -> tuple[float, float]:
    """The range of true counts a figure stands for, as reporters use it (see FLOOR_SPAN)."""
    modifier = _norm(value.modifier)
    if value.low is None:
        return 0.0, value.high if value.high is not None else math.inf
    if modifier in APPROXIMATE_MODIFIERS and not is_vague(value):
        number = nominal_value(value)
        if modifier in NEAR_MODIFIERS:
            return number * (1 - APPROX_TOLERANCE), number
        return number * (1 - APPROX_TOLERANCE / 2), number * (1 + APPROX_TOLERANCE / 2)
    if value.high is None:
        return value.low, (value.low * (1 + FLOOR_SPAN) if not is_vague(value) else math.inf)
    return value.low, value.high


def _quantity_sets(claims: list[Claim],
                   articles: Mapping[str, Article]) -> list[list[list[Claim]]]:
    """Per figure type (and date, for tolls updated over days), its versions: groups of
    claims that agree; a set with versions that cannot all be true is a dispute."""
    buckets: dict[tuple[str, str], list[Claim]] = {}
    for claim in claims:
        assert claim.value is not None
        key = (_norm(claim.value.type), _norm(claim.value.unit))
        buckets.setdefault(key, []).append(claim)
    out: list[list[list[Claim]]] = []
    for key in sorted(buckets):
        for group in _date_groups(buckets[key], articles):
            versions = _versions(group)
            if key[0] in UNDISPUTED_TYPES:
                out.extend([version] for version in versions)
            else:
                out.append(versions)
    return out


def _date_groups(claims: list[Claim], articles: Mapping[str, Article]) -> list[list[Claim]]:
    """One group per type, unless two dates each have >=2 independent sources and conflict
    (a toll updated overnight); the rest join the latest such date they agree with."""
    by_date: dict[str, list[Claim]] = {}
    for claim in claims:
        if claim.when:
            by_date.setdefault(claim.when, []).append(claim)
    strong = sorted(d for d, group in by_date.items()
                    if count_origins((e for c in group for e in c.sources), articles) >= 2)
    if len(strong) < 2 or not _in_conflict(_versions(claims)):
        return [claims]
    groups: dict[str, list[Claim]] = {d: list(by_date[d]) for d in strong}
    for claim in sorted((c for c in claims if c.when not in groups), key=lambda c: c.id):
        fits = [d for d in strong if any(_overlap(_interval_of(claim), _interval_of(other))
                                         for other in by_date[d])]
        groups[(fits or strong)[-1]].append(claim)
    return [groups[d] for d in strong]


def _versions(claims: list[Claim]) -> list[list[Claim]]:
    """Groups of agreeing figures; a word amount ('hundreds') never merges into a figure
    (it neither corroborates 860 nor is the same report), so it is a version of its own."""
    precise = [c for c in claims if c.value is not None and not is_vague(c.value)]
    vague = [c for c in claims if c.value is None or is_vague(c.value)]
    return _stab(precise) + _stab(vague)


def _in_conflict(versions: list[list[Claim]]) -> bool:
    """Whether some two versions cannot both be true (their common ranges are disjoint)."""
    ranges = [(max(_interval_of(c)[0] for c in v), min(_interval_of(c)[1] for c in v))
              for v in versions]
    return any(not _overlap(a, b) for n, a in enumerate(ranges) for b in ranges[n + 1:])


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Two ranges share a value: the figures can both be true."""
    return a[0] <= b[1] and b[0] <= a[1]


def _stab(claims: list[Claim]) -> list[list[Claim]]:
    """Fewest groups whose ranges share a common value (greedy interval stabbing)."""
    remaining = sorted(claims, key=lambda c: (*_interval_of(c)[::-1], c.id))
    groups: list[list[Claim]] = []
    while remaining:
        point = _interval_of(remaining[0])[1]
        groups.append([c for c in remaining if _interval_of(c)[0] <= point])
        remaining = [c for c in remaining if _interval_of(c)[0] > point]
    return groups


def _width(claim: Claim) -> float:
    """How much a figure leaves open (0 for an exact count): the narrowest speaks for all."""
    return float(np.diff(_interval_of(claim))[0])


def _interval_of(claim: Claim) -> tuple[float, float]:
    """A claim's range; claims without a figure are unbounded."""
    return _interval(claim.value) if claim.value is not None else (0.0, math.inf)


def _disagreement(
    conflict_set: list[list[Claim]], merged: list[Claim], articles: Mapping[str, Article]
) -> Disagreement:
    """Who says what, in the claims' own figures, most-supported version first."""
    order = sorted(range(len(merged)), key=lambda k: (
        -merged[k].independent_sources, -_interval_of(merged[k])[0], merged[k].id))
    parts: list[str] = []
    for k in order:
        phrases: dict[str, list[Evidence]] = {}
        for claim in sorted(conflict_set[k], key=lambda c: (_width(c), c.id)):
            assert claim.value is not None
            phrases.setdefault(quantity_phrase(claim.value), []).extend(claim.sources)
        named = [(source_names(sources, articles), phrase) for phrase, sources in phrases.items()]
        # Within a version: the most widely reported wording, then the most precise one.
        for names, phrase in sorted(named, key=lambda pair: -len(pair[0])):
            parts.append(f"{join_names(names)}: {phrase}")
    assert merged[0].value is not None
    return Disagreement(topic=quantity_topic(merged[0].value.type),
                        claim_ids=sorted(m.id for m in merged), summary="; ".join(parts))


def _learn_text_ids(claims: list[Claim]) -> dict[str, str]:
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


def _same_relation(a: Claim, b: Claim, text_ids: Mapping[str, str], cos: float,
                   threshold: float) -> bool:
    """Same predicate and participants (either order for 'met'), or near-identical wording."""
    if _norm(a.predicate) != _norm(b.predicate) or (a.when and b.when and a.when != b.when):
        return False
    ends_a = (_endpoint(a.subject, a.subject_text, text_ids),
              _endpoint(a.object, a.object_text, text_ids))
    ends_b = (_endpoint(b.subject, b.subject_text, text_ids),
              _endpoint(b.object, b.object_text, text_ids))
    if _norm(a.predicate) in SYMMETRIC_PREDICATES:
        set_a, set_b = {e for e in ends_a if e}, {e for e in ends_b if e}
        if set_a and set_a == set_b and None not in ends_a + ends_b:
            return True
        clash = not (set_a <= set_b or set_b <= set_a)
    else:
        if None not in ends_a and ends_a == ends_b:
            return True
        clash = any(x and y and x != y for x, y in zip(ends_a, ends_b, strict=True))
    if clash:
        return False
    return cos >= threshold or _same_text(a, b)


def _same_quote(a: Claim, b: Claim, text_ids: Mapping[str, str], cos: float,
                threshold: float) -> bool:
    """Same known speaker and the same words (verbatim, or by embedding when available)."""
    speaker_a = _endpoint(a.subject, a.subject_text or _attributed(a), text_ids)
    speaker_b = _endpoint(b.subject, b.subject_text or _attributed(b), text_ids)
    if speaker_a is None or speaker_a != speaker_b:
        return False
    return cos >= threshold or _same_text(a, b)


def _attributed(claim: Claim) -> str | None:
    return next((e.attributed_to for e in claim.sources if e.attributed_to), None)


def _same_text(a: Claim, b: Claim) -> bool:
    """Verbatim repeats (wire copies) match without any embedder."""
    return bool(a.sources and b.sources) and _norm(a.sources[0].quote) == _norm(b.sources[0].quote)


def _language(claim: Claim, articles: Mapping[str, Article]) -> str | None:
    article = articles.get(claim.sources[0].article_id) if claim.sources else None
    return article.language if article else None


def _partner_key(claim: Claim, text_ids: Mapping[str, str]) -> tuple[str, str] | None:
    """Claims that could state the same thing share this key (speaker, or predicate);
    quotes whose speaker is only text ("officials") merge verbatim, never by meaning."""
    if claim.kind == "quote":
        speaker = _endpoint(claim.subject, claim.subject_text or _attributed(claim), text_ids)
        return ("quote", speaker) if speaker and speaker.startswith("e:") else None
    return (claim.kind, _norm(claim.predicate))


_SameFact = Callable[[Claim, Claim, Mapping[str, str], float, float], bool]


def _linked(claims: list[Claim], same: _SameFact, text_ids: Mapping[str, str],
            similarity: ClaimSimilarity, threshold: float, i: int, j: int) -> bool:
    """Pairwise test for claims i and j, with their quotes' cosine when embedded."""
    cos = similarity(i, j)
    return same(claims[i], claims[j], text_ids, cos, threshold)


def _components(items: list[int], linked: Callable[[int, int], bool]) -> list[list[int]]:
    """Connected groups of items under a pairwise 'same fact' test (union-find)."""
    parent = {i: i for i in items}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for n, i in enumerate(items):
        for j in items[n + 1:]:
            if find(i) != find(j) and linked(i, j):
                parent[find(j)] = find(i)
    groups: dict[int, list[int]] = {}
    for i in items:
        groups.setdefault(find(i), []).append(i)
    return list(groups.values())


def _evidence_key(evidence: Evidence) -> tuple[str, int, int]:
    return (evidence.article_id, evidence.start, evidence.end)


def _merge(members: list[Claim], articles: Mapping[str, Article]) -> Claim:
    """One story-level claim from its members: all their evidence, one representative text."""
    def rank(claim: Claim) -> tuple[bool, float, bool, str]:
        copy = any(articles.get(e.article_id, None) is not None
                   and articles[e.article_id].duplicate_of for e in claim.sources)
        width = _width(claim) if claim.value is not None else 0.0
        modifier = _norm(claim.value.modifier) if claim.value is not None else ""
        return (copy, width, modifier not in ENGLISH_WORDING, claim.id)

    rep = min(members, key=rank)
    evidence: dict[tuple[str, int, int], Evidence] = {}
    for claim in members:
        for source in claim.sources:
            evidence.setdefault(_evidence_key(source), source)
    sources = [evidence[k] for k in sorted(evidence)]
    origins = count_origins(sources, articles)

    def first(get: Callable[[Claim], str | None]) -> str | None:
        return get(rep) or next((get(c) for c in members if get(c)), None)

    return Claim(
        id=content_id(*sorted(c.id for c in members), prefix="c"),
        kind=rep.kind, statement=rep.statement, predicate=rep.predicate,
        subject=first(lambda c: c.subject), object=first(lambda c: c.object),
        value=rep.value, when=first(lambda c: c.when), sources=sources,
        status="corroborated" if origins >= 2 else "single_source",
        independent_sources=origins, conflicts_with=[],
        subject_text=first(lambda c: c.subject_text), object_text=first(lambda c: c.object_text),
        subject_span=rep.subject_span, object_span=rep.object_span, embedding=rep.embedding,
    )


def _story_order(claim: Claim) -> tuple[int, int, str]:
    kind = _KIND_ORDER.index(claim.kind) if claim.kind in _KIND_ORDER else len(_KIND_ORDER)
    return (kind, -claim.independent_sources, claim.id)
