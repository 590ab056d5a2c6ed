"""Ordinary Chinese copy: our own leads of every event type in the manner of Xinhua, People's Daily, Global
Times and China News Service (zh-Hans) and of CNA, UDN and the Liberty Times (zh-Hant): datelines
(`新华社北京X月X日电`, `中央社台北X日電`, `綜合外電報導`), relative days (`今天`, `昨天`, `当地时间X日`,
`X日晚`), buildings and cities in Chinese, office-holders by their Chinese names; each labelled by the
gold guide before the detector read it; beside hard negatives (third countries, provinces, companies,
sports, a commentary) and look-alikes that keep their act (former leaders, founders recalled,
relatives, the day of another act, an appeal against a demand)."""

from __future__ import annotations

from extractors.diplomacy import detect
from tests import FIXTURES
from tests.cases import cases
from tests.diplomacy.stories import assert_keeps, assert_lead, day, main_event, sides_of, tells_no_event

LEADS = FIXTURES / "diplomacy" / "cases" / "test_event_zh_copy.toml"


@cases(LEADS, "leads",
       "language, title, text, published, kind, actor, target, place, place_country, date, people")
def test_a_chinese_lead_tells_its_main_event(language: str, title: str, text: str, published: str,
                                            kind: str, actor: str, target: str, place: str,
                                            place_country: str, date: str, people: tuple[str, ...]) -> None:
    found = main_event(title, text, language, day(published))
    assert_lead(found, kind, actor, target, place, place_country, date, people)


@cases(LEADS, "negatives", "language, title, text, published")
def test_a_chinese_hard_negative_tells_no_event(language: str, title: str, text: str, published: str) -> None:
    assert tells_no_event(title, text, language, day(published))


@cases(LEADS, "keeps", "language, title, text, published, kind, actor, target, date, absent")
def test_a_chinese_look_alike_keeps_its_act(language: str, title: str, text: str, published: str,
                                           kind: str, actor: str, target: str, date: str,
                                           absent: tuple[str, ...]) -> None:
    found = main_event(title, text, language, day(published))
    assert_keeps(found, kind, actor, target, date, absent)


@cases(LEADS, "second_reading",
       "language, title, text, published, kind, not_kind, actor, target, place, date")
def test_a_second_reading_lead_reads_as_labelled(language: str, title: str, text: str, published: str,
                                                kind: str | None, not_kind: str | None, actor: str | None,
                                                target: str | None, place: str | None,
                                                date: str | None) -> None:
    """The second reading's leads (and ours around each narrowing): only the fields labelled are checked;
    `not_kind` holds when no event is read or the main one is of another type."""
    detection = detect(title, text, language, day(published))
    events = detection.events if detection.relevant else []
    if not events:
        assert kind is None and actor is None and place is None and date is None
        return
    found = next((e for e in events if e.main), events[0])
    if not_kind is not None:
        assert found.type != not_kind
    if kind is not None:
        assert found.type == kind
    if actor is not None:
        got_sides, expected_sides = sides_of(found, kind, actor, target)
        assert got_sides == expected_sides
    if place is not None:
        assert (found.place or "") == place
    if date is not None:
        assert (found.date or "") == date
