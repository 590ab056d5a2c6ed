"""Criticism told by a verdict: a word of condemning verdict (wrong, irresponsible, illegal: `sai trái`,
`vô trách nhiệm`, `错误`, `不负责任`) as the predicate of what a government says, judges or calls the other
side's act; a speaker's colon judging a measure; a verdict whose speaker closes the sentence after a comma.
Hard negatives: the word as an attribute of the object, negated, or told by no government."""

from __future__ import annotations

import pytest

from extractors.diplomacy import detect
from tests.diplomacy.stories import main_event

# ---------------------------------------------------------------- a verdict after a verb of saying or judging
VERDICTS = [
    ("en: says ... is illegal", "U.S. says China's new coast guard law is illegal", "",
     ("criticize", "USA", "CHN")),
    ("en: says ... is unlawful, another pair",
     "China says Vietnam's fishing ban in the Gulf of Tonkin is unlawful",
     "",
     ("criticize", "CHN", "VNM")),
    ("en: called <object> illegal", "Vietnam calls China's drilling rig deployment illegal",
     "HANOI - Vietnam's foreign ministry on Monday called China's deployment of an oil rig in disputed "
     "waters illegal.", ("criticize", "VNM", "CHN")),
    ("vi: khẳng định ... là hoàn toàn vô trách nhiệm",
     "Bộ Ngoại giao khẳng định việc Mỹ áp thuế chống bán phá giá cá tra là hoàn toàn vô trách nhiệm", "",
     ("criticize", "VNM", "USA")),
    ("vi: a colon, then khẳng định ... là sai trái",
     "Bộ Ngoại giao: Việc Trung Quốc tập trận ở Hoàng Sa là sai trái",
     "Người phát ngôn Bộ Ngoại giao Lê Thị Thu Hằng khẳng định việc Trung Quốc tổ chức tập trận tại quần đảo "
     "Hoàng Sa là sai trái.", ("criticize", "VNM", "CHN")),
    ("zh: 表示 ... 是完全错误的", "越南外交部发言人表示，中国在西沙群岛举行军演是完全错误的", "",
     ("criticize", "VNM", "CHN")),
    ("zh: 表示 ... 是错误的", "外交部发言人表示，美方此举是错误的", "", ("criticize", "CHN", "USA")),
    # a measure judged so: the criticism, not the measure
    ("zh: a measure 是不负责任的", "中方表示美国对华加征关税是不负责任的", "", ("criticize", "CHN", "USA")),
    ("zh: a speaker's colon judging a measure", "外交部：美国对华加征关税的做法是不负责任的", "",
     ("criticize", "CHN", "USA")),
    ("en: a measure a 'gross interference'", "China's Wang says U.S. sanctions a 'gross interference'", "",
     ("criticize", "CHN", "USA")),
]

# ---------------------------------------------------------------- a verdict whose speaker closes the sentence
ATTRIBUTED = [
    ("en: ..., Vietnam says", "China's drills near the Paracels are unacceptable, Vietnam says", "",
     ("criticize", "VNM", "CHN")),
    ("en: a measure ..., China says", "U.S. chip curbs are 'bullying', China says", "",
     ("criticize", "CHN", "USA")),
    ("en: a lead, the office said", "China's tariffs on U.S. goods are unjustified, U.S. trade office says",
     "WASHINGTON - China's new tariffs on U.S. farm goods are unjustified and harmful, the U.S. Trade "
     "Representative's office said on Monday.", ("criticize", "USA", "CHN")),
    ("en: ..., China says, another pair", "U.S. warship's sail-by near Paracels was illegal, China says", "",
     ("criticize", "CHN", "USA")),
    ("vi: ..., Bộ Ngoại giao cho biết",
     "Việc Trung Quốc tập trận ở Hoàng Sa là sai trái, Bộ Ngoại giao Việt Nam cho biết", "",
     ("criticize", "VNM", "CHN")),
    # "Hoạt động của Trung Quốc trên Biển Đông là bất hợp pháp, người phát ngôn ... nhấn mạnh" is
    # test_events.toml `speakers_after` ("vi: the speaker after a comma"), changed to criticize this round
]

# ---------------------------------------------------------------- hard negatives
KEPT = [
    ("en: 'illegal' a word of the object", "U.S. says it will not accept China's illegal claims", "",
     ("statement", "USA", "CHN")),
    ("zh: a verdict denied (不是)", "外交部发言人表示，美方此举不是错误的", "", ("statement", "CHN", "USA")),
    ("vi: a verdict denied (không phải là)", "Bộ Ngoại giao cho biết việc Mỹ áp thuế không phải là sai trái",
     "",
     ("trade_measure", "VNM", "USA")),
    ("zh: experts, no government, judge a measure", "美国对华加征关税是不负责任的，专家表示", "",
     ("trade_measure", "USA", "CHN")),
    ("en: a measure told, no verdict, ministry says",
     "U.S. tariffs on Vietnamese shrimp take effect, Vietnam's trade ministry says", "",
     ("trade_measure", "USA", "VNM")),
    ("en: 'destabilizing' a verb with its object", "U.S. defense chief tells China to halt island building",
     "SINGAPORE (Reuters) - U.S. Defense Secretary Chuck Hagel on Saturday called for a halt to land "
     "reclamation in the South China Sea and said China was \"destabilizing\" the region.",
     ("demand", "USA", "CHN")),
]


@pytest.mark.parametrize("title, text, expected", [row[1:] for row in VERDICTS + ATTRIBUTED + KEPT],
                         ids=[row[0] for row in VERDICTS + ATTRIBUTED + KEPT])
def test_the_main_event_of_a_verdict(title: str, text: str, expected: tuple[str, str, str]) -> None:
    event = main_event(title, text)
    assert (event.type, event.actor, event.target) == expected


@pytest.mark.parametrize("title", [
    "China's coast guard law is illegal, analysts say",  # no government speaks
    "中方表示，美方应纠正错误做法",  # 错误 an attribute, no verdict
    "Hoạt động của Trung Quốc trên Biển Đông là hợp pháp, người phát ngôn Bộ Ngoại giao Trung Quốc nhấn mạnh",
])
def test_no_criticism_without_a_government_s_verdict(title: str) -> None:
    detection = detect(title, "")
    assert not any(e.type == "criticize" for e in detection.events)


# ---------------------------------------------------------------- a headline's reaction: the lead's criticism
REACTIONS = [
    ("vi: lên tiếng over a verdict of violation",
     "Việt Nam lên tiếng về việc Trung Quốc lập \"trạm nghiên cứu\" ở Trường Sa",
     "Trả lời câu hỏi của phóng viên về việc Trung Quốc đưa vào hoạt động các trạm nghiên cứu trên đá Chữ "
     "Thập, người phát ngôn Bộ Ngoại giao Lê Thị Thu Hằng cho biết: Những hoạt động này là vi phạm nghiêm "
     "trọng chủ quyền của Việt Nam đối với quần đảo Trường Sa.", ("criticize", "VNM", "CHN")),
    ("zh: 回应 over 表示…挑衅…强烈不满", "外交部回应美国军舰进入西沙领海",
     "外交部发言人华春莹表示，美国军舰擅自进入中国西沙群岛领海，是严重的政治和军事挑衅，"
     "中方对此表示强烈不满。", ("criticize", "CHN", "USA")),
    ("zh: 回应 over a verdict 是错误的", "外交部回应美方对华加征关税",
     "外交部发言人耿爽表示，美方此举是错误的，中方对此强烈不满。", ("criticize", "CHN", "USA")),
    # hard negatives: a lead with no criticism leaves the reaction a statement
    ("zh: 回应 over a remark of no stance", "外交部回应美方将越南移出汇率操纵国名单",
     "外交部发言人表示，中方注意到有关报道。", ("statement", "CHN", "USA")),
    ("en: regret of a death", "Vietnam regrets the death of a U.S. veteran",
     "Vietnam's foreign ministry said it regrets the death of a U.S. veteran.", ("statement", "VNM", "USA")),
]


@pytest.mark.parametrize("title, text, expected", [row[1:] for row in REACTIONS],
                         ids=[row[0] for row in REACTIONS])
def test_a_headline_reaction_is_the_criticism_the_lead_tells(title: str, text: str,
                                                              expected: tuple[str, str, str]) -> None:
    event = main_event(title, text)
    assert (event.type, event.actor, event.target) == expected
