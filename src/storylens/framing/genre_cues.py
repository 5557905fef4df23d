"""What an editor looks at to tell an opinion piece from a report, measured per language.

Issue 12 (session 8): the first genre rule counted "I/je/yo/io/ich" and English-built
evaluative words against thresholds set on English, so no French, Spanish or Italian column
was ever called opinion (126 CL-TLS articles read by hand: 0 of 11). These cues are the
ones a reader uses in any of those languages, each a rate over the writer's own voice
(quotes blanked): the writer as "I" and as "we"; evaluative words where a subjectivity
lexicon ships (en, fr, de); questions and exclamations of the writer's own; how much of the
text is other people's quoted words; a dateline or wire credit; figures; and weekday names
(a report says *when*: "mardi", "este miércoles"; CLDR names from babel). A small model
(:mod:`.genre`) weighs them; every cue is cheap (a few regular-expression scans).

First-person forms are a closed grammatical class, written out here per language: spaCy's
installed language data has no person-tagged pronoun table, but every form here is in its
stop-word list of the language (``tests/test_framing_genre.py`` checks), and no model is
loaded for this. A language without a set gets zero there, as it gets zero evaluative words
without a lexicon: the model then leans on the other cues.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from babel import Locale, UnknownLocaleError

from ..claims.lexicon_events import SAID_CUES
from .lexicon import lexicon_for

# The writer as "I": pronouns, possessives and, for Spanish and Italian, which drop the
# subject pronoun, the first-person forms of the auxiliaries and copulas ("ho", "he",
# "soy") that no other person shares. Italian "i" is an article and French "M." an
# abbreviation: the sets are per language, and French elisions (j', m') are matched apart.
FIRST_SINGULAR = {
    "en": ("i", "me", "my", "mine", "myself"),
    "fr": ("je", "me", "moi", "mon", "ma", "mes"),
    "es": ("yo", "me", "mí", "conmigo", "mi", "mis", "mío", "mía", "míos", "mías",
           "he", "soy", "estoy"),
    "it": ("io", "me", "mi", "mio", "mia", "miei", "mie",
           "ho", "avevo", "avrei", "avrò", "ero", "sarei", "sarò"),
    "de": ("ich", "mich", "mir", "mein", "meine", "meiner", "meinen", "meinem", "meines"),
}
# The writer as "we" (an editorial or a community speaking), same kinds of forms.
FIRST_PLURAL = {
    "en": ("we", "us", "our", "ours", "ourselves"),
    "fr": ("nous", "notre", "nos"),
    "es": ("nosotros", "nosotras", "nuestro", "nuestra", "nuestros", "nuestras",
           "hemos", "somos", "estamos"),
    "it": ("noi", "nostro", "nostra", "nostri", "nostre",
           "abbiamo", "avevamo", "avremmo", "siamo", "eravamo", "saremmo"),
    "de": ("wir", "uns", "unser", "unsere", "unserer"),
}
# French first-person elisions: "j'ai", "m'a" (not "M. Morsi", an abbreviation).
_ELIDED = {"fr": re.compile(r"\b[jJ]['’]|\bm['’]")}
# Order of the cues in a feature vector (the model's weights follow it).
CUES = ("first_singular", "first_plural", "evaluative", "questions", "exclamations",
        "quoted_share", "wire", "figures", "weekdays", "attribution", "social")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_WORD_CHAR = re.compile(r"\w")
_SENTENCE_END = re.compile(r"[.!?…]+(?:\s|$)")
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
# A dateline ("EL CAIRO (Reuters) -", "París (Efe).-", "IL CAIRO –") at the very start,
# or a wire credit in parentheses ("(AFP)", "(Efe)") in the text or the removed page lines.
_DATELINE = re.compile(r"^\s*[A-ZÀ-Ý][\w'’ .-]{1,30}?\s*(?:\([A-Z][\w.]{1,12}\)\s*)?[.]?[-–—]",
                       re.UNICODE)
# Handles and hashtags: a roundup of social-media posts, not a writer's own argument
# (the mark must not follow a word character: "a@b.org" is no handle).
_SOCIAL = re.compile(r"[@#]\w")
_CREDIT = re.compile(r"\((?:[A-Z][A-Za-z]{1,5}|[A-Z]{2,6}(?:[/-][A-Z]{2,6})?)\)")


@functools.lru_cache(maxsize=16)
def _word_set(table: str, language: str | None) -> frozenset[str]:
    forms = (FIRST_SINGULAR if table == "singular" else FIRST_PLURAL).get(language or "", ())
    return frozenset(forms)


@functools.lru_cache(maxsize=16)
def weekday_names(language: str | None) -> frozenset[str]:
    """Weekday names of the language (CLDR, wide and abbreviated forms of 4+ letters)."""
    try:
        locale = Locale.parse(language or "")
    except (UnknownLocaleError, ValueError, TypeError):
        return frozenset()
    if locale.language != language:  # "und" parses as the root locale: no names
        return frozenset()
    names = {str(n).casefold() for width in ("wide", "abbreviated")
             for n in locale.days["format"][width].values()}
    return frozenset(n for n in names if len(n) >= 4 and n.isalpha())


@functools.lru_cache(maxsize=16)
def attribution_pattern(language: str | None) -> re.Pattern[str] | None:
    """Attribution cues of the language ("a déclaré", "según", "ha detto"): the claims
    stage's own lexicon (:data:`..claims.lexicon_events.SAID_CUES`), read, not copied. A
    report attributes what it tells; an opinion piece asserts it."""
    cues = SAID_CUES.get(language or "")
    if not cues:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(p for p, _ in cues) + r")(?!\w)", re.IGNORECASE)


def genre_cues(text: str, voice: str, quoted: int, language: str | None,
               removed: tuple[tuple[str, str], ...],
               evaluative: int | None = None) -> tuple[float, ...]:
    """The cues of :data:`CUES` for one article: ``voice`` is ``text`` with its quotes
    blanked, ``quoted`` the number of characters blanked, ``evaluative`` the evaluative
    words of ``voice`` when the caller has counted them already."""
    words = Counter(w.casefold() for w in _WORD.findall(voice))
    per100 = 100 / max(words.total(), 1)
    singular, plural = _word_set("singular", language), _word_set("plural", language)
    days = weekday_names(language)
    sentences = max(len(_SENTENCE_END.findall(voice)), 1)
    own = voice.rstrip()
    wire = bool(_DATELINE.match(text) or _CREDIT.search(text[:400])
                or any(_CREDIT.search(body) for _, body in removed))
    elided = _ELIDED.get(language or "")
    said = attribution_pattern(language)
    return (
        (sum(words[w] for w in singular)
         + (len(elided.findall(voice)) if elided else 0)) * per100,
        sum(words[w] for w in plural) * per100,
        (len(lexicon_for(language).loaded_spans(voice)) if evaluative is None
         else evaluative) * per100,
        own.count("?") / sentences,
        own.count("!") / sentences,
        quoted / max(len(text), 1),
        1.0 if wire else 0.0,
        len(_DIGITS.findall(voice)) * per100,
        sum(words[w] for w in days) * per100,
        (len(said.findall(text)) if said else 0) * per100,
        sum(1 for m in _SOCIAL.finditer(text)
            if not m.start() or not _WORD_CHAR.match(text, m.start() - 1)) * per100,
    )
