"""What kind of act a story tells when its words are those of trade, aid, pressure or the sea: export
controls, a cleanup or a ship handed over, urging and being troubled, exchanges suspended, talks called
off, a welcome of a decision, a warship entering claimed waters, forces acting on another's ships or
claimed islands, telling a government to do something, an appeal to stop. Our own sentences, each beside
a hard negative."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from extractors.diplomacy import detect
from tests.diplomacy.stories import main_event


def kinds(title: str, text: str = "", language: str | None = None) -> list[str]:
    return [e.type for e in detect(title, text, language).events]


# ---------------------------------------------------------------- export controls
@pytest.mark.parametrize(("title", "text", "language", "sides"), [
    ("U.S. widens export controls on chips bound for China",
     "The Commerce Department on Friday added new export controls on advanced chips sold to China.",
     "en", ("USA", "CHN")),
    ("Mỹ thắt chặt xuất khẩu thiết bị bán dẫn sang Trung Quốc",
     "Bộ Thương mại Mỹ hôm qua công bố các biện pháp kiểm soát xuất khẩu mới đối với Trung Quốc.",
     "vi", ("USA", "CHN")),
    ("美国商务部将多家中国企业列入实体清单",
     "美国商务部周二宣布对中国实施新的出口管制措施。", "zh-Hans", ("USA", "CHN")),
    ("China bans exports of gallium to U.S.",
     "BEIJING (Reuters) - China on Tuesday banned exports of gallium and germanium to the United States, a "
     "day after Washington tightened curbs on chip sales to China.", "en", ("CHN", "USA")),
])
def test_export_controls_are_a_trade_measure(title: str, text: str, language: str,
                                             sides: tuple[str, str]) -> None:
    found = main_event(title, text, language)
    assert (found.type, found.actor, found.target) == ("trade_measure", *sides)


def test_officials_banned_from_entering_stay_a_sanction() -> None:
    found = main_event("U.S. bans Chinese officials from entering",
                       "WASHINGTON (Reuters) - The United States banned three Chinese officials from "
                       "entering the country over abuses in Xinjiang, the State Department said on Monday.",
                       "en")
    assert found.type == "sanction"


def test_sanctions_on_officials_stay_a_sanction() -> None:
    found = main_event("U.S. sanctions Chinese officials over Xinjiang",
                       "The Treasury Department imposed sanctions on four Chinese officials on Friday.", "en")
    assert found.type == "sanction"


@pytest.mark.parametrize(("title", "text", "language"), [
    ("U.S. lifts arms embargo on Vietnam", "The United States on Monday fully lifted its arms embargo on "
     "Vietnam, President Barack Obama said in Hanoi.", "en"),
    ("美国宣布部分解除对越南武器销售禁令", "美国国务院2日宣布，部分解除对越南的武器销售禁令。", "zh-Hans"),
])
def test_an_arms_embargo_is_a_trade_measure(title: str, text: str, language: str) -> None:
    found = main_event(title, text, language)
    assert (found.type, found.actor, found.target) == ("trade_measure", "USA", "VNM")


# ---------------------------------------------------------------- aid
@pytest.mark.parametrize(("title", "text", "language"), [
    ("U.S. finishes dioxin cleanup at Vietnam's Bien Hoa air base",
     "The United States on Monday handed back land at Bien Hoa after years of work to clean up dioxin.",
     "en"),
    ("Mỹ hoàn thành tẩy độc dioxin tại sân bay Biên Hòa của Việt Nam",
     "Cơ quan Phát triển Quốc tế Hoa Kỳ hôm nay công bố hoàn thành giai đoạn xử lý dioxin.", "vi"),
    ("美国向越南海警移交一艘巡逻舰",
     "美国海岸警卫队周一在夏威夷举行仪式，这是美方向越南移交的第二艘巡逻舰。", "zh-Hans"),
])
def test_a_cleanup_or_a_ship_handed_over_is_aid(title: str, text: str, language: str) -> None:
    found = main_event(title, text, language)
    assert (found.type, found.actor, found.target) == ("aid", "USA", "VNM")


def test_suspects_handed_over_are_no_aid() -> None:
    # 移交 of people, not of a ship: no act and no weight of its own.
    assert "aid" not in kinds("中方向越方移交三名犯罪嫌疑人",
                              "中国公安部门周三在边境口岸向越南警方移交三名犯罪嫌疑人。", "zh-Hans")


# ---------------------------------------------------------------- pressure
def test_urging_in_chinese_is_a_demand() -> None:
    found = main_event("外交部：敦促美方立即停止售台武器",
                       "外交部发言人表示，中方敦促美方立即撤销有关计划。", "zh-Hans")
    assert (found.type, found.actor, found.target) == ("demand", "CHN", "USA")


def test_an_appeal_in_chinese_stays_an_appeal() -> None:
    found = main_event("外交部：呼吁美方与中方相向而行",
                       "外交部发言人表示，中方呼吁美方同中方一道推动两国关系健康发展。", "zh-Hans")
    assert found.type == "appeal"


def test_being_deeply_troubled_is_criticism() -> None:
    found = main_event("U.S. 'deeply troubled' by Vietnam's sentencing of blogger",
                       "The United States said on Monday it was deeply troubled by the prison term "
                       "a Vietnamese court gave a blogger.", "en")
    assert (found.type, found.actor, found.target) == ("criticize", "USA", "VNM")


# ---------------------------------------------------------------- exchanges suspended
def test_exchanges_suspended_are_relations_reduced() -> None:
    found = main_event("外交部：中方决定暂停中越部分双边交往项目",
                       "外交部发言人宣布，中方决定暂停中越双边交往计划中的部分项目。", "zh-Hans")
    assert (found.type, found.actor, found.target) == ("reduce_relations", "CHN", "VNM")


def test_exchanges_deepened_reduce_nothing() -> None:
    assert "reduce_relations" not in kinds("中越两国领导人同意加强双边交往",
                                           "中越双方表示将继续深化两国交往与合作。", "zh-Hans")


# ---------------------------------------------------------------- a halt a modal asks of its subject
@pytest.mark.parametrize(("title", "text", "sides"), [
    ("China says U.S. must stop provocations",
     "BEIJING (Reuters) - Chinese foreign ministry spokesman Wang Wenbin said on Monday that the United "
     "States should stop sending warships to the South China Sea, after a destroyer sailed near the "
     "Paracels.", ("CHN", "USA")),
    ("Vietnam says China must stop building on reefs",
     "HANOI (Reuters) - Vietnam's foreign ministry said on Thursday that China must stop its construction "
     "on reefs in the Spratly Islands.", ("VNM", "CHN")),
])
def test_a_side_that_must_stop_is_asked(title: str, text: str, sides: tuple[str, str]) -> None:
    found = main_event(title, text, "en")
    assert (found.type, found.actor, found.target) == ("demand", *sides)


def test_a_war_that_must_stop_asks_nothing_of_the_other_side() -> None:
    assert "demand" not in kinds("U.S., China say fighting in Gaza must stop",
                                 "WASHINGTON (Reuters) - U.S. and Chinese envoys said after talks on Monday "
                                 "that the fighting in Gaza must stop.", "en")


# ---------------------------------------------------------------- talks called off
@pytest.mark.parametrize(("title", "text", "language"), [
    ("中方宣布暂停中美两军对话",
     "外交部发言人宣布，针对美方众议长窜访台湾，中方决定暂停中美气候变化商谈。", "zh-Hans"),
    ("Trung Quốc tạm dừng đối thoại quân sự với Mỹ",
     "Bắc Kinh hôm qua tuyên bố tạm dừng đối thoại quân sự với Mỹ để đáp trả chuyến thăm Đài Loan của "
     "Chủ tịch Hạ viện Mỹ.", "vi"),
    ("U.S. calls off trade talks with China",
     "WASHINGTON (Reuters) - The United States on Friday called off trade talks with China after Beijing "
     "raised tariffs on U.S. goods.", "en"),
])
def test_talks_called_off_are_relations_reduced(title: str, text: str, language: str) -> None:
    found = main_event(title, text, language)
    assert found.type == "reduce_relations"


def test_a_product_recall_recalls_no_envoy() -> None:
    assert not detect("美国汽车制造商在华召回车辆", "美国通用汽车公司周三宣布在中国召回逾万辆汽车。",
                      "zh-Hans").events


def test_a_suspect_handed_over_is_no_aid() -> None:
    assert "aid" not in kinds("Vietnam hands over suspect to China",
                              "HANOI (Reuters) - Vietnamese police handed over a Chinese murder suspect to "
                              "China on Monday, the ministry said.", "en")


def test_a_visit_called_off_reduces_nothing() -> None:
    assert "reduce_relations" not in kinds("U.S. president postpones trip to China",
                                           "WASHINGTON (Reuters) - The president has postponed a planned "
                                           "visit to China, the White House said on Monday.", "en")


# ---------------------------------------------------------------- a welcome of a decision
def test_welcoming_a_decision_in_vietnamese_is_a_statement() -> None:
    found = main_event("Bộ Công Thương Việt Nam hoan nghênh việc Mỹ dỡ bỏ thuế chống bán phá giá",
                       "Bộ Công Thương Việt Nam hôm nay hoan nghênh việc Bộ Thương mại Mỹ dỡ bỏ thuế chống "
                       "bán phá giá đối với cá tra.", "vi")
    assert found.type == "statement"


def test_welcoming_a_guest_in_vietnamese_is_no_statement() -> None:
    found = main_event("Thủ tướng Việt Nam hoan nghênh Ngoại trưởng Mỹ sang thăm",
                       "Thủ tướng Việt Nam hoan nghênh Ngoại trưởng Mỹ thăm chính thức Việt Nam.", "vi")
    assert found.type != "statement"


# ---------------------------------------------------------------- warships
def test_a_warship_entering_claimed_waters_is_the_headlines_first_act() -> None:
    found = detect("美舰闯入西沙领海 中方提出严正交涉",
                   "中国外交部发言人表示，美国海军一艘驱逐舰擅自进入中国西沙群岛领海，中方已向美方提出严正交涉。",
                   "zh-Hans").events
    assert [(e.type, e.actor, e.target) for e in found[:2]] == [("military", "USA", "CHN"),
                                                               ("protest", "CHN", "USA")]


def test_a_strait_transit_told_as_background_is_not_the_event() -> None:
    found = main_event("中美外长在北京举行会谈",
                       "中国外交部长与美国国务卿在北京举行会谈。此前美国军舰曾穿越台湾海峡，中方表示不满。",
                       "zh-Hans")
    assert found.type == "meet"


def test_a_port_call_in_da_nang_names_vietnam() -> None:
    found = main_event("Tàu hải quân Hoa Kỳ thăm Đà Nẵng",
                       "Sáng nay, tàu khu trục Hoa Kỳ đã cập cảng Tiên Sa, bắt đầu chuyến thăm kéo dài "
                       "năm ngày.",
                       "vi")
    assert (found.type, found.actor, found.target, found.place) == ("military", "USA", "VNM", "Da Nang")


# ---------------------------------------------------------------- talks a trip is for
def test_a_leader_in_the_other_country_for_talks_is_a_visit() -> None:
    found = main_event("Vietnam's premier in China for talks on trade, border",
                       "Vietnamese Prime Minister Phan Van Khai is to hold talks with Chinese leaders "
                       "this week, officials said.", "en")
    assert (found.type, found.actor, found.target) == ("visit", "VNM", "CHN")


@pytest.mark.parametrize("title", [
    "Vietnam calls for talks with China on sea dispute",
    "Vietnam ready for talks with China on sea dispute",
])
def test_talks_asked_for_are_no_visit(title: str) -> None:
    assert "visit" not in kinds(title, "Vietnam's foreign ministry said on Monday that it wanted talks with "
                                       "China on the dispute.", "en")


# ---------------------------------------------------------------- forces acting at sea, demands told
def relevant(title: str, text: str, language: str) -> bool:
    return detect(title, text, language).relevant


def test_a_warship_cutting_across_another_countrys_is_a_military_act_between_them() -> None:
    found = main_event("Chinese warship cuts across path of U.S. destroyer",
                       "A Chinese navy ship cut across the bow of a U.S. destroyer on Saturday, forcing it "
                       "to slow down, U.S. officials said.", "en")
    assert (found.type, found.actor, found.target) == ("military", "CHN", "USA")
    # a fourth country's warship makes no pair
    assert not relevant("Japanese destroyer cuts across bow of Chinese frigate",
                        "A Japanese destroyer cut across the path of a Chinese frigate near disputed "
                        "islands on Monday, Tokyo said.", "en")


@pytest.mark.parametrize(("title", "text", "language"), [
    ("Trung Quốc đưa tên lửa chống hạm ra đá Chữ Thập thuộc quần đảo Trường Sa",
     "Ảnh vệ tinh cho thấy Trung Quốc đã đưa tên lửa chống hạm ra đá Chữ Thập trong tuần này.", "vi"),
    ("China deploys missiles on island in the Paracels",
     "China has deployed missiles on Woody Island in the Paracels, satellite images show.", "en"),
])
def test_missiles_on_a_claimed_island_are_against_the_other_claimant(title: str, text: str,
                                                                     language: str) -> None:
    found = main_event(title, text, language)
    assert (found.type, found.actor, found.target) == ("military", "CHN", "VNM")
    # a country outside the three, or a place two others claim, names no side
    assert not relevant("Philippines đưa tên lửa ra đảo Thị Tứ thuộc quần đảo Trường Sa",
                        "Philippines đã đưa tên lửa ra đảo Thị Tứ trong tuần này.", "vi")
    assert not relevant("U.S. deploys missiles near the Paracels",
                        "The United States has deployed missiles on a ship sailing near the Paracels.", "en")


def test_a_warships_strait_transit_is_against_china() -> None:
    found = main_event("美国两艘驱逐舰通过台湾海峡", "美国海军两艘驱逐舰周二通过台湾海峡，这是今年第三次。",
                       "zh-Hans")
    assert (found.type, found.actor, found.target) == ("military", "USA", "CHN")
    assert not relevant("日本军舰穿越台湾海峡", "日本海上自卫队一艘驱逐舰周三穿越台湾海峡。", "zh-Hans")
    # a past transit told as background makes no story of it
    assert not relevant("日美防长在东京举行会谈",
                        "日本防卫大臣与美国国防部长周一在东京举行会谈，讨论同盟合作。"
                        "双方还谈到经济问题。去年，美国军舰曾穿越台湾海峡。", "zh-Hans")


def test_a_warships_strait_transit_told_in_english_is_against_china() -> None:
    found = main_event("U.S. destroyer transits Taiwan Strait",
                       "WASHINGTON (Reuters) - The USS John McCain transited the Taiwan Strait on Wednesday, "
                       "the Navy said.", "en")
    assert (found.type, found.actor, found.target) == ("military", "USA", "CHN")
    found = main_event("U.S. warship sails through Taiwan Strait",
                       "TAIPEI (Reuters) - A U.S. Navy destroyer sailed through the Taiwan Strait on "
                       "Wednesday, drawing condemnation from Beijing.", "en")
    assert (found.type, found.actor, found.target) == ("military", "USA", "CHN")
    assert not relevant("Canadian frigate sails through Taiwan Strait",
                        "OTTAWA - A Canadian frigate sailed through the Taiwan Strait on Wednesday.", "en")


def test_a_force_act_told_by_its_own_side_is_no_statement() -> None:
    found = detect("U.S. warship sails through Taiwan Strait",
                   "TAIPEI (Reuters) - A U.S. Navy destroyer sailed through the Taiwan Strait on "
                   "Wednesday, the U.S. military said, drawing condemnation from Beijing.", "en",
                   published_at=datetime(2021, 3, 10, tzinfo=UTC)).events
    assert [(e.type, e.actor, e.target, e.date) for e in found] == [("military", "USA", "CHN", "2021-03-10")]


def test_telling_a_government_to_do_something_is_a_demand() -> None:
    found = main_event("Pentagon chief tells China to stop militarising reefs",
                       "U.S. Defense Secretary Jim Mattis on Saturday said China must stop placing weapons "
                       "on reefs in the South China Sea.", "en")
    assert (found.type, found.actor, found.target) == ("demand", "USA", "CHN")
    assert "demand" not in kinds("Pentagon chief tells reporters China is out of step",
                                 "U.S. Defense Secretary Jim Mattis said on Saturday that China was out of "
                                 "step with international rules.", "en")


@pytest.mark.parametrize(("title", "text", "language", "sides"), [
    ("Vietnam urges China to stop building on reefs",
     "Vietnam's foreign ministry on Thursday urged China to stop building on reefs in the Spratly islands.",
     "en", ("VNM", "CHN")),
    ("Việt Nam kêu gọi Trung Quốc dừng xây dựng trên đá ngầm",
     "Người phát ngôn Bộ Ngoại giao Việt Nam hôm nay kêu gọi Trung Quốc dừng ngay việc xây dựng trên các đá "
     "ở Trường Sa.", "vi", ("VNM", "CHN")),
    ("中方呼吁美方停止对台军售", "外交部发言人周二表示，中方呼吁美方停止对台军售。", "zh-Hans",
     ("CHN", "USA")),
])
def test_an_appeal_to_stop_is_a_demand(title: str, text: str, language: str, sides: tuple[str, str]) -> None:
    found = main_event(title, text, language)
    assert (found.type, found.actor, found.target) == ("demand", *sides)
    # an appeal for something else stays an appeal
    assert main_event("Vietnam urges China to resume border talks",
                      "Vietnam's foreign ministry on Thursday urged China to resume talks on the land "
                      "border.", "en").type == "appeal"


# ----------------------------------------------------------- who comes first in talks held in one side's land
def test_talks_held_in_one_sides_land_list_the_side_that_travelled_first() -> None:
    # Named host first, held at home: the guest's side comes first.
    talks = main_event("Vietnam, U.S. hold defence talks in Hanoi",
                       "HANOI - Vietnamese and U.S. defence officials held talks in Hanoi on Monday.")
    assert (talks.type, talks.actor, talks.target) == ("meet", "USA", "VNM")
    # Hard negatives: talks in a third country keep the order they are told in; a call is nowhere.
    abroad = main_event("Vietnam, U.S. hold defence talks in Singapore",
                        "SINGAPORE - Vietnamese and U.S. defence officials held talks in Singapore"
                        " on Monday.")
    assert (abroad.actor, abroad.target) == ("VNM", "USA")
    call = main_event("Vietnam, China leaders hold phone call",
                      "HANOI - Vietnamese and Chinese leaders held a phone call on Monday.")
    assert (call.type, call.actor, call.target) == ("phone_call", "VNM", "CHN")
