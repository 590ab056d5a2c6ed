"""Military acts at sea read from structure. Seizing or detaining boats or fishermen by a state's vessel
or force: a military act of the vessel's state on the boat's, in the active and in the passive; an arrest by
police or a court names no vessel and stays no force act. A force act of the third of the three at a place
two claim: against the place's holder (actions.tsv `holder`), none when nobody holds it whole. A verb of
saying before a force act tells it. Our own leads in English, Vietnamese and Chinese, with hard negatives
that look alike."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.diplomacy import detect
from tests.diplomacy.stories import main_event, tells_no_event

# id, title, text, language, published, expected (type, actor, target)
SEIZURES = [
    ("seized en", "Chinese coast guard seizes Vietnamese fishing boat near Paracels",
     "Chinese coast guard vessels seized a Vietnamese fishing boat and its 10 crew near the Paracel Islands "
     "on Tuesday, Vietnam's foreign ministry said.",
     "en", "2020-04-08", ("military", "CHN", "VNM")),
    ("detained passive en", "Vietnamese fishermen detained by Chinese coast guard",
     "Nine Vietnamese fishermen were detained by a Chinese coast guard ship while fishing near the Paracels, "
     "Vietnam's border guard said on Monday.",
     "en", "2019-06-11", ("military", "CHN", "VNM")),
    ("detained active en", "Vietnam navy detains Chinese fishing vessel in Gulf of Tonkin",
     "HANOI (Reuters) - Vietnam's navy detained a Chinese fishing vessel and its crew in the Gulf of Tonkin "
     "on Friday, the border guard command said.",
     "en", "2016-08-13", ("military", "VNM", "CHN")),
    ("bắt giữ passive vi", "Tàu cá Bình Định cùng 9 ngư dân bị Trung Quốc bắt giữ ở Trường Sa",
     "Sáng 5/6, tàu cá BĐ 96012 TS cùng 9 ngư dân khi đang đánh bắt ở vùng biển quần đảo Trường Sa đã bị tàu "
     "hải cảnh Trung Quốc bắt giữ, Chi cục Thủy sản tỉnh Bình Định cho biết.",
     "vi", "2018-06-06", ("military", "CHN", "VNM")),
    ("tạm giữ active vi", "Cảnh sát biển Việt Nam tạm giữ tàu cá Trung Quốc xâm phạm vùng biển",
     "Ngày 20/3, Bộ Tư lệnh Cảnh sát biển Việt Nam cho biết lực lượng cảnh sát biển đã tạm giữ một tàu cá "
     "Trung Quốc cùng 12 thuyền viên hoạt động trái phép tại vịnh Bắc Bộ.",
     "vi", "2017-03-21", ("military", "VNM", "CHN")),
    ("扣押 zh-Hans", "中国海警扣押越南渔船",
     "中国海警局3日表示，中国海警舰艇在西沙群岛海域依法扣押一艘非法捕捞的越南渔船。",
     "zh-Hans", "2020-06-03", ("military", "CHN", "VNM")),
    ("扣留 zh-Hant", "越南海警扣留中國漁船",
     "（中央社河內10日電）越南海警今天在北部灣扣留一艘中國漁船及船上11名漁民，稱其非法越界捕魚。",
     "zh-Hant", "2018-10-10", ("military", "VNM", "CHN")),
]

# Hard negatives: an arrest by police, a court or an agency names no state's vessel or force: no force act.
ARRESTS = [
    ("police en", "Vietnam detains Chinese nationals over illegal entry",
     "Vietnamese police detained 20 Chinese nationals who crossed the border illegally, state media said.",
     "en", "2019-05-02"),
    ("police vi", "Mỹ bắt giữ công dân Trung Quốc",
     "Cảnh sát Mỹ đã bắt giữ hai công dân Trung Quốc vì tội gián điệp.",
     "vi", "2020-07-20"),
    ("police zh", "越南警方扣押中国游客护照",
     "越南警方日前在芽庄扣押多名中国游客的护照，称其涉嫌非法务工。",
     "zh-Hans", "2019-08-02"),
]


@pytest.mark.parametrize(("title", "text", "language", "published", "expected"),
                         [pytest.param(*row[1:], id=row[0]) for row in SEIZURES])
def test_a_seizure_by_a_state_vessel_is_its_military_act(title: str, text: str, language: str,
                                                          published: str, expected: tuple[str, str, str]
                                                          ) -> None:
    event = main_event(title, text, language, date.fromisoformat(published))
    assert (event.type, event.actor, event.target) == expected


@pytest.mark.parametrize(("title", "text", "language", "published"),
                         [pytest.param(*row[1:], id=row[0]) for row in ARRESTS])
def test_an_arrest_without_a_vessel_is_no_force_act(title: str, text: str, language: str,
                                                    published: str) -> None:
    detection = detect(title, text, language, date.fromisoformat(published))
    assert tells_no_event(title, text, language, date.fromisoformat(published)) or all(
        e.type != "military" for e in detection.events)


# A force act by the US at a place China and Vietnam both claim: against the one that holds it.
HELD = [
    ("paracels en", "U.S. destroyer sails near Paracel Islands",
     "A U.S. Navy destroyer sailed near the Paracel Islands on Sunday, the U.S. Pacific Fleet said, in a "
     "challenge to excessive maritime claims.",
     "en", "2020-04-29", ("military", "USA", "CHN")),
    ("tri tôn vi", "Tàu chiến Mỹ đi vào vùng 12 hải lý quanh đảo Tri Tôn",
     "Tàu khu trục USS Decatur của Hải quân Mỹ hôm qua đã đi vào vùng 12 hải lý quanh đảo Tri Tôn thuộc "
     "quần đảo Hoàng Sa.",
     "vi", "2018-05-28", ("military", "USA", "CHN")),
    ("永兴岛 zh-Hans", "美舰驶入永兴岛12海里",
     "美国海军一艘驱逐舰今天驶入西沙群岛永兴岛12海里范围内。",
     "zh-Hans", "2019-01-07", ("military", "USA", "CHN")),
    ("南威岛 zh-Hans", "美舰驶近南威岛",
     "美国海军一艘濒海战斗舰日前驶入南沙群岛南威岛12海里范围内。",
     "zh-Hans", "2021-03-02", ("military", "USA", "VNM")),
    # A verb of saying before the force act tells it, the act is the event (not the spokesman's statement).
    ("said zh-Hant", "美艦駛近赤瓜礁",
     "美國海軍發言人表示，一艘飛彈驅逐艦今天駛入南沙群島赤瓜礁12海里範圍內。",
     "zh-Hant", "2018-11-30", ("military", "USA", "CHN")),
]

# Hard negatives: a place held in part by each (the Spratlys as a whole) names no side for the US's act.
UNHELD = [
    ("spratlys en", "US warship sails near Spratlys",
     "A U.S. Navy destroyer sailed near the Spratly Islands on Sunday, the U.S. Pacific Fleet said.",
     "en", "2020-04-29"),
    ("trường sa vi", "Tàu Mỹ hoạt động gần Trường Sa",
     "Tàu khu trục Mỹ hôm qua đã đi vào vùng 12 hải lý gần quần đảo Trường Sa.",
     "vi", "2020-04-29"),
    ("南沙 zh", "美舰驶近南沙",
     "美国海军一艘驱逐舰今天驶近南沙群岛。",
     "zh-Hans", "2020-04-29"),
]


@pytest.mark.parametrize(("title", "text", "language", "published", "expected"),
                         [pytest.param(*row[1:], id=row[0]) for row in HELD])
def test_a_force_act_at_a_held_place_is_against_its_holder(title: str, text: str, language: str,
                                                           published: str, expected: tuple[str, str, str]
                                                           ) -> None:
    event = main_event(title, text, language, date.fromisoformat(published))
    assert (event.type, event.actor, event.target) == expected


@pytest.mark.parametrize(("title", "text", "language", "published"),
                         [pytest.param(*row[1:], id=row[0]) for row in UNHELD])
def test_a_place_held_by_none_names_no_side(title: str, text: str, language: str, published: str) -> None:
    assert tells_no_event(title, text, language, date.fromisoformat(published))
