"""People by class: deputy ministers, security chiefs, trade ministers and spokespeople of the three
countries are named in every language, and a name whose bare form is a word makes no one of the word."""

from __future__ import annotations

import pytest

from extractors.diplomacy import detect


def main_people(title: str, text: str) -> set[str]:
    """The people of a relevant story's main event."""
    detection = detect(title, text)
    assert detection.relevant, (title, text)
    return set(detection.events[0].people)


@pytest.mark.parametrize(("title", "text", "people"), [
    # vice foreign ministers, the Vietnamese one typed without marks
    ("China, Vietnam hold vice-ministerial talks",
     "Chinese Vice Foreign Minister Sun Weidong held talks with Vietnamese Deputy Foreign Minister Do Hung"
     " Viet in Hanoi on Tuesday.",
     {"Sun Weidong", "Đỗ Hùng Việt"}),
    # a deputy secretary of defense and a deputy defence minister
    ("US deputy defense chief meets Vietnamese general",
     "US Deputy Secretary of Defense Kathleen Hicks met Vietnamese Deputy Defence Minister Hoang Xuan"
     " Chien in Washington on Monday.",
     {"Kathleen Hicks", "Hoàng Xuân Chiến"}),
    # a Vietnamese minister's name machine-translated from Chinese ("Liang Sanguang" = 梁三光)
    ("Vietnam, China public security ministers hold talks",
     "Vietnamese Minister of Public Security Liang Sanguang held talks with Chinese State Councilor Wang"
     " Xiaohong in Beijing on Friday.",
     {"Lương Tam Quang", "Wang Xiaohong"}),
    ("Bộ trưởng Công an Việt Nam hội đàm với Bộ trưởng Công an Trung Quốc",
     "Ngày 12/3, Bộ trưởng Công an Lương Tam Quang hội đàm với Ủy viên Quốc vụ, Bộ trưởng Công an Trung"
     " Quốc Vương Tiểu Hồng tại Hà Nội.",
     {"Lương Tam Quang", "Wang Xiaohong"}),
    ("越南公安部部长会见中国国务委员", "越南公安部部长梁三光在北京会见中国国务委员、公安部部长王小洪。",
     {"Lương Tam Quang", "Wang Xiaohong"}),
    # traditional characters are derived from the simplified row (馬朝旭)
    ("中美舉行會談", "中國外交部副部長馬朝旭在北京會見美國常務副國務卿比根。",
     {"Ma Zhaoxu", "Stephen Biegun"}),
    ("Vietnam, US hold talks",
     "Vietnamese Deputy Foreign Minister Nguyễn Minh Vũ held talks with US Deputy Secretary of State"
     " Stephen Biegun in Washington.",
     {"Nguyễn Minh Vũ", "Stephen Biegun"}),
])
def test_office_holders_of_the_new_classes_are_people(title: str, text: str, people: set[str]) -> None:
    assert main_people(title, text) == people


@pytest.mark.parametrize(("text", "word_of"), [
    # "la can (bo)" is "là cán bộ", not Luo Gan (La Cán)
    ("Thu tuong Pham Minh Chinh tiep Dai su Trung Quoc Ha Vi, nguoi la can bo ngoai giao lau nam cua Trung"
     " Quoc, tai Ha Noi.", "Luo Gan"),
    # "li xi" is "lì xì" (New Year money), not Li Xi
    ("Thu tuong Pham Minh Chinh tiep Dai su Trung Quoc Ha Vi tai Ha Noi va chuc mung nam moi, tang li xi"
     " cho can bo su quan Trung Quoc.", "Li Xi"),
    # "phan dien" is "phản diện" (a villain's part), not Phan Diễn
    ("Thu tuong Pham Minh Chinh tiep Dai su Trung Quoc Ha Vi tai Ha Noi, noi ve vai phan dien trong phim"
     " Trung Quoc va Viet Nam.", "Phan Diễn"),
])
def test_a_name_whose_bare_form_is_a_word_makes_no_person_of_the_word(text: str, word_of: str) -> None:
    people = main_people("Thu tuong Viet Nam tiep Dai su Trung Quoc", text)
    assert people == {"Phạm Minh Chính", "He Wei"}, word_of
