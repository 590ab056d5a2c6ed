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
    # Vietnamese phonetic renderings of the secretaries of state and defence of 1995–2010
    ("Thủ tướng Phan Văn Khải tiếp Ngoại trưởng Mỹ", "Thủ tướng Phan Văn Khải đã tiếp Ngoại trưởng Mỹ"
     " Côn-đô-li-da Rai-xơ tại Hà Nội.", {"Phan Văn Khải", "Condoleezza Rice"}),
    ("Bộ trưởng Quốc phòng Mỹ thăm Việt Nam", "Bộ trưởng Quốc phòng Mỹ Uy-li-am Cô-hen hội đàm với Bộ trưởng"
     " Quốc phòng Phạm Văn Trà tại Hà Nội.", {"William Cohen", "Phạm Văn Trà"}),
    # Chinese spellings of treasury secretaries: "鲁宾" alone is two people, the full name one
    ("朱镕基会见美国财长", "国务院总理朱镕基在北京会见美国财政部长罗伯特·鲁宾。",
     {"Zhu Rongji", "Robert Rubin"}),
    # press secretaries of the Pentagon the lists missed
    ("US protests Chinese intercept", "Pentagon press secretary George Little said the United States"
     " protested to China over the intercept of a U.S. surveillance plane.", {"George Little"}),
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


@pytest.mark.parametrize(("title", "text", "people"), [
    # the surname alone after the full name is the same person, not the lexicon's bare "Clinton"
    ("Clinton urges China to talk with Vietnam over the Paracels",
     "Secretary of State Hillary Clinton urged China on Monday to hold talks with Vietnam. Clinton told"
     " reporters in Washington that the dispute must be settled by law.",
     {"Hillary Clinton"}),
    # a surname two office-holders share is the one whose office the title before it names, in the whole
    # text (the headline's bare "Clinton" too)
    ("Clinton meets Vietnamese foreign minister",
     "Secretary of State Clinton met Vietnamese Foreign Minister Pham Gia Khiem in Hanoi on Tuesday.",
     {"Hillary Clinton", "Phạm Gia Khiêm"}),
    ("越美外长会谈", "越南外长范家谦在河内会见美国国务卿克林顿。", {"Hillary Clinton", "Phạm Gia Khiêm"}),
    # with no fuller name in the text the bare surname keeps its lexicon person
    ("Clinton meets Vietnamese president in Washington",
     "President Clinton met Vietnamese President Tran Duc Luong at the White House on Tuesday.",
     {"Bill Clinton", "Trần Đức Lương"}),
])
def test_a_bare_surname_is_the_person_the_text_names_in_full(title: str, text: str, people: set[str]) -> None:
    assert main_people(title, text) == people


@pytest.mark.parametrize(("title", "text", "person"), [
    # Taiwanese transliterations, written in traditional characters
    ("越南外長會見美國務卿", "越南外長范平明在河內會見來訪的美國國務卿龐培歐。", "Mike Pompeo"),
    ("美國務卿盧比歐與越南外長通電話", "美國國務卿盧比歐與越南外長裴青山通電話。", "Marco Rubio"),
    ("中美經貿會談",
     "美國財政部長貝森特與中國國務院副總理何立峰在日內瓦舉行經貿會談，美國貿易代表葛里爾參加。",
     "Jamieson Greer"),
    # a defence ministry spokesman of China, in Vietnamese copy
    ("Trung Quốc phản đối Mỹ bán vũ khí",
     "Người phát ngôn Bộ Quốc phòng Trung Quốc Ngô Khiêm ngày 25/4 phản đối Mỹ điều tàu chiến vào Biển Đông.",
     "Wu Qian"),
])
def test_office_holders_in_each_language_s_spelling(title: str, text: str, person: str) -> None:
    assert person in main_people(title, text)


def test_two_lead_sentences_each_naming_one_side_list_who_took_part() -> None:
    people = main_people(
        "Việt Nam và Trung Quốc đàm phán về biên giới trên bộ",
        "Đoàn Việt Nam và Trung Quốc hôm qua bắt đầu vòng đàm phán biên giới tại Bắc Kinh. Phía Việt Nam do"
        " Thứ trưởng Ngoại giao Đỗ Hùng Việt dẫn đầu; phía Trung Quốc do Thứ trưởng Ngoại giao Tôn Vệ Đông"
        " dẫn đầu.")
    assert people == {"Đỗ Hùng Việt", "Sun Weidong"}


def test_the_actor_s_spokesperson_saying_it_in_the_lead_is_one_of_its_people() -> None:
    people = main_people(
        "U.S. accuses China of bullying Vietnamese fishermen",
        "WASHINGTON (Reuters) - The United States accused China on Tuesday of harassing Vietnamese fishing"
        " boats near the Paracel Islands. State Department spokesman Ned Price said in a statement that"
        " Chinese coast guard ships had rammed a Vietnamese boat.")
    assert people == {"Ned Price"}
