"""Types a reader sees set from what the text around a one-word name says (issue 10,
session 8).

The taggers type a bare name by its neighbourhood and often get a person's surname wrong
where the article names the person in full elsewhere: "Bloomberg" ORG beside "Michael R.
Bloomberg", "Phoenix" GPE beside "Joaquin Phoenix". The later surname joins
(:func:`.merge.merge_parts`) only take a surname typed ORG, and abstain when a second
long form ends in the word (a book title "Wit and Wisdom of Michael Bloomberg"). And the
French model types towns it has not seen as people ("Homs", "Hama"). Both are read here,
before any join, from the grammar around the mentions, never from a list of names:

* :func:`surname_people`: a one-word form not typed PERSON that is the last word of a
  full name typed PERSON in the story, and that the text treats as a person at least once
  (a courtesy title before it: "Mr.", "Mme"; a speech verb after it or right before it:
  "Bloomberg said", "a déclaré X"; the English possessive), takes PERSON, and joins that
  full name when every full name ending in it has one given name (or a nickname of it).
  It abstains when the story names a body with the word ("Bloomberg News"), when as many
  mentions follow a locative preposition ("in Phoenix") as stand in a person context
  (the Italian / French "a" is an English article too), for a country ("Israel said" is
  its government), and for a city the gazetteer knows unless a title or a speech verb
  (not the possessive alone: "Phoenix's mayor") says person.
* :func:`places_typed_people`: a form the story types PERSON (its mentions PERSON, or
  PERSON beside ORG or a place type: "celle de Homs" PERSON, "à Homs" ORG, a tie that
  :mod:`.forms` leaves to the majority) with no person evidence at all (no title, speech
  verb or possessive; no word of a full name of the story; not a given name) takes the
  place type when the gazetteer knows it as a place (a CLDR country, or a GeoNames city
  written at least once after a locative preposition or a place noun: "à Homs"), or when
  no gazetteer knows it but a place noun governs at least half its mentions ("le village
  d'Aïn Baida", "la localité de Houla"). A surname that is also a town ("Bush") is so
  left alone.
* :func:`things_typed_people` (session 9): a form typed PERSON with no person evidence
  (no title, speech verb or possessive; no word of a full name typed PERSON in the
  story) is no person when it is an acronym written in capitals ("SAG", "OSDH"), or when
  at least half its mentions follow an article ("the Oscars", "l'Oscar", "aux Oscars": a
  person's name in the news takes none, an award's or a product's does). It takes ORG
  when a model typed one of its mentions ORG, else OTHER (an abstention, not a guess).
"""

from __future__ import annotations

import re
from collections import Counter

from ..records import Article, Mention
from .knowledge import EntityKnowledge
from .merge import Clusters, coarse_kind, mention_label
from .model_types import ARTICLE_BEFORE, LOCATIVE  # one definition of each
from .untyped import PLACE_NOUNS, noun_before

Key = tuple[str, ...]
# Place nouns that govern a place only: "le camp de X" is a person's side too, "est" /
# "este" are a verb and a demonstrative before a name ("c'est Hollande").
_PLACE_NOUNS = PLACE_NOUNS - {"camp", "campo", "lager", "est", "este"}

# Courtesy titles a person's surname follows ("Mr. Bloomberg", "Mme Martin").
_TITLE = re.compile(r"(?:^|[^\w.])(?:(?:Mr|Mrs|Ms|Mx|Dr|Sir|Dame|Lady|Lord|Mme|Mlle|Mmes|"
                    r"Sr|Sra|Herr|Frau|Sig|Sig\.ra)\.?|M\.)\s+$")
# Reported speech opened by a verb of saying: a person (or a body, hence the guards).
_SAID = (r"(?:said|says|added|asked|explained|argued|insisted|replied|tweeted|wrote|"
         r"a\s+dit|dit|a\s+déclaré|déclare|a\s+affirmé|affirme|a\s+ajouté|ajoute|"
         r"a\s+expliqué|explique|a\s+estimé|estime|a\s+assuré|assure|a\s+souligné|souligne)")
_SPEECH_AFTER = re.compile(r"^,?\s+" + _SAID + r"\b")
_SPEECH_BEFORE = re.compile(r"(?:^|\W)" + _SAID + r",?\s+$")
_POSSESSIVE = re.compile(r"^['’]s\b")
# An acronym: one word of two to six capitals, maybe with dots ("SAG", "U.N.").
_ACRONYM = re.compile(r"^(?:[A-Z]\.?){2,6}$")
# A generic noun written after a word that makes it a body's name ("Bloomberg News",
# "Phoenix Group"): the story names a company with the word, the surname may be it.
_BODY_AFTER = re.compile(r"^\s+(?:News|LP|L\.P\.|Inc|Corp|Group|Media|Foundation|"
                         r"Philanthropies|Company|Co|Ltd|LLC|Television|TV|Radio|Press|"
                         r"Agency|Bank|Fund|Partners|Holdings|Industries)\b")


def _context(text: str, mention: Mention) -> tuple[str, str]:
    return text[max(0, mention.start - 30):mention.start], text[mention.end:mention.end + 30]


def _evidence(text: str, mention: Mention) -> str | None:
    """Which person context the mention stands in: "title", "speech", "possessive"."""
    before, after = _context(text, mention)
    if _TITLE.search(before):
        return "title"
    if _SPEECH_AFTER.match(after) or _SPEECH_BEFORE.search(before):
        return "speech"
    if _POSSESSIVE.match(after):
        return "possessive"
    return None


def _placed(text: str, mention: Mention) -> bool:
    """After a locative preposition or a place noun ("à Homs", "la ville de Hama")."""
    return bool(LOCATIVE.search(_context(text, mention)[0])) or \
        noun_before(text, mention, _PLACE_NOUNS, genitive=True) or \
        noun_before(text, mention, _PLACE_NOUNS, genitive=False)


def _retype(clusters: Clusters, i: int, kind: str, why: str) -> None:
    form = clusters.forms[i]
    form.kind, form.why = kind, why
    clusters.labels[i] = Counter({kind: len(form.mentions)})
    clusters.evidence[i].append(why)


def _person_shaped(surface: str) -> bool:
    """Every word capitalised or an initial: a person's name, not a title of a work."""
    return all(w[:1].isupper() for w in surface.split())


def surname_people(clusters: Clusters, texts: dict[str, str],
                   knowledge: EntityKnowledge) -> None:
    """Retype (and join) a surname the tagger typed as something else (module doc)."""
    forms = clusters.forms
    full: dict[str, list[int]] = {}
    bodies: set[str] = set()
    for j, form in enumerate(forms):
        if len(form.key) < 2:
            continue
        if clusters.type_of(j) == "PERSON" and 2 <= len(form.key) <= 4 and \
                _person_shaped(form.surface):
            full.setdefault(form.key[-1], []).append(j)
        elif clusters.type_of(j) != "PERSON":
            bodies.update(form.key)
    for i, form in enumerate(forms):
        if len(form.key) != 1 or form.key[0] not in full or form.key[0] in bodies or \
                clusters.type_of(i) == "PERSON" or i in clusters.locked:
            continue
        said = [(m, texts.get(m.article_id, "")) for m in form.mentions]
        if any(_BODY_AFTER.match(_context(t, m)[1]) for m, t in said):
            continue
        found = [e for m, t in said if (e := _evidence(t, m))]
        if sum(1 for m, t in said if LOCATIVE.search(_context(t, m)[0])) >= len(found):
            continue  # as often where something happens as a person: abstain
        kinds = set(found)
        places = knowledge.places(form.key)
        if any(p.startswith("country:") for p in places) or not kinds or \
                (places and not kinds & {"title", "speech"}):
            continue
        people = full[form.key[0]]
        top = max(people, key=lambda j: (len(forms[j].mentions), len(forms[j].key)))
        named = forms[top]
        _retype(clusters, i, "PERSON",
                f"typed PERSON: '{form.surface}' is the last name of '{named.surface}' and "
                f"the text treats it as a person ({', '.join(sorted(kinds))})")
        if _one_given_name([forms[j].key[0] for j in people], knowledge):
            clusters.union(top, i, f"'{form.surface}' is the last name of "
                                         f"'{named.surface}', written as a person's")


def _one_given_name(given: list[str], knowledge: EntityKnowledge) -> bool:
    """All the full names open with one given name or nicknames of it ("Mike" /
    "Michael"): one person, whichever the surname joins."""
    test = knowledge.nicknames
    return all(g == given[0] or (test is not None and test(g, given[0])) for g in given)


def places_typed_people(clusters: Clusters, texts: dict[str, str],
                        knowledge: EntityKnowledge, languages: dict[str, str | None]) -> None:
    """Give a place typed PERSON (or PERSON and ORG) with no person evidence its place
    type: a gazetteer's place written once as a place, or a name no gazetteer knows that
    a place noun governs in at least half its mentions ("le village d'Aïn Baida")."""
    forms = clusters.forms
    name_words = {w for j, f in enumerate(forms) if len(f.key) >= 2 and
                  clusters.type_of(j) in ("PERSON", "OTHER") for w in f.key}
    for i, form in enumerate(forms):
        kinds = {coarse_kind(mention_label(m)) for m in form.mentions} - {"OTHER"}
        if "PERSON" not in kinds or not kinds <= {"PERSON", "ORG", "PLACE"} or form.why or \
                clusters.type_of(i) != "PERSON" or i in clusters.locked or \
                (len(form.key) == 1 and form.key[0] in name_words) or \
                knowledge.is_given_name(form.surface.split()[0]):
            continue
        said = [(m, texts.get(m.article_id, "")) for m in form.mentions]
        if any(_evidence(t, m) for m, t in said):
            continue
        places = knowledge.places(form.key, languages.get(form.mentions[0].article_id))
        country = any(p.startswith("country:") for p in places)
        nouns = sum(1 for m, t in said if noun_before(t, m, _PLACE_NOUNS, genitive=True))
        if not (country or (places and any(_placed(t, m) for m, t in said))
                or (nouns and 2 * nouns >= len(said))):
            continue
        kind = "GPE" if country or any(p.startswith("city:") for p in places) else "LOC"
        why = "the gazetteer knows it as a place" if places else \
            "a place noun governs it"
        _retype(clusters, i, kind, f"typed {kind}: {why} ('{form.surface}'), the text puts "
                                   "it as a place and never as a person")


def things_typed_people(clusters: Clusters, texts: dict[str, str]) -> None:
    """Give an acronym or a name after an article typed PERSON, with no person evidence,
    the type ORG or OTHER (module docstring)."""
    forms = clusters.forms
    person_words = {w for j, f in enumerate(forms) if len(f.key) >= 2 and
                    clusters.type_of(j) == "PERSON" for w in f.key}
    for i, form in enumerate(forms):
        if clusters.type_of(i) != "PERSON" or i in clusters.locked or form.why or \
                any(w in person_words for w in form.key):
            continue
        said = [(m, texts.get(m.article_id, "")) for m in form.mentions]
        if any(_evidence(t, m) for m, t in said):
            continue
        surfaces = {m.text.strip() for m in form.mentions}
        if all(_ACRONYM.match(s) for s in surfaces):
            why = f"'{form.surface}' is an acronym in capitals"
        elif 2 * sum(1 for m, t in said if ARTICLE_BEFORE.search(_context(t, m)[0])) \
                >= len(said):
            why = f"'{form.surface}' follows an article, as no person's name does"
        else:
            continue
        kind = "ORG" if any(coarse_kind(mention_label(m)) == "ORG" for m in form.mentions) \
            else "OTHER"
        _retype(clusters, i, kind, f"typed {kind}: {why}, and the text never treats it "
                                   "as a person")


def retype_by_context(clusters: Clusters, articles: list[Article],
                      knowledge: EntityKnowledge) -> None:
    """The reads of the module, places first (a town typed PERSON is no full name)."""
    texts = {a.id: a.text for a in articles}
    places_typed_people(clusters, texts, knowledge, {a.id: a.language for a in articles})
    surname_people(clusters, texts, knowledge)
    things_typed_people(clusters, texts)
