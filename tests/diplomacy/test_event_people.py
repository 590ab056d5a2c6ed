"""Who takes part in the main event: not those of a clause telling another act, not those of talks to come;
the speaker's spokesperson; the members of a delegation."""

from __future__ import annotations

from tests.diplomacy.stories import main_event


# ---------------------------------------------------------------- clauses telling another act
def test_people_of_a_clause_after_since_take_no_part() -> None:
    event = main_event("Kerry meets Vietnam's prime minister in Hanoi",
                       "HANOI - U.S. Secretary of State John Kerry met Vietnamese Prime Minister "
                       "Nguyen Tan Dung in Hanoi on Monday, the first such talks since President Truong Tan "
                       "Sang visited the White House.")
    assert (event.type, {event.actor, event.target}) == ("meet", {"USA", "VNM"})
    assert set(event.people) == {"John Kerry", "Nguyễn Tấn Dũng"}


def test_people_of_a_trip_a_report_follows_take_no_part() -> None:
    event = main_event("Vietnam's Sang holds talks with China's Xi in Beijing",
                       "Chủ tịch nước Trương Tấn Sang hội đàm với Chủ tịch Trung Quốc Tập Cận Bình tại Bắc "
                       "Kinh hôm qua, sau chuyến thăm Trung Quốc của Thủ tướng Nguyễn Tấn Dũng năm ngoái.",
                       "vi")
    assert set(event.people) == {"Trương Tấn Sang", "Xi Jinping"}


def test_people_of_earlier_talks_in_chinese_take_no_part() -> None:
    event = main_event("习近平会见美国国务卿克里",
                       "国家主席习近平今天在北京会见美国国务卿克里，"
                       "此前克里已同国务院总理李强举行会谈。", "zh")
    assert set(event.people) == {"Xi Jinping", "John Kerry"}


def test_a_clause_that_tells_the_event_itself_keeps_its_people() -> None:
    # The clause opens before the meeting's own word: it is the report of the meeting, not of another act.
    event = main_event("Căng thẳng Việt - Trung hạ nhiệt một ngày sau cuộc hội đàm Trương Tấn Sang - "
                       "Tập Cận Bình", language="vi")
    assert set(event.people) == {"Trương Tấn Sang", "Xi Jinping"}


# ---------------------------------------------------------------- talks to come, spokespeople, delegations
def test_talks_to_come_add_no_one_to_a_visit_begun() -> None:
    event = main_event("China's premier arrives in Hanoi for official visit after summit",
                       "HANOI - Chinese Premier Li Qiang arrived in Hanoi on Sunday for an official visit. "
                       "Li Qiang is due to hold talks with Prime Minister Pham Minh Chinh on Monday.")
    assert (event.type, event.actor, event.target) == ("visit", "CHN", "VNM")
    assert event.people == ("Li Qiang",)


def test_the_speakers_spokesperson_says_the_act() -> None:
    event = main_event("Vietnam protests China's new map",
                       "HANOI - Vietnam on Monday protested a new map issued by China. "
                       "The map violates Vietnam's sovereignty and has no legal value, foreign ministry "
                       "spokeswoman Le Thi Thu Hang said in a statement.")
    assert (event.actor, event.target) == ("VNM", "CHN")
    assert "Lê Thị Thu Hằng" in event.people


def test_a_delegations_members_take_part_in_the_talks() -> None:
    event = main_event("中美经贸会谈在日内瓦举行",
                       "美国财政部长贝森特与中国国务院副总理何立峰今天在日内瓦举行经贸会谈。"
                       "美方代表团成员还包括国务卿克里。", "zh")
    assert {event.actor, event.target} == {"USA", "CHN"}
    assert {"Scott Bessent", "He Lifeng", "John Kerry"} <= set(event.people)


def test_a_third_countrys_official_in_a_report_takes_no_part() -> None:
    event = main_event("Blinken holds talks with Vietnam foreign minister in Hanoi",
                       "HANOI - U.S. Secretary of State Antony Blinken held talks with Vietnamese Foreign "
                       "Minister Bui Thanh Son in Hanoi on Monday as Chinese Foreign Minister Wang Yi toured "
                       "Cambodia.")
    assert (event.type, event.actor, event.target) == ("meet", "USA", "VNM")
    assert set(event.people) == {"Antony Blinken", "Bùi Thanh Sơn"}


def test_the_targets_spokesperson_answers_a_measure_and_takes_no_part() -> None:
    event = main_event("US adds Chinese chipmakers to trade blacklist",
                       "The U.S. Commerce Department on Monday added 12 Chinese chipmakers to its entity "
                       "list. Chinese foreign ministry spokesman Wang Wenbin said Beijing firmly opposed the "
                       "U.S. move.")
    assert (event.actor, event.target) == ("USA", "CHN")
    assert event.type not in ("statement", "protest", "criticize", "accuse", "demand")
    assert "Wang Wenbin" not in event.people


def test_a_predecessor_takes_no_part() -> None:
    event = main_event("China's Li meets Vietnam's Dung in Beijing",
                       "BEIJING - Chinese Premier Li Keqiang, who replaced Wen Jiabao as premier in March, "
                       "met Vietnamese Prime Minister Nguyen Tan Dung in Beijing on Tuesday.")
    assert set(event.people) == {"Li Keqiang", "Nguyễn Tấn Dũng"}


def test_a_spokesperson_in_the_entourage_travels_with_the_visitor() -> None:
    event = main_event("Thủ tướng Nguyễn Tấn Dũng bắt đầu thăm chính thức Hoa Kỳ",
                       "Sáng nay, Thủ tướng Nguyễn Tấn Dũng lên đường thăm chính thức Hoa Kỳ theo lời mời "
                       "của Tổng thống Barack Obama. Tháp tùng Thủ tướng có Bộ trưởng Ngoại giao Phạm Bình "
                       "Minh và Người phát ngôn Bộ Ngoại giao Lê Hải Bình.", "vi")
    assert (event.type, event.actor, event.target) == ("visit", "VNM", "USA")
    assert {"Nguyễn Tấn Dũng", "Phạm Bình Minh", "Lê Hải Bình"} <= set(event.people)


def test_the_people_of_an_act_of_last_month_take_no_part() -> None:
    event = main_event("U.S., China to hold trade talks in Beijing",
                       "BEIJING - U.S. Treasury Secretary Steven Mnuchin and Chinese Vice Premier Liu He "
                       "will hold trade talks in Beijing on Thursday. The talks were agreed when President "
                       "Donald Trump and Chinese President Xi Jinping met in Buenos Aires last month.")
    assert {event.actor, event.target} == {"USA", "CHN"}
    assert set(event.people) == {"Steven Mnuchin", "Liu He"}


def test_the_speaking_sides_office_holder_named_alone_in_the_lead_says_it() -> None:
    event = main_event("Vietnam rejects China's claims to Paracel Islands",
                       "HANOI - Vietnam on Friday rejected China's claims to the Paracel Islands. Deputy "
                       "Foreign Minister Le Hoai Trung told reporters the claims had no legal basis.")
    assert (event.actor, event.target) == ("VNM", "CHN")
    assert event.people == ("Lê Hoài Trung",)


def test_the_leader_who_sends_an_envoy_takes_no_part_in_the_envoys_visit() -> None:
    event = main_event("Vietnam's deputy PM arrives in Beijing as Party chief's envoy",
                       "BEIJING - Vietnamese Deputy Prime Minister Pham Binh Minh arrived in Beijing on "
                       "Monday for a two-day visit as special envoy of Party chief Nguyen Phu Trong.")
    assert (event.type, event.actor, event.target) == ("visit", "VNM", "CHN")
    assert event.people == ("Phạm Bình Minh",)
