"""Cue words of the typed relations (supports, opposes, attacks, calls on, accuses,
arrests).

Data only, read by :mod:`claims.relations`; one table per question the reader asks.
"""

from __future__ import annotations

import re
from typing import Final

from .text import wordset

# Active-voice verb forms (third person, present, imperfect or past/perfect/pluperfect;
# never the conditional, which reports or supposes, nor the future, which plans) per
# relation type and language. Passive forms are left out on purpose ("X a été attaqué",
# "fue atacado", "è stato attaccato" never match) and the English participle is refused
# below, so the party before the verb is the agent. Forms that also read as a noun ("critique",
# "critica", "condanna") only count between two parties, verb first after the subject.
_CUES: Final[dict[str, dict[str, str]]] = {
    "supports": {
        "en": r"supports|supported|backs|backed|endorses|endorsed"
              r"|(?:voiced|expressed|pledged|declared) (?:its |his |her |their )?support for",
        "fr": r"soutient|soutiennent|(?:a|ont) soutenu|appuie|appuient|(?:a|ont) appuyé"
              r"|(?:a|ont) apporté son soutien à|apporte son soutien à|soutenait|soutenaient",
        "es": r"apoya|apoyan|apoyó|apoyaron|(?:ha|han) apoyado|respalda|respaldan|respaldó"
              r"|respaldaron|(?:ha|han) respaldado|apoyaba|apoyaban|respaldaba|respaldaban"
              r"|elogió a|elogia a|elogiaron a|elogiaba a|(?:ha|han) elogiado a",
        "it": r"sostiene|sostengono|(?:ha|hanno) sostenuto|appoggia|appoggiano"
              r"|(?:ha|hanno) appoggiato|sosteneva|sostenevano|appoggiava|appoggiavano"
              r"|(?:ha|hanno) elogiato|elogia|elogiava|(?:ha|hanno) lodato",
        "de": r"unterstützt|unterstützte|unterstützten",
    },
    "opposes": {
        "en": r"opposes|opposed|condemns|condemned|criticises|criticised|criticizes"
              r"|criticized|denounces|denounced",
        "fr": r"condamne|condamnent|(?:a|ont) condamné|critique|critiquent|(?:a|ont) critiqué"
              r"|dénonce|dénoncent|(?:a|ont) dénoncé|s['’]oppose à|s['’]opposent à"
              r"|s['’]est opposée? à|condamnait|condamnaient|critiquait|critiquaient"
              r"|dénonçait|dénonçaient",
        "es": r"condena|condenan|condenó|condenaron|(?:ha|han) condenado|critica|critican"
              r"|criticó|criticaron|(?:ha|han) criticado|se opone a|se oponen a|se opuso a"
              r"|condenaba|condenaban|criticaba|criticaban|denunció a|denunciaron a"
              r"|arremetió contra|arremete contra|arremetieron contra",
        "it": r"condanna|condannano|(?:ha|hanno) condannato|critica|criticano"
              r"|(?:ha|hanno) criticato|si oppone a|si oppongono a|condannava|condannavano"
              r"|criticava|criticavano|(?:ha|hanno) denunciato",
        "de": r"verurteilt|verurteilte|verurteilten|kritisiert|kritisierte|kritisierten",
    },
    "attacks": {
        "en": r"attacked|attacks|bombed|bombs|shelled|shells|invaded|invades|raided"
              r"|launched (?:an? )?(?:attack|offensive|assault|strikes?) (?:on|against)",
        "fr": r"attaque|attaquent|(?:a|ont) attaqué|bombarde|bombardent|(?:a|ont) bombardé"
              r"|(?:a|ont) envahi|envahit|(?:a|ont) lancé une (?:attaque|offensive) contre",
        "es": r"atacó|atacaron|ataca|atacan|(?:ha|han) atacado|bombardeó|bombardearon"
              r"|bombardea|bombardean|(?:ha|han) bombardeado|invadió|invadieron|atacaba"
              r"|atacaban",
        "it": r"(?:ha|hanno) attaccato|attacca|attaccano|(?:ha|hanno) bombardato|bombarda"
              r"|bombardano|(?:ha|hanno) invaso|attaccava|attaccavano",
        "de": r"attackierte|attackierten|bombardierte|bombardierten|beschoss|beschossen",
    },
    "calls_on": {
        "en": r"called on|calls on|urged|urges|appealed to|appeals to",
        "fr": r"(?:a|ont) exhorté|exhorte|exhortent|(?:a|ont) appelé|appelle|appellent"
              r"|(?:a|ont) demandé (?:à|aux?)|demande (?:à|aux?)|demandent (?:à|aux?)"
              r"|demandait (?:à|aux?)|demandaient (?:à|aux?)",
        "es": r"instó a|insta a|instaron a|exhortó a|exhorta a|pidió a|pide a|pidieron a"
              r"|(?:ha|han) pedido a|(?:ha|han) instado a|llamó a|hizo un llamamiento a"
              r"|instaba a|instaban a|exhortaba a|pedía a|pedían a",
        "it": r"(?:ha|hanno) esortato|esorta|esortano|(?:ha|hanno) chiesto a|chiede a"
              r"|(?:ha|hanno) invitato|invita|(?:ha|hanno) sollecitato|sollecita|esortava"
              r"|chiedeva a|sollecitava",
        "de": r"forderte|fordert|forderten|rief|ruft|riefen",
    },
    "accuses": {
        "en": r"accused|accuses|blamed|blames",
        "fr": r"accuse|accusent|(?:a|ont) accusé|accusait|accusaient",
        "es": r"acusó a|acusa a|acusaron a|(?:ha|han) acusado a|culpó a|culpa a|acusaba a"
              r"|acusaban a|culpaba a",
        "it": r"accusa|accusano|(?:ha|hanno) accusato|accusava|accusavano",
        "de": r"beschuldigt|beschuldigte|beschuldigten|warf|wirft",
    },
    "arrests": {
        "en": r"arrested|arrests|detained|detains",
        "fr": r"(?:a|ont) arrêté|(?:a|ont) interpellé",
        "es": r"detuvo a|detuvieron a|arrestó a|arrestaron a|(?:ha|han) detenido a"
              r"|(?:ha|han) arrestado a",
        "it": r"(?:ha|hanno) arrestato|arresta|arrestano",
        "de": r"verhaftete|verhafteten",
    },
}
# The perfect's auxiliary, written once above, also in the pluperfect ("avait accusé",
# "había condenado", "aveva condannato"): a past stated as fact like the perfect.
_PERFECT: Final[dict[str, tuple[str, str]]] = {
    "fr": ("(?:a|ont) ", "(?:a|ont|avait|avaient) "),
    "es": ("(?:ha|han) ", "(?:ha|han|había|habían) "),
    "it": ("(?:ha|hanno) ", "(?:ha|hanno|aveva|avevano) "),
}
TYPED_CUES: Final[dict[str, dict[str, str]]] = {
    kind: {lang: frag.replace(*_PERFECT[lang]) if lang in _PERFECT else frag
           for lang, frag in by_lang.items()}
    for kind, by_lang in _CUES.items()}
# What must follow the patient for a cue that is ambiguous alone: "appelle X à" (calls on)
# but "appelle X" (phones); "forderte X auf" but "forderte X" (demanded a thing); "warf X
# vor" (accused) but "warf X" (threw).
# A second object coordinated with the patient may stand before what must follow it
# ("a demandé à X et à l'opposition d'engager"): a few words, no clause break.
_AND_OTHERS = r"(?:\s+(?:{})\s+(?:(?:{})\s+)?[^\W\d][\w'’.\- ]{{0,40}}?)?"
FOLLOW: dict[tuple[str, str], re.Pattern[str]] = {
    ("calls_on", "fr"): re.compile(_AND_OTHERS.format("et|ou", "à|aux?")
                                   + r"\s*,?\s*(?<![\w'’])(?:(?:à|a|de)\s|d['’]\w)"),
    ("calls_on", "it"): re.compile(_AND_OTHERS.format("e|o", "a|ad|al|alla|ai")
                                   + r"\s*,?\s*(?<![\w'’])(?:(?:a|ad|di)\s|d['’]\w)"),
    ("calls_on", "de"): re.compile(r"[^.;!?]{0,80}?\b(?:auf|dazu auf)\b"),
    ("accuses", "de"): re.compile(r"[^.;!?]{0,80}?\bvor\b"),
}
# Relative pronouns and complementisers: between a party and the verb, the verb belongs
# to a clause whose subject is unclear (often after the verb in es/it/fr).
RELATIVES = wordset("que qui quien quienes che cui who which that whom dont donde où dove "
                     "der die das welche welcher welches lequel laquelle lesquels")
# "his counterpart, X": a title that is no speaker noun.
COUNTERPARTS = wordset("counterpart homologue homólogo homóloga omologo omologa amtskollege "
                        "amtskollegen amtskollegin")
# Negations just before the verb ("did not back", "no apoya", "non sostiene").
NEGATIONS = frozenset({"not", "never", "n't", "no", "non", "ne", "n", "nicht", "nie",
                        "kein", "keine", "jamais", "nunca", "mai", "neither", "nor",
                        "didn", "doesn", "don", "hasn", "haven", "hadn", "wasn", "weren"})
# English passive or participle around the verb: "was attacked", "backed by".
PASSIVE_BEFORE = frozenset({"was", "were", "been", "being", "is", "are", "be", "get", "got"})
AGENT_AFTER = frozenset({"by", "par", "por", "da", "dal", "dalla", "dai", "von", "vom"})
# Between verb and patient: at most this many words, none of them a preposition (which
# would make the party the complement of a thing: "condemned the attack on X").
MAX_PATIENT_WORDS = 3
PREPOSITIONS: dict[str, frozenset[str]] = {
    "en": wordset("of on against in at for with from over to about into"),
    "fr": wordset("de du des d contre sur dans avec pour en au aux par"),
    "es": wordset("de del contra sobre con para por en"),
    "it": wordset("di del della dello dei degli delle dell d su sul sulla con per nel nella "
                  "contro in"),
    "de": wordset("gegen von vom mit für über im auf bei der des in"),
}
# A meeting cue after an article or a possessive is a noun ("for a meeting with NATO
# allies", "une rencontre avec"): a meeting named, planned or called off, not one told as
# held, unless a verb of holding or "after" comes before ("held a meeting with", "après sa
# rencontre avec": a meeting over is one that was held).
NOUN_OPENERS = wordset("a an the his her their its this that our une la sa cette leur notre "
                       "leurs")
HELD_VERBS = wordset("held had holds has after following après")
# People a name qualifies when it stands before them, in languages that put such a
# modifier first: "met Labour leaders", "met top GOP and Democratic congressional leaders"
# (they met the people, not the party); within MAX_MODIFIED_WORDS words of the name.
MEMBER_NOUNS: dict[str, str] = {
    "en": r"leaders?|leadership|officials?|members?|lawmakers|legislators|senators"
          r"|representatives?|delegat(?:es|ion)|envoys?|negotiators?|executives?|figures"
          r"|chiefs?|commanders?|ministers?|staff|aides?|advis[eo]rs?|spokes(?:man|woman|men"
          r"|women|person|people)|activists|militants|fighters|supporters|diplomats",
}
MAX_MODIFIED_WORDS = 4
