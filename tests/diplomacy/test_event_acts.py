"""What kind of act a story tells when its words are those of trade, aid, pressure or the sea: export
controls, a cleanup or a ship handed over, urging and being troubled, exchanges suspended, talks called
off, a welcome of a decision, a warship entering claimed waters, forces acting on another's ships or
claimed islands, telling a government to do something, an appeal to stop. Our own sentences, each beside
a hard negative."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from extractors.diplomacy import detect
from tests.cases import cases
from tests.diplomacy.stories import main_event


def kinds(title: str, text: str = "", language: str | None = None) -> list[str]:
    return [e.type for e in detect(title, text, language).events]


CASES = Path(__file__).parents[1] / "fixtures" / "diplomacy" / "cases" / "test_event_acts.toml"


@cases(CASES, "acts", "title, text, language, act, kind")
def test_the_main_events_act(title: str, text: str, language: str | None, act: tuple[str, str, str] | None,
                             kind: str | None) -> None:
    found = main_event(title, text, language)
    assert act is not None or kind is not None
    assert act is None or (found.type, found.actor, found.target) == act
    assert kind is None or found.type == kind


@cases(CASES, "not_acts", "title, text, language, absent")
def test_no_such_act(title: str, text: str, language: str, absent: str) -> None:
    assert absent not in kinds(title, text, language)


@cases(CASES, "history_not_acts", "title, text, language, published, absent")
def test_no_such_act_of_the_story(title: str, text: str, language: str, published: str, absent: str) -> None:
    found = detect(title, text, language, date.fromisoformat(published)).events
    assert absent not in [e.type for e in found]


@cases(CASES, "work_trips_abroad", "title, text, language, act")
def test_a_work_trip_abroad_is_a_visit(title: str, text: str, language: str,
                                       act: tuple[str, str, str]) -> None:
    found = detect(title, text, language).events
    assert act in [(e.type, e.actor, e.target) for e in found]


@cases(CASES, "history_acts", "title, text, language, published, present")
def test_an_act_of_the_story_after_a_year(title: str, text: str, language: str, published: str,
                                          present: str) -> None:
    found = detect(title, text, language, date.fromisoformat(published)).events
    assert present in [e.type for e in found]


# ---------------------------------------------------------------- hard negatives of their own
def test_an_answer_in_kind_takes_no_sanction_of_the_lead() -> None:
    # The headline's 反制 names no measure of its own: the lead's sanctions stay sanctions.
    text = "美国国务院宣布制裁6名中国官员。中国外交部随后宣布，对5名美国官员实施制裁。"
    found = detect("美国制裁中国官员　中方宣布反制", text, "zh-Hans").events
    assert ("sanction", "CHN", "USA") in [(e.type, e.actor, e.target) for e in found]


def test_orders_for_goods_are_no_decree() -> None:
    # The state signs them here: orders its airlines sign are a deal of companies (eventwords._company_deals).
    title = "Vietnam signs orders for Boeing jets as Biden visits Hanoi"
    text = ("HANOI (Reuters) - U.S. President Joe Biden met Vietnamese leaders in Hanoi on Monday as "
            "Vietnam signed orders for 50 Boeing jets.")
    assert "sign_agreement" in kinds(title, text, "en")


def test_a_product_recall_recalls_no_envoy() -> None:
    assert not detect("美国汽车制造商在华召回车辆", "美国通用汽车公司周三宣布在中国召回逾万辆汽车。",
                      "zh-Hans").events


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
    # a country outside the three, or a place two others claim that neither holds whole, names no side
    assert not relevant("Philippines đưa tên lửa ra đảo Thị Tứ thuộc quần đảo Trường Sa",
                        "Philippines đã đưa tên lửa ra đảo Thị Tứ trong tuần này.", "vi")
    assert not relevant("U.S. deploys missiles near the Spratlys",
                        "The United States has deployed missiles on a ship sailing near the Spratlys.", "en")
    # a place two others claim that one holds (the Paracels, China's since 1974) names its holder
    found = main_event("U.S. deploys missiles near the Paracels",
                       "The United States has deployed missiles on a ship sailing near the Paracels.", "en")
    assert (found.type, found.actor, found.target) == ("military", "USA", "CHN")


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
