"""Who takes part in the main event, by the role a sentence gives them: the two delegations of one list
cut at a semicolon (one head named by a name the lexicon lacks), the lead read past such a cut, the
leader whose envoy a participant is (past the commas between his stacked titles), those who host the
ceremony of an act done in person, the one who invited a visitor."""

from __future__ import annotations

from tests import FIXTURES
from tests.cases import cases
from tests.diplomacy.stories import main_event

CASES = FIXTURES / "diplomacy" / "cases" / "test_roles.toml"


@cases(CASES, ("delegations_of_one_list", "lead_past_a_cut_list", "envoy_of_a_leader", "hosts_of_a_ceremony",
               "inviter_after_an_aside", "inviter_told_apart"),
       "title, text, language, act, people")
def test_the_main_events_act_and_people(title: str, text: str, language: str | None,
                                        act: tuple[str, str, str], people: tuple[str, ...]) -> None:
    event = main_event(title, text, language)
    assert (event.type, event.actor, event.target) == act
    assert set(event.people) == set(people)
