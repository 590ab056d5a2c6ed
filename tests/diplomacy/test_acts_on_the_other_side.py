"""A government's act on the other side's firms, people and goods names that side as its target, even where
the country's name is only an adjective or absent ("added SMIC to its entity list", "sanctions on Lockheed
Martin", "truy tố hai công dân Trung Quốc", "禁止进口新疆棉花"); firms acting alone, a third country's act on
the same firms and crime or business stories stay not relevant. Our own leads, labelled before the run."""

from __future__ import annotations

from datetime import date

from extractors.diplomacy import detect
from tests import FIXTURES
from tests.cases import cases
from tests.diplomacy.stories import main_event

CASES = FIXTURES / "diplomacy" / "cases" / "test_acts_on_the_other_side.toml"


@cases(CASES, ("on_firms", "on_people_and_goods", "by_office_holders", "to_citizens"),
       "language, title, text, published, expected")
def test_an_act_on_the_other_sides_firm_people_or_goods_is_read(
        language: str, title: str, text: str, published: date, expected: tuple[str, str, str]) -> None:
    event = main_event(title, text, language, published)
    assert (event.type, event.actor, event.target) == expected


@cases(CASES, ("not_relevant", "not_by_office_holders", "not_to_citizens"),
       "language, title, text, published")
def test_no_act_between_the_three(language: str, title: str, text: str, published: date) -> None:
    detection = detect(title, text, language, published)
    assert not detection.relevant, detection.events
