"""Who takes part in the main event, by structure: of aid handed over (kinds.toml `received`), the
receiving side's officials a lead sentence tells attending or receiving it, with no act of their own;
leads of our own in three languages, other pairs, and hard negatives (another time, another kind of
act, an act of their own); of a call, only those on the line."""

from __future__ import annotations

import pytest

from tests.diplomacy.stories import main_event

# (title, text, language, (type, actor, target), people)
RECEIVED_AID = [
    # the receiving side's official receives or attends the handover: takes part
    ("China hands over flood relief supplies to Vietnam",
     "HANOI (Xinhua) - China on Thursday handed over emergency relief supplies to Vietnam for victims of"
     " floods in the northern provinces. Vietnamese Deputy Foreign Minister Nguyen Minh Vu received the goods"
     " at a ceremony in Hanoi.", "en", ("aid", "CHN", "VNM"), ("Nguyễn Minh Vũ",)),
    ("U.S. gives Vietnam patrol boats",
     "HANOI (Reuters) - The United States on Monday handed over six patrol boats to Vietnam's coast guard."
     " Vietnamese Deputy Defence Minister Nguyen Chi Vinh attended the handover ceremony in Da Nang.", "en",
     ("aid", "USA", "VNM"), ("Nguyễn Chí Vịnh",)),
    ("Trung Quốc trao hàng cứu trợ lũ lụt cho Việt Nam",
     "Ngày 12/9, tại Hà Nội, Trung Quốc đã bàn giao lô hàng cứu trợ khẩn cấp cho Việt Nam để hỗ trợ người dân"
     " bị ảnh hưởng bởi bão lũ. Thứ trưởng Bộ Ngoại giao Nguyễn Minh Vũ đã tiếp nhận lô hàng.", "vi",
     ("aid", "CHN", "VNM"), ("Nguyễn Minh Vũ",)),
    ("Mỹ viện trợ thiết bị y tế cho Việt Nam",
     "Ngày 5/8, Hoa Kỳ đã trao tặng Việt Nam lô thiết bị y tế trị giá 2 triệu USD để phòng chống dịch bệnh."
     " Thứ trưởng Bộ Y tế Đỗ Xuân Tuyên dự lễ và cảm ơn sự hỗ trợ của Hoa Kỳ.", "vi",
     ("aid", "USA", "VNM"), ("Đỗ Xuân Tuyên",)),
    ("越南向美方移交美军遗骸",
     "新华社河内7月10日电 越南10日在岘港国际机场向美国移交3具美军失踪人员遗骸。"
     "美国驻越南大使诺普出席交接仪式。",
     "zh", ("aid", "VNM", "USA"), ("Marc Knapper",)),
    ("中国向越南移交救灾物资",
     "新华社河内9月12日电 中国政府12日在河内向越南移交一批紧急救灾物资。"
     "越南外交部副部长阮明武出席交接仪式。",
     "zh", ("aid", "CHN", "VNM"), ("Nguyễn Minh Vũ",)),
    ("美国向中国地震灾区提供援助",
     "新华社北京5月18日电 美国政府18日向四川地震灾区运送救灾物资。中国外交部部长杨洁篪接收了物资。",
     "zh",
     ("aid", "USA", "CHN"), ("Yang Jiechi",)),
    # hard negatives: an attendance of another time, the receiving side's own act, another kind of act
    ("Trung Quốc trao hàng cứu trợ cho Việt Nam",
     "Ngày 12/9, Trung Quốc đã bàn giao lô hàng cứu trợ khẩn cấp cho Việt Nam. Năm ngoái, Thứ trưởng Bộ Ngoại"
     " giao Nguyễn Minh Vũ đã tiếp nhận một lô hàng tương tự.", "vi", ("aid", "CHN", "VNM"), ()),
    ("U.S. hands over patrol boats to Vietnam",
     "HANOI (Reuters) - The United States on Monday handed over six patrol boats to Vietnam's coast guard in"
     " Da Nang. Last year, Vietnamese Deputy Defence Minister Nguyen Chi Vinh attended a similar handover.",
     "en",
     ("aid", "USA", "VNM"), ()),
    ("中国向越南移交救灾物资",
     "新华社河内9月12日电 中国政府12日在河内向越南移交一批紧急救灾物资。"
     "去年，越南外交部副部长阮明武曾出席类似的交接仪式。",
     "zh", ("aid", "CHN", "VNM"), ()),
    ("U.S. sends typhoon aid to Vietnam",
     "HANOI (Reuters) - The United States will provide $1 million in emergency aid to Vietnam after Typhoon"
     " Yagi, the U.S. embassy said on Tuesday. Vietnamese Prime Minister Pham Minh Chinh criticised slow"
     " relief efforts in the provinces.", "en", ("aid", "USA", "VNM"), ()),
    ("U.S. sanctions Chinese firms",
     "WASHINGTON (Reuters) - The United States on Monday sanctioned five Chinese firms over Iran oil"
     " purchases. Chinese Ambassador Xie Feng received a copy of the order at the State Department.", "en",
     ("sanction", "USA", "CHN"), ()),
]


@pytest.mark.parametrize(("title", "text", "language", "act", "people"), RECEIVED_AID)
def test_the_receiving_sides_officials_of_aid(title: str, text: str, language: str,
                                              act: tuple[str, str, str], people: tuple[str, ...]) -> None:
    event = main_event(title, text, language)
    assert (event.type, event.actor, event.target) == act
    assert event.people == people


# (title, text, language, (type, actor, target), people): of a call, a later lead sentence told by a word of
# saying or talking (which the call stands for) and naming one side's people the first report does not name
OFF_THE_LINE = [
    ("Blinken, China's Wang Yi discuss Ukraine in phone call",
     "WASHINGTON (Reuters) - Secretary of State Antony Blinken spoke by phone with Chinese Foreign Minister"
     " Wang Yi on Tuesday, the State Department said. President Joe Biden said last week he had no plans to"
     " lift tariffs on Chinese goods.", "en", ("phone_call", "USA", "CHN"), ("Antony Blinken", "Wang Yi")),
    ("Bộ trưởng Ngoại giao Bùi Thanh Sơn điện đàm với Ngoại trưởng Mỹ Antony Blinken",
     "Tối 12/3, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã điện đàm với Ngoại trưởng Hoa Kỳ Antony Blinken. Bộ"
     " trưởng Bùi Thanh Sơn cho biết Việt Nam đã cử Thứ trưởng Ngoại giao Hà Kim Ngọc sang Oa-sinh-tơn"
     " trao đổi về thuế quan.", "vi", ("phone_call", "VNM", "USA"), ("Bùi Thanh Sơn", "Antony Blinken")),
    ("王毅同布林肯通电话",
     "新华社北京3月12日电 国务委员兼外长王毅12日应约同美国国务卿布林肯通电话。"
     "王毅表示，中方已派外交部副部长马朝旭赴华盛顿交换意见。",
     "zh", ("phone_call", "USA", "CHN"), ("Wang Yi", "Antony Blinken")),
    # kept: a later sentence naming both sides tells the call's own exchange
    ("Xi, Biden hold phone call on Taiwan",
     "BEIJING (Reuters) - Chinese President Xi Jinping held a phone call with U.S. President Joe Biden on"
     " Thursday. Xi told Biden that those who play with fire will perish by it.", "en",
     ("phone_call", "CHN", "USA"), ("Xi Jinping", "Joe Biden")),
]


@pytest.mark.parametrize(("title", "text", "language", "act", "people"), OFF_THE_LINE)
def test_a_calls_people_are_on_the_line(title: str, text: str, language: str,
                                        act: tuple[str, str, str], people: tuple[str, ...]) -> None:
    event = main_event(title, text, language)
    assert (event.type, event.actor, event.target) == act
    assert event.people == people


# (title, text, language, (type, actor, target), people): an encounter to come told by a modal and an adverb
# of likelihood or time before its verb ("would probably meet", "will likely visit", `sẽ sớm gặp`): its
# people take no part in the event told; the encounter to come keeps them as its own
TO_COME_WITH_AN_ADVERB = [
    ("Trump hosts China's Liu He at White House",
     "WASHINGTON (Reuters) - President Donald Trump hosted Chinese Vice Premier Liu He at the White House on"
     " Friday after two days of trade talks. Trump said he would probably meet Chinese President Xi Jinping"
     " next month to settle the final points.", "en", ("host_visit", "USA", "CHN"),
     ("Donald Trump", "Liu He")),
    ("Biden receives Vietnam's Phuc at White House",
     "WASHINGTON (Reuters) - President Joe Biden received Vietnamese President Nguyen Xuan Phuc at the White"
     " House on Thursday. Biden said he will likely visit Hanoi and meet party chief Nguyen Phu Trong later"
     " this year.", "en", ("host_visit", "VNM", "USA"), ("Joe Biden", "Nguyễn Xuân Phúc")),
    ("Thủ tướng Phạm Minh Chính tiếp Bộ trưởng Tài chính Mỹ Janet Yellen",
     "Chiều 20/7, tại trụ sở Chính phủ, Thủ tướng Phạm Minh Chính đã tiếp Bộ trưởng Tài chính Hoa Kỳ Janet"
     " Yellen. Bà Yellen cho biết Tổng thống Joe Biden sẽ sớm gặp Tổng Bí thư Nguyễn Phú Trọng.", "vi",
     ("host_visit", "VNM", "USA"), ("Phạm Minh Chính", "Janet Yellen")),
    # the encounter to come told alone is the main event, with its people
    ("Trump says he will probably meet Xi in March",
     "WASHINGTON (Reuters) - President Donald Trump said on Friday he would probably meet Chinese President"
     " Xi Jinping at his Mar-a-Lago estate in March to settle a trade deal.", "en", ("meet", "USA", "CHN"),
     ("Donald Trump", "Xi Jinping")),
]


@pytest.mark.parametrize(("title", "text", "language", "act", "people"), TO_COME_WITH_AN_ADVERB)
def test_an_encounter_to_come_told_with_an_adverb(title: str, text: str, language: str,
                                                  act: tuple[str, str, str],
                                                  people: tuple[str, ...]) -> None:
    event = main_event(title, text, language)
    assert (event.type, event.actor, event.target) == act
    assert event.people == people
