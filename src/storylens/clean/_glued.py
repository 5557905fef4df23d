"""A headline glued to the body on one line: where it ends, so it can stand on its own line.

Pages flattened to one line of text (data sets, clipboard copies, some feeds) keep the
headline and the body apart only by two spaces, a single space, or the body's dateline.
Left glued, the headline runs into the first sentence: the article title becomes headline
plus lead cut at 120 characters, the first claim quotes both as one sentence, and NER
joins the headline's last name with the body's first word.

Only the first line is looked at, and only when it is long enough to hold a headline and a
body. The boundary is where one of these signals (no word list per language; the stop
lists below are spaCy's) says a body begins after one sentence of headline (no sentence
end inside it, no bracket left open):

* a run of two or more spaces, after a headline that does not stop on a full stop or, in
  a language that never ends a clause on one, on a function word ("… the beheading of an
  American" is one sentence typed with two spaces);
* the headline written again (a page's title and its ``<h1>``): at least its first three
  words and three quarters of it, so a phrase of it used in a sentence does not count;
  the copy is then cut off the lead by the same signals;
* a dateline: a place in capitals before ":" or before a dash and a capital ("BHOPAL:",
  "ЛАКНАУ:"; not "known as ISIS -- had"), or one word before an agency in brackets and a
  dash ("Bagdad (dpa) -"; "Autobauer New York (dpa) -" leaves open where the place starts);
* a capitalised function word ("В декабре", "Die Marinestreitkräfte"): a word of the
  line's language's stop list (spaCy's, the language whose list covers most of the line;
  German and Russian only, see ``_FUNCTION_WORD_LANGUAGES``), after a word that is no
  function word, followed by a lower-case word ("according to The Washington Post" stays
  one sentence). German capitalises its nouns, so there the
  next word may be capitalised but the line must also write the word in lower case (its
  stop list holds nouns such as "Jahr").

* a capitalised word after a word that is no function word, where the words before it
  come back in what follows: the headline's first word opens the lead ("Nordkorea beendet
  … Raketentests Nordkorea wird …"), or three fifths of the headline's content words
  (four at least) recur in the next forty words ("Сезон … пожаров в Австралии Краткий
  обзор сезона … пожаров в Австралии"). A sentence that runs on past a name rarely says
  its own words again so soon; a lead restating its headline is how news is written.
  German and Russian only: in English "Apple … its new Apple Watch" is one sentence, and
  title-case headlines ("Pep Guardiola Adamant Manchester City …") hide where names are.

The earliest boundary wins. The space at the boundary becomes a line break, so the text
keeps its length and every offset after it.
"""

from __future__ import annotations

import re
from collections import Counter

from ..stop_words import stop_words

# A first line shorter than this is a headline or a paragraph, not both glued together.
_MIN_LINE = 160
# A headline has at least this many words, and at most this many characters.
_MIN_HEAD_WORDS = 2
_MAX_HEAD_CHARS = 200
# Words a signal needs before it (a function word or dateline after one word is a name).
_MIN_WORDS_BEFORE_CUE = 3
_REPEATED_WORDS = 3
# Share of the headline's words the repeat must cover.
_REPEATED_SHARE = 0.75
# Lower-case stop words a line needs before its language is taken from them.
_MIN_STOP_HITS = 3
# Languages whose stop lists name the line's language; German capitalises its nouns and
# may end a clause on a particle ("… gibt merklich nach").
_STOP_LANGUAGES = ("de", "en", "fr", "es", "it", "ru")
_NOUNS_CAPITALISED = frozenset({"de"})
# English and the Romance languages write names out of function words ("Formula One",
# "World War I", "HBO Now", "El Día de …", "Le Monde"): there a capitalised function word
# says nothing, and the signal is not used.
_FUNCTION_WORD_LANGUAGES = frozenset({"de", "ru"})
_SPACES = re.compile(r"\S( {2,})\S")
# A sentence end inside the headline: terminal punctuation, a space, more text.
# Two dots or more ("القاهرة .. ", "поставщиков ...") join a headline's parts or mark a cut.
_SENTENCE_END = re.compile(r"(?<![.…])[.!?](?![.…])(?:[\"'»”’)\]])*\s+\S")
_WORD = re.compile(r"\S+")
_DASHES = frozenset({"-", "--", "–", "—", "ـ"})
# A dateline is the place, perhaps a region after a comma, an agency, and ":" or a dash.
_DATELINE_WORDS = 5
_MIN_CAPS_LETTERS = 4
_TERMINAL = ".!?…:;,-–—|/(\"'«“„"
# The lead that restates its headline: content words (4+ letters, compared on a 5-letter
# prefix so inflections meet), how many the headline needs, the share that must recur,
# and how far into the lead they are looked for.
_CONTENT = re.compile(r"[^\W\d_]{4,}")
_STEM = 5
_MIN_HEAD_STEMS = 4
_RESTATED_SHARE = 0.6
_LEAD_WORDS = 40
# Opening quotes a headline's or lead's first word may carry.
_QUOTES = "\"'«“„‚‹"

Words = list[tuple[int, str]]


def glued_headline_end(line: str) -> int | None:
    """Index of the space that ends a headline glued to the body, or None."""
    return _headline_end(line)[0]


def _headline_end(line: str) -> tuple[int | None, bool]:
    """The cut of :func:`glued_headline_end`, and whether the body repeats the headline."""
    if len(line) < _MIN_LINE or line[:1] in "[(":
        return None, False
    words = [(m.start(), m.group()) for m in _WORD.finditer(line)]
    language = _stop_language(words)
    repeat = _repeat(words)
    cuts = [_double_space(line, words, language), repeat, _dateline(words),
            _function_word(words, language)]
    cut = min((c for c in cuts if c is not None and _is_head(line[:c])), default=None)
    if cut is None:
        cut = _restated(line, words, language)
    return cut, cut is not None and cut == repeat


def split_glued_headline(text: str) -> str:
    """The text with its first line's glued headline on a line of its own; when the body
    opens with the headline again, that copy is cut off its lead the same way."""
    start = len(text) - len(text.lstrip())
    for _ in range(2):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        cut, repeated = _headline_end(text[start:end])
        if cut is None:
            break
        at = start + cut
        text = text[:at] + "\n" + text[at + 1:]
        if not repeated:
            break
        start = at + 1
    return text


def _is_head(head: str) -> bool:
    """One sentence of a few words, no bracket left open: what a headline is."""
    head = head.strip()
    return (len(_WORD.findall(head)) >= _MIN_HEAD_WORDS and len(head) <= _MAX_HEAD_CHARS
            and not _SENTENCE_END.search(head) and head.count("(") == head.count(")"))


def _stop_language(words: Words) -> str | None:
    """The language whose stop list covers most lower-case words of the line, if any."""
    lower = [w for _, w in words if w.islower()]
    hits = {lang: sum(w in stop_words(lang) for w in lower) for lang in _STOP_LANGUAGES}
    best = max(hits, key=lambda lang: hits[lang])
    return best if hits[best] >= _MIN_STOP_HITS else None


def _double_space(line: str, words: Words, language: str | None) -> int | None:
    """Two spaces or more, between a headline and a body that does not carry it on."""
    found = _SPACES.search(line, 0, _MAX_HEAD_CHARS + 3)
    if found is None:
        return None
    head, after = line[:found.start(1)], line[found.end(1)]
    last = head.split()[-1]
    closed = head.rstrip("\"'»”’)]")
    full_stop = closed.endswith(".") and not closed.endswith("..")
    if full_stop or after.islower() or not (after.isalnum() or after in "\"'«“„"):
        return None
    if (language and language not in _NOUNS_CAPITALISED and last.islower()
            and last in stop_words(language)):
        return None
    return found.start(1)


def _repeat(words: Words) -> int | None:
    """Where the line's first words are written again: the body opens with the title."""
    first = [w for _, w in words[:_REPEATED_WORDS]]
    for index in range(_REPEATED_WORDS, len(words) - _REPEATED_WORDS):
        if words[index][0] > _MAX_HEAD_CHARS:
            break
        if [w for _, w in words[index:index + _REPEATED_WORDS]] == first:
            again = _REPEATED_WORDS
            while (index + again < len(words) and again < index
                   and words[index + again][1] == words[again][1]):
                again += 1
            # Most of the headline again, not a phrase of it used in a sentence.
            return words[index][0] - 1 if again >= _REPEATED_SHARE * index else None
    return None


def _dateline(words: Words) -> int | None:
    """A dateline after a few words: the body starts at the place it names."""
    for index in range(_MIN_WORDS_BEFORE_CUE, len(words)):
        start, previous = words[index][0], words[index - 1][1]
        if start > _MAX_HEAD_CHARS:
            break
        if previous[-1] not in _TERMINAL and _opens_dateline(
                [w for _, w in words[index:index + _DATELINE_WORDS]], previous):
            return start - 1
    return None


def _opens_dateline(words: list[str], previous: str) -> bool:
    """"BHOPAL:", "LONDON, ONT. -- The", "TUCSON, Ariz. (AP) — Three", "Bagdad (dpa) -"."""
    first = words[0].rstrip(":,")
    if not first[:1].isupper() or _capitals(previous):
        return False  # a place in capitals starts with its first word ("EL SEGUNDO —")
    run = words[:next((i for i, w in enumerate(words) if not _capitals(w)), len(words))]
    caps = bool(run) and sum(c.isalpha() for w in run for c in w) >= _MIN_CAPS_LETTERS
    for offset, word in enumerate(words):
        if offset and word in _DASHES:
            following = words[offset + 1] if offset + 1 < len(words) else ""
            agency = (offset == 2 and not previous[:1].isupper()
                      and words[1].startswith("(") and words[1].endswith(")"))
            return (caps or agency) and not following[:1].islower()
        if word.endswith(":"):
            return caps
    return False


def _capitals(word: str) -> bool:
    """Every letter upper case: a dateline's place, or an all-capitals headline."""
    letters = [c for c in word if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _function_word(words: Words, language: str | None) -> int | None:
    """A capitalised stop word after a word that is none: a new sentence ("Макао В
    декабре"); in German the line must also write the word in lower case."""
    if language not in _FUNCTION_WORD_LANGUAGES:
        return None
    stops = stop_words(language)
    lower = Counter(w for _, w in words if w.islower())
    for index in range(_MIN_WORDS_BEFORE_CUE, len(words) - 1):
        start, word = words[index]
        if start > _MAX_HEAD_CHARS:
            break
        previous, following = words[index - 1][1], words[index + 1][1]
        if (word.isalpha() and word[:1].isupper() and word[1:] == word[1:].lower()
                and word.lower() in stops
                and (lower[word.lower()] or language not in _NOUNS_CAPITALISED)
                and previous[-1] not in _TERMINAL
                and previous.strip(_TERMINAL).lower() not in stops
                and (following[:1].islower() or language in _NOUNS_CAPITALISED)):
            return start - 1
    return None


def _restated(line: str, words: Words, language: str | None) -> int | None:
    """A capitalised word after one that is no function word, where the headline before
    it comes back: its first word opens the lead, or most of its content words recur.
    The first word written again wins at once. Otherwise the cut where most headline
    words recur and fewest do not wins (the last of equals): before the true end the
    headline's own tail is read as lead and recurs as well; past it, the lead's first
    words join the headline and mostly do not recur."""
    if language not in _FUNCTION_WORD_LANGUAGES:
        return None
    stops = stop_words(language)
    first = words[0][1].strip(_QUOTES)
    lower = {w[:_STEM] for _, w in words if w.islower()}
    found, best = None, 0
    for index in range(_MIN_WORDS_BEFORE_CUE, len(words) - 1):
        start, word = words[index]
        if start > _MAX_HEAD_CHARS:
            break
        previous, following = words[index - 1][1], words[index + 1][1]
        bare = word.lstrip(_QUOTES)
        if (not bare[:1].isupper() or _capitals(bare) or previous[-1] in _TERMINAL
                or previous.strip(_TERMINAL).lower() in stops):
            continue
        if not _is_head(line[:start - 1]):
            break
        if (bare == first and len(first) >= _MIN_CAPS_LETTERS and first.lower() not in stops
                and not previous[:1].isupper()):
            return start - 1 if found is None else found
        if (_in_name(bare, [w for _, w in words[index - 2:index]], following, stops, language)
                or not _common(bare, lower, stops, language)):
            continue
        head = _stems(" ".join(w for _, w in words[:index]))
        lead = _stems(" ".join(w for _, w in words[index:index + _LEAD_WORDS]))
        shared = len(head & lead)
        if len(head) >= _MIN_HEAD_STEMS and shared >= _RESTATED_SHARE * len(head) \
                and shared - len(head - lead) >= best:
            found, best = start - 1, shared - len(head - lead)
    return found


def _in_name(word: str, before: list[str], following: str, stops: frozenset[str],
             language: str | None) -> bool:
    """A capitalised word inside a name of several ("Donald Trump", "Робин Джоанн"): the
    next word is capitalised too, or the previous one (where nouns are capitalised, the
    two previous: "… Absturz in Äthiopien Genau" is a noun and a new sentence); never a
    function word."""
    if word.lower() in stops:
        return False  # "… daughter Poppy As Jamie …": a function word opens a sentence
    following = following.lstrip(_QUOTES)
    if following[:1].isupper() and following.lower() not in stops:
        return True
    run = before if language in _NOUNS_CAPITALISED else before[-1:]
    return all(w.lstrip(_QUOTES)[:1].isupper() for w in run)


def _common(word: str, lower: set[str], stops: frozenset[str], language: str | None) -> bool:
    """A word that may open a sentence rather than be a name: a function word, a noun
    where all nouns are capitalised, or a word the line also writes in lower case
    ("… убив женщину внутри Женщина погибла …"; "… в городе Светлогорске" is a name)."""
    lowered = word.lower()
    return (lowered in stops or language in _NOUNS_CAPITALISED
            or lowered.strip(_TERMINAL)[:_STEM] in lower)


def _stems(text: str) -> set[str]:
    """Content words on a short prefix, lower case: what a lead shares with its headline."""
    return {w.lower()[:_STEM] for w in _CONTENT.findall(text)}
