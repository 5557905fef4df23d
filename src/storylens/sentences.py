"""A fast rule-based sentence splitter for the languages we support.

spaCy's parsers exist only for some languages and cost ~10x more; claims and briefs
need sentence spans in every language, so one splitter serves all of them.
"""

from __future__ import annotations

import re
from functools import cache

from .clean._cap import chunks
from .records import Article, Sentence

# Only this much text before a period is read to tell an abbreviation: the longest listed
# abbreviation is 5 letters, and reading back to the sentence start instead made a run of
# abbreviations ("a. b. c. ...") quadratic in its length.
_WORD_WINDOW = 40
# Longer "sentences" (a table or list flattened without punctuation, a feed dumped as one
# line) are cut at spaces into pieces of at most this size: a real sentence is rarely over
# 1,000 characters, and per-sentence work (claims, quotes) then has a constant bound.
MAX_SENTENCE_CHARS = 3_000

# Tokens that end with a period but rarely end a sentence (titles, months, initials).
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen col lt sgt capt maj cpt adm gov sen rep st mt jr sr
    vs etc inc ltd co corp dept est approx no nos fig jan feb mar apr jun jul aug sep
    sept oct nov dec m mme mlle mm me dr pr gal gén av bd sr sra srta dña ud uds
    hr fr frau herr nr bzw ca dr sig sigg dott ing avv on u.s u.k u.n e.g i.e z.b
    г гг ул им т.е т.д""".split()
)

# The first half of a Spanish plural abbreviation, each initial doubled and dotted: "EE. UU.",
# "FF. AA.", "CC. OO.": the period after "EE" ends no sentence when a doubled initial follows.
_DOUBLED_INITIAL = re.compile(r"([^\W\d_])\1", re.UNICODE)
_NEXT_DOUBLED = re.compile(r"([^\W\d_])\1\.")

_BOUNDARY = re.compile(r"[.!?؟।。…]+(?:\s?[»”])?[\"'”’)\]]*\s+|\n+")

# Languages that write a day of the month as an ordinal with a period ("am 15. Januar",
# "15. ledna"): there a day number's period before a month name ends no sentence.
_ORDINAL_DAY_LANGUAGES = ("de", "de_AT", "cs")  # de_AT: "Jänner"
_DAY_NUMBER = re.compile(r"(?:^|\s)\d{1,2}$")
_NEXT_WORD = re.compile(r"[^\W\d_]+")


# A stop glued to the next sentence's capital ("del país.Las autoridades"): a missing space
# in the page, not an abbreviation (those have a capital or one letter before the stop).
_GLUED_STOP = re.compile(r"(?<=[a-zà-ÿ]{2})[.?!](?=[\"“«]?[A-ZÀ-Ý][a-zà-ÿ]+(?![\w.]*\.[a-z]))")
_THOUSANDS_LEAD = re.compile(r"(?<![\d.,])\d{1,3}$")  # "40." but not the year "1940."
_THOUSANDS_TAIL = re.compile(r"\d{3}(?![\d.,])")
_WEB_WORD = re.compile(r"(?:www|https?|@|/)\S*$")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return (start, end) offsets of the sentences of ``text``; no text is lost."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _boundaries(text):
        end = match.end()
        candidate = _last_words(text, start, match.start() + 1)
        if "\n" not in match.group() and (_is_abbreviation(candidate, text, end)
                                         or text[end:end + 1].islower()
                                         or _broken_thousands(text, match.start(), end)):
            # "(triple !) casquette", "« Assez ! » a-t-il crié": a lower-case word goes on
            # with the sentence after "!", "?" and "…" as after an abbreviation's period.
            continue
        _append(spans, text, start, end)
        start = end
    _append(spans, text, start, len(text))
    return spans


def _boundaries(text: str) -> list[re.Match[str]]:
    """Sentence ends in order: punctuation and spaces or line breaks, and stops glued to
    a capital ("país.Las"), unless the glued word is part of a web address."""
    found = list(_BOUNDARY.finditer(text))
    if "." in text or "?" in text or "!" in text:
        glued = [m for m in _GLUED_STOP.finditer(text)
                 if not _WEB_WORD.search(text, max(0, m.start() - 60), m.start())]
        if glued:
            found = sorted(found + glued, key=lambda m: m.start())
    return found


def _broken_thousands(text: str, stop: int, next_start: int) -> bool:
    """"40. 000": a thousands point with a stray space, inside one number ("40. 000
    personnes"), not the end of a sentence on "40" and another opening on "000"."""
    return (_THOUSANDS_LEAD.search(text, max(0, stop - 4), stop) is not None
            and next_start - stop == 2 and _THOUSANDS_TAIL.match(text, next_start) is not None)


def _last_words(text: str, start: int, end: int) -> str:
    """At most :data:`_WORD_WINDOW` characters before ``end``, whole words only."""
    low = max(start, end - _WORD_WINDOW)
    candidate = text[low:end]
    if low > start and not text[low - 1].isspace():
        parts = candidate.split(maxsplit=1)  # the first word was cut: drop it
        candidate = parts[1] if len(parts) > 1 else ""
    return candidate


def _is_abbreviation(candidate: str, text: str, next_start: int) -> bool:
    words = candidate.rstrip(".").split()
    if not words or not candidate.rstrip().endswith("."):
        return False
    last = words[-1].lower().strip("(\"'«“")
    if last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
        return True
    if _plural_initials(words[-1].strip("(\"'«“"), text, next_start):
        return True
    if _DAY_NUMBER.search(candidate.rstrip().rstrip(".")) and _month_follows(text, next_start):
        return True
    # A lower-case continuation means the period was not a sentence end ("approx. five").
    following = text[next_start:next_start + 1]
    return bool(following) and following.islower()


def _month_follows(text: str, next_start: int) -> bool:
    """A month's name starts at ``next_start``: "15." was a day ("am 15. Januar")."""
    word = _NEXT_WORD.match(text, next_start)
    return word is not None and word.group().lower() in _month_names()


@cache
def _month_names() -> frozenset[str]:
    """Full month names (CLDR via babel) of :data:`_ORDINAL_DAY_LANGUAGES`; abbreviations
    ("led", "lis", "Jan") are words of other languages too."""
    from babel import Locale

    names: set[str] = set()
    for language in _ORDINAL_DAY_LANGUAGES:
        months = Locale.parse(language).months
        for context in ("format", "stand-alone"):
            names.update(str(n).lower() for n in months.get(context, {}).get("wide", {}).values())
    return frozenset(names)


def _plural_initials(word: str, text: str, next_start: int) -> bool:
    """"EE." before "UU.": two equal capitals, then two more equal capitals and a period."""
    return (word.isupper() and _DOUBLED_INITIAL.fullmatch(word) is not None
            and _NEXT_DOUBLED.match(text, next_start) is not None
            and text[next_start:next_start + 2].isupper())


def _append(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    segment = text[start:end]
    stripped = segment.strip()
    if not stripped:
        return
    lead = len(segment) - len(segment.lstrip())
    start += lead
    if len(stripped) <= MAX_SENTENCE_CHARS:
        spans.append((start, start + len(stripped)))
        return
    for low, high in chunks(stripped, MAX_SENTENCE_CHARS):
        piece = stripped[low:high]
        inner = len(piece) - len(piece.lstrip())
        if piece.strip():
            spans.append((start + low + inner, start + low + inner + len(piece.strip())))


def segment_article(article: Article) -> Article:
    """Fill ``article.sentences`` from its clean text."""
    article.sentences = [Sentence(s, e) for s, e in split_sentences(article.text)]
    return article
