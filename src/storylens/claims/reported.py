"""What a speaker said: the reported words of an attributed sentence, or nothing.

A statement claim is only as good as the words it puts in the speaker's mouth, so the
reported words are taken only from the three shapes whose structure is plain:

* the attribution closes the sentence: ``"CONTENT," said X.`` / ``CONTENT, X said on
  Friday.`` / ``CONTENT, selon X.`` -- the content is everything before its comma;
* the attribution opens it: ``X said (on Monday) that CONTENT`` / ``X a déclaré :
  «CONTENT»`` / ``Selon X, CONTENT`` -- the content is everything after;
* anything else (speaker in a subordinate clause, a verb with an infinitive, a quotation
  that is only a phrase) has no reported words: the extractor abstains.

Every span is an exact slice of the article; the caller checks the speaker.
"""

from __future__ import annotations

import re
from typing import Final

from .lexicon_events import DETERMINERS
from .lexicon_reported import (
    CLAUSE_OPENERS,
    CLAUSE_VERB_MARKERS,
    COMPLEMENT_LEADS,
    COMPLEMENTIZERS,
    DEMONSTRATIVES,
    FRAGMENT_OPENERS,
    QUANTIFIERS,
    QUESTION_LEADS,
    RELATIVE_PRONOUNS,
    RELAYED,
    RESUMING,
    SPEAKER_AUXILIARIES,
    SPEAKER_RELATIVES,
)
from .patterns import SAID_RE, SPEAKER_NOUN_RE
from .reported_resumed import MAX_SUBJECT_WORDS, resumed
from .reported_span import (
    CLOSING_QUOTES,
    GLUED_STOP,
    OPENING_QUOTES,
    Reported,
    content_span,
    dash_after_clause,
    inside_dashes,
    names_no_one,
    opens_on,
)
from .reported_tail import reported_end
from .text import PRONOUNS, QUOTE_CHARS, Token, words, wordset

# A name that goes on past a comma: "según el ministerio de Industria, Turismo y Comercio,"
# (capitalised words joined by "and"): where the speaker ends is unclear.
_NAME_GOES_ON: Final = re.compile(
    r",\s*[^\W\d_]*[A-ZÀ-Ý][\w-]*(?:\s+(?:y|e|et|and|und|и)\s+[A-ZÀ-Ý][\w-]*)+\s*,")
# A phrase opening a sentence before its speaker: "In a statement on Thursday,".
MAX_OPENER_WORDS: Final = 10
# What may follow a closing attribution: "the company said in a filing on Friday."
MAX_TAIL_WORDS: Final = 8
# Words between a speech verb and "that": "said on Wednesday that", "told reporters that".
MAX_WORDS_BEFORE_THAT: Final = 6
# An apposition between a speaker and its verb: "Vicente Fox, Mexico's president, said".
MAX_APPOSITION_WORDS: Final = 14

# Words a preposed "according to" reaches back over ("CONTENT, selon X."): longer content
# is usually a sentence whose last clause alone is X's (a toll after a narrative).
MAX_PREPOSED_WORDS: Final = 30
# ... and a shorter one before "selon X," with the sentence going on after it is an opener
# of X's words, not all of them ("Depuis 1979, selon le CRS, 68 milliards ...").
MIN_PREPOSED_WORDS: Final = 4
# Words a main clause needs before a relative clause for "CONTENT, selon X" to be read as
# covering only that relative clause (a subject, a verb and its object).
MIN_CLAUSE_BEFORE_RELATIVE = 4
# Title words between a speech verb and the name after it: "said Foreign Minister X".
MAX_TITLE_WORDS: Final = 6
# English modals: a tail after "CONTENT, X said" holding one is the clause X reported
# ("Citing an article ..., the committee said Smith should weigh in"), so the words
# before the verb are an opener, not what was said.
_MODALS: Final = {"en": wordset("should would will can could must may might shall")}
# Cue modes of prepositions ("according to X"), not verbs (lexicon_events.SAID_CUES).
_PREPOSITION_MODES: Final = frozenset({"after", "post"})
# Words that make the next name a relay, not the speaker: "cited by", "citée par".
_RELAYS: Final = wordset("by par por da von от")
_DETERMINERS: Final = frozenset().union(*DETERMINERS.values())
# Verbs whose object is the listener, not what was said: "CONTENT, X told the council."
_LISTENER_VERBS: Final = re.compile(r"\b(?:told|tells|tell|informed|briefed|dit à|a dit à)\b",
                                    re.IGNORECASE)
# A comma of the text, not of a figure ("1,000").
_TEXT_COMMA: Final = re.compile(r"(?<!\d),|,(?!\d)")
# A comma and a quotation running to the end of the sentence after the speech verb.
_QUOTE_AFTER_COMMA: Final = re.compile(r"\s*,\s*([\"«“„][^\"«“„»”]+[\"»”])\s*[.!?…]?\s*$")
# A colon and an opening quotation mark after the speech verb: the words come after it.
_QUOTE_AFTER_COLON: Final = re.compile(r":\s*[\"«“„]")
# Conjunctions that may open a sentence before its speaker ("But Ryan said that ...").
_LEADS: Final = wordset("and but so yet et mais donc puis y pero e ma però und aber и но")
# Languages that set a reported clause off by a comma ("sagte, die Lage sei ruhig").
_COMMA_REPORTS: Final = frozenset({"de"})
# Words that open a clause reported without "that": "said the organization was ...".
_ZERO_THAT_LEADS: Final = wordset("the this these those his her their its our no nobody none "
                                  "there some many all")
# English subject pronouns that open a clause reported without "that" (the shared pronoun
# list holds French "on", which in English is a preposition: "said on Friday").
_ENGLISH_SUBJECTS: Final = wordset("i you he she it we they")
# Speech verbs that may drop "that" in English: "Ryan said he doesn't know".
_ZERO_THAT: Final = re.compile(r"(?:has |had )?(?:said|says|added|insisted|warned)$",
                               re.IGNORECASE)


def reported_words(text: str, lang: str, sent: tuple[int, int], speaker: tuple[int, int],
                   cue: tuple[int, int], cue_first: bool) -> Reported | None:
    """The reported words of a sentence attributed by ``cue`` to ``speaker``, or None.

    ``cue_first``: the cue introduces its speaker ("according to X", "selon X"), so
    the content stands on the other side of the speaker, never after the verb. Words
    opening on a lower-case relative adverb or conjunction are a clause's tail, never a
    statement (``FRAGMENT_OPENERS``): abstained on.
    """
    found = _reported_words(text, lang, sent, speaker, cue, cue_first)
    return None if found is None or opens_on(text, found, FRAGMENT_OPENERS) \
        or names_no_one(text, found, cue_first) else found


def _reported_words(text: str, lang: str, sent: tuple[int, int], speaker: tuple[int, int],
                    cue: tuple[int, int], cue_first: bool) -> Reported | None:
    if not _joined(text, lang, speaker, cue):
        return None
    block = (min(speaker[0], cue[0]), max(speaker[1], cue[1]))
    # Opening first: in "Der Bürgermeister, Jonas Weber, sagte, die Lage sei ruhig" the
    # words before the speaker are a title, not what he said.
    found = _opening(text, lang, sent, block, cue, cue_first)
    first = words(text, found.start, found.end)[:1] if found is not None else []
    if first and first[0].text.casefold() in SPEAKER_RELATIVES:
        found = None  # "selon les organisateurs, qui appellent au calme": a relative clause
    if found is not None and cue_first and (
            RELAYED.search(text, found.start, found.end)
            or _resumes_before(text, sent, block, first)):
        found = None  # "..., selon l'OSDH, et 700, selon l'ONU": another source's words;
        # "Au moins 7500 personnes ont été tuées, selon l'ONU, depuis ...": words before
    if found is not None and cue_first and first and text[sent[0]:block[0]].strip() \
            and (first[0].text in CLAUSE_VERB_MARKERS.get(lang, frozenset())
                 or _speech_verb(text, lang, first[0])):
        # "Almeno 74 persone, secondo X, sono morte": the subject of X's words stands
        # before the attribution, its verb after ("The minister, according to the Times,
        # said he ...": X tells that the minister said so).
        return _around(text, sent, block, found)
    if found is not None:
        return found
    if speaker[1] <= cue[0] and text[speaker[1]:cue[0]].strip() == ",":
        return None  # "El alcalde, Luis Gómez, anunció ...": the words before are a title
    found = _closing(text, lang, sent, block)
    if found is not None and QUESTION_LEADS.match(text, found.start):
        return None  # "Asked what he thought of X, Walter said, ...": the reporter's question
    if found is not None and not cue_first:
        found = resumed(text, lang, sent, block, found)
    if found is not None and cue_first:
        found = inside_dashes(text, block[1], found)
    if found is not None and cue_first \
            and len(words(text, found.start, found.end)) > MAX_PREPOSED_WORDS:
        return None
    if found is not None and cue_first and RELAYED.search(text, found.start, found.end):
        return None  # "... ont péri, selon l'OSDH, et 17 000, selon l'ONU": two sources
    if found is not None and cue_first and any(
            t.text in COMPLEMENT_LEADS for t in words(text, block[1], sent[1])[:1]):
        return None  # "malgré sa promesse, selon l'ONU, de retirer ses chars": X vouches
        # for the phrase the attribution breaks, not for the sentence before it
    if found is not None and cue_first and dash_after_clause(text, found, MIN_PREPOSED_WORDS):
        return None  # "Democrats point out that the plan saves as much — roughly $700
        # billion, according to X": X vouches for the words after the dash only
    if found is not None and cue_first and _ends_in_relative(text, found):
        return None  # "X a ordonné une enquête sur ces violences qui ont fait 42 morts,
        # d'après les services d'urgence": the source vouches for the last clause only
    if found is not None and cue_first and text[block[1]:sent[1]].strip(" ,.;:") \
            and len(words(text, found.start, found.end)) < MIN_PREPOSED_WORDS:
        return None  # "Depuis 1979, selon le CRS, 68 milliards ont été versés": X's words go on
    return found


def _speech_verb(text: str, lang: str, tok: Token) -> bool:
    """A speech verb of the language starts at ``tok`` ("said", "a déclaré", "dijo")."""
    return any(pattern.match(text, tok.start) is not None
               for pattern, mode in SAID_RE.get(lang, []) if mode not in _PREPOSITION_MODES)


def _around(text: str, sent: tuple[int, int], block: tuple[int, int],
            found: Reported) -> Reported | None:
    """The subject before an inserted attribution and the words after it, the attribution
    left out; None when more than a short subject stands before ("Tras lo ocurrido, unas
    200 personas, de acuerdo con X, se concentraron": where X's words begin is unclear)."""
    lead = text[sent[0]:block[0]].rstrip()
    if not lead.endswith(",") or any(c in lead[:-1] for c in ",;:" + QUOTE_CHARS) \
            or len(words(lead)) > MAX_SUBJECT_WORDS:
        return None
    start = sent[0] + len(lead) - len(lead.lstrip())
    return Reported(start, found.end, False, inserted=(sent[0] + len(lead) - 1, found.start))


def _resumes_before(text: str, sent: tuple[int, int], block: tuple[int, int],
                    first: list[Token]) -> bool:
    """The words after "selon X," carry on the clause before it: they open with a
    preposition ("..., selon l'ONU, depuis le début ..."), and a clause of at least
    MIN_PREPOSED_WORDS words stands before the attribution."""
    before = text[sent[0]:block[0]].rstrip()
    return bool(first) and first[0].text in RESUMING \
        and before.endswith(",") and len(words(before)) >= MIN_PREPOSED_WORDS


def _ends_in_relative(text: str, found: Reported) -> bool:
    """The words before a closing "selon X" end in a relative clause that follows a
    clause of its own ("... a ordonné une enquête sur ces violences qui ont fait 42
    morts"): "selon X" then covers that relative clause, not the whole sentence."""
    tokens = words(text, found.start, found.end)
    return any(t.text in SPEAKER_RELATIVES for t in tokens[MIN_CLAUSE_BEFORE_RELATIVE:]) \
        or (bool(tokens) and tokens[-1].text in CLAUSE_OPENERS)  # "Homs, dove, secondo X,"


def _joined(text: str, lang: str, speaker: tuple[int, int], cue: tuple[int, int]) -> bool:
    """Speaker and cue form one phrase: adjacent, or apart by auxiliaries or an apposition."""
    gap = text[speaker[1]:cue[0]] if speaker[1] <= cue[0] else text[cue[1]:speaker[0]]
    if any(q in gap for q in QUOTE_CHARS + ";:"):
        return False
    stripped = gap.strip()
    if not stripped:
        return True
    if stripped == "," and speaker[1] <= cue[0] \
            and text[:speaker[0]].rstrip().endswith(","):
        return True  # the name is the apposition: "Der Bürgermeister, Jonas Weber, sagte"
    if speaker[1] <= cue[0] and stripped.startswith(",") and stripped.endswith(","):
        return _apposition(stripped[1:-1], lang)  # "X, a spokesman, said"
    if "," in stripped:
        return False
    tokens = words(stripped)
    if speaker[1] <= cue[0]:
        return all(t.text in SPEAKER_AUXILIARIES for t in tokens)
    # "said Senator Carper", never "a source cited by AFP" (AFP only relays the source).
    return len(tokens) <= MAX_TITLE_WORDS and not any(t.text in _RELAYS for t in tokens)


def subject_opens(text: str, lang: str, sent: tuple[int, int], speaker: tuple[int, int],
                  cue: tuple[int, int]) -> bool:
    """The speaker is the subject of the verb at ``cue`` and opens the sentence."""
    return speaker[1] <= cue[0] and _joined(text, lang, speaker, cue) and _opens(
        text, sent[0], speaker[0])


def _apposition(phrase: str, lang: str) -> bool:
    """A noun phrase set off by commas: "a spokesman for the army", "Mexico's president",
    "président de l'OSDH"; not a clause ("was killed in the attack and ...")."""
    tokens = words(phrase)
    if not tokens or len(tokens) > MAX_APPOSITION_WORDS or "," in phrase:
        return False
    first = phrase.strip()
    noun = SPEAKER_NOUN_RE.get(lang)
    return (first[0].isupper() or first[0].isdigit() or tokens[0].text in _DETERMINERS
            or (noun is not None and noun.match(first) is not None))


def _closing(text: str, lang: str, sent: tuple[int, int],
             block: tuple[int, int]) -> Reported | None:
    """``CONTENT, said X [tail].``: the attribution closes the sentence."""
    before = text[sent[0]:block[0]].rstrip()
    if not before.endswith(",") and not (before and before[-1] in CLOSING_QUOTES):
        return None
    after = text[block[1]:sent[1]]
    if _QUOTE_AFTER_COLON.search(after):
        return None  # "Interrogé sur X, le porte-parole a affirmé : « ... »": words after
    quoted = _QUOTE_AFTER_COMMA.match(after)
    if quoted is not None:
        # "But asked if ..., Mr. Gowdy said, “That's above my pay grade.”": the quotation
        # after the verb is what he said; the words before only set the scene.
        second = content_span(text, block[1] + quoted.start(1), sent[1])
        first = content_span(text, sent[0], sent[0] + len(before))
        if second is not None and first is not None and first.direct and second.direct:
            # ""We're a fishing town," said X, "so if ..."": one quotation, split by him.
            return Reported(first.start, second.end, True, (first.end, second.start))
        return second
    # What follows, up to a comma ("said on Friday, adding ..."): a short adjunct only,
    # never the verb's object ("Pour faciliter ce relookage, Washington a annoncé la mort
    # de ...": the words before are an opener, what was announced comes after).
    tail = after.split(",", 1)[0].strip()
    if tail.rstrip(".!?…").strip():
        tail_words = words(tail)
        if len(tail_words) > MAX_TAIL_WORDS or any(q in tail for q in QUOTE_CHARS) \
                or any(w.text in COMPLEMENTIZERS.get(lang, ()) for w in tail_words) \
                or _tail_clause(lang, tail_words) \
                or (tail_words and tail_words[0].text in _DETERMINERS
                    and not _LISTENER_VERBS.search(
                    text, block[0], block[1])):
            return None
    end = sent[0] + len(before)
    if text[end - 1] == ",":
        end -= 1
    start = _introduced_quote(text, lang, sent[0], end)
    for glued in GLUED_STOP.finditer(text, start, end):
        start = glued.end()  # "... the ocean.The rings ... place."Q," said X": only Q
    return content_span(text, start, end)


def _tail_clause(lang: str, tail: list[Token]) -> bool:
    """The words after "CONTENT, X said" hold a verb of their own ("the committee said
    Smith should weigh in"): they are what X reported. A relative clause about X ("a dit
    M. Malek qui a quitté ...") is no report."""
    markers = CLAUSE_VERB_MARKERS.get(lang, frozenset())
    for tok in tail:
        if tok.text in SPEAKER_RELATIVES:
            return False
        if tok.text in markers or tok.text in _MODALS.get(lang, frozenset()):
            return True
    return False


def _introduced_quote(text: str, lang: str, start: int, end: int) -> int:
    """Where the words a closing attribution reports begin: at a quotation that ends them
    and is introduced inside them by a colon or "that" ("Lo preannuncia il ministro: «Q»,
    ha detto il ministro", "El Gobierno ha manifestado que "Q", ha dicho X"): the words
    before it narrate another report; else at ``start``."""
    body = text[start:end].rstrip(" ,.;:")
    if not body or body[-1] not in CLOSING_QUOTES:
        return start
    last = max(body.rfind(q, 0, len(body) - 1) for q in OPENING_QUOTES)
    if last <= 0:
        return start
    lead = body[:last].rstrip()
    tokens = words(lead)
    introduced = lead.endswith(":") or (
        bool(tokens) and tokens[-1].text in COMPLEMENTIZERS.get(lang, frozenset())
        and tokens[-1].end == len(lead))
    return start + last if introduced else start


def _opening(text: str, lang: str, sent: tuple[int, int], block: tuple[int, int],
             cue: tuple[int, int], cue_first: bool) -> Reported | None:
    """``X said that CONTENT`` / ``Selon X, CONTENT``: the attribution opens the sentence."""
    if not _opens(text, sent[0], block[0]):
        return None
    rest = text[block[1]:sent[1]]
    pos = block[1] + len(rest) - len(rest.lstrip())
    if cue_first:  # "Selon l'AFP, ..." / "According to the army, ..."
        if lang in _COMMA_REPORTS and pos < sent[1] and text[pos] != ",":
            return content_span(text, pos, sent[1])  # "Laut Polizei gab es 30 Tote"
        if pos >= sent[1] or text[pos] not in ",،" or _NAME_GOES_ON.match(text, pos, sent[1]):
            return None
        return content_span(text, _past_apposition(text, lang, pos + 1, sent[1]), sent[1])
    if pos < sent[1] and text[pos] == ":":  # "X said: «...»"
        return content_span(text, pos + 1, sent[1])
    if pos < sent[1] and text[pos] == ",":
        after = text[pos + 1:sent[1]].lstrip()
        # 'X said, "We will ..."', and German "X sagte, die Lage sei ruhig".
        if (after[:1] and after[0] in OPENING_QUOTES) or lang in _COMMA_REPORTS:
            return content_span(text, pos + 1, sent[1])
        return None
    head = words(text, block[1], sent[1])[:MAX_WORDS_BEFORE_THAT + 1]
    that = COMPLEMENTIZERS.get(lang, frozenset())
    for i, tok in enumerate(head):
        if tok.text in that and text[tok.end:tok.end + 2] not in ("'s", "’s"):  # "that's"
            between = text[block[1]:tok.start]
            if any(q in between for q in QUOTE_CHARS) or (i and "," in between
                                                         and between.count(",") % 2):
                return None
            return content_span(text, tok.end, reported_end(text, lang, tok.end, sent[1]))
    cue_text = text[cue[0]:cue[1]]
    if lang == "en" and head and _ZERO_THAT.search(cue_text) and head[0].start == pos \
            and (head[0].text in _ENGLISH_SUBJECTS or head[0].text in _ZERO_THAT_LEADS
                 or text[pos].isupper()) \
            and block[1] == cue[1]:
        # "Ryan said he doesn't know ..."
        return content_span(text, pos, reported_end(text, lang, pos, sent[1]))
    return None


def _past_apposition(text: str, lang: str, pos: int, end: int) -> int:
    """ "Selon X, rédacteur en chef du site, Bouchra a quitté ...": an apposition right
    after the speaker (a bare noun phrase up to a comma) is not what X said."""
    tokens = words(text, pos, end)
    found = _TEXT_COMMA.search(text, pos, end)
    comma = found.start() if found else -1
    if not tokens or comma < 0 or len(words(text, pos, comma)) > MAX_APPOSITION_WORDS:
        return pos
    first = text[tokens[0].start:tokens[0].end]
    if first[0].isupper() or tokens[0].text in PRONOUNS or tokens[0].text in _DETERMINERS \
            or tokens[0].text in DEMONSTRATIVES or tokens[0].text in QUANTIFIERS:
        return pos  # "Selon X, ces agressions sont pilotées …, tantôt …": a clause
    for tok in words(text, pos, comma):
        if tok.text in RELATIVE_PRONOUNS:
            break
        if tok.text in CLAUSE_VERB_MARKERS.get(lang, frozenset()):
            return pos  # "Según X, parte de la marcha se dirigió …, donde …": a clause
    return comma + 1


def _opens(text: str, start: int, pos: int) -> bool:
    """Only an opening phrase ending in a comma, or a conjunction, stands before ``pos``."""
    before = text[start:pos].strip()
    if not before:
        return True
    if sum(before.count(q) for q in QUOTE_CHARS) % 2:
        return False  # inside a quotation
    if before[:1] in OPENING_QUOTES and before.rstrip(" ,")[-1:] in CLOSING_QUOTES:
        return False  # a quotation: '"Q", declaró X poco antes de que ...' (X said Q)
    tokens = words(before)
    if len(tokens) == 1 and tokens[0].text in _LEADS:
        return True
    return before.endswith(",") and len(tokens) <= MAX_OPENER_WORDS
