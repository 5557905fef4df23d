"""Align per-article claims into story-level claims, so agreement and dispute are explicit.

Alignment comes first (:mod:`.align`): figures are compared only within one event (time
window and place), statements only for one speaker (a role phrase such as "the president"
resolved to the person its article titles so, :mod:`.speakers`) and one meaning. A count
that grew between one day's report and the next is an update, not a dispute, as is a
running total "since Friday". A remainder ("four others were killed"), a count of one to
three or a word amount ("dozens") with no place or date of its own, an age ("died at
91"), and floors of different numbers align with no other figure; two direct quotations
of one speaker in one language with different words are two remarks, whatever the
sentence model says, and no third sentence quoting both chains them; one speaker's
quotations in the same words are one statement whatever each outlet wrote around them.
Speakers known only by a role ("the source", "a security source"), or as two entities
one name can denote ("Murillo Karam" / "Jesús Murillo Karam"), align by their reported
words only.
Undated figures of different places are different events; two word amounts never
dispute each other; agreeing figures whose sentences tell different events (another
victim class, other counts that disagree, :mod:`.figure_context`) and statements with
different numbers stay apart. Then the status:
``corroborated`` when at least two independent origins back it (a wire copy counts as its
original, one outlet once), ``disputed`` between aligned claims that cannot both be true
(figures beyond rounding and hedges, a statement reported pointing opposite ways), else
``single_source``. Each dispute gets a :class:`Disagreement` saying who reports what.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from functools import partial
from types import MappingProxyType

from ..claim_vectors import ClaimSimilarity, claim_similarity
from ..embed import Embedder
from ..records import Article, Claim, Disagreement, Evidence, Value, content_id
from ..wording import ENGLISH_WORDING, is_vague
from ..wording import norm as _norm
from .agreement import join_agreeing
from .align import event_groups_marked, is_anchored, is_update, place_key
from .disagreements import figure_disagreement, wording_disagreement
from .figure_context import split_version
from .figures import (
    counts_the_rest,
    floors_of_another_number,
    in_conflict,
    interval_of,
    overlap,
    reads_as_age,
    versions,
    width,
)
from .origins import RemarksApart, components, count_origins
from .parties import Parties, articles_of, learn_text_ids
from .polarity import signature
from .speakers import name_forms, resolved_speakers, same_role
from .verbatim import near_verbatim, numbers_clash, same_quotation

# Predicates where "A met B" and "B met A" state the same fact (a meeting announced,
# put off or called off too: "meeting_planned", from claims.relations).
SYMMETRIC_PREDICATES = frozenset({
    "met", "meet", "meets", "talked with", "spoke with", "held talks with", "negotiated with",
    "meeting_planned",
})
# Figure types too unspecific to dispute: "80,000 people" may be a town's population and
# "18,000 people" those in tents; such figures merge when they agree and never conflict.
UNDISPUTED_TYPES = frozenset({"count"})
# The largest count too common to align without a place or date of its own (_small).
SMALL_COUNT = 3
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
    join_neighbouring_days: bool = False,
) -> tuple[list[Claim], list[Disagreement]]:
    """Merge claims that state the same fact across articles and flag the ones in conflict.

    ``embedder`` judges whether two quotes (or relation sentences) say the same thing;
    ``screen``, a cheaper embedder, first rules out pairs that are plainly different.
    ``join_neighbouring_days`` joins agreeing figures that the event windows split
    (:mod:`.agreement`). Off by default: on real coverage it found 17 more right
    corroborations but 4 wrong ones (a 2004 toll, "one of the injured"), ~80 % right, below
    the bar a corroboration must meet (docs/benchmarks.md, issue 11, late session).
    """
    story: list[Claim] = []
    disagreements: list[Disagreement] = []
    quantities = [c for c in claims if c.kind == "quantity" and c.value is not None]
    calm: list[list[Claim]] = []
    update = partial(is_update, articles=articles)
    for conflict_set in _quantity_sets(quantities, articles):
        if not in_conflict(conflict_set, update):
            calm.extend(conflict_set)
            continue
        merged = [_merge(group, articles) for group in conflict_set]
        _mark_disputed(merged)
        disagreements.append(figure_disagreement(conflict_set, merged, articles))
        story.extend(merged)
    if join_neighbouring_days:
        calm = join_agreeing(calm, articles)
    story.extend(_merge(version, articles) for version in calm)
    linked = [c for c in claims if c.kind in ("relation", "event", "quote")]
    parties = Parties(learn_text_ids(claims), resolved_speakers(linked, articles),
                      name_forms(articles_of(claims, articles)))
    languages = [_language(c, articles) for c in linked]
    similarity = claim_similarity(
        linked, embedder, screen, [_partner_key(c, parties) for c in linked], languages)
    threshold = similarity_threshold(embedder) if embedder is not None else math.inf
    apart = RemarksApart([c.sources[0] if c.sources else None for c in linked], languages,
                         articles)
    for kind, same in (("relation", _same_relation), ("event", _same_relation),
                       ("quote", _same_quote)):
        idx = [i for i, c in enumerate(linked) if c.kind == kind]
        test = partial(_linked, linked, same, parties, similarity, threshold, articles, apart)
        for comp in components(idx, test, apart):
            merged, disagreement = _statement([linked[i] for i in comp], articles)
            story.extend(merged)
            if disagreement is not None:
                disagreements.append(disagreement)
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


def _mark_disputed(merged: list[Claim]) -> None:
    ids = sorted(m.id for m in merged)
    for claim in merged:
        claim.status = "disputed"
        claim.conflicts_with = [i for i in ids if i != claim.id]


def _quantity_sets(claims: list[Claim],
                   articles: Mapping[str, Article]) -> list[list[list[Claim]]]:
    """Per figure type and event (time window, place), its versions: groups of claims that
    agree; a set with versions that cannot all be true is a dispute."""
    buckets: dict[tuple[str, str, bool], list[Claim]] = {}
    out: list[list[list[Claim]]] = []
    for claim in claims:
        assert claim.value is not None
        if reads_as_age(claim, articles) or (
                (_small(claim.value) or is_vague(claim.value))
                and not is_anchored(claim, articles)):
            # "died at 91" is an age, not a toll; "two children died" or "dozens of
            # arrests" without a place or date of its own: which incident is unknown.
            out.append([[claim]])
            continue
        # "Four others were killed" counts a remainder: it meets only other remainders
        # and never disputes (which total it completes is unknown).
        rest = counts_the_rest(claim, articles, claims)
        key = (_norm(claim.value.type), _norm(claim.value.unit), rest)
        buckets.setdefault(key, []).append(claim)
    for key in sorted(buckets):
        for group, disputable in event_groups_marked(buckets[key], articles):
            if key[0] in UNDISPUTED_TYPES or key[2] or not disputable:
                out.extend([version] for version in versions(group))
            else:
                out.extend(_disputable(group, articles))
    # Agreeing figures whose sentences tell different events split (.figure_context).
    # A split never adds a dispute: the parts of a calm set stand alone.
    update = partial(is_update, articles=articles)
    split = [[part for v in cs for part in split_version(v, claims, articles)] for cs in out]
    return [s for cs, was in zip(split, out, strict=True)
            for s in ([cs] if in_conflict(was, update) else [[p] for p in cs])]


def _small(value: Value) -> bool:
    """One to three of a kind: such counts recur across a day's incidents ("two children
    died in surgery", "two children from Algeria died"), so equal ones prove nothing
    without a place or a date of their own. Set before measuring, not tuned."""
    return value.high is not None and value.high <= SMALL_COUNT and not is_vague(value)


def _disputable(group: list[Claim], articles: Mapping[str, Article]) -> list[list[list[Claim]]]:
    """Conflict sets of one event: only anchored figures (a date or place of their own)
    may dispute; a loose figure joins a version it agrees with, else the loose figures
    that agree with each other (never a dispute)."""
    every = versions(group)
    update = partial(is_update, articles=articles)
    if not in_conflict(every, update):
        return [every]
    anchored = [c for c in group if is_anchored(c, articles)]
    loose = [c for c in group if not is_anchored(c, articles)]
    found = versions(anchored)
    if not in_conflict(found, update):
        return [[version] for version in every]  # differing, but nothing ties them together
    unfit: list[Claim] = []
    for claim in loose:
        fits = [v for v in found if all(overlap(interval_of(claim), interval_of(m))
                                        and _vague(m) == _vague(claim) for m in v)
                and not floors_of_another_number(claim, v)]
        if fits:
            max(fits, key=len).append(claim)
        else:
            unfit.append(claim)
    # Loose figures that fit no anchored version agree among themselves or stand alone;
    # each version is a set of its own, so they never dispute anything.
    return [found, *([version] for version in versions(unfit))]


def _vague(claim: Claim) -> bool:
    """A word amount ("hundreds") never joins a precise figure's version (see versions)."""
    return claim.value is None or is_vague(claim.value)


def _statement(members: list[Claim], articles: Mapping[str, Article]
               ) -> tuple[list[Claim], Disagreement | None]:
    """One claim for aligned reports of a statement, or disputed ones when they point
    opposite ways (a translation that inverts "at the expense of" into "au profit de")."""
    ways: dict[str, list[Claim]] = {}
    neutral: list[Claim] = []
    for claim in members:
        way = signature(claim, _language(claim, articles))[1]
        if way is None:
            neutral.append(claim)
        else:
            ways.setdefault(way, []).append(claim)
    if len(ways) < 2:
        return [_merge(members, articles)], None
    merged = [_merge(group, articles) for _, group in sorted(ways.items())]
    _mark_disputed(merged)
    extra = [_merge(neutral, articles)] if neutral else []
    return merged + extra, wording_disagreement(merged, articles)


def _same_relation(a: Claim, b: Claim, parties: Parties, cos: float,
                   threshold: float) -> bool:
    """Same predicate and participants (either order for 'met'), or near-identical wording."""
    if _norm(a.predicate) != _norm(b.predicate) or (a.when and b.when and a.when != b.when):
        return False
    ends_a = (parties.subject(a), parties.object(a))
    ends_b = (parties.subject(b), parties.object(b))
    if _norm(a.predicate) in SYMMETRIC_PREDICATES:
        set_a, set_b = {e for e in ends_a if e}, {e for e in ends_b if e}
        if set_a and set_a == set_b and None not in ends_a + ends_b:
            return True
        clash = not (set_a <= set_b or set_b <= set_a)
    else:
        if None not in ends_a and ends_a == ends_b:
            return True
        differ = [(x, y) for x, y in zip(ends_a, ends_b, strict=True) if x and y and x != y]
        if differ and all(same_role(x, y) for x, y in differ):
            return near_verbatim(a, b)  # "the ministry" / "the Egyptian ministry": words only
        clash = bool(differ)
    if clash:
        return False
    return cos >= threshold or _same_text(a, b) or near_verbatim(a, b)


def _same_quote(a: Claim, b: Claim, parties: Parties, cos: float,
                threshold: float) -> bool:
    """Same known speaker and the same words (verbatim, or by embedding when available);
    two unnamed speakers of one role (:func:`.speakers.same_role`) by the words only."""
    speaker_a = parties.subject(a, _attributed(a))
    speaker_b = parties.subject(b, _attributed(b))
    if parties.one_speaker_by_words(speaker_a, speaker_b):
        # "the source" / "a security source": the words only
        return near_verbatim(a, b) or same_quotation(a, b)
    if speaker_a is None or speaker_a != speaker_b:
        return False
    return (cos >= threshold or _same_text(a, b) or near_verbatim(a, b)
            or same_quotation(a, b))


def _attributed(claim: Claim) -> str | None:
    return next((e.attributed_to for e in claim.sources if e.attributed_to), None)


def _same_text(a: Claim, b: Claim) -> bool:
    """Verbatim repeats (wire copies) match without any embedder."""
    return bool(a.sources and b.sources) and _norm(a.sources[0].quote) == _norm(b.sources[0].quote)


def _language(claim: Claim, articles: Mapping[str, Article]) -> str | None:
    article = articles.get(claim.sources[0].article_id) if claim.sources else None
    return article.language if article else None


def _partner_key(claim: Claim, parties: Parties) -> tuple[str, str] | None:
    """Claims that could state the same thing share this key (speaker, or predicate);
    quotes whose speaker is only text ("officials") merge verbatim, never by meaning."""
    if claim.kind == "quote":
        speaker = parties.subject(claim, _attributed(claim))
        return ("quote", speaker) if speaker and speaker.startswith("e:") else None
    return (claim.kind, _norm(claim.predicate))


_SameFact = Callable[[Claim, Claim, Parties, float, float], bool]


def _linked(claims: list[Claim], same: _SameFact, parties: Parties,
            similarity: ClaimSimilarity, threshold: float, articles: Mapping[str, Article],
            apart: Callable[[int, int], bool], i: int, j: int) -> bool:
    """Pairwise test for claims i and j: places compatible, then the kind's own test."""
    place_i, place_j = place_key(claims[i], articles), place_key(claims[j], articles)
    if place_i and place_j and place_i != place_j:
        return False  # a meeting in Rome is not the meeting in Cairo
    if apart(i, j) or numbers_clash(claims[i], claims[j], _language(claims[i], articles),
                                    _language(claims[j], articles)):
        return False  # two remarks quoted in different words, or with different numbers
    return same(claims[i], claims[j], parties, similarity(i, j), threshold)


def _evidence_key(evidence: Evidence) -> tuple[str, int, int]:
    return (evidence.article_id, evidence.start, evidence.end)


def _merge(members: list[Claim], articles: Mapping[str, Article]) -> Claim:
    """One story-level claim from its members: all their evidence, one representative text.

    A figure's representative is a member that carries its own date where one does: the
    statement is rendered from the representative's figure, hedge and place with the
    story claim's date, so an undated headline's "50 morts" must not speak for a body's
    dated "plus de 50 ... lundi" (the story would read "50 killed on July 8", a hedge and
    a date no single source wrote together). Among those, the narrowest figure."""
    def rank(claim: Claim) -> tuple[bool, bool, float, bool, str]:
        copy = any(articles.get(e.article_id, None) is not None
                   and articles[e.article_id].duplicate_of for e in claim.sources)
        spread = width(claim) if claim.value is not None else 0.0
        modifier = _norm(claim.value.modifier) if claim.value is not None else ""
        undated = claim.value is not None and claim.when is None
        return (copy, undated, spread, modifier not in ENGLISH_WORDING, claim.id)

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
        independent_sources=origins, conflicts_with=[], frame=rep.frame,
        subject_text=first(lambda c: c.subject_text), object_text=first(lambda c: c.object_text),
        subject_span=rep.subject_span, object_span=rep.object_span, embedding=rep.embedding,
    )


def _story_order(claim: Claim) -> tuple[int, int, str]:
    kind = _KIND_ORDER.index(claim.kind) if claim.kind in _KIND_ORDER else len(_KIND_ORDER)
    return (kind, -claim.independent_sources, claim.id)
