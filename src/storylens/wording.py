"""English wording of figures and sources, shared by reconcile (summaries) and brief."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from pathlib import PurePath
from types import MappingProxyType
from urllib.parse import urlsplit

from .records import Article, Evidence, Value

# English wording kept as is when describing a figure; anything else is re-worded.
_ENGLISH_APPROXIMATE = frozenset({
    "about", "around", "approximately", "roughly", "nearly", "almost", "some", "an estimated",
    "close to",
})
# Modifiers that make a figure approximate, in the languages claims are extracted from,
# written as _norm() leaves them (lower case, no accents: "pres de" for "près de").
APPROXIMATE_MODIFIERS = _ENGLISH_APPROXIMATE | frozenset({
    "environ", "pres de", "presque", "quelque", "unos", "alrededor de", "casi", "cerca de",
    "etwa", "rund", "fast", "circa", "около", "почти", "حوالي", "نحو",
})
# Approximate modifiers that mean "a little under" the figure ("nearly 3,000"), so the
# stated number is the top of the range rather than its middle.
NEAR_MODIFIERS = frozenset({
    "nearly", "almost", "close to", "pres de", "presque", "casi", "fast", "почти",
})
_ENGLISH_OPEN_ENDED = frozenset({"more than", "over", "at least", "upwards of", "in excess of"})
# Vague English amounts that are their own best wording ('hundreds killed').
VAGUE_WORDS = frozenset({
    "dozens", "scores", "hundreds", "thousands", "tens of thousands", "hundreds of thousands",
    "millions",
})
ENGLISH_WORDING = _ENGLISH_APPROXIMATE | _ENGLISH_OPEN_ENDED | VAGUE_WORDS | {"", "up to"}
_TOPICS: Mapping[str, str] = MappingProxyType({
    "killed": "death toll", "dead": "death toll", "deaths": "death toll",
    "injured": "number injured", "wounded": "number injured", "displaced": "number displaced",
    "missing": "number missing", "arrested": "number arrested", "evacuated": "number evacuated",
})


def source_names(sources: Iterable[Evidence], articles: Mapping[str, Article]) -> list[str]:
    """Readable names of who published the evidence, A to Z, so readers never see hash ids."""
    names = {article_name(articles[e.article_id]) if e.article_id in articles else e.article_id
             for e in sources}
    return sorted(names, key=lambda n: (n.casefold(), n))


def article_name(article: Article) -> str:
    """Outlet, else the URL's host or the file name ('feed.jsonl#L3'): what a reader recognises."""
    if article.outlet and article.outlet.strip():
        return article.outlet.strip()
    source = (article.source or "").strip()
    if "://" in source:
        host = urlsplit(source).hostname
        if host:
            return host.removeprefix("www.")
    return PurePath(source).name or source or article.id


def opening_label(text: str, limit: int = 60) -> str | None:
    """The first line of a text that can name it when it has neither outlet nor title:
    not page chrome, not the page speaking about itself ("Ce billet fait partie de notre
    dossier…"), at least three words; cut to ``limit`` characters."""
    from .clean._lines import SELF_REFERENCE, strong_kind

    for line in text.split("\n")[:10]:
        line = " ".join(line.split())
        if len(line.split()) >= 3 and strong_kind(line) is None \
                and not SELF_REFERENCE.search(line):
            return line if len(line) <= limit else line[:limit - 1] + "…"
    return None


def join_names(names: Sequence[str]) -> str:
    """'A', 'A and B', 'A, B and C': the way a reader lists sources."""
    return ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else "".join(names)


def format_number(number: float) -> str:
    """Plain figure with thousands separators, without a spurious '.0'."""
    whole = float(number).is_integer()
    return f"{int(number):,}" if whole else f"{number:,.2f}".rstrip("0").rstrip(".")


def describe_value(value: Value) -> str:
    """English wording of a figure using only its own numbers ('more than 1,000')."""
    low, high = value.low, value.high
    modifier = norm(value.modifier) if value.modifier else ""
    if low is None and high is None:
        return "an unspecified number"
    if low is None and high is not None:
        return f"up to {format_number(high)}"
    assert low is not None
    if high is None:
        lead = modifier if modifier in _ENGLISH_OPEN_ENDED else "at least"
        return f"{lead} {format_number(low)}"
    if modifier in APPROXIMATE_MODIFIERS:
        return approximate_phrase(modifier, nominal_value(value))
    if low == high:
        return format_number(low)
    if is_vague(value):
        return modifier or "hundreds"
    if modifier == "up to":
        return f"up to {format_number(high)}"
    return f"between {format_number(low)} and {format_number(high)}"


def approximate_phrase(modifier: str, number: float) -> str:
    """'about 1,100' for rund/около/unos..., 'nearly 3,000' for près de/почти/casi/fast."""
    if modifier in _ENGLISH_APPROXIMATE:
        return f"{modifier} {format_number(number)}"
    lead = "nearly" if modifier in NEAR_MODIFIERS else "about"
    return f"{lead} {format_number(number)}"


def nominal_value(value: Value) -> float:
    """The number an approximate figure was stated with, undoing the extractor's margin:
    'about N' is stored as N-10%..N+10% (its middle), 'nearly N' as N-10%..N (its top)."""
    low = value.low if value.low is not None else value.high
    high = value.high if value.high is not None else value.low
    assert low is not None and high is not None
    if low == high or norm(value.modifier) in NEAR_MODIFIERS:
        return high
    return (low + high) / 2


def is_vague(value: Value) -> bool:
    """A word amount ('hundreds', 'des dizaines'), which says less than any figure does."""
    modifier = norm(value.modifier)
    if modifier in VAGUE_WORDS or any(modifier.endswith(" " + w) for w in VAGUE_WORDS):
        return True
    return not modifier and (value.low, value.high) == (200, 999)  # extractor's "hundreds"


def quantity_phrase(value: Value) -> str:
    """'more than 1,000 killed' or '3 buildings': the figure with what it counts."""
    unit = (value.unit or "").strip()
    if unit in ("", "people", "persons", "person"):
        return f"{describe_value(value)} {value.type}"
    return f"{describe_value(value)} {unit}"


def quantity_topic(value_type: str) -> str:
    """Reader-facing name of what a figure measures ('death toll' for 'killed')."""
    return _TOPICS.get(norm(value_type), f"number {value_type}")


def norm(text: str | None) -> str:
    """Compare surface text regardless of case, accents, punctuation and spacing."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^\w\s.-]", " ", stripped.casefold()).split())
