"""Tests for the detector's reading rules added in 0.6: which countries a sentence's diplomacy is between.

Texts are written for these tests in the three languages, with hard negatives beside each rule.
"""

from __future__ import annotations

import pytest

from extractors.diplomacy import detect
from extractors.diplomacy.analysis import read_sentence


# ---------------------------------------------------------------- a visit that is over
@pytest.mark.parametrize(("title", "text", "language"), [
    ("Blinken lands in Beijing after a two-day visit to Vietnam",
     "US Secretary of State Antony Blinken arrived in Beijing on Monday after a two-day visit to Vietnam and "
     "met Chinese Foreign Minister Wang Yi for talks on trade and Taiwan. Wang told Blinken that China and "
     "the United States should manage their differences through dialogue.", "en"),
    ("Sau chuyến thăm Việt Nam, Ngoại trưởng Mỹ tới Bắc Kinh",
     "Sau chuyến thăm Việt Nam, Ngoại trưởng Mỹ Antony Blinken đã tới Bắc Kinh và hội đàm với Bộ trưởng "
     "Ngoại giao Trung Quốc Vương Nghị. Hai bên trao đổi về quan hệ Mỹ - Trung và thương mại.", "vi"),
    ("Sau chuyen tham Viet Nam, Ngoai truong My toi Bac Kinh hoi dam voi Vuong Nghi", "", None),
    ("布林肯访越后抵达北京 与王毅举行会谈",
     "美国国务卿布林肯结束对越南的访问后抵达北京，与中国外交部长王毅举行会谈。"
     "双方就中美关系交换意见。", "zh-Hans"),
    ("布林肯訪越後抵達北京　與王毅舉行會談", "", "zh-Hant"),
])
def test_a_finished_visit_is_where_the_visitor_comes_from(title: str, text: str,
                                                        language: str | None) -> None:
    """"After visiting Vietnam, Blinken met Wang Yi": the story is China-US, Vietnam was an earlier stop."""
    det = detect(title, text, language)
    assert det.relevant and det.pairs == ("CN-US",), det.extra["pair_mass"]


@pytest.mark.parametrize(("text", "script", "trio"), [
    ("Blinken met To Lam in Hanoi after visiting Beijing", "en", {"USA", "VNM"}),
    ("Ông Blinken hội kiến Tổng Bí thư Tô Lâm sau khi thăm Trung Quốc", "vi", {"USA", "VNM"}),
    ("布林肯访华后在河内会见苏林", "zh", {"USA", "VNM"}),
    # Without "after" the visit is the story.
    ("Blinken visits China and meets Wang Yi", "en", {"CHN", "USA"}),
    ("布林肯访华并会见王毅", "zh", {"CHN", "USA"}),
    ("Ông Blinken thăm Trung Quốc và gặp ông Vương Nghị", "vi", {"CHN", "USA"}),
])
def test_only_the_earlier_stop_is_dropped(text: str, script: str, trio: set[str]) -> None:
    sentence = read_sentence(text, 0, 3.0, script)
    assert sentence.trio == trio


def test_a_finished_visit_needs_a_visit_word() -> None:
    """"After talks with Vietnam" is no earlier stop: the clause is about an interaction."""
    sentence = read_sentence("China warned the US after talks with Vietnam", 0, 1.0, "en")
    assert sentence.trio == {"CHN", "USA", "VNM"}


# ---------------------------------------------------------------- one country acting on the other two
@pytest.mark.parametrize(("title", "text", "language"), [
    ("US slaps anti-dumping duties on Chinese and Vietnamese steel pipes",
     "The US Commerce Department on Friday imposed anti-dumping duties on steel pipes from China and "
     "Vietnam, saying they were sold below fair value.", "en"),
    ("Mỹ áp thuế chống bán phá giá thép ống của Trung Quốc và Việt Nam",
     "Bộ Thương mại Mỹ hôm thứ Sáu quyết định áp thuế chống bán phá giá đối với thép ống nhập khẩu từ "
     "Trung Quốc và Việt Nam.", "vi"),
    ("美国对中国和越南钢管征收反倾销税",
     "美国商务部周五宣布对原产于中国和越南的钢管征收反倾销税。", "zh-Hans"),
])
def test_one_country_acting_on_two_others_pairs_it_with_each(title: str, text: str, language: str) -> None:
    """US duties on Chinese and Vietnamese goods are US-China and US-Vietnam policy, not China-Vietnam."""
    det = detect(title, text, language)
    assert det.relevant and sorted(det.pairs) == ["CN-US", "US-VN"], det.extra["pair_mass"]
    assert det.extra["pair_mass"]["CN-VN"] == 0.0


@pytest.mark.parametrize(("text", "script", "subject"), [
    ("US Defense Secretary accused China of coercion and urged Vietnam to push back", "en", "USA"),
    ("HANOI, Vietnam (AP) — The US defense secretary accused China of coercion on Wednesday", "en", "USA"),
    ("Trung Quốc cảnh báo Mỹ không can thiệp vào tranh chấp với Việt Nam", "vi", "CHN"),
    # Two of them act together: no single subject.
    ("China and Vietnam protested the US decision", "en", ""),
    ("Việt Nam và Trung Quốc cùng phản đối quyết định của Mỹ", "vi", ""),
    ("中越两国反对美国的决定", "zh", ""),
    # Each clause its own subject: "Before Biden visits Vietnam, China sent an envoy".
    ("Before US President Biden visits Vietnam, China sent a senior envoy to Hanoi", "en", ""),
    ("Trong khi Mỹ và Việt Nam nâng cấp quan hệ, Trung Quốc cử đặc phái viên", "vi", ""),
])
def test_subject_of_a_three_country_sentence(text: str, script: str, subject: str) -> None:
    sentence = read_sentence(text, 0, 1.0, script)
    assert sentence.trio == {"CHN", "USA", "VNM"}
    assert sentence.subject == subject


def test_three_countries_at_a_football_match_stay_not_relevant() -> None:
    det = detect("Vietnam beat China 3-1 as US coach watches from the stands",
                 "Vietnam's under-23 team beat China 3-1 in Changzhou on Tuesday, with the American coach of "
                 "the national team watching from the stands before the World Cup qualifier.", "en")
    assert not det.relevant and det.pairs == ()


# ---------------------------------------------------------------- members of a larger group
@pytest.mark.parametrize(("title", "language"), [
    ("美国、中国等十国将签署气候合作协议", "zh-Hans"),
    ("美國、中國等十國將簽署氣候合作協議", "zh-Hant"),
    ("US, China and four other powers to discuss sanctions on North Korea next week", "en"),
    ("Six world powers including the US and China meet on Iran nuclear deal", "en"),
    ("Mỹ, Trung Quốc và bốn cường quốc khác sẽ thảo luận về trừng phạt Triều Tiên", "vi"),
    ("My, Trung Quoc va bon nuoc khac se thao luan ve trung phat Trieu Tien", None),
])
def test_countries_named_as_members_of_a_group_are_multilateral(title: str, language: str | None) -> None:
    """"The US, China and four others will discuss...": the diplomacy is the group's, not a pair's."""
    det = detect(title, "", language)
    assert not det.relevant, det.extra
    assert det.extra["other"] > 0.5


@pytest.mark.parametrize(("title", "language"), [
    ("中美两国外长举行会谈 讨论对朝制裁等问题", "zh-Hans"),  # 等问题: "and other issues", no group
    ("US and China, the two largest powers, agree to resume trade talks", "en"),
    ("Mỹ và Trung Quốc nhất trí nối lại đàm phán thương mại, các nước khác theo dõi", "vi"),
])
def test_a_pair_is_not_a_group(title: str, language: str) -> None:
    det = detect(title, "", language)
    assert det.relevant and det.pairs == ("CN-US",), det.extra
