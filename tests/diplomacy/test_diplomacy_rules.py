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


# ---------------------------------------------------------------- trade remedies as acts between states (0.7)
@pytest.mark.parametrize(("text", "script", "actor"), [
    ("The Commerce Department found that frozen catfish from Vietnam was sold below fair value", "en", "USA"),
    ("The Obama administration said Chinese steel nails are sold at unfairly low prices in America", "en",
     "USA"),
    ("Vietnam's trade ministry criticised the US anti-dumping duties on its honey", "en", "VNM"),
    ("The US and Japan responded coolly to China's plan to impose duties on rare earth exports", "en", "USA"),
    ("Bộ Thương mại Mỹ kết luận cá tra Việt Nam được bán phá giá", "vi", "USA"),
    ("Bo Thuong mai My ket luan ca tra Viet Nam duoc ban pha gia", "vi_ascii", "USA"),
    ("Trung Quốc phản ứng trước thuế tự vệ của Mỹ đối với máy giặt", "vi", "CHN"),
    ("美国商务部认定越南产冷冻虾存在倾销", "zh", "USA"),
    ("美國商務部認定越南產冷凍蝦存在傾銷", "zh", "USA"),
    ("中方回应美国对中国轮胎产品的反倾销裁决", "zh", "CHN"),
    # Joined to another of the three, the first acts with it, so the next acts on the third.
    ("China and Vietnam criticised the new US duties on solar panels", "en", "VNM"),
])
def test_a_government_acting_on_anothers_goods_is_a_trade_act(text: str, script: str, actor: str) -> None:
    """A government of one of the three rules on, imposes or answers a trade measure on another's goods."""
    assert read_sentence(text, 1, 2.0, script).trade_actor == actor


@pytest.mark.parametrize(("text", "script"), [
    # The country owns the trade, nobody governs it: figures, prices, a company's costs.
    ("Vietnam's shrimp exports to the US rose 10 percent in May despite anti-dumping duties", "en"),
    ("Chinese tyre makers shipped more to the US even after the duties took effect", "en"),
    ("Xuất khẩu tôm của Việt Nam sang Mỹ tăng 10% dù chịu thuế chống bán phá giá", "vi"),
    ("Xuat khau tom cua Viet Nam sang My tang 10% du chiu thue chong ban pha gia", "vi_ascii"),
    ("越南对美国虾出口同比增长10%，尽管仍面临反倾销税", "zh"),
    ("越南對美國蝦出口同比增長10%，儘管仍面臨反傾銷稅", "zh"),
    # The government is named only after the figures: it reports them, it does not act on the other.
    ("Shrimp exports to the US rose despite the duties, Vietnam's trade ministry said", "en"),
    # Two of the three acting together are no actor and target (their talks count in other ways).
    ("China and Vietnam agreed to cut tariffs on farm goods", "en"),
    # An answer in kind that is no trade measure: "a response from China" in a sea dispute.
    ("Ông Trump có thể kích động sự đáp trả từ Trung Quốc trên Biển Đông", "vi"),
])
def test_trade_without_a_government_acting_on_another_is_no_trade_act(text: str, script: str) -> None:
    assert read_sentence(text, 1, 2.0, script).trade_actor == ""


@pytest.mark.parametrize(("title", "text", "language", "pairs"), [
    ("US finds Vietnamese catfish dumped",
     "The US Commerce Department on Tuesday found that frozen catfish fillets from Vietnam were sold at "
     "less than fair value and set preliminary anti-dumping duties of up to 60 percent. Vietnam's Ministry "
     "of Industry and Trade said it would defend its exporters and asked Washington to review the ruling.",
     "en", ("US-VN",)),
    ("Hanoi answers Washington on honey",
     "Vietnam's trade ministry on Friday criticised the US decision to impose anti-dumping duties on "
     "Vietnamese honey and said it would raise the matter with the US Trade Representative.", "en",
     ("US-VN",)),
    ("Mỹ kết luận cá tra Việt Nam bán phá giá",
     "Bộ Thương mại Mỹ vừa ra phán quyết cuối cùng, kết luận cá tra Việt Nam được bán phá giá tại thị "
     "trường Mỹ. Bộ Công Thương phản đối phán quyết và đề nghị phía Mỹ xem xét lại.", "vi", ("US-VN",)),
    ("My ket luan ca tra Viet Nam ban pha gia",
     "Bo Thuong mai My vua ra phan quyet cuoi cung, ket luan ca tra Viet Nam duoc ban pha gia tai thi "
     "truong My. Bo Cong Thuong phan doi phan quyet va de nghi phia My xem xet lai.", "vi", ("US-VN",)),
    ("美商务部裁定中国轮胎倾销 商务部回应",
     "美国商务部周二初裁，自中国进口的乘用车轮胎存在倾销，将征收反倾销税。中国商务部新闻发言人回应称，"
     "美方做法违反世贸规则，中方将采取必要措施。", "zh-Hans", ("CN-US",)),
    ("美商務部裁定中國輪胎傾銷　商務部回應",
     "美國商務部週二初裁，自中國進口的乘用車輪胎存在傾銷，將徵收反傾銷稅。中國商務部新聞發言人回應稱，"
     "美方做法違反世貿規則，中方將採取必要措施。", "zh-Hant", ("CN-US",)),
    # One government acting on the goods of the other two: its two pairs, not the pair of the goods.
    ("Washington sides with nail makers",
     "The Obama administration on Monday said Chinese and Vietnamese steel nails are sold at unfairly low "
     "prices in the United States and set anti-dumping duties on both.", "en", ("US-VN", "CN-US")),
    ("Mỹ bênh vực người nuôi tôm",
     "Bộ Thương mại Mỹ hôm qua kết luận tôm Trung Quốc và tôm Việt Nam bị bán phá giá tại Mỹ và áp thuế lên "
     "cả hai.", "vi", ("US-VN", "CN-US")),
    ("My benh vuc nguoi nuoi tom",
     "Bo Thuong mai My hom qua ket luan tom Trung Quoc va tom Viet Nam bi ban pha gia tai My va ap thue len "
     "ca hai.", "vi", ("US-VN", "CN-US")),
    ("美方力挺本国虾农",
     "美国商务部昨日认定，中国和越南对美出口的冷冻虾存在倾销，"
     "并对两国产品征收反倾销税。", "zh-Hans", ("US-VN", "CN-US")),
    ("美方力挺本國蝦農",
     "美國商務部昨日認定，中國和越南對美出口的冷凍蝦存在傾銷，"
     "並對兩國產品徵收反傾銷稅。", "zh-Hant", ("US-VN", "CN-US")),
])
def test_trade_remedies_between_governments_are_diplomacy(title: str, text: str, language: str,
                                                          pairs: tuple[str, ...]) -> None:
    det = detect(title, text, language)
    assert det.relevant and det.pairs == pairs, (det.score, det.extra["pair_mass"])
    assert any(e.type == "trade_measure" for e in det.events)


@pytest.mark.parametrize(("title", "text", "language"), [
    ("Vietnam's shrimp exports to US rise 10% in May",
     "Vietnam's shrimp exports to the United States rose 10 percent in May from a year earlier despite "
     "anti-dumping duties, customs data showed, as American importers restocked. Prices of raw shrimp in "
     "the Mekong Delta edged up.", "en"),
    ("Seafood exporter's profit falls as US duties bite",
     "Vietnam's largest catfish exporter reported a 20 percent drop in quarterly profit as US anti-dumping "
     "duties raised its costs, the company said, adding that it would sell more to China.", "en"),
    ("Xuất khẩu tôm sang Mỹ tăng 10% trong tháng 5",
     "Theo số liệu hải quan, xuất khẩu tôm của Việt Nam sang Mỹ trong tháng 5 tăng 10% so với cùng kỳ dù "
     "vẫn chịu thuế chống bán phá giá. Giá tôm nguyên liệu tại Cà Mau tăng nhẹ.", "vi"),
    ("Xuat khau tom sang My tang 10% trong thang 5",
     "Theo so lieu hai quan, xuat khau tom cua Viet Nam sang My trong thang 5 tang 10% so voi cung ky du "
     "van chiu thue chong ban pha gia. Gia tom nguyen lieu tai Ca Mau tang nhe.", "vi"),
    ("Lợi nhuận doanh nghiệp thủy sản giảm vì thuế của Mỹ",
     "Một công ty thủy sản lớn báo lãi quý II giảm 20% do thuế chống bán phá giá của Mỹ làm tăng chi phí, "
     "doanh thu xuất khẩu sang Mỹ giảm, công ty đẩy mạnh bán sang Trung Quốc.", "vi"),
    ("5月越南对美虾出口增长10%",
     "据越南海关统计，5月越南对美国虾出口同比增长10%，尽管仍面临反倾销税。"
     "湄公河三角洲虾价小幅上涨。", "zh-Hans"),
    ("關稅拖累　輪胎企業半年利潤下降三成",
     "某輪胎公司公告稱，受美國對中國輪胎徵收反傾銷稅影響，"
     "上半年營收下降，利潤同比減少三成，股價下跌。", "zh-Hant"),
])
def test_trade_stories_without_governments_acting_stay_not_relevant(title: str, text: str,
                                                                     language: str) -> None:
    """Figures, prices and a company's costs that mention duties are markets, not diplomacy."""
    det = detect(title, text, language)
    assert not det.relevant, (det.score, det.extra["pair_mass"])


def test_a_headline_naming_only_the_acting_government_is_its_trade_act() -> None:
    """"Washington backs its shrimpers" over a lead where the US rules on Chinese shrimp is that act."""
    title = "Washington backs its shrimpers"
    lead = "The US Commerce Department said Chinese shrimp are sold at unfairly low prices in America."
    with_headline = detect(title, lead, "en")
    other_headline = detect("Shrimp farmers cheer", lead, "en")
    assert with_headline.extra["title"] == 1.0 and other_headline.extra["title"] == 0.0


# ---------------------------------------------------------------- one government speaking of another (0.10)
def _statements(text: str, script: str) -> list[str]:
    return [m.term for m in read_sentence(text, 1, 1.0, script).actions if m.entry.kind == "statement"]


@pytest.mark.parametrize(("text", "script"), [
    ("Trump says China made a horrible mistake", "en"),
    ("Trump Says China Made 'Horrible Mistake'", "en"),
    ("China on Thursday (June 4) said it would lift its de facto ban on US airlines", "en"),
    ("China's Foreign Ministry on Monday said the US was interfering", "en"),
    ("Vietnam's foreign ministry said China must respect its sovereignty", "en"),
    ("Bộ Ngoại giao Việt Nam khẳng định Trung Quốc đã vi phạm chủ quyền", "vi"),
    ("Ông Trump nói Trung Quốc đã mắc sai lầm", "vi"),
    ("Trung Quốc hôm 5/6 khẳng định Mỹ can thiệp vào công việc nội bộ", "vi"),
    ("Trung Quoc hom 5/6 khang dinh My can thiep vao cong viec noi bo", "vi_ascii"),
    # The speaker after what was said, in a clause of its own.
    ("China made a horrible mistake, Trump said", "en"),
    ("Mỹ đã can thiệp vào công việc nội bộ, Trung Quốc khẳng định", "vi"),
])
def test_a_government_speaking_of_another_makes_a_statement(text: str, script: str) -> None:
    assert _statements(text, script)


@pytest.mark.parametrize(("text", "script"), [
    ("Trump says Japan must pay more for its defence", "en"),  # one of the three
    ("China says its economy grew 6 percent", "en"),
    ("Vietnam coach Park Hang-seo said China were a strong side", "en"),  # no office
    ("China's Alibaba said US sales rose", "en"),  # a company
    ("Vietnamese fans said China played well", "en"),
    ("Analysts said China and the US are both slowing", "en"),  # the speaker is none of the three
    ("The US economy grew, analysts said", "en"),  # the speaker after the words is none of the three
    ("Chinese exports to the US rose, China's Alibaba said", "en"),  # a company after the words
    ("China and the US said", "en"),  # no clause break: no words said before the speaker
    ("HLV Park Hang-seo nói Việt Nam sẽ thắng Trung Quốc", "vi"),
    ("Công ty Trung Quốc cho rằng thị trường Mỹ khó khăn", "vi"),
    ("Trung Quoc noi voi My bang duong sat", "vi_ascii"),  # nối: "links", not "says"
])
def test_speech_without_a_government_of_the_three_on_another_is_no_statement(text: str, script: str) -> None:
    assert not _statements(text, script)


@pytest.mark.parametrize(("title", "text", "language"), [
    ("Trump says China made 'horrible mistake', tried to mask coronavirus outbreak",
     "President Donald Trump said China misled the world about the outbreak and then sought to cover it "
     "up. Secretary of State Mike Pompeo blamed Beijing for hiding the scale of the disease, and Chinese "
     "officials rejected the claims.", "en"),
    ("China eases flight curbs after US order targeting Chinese carriers",
     "China on Thursday said it would allow foreign airlines to resume limited flights, lifting a de facto "
     "ban on US carriers, shortly after Washington barred Chinese passenger carriers from flying to the "
     "United States.", "en"),
    ("China rebuffs Powell over Taiwan",
     "China on Tuesday rebuffed US Secretary of State Colin Powell, telling Washington to stop arms sales "
     "to Taiwan.", "en"),
])
def test_a_quarrel_between_governments_is_relevant(title: str, text: str, language: str) -> None:
    """Accusations, bans answered in kind and rebuffs between governments are diplomacy (0.10)."""
    det = detect(title, text, language)
    assert det.relevant and det.pairs == ("CN-US",), (det.score, det.extra)


@pytest.mark.parametrize(("title", "text", "language"), [
    ("Chinese carmaker Xpeng says US sales to start next year",
     "Xpeng said on Monday it would start selling its electric cars in the United States next year, "
     "the company's chief executive told reporters in Guangzhou.", "en"),
    ("Coronavirus: China reports 30 new cases as US deaths pass 65,000",
     "China reported 30 new cases on Sunday. In the United States, more than 65,000 people have died, "
     "officials said, and hospitals in New York said they were stretched.", "en"),
])
def test_news_naming_two_countries_without_governments_quarrelling_stays_not_relevant(
        title: str, text: str, language: str) -> None:
    det = detect(title, text, language)
    assert not det.relevant, (det.score, det.extra)


@pytest.mark.parametrize(("title", "language", "pair"), [
    ("吴邦国抵达华盛顿将与奥巴马会面", "zh-Hans", "CN-US"),
    ("Wu Bangguo arrives in Washington to meet Obama", "en", "CN-US"),
    ("Chủ tịch Quốc hội Nguyễn Văn An hội kiến Ngô Bang Quốc", "vi", "CN-VN"),
    ("Phó Chủ tịch nước Võ Thị Ánh Xuân tiếp Phó Thủ tướng Trung Quốc Lưu Quốc Trung", "vi", "CN-VN"),
])
def test_office_holders_added_in_0_10_are_known(title: str, language: str, pair: str) -> None:
    det = detect(title, "", language)
    assert det.relevant and det.pairs == (pair,), (det.score, det.extra)


@pytest.mark.parametrize(("title", "relevant", "pairs"), [
    ("外交部中美存在一些敏感问题需妥善处理", True, ("CN-US",)),
    ("中越双方同意妥善管控海上分歧", True, ("CN-VN",)),
    ("中越雙方同意妥善管控海上分歧", True, ("CN-VN",)),
    ("中美股市走势分歧加大 投资者观望", False, ()),  # markets
    ("中日两国妥善处理敏感问题", False, ()),  # another pair
])
def test_differences_handled_between_governments(title: str, relevant: bool, pairs: tuple[str, ...]) -> None:
    """The idiom of differences between governments (0.10): 妥善处理, 管控分歧, 敏感问题."""
    det = detect(title, "", None)
    assert (det.relevant, det.pairs) == (relevant, pairs), (det.score, det.extra)


# ---------------------------------------------------------------- names and venues (0.10)
@pytest.mark.parametrize(("text", "script", "trio", "others"), [
    ("Nhật triệu tập đại sứ Trung Quốc", "vi", {"CHN"}, {"JPN"}),
    ("Thủ tướng Nhật Sanae Takaichi gặp Chủ tịch Trung Quốc", "vi", {"CHN"}, {"JPN"}),
    ("Nhat trieu tap dai su Trung Quoc", "vi_ascii", {"CHN"}, {"JPN"}),
    ("Phía Nga cho biết Mỹ sẽ đáp trả", "vi", {"USA"}, {"RUS"}),
    # A one-syllable name after another capitalised syllable ends a person's name, and a lower-case one
    # is a word: the spokeswoman Nguyễn Phương Nga is no Russia, "cập nhật" (update) no Japan.
    ("Người phát ngôn Bộ Ngoại giao Nguyễn Phương Nga trả lời câu hỏi về Trung Quốc", "vi", {"VNM", "CHN"},
     set()),
    ("Bản tin cập nhật về quan hệ Mỹ và Trung Quốc", "vi", {"USA", "CHN"}, set()),
    ("Cap nhat tin My va Trung Quoc", "vi_ascii", {"USA", "CHN"}, set()),
    ("Chủ nhật này Trung Quốc và Mỹ đàm phán", "vi", {"CHN", "USA"}, set()),
    ("Khu vực Bắc Mỹ và Trung Quốc", "vi", {"CHN"}, set()),
    # A pair word of one of the three with another country names that other pair.
    ("Thượng đỉnh Mỹ - Triều tại Hà Nội kết thúc", "vi", {"VNM"}, {"PRK"}),
    ("Hội đàm cấp cao Việt - Nhật", "vi", set(), {"JPN"}),
    ("美朝峰会在河内举行", "zh", {"VNM"}, {"PRK"}),
])
def test_short_country_names_and_pairs_with_other_countries(text: str, script: str, trio: set[str],
                                                            others: set[str]) -> None:
    sentence = read_sentence(text, 1, 1.0, script)
    assert (sentence.trio, sentence.others) == (trio, others)


@pytest.mark.parametrize(("title", "text", "language"), [
    ("Thượng đỉnh Mỹ - Triều tại Hà Nội kết thúc",
     "Chiều 28/2, Tổng thống Mỹ Donald Trump đã rời Hà Nội, kết thúc hai ngày dự Hội nghị Thượng đỉnh "
     "Mỹ-Triều lần 2 với Chủ tịch Triều Tiên Kim Jong-un mà không đạt được thỏa thuận nào. Ông Trump nói "
     "Triều Tiên yêu cầu Mỹ dỡ bỏ các lệnh trừng phạt.", "vi"),
    ("特朗普和金正恩的河内峰会提前结束",
     "美国总统特朗普和朝鲜领导人金正恩的河内峰会突然提前结束。双方未能就无核化达成协议，取消了签署仪式。"
     "特朗普表示，朝鲜要求解除全部制裁。", "zh-Hans"),
    ("Nhật triệu tập đại sứ Trung Quốc",
     "Nhật triệu tập đại sứ Trung Quốc phản đối bài đăng của Tổng lãnh sự Tiết Kiếm về thủ tướng Nhật. "
     "Bắc Kinh chỉ trích gay gắt phát ngôn của Thủ tướng Nhật về Đài Loan và triệu tập đại sứ Nhật.", "vi"),
])
def test_another_pairs_diplomacy_in_hanoi_or_named_short_stays_not_relevant(title: str, text: str,
                                                                            language: str) -> None:
    """A summit of the US and North Korea held in Hanoi, a China–Japan row: Vietnam is a venue, "Nhật"
    is Japan (0.10)."""
    det = detect(title, text, language)
    assert not det.relevant, (det.score, det.extra)


@pytest.mark.parametrize(("title", "text", "language", "pair"), [
    ("Blinken lands in Hanoi after talks in Japan",
     "Secretary of State Antony Blinken arrived in Hanoi from Japan on Saturday for a two-day visit.", "en",
     "US-VN"),
    ("Xi arrives in Hanoi, then heads to Malaysia",
     "Chinese President Xi Jinping arrived in Hanoi on Monday for a state visit before travelling on to "
     "Malaysia and Cambodia.", "en", "CN-VN"),
    ("Biden arrives in Hanoi after G20 summit in India",
     "US President Joe Biden arrived in Hanoi on Sunday after attending the G20 summit in India.", "en",
     "US-VN"),
])
def test_a_visit_to_a_city_is_a_visit_to_its_country(title: str, text: str, language: str, pair: str) -> None:
    """Only a meeting with another country makes a city a venue; arriving there is visiting it."""
    det = detect(title, text, language)
    assert det.relevant and det.pairs == (pair,), (det.score, det.extra)


@pytest.mark.parametrize(("title", "language", "pair"), [
    ("Biden Strengthens Ties with Vietnam in Hanoi, Aiming to Extend Economic Influence to China's "
     "Neighboring Region", "en", "US-VN"),
    ("Xi holds talks with To Lam in Hanoi, as the US watches", "en", "CN-VN"),
    ("Ông Tập Cận Bình hội đàm với Tổng Bí thư Tô Lâm, khi Mỹ theo dõi", "vi", "CN-VN"),
])
def test_a_third_country_after_a_clause_break_is_no_party(title: str, language: str, pair: str) -> None:
    """All three named, the diplomacy in the first clause: its two countries are the pair (0.10)."""
    det = detect(title, "", language)
    assert det.relevant and det.pairs == (pair,), (det.score, det.extra)


def test_a_third_country_before_the_diplomacy_word_keeps_all_pairs() -> None:
    """A break before the third, but the act comes after it: no lead pair ("HANOI, Vietnam — Esper
    accused China")."""
    sentence = read_sentence("HANOI, Vietnam (AP) — Esper accused China of bullying its neighbours", 1, 1.0,
                             "en")
    assert sentence.lead == frozenset()


@pytest.mark.parametrize(("title", "text", "language"), [
    ("China and Vietnam settle land border issue",
     "A ceremony marking the completion of land border demarcation between China and Vietnam was held at "
     "the Youyiguan border gate. Chinese State Councilor Dai Bingguo shook hands with Vietnamese Deputy "
     "Prime Minister Pham Gia Khiem at the ceremony.", "en"),
])
def test_border_demarcation_and_handshakes_are_diplomacy(title: str, text: str, language: str) -> None:
    det = detect(title, text, language)
    assert det.relevant and det.pairs == ("CN-VN",), (det.score, det.extra)


@pytest.mark.parametrize(("title", "text", "language", "pair"), [
    ("", "Cuộc chiến thương mại giữa Mỹ và Trung Quốc tiếp tục căng thẳng. Hai nước đã bắt đầu áp mức thuế "
     "mới đối với hàng hóa nhập khẩu của nhau, sau khi các cuộc đàm phán thương mại kết thúc mà không có "
     "kết quả.", "vi", "CN-US"),
    ("", "The trade war between the US and China escalated on Friday. The two countries imposed new tariffs "
     "on each other's goods after talks ended without a deal.", "en", "CN-US"),
    ("Giàn khoan Hải Dương 981 đang di chuyển trên Biển Đông",
     "Phó phát ngôn viên Bộ Ngoại giao Việt Nam Phạm Thu Hằng cho biết, giàn khoan Hải Dương 981 đang di "
     "chuyển trên Biển Đông và Việt Nam sẽ kiên quyết đấu tranh đối với các hoạt động xâm phạm chủ quyền "
     "của Việt Nam.", "vi", "CN-VN"),
])
def test_the_two_countries_and_state_vessels_name_the_pair(title: str, text: str, language: str,
                                                           pair: str) -> None:
    """"The two countries" carries the pair of the sentence before; the HD-981 rig is China's (0.10)."""
    det = detect(title, text, language)
    assert det.relevant and det.pairs == (pair,), (det.score, det.extra)


def test_the_two_countries_without_a_pair_before_names_none() -> None:
    """With no pair in the sentence before, "the two countries" is no pair of the three."""
    det = detect("", "Japan and South Korea held talks in Seoul. The two countries agreed to cut tariffs.",
                 "en")
    assert not det.relevant, (det.score, det.extra)


@pytest.mark.parametrize(("title", "text", "language", "pair"), [
    ("Ambassador Nguyen Quoc Cuong presented credentials to U.S President Barack Obama", "", "en", "US-VN"),
    ("Vietnam, China conclude 11th joint fishing patrol in Gulf of Tonkin",
     "Two coast guard vessels from Vietnam and two from China have wrapped up their annual joint fishing "
     "patrol in the Gulf of Tonkin.", "en", "CN-VN"),
    ("中越海警开展北部湾海域联合巡航",
     "中国海警与越南海警开展北部湾联合巡航。这是2006年以来中越双方开展的第23次联合巡航。",
     "zh-Hans", "CN-VN"),
    ("Lễ hồi hương hài cốt quân nhân Hoa Kỳ",
     "Ngày 27/6, lễ hồi hương hài cốt quân nhân Hoa Kỳ mất tích trong chiến tranh ở Việt Nam (MIA) lần thứ "
     "161 được tổ chức tại sân bay quốc tế Đà Nẵng. Đại diện phía Việt Nam bàn giao cho đại diện phía Hoa "
     "Kỳ một bộ hài cốt là kết quả của đợt tìm kiếm chung lần thứ 151.", "vi", "US-VN"),
    ("China to take countermeasures over US arms sales to Taiwan",
     "China will take countermeasures against companies involved in arms sales to Taiwan, a Chinese foreign "
     "ministry spokesperson said. China deplores and strongly opposes this and has made solemn demarches "
     "to the US side.", "en", "CN-US"),
])
def test_programmes_and_protocol_between_governments(title: str, text: str, language: str, pair: str) -> None:
    """Joint patrols, searches for the missing, credentials, demarches over arms sales (0.10)."""
    det = detect(title, text, language)
    assert det.relevant and det.pairs == (pair,), (det.score, det.extra)


def test_arms_sales_to_taiwan_keep_taiwan_a_topic() -> None:
    sentence = read_sentence("China protested US arms sales to Taiwan", 1, 1.0, "en")
    assert sentence.trio == {"CHN", "USA"} and not sentence.others


@pytest.mark.parametrize(("title", "text", "language", "relevant", "pairs"), [
    ("", "War Secretary Pete Hegseth emphasized working to amend the legacies of the Vietnam War in a state "
     "visit to the Southeast Asian country. Hegseth reassured Vietnamese leaders that the United States "
     "would continue its efforts.", "en", True, ("US-VN",)),
    ("Veterans recall the Vietnam War",
     "American veterans of the Vietnam War met in Ohio to share memories of the fighting.", "en", False, ()),
    ("One-on-One: Trump, Kim confront North Korea's nuke plans",
     "HANOI, Vietnam — President Donald Trump and North Korea's Kim Jong Un are beginning their second "
     "nuclear summit. The two leaders and their aides encamped in Hanoi for two days of talks addressing "
     "Kim's nuclear program.", "en", False, ()),
])
def test_war_legacies_and_north_koreas_leader_by_surname(title: str, text: str, language: str,
                                                        relevant: bool, pairs: tuple[str, ...]) -> None:
    """The legacies of the war are work between governments, its history is not; "Kim" is North Korea's
    leader in English copy (0.10)."""
    det = detect(title, text, language)
    assert (det.relevant, det.pairs) == (relevant, pairs), (det.score, det.extra)


@pytest.mark.parametrize(("text", "trio"), [
    ("中國大陸國務院最近批准發布全國海洋主體功能區規劃，越南對此表達抗議", {"CHN", "VNM"}),
    ("越南外交部發言人就大陸批准海洋規劃回覆記者提問", {"CHN", "VNM"}),
    ("越南要求陆方尊重越南主权", {"CHN", "VNM"}),
    ("越南总理出访欧洲大陆", {"VNM"}),  # a continent
    ("越南与中国划定北部湾大陆架界限", {"CHN", "VNM"}),  # the continental shelf stays a dispute word
])
def test_the_mainland_is_china_in_taiwanese_and_hong_kong_copy(text: str, trio: set[str]) -> None:
    assert read_sentence(text, 1, 1.0, "zh").trio == trio


def test_every_anaphor_is_a_lexicon_word() -> None:
    """The carried share is keyed on lexicon labels: each must be a row of actions.tsv."""
    from extractors.diplomacy.lexicon import load_entries
    from extractors.diplomacy.scoring import ANAPHORS

    labels = {entry.label for terms in load_entries().values() for entries in terms.values()
              for entry in entries if entry.source == "actions"}
    assert not ANAPHORS - labels, ANAPHORS - labels
