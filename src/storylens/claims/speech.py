"""Who says so: "X said", "..., said X", "according to X", "selon", "по словам", "قال".

The speaker is a PERSON/ORG/GPE mention next to the cue when there is one (with its
courtesy title: "M. Elamrani"), else a short noun phrase standing there in the text
headed by a speaker noun ("the ministry", "Officials", "les secours"). Anything else
("the search for survivors", "el cierre de los colegios") is no speaker, and pronouns
are not speakers. Every speaker is an exact span of the article.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from ..records import Mention
from .lexicon_dates import RELATIVE_DAYS, WEEKDAYS
from .lexicon_events import CAPITALISED_NOUNS, DETERMINERS, SPEAKER_STOPS
from .lexicon_roles import GENITIVE_LINKS, LINK_ARTICLES
from .patterns import CASUALTY_RE, HONORIFIC_RE, SAID_RE, SPEAKER_NOUN_RE
from .reported import Reported, reported_words, subject_opens
from .text import PRONOUNS, QUOTE_CHARS, Token, comma_before, select_mentions, words

# Mentions looked at around a cue: places too, since "the mayor of Soria" speaks through one.
SPEAKER_LABELS = frozenset({"PERSON", "ORG", "GPE"})
# Mentions that can speak on their own: people and organisations (outlets, documents).
VOICE_LABELS = frozenset({"PERSON", "ORG"})
# "Rachid Haddaoui, a spokesman for the Civil Protection directorate, said": a name and
# its apposition fit in ~70 characters.
MAX_GAP_BEFORE = 70
# "said Ukrainian President Volodymyr Zelensky": a title before the name.
MAX_GAP_AFTER = 40
# A speaker phrase longer than this is a clause, not a name or title.
MAX_PHRASE_WORDS = 6
# Words of an undetermined phrase before the cue ("Police", "Health officials").
MAX_BARE_WORDS = 2

# A speaker phrase read after its cue ends before a day ("a indiqué le ministère mercredi").
# Nor does it swallow a second attribution ("a précisé le ministère selon un bilan").
_ATTRIBUTION_WORDS = frozenset({"selon", "según", "secondo", "according", "laut",
                                "zufolge", "citing", "citant", "citando"})
_STOPS = {lang: stops | frozenset(WEEKDAYS.get(lang, {})) | frozenset(RELATIVE_DAYS.get(lang, {}))
          | _ATTRIBUTION_WORDS for lang, stops in SPEAKER_STOPS.items()}

# Words that open a clause about what was said, not a speaker: "secondo quanto riferisce
# l'agenzia", "according to what officials said" (the speaker sits inside the clause).
_CLAUSE_OPENERS = frozenset({"quanto", "ciò", "what", "cuanto"})

# Languages whose noun phrases end in their head noun ("White House pool reports").
_HEAD_LAST = frozenset({"en"})
# Up to three lower-case words closing a clause after a name.
_NOUN_TAIL = re.compile(r"(?:\s+[a-z][a-z-]*){1,3}(?=\s*(?:[,.;:!?]|$))")

_BOUNDARY = re.compile(rf"[{re.escape(QUOTE_CHARS)},;:—–()\[\]]")


# Cue modes (lexicon_events.SAID_CUES) and the sides their speaker stands on. "after"
# and "post" cues are prepositions ("according to X", "der Polizei zufolge"): the words
# they attribute stand on the other side of the speaker, never after a verb.
_SIDES = {"after": ("after",), "post": ("before",), "before": ("before",),
          "verb_after": ("after",), "either": ("before", "after")}
_PREPOSITIONAL = frozenset({"after", "post"})


@dataclass(frozen=True, slots=True)
class Attribution:
    """A speaker, the cue that attributes words to them, and those words."""

    speaker: str
    start: int
    end: int
    cue_start: int
    cue_end: int
    content: Reported


def find_attributions(text: str, lang: str, start: int, end: int,
                      mentions: list[Mention]) -> list[Attribution]:
    """Speakers of ``text[start:end]`` in order of their cue; at most one per cue.

    A speaker counts only with the words they are reported to say
    (:func:`~.reported.reported_words`): a cue whose structure is unclear attributes
    nothing, so neither a statement nor a figure of the sentence is put in anyone's mouth.
    """
    cands = select_mentions(mentions, start, end, SPEAKER_LABELS)
    out: list[Attribution] = []
    seen: set[tuple[int, int]] = set()
    for pattern, direction in SAID_RE.get(lang, []):
        for cue in pattern.finditer(text, start, end):
            if any(m.start < cue.end() and cue.start() < m.end for m in cands):
                continue
            found: tuple[tuple[int, int], Reported] | None = None
            for side in _SIDES[direction]:
                span = _speaker(text, lang, cue, side, cands, start, end,
                                strict=direction == "either" and lang != "ar")
                if span is None or not _is_speaker(text, lang, span, cands):
                    continue
                span = _with_title(text, lang, span,
                                   cue.end() if cue.end() <= span[0] else start)
                if _cut_short(text, lang, span):
                    continue
                if span[0] >= cue.end():
                    span = _apposed_name(text, span, cands, end)
                    if direction == "after" and lang in _HEAD_LAST:
                        span = _head_after_name(text, lang, span, end)
                said = reported_words(text, lang, (start, end), span,
                                      (cue.start(), cue.end()), direction in _PREPOSITIONAL)
                if said is not None:
                    found = (span, said)
                    break
            if found is None or found[0] in seen:
                continue
            span, said = found
            seen.add(span)
            out.append(Attribution(text[span[0]:span[1]], span[0], span[1],
                                   cue.start(), cue.end(), said))
    return sorted(out, key=lambda a: a.cue_start)


def speaker_before(text: str, lang: str, cue: tuple[int, int], mentions: list[Mention],
                   start: int, end: int) -> tuple[int, int] | None:
    """The speaker standing as subject right before a verb at ``cue`` and opening its
    sentence ("The council voted to ..."), or None: the same checks as a speech cue's."""
    cands = select_mentions(mentions, start, end, SPEAKER_LABELS)
    if any(m.start < cue[1] and cue[0] < m.end for m in cands):
        return None
    span = _mention_before(text, lang, cue[0], cands, start) or _phrase_before(
        text, lang, cue[0], start)
    if span is None or not _is_speaker(text, lang, span, cands):
        return None
    span = _with_title(text, lang, span, start)
    if _cut_short(text, lang, span) or not subject_opens(text, lang, (start, end), span, cue):
        return None
    return span


def _apposed_name(text: str, span: tuple[int, int], cands: list[Mention],
                  end: int) -> tuple[int, int]:
    """ "..., said the spokeswoman, Mia Lund.": a person's name apposed to the speaker
    phrase at the end of the sentence belongs to it (cut there, the speaker is short)."""
    nxt = next((m for m in cands if m.start >= span[1]), None)
    if nxt is None or nxt.label != "PERSON" or not re.fullmatch(r",\s*",
                                                                text[span[1]:nxt.start]):
        return span
    return (span[0], nxt.end) if text[nxt.end:end].strip() in ("", ".", "!") else span


def _head_after_name(text: str, lang: str, span: tuple[int, int],
                     end: int) -> tuple[int, int]:
    """ "according to White House pool reports": lower-case nouns closing the phrase
    after a name are its head (the reports speak, not the White House)."""
    tail = _NOUN_TAIL.match(text, span[1], end)
    if tail is None or any(w.text in _STOPS.get(lang, frozenset())
                           for w in words(text, *tail.span())):
        return span
    return (span[0], tail.end())


def _cut_short(text: str, lang: str, span: tuple[int, int]) -> bool:
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


def _with_title(text: str, lang: str, span: tuple[int, int], start: int) -> tuple[int, int]:
    """The title before a name or body found belongs to the speaker: "President Trump",
    "Senator Carper", "La portavoz de Exteriores del Gobierno ruso"."""
    clause_start = start
    for brk in _BOUNDARY.finditer(text, start, span[0]):
        clause_start = brk.end()
    before = text[clause_start:span[0]]
    tokens = words(text, clause_start, span[0])
    if not tokens or any(c.isdigit() for c in before) or len(tokens) > MAX_PHRASE_WORDS:
        return span
    if any(_pronoun(t, lang) for t in tokens):
        return span
    dets = DETERMINERS.get(lang, frozenset())
    noun = SPEAKER_NOUN_RE.get(lang)
    # A capital opening the sentence says nothing ("Stamattina l'esercito"): that word
    # must be an article or a speaker noun itself.
    if all(t.text in dets for t in tokens):
        # "La | portavoz ...": an article joins a noun phrase, not a name ("la | Cruz Roja").
        return (tokens[0].start, span[1]) if text[span[0]].islower() else span
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


def _speaker(text: str, lang: str, cue: re.Match[str], side: str, cands: list[Mention],
             start: int, end: int, strict: bool) -> tuple[int, int] | None:
    if side == "before":
        return _mention_before(text, lang, cue.start(), cands, start) or _phrase_before(
            text, lang, cue.start(), start)
    return _mention_after(text, lang, cue.end(), cands) or _phrase_after(
        text, lang, cue.end(), end, strict)


def _is_speaker(text: str, lang: str, span: tuple[int, int], cands: list[Mention]) -> bool:
    """A mention (with its courtesy title), or a short phrase headed by a speaker noun.

    A place is never a speaker ("according to Benghazi"): a GPE mention speaks only as
    the complement of a speaker noun ("the mayor of Soria", "le gouvernement de Libye").
    """
    for m in cands:
        if m.end == span[1] and _named(text, lang, m)[0] == span[0]:
            return m.label in VOICE_LABELS
        if m.end == span[1] and span[0] < m.start:
            # "secrétaire général de l'ONU Ban Ki-moon": a speaker noun heads the mention
            # (``_head_before`` starts a span before a mention only at such a noun; a
            # phrase read after a cue must show one too: not "le chiffre des pro-Morsi").
            noun = SPEAKER_NOUN_RE.get(lang)
            return noun is not None and noun.search(text, span[0], m.start) is not None
    if len(words(text, *span)) > MAX_PHRASE_WORDS:
        return False
    noun = SPEAKER_NOUN_RE.get(lang)
    # On the slice: an Arabic clitic before the span ("لوزارة") must not hide the noun.
    return noun is not None and noun.search(text[span[0]:span[1]]) is not None


def _named(text: str, lang: str, m: Mention) -> tuple[int, int]:
    """A mention's span with the courtesy title before it: "M. Elamrani", "Mme Benani"."""
    title = HONORIFIC_RE.get(lang)
    found = title.search(text, max(0, m.start - 12), m.start) if title else None
    return (found.start(), m.end) if found else (m.start, m.end)


def _mention_before(text: str, lang: str, pos: int, cands: list[Mention],
                    start: int) -> tuple[int, int] | None:
    for m in reversed([m for m in cands if m.end <= pos]):
        gap = text[m.end:pos]
        if len(gap) > MAX_GAP_BEFORE or any(q in gap for q in QUOTE_CHARS + ";."):
            return None
        apposed = gap.strip() == "," and comma_before(text, m.start)
        if gap.count(",") % 2 == 0 or apposed:  # "Le gouverneur, Orhan Seyhan, a dit"
            named_start, named_end = _named(text, lang, m)
            clause_start = start
            for brk in _BOUNDARY.finditer(text, start, named_start):
                clause_start = brk.end()
            return (_head_before(text, lang, clause_start, named_start), named_end)
        # Otherwise the mention ends an earlier clause ("Russia is ready, said X") or
        # sits inside an apposition ("X, a spokesman for Civil Protection, said"): the
        # speaker, if any, stands further back.
    return None


def _mention_after(text: str, lang: str, pos: int, cands: list[Mention]) -> tuple[int, int] | None:
    stops = SPEAKER_STOPS.get(lang, frozenset())
    for m in cands:
        if m.start < pos:
            continue
        start, _ = _named(text, lang, m)
        gap = text[pos:start]
        if len(gap) > MAX_GAP_AFTER or any(q in gap for q in QUOTE_CHARS + ";.,"):
            return None
        gap_words = words(gap)
        if any(w.text in stops for w in gap_words) or not _speaker_gap(gap, lang) or (
                gap_words and gap_words[0].text in _CLAUSE_OPENERS):
            return None
        return (_head_before(text, lang, pos, start), _titled_person(text, lang, m, cands))
    return None


def _titled_person(text: str, lang: str, m: Mention, cands: list[Mention]) -> int:
    """Where a speaker read after its cue ends: at a person its mention gives a title to
    ("said Human Rights Campaign President Chad Griffin", "said Niger's Defence Minister
    Hassoumi Massoudou": the person spoke, not the body or the place), else at ``m``."""
    noun = SPEAKER_NOUN_RE.get(lang)
    # Mentions inside the title are passed over ("Defence" tagged as a body).
    nxt = next((c for c in cands if c.start >= m.end and c.label == "PERSON"), None)
    if noun is None or nxt is None or nxt.label != "PERSON":
        return m.end
    gap = text[m.end:nxt.start]
    if len(gap) > MAX_GAP_AFTER or any(q in gap for q in QUOTE_CHARS + ";.,"):
        return m.end
    title = words(text, m.end, nxt.start)
    if not title or not noun.search(gap) or not all(
            text[t.start].isupper() or t.text in ("s", "’s", "'s") for t in title):
        return m.end
    return nxt.end


def _speaker_gap(gap: str, lang: str) -> bool:
    """Whether the words between a cue and a later mention can introduce a speaker: none
    but articles, or a speaker noun ("said Foreign Minister X", "a déclaré le président
    X"). "a estimé le chiffre des pro-Morsi à 25.000" has the object of the verb there,
    so the mention inside it is not who spoke."""
    dets = DETERMINERS.get(lang, frozenset())
    content = [w for w in words(gap) if w.text not in LINK_ARTICLES and w.text not in dets]
    noun = SPEAKER_NOUN_RE.get(lang)
    return not content or (noun is not None and noun.search(gap) is not None)


def _head_before(text: str, lang: str, pos: int, start: int) -> int:
    """ "según datos del Ministerio del Interior": the speaker noun heads the mention."""
    gap = words(text, pos, start)
    while gap and gap[-1].text in LINK_ARTICLES:
        gap.pop()
    noun = SPEAKER_NOUN_RE.get(lang)
    if not gap or gap[-1].text not in GENITIVE_LINKS.get(lang, frozenset()) or noun is None:
        return start
    head = noun.search(text, pos, gap[-1].start)
    return head.start() if head else start


def _pronoun(tok: Token, lang: str) -> bool:
    """A pronoun of any language, unless it is this language's article (Italian "il")."""
    return tok.text in PRONOUNS and tok.text not in DETERMINERS.get(lang, frozenset())


def _usable(tokens: list[Token], lang: str) -> bool:
    return bool(tokens) and not _pronoun(tokens[0], lang) and not _pronoun(tokens[-1], lang)


def _phrase_before(text: str, lang: str, pos: int, start: int) -> tuple[int, int] | None:
    clause_start = start
    for m in _BOUNDARY.finditer(text, start, pos):
        clause_start = m.end()
    tokens = words(text, clause_start, pos)
    if re.search(r"\d", text[clause_start:pos]):
        return None
    dets = DETERMINERS.get(lang, frozenset())
    for i, tok in enumerate(tokens):
        if tok.text in dets and len(tokens) - i <= MAX_PHRASE_WORDS:
            tokens = tokens[i:]
            break
    else:
        if len(tokens) > MAX_BARE_WORDS and not (not dets and len(tokens) <= 4):
            return None
    if not _usable(tokens, lang) or (len(tokens) == 1 and tokens[0].text in dets):
        return None
    return (tokens[0].start, tokens[-1].end)


def _says_what_happened(text: str, lang: str, tokens: list[Token]) -> bool:
    """A casualty word right after a noun of the phrase ("selon des témoins | tuée par une
    explosion") makes it a clause about someone else, not a noun phrase that can speak;
    after a link word it names the people ("les proches des | morts")."""
    links = GENITIVE_LINKS.get(lang, frozenset()) | LINK_ARTICLES | DETERMINERS.get(
        lang, frozenset())
    for prev, tok in itertools.pairwise(tokens):
        if prev.text in links:
            continue
        if any(label != "casualties" and pattern.fullmatch(text, tok.start, tok.end)
               for label, pattern in CASUALTY_RE.get(lang, [])):
            return True
    return False


def _phrase_after(text: str, lang: str, pos: int, end: int,
                  strict: bool) -> tuple[int, int] | None:
    stops = _STOPS.get(lang, frozenset())
    dets = DETERMINERS.get(lang, frozenset())
    taken: list[Token] = []
    for tok in words(text, pos, end):
        gap = text[taken[-1].end if taken else pos:tok.start]
        if gap.strip(" \u00a0-'’") or tok.text in stops:
            break
        if len(taken) >= MAX_PHRASE_WORDS:
            # The phrase goes on past the limit with no break ("el portavoz de las YPG
            # Nuri | Mahmud"): cut there it names someone else, so no speaker.
            return None
        surface = text[tok.start:tok.end]
        if lang in CAPITALISED_NOUNS and taken and surface.islower() and tok.text not in dets:
            break  # German nouns are capitalised: "laut Polizei gab es" stops at "gab"
        if (lang not in CAPITALISED_NOUNS and taken and tok.text in dets
                and taken[-1].text not in dets and text[taken[-1].start].isupper()):
            # An article right after a name opens another noun phrase ("l'agenzia
            # Reuters | la ZTE Corp"): where the speaker ends is unclear.
            return None
        taken.append(tok)
    if not _usable(taken, lang) or taken[0].text in _CLAUSE_OPENERS \
            or _says_what_happened(text, lang, taken):
        return None
    first = text[taken[0].start:taken[0].end]
    if strict and taken[0].text not in dets and not first[0].isupper():
        return None  # "said ..." must be followed by "the minister" or a name
    while taken and taken[-1].text in dets:
        taken.pop()
    if not taken:
        return None
    return (taken[0].start, taken[-1].end)
