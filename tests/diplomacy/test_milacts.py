"""Military acts at sea read from structure. Seizing or detaining boats or fishermen by a state's vessel
or force: a military act of the vessel's state on the boat's, in the active and in the passive; an arrest by
police or a court names no vessel and stays no force act. Our own leads in English, Vietnamese and Chinese,
with hard negatives that look alike."""

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
