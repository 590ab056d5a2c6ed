"""Vietnamese and Chinese acts of saying: which words make a criticism, an accusation, a protest or a
statement of a story, and when a meeting word is only the matter or the stage of what is said. Our own
leads, labelled before the detector was run on them, with hard negatives."""

from __future__ import annotations

from datetime import date

from tests import FIXTURES
from tests.cases import cases
from tests.diplomacy.stories import main_event, sides_of

CASES = FIXTURES / "diplomacy" / "cases" / "test_event_vizh_sayings.toml"
PUBLISHED = date(2024, 3, 12)


@cases(CASES, "acts", "title, text, language, expected")
def test_the_main_events_act(title: str, text: str, language: str, expected: tuple[str, str, str]) -> None:
    found = main_event(title, text, language, PUBLISHED)
    kind, actor, target = expected
    got_sides, expected_sides = sides_of(found, kind, actor, target)
    assert (found.type, got_sides) == (kind, expected_sides)
