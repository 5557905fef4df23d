"""The trafilatura evaluation set: pages, a fixed dev/test split, snippet scoring, systems.

Read at run time from ``../shared/data/trafilatura-eval``; nothing from it enters the project.
Scoring follows trafilatura's ``tests/comparison.py``: each ``with`` snippet found in the
output is a true positive (missing: false negative), each ``without`` snippet found is a
false positive (absent: true negative); counts are summed over all pages.
"""

from __future__ import annotations

import hashlib
import html
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "trafilatura-eval"
# Tuning uses only the dev split: the URL's SHA-1 decides, so the split never changes.
TUNING_SPLIT = "dev"


@dataclass(frozen=True)
class Page:
    """One evaluation page, decoded, with the snippets its extraction must (not) contain."""

    url: str
    html: str
    with_: tuple[str, ...]
    without: tuple[str, ...]
    split: str


@dataclass
class Score:
    """Snippet counts of one system, summed over pages."""

    tp: int = 0
    fn: int = 0
    fp: int = 0
    tn: int = 0

    def add(self, output: str | None, page: Page) -> None:
        """Count one page's snippets against one output (None counts as empty)."""
        text = output or ""
        for snippet in page.with_:
            if text and snippet in text:
                self.tp += 1
            else:
                self.fn += 1
        for snippet in page.without:
            if text and snippet in text:
                self.fp += 1
            else:
                self.tn += 1

    def prf(self) -> tuple[float, float, float]:
        """Precision, recall and F1 (0 where undefined)."""
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1


def split_of(url: str) -> str:
    """dev or test, 50/50 by the first byte of the URL's SHA-1."""
    return "dev" if hashlib.sha1(url.encode("utf-8")).digest()[0] % 2 == 0 else "test"


def load_pages(folder: Path, split: str, limit: int | None) -> list[Page]:
    """The pages of one split (or all), in URL order, decoded the way trafilatura decodes."""
    from trafilatura.utils import decode_file

    if not (folder / "evaldata.json").is_file():
        sys.exit(f"no evaluation set at {folder} (expected evaldata.json there)")
    data = json.loads((folder / "evaldata.json").read_text(encoding="utf-8"))
    pages: list[Page] = []
    for url in sorted(data):
        item = data[url]
        part = split_of(url)
        if split != "all" and part != split:
            continue
        path = folder / "cache" / item["file"]
        if not path.is_file():
            path = folder / "eval" / item["file"]
        if not path.is_file():
            continue
        pages.append(Page(url, decode_file(path.read_bytes()), tuple(item["with"]),
                          tuple(item["without"]), part))
        if limit is not None and len(pages) >= limit:
            break
    return pages


# ---- HTML extractors: page -> text ---------------------------------------------------

def storylens_html(page: Page) -> str:
    """storylens's HTML path, as the pipeline calls it."""
    return _storylens(page, "html", page.html)


def _storylens(page: Page, fmt: str, content: str) -> str:
    """clean_document on one input; a page it rejects yields no text."""
    from storylens.clean import clean_document
    from storylens.config import Settings
    from storylens.errors import ExtractionError
    from storylens.records import RawDocument

    raw = RawDocument(source=page.url, format=fmt, content=content,  # type: ignore[arg-type]
                      url=page.url)
    try:
        return clean_document(raw, Settings()).text
    except ExtractionError:
        return ""


def trafilatura_with(favor_precision: bool = False, favor_recall: bool = False
                     ) -> Callable[[Page], str]:
    """trafilatura's plain extract, default or favouring precision or recall."""
    import trafilatura

    def run(page: Page) -> str:
        return trafilatura.extract(page.html, url=page.url, favor_precision=favor_precision,
                                   favor_recall=favor_recall) or ""

    return run


def readability(page: Page) -> str:
    """readability-lxml's summary, rendered to text."""
    from lxml import html as lxml_html
    from readability import Document

    try:
        summary = Document(page.html).summary(html_partial=True)
        return lxml_html.fromstring(summary).text_content()
    except Exception:  # readability raises bare Unparseable and lxml errors alike
        return ""


def justext_default(page: Page) -> str:
    """jusText with the German stop list (most pages are German; its usual setup)."""
    import justext

    try:
        paragraphs = justext.justext(page.html.encode("utf-8"), justext.get_stoplist("German"),
                                     encoding="utf-8")
    except Exception:  # jusText raises parser and encoding errors of several types
        return ""
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)


# ---- Plain-text variant: page rendered with all its boilerplate ------------------------

def render_inscriptis(page: Page) -> str:
    """The page as inscriptis lays it out (layout-aware, tables kept)."""
    import inscriptis

    try:
        return inscriptis.get_text(page.html)
    except Exception:  # inscriptis fails on a few malformed pages
        return ""


def render_html2text(page: Page) -> str:
    """The page as html2text renders it, links and images dropped, no hard wrapping."""
    import html2text

    converter = html2text.HTML2Text()
    converter.ignore_links = True
    converter.ignore_images = True
    converter.body_width = 0
    try:
        return converter.handle(page.html)
    except Exception:  # html2text's parser chokes on a few pages
        return ""


def storylens_text(page: Page, text: str) -> str:
    """storylens's plain-text cleaner on a rendered page."""
    return _storylens(page, "text", text)


def trafilatura_text(page: Page, text: str) -> str:
    """trafilatura on the text wrapped minimally: each non-empty line becomes one <p>."""
    import trafilatura

    body = "".join(f"<p>{html.escape(line.strip())}</p>\n" for line in text.split("\n")
                   if line.strip())
    return trafilatura.extract(f"<html><body>{body}</body></html>", url=page.url) or ""
