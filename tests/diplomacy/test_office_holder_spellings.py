"""Office-holders of the three read by the spellings each language's copy gives them (people.tsv, 0.34.0
rows): Xinhua's characters for Americans and Vietnamese, Vietnamese copy's Hán-Việt readings of Chinese
names, English short forms; a spelling two listed people share resolved by the office written right before
it, else by the story's year (people.tsv `years`, names.py); hard negatives: a shared surname of someone
not listed, a surname that is a common word kept only after its holder's title, a holder out of office at
the story's date. Leads written for these tests (not from any labelled item)."""

from __future__ import annotations

import pytest

from tests.diplomacy.stories import people_read

# ---------------------------------------------------------------- a spelling of a class the lists missed
# (title, text, published, the first event's people)
SPELLINGS = [
    # zh: Xinhua's full forms of US office-holders (UN ambassadors, health and homeland security heads)
    ("美国常驻联合国代表黑莉批评中国", "美国常驻联合国代表黑莉5日在安理会会议上批评中国在朝鲜问题上的立场。",
     "2017-07-06", {"Nikki Haley"}),
    ("美国卫生部长西贝利厄斯访问越南",
     "美国卫生与公众服务部部长西贝利厄斯14日在河内与越南卫生部长阮氏金进签署卫生合作协议。",
     "2012-05-15", {"Kathleen Sebelius", "Nguyễn Thị Kim Tiến"}),
    ("美国国土安全部长约翰·凯利会见中国公安部长",
     "美国国土安全部长约翰·凯利10日在华盛顿会见中国公安部部长郭声琨。",
     "2017-04-11", {"John Kelly", "Guo Shengkun"}),
    # zh: Xinhua's characters for Vietnamese office-holders
    ("越南第一副外长陈光基访华", "越南第一副外长陈光基10日在北京与中国副外长徐敦信举行会谈。", "1991-09-11",
     {"Trần Quang Cơ", "Xu Dunxin"}),
    ("越南副总理吴春禄会见中国驻越南大使", "越南政府副总理吴春禄10日在河内会见中国驻越南大使李家忠。",
     "1999-03-11", {"Ngô Xuân Lộc", "Li Jiazhong"}),
    # vi: Hán-Việt readings of Chinese office-holders, English forms of American ones
    ("Bộ trưởng Y tế Trung Quốc Mã Hiểu Vĩ thăm Việt Nam",
     "Ngày 10/5, tại Hà Nội, Bộ trưởng Y tế Đào Hồng Lan đã tiếp Chủ nhiệm Ủy ban Y tế Quốc gia "
     "Trung Quốc Mã Hiểu Vĩ.", "2022-05-11", {"Ma Xiaowei", "Đào Hồng Lan"}),
    ("Đại sứ Mỹ tại LHQ Linda Thomas-Greenfield gặp Bộ trưởng Ngoại giao Bùi Thanh Sơn",
     "Ngày 20/9, tại New York, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã gặp Đại sứ Mỹ tại Liên hợp quốc Linda "
     "Thomas-Greenfield.", "2023-09-21", {"Bùi Thanh Sơn", "Linda Thomas-Greenfield"}),
    ("Người phát ngôn Bộ Quốc phòng Trung Quốc phản đối tàu Mỹ",
     "Người phát ngôn Bộ Ngoại giao Trung Quốc Lưu Vi Dân ngày 21/6 cho biết Trung Quốc phản đối việc "
     "tàu chiến Mỹ đi qua quần đảo Hoàng Sa.", "2012-06-22", {"Liu Weimin"}),
    # en: short forms and spokespeople of the 1990s-2000s
    ("U.S. Treasury chief in Beijing",
     "BEIJING - U.S. Treasury Secretary Jack Lew met Chinese Vice Premier Wang Yang in Beijing on Tuesday.",
     "2014-11-11", {"Jacob Lew", "Wang Yang"}),
    ("White House criticizes China over Tibet",
     "WASHINGTON - White House spokesman Gordon Johndroe said on Monday that President Bush criticized "
     "China over Tibet.", "2008-03-18", {"Gordon Johndroe", "George W. Bush"}),
    ("US envoy Khalilzad presses China on Iran",
     "UNITED NATIONS - U.S. Ambassador Zalmay Khalilzad urged China on Tuesday to back new sanctions on "
     "Iran.", "2007-12-05", {"Zalmay Khalilzad"}),
]


@pytest.mark.parametrize("title, text, published, expected", SPELLINGS, ids=[row[0] for row in SPELLINGS])
def test_an_office_holder_read_by_the_spelling_of_the_copy(title: str, text: str, published: str,
                                                           expected: set[str]) -> None:
    assert people_read(title, text, published) == expected


# ---------------------------------------------------------------- a spelling two listed people share
SHARED = [
    # by the year: 赖斯 after an office word neither row's role is (national security adviser)
    ("美国国家安全顾问赖斯会见中国国务委员杨洁篪",
     "美国总统国家安全顾问赖斯9日在白宫会见中国国务委员杨洁篪。",
     "2015-09-10", {"Susan Rice", "Yang Jiechi"}),
    ("美国国家安全顾问赖斯会见中国外长李肇星", "美国总统国家安全顾问赖斯9日在白宫会见中国外长李肇星。",
     "2003-09-10", {"Condoleezza Rice", "Li Zhaoxing"}),
    # by the office: the secretary of state whatever the year
    ("国务卿赖斯会见杨洁篪", "美国国务卿赖斯10日在华盛顿会见中国外交部长杨洁篪。", "2014-03-11",
     {"Condoleezza Rice", "Yang Jiechi"}),
    # by the year: 珀杜 the agriculture secretary, then the ambassador
    ("美国农业部长珀杜会见中国副总理", "中国国务院副总理胡春华10日在北京会见美国农业部长珀杜。", "2018-04-11",
     {"Sonny Perdue", "Hu Chunhua"}),
    ("美国驻华大使珀杜会见王毅", "中国外长王毅10日在北京会见美国驻华大使珀杜。", "2025-11-11",
     {"David Perdue", "Wang Yi"}),
    # by the year: Leavitt / 莱维特, the health secretary in 2007, the press secretary in 2025
    ("美国卫生部长莱维特会见中国国务院副总理",
     "美国卫生与公众服务部部长莱维特11日在北京会见中国国务院副总理吴仪。",
     "2007-12-12", {"Mike Leavitt", "Wu Yi"}),
    ("US health chief Leavitt signs food safety pact in Beijing",
     "BEIJING - U.S. Health Secretary Leavitt and Chinese Vice Premier Wu Yi signed a food safety agreement "
     "in Beijing on Tuesday.", "2007-12-12", {"Mike Leavitt", "Wu Yi"}),
    ("White House's Leavitt criticizes China's export curbs",
     "WASHINGTON - White House press secretary Leavitt criticized China's export controls on rare earths "
     "on Thursday.", "2025-10-10", {"Karoline Leavitt"}),
    # a surname many bear, read only after the holder's title
    ("美军参联会主席布朗与中国军委联合参谋部参谋长刘振立通话",
     "美军参谋长联席会议主席布朗21日与中国中央军委联合参谋部参谋长刘振立举行视频通话。", "2023-12-22",
     {"Charles Q. Brown", "Liu Zhenli"}),
    ("Tướng Charles Brown điện đàm với Tổng Tham mưu trưởng Trung Quốc",
     "Ngày 21/12, Chủ tịch Hội đồng Tham mưu trưởng liên quân Mỹ, Tướng Charles Brown đã điện đàm với "
     "Tổng Tham mưu trưởng Trung Quốc Lưu Chấn Lập.", "2023-12-22", {"Charles Q. Brown", "Liu Zhenli"}),
]


@pytest.mark.parametrize("title, text, published, expected", SHARED, ids=[row[0] for row in SHARED])
def test_a_shared_spelling_is_the_holder_the_office_or_the_year_names(title: str, text: str, published: str,
                                                                      expected: set[str]) -> None:
    assert people_read(title, text, published) == expected


# ---------------------------------------------------------------- hard negatives
# (title, text, published, a person the story must not name)
ABSENT = [
    # 布朗 alone: the British prime minister, no American of the lists
    ("英国首相布朗会见中国总理温家宝", "英国首相布朗10日在伦敦会见中国国务院总理温家宝。", "2009-02-03",
     "Charles Q. Brown"),
    ("英国首相布朗会见中国总理温家宝", "英国首相布朗10日在伦敦会见中国国务院总理温家宝。", "2009-02-03",
     "Ron Brown"),
    # 福利 is welfare: the Speaker only after 议长
    ("中国和越南签署社会福利合作协议", "中国民政部与越南劳动荣军社会部10日在河内签署社会福利合作协议。",
     "2015-06-11", "Tom Foley"),
    # 金成 a common Chinese name: the US envoy only after his title
    ("中国驻越南大使会见企业家金成", "中国驻越南大使洪小勇10日在河内会见越南外长范平明和中国企业家金成。",
     "2017-06-11", "Sung Kim"),
    # out of office at the story's date: the press secretary of 2025 in a 2007 story, the ambassador of 2025
    # in a 2019 one
    ("美国卫生部长莱维特会见吴仪", "美国卫生与公众服务部部长莱维特11日在北京会见中国国务院副总理吴仪。",
     "2007-12-12", "Karoline Leavitt"),
    ("美国农业部长珀杜会见中国副总理", "中国国务院副总理胡春华10日在北京会见美国农业部长珀杜。", "2019-04-11",
     "David Perdue"),
    ("美国国家安全顾问赖斯会见中国国务委员杨洁篪",
     "美国总统国家安全顾问赖斯9日在白宫会见中国国务委员杨洁篪。",
     "2015-09-10", "Condoleezza Rice"),
]


@pytest.mark.parametrize("title, text, published, absent", ABSENT,
                         ids=[f"{row[0]} / {row[3]}" for row in ABSENT])
def test_no_listed_holder_where_the_name_is_another_or_out_of_office(title: str, text: str, published: str,
                                                                     absent: str) -> None:
    assert absent not in people_read(title, text, published)


# ---------------------------------------------------------------- short forms and title-bound surnames
# (title, text, published, the first event's people)
SHORT_AND_TITLED = [
    # en: the short form English copy gives a holder whose surname alone is a word or another's
    ("Gates in Beijing for military talks", "BEIJING - U.S. Defense Secretary Bob Gates met Chinese Defense "
     "Minister Liang Guanglie in Beijing on Monday.", "2011-01-10", {"Robert Gates", "Liang Guanglie"}),
    ("Condi Rice meets Chinese foreign minister",
     "WASHINGTON - Secretary of State Condi Rice met Chinese Foreign Minister Li Zhaoxing at the State "
     "Department on Friday.", "2005-07-09", {"Condoleezza Rice", "Li Zhaoxing"}),
    ("Bộ trưởng Quốc phòng Mỹ Bill Cohen thăm Việt Nam",
     "Ngày 13/3, tại Hà Nội, Bộ trưởng Quốc phòng Phạm Văn Trà đã hội đàm với Bộ trưởng Quốc phòng Mỹ "
     "Bill Cohen.", "2000-03-14", {"Phạm Văn Trà", "William Cohen"}),
    # zh: Xinhua's surname right after the office's title
    ("美军参联会主席马伦访华", "美军参谋长联席会议主席马伦9日在北京会见中国中央军委副主席郭伯雄。",
     "2011-07-10",
     {"Mike Mullen", "Guo Boxiong"}),
    ("美军参联会主席米利与中国军委联合参谋部参谋长李作成通话",
     "美军参联会主席米利8日与中国中央军委联合参谋部参谋长李作成通电话。", "2021-01-09",
     {"Mark Milley", "Li Zuocheng"}),
    ("美军太平洋司令部司令哈里斯会见越南国防部长",
     "越南国防部长吴春历10日在河内会见美军太平洋司令部司令哈里斯。",
     "2016-05-11", {"Ngô Xuân Lịch", "Harry Harris"}),
]


@pytest.mark.parametrize("title, text, published, expected", SHORT_AND_TITLED,
                         ids=[row[0] for row in SHORT_AND_TITLED])
def test_a_short_form_or_a_surname_after_the_title_is_the_holder(title: str, text: str, published: str,
                                                                 expected: set[str]) -> None:
    assert people_read(title, text, published) == expected


# 马伦 and 凯恩 alone: Chinese or other people, no US commander
@pytest.mark.parametrize("title, text, published, absent", [
    ("中国驻越南大使会见越南企业家", "中国驻越南大使熊波10日在河内会见越南外长裴青山和中国学者马伦。",
     "2021-06-11",
     "Mike Mullen"),
    ("越南总理会见美国参议员凯恩", "越南政府总理范明政10日在河内会见美国参议员凯恩率领的代表团。",
     "2024-04-11",
     "Dan Caine"),
    ("美国副总统哈里斯访问越南", "越南国家主席武文赏10日在河内会见美国副总统哈里斯。", "2023-08-11",
     "Harry Harris"),
], ids=["马伦 a scholar", "凯恩 a senator", "哈里斯 the vice president"])
def test_no_commander_where_the_surname_stands_alone(title: str, text: str, published: str,
                                                     absent: str) -> None:
    assert absent not in people_read(title, text, published)


# ---------------------------------------------------------------- China's finance and military heads
@pytest.mark.parametrize("title, text, published, expected", [
    ("中国南部战区司令员吴亚男与美军印太司令部司令帕帕罗视频通话",
     "南部战区司令员吴亚男10日应约与美军印太司令部司令帕帕罗举行视频通话。", "2024-09-11",
     {"Wu Yanan", "Samuel Paparo"}),
    ("Bộ trưởng Tài chính Trung Quốc Kim Nhân Khánh hội đàm với Bộ trưởng Tài chính Việt Nam",
     "Ngày 10/5, tại Bắc Kinh, Bộ trưởng Tài chính Trung Quốc Kim Nhân Khánh đã hội đàm với Bộ trưởng Tài "
     "chính Nguyễn Sinh Hùng.", "2005-05-11", {"Jin Renqing", "Nguyễn Sinh Hùng"}),
    ("China finance minister meets Paulson",
     "BEIJING - Chinese Finance Minister Jin Renqing met U.S. Treasury Secretary Henry Paulson in Beijing "
     "on Wednesday.", "2006-09-21", {"Henry Paulson", "Jin Renqing"}),
    # 吴亚男 a common name: no commander without his title
    ("中国作家吴亚男访问越南", "中国作家吴亚男10日在河内会见越南外长裴青山。", "2020-06-11",
     {"Bùi Thanh Sơn"}),
], ids=["zh commander", "vi finance minister", "en finance minister", "zh namesake"])
def test_chinas_finance_and_theater_heads(title: str, text: str, published: str, expected: set[str]) -> None:
    assert people_read(title, text, published) == expected
