"""Who acts on whom in Vietnamese copy: hosts named by a ministry's office without its country, titles whose
country follows them ("Đại sứ Mỹ tại Việt Nam", "Bộ trưởng Quốc phòng Trung Quốc"), spokespeople of a ministry
named with its country after it, TTXVN source lines, messages whose recipient follows their word; beside hard
negatives (a Vietnamese envoy received abroad, the Vietnamese spokesperson speaking of the US, a Chinese
ambassador in Washington). Our own leads, labelled by the guide of bench/gold/README.md before the detector
read them."""

from __future__ import annotations

from tests import FIXTURES
from tests.cases import cases
from tests.diplomacy.stories import day, main_event, sides_of

CASES = FIXTURES / "diplomacy" / "cases" / "test_event_vi_sides.toml"
TABLES = ("receptions", "receptions_abroad", "encounters", "spokespeople", "spokespeople_negatives",
          "messages", "messages_negatives", "second_set",
          "party_titles", "source_lines", "portfolios",
          "answered_first")


@cases(CASES, TABLES, "title, text, published, act, place_country")
def test_the_vietnamese_lead_names_who_acts(title: str, text: str, published: str, act: tuple[str, str, str],
                                           place_country: str | None) -> None:
    found = main_event(title, text, "vi", day(published))
    kind, actor, target = act
    got, expected = sides_of(found, kind, actor, target)
    assert (found.type, got) == (kind, expected)
    if place_country is not None:
        assert (found.place_country or "") == place_country


@cases(CASES, "other_languages", "title, text, language, published, act, place_country")
def test_the_lead_of_another_language_names_who_acts(title: str, text: str, language: str, published: str,
                                                    act: tuple[str, str, str],
                                                    place_country: str | None) -> None:
    found = main_event(title, text, language, day(published))
    kind, actor, target = act
    got, expected = sides_of(found, kind, actor, target)
    assert (found.type, got) == (kind, expected)
    if place_country is not None:
        assert (found.place_country or "") == place_country
