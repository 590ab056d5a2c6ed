"""Encounters told apart: a committee's counted session is a negotiation round (analysis._bound group
`session`, grammar `session_*`, `round_counted`); a round a word of congratulating or praising speaks of is
no round of the story, whose headline's meeting stays the main event (rounds.judged_round)."""

from __future__ import annotations

import pytest

from extractors.diplomacy import detect
from tests.diplomacy.stories import main_event

# ------------------------------------------------- a committee's counted session: a negotiation round
SESSIONS = [
    ("a steering committee's numbered session, vi",
     "Phiên họp lần thứ 12 Ủy ban Chỉ đạo hợp tác song phương Việt Nam - Trung Quốc",
     "Chiều 8/9, tại Hà Nội, Phó Thủ tướng Phạm Bình Minh và Ủy viên Quốc vụ Trung Quốc Vương Nghị đã đồng"
     " chủ trì Phiên họp lần thứ 12 Ủy ban Chỉ đạo hợp tác song phương Việt Nam - Trung Quốc.", "vi",
     ("negotiate", "CHN", "VNM")),
    ("an annual session of a committee, vi",
     "Phiên họp thường niên của Ủy ban hợp tác kinh tế Việt Nam - Hoa Kỳ",
     "Sáng nay, tại Oa-sinh-tơn, Bộ trưởng Công Thương Nguyễn Hồng Diên và Bộ trưởng Thương mại Mỹ Gina"
     " Raimondo đồng chủ trì phiên họp thường niên của Ủy ban hợp tác kinh tế Việt Nam - Hoa Kỳ.", "vi",
     ("negotiate", "VNM", "USA")),
    ("a steering committee's numbered session, zh",
     "中越双边合作指导委员会第十一次会议在河内举行",
     "国务委员兼外长王毅今天在河内同越南副总理兼外长范平明共同主持中越双边合作指导委员会第十一次会议。", "zh",
     ("negotiate", "CHN", "VNM")),
    ("a steering committee's numbered session, zh-Hant",
     "中美科技合作聯合委員會第十六次會議在華盛頓舉行",
     "中國科技部部長今天在華盛頓與美國總統科學顧問共同主持中美科技合作聯合委員會第十六次會議。", "zh",
     ("negotiate", "CHN", "USA")),
    ("a steering committee's numbered meeting, en",
     "Vietnam, China hold 10th meeting of steering committee",
     "BEIJING - Chinese State Councillor Yang Jiechi and Vietnamese Deputy Prime Minister Pham Binh Minh"
     " co-chaired the 10th meeting of the China-Vietnam Steering Committee for Bilateral Cooperation in"
     " Beijing on Monday.", "en", ("negotiate", "VNM", "CHN")),
    ("a joint commission's numbered session, en",
     "U.S., Vietnam hold third session of science commission",
     "HANOI - U.S. Secretary of State John Kerry and Vietnamese Foreign Minister Pham Binh Minh opened the"
     " third session of the joint science and technology commission in Hanoi on Tuesday.", "en",
     ("negotiate", "USA", "VNM")),
]


@pytest.mark.parametrize(("case", "title", "text", "language", "act"), SESSIONS,
                         ids=[row[0] for row in SESSIONS])
def test_a_committees_counted_session_is_a_round(case: str, title: str, text: str, language: str,
                                                  act: tuple[str, str, str]) -> None:
    event = main_event(title, text, language)
    assert (event.type, {event.actor, event.target}) == (act[0], set(act[1:]))


# Hard negatives: a committee told any other way (a chairman's title, a party's or a congress's own
# committee, a trade agency) is no round.
NO_SESSION = [
    ("a committee in a chairman's title, vi",
     "Chủ tịch phía Việt Nam trong Ủy ban Chỉ đạo tiếp Đại sứ Trung Quốc",
     "Ngày 5/3, tại Hà Nội, Phó Thủ tướng Phạm Bình Minh, Chủ tịch phía Việt Nam trong Ủy ban Chỉ đạo hợp"
     " tác song phương Việt Nam - Trung Quốc, đã tiếp Đại sứ Trung Quốc Hùng Ba.", "vi"),
    ("a party's central committee's plenum, en",
     "Xi meets Vietnamese leader after party plenum",
     "BEIJING - Chinese President Xi Jinping met Vietnamese Prime Minister Nguyen Xuan Phuc on Monday, days"
     " after the fifth plenary session of the 19th Central Committee.", "en"),
    ("a congress's standing committee's session, zh",
     "越南关注中国全国人大常委会第十次会议通过法律",
     "越南外交部发言人今天表示，越方关注中国全国人大常委会第十次会议通过的海警法。", "zh"),
    ("a trade agency's ruling, en",
     "U.S. trade commission rules against Vietnamese shrimp",
     "WASHINGTON - The U.S. International Trade Commission ruled on Tuesday that shrimp imports from"
     " Vietnam harmed American producers.", "en"),
]


@pytest.mark.parametrize(("case", "title", "text", "language"), NO_SESSION,
                         ids=[row[0] for row in NO_SESSION])
def test_a_committee_told_otherwise_is_no_round(case: str, title: str, text: str, language: str) -> None:
    assert "negotiate" not in {e.type for e in detect(title, text, language).events}


# ------------------------------------- a round congratulated: the headline's meeting stays the main event
JUDGED = [
    ("a round congratulated at a meeting, zh",
     "布林肯会见中国副外长",
     "美国国务卿布林肯12日在华盛顿会见中国外交部副部长马朝旭。布林肯祝贺第三轮中美海事磋商取得积极成果。",
     "zh",
     ("meet", "CHN", "USA")),
    ("a round congratulated at a meeting, en",
     "Xi meets Vietnamese deputy foreign minister",
     "BEIJING - Chinese President Xi Jinping met Vietnamese Deputy Foreign Minister Le Hoai Trung in Beijing"
     " on Tuesday. Xi congratulated the two sides on the successful third round of their strategic"
     " dialogue.", "en", ("meet", "VNM", "CHN")),
    ("a round congratulated at a meeting, vi",
     "Bộ trưởng Ngoại giao Bùi Thanh Sơn hội kiến Thứ trưởng Ngoại giao Trung Quốc",
     "Chiều 12/3, tại Hà Nội, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã hội kiến Thứ trưởng Ngoại giao Trung Quốc"
     " Tôn Vệ Đông. Bộ trưởng chúc mừng vòng đàm phán thứ 5 về vùng biển ngoài cửa Vịnh Bắc Bộ đã thành công"
     " tốt đẹp.", "vi", ("meet", "CHN", "VNM")),
    # Hard negatives: a round the lead tells held, not praised, is the story's round.
    ("a round held at the headline's meeting, zh",
     "王毅会见越南副外长",
     "王毅27日在北京会见越南副外长黎怀钟，双方举行第十轮副外长级磋商。", "zh", ("negotiate", "VNM", "CHN")),
    ("a round opened under a headline's talks, en",
     "Wu Yi opens Washington talks",
     "WASHINGTON - Chinese Vice Premier Wu Yi on Wednesday opened the second round of the Strategic Economic"
     " Dialogue with U.S. Treasury Secretary Henry Paulson.", "en", ("negotiate", "CHN", "USA")),
]


@pytest.mark.parametrize(("case", "title", "text", "language", "act"), JUDGED, ids=[row[0] for row in JUDGED])
def test_a_round_praised_is_not_the_story(case: str, title: str, text: str, language: str,
                                          act: tuple[str, str, str]) -> None:
    event = main_event(title, text, language)
    assert (event.type, {event.actor, event.target}) == (act[0], set(act[1:]))


# ------------------------------ a visitor asked face to face: the headline's urging is the encounter
# (grammar `asked_visitor`, `visitor_named`; eventkeys.pressing_headline, _asked_visitor)
ASKED_VISITOR = [
    ("a visitor asked, then received, en",
     "Vietnam asks U.S. to open market wider to its fruit as Vilsack visits",
     "HANOI (Reuters) - Vietnamese Prime Minister Pham Minh Chinh asked visiting U.S. Agriculture Secretary"
     " Tom Vilsack on Wednesday to open the U.S. market to more Vietnamese farm produce, when he received"
     " him in Hanoi.", "en", ("host_visit", "VNM", "USA")),
    ("a visitor urged, then received, another pair, en",
     "China urges U.S. to lift curbs as Raimondo visits",
     "BEIJING - Chinese Premier Li Qiang urged visiting U.S. Commerce Secretary Gina Raimondo on Tuesday to"
     " lift export curbs on Chinese firms, when he received her at the Great Hall of the People.", "en",
     ("host_visit", "CHN", "USA")),
    ("a visitor urged during talks at home, en",
     "Vietnam asks U.S. to recognise market economy status",
     "HANOI - Vietnamese Foreign Minister Bui Thanh Son urged visiting U.S. Trade Representative Katherine"
     " Tai on Monday to recognise Vietnam as a market economy during talks in Hanoi.", "en",
     ("meet", "USA", "VNM")),
    ("a visitor named as one, then urged, zh",
     "中方敦促美方取消出口管制",
     "国务院总理李强29日在北京会见来访的美国商务部长雷蒙多时，敦促美方取消对华出口管制。", "zh",
     ("meet", "USA", "CHN")),
    ("a visitor received, then asked, vi",
     "Việt Nam đề nghị Trung Quốc thả ngư dân",
     "Chiều 19/4, tại Hà Nội, khi tiếp Thứ trưởng Ngoại giao Trung Quốc Tôn Vệ Đông đang thăm Việt Nam, Thủ"
     " tướng Phạm Minh Chính đề nghị Trung Quốc thả ngư dân.", "vi", ("host_visit", "VNM", "CHN")),
    # Hard negatives: an envoy summoned at home is a démarche, the demand stays; a visitor named in another
    # clause of no encounter of the pair leaves the urging.
    ("an ambassador met at home, en",
     "China urges U.S. to stop arms sales to Taiwan",
     "BEIJING - China urged the United States on Monday to stop arms sales to Taiwan, after Vice Foreign"
     " Minister Xie Feng met U.S. Ambassador Nicholas Burns in Beijing.", "en", ("demand", "CHN", "USA")),
    ("an ambassador summoned, zh",
     "中方敦促美方停止对台军售",
     "外交部副部长谢锋今天在北京召见美国驻华大使伯恩斯，敦促美方停止对台军售。", "zh",
     ("demand", "CHN", "USA")),
    ("a visiting delegation told of apart, en",
     "Vietnam urges China to release fishermen",
     "HANOI - Vietnam urged China on Monday to release fishermen detained near the Paracels, as a visiting"
     " Chinese trade delegation met officials in Hanoi.", "en", ("demand", "VNM", "CHN")),
]


@pytest.mark.parametrize(("case", "title", "text", "language", "act"), ASKED_VISITOR,
                         ids=[row[0] for row in ASKED_VISITOR])
def test_a_visitor_asked_is_the_encounter(case: str, title: str, text: str, language: str,
                                          act: tuple[str, str, str]) -> None:
    event = main_event(title, text, language)
    assert (event.type, {event.actor, event.target}) == (act[0], set(act[1:]))
