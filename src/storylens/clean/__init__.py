"""Clean: turn a :class:`~storylens.records.RawDocument` into an :class:`Article`.

HTML goes through trafilatura (jusText and a plain-text pass as fallbacks); plain text,
usually a scraped page with its menus and comments still in, goes through a line-level
boilerplate remover that needs no markup. Everything cut is kept in ``Article.removed``.
"""

from __future__ import annotations

from ..config import Settings
from ..errors import ExtractionError, StorylensError, unexpected_reason
from ..records import Article, RawDocument
from ._fields import FIELD_LIMITS, clean_text_field, iso_published, language_code
from ._html import clean_html, domain_of
from ._lines import strong_kind
from ._link_notes import strip_link_notes
from ._plain import Cleaned, clean_plain
from ._repeated import cut_repeated
from ._versions import cut_repeated_versions

__all__ = ["clean_document", "cut_repeated", "strong_kind"]


def clean_document(raw: RawDocument, settings: Settings) -> Article:
    """Extract the article body and metadata; metadata given with the input wins."""
    language = language_code(raw.language_hint) or language_code(settings.lang_hint)
    try:
        if raw.format == "html":
            cleaned = clean_html(raw.content, raw.url, raw.title, language,
                                 settings.min_article_chars)
        else:
            cleaned = clean_plain(raw.content, raw.title)
            cleaned.outlet = cleaned.outlet or domain_of(raw.url)
    except StorylensError:
        raise
    except Exception as exc:  # an extractor's bug on odd markup: this item only
        raise ExtractionError(raw.source, unexpected_reason(exc)) from exc
    text, notes = strip_link_notes(cleaned.text.strip())
    # The id is the hash of the text before in-page copies are cut (as cut_repeated keeps
    # it too): dropping a copy changes no id, so stores and labels made before still match.
    whole = text.strip()
    text, copies = cut_repeated_versions(whole)
    text = text.strip()
    cleaned.removed += notes + copies
    if len(text) < settings.min_article_chars:
        found = f"only {len(text)} characters of article text" if text else "no article text"
        raise ExtractionError(
            raw.source,
            f"{found} after removing boilerplate (min_article_chars is "
            f"{settings.min_article_chars}); check that the file holds an article",
        )
    cleaned.published = cleaned.published or settings.published  # --published: a fallback
    return _article(raw, cleaned, text, language, settings.languages, whole)


def _article(raw: RawDocument, cleaned: Cleaned, text: str, language: str | None,
             languages: tuple[str, ...], identity: str) -> Article:
    """The Article record: input metadata first, then what cleaning found.

    Every metadata field is normalised here (ISO dates, one printable line of text), so no
    later stage and no report can meet a field that breaks the contract.
    """
    def pick(name: str, given: str | None, found: str | None) -> str | None:
        limit = FIELD_LIMITS[name]
        return clean_text_field(given, limit) or clean_text_field(found, limit)

    return Article(
        id=Article.make_id(identity),
        source=raw.source,
        text=text,
        outlet=pick("outlet", raw.outlet, cleaned.outlet),
        title=pick("title", _without_notes(raw.title), _without_notes(cleaned.title)),
        published=(iso_published(raw.published, languages)
                   or iso_published(cleaned.published, languages)),
        author=pick("author", raw.author, cleaned.author),
        removed=cleaned.removed,
        url=raw.url,
        language_hint=language,
    )


def _without_notes(title: str | None) -> str | None:
    """A title without link-language notes ("Mohamed Morsi [it] non è più …")."""
    return strip_link_notes(title)[0] if title else title
