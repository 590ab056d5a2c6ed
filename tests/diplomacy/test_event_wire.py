"""The main event of wire leads: the act each class of wording tells, beside its hard negatives. Our own
leads, labelled by the guide of bench/gold/README.md before the detector read them."""

from __future__ import annotations

from tests import FIXTURES
from tests.cases import cases
from tests.diplomacy.stories import main_event

CASES = FIXTURES / "diplomacy" / "cases" / "test_event_wire.toml"


# Each class of wording beside its hard negatives, in the four sets of leads.
@cases(CASES, ("wire", "wire_negatives", "wire_third", "wire_third_negatives", "wire_more",
               "wire_more_negatives", "wire_occasion", "wire_occasion_negatives"),
       "title, text, language, act")
def test_a_lead_tells_its_act(title: str, text: str, language: str, act: tuple[str, str, str]) -> None:
    found = main_event(title, text, language)
    assert (found.type, found.actor, found.target) == act


TYPES = FIXTURES / "diplomacy" / "cases" / "test_event_wire_types.toml"


# A headline word that is not the story's act (a warning, talks the lead tells as a round) beside the leads
# whose headline word is the act.
@cases(TYPES, ("types", "types_negatives", "types_bounds"), "title, text, language, act")
def test_the_main_event_is_the_act_the_lead_tells(title: str, text: str, language: str,
                                                  act: tuple[str, str, str]) -> None:
    found = main_event(title, text, language)
    assert (found.type, found.actor, found.target) == act
