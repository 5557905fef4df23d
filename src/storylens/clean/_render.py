"""HTML to lines of text, and the page-chrome blocks (menus, footers, comments) of a page."""

from __future__ import annotations

import re

from lxml import etree, html

from ..records import RemovedKind

_BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "br", "dd", "details", "div", "dl", "dt",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "td", "th",
    "tr", "ul", "button", "option",
})
_DROP = "//script | //style | //noscript | //template | //svg | //iframe | //select"
# Tag or ARIA role -> kind of chrome it holds. Headers and footers inside an <article>
# hold its title and byline, so only page-level ones count.
_TAG_KINDS: dict[str, RemovedKind] = {
    "nav": "navigation", "header": "navigation", "footer": "navigation", "aside": "related",
}
_ROLE_KINDS: dict[str, RemovedKind] = {
    "navigation": "navigation", "banner": "navigation", "contentinfo": "navigation",
    "complementary": "related",
}
# class / id words -> kind, matched as whole dash- or underscore-separated parts so that
# "commentary" (an opinion section) is not a comment block.
_CLASS_WORDS: tuple[tuple[str, RemovedKind], ...] = (
    ("comments?|comment-list|commentlist|disqus|respond|replies", "comment"),
    ("related|recommended|recommendations|more-stories|read-more|most-read|trending|"
     "teasers?", "related"),
    ("share|sharing|social|share-buttons|sharebar", "share"),
    ("cookies?|consent|gdpr|cmp", "cookie"),
    ("login|signin|sign-in|paywall|subscribe|register|account", "login"),
    ("author-bio|bio|about-author|author-box|authorbox", "author_bio"),
    ("menu|navbar|navigation|nav|breadcrumbs?|masthead|site-header|site-footer|footer|"
     "header|sidebar", "navigation"),
)
_CLASS_KINDS = tuple(
    (re.compile(rf"(?:^|[-_\s])(?:{words})(?:$|[-_\s])", re.IGNORECASE), kind)
    for words, kind in _CLASS_WORDS
)
_CONTAINERS = frozenset({"html", "body", "article", "main"})
# A breadcrumb trail is a handful of short links; an element with more text than this only
# carries "breadcrumb" in a wrapper's class (a page layout "has-breadcrumbs") and holds prose.
_MAX_CRUMB_CHARS = 300


def parse(page: str) -> html.HtmlElement | None:
    """Parse a page (encoding declarations and all), without scripts and styles."""
    try:
        root = html.document_fromstring(page.encode("utf-8"),
                                        parser=html.HTMLParser(encoding="utf-8"))
    except (etree.ParserError, ValueError):
        return None
    for node in root.xpath(_DROP):
        node.drop_tree()
    return root


def render_lines(element: html.HtmlElement) -> list[str]:
    """The text of an element, one line per block element, whitespace collapsed."""
    parts: list[str] = []
    for event, node in etree.iterwalk(element, events=("start", "end")):
        tag = node.tag if isinstance(node.tag, str) else ""
        if event == "start":
            if tag in _BLOCK_TAGS:
                parts.append("\n")
            if tag and node.text:
                parts.append(node.text)
        else:
            if tag in _BLOCK_TAGS:
                parts.append("\n")
            if node is not element and node.tail:
                parts.append(node.tail)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return [line for line in lines if line]


def chrome_blocks(root: html.HtmlElement) -> list[tuple[html.HtmlElement, RemovedKind]]:
    """Outermost page-chrome elements with the kind their tag, role or class suggests."""
    found: list[tuple[html.HtmlElement, RemovedKind]] = []
    chosen: set[html.HtmlElement] = set()
    for node in root.iter():
        if not isinstance(node.tag, str) or node.tag in _CONTAINERS:
            continue
        if any(ancestor in chosen for ancestor in node.iterancestors()):
            continue
        kind = _block_kind(node)
        if kind is not None:
            found.append((node, kind))
            chosen.add(node)
    return found


def breadcrumb_lines(root: html.HtmlElement) -> set[str]:
    """The lines of elements whose class or id says breadcrumb, wherever they sit."""
    found: set[str] = set()
    for node in root.iter():
        names = f"{node.get('class') or ''} {node.get('id') or ''}" if isinstance(
            node.tag, str) else ""
        if "breadcrumb" in names.lower():
            lines = render_lines(node)
            if sum(map(len, lines)) <= _MAX_CRUMB_CHARS:
                found.update(lines)
    return found


def _block_kind(node: html.HtmlElement) -> RemovedKind | None:
    """The chrome kind of one element, or None when it is not chrome."""
    tag = node.tag
    in_article = any(a.tag in ("article", "main") for a in node.iterancestors())
    if tag in _TAG_KINDS and not (tag in ("header", "footer") and in_article):
        return _TAG_KINDS[tag]
    role = (node.get("role") or "").lower()
    if role in _ROLE_KINDS:
        return _ROLE_KINDS[role]
    names = f"{node.get('class') or ''} {node.get('id') or ''}".strip()
    if not names:
        return None
    for pattern, kind in _CLASS_KINDS:
        if pattern.search(names):
            if kind == "navigation" and in_article and "breadcrumb" not in names:
                continue
            return kind
    return None
