"""Verbs of speech acts and stances whose subject is a speaker (data only).

Each row is (frame kind, regex fragment) matched case-sensitively on whole words. Only
verbs whose object is what was called for, declared, decided, supported or opposed are
listed; a verb that usually reports ("denunció la muerte de seis personas" = reported six
deaths) is left out. "declared" needs an article after it: "declared a state of
emergency" is a declaration, "declared that" is speech; "announced" with an object
("announced the transfer of its command") is a declaration told with its own verb
(row "announcement"), "announced that" speech.
"""

from __future__ import annotations

from typing import Final

ACT_CUES: Final[dict[str, list[tuple[str, str]]]] = {
    "en": [
        ("call", r"(?:has |have |had )?(?:called for|calls for|urged|urges|demanded|demands"
                 r"|appealed for|appeals for)"),
        ("declaration", r"(?:has |have |had )?(?:declared|declares|proclaimed|proclaims)"
                        r"(?= (?:a|an|the) )"),
        ("announcement", r"(?:has |have |had )?announced(?! that)"),
        ("decision", r"(?:has |have |had )?(?:voted to|voted for|voted against|decided to"
                     r"|approved|ruled that)"),
        ("support", r"(?:has |have |had )?(?:supports|backs|backed|endorsed|endorses"
                    r"|welcomed|welcomes)"),
        ("opposition", r"(?:has |have |had )?(?:opposes|opposed|condemned|condemns"
                       r"|rejected|rejects)"),
    ],
    "fr": [
        ("call", r"(?:a|ont) (?:appelé|exhorté|réclamé|exigé)|appelle|appellent|exhorte"
                 r"|exhortent|réclame|réclament|exige|exigent"),
        ("declaration", r"(?:a|ont) (?:décrété|proclamé)|décrète|proclame"),
        ("announcement", r"(?:a|ont) annoncé(?! que| qu['’])"),
        ("decision", r"(?:a|ont) (?:voté|adopté|approuvé|décidé)|adopte|adoptent"),
        ("support", r"(?:a|ont) (?:soutenu|salué|appuyé)|soutient|soutiennent|salue"),
        ("opposition", r"(?:a|ont) (?:condamné|dénoncé|rejeté)|condamne|condamnent"
                       r"|dénonce|dénoncent|rejette|rejettent|s['’]oppose|s['’]opposent"
                       r"|s['’]est opposée?"),
    ],
    "es": [
        ("call", r"pidió|pide|piden|pidieron|exigió|exige|exigen|instó|insta|reclamó"
                 r"|reclama|reclaman|ha pedido|ha exigido|han pedido|han exigido"),
        ("declaration", r"decretó|ha decretado|proclamó|declaró(?= (?:el|la|un|una) )"),
        ("announcement", r"anunció(?! que)|ha anunciado(?! que)"),
        ("decision", r"votó|votaron|aprobó|aprobaron|decidió|decidieron|ha aprobado"
                     r"|ha decidido|han aprobado"),
        ("support", r"apoya|apoyó|apoyan|respalda|respaldó|respaldan|ha respaldado"),
        ("opposition", r"condenó|condena|condenan|condenaron|rechazó|rechaza|rechazan"
                       r"|ha condenado|ha rechazado|se opone|se opuso|se oponen"),
    ],
    "it": [
        ("call", r"ha (?:chiesto|esortato|sollecitato|invocato)|hanno (?:chiesto|esortato)"
                 r"|chiede|chiedono|esorta|sollecita"),
        ("declaration", r"ha (?:decretato|proclamato)|decreta|proclama"),
        ("announcement", r"ha annunciato(?! che)"),
        ("decision", r"ha (?:votato|approvato|deciso)|hanno (?:votato|approvato|deciso)"
                     r"|approva"),
        ("support", r"ha (?:sostenuto|appoggiato)|sostiene|appoggia|appoggiano"),
        ("opposition", r"ha (?:condannato|respinto)|hanno (?:condannato|respinto)"
                       r"|condanna|condannano|respinge|si oppone|si è oppost[oa]"),
    ],
    "de": [
        ("call", r"forderte|fordert|forderten|fordern"),
        ("decision", r"beschloss|beschlossen|billigte|billigten"),
        ("support", r"unterstützt|unterstützte|begrüßte|begrüßt"),
        ("opposition", r"verurteilte|verurteilt|verurteilten"),
    ],
    "ru": [
        ("call", r"призвал[аи]?|потребовал[аи]?"),
        ("decision", r"решил[аи]?|проголосовал[аи]?|утвердил[аи]?"),
        ("support", r"поддержал[аи]?|поддерживает"),
        ("opposition", r"осудил[аи]?|отверг(?:ла|ли)?"),
    ],
}

# English verbs for the statement of each kind ("X called for: ...").
ACT_VERBS: Final[dict[str, str]] = {
    "call": "called for", "declaration": "declared", "decision": "decided",
    "support": "backed", "opposition": "opposed", "announcement": "announced",
}
# Cue rows whose name is no frame kind of its own: an announcement is a declaration's
# frame, but what was announced ("the official death of X") was not declared in words,
# so its statement keeps the verb "announced" (the claim's predicate).
FRAME_KIND_OF: Final[dict[str, str]] = {"announcement": "declaration"}

# Words opening a call's object that name whom it was addressed to ("pidió a su homólogo,
# X, que no se presente", "ha chiesto al governo di ..."): what was called for stands in a
# clause after the addressee, which an act does not read, so no act claim is made.
ADDRESSEE_LEADS: Final[dict[str, frozenset[str]]] = {
    "es": frozenset({"a", "al"}),
    "it": frozenset({"a", "al", "alla", "allo", "ai", "agli", "alle", "all"}),
}
# Call verbs whose direct object is the addressee ("urged her counterpart, X, to ..."),
# and the infinitive marker without which their object names only whom they addressed.
ADDRESSED_CALLS: Final[dict[str, tuple[str, str]]] = {
    "en": (r"urged|urges", "to"),
    "fr": (r"exhorté|exhorte|exhortent", "à"),
    "it": (r"esortato|esorta|sollecitato|sollecita", "a"),
}
