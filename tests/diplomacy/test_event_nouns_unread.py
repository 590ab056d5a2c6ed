"""Events told without an act word the detector read: a handover of war dead's remains (aid, the giver
acting), a gathering of two sides told as a numbered round or as held between them (a working session, a
theory seminar, a work conference: a negotiation round). Our own leads in the three languages, labelled before
they were run, with hard negatives that look alike and must not change: duties, posts or suspects handed over,
a third country's handover, scholars' and firms' seminars, a seminar still to come."""

from __future__ import annotations

import pytest

from extractors.diplomacy import detect
from tests.diplomacy.stories import main_event


def _types(title: str, text: str, language: str) -> set[str]:
    """The types of the events a story tells, none when it is not relevant."""
    detection = detect(title, text, language)
    return {e.type for e in detection.events} if detection.relevant else set()


# ---------------------------------------------------------------- remains handed over: aid of the giver
@pytest.mark.parametrize(("title", "text", "language"), [
    ("Vietnam returns remains of three U.S. servicemen",
     "Vietnamese officials on Tuesday handed over to U.S. representatives the remains of three American "
     "soldiers missing since the war, at a ceremony at Da Nang airport.", "en"),
    ("Vietnam repatriates possible remains of U.S. airmen",
     "Vietnam on Friday handed over two sets of possible remains of U.S. airmen lost during the war, the "
     "U.S. embassy in Hanoi said.", "en"),
    ("Hồi hương 3 bộ hài cốt quân nhân Hoa Kỳ",
     "Sáng 5/8, tại sân bay Đà Nẵng, Văn phòng Tìm kiếm người mất tích Việt Nam đã bàn giao cho phía Hoa "
     "Kỳ 3 bộ hài cốt quân nhân Mỹ mất tích trong chiến tranh.", "vi"),
    ("Việt Nam trao trả hài cốt quân nhân Mỹ",
     "Ngày 20/3, Việt Nam đã bàn giao hài cốt 2 quân nhân Hoa Kỳ mất tích trong chiến tranh cho phía Mỹ "
     "tại Hà Nội.", "vi"),
    ("越南向美方移交美军士兵遗骸",
     "越南有关部门10日在岘港机场向美国移交了三具疑似越战时期失踪美军士兵的遗骸。", "zh-Hans"),
    ("越南移交美軍遺骸",
     "越南官員12日在河內向美國方面移交兩具越戰失蹤美軍遺骸。", "zh-Hant"),
])
def test_remains_handed_over_are_the_givers_aid(title: str, text: str, language: str) -> None:
    found = main_event(title, text, language)
    assert (found.type, found.actor, found.target) == ("aid", "VNM", "USA")


@pytest.mark.parametrize(("title", "text", "language"), [
    ("Outgoing U.S. envoy hands over embassy in Hanoi to successor",
     "The outgoing U.S. ambassador to Vietnam handed over his post to his successor on Monday, the embassy "
     "said, ending a term that saw ties with Hanoi upgraded.", "en"),
    ("China hands over fraud suspects to Vietnam",
     "Chinese police on Wednesday handed over 12 Vietnamese suspects wanted for telecom fraud to Vietnam's "
     "public security ministry at the Mong Cai border gate.", "en"),
    ("Bàn giao nhiệm vụ Đại sứ Việt Nam tại Hoa Kỳ",
     "Ngày 3/9, Đại sứ Việt Nam tại Hoa Kỳ đã bàn giao nhiệm vụ cho người kế nhiệm tại Washington.", "vi"),
    ("中方向越方移交电信诈骗犯罪嫌疑人",
     "中国公安机关15日在东兴口岸向越南公安部移交了20名电信诈骗犯罪嫌疑人。", "zh-Hans"),
    ("Laos hands over remains of U.S. airmen",
     "Laos on Monday handed over the remains of two U.S. airmen to the U.S. embassy in Vientiane.", "en"),
])
def test_duties_suspects_and_a_third_countrys_handover_are_no_aid(title: str, text: str,
                                                                 language: str) -> None:
    assert "aid" not in _types(title, text, language)


# ---------------------------------------------------------------- gatherings of two sides: a round
@pytest.mark.parametrize(("title", "text", "language"), [
    ("Vietnam, China coast guards hold sixth high-level working session",
     "The coast guards of Vietnam and China held their sixth high-level working session in Hanoi on "
     "Wednesday, agreeing to step up cooperation at sea.", "en"),
    ("Chinese, Vietnamese communist parties hold 17th theory seminar",
     "The Communist Party of China and the Communist Party of Vietnam held their 17th theoretical seminar in "
     "Beijing on Thursday, state media reported.", "en"),
    ("Hội thảo lý luận lần thứ 17 giữa hai Đảng Việt Nam - Trung Quốc",
     "Ngày 10/11, tại Bắc Kinh, Hội thảo lý luận lần thứ 17 giữa Đảng Cộng sản Việt Nam và Đảng Cộng sản "
     "Trung Quốc đã diễn ra.", "vi"),
    ("Cảnh sát biển hai nước Việt Nam, Trung Quốc làm việc tại Quảng Châu",
     "Ngày 15/9, tại Quảng Châu, Cảnh sát biển Việt Nam và Hải cảnh Trung Quốc đã tổ chức phiên làm việc "
     "thường niên lần thứ 7.", "vi"),
    ("中越两党第十七次理论研讨会在北京举行",
     "中越两党第十七次理论研讨会10日在北京举行。", "zh-Hans"),
    ("中越海警第七次高級別工作會議在河內舉行",
     "中國海警局與越南海警司令部第七次高級別工作會議15日在河內舉行。", "zh-Hant"),
])
def test_a_gathering_of_two_sides_told_as_a_round_is_a_negotiation(title: str, text: str,
                                                                    language: str) -> None:
    found = main_event(title, text, language)
    assert found.type == "negotiate" and {found.actor, found.target} == {"CHN", "VNM"}


@pytest.mark.parametrize(("title", "text", "language"), [
    ("Hanoi hosts 12th international seminar on South China Sea",
     "Scholars from China, the United States and Vietnam attended the 12th international seminar on the "
     "South China Sea in Hanoi on Friday, discussing maritime law.", "en"),
    ("Hội thảo khoa học quốc tế về Biển Đông lần thứ 12",
     "Ngày 9/11, Hội thảo khoa học quốc tế về Biển Đông lần thứ 12 đã khai mạc tại Hà Nội với sự tham gia "
     "của các học giả Mỹ, Trung Quốc và Việt Nam.", "vi"),
    ("第十二届南海问题国际研讨会在河内举行",
     "第十二届南海问题国际研讨会9日在河内举行，来自中国、美国和越南的学者参加。", "zh-Hans"),
    ("U.S., Vietnamese firms meet at third investment seminar",
     "More than 200 American and Vietnamese companies attended the third U.S.-Vietnam investment seminar "
     "in Ho Chi Minh City on Tuesday.", "en"),
])
def test_scholars_and_firms_seminars_are_no_negotiation(title: str, text: str, language: str) -> None:
    assert "negotiate" not in _types(title, text, language)


# ---------------------------------------------------------------- aid told by what is given
@pytest.mark.parametrize(("title", "text", "language", "actor", "target"), [
    ("U.S. delivers 2 million vaccine doses to Vietnam",
     "The United States on Sunday delivered 2 million doses of COVID-19 vaccine to Vietnam, the U.S. embassy "
     "in Hanoi said, its largest shipment to the country so far.", "en", "USA", "VNM"),
    ("Washington pledges $30 million to clear wartime bombs in Vietnam",
     "The United States will provide $30 million over five years to help Vietnam clear unexploded ordnance "
     "left from the war, U.S. Ambassador Marc Knapper said on Tuesday.", "en", "USA", "VNM"),
    ("China gives Vietnam 500,000 vaccine doses",
     "China has given Vietnam 500,000 doses of its Sinopharm vaccine, the Chinese embassy in Hanoi said on "
     "Sunday.", "en", "CHN", "VNM"),
    ("Mỹ tặng Việt Nam thêm 1,5 triệu liều vaccine",
     "Ngày 10/8, Đại sứ quán Hoa Kỳ tại Hà Nội cho biết Chính phủ Mỹ đã chuyển giao cho Việt Nam thêm 1,5 "
     "triệu liều vaccine phòng COVID-19.", "vi", "USA", "VNM"),
    ("Hoa Kỳ hỗ trợ Việt Nam 2,5 triệu USD khắc phục hậu quả bão",
     "Cơ quan Phát triển Quốc tế Hoa Kỳ (USAID) ngày 12/9 công bố khoản hỗ trợ khẩn cấp 2,5 triệu USD giúp "
     "Việt Nam khắc phục hậu quả cơn bão số 3.", "vi", "USA", "VNM"),
    ("中国向越南援助一批抗疫物资",
     "中国政府援助越南的一批抗疫物资10日在河内举行交接仪式，中国驻越南大使熊波出席。",
     "zh-Hans", "CHN", "VNM"),
    ("美國宣布提供越南颱風救災援助",
     "美國國際開發署12日宣布，將向越南提供250萬美元緊急援助，協助越南因應颱風造成的災情。",
     "zh-Hant", "USA", "VNM"),
])
def test_aid_told_by_what_is_given(title: str, text: str, language: str, actor: str, target: str) -> None:
    found = main_event(title, text, language)
    assert (found.type, found.actor, found.target) == ("aid", actor, target)


_THREE = {"CHN", "USA", "VNM"}


@pytest.mark.parametrize(("title", "text", "language"), [
    ("China gives Vietnam stern warning over survey ship",
     "China on Tuesday gave Vietnam a stern warning over a survey ship's work near the Paracel Islands, the "
     "foreign ministry said.", "en"),
    ("U.S. sends delegation to Vietnam for trade talks",
     "The United States sent a delegation led by a deputy trade representative to Hanoi on Monday for talks "
     "on Vietnam's exports.", "en"),
    ("Biden delivers speech on Asia policy in Hanoi",
     "President Joe Biden delivered a speech in Hanoi on Monday on relations with Vietnam and China.", "en"),
    ("Japan delivers 1 million vaccine doses to Vietnam",
     "Japan on Friday delivered 1 million doses of AstraZeneca vaccine to Vietnam, the Japanese embassy "
     "said.", "en"),
    ("Pfizer delivers first vaccine doses to Vietnam",
     "Pfizer delivered the first 1 million doses of its vaccine to Vietnam on Wednesday under a purchase "
     "contract signed with the health ministry.", "en"),
    ("Bộ Ngoại giao Mỹ cung cấp thông tin cho Việt Nam về vụ việc",
     "Bộ Ngoại giao Mỹ ngày 5/3 đã cung cấp thông tin cho phía Việt Nam về vụ việc liên quan đến công dân "
     "Việt Nam.", "vi"),
    ("Tập đoàn Mỹ chuyển giao công nghệ cho doanh nghiệp Việt Nam",
     "Tập đoàn công nghệ Mỹ ngày 7/6 đã chuyển giao công nghệ sản xuất chip cho một doanh nghiệp Việt "
     "Nam.", "vi"),
    ("中方向越方提供案件信息",
     "中国公安部日前向越南公安部提供了有关跨境诈骗案件的线索和信息。", "zh-Hans"),
    ("日本向越南赠送疫苗",
     "日本政府10日向越南赠送100万剂新冠疫苗，日本驻越南大使出席交接仪式。", "zh-Hans"),
])
def test_words_speeches_and_others_gifts_are_no_aid_between_the_three(title: str, text: str,
                                                                       language: str) -> None:
    detection = detect(title, text, language)
    given = [e for e in detection.events if e.type == "aid" and {e.actor, e.target} <= _THREE]
    assert not (detection.relevant and given)


@pytest.mark.parametrize(("title", "text"), [
    ("Người phát ngôn Bộ Ngoại giao nói về việc Trung Quốc tặng vaccine",
     "Trả lời câu hỏi của phóng viên về thông tin rằng Trung Quốc sẽ tặng Việt Nam thêm 500.000 liều "
     "vaccine, Người phát ngôn Bộ Ngoại giao Lê Thị Thu Hằng ngày 4/6 cho biết các cơ quan chức năng "
     "đang trao đổi với phía Trung Quốc."),
])
def test_a_giving_told_as_the_matter_of_a_reply_leaves_the_reply(title: str, text: str) -> None:
    assert main_event(title, text, "vi").type != "aid"


# ---------------------------------------------------------------- a headline opening with its act
@pytest.mark.parametrize(("title", "text"), [
    ("Hỗ trợ doanh nghiệp Việt Nam xuất khẩu sang Mỹ",
     "Bộ Công Thương ngày 3/4 tổ chức hội nghị hướng dẫn doanh nghiệp Việt Nam xuất khẩu hàng hóa sang thị "
     "trường Mỹ, với sự tham gia của hơn 300 doanh nghiệp."),
    ("Tặng quà Tết cho lao động Việt Nam tại Trung Quốc",
     "Tổng Lãnh sự quán Việt Nam tại Quảng Châu ngày 20/1 đã trao quà Tết cho 200 lao động Việt Nam đang "
     "làm việc tại tỉnh Quảng Đông, Trung Quốc."),
])
def test_a_headline_opening_with_a_home_act_stays_home(title: str, text: str) -> None:
    detection = detect(title, text, "vi")
    assert not (detection.relevant and any(e.type == "aid" for e in detection.events))


# ---------------------------------------------------------------- a ship carrying a delegation
_NO_SHIP_WORD = ("a coast guard's ship other than a cutter is no ship word: read as one, it changed the "
                 "readings of Chinese coast guard ships in dispute stories")


@pytest.mark.parametrize(("title", "text", "language"), [
    pytest.param("", "A Vietnamese coast guard ship carrying a delegation of the Vietnam Coast Guard docked "
                 "in Qingdao, China, on Monday for a four-day exchange with the China Coast Guard.", "en",
                 marks=pytest.mark.xfail(reason=_NO_SHIP_WORD, strict=True)),
    pytest.param("", "Ngày 3/6, tàu CSB 8002 chở đoàn công tác của Cảnh sát biển Việt Nam đã cập cảng Hoàng "
                 "Phố, thành phố Quảng Châu, Trung Quốc, bắt đầu chương trình giao lưu với Hải cảnh Trung "
                 "Quốc.", "vi", marks=pytest.mark.xfail(reason=_NO_SHIP_WORD, strict=True)),
    ("", "A Vietnamese navy frigate carrying a delegation of the Vietnam People's Navy docked in Zhanjiang, "
     "China, on Tuesday for a four-day friendship exchange.", "en"),
    ("", "Sáng 12/10, tàu hộ vệ tên lửa của Hải quân nhân dân Việt Nam chở đoàn công tác của Quân chủng Hải "
     "quân đã cập cảng Trạm Giang, Trung Quốc, bắt đầu chuyến giao lưu hữu nghị.", "vi"),
])
def test_a_ship_carrying_a_delegation_brings_its_visit(title: str, text: str, language: str) -> None:
    found = main_event(title, text, language)
    assert (found.type, found.actor, found.target) == ("visit", "VNM", "CHN")


def test_a_cutters_call_with_no_delegation_stays_the_navys() -> None:
    found = main_event("", "A U.S. Coast Guard cutter docked in Da Nang on Monday for a five-day port call, "
                       "the first by the service to Vietnam, the U.S. embassy said.", "en")
    assert (found.type, found.actor, found.target) == ("military", "USA", "VNM")


# ---------------------------------------------------------------- a bank cut off from a financial system
@pytest.mark.parametrize(("title", "text", "language", "actor", "target"), [
    ("U.S. cuts off Chinese lender from dollar system",
     "The United States on Tuesday cut off a small Chinese bank from the U.S. financial system, saying it "
     "had moved money for Iran's oil trade, the Treasury Department said.", "en", "USA", "CHN"),
    ("Washington moves to cut two Chinese banks off from U.S. financial system",
     "The U.S. Treasury on Friday moved to cut two Chinese banks off from the U.S. financial system, "
     "accusing them of handling funds for sanctioned Russian firms.", "en", "USA", "CHN"),
])
def test_a_bank_cut_off_from_a_financial_system_is_a_sanction(title: str, text: str, language: str,
                                                              actor: str, target: str) -> None:
    found = main_event(title, text, language)
    assert (found.type, found.actor, found.target) == ("sanction", actor, target)


@pytest.mark.parametrize(("title", "text", "language"), [
    ("Chinese bank cuts off Vietnamese clients after fraud probe",
     "A Chinese state bank cut off dozens of Vietnamese business clients from its payment system on Monday "
     "after a fraud investigation in Guangxi, the bank said.", "en"),
    ("U.S. cuts interest rates as China slows",
     "The U.S. Federal Reserve cut interest rates on Wednesday, citing slowing growth in China and weak "
     "global demand.", "en"),
])
def test_a_banks_own_cut_and_a_rate_cut_are_no_sanction(title: str, text: str, language: str) -> None:
    detection = detect(title, text, language)
    assert not (detection.relevant and any(e.type == "sanction" for e in detection.events))


# ---------------------------------------------------------------- analyses telling records, no event
@pytest.mark.parametrize(("title", "text", "language"), [
    ("Analysis: Vaccine diplomacy, how China and the U.S. compete in Vietnam",
     "China has delivered millions of vaccine doses across Southeast Asia, while the United States has given "
     "Vietnam more than 30 million doses since 2021, analysts say. The competition reflects a wider rivalry "
     "for influence in the region.", "en"),
    ("分析：中越两党理论研讨会机制二十年",
     "自2003年以来，中越两党已举行二十次理论研讨会。分析人士认为，这一机制为两党交流治党治国经验提供了平台。",
     "zh-Hans"),
    pytest.param("Bình luận: 30 năm hợp tác khắc phục hậu quả chiến tranh Việt - Mỹ",
                 "Từ năm 1973 đến nay, Việt Nam đã hồi hương hơn 700 bộ hài cốt quân nhân Mỹ, trong khi Hoa "
                 "Kỳ đã cung cấp hàng trăm triệu USD giúp Việt Nam tẩy độc dioxin. Giới quan sát cho rằng "
                 "hợp tác nhân đạo là nền tảng của lòng tin giữa hai nước.", "vi",
                 marks=pytest.mark.xfail(reason="a commentary's record of aid is read as aid (VNM→USA), as "
                                                "before this round", strict=True)),
])
def test_an_analysis_telling_records_tells_no_event(title: str, text: str, language: str) -> None:
    detection = detect(title, text, language)
    assert not (detection.relevant and detection.events)


# ------------------------------------------------------- second reading: leads read wrong, now narrowed
@pytest.mark.parametrize(("title", "text", "language", "kind"), [
    # a total of remains repatriated over decades is a record (the remains' total lookahead)
    ("Analysis: Decades of MIA cooperation built U.S.-Vietnam trust",
     "Vietnam has repatriated the remains of more than 700 U.S. servicemen since 1973, analysts note. The "
     "humanitarian work laid the ground for normalisation.", "en", "aid"),
    # artefacts returned in traditional script: the remains group is bound in either script
    ("美國歸還越南文物", "美國政府12日在河內向越南交還一批文物。", "zh-Hant", "aid"),
    ("中國歸還越南漁船", "中國海警21日向越南交還一艘此前扣押的越南漁船。", "zh-Hant", "aid"),
    # a seminar of firms or provinces, told "between" them, is no round of two states
    ("Hội thảo giữa doanh nghiệp Việt Nam và Trung Quốc",
     "Ngày 15/6, tại Lạng Sơn đã diễn ra hội thảo kết nối giữa các doanh nghiệp Việt Nam và Trung Quốc về "
     "xuất khẩu nông sản.", "vi", "negotiate"),
    ("Hội thảo lần thứ 5 giữa tỉnh Lào Cai và tỉnh Vân Nam",
     "Ngày 3/11, hội thảo lần thứ 5 giữa tỉnh Lào Cai và tỉnh Vân Nam (Trung Quốc) về hợp tác du lịch đã "
     "diễn ra tại Côn Minh.", "vi", "negotiate"),
    # a giving recalled as past, or a total given over years, is no act of the day
    ("Vietnam sent masks to the U.S. last year, minister recalls",
     "In a speech on Monday, Vietnam's health minister recalled that Vietnam had sent 450,000 face masks to "
     "the United States in 2020 when the pandemic hit.", "en", "aid"),
    ("U.S. has provided $100 million to help Vietnam since 1989",
     "The United States has provided more than $100 million to help Vietnam clear unexploded ordnance since "
     "1989, the State Department said in a fact sheet.", "en", "aid"),
    # information provided, a firm's delivery under contract
    ("Bộ Ngoại giao cung cấp thông tin về tàu Trung Quốc",
     "Người phát ngôn Bộ Ngoại giao Việt Nam ngày 5/6 đã cung cấp thông tin về hoạt động của tàu khảo sát "
     "Trung Quốc.", "vi", "aid"),
    ("越南企業向美國交付口罩", "越南一家紡織企業按合同向美國客戶交付500萬只口罩。", "zh-Hant", "aid"),
    # a cut only urged is the urging, no sanction
    ("U.S. lawmakers urge cutting Chinese banks from dollar system",
     "U.S. lawmakers on Tuesday urged the Treasury to consider cutting Chinese banks off from the dollar "
     "system if they aid Russia.", "en", "sanction"),
    # a symposium named after one country, held by a university
    ("Harvard hosts annual Vietnam symposium",
     "Harvard University hosted its annual symposium on Vietnam's economy on Saturday, with scholars from "
     "the United States and Vietnam presenting papers.", "en", "negotiate"),
    # hard negatives around the narrowings: universities' rounds, a cut only weighed
    ("中越大学第三次研讨会举行", "中越两国大学第三次研讨会10日在南宁举行。", "zh-Hans", "negotiate"),
    ("Hội thảo giữa hai trường đại học Việt Nam và Hoa Kỳ",
     "Ngày 4/4, hội thảo lần thứ 2 giữa hai trường đại học Việt Nam và Hoa Kỳ về giáo dục đã diễn ra tại TP "
     "Hồ Chí Minh.", "vi", "negotiate"),
    ("U.S. weighs cutting Chinese banks from dollar system",
     "The U.S. Treasury is weighing cutting several Chinese banks off from the dollar system over their "
     "Russia dealings, sources said.", "en", "sanction"),
])
def test_second_reading_leads_tell_no_such_act(title: str, text: str, language: str, kind: str) -> None:
    assert kind not in _types(title, text, language)


def test_a_university_symposium_named_after_one_country_is_no_story() -> None:
    """Old reading: not relevant (a scholars' symposium); its "annual" must not make it one."""
    detection = detect("Harvard hosts annual Vietnam symposium",
                       "Harvard University hosted its annual symposium on Vietnam's economy on Saturday, "
                       "with scholars from the United States and Vietnam presenting papers.", "en")
    assert not (detection.relevant and detection.events)


@pytest.mark.parametrize(("title", "text", "language", "kind", "actor", "target"), [
    # a session "with" a counterpart stays a meeting ("phiên làm việc với" as "làm việc với")
    ("Phiên làm việc giữa Bộ Công an Việt Nam và FBI",
     "Ngày 7/3, tại Hà Nội, Thứ trưởng Bộ Công an đã có phiên làm việc với đoàn Cục Điều tra Liên bang Mỹ "
     "(FBI) về hợp tác phòng chống tội phạm.", "vi", "meet", None, None),
    # a delegation of doctors aboard a hospital ship: the navy's call
    ("U.S. Navy hospital ship carrying medical delegation docks in Vietnam",
     "The U.S. Navy hospital ship USNS Mercy, carrying a delegation of U.S. doctors, docked at Phu Yen, "
     "Vietnam, on Monday for a two-week humanitarian mission.", "en", "military", "USA", "VNM"),
    # remains told by a passive, "U.S." inside the clause
    ("Remains of two U.S. airmen repatriated from Vietnam",
     "The remains of two U.S. airmen lost during the war were repatriated from Vietnam on Wednesday, the "
     "Defense POW/MIA Accounting Agency said.", "en", "aid", "VNM", "USA"),
    # a giving in traditional script, and remains handed back
    ("中國向越南贈送醫療物資", "中國政府12日向越南贈送一批醫療物資，協助越南抗疫。", "zh-Hant",
     "aid", "CHN", "VNM"),
    ("越方向美方歸還三具美軍遺骸",
     "越南有關部門20日在峴港舉行儀式，向美方歸還三具越戰時期失蹤美軍士兵遺骸。", "zh-Hant",
     "aid", "VNM", "USA"),
])
def test_second_reading_leads_keep_their_act(title: str, text: str, language: str, kind: str,
                                             actor: str | None, target: str | None) -> None:
    found = main_event(title, text, language)
    assert found.type == kind
    if actor:
        assert (found.actor, found.target) == (actor, target)
