"""Types a reader sees changed where the tagger's type contradicts the name's own shape
(issue 10, session 8).

The French model types many names by their neighbourhood, not their shape: "Tewfik
Aclimandos", "Slim Amamou", "Sarah" LOC; "Observatoire syrien des droits de l'Homme"
LOC; "LeFigaro.fr" LOC, "Point.fr" OTHER. :mod:`.untyped` reads the same evidence for
names no model typed and leaves a model's type alone; here a model's *place* type gives
way to stronger evidence of the name itself, and abstains otherwise:

* A person: a 2-4 word name that opens with a one-gender given name (the test of
  :func:`.untyped.given_name_full`: no common word of the story, no head noun of a body or
  place, no saint's word, no country), or a given name alone, that the model typed only as
  a place, that no gazetteer knows, written at least MIN_MENTIONS times, that never
  follows a locative preposition ("à", "en", "in", "a"), an article ("du Nil", "l'Aude")
  or a place noun ("la ville de"), and follows "de" / "d'" in at most half its mentions
  ("la prison de Tora").
* A body: a multi-word name opened by a body's head noun (:data:`.untyped.ORG_HEADS`:
  "Observatoire", "Conseil", "Front"...) that the model typed only as a place and no
  gazetteer knows as one.
* A site or outlet: a name written as a web address ("LeFigaro.fr", "Afrik.com"), whatever
  the model said.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from anyascii import anyascii

from ..records import Mention
from .untyped import ORG_HEADS, PLACE_NOUNS, given_name_full, noun_before, one_gender_name

Key = tuple[str, ...]
# A model's place type gives way to a given name only when the name repeats: a name
# written once ("Masyaf et Palmyre", read on a cross-language set) may be a town that is
# a woman's name too. (A body's head noun is evidence enough once: "Observatoire ..."
# is often written once, then by its acronym.)
MIN_MENTIONS = 2
# A web address's last label: a name written so is a site or an outlet.
_WEB_NAME = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|info|fr|es|it|de|ch|be|ca|uk|"
                       r"eg|ma|dz|tn|lb|sy|ru|ar)$", re.IGNORECASE)
# A locative preposition right before a mention: the name is where something happens.
LOCATIVE = re.compile(r"(?:^|\W)(?:à|a|au|aux|en|dans|vers|in|at|ad|nel|nella|near|im|"
                       r"desde|hacia)\s+$", re.IGNORECASE)
# An article right before a mention ("du Nil", "l'Aude", "l'Olympe"): a person's name in
# the news takes none.
ARTICLE_BEFORE = re.compile(r"(?:(?:^|[^\w'’])(?:le|la|les|du|des|au|aux|el|los|las|lo|il|gli|the|"
                      r"del|al|dal|nel)\s+|(?:^|\W)l['’])$", re.IGNORECASE)
# "de" / "d'" / "di" / "of" right before a mention: "la prison de Tora". A person's name
# follows it too ("la fille de Sarah"), so only in most of the name's mentions.
_OF = re.compile(r"(?:(?:^|\W)(?:de|di|of)\s+|(?:^|\W)d['’])$", re.IGNORECASE)


def shape_type(key: Key, group: list[Mention], kinds: Counter[str],
               places: frozenset[str], texts: dict[str, str],
               is_common: Callable[[str], bool], stops: frozenset[str],
               is_country: Callable[[str], bool]) -> tuple[str, str] | None:
    """A form's type and the reason, when its shape contradicts the tagger's type (see
    the module docstring); None to keep the type decided so far. ``kinds``: the coarse
    types of its mentions (PERSON, ORG, PLACE), OTHER left out."""
    surfaces = {m.text.strip() for m in group}
    if all(_WEB_NAME.match(s) for s in surfaces):
        return "ORG", f"typed ORG: '{group[0].text}' is written as a web address (a site)"
    if set(kinds) != {"PLACE"} or places:
        return None
    if len(key) >= 2 and anyascii(group[0].text.split()[0]).lower() in ORG_HEADS:
        return "ORG", (f"typed ORG: '{group[0].text}' opens with a noun naming a body, "
                       "and no gazetteer knows it as a place")
    person = given_name_full(key, group, is_common, stops, is_country) if len(key) >= 2 \
        else _given_name_alone(group, is_common, is_country)
    if not person or len(group) < MIN_MENTIONS or any(
            _placed(texts.get(m.article_id, ""), m) for m in group):
        return None
    after_of = sum(1 for m in group if _OF.search(_before(texts.get(m.article_id, ""), m)))
    if after_of * 2 > len(group):
        return None
    return "PERSON", (f"typed PERSON: '{group[0].text}' opens with a given name, and no "
                      "gazetteer knows it as a place")


def _given_name_alone(group: list[Mention], is_common: Callable[[str], bool],
                      is_country: Callable[[str], bool]) -> bool:
    words = {m.text.strip() for m in group}
    return all(w[:1].isupper() and not w.isupper() and " " not in w and one_gender_name(w)
               and not is_common(w) and not is_country(w) for w in words)


def _before(text: str, mention: Mention) -> str:
    return text[max(0, mention.start - 12):mention.start]


def _placed(text: str, mention: Mention) -> bool:
    """The mention follows a locative preposition, an article or a place noun ("la ville
    de X")."""
    before = _before(text, mention)
    return bool(LOCATIVE.search(before) or ARTICLE_BEFORE.search(before)) or \
        noun_before(text, mention, PLACE_NOUNS, genitive=True) or \
        noun_before(text, mention, PLACE_NOUNS, genitive=False)
