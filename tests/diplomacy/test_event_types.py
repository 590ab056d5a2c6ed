"""What a sentence's act is when its words could tell several: talks, warships' calls, a host's welcome,
acts objected to or called off, nouns that look like verbs. Our own sentences, in the three languages."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.diplomacy import detect
from tests.diplomacy.stories import main_event


def kinds(title: str, text: str = "", language: str | None = None) -> list[str]:
    return [e.type for e in detect(title, text, language).events]


# ---------------------------------------------------------------- talks
@pytest.mark.parametrize(("title", "text"), [
    ("Xi and Biden hold talks on the sidelines of the summit",
     "Chinese President Xi Jinping and U.S. President Joe Biden spoke for two hours on Wednesday."),
    ("Vietnam, US leaders pledge closer ties after Hanoi talks",
     "Vietnamese President Vo Van Thuong and U.S. President Joe Biden agreed to deepen cooperation."),
])
def test_talks_of_leaders_are_a_meeting(title: str, text: str) -> None:
    assert main_event(title, text, "en").type == "meet"


def test_talks_told_with_tariffs_are_a_negotiation() -> None:
    found = main_event("Talks resume as U.S. weighs rolling back tariffs on Chinese goods",
                       "U.S. and Chinese officials said the talks on tariffs would resume in Washington.",
                       "en")
    assert found.type == "negotiate" and {found.actor, found.target} == {"USA", "CHN"}


# ---------------------------------------------------------------- warships
@pytest.mark.parametrize(("title", "text", "language", "city"), [
    ("U.S. destroyer arrives in Da Nang for a goodwill visit",
     "The guided-missile destroyer USS Example docked at Da Nang on Tuesday for a five-day visit to "
     "Vietnam, the latest sign of deepening defence ties between Washington and Hanoi, the U.S. embassy "
     "said.", "en", None),
    ("Tàu khu trục Mỹ thăm Đà Nẵng",
     "Sáng 12/4, tàu khu trục của Hải quân Hoa Kỳ đã cập cảng Tiên Sa, thành phố Đà Nẵng, bắt đầu "
     "chuyến thăm Việt Nam. Chuyến thăm nhằm thúc đẩy quan hệ Đối tác chiến lược toàn diện Việt Nam - "
     "Hoa Kỳ.", "vi", "Da Nang"),
    ("美国驱逐舰抵达越南岘港",
     "美国海军一艘驱逐舰12日抵达越南岘港，开始为期五天的访问。", "zh-Hans", None),
])
def test_a_warships_visit_is_the_navys_military_act(title: str, text: str, language: str,
                                                    city: str | None) -> None:
    found = main_event(title, text, language)
    assert (found.type, found.actor, found.target, found.place_country) == ("military", "USA", "VNM", "VNM")
    if city:
        assert found.place == city


def test_a_visit_told_after_a_warships_clause_is_not_the_ships() -> None:
    found = detect("U.S. destroyer sails near Paracels days before Vietnam visit",
                   "A U.S. Navy destroyer sailed near the Paracel Islands on Sunday, days before a visit to "
                   "Vietnam by Secretary of State Antony Blinken, the Pentagon said.", "en").events
    assert found and all(e.type != "military" or e.target != "VNM" for e in found)


def test_a_port_call_is_military_wherever_it_stands() -> None:
    found = main_event("U.S. Navy ship makes port call in Vietnam",
                       "The visit comes as Washington and Hanoi deepen defence ties.", "en")
    assert (found.type, found.actor, found.target) == ("military", "USA", "VNM")


def test_an_official_who_travels_by_warship_still_visits() -> None:
    found = main_event("U.S. defence chief Mattis arrives in Vietnam",
                       "U.S. Defense Secretary Jim Mattis arrived in Hanoi on Tuesday aboard a Navy "
                       "aircraft, "
                       "after touring a destroyer in Singapore, for talks with Vietnamese Defence Minister "
                       "Ngo Xuan Lich.", "en")
    assert found.type == "visit" and (found.actor, found.target) == ("USA", "VNM")


# ---------------------------------------------------------------- the host's welcome
@pytest.mark.parametrize(("title", "text", "language", "host", "guest"), [
    ("Xi holds ceremony to welcome Vietnam's president on a state visit", "", "en", "CHN", "VNM"),
    ("习近平举行仪式欢迎越南国家主席对中国进行国事访问", "", "zh-Hans", "CHN", "VNM"),
    ("Vietnam rolls out red carpet for U.S. president", "", "en", "VNM", "USA"),
])
def test_a_hosts_welcome_of_a_visit_is_the_hosts_side(title: str, text: str, language: str, host: str,
                                                      guest: str) -> None:
    found = main_event(title, text, language)
    assert (found.type, found.actor, found.target) == ("host_visit", host, guest)


def test_a_thing_received_during_a_visit_leaves_the_visit() -> None:
    found = main_event("Vietnam's party chief honoured in Beijing",
                       "Nguyen Phu Trong received a medal from Xi Jinping in Beijing on Monday, the second "
                       "day of his official visit to China.", "en")
    assert found.type == "visit" and (found.actor, found.target) == ("VNM", "CHN")


@pytest.mark.parametrize("title", ["Clinton lands in Beijing for a week of talks",
                                   "U.S. president touched down in Hanoi on Thursday night"])
def test_a_leaders_landing_is_the_arrival(title: str) -> None:
    assert main_event(title, "", "en").type == "visit"


# ---------------------------------------------------------------- acts objected to, called off, nouns
@pytest.mark.parametrize(("title", "text", "language", "kind"), [
    ("Beijing protests U.S. president's meeting with Taiwan envoy",
     "China lodged a stern protest with the United States on Friday over President Joe Biden's meeting with "
     "Taiwan's envoy at the White House, foreign ministry spokesman Wang Wenbin said.", "en", "protest"),
    ("中方强烈谴责美方签署涉台法案", "", "zh-Hans", "criticize"),
])
def test_an_encounter_objected_to_is_no_event(title: str, text: str, language: str, kind: str) -> None:
    found = kinds(title, text, language)
    assert found[:1] == [kind] and not {"meet", "sign_agreement"} & set(found)


@pytest.mark.parametrize(("title", "language"), [
    ("China sanctions U.S. senator, suspends climate talks with Washington", "en"),
    ("Trung Quốc trừng phạt thượng nghị sĩ Mỹ, đình chỉ đối thoại với Washington", "vi"),
    ("中方宣布制裁美国议员 暂停中美气候对话", "zh-Hans"),
    ("中方宣佈制裁美國議員 暫停中美氣候對話", "zh-Hant"),
    ("Trung Quoc trung phat thuong nghi si My, dinh chi doi thoai voi Washington", "vi"),
])
def test_an_encounter_called_off_is_no_event(title: str, language: str) -> None:
    found = kinds(title, "", language)
    assert found[:1] == ["sanction"] and not {"negotiate", "meet"} & set(found)


@pytest.mark.parametrize(("title", "language"), [
    ("Việt Nam huỷ bỏ chuyến thăm của Bộ trưởng Quốc phòng Mỹ", "vi"),  # older tone placement
    ("Việt Nam hủy bỏ chuyến thăm của Bộ trưởng Quốc phòng Mỹ", "vi"),
])
def test_a_visit_called_off_is_no_event_in_either_tone_placement(title: str, language: str) -> None:
    assert "visit" not in kinds(title, "", language)


@pytest.mark.parametrize(("title", "language", "kind"), [
    ("The United States suspended tariffs before talks with Vietnam's trade minister in Hanoi", "en",
     "negotiate"),
    ("中方宣布取消部分关税并与美方举行会谈", "zh-Hans", "meet"),
    ("Trump criticized China before meeting Xi Jinping in Beijing", "en", "meet"),
    ("U.S. President Donald Trump criticized China's trade practices during his state visit to Beijing", "en",
     "visit"),
])
def test_an_encounter_after_a_setting_word_is_not_called_off_or_objected_to(
        title: str, language: str, kind: str) -> None:
    assert kind in kinds(title, "", language)


def test_a_sign_of_ties_is_no_signing() -> None:
    found = kinds("U.S. and Vietnam hold naval drill, a sign of warming ties",
                  "The exercise off Da Nang is a sign of the growing defence relationship, officials said.",
                  "en")
    assert "sign_agreement" not in found
    # Hard negative: a signing told with its verb is one.
    assert "sign_agreement" in kinds("U.S. and Vietnam sign a deal on nuclear energy", "", "en")


# ---------------------------------------------------------------- 0.19.0: welcomes, answers, calls
@pytest.mark.parametrize(("title", "text", "language"), [
    ("Vietnam welcomes tribunal ruling on sea dispute with China",
     "HANOI (Reuters) - Vietnam on Wednesday welcomed a ruling by an international tribunal on the sea "
     "dispute with China, foreign ministry spokeswoman Le Thi Thu Hang said.", "en"),
    ("中方欢迎美方作出的决定", "外交部发言人表示，中方欢迎美方作出的有关决定。", "zh-Hans"),
])
def test_a_welcome_of_a_thing_is_a_statement(title: str, text: str, language: str) -> None:
    assert main_event(title, text, language).type == "statement"


def test_a_welcome_of_a_guest_is_the_hosts_side() -> None:
    found = main_event("Vietnam's president welcomes Chinese premier in Hanoi", "", "en")
    assert (found.type, found.actor, found.target) == ("host_visit", "VNM", "CHN")


def test_the_measure_an_objection_answers_is_its_second_event_done_by_the_other_side() -> None:
    found = detect("Vietnam rejects U.S. religious freedom blacklisting",
                   "HANOI - Vietnam on Friday rejected as groundless a U.S. decision to put it on a "
                   "religious freedom blacklist, foreign ministry spokesman Le Dung said.", "en").events
    assert (found[0].type, found[0].actor, found[0].target) == ("criticize", "VNM", "USA")
    assert any((e.type, e.actor, e.target) == ("sanction", "USA", "VNM") for e in found[1:])


def test_the_measure_a_welcome_answers_is_done_by_the_other_side() -> None:
    # "hoan nghênh quyết định": a welcome of a decision, a statement as "welcomes US decision" is.
    found = detect("Việt Nam hoan nghênh quyết định của Mỹ",
                   "Việt Nam hoan nghênh quyết định của Mỹ dỡ bỏ hoàn toàn lệnh cấm vận vũ khí sát thương.",
                   "vi").events
    assert (found[0].type, found[0].actor, found[0].target) == ("statement", "VNM", "USA")
    assert not any(e.type in ("sanction", "trade_measure") and e.actor == "VNM" for e in found)
    assert any((e.type, e.actor, e.target) == ("trade_measure", "USA", "VNM") for e in found[1:])


@pytest.mark.parametrize("title", ["Biden, Xi discuss Taiwan in first call in five months",
                                   "U.S. and Chinese leaders talk trade in a call on Thursday"])
def test_a_call_named_without_the_phone_is_a_call(title: str) -> None:
    text = ("U.S. President Joe Biden spoke with Chinese President Xi Jinping on Thursday, the White House "
            "said.")
    assert main_event(title, text, "en", date(2022, 7, 29)).type == "phone_call"


@pytest.mark.parametrize(("title", "text"), [
    ("US official says China trade deal near",
     "A senior U.S. official said in a call with reporters on Tuesday that a trade deal with China was "
     "near."),
    ("US, China differ on tariffs",
     "It is a close call between Washington and Beijing on tariffs, analysts said, with Vietnam in the "
     "middle."),
])
def test_a_call_with_reporters_or_a_close_call_is_no_call(title: str, text: str) -> None:
    assert all(e.type != "phone_call" for e in detect(title, text, "en").events)


# ---------------------------------------------------------------- 0.19.0: people of another time
@pytest.mark.parametrize(("text", "language", "absent"), [
    ("Vietnamese Deputy Foreign Minister Bui Thanh Son met Chinese State Councilor Wang Yi in Beijing on "
     "Tuesday. Earlier, Son held talks with Chinese Vice Foreign Minister Liu Zhenmin.", "en", "Liu Zhenmin"),
    ("Ngày 10/3, tại Bắc Kinh, Thứ trưởng Ngoại giao Bùi Thanh Sơn đã hội kiến Ủy viên Quốc vụ Trung Quốc "
     "Vương Nghị. Trước đó, Thứ trưởng Bùi Thanh Sơn đã hội đàm với Thứ trưởng Ngoại giao Trung Quốc Lưu "
     "Chấn Dân.", "vi", "Liu Zhenmin"),
    ("U.S. Defense Secretary Jim Mattis arrived in Hanoi on Wednesday for a two-day visit. Mattis is due to "
     "hold talks with Defence Minister Ngo Xuan Lich on Thursday.", "en", "Ngô Xuân Lịch"),
])
def test_people_of_an_act_of_another_time_are_not_the_events(text: str, language: str, absent: str) -> None:
    found = main_event("", text, language)
    assert absent not in found.people and len(found.people) >= 1


def test_people_of_a_coming_event_told_as_coming_stay() -> None:
    found = main_event("U.S., China to hold trade talks in Washington next week",
                       "Chinese Vice Premier Liu He will travel to Washington next week for trade talks with "
                       "U.S. Trade Representative Robert Lighthizer, the commerce ministry said on Thursday.",
                       "en", date(2019, 1, 24))
    assert {"Liu He", "Robert Lighthizer"} <= set(found.people)


# ---------------------------------------------------------------- 0.19.0: Chinese dates and datelines
def test_a_rank_or_a_programmes_name_says_no_will() -> None:
    found = main_event("越南国防部副部长阮志咏会见美国驻越大使",
                       "新华社河内3月5日电 越南国防部副部长阮志咏上将4日在河内会见美国驻越南大使"
                       "古健，双方就两国防务合作交换意见。", "zh-Hans", date(2019, 3, 5))
    assert found.date == "2019-03-04"
    found = detect("", "新华社河内3月5日电 根据两国战争遗留问题合作计划，越南外交部副部长裴青山4日在河内会见"
                       "美国副国务卿沙利文，双方就两国关系交换意见。", "zh-Hans", date(2019, 3, 5)).events
    assert [e.date for e in found if e.date] == ["2019-03-04"]


def test_a_compiled_dispatch_gives_its_day_and_no_city() -> None:
    found = main_event("美國宣布對越南部分鋼材課徵反傾銷稅",
                       "（中央社台北3日綜合外電報導）美國商務部2日宣布，對越南產部分鋼材課徵反傾銷稅，"
                       "越南工貿部表示遺憾。", "zh-Hant", date(2019, 7, 3))
    assert found.date == "2019-07-02" and found.place != "Taipei"


def test_a_general_s_rank_in_a_lead_sentence_is_no_act_to_come() -> None:
    # 上将会见: "General ... met", not "will meet" (`coming_act` holds the rank exclusion of `future_marks`):
    # the visit keeps the host who met its visitor.
    found = main_event("美国国防部长马蒂斯抵达河内",
                       "新华社河内1月24日电 美国国防部长马蒂斯24日抵达河内，开始对越南进行正式访问。"
                       "越南国防部长吴春历上将当天下午会见了马蒂斯。", "zh-Hans", date(2018, 1, 24))
    assert found.type == "visit" and "Ngô Xuân Lịch" in found.people


# ---------------------------------------------------------------- a measure judged by the other side
@pytest.mark.parametrize(("title", "text", "expected"), [
    ("China calls new U.S. chip curbs 'bullying'",
     "China's commerce ministry on Tuesday called new U.S. export controls on advanced chips \"bullying\" "
     "and vowed to take necessary measures.", ("criticize", "CHN", "USA")),
    ("Vietnam calls U.S. tariffs 'unfair'",
     "Vietnam's trade ministry on Tuesday called new U.S. tariffs on Vietnamese shrimp unfair and urged "
     "Washington to reconsider.", ("criticize", "VNM", "USA")),
    ("China brands U.S. sanctions illegal", "", ("criticize", "CHN", "USA")),
    ("中方称美国芯片出口管制是霸凌行径",
     "商务部发言人周二表示，美国新的芯片出口管制措施是典型的霸凌行径，中方将采取必要措施。",
     ("criticize", "CHN", "USA")),
    # Hard negatives: the measure told without a judgment of it, or its own side speaking of it.
    ("U.S. slaps sanctions on Chinese officials",
     "The United States on Tuesday imposed sanctions on Chinese officials it said were responsible for "
     "abuses in Xinjiang.", ("sanction", "USA", "CHN")),
    ("U.S. imposes tariffs on Vietnamese shrimp",
     "The U.S. Commerce Department said on Tuesday it would impose anti-dumping tariffs on shrimp from "
     "Vietnam, calling the imports unfairly priced.", ("trade_measure", "USA", "VNM")),
    ("U.S. says new visa restrictions on Chinese officials are a 'start'", "", ("sanction", "USA", "CHN")),
    ("White House calls tariffs on Vietnam 'reciprocal'",
     "The White House called the tariffs on Vietnam \"reciprocal\" and said they would take effect "
     "Wednesday.",
     ("trade_measure", "USA", "VNM")),
    ("U.S. calls for sanctions on China over Xinjiang",
     "The United States called for sanctions on China over the human rights violation in Xinjiang.",
     ("sanction", "USA", "CHN")),
    ("美国对中国企业实施制裁", "美国商务部称对中国企业实施制裁是为了打击非法出口。",
     ("sanction", "USA", "CHN")),
])
def test_a_measure_the_other_side_judges_is_its_criticism(title: str, text: str,
                                                           expected: tuple[str, str, str]) -> None:
    found = main_event(title, text, None)
    assert (found.type, found.actor, found.target) == expected


# ---------------------------------------------------------------- 0.25: condolences
@pytest.mark.parametrize(("title", "text", "language", "sides"), [
    ("Vietnam's president sends condolences to China over earthquake",
     "HANOI, May 14 (Reuters) - Vietnamese President Nguyen Minh Triet sent condolences on Wednesday to "
     "Chinese President Hu Jintao over the earthquake in Sichuan province that killed thousands.", "en",
     ("VNM", "CHN")),
    ("U.S. offers condolences on death of Vietnam's former leader",
     "WASHINGTON (Reuters) - The United States offered its condolences to Vietnam on Sunday over the death "
     "of former Prime Minister Vo Van Kiet, the State Department said.", "en", ("USA", "VNM")),
    ("Chủ tịch nước gửi điện chia buồn tới Trung Quốc về trận động đất",
     "Ngày 9/1, Chủ tịch nước Võ Văn Thưởng đã gửi điện chia buồn tới Chủ tịch Trung Quốc Tập Cận Bình về "
     "thiệt hại do trận động đất ở Tây Tạng gây ra.", "vi", ("VNM", "CHN")),
    ("Thủ tướng gửi điện thăm hỏi Hoa Kỳ sau cơn bão",
     "Ngày 30/8, Thủ tướng Phan Văn Khải đã gửi điện thăm hỏi tới Tổng thống Hoa Kỳ George W. Bush về những "
     "thiệt hại do cơn bão Katrina gây ra.", "vi", ("VNM", "USA")),
    ("习近平就越南台风灾害向越南国家主席致慰问电",
     "国家主席习近平9日就越南遭受台风灾害向越南国家主席苏林致慰问电，代表中国政府和人民表示深切慰问。",
     "zh-Hans", ("CHN", "VNM")),
])
def test_condolences_are_a_statement_not_praise(title: str, text: str, language: str,
                                                sides: tuple[str, str]) -> None:
    found = main_event(title, text, language)
    assert (found.type, found.actor, found.target) == ("statement", *sides)


@pytest.mark.parametrize(("title", "text", "language", "expected"), [
    # Congratulations stay praise.
    ("Vietnam's president congratulates Trump on election win",
     "HANOI (Reuters) - Vietnamese President Tran Dai Quang sent a message on Wednesday congratulating "
     "Donald Trump on his election as U.S. president.", "en", ("praise", "VNM", "USA")),
    ("Điện mừng Quốc khánh Trung Quốc",
     "Nhân dịp kỷ niệm 75 năm Quốc khánh, Tổng Bí thư Tô Lâm đã gửi điện mừng tới Tổng Bí thư, Chủ tịch nước "
     "Trung Quốc Tập Cận Bình.", "vi", ("praise", "VNM", "CHN")),
    ("习近平致电祝贺越南国家主席当选", "国家主席习近平22日致电祝贺梁强当选越南国家主席。", "zh-Hans",
     ("praise", "CHN", "VNM")),
    # Aid sent with condolences is the aid: it ranks before a statement.
    ("Vietnam offers condolences, aid to U.S. after hurricane",
     "HANOI (Reuters) - Vietnam sent condolences to the United States on Tuesday and pledged $100,000 in aid "
     "to victims of Hurricane Katrina.", "en", ("aid", "VNM", "USA")),
])
def test_congratulations_and_aid_beside_condolences_keep_their_type(
        title: str, text: str, language: str, expected: tuple[str, str, str]) -> None:
    found = main_event(title, text, language)
    assert (found.type, found.actor, found.target) == expected


# ---------------------------------------------------------------- 0.25: "telephoned"
@pytest.mark.parametrize(("title", "text", "sides"), [
    ("Biden telephones Vietnam's new party chief",
     "WASHINGTON (Reuters) - U.S. President Joe Biden telephoned Vietnamese Communist Party chief To Lam on "
     "Tuesday to discuss trade and the South China Sea, the White House said.", ("USA", "VNM")),
    ("Chinese premier, Vietnamese PM discuss flood relief",
     "BEIJING (Reuters) - Chinese Premier Li Qiang telephoned Vietnamese Prime Minister Pham Minh Chinh on "
     "Monday and offered help after deadly floods in northern Vietnam, state media said.", ("CHN", "VNM")),
])
def test_a_leader_who_telephoned_made_a_call(title: str, text: str, sides: tuple[str, str]) -> None:
    found = main_event(title, text, "en")
    assert (found.type, found.actor, found.target) == ("phone_call", *sides)


def test_a_reporters_telephone_leaves_the_headlines_protest() -> None:
    found = main_event("Vietnam protests Chinese fishing ban",
                       "HANOI (Reuters) - Vietnam's foreign ministry on Friday protested China's annual "
                       "fishing ban in the South China Sea, a ministry official said when telephoned by "
                       "Reuters.", "en")
    assert (found.type, found.actor, found.target) == ("protest", "VNM", "CHN")


# ---------------------------------------------------------------- 0.25: what a visitor or caller pressed for
@pytest.mark.parametrize(("title", "text", "language", "kind"), [
    ("Blinken presses China's Wang on fentanyl",
     "BEIJING (Reuters) - U.S. Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in "
     "Beijing on Friday, urging China to curb exports of the chemicals used to make fentanyl.", "en", "meet"),
    ("Biden presses Xi on fentanyl, Taiwan",
     "WASHINGTON (Reuters) - U.S. President Joe Biden spoke by phone with Chinese President Xi Jinping on "
     "Tuesday and pressed him to curb fentanyl exports, the White House said.", "en", "phone_call"),
    ("Ngoại trưởng Mỹ hối thúc Trung Quốc kiềm chế Triều Tiên",
     "Ngày 5/7, Ngoại trưởng Mỹ Antony Blinken đã hội đàm với Ngoại trưởng Trung Quốc Vương Nghị tại Bắc "
     "Kinh, hối thúc Trung Quốc sử dụng ảnh hưởng đối với Triều Tiên.", "vi", "meet"),
    ("布林肯敦促中方管控芬太尼",
     "美国国务卿布林肯18日在北京会见中国外长王毅，敦促中方加强管控芬太尼前体化学品出口。", "zh-Hans", "meet"),
])
def test_an_appeal_pressed_at_an_encounter_is_the_encounter(title: str, text: str, language: str,
                                                            kind: str) -> None:
    found = detect(title, text, language).events
    assert (found[0].type, found[0].actor, found[0].target) == (kind, "USA", "CHN")
    assert any(e.type in ("appeal", "demand") for e in found[1:])  # the appeal stays an event


@pytest.mark.parametrize(("title", "text", "language", "expected"), [
    # The meeting told after the urging, in an aside, is of another day.
    ("U.S. urges China to rein in North Korea",
     "WASHINGTON (Reuters) - The United States on Monday urged China to use its influence to rein in North "
     "Korea, a day after Secretary of State Rex Tillerson met Chinese Foreign Minister Wang Yi in Beijing.",
     "en", ("appeal", "USA", "CHN")),
    # A meeting of another sentence, of another time.
    ("U.S. urges China to rein in North Korea",
     "WASHINGTON (Reuters) - The United States on Monday urged China to use its influence to rein in North "
     "Korea. Secretary of State Rex Tillerson met Chinese Foreign Minister Wang Yi in Beijing last month.",
     "en", ("appeal", "USA", "CHN")),
    # A call after the urging is its background.
    ("Mỹ kêu gọi Trung Quốc kiềm chế ở Biển Đông",
     "Ngày 12/5, Bộ Ngoại giao Mỹ kêu gọi Trung Quốc kiềm chế, sau khi Ngoại trưởng Mỹ điện đàm với Ngoại "
     "trưởng Trung Quốc Vương Nghị hôm 10/5.", "vi", ("appeal", "USA", "CHN")),
    # An envoy met at home to be told a demand: the demand.
    ("Việt Nam yêu cầu Trung Quốc rút giàn khoan",
     "Chiều 4/5, Thứ trưởng Bộ Ngoại giao Hồ Xuân Sơn đã gặp Đại sứ Trung Quốc tại Hà Nội, yêu cầu phía "
     "Trung Quốc rút giàn khoan Hải Dương 981 ra khỏi vùng biển Việt Nam.", "vi", ("demand", "VNM", "CHN")),
    ("Vietnam demands China withdraw oil rig",
     "HANOI (Reuters) - Vietnam's deputy foreign minister met China's ambassador in Hanoi on Sunday and "
     "demanded that China withdraw its oil rig from Vietnamese waters.", "en", ("demand", "VNM", "CHN")),
])
def test_an_appeal_beside_an_encounter_not_pressed_at_it_stays(title: str, text: str, language: str,
                                                               expected: tuple[str, str, str]) -> None:
    found = main_event(title, text, language)
    assert (found.type, found.actor, found.target) == expected


# ---------------------------------------------------------------- 0.25: a capital glued to 抵
@pytest.mark.parametrize(("title", "text", "sides"), [
    ("美国国务卿抵北京 与王毅举行会谈", "美国国务卿布林肯18日抵达北京，与中国外长王毅举行会谈。",
     ("USA", "CHN")),
    ("越南总理抵华盛顿 将出席核安全峰会",
     "越南总理阮晋勇30日抵达华盛顿，将出席第四届核安全峰会并会见美国总统。", ("VNM", "USA")),
])
def test_a_headlines_arrival_in_a_capital_is_the_visit_before_its_talks(title: str, text: str,
                                                                        sides: tuple[str, str]) -> None:
    found = main_event(title, text, "zh-Hans")
    assert (found.type, found.actor, found.target) == ("visit", *sides)


def test_an_arrival_told_with_its_visit_stays_the_visit() -> None:
    found = main_event("中国国防部长抵河内 开始正式访问",
                       "中国国防部长魏凤和21日抵达河内，开始对越南进行正式访问。", "zh-Hans")
    assert (found.type, found.actor, found.target) == ("visit", "CHN", "VNM")


@pytest.mark.parametrize(("title", "text", "giver"), [
    ("中国援助越南的医疗物资运抵河内",
     "中国政府援助越南的一批医疗物资15日运抵河内，中国驻越南大使出席交接仪式。", "CHN"),
    ("美国援助越南的防疫物资运抵河内", "美国国际开发署援助越南的一批防疫物资3日运抵河内内排机场。", "USA"),
])
def test_goods_shipped_to_a_capital_are_no_arrival(title: str, text: str, giver: str) -> None:
    found = main_event(title, text, "zh-Hans")
    assert (found.type, found.actor, found.target) == ("aid", giver, "VNM")


# ---------------------------------------------------------------- 0.25: a deal's long name, then its force
def test_a_deal_named_at_length_that_takes_effect_is_a_signing() -> None:
    found = main_event("Hiệp định Vận tải hàng không Việt - Mỹ chính thức có hiệu lực",
                       "Ngày 1/6, Hiệp định Vận tải hàng không giữa Việt Nam và Hoa Kỳ chính thức có hiệu "
                       "lực sau khi hai bên trao đổi công hàm.", "vi")
    assert found.type == "sign_agreement" and {found.actor, found.target} == {"VNM", "USA"}


def test_a_measure_taking_effect_after_a_break_leaves_the_talks_on_a_deal() -> None:
    found = main_event("Mỹ và Việt Nam đàm phán hiệp định thương mại, thuế mới có hiệu lực từ tháng 8",
                       "", "vi")
    assert found.type == "negotiate" and {found.actor, found.target} == {"VNM", "USA"}


# ---------------------------------------------------------------- 0.25: what a government "says" of another
@pytest.mark.parametrize(("title", "text", "language"), [
    ("U.S. says China's drills near Taiwan are destabilising",
     "WASHINGTON (Reuters) - The United States said on Friday it was deeply concerned about China's "
     "large-scale military drills around Taiwan, urging Beijing to show restraint.", "en"),
    ("Mỹ nói hoạt động của tàu Trung Quốc gây bất ổn khu vực",
     "Ngày 5/8, Bộ Ngoại giao Mỹ cho biết Mỹ quan ngại sâu sắc về việc Trung Quốc tiếp tục can thiệp vào "
     "các hoạt động dầu khí của Việt Nam ở Biển Đông.", "vi"),
])
def test_what_a_government_says_is_the_criticism_its_lead_tells(title: str, text: str, language: str) -> None:
    found = main_event(title, text, language)
    assert (found.type, found.actor, found.target) == ("criticize", "USA", "CHN")


@pytest.mark.parametrize(("title", "text", "expected"), [
    # The criticism is the other side's.
    ("U.S. says it will keep sailing in South China Sea",
     "WASHINGTON (Reuters) - The United States will keep sailing and flying wherever international law "
     "allows, the Pentagon said on Tuesday, a day after China criticised the latest U.S. patrol near the "
     "Spratly Islands.", ("statement", "USA", "CHN")),
    # A welcome of a thing is its own statement.
    ("Vietnam says it welcomes U.S. currency decision",
     "HANOI (Reuters) - Vietnam's central bank said on Saturday it welcomed the U.S. Treasury's decision not "
     "to label it a currency manipulator and would address U.S. concerns.", ("statement", "VNM", "USA")),
])
def test_what_a_government_says_beside_no_criticism_of_its_own_stays_a_statement(
        title: str, text: str, expected: tuple[str, str, str]) -> None:
    found = main_event(title, text, "en")
    assert (found.type, found.actor, found.target) == expected


@pytest.mark.parametrize(("title", "text", "expected"), [
    # A ministry's colon in the headline says as a verb of saying does.
    ("外交部：美方有关言论罔顾事实",
     "外交部发言人华春莹今天在例行记者会上表示，美方有关官员的言论罔顾事实，中方对此强烈不满。",
     ("criticize", "CHN", "USA")),
    ("外交部：越方有关言论不符合事实",
     "外交部发言人今天在例行记者会上表示，越方有关言论不符合事实，中方对此表示强烈不满。",
     ("criticize", "CHN", "VNM")),
    # A welcome, or words with no criticism in the lead, stay a statement.
    ("外交部：中方欢迎美方作出的决定", "外交部发言人今天表示，中方欢迎美方作出的有关决定。",
     ("statement", "CHN", "USA")),
    ("外交部：中美双方将继续保持沟通", "外交部发言人赵立坚今天表示，中美双方将继续就双边关系保持沟通。",
     ("statement", "CHN", "USA")),
])
def test_what_a_ministry_says_after_its_colon_is_the_criticism_its_lead_tells(
        title: str, text: str, expected: tuple[str, str, str]) -> None:
    found = main_event(title, text, "zh-Hans")
    assert (found.type, found.actor, found.target) == expected


# ---------------------------------------------------------------- 0.25: hard negatives of the rules above
@pytest.mark.parametrize(("title", "text", "language", "expected"), [
    # A friendly remark, a purchase or an announcement, the criticism a second clause after a contrast.
    ("U.S. says Hanoi a key partner",
     "WASHINGTON (Reuters) - The State Department said on Thursday Vietnam was a key partner in the region, "
     "but voiced concern over the jailing of a blogger.", "en", ("statement", "USA", "VNM")),
    ("China says it will import more U.S. corn",
     "BEIJING (Reuters) - China's commerce ministry said on Monday it would import more U.S. corn, though it "
     "criticised Washington's new chip curbs.", "en", ("statement", "CHN", "USA")),
    ("外交部：中方愿同越方加强合作",
     "外交部发言人今天表示，中方愿同越方加强务实合作，同时对越方在有关岛礁的建设行为表示严重关切。",
     "zh-Hans",
     ("statement", "CHN", "VNM")),
    ("发言人：中方已向越方说明情况",
     "外交部发言人今天表示，中方已就渔船事件向越方说明情况，并对越方扣押中国渔民表示严重关切。", "zh-Hans",
     ("statement", "CHN", "VNM")),
    ("Mỹ nói sẽ cử đoàn thương mại tới Việt Nam",
     "Ngày 3/6, Bộ Ngoại giao Mỹ cho biết sẽ cử đoàn thương mại tới Việt Nam, đồng thời bày tỏ quan ngại về "
     "việc bắt giữ một nhà hoạt động.", "vi", ("statement", "USA", "VNM")),
])
def test_a_statement_beside_an_aside_of_criticism_stays_a_statement(
        title: str, text: str, language: str, expected: tuple[str, str, str]) -> None:
    found = main_event(title, text, language)
    assert (found.type, found.actor, found.target) == expected


@pytest.mark.parametrize(("title", "text", "language", "expected"), [
    # An ambassador met at home, the city only in the dateline.
    ("China demands U.S. halt Taiwan arms sales",
     "BEIJING (Reuters) - Chinese Vice Foreign Minister Xie Feng met U.S. Ambassador Nicholas Burns on "
     "Friday and demanded that Washington halt arms sales to Taiwan.", "en", ("demand", "CHN", "USA")),
    # An embassy official, at the ministry's building.
    ("Việt Nam yêu cầu Trung Quốc rút tàu hải cảnh",
     "Chiều 20/7, Thứ trưởng Bộ Ngoại giao Lê Hoài Trung đã gặp Đại sứ Trung Quốc Hùng Ba tại trụ sở Bộ "
     "Ngoại giao, yêu cầu Trung Quốc rút tàu hải cảnh khỏi vùng biển Việt Nam.", "vi",
     ("demand", "VNM", "CHN")),
    # The city before the verb, in Chinese.
    ("越南要求中方撤走钻井平台",
     "越南外交部副部长胡春山5日在河内会见中国驻越南大使洪小勇，要求中方撤走钻井平台。", "zh-Hans",
     ("demand", "VNM", "CHN")),
    ("中方敦促美方停止售台武器", "外交部副部长谢锋4日会见美国驻华大使伯恩斯，敦促美方停止售台武器。",
     "zh-Hans",
     ("demand", "CHN", "USA")),
    # Talks of another day, in a leading clause.
    ("Blinken urges China to stop aiding Russia",
     "WASHINGTON (Reuters) - After talks with Chinese Foreign Minister Wang Yi in Munich on Friday, U.S. "
     "Secretary of State Antony Blinken on Sunday urged China to stop aiding Russia's war.", "en",
     ("demand", "USA", "CHN")),
    ("Mỹ kêu gọi Trung Quốc ngừng hỗ trợ Nga",
     "Sau cuộc hội đàm với Ngoại trưởng Trung Quốc Vương Nghị tại Munich ngày 16/2, Ngoại trưởng Mỹ Antony "
     "Blinken ngày 18/2 kêu gọi Trung Quốc ngừng hỗ trợ Nga.", "vi", ("demand", "USA", "CHN")),
])
def test_a_demarche_or_an_earlier_meeting_leaves_the_demand_first(
        title: str, text: str, language: str, expected: tuple[str, str, str]) -> None:
    found = main_event(title, text, language)
    assert (found.type, found.actor, found.target) == expected


@pytest.mark.parametrize(("title", "text", "expected"), [
    # Goods, vaccines, a train, animals or a team arriving are no visit.
    ("美国捐赠越南的疫苗抵河内", "美国捐赠越南的一批新冠疫苗25日抵河内。", ("aid", "USA", "VNM")),
    ("中国援越物资送抵河内", "中国政府援助越南的一批物资4日送抵河内，中国驻越南大使出席交接仪式。",
     ("aid", "CHN", "VNM")),
    ("美国援助越南的一批救灾物资抵河内", "美国援助越南的一批救灾物资12日抵河内。", ("aid", "USA", "VNM")),
    ("首趟中越班列抵河内", "", None),
    ("大熊猫“美香”“添添”抵华盛顿", "中国大熊猫“美香”“添添”15日抵华盛顿，将在美国国家动物园生活十年。", None),
    ("中国救援队抵河内 协助越方抗洪", "中国救援队一行20人11日抵河内，将协助越方抗洪。", None),
])
def test_what_is_no_person_arriving_in_a_capital_is_no_visit(title: str, text: str,
                                                             expected: tuple[str, str, str] | None) -> None:
    events = detect(title, text, "zh-Hans").events
    if expected is None:
        assert all(e.type != "visit" for e in events)
    else:
        assert (events[0].type, events[0].actor, events[0].target) == expected


@pytest.mark.parametrize(("title", "text", "expected"), [
    # "telephones" is a noun in trade copy.
    ("U.S. bars Chinese telephones from federal offices", "", ("sanction", "USA", "CHN")),
    ("U.S. spares Chinese-made telephones and laptops from new tariffs", "", ("trade_measure", "USA", "CHN")),
])
def test_telephones_are_goods_not_a_call(title: str, text: str, expected: tuple[str, str, str]) -> None:
    found = main_event(title, text, "en")
    assert (found.type, found.actor, found.target) == expected


@pytest.mark.parametrize(("title", "text"), [
    ("China protests U.S. warship transit",
     "BEIJING (Reuters) - China lodged a protest with the United States on Wednesday over a warship transit. "
     "The U.S. embassy in Beijing did not respond when telephoned for comment."),
    ("China criticises U.S. visa curbs",
     "BEIJING (Reuters) - China on Tuesday criticised new U.S. visa curbs. Reuters telephoned the U.S. "
     "embassy in Beijing, which declined to comment."),
    ("China says U.S. diplomats telephoned Taiwan officials",
     "BEIJING (Reuters) - China's foreign ministry on Monday criticised the United States after U.S. embassy "
     "staff telephoned Taiwanese officials, calling it interference."),
])
def test_a_reporters_or_a_third_partys_call_is_no_call_of_the_pair(title: str, text: str) -> None:
    assert all(e.type != "phone_call" for e in detect(title, text, "en").events)


@pytest.mark.parametrize("title", [
    "Việt Nam và Mỹ đàm phán thỏa thuận thương mại khi mức thuế mới của Mỹ có hiệu lực",
    "Mỹ và Trung Quốc tiếp tục đàm phán hiệp định thương mại khi thuế quan mới có hiệu lực",
])
def test_a_tariff_taking_effect_in_another_clause_concludes_no_deal(title: str) -> None:
    found = main_event(title, "", "vi")
    assert found.type == "negotiate"


def test_aid_thanked_for_is_not_the_thankers() -> None:
    events = detect("Vietnam thanks China for condolences over floods",
                    "HANOI (Reuters) - Vietnam's foreign ministry on Thursday thanked China for its "
                    "condolences and relief aid after floods killed dozens in central Vietnam.", "en").events
    assert not any(e.type == "aid" and e.actor == "VNM" for e in events)


# ---------------------------------------------------------------- opposition negated (grammar `opposing`)
# What a side says it will not oppose or has no objection to is a statement of what it will let be, not a
# protest or criticism; opposition told with "not only", "strongly", "không chỉ", "坚决" stays one.
@pytest.mark.parametrize(("title", "text", "language", "published", "act"), [
    ("U.S. will not oppose IMF help for Vietnam",
     "WASHINGTON (Reuters) - The United States will not oppose international efforts to clear Vietnam's "
     "arrears to the International Monetary Fund, a State Department spokesman said on Friday.",
     "en", date(1993, 7, 2), ("statement", "USA", "VNM")),
    ("China has no objection to Vietnam joining Pacific trade pact",
     "BEIJING (Reuters) - China has no objection to Vietnam joining the Trans-Pacific Partnership, a "
     "foreign ministry spokesman said on Monday.",
     "en", date(2015, 10, 5), ("statement", "CHN", "VNM")),
    ("Vietnam does not oppose U.S. role in South China Sea",
     "HANOI (Reuters) - Vietnam does not oppose a U.S. role in keeping shipping lanes in the South China Sea "
     "open, a foreign ministry spokesman said on Tuesday.",
     "en", date(2016, 6, 7), ("statement", "VNM", "USA")),
    ("Mỹ sẽ không phản đối Việt Nam giải quyết nợ với IMF",
     "Người phát ngôn Bộ Ngoại giao Mỹ ngày 2/7 cho biết Mỹ sẽ không phản đối các nỗ lực quốc tế giúp Việt "
     "Nam thanh toán khoản nợ quá hạn với Quỹ Tiền tệ Quốc tế.",
     "vi", date(1993, 7, 3), ("statement", "USA", "VNM")),
    ("Việt Nam không phản đối Mỹ tăng cường hợp tác với các nước trong khu vực",
     "Người phát ngôn Bộ Ngoại giao Lê Hải Bình ngày 5/6 cho biết Việt Nam không phản đối việc Mỹ tăng cường "
     "hợp tác với các nước trong khu vực vì hòa bình, ổn định.",
     "vi", date(2016, 6, 5), ("statement", "VNM", "USA")),
    ("美国不反对越南清偿国际货币基金组织欠款",
     "新华社华盛顿7月2日电 美国国务院发言人2日表示，美国不反对国际社会帮助越南清偿拖欠国际货币基金组织的"
     "债务。",
     "zh", date(1993, 7, 3), ("statement", "USA", "VNM")),
    ("中共表示不會反對越南加入亞太經合會",
     "中共外交部發言人今天表示，中國不會反對越南加入亞太經濟合作會議。",
     "zh", date(1998, 11, 10), ("statement", "CHN", "VNM")),
])
def test_opposition_negated_is_a_statement(title: str, text: str, language: str, published: date,
                                           act: tuple[str, str, str]) -> None:
    found = main_event(title, text, language, published)
    assert (found.type, found.actor, found.target) == act


@pytest.mark.parametrize(("title", "text", "language", "sides"), [
    ("China strongly opposes U.S. arms sale to Taiwan",
     "BEIJING (Reuters) - China strongly opposes the U.S. decision to sell arms to Taiwan, a foreign "
     "ministry spokesman said on Thursday.", "en", ("CHN", "USA")),
    ("China not only opposes U.S. sanctions on its firms, ministry says",
     "BEIJING (Reuters) - China not only opposes the new U.S. sanctions on Chinese firms, it firmly rejects "
     "them, the commerce ministry said on Friday.", "en", ("CHN", "USA")),
    ("Việt Nam không chỉ phản đối việc Trung Quốc triển khai tên lửa trên đảo Phú Lâm",
     "Người phát ngôn Bộ Ngoại giao cho biết Việt Nam không chỉ phản đối việc Trung Quốc triển khai tên lửa "
     "trên đảo Phú Lâm thuộc quần đảo Hoàng Sa của Việt Nam.", "vi", ("VNM", "CHN")),
    ("Việt Nam phản đối, không công nhận cái gọi là thành phố Tam Sa của Trung Quốc",
     "Người phát ngôn Bộ Ngoại giao khẳng định Việt Nam phản đối và không công nhận việc Trung Quốc thành "
     "lập cái gọi là thành phố Tam Sa.", "vi", ("VNM", "CHN")),
    ("Trung Quốc không ngừng phản đối tàu Mỹ qua eo biển Đài Loan",
     "Bộ Ngoại giao Trung Quốc không ngừng phản đối việc tàu chiến Mỹ đi qua eo biển Đài Loan.", "vi",
     ("CHN", "USA")),
    ("中方坚决反对美方对台军售",
     "外交部发言人今天表示，中方坚决反对美方对台军售。", "zh", ("CHN", "USA")),
    ("中方对美方做法表示不满，反对美国干涉中国内政",
     "外交部发言人今天表示，中方对美方做法表示不满，反对美国干涉中国内政。", "zh", ("CHN", "USA")),
])
def test_opposition_not_negated_stays_a_protest_or_criticism(title: str, text: str, language: str,
                                                            sides: tuple[str, str]) -> None:
    found = main_event(title, text, language)
    assert found.type in ("protest", "criticize") and (found.actor, found.target) == sides


@pytest.mark.parametrize(("title", "text", "act"), [
    ("Xi urges Biden to oppose Taiwan independence",
     "BEIJING (Reuters) - Chinese President Xi Jinping urged U.S. President Joe Biden on a phone call to "
     "oppose Taiwan independence.", ("appeal", "CHN", "USA")),
])
def test_oppose_unnegated_is_no_act_of_its_own(title: str, text: str, act: tuple[str, str, str]) -> None:
    """English "oppose", a lexicon word for its negation, tells no act of its own: an opposition asked for
    is the asking."""
    found = main_event(title, text, "en")
    assert (found.type, found.actor, found.target) == act


def test_an_opposition_agreed_on_is_no_criticism() -> None:
    found = main_event("China, Vietnam agree to jointly oppose trade protectionism",
                       "HANOI (Reuters) - Chinese and Vietnamese leaders agreed on Friday to jointly oppose "
                       "trade protectionism during talks in Hanoi.", "en")
    assert found.type not in ("protest", "criticize")
