"""A reading of the whole round: leads written and labelled by a reader before the detector read them, and
our own leads and hard negatives around each narrowing (a currency label answered by the labelled side or
told as background)."""

from __future__ import annotations

from datetime import date

from extractors.diplomacy import detect
from extractors.diplomacy.eventpeople import SYMMETRIC  # either side may come first
from tests import FIXTURES
from tests.cases import cases
from tests.diplomacy.stories import main_event

LEADS = FIXTURES / "diplomacy" / "cases" / "test_event_whole_round_reading.toml"


@cases(LEADS, "leads", "title, text, lang, published, kind, actor, target")
def test_a_lead_tells_its_main_event(title: str, text: str, lang: str, published: str, kind: str,
                                     actor: str, target: str) -> None:
    found = main_event(title, text, lang, _day(published))
    sides: tuple[str, ...] | frozenset[str] = (found.actor, found.target)
    expected: tuple[str, ...] | frozenset[str] = (actor, target)
    if kind in SYMMETRIC:
        sides, expected = frozenset(sides), frozenset(expected)
    assert (found.type, sides) == (kind, expected)


@cases(LEADS, "types", "title, text, lang, published, kind")
def test_a_joint_act_tells_its_type(title: str, text: str, lang: str, published: str, kind: str) -> None:
    """Two sides acting together ("Vietnam and the United States have cancelled ..."): which is the actor
    is a close call; only the type is certain."""
    detection = detect(title, text, lang, _day(published))
    assert detection.events and detection.events[0].type == kind


@cases(LEADS, "dates", "title, text, lang, published, day")
def test_a_lead_dates_its_main_event(title: str, text: str, lang: str, published: str, day: str) -> None:
    detection = detect(title, text, lang, _day(published))
    assert detection.events and detection.events[0].date == day


@cases(LEADS, "main_never", "title, text, lang, published, kind")
def test_a_close_call_is_never_read_as(title: str, text: str, lang: str, published: str,
                                       kind: str) -> None:
    detection = detect(title, text, lang, _day(published))
    assert not detection.events or detection.events[0].type != kind


def _day(published: str) -> date:
    return date.fromisoformat(published)
