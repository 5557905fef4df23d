"""A headline's verb that the tagger read as a plural noun ("Donald Trump lands in ...").

Headlines drop articles and auxiliaries, so a small tagger often reads a present-tense
verb after a name as a plural noun: "Donald Trump lands in Washington", "Tram derails in
Croydon" and "Taliban bomber rams truck into ..." come out as one long noun phrase with
no verb, and the title's event is lost. The repair asks the same parser, not a word list:
for the first word ending in "s" that follows a noun phrase, it parses a probe with a
pronoun standing for that noun phrase ("It lands in Washington"). When the parser then
reads the word as the root verb with the pronoun as its subject, the noun phrase is
*who* and the probe's verb phrase, mapped back onto the title's words, is *what*. Any
other outcome leaves the title verbless (no event), as before.

:func:`sentence_case` lowers a title-case headline's common words for the parser.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Final

from .syntax import DependencyParser, Token

# Parts of speech a headline's subject noun phrase is made of ("Final three tram victims").
_NOMINAL: Final = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "DET"})
_NOUNS: Final = frozenset({"NOUN", "PROPN"})
_SUBJECT: Final = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})
# The probe's stand-in subject, per language with a parser; a language not listed gets
# no repair.
PROBE_SUBJECT: Final = {"en": "It"}


@dataclass(frozen=True, slots=True)
class HeadlineVerb:
    """The split a probe confirmed: title tokens [0, verb) are the subject; ``tokens`` is
    the probe's parse with offsets mapped onto the title piece (the stand-in pronoun
    keeps negative offsets and is never part of an answer)."""

    verb: int  # index of the verb in ``tokens``
    subject_end: int  # index of the first title token after the subject noun phrase
    tokens: list[Token]


def candidates(tokens: Sequence[Token], names: frozenset[str] = frozenset()) -> list[int]:
    """Title tokens that may be a verb read as a plural noun, when the parse's root is no
    verb: a lower-case or capitalised word ending in "s" after an all-nominal start (the
    would-be subject), followed by more words (its complement) of which the first is no
    verb ("Rumors Sweep Internet": "Rumors" is the subject), and no word of a name the
    NER stage found in the article (``names``: "Luke Somers", "Star Wars"). A word in
    capitals ("BOMBS") is shouting, not grammar: the scan stops there."""
    if any(t.pos in {"VERB", "AUX"} for t in tokens if t.dep == "ROOT" or t.head == t.i):
        return []
    for token in tokens[1:]:
        word = token.text
        if (word.isupper() and len(word) > 1) or token.pos not in _NOMINAL:
            return []
        left = tokens[:token.i]
        if (token.pos in _NOUNS and word[-1:].lower() == "s" and word[-2:].lower() != "ss"
                and word.isalpha() and left[-1].pos in _NOUNS
                and all(t.pos in _NOMINAL for t in left)):
            after = next((t for t in tokens[token.i + 1:] if t.pos != "ADV"), None)
            if after is None or after.pos in {"VERB", "AUX", "PUNCT"} \
                    or word.casefold() in names:
                return []
            return [token.i]  # only the first: later ones sit inside the verb's phrase
    return []


def probe_text(piece: str, tokens: Sequence[Token], verb: int, lang: str) -> str | None:
    """The probe for a candidate: the stand-in subject, then the title from the word on."""
    subject = PROBE_SUBJECT.get(lang)
    if subject is None:
        return None
    word = tokens[verb]
    return f"{subject} {word.text.lower()}{piece[word.end:]}"


def confirm(probe: Sequence[Token], title_tokens: Sequence[Token], verb: int,
            lang: str) -> HeadlineVerb | None:
    """The split when the probe's parse makes the word the root verb of the stand-in."""
    subject = PROBE_SUBJECT.get(lang)
    if subject is None or len(probe) < 2:
        return None
    head, word = probe[0], probe[1]
    if not (head.text == subject and head.dep in _SUBJECT and head.head == 1
            and word.pos == "VERB" and word.head == 1):
        return None
    if len(probe) > 2 and probe[2].pos in {"VERB", "AUX"}:
        return None  # "It vickers Hailed as ...": the title's own verb comes next
    shift = title_tokens[verb].start - word.start
    mapped = [replace(t, start=t.start + shift, end=t.end + shift) for t in probe]
    return HeadlineVerb(verb=1, subject_end=verb, tokens=mapped)


def repair(parser: DependencyParser, pieces: list[str], parses: list[list[Token]],
           lang: str, names: frozenset[str] = frozenset()) -> dict[int, HeadlineVerb]:
    """For each verbless title piece (by index) whose probe confirms a verb, the split.
    ``names``: the case-folded words of the article's named-entity mentions."""
    probes: list[tuple[int, int, str]] = []
    for n, (piece, tokens) in enumerate(zip(pieces, parses, strict=True)):
        for verb in candidates(tokens, names):
            text = probe_text(piece, tokens, verb, lang)
            if text is not None:
                probes.append((n, verb, text))
    if not probes:
        return {}
    found: dict[int, HeadlineVerb] = {}
    for (n, verb, _), probe in zip(probes, parser.parse([p[2] for p in probes]), strict=True):
        split = confirm(probe, parses[n], verb, lang)
        if split is not None and n not in found:
            found[n] = split
    return found


# A title is in title case when at least this share of its longer words are capitalised.
TITLE_CASE_SHARE = 0.6
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")


def sentence_case(title: str, body: str) -> str:
    """A title-case headline with its common words lowered (for the parser only)."""
    words = _LONG_WORD.findall(title)
    if not words or sum(w[0].isupper() for w in words) < TITLE_CASE_SHARE * len(words):
        return title
    lower_words = {w for w in re.findall(r"[^\W\d_]+", body) if w[0].islower()}

    def lower(match: re.Match[str]) -> str:
        word = match.group(0)
        if match.start() > 0 and word[0].isupper() and word.lower() in lower_words:
            return word.lower()
        return word

    return re.sub(r"[^\W\d_]+", lower, title)
