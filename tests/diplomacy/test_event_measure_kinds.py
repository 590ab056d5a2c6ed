"""Measures, aid and reduced relations told apart: which of two measures is a sentence's act, the kinds of
measure words (a special trade status, dealings with firms, port calls suspended), a measure announced, aid
offered, and the third countries' measures and aid that tell none between the three."""

from __future__ import annotations

from datetime import date

from extractors.diplomacy import detect
from tests import FIXTURES
from tests.cases import cases
from tests.diplomacy.stories import main_event

CASES = FIXTURES / "diplomacy" / "cases" / "test_event_measure_kinds.toml"
MEASURES_AND_AID = frozenset({"sanction", "trade_measure", "reduce_relations", "aid"})


@cases(CASES, ("told_first", "special_status", "announced", "dealings", "port_calls", "aid",
               "decree_headline", "practice_found", "second_read"),
       "language, title, text, published, expected")
def test_a_measure_or_aid_is_read_as_its_kind(language: str, title: str, text: str, published: date,
                                              expected: tuple[str, str, str]) -> None:
    event = main_event(title, text, language, published)
    assert (event.type, event.actor, event.target) == expected


@cases(CASES, "no_measure", "language, title, text, published")
def test_no_measure_or_aid_between_the_three(language: str, title: str, text: str, published: date) -> None:
    detection = detect(title, text, language, published)
    assert not [event for event in detection.events if event.type in MEASURES_AND_AID], detection.events


@cases(CASES, "second_not_relevant", "language, title, text, published")
def test_second_reading_not_relevant(language: str, title: str, text: str, published: date) -> None:
    """A special status offered or enjoyed, a firm's own trading barred, a cap on no press, a community's
    donation, a rescue team at work: no story of the three, as with 0.30.0."""
    detection = detect(title, text, language, published)
    assert not detection.relevant, detection.events


@cases(CASES, "second_never_reduced", "language, title, text, published")
def test_second_reading_never_reduced(language: str, title: str, text: str, published: date) -> None:
    """A report of a visit denied, a cap on films: never relations reduced."""
    detection = detect(title, text, language, published)
    assert not [event for event in detection.events if event.type == "reduce_relations"], detection.events


@cases(CASES, "second_no_military", "language, title, text, published")
def test_second_reading_no_military(language: str, title: str, text: str, published: date) -> None:
    """An airline named "the carrier" hosting guests: no navy's act."""
    detection = detect(title, text, language, published)
    assert not [event for event in detection.events if event.type == "military"], detection.events
