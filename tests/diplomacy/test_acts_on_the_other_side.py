"""A government's act on the other side's firms, people and goods names that side as its target, even where
the country's name is only an adjective or absent ("added SMIC to its entity list", "sanctions on Lockheed
Martin", "truy tố hai công dân Trung Quốc", "禁止进口新疆棉花"); firms acting alone, a third country's act on
the same firms and crime or business stories stay not relevant. Our own leads, labelled before the run."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.diplomacy import detect
from extractors.diplomacy.analysis import read_sentence
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


# A country a firm gave its sentence is no other side acting for a later firm: only the countries the text
# names count (analysis._aimed_firms). Our own sentences, labelled before the run: (script, text, the
# sentence's countries).
FIRMS_IN_TURN = [
    ("en", "The U.S. sanctioned Huawei, and Micron was hit by a ban.", [(4, "USA"), (20, "CHN")]),
    ("en", "Washington sanctioned ZTE, and Qualcomm was hit by a ban.", [(0, "USA"), (22, "CHN")]),
    ("vi", "Mỹ trừng phạt Huawei, còn Micron bị cấm vận.", [(0, "USA"), (14, "CHN")]),
    ("zh", "美国制裁华为，美光也遭到禁令。", [(0, "USA"), (4, "CHN")]),
    # hard negatives: another side named before the later firm still makes it the target
    ("en", "The U.S. sanctioned Huawei, and China banned Micron.", [(4, "USA"), (20, "CHN"), (32, "CHN"),
                                                                   (45, "USA")]),
]


@pytest.mark.parametrize(("script", "text", "countries"), FIRMS_IN_TURN)
def test_a_firms_country_is_no_side_acting_on_a_later_firm(script: str, text: str,
                                                            countries: list[tuple[int, str]]) -> None:
    assert read_sentence(text, 1, 1.0, script).countries == countries
