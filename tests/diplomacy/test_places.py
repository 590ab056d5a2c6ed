"""Places of the main event: the gazetteer's capitals and cities in each language's spelling (a third
country's city where the three met, the host's provincial cities), a province of a city's name (the
province, not the city; its short name in a headline), and messages of sympathy or condolence (no place,
whatever the dateline). Leads written for these rules, with hard negatives they must not touch; every
row labelled by the guide (bench/gold/README.md) before the detector was run on it."""

from __future__ import annotations

from datetime import date

import pytest

from tests.diplomacy.stories import main_event

# (language, title, text, published, type, place, place_country); "" for none.
LEADS: list[tuple[str, str, str, str, str, str, str]] = [
    # --- Cities of third countries and of the host, in each language's spelling (gazetteer rows).
    ("en", "Sullivan, Wang Yi hold talks in Luxembourg",
     "WASHINGTON (Reuters) - U.S. national security adviser Jake Sullivan met China's top diplomat Wang Yi "
     "in Luxembourg on Monday, the White House said.", "2024-06-18", "meet", "Luxembourg", "LUX"),
    ("vi", "Ngoại trưởng Mỹ gặp Ngoại trưởng Trung Quốc tại Lúc-xăm-bua",
     "Theo phóng viên TTXVN tại Oa-sinh-tơn, ngày 17/6, Ngoại trưởng Mỹ Antony Blinken đã gặp Bộ trưởng "
     "Ngoại giao Trung Quốc Vương Nghị tại Lúc-xăm-bua.", "2024-06-18", "meet", "Luxembourg", "LUX"),
    ("zh-Hant", "布林肯與王毅在盧森堡會談",
     "（中央社華盛頓17日綜合外電報導）美國國務卿布林肯今天在盧森堡與中國外長王毅會談。",
     "2024-06-18", "meet", "Luxembourg", "LUX"),
    ("en", "Austin meets Dong Jun on sidelines of Manama Dialogue",
     "U.S. Defense Secretary Lloyd Austin met Chinese Defence Minister Dong Jun in Manama on Saturday on "
     "the sidelines of a security forum.", "2024-06-18", "meet", "Manama", "BHR"),
    ("zh-Hans", "王毅在达喀尔会见美国副国务卿",
     "新华社达喀尔6月17日电 国务委员兼外长王毅17日在达喀尔会见美国副国务卿坎贝尔。",
     "2024-06-18", "meet", "Dakar", "SEN"),
    ("vi", "Chủ tịch nước tiếp Đại sứ Trung Quốc tại Hà Tĩnh",
     "Ngày 17/6, tại thành phố Hà Tĩnh, Chủ tịch nước Tô Lâm đã tiếp Đại sứ Trung Quốc Hùng Ba.",
     "2024-06-18", "host_visit", "Ha Tinh", "VNM"),
    # ... hard negatives: a name that is no city (Lloyd Austin: no row), a city in another act's clause.
    ("en", "Austin meets Chinese counterpart in Singapore",
     "SINGAPORE (Reuters) - U.S. Defense Secretary Lloyd Austin met Chinese Defence Minister Dong Jun in "
     "Singapore on Friday.", "2024-06-18", "meet", "Singapore", "SGP"),
    # --- A province of a city's name is the province: its country, no city; its gate or town stays read.
    ("zh-Hans", "中越两党理论研讨会在越南宁平举行",
     "新华社河内6月18日电 中越两党第十九次理论研讨会18日在越南宁平省举行。"
     "中共中央宣传部部长李书磊率中共代表团出席。",
     "2024-06-18", "negotiate", "", "VNM"),
    ("zh-Hans", "中越国防部长在越南老街省会谈",
     "新华社河内6月18日电 国防部长董军18日在越南老街省与越南国防部长潘文江举行会谈。",
     "2024-06-18", "meet", "", "VNM"),
    ("en", "China, Vietnam defence chiefs hold talks in Lang Son",
     "HANOI (Reuters) - Chinese Defence Minister Dong Jun held talks with Vietnamese counterpart Phan Van "
     "Giang in Lang Son province on Tuesday.", "2024-06-18", "meet", "", "VNM"),
    ("en", "U.S. envoy visits Cao Bang",
     "HANOI (Reuters) - U.S. Secretary of State Antony Blinken visited Cao Bang province on Tuesday during "
     "his visit to Vietnam.", "2024-06-18", "visit", "", "VNM"),
    # ... hard negatives: the city itself, a gate of the province, a town named with its city word.
    ("en", "China, Vietnam defence chiefs hold talks in Lang Son",
     "HANOI (Reuters) - Chinese Defence Minister Dong Jun held talks with Vietnamese counterpart Phan Van "
     "Giang in the border city of Lang Son on Tuesday.", "2024-06-18", "meet", "Lang Son", "VNM"),
    ("zh-Hans", "中越国防部长在谅山会谈",
     "新华社河内6月18日电 国防部长董军18日在越南谅山与越南国防部长潘文江举行会谈。",
     "2024-06-18", "meet", "Lang Son", "VNM"),
    ("zh-Hans", "苏林在友谊关口岸会见广西党委书记",
     "越共中央总书记苏林6日在越南谅山省友谊国际口岸会见广西壮族自治区党委书记陈刚。",
     "2024-04-06", "meet", "Lang Son", "VNM"),
    ("zh-Hans", "中越边境国防友好交流在老街市举行",
     "新华社河内6月18日电 国防部长董军18日在越南老街省老街市与越南国防部长潘文江举行会谈。",
     "2024-06-18", "meet", "Lao Cai", "VNM"),
    # --- Messages of sympathy or condolence: no place, whatever the dateline or source line.
    ("vi", "Chủ tịch Trung Quốc gửi điện thăm hỏi về thiệt hại do bão",
     "Theo phóng viên TTXVN tại Bắc Kinh, ngày 24/5, Chủ tịch nước Trung Quốc Tập Cận Bình đã gửi điện thăm "
     "hỏi Chủ tịch nước Tô Lâm về những thiệt hại do cơn bão gây ra.", "2024-05-25", "statement", "", ""),
    ("vi", "Thủ tướng gửi điện hỏi thăm Thủ tướng Trung Quốc về trận động đất",
     "Hà Nội, 10/6 (TTXVN) - Thủ tướng Phạm Minh Chính đã gửi điện hỏi thăm Thủ tướng Quốc vụ viện Trung "
     "Quốc Lý Cường về thiệt hại do trận động đất gây ra.", "2024-06-10", "statement", "", ""),
    ("zh-Hans", "李强向越南总理致慰问信",
     "新华社北京6月10日电 国务院总理李强10日致慰问信给越南政府总理范明政，对越南遭受台风灾害表示慰问。",
     "2024-06-10", "statement", "", ""),
    ("en", "Biden sends letter of condolence to Vietnam",
     "WASHINGTON (Reuters) - U.S. President Joe Biden sent a letter of condolence to Vietnam's President To "
     "Lam on Tuesday after the death of party chief Nguyen Phu Trong.", "2024-07-24", "statement", "", ""),
    ("en", "Xi sends sympathy message to Vietnam over typhoon",
     "BEIJING (Reuters) - Chinese President Xi Jinping on Monday sent a sympathy message to Vietnamese "
     "President To Lam over deadly Typhoon Yagi.", "2024-09-10", "statement", "", ""),
    # ... hard negatives: condolences paid in person, a visit of sympathy, keep their city.
    ("vi", "Thủ tướng tiếp Bộ trưởng Ngoại giao Trung Quốc",
     "Ngày 10/9, tại Hà Nội, Thủ tướng Phạm Minh Chính đã tiếp Bộ trưởng Ngoại giao Trung Quốc Vương Nghị. "
     "Ông Vương Nghị bày tỏ lời thăm hỏi về thiệt hại do cơn bão gây ra.",
     "2024-09-10", "host_visit", "Hanoi", "VNM"),
]


@pytest.mark.parametrize(("language", "title", "text", "published", "kind", "place", "country"), LEADS)
def test_the_place_of_the_main_event(language: str, title: str, text: str, published: str, kind: str,
                                     place: str, country: str) -> None:
    event = main_event(title, text, language, date.fromisoformat(published))
    assert (event.type, event.place or "", event.place_country or "") == (kind, place, country)
