"""Independent origins behind evidence: copies, relays and repeat outlets count once.

An article is one origin with its outlet (a repeat outlet counts once) and a marked copy
(``duplicate_of``) is its original. Beyond whole-article copies, outlets relay one wire
text with light edits: two evidence sentences from different articles that share nearly
all their own words (the words outside quotation marks, at least RELAY_MIN_WORDS of
them) are one text told twice, so one origin. Quoted words are left out of that test:
two outlets quoting one statement verbatim each heard or read it ("... ," Inslee said in
a statement), which is what corroboration of a statement means.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import pairwise
from typing import Final

from ..records import Article, Evidence
from ..wording import norm

# A relayed sentence keeps its words: share of the shorter sentence's own words found in
# the longer. Two independent write-ups of one fact share the names and the figure but
# rarely nine words in ten of a long sentence.
RELAY_SHARE: Final = 0.9
# Below this many own words a sentence is too short to tell a copy from a common phrasing
# ("Twelve people were killed on Monday", "X said the bridge will reopen in May"); set
# before any measurement, not tuned.
RELAY_MIN_WORDS: Final = 15

# Direct quotations compared word for word: at least this many word pairs in the shorter
# (four words), and the share of them the same statement keeps; set before measuring.
QUOTE_MIN_PAIRS: Final = 3
QUOTE_SHARE: Final = 0.5
# ... unless the shorter keeps this share of its words (an edit by a word or two): the
# near-verbatim share of :mod:`.verbatim` (CONTAINED_SHARE), not a new threshold.
QUOTE_KEPT_WORDS: Final = 0.8

_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|«[^»]*»|„[^“”]*[“”]|‘[^’]*’(?!\w)")
_WORD = re.compile(r"\w+")


def origin_key(article_id: str, articles: Mapping[str, Article]) -> str:
    """Who originally published this article: a copy resolves to its original's outlet."""
    current, seen = article_id, set()
    while current in articles and articles[current].duplicate_of and current not in seen:
        seen.add(current)
        current = articles[current].duplicate_of or current
    outlet = norm(articles[current].outlet) if current in articles else ""
    return "outlet:" + outlet.removeprefix("www.") if outlet else "article:" + current


def _sentence_holding(evidence: Evidence, articles: Mapping[str, Article]) -> str:
    """The sentence the evidence starts in (the quote itself without its article)."""
    article = articles.get(evidence.article_id)
    if article is None:
        return evidence.quote
    return next((article.text[s.start:s.end] for s in article.sentences
                 if s.start <= evidence.start < s.end), evidence.quote)


def own_words(evidence: Evidence, articles: Mapping[str, Article]) -> Counter[str]:
    """The words of the sentence holding the evidence, outside quotation marks."""
    text = _sentence_holding(evidence, articles)
    return Counter(w.casefold() for w in _WORD.findall(_QUOTED.sub(" ", text)))


def quoted_words(evidence: Evidence, articles: Mapping[str, Article]) -> list[str]:
    """The words inside quotation marks in the sentence holding the evidence."""
    text = _sentence_holding(evidence, articles)
    return [w.casefold() for start, end in quoted_spans(text)
            for w in _WORD.findall(text[start:end])]


_OPENERS, _CLOSERS = frozenset("“«„"), frozenset("”»")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans inside quotation marks, including a quotation the sentence splitter cut: a
    mark that opens with no close runs to the end ('Brown said: "I am devastated ...'),
    one that closes with no opening runs from the start ('I accept it," Santorum said').
    A straight quote opens after a space or the start and closes after anything else, or
    when a space or the end follows it: 'together, " Mr. Islam said' closes a quotation
    whose opening mark was cut with the paragraph before (no quotation starts on a space)."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for i, char in enumerate(text):
        if char == '"':
            closing = opened is not None or (i > 0 and not text[i - 1].isspace()
                                             and text[i - 1] not in "(:[") or (
                i > 0 and (i + 1 == len(text) or text[i + 1].isspace()))
        elif char in _OPENERS or char in _CLOSERS:
            closing = char in _CLOSERS or (char == "“" and opened is not None)
        else:
            continue
        if not closing:
            opened = i + 1
        elif opened is not None:
            spans.append((opened, i))
            opened = None
        elif not spans:
            spans.append((0, i))
    if opened is not None:
        spans.append((opened, len(text)))
    return spans


def quoted_apart(a: list[str], b: list[str]) -> bool:
    """Two direct quotations in one language that do not share the words of one statement:
    the shorter keeps fewer than half of its word pairs in the longer. Outlets quoting one
    statement copy its words (whole or cut); a sentence model reads two different remarks
    of one speaker on one subject ("our thoughts are with those who lost their lives" /
    "I am devastated for the families") as one, which a quotation cannot be."""
    pairs_a, pairs_b = Counter(pairwise(a)), Counter(pairwise(b))
    short, long_ = sorted((pairs_a, pairs_b), key=lambda c: sum(c.values()))
    size = sum(short.values())
    if size < QUOTE_MIN_PAIRS or sum((short & long_).values()) >= QUOTE_SHARE * size:
        return False
    # A quotation edited by a word ("I feel badly for General Flynn" / "I feel very badly
    # for Gen. Flynn") loses the word pairs around each edit but keeps its words.
    words_short, words_long = sorted((Counter(a), Counter(b)), key=lambda c: sum(c.values()))
    return sum((words_short & words_long).values()) < QUOTE_KEPT_WORDS * sum(words_short.values())


class RemarksApart:
    """Pairs of evidence that quote two different remarks (:func:`quoted_apart`): both
    quote someone directly, in one language, with different words. No group may hold
    both, even through a third sentence quoting both remarks at once. Another or an
    unknown language is never apart: the words may be a translation."""

    def __init__(self, evidence: Sequence[Evidence | None], languages: Sequence[str | None],
                 articles: Mapping[str, Article]) -> None:
        self.evidence, self.languages, self.articles = evidence, languages, articles
        self.words: dict[int, list[str]] = {}

    def _quoted(self, i: int) -> list[str]:
        if i not in self.words:
            found = self.evidence[i]
            self.words[i] = quoted_words(found, self.articles) if found is not None else []
        return self.words[i]

    def __call__(self, i: int, j: int) -> bool:
        language = self.languages[i]
        if language is None or language != self.languages[j]:
            return False
        return quoted_apart(self._quoted(i), self._quoted(j))


def relayed(a: Counter[str], b: Counter[str]) -> bool:
    """Two sentences are one text relayed: nearly all of the shorter's words in the longer."""
    short, long_ = sorted((a, b), key=lambda c: sum(c.values()))
    size = sum(short.values())
    return size >= RELAY_MIN_WORDS and sum((short & long_).values()) >= RELAY_SHARE * size


def count_origins(sources: Iterable[Evidence], articles: Mapping[str, Article]) -> int:
    """Independent sources behind evidence: copies, relayed sentences and repeat outlets
    count once (union of origins joined by a relayed sentence)."""
    evidence = list(sources)
    keys = [origin_key(e.article_id, articles) for e in evidence]
    words = [own_words(e, articles) for e in evidence]
    return len(components(list(range(len(evidence))), lambda i, j: keys[i] == keys[j]
                          or relayed(words[i], words[j])))


def components(items: list[int], linked: Callable[[int, int], bool],
               apart: Callable[[int, int], bool] | None = None) -> list[list[int]]:
    """Connected groups of items under a pairwise test (union-find); ``linked`` is asked
    only about items not yet in one group. ``apart`` names pairs that may never share a
    group: two groups join only when no member of one is apart from a member of the other,
    so a sentence holding two quotations does not chain two different remarks into one."""
    parent = {i: i for i in items}
    members = {i: [i] for i in items}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for n, i in enumerate(items):
        for j in items[n + 1:]:
            root_i, root_j = find(i), find(j)
            if root_i == root_j or not linked(i, j):
                continue
            if apart is not None and any(apart(a, b) for a in members[root_i]
                                         for b in members[root_j]):
                continue
            parent[root_j] = root_i
            members[root_i].extend(members.pop(root_j))
    groups: dict[int, list[int]] = {}
    for i in items:
        groups.setdefault(find(i), []).append(i)
    return list(groups.values())
