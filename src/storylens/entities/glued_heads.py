"""A person's full name with a body's or a place's words run on before it.

Models often keep the words before a name inside its span when they are capitalised:
"presidente del Consiglio Silvio Berlusconi", "ministro della Difesa Ignazio La Russa",
"presidente degli Stati Uniti Barack Obama", "Cia Leon Panetta". The span is then a form
of its own and the reader sees the person twice. The wrapped-names rule (:mod:`.wrapped`)
takes only words the story writes in lower case; these heads are capitalised names.

The method: a form whose words end with another form of the story that is a person's
full name - typed PERSON over the entity, opening with a known given name - is that
person when none of the words before it is a given name ("Anna Maria Ferri" is not
"Maria Ferri"), nor a word of belonging ("Gobierno de Bachar el Asad" names a government,
not the person). A word the given-name list knows but the story also writes in lower case
("consiglio": the list holds rare names) is a common word there, not a given name, and
a known place is a place ("Stati Uniti"). Needs the given-name list; without it nothing
is joined. Risk: a street or a building named after a person ("Via Giuseppe Verdi")
joins the person when the story names both.
"""

from __future__ import annotations

from collections.abc import Callable

from .given_names import GivenNameTest
from .merge import Clusters
from .openers import OWNER_WORDS

_NAMES = frozenset({"PERSON", "OTHER"})


def join_glued_heads(clusters: Clusters, is_given: GivenNameTest | None,
                     is_common: Callable[[str], bool],
                     is_place: Callable[[tuple[str, ...]], bool]) -> None:
    """Join each form that is a person's full name after glued words (see the module
    docstring) to that person, recording the words cut. ``is_common``: whether the story
    writes a word in lower case; ``is_place``: whether words name a known place (a head
    "Stati Uniti" is a place even though the list knows "Stati" as a given name)."""
    if is_given is None:
        return
    forms = clusters.forms
    by_key = {form.key: j for j, form in enumerate(forms)}
    for i, form in enumerate(forms):
        for cut in range(1, len(form.key) - 1):
            head, tail = form.key[:cut], form.key[cut:]
            j = by_key.get(tail)
            if j is None or clusters.find(i) == clusters.find(j) \
                    or clusters.type_of(j) != "PERSON" or clusters.type_of(i) not in _NAMES \
                    or not is_given(tail[0]) or head[-1] in OWNER_WORDS \
                    or (any(is_given(word) and not is_common(word) for word in head)
                        and not is_place(head)):
                continue
            clusters.union(j, i, f"'{form.surface}' is '{forms[j].surface}' with the words "
                                 f"'{' '.join(head)}' run on before the name")
            break
