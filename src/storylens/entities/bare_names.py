"""Short person names whose text says which full name they stand for, or that they stand
for none.

A one-word name joins the one full name its articles name (:mod:`.surnames`). Four shapes
of the text decide that better than the candidates do:

- Given names sharing one family name: "les frères Ali et Youssouf Jarrah", "David and
  Jean Frydman". The bare given name is a relative's, "Ali Jarrah": it joins a full name
  of the story spelt so, and is otherwise kept apart, never voted to another "Ali" ("Ben
  Ali") or "David" ("David Petraeus") the article names.
- Office titles before the names: a one-word name written after one office ("le
  président Carter") is no given name of a full name the story writes only after
  others ("le général Carter F. Ham"): one person does not hold both. Where the offices
  agree ("il presidente Bashar", "il presidente siriano Bashar al-Assad") or one side
  has none, the votes decide as before; honorifics (Mr, M., Sr.) are no offices.
- A Chinese name, family name first ("Xi Jinping", "Hua Chunying"): the first word alone
  is the name used alone ("Xi", "Hua said"). A name is taken as one when every word is a
  first-name entry that gender-guesser (Jörg Michael's list, a package, never the data)
  knows from China and from no country outside East Asia ("Ben Ali": "Ben" is also
  British, so no).
- A name cut after an initial ("George H." / "George H. Bush"): the one longer person
  name that continues it.

The titles read here also tell an office's complement glued before a surname
(:func:`.glued_heads.join_role_complements`).
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable
from itertools import pairwise

from anyascii import anyascii

from .given_names import _detector
from .merge import Clusters
from .normalise import TITLES
from .untyped import ROLE_WORDS

# The types a relative's bare given name may have (the model's, or none).
_NAMES = frozenset({"PERSON", "OTHER"})
# A conjunction between a bare given name and a full name (es, fr, it, en, de, ca).
_AND = re.compile(r"\s*(?:,\s*)?(?:et|and|y|e|und|i|&)\s+", re.IGNORECASE)
# Honorifics and words of address ("Mr", "M.", "Sr.", "signor"), royal and religious
# titles and words for any leader ("sheikh Osama", "leader Osama bin Laden"): they say
# nothing of which office a person holds.
_NO_OFFICE = frozenset("""
    mr mrs ms miss sir lord lady dame m mme mlle monsieur madame sr sra srta don dona herr
    frau signor signora gospodin king queen prince princess roi reine rey reina konig prinz
    emir sheikh cheikh sheikha scheich jeque imam ayatollah pope pape papa papst leader chef
    jefe lider deputy vice acting dr prof professor professore professoressa profesor
    profesora professeur dottore dottor onorevole sceicco emiro rais
""".split())
# Offices and ranks: two of them before two names tell two people apart.
OFFICE_TITLES = TITLES - _NO_OFFICE
# Words that put an office before a name (the role words of :mod:`.untyped` and a
# spokesperson's): what follows is the office's complement, then the name.
ROLE_TITLES = (ROLE_WORDS | {"portavoz", "portavoce", "vocero", "vocera"}) - _NO_OFFICE
# How far back (characters) a title is looked for, and a title right before a name: up
# to two lower-case words between ("il presidente siriano Bashar"), no punctuation ("le
# «roi», quand Bachar" is no title of Bachar's).
_TITLE_REACH = 40
_LAST_WORD = re.compile(r"([A-Za-z]+)\.?\s+$")
_ADJECTIVES = 2
# gender-guesser's country columns: China, and the East Asian ones a Chinese romanised
# name may also be listed under (Korea, Vietnam).
_CHINA = 49
_EAST_ASIA = frozenset({49, 52, 53})


@functools.cache
def _chinese(word: str) -> bool:
    """A first-name entry of gender-guesser's Chinese column and of no column outside
    East Asia (False without the package)."""
    detector = _detector()
    entries = getattr(detector, "names", {}).get(word.lower()) if detector else None
    if not entries:
        return False
    columns = {k for row in entries.values() for k, c in enumerate(row) if c.strip()}
    return _CHINA in columns and columns <= _EAST_ASIA


def chinese_order(surface: str) -> bool:
    """A two- or three-word name whose every word is a Chinese romanised name ("Xi
    Jinping", "Ren Guoqiang"): written family name first."""
    words = surface.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() and w.isalpha() and _chinese(w)
                                        for w in words)


def _mention_spans(clusters: Clusters) -> dict[str, list[tuple[int, int, int]]]:
    """Article id -> (start, end, form) of every mention, in text order."""
    spans: dict[str, list[tuple[int, int, int]]] = {}
    for i, form in enumerate(clusters.forms):
        for m in form.mentions:
            spans.setdefault(m.article_id, []).append((m.start, m.end, i))
    for found in spans.values():
        found.sort()
    return spans


def join_shared_family_names(clusters: Clusters, texts: dict[str, str],
                             is_given: Callable[[str], bool] | None) -> None:
    """"Ali et Youssouf Jarrah": a known given name (``is_given``; without the list
    nothing happens) written only right before a conjunction and another person's full
    name joins the full name it stands for ("Ali Jarrah") when the story writes it, and is
    otherwise locked apart. Only a form with no other use is taken so: "Carter and Hillary
    Clinton" may put a surname there, and a surname alone ("Obama and Hillary Clinton") is
    no known given name. Keeping a name apart costs a reader a duplicate; a wrong join
    costs more."""
    if is_given is None:
        return
    forms = clusters.forms
    implied: dict[int, set[tuple[str, ...]]] = {}
    hits: Counter[int] = Counter()
    for article, found in _mention_spans(clusters).items():
        text = texts.get(article, "")
        for (_, end, i), (start, _, j) in pairwise(found):
            if len(forms[i].key) == 1 and len(forms[j].key) >= 2 and end < start \
                    and clusters.type_of(j) == "PERSON" and _AND.fullmatch(text[end:start]):
                implied.setdefault(i, set()).add(forms[i].key + forms[j].key[1:])
                hits[i] += 1
    by_key = {f.key: k for k, f in enumerate(forms)}
    for i, keys in implied.items():
        form = forms[i]
        if len(keys) != 1 or not is_given(form.key[0]) or clusters.find(i) != i \
                or hits[i] != len(form.mentions) or clusters.type_of(i) not in _NAMES:
            continue  # a place before a person ("Jordan and Ali Kazemi") is no relative
        key = next(iter(keys))
        full = by_key.get(key)
        if full is not None and clusters.type_of(full) in ("PERSON", "OTHER"):
            clusters.union(full, i, f"'{form.surface}' is written with the family name of "
                                    f"the person after it: '{forms[full].surface}'")
        else:
            clusters.locked.add(i)
            clusters.evidence[i].append(
                f"'{form.surface}' shares the family name of the person named after it "
                "(a relative), so it is left apart")


def title_before(text: str, start: int, titles: frozenset[str] = OFFICE_TITLES) -> str | None:
    """The title (of ``titles``) written right before ``start`` in ``text``, past up to
    two lower-case words."""
    text = anyascii(text[max(0, start - _TITLE_REACH):start])
    for _ in range(_ADJECTIVES + 1):
        last = _LAST_WORD.search(text)
        if last is None:
            return None
        word = last.group(1)
        if word.lower() in titles:
            return word.lower()
        if not word.islower():
            return None
        text = text[:last.start(1)]
    return None


def office_titles(clusters: Clusters, texts: dict[str, str]) -> list[frozenset[str]]:
    """Per form, the office titles written right before its mentions ("le général Carter
    F. Ham", "il presidente siriano Bashar al-Assad")."""
    out = []
    for form in clusters.forms:
        seen: set[str] = set()
        for m in form.mentions:
            title = title_before(texts.get(m.article_id, ""), m.start)
            if title:
                seen.add(title)
        out.append(frozenset(seen))
    return out


def join_cut_initials(clusters: Clusters) -> None:
    """"George H." / "George H. Bush": a person name ending with an initial joins the one
    longer person name of the story that continues it."""
    forms = clusters.forms
    full = [j for j, f in enumerate(forms) if len(f.key) >= 3 and clusters.type_of(j) == "PERSON"]
    for i, form in enumerate(forms):
        if len(form.key) < 2 or len(form.key[-1]) != 1 or not form.key[-2].isalpha() \
                or clusters.type_of(i) not in ("PERSON", "OTHER"):
            continue
        roots = {clusters.find(j) for j in full
                 if forms[j].key[:len(form.key)] == form.key and len(forms[j].key) > len(form.key)}
        if len(roots) == 1:
            root = roots.pop()
            if root != clusters.find(i):
                clusters.union(root, i, f"'{form.surface}' is cut after an initial of "
                                        f"'{forms[root].surface}', the one person so named")


# Words that put a place after a name as where someone is from.
_FROM = frozenset("di de da del della des du of from von".split())


def join_place_tails(clusters: Clusters, is_place: Callable[[tuple[str, ...]], bool]) -> None:
    """"Zine el-Abbidine Ben Ali de Tunisie": a span run on from a person's name into "de"
    / "of" and a known place (``is_place``) is the one person whose full name - two words
    or more, so a bare "Abdallah di Giordania" is left alone - ends the words before it."""
    forms = clusters.forms
    people = {f.key: j for j, f in enumerate(forms)
              if len(f.key) >= 2 and clusters.type_of(j) == "PERSON"}
    for i, form in enumerate(forms):
        key = form.key
        if clusters.type_of(i) not in _NAMES:
            continue
        for cut in range(2, len(key) - 1):
            if key[cut] not in _FROM or not is_place(key[cut + 1:]):
                continue
            roots = {clusters.find(people[key[s:cut]]) for s in range(cut - 1)
                     if key[s:cut] in people} - {clusters.find(i)}
            if len(roots) == 1:
                root = roots.pop()
                clusters.union(root, i, f"'{form.surface}' is '{forms[root].surface}' with "
                                        "the place they are from run on after the name")
            break
