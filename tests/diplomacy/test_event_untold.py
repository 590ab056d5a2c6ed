"""Stories that told no event: act words the lexicon lacked for a joint declaration and for the US
religious-freedom designations. Our own leads in the three languages, labelled before the detector read
them, and hard negatives (companies, third countries) that must still tell nothing."""

from __future__ import annotations

import pytest

from extractors.diplomacy import detect
from tests.diplomacy.stories import main_event


# ---------------------------------------------------------------- a joint declaration is a joint statement
@pytest.mark.parametrize(("title", "text", "language", "sides"), [
    ("China, U.S. issue joint declaration on ocean plastics",
     "BEIJING (Reuters) - China and the United States on Tuesday issued a joint declaration pledging to cut "
     "plastic waste in the Pacific, officials of both governments said.", "en", {"CHN", "USA"}),
    ("Việt Nam và Hoa Kỳ ra tuyên bố chung về hợp tác năng lượng sạch",
     "Ngày 12/3, Việt Nam và Hoa Kỳ đã ra tuyên bố chung về hợp tác năng lượng sạch, theo đó hai bên nhất "
     "trí thành lập nhóm công tác chung.", "vi", {"VNM", "USA"}),
    ("中越发布关于海上渔业合作的联合宣言",
     "新华社北京3月5日电 中国和越南5日发布关于海上渔业合作的联合宣言，双方同意建立渔业合作工作组。",
     "zh", {"CHN", "VNM"}),
    ("美中發表海洋保護聯合宣言",
     "（中央社華盛頓5日綜合外電報導）美國與中國今天發表聯合宣言，承諾加強海洋保護合作。",
     "zh", {"USA", "CHN"}),
])
def test_a_joint_declaration_of_two_governments_is_their_statement(title: str, text: str, language: str,
                                                                    sides: set[str]) -> None:
    found = main_event(title, text, language)
    assert found.type == "statement" and {found.actor, found.target} == sides


@pytest.mark.parametrize(("title", "text", "language"), [
    # companies, not governments
    ("Samsung and Huawei issue joint declaration on 6G standards",
     "SEOUL (Reuters) - The two companies said on Monday they would cooperate on mobile standards.", "en"),
    # a third country's declaration with one of the three
    ("中法发表联合宣言",
     "新华社巴黎4月6日电 中国和法国6日发表联合宣言，双方同意加强文化交流。", "zh"),
    ("France, Germany sign joint declaration on defence",
     "PARIS (AP) - France and Germany on Monday signed a joint declaration on defence spending.", "en"),
])
def test_a_joint_declaration_of_others_tells_nothing(title: str, text: str, language: str) -> None:
    assert not detect(title, text, language).events


# ---------------------------------------------------------------- religious-freedom lists
@pytest.mark.parametrize(("title", "text", "language", "actor", "target"), [
    ("U.S. puts Vietnam on religious freedom special watch list",
     "WASHINGTON (Reuters) - The State Department on Friday placed Vietnam on its special watch list for "
     "religious freedom, Secretary of State Antony Blinken said.", "en", "USA", "VNM"),
    ("Mỹ tiếp tục đưa Trung Quốc vào danh sách các nước cần quan tâm đặc biệt về tự do tôn giáo",
     "Ngày 20/12, Bộ Ngoại giao Mỹ tiếp tục đưa Trung Quốc vào danh sách các nước cần quan tâm đặc biệt "
     "(CPC) về tự do tôn giáo.", "vi", "USA", "CHN"),
    ("美国国务院将越南列入“特别观察名单”",
     "新华社华盛顿12月20日电 美国国务院20日宣布将越南列入宗教自由“特别观察名单”。", "zh", "USA", "VNM"),
    ("美國將中國列為宗教自由「特別關注國」",
     "（中央社華盛頓20日綜合外電報導）美國國務院今天宣布，繼續將中國列為宗教自由「特別關注國」。",
     "zh", "USA", "CHN"),
])
def test_a_religious_freedom_designation_is_a_statement(title: str, text: str, language: str, actor: str,
                                                        target: str) -> None:
    found = main_event(title, text, language)
    assert (found.type, found.actor, found.target) == ("statement", actor, target)


@pytest.mark.parametrize(("title", "text", "language"), [
    # third countries
    ("Mỹ đưa Nigeria vào danh sách các nước cần quan tâm đặc biệt",
     "Bộ Ngoại giao Mỹ ngày 2/12 đưa Nigeria vào danh sách các nước cần quan tâm đặc biệt về tự do tôn giáo.",
     "vi"),
    ("美国将尼日利亚列为“特别关注国”",
     "美国国务院2日宣布将尼日利亚列为宗教自由“特别关注国”。", "zh"),
    ("U.S. adds Nicaragua to special watch list",
     "WASHINGTON (AP) - The State Department on Friday added Nicaragua to its special watch list on "
     "religious freedom.", "en"),
])
def test_a_designation_of_a_third_country_tells_nothing(title: str, text: str, language: str) -> None:
    assert not detect(title, text, language).events


# ---------------------------------------------------------------- outlets designated foreign missions
@pytest.mark.parametrize(("title", "text", "language"), [
    ("U.S. designates Chinese state media as foreign missions",
     "WASHINGTON (Reuters) - The State Department on Tuesday designated five Chinese state media outlets as "
     "foreign missions, requiring them to register their employees and property with the U.S. government.",
     "en"),
    ("Mỹ coi 5 hãng truyền thông Trung Quốc là phái bộ nước ngoài",
     "Ngày 18/2, Bộ Ngoại giao Mỹ thông báo coi 5 hãng truyền thông nhà nước Trung Quốc là phái bộ nước "
     "ngoài, buộc các hãng này đăng ký nhân sự và tài sản tại Mỹ.", "vi"),
    ("美国将中国媒体列为外国使团",
     "新华社华盛顿6月22日电 美国国务院22日宣布，将4家中国媒体列为外国使团，要求其登记在美人员和财产。", "zh"),
])
def test_outlets_designated_foreign_missions_are_a_curb_on_the_other(title: str, text: str,
                                                                      language: str) -> None:
    found = main_event(title, text, language)
    assert (found.type, found.actor, found.target) == ("reduce_relations", "USA", "CHN")


@pytest.mark.parametrize(("title", "text", "language"), [
    # a third country's outlets
    ("U.S. designates Russian outlets as foreign missions",
     "WASHINGTON (AP) - The State Department on Monday designated two Russian state media outlets as "
     "foreign missions.", "en"),
    ("Mỹ coi hãng truyền thông Nga là phái bộ nước ngoài",
     "Bộ Ngoại giao Mỹ ngày 3/3 thông báo coi hai hãng truyền thông nhà nước Nga là phái bộ nước ngoài.",
     "vi"),
    ("美国将俄罗斯媒体列为外国使团",
     "美国国务院3日宣布，将两家俄罗斯官方媒体列为外国使团。", "zh"),
])
def test_a_third_countrys_outlets_designated_tell_nothing(title: str, text: str, language: str) -> None:
    assert not detect(title, text, language).events
