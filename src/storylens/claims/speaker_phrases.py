"""Where a speaker's words stand next to a speech cue: a mention or a short noun phrase.

Before a cue ("Le gouverneur, Orhan Seyhan, a dit") a mention whose gap to the cue holds
no quotation mark and balanced commas; after it ("said Foreign Minister X") a mention
after articles or a speaker noun only; else a short phrase with an article ("the
ministry", "les secours"). Pronouns, clauses ("secondo quanto riferisce") and phrases
that say what happened ("des témoins tuée par ...") are no speaker.
"""

from __future__ import annotations

import itertools
import re

from ..records import Mention
from .lexicon_dates import RELATIVE_DAYS, WEEKDAYS
from .lexicon_events import CAPITALISED_NOUNS, DETERMINERS, SPEAKER_STOPS
from .lexicon_reported import SPEAKER_AUXILIARIES
from .lexicon_roles import GENITIVE_LINKS, LINK_ARTICLES
from .patterns import CASUALTY_RE, HONORIFIC_RE, SPEAKER_NOUN_RE
from .text import PRONOUNS, QUOTE_CHARS, Token, comma_before, words, wordset

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
SPEAKER_PHRASE_STOPS = {
    lang: stops | frozenset(WEEKDAYS.get(lang, {})) | frozenset(RELATIVE_DAYS.get(lang, {}))
    | _ATTRIBUTION_WORDS for lang, stops in SPEAKER_STOPS.items()}

# Words that open a clause about what was said, not a speaker: "secondo quanto riferisce
# l'agenzia", "according to what officials said" (the speaker sits inside the clause).
_CLAUSE_OPENERS = frozenset({"quanto", "ciò", "what", "cuanto"})

SPEAKER_BOUNDARY = re.compile(rf"[{re.escape(QUOTE_CHARS)},;:—–()\[\]]")


def named(text: str, lang: str, m: Mention) -> tuple[int, int]:
    """A mention's span with the courtesy title before it: "M. Elamrani", "Mme Benani"."""
    title = HONORIFIC_RE.get(lang)
    found = title.search(text, max(0, m.start - 12), m.start) if title else None
    return (found.start(), m.end) if found else (m.start, m.end)


def mention_before(text: str, lang: str, pos: int, cands: list[Mention],
                   start: int) -> tuple[int, int] | None:
    for m in reversed([m for m in cands if m.end <= pos]):
        gap = text[m.end:pos]
        if len(gap) > MAX_GAP_BEFORE or any(q in gap for q in QUOTE_CHARS + ";."):
            return None
        apposed = gap.strip() == "," and comma_before(text, m.start)
        if gap.count(",") % 2 == 0 or apposed:  # "Le gouverneur, Orhan Seyhan, a dit"
            named_start, named_end = named(text, lang, m)
            clause_start = start
            for brk in SPEAKER_BOUNDARY.finditer(text, start, named_start):
                clause_start = brk.end()
            return (_head_before(text, lang, clause_start, named_start), named_end)
        # Otherwise the mention ends an earlier clause ("Russia is ready, said X") or
        # sits inside an apposition ("X, a spokesman for Civil Protection, said"): the
        # speaker, if any, stands further back.
    return None


def mention_after(text: str, lang: str, pos: int, cands: list[Mention]) -> tuple[int, int] | None:
    stops = SPEAKER_STOPS.get(lang, frozenset())
    for m in cands:
        if m.start < pos:
            continue
        start, _ = named(text, lang, m)
        gap = text[pos:start]
        if len(gap) > MAX_GAP_AFTER or any(q in gap for q in QUOTE_CHARS + ";.,"):
            return None
        gap_words = words(gap)
        if any(w.text in stops for w in gap_words) or not _speaker_gap(gap, lang) or (
                gap_words and gap_words[0].text in _CLAUSE_OPENERS):
            return None
        return (_head_before(text, lang, pos, start), _titled_person(text, lang, m, cands))
    return None


# Prepositions that join two parts of one body's name besides the genitive links ("the
# Agency | for | Refugees", "la Agencia de la ONU | para los | Refugiados").
_NAME_JOINS = {"en": wordset("for"), "fr": wordset("pour"), "es": wordset("para"),
               "it": wordset("per"), "de": wordset("für")}


def _joins_name(text: str, lang: str, taken: list[Token], rest: list[Token]) -> bool:
    """Whether the link word opening ``rest`` joins two capitalised parts of one name
    ("según la Agencia de la ONU | para los Refugiados ..."), so that the phrase goes on
    (and, past ``MAX_PHRASE_WORDS``, is abstained on rather than cut to another body)."""
    if not taken or not text[taken[-1].start].isupper() or \
            rest[0].text not in _NAME_JOINS.get(lang, frozenset()):
        return False
    after = [t for t in rest[1:3] if t.text not in LINK_ARTICLES][:1]
    return bool(after) and text[after[0].start].isupper() and \
        not SPEAKER_BOUNDARY.search(text, rest[0].end, after[0].start)


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
    if not title or len(title) > MAX_TITLE_WORDS or not noun.search(gap) or not all(
            text[t.start].isupper() or t.text in ("s", "’s", "'s") or _title_word(t, lang)
            for t in title):
        return m.end
    return nxt.end


# "said Pence press secretary Alyssa Farah": a title of this many words at most.
MAX_TITLE_WORDS = 4


def _title_word(tok: Token, lang: str) -> bool:
    """A lower-case word that can stand in a title before a name ("press secretary",
    "deputy spokesman"), not a word that links or opens a clause ("said Pence in an
    interview with Farah": the name there is someone else)."""
    return tok.text not in GENITIVE_LINKS.get(lang, frozenset()) | LINK_ARTICLES | \
        DETERMINERS.get(lang, frozenset()) | SPEAKER_STOPS.get(lang, frozenset()) | \
        _NAME_JOINS.get(lang, frozenset())


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


def is_pronoun(tok: Token, lang: str) -> bool:
    """A pronoun of any language, unless it is this language's article (Italian "il")."""
    return tok.text in PRONOUNS and tok.text not in DETERMINERS.get(lang, frozenset())


def _usable(tokens: list[Token], lang: str) -> bool:
    return bool(tokens) and not is_pronoun(tokens[0], lang) and not is_pronoun(tokens[-1], lang)


def phrase_before(text: str, lang: str, pos: int, start: int) -> tuple[int, int] | None:
    clause_start = start
    for m in SPEAKER_BOUNDARY.finditer(text, start, pos):
        clause_start = m.end()
    tokens = words(text, clause_start, pos)
    if re.search(r"\d", text[clause_start:pos]):
        return None
    while tokens and tokens[-1].text in SPEAKER_AUXILIARIES:
        tokens.pop()  # "The company also said": the adverb stands between speaker and verb
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


def phrase_after(text: str, lang: str, pos: int, end: int,
                 strict: bool) -> tuple[int, int] | None:
    stops = SPEAKER_PHRASE_STOPS.get(lang, frozenset())
    dets = DETERMINERS.get(lang, frozenset())
    taken: list[Token] = []
    tokens = words(text, pos, end)
    for i, tok in enumerate(tokens):
        gap = text[taken[-1].end if taken else pos:tok.start]
        if gap.strip(" \u00a0-'’") or (tok.text in stops
                                        and not _joins_name(text, lang, taken, tokens[i:])):
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

