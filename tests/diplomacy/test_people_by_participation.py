"""Who takes part in the main event and who only stands beside it: a person named only as the possessor of a
noun that is not the event's act (the leader who sent the traveller, whose decision or whose other encounter
is told) takes no part in an encounter or a message; the possessor of the event's own act, of an invitation,
a request or an attendance does (bystanders.possessors)."""

from __future__ import annotations

import pytest

from tests.diplomacy.stories import main_event

# (title, text, language, people of the main event)
POSSESSORS = [
    # the leader whose greetings, decision, envoy or other summit is told: no part in a visit or meeting
    ("Blinken lands in Hanoi",
     "HANOI (Reuters) - Secretary of State Antony Blinken arrived in Hanoi on Tuesday to explain"
     " President Joe Biden's decision on chip export rules to Vietnamese leaders.",
     "en", {"Antony Blinken"}),
    ("Yellen meets Vietnam's Chinh",
     "HANOI (AP) - Treasury Secretary Janet Yellen met Prime Minister Pham Minh Chinh in Hanoi on Friday and"
     " passed on President Joe Biden's warm regards.",
     "en", {"Janet Yellen", "Phạm Minh Chính"}),
    ("Vương Nghị hội kiến Bộ trưởng Bùi Thanh Sơn",
     "Ngày 12/5, tại Bắc Kinh, Bộ trưởng Ngoại giao Trung Quốc Vương Nghị đã hội kiến Bộ trưởng Ngoại giao"
     " Bùi Thanh Sơn, người mang theo thông điệp của Tổng Bí thư Tô Lâm.",
     "vi", {"Wang Yi", "Bùi Thanh Sơn"}),
    ("王毅会见越南外长裴青山",
     "新华社北京5月12日电 外交部长王毅12日在北京会见越南外长裴青山，裴青山转达了越共中央总书记苏林的问候。",
     "zh", {"Wang Yi", "Bùi Thanh Sơn"}),
    # the possessor of an encounter with a third country's party: another encounter than the pair's
    ("Pompeo in Beijing",
     "BEIJING (Reuters) - Secretary of State Mike Pompeo arrived in Beijing on Thursday to brief Chinese"
     " leaders on President Donald Trump's summit with North Korean leader Kim Jong Un.",
     "en", {"Mike Pompeo"}),
    ("Wang Yi meets Sullivan in Bangkok",
     "BANGKOK (Reuters) - Chinese Foreign Minister Wang Yi met U.S. national security adviser Jake Sullivan"
     " on Friday after briefing him on President Xi Jinping's talks with Russian President Vladimir Putin.",
     "en", {"Wang Yi", "Jake Sullivan"}),
    ("Ngoại trưởng Mỹ đến Hà Nội",
     "Ngày 8/7, Ngoại trưởng Hoa Kỳ Mike Pompeo đến Hà Nội, thông báo với lãnh đạo Việt Nam về cuộc gặp"
     " thượng đỉnh của Tổng thống Donald Trump với nhà lãnh đạo Triều Tiên Kim Jong-un.",
     "vi", {"Mike Pompeo"}),
    # hard negative: the possessor of the pair's own talks takes part
    ("Xi's talks with Biden",
     "WOODSIDE, California (Reuters) - Chinese President Xi Jinping's talks with President Joe Biden lasted"
     " four hours on Wednesday.",
     "en", {"Xi Jinping", "Joe Biden"}),
    # a message: the possessor of another encounter (the visit looked forward to) takes no part
    ("Ngoại trưởng Mỹ chúc mừng Quốc khánh Việt Nam",
     "Ngày 1/9, Ngoại trưởng Hoa Kỳ Marco Rubio đã ra tuyên bố chúc mừng nhân dân Việt Nam nhân dịp Quốc"
     " khánh. Ông Rubio cho biết ông mong chờ chuyến thăm của Tổng thống Donald Trump tới Hà Nội.",
     "vi", {"Marco Rubio"}),
    ("Rubio congratulates Vietnam on National Day",
     "WASHINGTON (Reuters) - Secretary of State Marco Rubio congratulated Vietnam on its National Day on"
     " Monday and said he looked forward to President Donald Trump's visit to Hanoi.",
     "en", {"Marco Rubio"}),
    # hard negatives: the possessor of the event's own act, of an invitation, of an attendance takes part
    ("Harris's Vietnam trip begins",
     "HANOI (Reuters) - Vice President Kamala Harris's official visit to Vietnam began on Wednesday as"
     " President Nguyen Xuan Phuc welcomed her at the Presidential Palace.",
     "en", {"Kamala Harris", "Nguyễn Xuân Phúc"}),
    ("Chinh arrives in Beijing",
     "BEIJING (Reuters) - Vietnamese Prime Minister Pham Minh Chinh arrived in Beijing on Sunday at Premier"
     " Li Qiang's invitation.",
     "en", {"Phạm Minh Chính", "Li Qiang"}),
    ("Khai mạc Đối thoại Quốc phòng Việt - Trung",
     "Ngày 8/10, tại Hà Nội, Đối thoại Chiến lược Quốc phòng Việt Nam - Trung Quốc đã khai mạc với sự tham"
     " dự của Đại tướng Phan Văn Giang và Bộ trưởng Quốc phòng Trung Quốc Đổng Quân.",
     "vi", {"Phan Văn Giang", "Dong Jun"}),
    ("苏林抵达北京",
     "新华社北京8月18日电 应中共中央总书记、国家主席习近平的邀请，越共中央总书记、国家主席苏林18日抵达北京，"
     "开始对中国进行国事访问。",
     "zh", {"Tô Lâm", "Xi Jinping"}),
    # a statement answering the act of the other side's leader names him its counterpart
    ("Việt Nam hoan nghênh quyết định của Mỹ",
     "Người phát ngôn Bộ Ngoại giao Phạm Thu Hằng cho biết Việt Nam hoan nghênh quyết định của Tổng thống"
     " Joe Biden dỡ bỏ hạn chế đối với Việt Nam.",
     "vi", {"Phạm Thu Hằng", "Joe Biden"}),
]


@pytest.mark.parametrize(("title", "text", "language", "people"), POSSESSORS)
def test_a_possessor_takes_part_only_in_his_own_act(title: str, text: str, language: str,
                                                    people: set[str]) -> None:
    assert set(main_event(title, text, language).people) == people
