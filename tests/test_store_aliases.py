"""Search uses entity aliases: one spelling finds every article that names the entity."""

from __future__ import annotations

from pathlib import Path

from storylens.records import Article, Entity, Mention, Report, Story
from storylens.store import open_store

TEXTS = ("Le maréchal Hiftir a parlé à Benghazi.", "Khalifa Haftar spoke in Benghazi.",
         "Haftarism is a word nobody uses; Hafter is unrelated here.")


def _report() -> Report:
    articles = [Article(Article.make_id(t), f"in/{i}.txt", t, language="fr" if i == 0 else "en",
                        story_id="s1") for i, t in enumerate(TEXTS)]
    hiftir = TEXTS[0].index("Hiftir")
    haftar = TEXTS[1].index("Khalifa Haftar")
    entity = Entity("e1", "Khalifa Haftar", "PERSON", ["Khalifa Haftar", "Hiftir"], [
        Mention(articles[0].id, hiftir, hiftir + 6, "Hiftir", "PERSON"),
        Mention(articles[1].id, haftar, haftar + 14, "Khalifa Haftar", "PERSON"),
    ])
    story = Story("s1", "Haftar speaks", [a.id for a in articles], languages=["en", "fr"],
                  entities=[entity])
    return Report({"name": "storylens", "version": "0.1.0", "models": {}}, articles, [story])


def test_search_for_one_spelling_finds_the_others(tmp_path: Path) -> None:
    report = _report()
    with open_store(tmp_path / "s.db") as store:
        store.save_run(report, {}, [])
        ids = [a.id for a in report.articles]
        assert {h["id"] for h in store.search("Hiftir")} == {ids[0], ids[1]}
        assert {h["id"] for h in store.search("khalifa haftar")} == {ids[0], ids[1]}
        # Not an alias of any entity: plain full-text search, nothing widened.
        assert {h["id"] for h in store.search("Hafter")} == {ids[2]}
        assert {h["id"] for h in store.search("Benghazi")} == {ids[0], ids[1]}
        assert store.search('Hiftir" OR "x') is not None
