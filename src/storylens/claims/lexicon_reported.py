"""Per-language function words that shape a reported sentence (data only, read by
:mod:`reported`)."""

from __future__ import annotations

import re
from typing import Final

from .text import wordset

# Demonstratives open a clause (what X said), never an apposition about X.
DEMONSTRATIVES: Final = wordset(
    "this these those ce cet cette ces este esta estos estas ese esa esos esas questo "
    "questa questi queste quel quella dieser diese dieses diesen этот эта это эти")
# Quantifiers open a clause ("Según X, toda su familia se encuentra ..."), never an
# apposition about the speaker.
QUANTIFIERS: Final = wordset(
    "all every each tout toute tous toutes chaque todo toda todos todas cada tutto tutta "
    "tutti tutte ogni alle jeder jede jedes все весь вся каждый")
# Words that introduce the reported clause.
COMPLEMENTIZERS: Final[dict[str, frozenset[str]]] = {
    "en": wordset("that"), "fr": wordset("que qu"), "es": wordset("que"),
    "it": wordset("che"), "de": wordset("dass"), "ru": wordset("что чтобы"),
    "ar": wordset("أن إن ان"),
}
# Words that carry a sentence on past an inserted attribution: a preposition ("..., ha
# spiegato Y, in un'area di ..."). A noun there is an apposition about the speaker
# ("..., a déclaré X, chef de l'OSDH"); a conjunction often opens the writer's next
# clause ("..., the police said, and an investigation was opened").
RESUMING: Final = wordset(
    "in on at for with to from into after before during within dans en à au aux sur pour "
    "avec après avant pendant con para por sobre tras durante desde in con per su tra fra "
    "dopo prima a mit für nach vor während im am в во на с для после since depuis desde "
    "dal dalla seit")
# Words that carry on a noun phrase broken by an inserted "selon X,": "malgré sa promesse,
# selon l'ONU, de retirer ses chars" (X vouches for the promise, not the whole sentence).
COMPLEMENT_LEADS: Final = wordset(
    "of to that de du des d à que qu di del della dello dei degli delle dell che")
# Another source named inside words credited to one: "selon l'OSDH" in "CONTENT, selon l'ONU".
RELAYED: Final = re.compile(r"(?<![^\W_])(?:according to|selon|d['’]après|según|secondo"
                             r"|stando a|laut)(?![^\W_])", re.IGNORECASE)
# A relay closing a sentence: ", according to White House pool reports.", with an
# apposition about the source (", according to The Hill, a political paper in D.C.").
RELAY_TAIL: Final = re.compile(
    r",\s*(?:according to|selon|d['’]après|según|secondo|stando a|laut|citing|citant"
    r"|citando)\s[^,;:\"«»“”]{1,80}(?:,[^,;:\"«»“”]{1,80}){0,2}$", re.IGNORECASE)
# A sentence end the segmenter missed after a headline: a lower-case word, then an
# article with a capital and a lower-case word ("47 muertos en los ataques Los ataques
# se cobraron ..."): no article is capitalised inside a sentence unless it opens a name,
# and then the next word is capitalised too ("El País", "Los Angeles"). A capitalised
# time preposition before a number or a lower-case word does the same ("Photos: Celebrity
# splits After 26 years of marriage, ..."): inside a title the word before is capitalised.
GLUED_HEADLINE: Final = re.compile(
    r"(?<=[a-zà-ÿ])\s+(?=(?:(?:El|La|Los|Las|Le|Les|Il|Lo|Gli|The)\s+[a-zà-ÿ])"
    r"|(?:After|Before|During|Après|Avant|Pendant|Tras|Después|Durante|Dopo|Prima|Nach"
    r"|Während)\s+(?:[a-zà-ÿ]|\d))")
# ", but" and a clause after what a speaker said: the writer's contrast ("X said he would
# repay it, but has not made good on that promise"), or another speaker's reply.
CONTRAST: Final = re.compile(r",\s+(?:but|yet|mais|pero|sin embargo|ma|però|aber|но)\s",
                             re.IGNORECASE)
# "; or" / "; pero": after a semicolon a contrastive word turns to the writer's (or an
# analyst's) words; what was reported ends at the semicolon ("... une 'ligne rouge' ; or
# il y a de forts indices ...").
SEMICOLON_TURN: Final = re.compile(
    r"\s*;\s*(?:or|but|yet|however|mais|cependant|pourtant|toutefois|pero|sin embargo"
    r"|no obstante|ma|però|tuttavia|eppure|aber|doch|jedoch|но|однако)(?![^\W_])",
    re.IGNORECASE)
# ", while" / ", tandis que": a clause set beside the reported one; with a subject of its
# own ("..., while the comedian started a campaign") it is the writer's, not the speaker's.
SET_BESIDE: Final = re.compile(
    r",(?P<mark>[\"'”’»]?)\s+"
    r"(?:while|whereas|tandis que|tandis qu['’]|mientras que|mentre|während)\s*",
    re.IGNORECASE)
# Auxiliaries opening a clause with no subject of its own after ", but": the writer
# tells what the speaker did ("but has not made good on that promise").
NARRATING_AUXILIARIES: Final = wordset(
    "has have had is was were did does a ont avait avaient est sont ha han había habían "
    "es fue hat haben hatte ist war")
# Words that show a finite verb in a phrase after "según X,": a reflexive clitic ("parte
# de la marcha se dirigió ...") or an auxiliary. Such a phrase is a clause, what X said,
# not an apposition about X ("rédacteur en chef du site"). After a relative pronoun they
# belong to a relative clause inside an apposition ("portavoz de la ONG que se ocupa ...").
# French "a" (has) is a preposition in Spanish and Italian appositions ("enviado a Siria").
_MARKERS: Final = (NARRATING_AUXILIARIES - {"a"}) | wordset(
    "se si sich ся è sono era erano fu furono est était étaient fut")
CLAUSE_VERB_MARKERS: Final[dict[str, frozenset[str]]] = {
    lang: _MARKERS | ({"a"} if lang == "fr" else frozenset())
    for lang in ("en", "fr", "es", "it", "de", "ru", "ar")}
# Words that may stand between a speaker and its verb: "has also said", "a en outre dit".
# They are never the end of the speaker ("The company also said": the company spoke).
SPEAKER_AUXILIARIES: Final = wordset(
    "has have had also then later earlier again further too a ont également aussi ensuite "
    "pour sa part ha han también además luego ha anche inoltre poi hat auch ebenfalls "
    "также тоже же")
RELATIVE_PRONOUNS: Final = wordset("que qui che cui who which that whom die der das который")
# Words that open a relative clause about the speaker, not the speaker's words.
SPEAKER_RELATIVES: Final = wordset("qui who which che cui quien quienes welche который "
                                   "которая которые")
# Lower-case words that cannot open the words a speaker said: a relative adverb or a
# conjunction there shows the span starts inside a clause ("donde viven en ...", 'ou
# "Assad, tes jours sont comptés", a connu ...'), its subject left in another sentence.
# A clause that puts the reporter's question before the speaker ("Asked why he chose X,
# Y said, ..."; "Interrogé sur ..., le ministre a répondu ..."): the words are the
# question, not what the speaker said.
QUESTION_LEADS: Final = re.compile(
    r"(?:when\s+|if\s+)?asked\b|interrog[ée]e?s?\b|questionn[ée]e?s?\b|"
    r"(?:à|a)\s+la\s+(?:question|pregunta)\b|preguntad[oa]s?\b|consultad[oa]s?\b|"
    r"interrogat[oaie]\b|interpellat[oaie]\b|alla\s+domanda\b|gefragt\b|"
    r"auf\s+die\s+frage\b|отвечая\s+на\s+вопрос|на\s+вопрос",
    re.IGNORECASE)

FRAGMENT_OPENERS: Final = SPEAKER_RELATIVES | wordset(
    "where whereby whose donde cuyo cuya cuyos cuyas où dont dove and or et ou y o u e ed od "
    "und oder")
# An opening that points back at someone named in an earlier sentence ("Ce dernier est
# connu comme ...", "este último", "the latter"): the statement names no one a reader
# can tell, so it is abstained on.
ANAPHOR_OPENING: Final = re.compile(
    r"(?:ce derni[eè]r|cette derni[eè]re|ces derni[eè]re?s|cel(?:ui|le|les)-ci|ceux-ci"
    r"|est[eao]s? últim[oa]s?|ést[eao]s?|quest['’]\s?ultim[oa]|quest[ei] ultim[ie]"
    r"|the latter|the former)(?![^\W_])"
    # "ces derniers jours", "esta última semana": an adjective of time, no anaphor
    r"(?!\s+(?:jours?|mois|semaines?|années?|ans|heures?|temps|días?|semanas?|mes(?:es)?"
    r"|años?|horas?|tiempos?|giorn[oi]|mes[ei]|settiman[ae]|ann[oi]|or[ae]|temp[oi]"
    r"|days?|weeks?|months?|years?|hours?)\b)",
    re.IGNORECASE)
# A plural subject pronoun opening words told after "selon X," / "según X,": its
# antecedent is not X ("D'après les témoins, ils étaient armés"), so it names no one.
PLURAL_SUBJECT_OPENING: Final = re.compile(
    r"(?:ils|elles|they|ellos|ellas|essi|esse|loro)(?![^\W_])", re.IGNORECASE)
# Last words of the words before "según X," that leave a clause open: X vouches for the
# clause after the attribution only ("la città di Homs, dove, secondo alcuni testimoni,").
CLAUSE_OPENERS: Final = RELATIVE_PRONOUNS | FRAGMENT_OPENERS | wordset(
    "when cuando quando quand")
