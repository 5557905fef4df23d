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

from .bare_names import ROLE_TITLES, title_before
from .given_names import GivenNameTest
from .guards import StoryWords
from .merge import Clusters, token_match
from .openers import OWNER_WORDS

_NAMES = frozenset({"PERSON", "OTHER"})
# The most words an office's complement runs to ("Casa Blanca", "Stato Usa"); a headline
# in capitals ("RE DI GIORDANIA CHIEDE DIMISSIONI ASSAD") is no such span.
_MAX_HEAD = 3
_BODIES = frozenset({"ORG", "GPE", "LOC"})


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


def _other_given_names(clusters: Clusters, i: int, j: int) -> set[str]:
    """First words of the story's full person names outside the entities of forms ``i``
    and ``j`` that end in form ``i``'s last word (its spellings too): the other people
    that surname may name."""
    forms, surname = clusters.forms, clusters.forms[i].key[-1]
    own = {clusters.find(i), clusters.find(j)}
    return {f.key[0] for k, f in enumerate(forms)
            if len(f.key) >= 2 and clusters.find(k) not in own
            and clusters.type_of(k) == "PERSON" and token_match(f.key[-1], surname) is not None}


def join_role_complements(clusters: Clusters, texts: dict[str, str],
                          is_given: GivenNameTest | None, words: StoryWords,
                          is_place: Callable[[tuple[str, ...]], bool]) -> None:
    """"il ministro degli Esteri Kaaim", "segretario di Stato Usa Kerry", "el portavoz de
    la Casa Blanca Josh Earnest": a span after an office title (:func:`.bare_names.
    title_before`, past its preposition) that ends with a person's surname - a one-word
    form of the story whose entity is typed PERSON - or with a given name and that
    surname (then an untyped one-word form will do), is that person: the words before
    are the office's complement, each a common word of the story, a place or a word of
    one of its bodies' names ("Esteri", "Stato Usa", "Nato"). Every mention
    must follow the title: a name also written without it ("Ben Ali") is a name. A head
    word that is a given name is no complement unless the story writes it in lower case
    or it is part of a known place of two words or more ("Stati Uniti"; "Riad al Asaad" is
    no "Asaad" of Riyadh); with a given name before the surname, every other full
    name of the story with that surname must open with it ("presidente di Siria Hafez
    Assad" is not the "Assad" of a story that names Bashar al-Assad too).
    Without the title ("la Administración Trump") the phrase names what the person leads
    and stays apart (:mod:`.led_names`). Needs the given-name list."""
    if is_given is None:
        return
    forms = clusters.forms
    bare = {form.key[0]: j for j, form in enumerate(forms)
            if len(form.key) == 1 and clusters.type_of(j) in ("PERSON", "OTHER")}
    # Words of the story's bodies and places ("Nato", "Casa Blanca", "Copasir").
    bodies = {w for j, form in enumerate(forms) if clusters.type_of(j) in _BODIES
              for w in form.key}
    for i, form in enumerate(forms):
        j = bare.get(form.key[-1]) if len(form.key) >= 2 else None
        if j is None or clusters.find(i) == clusters.find(j) \
                or clusters.type_of(i) not in ("PERSON", "OTHER", "ORG"):
            continue
        given = len(form.key) >= 3 and is_given(form.key[-2])
        if not given and clusters.type_of(j) != "PERSON":
            continue  # an untyped word is a person's surname only after a given name
        head = form.key[:len(form.key) - (2 if given else 1)]
        if head[-1] in OWNER_WORDS or (any(is_given(w) and not words.is_common(w)
                                           for w in head)
                                       and (len(head) == 1 or not is_place(head))) \
                or not all(words.is_common(w) or is_place((w,)) or w in bodies for w in head):
            continue  # "Mounaf Tlass": a given name the list does not know is no complement
        if given and not _other_given_names(clusters, i, j) <= {form.key[-2]}:
            continue
        if len(head) > _MAX_HEAD or form.surface.isupper() or not all(
                title_before(texts.get(m.article_id, ""), m.start, ROLE_TITLES)
                for m in form.mentions):
            continue
        clusters.union(j, i, f"'{form.surface}' is '{forms[j].surface}' after the words "
                             f"'{' '.join(head)}' of the office written before it")
