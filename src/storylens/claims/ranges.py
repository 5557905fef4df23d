"""What a stated figure means as a range: "more than 1,000" is a floor, "about 50" a band.

Kept apart from the figure reader (:mod:`numbers`) because reconciling figures across
articles depends on these readings, not on how the figure was found.
"""

from __future__ import annotations

# "about N" is read as N +/- 10 %: reporters round to the nearest 10 % or so.
ABOUT_TOLERANCE = 0.1
# "nearly N" is just under N: within 10 % below it.
NEARLY_TOLERANCE = 0.1


def figure_range(modifier: str | None, value: float,
                 upper: float | None = None) -> tuple[float | None, float | None]:
    """The (low, high) a stated figure means; high None = no upper bound."""
    if modifier in ("more than", "at least"):
        # Reporters use "more than 1,000" for a floor, not for 1,001: keep the number.
        return value, None
    if modifier == "about":
        return round(value * (1 - ABOUT_TOLERANCE)), round(value * (1 + ABOUT_TOLERANCE))
    if modifier == "nearly":
        return round(value * (1 - NEARLY_TOLERANCE)), value
    if modifier in ("up to", "fewer than"):
        return 0, value
    if modifier == "between" and upper is not None:
        return value, upper
    return value, value
