"""Classes of act words read as data: a navy's ships by their class words (a training ship, a task force)
calling at a port are its military act; condemning predicates (the worst
abuser, a Cold War mentality, double standards, a serious violation) judge the other side: criticize over a
bare statement; the contaminated ground of a war-legacy cleanup is aid; paying respects abroad is a visit,
and at the other side's embassy at home a statement; a cooperation working group meets in rounds."""

from __future__ import annotations

from extractors.diplomacy import detect
from tests import FIXTURES
from tests.cases import cases
from tests.diplomacy.stories import main_event

CASES = FIXTURES / "diplomacy" / "cases" / "test_event_act_classes.toml"


@cases(CASES, ("ships", "condemning", "cleanup", "respects"), "title, text, language, act")
def test_the_main_events_act(title: str, text: str, language: str | None, act: tuple[str, str, str]) -> None:
    event = main_event(title, text, language)
    assert (event.type, event.actor, event.target) == act


@cases(CASES, ("encounters_first", "measures_on_others", "working_groups"),
       "title, text, language, event_type")
def test_an_encounter_stays_first(title: str, text: str, language: str | None, event_type: str) -> None:
    assert main_event(title, text, language).type == event_type


@cases(CASES, "no_military_act", "title, text, language")
def test_a_ship_of_no_navy_tells_no_military_act(title: str, text: str, language: str | None) -> None:
    assert all(e.type != "military" for e in detect(title, text, language).events)
