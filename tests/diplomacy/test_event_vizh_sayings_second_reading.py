"""A second reading of the Vietnamese and Chinese acts of saying: leads written and labelled by a second
reader before the detector read them, and our own leads and hard negatives around each narrowing (a currency
label refused, possible or threatened; the pair's own meeting named as a stage; a verdict of violation
denied, told of a firm, told by no government or of a use of force named; a concern voiced by no
government; a speaker's own side acting; 驱赶 only of ships)."""

from __future__ import annotations

from datetime import date

from extractors.diplomacy import detect
from extractors.diplomacy.eventpeople import SYMMETRIC  # either side may come first
from tests import FIXTURES
from tests.cases import cases
from tests.diplomacy.stories import main_event

LEADS = FIXTURES / "diplomacy" / "cases" / "test_event_vizh_sayings_second_reading.toml"


@cases(LEADS, "leads", "title, text, lang, published, kind, actor, target")
def test_a_lead_tells_its_main_event(title: str, text: str, lang: str, published: str, kind: str,
                                     actor: str, target: str) -> None:
    found = main_event(title, text, lang, _day(published))
    sides: tuple[str, ...] | frozenset[str] = (found.actor, found.target)
    expected: tuple[str, ...] | frozenset[str] = (actor, target)
    if kind in SYMMETRIC:
        sides, expected = frozenset(sides), frozenset(expected)
    assert (found.type, sides) == (kind, expected)


@cases(LEADS, "main_never", "title, text, lang, published, kind")
def test_a_close_call_is_never_read_as(title: str, text: str, lang: str, published: str,
                                       kind: str) -> None:
    detection = detect(title, text, lang, _day(published))
    assert not detection.events or detection.events[0].type != kind


@cases(LEADS, "negatives", "title, text, lang, published")
def test_a_hard_negative_tells_no_event(title: str, text: str, lang: str, published: str) -> None:
    detection = detect(title, text, lang, _day(published))
    assert not (detection.relevant and detection.events)


def _day(published: str) -> date:
    return date.fromisoformat(published)
