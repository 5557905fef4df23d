"""Brief sentences from claims, one template per kind, in the reader's language.

Each builder returns a :class:`BriefSentence` citing exactly the claims it words and every
article behind them, or None when it cannot word the claim in the reader's language
(the brief then leaves it out). Sources are named by outlet, or by the article's title
in quotes when the outlet is unknown: never by file name, path or id.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..claims.figure_words import figure_words
from ..claims.lexicon_events import DETERMINERS
from ..claims.numbers import find_figures
from ..cluster.titles import headline, is_furniture, without_note
from ..reconcile import count_origins
from ..records import Article, BriefSentence, Claim, Evidence
from ..timeline import relation_type
from ..wording import is_vague, opening_label
from .phrases import amount, capitalise, names_list, phrases_for, said_by, when_phrase
from .verify import numbers_in

# A source's figure phrase longer than this reads as a sentence, not a statement.
MAX_VICTIM_PHRASE_WORDS = 8
# Initials before which French writes "d'" for "de".
_FRENCH_ELIDING = frozenset("aeiouyàâéèêëîïôû")

# Quotes longer than this are cut at a word boundary with an ellipsis.
MAX_QUOTE_WORDS = 25
# A title standing in for an unknown outlet is cut to this many characters.
TITLE_LABEL_CHARS = 60
# A figure quoted in its source's words in a dispute is its noun phrase, not a sentence.
MAX_QUOTED_FIGURE_WORDS = 8
_QUOTE_MARKS = "\"'“”„«»‘’‹› "
_QUOTED = re.compile(r"[\"“«„»]\s*([^\"“”«»„]{3,}?)\s*[\"”»“«]")


def outlet_name(article: Article | None) -> str:
    """The outlet, else the title in quotes (the headline when the title is page
    furniture); never the file name, path or id."""
    if article is None:
        return "?"
    if article.outlet and article.outlet.strip():
        return article.outlet.strip()
    title = " ".join(without_note(article.title or "").split())
    if title and is_furniture(title):
        # "Ce billet fait partie de notre dossier…", "— Mis à jour le 01/12/12 à 11h46",
        # "Europa Press | Madrid", "Imagen por …": the page's furniture, a byline or a
        # credit ("Traducido … por X", "Dal nostro inviato X") names no article; its
        # headline does.
        title = headline(article) or ""
    if len(title) > TITLE_LABEL_CHARS:
        title = title[:TITLE_LABEL_CHARS - 1] + "…"
    title = title or opening_label(article.text, TITLE_LABEL_CHARS) or ""
    return f"“{title}”" if title else "?"


def sentence(text: str, claims: list[Claim]) -> BriefSentence:
    """A brief sentence citing these claims and every article behind them."""
    return BriefSentence(text=text, claim_ids=sorted({c.id for c in claims}),
                         article_ids=sorted({e.article_id for c in claims for e in c.sources}))


def outlets_of(claims: list[Claim], articles: Mapping[str, Article]) -> list[str]:
    """Readable source names of the claims, A to Z, each once."""
    names = {outlet_name(articles.get(e.article_id)) for c in claims for e in c.sources}
    return sorted(names, key=str.casefold)


def attribution(claims: list[Claim], articles: Mapping[str, Article], language: str) -> str:
    """'according to 3 independent sources', or the outlets; 'single source: X' when one."""
    p = phrases_for(language)
    evidence = [e for c in claims for e in c.sources]
    origins = count_origins(evidence, articles)
    if origins >= 2:
        return p.sources.format(n=origins)
    outlets = outlets_of(claims, articles)
    names = names_list(outlets, language)
    # Several outlets printing one text are one origin, not "a single source: A and B".
    return (p.relayed if len(outlets) > 1 else p.single).format(names=names)


def relation_text(claim: Claim, names: Mapping[str, str], language: str,
                  articles: Mapping[str, Article]) -> str | None:
    """'X met Y' in the reader's language, from canonical names; None without a template.
    An English event statement stands for itself only when its sources are English: its
    object is the source's words ("declared: la mort officielle de …" would put French
    words unmarked in an English sentence)."""
    source = names.get(claim.subject or "")
    target = names.get(claim.object or "")
    template = phrases_for(language).relations.get(relation_type(claim.predicate))
    if source and target and template:
        return template.format(s=source, o=target)
    if language == "en" and claim.kind == "event" and all(
            e.article_id in articles and articles[e.article_id].language == "en"
            for e in claim.sources):
        return claim.statement.strip().rstrip(".") or None
    return None


def with_date(core: str, claim: Claim, language: str) -> str:
    """'X met Y on March 15, 2026': the claim's own date, spelled in the reader's language."""
    if claim.when:
        return f"{core} {when_phrase(claim.when, language)}"
    return core


def grounded_amount(claim: Claim, articles: Mapping[str, Article], language: str,
                    ) -> tuple[str, bool] | None:
    """(amount, written as a template figure) of a figure claim: '1,000' / 'more than 1,000'
    when its digits are written in the claim's evidence; else the evidence's own words
    ("huit morts") when that evidence is in the reader's language; else None. A figure the
    sources spell in words is never turned into digits nobody wrote."""
    if claim.value is None:
        return None
    said = amount(claim.value, language)
    written = numbers_in(" ".join(e.quote for e in claim.sources))
    if said is not None and numbers_in(said) <= written:
        return said, True
    own = [e for e in claim.sources if e.article_id in articles
           and articles[e.article_id].language == language]
    return (" ".join(own[0].quote.split()), False) if own else None


def victims_in_own_words(claim: Claim, articles: Mapping[str, Article], language: str,
                         ) -> str | None:
    """The source's own figure phrase when it says who was hit: "11 enfants palestiniens
    ont été tués" (a template would say "11 morts" and lose the children).

    Only a source in the reader's language, a phrase that opens with its figure (not "tué
    trois soldats") and is short enough to read as a statement; else None.
    """
    value = claim.value
    if value is None or value.unit in (None, "people", "person"):
        return None
    for evidence in claim.sources:
        article = articles.get(evidence.article_id)
        quote = " ".join(evidence.quote.split())
        if article is None or article.language != language \
                or len(quote.split()) > MAX_VICTIM_PHRASE_WORDS:
            continue
        figures = find_figures(quote, language)
        if figures and figures[0].start == 0:
            return quote
    return None


def figure_text(claim: Claim, articles: Mapping[str, Article], language: str) -> str | None:
    """'at least 74 killed' / 'au moins 74 morts' / the source's 'huit morts' or '928 civils
    ont été tués'; None when the figure cannot be worded from what the sources wrote."""
    if claim.value is None:
        return None
    own = victims_in_own_words(claim, articles, language)
    if own is not None:
        return own
    noun = phrases_for(language).nouns.get(" ".join(claim.value.type.casefold().split()))
    found = grounded_amount(claim, articles, language)
    if found is None:
        return None
    said, templated = found
    if not templated:
        return said
    return with_noun(said, noun, claim, language) if noun else None


def with_noun(said: str, noun: str, claim: Claim, language: str) -> str:
    """'74 morts', and 'des dizaines de morts' for a vague amount (never 'dizaines morts')."""
    phrases = phrases_for(language)
    link = phrases.vague_link or (phrases.noun_link if noun in phrases.linked_nouns else "")
    vague = claim.value is not None and is_vague(claim.value)
    if not (vague and link):
        return f"{said} {noun}"
    if language == "fr" and link == "de" and noun[:1].casefold() in _FRENCH_ELIDING:
        return f"{said} d'{noun}"  # "des centaines d'arrestations"
    return f"{said} {link} {noun}"


def place_phrase(claim: Claim, articles: Mapping[str, Article], language: str) -> str:
    """' in Sirte' / ' à Benghazi': the source's own locative words when the source is in
    the reader's language, else the template's; '' without a place."""
    frame = claim.frame
    if frame is None or frame.place is None:
        return ""
    article = articles.get(frame.article_id)
    if article is None or article.text[frame.place.start:frame.place.end] != frame.place.text:
        return ""  # an argument that does not stand where it says is not used
    if article.language == language:
        before = re.search(r"([^\W\d_]+['’]?\s*)$", article.text[max(0, frame.place.start - 20):
                                                                 frame.place.start])
        if before:  # "En Égypte, ..." opening its sentence reads "en Égypte" mid-sentence
            word = before.group(1)
            return f" {word[:1].lower()}{word[1:]}{frame.place.text}".replace("' ", "'")
    return " " + phrases_for(language).in_place.format(place=frame.place.text)


def fact_sentence(claim: Claim, names: Mapping[str, str], articles: Mapping[str, Article],
                  language: str) -> BriefSentence | None:
    """A relation, event or figure as one sentence with its date and sources."""
    if claim.value is not None:
        core = figure_text(claim, articles, language)
        place = place_phrase(claim, articles, language) if core else ""
        # Where the toll was counted tells a reader which incident it is of.
        core = core + place if core and place.split()[-1:] and \
            place.split()[-1] not in core else core
    else:
        core = relation_text(claim, names, language, articles)
    if not core:
        return None
    text = f"{capitalise(with_date(core, claim, language))}, "
    return sentence(text + attribution([claim], articles, language) + ".", [claim])


def dispute_sentence(group: list[Claim], articles: Mapping[str, Article],
                     language: str, anchor: str = "") -> BriefSentence | None:
    """'Death toll: reports range from hundreds to more than 1,000 killed (A: hundreds; ...)';
    ``anchor`` (" in Sirte on March 15, 2026") says which incident the toll is of."""
    figures = [c for c in group if c.value is not None]
    if len(figures) < 2:
        return None
    ordered = sorted(figures, key=lambda c: (c.value.low if c.value and c.value.low is not None
                                             else 0.0, c.id))
    assert ordered[0].value is not None and ordered[-1].value is not None
    p = phrases_for(language)
    topic = p.topics.get(ordered[0].value.type.casefold())
    parts = []
    amounts = []
    templated = []
    for claim in ordered:
        found = grounded_amount(claim, articles, language)
        # A figure the source spells in words ("plus de mille morts") is quoted in its
        # words and language, never turned into digits nobody wrote.
        said = found[0] if found and found[1] else quoted_figure(claim, articles, language)
        if said is None:
            return None
        amounts.append(said)
        templated.append(bool(found and found[1]))
        parts.append(f"{names_list(outlets_of([claim], articles), language)}: {said}")
    noun = p.nouns.get(ordered[-1].value.type.casefold())
    low = amounts[0]
    high = amounts[-1] if not templated[-1] else \
        with_noun(amounts[-1], noun, ordered[-1], language) if noun else None
    if not (low and high and topic):
        return None
    text = p.dispute.format(topic=topic + anchor, low=low, high=high, parts="; ".join(parts))
    return sentence(text + ".", ordered)


def quoted_figure(claim: Claim, articles: Mapping[str, Article], language: str) -> str | None:
    """A figure in its source's own words, quoted and marked with the source's language
    when it is not the reader's: '« plus de mille morts » [fr]'."""
    p = phrases_for(language)
    for evidence in claim.sources:
        article = articles.get(evidence.article_id)
        # A range end is a figure, never the clause around it ("entre des dizaines et
        # « Une centaine de personnes ont été tuées »" read as a sentence in a sentence).
        span = figure_words(article.text, article.language, claim) \
            if article is not None and evidence is claim.sources[0] else None
        words = " ".join((article.text[span[0]:span[1]] if article is not None and span
                          else evidence.quote).split())
        if article is None or not words or len(words.split()) > MAX_QUOTED_FIGURE_WORDS:
            continue
        mark = f" [{article.language}]" if article.language and \
            article.language != language else ""
        return f"{p.quote_marks[0]}{words}{p.quote_marks[1]}{mark}"
    return None


def quote_sentence(claim: Claim, names: Mapping[str, str], articles: Mapping[str, Article],
                   language: str) -> BriefSentence | None:
    """'Name said: “<verbatim words>” [fr] (sources).' Quotes are never translated."""
    evidence = _quoted_evidence(claim, articles, language)
    if evidence is None:
        return None
    words, direct = quote_words(claim, evidence)
    named = names.get(claim.subject or "")
    speaker = named or evidence.attributed_to or claim.subject_text
    # A speaker the extractor found but no entity names is quoted only when it reads as
    # a name or title ("Officials"), never a clause ("the search for survivors would go").
    if not words or not speaker or not (named or speaker[:1].isupper()):
        return None
    p = phrases_for(language)
    article = articles.get(evidence.article_id)
    if not named and article is not None:
        speaker = mid_sentence(speaker, article.language)
    mark = f" [{article.language}]" if article is not None and article.language and \
        article.language != language else ""
    quote = f"{p.quote_marks[0]}{words}{p.quote_marks[1]}{mark}"
    # "X said: “...”" only for X's own words in quotation marks; a reported sentence is
    # "According to X: “<the sentence>”", so no one is put in quotes they did not say.
    text = said_by(speaker, quote, language) if named and direct else \
        capitalise(p.outlets.format(names=speaker)) + f": {quote}"
    return sentence(f"{text} ({attribution([claim], articles, language)}).", [claim])


def mid_sentence(speaker: str, language: str | None) -> str:
    """'Le maire' as the source's sentence opened with it reads 'le maire' inside the
    brief's sentence ("Selon le maire"); a name or a title keeps its capital."""
    first = re.split(r"[\s'’]", speaker, maxsplit=1)[0]
    if first.casefold() in DETERMINERS.get(language or "", frozenset()):
        return speaker[:1].lower() + speaker[1:]
    return speaker


def _quoted_evidence(claim: Claim, articles: Mapping[str, Article],
                     language: str) -> Evidence | None:
    """The evidence to quote: one in the reader's language when there is one, the one
    the claim's frame was read from first (its reported words are that article's: a
    copy edited by one word elsewhere would lose them and leave a quoted phrase alone)."""
    framed = claim.frame.article_id if claim.frame is not None else None
    ordered = sorted(claim.sources, key=lambda e: e.article_id != framed)
    own = [e for e in ordered
           if e.article_id in articles and articles[e.article_id].language == language]
    return next(iter(own or ordered), None)


def quote_words(claim: Claim, evidence: Evidence) -> tuple[str, bool]:
    """(verbatim words, whether they stood inside quotation marks), shortened: the quoted
    words when there are any, else the whole reported sentence."""
    quoted = (claim.object_text or "").strip(_QUOTE_MARKS)
    match = _QUOTED.search(evidence.quote)
    # The reported words the extractor found ("Selon X, <these words>"), without the
    # attribution around them, when they are in the quoted evidence.
    content = claim.frame.content if claim.frame is not None else None
    reported = content.text.strip(_QUOTE_MARKS) if content is not None else ""
    if quoted and quoted in evidence.quote:
        words, direct = quoted, True
    elif reported and reported in evidence.quote:
        words, direct = reported, bool(match and reported in match.group(1))
    elif match:
        words, direct = match.group(1), True
    else:
        words, direct = evidence.quote, False
    tokens = words.strip(_QUOTE_MARKS).rstrip(",;:").split()
    if len(tokens) > MAX_QUOTE_WORDS:
        return " ".join(tokens[:MAX_QUOTE_WORDS]) + " …", direct
    return " ".join(tokens), direct
