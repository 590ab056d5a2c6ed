"""Ordinary Vietnamese copy: our own leads of every event type in the manner of TTXVN/VNA, VnExpress, Tuổi
Trẻ, Thanh Niên, Báo Chính phủ and Nhân Dân (titles before names, Hán-Việt names of Chinese leaders, relative
days, datelines, buildings and cities in Vietnamese spelling), each labelled by the gold guide before the
detector read it; beside hard negatives (provinces' talks, companies' signings, third countries, former
leaders, relatives, the day of another act)."""

from __future__ import annotations

from tests import FIXTURES
from tests.cases import cases
from tests.diplomacy.stories import assert_keeps, assert_lead, day, main_event, tells_no_event

LEADS = FIXTURES / "diplomacy" / "cases" / "test_event_vi_copy.toml"


@cases(LEADS, "leads", "title, text, published, kind, actor, target, place, place_country, date, people")
def test_a_vietnamese_lead_tells_its_main_event(title: str, text: str, published: str, kind: str, actor: str,
                                               target: str, place: str, place_country: str, date: str,
                                               people: tuple[str, ...]) -> None:
    found = main_event(title, text, "vi", day(published))
    assert_lead(found, kind, actor, target, place, place_country, date, people)


@cases(LEADS, "negatives", "title, text, published")
def test_a_vietnamese_hard_negative_tells_no_event(title: str, text: str, published: str) -> None:
    assert tells_no_event(title, text, "vi", day(published))


@cases(LEADS, "keeps", "title, text, published, kind, actor, target, date, absent")
def test_a_vietnamese_hard_negative_keeps_its_act(title: str, text: str, published: str, kind: str,
                                                 actor: str, target: str, date: str,
                                                 absent: tuple[str, ...]) -> None:
    found = main_event(title, text, "vi", day(published))
    assert_keeps(found, kind, actor, target, date, absent)

