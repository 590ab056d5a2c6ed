"""A second reading of the Vietnamese and Chinese acts of saying: leads written and labelled by a second
reader before the detector read them, and our own leads and hard negatives around each narrowing (a currency
label refused, possible or threatened; the pair's own meeting named as a stage; a verdict of violation
denied, told of a firm, told by no government or of a use of force named; a concern voiced by no
government; a speaker's own side acting; 驱赶 only of ships)."""

from __future__ import annotations

from tests import FIXTURES
from tests.cases import cases
from tests.diplomacy.stories import assert_act, day, main_event, never_read_as, tells_no_event

LEADS = FIXTURES / "diplomacy" / "cases" / "test_event_vizh_sayings_second_reading.toml"


@cases(LEADS, "leads", "title, text, lang, published, kind, actor, target")
def test_a_lead_tells_its_main_event(title: str, text: str, lang: str, published: str, kind: str,
                                     actor: str, target: str) -> None:
    assert_act(main_event(title, text, lang, day(published)), kind, actor, target)


@cases(LEADS, "main_never", "title, text, lang, published, kind")
def test_a_close_call_is_never_read_as(title: str, text: str, lang: str, published: str,
                                       kind: str) -> None:
    assert never_read_as(title, text, lang, day(published), kind)


@cases(LEADS, "negatives", "title, text, lang, published")
def test_a_hard_negative_tells_no_event(title: str, text: str, lang: str, published: str) -> None:
    assert tells_no_event(title, text, lang, day(published))
