"""Main text of a web page with trafilatura; jusText, then the plain-text cleaner, as fallbacks."""

from __future__ import annotations

import re
import unicodedata
from typing import Any
from urllib.parse import urlsplit

from lxml import etree

from ..records import Removed
from ._filter import filter_paragraphs
from ._lines import SHORT_LINE, is_prose, label_lines, strong_kind
from ._meta import byline_author, date_line
from ._plain import Cleaned, clean_plain
from ._render import breadcrumb_lines, chrome_blocks, parse, render_lines

# jusText judges paragraphs by their share of stop words, so it needs the language's list.
_JUSTEXT_STOPLISTS = {
    "en": "English", "fr": "French", "es": "Spanish", "de": "German", "it": "Italian",
    "ar": "Arabic", "ru": "Russian", "pt": "Portuguese", "nl": "Dutch", "pl": "Polish",
    "tr": "Turkish", "uk": "Ukrainian", "cs": "Czech", "ro": "Romanian", "sv": "Swedish",
    "el": "Greek", "fa": "Persian", "he": "Hebrew",
}
# Without a language hint, jusText gets the union of our main languages' stop words.
_DEFAULT_STOPLISTS = ("English", "French", "Spanish", "German", "Italian", "Arabic", "Russian")
# A title, byline or date line that trafilatura leaves at the top is metadata, not text;
# it is never further down than this.
_MAX_LEADING_META = 3
# Breadcrumbs: "Accueil > Monde > Afrique", short items between arrows or slashes.
_CRUMB_SPLIT = re.compile(r"\s*(?:>|›|»|→|/|\\)\s*")
_MAX_CRUMB_ITEM_WORDS = 4
# Section labels above a headline ("Afrique", "Séisme") are one or two words.
_MAX_KICKER_WORDS = 2


def clean_html(page: str, url: str | None, title_hint: str | None, language: str | None,
               min_chars: int) -> Cleaned:
    """Main text, metadata and cut chrome of one page."""
    document = _trafilatura(page, url)
    meta: dict[str, Any] = {} if document is None else document
    root = parse(page)
    title = title_hint or meta.get("title") or _page_title(root)
    crumbs = set() if root is None else breadcrumb_lines(root)
    paragraphs, cut = _strip_leading_meta(_lines(meta.get("text")), title, crumbs)
    if len("\n\n".join(paragraphs)) < min_chars:
        paragraphs, cut = _strip_leading_meta(_justext(page, language), title, crumbs)
    if len("\n\n".join(paragraphs)) < min_chars and root is not None:
        plain = clean_plain("\n".join(render_lines(root)), title)
        if len(plain.text) > len("\n\n".join(paragraphs)):
            plain.title = title or plain.title
            plain.author = meta.get("author") or plain.author
            plain.published = meta.get("date") or plain.published
            plain.outlet = site_name(root, meta.get("sitename"), url) or plain.outlet \
                or domain_of(url)
            return plain
    paragraphs, filtered = filter_paragraphs(paragraphs)
    text = "\n\n".join(paragraphs)
    removed = _removed(root, set(paragraphs), title, meta.get("comments"), cut, filtered)
    return Cleaned(
        text=text, removed=removed, title=title, author=meta.get("author") or None,
        published=meta.get("date") or None,
        outlet=site_name(root, meta.get("sitename"), url) or domain_of(url),
    )


def _trafilatura(page: str, url: str | None) -> dict[str, Any] | None:
    """trafilatura's main text, comments and metadata, or None when it finds nothing."""
    import trafilatura

    document = trafilatura.bare_extraction(
        page, url=url, with_metadata=True, include_comments=True, include_tables=True,
        include_images=False, include_links=False, deduplicate=False,
    )
    if document is None:
        return None
    data = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    return {key: data.get(key) for key in ("text", "comments", "title", "author", "date",
                                           "sitename", "hostname")}


# A company's legal form closing a publisher's name ("Ediciones EL PAÍS S.L.", "Foo GmbH"):
# the reader knows the masthead, not the company.
_LEGAL_FORM = re.compile(r"[\s,]+(?:S\.?L\.?U?|S\.?A\.?S?|S\.?p\.?A\.?|S\.?r\.?l\.?|SARL|GmbH|"
                         r"AG|Ltd\.?|Limited|LLC|Inc\.?|Corp\.?|plc|B\.?V\.?)\s*$", re.IGNORECASE)
_MAX_SITE_NAME = 60


def site_name(root: Any, found: str | None, url: str | None = None) -> str | None:
    """The outlet as its masthead: the page's own ``og:site_name`` first ("EL PAÍS"), then
    trafilatura's site name (which may come from the publisher's company record or a
    social handle) without a legal form, and a handle "Handelsblatt_De" as its longest
    part. Where ``og:site_name`` holds a section ("U.S." on a reuters.com page) and the
    publisher's name is the one the page's address spells, the publisher's name wins."""
    masthead = None
    if root is not None:
        for value in root.xpath("//meta[@property='og:site_name']/@content"):
            name = " ".join(str(value).split())
            if name and len(name) <= _MAX_SITE_NAME and "://" not in name:
                masthead = name
                break
    publisher = None
    if found:
        publisher = _LEGAL_FORM.sub("", " ".join(found.split())) or found
        if "_" in publisher and " " not in publisher:
            publisher = max(publisher.split("_"), key=len)
    if masthead and publisher:
        host = domain_of(url or _page_url(root)) or ""
        label = _letters(host.rsplit(".", 2)[-2] if host.count(".") >= 1 else host)
        if len(label) >= 3 and not _spells(masthead, label) and _spells(publisher, label):
            return publisher
    return masthead or publisher


def _letters(text: str) -> str:
    """Lower-case letters and digits without accents: "EL PAÍS" -> "elpais"."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in folded if c.isalnum() and not unicodedata.combining(c))


def _spells(name: str, label: str) -> bool:
    """Whether a name and a domain's label spell one another ("EL PAÍS" / elpais)."""
    letters = _letters(name)
    return len(letters) >= 3 and (letters in label or label in letters)


def _page_url(root: Any) -> str | None:
    """The page's own address from its canonical link or ``og:url``."""
    if root is None:
        return None
    for xpath in ("//link[@rel='canonical']/@href", "//meta[@property='og:url']/@content"):
        for value in root.xpath(xpath):
            if "://" in str(value):
                return str(value)
    return None


def _page_title(root: Any) -> str | None:
    """The page's own title when trafilatura gave none: og:title, the first <h1>, <title>."""
    if root is None:
        return None
    for xpath in ("//meta[@property='og:title']/@content", "//h1", "//title"):
        for found in root.xpath(xpath):
            text = " ".join((found if isinstance(found, str) else found.text_content()).split())
            if text:
                return text
    return None


def _justext(page: str, language: str | None) -> list[str]:
    """Paragraphs jusText keeps, for pages trafilatura finds nothing in."""
    import justext

    names = [_JUSTEXT_STOPLISTS[language]] if language in _JUSTEXT_STOPLISTS else list(
        _DEFAULT_STOPLISTS)
    stoplist = frozenset().union(*(justext.get_stoplist(name) for name in names))
    try:
        paragraphs = justext.justext(page.encode("utf-8"), stoplist, encoding="utf-8")
    except (justext.core.JustextError, etree.ParserError, ValueError):
        return []  # a page jusText cannot parse: the plain-text pass still gets a try
    return [" ".join(p.text.split()) for p in paragraphs if not p.is_boilerplate and p.text]


def _lines(text: Any) -> list[str]:
    """trafilatura's text, one paragraph per line, as a list of non-empty paragraphs."""
    if not isinstance(text, str):
        return []
    return [line.strip() for line in text.split("\n") if line.strip()]


def _strip_leading_meta(paragraphs: list[str], title: str | None, crumbs: set[str]
                        ) -> tuple[list[str], list[str]]:
    """Drop the breadcrumbs, title, byline and date lines that open the text; the
    breadcrumbs come back as the second list (they are cut chrome, the rest metadata)."""
    wanted = " ".join(title.split()).casefold() if title else None

    def is_title(line: str) -> bool:
        return wanted is not None and " ".join(line.split()).casefold() == wanted

    reach = _MAX_LEADING_META + 2
    title_at = next((i for i, line in enumerate(paragraphs[:reach]) if is_title(line)), None)
    cut: list[str] = []
    for index, line in enumerate(paragraphs[:reach]):
        kicker = title_at is not None and index < title_at and _is_kicker(line)
        if not (line in crumbs or is_breadcrumb(line) or kicker):
            break
        cut.append(line)
    paragraphs = paragraphs[len(cut):]
    for _ in range(_MAX_LEADING_META):
        if not paragraphs:
            break
        first = paragraphs[0]
        if is_title(first) or byline_author(first) or date_line(first):
            paragraphs = paragraphs[1:]
        else:
            break
    return paragraphs, cut


def is_breadcrumb(line: str) -> bool:
    """A trail of short items between arrows or slashes, or a line of menu words."""
    tag = strong_kind(line)
    if tag is not None:
        return tag.kind == "navigation"
    items = [item for item in _CRUMB_SPLIT.split(line) if item]
    return len(items) >= 2 and not is_prose(line) and all(
        len(item.split()) <= _MAX_CRUMB_ITEM_WORDS and len(item) < SHORT_LINE
        for item in items)


def _is_kicker(line: str) -> bool:
    """A one- or two-word section label right above the headline ("Afrique", "Séisme")."""
    return len(line.split()) <= _MAX_KICKER_WORDS and len(line) < SHORT_LINE and not (
        line.rstrip().endswith((".", "!", "?", "…")))


def _removed(root: Any, kept: set[str], title: str | None, comments: Any,
             crumbs: list[str], filtered: list[Removed]) -> list[Removed]:
    """What trafilatura dropped, where it is cheap to tell: the page's chrome blocks, the
    breadcrumbs cut from the top of its text and the chrome lines filtered out of it."""
    removed: list[Removed] = [Removed(text="\n".join(crumbs), kind="navigation")] if (
        crumbs) else []
    removed.extend(filtered)
    seen: set[str] = set(kept) | set(crumbs)
    seen.update(line for block in filtered for line in block.text.split("\n"))
    if title:
        seen.add(" ".join(title.split()))
    has_comments = False
    for block, hint in ([] if root is None else chrome_blocks(root)):
        # Bylines and date lines are metadata, except in comments ("Sam says: May 3, ...").
        lines = [line for line in render_lines(block) if line not in seen and (
            hint == "comment" or not (byline_author(line) or date_line(line)))]
        if not lines:
            continue
        seen.update(lines)
        has_comments = has_comments or hint == "comment"
        for line, kind in zip(lines, label_lines(lines, hint), strict=True):
            if removed and removed[-1].kind == kind:
                removed[-1].text += "\n" + line
            else:
                removed.append(Removed(text=line, kind=kind))
    if not has_comments and isinstance(comments, str) and comments.strip():
        removed.append(Removed(text=comments.strip(), kind="comment"))
    if root is not None and crumbs:
        # Page order: the breadcrumbs sit under the header menus, not before them.
        order: dict[str, int] = {}
        for index, line in enumerate(render_lines(root)):
            order.setdefault(line, index)
        removed.sort(key=lambda block: order.get(block.text.split("\n")[0], len(order)))
    return removed


def domain_of(url: str | None) -> str | None:
    """The host of a URL without "www.", as the outlet of last resort."""
    if not url:
        return None
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:  # "http://[broken/": a feed's link is input like any other
        return None
    return host.removeprefix("www.") or None
