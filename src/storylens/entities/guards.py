"""What keeps a mention out of an entity, or two forms apart, in spite of their spelling.

* A mention must look like a name in its language: not a stop word, not a word the
  story's own texts use in lower case ("Consiglio" / "consiglio", "Abonnés"), not a
  lower-case phrase ("tremblement de terre"), not the article's byline.
* A short edit distance between two *different words* is no evidence: two spellings
  seen side by side in one article are two names ("Francia" and "Franco"), a known
  place only meets names of the same place ("Russia" is not "La Russa", "Italia" is not
  "Alitalia"), and a word the story writes in lower case is a common word ("libro").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from anyascii import anyascii

from ..records import Article, Mention
from .knowledge import EntityKnowledge
from .merge import Form
from .normalise import TITLE_LEADS, TITLES, normal_tokens

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# Words that introduce a byline at the start of a line, in en fr es it de pt ru.
_BYLINE = re.compile(r"(?im)^[ \t]*(?:by|par|por|di|de|von|от|автор)[ \t]+$")
# Lower-case particles that may start a name ("al-Assad", "de Gaulle", "bin Laden", "van").
_LEAD_WORD = re.compile(r"([^\W\d_]+)\s+")
_PARTICLES = frozenset("al el ad as ash at az ibn bin ben bint abu de del della di da du "
                       "van von der le la".split())


@dataclass
class StoryWords:
    """How the story's own texts write each word: lower case (a common word) or not."""

    lower: Counter[str] = field(default_factory=Counter)

    @classmethod
    def of(cls, articles: list[Article]) -> StoryWords:
        lower: Counter[str] = Counter()
        for article in articles:
            lower.update(anyascii(w).lower() for w in _WORD.findall(article.text)
                         if w[0].islower())
        return cls(lower)

    def is_common(self, word: str) -> bool:
        """Written in lower case somewhere in the story: a common word there."""
        return self.lower.get(anyascii(word).lower(), 0) > 0


def junk_reason(mention: Mention, language: str | None, words: StoryWords,
                knowledge: EntityKnowledge) -> str | None:
    """Why a mention is not a name (None when it looks like one)."""
    text = mention.text.strip()
    tokens = _WORD.findall(text)
    if len(text) <= 1 or not tokens:
        return "too short or no letters"
    if text.isupper() and len("".join(tokens)) >= 2:
        return None  # an acronym ("US" is no stop word when written in capitals)
    stops = knowledge.stop_words(language)
    if all(t.lower() in stops for t in tokens):
        return "stop words"
    cased = [t for t in tokens if t.lower() != t.upper()]
    if not cased:
        return None  # Arabic and other caseless scripts: only stop words tell
    capitalised = [t for t in cased if t[0].isupper()]
    if not capitalised:
        return "no capital letter"
    first = cased[0].lower()
    if cased[0][0].islower() and first not in _PARTICLES and first not in TITLES | TITLE_LEADS:
        return f"starts with the common word '{first}'"  # "anti-Morsi", "coup d'Etat"
    content = [t for t in cased[1:] if t.lower() not in stops and t.lower() not in _PARTICLES]
    if content and any(t[0].isupper() for t in content):
        return None  # two capitalised words: a name
    if knowledge.places(normal_tokens(text)):
        return None
    if words.is_common(cased[0]):
        return f"'{cased[0].lower()}' is a common word in these texts"
    return None


def trim_leading(mention: Mention, stops: frozenset[str]) -> Mention:
    """Cut lower-case stop words a model left before a name ("au Caire" -> "Caire")."""
    text = mention.text
    cut = 0
    while match := _LEAD_WORD.match(text, cut):
        word = match.group(1).lower()
        capital_next = text[match.end():][:1].isupper()
        if not match.group(1)[0].islower() or word not in stops or word in _PARTICLES \
                or not capital_next:
            break
        cut = match.end()
    if not cut:
        return mention
    return Mention(mention.article_id, mention.start + cut, mention.end, text[cut:],
                   mention.label)


def is_byline(article: Article, mention: Mention) -> bool:
    """The mention names the article's author, or sits alone after "By" at a line start."""
    author = normal_tokens(article.author or "")
    key = normal_tokens(mention.text)
    if author and key and set(key) <= set(author):
        return True
    line_start = article.text.rfind("\n", 0, mention.start) + 1
    if not _BYLINE.match(article.text[line_start:mention.start]):
        return False
    line_end = article.text.find("\n", mention.end)
    rest = article.text[mention.end:line_end if line_end != -1 else len(article.text)]
    return len(rest.strip(" ,.;-–—|/")) < 40  # "By Jane Roe, Cairo": still a byline


def cut_swallowed(mention: Mention, person_surfaces: set[str]) -> list[Mention]:
    """Cut a person's name, known from elsewhere in the story, off an ORG span's end
    ("U.S. Department of Energy Matthew Zais") or a possessive off its start ("Haftar's
    Libyan National Army"); the parts keep exact offsets."""
    if mention.label != "ORG":
        return [mention]
    text = mention.text
    for person in sorted(person_surfaces, key=len, reverse=True):
        if len(person.split()) < 2 or len(person) >= len(text) - 3:
            continue
        if text.endswith(" " + person):
            org_end = mention.start + len(text) - len(person)
            org_text = text[: len(text) - len(person)].rstrip(" ,")
            return [
                Mention(mention.article_id, mention.start, mention.start + len(org_text),
                        org_text, "ORG"),
                Mention(mention.article_id, org_end, mention.end, person, "PERSON"),
            ]
    possessive = re.match(r"[^\W\d_][\w.\- ]*?['’]s\s+", text)
    if possessive and normal_tokens(text[possessive.end():]):
        start = mention.start + possessive.end()
        return [Mention(mention.article_id, start, mention.end, text[possessive.end():], "ORG")]
    return [mention]


@dataclass
class SpellingGuard:
    """Refuses a spelling match between two forms that are different words."""

    forms: list[Form]
    words: StoryWords
    knowledge: EntityKnowledge
    _articles: list[set[str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._articles = [{m.article_id for m in f.mentions} for f in self.forms]

    def __call__(self, i: int, j: int) -> bool:
        a, b = self.forms[i], self.forms[j]
        ua, ub = _unarticled(a.key), _unarticled(b.key)
        if self._articles[i] & self._articles[j] and not (ua <= ub or ub <= ua):
            return False  # both spellings in one article: the writer meant two names
        pa, pb = self.knowledge.places(a.key), self.knowledge.places(b.key)
        if (pa or pb) and not (pa & pb):
            return False  # a known place meets only its own names
        differing = set(a.key) ^ set(b.key)
        return not any(self.words.is_common(token) for token in differing)


def _unarticled(key: tuple[str, ...]) -> frozenset[str]:
    """The tokens of a name without Arabic articles ("el Amrani" and "al-Amrani" are one
    way of writing, not two names, even side by side)."""
    return frozenset(t[2:] if t[:2] in ("al", "el") and len(t) > 4 else t for t in key)
