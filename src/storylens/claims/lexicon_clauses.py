"""Words of the relations told around a verb rather than by it: passives with their
agent, relative pronouns, and the nouns of nominal events.

Data only, read by :mod:`claims.clause_relations`. Participles are written with their
agreement endings (gender, number) because no lemmatizer runs; the future and the
conditional never appear (planned or supposed, not stated).
"""

from __future__ import annotations

from typing import Final

from .text import wordset

# Past participles per relation type: "(fue) apoyado (por)", "(è stato) sostenuto (da)",
# "(est) soutenu (par)", "(was) backed (by)". Calling on someone is rarely passive.
PARTICIPLES: Final[dict[str, dict[str, str]]] = {
    "supports": {
        "es": r"apoyad[oa]s?|respaldad[oa]s?|elogiad[oa]s?",
        "it": r"sostenut[oaie]|appoggiat[oaie]|elogiat[oaie]",
        "fr": r"soutenue?s?|appuyée?s?|félicitée?s?",
        "en": r"supported|backed|endorsed|praised",
    },
    "opposes": {
        "es": r"condenad[oa]s?|criticad[oa]s?|denunciad[oa]s?",
        "it": r"condannat[oaie]|criticat[oaie]|denunciat[oaie]",
        "fr": r"condamnée?s?|critiquée?s?|dénoncée?s?|fustigée?s?",
        "en": r"condemned|criticized|criticised|denounced",
    },
    "attacks": {
        "es": r"atacad[oa]s?|bombardead[oa]s?|invadid[oa]s?",
        "it": r"attaccat[oaie]|bombardat[oaie]|invas[oaie]",
        "fr": r"attaquée?s?|bombardée?s?|envahie?s?",
        "en": r"attacked|bombed|shelled|invaded",
    },
    "accuses": {
        "es": r"acusad[oa]s?|culpad[oa]s?",
        "it": r"accusat[oaie]",
        "fr": r"accusée?s?",
        "en": r"accused|blamed",
    },
    "arrests": {
        "es": r"detenid[oa]s?|arrestad[oa]s?",
        "it": r"arrestat[oaie]",
        "fr": r"arrêtée?s?|interpellée?s?",
        "en": r"arrested|detained",
    },
}
# The preposition of a passive's agent ("por X", "da X", "par X", "by X").
AGENT_PREPOSITIONS: Final[dict[str, frozenset[str]]] = {
    "es": wordset("por"), "it": wordset("da dal dallo dalla dai dagli dalle dall"),
    "fr": wordset("par"), "en": wordset("by"),
}
# What may stand between a passive's subject and its participle: the auxiliaries of the
# passive in any tense but the future and the conditional, a subject relative pronoun
# ("Y, qui a été soutenu par X") and a few adverbs of time or degree.
PASSIVE_CHAIN: Final[dict[str, frozenset[str]]] = {
    "es": wordset("fue fueron es son ha han había habían sido era eran está están estaba "
                  "estaban que quien quienes también ya"),
    "it": wordset("è e stato stata stati state sono fu furono viene vengono venne vennero "
                  "era erano ha hanno che anche già"),
    "fr": wordset("est sont a ont été était étaient fut furent qui aussi également déjà"),
    "en": wordset("was were is are has have had been being who which that also already"),
}
# Subject relative pronouns: "X, que apoya a Y", "X, qui soutient Y", "X, che sostiene Y",
# "X, who backed Y" (Spanish and Italian "que"/"che" are also object pronouns: a party
# between the pronoun and the verb makes it one, read by :data:`OBJECT_RELATIVES`).
SUBJECT_RELATIVES: Final[dict[str, frozenset[str]]] = {
    "es": wordset("que quien quienes"), "it": wordset("che"), "fr": wordset("qui"),
    "en": wordset("who which that"),
}
# Object relatives after a comma: "Y, que X soutenait", "Y, al que X acusó", "Y, che X
# sostiene", "Y, whom X backed" (the words between the comma and the agent).
OBJECT_RELATIVES: Final[dict[str, frozenset[tuple[str, ...]]]] = {
    "es": frozenset({("que",), ("al", "que"), ("a", "quien"), ("a", "la", "que"),
                     ("a", "los", "que"), ("a", "las", "que"), ("a", "quienes")}),
    "it": frozenset({("che",)}),
    "fr": frozenset({("que",), ("qu",)}),
    "en": frozenset({("whom",)}),
}
# Joining words of coordinated names, and the preposition a Romance object may repeat
# ("condenó a X y a Y", "appelle X et Y").
JOINERS: Final = wordset("and et y e ed")
OBJECT_MARKERS: Final = wordset("a à al au aux ad")

# Nouns of events between two parties, with the words that bring the parties in.
# Meetings: "la rencontre entre X et Y", "the talks between X and Y", "l'entretien de X
# avec Y".
MEETING_NOUNS: Final[dict[str, str]] = {
    "fr": r"rencontres?|entretiens?|réunions?|entrevues?|sommets?|tête-à-tête",
    "es": r"reuni[oó]n(?:es)?|encuentros?|entrevistas?|cumbres?",
    "it": r"incontr[oi]|colloqu[io]|vertic[ei]|faccia a faccia",
    "en": r"meetings?|talks|summits?",
}
BETWEEN: Final = wordset("entre between tra fra")
WITH: Final = wordset("avec con with")
# Attacks: "l'attaque de X contre Y", "la ofensiva de X contra Y", "the attack by X on Y".
ATTACK_NOUNS: Final[dict[str, str]] = {
    "fr": r"attaques?|offensives?|assauts?|raids?|frappes?|bombardements?|agressions?",
    "es": r"ataques?|ofensivas?|asaltos?|bombardeos?|agresi[oó]n(?:es)?",
    "it": r"attacch?[oi]|offensiv[ae]|assalt[oi]|raid|bombardament[oi]|aggressioni?",
    "en": r"attacks?|offensives?|assaults?|raids?|strikes|bombings?|invasion",
}
AGAINST: Final[dict[str, frozenset[str]]] = {
    "fr": wordset("contre sur"), "es": wordset("contra sobre"), "it": wordset("contro su sul"),
    "en": wordset("against on"),
}
# Support: "le soutien de X à Y", "el apoyo de X a Y", "il sostegno di X a Y",
# "the support of X for Y".
SUPPORT_NOUNS: Final[dict[str, str]] = {
    "fr": r"soutien|appui", "es": r"apoyo|respaldo", "it": r"sostegno|appoggio",
    "en": r"support|backing",
}
TOWARDS: Final[dict[str, frozenset[str]]] = {
    "fr": wordset("à au aux"), "es": wordset("a al"), "it": wordset("a al alla ai agli ad"),
    "en": wordset("for to"),
}
# The noun's agent: "de X", "di X", "by X", "of X" (and the article glued to it).
OF: Final[dict[str, frozenset[str]]] = {
    "fr": wordset("de du des d"), "es": wordset("de del"),
    "it": wordset("di del della dello dei degli delle dell d"), "en": wordset("of by"),
}
# A nominal event that is planned, asked for, possible or denied is no event: these words
# just before the noun or right after it ("une rencontre prévue entre", "calls for talks
# between", "a possible attack by").
NOT_HAPPENED: Final = wordset(
    "prévue prévu prochaine prochain future éventuelle éventuel possible nouvelle "
    "planned upcoming proposed possible next future potential new "
    "prevista previsto próxima próximo posible futura futuro eventual nueva "
    "prossima prossimo possibile futura futuro eventuale nuova "
    "demande demandent demandé réclame réclamé appelle appelé pide piden pidió exige "
    "chiede chiedono chiesto calls call called calling urged urges urging seeks sought "
    "demain tomorrow mañana domani "
    "pas sans no not without non ni nor aucune ninguna nessuna")
