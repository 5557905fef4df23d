"""Input-independent bounds on per-article work (issue 9, item 1): each bound can fail."""

from __future__ import annotations

import itertools
import json
import time
from pathlib import Path

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from storylens import Pipeline, load_settings
from storylens.clean._cap import cap_article, cap_point, chunks
from storylens.cli._summary import problem_line
from storylens.cluster.features import LEXICAL_CHARS, content_terms, text_figures
from storylens.embed import UseM3Embedder
from storylens.entities.mentions import find_spans
from storylens.entities.ner import NerSpan
from storylens.language import detect_article_language
from storylens.records import Article, Problem
from storylens.sentences import MAX_SENTENCE_CHARS, segment_article, split_sentences

_TEXTS = st.text(alphabet=st.sampled_from("ab .\n"), max_size=400)


@given(_TEXTS, st.integers(min_value=1, max_value=60))
def test_chunks_cover_the_text_in_order_within_the_size(text: str, size: int) -> None:
    pieces = chunks(text, size)
    assert "".join(text[s:e] for s, e in pieces) == text
    assert all(0 < e - s <= size for s, e in pieces)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(pieces))


@given(_TEXTS, st.integers(min_value=1, max_value=60))
def test_cap_point_keeps_at_least_half_and_at_most_the_limit(text: str, limit: int) -> None:
    cut = cap_point(text, limit)
    if len(text) <= limit:
        assert cut == len(text)
    else:
        assert limit // 2 <= cut <= limit


def _page(paragraphs: int) -> str:
    return "\n\n".join(f"Paragraph {i} says the council met on Monday." for i in range(paragraphs))


def test_oversized_article_is_capped_with_a_problem_line() -> None:
    article = Article(Article.make_id("x"), "feed.txt", _page(3000))
    message = cap_article(article, 10_000)
    assert message and "max_article_chars" in message and "kept the first" in message
    assert len(article.text) <= 10_000
    assert article.text.endswith("Monday.")  # cut at a paragraph break
    assert article.id == Article.make_id(article.text)
    assert cap_article(article, 10_000) is None  # now it fits


def test_pipeline_caps_a_feed_sized_input_and_keeps_going(tmp_path: Path) -> None:
    lines = [{"text": _page(1500), "url": "https://example.org/feed"},
             {"text": _page(5), "url": "https://example.org/story"}]
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    settings = load_settings({"max_article_chars": 20_000}, environ={})
    problems: list[Problem] = []
    articles = Pipeline(settings).read_articles([path], problems)
    assert len(articles) == 2
    assert max(len(a.text) for a in articles) <= 20_000
    capped = [p for p in problems if "max_article_chars" in p.message]
    assert len(capped) == 1 and capped[0].article_id in {a.id for a in articles}
    # The article is kept, so the CLI line calls it a note, never "skipped".
    assert problem_line(capped[0]).startswith("[yellow]note[/]")


class _RecordingNER:
    """Marks every 'Zorblat' and records how long each text it was given is."""

    name = "recording"

    def __init__(self) -> None:
        self.lengths: list[int] = []

    def find(self, texts: list[str]) -> list[list[NerSpan]]:
        self.lengths.extend(len(t) for t in texts)
        out = []
        for text in texts:
            spans, at = [], text.find("Zorblat")
            while at != -1:
                spans.append(NerSpan(at, at + 7, "PERSON"))
                at = text.find("Zorblat", at + 1)
            out.append(spans)
        return out


def test_ner_sees_bounded_pieces_and_offsets_map_back() -> None:
    text = "\n\n".join(f"Item {i}: Zorblat spoke." for i in range(2000))
    ner = _RecordingNER()
    (spans,) = find_spans(ner, [text], size=1_000)
    assert max(ner.lengths) <= 1_000
    assert len(spans) == 2000
    assert all(text[s.start:s.end] == "Zorblat" for s in spans)
    # An empty text is still one (empty) answer, so batches stay aligned.
    assert find_spans(ner, ["", "Zorblat"]) == [[], [NerSpan(0, 7, "PERSON")]]


def test_a_sentence_without_punctuation_is_cut_to_the_bound() -> None:
    text = "word " * 5_000 + "end."
    spans = split_sentences(text)
    assert max(e - s for s, e in spans) <= MAX_SENTENCE_CHARS
    assert "".join(text[s:e] for s, e in spans).replace(" ", "") == text.replace(" ", "")


def test_sentence_splitting_is_linear_in_a_run_of_abbreviations() -> None:
    def seconds(n: int) -> float:
        text = "a. b. c. d. " * n
        started = time.perf_counter()
        split_sentences(text)
        return time.perf_counter() - started

    small, large = seconds(2_000), seconds(16_000)
    # 8x the text: linear is ~8x; the old splitter re-read the whole run at every period (~64x).
    assert large < 20 * max(small, 1e-3)


def test_abbreviation_window_does_not_see_a_cut_word_as_an_abbreviation() -> None:
    text = "Thisisaverylongtokenthatendsinmr. Next sentence here."
    assert len(split_sentences(text)) == 2
    assert len(split_sentences("Ask Mr. Smith now. Then go.")) == 2


class _ByParagraph:
    """A detector that reads the language off the paragraph's first word."""

    name = "fake"

    def detect(self, text: str) -> str | None:
        return text.split()[0] if text.split() else None

    def best_guess(self, text: str) -> str | None:
        return None


def test_sentence_languages_follow_their_paragraphs_on_a_long_text() -> None:
    paragraphs = [f"{'fr' if i % 3 else 'en'} one sentence here. another one too."
                  for i in range(3000)]
    article = Article("a1", "s", "\n\n".join(paragraphs))
    segment_article(article)
    started = time.perf_counter()
    detect_article_language(article, _ByParagraph())
    assert time.perf_counter() - started < 5.0  # quadratic matching took far longer
    assert article.language == "fr"
    for sentence in article.sentences:
        gap = article.text.rfind("\n\n", 0, sentence.start)
        paragraph_start = gap + 2 if gap >= 0 else 0
        assert sentence.language == article.text[paragraph_start:paragraph_start + 2]


def test_cluster_features_read_only_the_head_of_a_long_text() -> None:
    head = "The council met in Cairo on Monday. " * 100
    tail = " Zorblatville reported 987654 visitors." * 1000
    assert len(head) >= LEXICAL_CHARS  # the tail lies wholly past the bound
    terms = content_terms(head + tail)
    assert not any(term.startswith("zorbl") for term in terms)
    assert "987654" not in text_figures(head + tail)
    assert "987654" in text_figures(tail)  # the same words are read when in the head


class _LengthModel:
    def __init__(self) -> None:
        self.lengths: list[int] = []

    def encode(self, texts: list[str]) -> np.ndarray:
        self.lengths.extend(len(t) for t in texts)
        return np.ones((len(texts), UseM3Embedder.dim), dtype=np.float32)


def test_the_article_embedder_sees_a_bounded_prefix() -> None:
    embedder = object.__new__(UseM3Embedder)  # no model load: only the clipping is tested
    model = _LengthModel()
    embedder._model = model
    embedder.embed(["word " * 100_000, "short"])
    assert model.lengths == [UseM3Embedder.max_chars, 5]


def test_ner_runs_in_one_process_unless_asked() -> None:
    """Forked NER workers copy a parent that holds the whole batch (the 2 GB bound of
    docs/reliability.md was passed with two): one process is the default, more on request."""
    from storylens.config import Settings
    from storylens.resources import Resources

    default = Resources(Settings()).ner_for("en")
    assert getattr(default, "processes", None) == 1
    wider = Resources(Settings(ner_processes=2)).ner_for("en")
    assert getattr(wider, "processes", None) == 2
