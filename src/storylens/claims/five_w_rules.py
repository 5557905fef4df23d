"""Switches for the 5W stage's rules, one per rule, so a rule can be shown to help.

Each switch turns one rule of :mod:`.five_w` / :mod:`.five_w_setting` on or off. The
pipeline uses the defaults; ``benchmarks/giveme5w1h_cv.py`` flips them one at a time and
keeps a rule only when it helps on topics it was not found on (grouped cross-validation
over whole topics). A default is True only for a rule that passed that test, or for one
of the earlier sessions' rules that nothing has shown to hurt.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace


@dataclass(frozen=True, slots=True)
class FiveWRules:
    # -- where (session 4) --
    # A place named in the title is attached to the event ("Croydon tram crash").
    title_place_attached: bool = True
    # "Croydon, south London": an answer "London" gives way to "Croydon".
    place_inside_container: bool = True
    # No attached lead place: attached places of the rest of the article compete.
    article_places_fallback: bool = True
    # -- where (session 5; :mod:`.five_w_places`) --
    # The fallback above only when the lead's best place follows a word of direction
    # ("the driver, from Beckenham"); an unattached lead place with no such word (a
    # dateline, "Cincinnati Zoo gorilla") stays the answer.
    fallback_after_direction_only: bool = False
    # A name is a place only when most of the article's mentions of it are places.
    majority_place_label: bool = True
    # A title place inside a longer non-place name ("Chicago Cubs") is no place there.
    title_name_part: bool = False
    # A title place after "to" / "of" / "than" ... is not attached by the title alone.
    # On since session 9: chosen in 11 of 12 folds on Giveme5W1H's own scope, no fold
    # lower by more than 0.07 of an answer in either scope (docs/benchmarks.md, session 9).
    title_direction_unattached: bool = True
    # A country the title names is a title place even when the body tagger missed it.
    title_countries: bool = False
    # A title place after a locative ("in Costa Rica") is the answer unless the answer
    # otherwise chosen lies inside it.
    title_locative_first: bool = False
    # No place attached to the event: no answer rather than an unattached place.
    abstain_unattached_where: bool = False
    # -- where (session 6) --
    # A place in the lead's dateline ("HOUSTON — ...", "RAMALLAH, West Bank (AP) -") is
    # attached to the event: wire copy is datelined where it was reported.
    dateline_place_attached: bool = False
    # The article-wide fallback only when the lead names a place: a lead that names none
    # tells of an event without one (a product, a remark), and a body place is a side.
    # On since session 7: chosen in all 12 folds on Giveme5W1H's own scope (every answer
    # rated), no fold lower in either scope (docs/benchmarks.md, session 7).
    fallback_needs_lead_place: bool = True
    # A lead place the gazetteer does not know is a candidate only when a locative word
    # or the dateline attaches it: an unknown, unattached name is as likely a person or
    # a brand the tagger called a place ("after Theresa May singled it out").
    # On since session 9: chosen in all 12 folds (same check as above).
    unknown_needs_locative: bool = True
    # -- where (session 7) --
    # A place name that is a word of a longer person name the article holds ("Timberlake"
    # beside "Justin Timberlake") is that person, mislabelled, not a place.
    person_name_part: bool = False
    # -- where (session 9) --
    # A place the parse makes the subject of an active verb ("Norvania says ...") or the
    # possessor of a named subject ("Norvania's Kim says") is an agent: the title does not
    # attach it (:func:`.five_w_places.actor_offsets`).
    actor_place_unattached: bool = False
    # ... and such a place is no candidate at all.
    actor_place_dropped: bool = False
    # -- who / what (session 4) --
    # A headline verb read as a plural noun, found by a probe parse.
    headline_probe: bool = True
    # "Seven killed as tram derails": the opening noun phrase + participle is the event.
    opening_participle: bool = True
    # "Officials said two people were killed": the reported clause is the event.
    reported_clause: bool = True
    # -- who / what (session 5) --
    # "Police revealed they are investigating ...": what is the reported clause even when
    # its subject is a pronoun; who stays the named speaker.
    pronoun_reported_clause: bool = False
    # "Two shot by a gunman": who is the passive verb's agent, not its patient.
    passive_agent_who: bool = False
    # -- who / what (session 9) --
    # "At least four killed in Velmar Front raid": who is the person or organisation the
    # passive clause names as its doer (:func:`.five_w_agents.named_agent`), not the victims.
    named_agent_who: bool = False
    # -- who / what (session 7) --
    # Among the lead's events, those whose subject names a person or organisation first:
    # an unnamed subject is often a thing or an event ("The blast", "the well").
    named_who_first: bool = False

    @classmethod
    def names(cls) -> list[str]:
        return [f.name for f in fields(cls)]

    def flipped(self, name: str) -> FiveWRules:
        """These rules with one switched the other way."""
        return replace(self, **{name: not getattr(self, name)})
