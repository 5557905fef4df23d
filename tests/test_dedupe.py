from storylens.dedupe import mark_duplicates
from storylens.records import Article

WIRE = (
    "Rescue teams worked through the night in the mountain villages after the earthquake "
    "struck on Saturday evening, officials said. The regional governor said that at least "
    "300 homes had collapsed and that the road to the valley was blocked by rockfalls. "
    "Aid convoys left the capital on Sunday morning with tents, blankets and water."
)


def _article(text: str, published: str | None = None) -> Article:
    return Article(id=Article.make_id(text), source="x", text=text, published=published)


def test_copy_with_new_masthead_points_at_earliest_original() -> None:
    original = _article(WIRE, "2026-03-14")
    copy = _article("From our wire service. " + WIRE.replace("Sunday", "Sunday."), "2026-03-15")
    other = _article(
        "The central bank left its main interest rate unchanged on Thursday, citing slower "
        "inflation and a weaker labour market, and said it would watch the data closely."
    )
    mark_duplicates([copy, other, original], threshold=0.6)
    assert copy.duplicate_of == original.id
    assert original.duplicate_of is None
    assert other.duplicate_of is None


def test_rewritten_story_on_same_event_is_not_a_copy() -> None:
    a = _article(WIRE)
    b = _article(
        "Villagers dug through rubble with their hands as the death toll rose. The governor "
        "spoke of hundreds of destroyed houses; convoys with tents were expected on Sunday."
    )
    mark_duplicates([a, b], threshold=0.6)
    assert a.duplicate_of is None and b.duplicate_of is None
