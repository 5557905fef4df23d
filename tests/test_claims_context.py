"""Numbers, speakers and quotation marks read in context, not by pattern alone."""

from __future__ import annotations

from storylens.claims import extract_claims
from storylens.records import Claim
from test_claims import article


def _kinds(text: str, lang: str, names: tuple[tuple[str, str], ...] = (),
           published: str | None = "2024-03-06") -> list[Claim]:
    art = article(text, lang, names, published)
    found = extract_claims(art)
    for claim in found:
        ev = claim.sources[0]
        assert art.text[ev.start:ev.end] == ev.quote
    return found


def test_live_blog_numbering_is_not_a_toll() -> None:
    # Entry headlines of a live blog, each with its counter at the end of the line.
    blog = ("Scontri nel porto, due morti 51\n"
            "Il governo convoca una riunione 50\n"
            "Colpi di artiglieria sulla città, feriti 49\n"
            "Arrivano gli aiuti umanitari 48\n")
    values = [(c.value.low, c.value.type) for c in _kinds(blog, "it") if c.value]
    assert values == [(2, "killed")]


def test_list_item_numbers_are_not_figures() -> None:
    listicle = "1. Morti e feriti nelle strade.\n2. Sfollati in fuga verso il confine.\n"
    assert [c for c in _kinds(listicle, "it") if c.kind == "quantity"] == []


def test_a_single_headline_toll_is_still_read() -> None:
    text = "Earthquake death toll rises to 45\nRescuers searched through the night."
    values = [(c.value.low, c.value.type) for c in _kinds(text, "en") if c.value]
    assert values == [(45, "killed")]


def test_saved_lives_is_not_a_rescue_count() -> None:
    text = "The president said the intervention saved thousands of lives."
    assert [c for c in _kinds(text, "en") if c.kind == "quantity"] == []


def test_a_place_never_speaks() -> None:
    names = (("GPE", "Benghazi"), ("GPE", "Moscow"))
    assert [c for c in _kinds("According to Benghazi, the road is open.", "en", names)
            if c.kind == "quote"] == []
    assert [c for c in _kinds("The talks will go on, Moscow said.", "en", names)
            if c.kind == "quote"] == []


def test_a_term_in_quotation_marks_is_not_speech() -> None:
    names = (("PERSON", "Haftar"),)
    said = [c for c in _kinds('Haftar declared a "no-fly zone" over the city.', "en", names)
            if c.kind == "quote"]
    assert all('said: "no-fly zone"' not in c.statement for c in said)
    speech = [c for c in _kinds('"We will never give up the city," Haftar said.', "en", names)
              if c.kind == "quote"]
    assert [c.statement for c in speech] == ['Haftar said: "We will never give up the city"']


def test_no_claim_is_only_a_date() -> None:
    text = "El 19 de enero comenzaron las protestas en la capital."
    assert _kinds(text, "es", published="2011-08-15") == []


def _frames(text: str, lang: str, names: tuple[tuple[str, str], ...] = (),
            published: str | None = "2024-03-06") -> list[Claim]:
    found = _kinds(text, lang, names, published)
    for claim in found:
        frame = claim.frame
        assert frame is not None
        args = [frame.agent, frame.figure, frame.place, frame.time, frame.attribution,
                *frame.participants]
        for arg in args:
            if arg is not None:
                assert text[arg.start:arg.end] == arg.text
    return found


def test_casualty_frame_points_at_figure_place_time_and_speaker() -> None:
    text = "At least 12 people were killed in Sirte on 3 March, the ministry said."
    claim = next(c for c in _frames(text, "en", (("GPE", "Sirte"),)) if c.kind == "quantity")
    frame = claim.frame
    assert frame is not None
    assert (frame.kind, frame.figure and frame.figure.text, frame.victim_class) == (
        "casualties", "12", "people")
    assert frame.place is not None and frame.place.text == "Sirte"
    assert (frame.time_value, frame.granularity) == ("2024-03-03", "day")
    assert frame.attribution is not None and frame.attribution.text == "the ministry"
    assert (frame.polarity, frame.modality) == ("affirmed", "reported")
    assert claim.when == "2024-03-03"


def test_a_year_is_a_time_argument_not_a_figure() -> None:
    text = "In 1996, 1,200 people were killed in the jail."
    claim = next(c for c in _frames(text, "en") if c.kind == "quantity")
    assert claim.frame is not None
    assert (claim.frame.time_value, claim.frame.granularity) == ("1996", "year")
    assert claim.when == "1996" and claim.value is not None and claim.value.low == 1200


def test_meeting_frame_has_agent_and_participant() -> None:
    names = (("PERSON", "Alice Varga"), ("PERSON", "Tomas Brill"), ("GPE", "Lisbon"))
    claim = next(c for c in _frames("Alice Varga met Tomas Brill in Lisbon on Monday.", "en",
                                    names) if c.kind == "relation")
    frame = claim.frame
    assert frame is not None and frame.kind == "meeting"
    assert frame.agent is not None and frame.agent.text == "Alice Varga"
    assert [p.text for p in frame.participants] == ["Tomas Brill"]
    assert frame.place is not None and frame.place.text == "Lisbon"
    assert frame.time_value == "2024-03-04"


def test_negation_hedge_and_future_set_polarity_and_modality() -> None:
    negated = _frames("Officials said no one was killed in the blast.", "en")
    assert [c.frame.polarity for c in negated if c.frame] == ["negated"]
    hedged = [c for c in _frames("Reportedly 30 people were killed.", "en")
              if c.kind == "quantity"]
    assert [c.frame.modality for c in hedged if c.frame] == ["hedged"]
    planned = [c for c in _frames("200 people will be evacuated tomorrow.", "en")
               if c.kind == "quantity"]
    assert [c.frame.modality for c in planned if c.frame] == ["planned"]


def test_who_is_told_is_the_listener_not_the_speaker() -> None:
    names = (("PERSON", "Musk"), ("ORG", "CBS News"))
    said = [c for c in _kinds('"It is just for fun," Musk told CBS News.', "en", names)
            if c.kind == "quote"]
    assert [c.sources[0].attributed_to for c in said] == ["Musk"]


def test_a_casualty_word_does_not_reach_across_and() -> None:
    text = "The blast killed 50 people and at least 53 others were wounded."
    values = sorted((c.value.low, c.value.type) for c in _kinds(text, "en") if c.value)
    assert values == [(50, "killed"), (53, "injured")]
    text = "Cinq personnes ont été tuées et 43 autres blessées à Tripoli."
    values = sorted((c.value.low, c.value.type) for c in _kinds(text, "fr") if c.value)
    assert (43, "killed") not in values


def test_a_year_dates_only_its_own_clause() -> None:
    text = ("There were 520,000 people arrested last year, about a third of the "
            "1.6 million people arrested in 2000.")
    whens = {c.value.low: c.when for c in _kinds(text, "en") if c.value}
    assert whens.get(520000) is None and whens.get(1600000) == "2000"


def test_a_two_letter_fragment_is_not_a_place_but_an_acronym_is() -> None:
    """A tagger that cuts "La" off "La Rochelle" must not make "5 morts à La"."""
    text = "Cinq enfants ont été tués à La Rochelle mardi, selon la préfecture."
    claim = next(c for c in _frames(text, "fr", (("LOC", "La"),)) if c.kind == "quantity")
    assert claim.frame is not None and claim.frame.place is None
    text = "At least 12 people were killed in DC on 3 March, the police said."
    claim = next(c for c in _frames(text, "en", (("GPE", "DC"),)) if c.kind == "quantity")
    assert claim.frame is not None and claim.frame.place is not None
    assert claim.frame.place.text == "DC"


def test_idioms_with_a_negation_word_do_not_negate_a_toll() -> None:
    """'ne cesse de monter' (keeps rising), 'pas loin d'une vingtaine' (nearly twenty) and
    'no fewer than' (at least) assert the figure; a real denial still negates it."""
    affirmed = (("La tension ne cesse de monter et des heurts ont fait plusieurs dizaines de "
                 "morts.", "fr"),
                ("Les affrontements ont fait pas loin d'une vingtaine de morts.", "fr"),
                ("No fewer than 20 people were killed in the attack.", "en"))
    for text, lang in affirmed:
        claims = [c for c in _frames(text, lang) if c.kind == "quantity"]
        assert claims and all(c.frame and c.frame.polarity == "affirmed" for c in claims), text
    denied = [c for c in _frames("Il n'y a pas eu 40 morts, a démenti le ministère.", "fr")
              if c.kind == "quantity"]
    assert denied and all(c.frame and c.frame.polarity == "negated" for c in denied)


def test_a_denominator_is_not_a_toll() -> None:
    """'875 000 morts sur 3 millions d'habitants': the 3 millions are the population."""
    found = [c.value.low for c in _frames("La guerre a coûté 875 000 morts sur 3 millions "
                                          "d'habitants.", "fr") if c.value]
    assert found == [875000]
    found = [c.value.low for c in _frames("The siege killed 120 out of 2,000 residents.", "en")
             if c.value]
    assert found == [120]


def test_a_sentence_opening_locative_reads_in_lower_case_mid_sentence() -> None:
    from storylens.brief.central import place_phrase

    text = "En Égypte, la répression a fait des milliers de morts selon les ONG."
    claim = next(c for c in _frames(text, "fr", (("LOC", "Égypte"),)) if c.value)
    art = article(text, "fr", (("LOC", "Égypte"),))
    assert place_phrase(claim, {claim.sources[0].article_id: art}, "fr") == " en Égypte"


def _values(text: str, lang: str) -> list[float | None]:
    return [c.value.low for c in _kinds(text, lang) if c.value]


def test_a_number_of_a_time_span_is_no_toll() -> None:
    # An adjective or a range may stand between the number and its time unit.
    assert _values("Le bilan du parti repose sur des chiffres maison sur les douze derniers "
                   "mois, disent ses adversaires.", "fr") == []
    assert _values("Il y avait déjà des morts, jusqu'à 3 ou 4 jours après le vote.", "fr") == []
    assert _values("The toll has risen over the past 3 weeks, officials said.", "en") == []
    assert _values("Dos de mis hijos murieron en el ataque.", "es") == [2]


def test_a_casualty_word_opened_by_its_own_determiner_is_not_the_figures_noun() -> None:
    assert _values("Des années Trente et jusqu'à sa mort, il écrivit sans relâche.", "fr") == []
    assert _values("He led the party for 30 years until his death in exile.", "en") == []
    assert _values("La mort de 20 policiers a été confirmée.", "fr") == [20]


def test_a_number_that_is_part_of_a_name_is_no_count() -> None:
    assert _values("Une journaliste de Canal 24 a été victime d'une agression.", "fr") == []
    assert _values("A reporter for Channel 9 was injured in the crush.", "en") == []
    # A headline without a colon still gives its toll when the noun follows the number.
    assert _values("Velmora 12 killed in storm", "en") == [12]


def test_a_figure_that_did_not_happen_is_no_toll() -> None:
    # Averted, and hypothetical inside its clause.
    assert _values("« Les motards nous ont sûrement évité une dizaine de morts », dit-il.",
                   "fr") == []
    assert _values("Cela aurait été excessif si nous avions tué trois cents personnes.",
                   "fr") == []
    assert _values("It would have been a massacre if they had killed 300 people.", "en") == []


def test_a_word_ending_like_a_future_verb_does_not_make_a_toll_planned() -> None:
    found = _kinds("Sur le front kurde, des raids ont fait dix tués dans les rangs de "
                   "l'armée.", "fr")
    assert [(c.value.low if c.value else None) for c in found] == [10]
    assert found[0].frame is not None and found[0].frame.modality != "planned"


def _said(text: str, lang: str, names: tuple[tuple[str, str], ...] = ()) -> list[str]:
    art = article(text, lang, names, "2024-03-06")
    return [art.text[c.frame.content.start:c.frame.content.end]
            if c.frame and c.frame.content else c.statement
            for c in extract_claims(art) if c.kind == "quote"]


def test_an_opener_before_a_speaker_whose_verb_has_an_object_is_not_what_was_said() -> None:
    # What was announced follows the verb; the opener is the writer's.
    assert _said("Pour apaiser la rue, le gouvernement a annoncé la levée du couvre-feu.",
                 "fr") == []
    # Words after a colon and a quotation mark are the speaker's, never the opener.
    said = _said("Interrogé sur les tirs, le porte-parole a affirmé, sans sourciller : « Nous "
                 "avons agi selon la loi. »", "fr")
    assert all("Interrogé" not in words for words in said), said


def test_a_closing_attribution_with_a_day_keeps_the_words_before_it() -> None:
    said = _said("The fighting resumed overnight in the north, the minister said on Friday.",
                 "en")
    assert len(said) == 1 and "fighting resumed overnight" in said[0], said
    told = _said("The fighting resumed overnight, the minister told the council.", "en")
    assert len(told) == 1 and "fighting resumed" in told[0], told


def test_an_age_at_death_and_a_count_of_kin_are_no_toll() -> None:
    assert _values("The actor, who was shot in the raid, died at 91 in hospital.", "en") == []
    assert _values("Elle est morte à 91 ans, tuée par la chute du toit.", "fr") == []
    assert _values("Killed in the strike was a mother of 12 from the village.", "en") == []
    assert _values("Murió a los 91 años tras ser herido en el ataque.", "es") == []
    # A toll beside them still counts.
    assert _values("Five people were killed, among them a mother of 12.", "en") == [5]


def test_a_yearless_date_takes_the_year_its_sentence_states() -> None:
    from datetime import date

    from storylens.claims.dates import find_dates

    text = ("En 2010, aucun enfant n'a été tué, mais deux ont été blessés, dont un par une "
            "roquette tirée le 21 décembre.")
    assert [d.iso for d in find_dates(text, "fr", date(2012, 6, 24))] == ["2010-12-21"]
    # Without a stated year: the latest such day before publication, as before.
    assert [d.iso for d in find_dates("La roquette a été tirée le 21 décembre.", "fr",
                                      date(2012, 6, 24))] == ["2011-12-21"]
    # A stated year that would put the day after publication is not taken.
    assert [d.iso for d in find_dates("In 2012 the talks resumed on 3 December.", "en",
                                      date(2012, 6, 24))] == ["2011-12-03"]


def test_a_closing_according_to_after_a_relative_clause_covers_no_whole_sentence() -> None:
    said = _said("Dans la soirée, le président par intérim a ordonné une enquête sur ces "
                 "violences qui ont fait au moins 42 morts, d'après les services d'urgence.",
                 "fr")
    assert said == [], said
    kept = _said("Les combats ont repris dans la nuit autour de la ville, selon les services "
                 "d'urgence.", "fr")
    assert len(kept) == 1, kept


def test_a_toll_in_brackets_after_a_year_is_of_that_year() -> None:
    text = ("Lundi 4 mars, le ministre a nommé à Port-Lune un préfet issu du groupe qui avait "
            "revendiqué l'incendie du marché en 1987 (31 morts, dont 12 enfants).")
    claim = next(c for c in _frames(text, "fr") if c.kind == "quantity")
    assert claim.frame is not None and claim.value is not None and claim.value.low == 31
    assert (claim.when, claim.frame.granularity) == ("1987", "year")
    # A date inside the bracket, or no year before it, keeps the nearest date.
    text = ("Lundi 4 mars, le ministre a rappelé l'incendie du marché en 1987 "
            "(31 morts le 2 mars 1987, dont 12 enfants).")
    claim = next(c for c in _frames(text, "fr") if c.kind == "quantity")
    assert claim.when == "1987-03-02"
    text = "Lundi 4 mars, des heurts ont éclaté à Port-Lune (3 morts, dont un policier)."
    claim = next(c for c in _frames(text, "fr") if c.kind == "quantity")
    assert claim.when == "2024-03-04"


def test_dead_or_missing_is_one_count_of_casualties() -> None:
    for text, lang in (("Des centaines de personnes sont mortes ou portées disparues.", "fr"),
                       ("Hundreds of people were killed or went missing.", "en"),
                       ("Cientos de personas murieron o desaparecieron.", "es")):
        found = [c for c in _kinds(text, lang) if c.value]
        assert [c.value.type for c in found if c.value] == ["casualties"], lang
        assert found[0].sources[0].quote.endswith(("disparues", "missing", "desaparecieron"))
    values = [(c.value.type, c.value.low) for c in _kinds(
        "Trois femmes sont mortes dans l'incendie.", "fr") if c.value]
    assert values == [("killed", 3)]
