"""Turn one article into claims: figures, dates, meetings and attributed statements.

Each claim carries exactly one :class:`Evidence` whose quote is the exact slice of the
article text it rests on; merging across articles happens in a later stage.
"""

from __future__ import annotations

import datetime as dt
import re

from ..records import (
    Article,
    Claim,
    ClaimKind,
    Evidence,
    Mention,
    Sentence,
    Value,
    content_id,
)
from ..sentences import split_sentences
from .dates import DateMention, find_dates, parse_published
from .quantities import find_quantities
from .relations import find_meetings
from .speech import Attribution, find_attributions
from .text import trim_span

# Quote claims repeat the sentence in their statement; longer ones are cut here so a
# statement stays one readable line (the evidence quote keeps the whole sentence).
MAX_STATEMENT_QUOTE = 240
# Words in quotation marks: what the speaker said verbatim.
_QUOTED = re.compile(r"[\"“«„]\s*([^\"“”«»„]{3,}?)\s*[\"”»“]")


def extract_claims(article: Article) -> list[Claim]:
    """Every claim of ``article``, each pointing at the exact words that state it."""
    text = article.text
    sentences = article.sentences or [Sentence(s, e) for s, e in split_sentences(text)]
    published = parse_published(article.published)
    claims: list[Claim] = []
    for sentence in sentences:
        lang = (sentence.language or article.language or "en").lower()[:2]
        claims.extend(_sentence_claims(article, sentence, lang, published))
    claims.sort(key=lambda c: (c.sources[0].start, c.sources[0].end, c.kind, c.id))
    return claims


def _sentence_claims(article: Article, sentence: Sentence, lang: str,
                     published: dt.date | None) -> list[Claim]:
    text = article.text
    start, end = sentence.start, sentence.end
    dates = find_dates(text, lang, published, start, end)
    speakers = find_attributions(text, lang, start, end, article.mentions)
    said_by = speakers[0].speaker if speakers else None
    claims: list[Claim] = []
    for q in find_quantities(text, lang, start, end, [(d.start, d.end) for d in dates]):
        claims.append(_claim(
            article, "quantity", q.statement, "numbered", q.start, q.end,
            anchor=f"{q.value.type}:{q.anchor[0]}-{q.anchor[1]}", attributed_to=said_by,
            value=q.value, when=_nearest_date(dates, q.start, q.end),
        ))
    for d in dates:
        surface = text[d.start:d.end]
        claims.append(_claim(
            article, "date", f'Something happened on {d.iso} (stated as "{surface}").',
            "dated", start, end, anchor=f"{d.start}-{d.end}", attributed_to=said_by,
            when=d.iso,
        ))
    for meet in find_meetings(text, lang, start, end, article.mentions):
        q_start = min(meet.subject.start, meet.verb_start)
        q_end = max(meet.object.end, meet.verb_end)
        claim = _claim(
            article, "relation", f"{meet.subject.text} met {meet.object.text}.", "met",
            q_start, q_end, anchor=f"{meet.verb_start}-{meet.verb_end}",
            attributed_to=said_by, when=_nearest_date(dates, q_start, q_end),
        )
        _set_parties(claim, meet.subject, meet.object)
        claims.append(claim)
    for speaker in speakers:
        claims.append(_quote_claim(article, speaker, start, end, dates))
    return claims


def _quote_claim(article: Article, speaker: Attribution, start: int, end: int,
                 dates: list[DateMention]) -> Claim:
    sentence = article.text[start:end]
    inner = _QUOTED.search(sentence)
    said = " ".join((inner.group(1) if inner else sentence).split()).rstrip(",")
    if len(said) > MAX_STATEMENT_QUOTE:
        said = said[:MAX_STATEMENT_QUOTE].rsplit(" ", 1)[0] + "…"
    statement = (f'{speaker.speaker} said: "{said}"' if inner
                 else f"According to {speaker.speaker}: {said}")
    claim = _claim(
        article, "quote", statement, "said", start, end,
        anchor=f"{speaker.cue_start}-{speaker.cue_end}", attributed_to=speaker.speaker,
        when=_nearest_date(dates, start, end),
    )
    claim.subject_text = speaker.speaker
    claim.subject_span = (speaker.start, speaker.end)
    return claim


def _claim(article: Article, kind: ClaimKind, statement: str, predicate: str, start: int,
           end: int, anchor: str, attributed_to: str | None, value: Value | None = None,
           when: str | None = None) -> Claim:
    start, end = trim_span(article.text, start, end)
    evidence = Evidence(article.id, start, end, article.text[start:end], attributed_to)
    claim_id = content_id(article.id, kind, str(start), str(end), anchor, prefix="c")
    return Claim(id=claim_id, kind=kind, statement=statement, predicate=predicate,
                 value=value, when=when, sources=[evidence])


def _set_parties(claim: Claim, subject: Mention, obj: Mention) -> None:
    claim.subject_text = subject.text
    claim.object_text = obj.text
    claim.subject_span = (subject.start, subject.end)
    claim.object_span = (obj.start, obj.end)


def _nearest_date(dates: list[DateMention], start: int, end: int) -> str | None:
    """The sentence's date closest to a claim's words, if the sentence states one."""
    if not dates:
        return None
    def distance(d: DateMention) -> int:
        return max(0, d.start - end, start - d.end)
    return min(dates, key=distance).iso
