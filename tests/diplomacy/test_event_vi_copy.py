"""Ordinary Vietnamese copy: our own leads of every event type in the manner of TTXVN/VNA, VnExpress, Tuổi
Trẻ, Thanh Niên, Báo Chính phủ and Nhân Dân (titles before names, Hán-Việt names of Chinese leaders, relative
days, datelines, buildings and cities in Vietnamese spelling), each labelled by the gold guide before the
detector read it; beside hard negatives (provinces' talks, companies' signings, third countries, former
leaders, relatives, the day of another act)."""

from __future__ import annotations

from datetime import date

from extractors.diplomacy import detect
from extractors.diplomacy.eventpeople import SYMMETRIC  # either side may come first
from tests import FIXTURES
from tests.cases import cases
from tests.diplomacy.stories import main_event

LEADS = FIXTURES / "diplomacy" / "cases" / "test_event_vi_copy.toml"


@cases(LEADS, "leads", "title, text, published, kind, actor, target, place, place_country, date, people")
def test_a_vietnamese_lead_tells_its_main_event(title: str, text: str, published: str, kind: str, actor: str,
                                               target: str, place: str, place_country: str, date: str,
                                               people: tuple[str, ...]) -> None:
    found = main_event(title, text, "vi", _day(published))
    sides: tuple[str, ...] | frozenset[str] = (found.actor, found.target)
    expected_sides: tuple[str, ...] | frozenset[str] = (actor, target)
    if kind in SYMMETRIC:
        sides, expected_sides = frozenset(sides), frozenset(expected_sides)
    got = {"type": found.type, "sides": sides, "place": found.place or "",
           "place_country": found.place_country or "", "date": found.date or "", "people": set(found.people)}
    assert got == {"type": kind, "sides": expected_sides, "place": place, "place_country": place_country,
                   "date": date, "people": set(people)}


@cases(LEADS, "negatives", "title, text, published")
def test_a_vietnamese_hard_negative_tells_no_event(title: str, text: str, published: str) -> None:
    detection = detect(title, text, "vi", _day(published))
    assert not (detection.relevant and detection.events)


@cases(LEADS, "keeps", "title, text, published, kind, actor, target, date, absent")
def test_a_vietnamese_hard_negative_keeps_its_act(title: str, text: str, published: str, kind: str,
                                                 actor: str, target: str, date: str,
                                                 absent: tuple[str, ...]) -> None:
    found = main_event(title, text, "vi", _day(published))
    sides = (found.actor, found.target)
    assert (found.type, set(sides) if kind in SYMMETRIC else sides) == (
        kind, {actor, target} if kind in SYMMETRIC else (actor, target))
    assert (found.date or "") == date
    assert not set(absent) & set(found.people)


def _day(published: str) -> date:
    return date.fromisoformat(published)
