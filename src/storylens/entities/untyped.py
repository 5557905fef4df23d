"""Types for names no model typed: Italian, German, Arabic and every language without a
NER model (issue 10, session 7).

The capitalisation fallback (:mod:`.capitalized`) finds names but types almost all of them
OTHER, so a reader of an Italian story saw Vladimir Putin, Hezbollah and "la città di
Madaya" as untyped names. Each rule here reads evidence a writer puts on the page, not a
list of names, and each abstains (the name stays OTHER) when the evidence is unclear: a
wrong type misleads the reader more than a missing one.

* A person: a full name that opens with a given name (gender-guesser's list of first
  names, one gender only) and holds no common word of the story, no head noun of a body
  and no place; or a name after a role word ("il presidente siriano Assad", "il ministro
  degli Esteri russo Sergei Lavrov": a title, maybe its portfolio and up to two adjectives).
* A body: a multi-word name that opens with an organisation head noun ("Consiglio di
  Sicurezza", "Fronte al Nusra") or ends with an English one ("Amnesty International",
  "Nena News"); or a one-word name after a body noun ("l'agenzia Sana", "il gruppo
  Hezbollah") in more than a third of its mentions.
* A place: a name after a place noun and its genitive ("la città di Madaya", "il campo
  di Yarmouk", "a nord di Homs") in more than a third of its mentions.
* Not a name: a word written only as a minister's portfolio ("il ministro degli Esteri").

Only forms whose every mention is untyped are touched; a model's type is never changed.
A form of another language with a model that joins the same entity still gives it its
type (the entity takes the most common specific type of its forms, :mod:`.merge`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable

from anyascii import anyascii

from ..records import Mention
from .capitalized import TITLES
from .given_names import _detector as given_name_detector
from .places import Gazetteer

Key = tuple[str, ...]
# More than this share of a form's mentions after one kind's noun decides its type (the
# share kind_nouns.py and forms.py use: under it a cue is taken for a slip).
CUE_SHARE = 1 / 3
# How far back (characters) a role word or a noun may stand before the name.
_REACH = 80
# Adjectives (lower-case words) allowed between a role word and the name: "il presidente
# siriano Assad", "il premier turco Ahmet Davutoglu".
_MAX_ADJECTIVES = 2
# Given names the list gives one gender: "mostly" names ("Hayat", "Croce") are as often
# words of other names.
_ONE_GENDER = frozenset({"male", "female"})

# Role words before a person's name: the fallback's titles (:mod:`.capitalized`) and
# other ranks and offices of the news (never a word that is also a plain adjective, as
# English "major" is: "a major Jewish holiday").
ROLE_WORDS = TITLES | frozenset("""
    colonnello tenente capitano ambasciatore inviato vicepresidente viceministro
    sceicco emiro imam ayatollah rais
    ambassadeur envoye vice-president colonel capitaine cheikh emir
    embajador enviado vicepresidente capitan emir
    ambassador envoy vice-president captain emir
    botschafter gesandte hauptmann emir
""".split())
# Head nouns that open a body's name (lower-case ASCII): council, ministry, army, front...
ORG_HEADS = frozenset("""
    consiglio ministero esercito fronte partito movimento commissione parlamento polizia
    dipartimento agenzia organizzazione unione lega nazioni comitato coalizione brigata brigate
    tribunale corte banca universita istituto osservatorio fondazione associazione
    federazione alleanza assemblea congresso senato camera governo forze milizia
    conseil ministere armee front parti mouvement commission parlement agence
    organisation comite coalition tribunal cour banque universite institut observatoire
    fondation association federation alliance assemblee congres senat gouvernement
    consejo ministerio ejercito frente partido movimiento comision parlamento policia
    departamento agencia organizacion comite coalicion corte banco universidad instituto
    observatorio fundacion asociacion federacion alianza asamblea congreso senado gobierno
    administracion administration amministrazione
    council ministry army party movement commission parliament police department agency
    organisation organization committee coalition court bank university institute
    observatory foundation association federation alliance assembly congress senate
    rat ministerium armee partei bewegung kommission parlament polizei agentur
    organisation ausschuss koalition gericht bank universitat institut stiftung verband
""".split())
# English words that close a body's name ("Amnesty International", "Human Rights Watch").
ORG_TAILS = frozenset("""
    international watch news press agency council committee party front army brigade
    brigades network observatory organisation organization foundation institute
    association union ministry times post tv defense defence forces
""".split())
# Generic nouns that open the name of a sea, lake, mountain or island ("Mar Mediterraneo",
# "Monte Hermon"): the name is a place, though "Mar" and "Monte" are given names too.
PLACE_HEADS = frozenset("""
    mar mare lago golfo isola isole monte monti canale deserto stretto
    mer lac golfe ile iles mont canal desert detroit
    mar lago golfo isla islas monte canal desierto estrecho
    sea lake gulf island islands mount mountains canal desert strait
    meer see golf insel berg kanal wuste
""".split())
# Words for saints and holy things that open names of places and bodies, never of a
# living person of the news ("Santa Sede", "San Pietro"): a given-name reading abstains.
SAINTS = frozenset("santa santo san sao saint sainte sankt holy".split())
# Nouns that put a body's one-word name right after them ("l'agenzia Sana", "il gruppo
# Hezbollah", "le quotidien X"): groups, militias, agencies, outlets.
BODY_NOUNS = frozenset("""
    gruppo milizia milizie agenzia emittente quotidiano giornale organizzazione ong
    network movimento partito fazione sigla formazione brigata brigate
    groupe milice agence quotidien journal organisation mouvement parti faction brigade
    grupo milicia agencia diario periodico organizacion movimiento partido faccion brigada
    group militia agency newspaper daily broadcaster organisation organization movement
    party faction brigade brigades
    gruppe miliz agentur zeitung organisation bewegung partei
""".split())
# Nouns of a place kind that put a name after their genitive ("la città di Madaya").
PLACE_NOUNS = frozenset("""
    citta cittadina provincia regione villaggio aeroporto quartiere periferia sobborgo
    governatorato distretto campo valle fiume capitale localita paese
    nord sud est ovest
    ville village province region aeroport quartier banlieue gouvernorat district camp
    vallee fleuve capitale localite nord sud est ouest
    ciudad pueblo provincia region aldea aeropuerto barrio distrito campo valle rio
    capital localidad norte sur este oeste
    city town village province region airport district neighbourhood neighborhood
    suburb governorate camp valley river capital north south east west outskirts
    stadt dorf provinz region flughafen viertel bezirk lager tal fluss hauptstadt
""".split())
# Genitive words after a place noun (elided forms without their apostrophe).
_GENITIVES = frozenset("di del della dello dei degli delle dell d de des du of von".split())
# Words naming a minister or ministry, before the portfolio ("ministro degli Esteri").
_MINISTER = re.compile(r"(?:vice)?minist(?:r[oaei]|ero|ère|erio|er|erin)?s?$")
# An elided article right before a name ("dell'Onu", "all'Onu", "l'Onu"): a body's or a
# place's name takes one, a person's surname does not (so "l'inviato Onu" is no person).
_ELIDED_ARTICLE = re.compile(r"(?<![^\W\d_])(?:l|dell|all|nell|sull|dall|coll)['’]\Z",
                             re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def _fold(word: str) -> str:
    return anyascii(word).lower()


@functools.lru_cache(maxsize=1 << 12)  # one answer per word of the story's names
def one_gender_name(word: str) -> bool:
    """Whether gender-guesser knows ``word`` as a first name of one gender only (the
    detector is the one :mod:`.given_names` loads; False without the package)."""
    detector = given_name_detector()
    return len(word) > 1 and detector is not None and \
        detector.get_gender(word) in _ONE_GENDER


def _words_before(text: str, start: int) -> list[str]:
    """The words right before ``start``, nearest first; a line break or a punctuation
    mark other than an apostrophe ends them (a role word must stand in the same clause)."""
    window = text[max(0, start - _REACH):start]
    cut = max(window.rfind(ch) for ch in ".,;:!?\n()\"«»“”")
    return [w.split("'")[-1].split("’")[-1] for w in _WORD.findall(window[cut + 1:])][::-1]


def after_role(text: str, mention: Mention, is_adjective: Callable[[str], bool],
               direct: bool = True) -> bool:
    """A role word before the name: "presidente Assad", "presidente siriano Assad",
    "ministro degli Esteri russo Sergei Lavrov" (a title, its capitalised portfolio after
    a genitive, up to two nationality adjectives between: any other word, a verb in
    "il presidente visita Madaya", breaks the tie between role and name). Without
    ``direct`` the role word right before the name is not enough: "l'inviato Onu" is
    the body's envoy (and the name finder already types "presidente Obama")."""
    words = _words_before(text, mention.start)
    i = 0
    adjectives = 0
    portfolio = False
    while i < len(words):
        word, fold = words[i], _fold(words[i])
        if fold in ROLE_WORDS and word[:1].islower() and len(fold) >= 3:
            return direct or i > 0
        if word[:1].islower() and is_adjective(word) and adjectives < _MAX_ADJECTIVES:
            adjectives += 1
        elif (not portfolio and word[:1].isupper() and i + 1 < len(words)
              and _fold(words[i + 1]) in _GENITIVES):
            portfolio = True
            i += 1
        else:
            return False
        i += 1
    return False


def noun_before(text: str, mention: Mention, nouns: frozenset[str],
                genitive: bool) -> bool:
    """The noun right before the name is one of ``nouns`` (with ``genitive``: then "di",
    "de", "of" ... between: "la città di Madaya", "a nord di Homs")."""
    words = _words_before(text, mention.start)
    if genitive:
        return len(words) >= 2 and _fold(words[0]) in _GENITIVES and \
            words[1][:1].islower() and _fold(words[1]) in nouns
    return bool(words) and words[0][:1].islower() and _fold(words[0]) in nouns


def _share(group: list[Mention], texts: dict[str, str],
           test: Callable[[str, Mention], bool]) -> bool:
    hits = sum(1 for m in group if test(texts.get(m.article_id, ""), m))
    return hits > CUE_SHARE * len(group)


def untyped_people(by_key: dict[Key, list[Mention]], texts: dict[str, str],
                   untyped: Callable[[list[Mention]], bool], is_common: Callable[[str], bool],
                   is_place: Callable[[Key], bool], stops: frozenset[str],
                   is_adjective: Callable[[str], bool],
                   is_country: Callable[[str], bool]) -> dict[Key, str]:
    """Untyped forms that are people, each with why: a full name opening with a one-gender
    given name (:func:`given_name_full`) unless it is another full name of the story with
    words glued after it ("Donald Trump Speaks", a headline), or a name after a role word
    (:func:`after_role`). Never a place of the gazetteer, nor a name the text puts after a
    place noun."""
    found: dict[Key, str] = {}
    for key, group in by_key.items():
        if not untyped(group) or is_place(key) or any(
                noun_before(texts.get(m.article_id, ""), m, PLACE_NOUNS, True)
                or noun_before(texts.get(m.article_id, ""), m, BODY_NOUNS, False)
                or after_minister(texts.get(m.article_id, ""), m, whole=False)
                for m in group):
            continue  # "la città di ...", "le brigate Sultan Murad", "ministro degli Esteri"
        # Another full name of the story opens this one (a prefix of two words or more).
        glued = any(key[:n] in by_key for n in range(2, len(key)))
        if not glued and given_name_full(key, group, is_common, stops, is_country):
            found[key] = (f"typed PERSON: '{group[0].text}' starts with the given name "
                          f"'{group[0].text.split()[0]}'")
        elif _after_roles(key, group, texts, is_adjective):
            found[key] = f"typed PERSON: a role word stands before '{group[0].text}'"
    return found


def _after_roles(key: Key, group: list[Mention], texts: dict[str, str],
                 is_adjective: Callable[[str], bool]) -> bool:
    """A role word before one of the mentions (:func:`after_role`; right before a one-word
    name is not enough), the name no nationality ("a major Jewish holiday") and never after
    an elided article ("all'Onu": a body's name takes one, a surname does not)."""
    if len(key) == 1 and is_adjective(group[0].text):
        return False
    if any(_ELIDED_ARTICLE.search(texts.get(m.article_id, ""), max(0, m.start - 8), m.start)
           for m in group):
        return False
    return any(after_role(texts.get(m.article_id, ""), m, is_adjective, len(key) > 1)
               for m in group)


def given_name_full(key: Key, group: list[Mention], is_common: Callable[[str], bool],
                    stops: frozenset[str], is_country: Callable[[str], bool]) -> bool:
    """A 2-4 word name whose first word is a one-gender given name and whose words are
    capitalised (or name particles), none a common word of the story or a stop word, none
    a body's head noun ("Consiglio di Sicurezza": "Consiglio" is a man's name too), a
    place's ("Mar Caspio"), a saint's word or a country ("Siria", "Italia" are women's
    names too)."""
    words = group[0].text.split()
    if not 2 <= len(key) <= 4 or not 2 <= len(words) <= 5:
        return False
    first = words[0]
    if first.isupper() or not one_gender_name(first) or is_country(first) or \
            _fold(first) in stops | ORG_HEADS | PLACE_HEADS | SAINTS:
        return False  # "Consiglio di Sicurezza", "Mar Caspio", "Santa Sede", "Syria ..."
    capitalised = [w for w in words if w[:1].isupper()]
    if len(capitalised) < 2 or _fold(words[-1]) in ORG_TAILS:
        return False
    return not any(is_common(w) for w in capitalised) and all(
        w[:1].isupper() or _fold(w) in _GENITIVES | {"al", "el", "bin", "ibn", "van", "von"}
        or len(w.rstrip(".")) == 1 for w in words)


def untyped_kind(key: Key, group: list[Mention], texts: dict[str, str]
                 ) -> tuple[str, str] | None:
    """(ORG or LOC, why) for an untyped form: a body's head noun opens (or an English one
    closes) the name, or is the whole name ("el Gobierno", "el Ejército": the
    institution), or a body noun / a place noun and its genitive stands before more than
    CUE_SHARE of its mentions, not both; None otherwise."""
    words = group[0].text.split()
    if len(key) >= 2 and len(words) >= 2 and _fold(words[0]) in PLACE_HEADS:
        return "LOC", (f"typed LOC: '{group[0].text}' is named by the place noun "
                       f"'{words[0]}'")
    if ((len(key) >= 2 and len(words) >= 2) or len(words) == 1 == len(key)) and (
            _fold(words[0]) in ORG_HEADS or _fold(words[-1]) in ORG_TAILS):
        return "ORG", (f"typed ORG: '{group[0].text}' is named by the body noun "
                       f"'{words[0] if _fold(words[0]) in ORG_HEADS else words[-1]}'")
    body = _share(group, texts, lambda t, m: noun_before(t, m, BODY_NOUNS, False))
    place = _share(group, texts, lambda t, m: noun_before(t, m, PLACE_NOUNS, True))
    if body == place:
        return None
    if body:
        return "ORG", f"typed ORG: a noun naming a body stands before '{group[0].text}'"
    return "LOC", f"typed LOC: a noun naming a place and 'di' stand before '{group[0].text}'"


def after_minister(text: str, mention: Mention, whole: bool = True) -> bool:
    """A mention right after a minister word and its genitive: "il ministro degli
    Esteri", "ministre de l'Intérieur", "el Ministro de Defensa" (the minister word in
    either case); ``whole``: only a one-word mention (the portfolio itself, not a name
    glued to it)."""
    if whole and len(mention.text.split()) != 1:
        return False
    words = _words_before(text, mention.start)
    if words and _fold(words[0]) in ("la", "l"):
        words = words[1:]
    if not words or _fold(words[0]) not in _GENITIVES:
        return False
    return len(words) >= 2 and bool(_MINISTER.match(words[1].lower()))


def portfolios(by_key: dict[Key, list[Mention]], texts: dict[str, str],
               is_place: Callable[[Key], bool]) -> dict[Key, str]:
    """One-word forms written only as a minister's portfolio ("Esteri", "Interno"), never
    a place ("il ministro della Siria"), each with why: no names of anything."""
    return {key: f"'{group[0].text}' is only ever a minister's portfolio"
            for key, group in by_key.items()
            if len(key) == 1 and not is_place(key)
            and all(after_minister(texts.get(m.article_id, ""), m) for m in group)}


def story_countries(keys: Iterable[Key], places: Callable[[Key], frozenset[str]]) -> frozenset[str]:
    """ISO codes of the countries the story names ("Siria" -> "SY")."""
    return frozenset(p.split(":", 1)[1] for key in keys for p in places(key)
                     if p.startswith("country:"))


def in_named_country(places: frozenset[str], countries: frozenset[str],
                     gazetteer: Gazetteer, group: list[Mention],
                     texts: dict[str, str]) -> bool:
    """Whether a GeoNames city the form may name lies in a country the story names
    ("Damasco" in a story of "Siria", "Tripoli" beside "Libia"), its main name starts with
    the form's letter (GeoNames' alternate names hold stunts and groups: "Google" for
    Topeka; an exonym keeps the first letter: "Damasco" / "Damascus", "Mosca" / "Moscow")
    and no mention follows a body noun ("il movimento Hamas": GeoNames also spells a
    German town so): the writer puts the city in its country, as "a Damasco" would."""
    initial = anyascii(group[0].text)[:1].lower()
    return any(gazetteer.city_country.get(p) in countries
               and anyascii(gazetteer.city_main.get(p, ""))[:1].lower() == initial
               for p in places if p.startswith("city:")) \
        and not any(noun_before(texts.get(m.article_id, ""), m, BODY_NOUNS, False)
                    for m in group)
