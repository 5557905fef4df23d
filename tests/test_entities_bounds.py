"""Entity merging stays bounded in time and memory whatever the mention text looks like."""

from __future__ import annotations

import random
import string
import time
import tracemalloc

from storylens.entities import merge_entities
from storylens.entities.merge import MAX_DELETION_TOKEN, _deletions
from storylens.records import Article, Mention


def _article_with(names: list[str]) -> Article:
    text = " . ".join(names)
    doc = Article(id=Article.make_id(text), source="x.txt", text=text, language="en")
    cursor = 0
    for name in names:
        start = text.index(name, cursor)
        doc.mentions.append(Mention(doc.id, start, start + len(name), name, "PERSON"))
        cursor = start + len(name)
    return doc


def test_deletion_neighbourhood_has_an_input_independent_bound() -> None:
    # Before the bound, 60 letters meant depth 12: C(60, 12) strings.
    assert _deletions("a" * 60 + "b", 12) == {"a" * 60 + "b"}
    word = "abcdefghijklmnopqrstuvwx"[:MAX_DELETION_TOKEN]
    assert len(_deletions(word, 50)) <= 1 + len(word) + len(word) ** 2


def test_one_sixty_letter_token_merges_fast_with_little_memory() -> None:
    long_token = "Abcdefghij" * 6
    # Warm-up: the first call imports spaCy's stop-word lists (seconds, not what is measured).
    merge_entities([_article_with(["Khalifa Haftar", "Haftar"])])
    tracemalloc.start()
    started = time.perf_counter()
    entities = merge_entities([_article_with([long_token, "Khalifa Haftar", "Haftar"])])
    elapsed = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert elapsed < 2.0
    assert peak < 50 * 2**20
    assert any(e.name == "Khalifa Haftar" for e in entities)


def test_hundreds_of_long_tokens_stay_bounded() -> None:
    rng = random.Random(7)
    names = [
        "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(15, 60))).title()
        for _ in range(400)
    ]
    tracemalloc.start()
    started = time.perf_counter()
    entities = merge_entities([_article_with(names)])
    elapsed = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert elapsed < 20.0
    assert peak < 300 * 2**20
    assert len(entities) >= 390  # random strings are not spellings of each other
