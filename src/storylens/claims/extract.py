"""Turn one article into claims: figures, meetings and attributed statements, dated.

Each claim carries exactly one :class:`Evidence` whose quote is the exact slice of the
article text it rests on; merging across articles happens in a later stage.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left

from ..records import (
    Article,
    Claim,
    ClaimKind,
    Evidence,
    Frame,
    Mention,
    Sentence,
    Value,
    content_id,
)
from ..sentences import split_sentences
from .acts import Act, find_acts
from .dates import dates_in, parse_published
from .frames import SentenceContext, argument, kind_of_value, make_frame
from .layout import layout_numbers
from .lexicon_acts import ACT_VERBS
from .lines import headline_line, listing_start, stamped_entry
from .quantities import find_quantities
from .relations import find_meetings
from .remarks import one_wording_each
from .speaker_anaphora import MAX_SENTENCES_BACK, Recent, recent, resolve
from .speech import Attribution, find_attributions
from .text import claim_language, normalize_digits, trim_span

# Quote claims repeat the reported words in their statement; longer ones are cut here so
# a statement stays one readable line (the evidence quote keeps all of them).
MAX_STATEMENT_QUOTE = 240


def extract_claims(article: Article) -> list[Claim]:
    """Every claim of ``article``, each pointing at the exact words that state it.

    Work per sentence touches only that sentence (its digits normalised once for the
    whole article, its mentions found by bisection), so cost grows linearly with length.
    """
    text = article.text
    sentences = article.sentences or [Sentence(s, e) for s, e in split_sentences(text)]
    published = parse_published(article.published)
    norm = normalize_digits(text)
    mentions = sorted(article.mentions, key=lambda m: (m.start, m.end))
    starts = [m.start for m in mentions]
    layout = layout_numbers(norm)
    layout_starts = [s for s, _ in layout]
    claims: list[Claim] = []
    before: list[Recent] = []  # sentences read, for speakers named by a phrase pointing back
    listing = listing_start(text)  # other articles' headlines and snippets at the foot
    for sentence in sentences:
        if sentence.start >= listing:
            break
        numbered = layout[bisect_left(layout_starts, sentence.start):
                          bisect_left(layout_starts, sentence.end)]
        if not numbered and headline_line(text, sentence.start, sentence.end):
            continue  # a related article's headline or a subheading (a live blog's
            # numbered entry headlines are the blog's own): no sentence of the body
        if stamped_entry(text, sentence.start, sentence.end):
            continue  # another article's teaser, dated after its snippet
        lang = claim_language(sentence.language or article.language)
        inside = mentions[bisect_left(starts, sentence.start):bisect_left(starts, sentence.end)]
        speakers, resolved = resolve(
            text, find_attributions(text, lang, sentence.start, sentence.end, inside), before)
        before = [*before[-MAX_SENTENCES_BACK + 1:], recent(speakers, inside, resolved)]
        claims.extend(_sentence_claims(article, norm, sentence, lang, published, inside,
                                       numbered, speakers))
    claims.sort(key=lambda c: (c.sources[0].start, c.sources[0].end, c.kind, c.id))
    return one_wording_each(claims)


def _sentence_claims(article: Article, norm: str, sentence: Sentence, lang: str,
                     published: dt.date | None, mentions: list[Mention],
                     layout: list[tuple[int, int]], speakers: list[Attribution]) -> list[Claim]:
    text = article.text
    start, end = sentence.start, sentence.end
    dates = dates_in(norm, lang, published, start, end)
    said_by = speakers[0].speaker if speakers else None
    ctx = SentenceContext(article.id, text, lang, start, end, dates, mentions,
                          argument(text, speakers[0].start, speakers[0].end)
                          if speakers else None)
    claims: list[Claim] = []
    # Dates and the page's entry/item numbers hold no figure.
    excluded = [(d.start, d.end) for d in dates] + layout
    for q in find_quantities(text, lang, start, end, excluded, norm=norm):
        if q.value.type == "count":
            continue  # a head count with no event ("2,000 troops") tells a reader nothing
        kind = kind_of_value(q.value.type)
        frame = make_frame(ctx, kind, q.start, q.end,
                           figure=argument(text, *q.anchor), unit=q.value.unit)
        if kind == "casualties" and frame.modality == "planned":
            continue  # deaths feared, averted or hypothetical are no toll of what happened
        claims.append(_claim(
            article, "quantity", q.statement, "numbered", q.start, q.end,
            anchor=f"{q.value.type}:{q.anchor[0]}-{q.anchor[1]}", attributed_to=said_by,
            value=q.value, frame=frame,
        ))
    # A date is an argument of the claims around it (their ``when``), never a claim of its
    # own: "Something happened on DATE" told readers nothing and corroborated nothing.
    for meet in find_meetings(text, lang, start, end, mentions):
        q_start = min(meet.subject.start, meet.verb_start)
        q_end = max(meet.object.end, meet.verb_end)
        frame = make_frame(ctx, "meeting", q_start, q_end,
                           agent=argument(text, meet.subject.start, meet.subject.end),
                           participants=[argument(text, meet.object.start, meet.object.end)])
        statement, predicate = f"{meet.subject.text} met {meet.object.text}.", "met"
        if frame.modality == "planned":  # "rencontrera", "cancelled": not told as held
            statement = (f"{meet.subject.text} and {meet.object.text}: a meeting planned, "
                         "put off or called off, not told as held.")
            predicate = "meeting_planned"
        claim = _claim(
            article, "relation", statement, predicate,
            q_start, q_end, anchor=f"{meet.verb_start}-{meet.verb_end}",
            attributed_to=said_by, frame=frame,
        )
        _set_parties(claim, meet.subject, meet.object)
        claims.append(claim)
    for speaker in speakers:
        claims.append(_quote_claim(article, ctx, speaker))
    for act in find_acts(text, lang, start, end, mentions):
        claims.append(_act_claim(article, ctx, act))
    return claims


def _act_claim(article: Article, ctx: SentenceContext, act: Act) -> Claim:
    """A call, declaration, decision or stance: who, the act, and what it is about."""
    text = article.text
    who = text[act.subject[0]:act.subject[1]]
    about = " ".join(text[act.object[0]:act.object[1]].split())
    if len(about) > MAX_STATEMENT_QUOTE:
        about = about[:MAX_STATEMENT_QUOTE].rsplit(" ", 1)[0] + "…"
    frame = make_frame(ctx, act.kind, act.verb[0], act.object[1],
                       agent=argument(text, *act.subject))
    frame.content = argument(text, *act.object)
    claim = _claim(
        article, "event", f"{who} {ACT_VERBS[act.name or act.kind]}: {about}",
        act.name or act.kind,
        act.subject[0], act.object[1], anchor=f"{act.verb[0]}-{act.verb[1]}",
        attributed_to=ctx.speaker.text if ctx.speaker else None, frame=frame,
    )
    claim.subject_text = who
    claim.subject_span = act.subject
    return claim


def _quote_claim(article: Article, ctx: SentenceContext, speaker: Attribution) -> Claim:
    """A statement: the speaker and the words reported, never the whole sentence."""
    text = article.text
    said = speaker.content
    words_said = said.said(text)
    if len(words_said) > MAX_STATEMENT_QUOTE:
        words_said = words_said[:MAX_STATEMENT_QUOTE].rsplit(" ", 1)[0] + "…"
    statement = (f'{speaker.speaker} said: "{words_said}"' if said.direct
                 else f"According to {speaker.speaker}: {words_said}")
    # The evidence is the sentence (speaker, cue and words together, as a reader checks
    # them); the frame's content is the reported words alone.
    start, end = ctx.start, ctx.end
    who = argument(text, speaker.start, speaker.end)
    frame = make_frame(ctx, "statement", said.start, said.end, agent=who, attribution=who)
    frame.content = argument(text, said.start, said.end)
    claim = _claim(
        article, "quote", statement, "said", start, end,
        anchor=f"{speaker.cue_start}-{speaker.cue_end}", attributed_to=speaker.speaker,
        frame=frame,
    )
    claim.subject_text = speaker.speaker
    claim.subject_span = (speaker.start, speaker.end)
    return claim


def _claim(article: Article, kind: ClaimKind, statement: str, predicate: str, start: int,
           end: int, anchor: str, attributed_to: str | None, frame: Frame,
           value: Value | None = None) -> Claim:
    start, end = trim_span(article.text, start, end)
    evidence = Evidence(article.id, start, end, article.text[start:end], attributed_to)
    claim_id = content_id(article.id, kind, str(start), str(end), anchor, prefix="c")
    return Claim(id=claim_id, kind=kind, statement=statement, predicate=predicate,
                 value=value, when=frame.time_value, sources=[evidence], frame=frame)


def _set_parties(claim: Claim, subject: Mention, obj: Mention) -> None:
    claim.subject_text = subject.text
    claim.object_text = obj.text
    claim.subject_span = (subject.start, subject.end)
    claim.object_span = (obj.start, obj.end)
