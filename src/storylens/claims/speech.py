"""Who says so: "X said", "..., said X", "according to X", "selon", "по словам", "قال".

The speaker is a PERSON/ORG/GPE mention next to the cue when there is one (with its
courtesy title: "M. Elamrani"), else a short noun phrase standing there in the text
headed by a speaker noun ("the ministry", "Officials", "les secours"). Anything else
("the search for survivors", "el cierre de los colegios") is no speaker, and pronouns
are not speakers. Every speaker is an exact span of the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..records import Mention
from .patterns import SAID_RE, SPEAKER_NOUN_RE
from .reported import Reported, reported_words, subject_opens
from .speaker_edges import (
    HEAD_LAST,
    apposed_name,
    cut_short,
    head_after_name,
    runs_on,
    whole_first_word,
    with_title,
)
from .speaker_phrases import (
    MAX_PHRASE_WORDS,
    mention_after,
    mention_before,
    named,
    phrase_after,
    phrase_before,
)
from .text import select_mentions, words

# Mentions looked at around a cue: places too, since "the mayor of Soria" speaks through one.
SPEAKER_LABELS = frozenset({"PERSON", "ORG", "GPE"})
# Mentions that can speak on their own: people and organisations (outlets, documents).
VOICE_LABELS = frozenset({"PERSON", "ORG"})

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
            if any(m.start < cue.end() and cue.start() < m.end for m in cands) or \
                    inside_quotation(text, lang, start, cue.start()):
                continue
            found: tuple[tuple[int, int], Reported] | None = None
            for side in _SIDES[direction]:
                span = _speaker(text, lang, cue, side, cands, start, end,
                                strict=direction == "either" and lang != "ar")
                if span is None or not _is_speaker(text, lang, span, cands):
                    continue
                span = whole_first_word(text, with_title(
                    text, lang, span, cue.end() if cue.end() <= span[0] else start))
                if cut_short(text, lang, span):
                    continue
                if span[0] >= cue.end() and runs_on(text, lang, span, end):
                    continue
                if span[0] >= cue.end():
                    span = apposed_name(text, span, cands, end)
                    if direction == "after" and lang in HEAD_LAST:
                        span = head_after_name(text, lang, span, end)
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


def inside_quotation(text: str, lang: str, start: int, at: int) -> bool:
    """Whether ``at`` lies inside a quotation opened in ``text[start:at]``: a cue there is
    the quoted person's own words ("“…, you know, Elizabeth Warren says it herself, …,”
    Dossaji said"), so it attributes nothing of the writer's sentence to anyone."""
    piece = text[start:at]
    inside = False
    for n, char in enumerate(piece):
        if char == '"':  # straight marks open after a space and close before one
            before, after = piece[n - 1:n], piece[n + 1:n + 2]
            inside = (not before or before.isspace() or before in "([—–-:") and \
                bool(after) and not after.isspace()
    if inside:
        return True
    opens, closes = ("„", "“") if lang == "de" else ("“«", "”»")
    return sum(piece.count(c) for c in opens) > sum(piece.count(c) for c in closes)


def speaker_before(text: str, lang: str, cue: tuple[int, int], mentions: list[Mention],
                   start: int, end: int) -> tuple[int, int] | None:
    """The speaker standing as subject right before a verb at ``cue`` and opening its
    sentence ("The council voted to ..."), or None: the same checks as a speech cue's."""
    cands = select_mentions(mentions, start, end, SPEAKER_LABELS)
    if any(m.start < cue[1] and cue[0] < m.end for m in cands):
        return None
    span = mention_before(text, lang, cue[0], cands, start) or phrase_before(
        text, lang, cue[0], start)
    if span is None or not _is_speaker(text, lang, span, cands):
        return None
    span = with_title(text, lang, span, start)
    if cut_short(text, lang, span) or not subject_opens(text, lang, (start, end), span, cue):
        return None
    return span


def _speaker(text: str, lang: str, cue: re.Match[str], side: str, cands: list[Mention],
             start: int, end: int, strict: bool) -> tuple[int, int] | None:
    if side == "before":
        return mention_before(text, lang, cue.start(), cands, start) or phrase_before(
            text, lang, cue.start(), start)
    return mention_after(text, lang, cue.end(), cands) or phrase_after(
        text, lang, cue.end(), end, strict)


def _is_speaker(text: str, lang: str, span: tuple[int, int], cands: list[Mention]) -> bool:
    """A mention (with its courtesy title), or a short phrase headed by a speaker noun.

    A place is never a speaker ("according to Benghazi"): a GPE mention speaks only as
    the complement of a speaker noun ("the mayor of Soria", "le gouvernement de Libye").
    """
    for m in cands:
        if m.end == span[1] and named(text, lang, m)[0] == span[0]:
            return m.label in VOICE_LABELS
        if m.end == span[1] and span[0] < m.start:
            # "secrétaire général de l'ONU Ban Ki-moon": a speaker noun heads the mention
            # (a span starts before a mention only at such a noun, see ``speaker_phrases``;
            # a phrase read after a cue must show one too: not "le chiffre des pro-Morsi").
            noun = SPEAKER_NOUN_RE.get(lang)
            return noun is not None and noun.search(text, span[0], m.start) is not None
    if len(words(text, *span)) > MAX_PHRASE_WORDS:
        return False
    noun = SPEAKER_NOUN_RE.get(lang)
    # On the slice: an Arabic clitic before the span ("لوزارة") must not hide the noun.
    return noun is not None and noun.search(text[span[0]:span[1]]) is not None

