"""Ordinary English wire copy: our own leads of every event type in the manner of Reuters, AP, AFP,
Bloomberg, VnExpress International, Xinhua English, SCMP and Voice of America (datelines that are and are
not the event's place, buildings, weekdays, "late on Monday", "yesterday", explicit dates, announced trips
without a day), each labelled by the gold guide before the detector read it; beside hard negatives (other
countries' diplomacy, companies, provinces, sport, weather, markets) and leads whose act is another than the
one they look like (a protest over a meeting, a measure before a summit, a president-elect's call)."""

from __future__ import annotations

from datetime import date

from extractors.diplomacy import detect
from extractors.diplomacy.eventpeople import SYMMETRIC  # either side may come first
from tests import FIXTURES
from tests.cases import cases
from tests.diplomacy.stories import main_event

LEADS = FIXTURES / "diplomacy" / "cases" / "test_english_leads.toml"


@cases(LEADS, "leads", "title, text, published, kind, actor, target, place, place_country, date, people")
def test_an_english_lead_tells_its_main_event(title: str, text: str, published: str, kind: str, actor: str,
                                              target: str, place: str, place_country: str, date: str,
                                              people: tuple[str, ...]) -> None:
    found = main_event(title, text, "en", _day(published))
    sides: tuple[str, ...] | frozenset[str] = (found.actor, found.target)
    expected_sides: tuple[str, ...] | frozenset[str] = (actor, target)
    if kind in SYMMETRIC:
        sides, expected_sides = frozenset(sides), frozenset(expected_sides)
    got = {"type": found.type, "sides": sides, "place": found.place or "",
           "place_country": found.place_country or "", "date": found.date or "", "people": set(found.people)}
    assert got == {"type": kind, "sides": expected_sides, "place": place, "place_country": place_country,
                   "date": date, "people": set(people)}


@cases(LEADS, "negatives", "title, text, published")
def test_an_english_hard_negative_tells_no_event(title: str, text: str, published: str) -> None:
    detection = detect(title, text, "en", _day(published))
    assert not (detection.relevant and detection.events)


@cases(LEADS, "keeps", "title, text, published, kind, actor, target, date, absent")
def test_an_english_hard_negative_keeps_its_act(title: str, text: str, published: str, kind: str,
                                               actor: str, target: str, date: str,
                                               absent: tuple[str, ...]) -> None:
    found = main_event(title, text, "en", _day(published))
    sides = (found.actor, found.target)
    assert (found.type, set(sides) if kind in SYMMETRIC else sides) == (
        kind, {actor, target} if kind in SYMMETRIC else (actor, target))
    assert (found.date or "") == date
    assert not set(absent) & set(found.people)


@cases(LEADS, "reread", "title, text, published, language, kind, actor, target, not_kind, present, absent")
def test_a_reread_lead_reads_what_is_certain(title: str, text: str, published: str, language: str | None,
                                             kind: str | None, actor: str | None, target: str | None,
                                             not_kind: str | None, present: tuple[str, ...] | None,
                                             absent: tuple[str, ...] | None) -> None:
    found = main_event(title, text, language or "en", _day(published))
    if kind:
        sides = (found.actor, found.target)
        assert (found.type, set(sides) if kind in SYMMETRIC else sides) == (
            kind, {actor, target} if kind in SYMMETRIC else (actor, target))
    assert found.type != not_kind
    assert set(present or ()) <= set(found.people)
    assert not set(absent or ()) & set(found.people)


def _day(published: str) -> date:
    return date.fromisoformat(published)
