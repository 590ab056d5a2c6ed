"""Ordinary English wire copy: our own leads of every event type in the manner of Reuters, AP, AFP,
Bloomberg, VnExpress International, Xinhua English, SCMP and Voice of America (datelines that are and are
not the event's place, buildings, weekdays, "late on Monday", "yesterday", explicit dates, announced trips
without a day), each labelled by the gold guide before the detector read it; beside hard negatives (other
countries' diplomacy, companies, provinces, sport, weather, markets) and leads whose act is another than the
one they look like (a protest over a meeting, a measure before a summit, a president-elect's call)."""

from __future__ import annotations

from tests import FIXTURES
from tests.cases import cases
from tests.diplomacy.stories import assert_keeps, assert_lead, day, main_event, sides_of, tells_no_event

LEADS = FIXTURES / "diplomacy" / "cases" / "test_english_leads.toml"


@cases(LEADS, "leads", "title, text, published, kind, actor, target, place, place_country, date, people")
def test_an_english_lead_tells_its_main_event(title: str, text: str, published: str, kind: str, actor: str,
                                              target: str, place: str, place_country: str, date: str,
                                              people: tuple[str, ...]) -> None:
    found = main_event(title, text, "en", day(published))
    assert_lead(found, kind, actor, target, place, place_country, date, people)


@cases(LEADS, "negatives", "title, text, published")
def test_an_english_hard_negative_tells_no_event(title: str, text: str, published: str) -> None:
    assert tells_no_event(title, text, "en", day(published))


@cases(LEADS, "keeps", "title, text, published, kind, actor, target, date, absent")
def test_an_english_hard_negative_keeps_its_act(title: str, text: str, published: str, kind: str,
                                               actor: str, target: str, date: str,
                                               absent: tuple[str, ...]) -> None:
    found = main_event(title, text, "en", day(published))
    assert_keeps(found, kind, actor, target, date, absent)


@cases(LEADS, "reread", "title, text, published, language, kind, actor, target, not_kind, present, absent")
def test_a_reread_lead_reads_what_is_certain(title: str, text: str, published: str, language: str | None,
                                             kind: str | None, actor: str | None, target: str | None,
                                             not_kind: str | None, present: tuple[str, ...] | None,
                                             absent: tuple[str, ...] | None) -> None:
    found = main_event(title, text, language or "en", day(published))
    if kind:
        got_sides, expected_sides = sides_of(found, kind, actor, target)
        assert (found.type, got_sides) == (kind, expected_sides)
    assert found.type != not_kind
    assert set(present or ()) <= set(found.people)
    assert not set(absent or ()) & set(found.people)

