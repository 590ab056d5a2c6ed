"""Where a clause telling another act ends: not past a clause that opens the sentence, nor over the
speaker's attribution that closes it; a given name that is also an office-holder's surname."""

from __future__ import annotations

from tests.diplomacy.stories import main_event


# ---------------------------------------------------------------- a clause opening the sentence
def test_a_clause_opening_the_sentence_ends_at_its_comma() -> None:
    event = main_event("Vietnam protests China's new map",
                       "HANOI - Vietnam on Monday protested a new map issued by China. Just hours after the "
                       "map was released, foreign ministry spokeswoman Le Thi Thu Hang said it violates "
                       "Vietnam's sovereignty and has no legal value.")
    assert (event.type, event.actor, event.target) == ("protest", "VNM", "CHN")
    assert "Lê Thị Thu Hằng" in event.people


def test_a_vietnamese_clause_opening_the_sentence_ends_at_its_comma() -> None:
    event = main_event("Việt Nam phản đối bản đồ mới của Trung Quốc",
                       "Việt Nam phản đối bản đồ mới do Trung Quốc công bố. Vài giờ sau khi bản đồ được "
                       "công bố, Người phát ngôn Bộ Ngoại giao Lê Thị Thu Hằng khẳng định bản đồ vi phạm "
                       "chủ quyền của Việt Nam.", "vi")
    assert (event.type, event.actor, event.target) == ("protest", "VNM", "CHN")
    assert "Lê Thị Thu Hằng" in event.people


# ---------------------------------------------------------------- the attribution closing the sentence
def test_the_attribution_after_a_clause_of_another_act_is_not_inside_it() -> None:
    event = main_event("US sanctions Chinese officials",
                       "WASHINGTON - The United States imposed sanctions on Chinese officials on Monday in "
                       "response to the crackdown, Secretary of State Antony Blinken said.")
    assert (event.type, event.actor, event.target) == ("sanction", "USA", "CHN")
    assert event.people == ("Antony Blinken",)


def test_a_vietnamese_attribution_after_a_clause_of_another_act_is_not_inside_it() -> None:
    event = main_event("Mỹ trừng phạt các quan chức Trung Quốc",
                       "Mỹ ngày 3/5 áp đặt trừng phạt đối với các quan chức Trung Quốc để đáp trả chiến "
                       "dịch đàn áp, Ngoại trưởng Antony Blinken cho biết.", "vi")
    assert (event.type, event.actor, event.target) == ("sanction", "USA", "CHN")
    assert event.people == ("Antony Blinken",)


def test_a_clause_of_another_act_keeps_its_own_people_before_the_attribution() -> None:
    event = main_event("Kerry meets Vietnam's prime minister in Hanoi",
                       "HANOI - U.S. Secretary of State John Kerry met Vietnamese Prime Minister Nguyen Tan "
                       "Dung in Hanoi on Monday, weeks after President Truong Tan Sang visited the White "
                       "House, the State Department said.")
    assert set(event.people) == {"John Kerry", "Nguyễn Tấn Dũng"}


# ---------------------------------------------------------------- names
def test_a_given_name_before_a_chinese_interpunct_is_not_a_surname() -> None:
    # "克里斯托弗·雷" is Christopher Wray, not Secretary of State Warren Christopher.
    event = main_event("中美举行执法合作会谈",
                       "美国联邦调查局局长克里斯托弗·雷今天在北京会见中国公安部长王小洪。", "zh")
    assert "Warren Christopher" not in event.people


# ---------------------------------------------------------------- an act of last week that is the event
def test_a_counterpart_met_last_week_takes_part() -> None:
    # "người đồng cấp" (counterpart) is no relative "người" opening a clause of another act.
    event = main_event("Ngoại trưởng Việt Nam hội đàm với Ngoại trưởng Trung Quốc",
                       "Bộ trưởng Ngoại giao Bùi Thanh Sơn đã hội đàm với người đồng cấp Trung Quốc Vương "
                       "Nghị tại Bắc Kinh hồi tuần trước.", "vi")
    assert set(event.people) == {"Bùi Thanh Sơn", "Wang Yi"}


def test_the_people_of_a_relative_clause_of_last_month_take_no_part() -> None:
    event = main_event("Thủ tướng tiếp Ngoại trưởng Mỹ",
                       "Thủ tướng Phạm Minh Chính tiếp Ngoại trưởng Mỹ Antony Blinken tại Hà Nội, người đã "
                       "hội đàm với Chủ tịch nước Võ Văn Thưởng hồi tháng trước.", "vi")
    assert "Võ Văn Thưởng" not in event.people
