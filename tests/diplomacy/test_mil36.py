"""Military acts and aid read from structure. An activity two sides' forces do together (a patrol, an
inspection of a shared fishing zone, an exercise or a drill, named with the language's word for joint:
`joint`, `liên hợp` or `chung` after the noun, `联合` before it; grammar `joint_forces`) is an act between
the two countries, counted in full where the sentence names both, not a theatre: a military act of the first
named. With a fourth country it is none of the three's. A handover is aid of equipment or a facility named
right after the giving verb (grammar `handover`, `handed_equipment`), the verb alone too ("hands six patrol
boats to"), not a military act of the boats' word; "hands" anything else (a list, a sentence) is no aid. Our
own leads in English, Vietnamese and Chinese, with hard negatives that look alike."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.diplomacy import detect
from tests.diplomacy.stories import main_event, tells_no_event

# id, title, text, language, published, expected (type, actor, target, date)
JOINT = [
    ("joint patrol vi", "Cảnh sát biển Việt Nam - Trung Quốc tuần tra liên hợp trên biển",
     "Ngày 8/10, lực lượng Cảnh sát biển Việt Nam và Hải cảnh Trung Quốc đã tiến hành tuần tra liên hợp "
     "tại vùng nước gần đường phân định. Chuyến tuần tra kéo dài hai ngày.",
     "vi", "2021-10-09", ("military", "VNM", "CHN", "2021-10-08")),
    ("joint inspection vi",
     "Cảnh sát biển Việt Nam và Hải cảnh Trung Quốc kết thúc kiểm tra liên hợp",
     "Các tàu của Cảnh sát biển Việt Nam và Hải cảnh Trung Quốc hôm qua đã kết thúc đợt kiểm tra liên hợp "
     "tại vùng đánh cá chung. Đây là đợt kiểm tra thứ hai trong năm.",
     "vi", "2019-09-20", ("military", "VNM", "CHN", "2019-09-19")),
    ("joint drill vi", "Hải quân Việt Nam và Trung Quốc diễn tập chung",
     "Ngày 5/12, tàu của Hải quân Việt Nam và Hải quân Trung Quốc đã tiến hành diễn tập chung tìm kiếm cứu "
     "nạn trên biển.",
     "vi", "2023-12-06", ("military", "VNM", "CHN", "2023-12-05")),
    ("joint exercise en", "US and Vietnam hold joint exercise for the first time",
     "Vietnamese and US navy ships held a joint exercise off the coast on Tuesday, the Vietnamese navy said.",
     "en", "2024-04-10", ("military", "USA", "VNM", "2024-04-09")),
    ("联合演习 zh-Hans", "中美海军举行联合演习",
     "中国海军和美国海军舰艇12日在夏威夷附近海域举行联合演习，演练搜救科目。",
     "zh-Hans", "2016-07-13", ("military", "CHN", "USA", "2016-07-12")),
    ("聯合檢查 zh-Hant", "越中海警開展北部灣聯合檢查",
     "越南海警與中國海警艦艇10日起在北部灣共同漁區開展聯合檢查，為期五天。",
     "zh-Hant", "2018-05-11", ("military", "VNM", "CHN", "2018-05-10")),
]

# Hard negatives: a joint exercise of one of the three with a fourth country names none of the three's acts.
JOINT_OTHERS = [
    ("china russia en", "China, Russia hold joint naval exercise",
     "Chinese and Russian warships began a joint naval exercise in the Sea of Japan on Monday.",
     "en", "2021-10-14"),
    ("india vi", "Việt Nam và Ấn Độ diễn tập chung",
     "Hải quân Việt Nam và Hải quân Ấn Độ đã tiến hành diễn tập chung trên biển ngày 18/8.",
     "vi", "2023-08-19"),
    ("中俄 zh", "中俄举行联合军演",
     "中俄两国海军12日在日本海举行联合军事演习。",
     "zh-Hans", "2021-10-14"),
]


@pytest.mark.parametrize(("title", "text", "language", "published", "expected"),
                         [pytest.param(*row[1:], id=row[0]) for row in JOINT])
def test_a_joint_activity_of_two_sides_forces_is_their_military_act(
        title: str, text: str, language: str, published: str, expected: tuple[str, str, str, str]) -> None:
    event = main_event(title, text, language, date.fromisoformat(published))
    assert (event.type, event.actor, event.target, event.date) == expected


@pytest.mark.parametrize(("title", "text", "language", "published"),
                         [pytest.param(*row[1:], id=row[0]) for row in JOINT_OTHERS])
def test_a_joint_activity_with_a_fourth_country_is_none(title: str, text: str, language: str,
                                                        published: str) -> None:
    assert tells_no_event(title, text, language, date.fromisoformat(published))


def test_joint_patrols_agreed_at_a_signing_leave_the_signing() -> None:
    event = main_event("Vietnam and China sign fishing deal, agree on joint patrols",
                       "Vietnam and China signed a fishing cooperation agreement in Beijing on Monday and "
                       "agreed to hold joint patrols in the Gulf of Tonkin.", "en", date(2000, 12, 26))
    assert (event.type, event.actor, event.target) == ("sign_agreement", "VNM", "CHN")


# Equipment or a facility handed over: the giver's aid, not a military act of the boats' word.
HANDED = [
    ("hands en", "U.S. hands four patrol boats to Vietnam's border guard",
     "The United States handed four patrol boats to Vietnam's border guard on Friday, the U.S. embassy said.",
     "en", "2019-08-10", ("aid", "USA", "VNM")),
    ("facility en", "U.S. hands over training centre to Vietnam coast guard",
     "The United States has handed over a training centre to Vietnam's coast guard, the U.S. embassy said "
     "on Thursday.",
     "en", "2022-06-03", ("aid", "USA", "VNM")),
    ("trung tâm vi", "Mỹ bàn giao trung tâm huấn luyện cho Cảnh sát biển Việt Nam",
     "Ngày 9/4, Đại sứ quán Mỹ đã bàn giao trung tâm huấn luyện cho Bộ Tư lệnh Vùng Cảnh sát biển 3.",
     "vi", "2021-04-10", ("aid", "USA", "VNM")),
    ("设施 zh-Hans", "美国向越南海警移交训练设施",
     "美国驻越南大使馆9日向越南海警移交了一处训练设施。",
     "zh-Hans", "2021-04-10", ("aid", "USA", "VNM")),
]

# Hard negatives: "hands" or "handed" anything but equipment is no aid; suspects handed over are no act.
NOT_HANDED = [
    ("list en", "Biden hands Xi list of concerns over Taiwan",
     "U.S. President Joe Biden handed Chinese President Xi Jinping a list of concerns about Taiwan during "
     "their meeting in Bali on Monday, officials said.",
     "en", "2022-11-15", ("meet", "USA", "CHN")),
    ("note en", "Vietnam protests Chinese drills near Paracels",
     "Vietnam's foreign ministry on Tuesday handed a protest note to the Chinese embassy over military "
     "drills near the Paracel Islands.",
     "en", "2020-07-01", ("protest", "VNM", "CHN")),
]


@pytest.mark.parametrize(("title", "text", "language", "published", "expected"),
                         [pytest.param(*row[1:], id=row[0]) for row in HANDED])
def test_equipment_or_a_facility_handed_over_is_aid(title: str, text: str, language: str, published: str,
                                                    expected: tuple[str, str, str]) -> None:
    event = main_event(title, text, language, date.fromisoformat(published))
    assert (event.type, event.actor, event.target) == expected


@pytest.mark.parametrize(("title", "text", "language", "published", "expected"),
                         [pytest.param(*row[1:], id=row[0]) for row in NOT_HANDED])
def test_anything_else_handed_is_no_aid(title: str, text: str, language: str, published: str,
                                        expected: tuple[str, str, str]) -> None:
    detection = detect(title, text, language, date.fromisoformat(published))
    event = main_event(title, text, language, date.fromisoformat(published))
    assert (event.type, event.actor, event.target) == expected
    assert all(e.type != "aid" for e in detection.events)


@pytest.mark.parametrize(("title", "text", "language", "published"), [
    pytest.param("U.S. court hands Chinese spy 20-year sentence",
                 "A U.S. federal court on Wednesday handed a 20-year prison sentence to a Chinese "
                 "intelligence officer convicted of trying to steal aviation secrets.", "en", "2022-11-17",
                 id="sentence en"),
    pytest.param("越南向中方移交三名犯罪嫌疑人",
                 "越南公安部10日在芒街口岸向中国公安部移交三名犯罪嫌疑人。",
                 "zh-Hans", "2019-04-11", id="suspects zh"),
])
def test_a_sentence_or_suspects_handed_tell_no_event(title: str, text: str, language: str,
                                                     published: str) -> None:
    assert tells_no_event(title, text, language, date.fromisoformat(published))
