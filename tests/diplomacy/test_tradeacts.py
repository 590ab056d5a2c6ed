"""Economic measures read by their class of words: fees charged on the other side's ships at one's ports and
the counter-fees answering them, a state's antitrust probe of a firm of another of the three (its market
regulator named bare in Chinese copy), a party severed from a financial system, and visas curbed for officials
told with the verb of issuing between; hard negatives keep a third country's fees, a probe of a firm at home,
a criminal case, a cut only urged and a contract severed out."""

from __future__ import annotations

import pytest

from extractors.diplomacy import detect
from tests.diplomacy.stories import main_event

# (language, title, text, (type, actor, target)) of the main event
MEASURES = [
    # port fees and counter-fees: a trade measure, the fee's government on the ships' country
    ("en", "U.S. imposes port fees on Vietnamese-built vessels",
     "WASHINGTON - The U.S. Trade Representative on Monday imposed port fees on Vietnamese-built"
     " vessels calling "
     "at American ports.", ("trade_measure", "USA", "VNM")),
    ("en", "Vietnam charges port fees on Chinese ships",
     "Vietnam's transport ministry on Friday began charging special port fees on ships owned by"
     " Chinese firms.",
     ("trade_measure", "VNM", "CHN")),
    ("vi", "Việt Nam áp phí cảng biển đối với tàu Trung Quốc",
     "Bộ Giao thông vận tải Việt Nam hôm qua áp phí cảng biển đặc biệt đối với tàu của Trung Quốc.",
     ("trade_measure", "VNM", "CHN")),
    ("vi", "Mỹ thu phí cảng đối với tàu đóng tại Trung Quốc",
     "Văn phòng Đại diện Thương mại Mỹ hôm qua công bố thu phí cảng đối với tàu do Trung Quốc đóng"
     " khi cập cảng Mỹ.",
     ("trade_measure", "USA", "CHN")),
    ("zh", "越南对中国船舶收取港口费", "越南交通运输部宣布，对中国企业拥有的船舶收取港口费。",
     ("trade_measure", "VNM", "CHN")),
    ("zh", "美國宣布對中國船舶收取港口費",
     "美國貿易代表署今天宣布，將對中國擁有的船舶停靠美國港口收取港口服務費。",
     ("trade_measure", "USA", "CHN")),
    ("zh", "交通运输部：对美船舶收取船舶特别港务费",
     "交通运输部10日发布公告，对美国企业拥有或运营的船舶收取船舶特别港务费。",
     ("trade_measure", "CHN", "USA")),
    # an antitrust probe of a firm of another of the three: the firm names its country, the target
    ("en", "China opens antitrust probe into Qualcomm",
     "BEIJING - China's market regulator on Tuesday opened an antitrust investigation into U.S. chipmaker "
     "Qualcomm.", ("trade_measure", "CHN", "USA")),
    ("vi", "Trung Quốc điều tra chống độc quyền đối với Micron",
     "Cơ quan quản lý thị trường Trung Quốc hôm nay mở cuộc điều tra chống độc quyền đối với hãng"
     " Micron của Mỹ.",
     ("trade_measure", "CHN", "USA")),
    ("zh", "市场监管总局对英伟达公司开展反垄断调查",
     "国家市场监督管理总局今天宣布，依法对英伟达公司开展反垄断调查。", ("trade_measure", "CHN", "USA")),
    # severed from a financial system: a sanction
    ("en", "U.S. severs Chinese bank from dollar system",
     "The U.S. Treasury on Tuesday severed a small Chinese bank from the U.S. financial system over"
     " its dealings "
     "with North Korea.", ("sanction", "USA", "CHN")),
    # visas curbed for officials, the verb of issuing between or the noun first
    ("vi", "Mỹ hạn chế cấp visa cho quan chức Việt Nam",
     "Bộ Ngoại giao Mỹ hôm qua tuyên bố hạn chế cấp visa đối với một số quan chức Việt Nam.",
     ("sanction", "USA", "VNM")),
    ("en", "U.S. imposes visa restriction on Vietnamese officials",
     "The State Department on Tuesday announced a visa restriction policy for Vietnamese officials"
     " who undermine "
     "religious freedom.", ("sanction", "USA", "VNM")),
    ("zh", "美国宣布限制签发签证", "美国国务院宣布，对涉藏问题的中国官员限制签发签证。",
     ("sanction", "USA", "CHN")),
]

# (language, title, text): no relevant story
NEGATIVES = [
    ("en", "Singapore cuts port fees for shippers",
     "Singapore's port authority on Monday cut port fees for container lines to draw more traffic."),
    ("en", "China opens antitrust probe into Alibaba",
     "BEIJING - China's market regulator on Thursday opened an antitrust investigation into Alibaba."),
    ("en", "Vietnam opens antitrust probe into Grab",
     "Vietnam's competition authority opened an antitrust investigation into ride-hailing firm Grab."),
    ("zh", "警方对一名男子立案调查", "北京警方今天对一名涉嫌诈骗的男子立案调查。"),
    ("en", "Vietnam severs contract with Chinese firm",
     "Vietnam's government on Monday severed its contract with a Chinese firm building a railway."),
]


@pytest.mark.parametrize(("language", "title", "text", "expected"), MEASURES)
def test_a_measure_of_its_class_is_read_with_its_sides(language: str, title: str, text: str,
                                                       expected: tuple[str, str, str]) -> None:
    event = main_event(title, text, language)
    assert (event.type, event.actor, event.target) == expected


@pytest.mark.parametrize(("language", "title", "text"), NEGATIVES)
def test_the_same_words_off_the_pair_tell_nothing(language: str, title: str, text: str) -> None:
    assert not detect(title, text, language).relevant


def test_a_cut_only_urged_is_no_sanction() -> None:
    types = [e.type for e in detect("U.S. lawmakers urge severing Chinese banks",
                                    "U.S. lawmakers urged the Treasury to consider severing Chinese"
                                    " banks from the "
                                    "dollar system.", "en").events]
    assert "sanction" not in types


# A sanction the headline and lead tell is the listing the lead tells of the same occasion (a blacklisting
# told as an entity listing), not one the lead tells in an aside of another time ("The move came a day
# after ...").
# (language, title, text, (type, actor, target)) of the main event
ASIDES = [
    ("en", "U.S. restricts visas for Chinese officials over Xinjiang",
     "WASHINGTON - Secretary of State Mike Pompeo on Tuesday announced visa restrictions on Chinese"
     " government "
     "officials held responsible for the detention of Uighurs. The move came a day after the Commerce "
     "Department added 28 Chinese entities to its trade blacklist.", ("sanction", "USA", "CHN")),
    ("vi", "Mỹ hạn chế cấp thị thực cho quan chức Trung Quốc",
     "Ngày 8/10, Ngoại trưởng Mỹ Mike Pompeo tuyên bố áp đặt hạn chế thị thực đối với các quan chức"
     " Trung Quốc. "
     "Động thái này diễn ra một ngày sau khi Bộ Thương mại Mỹ đưa 28 cơ quan và công ty Trung Quốc"
     " vào danh sách "
     "đen thương mại.", ("sanction", "USA", "CHN")),
    ("en", "China sanctions U.S. lawmakers over Hong Kong",
     "BEIJING - China on Monday imposed sanctions on six U.S. lawmakers. The move came two weeks"
     " after the U.S. "
     "Commerce Department added 20 Chinese firms to its entity list.", ("sanction", "CHN", "USA")),
    pytest.param(
        "zh", "美国限制中国官员签证",
        "美国国务卿蓬佩奥8日宣布，对中国官员实施签证限制。此举是在美国商务部将28个中国实体列入出口"
        "管制清单一天之后作出的。",
        ("sanction", "USA", "CHN"),
        marks=pytest.mark.xfail(strict=True, reason="a Chinese clause of time after (在…之后) is no aside "
                                "the grammar reads yet, so the earlier listing still names the sanction")),
    # hard negatives: the listing told on the same occasion is the headline's blacklisting
    ("en", "U.S. blacklists 28 Chinese entities over Xinjiang",
     "WASHINGTON - The U.S. Commerce Department on Monday added 28 Chinese entities to its export"
     " control entity "
     "list over the treatment of Uighurs.", ("trade_measure", "USA", "CHN")),
    ("vi", "Mỹ đưa 28 công ty Trung Quốc vào danh sách đen",
     "Bộ Thương mại Mỹ ngày 7/10 đưa 28 cơ quan và công ty Trung Quốc vào danh sách thực thể kiểm"
     " soát xuất khẩu.",
     ("trade_measure", "USA", "CHN")),
    ("zh", "美国将28家中国实体列入黑名单", "美国商务部7日宣布，将28家中国实体列入出口管制实体清单。",
     ("trade_measure", "USA", "CHN")),
]


@pytest.mark.parametrize(("language", "title", "text", "expected"), ASIDES)
def test_a_sanction_is_no_listing_told_in_an_aside(language: str, title: str, text: str,
                                                    expected: tuple[str, str, str]) -> None:
    event = main_event(title, text, language)
    assert (event.type, event.actor, event.target) == expected
