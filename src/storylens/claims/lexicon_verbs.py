"""Verb lemmas of the actor graph's relation types, read over a dependency parse (en, fr).

Data only, read by :mod:`claims.parsed_relations`. The word-order cues
(:mod:`claims.lexicon_relations`) must name each form with its auxiliary because nothing
else tells them the verb; over a parse the verb, its tense and its roles are known, so a
lemma with its inflected forms is enough, and verbs too ambiguous for word order ("hail",
"slam", "salue", "rencontrer", "se reunir") can be read when the parse names both roles.
No lemmatizer runs (a fifth of the parse's cost): each lemma lists its forms, built by
the regular inflection below plus the irregular ones written out.

Each entry: (relation type, lemma, forms, prepositions). The patient is the verb's
direct object when ``""`` is among the prepositions, else the object of one of them
("meet with X", "lash out at X", "s'oppose à X"). Future and conditional forms are left
out on purpose: planned or supposed, not stated. Everything that decides whether the verb
is stated (negation, modal, tense, question) is the parse module's.
"""

from __future__ import annotations

import re
from typing import Final


def _en(*lemmas: str) -> str:
    """English finite forms: praise -> praises|praised; a lemma written "slam+" doubles
    its last consonant (slammed); "decry~" ends in consonant + y (decries, decried). The
    bare form and the gerund are left out: mostly nouns, adverbs or "-ing" clauses ("back",
    "support", "calling"), which state nothing and would only send sentences to the parse."""
    out = []
    for lemma in lemmas:
        if lemma.endswith("+"):
            base = lemma[:-1]
            out += [base + "s", base + base[-1] + "ed"]
        elif lemma.endswith("~"):
            base = lemma[:-2]
            out += [base + "ies", base + "ied"]
        elif lemma.endswith("e"):
            out += [lemma + "s", lemma + "d"]
        else:
            es = "es" if lemma.endswith(("s", "sh", "ch", "x")) else "s"
            out += [lemma + es, lemma + "ed"]
    return "|".join(out)


# French first-group endings that state a past or present (no future "-era", no
# conditional "-erait", no participle "-ant" which states nothing by itself, no second
# person "-es", mostly a plural noun: "attaques", "critiques"): présent, past participle,
# imparfait, passé simple.
_FR_ER = r"(?:e|ent|é|ée|és|ées|ait|aient|a|èrent)"


def _fr(*stems: str) -> str:
    """French -er verbs from their stem: condamn -> condamne, condamné, condamnait ..."""
    return "|".join(f"{stem}{_FR_ER}" for stem in stems)


_DIRECT = frozenset({""})
_Entry = tuple[str, str, str, frozenset[str]]
_LEXICON: Final[dict[str, list[_Entry]]] = {
    "en": [
        ("supports", "support", _en("support", "back", "endorse", "champion", "defend"),
         _DIRECT),
        ("supports", "praise", _en("praise", "hail", "applaud", "laud", "commend"), _DIRECT),
        ("supports", "side", _en("side"), frozenset({"with"})),
        ("opposes", "condemn", _en("condemn", "oppose", "criticize", "criticise",
                                   "denounce", "rebuke", "lambaste", "chastise", "assail",
                                   "excoriate", "berate", "decry~", "slam+"), _DIRECT),
        ("opposes", "blast", _en("blast"), _DIRECT),
        ("opposes", "lash", _en("lash", "hit"), frozenset({"at"})),
        ("opposes", "rail", _en("rail"), frozenset({"against"})),
        ("attacks", "attack", _en("attack", "bomb", "shell", "invade", "raid", "ambush")
         + "|struck|strikes", _DIRECT),
        ("calls_on", "urge", _en("urge", "exhort", "implore"), _DIRECT),
        ("calls_on", "call", _en("call"), frozenset({"on", "upon"})),
        ("calls_on", "appeal", _en("appeal"), frozenset({"to"})),
        ("calls_on", "ask", _en("ask"), _DIRECT),
        ("accuses", "accuse", _en("accuse", "blame"), _DIRECT),
        ("arrests", "arrest", _en("arrest", "detain", "apprehend"), _DIRECT),
        ("meets", "meet", "meets|met", frozenset({"", "with"})),
        ("meets", "host", _en("host"), _DIRECT),
        ("meets", "negotiate", _en("negotiate", "talk", "confer+"), frozenset({"with"})),
    ],
    "fr": [
        ("supports", "soutenir",
         r"soutien(?:t|nent)|souten(?:u|ue|us|ues|ait|aient)|soutin(?:t|rent)",
         _DIRECT),
        ("supports", "appuyer", r"appui(?:e|es|ent)|" + _fr("appuy"), _DIRECT),
        ("supports", "saluer", _fr("salu", "félicit", "encens"), _DIRECT),
        ("supports", "défendre", r"défend(?:ent|u|ue|us|ues|ait|aient|it|irent)?",
         _DIRECT),
        ("opposes", "condamner", _fr("condamn", "critiqu", "dénonc", "fustig", "blâm",
                                     "conspu", "stigmatis"), _DIRECT),
        ("opposes", "s'opposer", _fr("oppos"), frozenset({"à", "au", "aux"})),
        ("attacks", "attaquer", _fr("attaqu", "bombard", "pilonn")
         + r"|envah(?:it|issent|i|ie|is|issait|issaient)", _DIRECT),
        ("calls_on", "exhorter", _fr("exhort", "pri"), _DIRECT),
        ("calls_on", "demander", _fr("demand", "enjoign"), frozenset({"à", "au", "aux"})),
        ("accuses", "accuser", _fr("accus", "incrimin"), _DIRECT),
        ("accuses", "reprocher", _fr("reproch"), frozenset({"à", "au", "aux"})),
        ("arrests", "arrêter", _fr("arrêt"), _DIRECT),
        ("meets", "rencontrer", _fr("rencontr"), frozenset({"", "avec"})),
        ("meets", "s'entretenir",
         r"entretien(?:t|nent)|entreten(?:u|ue|us|ues|ait|aient)", frozenset({"avec"})),
        ("meets", "négocier", _fr("négoci"), frozenset({"avec"})),
    ],
}
# Lemmas whose two parties may both be subjects ("X and Y met", "ont négocié").
RECIPROCAL: Final = frozenset({"meet", "negotiate", "rencontrer", "s'entretenir",
                               "négocier"})
# Lemmas that call on someone only with an infinitive after the object ("asked X to
# leave"; "asked X about Y" is a question).
NEEDS_INFINITIVE: Final = frozenset({"ask"})
# The attack verbs that are as often words as arms ("attacked Schiff for ...", "Ban
# attaccava Assad"): with a person on either side they are read as opposition. Bombing,
# shelling, invading are arms whoever does them.
VERBAL_ATTACK_RE: Final = re.compile(r"attack|attaqu|atac|attacc", re.IGNORECASE)

VERB_LEXICON: Final[dict[str, list[tuple[str, str, re.Pattern[str], frozenset[str]]]]] = {
    lang: [(kind, lemma, re.compile(forms, re.IGNORECASE), preps)
           for kind, lemma, forms, preps in rows]
    for lang, rows in _LEXICON.items()}


def _cue(forms: str, preps: frozenset[str]) -> str:
    """A lemma's forms as they must show in a sentence worth parsing: followed, within
    two words, by one of its prepositions when it takes no direct object ("called on",
    "lashed out at", "a demandé mardi à")."""
    if "" in preps:
        return f"(?:{forms})"
    return rf"(?:{forms})(?:\s+\w+){{0,2}}?\s+(?:{'|'.join(sorted(preps))})"


# The cheap test for which sentences to parse: any lemma's forms as whole words.
LEXICON_RE: Final[dict[str, re.Pattern[str]]] = {
    lang: re.compile(r"(?<!\w)(?:" + "|".join(_cue(forms, preps) for _, _, forms, preps in rows)
                     + r")(?!\w)", re.IGNORECASE)
    for lang, rows in _LEXICON.items()}


def verb_entries(lang: str, word: str) -> list[tuple[str, str, frozenset[str]]]:
    """The (type, lemma, prepositions) of every lemma ``word`` is a form of."""
    return [(kind, lemma, preps) for kind, lemma, pattern, preps in VERB_LEXICON.get(lang, [])
            if pattern.fullmatch(word)]
