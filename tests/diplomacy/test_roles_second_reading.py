"""Who takes part in the main event by the role a sentence gives them, read a second time on leads the rules'
writer never saw: the two delegations of one list cut at a semicolon, the lead read past such a cut, the
leader whose envoy a participant is (past his stacked titles and their bodies, not the one the visitor is
asked to greet), those who host or sign for a handover, the one who invited a visitor (not one inviting a
visit an aside tells), with hard negatives in English, Vietnamese and Chinese (zh-Hans and zh-Hant)."""

from __future__ import annotations

from datetime import date

from tests import FIXTURES
from tests.cases import cases
from tests.diplomacy.stories import main_event

CASES = FIXTURES / "diplomacy" / "cases" / "test_roles_second_reading.toml"


@cases(CASES, ("english_leads", "vietnamese_leads", "chinese_leads"),
       "title, text, language, published, act, people")
def test_the_main_events_act_and_people(title: str, text: str, language: str, published: str,
                                        act: tuple[str, str, str], people: tuple[str, ...]) -> None:
    event = main_event(title, text, language, date.fromisoformat(published))
    assert (event.type, event.actor, event.target) == act
    assert set(event.people) == set(people)
