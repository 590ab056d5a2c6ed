"""The rules of 0.28.0 as narrowed after a reading of the whole round: goods arriving only as the arrival
word's subject, a curb weighed is none, a Chinese military act done by the side named nearest before it,
goods arriving in a province placed nowhere, a common name only with its holder's titles."""

from __future__ import annotations

from datetime import date

from extractors.diplomacy import detect
from tests import FIXTURES
from tests.cases import cases
from tests.diplomacy.stories import assert_labelled

CASES = FIXTURES / "diplomacy" / "cases" / "test_round_reading.toml"
TABLES = ("goods_arrivals", "source_lines", "weighed_curbs", "theatre_sides", "goods_provinces")


@cases(CASES, TABLES, "language, title, text, published, type, type_not, actor, target, place")
def test_a_round_lead_reads_as_labelled(language: str, title: str, text: str, published: date,
                                        type: str | None, type_not: str | None, actor: str | None,
                                        target: str | None, place: str | None) -> None:
    assert_labelled(title, text, language, published, type, type_not, actor, target, place)


@cases(CASES, "common_names", "language, title, text, published, people_in, people_out")
def test_a_common_name_only_with_its_titles(language: str, title: str, text: str, published: date,
                                            people_in: list[str] | None,
                                            people_out: list[str] | None) -> None:
    events = detect(title, text, language, published).events
    people = set(next((e for e in events if e.main), events[0]).people) if events else set()
    assert set(people_in or ()) <= people
    assert not set(people_out or ()) & people
