"""Office-holders no list holds, named after an office read as a class (titled.py, grammar [titled]
`class_heads`, `joiners`, `sole`): a head word ("Secretary", "Minister", "Governor", "Attorney General") after
its portfolio's words, whose country is the country or a state of one of the three right before it, or the one
country that has the office; in Vietnamese copy a portfolio written in sentence case ("An ninh Nội địa")
before the office's country; in Chinese copy an American named in characters after a US office and then
in Latin letters in brackets (titledchars._bracketed). Each row was labelled before the detector read it;
most do not echo the studied stories' wording. Hard negatives: a third country's office or region, a
company's officer, a former holder, a place's name after a title, a title before a lower-case word."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.diplomacy import detect
from tests.diplomacy.stories import people_read

ENGLISH = [
    ("Michigan governor courts Chinese investment",
     "BEIJING (Reuters) - Michigan Governor Laura Whitcombe met Chinese Vice Premier Liu He in Beijing on"
     " Thursday to court investment from Chinese battery makers.",
     {"Laura Whitcombe", "Liu He"}),
    ("U.S., China sign health pact",
     "BEIJING (Reuters) - U.S. Health and Human Services Secretary Martin Delaney and Chinese Health Minister"
     " Ma Xiaowei signed a memorandum on disease control in Beijing on Tuesday.",
     {"Martin Delaney", "Ma Xiaowei"}),
    ("U.S. accuses China of hacking campaign",
     "WASHINGTON (Reuters) - Attorney General Rachel Morgan on Tuesday accused China of running a hacking"
     " campaign against American companies and announced charges against seven Chinese nationals.",
     {"Rachel Morgan"}),
    ("U.S. veterans chief arrives in Vietnam",
     "HANOI (AP) — U.S. Veterans Affairs Secretary Thomas Reilly arrived in Hanoi on Monday for a visit to"
     " Vietnam focused on the search for American servicemen missing since the war.",
     {"Thomas Reilly"}),
    ("China climate minister meets Kerry",
     "BEIJING (Reuters) - Chinese Ecology and Environment Minister Huang Runqiu met U.S. climate envoy John"
     " Kerry in Beijing on Sunday to discuss methane emissions.",
     {"Huang Runqiu", "John Kerry"}),
    ("White House voices concern over Chinese drills",
     "WASHINGTON (Reuters) - The United States on Friday criticized China's military drills near Taiwan."
     " White House National Security Council spokesman Daniel Hoyt said the drills were provocative.",
     {"Daniel Hoyt"}),
    ("Chinese vice premier meets U.S. commerce secretary",
     "BEIJING (Reuters) - Vice Premier Zhang Guoqing met U.S. Commerce Secretary Gina Raimondo in Beijing on"
     " Tuesday.",
     {"Zhang Guoqing", "Gina Raimondo"}),
    # hard negatives: a third country's office beside the event's own
    ("Chinese, U.S. finance chiefs meet",
     "BEIJING (Reuters) - Chinese Vice Premier He Lifeng met U.S. Treasury Secretary Janet Yellen in Beijing"
     " on Monday, as Japanese Finance Minister Kenji Watanabe visited Seoul.",
     {"He Lifeng", "Janet Yellen"}),
    # a company's officer after the firm's name
    ("Chinese commerce minister meets U.S. executives",
     "BEIJING (Reuters) - Chinese Commerce Minister Wang Wentao met Boeing Chairman Larry Kellner and U.S."
     " Ambassador Nicholas Burns in Beijing on Tuesday.",
     {"Wang Wentao", "Nicholas Burns"}),
    # a region of a fourth country before a governor
    ("Chinese premier meets U.S. commerce secretary",
     "BEIJING (Reuters) - Chinese Premier Li Qiang met U.S. Commerce Secretary Gina Raimondo in Beijing on"
     " Tuesday, a day after Tokyo Governor Yuriko Koike left the city.",
     {"Li Qiang", "Gina Raimondo"}),
    # a former holder
    ("Chinese vice premier meets U.S. business leaders",
     "BEIJING (Reuters) - Chinese Vice Premier He Lifeng met U.S. Treasury Secretary Janet Yellen on Monday,"
     " and former U.S. Labor Secretary Alan Norris joined a dinner later.",
     {"He Lifeng", "Janet Yellen"}),
    # a place's name after a title, and a title before a lower-case word
    ("China, U.S. envoys meet in New Jersey",
     "NEWARK (Reuters) - Chinese Vice Premier He Lifeng met U.S. Treasury Secretary Janet Yellen at the"
     " Governor Morris Hotel on Friday, and the Secretary said the talks were frank.",
     {"He Lifeng", "Janet Yellen"}),
]

VIETNAMESE = [
    ("Thủ tướng tiếp Bộ trưởng An ninh Nội địa Hoa Kỳ",
     "Chiều 5/3, tại Hà Nội, Thủ tướng Phạm Minh Chính tiếp Bộ trưởng An ninh Nội địa Hoa Kỳ Kevin Harlan"
     " đang thăm Việt Nam.",
     {"Phạm Minh Chính", "Kevin Harlan"}),
    ("Bộ trưởng Cựu chiến binh Hoa Kỳ thăm Việt Nam",
     "Ngày 10/4, Bộ trưởng Cựu chiến binh Hoa Kỳ Denis Walsh đến Hà Nội, bắt đầu chuyến thăm Việt Nam ba"
     " ngày nhằm thúc đẩy hợp tác tìm kiếm quân nhân Mỹ mất tích.",
     {"Denis Walsh"}),
    ("Việt Nam, Hoa Kỳ ký thỏa thuận y tế",
     "Hôm nay, tại Hà Nội, Thủ tướng Phạm Minh Chính chứng kiến Bộ trưởng Y tế và Dịch vụ Nhân sinh Hoa Kỳ"
     " Martin Delaney ký thỏa thuận hợp tác phòng chống dịch bệnh.",
     {"Phạm Minh Chính", "Martin Delaney"}),
    # hard negative: a third country's office written alike
    ("Thủ tướng tiếp Bộ trưởng Thương mại Hoa Kỳ",
     "Chiều 5/3, tại Hà Nội, Thủ tướng Phạm Minh Chính tiếp Bộ trưởng Thương mại Hoa Kỳ Gina Raimondo;"
     " Bộ trưởng Y tế và Phúc lợi Nhật Bản Kenji Sato cũng có mặt tại Hà Nội.",
     {"Phạm Minh Chính", "Gina Raimondo"}),
]


# Offices written in lower case before a name, offices only the US has among the three (members of
# Congress), a region after "of", a given name another lexicon word spells, a city the lexicon reads.
ENGLISH_MORE = [
    ("White House aide meets Chinese envoy",
     "WASHINGTON (Reuters) - White House chief of staff Ryan Caldwell met Chinese Ambassador Xie Feng at the"
     " White House on Thursday.",
     {"Ryan Caldwell", "Xie Feng"}),
    ("U.S. senator meets Chinese premier",
     "BEIJING (Reuters) - Senator Mark Ellison met Chinese Premier Li Qiang in Beijing on Tuesday, the first"
     " visit by a U.S. lawmaker this year.",
     {"Mark Ellison", "Li Qiang"}),
    ("Congresswoman meets Chinese foreign minister",
     "BEIJING (AP) — Rep. Carla Mendez, a Democrat from California, met Chinese Foreign Minister Wang Yi in"
     " Beijing on Monday.",
     {"Carla Mendez", "Wang Yi"}),
    ("Governor of Washington meets Chinese vice president",
     "BEIJING (Reuters) - The Governor of Washington, Helen Brandt, met Chinese Vice President Han Zheng in"
     " Beijing on Wednesday.",
     {"Helen Brandt", "Han Zheng"}),
    ("Governor of Iowa meets Chinese vice president",
     "BEIJING (Reuters) - Governor of Iowa Helen Brandt met Chinese Vice President Han Zheng in Beijing on"
     " Wednesday to promote farm exports.",
     {"Helen Brandt", "Han Zheng"}),
    ("Shanghai mayor meets U.S. envoy",
     "SHANGHAI (Reuters) - Shanghai Mayor Gong Weiming met U.S. Ambassador Nicholas Burns in Shanghai on"
     " Monday.",
     {"Gong Weiming", "Nicholas Burns"}),
    ("Michigan governor meets Chinese premier",
     "BEIJING (Reuters) - Chinese Premier Li Qiang met Michigan governor Kim Whitmore in Beijing on Friday.",
     {"Li Qiang", "Kim Whitmore"}),
    # hard negatives: a third country's senator, a former secretary, a university's president
    ("China, U.S. diplomats meet",
     "BEIJING (Reuters) - Chinese Foreign Minister Wang Yi met U.S. Secretary of State Antony Blinken in"
     " Beijing on Monday. Philippine Senator Imee Santos criticized the meeting.",
     {"Wang Yi", "Antony Blinken"}),
    ("Vietnam, U.S. leaders meet",
     "HANOI (Reuters) - Ohio State University President Walter Carter met Vietnamese Prime Minister Pham Minh"
     " Chinh and U.S. Ambassador Marc Knapper in Hanoi on Monday.",
     {"Phạm Minh Chính", "Marc Knapper"}),
    ("Chinese premier meets U.S. business leaders",
     "BEIJING (Reuters) - Chinese Premier Li Qiang met former Treasury secretary Lawrence Whitfield and"
     " U.S. Ambassador Nicholas Burns in Beijing on Monday.",
     {"Li Qiang", "Nicholas Burns"}),
]

# A member of a state body named before it ("Daniel Brennan of the Pentagon"); hard negatives: a think
# tank's scholar, a former diplomat, a spokesman's office told in the possessive, a room of the building.
MEMBERS = [
    ("Chinese diplomat meets U.S. defense team",
     "BEIJING (Reuters) - Chinese Vice Foreign Minister Ma Zhaoxu met a U.S. delegation headed by Daniel"
     " Brennan of the Pentagon in Beijing on Thursday.",
     {"Ma Zhaoxu", "Daniel Brennan"}),
    ("Vietnam, U.S. hold defense talks",
     "HANOI (AP) — Vietnamese Deputy Defense Minister Hoang Xuan Chien held talks with Sarah Whitfield of"
     " the White House National Security Council in Hanoi on Friday.",
     {"Hoàng Xuân Chiến", "Sarah Whitfield"}),
    ("Vietnam, U.S. leaders meet",
     "HANOI (Reuters) - Vietnamese Prime Minister Pham Minh Chinh met U.S. Ambassador Marc Knapper in Hanoi"
     " on Monday, said Gregory Poling of the Center for Strategic and International Studies.",
     {"Phạm Minh Chính", "Marc Knapper"}),
    ("China, U.S. diplomats meet",
     "BEIJING (Reuters) - Chinese Foreign Minister Wang Yi met U.S. Ambassador Nicholas Burns in Beijing on"
     " Monday; former diplomat Ann Wright of the State Department attended.",
     {"Wang Yi", "Nicholas Burns"}),
    ("China, U.S. defense chiefs meet",
     "SINGAPORE (Reuters) - Chinese Defense Minister Dong Jun met U.S. Defense Secretary Lloyd Austin in"
     " Singapore on Friday, according to Lee Carter of the Pentagon's press office.",
     {"Dong Jun", "Lloyd Austin"}),
    # a room of the building, after an article
    ("U.S., China finance chiefs meet",
     "WASHINGTON (Reuters) - U.S. Treasury Secretary Janet Yellen met Chinese Vice Premier He Lifeng in the"
     " Roosevelt Room of the White House on Friday.",
     {"Janet Yellen", "He Lifeng"}),
]

# Vietnamese copy: a governor or mayor of a US state or city, named after the unit's word ("bang", "thành
# phố"), the run past the state's or city's name the holder's; an attorney general with the country after.
VIETNAMESE_MORE = [
    ("Phó Thủ tướng tiếp Thống đốc bang California",
     "Ngày 10/5, tại Hà Nội, Phó Thủ tướng Trần Lưu Quang tiếp Thống đốc bang California Gavin Newsom đang"
     " thăm Việt Nam. Hai bên trao đổi về hợp tác giữa Việt Nam và Hoa Kỳ.",
     {"Trần Lưu Quang", "Gavin Newsom"}),
    ("Phó Thủ tướng tiếp Thị trưởng Seattle",
     "Ngày 10/5, tại Hà Nội, Phó Thủ tướng Trần Lưu Quang tiếp Thị trưởng thành phố Seattle Bruce Harrell"
     " đang thăm Việt Nam, bàn về hợp tác giữa Việt Nam và Hoa Kỳ.",
     {"Trần Lưu Quang", "Bruce Harrell"}),
    ("Mỹ truy tố tin tặc Trung Quốc",
     "Ngày 10/5, Bộ Tư pháp Mỹ truy tố 7 tin tặc Trung Quốc. Tổng Chưởng lý Mỹ Rachel Morgan cáo buộc Trung"
     " Quốc đứng sau chiến dịch tấn công mạng.",
     {"Rachel Morgan"}),
    # hard negatives: a Japanese prefecture's governor, the State Bank's governor is Vietnam's own
    ("Chủ tịch nước tiếp Đại sứ Mỹ",
     "Ngày 10/5, tại Hà Nội, Chủ tịch nước Võ Văn Thưởng tiếp Đại sứ Mỹ Marc Knapper; Thống đốc tỉnh Okinawa"
     " Denny Tamaki cũng đang thăm Hà Nội.",
     {"Võ Văn Thưởng", "Marc Knapper"}),
    ("Thủ tướng làm việc với Đại sứ Mỹ",
     "Ngày 10/5, Thủ tướng Phạm Minh Chính làm việc với Thống đốc Ngân hàng Nhà nước Nguyễn Thị Hồng và Đại"
     " sứ Mỹ Marc Knapper.",
     {"Phạm Minh Chính", "Nguyễn Thị Hồng", "Marc Knapper"}),
]

# The leaders of a chamber of Congress, American by `sole`; an office only the US has after a Chinese
# official's name (the country before the name is that official's); hard negative: a third country's speaker
# with lower-case words of the office before the title.
CONGRESS = [
    ("Senate leader meets Chinese diplomat",
     "WASHINGTON (AP) — Senate Minority Leader Karen Holt met Chinese Vice Foreign Minister Ma Zhaoxu at the"
     " Capitol on Wednesday.",
     {"Karen Holt", "Ma Zhaoxu"}),
    ("Chinese premier meets U.S. commerce official",
     "BEIJING (Reuters) - Chinese Premier Li Qiang met Assistant Secretary of Commerce Brian Towle in Beijing"
     " on Monday.",
     {"Li Qiang", "Brian Towle"}),
    ("Chinese premier meets U.S. commerce secretary in Tokyo",
     "TOKYO (Reuters) - Chinese Premier Li Qiang met U.S. Commerce Secretary Gina Raimondo in Tokyo on"
     " Monday, and Japanese upper house Speaker Hiro Tanaka hosted a dinner.",
     {"Li Qiang", "Gina Raimondo"}),
]

CHINESE = [
    ("王毅会见美国财政部长",
     "新华社北京5月6日电 外交部长王毅6日在北京会见美国财政部长萨莫尔（Lawrence Summerfield）。",
     {"Wang Yi", "Lawrence Summerfield"}),
    ("李强会见美国密歇根州州长",
     "新华社北京9月12日电 国务院总理李强12日在人民大会堂会见美国密歇根州州长惠特莫尔（Kim Whitmore）。",
     {"Li Qiang", "Kim Whitmore"}),
    ("美國國務院發言人批評中國",
     "中央社華盛頓3日綜合外電報導 美國國務院副發言人帕特森（Vera Patterson）3日發表聲明，批評中國對"
     "南海菲律賓船隻的行動。",
     {"Vera Patterson"}),
    # hard negatives: a former holder, a third country's minister, a firm's officer
    ("王毅会见美国前财政部长",
     "新华社北京5月6日电 外交部长王毅6日在北京会见美国前财政部长萨莫尔（Lawrence Summerfield）。",
     {"Wang Yi"}),
    ("王毅会见英美外长",
     "新华社北京5月6日电 外交部长王毅6日在北京分别会见英国外交大臣克莱弗利（James Cleverly）和美国国务卿"
     "布林肯。",
     {"Wang Yi", "Antony Blinken"}),
    ("何立峰会见美国企业家",
     "新华社北京6日电 国务院副总理何立峰6日在北京会见美国某公司首席执行官库恩（Tom Kuhn）和美国驻华大使"
     "伯恩斯。",
     {"He Lifeng", "Nicholas Burns"}),
]


@pytest.mark.parametrize(("title", "text", "people"), ENGLISH_MORE)
def test_offices_in_lower_case_and_of_congress(title: str, text: str, people: set[str]) -> None:
    assert people_read(title, text) == people


@pytest.mark.parametrize(("title", "text", "people"), MEMBERS)
def test_members_of_a_state_body(title: str, text: str, people: set[str]) -> None:
    assert people_read(title, text) == people


@pytest.mark.parametrize(("title", "text", "people"), VIETNAMESE_MORE)
def test_governors_and_mayors_in_vietnamese_copy(title: str, text: str, people: set[str]) -> None:
    assert people_read(title, text) == people


@pytest.mark.parametrize(("title", "text", "people"), CONGRESS)
def test_leaders_of_congress_and_offices_after_a_name(title: str, text: str, people: set[str]) -> None:
    assert people_read(title, text) == people


@pytest.mark.parametrize(("title", "text", "people"), CHINESE)
def test_latin_names_in_brackets(title: str, text: str, people: set[str]) -> None:
    assert people_read(title, text) == people


@pytest.mark.parametrize(("title", "text", "people"), ENGLISH)
def test_office_classes_of_english_copy(title: str, text: str, people: set[str]) -> None:
    assert people_read(title, text) == people


@pytest.mark.parametrize(("title", "text", "people"), VIETNAMESE)
def test_portfolios_in_sentence_case(title: str, text: str, people: set[str]) -> None:
    assert people_read(title, text) == people


# Second reading: leads labelled before the detector read them. Those the round's readers read wrong (a
# reporter of the press covering a state body, a think tank's adviser, a place or a time glossed in
# brackets after a title) and hard negatives around each narrowing; each row is the whole people label.
SECOND_READING = [
    ("Biden, Xi hold call",
     "WASHINGTON (AP) — President Donald Trump spoke with Chinese President Xi Jinping by phone on Friday,"
     " Jennifer Jacobs of the White House press pool reported.",
     {"Donald Trump", "Xi Jinping"}),
    ("Biden calls Xi",
     "WASHINGTON (Reuters) - President Joe Biden spoke with Chinese President Xi Jinping by phone on"
     " Thursday, according to David Shepardson of the White House pool.",
     {"Joe Biden", "Xi Jinping"}),
    # a member of a state body still read when no word of the press follows it
    ("Chinese vice minister meets U.S. official",
     "BEIJING (Reuters) - Chinese Vice Foreign Minister Ma Zhaoxu met Laura Stone of the State Department in"
     " Beijing on Monday.",
     {"Ma Zhaoxu", "Laura Stone"}),
    ("美国智库",
     "新华社北京4月10日电 中国外交部长王毅10日在北京会见美国国务卿布林肯。"
     "美国战略与国际研究中心高级顾问甘思德（Scott Kennedy）表示,会见释放积极信号。",
     {"Wang Yi", "Antony Blinken"}),
    ("美智庫學者評中美會談",
     "中央社華盛頓10日專電 美國國務卿盧比歐今天會見中國外長王毅。"
     "美國布魯金斯學會主任桑頓（John Thornton）表示,會談有助穩定關係。",
     {"Marco Rubio", "Wang Yi"}),
    ("美国商界代表访华",
     "新华社北京4月10日电 国务院副总理何立峰10日会见美国企业代表史密斯（John Smith）一行。",
     {"He Lifeng"}),
    ("美国驻华大使馆发言人",
     "新华社北京4月10日电 美国驻华大使馆发言人表示将于北京时间（Beijing Time）10日发布声明。",
     set()),
    ("美方回应",
     "新华社华盛顿4月10日电 美国国务院发言人在记者会（Press Briefing）上表示,美方愿与中方保持沟通。",
     set()),
]

# An office Congress names bare ("Speaker", "Representative") after a grade word is any country's: its holder
# is no American, and no US side is read from it (each row the first event's type, sides and people).
GRADED_OFFICES = [
    ("Vietnamese vice speaker visits China",
     "BEIJING (Reuters) - Vice Speaker Nguyen Thi Thanh met Chinese Vice Premier Ding Xuexiang in Beijing on"
     " Monday."),
    ("Chinese envoy visits Hanoi",
     "HANOI (Reuters) - Special Representative Li Hui met Vietnamese Deputy Foreign Minister Nguyen Minh Vu"
     " in Hanoi on Monday to discuss the war in Ukraine."),
    ("Vietnam's envoy meets Chinese minister",
     "BEIJING (Reuters) - Permanent Representative Dang Hoang Giang met Chinese Vice Foreign Minister Sun"
     " Weidong in Beijing on Monday."),
]


@pytest.mark.parametrize(("title", "text"), GRADED_OFFICES)
def test_a_graded_office_of_congress_is_no_us_side(title: str, text: str) -> None:
    # only what is certain: every event is China's and Vietnam's, the first one among them
    detection = detect(title, text, published_at=date(2025, 4, 11))
    assert detection.relevant and detection.events
    assert all({e.actor, e.target} == {"CHN", "VNM"} for e in detection.events)


# A place glossed in brackets after an act word that follows the title's holder: the place is no one (the
# holder, named in characters only, is not read; only what is certain is tested).
BRACKETED_PLACES = [
    ("美国海军部长访问越南",
     "新华社河内4月10日电 美国海军部长德尔托罗抵达金兰湾（Cam Ranh）,开始对越南进行访问。",
     "Cam Ranh"),
    ("美國海軍部長訪越",
     "中央社河內10日專電 美國海軍部長德爾托羅抵達金蘭灣（Cam Ranh）,展開對越南的訪問。",
     "Cam Ranh"),
]


@pytest.mark.parametrize(("title", "text", "people"), SECOND_READING)
def test_second_reading(title: str, text: str, people: set[str]) -> None:
    assert people_read(title, text) == people


@pytest.mark.parametrize(("title", "text", "absent"), BRACKETED_PLACES)
def test_a_place_in_brackets_is_no_one(title: str, text: str, absent: str) -> None:
    assert absent not in people_read(title, text)
