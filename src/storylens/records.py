"""Typed records that flow one way through the pipeline.

Each stage fills only its own fields. Fields marked ``internal`` are working data
(embeddings, raw bytes) that never reach the report; :func:`to_dict` drops them.
Offsets are always character offsets into :attr:`Article.text`.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal

RemovedKind = Literal[
    "navigation", "login", "comment", "author_bio", "related", "share", "cookie", "repeated",
    "other",
]
EntityType = Literal["PERSON", "ORG", "GPE", "LOC", "EVENT", "OTHER"]
ClaimKind = Literal["event", "quantity", "date", "relation", "quote", "other"]
ClaimStatus = Literal["corroborated", "disputed", "single_source"]
# What a claim's frame reports happening; "count" is a head count with no event verb.
FrameKind = Literal[
    "meeting", "attack", "casualties", "displacement", "evacuation", "arrest", "rescue",
    "count", "statement", "call", "declaration", "support", "opposition", "decision", "other",
]
# How precisely a frame's time is known: a day, a month, a year, or a day without a year.
Granularity = Literal["day", "month", "year", "yearless"]
Polarity = Literal["affirmed", "negated"]
# asserted: the writer states it; reported: attributed to a speaker; hedged: "reportedly";
# planned: future or intent; denied: a speaker denies it.
Modality = Literal["asserted", "reported", "hedged", "planned", "denied"]

REMOVED_KINDS: tuple[str, ...] = (
    "navigation", "login", "comment", "author_bio", "related", "share", "cookie", "repeated",
    "other",
)


# The ISO 639 code for "undetermined": an article's language when it cannot be told.
UNKNOWN_LANGUAGE = "und"


def internal(default: Any = None, factory: Any = None) -> Any:
    """A dataclass field that is working state, not part of the public report."""
    if factory is not None:
        return field(default_factory=factory, repr=False, compare=False,
                     metadata={"internal": True})
    return field(default=default, repr=False, compare=False, metadata={"internal": True})


def content_id(*parts: str, prefix: str = "", length: int = 16) -> str:
    """Stable id from content: the same input always gets the same id (idempotent runs)."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:length]
    return f"{prefix}{digest}"


@dataclass(slots=True)
class RawDocument:
    """One input item as read from disk or the network, before cleaning."""

    source: str
    format: Literal["text", "html"]
    content: str
    url: str | None = None
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    author: str | None = None
    language_hint: str | None = None


@dataclass(slots=True)
class Problem:
    """A per-item failure: reported to the user, never fatal to the batch."""

    source: str
    stage: str
    message: str
    article_id: str | None = None


@dataclass(slots=True)
class Removed:
    """A block of boilerplate cut from an article, kept for audit."""

    text: str
    kind: RemovedKind


@dataclass(slots=True)
class Span:
    """A character range of an article's text."""

    start: int
    end: int


@dataclass(slots=True)
class Sentence:
    """A sentence of an article's clean text, with its own language when it differs."""

    start: int
    end: int
    language: str | None = None


@dataclass(slots=True)
class Mention:
    """A named-entity mention: exact span of an article's text."""

    article_id: str
    start: int
    end: int
    text: str
    label: str = internal("OTHER")
    entity_id: str | None = internal(None)


@dataclass(slots=True)
class Entity:
    """A canonical entity of a story, with every alias and why they were merged."""

    id: str
    name: str
    type: EntityType
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    merge_evidence: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Value:
    """A normalised figure: ``low``..``high`` in ``unit``; ``high`` is None when open-ended."""

    type: str
    low: float | None
    high: float | None
    unit: str = "people"
    modifier: str | None = None


@dataclass(slots=True)
class Evidence:
    """Where a claim is stated: ``quote == article.text[start:end]``."""

    article_id: str
    start: int
    end: int
    quote: str
    attributed_to: str | None = None


@dataclass(slots=True)
class Argument:
    """One argument of a frame and the exact words that state it (``text[start:end]``)."""

    text: str
    start: int
    end: int


@dataclass(slots=True)
class Frame:
    """A claim as a typed event: who did what to whom, how many, where, when, says whom.

    Every argument points at its words in the claim's first source article; an argument
    the extractor could not place with confidence is left empty rather than guessed.
    """

    kind: FrameKind
    article_id: str
    agent: Argument | None = None
    participants: list[Argument] = field(default_factory=list)
    figure: Argument | None = None
    unit: str | None = None
    victim_class: str | None = None
    place: Argument | None = None
    time: Argument | None = None
    time_value: str | None = None
    granularity: Granularity | None = None
    attribution: Argument | None = None
    polarity: Polarity = "affirmed"
    modality: Modality = "asserted"
    # What a statement, call or decision says or decides: the reported words.
    content: Argument | None = None


@dataclass(slots=True)
class Claim:
    """Something an article asserts; after reconcile, possibly backed by many articles."""

    id: str
    kind: ClaimKind
    statement: str
    predicate: str
    subject: str | None = None
    object: str | None = None
    value: Value | None = None
    when: str | None = None
    sources: list[Evidence] = field(default_factory=list)
    status: ClaimStatus = "single_source"
    independent_sources: int = 1
    conflicts_with: list[str] = field(default_factory=list)
    # The claim as a typed event frame (per-article extraction); None for older claims.
    frame: Frame | None = None
    # Surface forms of subject/object before entity ids are resolved (not reported).
    subject_text: str | None = internal(None)
    object_text: str | None = internal(None)
    # Spans of subject/object in the source article, used to resolve them to entities.
    subject_span: tuple[int, int] | None = internal(None)
    object_span: tuple[int, int] | None = internal(None)
    embedding: Any = internal(None)


@dataclass(slots=True)
class Disagreement:
    topic: str
    claim_ids: list[str]
    summary: str


@dataclass(slots=True)
class TimelineEntry:
    """What happened on one date, merged across sources, with the articles that say so."""

    when: str
    what: str
    claim_ids: list[str]
    article_ids: list[str] = field(default_factory=list)
    # The exact spans the entry rests on (quoted sentences, the claims' sources).
    evidence: list[Evidence] = field(default_factory=list)


@dataclass(slots=True)
class Relation:
    source: str
    type: str
    target: str
    claim_ids: list[str]
    status: ClaimStatus
    # The exact spans that state the relation, one per source sentence.
    evidence: list[Evidence] = field(default_factory=list)


@dataclass(slots=True)
class BriefSentence:
    text: str
    claim_ids: list[str]
    article_ids: list[str]


@dataclass(slots=True)
class Brief:
    language: str = "en"
    sentences: list[BriefSentence] = field(default_factory=list)
    # Member leads the brief opens with that state no extracted claim: claims of their own
    # (exact span as evidence) that the pipeline adds to the story's claims.
    lead_claims: list[Claim] = internal(factory=list)


@dataclass(slots=True)
class Framing:
    """How one source tells the story: genre, naming of the main actors, whom it quotes."""

    article_id: str
    genre: str = "news"
    stance: list[dict[str, Any]] = field(default_factory=list)
    loaded_terms: list[dict[str, Any]] = field(default_factory=list)
    # Why the genre was chosen ("labelled 'Opinion'", "first person 1.8 per 100 words").
    genre_evidence: list[str] = field(default_factory=list)
    # How it names each main actor: {entity_id, names: [...], descriptors: [span_quote]}.
    naming: list[dict[str, Any]] = field(default_factory=list)
    # Whom it quotes: {speaker, count, claim_ids}.
    quoted: list[dict[str, Any]] = field(default_factory=list)
    # Claims two or more other independent sources report that this source does not.
    omits: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Answer:
    """One 5W answer: exact words of the title (``in_title``) or of the article's text."""

    text: str
    start: int
    end: int
    in_title: bool = False


@dataclass(slots=True)
class FiveW:
    """An article's main event as the journalist's who / what / when / where.

    Read from the title and lead (``claims/five_w.py``); a question the lead does not
    answer plainly stays None. ``when_value`` is the resolved ISO day of ``when``.
    """

    who: Answer | None = None
    what: Answer | None = None
    when: Answer | None = None
    when_value: str | None = None
    where: Answer | None = None


@dataclass(slots=True)
class Article:
    """A cleaned article. Stages add language, sentences, mentions, claims, story id."""

    id: str
    source: str
    text: str
    outlet: str | None = None
    title: str | None = None
    published: str | None = None
    author: str | None = None
    language: str = UNKNOWN_LANGUAGE
    removed: list[Removed] = field(default_factory=list)
    duplicate_of: str | None = None
    story_id: str | None = None
    url: str | None = internal(None)
    language_hint: str | None = internal(None)
    sentences: list[Sentence] = internal(factory=list)
    mentions: list[Mention] = internal(factory=list)
    claims: list[Claim] = internal(factory=list)
    embedding: Any = internal(None)
    # Vector of the title and first sentences (clustering compares leads too).
    lead_embedding: Any = internal(None)
    # The main event's who/what/when/where (per-article stage "five_w"; not yet reported).
    five_w: FiveW | None = internal(None)

    @staticmethod
    def make_id(text: str) -> str:
        """Content-hash id: re-analysing the same text yields the same article."""
        return content_id(" ".join(text.split()), prefix="a")


@dataclass(slots=True)
class Story:
    """A group of articles about one real-world event, with everything derived from them."""

    id: str
    title: str
    article_ids: list[str]
    languages: list[str] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    disagreements: list[Disagreement] = field(default_factory=list)
    framing: list[Framing] = field(default_factory=list)
    timeline: list[TimelineEntry] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    brief: Brief = field(default_factory=Brief)


@dataclass(slots=True)
class Report:
    """The whole output of one run: the contract in ``shared/REPORT.md``."""

    generator: dict[str, Any]
    articles: list[Article]
    stories: list[Story]
    problems: list[Problem] = field(default_factory=list)
    schema_version: str = "1"


def to_dict(record: Any) -> Any:
    """Recursively convert records to plain JSON data, dropping internal fields."""
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        out: dict[str, Any] = {}
        for f in dataclasses.fields(record):
            if f.metadata.get("internal"):
                continue
            out[f.name] = to_dict(getattr(record, f.name))
        return out
    if isinstance(record, (list, tuple)):
        return [to_dict(item) for item in record]
    if isinstance(record, dict):
        return {str(k): to_dict(v) for k, v in record.items()}
    return record
