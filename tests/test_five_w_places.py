"""The 5W stage's session-5 rules: which places can be *where*, and reported or passive
clauses for *who* / *what* (claims/five_w_places.py, five_w_setting.py, five_w.py).

Fixtures are written here: invented places, a hand-built gazetteer and hand-built parses,
so each rule is checked on its own, switched on and off (claims/five_w_rules.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from storylens.claims import five_w_places as places
from storylens.claims.five_w import FiveWExtractor
from storylens.claims.five_w_rules import FiveWRules
from storylens.claims.five_w_setting import LeadPart
from storylens.claims.syntax import Token
from storylens.entities.places import Gazetteer
from storylens.records import Article, Mention
from storylens.sentences import segment_article

_NO_PARSER = FiveWRules()


def _article(title: str, text: str, labelled: list[tuple[str, str]]) -> Article:
    article = Article(id=Article.make_id(text), source="en.txt", text=text, title=title,
                      published="2026-03-12", language="en")
    segment_article(article)
    for surface, label in labelled:
        start = text.index(surface)
        article.mentions.append(Mention(article.id, start, start + len(surface), surface, label))
    return article


def _where(article: Article, rules: FiveWRules, gazetteer: Gazetteer | None = None) -> str | None:
    found = FiveWExtractor(lambda _lang: None, gazetteer, rules).extract(article)
    if found.where is None:
        return None
    source = article.title if found.where.in_title else article.text
    assert source is not None and source[found.where.start:found.where.end] == found.where.text
    return found.where.text


def _gazetteer() -> Gazetteer:
    gazetteer = Gazetteer()
    gazetteer.add("country:NV", "Norvania")
    gazetteer.add("city:1", "Port Elm")
    gazetteer.city_country["city:1"] = "NV"
    return gazetteer


def test_a_name_mostly_tagged_as_an_event_or_a_person_is_no_place() -> None:
    def mention(text: str, label: str) -> Mention:
        return Mention("a", 0, len(text), text, label)

    mentions = [mention("Harbour Cup", "LOC"), *[mention("Harbour Cup", "EVENT")] * 3,
                mention("Grey Hall", "FAC"), *[mention("Grey Hall", "ORG")] * 3]
    kept = {m.text for m in places.mostly_places(mentions)}
    # An organisation label is metonymy ("Grey Hall said"): no vote against the place.
    assert kept == {"Grey Hall"}


def test_title_place_after_a_word_of_direction_is_not_attached() -> None:
    art = _article("Ferry to Velsen turns back in a storm",
                   "The ferry turned back to its berth in Orm on Monday. Velsen waits.",
                   [("Orm", "GPE"), ("Velsen", "GPE")])
    # The session-4 rule (every title place attached), the default until session 8.
    assert _where(art, FiveWRules(title_direction_unattached=False)) == "Velsen"
    assert _where(art, _NO_PARSER) == "Orm"
    assert places.after_direction("size of Velsen", 0, 8, "en")
    assert not places.after_direction("floods in Velsen", 0, 10, "en")


def test_title_place_inside_a_longer_non_place_name_is_skipped() -> None:
    spots = places.title_spots("Velsen Rovers sack coach after Velsen derby",
                               {"Velsen"}, {"Velsen Rovers"})
    assert spots == [(31, 37)]  # only the second, free-standing "Velsen"


def test_a_country_the_body_tagger_missed_is_read_from_the_title() -> None:
    art = _article("Norvania's former minister jailed for two years",
                   "A court sentenced the former minister on Saturday, his lawyer said.", [])
    assert _where(art, _NO_PARSER, _gazetteer()) is None
    rules = FiveWRules(title_countries=True)
    assert _where(art, rules, _gazetteer()) == "Norvania"
    assert places.title_countries(_gazetteer(), "Port Elm Gazette: Norvania votes") == \
        {"Norvania"}  # a city is not taken from a title, only a country


def test_title_locative_place_wins_unless_the_answer_lies_inside_it() -> None:
    rules = FiveWRules(title_locative_first=True)
    gazetteer = _gazetteer()
    # "a pastor in Dunmore" (unknown to the gazetteer) does not displace the headline's place.
    art = _article("Four killed in Norvania bus crash",
                   "Four tourists died when their bus overturned, said a pastor in Dunmore. "
                   "All Norvania mourned.", [("Dunmore", "GPE"), ("Norvania", "GPE")])
    assert _where(art, FiveWRules(), gazetteer) == "Dunmore"
    assert _where(art, rules, gazetteer) == "Norvania"
    # A GeoNames city of that country stays: it is the same place, more precisely.
    art = _article("Four killed in Norvania bus crash",
                   "Four tourists died when their bus overturned in Port Elm on Monday. "
                   "All Norvania mourned.", [("Port Elm", "GPE"), ("Norvania", "GPE")])
    assert _where(art, rules, gazetteer) == "Port Elm"
    assert places.nested(gazetteer, "Port Elm", "Norvania", {})
    assert not places.nested(gazetteer, "Dunmore", "Norvania", {})


class _FixedParses:
    """A parser that returns hand-built tokens for the sentences it was given."""

    def __init__(self, parses: dict[str, list[Token]]) -> None:
        self._parses = parses

    def parse(self, texts: Sequence[str]) -> list[list[Token]]:
        return [self._parses.get(text.strip(), []) for text in texts]


def _tokens(text: str, words: list[tuple[str, str, str, int]]) -> list[Token]:
    out, cursor = [], 0
    for i, (word, pos, dep, head) in enumerate(words):
        start = text.index(word, cursor)
        out.append(Token(i, start, start + len(word), word, word.lower(), pos, dep, head,
                         "VBN" if dep == "ROOT" and word.endswith("ed") else ""))
        cursor = start + len(word)
    return out


def _who_what(sentence: str, words: list[tuple[str, str, str, int]],
              rules: FiveWRules) -> tuple[str | None, str | None]:
    parser = _FixedParses({sentence: _tokens(sentence, words)})
    art = _article("", sentence + " Nothing else happened.", [])
    found = FiveWExtractor(lambda _lang: parser, None, rules).extract(art)
    return (found.who.text if found.who else None, found.what.text if found.what else None)


def test_reported_clause_with_a_pronoun_subject_is_what() -> None:
    sentence = "Harbour police said they were searching the dunes."
    words = [("Harbour", "PROPN", "compound", 1), ("police", "NOUN", "nsubj", 2),
             ("said", "VERB", "ROOT", 2), ("they", "PRON", "nsubj", 5),
             ("were", "AUX", "aux", 5), ("searching", "VERB", "ccomp", 2),
             ("the", "DET", "det", 7), ("dunes", "NOUN", "dobj", 5), (".", "PUNCT", "punct", 2)]
    assert _who_what(sentence, words, FiveWRules()) == \
        ("Harbour police", "said they were searching the dunes")
    assert _who_what(sentence, words, FiveWRules(pronoun_reported_clause=True)) == \
        ("Harbour police", "were searching the dunes")


def test_passive_agent_is_who() -> None:
    sentence = "Two guards were injured by Arvel rebels."
    words = [("Two", "NUM", "nummod", 1), ("guards", "NOUN", "nsubjpass", 3),
             ("were", "AUX", "auxpass", 3), ("injured", "VERB", "ROOT", 3),
             ("by", "ADP", "agent", 3), ("Arvel", "PROPN", "compound", 6),
             ("rebels", "NOUN", "pobj", 4), (".", "PUNCT", "punct", 3)]
    assert _who_what(sentence, words, FiveWRules())[0] == "Two guards"
    assert _who_what(sentence, words, FiveWRules(passive_agent_who=True)) == \
        ("Arvel rebels", "were injured by Arvel rebels")


def test_article_fallback_only_replaces_a_lead_place_after_a_word_of_direction() -> None:
    rules = FiveWRules(fallback_after_direction_only=True)
    # "from Brisk" is where the driver comes from: a later attached place wins.
    lead = ("Police questioned the driver. The driver, a man from Brisk, was released. "
            "Officers thanked the public. The crash in Holm closed the road.")
    art = _article("", lead, [("Brisk", "GPE"), ("Holm", "GPE")])
    assert _where(art, rules) == "Holm"
    # "Orm harbour" is unattached but no origin: a later "in Holm" does not displace it.
    lead = ("Orm harbour closed two berths after a spill. Nobody was hurt. "
            "Crews worked all night. Boats in Holm were told to wait.")
    art = _article("", lead, [("Orm", "GPE"), ("Holm", "GPE")])
    assert _where(art, FiveWRules()) == "Holm"
    assert _where(art, rules) == "Orm"


def test_a_place_in_the_leads_dateline_is_attached() -> None:
    lead = ("VELSEN — A blaze destroyed a grain depot on Monday, officials in Orm said. "
            "Nobody was hurt.")
    art = _article("Depot burns down", lead, [("VELSEN", "GPE"), ("Orm", "GPE")])
    assert _where(art, FiveWRules()) == "Orm"  # only "in Orm" is attached
    assert _where(art, FiveWRules(dateline_place_attached=True)) == "VELSEN"
    # A place further on in the first sentence is not in the dateline.
    art = _article("Depot burns down", "A blaze destroyed a depot in Orm. Velsen waits.",
                   [("Orm", "GPE"), ("Velsen", "GPE")])
    assert _where(art, FiveWRules(dateline_place_attached=True)) == "Orm"


def test_a_dateline_with_a_two_word_region_is_cut_before_parsing() -> None:
    text = "RAMSEY, North Vale (Wire) - Crews cleared the road."
    assert text[places.dateline_end(text, 0, len(text)):] == "Crews cleared the road."
    assert places.dateline_end("Crews cleared the road.", 0, 23) == 0
    sentence = "Crews cleared the road."
    words = [("Crews", "NOUN", "nsubj", 1), ("cleared", "VERB", "ROOT", 1),
             ("the", "DET", "det", 3), ("road", "NOUN", "dobj", 1), (".", "PUNCT", "punct", 1)]
    parser = _FixedParses({sentence: _tokens(sentence, words)})
    art = _article("", text + " Nothing else happened.", [])
    found = FiveWExtractor(lambda _lang: parser, None, FiveWRules()).extract(art)
    assert found.who is not None and found.who.text == "Crews"
    assert found.what is not None and found.what.text == "cleared the road"


def test_an_unknown_unattached_lead_name_is_no_place() -> None:
    rules = FiveWRules()  # the default since session 9
    lead = "Officials dropped the plan after Marlo Quist mocked it. Talks resume."
    art = _article("Plan dropped", lead, [("Marlo", "GPE")])
    assert _where(art, FiveWRules(unknown_needs_locative=False), _gazetteer()) == "Marlo"
    assert _where(art, rules, _gazetteer()) is None
    # Known to the gazetteer, or attached by a locative word: still a candidate.
    lead = "Officials dropped the plan after Norvania mocked it. Talks resume in Dunmore."
    art = _article("Plan dropped", lead, [("Norvania", "GPE"), ("Dunmore", "GPE")])
    assert _where(art, rules, _gazetteer()) == "Dunmore"
    art = _article("Plan dropped", "Officials dropped the plan after Norvania mocked it.",
                   [("Norvania", "GPE")])
    assert _where(art, rules, _gazetteer()) == "Norvania"


def test_no_article_wide_fallback_when_the_lead_names_no_place() -> None:
    rules = FiveWRules()  # the default since session 7
    text = ("A maker unveiled a folding phone on Monday. It costs less than rivals. "
            "Buyers praised the hinge. A launch party in Velsen drew crowds.")
    art = _article("New phone folds twice", text, [("Velsen", "GPE")])
    assert _where(art, FiveWRules(fallback_needs_lead_place=False)) == "Velsen"
    assert _where(art, rules) is None
    # A lead that names a place only as an origin still falls back ("from Brisk").
    lead = ("Police questioned the driver. The driver, a man from Brisk, was released. "
            "Officers thanked the public. The crash in Holm closed the road.")
    art = _article("", lead, [("Brisk", "GPE"), ("Holm", "GPE")])
    assert _where(art, rules) == "Holm"


def test_a_lone_word_of_a_persons_longer_name_is_no_place() -> None:
    rules = FiveWRules(person_name_part=True)
    text = ("Singer Arlo Venning cancelled his tour on Monday. Venning said he was tired. "
            "Fans in Holm asked for refunds.")
    art = _article("Venning cancels tour", text,
                   [("Arlo Venning", "PERSON"), ("Venning said", "GPE"), ("Holm", "GPE")])
    art.mentions[1] = Mention(art.id, text.index("Venning said"),
                              text.index("Venning said") + 7, "Venning", "GPE")
    # Off (the old code): the title names "Venning", which the body once tagged a place.
    assert _where(art, FiveWRules()) == "Venning"
    assert _where(art, rules) == "Holm"
    # A place that is no word of a person's name stays one.
    art = _article("Storm hits Holm", "A storm hit Holm on Monday. Arlo Venning filmed it.",
                   [("Holm", "GPE"), ("Arlo Venning", "PERSON")])
    assert _where(art, rules) == "Holm"


def test_named_who_first_prefers_a_named_subject_to_a_thing() -> None:
    first, second = "The blast shook the port.", "Arvel rebels claimed the attack."
    parses = {
        first: _tokens(first, [("The", "DET", "det", 1), ("blast", "NOUN", "nsubj", 2),
                               ("shook", "VERB", "ROOT", 2), ("the", "DET", "det", 4),
                               ("port", "NOUN", "dobj", 2), (".", "PUNCT", "punct", 2)]),
        second: _tokens(second, [("Arvel", "PROPN", "compound", 1),
                                 ("rebels", "NOUN", "nsubj", 2), ("claimed", "VERB", "ROOT", 2),
                                 ("the", "DET", "det", 4), ("attack", "NOUN", "dobj", 2),
                                 (".", "PUNCT", "punct", 2)])}
    text = f"{first} {second} Nothing else happened. Nobody forgot the blast."
    art = _article("", text, [("Arvel rebels", "ORG")])

    def who_what(rules: FiveWRules) -> tuple[str | None, str | None]:
        found = FiveWExtractor(lambda _lang: _FixedParses(parses), None, rules).extract(art)
        return (found.who.text if found.who else None, found.what.text if found.what else None)

    # Off (the old code): the earlier, more frequent subject wins, though it is a thing.
    assert who_what(FiveWRules()) == ("The blast", "shook the port")
    assert who_what(FiveWRules(named_who_first=True)) == ("Arvel rebels", "claimed the attack")
    # No named subject in the lead: the order is as before.
    plain = _article("", text, [])
    found = FiveWExtractor(lambda _lang: _FixedParses(parses), None,
                           FiveWRules(named_who_first=True)).extract(plain)
    assert found.who is not None and found.who.text == "The blast"



def test_a_destination_in_the_title_gives_way_to_the_leads_stated_place() -> None:
    """Session 9's default: "a car to Velmar" is where the car goes, not where the launch
    happened; the lead's "from a pad in Dunmore" is."""
    text = ("The rocket lifted off on Tuesday from a pad in Dunmore. "
            "The car should pass Velmar next year. Crowds cheered.")
    art = _article("Rocket carrying a car to Velmar lifts off", text,
                   [("Dunmore", "GPE"), ("Velmar", "GPE")])
    session_8 = FiveWRules(title_direction_unattached=False, unknown_needs_locative=False)
    assert _where(art, session_8, _gazetteer()) == "Velmar"
    assert _where(art, FiveWRules(), _gazetteer()) == "Dunmore"
    # With no place the lead states, the title place stays a candidate, unattached.
    art = _article("Rocket carrying a car to Velmar lifts off",
                   "The rocket lifted off on Tuesday. It should pass Velmar next year.",
                   [("Velmar", "GPE")])
    assert _where(art, FiveWRules(), _gazetteer()) == "Velmar"


def test_named_doer_of_a_passive_headline_is_who() -> None:
    """Session 9 (``named_agent_who``): the victims are the subject of "killed"; the
    organisation the headline names as the raid's doer is who did it."""
    title = "Four guards killed in Velmar Front raid"
    words = [("Four", "NUM", "nummod", 1), ("guards", "NOUN", "nsubj", 2),
             ("killed", "VERB", "ROOT", 2), ("in", "ADP", "prep", 2),
             ("Velmar", "PROPN", "compound", 5), ("Front", "PROPN", "compound", 6),
             ("raid", "NOUN", "pobj", 3)]
    text = ("Gunmen of the Velmar Front attacked a depot near Holm. "
            "Holm Council said four guards died.")

    def who(title: str, words: list[tuple[str, str, str, int]], labelled: list[tuple[str, str]],
            rules: FiveWRules) -> str | None:
        art = _article(title, text, labelled)
        parser = _FixedParses({title: _tokens(title, words)})
        found = FiveWExtractor(lambda _lang: parser, None, rules).extract(art)
        return found.who.text if found.who else None

    on = FiveWRules(named_agent_who=True)
    assert who(title, words, [("Velmar Front", "ORG")], FiveWRules()) == "Four guards"
    assert who(title, words, [("Velmar Front", "ORG")], on) == "Velmar Front"
    # A place modifying the event noun says where, not who ("Holm tram crash"), though the
    # tagger also found it in an organisation's name ("Holm Council").
    crash = "Four guards killed in Holm tram crash"
    crash_words = [("Four", "NUM", "nummod", 1), ("guards", "NOUN", "nsubj", 2),
                   ("killed", "VERB", "ROOT", 2), ("in", "ADP", "prep", 2),
                   ("Holm", "PROPN", "compound", 6), ("tram", "NOUN", "compound", 6),
                   ("crash", "NOUN", "pobj", 3)]
    assert who(crash, crash_words, [("Holm", "GPE"), ("Holm Council", "ORG")], on) \
        == "Four guards"


def test_a_place_that_acts_is_found_on_the_parse() -> None:
    """Session 9 (``actor_place_*``, off): "Norvania says ..." names an agent; a place that
    modifies the subject ("Port Elm's party") or a passive subject stays a place."""
    title = "Norvania's Kim says Port Elm's party was cancelled"
    words = [("Norvania", "PROPN", "poss", 2), ("'s", "PART", "case", 0),
             ("Kim", "PROPN", "nsubj", 3), ("says", "VERB", "ROOT", 3),
             ("Port", "PROPN", "compound", 5), ("Elm", "PROPN", "poss", 7),
             ("'s", "PART", "case", 5), ("party", "NOUN", "nsubjpass", 9),
             ("was", "AUX", "auxpass", 9), ("cancelled", "VERB", "ccomp", 3)]
    tokens = _tokens(title, words)
    title_part = LeadPart(title, 0, len(title), True, 0)
    actors = places.actor_offsets([(title_part, tokens)])
    assert places.acts(actors, True, 0, len("Norvania"))  # possessor of a named subject
    assert places.acts(actors, True, title.index("Kim"), title.index("Kim") + 3)
    start = title.index("Port Elm")
    assert not places.acts(actors, True, start, start + len("Port Elm"))
