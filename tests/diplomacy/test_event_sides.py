"""Who acts on whom, and the act's type, in leads whose wording misled the detector, beside their hard
negatives. Our own leads, labelled by the guide of bench/gold/README.md before the detector read them."""

from __future__ import annotations

from tests import FIXTURES
from tests.cases import cases
from tests.diplomacy import stories
from tests.diplomacy.stories import main_event

CASES = FIXTURES / "diplomacy" / "cases" / "test_event_sides.toml"
# Each class of wording, then its hard negatives.
TABLES = ("stance_topic", "stance_topic_negatives", "request", "request_negatives", "docking",
          "trade_status", "trade_status_negatives", "declined", "declined_negatives",
          "praise_judged", "praise_judged_negatives", "blame_judged", "delayed", "delayed_negatives",
          "pressed_at", "pressed_at_negatives", "congratulated", "congratulated_negatives",
          "congratulated_elected_first", "second_reading")


@cases(CASES, TABLES, "title, text, language, act")
def test_the_main_event_and_its_sides(title: str, text: str, language: str,
                                      act: tuple[str, str, str]) -> None:
    found = main_event(title, text, language)
    assert (found.type, found.actor, found.target) == act


# told by all their acts
NEGATIVES = ("docking_negatives", "praise_own_side", "blame_judged_negatives", "second_reading_none")


@cases(CASES, NEGATIVES, "title, text, language, acts")
def test_all_the_acts_of_a_hard_negative(title: str, text: str, language: str,
                                         acts: tuple[tuple[str, str, str], ...]) -> None:
    assert tuple(stories.acts(title, text, language)) == acts


@cases(CASES, ("second_reading_never",), "title, text, language, never")
def test_a_reading_never_made(title: str, text: str, language: str, never: tuple[str, ...]) -> None:
    """Leads whose label is a close call, or whose old reading stays: only the reading that must not come
    back is tested, a type or a type with its sides, as the main event (no event at all passes)."""
    assert all(act[:len(never)] != tuple(never) for act in stories.acts(title, text, language)[:1])
