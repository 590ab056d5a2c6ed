"""Hard cases for the main-event rules of English, Vietnamese and Chinese news: words that look like a rule's
trigger and are not (an adjective for a verb, an active verb for a headline's passive, a clause of another
time beside the main act, a surname shared by two office-holders, a common verb for an act). Our own
sentences."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.core.models import Event
from extractors.diplomacy import detect
from tests.diplomacy.stories import main_event as story_event

PUBLISHED = date(2024, 3, 12)


def main_event(title: str, text: str, language: str) -> Event:
    return story_event(title, text, language, PUBLISHED)


@pytest.mark.parametrize(("title", "text"), [
    ("Protesters rally close to the U.S. embassy in Hanoi over China policy",
     "HANOI (Reuters) - Hundreds of people gathered close to the U.S. embassy in Hanoi on Sunday to protest "
     "against China's actions in the South China Sea."),
    ("China warns U.S. over Taiwan, sources close to the Chinese embassy say",
     "WASHINGTON (Reuters) - China warned the United States on Tuesday over arms sales to Taiwan, sources "
     "close to the Chinese embassy in Washington said."),
])
def test_near_an_embassy_is_no_mission_closed(title: str, text: str) -> None:
    events = detect(title, text, "en", PUBLISHED).events
    assert "reduce_relations" not in [e.type for e in events]


def test_a_headline_verb_with_a_country_after_its_preposition_is_active() -> None:
    found = main_event("Vietnam protested at China's oil rig deployment",
                       "HANOI (Reuters) - Vietnam protested at China's deployment of an oil rig in disputed "
                       "waters on Monday.", "en")
    assert (found.type, found.actor, found.target) == ("protest", "VNM", "CHN")


def test_a_headline_participle_before_a_city_is_still_a_passive() -> None:
    found = main_event("U.S. criticised in Beijing over Taiwan", "", "en")
    assert (found.type, found.actor, found.target) == ("criticize", "CHN", "USA")


@pytest.mark.parametrize(("title", "text", "language", "people"), [
    ("中美外长在北京会晤",
     "新华社北京3月12日电 外交部长王毅12日在北京会见美国国务卿布林肯，此前两人曾在雅加达会晤。", "zh",
     {"Wang Yi", "Antony Blinken"}),
    ("Mỹ và Trung Quốc hội đàm cấp ngoại trưởng",
     "Bắc Kinh, 12/3 - Ngoại trưởng Mỹ Antony Blinken hội đàm với Bộ trưởng Ngoại giao Vương Nghị tại Bắc "
     "Kinh, sau chuyến thăm của Bộ trưởng Tài chính Janet Yellen.", "vi", {"Antony Blinken", "Wang Yi"}),
])
def test_people_of_the_main_act_beside_a_clause_of_an_earlier_trip_take_part(
        title: str, text: str, language: str, people: set[str]) -> None:
    assert set(main_event(title, text, language).people) == people


def test_a_clause_of_an_earlier_trip_runs_on_past_a_comma_between_offices() -> None:
    found = main_event("Thủ tướng Phạm Minh Chính điện đàm với Thủ tướng Trung Quốc Lý Cường",
                       "Hà Nội, 12/3 - Thủ tướng Phạm Minh Chính đã điện đàm với Thủ tướng Trung Quốc Lý "
                       "Cường. Cuộc điện đàm diễn ra một tuần sau chuyến thăm Việt Nam của Ủy viên Quốc vụ, "
                       "Bộ trưởng Ngoại giao Trung Quốc Vương Nghị.", "vi")
    assert found.type == "phone_call" and "Wang Yi" not in found.people


def test_a_warships_call_a_government_tells_of_is_no_accusation() -> None:
    found = main_event("Vietnam says U.S. warship visit shows deeper military ties",
                       "HANOI (Reuters) - Vietnam said on Monday a U.S. aircraft carrier will visit Da "
                       "Nang in March, a sign of deeper military ties.", "en")
    assert (found.type, found.actor, found.target) == ("military", "USA", "VNM")


@pytest.mark.parametrize("word", ["at", "during"])
def test_talks_where_something_was_agreed_are_held(word: str) -> None:
    found = main_event("Vietnam, China agree on border at talks",
                       f"HANOI (Reuters) - Vietnam and China agreed on Monday {word} talks in Hanoi to "
                       "speed up border demarcation.", "en")
    assert found.type == "meet"


def test_a_surname_shared_with_an_earlier_office_holder_follows_the_full_name() -> None:
    found = detect("Vance meets Deng in Beijing",
                   "BEIJING (AP) - Secretary of State Cyrus Vance met Chinese Vice Premier Deng Xiaoping "
                   "in Beijing on Tuesday.", "en", date(1977, 8, 23)).events[0]
    assert "JD Vance" not in found.people


def test_handing_over_duties_is_no_aid() -> None:
    found = detect("Đại sứ Mỹ bàn giao nhiệm vụ",
                   "Hà Nội, 12/3 - Đại sứ Mỹ tại Việt Nam bàn giao nhiệm vụ cho người kế nhiệm trước khi "
                   "rời Hà Nội.", "vi", PUBLISHED).events
    assert "aid" not in [e.type for e in found]
