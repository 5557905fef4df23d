"""A model-free NER fallback for Latin-script languages without a model (es, de, it, ...).

Names are runs of capitalised words. A word capitalised only because it starts a
sentence counts only if it is capitalised mid-sentence elsewhere in the text. In
languages that capitalise every noun (German) single words need a cue: a title, a
locative preposition, capitals throughout, or being the last word of a longer name.
Weak by design: scripts without letter case (Arabic, Hebrew, Chinese) give no spans.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass

from anyascii import anyascii

from ..stop_words import stop_words
from .german_words import (
    DE_ADJECTIVE_ENDINGS,
    DE_DETERMINERS,
    DE_INDEFINITE,
    DE_NAME_JOINERS,
    DE_NOUN_SUFFIXES,
    DE_PHRASE_REACH,
    DE_PLACE_ENDINGS,
    DE_PLACE_SUFFIXES,
    DE_PLURAL_DETERMINERS,
    DE_PLURAL_ENDINGS,
)
from .ner import NerSpan


def _words(text: str) -> frozenset[str]:
    """A word set written as one string, folded to ASCII like the tokens it is matched to."""
    return frozenset(anyascii(word).lower() for word in text.split())

_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")

# Lower-case words that join the parts of one name ("Ursula von der Leyen").
CONNECTORS = _words("de del della di da das dos du van von bin ibn ben bint al el abu")
# Articles that join a name only right after a connector ("von der Leyen", "de la Fuente");
# alone they start a common noun ("Angaben der Regierung").
SECOND_CONNECTORS = _words("der den ter la le las los")

# Function words of es/de/it/pt/nl/en/fr, plus calendar words (capitalised in en/de
# but never entities): capitalised, they start sentences, not names.
FUNCTION_WORDS = _words("""
    a al ante bajo con contra de del desde durante e el ella ellos en entre era es esta
    este esto ha han hasta hay la las lo los mas más no o para pero por que se según
    si sin sobre su sus también tras un una uno y ya ayer hoy mañana cuando como donde
    der die das dem den des ein eine einen einem einer eines und oder aber nach nachdem
    am im in ist sind war wurde wird auch auf aus bei mit von vor zu zum zur für über
    unter nicht noch schon sie er es wir ihr man dies diese dieser dieses laut gestern
    heute morgen als wie wo wenn dass doch
    il lo gli i le un uno una e ed o ma per con su tra fra che non nel nella nei alla
    alle dal dalla secondo anche dopo ieri oggi questo questa quando
    o os as um uma em no na nos nas ao aos do da dos das pelo pela mas segundo
    het een en maar met voor naar op bij uit volgens ook niet dit deze dat
    the a an and or but of in on at to for from by with as after before during since
    this that these those he she it we they his her its their there here when while
    if yet also not according yesterday today then now dort dann hier ahora luego
    monday tuesday wednesday thursday friday saturday
    sunday january february march april may june july august september october
    november december montag dienstag mittwoch donnerstag freitag samstag sonntag
    januar februar märz mai juni juli oktober dezember
    le la les un une des du et ou mais pour par sur dans avec selon après avant hier
    lundi mardi mercredi jeudi vendredi samedi dimanche
    """)

# Titles: the name after one is a person ("el ministro Juan Pérez", "Präsident Steinmeier").
TITLES = _words("""
    minister ministra ministro ministre ministerin president presidente presidenta
    prasident prasidentin kanzler kanzlerin canciller chancellor premier primer
    general generale mariscal marschall feldmarschall marshal marechal colonel coronel
    oberst comandante commander king rey re konig queen reina konigin prince principe
    prinz senor senora sr sra don dona herr frau dr doctor profesor professor senator
    senador senatore diputado deputato abgeordnete sprecher sprecherin portavoz
    portavoce spokesman spokeswoman jefe chef chefin lider leader sheikh jeque scheich
    pope papa papst alcalde burgermeister sindaco gobernador gouverneur governor
    secretario segretario sekretar secretary fiscal juez richter judge mr mrs ms
    """)
# German compounds end in a title ("Außenminister", "Ministerpräsident").
_TITLE_SUFFIXES = ("minister", "ministerin", "prasident", "prasidentin", "kanzler", "sprecher")

# Prepositions that put a place after them ("en Madrid", "nach Berlin", "in Rom"). Not
# "a"/"à": Spanish puts "a" before people too ("visitó a Juan").
LOC_PREPOSITIONS = _words("in en em nach aus desde hacia naar")

# Lower-case articles: in a language that capitalises nouns (German) the word after one
# is usually capitalised; elsewhere it is capitalised only when it starts a name.
ARTICLES = _words(
    "der die das den dem des ein eine einen einem einer eines el la los las un una le les"
    " une il lo gli the a an het een")
# Share of capitalised words after an article above which the text capitalises nouns:
# German prose runs ~0.8-0.9, Spanish ~0.2 and name-heavy English ~0.4 in our fixtures.
NOUN_CAPS_RATIO = 0.5
# Fewer articles than this say nothing about the language: assume names are capitalised.
MIN_ARTICLES = 5


_SENTENCE_END = ".!?…:"
_OPENERS = "\"'«“‘„([¿¡—–-"


@dataclass(slots=True)
class _Token:
    start: int
    end: int
    text: str
    fold: str
    cap: bool
    sent_start: bool


class CapitalizedNER:
    """Rule-based names for languages without a model; see the module docstring."""

    name = "capitalized"

    def __init__(self, language: str | None = None) -> None:
        self.language = language

    def find(self, texts: list[str]) -> list[list[NerSpan]]:
        """Each text alone: the cues (repeats, noun capitalisation) are per text."""
        return [find_capitalized(text, self.language) for text in texts]


def _fold(word: str) -> str:
    return anyascii(word).lower().replace("’", "'")


def _is_cap(word: str) -> bool:
    head, _, rest = word.partition("-")
    if head.lower() in {"al", "el", "ad", "as", "ash", "ar", "an", "az"} and rest[:1].isupper():
        return True  # "al-Amrani", "el-Sisi"
    return word[:1].isupper()


def _is_title(fold: str) -> bool:
    # Inflected titles too ("den Präsidenten", "des Ministers", "los ministros"), but
    # only for stems of 5+ letters: "Res" must not read as the Italian title "re".
    stems = [fold] + [stem for stem in (fold[:-1], fold[:-2]) if len(stem) >= 5]
    return any(stem in TITLES or stem.endswith(_TITLE_SUFFIXES) for stem in stems)


def _tokenise(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    prev_end = 0
    prev_word = ""
    folds: dict[str, str] = {}  # a word recurs often in one text; folding it is not cheap
    for match in _WORD.finditer(text):
        word = match.group()
        gap = text[prev_end:match.start()]
        core = gap.strip().lstrip(_OPENERS).rstrip(_OPENERS).strip()
        sent_start = (
            not tokens
            or "\n" in gap
            or (core[-1:] in _SENTENCE_END and core[-1:] != "" and not (
                core == "." and (len(prev_word) == 1 or _is_title(prev_word))))
        )
        fold = folds.get(word)
        if fold is None:
            fold = folds[word] = _fold(word)
        tokens.append(_Token(match.start(), match.end(), word, fold, _is_cap(word), sent_start))
        prev_end = match.end()
        prev_word = fold
    return tokens


def _joinable(text: str, left: _Token, right: _Token) -> bool:
    """Two words are one name only if just a space (or an initial's dot) parts them."""
    gap = text[left.end:right.start]
    if gap in {" ", "\u00a0"}:
        return True
    return gap == ". " and len(left.text) == 1 and left.cap  # "George W. Bush"


def _after_connectors(text: str, tokens: list[_Token], j: int) -> int:
    """Index of the capitalised word that connectors from ``j`` lead to, else ``j``."""
    k = j
    while k < len(tokens) and not tokens[k].cap and k - j < 2 and (
        tokens[k].fold in CONNECTORS
        or (k > j and tokens[k].fold in SECOND_CONNECTORS)
    ):
        if k + 1 >= len(tokens) or not _joinable(text, tokens[k], tokens[k + 1]):
            return j
        k += 1
    return k if k > j and k < len(tokens) and tokens[k].cap else j


def _runs(text: str, tokens: list[_Token]) -> list[list[int]]:
    runs: list[list[int]] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        starts_name = tok.cap and (
            tok.fold not in FUNCTION_WORDS
            or (not tok.sent_start and nxt is not None and nxt.cap
                and _joinable(text, tok, nxt))  # "El Salvador", "Los Angeles"
        )
        if not starts_name:
            i += 1
            continue
        run = [i]
        j = i + 1
        while j < len(tokens) and _joinable(text, tokens[j - 1], tokens[j]):
            if tokens[j].cap and not tokens[j].sent_start:
                run.append(j)
                j += 1
            else:
                k = _after_connectors(text, tokens, j)
                if k == j:
                    break
                run.extend(range(j, k + 1))
                j = k + 1
        runs.append(run)
        i = j
    return runs


def _capitalises_nouns(tokens: list[_Token]) -> bool:
    """True for German-like text, where a capital letter alone does not mark a name."""
    after = [b.cap for a, b in itertools.pairwise(tokens)
             if not a.cap and a.fold in ARTICLES]
    return len(after) >= MIN_ARTICLES and sum(after) / len(after) > NOUN_CAPS_RATIO


def _drop_common_noun(tokens: list[_Token], run: list[int], in_runs: Counter[str]) -> list[int]:
    """In noun-capitalising text, cut a common noun off a name: "die Truppen von Haftar".

    The first word goes when an article precedes it and either a connector follows it or
    the rest of the run ends in a word that other runs of the text contain too.
    """
    if len(run) < 2 or run[0] == 0:
        return run
    before = tokens[run[0] - 1]
    if before.cap or before.fold not in ARTICLES:
        return run
    rest = run[1:]
    while rest and not tokens[rest[0]].cap:
        rest = rest[1:]
    if rest and (len(rest) < len(run) - 1 or in_runs[tokens[rest[-1]].fold] > 1):
        return rest
    return run


def _locative(tokens: list[_Token], first: int) -> bool:
    """A lower-case place preposition just before, maybe with an article: "in der Ukraine"."""
    back = [tokens[k] for k in range(max(0, first - 2), first)][::-1]
    if back and not back[0].cap and back[0].fold in ARTICLES:
        back = back[1:]
    return bool(back) and not back[0].cap and back[0].fold in LOC_PREPOSITIONS


def find_capitalized(text: str, language: str | None = None) -> list[NerSpan]:
    """Find names in one text by capitalisation cues; labels PERSON, LOC, ORG or OTHER.

    ``language`` "de" turns the German common-noun filter on; without a language it is on
    when the text capitalises its nouns."""
    tokens = _tokenise(text)
    mid_caps = {t.fold for t in tokens if t.cap and not t.sent_start}
    noun_mode = _capitalises_nouns(tokens)
    german = language == "de" or (language is None and noun_mode)
    lower = {t.text for t in tokens if not t.cap}
    noun_mode = noun_mode or german
    found: list[tuple[list[_Token], str, bool]] = []
    runs = _runs(text, tokens)
    # In how many distinct names each word occurs (a repeated name counts once).
    distinct = {tuple(tokens[k].fold for k in run) for run in runs}
    in_runs = Counter(fold for name in distinct for fold in set(name))
    for run in runs:
        if noun_mode:
            run = _drop_common_noun(tokens, run, in_runs)
        first = tokens[run[0]]
        if first.sent_start and (
            first.fold in FUNCTION_WORDS or (len(run) == 1 and first.fold not in mid_caps)
            or (german and first.fold not in mid_caps and _german_common(first, lower))
        ):
            run = run[1:]  # capitalised only because it starts the sentence
        before = tokens[run[0] - 1] if run and run[0] > 0 else None
        person = before is not None and _is_title(before.fold)
        while run and (_is_title(tokens[run[0]].fold) or not tokens[run[0]].cap):
            # A title then "de" governs a portfolio or a country ("Ministro de Defensa").
            person = _is_title(tokens[run[0]].fold) or (person and tokens[run[0]].cap)
            run = run[1:]
        while run and (not tokens[run[-1]].cap or tokens[run[-1]].fold in FUNCTION_WORDS):
            run = run[:-1]
        if german and run and not person:
            run = _german_name(text, tokens, run)
        words = [tokens[k] for k in run]
        if not words or sum(len(w.text) for w in words) < 2:
            continue
        located = not person and not _body_named(words) and _locative(tokens, run[0])
        acronym = len(words) == 1 and words[0].text.isupper() and 2 <= len(words[0].text) <= 6
        label = "PERSON" if person else "LOC" if located else "ORG" if acronym else "OTHER"
        found.append((words, label, person or located or acronym))
    long_last = {words[-1].fold for words, _, _ in found if len(words) > 1}
    person_last = {words[-1].fold for words, label, _ in found if label == "PERSON"}
    spans: list[NerSpan] = []
    for words, label, cued in found:
        if noun_mode and len(words) == 1 and not cued and words[0].fold not in long_last:
            continue  # a capitalised common noun ("die Regierung")
        if label == "OTHER" and words[-1].fold in person_last and not _body_named(words):
            label = "PERSON"  # "Sánchez" after "el presidente Pedro Sánchez"
        spans.append(NerSpan(words[0].start, words[-1].end, label))
    return spans


def _body_named(words: list[_Token]) -> bool:
    """A run opened by a body's head noun ("en el Gobierno", "Gobierno de Ostrander"): no
    place after "en", no person though a surname ends it. Left untyped (speech rules read
    "el Gobierno" as a speaker phrase); the merge types it (:func:`.untyped.untyped_kind`)."""
    from .untyped import ORG_HEADS  # untyped reads this module's titles

    return words[0].fold in ORG_HEADS


def _german_common(token: _Token, lower: set[str]) -> bool:
    """A German word that only a sentence start capitalises: a stop word ("Seit Anfang",
    "Zumal Angestellte"), or a word the text also writes in lower case, which no German
    noun is ("Scharfe Kritik" beside "scharfe Worte")."""
    word = token.text.lower()
    return word in stop_words("de") or word in lower


def _de_common(word: str) -> bool:
    """A German word whose ending makes it a common noun ("Regierung", "Überlebenden")."""
    return word.lower().endswith(DE_NOUN_SUFFIXES)


def _after_number(text: str, tokens: list[_Token], first: int) -> bool:
    """A number right before: "74 Menschen", "um 4:17 Uhr Ortszeit"."""
    start = tokens[first - 1].end if first > 0 else 0
    return text[start:tokens[first].start].strip()[-1:].isdigit()


def _plural_phrase(tokens: list[_Token], first: int) -> bool:
    """A plural determiner opens the phrase: "viele (verletzte) Menschen"."""
    for k in range(first - 1, max(-1, first - 1 - DE_PHRASE_REACH), -1):
        if tokens[k].fold in DE_PLURAL_DETERMINERS:
            return True
        if tokens[k].cap or tokens[k].fold in FUNCTION_WORDS or tokens[k].sent_start:
            return False
    return False


def _german_name(text: str, tokens: list[_Token], run: list[int]) -> list[int]:
    """A run of capitalised German words cut down to its name part; [] for common nouns."""
    if len(run) > 1 and tokens[run[0]].fold in DE_DETERMINERS:
        run = run[1:]  # "Viele Menschen", "Unsere Teams": a determiner opening a sentence
    words = [tokens[k] for k in run]
    if tokens[run[0]].text.isupper() and len(tokens[run[0]].text) > 1:
        return run  # acronyms (THW, AFAD) and names set in capitals
    if any(not w.cap and w.fold in FUNCTION_WORDS and w.fold not in DE_NAME_JOINERS
           for w in words) or _after_number(text, tokens, run[0]):
        return []
    # "der Türkei Unterstützung": a noun after a name is not part of it, unless the word
    # before is an inflected adjective that needs it ("die Vereinten Nationen").
    while len(run) > 1 and _de_common(tokens[run[-1]].text) and not tokens[
            run[-2]].text.lower().endswith(DE_ADJECTIVE_ENDINGS):
        run = run[:-1]
    words = [tokens[k] for k in run]
    before = tokens[run[0] - 1] if run[0] > 0 else None
    determined = before is not None and not before.cap and before.fold in DE_DETERMINERS
    if len(words) > 1:
        # "des Türkischen Roten Halbmonds" keeps; "die Menschenrechtsorganisationen" not.
        return run if any(not _de_common(w.text) for w in words) else []
    word = words[0].text
    if _de_common(word):
        # "nach München", "in Tunis": these two endings also close place names.
        place = word.lower().endswith(DE_PLACE_SUFFIXES) and not determined
        return run if place and _locative(tokens, run[0]) else []
    if word.lower().endswith(DE_PLURAL_ENDINGS) and _plural_phrase(tokens, run[0]):
        return []
    if determined:
        assert before is not None
        place = before.fold not in DE_INDEFINITE and word.lower().endswith(DE_PLACE_ENDINGS)
        return run if place else []
    return run
