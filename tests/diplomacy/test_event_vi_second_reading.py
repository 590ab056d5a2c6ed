"""A second reading of the 0.27.0 Vietnamese-copy rules: leads written and labelled by a second reader
before the detector read them, and hard negatives around each narrowing (a force's contact act only on a
craft, a gift only of aid goods, a medal only to a recipient of the three, a white paper only of a
government, an event's own bracketed days, a state's name after bang, a host's opening word after a
dateline, tiếp đó/tiếp tục, a stance's own date after its object), in Vietnamese, English and Chinese."""

from __future__ import annotations

from datetime import date

from extractors.diplomacy import detect
from extractors.diplomacy.eventpeople import SYMMETRIC  # either side may come first
from tests import FIXTURES
from tests.cases import cases
from tests.diplomacy.stories import main_event

LEADS = FIXTURES / "diplomacy" / "cases" / "test_event_vi_second_reading.toml"


@cases(LEADS, "leads", "title, text, lang, published, kind, actor, target, place, place_country, date")
def test_a_lead_tells_its_main_event(title: str, text: str, lang: str, published: str, kind: str,
                                     actor: str, target: str, place: str, place_country: str | None,
                                     date: str) -> None:
    found = main_event(title, text, lang, _day(published))
    sides: tuple[str, ...] | frozenset[str] = (found.actor, found.target)
    expected: tuple[str, ...] | frozenset[str] = (actor, target)
    if kind in SYMMETRIC:
        sides, expected = frozenset(sides), frozenset(expected)
    got = {"type": found.type, "sides": sides, "place": found.place or "", "date": found.date or ""}
    assert got == {"type": kind, "sides": expected, "place": place, "date": date}
    if place_country is not None:  # given where the lead tells it
        assert (found.place_country or "") == place_country


@cases(LEADS, "negatives", "title, text, lang, published")
def test_a_hard_negative_tells_no_event(title: str, text: str, lang: str, published: str) -> None:
    detection = detect(title, text, lang, _day(published))
    assert not (detection.relevant and detection.events)


@cases(LEADS, "never", "title, text, lang, published, kind")
def test_a_lead_is_never_read_as(title: str, text: str, lang: str, published: str, kind: str) -> None:
    detection = detect(title, text, lang, _day(published))
    assert kind not in {e.type for e in detection.events}


@cases(LEADS, "partial", "title, text, lang, published, kind, place, date")
def test_a_lead_keeps_what_is_certain(title: str, text: str, lang: str, published: str, kind: str,
                                      place: str, date: str) -> None:
    found = main_event(title, text, lang, _day(published))
    assert (found.type, found.place or "", found.date or "") == (kind, place, date)


def _day(published: str) -> date:
    return date.fromisoformat(published)
