"""The English sentence a count claim shows a reader, built only from its figure."""

from __future__ import annotations

from ..records import Value
from .numbers import Figure

_SINGULAR = {"people": "person", "children": "child", "women": "woman", "families": "family"}
_VERBS = {
    "killed": "were killed", "injured": "were injured", "displaced": "were displaced",
    "evacuated": "were evacuated", "missing": "are missing", "arrested": "were arrested",
    "rescued": "were rescued",
}


def _fmt(number: float | None) -> str:
    if number is None:
        return "?"
    return f"{number:,.0f}" if float(number).is_integer() else f"{number:,}"


def describe(value: Value, fig: Figure) -> str:
    """An English sentence built only from the figure: "More than 1,000 people were killed."""
    mod = value.modifier
    if fig.nominal is None:
        amount = f"{mod} of"
    elif mod == "between":
        amount = f"between {_fmt(fig.nominal)} and {_fmt(fig.nominal_high)}"
    elif mod == "at least" and fig.approximate:
        amount = f"at least about {_fmt(fig.nominal)}"  # "au moins une dizaine"
    elif mod:
        amount = f"{mod} {_fmt(fig.nominal)}"
    else:
        amount = _fmt(fig.nominal)
    single = mod is None and fig.nominal == 1
    unit = _SINGULAR.get(value.unit, value.unit.rstrip("s")) if single else value.unit
    if value.type == "count":
        sentence = f"The figure given is {amount} {unit}."
    elif value.type == "casualties":
        sentence = f"{amount} {unit} {'was a casualty' if single else 'were casualties'}."
    else:
        verb = _VERBS.get(value.type, "were affected")
        if single:
            verb = verb.replace("were", "was").replace("are", "is")
        sentence = f"{amount} {unit} {verb}."
    return sentence[0].upper() + sentence[1:]
