"""A speaker span's edges: its title ("President | Trump"), an apposed name ("the
spokeswoman, Mia Lund"), a head noun after a name ("White House pool reports"), and
whether the phrase was cut short ("l'Observatoire syrien des droits de").
"""

from __future__ import annotations

import re

from ..records import Mention
from .lexicon_events import DETERMINERS
from .lexicon_roles import GENITIVE_LINKS, LINK_ARTICLES
from .patterns import SPEAKER_NOUN_RE
from .speaker_phrases import (
    MAX_PHRASE_WORDS,
    SPEAKER_BOUNDARY,
    SPEAKER_PHRASE_STOPS,
    is_pronoun,
)
from .text import Token, words

# Languages whose noun phrases end in their head noun ("White House pool reports").
HEAD_LAST = frozenset({"en"})
# Languages whose one-word names keep a lower-case article ("the Times", "the Pentagon").
_NAMED_WITH_THE = frozenset({"en"})
# A name apposed after a comma and closing the sentence: two to four capitalised words.
_NAME_CLOSING = re.compile(r",\s*((?:[A-ZÀ-Ý][\w'’-]+)(?:\s+[A-ZÀ-Ý][\w'’-]+){1,3})\s*[.!]?\s*$")
# Up to three lower-case words closing a clause after a name.
_NOUN_TAIL = re.compile(r"(?:\s+[a-z][a-z-]*){1,3}(?=\s*(?:[,.;:!?]|$))")


def apposed_name(text: str, span: tuple[int, int], cands: list[Mention],
                 end: int) -> tuple[int, int]:
    """ "..., said the spokeswoman, Mia Lund.": a person's name apposed to the speaker
    phrase at the end of the sentence belongs to it (cut there, the speaker is short).

    The tagger may miss the name or give it another label ("dijo el portavoz del
    gabinete, Mohamed Hegazy" tagged OTHER): two to four capitalised words closing the
    sentence after the comma read as a name too, unless a place or body is tagged there.
    """
    nxt = next((m for m in cands if m.start >= span[1]), None)
    if nxt is not None and nxt.label == "PERSON" \
            and re.fullmatch(r",\s*", text[span[1]:nxt.start]):
        return (span[0], nxt.end) if text[nxt.end:end].strip() in ("", ".", "!") else span
    shaped = _NAME_CLOSING.match(text, span[1], end)
    if shaped is None or any(m.start < shaped.end(1) and shaped.start(1) < m.end
                             for m in cands):
        return span
    return (span[0], shaped.end(1))


def head_after_name(text: str, lang: str, span: tuple[int, int],
                    end: int) -> tuple[int, int]:
    """ "according to White House pool reports": lower-case nouns closing the phrase
    after a name are its head (the reports speak, not the White House)."""
    tail = _NOUN_TAIL.match(text, span[1], end)
    if tail is None or any(w.text in SPEAKER_PHRASE_STOPS.get(lang, frozenset())
                           for w in words(text, *tail.span())):
        return span
    return (span[0], tail.end())


def cut_short(text: str, lang: str, span: tuple[int, int]) -> bool:
    """A speaker phrase cut before its end: "l'Observatoire syrien des droits de" (the
    phrase limit fell on a link word) or "el ministro de RR" (of "RR.EE.")."""
    last = words(text, *span)[-1:]
    if last and (last[0].text in GENITIVE_LINKS.get(lang, frozenset())
                 or last[0].text in LINK_ARTICLES):
        return True
    after = text[span[1]:span[1] + 2]
    if len(after) == 2 and after[0] == "." and after[1].isalpha():
        return True
    # "RR." of "RR. EE.": two capitals and a period are an abbreviation, not a name.
    tail = text[max(span[0], span[1] - 3):span[1]]
    return after[:1] == "." and bool(re.fullmatch(r"\W?[A-Z]{1,2}", tail))


# Languages whose adjectives follow the noun ("l'Observatoire syrien des droits").
_ADJECTIVES_AFTER = frozenset({"fr", "es", "it"})


def whole_first_word(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The span widened to the whole of a hyphenated first word: the speaker noun found
    inside "vice-ministre" or "ex-president" is the deputy's or the former one's title,
    not the minister's or the president's."""
    start = span[0]
    while start > 1 and text[start - 1] in "-‐" and text[start - 2].isalpha():
        start -= 1
        while start > 0 and text[start - 1].isalpha():
            start -= 1
    return (start, span[1])


def runs_on(text: str, lang: str, span: tuple[int, int], end: int) -> bool:
    """A speaker read after its cue whose phrase goes on past the span: a lower-case word
    and then a link word ("selon l'Observatoire | syriens des droits de l'Homme", the
    tagger's name stopping at an adjective it did not expect). Cut there, the speaker
    is another, shorter body; where the phrase ends is unclear, so nobody is read. Only
    where adjectives follow their noun: an English name holds its adjectives before the
    noun, and a lower-case word after it is a verb ("said Akin said of ...")."""
    after = words(text, span[1], end)[:2]
    if lang not in _ADJECTIVES_AFTER or len(after) < 2 or text[span[1]:after[0].start].strip() or \
            text[after[0].end:after[1].start].strip(" \u00a0'’"):
        return False
    first = after[0]
    return text[first.start].islower() and \
        first.text not in SPEAKER_PHRASE_STOPS.get(lang, frozenset()) and \
        first.text not in GENITIVE_LINKS.get(lang, frozenset()) and \
        after[1].text in GENITIVE_LINKS.get(lang, frozenset())


def _bare_title(text: str, lang: str, tokens: list[Token], span: tuple[int, int]) -> bool:
    """ "according to the Times": an English name of one word after "the" is said with
    its article (cut off, "Times" reads as a common word), and so opens a sentence ("The
    FBI said ..."); longer names ("the Red Cross") and other languages' articles ("la |
    Cruz Roja") stay apart."""
    return lang in _NAMED_WITH_THE and len(tokens) == 1 and tokens[0].text == "the" \
        and len(words(text, *span)) == 1 and text[span[0]].isupper()


def with_title(text: str, lang: str, span: tuple[int, int], start: int) -> tuple[int, int]:
    """The title before a name or body found belongs to the speaker: "President Trump",
    "Senator Carper", "La portavoz de Exteriores del Gobierno ruso"."""
    clause_start = start
    for brk in SPEAKER_BOUNDARY.finditer(text, start, span[0]):
        clause_start = brk.end()
    before = text[clause_start:span[0]]
    tokens = words(text, clause_start, span[0])
    if not tokens or any(c.isdigit() for c in before) or len(tokens) > MAX_PHRASE_WORDS:
        return span
    if any(is_pronoun(t, lang) for t in tokens):
        return span
    dets = DETERMINERS.get(lang, frozenset())
    noun = SPEAKER_NOUN_RE.get(lang)
    # A capital opening the sentence says nothing ("Stamattina l'esercito"): that word
    # must be an article or a speaker noun itself.
    if all(t.text in dets for t in tokens):
        # "La | portavoz ...": an article joins a noun phrase, not a name ("la | Cruz Roja"),
        # unless written with a capital inside the sentence: then it opens the name
        # ("according to The | Hill", a publication's title).
        titled = len(tokens) == 1 and text[tokens[0].start].isupper() \
            and tokens[0].start > start
        return (tokens[0].start, span[1]) if text[span[0]].islower() or titled \
            or _bare_title(text, lang, tokens, span) else span
    if all(t.text in dets or (noun is not None and noun.fullmatch(t.text))
           or (text[t.start].isupper() and t.start > start) for t in tokens):
        return (tokens[0].start, span[1])  # "President | Trump", "Senator | Carper"
    if noun is None or noun.search(before) is None:
        return span
    # Otherwise only a genitive chain joins them ("portavoz de Exteriores | del Gobierno"):
    # anything else between ("Les autorités ont arrêté | Ahmed") is another clause.
    links = GENITIVE_LINKS.get(lang, frozenset())
    if not any(t.text in links for t in tokens[-2:] + words(text, *span)[:1]):
        return span
    return (tokens[0].start, span[1])


