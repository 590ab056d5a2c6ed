"""Vietnamese and Chinese events: the type, direction and place of the main event where the two languages'
own wording decides them (visits ending, ports and bays, a country before its city, briefings, responses,
congratulations exchanged, handovers, trade investigations). Our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.core.models import Event
from tests import FIXTURES
from tests.cases import cases
from tests.diplomacy.stories import acts
from tests.diplomacy.stories import main_event as story_event

CASES = FIXTURES / "diplomacy" / "cases" / "test_event_vizh.toml"
PUBLISHED = date(2024, 3, 12)


def main_event(title: str, text: str, language: str) -> Event:
    return story_event(title, text, language, PUBLISHED)


def events(title: str, text: str, language: str) -> list[tuple[str, str, str]]:
    return acts(title, text, language, PUBLISHED)


# ---------------------------------------------------------------- case tables: the main event's fields
# Each case's id names the mechanism and the case (visits ending now, trade investigations, capitals glued
# to a Chinese visit word; a country named before its city, a briefing under a dateline).
@cases(CASES, "acts", "title, text, language, expected")
def test_the_main_events_act(title: str, text: str, language: str, expected: tuple[str, str, str]) -> None:
    found = main_event(title, text, language)
    assert (found.type, found.actor, found.target) == expected


@cases(CASES, "sides_places_dates", "title, text, language, expected")
def test_who_whom_where_and_when(title: str, text: str, language: str,
                                 expected: tuple[str, str, str, str]) -> None:
    found = main_event(title, text, language)
    assert (found.actor, found.target, found.place or "", found.date) == expected


@cases(CASES, "places", "title, text, language, expected")
def test_the_main_events_place(title: str, text: str, language: str, expected: str) -> None:
    assert (main_event(title, text, language).place or "") == expected  # "" for no city


# ---------------------------------------------------------------- a visit ending now
def test_a_chinese_visit_ended_before_another_act_is_an_earlier_stop() -> None:
    # 后: the visit is over, the trip goes on elsewhere; Vietnam is where the minister came from.
    assert ("visit", "USA", "VNM") not in events(
        "", "美国国务卿结束访问越南后抵达泰国曼谷，同泰国外长会谈。", "zh")


# ---------------------------------------------------------------- places
@pytest.mark.parametrize(("title", "text"), [
    ("Tàu khu trục Mỹ thăm Cảng quốc tế Cam Ranh",
     "Sáng nay, tàu khu trục của Hải quân Hoa Kỳ đã cập Cảng quốc tế Cam Ranh, "
     "bắt đầu chuyến thăm Việt Nam."),
    ("Tàu khu trục Mỹ thăm vịnh Cam Ranh",
     "Hôm qua, tàu khu trục của Hải quân Mỹ đã đến vịnh Cam Ranh, bắt đầu chuyến thăm Việt Nam năm ngày."),
])
def test_a_vietnamese_port_or_bay_named_by_its_city_is_in_that_city(title: str, text: str) -> None:
    found = main_event(title, text, "vi")
    assert (found.actor, found.target, found.place) == ("USA", "VNM", "Cam Ranh")


def test_a_headline_port_by_its_city_names_the_host() -> None:
    # "Cam Ranh" alone in the headline stands for Vietnam: the story is US–Vietnam.
    found = main_event("Tàu Hải quân Mỹ lần đầu thăm cảng Cam Ranh",
                       "Chiều qua, hai tàu của Hải quân Hoa Kỳ đã cập cảng Cam Ranh. Thủy thủ sẽ giao lưu "
                       "với người dân địa phương và tham gia các hoạt động thể thao.", "vi")
    assert (found.actor, found.target) == ("USA", "VNM")


@pytest.mark.parametrize(("title", "text", "language"), [
    ("Người phát ngôn Bộ Ngoại giao nói về tàu tuần tra của Mỹ",
     "Chiều nay, tại cuộc họp báo thường kỳ, Người phát ngôn Bộ Ngoại giao cho biết Việt Nam hoan nghênh "
     "việc Mỹ chuyển giao tàu tuần tra. Bộ trưởng Quốc phòng Mỹ đã công bố việc chuyển giao trong bài "
     "phát biểu tại Hà Nội tuần trước.", "vi"),
    ("外交部发言人谈美国军舰",
     "外交部发言人今天在例行记者会上表示，中方反对美国军舰进入南海有关岛礁邻近海域。美国国防部长上周"
     "在新加坡发表演讲时宣布了有关计划。", "zh"),
])
def test_a_briefing_states_the_place_without_a_city(title: str, text: str, language: str) -> None:
    # The city of the later sentence is where someone else spoke, not the briefing's.
    assert main_event(title, text, language).place is None


# ---------------------------------------------------------------- who does what
def test_a_chinese_welcome_of_a_visit_to_vietnam_is_vietnam_hosting() -> None:
    # 对越 holds the mark of where the visit goes; the land after 的 is the visitor's.
    found = main_event("越南国防部长主持仪式欢迎美国国防部长",
                       "越南国防部长今天上午在河内主持仪式，欢迎对越南进行正式访问的美国国防部长。", "zh")
    assert (found.type, found.actor, found.target, found.place) == ("host_visit", "VNM", "USA", "Hanoi")


@pytest.mark.parametrize(("title", "answered"), [
    ("中国外交部回应越南抗议", "protest"),
    ("中国外交部回应美方指责", "accuse"),
])
def test_a_chinese_response_answers_the_other_sides_act(title: str, answered: str) -> None:
    found = events(title, "", "zh")
    assert found[0] == ("statement", "CHN", found[0][2]) and found[0][2] in ("VNM", "USA")
    assert (answered, found[0][2], "CHN") in found


def test_a_response_to_a_measure_answers_it_too() -> None:
    assert events("中方回应美方制裁", "", "zh") == [("statement", "CHN", "USA"), ("sanction", "USA", "CHN")]


# ---------------------------------------------------------------- kinds of act
def test_messages_exchanged_are_congratulations_not_talks() -> None:
    found = main_event("Lãnh đạo Việt Nam – Trung Quốc trao đổi điện mừng nhân dịp năm mới",
                       "Hôm nay, Tổng Bí thư Việt Nam và Tổng Bí thư Trung Quốc đã trao đổi điện mừng.", "vi")
    assert found.type == "praise"


@pytest.mark.parametrize(("title", "text", "language"), [
    ("中越领导人互致贺电",
     "新华社北京3月12日电 中共中央总书记同越共中央总书记今天互致贺电，庆祝两国友好交往。", "zh"),
    ("Lãnh đạo Việt Nam và Trung Quốc trao đổi điện mừng",
     "Hà Nội, 12/3 - Tổng Bí thư Việt Nam và Tổng Bí thư Trung Quốc hôm nay đã trao đổi điện mừng.", "vi"),
])
def test_a_message_sent_has_no_place_whatever_the_dateline(title: str, text: str, language: str) -> None:
    found = main_event(title, text, language)
    assert found.type == "praise" and (found.place, found.place_country) == (None, None)


# ---------------------------------------------------------------- people
@pytest.mark.parametrize(("title", "text", "language", "people"), [
    ("Bộ trưởng Thương mại Mỹ Gina Raimondo đến Bắc Kinh",
     "Chiều nay, Bộ trưởng Thương mại Mỹ Gina Raimondo đã tới Bắc Kinh, bắt đầu chuyến thăm Trung Quốc. "
     "Đây là chuyến thăm Trung Quốc thứ ba của một quan chức Mỹ, sau chuyến đi của Bộ trưởng Tài chính Mỹ "
     "Janet Yellen.",
     "vi", {"Gina Raimondo"}),
    ("王毅会见美国国务卿布林肯",
     "新华社北京3月12日电 外交部长王毅12日在北京会见美国国务卿布林肯。"
     "布林肯是继耶伦之后访华的又一位美国内阁级官员。", "zh", {"Wang Yi", "Antony Blinken"}),
    ("习近平会见美国财政部长耶伦",
     "国家主席习近平12日在北京会见美国财政部长耶伦。耶伦此前已同国务院副总理何立峰会谈。", "zh",
     {"Xi Jinping", "Janet Yellen"}),
])
def test_people_of_an_earlier_trip_or_talks_take_no_part(title: str, text: str, language: str,
                                                          people: set[str]) -> None:
    assert set(main_event(title, text, language).people) == people


# ---------------------------------------------------------------- dates
@pytest.mark.parametrize(("title", "text", "language"), [
    ("拜登与习近平通电话", "（路透华盛顿11日电）美国总统拜登今天与中国国家主席习近平通电话。", "zh"),
    ("Mỹ áp thuế chống bán phá giá lên tôm Việt Nam",
     "Oa-sinh-tơn, 11/3 - Bộ Thương mại Mỹ hôm nay công bố áp thuế chống bán phá giá lên tôm Việt Nam.",
     "vi"),
])
def test_today_of_a_dispatch_is_the_day_it_was_filed(title: str, text: str, language: str) -> None:
    # Published on the 12th (Asian time) from a dispatch filed on the 11th.
    assert main_event(title, text, language).date == "2024-03-11"


def test_the_day_of_a_matter_asked_about_is_not_the_answers() -> None:
    found = main_event("Việt Nam phản đối Trung Quốc tập trận ở Hoàng Sa",
                       "Ngày 11/3, trả lời câu hỏi của phóng viên về việc Trung Quốc tổ chức tập trận "
                       "tại quần đảo Hoàng Sa hôm 8/3, Người phát ngôn Bộ Ngoại giao kiên quyết phản đối "
                       "hành động này.",
                       "vi")
    assert (found.type, found.date) == ("protest", "2024-03-11")


