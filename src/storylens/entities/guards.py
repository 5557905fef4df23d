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
from collections.abc import Callable
from dataclasses import dataclass, field

from anyascii import anyascii

from ..records import Article, Mention
from .body_heads import body_shaped, inside_sentence
from .furniture import furniture_reason
from .knowledge import EntityKnowledge
from .merge import Form, mention_label
from .normalise import TITLE_LEADS, TITLES, normal_tokens, strip_titles
from .person_spellings import one_person_spelling

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# Words that introduce a byline at the start of a line, in en fr es it de pt ru ar.
_BYLINE = re.compile(r"(?im)^[ \t]*(?:by|par|por|di|de|von|от|автор|بقلم)[ \t]*:?[ \t]+$")
# A credit inside the span: "By" / "Par" / "Por" then a name of two capitalised words
# ("By" is never a name's own first word, unlike "Di" / "De" / "Von", which start surnames).
_CREDIT = re.compile(r"(?:By|BY|Par|Por)\s+[A-ZÀ-Þ][^\W\d_]*\.?\s+[A-ZÀ-Þ]")
# Lower-case particles that may start a name ("al-Assad", "de Gaulle", "bin Laden", "van").
_LEAD_WORD = re.compile(r"([^\W\d_]+)\s+")
# Labels that say nothing about a name's kind (a NORP "Republicans" is a people).
_UNTYPED = frozenset({"MISC", "OTHER", ""})
# An elided article or preposition written in lower case before a name (fr, it).
_ELIDED = re.compile(r"(?:l|d|dell|all|nell|dall|sull)['’](?=[A-ZÀ-Þ])")
# The same article capitalised at a sentence start or in a headline, before a name written
# in capitals ("L'UNICEF", "L'ONU", "L'UNIONE EUROPEA"): a name in capitals never opens
# with an elided article, while a mixed-case one may ("L'Aquila", "L'Oréal").
_ELIDED_CAPITAL = re.compile(r"(?:[lL]|[dD]|DELL|ALL|NELL|DALL|SULL|Dell|All|Nell|Dall|Sull)"
                             r"['’](?=[^\W\d_a-zà-ÿ]{2,}(?:[\s'’-]+[^\W\d_a-zà-ÿ]+)*$)")
# A name written in lower case once among this many capitalised uses is still a name:
# a prior (a slip per five uses would be a careless text), not fitted to the labels.
CAPITALISED_PER_SLIP = 5
# "Most" lower-case uses in a name's slot: half of them (a prior, like the one above).
SAME_SLOT_SHARE = 2
# Characters that join a lower-case word to the one before it (compounds, URLs, handles).
_JOINERS = ("-", ".", "/", "@", "#", "_")
# A word of _WORD with the joiner just before it, if any ("" when none).
_JOINED_WORD = re.compile(rf"([{re.escape(''.join(_JOINERS))}]?)([^\W\d_]+)", re.UNICODE)
# A phrase capitalised inside sentences this often is a name ("les Frères musulmans").
MIN_NAMED_USES = 2
# An acronym the story writes: a word in capitals of MIN_ACRONYM_RESCUE to 8 letters.
MIN_ACRONYM_RESCUE = 3
# Preposition + article contractions that never open a name, cut even when capitalised at
# a sentence start ("Au Caire, ..." -> "Caire"; "Nel Sinai" -> "Sinai"; "Im Irak").
_CONTRACTIONS = frozenset("au aux nel nella nei nelle negli im ins zum zur".split())
_PARTICLES = frozenset("al el ad as ash at az ibn bin ben bint abu de del della di da du "
                       "van von der le la".split())


@dataclass
class StoryWords:
    """How the story's own texts write each word: lower case (a common word) or not."""

    lower: Counter[str] = field(default_factory=Counter)
    capitalised: Counter[str] = field(default_factory=Counter)
    # Whether a lower-case word is in the dictionary of one of the story's languages.
    known: Callable[[str], bool] | None = None
    texts: list[str] = field(default_factory=list)
    _phrases: dict[str, int] = field(default_factory=dict)
    _slots: dict[str, bool] = field(default_factory=dict)
    _capitals: set[str] | None = None

    @classmethod
    def of(cls, articles: list[Article],
           lexicon: Callable[[str, str], bool] | None = None) -> StoryWords:
        lower: Counter[str] = Counter()
        capitalised: Counter[str] = Counter()
        folded: dict[str, str] = {}  # each distinct word transliterated once (issue 11)
        for article in articles:
            # Each distinct (joiner, word) once, counted by the regex engine (issue 11).
            for (joiner, word), uses in Counter(_JOINED_WORD.findall(article.text)).items():
                if word[0].isupper():
                    counts = capitalised
                # A word joined by a hyphen ("anti-moubarak", "pro-Morsi") is part of a
                # compound, and one after "." "/" "@" "#" part of an address or a handle
                # ("pic.twitter.com", "@chrissyteigen"), not the name written as a word.
                elif word[0].islower() and not joiner:
                    counts = lower
                else:
                    continue
                key = folded.get(word)
                if key is None:
                    key = folded[word] = anyascii(word).lower()
                counts[key] += uses
        languages = sorted({a.language for a in articles if a.language})

        def known(word: str) -> bool:
            return lexicon is not None and any(lexicon(word, lang) for lang in languages)

        return cls(lower, capitalised, known if lexicon else None, [a.text for a in articles])

    def named_phrase(self, phrase: str) -> bool:
        """A phrase the story capitalises inside sentences at least twice ("les Frères
        musulmans", "issu des Frères musulmans"): the texts treat it as a name even when
        its first word is a common one ("frères")."""
        return self.uses_inside(phrase) >= MIN_NAMED_USES

    def uses_inside(self, phrase: str) -> int:
        """How often the story writes ``phrase`` inside a sentence (not opening one)."""
        if phrase not in self._phrases:
            inside = re.compile(r"(?<![.!?:\n\s])\s+" + re.escape(phrase) + r"\b")
            self._phrases[phrase] = sum(len(inside.findall(t)) for t in self.texts)
        return self._phrases[phrase]

    def name_slip(self, word: str, surnames: frozenset[str], given_name: bool) -> bool:
        """A person's name (tagged PERSON somewhere in the story, or a known given name)
        written in lower case at most once per CAPITALISED_PER_SLIP capitalised uses ("le
        régime de moubarak", "christine teigen" in a quoted tweet): a slip, even without
        a dictionary. A known given name written capitalised at least as often as not,
        whose lower-case uses mostly stand where its capitalised uses stand (after the
        same word: "risposta a Max" / "risposta a max", "caro max"), is a careless
        writer's name too, not the common word ("max" for "massimo")."""
        key = anyascii(word).lower()
        if not (key in surnames or given_name):
            return False
        lower, capitalised = self.lower.get(key, 0), self.capitalised.get(key, 0)
        if capitalised >= CAPITALISED_PER_SLIP * lower:
            return True
        return given_name and capitalised >= lower and self.in_name_slots(word)

    def in_name_slots(self, word: str) -> bool:
        """Whether most lower-case uses of ``word`` follow a word that also comes right
        before a capitalised use of it (the same slot in the sentence)."""
        key = word.lower()
        if key not in self._slots:
            pattern = re.compile(r"(?i)(?:([^\W\d_]+)[ \t]+)?(?<![^\W\d_])("
                                 + re.escape(word) + r")(?![^\W\d_])")
            before_lower: Counter[str] = Counter()
            before_capital: set[str] = set()
            for text in self.texts:
                for match in pattern.finditer(text):
                    before = (match.group(1) or "").lower()
                    if match.group(2)[0].isupper():
                        before_capital.add(before)
                    elif match.group(2)[0].islower():
                        before_lower[before] += 1
            shared = sum(n for w, n in before_lower.items() if w and w in before_capital)
            self._slots[key] = shared * SAME_SLOT_SHARE >= sum(before_lower.values()) > 0
        return self._slots[key]

    def body_name(self, tokens: list[str], stops: frozenset[str],
                  openers: dict[str, set[str]]) -> bool:
        """A name opened by a common word is still a body's name when the story writes its
        acronym ("Agence internationale de l'énergie atomique" / "AIEA"), or, for one word,
        when it opens a name the story capitalises inside sentences ("Frères" / "les Frères
        musulmans") and is written in lower case at most once per CAPITALISED_PER_SLIP
        capitalised uses ("estado" is a common word, "Estado Islámico" or not)."""
        if len(tokens) >= 2:
            content = [t for t in tokens if len(t) > 2 and t.lower() not in stops]
            letters = "".join(anyascii(t)[:1] for t in content).upper()
            return len(content) >= 3 and letters in self._acronyms()
        key = anyascii(tokens[0]).lower()
        return self.capitalised.get(key, 0) >= CAPITALISED_PER_SLIP * self.lower.get(key, 0) \
            and any(self.named_phrase(phrase) for phrase in openers.get(key, ()))

    def _acronyms(self) -> set[str]:
        if self._capitals is None:
            self._capitals = {anyascii(w).upper() for t in self.texts for w in _WORD.findall(t)
                              if w.isupper() and MIN_ACRONYM_RESCUE <= len(w) <= 8}
        return self._capitals

    def is_common(self, word: str) -> bool:
        """Written in lower case in the story: a common word there, unless the language's
        dictionary does not know it and the lower case is a rare slip among many uses
        capitalised inside a sentence (a tweet quoted in lower case, "le régime de
        moubarak", "christine teigen")."""
        key = anyascii(word).lower()
        lower = self.lower.get(key, 0)
        if lower == 0:
            return False
        if self.known is None or self.known(word.lower()):
            return True
        return lower * CAPITALISED_PER_SLIP >= self.capitalised.get(key, 0)


def junk_reason(mention: Mention, language: str | None, words: StoryWords,
                knowledge: EntityKnowledge, surnames: frozenset[str] = frozenset(),
                openers: dict[str, set[str]] | None = None,
                article_text: str | None = None) -> str | None:
    """Why a mention is not a name (None when it looks like one). ``surnames``: last
    words of names tagged PERSON in the story, whose rare lower-case uses are slips;
    ``openers``: the story's multi-word names by their first word (lower-case ASCII);
    ``article_text``: the mention's article, where a body's capitalised head is read
    (:mod:`.body_heads`)."""
    text = mention.text.strip()
    tokens = _WORD.findall(text)
    if len(text) <= 1 or not tokens:
        return "too short or no letters"
    if language and (why := furniture_reason(text, knowledge.calendar_words(language),
                                             knowledge.stop_words(language))):
        return why
    if text.isupper() and len("".join(tokens)) >= 2:
        return None  # an acronym ("US" is no stop word when written in capitals)
    if len(tokens) == 1 and mention_label(mention) != "PERSON" and \
            knowledge.demonym(normal_tokens(text), language):
        return None  # "égyptiens": a people, written in lower case as adjectives are
    stops = knowledge.stop_words(language)
    if all(t.lower() in stops for t in tokens):
        return "stop words"
    if _title_alone(tokens, mention_label(mention)):
        return "a title alone"  # "Premier ministre", "Vice Presidente": no one named
    cased = [t for t in tokens if t.lower() != t.upper()]
    if not cased:
        return None  # Arabic and other caseless scripts: only stop words tell
    capitalised = [t for t in cased if t[0].isupper()]
    if not capitalised:
        return "no capital letter"
    first = cased[0].lower()
    shaped = body_shaped(tokens, language, stops, lambda word: anyascii(word).lower() in
                         surnames or knowledge.is_given_name(word),
                         lambda: article_text is not None
                         and inside_sentence(article_text, mention.start))
    if cased[0][0].islower() and first not in _PARTICLES and not shaped and \
            anyascii(first) not in TITLES | TITLE_LEADS:  # "maréchal Tantaoui" is a name
        return f"starts with the common word '{first}'"  # "anti-Morsi", "coup d'Etat"
    rest = strip_titles([anyascii(t).lower() for t in tokens])
    if len(rest) < len(tokens) and rest[0] in stops and tokens[-len(rest)][0].islower():
        return f"a title, then the phrase '{' '.join(tokens[-len(rest):])}'"
    content = [t for t in cased[1:] if t.lower() not in stops and t.lower() not in _PARTICLES]
    if content and any(t[0].isupper() for t in content):
        return None  # two capitalised words: a name
    if knowledge.places(normal_tokens(text)):
        return None
    if words.is_common(cased[0]) and not (len(tokens) >= 2 and words.named_phrase(text)) \
            and not words.name_slip(cased[0], surnames, knowledge.is_given_name(cased[0])) \
            and not words.body_name(tokens, stops, openers or {}) and not shaped:
        return f"'{cased[0].lower()}' is a common word in these texts"
    return None


def _title_alone(tokens: list[str], label: str) -> bool:
    """Every word a title or a word that leads one ("Premier ministre", "Prime Minister"),
    one at least a title. One word alone only when the tagger did not call it a person:
    "King said" or "Major" may be a surname."""
    folded = [anyascii(t).lower() for t in tokens]
    if not all(w in TITLES or w in TITLE_LEADS for w in folded) or \
            not any(w in TITLES for w in folded):
        return False
    return len(folded) >= 2 or label not in ("PERSON", "PER")


def sentence_opener_reason(mention: Mention, text: str, words: StoryWords,
                           name_words: frozenset[str] = frozenset()) -> str | None:
    """A single word the model gave no type (MISC, or none) that opens a sentence, that
    the story never capitalises inside one and that is no word of a longer name of the
    story (``name_words``, lower case: "Asma" of "Asma al Asad"): its capital is the
    sentence's, no evidence of a name ("Soyez prudents", "Dénonçant la répression"); the
    capitalisation fallback applies the same test to the words it finds."""
    word = mention.text.strip()
    if (mention.label or "MISC").upper() not in _UNTYPED or len(_WORD.findall(word)) != 1 \
            or word.isupper() or not word[:1].isupper() or word.lower() in name_words:
        return None
    window = text[max(0, mention.start - 40):mention.start]
    before = window.rstrip(" \t\"'«“‘¡¿(-—–")
    if (before and before[-1] not in ".!?:\n") or (not before and mention.start > 40):
        return None
    if words.uses_inside(word):
        return None
    return f"'{word}' is capitalised only where it opens a sentence"


def trim_leading(mention: Mention, stops: frozenset[str]) -> Mention:
    """Cut lower-case stop words a model left before a name ("au Caire" -> "Caire")."""
    text = mention.text
    elided = _ELIDED.match(text) or _ELIDED_CAPITAL.match(text)
    cut = elided.end() if elided else 0  # "l'ONU", "d'Alep": the article, elided
    while match := _LEAD_WORD.match(text, cut):
        word = match.group(1).lower()
        capital_next = text[match.end():][:1].isupper()
        if word in _CONTRACTIONS and capital_next:
            cut = match.end()
            continue
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
    if _CREDIT.match(mention.text):
        return True  # "By Anne Speckhard, Ph.D." in a list of posts: the model kept "By"
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
    for person in sorted(person_surfaces, key=len, reverse=True):
        rest = text[len(person) + 1:]
        if len(person.split()) >= 2 and text.startswith(person + " ") and rest[:1].islower():
            # "Tavon Alleyne on Instagram": a known person, then lower-case words
            return [Mention(mention.article_id, mention.start, mention.start + len(person),
                            person, "PERSON"), *_named_rest(mention, len(person) + 1)]
    possessive = re.match(r"[^\W\d_][\w.\- ]*?['’]s\s+", text)
    if possessive and normal_tokens(text[possessive.end():]):
        start = mention.start + possessive.end()
        return [Mention(mention.article_id, start, mention.end, text[possessive.end():], "ORG")]
    return [mention]


def _named_rest(mention: Mention, offset: int) -> list[Mention]:
    """What is left of an ORG span from ``offset`` on, from its first capitalised word
    ("on Instagram" -> "Instagram"); nothing when no capital is left."""
    match = re.search(r"\b[^\W\d_]*[A-ZÀ-ÞА-Я]", mention.text[offset:])
    if match is None:
        return []
    start = offset + match.start()
    return [Mention(mention.article_id, mention.start + start, mention.end,
                    mention.text[start:], "ORG")]


_DOUBLED = re.compile(r"(.)\1+")


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
        person = one_person_spelling(a, b, self.knowledge.given_names)
        if self._articles[i] & self._articles[j] and not (ua <= ub or ub <= ua) \
                and not _doubling_only(a.key, b.key) and "".join(a.key) != "".join(b.key) \
                and not person:
            # Both spellings in one article: the writer meant two names, unless they
            # differ only in doubled letters or spacing ("Abdel Aziz" / "Abdelaziz") or
            # are one person's name transliterated two ways (a page quoting sources).
            return False
        pa, pb = self.knowledge.places(a.key), self.knowledge.places(b.key)
        if (pa or pb) and not (pa & pb) and not a.kind == b.kind == "PERSON":
            return False  # a known place meets only its own names, unless both are people
        if person and len(a.key) >= 2:
            return True  # "Ahmed Chafik" / "Ahmed Shafik": "chafik" in lower case is a slip
        differing = set(a.key) ^ set(b.key)
        return not any(self.words.is_common(token) for token in differing)


def _unarticled(key: tuple[str, ...]) -> frozenset[str]:
    """The tokens of a name without Arabic articles ("el Amrani" and "al-Amrani" are one
    way of writing, not two names, even side by side)."""
    return frozenset(t[2:] if t[:2] in ("al", "el") and len(t) > 4 else t for t in key)


def _doubling_only(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two names differ only in doubled letters ("Mohamed"/"Mohammed Morsi"): a
    transliteration habit that one article may mix (a compilation of wires), unlike a
    changed or added letter ("Ali"/"Alia", "Jan"/"Jana"), which names another person."""
    return len(a) == len(b) and a != b and all(
        _DOUBLED.sub(r"\1", x) == _DOUBLED.sub(r"\1", y) for x, y in zip(a, b, strict=True))
