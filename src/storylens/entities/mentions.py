"""Turn NER spans into :class:`Mention` records whose text is always the exact slice."""

from __future__ import annotations

import re

from ..clean._cap import chunks
from ..records import Article, Mention
from .ner import NER, NerSpan

# NER models see at most this many characters at once (cut at paragraph breaks): spaCy's
# and natasha's working memory grows with input length, so this bounds it whatever the
# article's size, while almost every news article (a few thousand characters) stays whole.
NER_CHUNK_CHARS = 20_000

# A leading English article is not part of the name ("the United Nations"); dropping it
# lets "the UN" and "UN" share one surface form.
_LEADING_ARTICLE = re.compile(r"(?:the|The|THE)\s+")
# A lower-case preposition a model sometimes keeps before a place ("l'ambassade de France"
# tagged "de France"): a place's name never starts with one, so it is cut. Person spans
# keep theirs ("de Gaulle", "al-Sissi" are names as written).
_PLACE_PREPOSITION = re.compile(
    r"(?:de|du|des|d[’']|of|di|del|della|dello|degli|dei|da|von|vom|zu|en|à|in|"
    # ... or a capitalised one opening a sentence ("À Bahreïn, ..."); not "A" ("A Coruña")
    # or "De" ("Des Moines"), which start names.
    r"À|Au|Aux|En|Dans|In|Nel|Nella|Im)(?:\s+|(?<=[’']))"
)
# A spaced dash never sits inside a name: "Chahine - Le Nouvel Observateur" is a byline's
# name and its paper, two things.
_SPACED_DASH = re.compile(r"\s+[-–—]\s+")
_PLACE_LABELS = frozenset({"GPE", "LOC"})
# A photo credit in brackets, names in capitals around a slash: "(JANE ROE / AFP)". The
# photographer and the agency are not actors of the story.
_BRACKETED_CREDIT = re.compile(r"\((?:[A-ZÀ-Þ][A-ZÀ-Þ.'’ -]*)\s*/\s*(?:[A-ZÀ-Þ][A-ZÀ-Þ.'’ -]*)\)")
# ... or a labelled one: "(Credit: Jane Roe / Agency)", "(Photo : Jean Dupont)", "(Foto: X)".
_LABELLED_CREDIT = re.compile(
    r"\((?:credits?|crédits?|crédito|photos?|fotos?|images?|imagen|bild|courtesy)\s*:"
    r"[^()\n]{1,80}\)", re.IGNORECASE)
# Punctuation models sometimes leave on a span's edges (quotes, commas, brackets).
_EDGE = " \t\r\n\u00a0.,;:!?\"'«»“”‘’()[]{}-–—"


def _mention(article: Article, span: NerSpan) -> Mention | None:
    text = article.text
    start, end = max(0, span.start), min(len(text), span.end)
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    newline = text.find("\n", start, end)
    if newline != -1:  # a name never spans lines: the model ran over a heading
        end = newline
        while end > start and text[end - 1] in _EDGE:
            end -= 1
    dash = _SPACED_DASH.search(text, start, end)
    if dash:
        end = dash.start()
    lead = _LEADING_ARTICLE.match(text, start, end)
    if lead and lead.end() < end:
        start = lead.end()
    lead = _PLACE_PREPOSITION.match(text, start, end) if span.label in _PLACE_LABELS else None
    if lead and lead.end() < end and text[lead.end()].isupper():
        start = lead.end()
    if end <= start or not any(ch.isalnum() for ch in text[start:end]):
        return None
    if text[start] == "@" or (start and text[start - 1] == "@"):
        return None  # a social-media handle ("@EidH") is an account, not a name
    return Mention(article.id, start, end, text[start:end], span.label)


def _fill(article: Article, spans: list[NerSpan]) -> Article:
    mentions: list[Mention] = []
    last_end = -1
    credits = [m.span() for pattern in (_BRACKETED_CREDIT, _LABELLED_CREDIT)
               for m in pattern.finditer(article.text)]
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        mention = _mention(article, span)
        if mention is None or mention.start < last_end:
            continue  # overlaps the previous mention: keep the earlier, longer one
        if any(start <= mention.start and mention.end <= end for start, end in credits):
            continue
        mentions.append(mention)
        last_end = mention.end
    article.mentions = mentions
    return article


def extract_mentions(article: Article, ner: NER) -> Article:
    """Fill ``article.mentions`` from one NER backend; offsets index ``article.text``."""
    return _fill(article, find_spans(ner, [article.text])[0])


def extract_mentions_batch(articles: list[Article], ner: NER) -> list[Article]:
    """Like :func:`extract_mentions` for many articles in one NER call (models batch)."""
    if not articles:
        return []
    found = find_spans(ner, [article.text for article in articles])
    return [_fill(article, spans) for article, spans in zip(articles, found, strict=True)]


def find_spans(ner: NER, texts: list[str], size: int = NER_CHUNK_CHARS) -> list[list[NerSpan]]:
    """``ner.find`` over texts cut into pieces of at most ``size`` characters.

    All pieces go to the backend in one call (it still batches); their spans are shifted
    back to offsets into the whole text, so callers never see the cut.
    """
    pieces: list[str] = []
    owners: list[tuple[int, int]] = []  # (text index, piece start) per piece
    for index, text in enumerate(texts):
        for start, end in chunks(text, size) or [(0, 0)]:
            pieces.append(text[start:end])
            owners.append((index, start))
    out: list[list[NerSpan]] = [[] for _ in texts]
    for (index, offset), spans in zip(owners, ner.find(pieces), strict=True):
        out[index].extend(NerSpan(s.start + offset, s.end + offset, s.label) for s in spans)
    return out
