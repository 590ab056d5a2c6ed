"""Who acts on whom when the sentence does not name the actor first: a clause told in the passive, a body of
one state named without its country, a host's word whose object is a warship, an opening clause naming the
act answered, an origin joined to a demonym; beside their hard negatives. Our own leads, labelled by the
guide of bench/gold/README.md before the detector read them."""

from __future__ import annotations

from tests import FIXTURES
from tests.cases import cases
from tests.diplomacy.stories import main_event, sides_of

CASES = FIXTURES / "diplomacy" / "cases" / "test_event_sides_voice.toml"
TABLES = ("passive_clause", "passive_posts", "passive_clause_negatives", "institutions", "hosted_ships",
          "hosted_ships_negatives", "answered_frames", "answered_after", "answered_frames_negatives",
          "origins", "warship_names", "second_reading")


@cases(CASES, TABLES, "title, text, language, act")
def test_the_main_event_and_its_sides(title: str, text: str, language: str,
                                      act: tuple[str, str, str]) -> None:
    """The sides only (either order for a symmetric type): the type is read by other rules."""
    found = main_event(title, text, language)
    kind, actor, target = act
    got, expected = sides_of(found, kind, actor, target)
    assert got == expected


@cases(CASES, ("object_locatives",), "title, text, language, act, place")
def test_a_locative_of_the_object_places_no_act(title: str, text: str, language: str,
                                               act: tuple[str, str, str], place: str) -> None:
    found = main_event(title, text, language)
    assert ((found.type, found.actor, found.target), found.place or "") == (tuple(act), place)
