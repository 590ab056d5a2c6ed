"""A reading of the whole round: leads written and labelled by a reader before the detector read them, and
our own leads and hard negatives around each narrowing (a currency label answered by the labelled side or
told as background)."""

from __future__ import annotations

from extractors.diplomacy import detect
from tests import FIXTURES
from tests.cases import cases
from tests.diplomacy import stories
from tests.diplomacy.stories import assert_act, day, main_event, never_read_as

LEADS = FIXTURES / "diplomacy" / "cases" / "test_event_whole_round_reading.toml"


@cases(LEADS, "leads", "title, text, lang, published, kind, actor, target")
def test_a_lead_tells_its_main_event(title: str, text: str, lang: str, published: str, kind: str,
                                     actor: str, target: str) -> None:
    assert_act(main_event(title, text, lang, day(published)), kind, actor, target)


@cases(LEADS, "types", "title, text, lang, published, kind")
def test_a_joint_act_tells_its_type(title: str, text: str, lang: str, published: str, kind: str) -> None:
    """Two sides acting together ("Vietnam and the United States have cancelled ..."): which is the actor
    is a close call; only the type is certain."""
    detection = detect(title, text, lang, day(published))
    assert detection.events and detection.events[0].type == kind


@cases(LEADS, "dates", "title, text, lang, published, day")
def test_a_lead_dates_its_main_event(title: str, text: str, lang: str, published: str, day: str) -> None:
    detection = detect(title, text, lang, stories.day(published))  # `day` here is the row's labelled day
    assert detection.events and detection.events[0].date == day


@cases(LEADS, "main_never", "title, text, lang, published, kind")
def test_a_close_call_is_never_read_as(title: str, text: str, lang: str, published: str,
                                       kind: str) -> None:
    assert never_read_as(title, text, lang, day(published), kind)
