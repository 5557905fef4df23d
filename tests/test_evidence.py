from storylens.evidence import drop_ungrounded, fallback_title
from storylens.records import Article, Claim, Evidence, Mention

TEXT = "Rescuers found 12 survivors in Taroudant on Sunday."


def _article() -> Article:
    article = Article(id="a1", source="x.txt", text=TEXT)
    good = Evidence("a1", 15, 27, TEXT[15:27])
    shifted = Evidence("a1", 16, 28, TEXT[15:27])
    article.claims = [
        Claim(id="c1", kind="quantity", statement="12 people were rescued.", predicate="rescued",
              sources=[good]),
        Claim(id="c2", kind="quantity", statement="shifted", predicate="rescued",
              sources=[shifted]),
    ]
    article.mentions = [Mention("a1", 31, 40, "Taroudant"), Mention("a1", 30, 40, "Taroudant")]
    return article


def test_claims_and_mentions_off_their_words_are_dropped_with_a_message() -> None:
    article = _article()
    messages = drop_ungrounded(article)
    assert [c.id for c in article.claims] == ["c1"]
    assert [(m.start, m.end) for m in article.mentions] == [(31, 40)]
    assert len(messages) == 2 and any("shifted" in m for m in messages)


def test_fallback_title_is_verbatim_first_line() -> None:
    assert fallback_title("Short first line\nBody text.") == "Short first line"
    long_line = "word " * 60
    title = fallback_title(long_line)
    assert long_line.startswith(title) and len(title) <= 120
