"""Who acts on whom and where, told by clause structure: a Chinese title's second clause whose object is
marked before its verb (`中方向美方提出交涉`), a title's frame of the act answered ended by a space
(`针对… 中方宣布…`), a passive of joined participles or of a participle carrying a noun act word ("rammed
and sunk by", "labelled currency manipulators by", `bị Mỹ xác định`), a message of condolence or sympathy
sent in English (no place). Our own leads, labelled by the guide of bench/gold/README.md before the detector
read them, beside hard negatives."""

from __future__ import annotations

from datetime import date

from tests import FIXTURES
from tests.cases import cases
from tests.diplomacy.stories import main_event, sides_of

CASES = FIXTURES / "diplomacy" / "cases" / "test_sides_and_places.toml"


@cases(CASES, ("object_marked", "object_marked_negatives", "answered_title_frames",
               "answered_title_frames_negatives", "joined_passives", "joined_passives_negatives",
               "passive_runs_on", "passive_runs_on_negatives"),
       "title, text, language, act")
def test_the_main_event_and_its_sides(title: str, text: str, language: str,
                                      act: tuple[str, str, str]) -> None:
    """The sides only (either order for a symmetric type): the type is read by other rules."""
    found = main_event(title, text, language)
    kind, actor, target = act
    got, expected = sides_of(found, kind, actor, target)
    assert got == expected


@cases(CASES, ("condolence_messages",), "title, text, language, published, place, country")
def test_a_message_of_condolence_has_no_place(title: str, text: str, language: str, published: date,
                                              place: str | None, country: str | None) -> None:
    found = main_event(title, text, language, published)
    assert (found.place, found.place_country) == (place, country)
