"""Claim statements in the reader's language, written from each claim's frame.

The extractor states a claim in English ("8 people were killed."). The report's contract
asks for one normalised sentence in the output language, and no machine translation runs
offline, so the statement is rendered again from what the claim holds: its figure (value),
its parties (canonical entity names, else the words the source used), its place and date
(frame arguments standing at their offsets, the claim's ISO date), the speaker and the
reported words of a quote (kept verbatim in their own language and marked with it), with
the fixed words of a template per output language (en, fr, es, it, de). A frame the
source plans, calls off, hedges, denies or negates is marked so ("(prévu)"), never
written as done. Where no template applies (a figure whose kind has no noun in that
language, a claim kind without a template), the English statement stays, marked " [en]",
and the report says so.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ..actors import relation_type
from ..claims.numbers import find_figures
from ..records import Article, Claim, Entity
from ..wording import norm
from .compose import mid_sentence, place_phrase, quote_words, victims_in_own_words, with_noun
from .phrases import PHRASES, amount, capitalise, phrases_for, said_by, when_phrase

# The mark a statement kept in English carries in a report of another language.
ENGLISH_MARK = " [en]"


@dataclass(frozen=True, slots=True)
class StatementWords:
    """The fixed words of one language's claim statements (beyond :class:`Phrases`)."""

    acts: dict[str, str]        # frame kind -> "{who} called for: {about}"
    planned: str                # a frame planned, called off or postponed
    hedged: str
    denied: str
    negated: str


_WORDS = {
    "en": StatementWords(
        acts={"call": "{who} called for: {about}", "declaration": "{who} declared: {about}",
              "decision": "{who} decided: {about}", "support": "{who} backed: {about}",
              "opposition": "{who} opposed: {about}", "announcement": "{who} announced: {about}"},
        planned="(planned or called off)", hedged="(unconfirmed)",
        denied="(denied)", negated="(stated with a negation)"),
    "fr": StatementWords(
        acts={"call": "{who} a appelé à : {about}", "declaration": "{who} a déclaré : {about}",
              "decision": "{who} a décidé : {about}", "support": "{who} a soutenu : {about}",
              "opposition": "{who} s'est opposé à : {about}",
              "announcement": "{who} a annoncé : {about}"},
        planned="(prévu ou annulé)", hedged="(non confirmé)",
        denied="(démenti)", negated="(énoncé avec une négation)"),
    "es": StatementWords(
        acts={"call": "{who} pidió: {about}", "declaration": "{who} declaró: {about}",
              "decision": "{who} decidió: {about}", "support": "{who} apoyó: {about}",
              "opposition": "{who} se opuso a: {about}", "announcement": "{who} anunció: {about}"},
        planned="(previsto o cancelado)", hedged="(sin confirmar)",
        denied="(desmentido)", negated="(enunciado con una negación)"),
    "it": StatementWords(
        acts={"call": "{who} ha chiesto: {about}", "declaration": "{who} ha dichiarato: {about}",
              "decision": "{who} ha deciso: {about}", "support": "{who} ha sostenuto: {about}",
              "opposition": "{who} si è opposto a: {about}",
              "announcement": "{who} ha annunciato: {about}"},
        planned="(previsto o annullato)",
        hedged="(non confermato)", denied="(smentito)",
        negated="(enunciato con una negazione)"),
    "de": StatementWords(
        acts={"call": "{who} forderte: {about}", "declaration": "{who} erklärte: {about}",
              "decision": "{who} beschloss: {about}", "support": "{who} unterstützte: {about}",
              "opposition": "{who} lehnte ab: {about}",
              "announcement": "{who} kündigte an: {about}"},
        planned="(geplant oder abgesagt)",
        hedged="(unbestätigt)", denied="(dementiert)",
        negated="(mit Verneinung formuliert)"),
}
assert set(_WORDS) == set(PHRASES)


def _source_language(claim: Claim, articles: Mapping[str, Article]) -> str | None:
    first = claim.sources[0].article_id if claim.sources else None
    article = articles.get(first or "")
    return article.language if article is not None else None


def _words(claim: Claim, articles: Mapping[str, Article], language: str, text: str) -> str:
    """Source words quoted with the reader's marks, marked with their language."""
    p = phrases_for(language)
    lang = _source_language(claim, articles)
    mark = f" [{lang}]" if lang and lang != language else ""
    return f"{p.quote_marks[0]}{text}{p.quote_marks[1]}{mark}"


def _who(claim: Claim, names: Mapping[str, str], which: str) -> str | None:
    entity = claim.subject if which == "subject" else claim.object
    said = claim.subject_text if which == "subject" else claim.object_text
    return names.get(entity or "") or (" ".join(said.split()) if said else None)


def _qualifier(claim: Claim, language: str) -> str:
    """' (prévu)' for a frame the source does not state as done; '' otherwise."""
    frame = claim.frame
    if frame is None or claim.kind == "quote":  # a quote is what was said, as said
        return ""
    w = _WORDS[language]
    if frame.polarity == "negated":
        return f" {w.negated}"
    extra = {"planned": w.planned, "hedged": w.hedged, "denied": w.denied}
    return f" {extra[frame.modality]}" if frame.modality in extra else ""


def _quote_core(claim: Claim, names: Mapping[str, str], articles: Mapping[str, Article],
                language: str) -> str | None:
    """'X a déclaré : « <their words> » [en]' / 'Selon X : « <reported words> »'."""
    p = phrases_for(language)
    evidence = claim.sources[0] if claim.sources else None
    who = _who(claim, names, "subject") or (evidence.attributed_to if evidence else None)
    if evidence is None or not who:
        return None
    words, direct = quote_words(claim, evidence)
    if not words:
        return None
    quote = _words(claim, articles, language, words)
    if direct:
        return said_by(who, quote, language)
    if not names.get(claim.subject or ""):  # the source's words: "selon a police spokesperson"
        who = mid_sentence(who, _source_language(claim, articles))
    colon = " : " if language == "fr" else ": "
    return capitalise(p.outlets.format(names=who)) + f"{colon}{quote}"


def _figure_core(claim: Claim, articles: Mapping[str, Article], language: str) -> str | None:
    """'Au moins 12 morts au Caire': the figure with what it counts, and where; the
    source's own '928 civils ont été tués' when it says who was hit."""
    if claim.value is None:
        return None
    own = victims_in_own_words(claim, articles, language)
    if own is not None:
        return own
    p = phrases_for(language)
    noun = p.nouns.get(norm(claim.value.type))
    said = amount(claim.value, language)
    if noun is None or said is None:
        return None
    if claim.value.modifier == "at least" and _approximate(claim, articles):
        said = said.replace(p.at_least, f"{p.at_least} {p.about}", 1)  # "une cinquantaine"
    return with_noun(said, noun, claim, language) + place_phrase(claim, articles, language)


def _approximate(claim: Claim, articles: Mapping[str, Article]) -> bool:
    """Whether the claim's figure was written as a word of approximation ("au moins une
    cinquantaine"): its floor is "at least about 50", not an exact 50 nobody wrote."""
    frame = claim.frame
    article = articles.get(frame.article_id) if frame is not None else None
    if frame is None or frame.figure is None or article is None:
        return False
    figures = find_figures(frame.figure.text, article.language or "")
    return bool(figures) and figures[0].approximate


def _core(claim: Claim, names: Mapping[str, str], articles: Mapping[str, Article],
          language: str) -> str | None:
    """What the claim says, in ``language``, without date or qualifier; None if no template."""
    if claim.kind == "quote":
        return _quote_core(claim, names, articles, language)
    if claim.value is not None:
        return _figure_core(claim, articles, language)
    frame = claim.frame
    acts = _WORDS[language].acts
    if claim.kind == "event" and frame is not None and frame.kind in acts:
        # The claim's own verb where it has a template ("announced" is told as such, not
        # as "declared": what was announced is no words the speaker declared).
        act = acts.get(claim.predicate) or acts[frame.kind]
        who = _who(claim, names, "subject")
        about = " ".join(frame.content.text.split()) if frame.content is not None else ""
        if who and about:
            return act.format(who=who, about=_words(claim, articles, language, about))
        return None
    template = phrases_for(language).relations.get(relation_type(claim.predicate))
    source, target = _who(claim, names, "subject"), _who(claim, names, "object")
    if template and source and target:
        return template.format(s=source, o=target) + place_phrase(claim, articles, language)
    return None


def statement_in(claim: Claim, names: Mapping[str, str], articles: Mapping[str, Article],
                 language: str) -> str | None:
    """The claim as one sentence in ``language``; None when no template applies."""
    if language not in _WORDS:
        return None
    core = _core(claim, names, articles, language)
    if not core:
        return None
    when = f" {when_phrase(claim.when, language)}" if claim.when and claim.kind != "quote" \
        else ""
    return f"{capitalise(core)}{when}{_qualifier(claim, language)}."


def localise_statements(claims: list[Claim], entities: list[Entity],
                        articles: Mapping[str, Article], language: str) -> int:
    """Rewrite every claim's ``statement`` in ``language``; returns how many stayed in
    English (marked ``ENGLISH_MARK`` when the reader's language is not English)."""
    names = {e.id: e.name for e in entities}
    kept_english = 0
    for claim in claims:
        made = statement_in(claim, names, articles, language)
        if made:
            claim.statement = made
        elif language != "en":
            kept_english += 1
            if not claim.statement.endswith(ENGLISH_MARK):
                claim.statement += ENGLISH_MARK
    return kept_english
