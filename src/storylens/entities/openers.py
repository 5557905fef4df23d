"""Words that stand before a person's name without being part of it.

Two ways a span with a person's surname in it names no one new:

* A sentence opener glued to a name: the capitalised first word of a sentence that the
  language writes as a common word ("Ni Mubarak, ni Suleimán...", "Mientras Mubarak
  era...", "Probabilmente Gheddafi", "Sans Bachar, ils..."). Models keep the capital
  word in the span, which then looks like a full name and competes with the real one
  for the bare surname. The opener is cut when the rest is a name the story tags as a
  person, so the mention is the person's.
* A phrase owned by a person ("Siria di Assad", "Amministrazione di Obama", "Gobierno de
  Mubarak"): a place or a common word, then "di" / "de" / "of", then the name; or a
  name with a prefix ("Anti-Morsi"). It is the place, the body or a stance, not a
  person's full name, so it never stands for one.

* A lower-case title or a body, place or acronym kept before a name ("raïs Moubarak",
  "ONU Kofi Annan", "Stato USA Hillary Clinton"): the span would be a second full name
  of the person, so the words before the name are cut when the rest is a person of the
  story (:func:`cut_lower_title`, :func:`cut_named_head`).

The tests ask the story's own texts (a word used in lower case is a common word there)
and the language's stop words; a known given name or a name particle is never cut
("Rosa Parks", "El Asad", "De Mistura").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..records import Mention
from .normalise import TITLES, normal_tokens

# What ends the text before a sentence (or a line, a quote, a list item) starts.
_SENTENCE_END = frozenset(".!?…:;\n")
# What may sit between that end and the sentence's first word.
_OPENING = " \t\r\u00a0\"'«“‘([-–—*•"
_FIRST_WORD = re.compile(r"([^\W\d_]+)(\s+)(?=[^\W\d_])")
# Name particles: a name's own first word ("El Asad", "De Mistura", "Bin Laden").
_PARTICLES = frozenset("al el ad as ash at az ibn bin ben bint abu de del della di da du "
                       "van von der le la".split())
# Words that make the rest of a phrase its owner: "X di Assad", "Y of Obama".
OWNER_WORDS = frozenset("di de da del della dello dei degli des du of".split())


def starts_sentence(text: str, start: int) -> bool:
    """Whether ``start`` opens a sentence, a line or a quoted phrase of ``text``."""
    i = start  # walked back, not sliced: an article may hold thousands of mentions
    while i > 0 and text[i - 1] in _OPENING:
        i -= 1
    return i == 0 or text[i - 1] in _SENTENCE_END


def cut_sentence_opener(mention: Mention, text: str, stops: frozenset[str],
                        is_common: Callable[[str], bool], is_given: Callable[[str], bool],
                        is_name: Callable[[tuple[str, ...]], bool]) -> Mention:
    """The mention without a sentence-opening common word before a person's name
    ("Ni Mubarak" -> "Mubarak"), or the mention itself. ``is_name``: whether a normal
    form is a person's name in the story (see :func:`person_name_test`); ``is_common``:
    the story writes the word in lower case."""
    match = _FIRST_WORD.match(mention.text)
    if match is None or not starts_sentence(text, mention.start):
        return mention
    word = match.group(1)
    rest = mention.text[match.end():]
    lower = word.lower()
    if not word[0].isupper() or lower in _PARTICLES or is_given(word) or not (
            lower in stops or (is_common(word) and _written_lower(lower, text))):
        return mention
    key = normal_tokens(rest)
    second = _FIRST_WORD.match(rest)
    if not rest[:1].isupper() or not key or len(key[-1]) < 2 or key[-1] in TITLES \
            or rest.split()[-1].isupper() \
            or (second is not None and second.group(1).lower() in stops) or not is_name(key) \
            or any(is_common(w) for w in rest.split() if w.lower() not in _PARTICLES):
        return mention  # "Cardi B", "Io ODIO", "Interview With Charlie Rose", "Secretary"
    return Mention(mention.article_id, mention.start + match.end(), mention.end, rest,
                   mention.label)


# A lower-case word before a capitalised one at a span's start ("raïs Moubarak").
_LOWER_WORD = re.compile(r"([^\W\d_]+)(\s+)(?=[^\W\d_])")


def cut_lower_title(mention: Mention, stops: frozenset[str],
                    is_name: Callable[[tuple[str, ...]], bool]) -> Mention:
    """The mention without a lower-case word a model kept before a person's name ("raïs
    Moubarak", "colonnello Rossi" -> the name), or the mention itself. A name never
    starts with a lower-case word of three letters or more that is not a particle ("bin
    Laden", "de Mistura", "van Gogh" stay whole) nor a stop word (those are
    :func:`.guards.trim_leading`'s); the rest must be a name the story tags as a person."""
    match = _LOWER_WORD.match(mention.text)
    if match is None:
        return mention
    word = match.group(1)
    lower = word.lower()
    if not word.islower() or len(word) < 3 or lower in _PARTICLES or lower in stops:
        return mention
    rest = mention.text[match.end():]
    key = normal_tokens(rest)
    if not rest[:1].isupper() or not key or not is_name(key):
        return mention
    return Mention(mention.article_id, mention.start + match.end(), mention.end, rest,
                   mention.label)


def cut_named_head(mention: Mention, things: frozenset[str],
                   is_thing: Callable[[str], bool], is_place: Callable[[str], bool],
                   is_given: Callable[[str], bool],
                   is_name: Callable[[tuple[str, ...]], bool],
                   seen: frozenset[tuple[str, ...]]) -> Mention:
    """The mention without the words of a body, place or common word a model kept before
    a person's name ("ONU Kofi Annan", "Stato USA Hillary Clinton", "AFP Jane Roe" -> the
    name), or the mention itself; the caller passes PERSON and untyped spans only.

    Each head word is capitalised and a thing: an acronym, a one-word name the model
    types ORG / LOC / MISC elsewhere in the story (``things``, normal forms), a known
    place (``is_place``) or a common word (``is_thing``: either); none is a given name
    ("Jordan Peterson"), and one is not a common word (a title alone, "Prefetto Mario
    Mori", is kept as written, like its "Prefetto Mori"). The rest is a name of the story
    (``is_name``) written there on its own too (``seen``: normal forms of the story's
    mentions), of no common word and no particle first ("Rabaa Al Adawiya"); no place
    name runs across the cut ("Tribunale Reggio Calabria"); a one-word rest needs an
    acronym or a body before it, not a place ("Redazione Messina Denaro", "Los Angeles
    Times" stay whole), and a head and a rest of one word each stay ("Paris Hilton")."""
    words = mention.text.split()

    def named_thing(word: str) -> bool:  # an acronym (not an initial) or a story's body
        return (word.isupper() and len(word.replace(".", "")) >= 2) \
            or "".join(normal_tokens(word)) in things

    for k in range(1, len(words)):
        head, rest = words[:k], words[k:]
        if any(is_given(w) or not w[:1].isupper() or not (named_thing(w) or is_thing(w))
               for w in head):
            return mention  # a head word that may be a name, or a phrase ("Carta de las")
        strong = [w for w in head if named_thing(w) or is_place(w)]
        first = rest[0]
        if not strong or len(head) + len(rest) < 3 or len(first) < 2 \
                or (is_thing(first) and not is_given(first)):
            continue  # "Palermo Prefetto Mori": the title is head too, not the name
        if first.lower() in _PARTICLES or is_place(f"{head[-1]} {first}") or any(
                is_thing(w) and not is_given(w) for w in rest[1:]):
            return mention
        key = normal_tokens(" ".join(rest))
        if first.isupper() or not key or len(key[-1]) < 2 or key not in seen \
                or not is_name(key) or (len(rest) == 1 and not any(map(named_thing, head))):
            continue
        start = mention.text.index(first, len(" ".join(head)))
        return Mention(mention.article_id, mention.start + start, mention.end,
                       mention.text[start:], mention.label)
    return mention


def _written_lower(word: str, text: str) -> bool:
    """The article writes ``word`` exactly so, in lower case (accents kept: "pena" is a
    word, "Peña" a name)."""
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is not None


def owned_phrase(key: tuple[str, ...], is_common: Callable[[str], bool],
                 is_place: Callable[[tuple[str, ...]], bool],
                 is_given: Callable[[str], bool]) -> bool:
    """A normal form that is a place or a common word owned by a name ("siria di assad",
    "amministrazione di obama"): not a person's full name."""
    for k in range(1, len(key) - 1):
        if key[k] in OWNER_WORDS:
            head = key[:k]
            if len(key) - k != 2:
                return False  # "Turchia di Alfredo Mantici": a full name run on
            if is_place(head):
                return True  # "Siria di Assad" (a place that is also a given name)
            if is_given(head[0]):
                return False  # "Abdallah di Giordania", "Staffan de Mistura"
            return all(is_common(w) for w in head)
    return False


# Prefixes that make an adjective of a name ("Anti-Morsi", "pro-Assad", "post-Mubarak").
_PREFIXED = re.compile(r"(?i)(?:anti|pro|ex|post|pre|neo|pan|non)[-‐‑]\w")


def prefixed_name(surface: str) -> bool:
    """A name with a prefix that makes it a stance or a period ("Anti-Morsi"), written as
    one hyphenated word: no person's full name."""
    return _PREFIXED.match(surface.strip()) is not None


def person_name_test(surnames: frozenset[str], full_names: set[tuple[str, ...]],
                     is_place: Callable[[tuple[str, ...]], bool]
                     ) -> Callable[[tuple[str, ...]], bool]:
    """Whether a normal form names a person of the story: it ends in the last word of a
    name the model tags PERSON (``surnames``), or it is the last word of a full name of
    the story (``full_names``: multi-word names that open with a known given name:
    untyped names of the capitalisation fallback, "Gheddafi" of "Muammar Gheddafi");
    either way no gazetteer knows it as a place (not "Madrid" of "Real Madrid")."""
    last = {key[-1] for key in full_names}
    return lambda key: (key[-1] in surnames or (len(key) == 1 and key[0] in last)) \
        and not is_place(key)
