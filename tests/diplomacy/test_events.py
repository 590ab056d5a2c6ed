"""Events an analyst can count on: the main event first, its type and direction, its people."""

from __future__ import annotations

import json

import pytest

from extractors.core.models import Event
from extractors.diplomacy import detect
from tests import FIXTURES
from tests.cases import cases

SEED = FIXTURES / "diplomacy" / "seed_000.txt"
CASES = FIXTURES / "diplomacy" / "cases" / "test_events.toml"


def events(title: str, text: str = "", language: str | None = None) -> list[Event]:
    """The detector's events of a relevant story."""
    detection = detect(title, text, language)
    assert detection.relevant, (title, text)
    return list(detection.events)


def sides(event: Event) -> tuple[str, str, str]:
    return event.type, event.actor, event.target


# ---------------------------------------------------------------- the main event
def test_main_event_is_listed_first_and_flagged() -> None:
    found = events("Thủ tướng Nguyễn Xuân Phúc bắt đầu chuyến thăm chính thức Mỹ",
                   "Thủ tướng Nguyễn Xuân Phúc bắt đầu chuyến thăm chính thức Mỹ và hội đàm với Tổng thống "
                   "Donald Trump tại Nhà Trắng.")
    assert [e.main for e in found] == [True] + [False] * (len(found) - 1)
    assert sides(found[0]) == ("visit", "VNM", "USA")


def test_seed_gives_both_visits_to_vietnam_with_their_people() -> None:
    found = events("", SEED.read_text(encoding="utf-8"))
    visits = {(e.actor, e.target): e for e in found if e.type == "visit"}
    assert {("CHN", "VNM"), ("USA", "VNM")} <= set(visits)
    # The time clause ("When the US President Biden was about to visit Vietnam, ...") is the backdrop:
    # the lead is about Liu Jianchao's visit, and the Vietnamese leader he met is one of its people.
    assert found[0].main and sides(found[0]) == ("visit", "CHN", "VNM")
    assert {"Liu Jianchao", "Nguyễn Phú Trọng"} <= set(visits[("CHN", "VNM")].people)
    assert "Joe Biden" not in visits[("CHN", "VNM")].people
    assert "Joe Biden" in visits[("USA", "VNM")].people


# The main event (the first listed) of a story: its (type, actor, target), or its type alone; each case's
# id names the rule and the case.
@cases(CASES, "main_events", "title, lead, language, expected")
def test_the_main_event(title: str, lead: str, language: str | None,
                        expected: str | tuple[str, str, str]) -> None:
    first = events(title, lead, language)[0]
    assert (sides(first) if isinstance(expected, tuple) else first.type) == expected


# ---------------------------------------------------------------- direction
def test_visiting_names_the_traveller() -> None:
    found = events("Chinese State Councilor meets visiting Vietnamese Foreign Minister",
                   "Chinese State Councilor Dai Bingguo met visiting Vietnamese Foreign Minister Pham Binh "
                   "Minh on Monday.")
    visit = next(e for e in found if e.type == "visit")
    assert (visit.actor, visit.target) == ("VNM", "CHN")
    # The meeting lists the visitor first, like the visit.
    assert sides(found[0]) == ("meet", "VNM", "CHN")


def test_the_host_of_a_known_visit_is_the_host() -> None:
    found = events("Đón Chủ tịch Quốc hội Vương Đình Huệ tại sân bay Bắc Kinh",
                   "Đón Chủ tịch Quốc hội Vương Đình Huệ tại sân bay quốc tế Thủ đô Bắc Kinh có Phó ủy viên "
                   "trưởng Nhân đại toàn quốc Trung Quốc. Chủ tịch Quốc hội Vương Đình Huệ thăm chính thức "
                   "Trung Quốc từ ngày 7 đến 12/4.")
    host = next(e for e in found if e.type == "host_visit")
    assert (host.actor, host.target) == ("CHN", "VNM")
    # Hard negative: the host named first stays the host.
    first = events("Thủ tướng Phạm Minh Chính đón Thủ tướng Trung Quốc Lý Cường tại Hà Nội")
    assert sides(first[0]) == ("host_visit", "VNM", "CHN")


# ---------------------------------------------------------------- type
def test_agreeing_is_no_signing() -> None:
    agreed = events("Vietnam, US agree to keep communication channels open",
                    "Vietnam and the United States agreed to keep communication channels open, "
                    "officials said.")
    assert "sign_agreement" not in {e.type for e in agreed}
    talks = events("Xi and Biden meet, agree to keep communication channels open")
    assert talks[0].type == "meet"
    # Hard negative: a signing is a signing.
    signed = events("Vietnam and US sign trade agreement",
                    "Vietnam and the United States signed a trade agreement in Hanoi on Monday.")
    assert signed[0].type == "sign_agreement"


def test_a_call_told_apart_from_its_verb_is_a_call() -> None:
    found = events("US-China ties after the pandemic call",
                   "A day later, Mr Trump spoke to his Chinese counterpart Xi Jinping by phone, and both "
                   "leaders pledged cooperation.")
    assert "phone_call" in {e.type for e in found}


# ---------------------------------------------------------------- people
def test_people_of_the_lead_take_part_in_the_main_event() -> None:
    found = events("Tổng thống Mỹ chúc mừng Chủ tịch nước Việt Nam",
                   "Trong thư gửi Chủ tịch nước Tô Lâm, Tổng thống Joe Biden đánh giá cao quan hệ hai nước.")
    assert sides(found[0]) == ("praise", "USA", "VNM")
    assert set(found[0].people) == {"Joe Biden", "Tô Lâm"}
    # Hard negative: a lead sentence about a third country names no one of this event.
    other = events("Tổng thống Mỹ chúc mừng Chủ tịch nước Việt Nam",
                   "Trong thư gửi Chủ tịch nước Tô Lâm, Tổng thống Joe Biden nhắc tới Chủ tịch Trung Quốc "
                   "Tập Cận Bình.")
    assert "Xi Jinping" not in other[0].people


def test_one_meeting_told_either_way_is_one_event_with_everyone() -> None:
    found = events("Trung Quốc và Mỹ khởi động đối thoại ngoại giao và an ninh",
                   "Ngày 21/6, Trung Quốc và Mỹ khởi động cuộc đối thoại ngoại giao và an ninh tại "
                   "Washington. "
                   "Tham dự cuộc đối thoại có Ngoại trưởng Mỹ Rex Tillerson và Ủy viên Quốc vụ Trung "
                   "Quốc Dương "
                   "Khiết Trì.")
    talks = [e for e in found if e.type == "negotiate"]
    assert len(talks) == 1 and {"Rex Tillerson", "Yang Jiechi"} <= set(talks[0].people)


def test_an_earlier_trip_told_deep_in_the_story_adds_no_one() -> None:
    filler = " ".join(f"Đoạn {i} nói về thời tiết và giá lúa ở đồng bằng sông Cửu Long." for i in range(12))
    found = events("Thủ tướng Nguyễn Xuân Phúc thăm chính thức Mỹ",
                   f"Thủ tướng Nguyễn Xuân Phúc thăm chính thức Mỹ từ ngày 29 đến 31/5. {filler} Năm 2005, "
                   "Thủ tướng Phan Văn Khải thăm chính thức Mỹ và gặp Tổng thống George W. Bush.")
    assert sides(found[0]) == ("visit", "VNM", "USA")
    assert "Phan Văn Khải" not in found[0].people and "George W. Bush" not in found[0].people
    # Hard negative: the same report in the lead does name them.
    near = events("Thủ tướng Nguyễn Xuân Phúc thăm chính thức Mỹ",
                  "Thủ tướng Nguyễn Xuân Phúc thăm chính thức Mỹ từ ngày 29 đến 31/5. Năm 2005, Thủ "
                  "tướng Phan "
                  "Văn Khải thăm chính thức Mỹ và gặp Tổng thống George W. Bush.")
    assert "Phan Văn Khải" in near[0].people


def test_a_visit_names_the_people_of_its_meetings() -> None:
    found = events("Liu Jianchao visits Vietnam",
                   "Liu Jianchao led a three-day visit to Vietnam. Liu Jianchao and Nguyen Phu Trong met to "
                   "strengthen ties.")
    visit = next(e for e in found if e.type == "visit")
    assert {"Liu Jianchao", "Nguyễn Phú Trọng"} <= set(visit.people)
    # Hard negative: a meeting of another pair adds no one to the visit.
    other = events("Liu Jianchao visits Vietnam",
                   "Liu Jianchao led a three-day visit to Vietnam. Joe Biden and Nguyen Phu Trong met in "
                   "Hanoi later that week.")
    assert "Joe Biden" not in next(e for e in other if e.type == "visit").people


def test_a_visit_names_the_people_of_the_trips_other_encounters_its_main_meeting_does_not() -> None:
    # The visitor's talks with another host on the next day are the visit's, told past the lead's window.
    found = events("拜登抵达河内访问",
                   "新华社河内9月10日电 美国总统拜登10日抵达河内，对越南进行访问。"
                   "越共中央总书记阮富仲当天同拜登举行会谈。双方发表联合声明。"
                   "越南外交部表示，新的关系框架不针对任何第三方。拜登11日还同越南政府总理范明政举行会谈。")
    assert sides(found[0]) == ("visit", "USA", "VNM")
    assert {"Joe Biden", "Nguyễn Phú Trọng", "Phạm Minh Chính"} <= set(found[0].people)
    # Hard negative: of a meeting that is the main event, the principal's other talks add no one.
    meeting = events("Trong holds talks with Biden in Hanoi",
                     "HANOI (Reuters) - Communist Party chief Nguyen Phu Trong held talks with U.S. "
                     "President Joe Biden in Hanoi on Sunday. Biden on Monday also held talks with Prime "
                     "Minister Pham Minh Chinh before leaving for Alaska.")
    assert sides(meeting[0])[0] == "meet" and "Phạm Minh Chính" not in meeting[0].people


def test_a_headline_encounter_with_one_country_takes_the_other_from_the_lead() -> None:
    found = events("Chủ tịch Quốc hội Vương Đình Huệ bắt đầu thăm chính thức Trung ...",
                   "Chiều 7-4, Chủ tịch Quốc hội Vương Đình Huệ và Đoàn đại biểu cấp cao Việt Nam đã tới Bắc "
                   "Kinh, bắt đầu chuyến thăm chính thức Trung Quốc.")
    assert found[0].main and sides(found[0]) == ("visit", "VNM", "CHN")
    # Hard negative: a headline that is no encounter is not completed; the lead's act is the event.
    acts = events("TQ quân sự hóa bất hợp pháp các đảo ở Hoàng Sa",
                  "Bộ Ngoại giao Việt Nam phản ứng việc Trung Quốc quân sự hóa các đảo thuộc quần đảo "
                  "Hoàng Sa.")
    assert sides(acts[0]) == ("statement", "VNM", "CHN")


# ---------------------------------------------------------------- the scorer
def test_scorer_meets_a_gold_day_without_year_with_a_full_date_of_that_day() -> None:
    from bench.eval_events import date_right

    # The labeller knew no year; the detector read one from the text: the same day.
    assert date_right("--05-31", "2017-05-31")
    # Hard negatives: a gold year is not met without one, nor another day of a full date.
    assert not date_right("2017-05-31", "--05-31")
    assert not date_right("--05-31", "2017-06-01")


@pytest.mark.parametrize("split", [f"heldout{n}" for n in range(3, 15)])
def test_scorer_reads_our_held_out_texts_from_git(split: str) -> None:
    from bench import eval_events as scorer

    gold = [json.loads(line) for line in scorer.GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    held = {g["id"] for g in gold if g["split"] == split}
    assert split in scorer.OURS
    # Every labelled item has its text in git, and the texts file holds no unlabelled item.
    assert held and held == set(scorer.load_texts(scorer.ours_texts(split)))


def test_scorer_lists_the_studied_parts_and_never_a_held_out_one(capsys: pytest.CaptureFixture[str]) -> None:
    from bench import eval_events as scorer

    gold = [json.loads(line) for line in scorer.GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    # dev and heldout3 to heldout22 are studied now (each scored as it came first); the others are held out.
    assert {"dev", *(f"heldout{n}" for n in range(3, 23))} <= scorer.STUDIED
    assert not {"heldout2", "heldout23", "heldout24", "heldout25"} & scorer.STUDIED
    held = {g["id"] for g in gold if g["split"] not in scorer.STUDIED}
    assert held
    wrong = dict.fromkeys(scorer.FIELDS, 0.0)
    parts = ("dev", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7")
    studied = [next(g["id"] for g in gold if g["split"] == s and g["main_event"]) for s in parts]
    scores = [scorer.Score(g["id"], "en", g["split"], None, wrong) for g in gold if g["id"] in held]
    scores += [scorer.Score(i, "vi", s, None, wrong) for i, s in zip(studied, parts, strict=True)]
    scorer.show(scores, scorer.GOLD)
    listed = capsys.readouterr().out
    assert all(i in listed for i in studied)
    assert not [i for i in held if i in listed]


def test_scorer_counts_type_confusions_without_naming_an_item(capsys: pytest.CaptureFixture[str]) -> None:
    from bench import eval_events as scorer

    gold = [json.loads(line) for line in scorer.GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    meets = [g for g in gold if g["main_event"] and g["main_event"]["type"] == "meet"][:3]
    right, wrong = dict.fromkeys(scorer.FIELDS, 1.0), {**dict.fromkeys(scorer.FIELDS, 1.0), "type": 0.0}
    got = Event(type="statement", cameo=None, actor="CHN", target="USA")
    scores = [scorer.Score(meets[0]["id"], "en", "dev", got, wrong),
              scorer.Score(meets[1]["id"], "zh", "dev", got, wrong),
              scorer.Score(meets[2]["id"], "vi", "dev", None, wrong),
              scorer.Score(gold[0]["id"], "en", "dev", got, right)]
    scorer.confusion(scores, scorer.GOLD)
    out = capsys.readouterr().out
    assert "3 of 4 main events" in out
    assert " meet -> statement          2  (1 0 1)" in out
    assert " meet -> (no event)         1  (0 1 0)" in out
    assert not [g["id"] for g in meets if g["id"] in out]


# ---------------------------------------------------------------- acts that are not the sentence's
def test_a_signing_that_only_qualifies_what_was_signed_is_no_signing() -> None:
    rest = "外交部发言人耿爽表示，中美双方团队正在努力沟通。"
    found = events("中国批准美国大米进口",
                   "中国海关总署宣布，根据中美双方签署的文件，批准美国大米进口，即日实施。" + rest, "zh-Hans")
    assert all(e.type != "sign_agreement" for e in found)
    # Hard negative: the signing told as the act is a signing.
    found = events("中美签署文件", "中美双方签署文件，中国批准美国大米进口，即日实施。" + rest, "zh-Hans")
    assert found[0].type == "sign_agreement"


def test_received_and_held_talks_is_a_meeting() -> None:
    found = events("Thủ tướng Nguyễn Xuân Phúc thăm chính thức Hoa Kỳ",
                   "Tổng thống Mỹ Donald Trump đã đón tiếp và hội đàm với Thủ tướng Nguyễn Xuân Phúc.")
    main = found[0]
    assert main.type == "visit"
    talks = [e for e in found if e.type in ("meet", "host_visit")]
    assert sides(talks[0]) == ("meet", "VNM", "USA")
    # Hard negative: a reception told alone is the host's side of the visit.
    found = events("Thủ tướng Nguyễn Xuân Phúc thăm chính thức Hoa Kỳ",
                   "Tổng thống Mỹ Donald Trump đã đón tiếp Thủ tướng Nguyễn Xuân Phúc.")
    assert [sides(e) for e in found if e.type in ("meet", "host_visit")][0] == ("host_visit", "USA", "VNM")


def test_a_visit_names_the_people_of_its_entourage_list() -> None:
    title = "Thủ tướng Trung Quốc Lý Cường thăm chính thức Việt Nam"
    lead = "Sáng 13/10, Thủ tướng Phạm Minh Chính chủ trì lễ đón Thủ tướng Trung Quốc Lý Cường tại Hà Nội."
    listed = " Tháp tùng Thủ tướng Lý Cường có Bộ trưởng Bộ Thương mại Trung Quốc Vương Văn Đào."
    assert "Wang Wentao" in events(title, lead + listed)[0].people
    # Hard negative: the same minister named outside an entourage list is not one of the visit's people.
    told = " Bộ trưởng Bộ Thương mại Trung Quốc Vương Văn Đào phát biểu tại một diễn đàn ở Thượng Hải."
    assert "Wang Wentao" not in events(title, lead + told)[0].people


def test_a_spokesperson_who_announces_an_encounter_takes_no_part_in_it() -> None:
    title = "Trung Quốc thông báo chuyến thăm của Chủ tịch nước Tô Lâm"
    text = ("Người phát ngôn Bộ Ngoại giao Trung Quốc Hoa Xuân Oánh cho biết Chủ tịch nước Tô Lâm sẽ thăm "
            "cấp Nhà nước Trung Quốc theo lời mời của Chủ tịch Tập Cận Bình.")
    assert events(title, text)[0].type == "visit"
    assert "Hua Chunying" not in events(title, text)[0].people
    # Hard negative: the spokesperson's own words are a statement, and she is its person.
    said = events("Trung Quốc phản đối Mỹ", "Người phát ngôn Bộ Ngoại giao Trung Quốc Hoa Xuân Oánh phản đối "
                  "việc Mỹ bán vũ khí cho Đài Loan.")
    assert "Hua Chunying" in said[0].people


def test_a_visitor_who_comes_to_china_visits_china() -> None:
    # "来华访问的越南外长": the Vietnamese minister came to China; 来 marks where the visit goes.
    found = events("王毅会见越南外长裴青山",
                   "外交部长王毅8日在北京会见来华访问的越南外长裴青山。", "zh-Hans")
    visit = next(e for e in found if e.type == "visit")
    assert sides(visit) == ("visit", "VNM", "CHN") and visit.place_country == "CHN"
    # Hard negative: a Chinese minister travelling to Vietnam still goes to Vietnam.
    found = events("王毅访问越南", "外交部长王毅8日抵达河内，对越南进行正式访问，会见越南外长裴青山。",
                   "zh-Hans")
    assert sides(next(e for e in found if e.type == "visit")) == ("visit", "CHN", "VNM")


def test_a_reaction_in_the_headline_is_the_protest_its_lead_tells() -> None:
    headline = "Việt Nam phản ứng việc Trung Quốc tập trận ở Trường Sa"
    protested = detect(headline, "Ngày 12-3, trả lời câu hỏi của phóng viên, Người phát ngôn Bộ Ngoại giao "
                       "Phạm Thu Hằng nhấn mạnh Việt Nam kiên quyết phản đối việc Trung Quốc tập trận ở quần "
                       "đảo Trường Sa.", "vi").events
    assert (protested[0].type, protested[0].actor, protested[0].target) == ("protest", "VNM", "CHN")
    # Hard negatives: a lead with no protest leaves the reaction a statement, and so does a protest by the
    # other government.
    watched = detect(headline, "Ngày 12-3, Người phát ngôn Bộ Ngoại giao Phạm Thu Hằng cho biết Việt Nam "
                     "theo dõi sát việc Trung Quốc tập trận ở quần đảo Trường Sa.", "vi").events
    assert (watched[0].type, watched[0].actor) == ("statement", "VNM")
    answered = detect(headline, "Trung Quốc phản đối Việt Nam về việc này, người phát ngôn Bộ Ngoại giao "
                      "Trung Quốc nói.", "vi").events
    assert (answered[0].type, answered[0].actor) == ("statement", "VNM")


def test_a_headline_act_without_subject_is_done_by_whoever_the_lead_says() -> None:
    lead = ("Người phát ngôn Bộ Ngoại giao Lê Hải Bình cho biết Việt Nam kiên quyết phản đối việc Trung Quốc "
            "đưa giàn khoan vào vùng biển của Việt Nam.")
    found = detect("Phản đối Trung Quốc đưa giàn khoan vào vùng biển Việt Nam", lead, "vi").events
    assert sides(found[0]) == ("protest", "VNM", "CHN")
    # Hard negative: a headline whose subject is named keeps its own direction.
    named = detect("Trung Quốc phản đối Việt Nam về giàn khoan", lead, "vi").events
    assert sides(named[0]) == ("protest", "CHN", "VNM")


@cases(CASES, "nominations", "title, lead, language, expected")
def test_nominating_an_envoy_to_the_other_country_is_a_statement(title: str, lead: str, language: str,
                                                                 expected: tuple[str, str, str]) -> None:
    found = events(title, lead, language)
    assert sides(found[0]) == expected


def test_meetings_in_the_plural_are_a_meeting() -> None:
    found = events("", "US Senate leader Chuck Schumer held meetings with Chinese President Xi Jinping in "
                   "Beijing on Monday.", "en")
    assert sides(found[0]) == ("meet", "USA", "CHN")
    assert set(found[0].people) == {"Chuck Schumer", "Xi Jinping"}


@cases(CASES, "government_by_leader", "lead, language")
def test_a_leader_s_name_for_the_government_names_no_person(lead: str, language: str) -> None:
    found = events("", lead, language)
    assert sides(found[0]) == ("trade_measure", "USA", "CHN")
    assert found[0].people == ()
    # Hard negative: the leader named as the one who acts takes part.
    acting = lead.replace("The Bush administration", "President Bush").replace("'s administration", "")
    acting = acting.replace("The Bush Administration", "President Bush")
    acting = acting.replace("Chính quyền Tổng thống", "Tổng thống").replace("Chinh quyen", "Tong thong")
    acting = acting.replace("政府", "")
    assert events("", acting, language)[0].people != ()


@cases(CASES, "speaker_colons", "title, expected")
def test_an_act_of_saying_after_a_headline_speaker_s_colon_is_the_speaker_s(
        title: str, expected: tuple[str, str, str]) -> None:
    assert sides(events(title, "", "zh-Hans")[0]) == expected


# An act told in the passive is done by its agent to the side named before it.
@cases(CASES, "passives", "title, expected")
def test_an_act_in_the_passive_is_the_agent_s(title: str, expected: tuple[str, str, str]) -> None:
    assert sides(events(title)[0]) == expected


# A speaker named after what was said, in a clause of its own, says it.
@cases(CASES, "speakers_after", "title, expected")
def test_a_speaker_after_what_was_said_says_it(title: str, expected: tuple[str, str, str]) -> None:
    assert sides(events(title)[0]) == expected


# Hard negatives: a forward "X said ..." after an opening phrase, and a common noun after a demonym, are
# no speaker after the words.
@cases(CASES, "no_speakers_after", "title, relevant, expected")
def test_a_forward_speaker_after_an_opening_phrase_says_nothing_of_it(
        title: str, relevant: bool, expected: tuple[tuple[str, str, str], ...]) -> None:
    detection = detect(title, "", None)
    assert (detection.relevant, tuple(sides(e) for e in detection.events)) == (relevant, expected)


# A headline of two acts, each with its own subject: the first act is the news, the second follows it.
@cases(CASES, "two_acts", "title, expected")
def test_a_headline_of_two_acts_tells_the_first_first(title: str,
                                                      expected: tuple[tuple[str, str, str], ...]) -> None:
    assert tuple(sides(e) for e in events(title)) == expected


# Hard negatives: a second clause that does not open with its subject right before its act word, and a
# first body sentence standing in for a missing title, are not cut into two acts.
@cases(CASES, "not_two_acts", "title, text, invented")
def test_a_clause_without_its_own_subject_adds_no_act(title: str, text: str,
                                                       invented: tuple[str, str, str]) -> None:
    assert invented not in [sides(e) for e in events(title, text, "en")]


# An appeal or demand that names neither side as who is asked asks nothing of the other: a statement.
@cases(CASES, "addressed", "title, expected")
def test_an_appeal_that_asks_nothing_of_the_other_side_is_a_statement(title: str,
                                                                      expected: tuple[str, str, str]) -> None:
    assert sides(events(title)[0]) == expected


def test_a_demand_with_who_is_asked_in_a_clause_of_time_is_no_statement() -> None:
    found = [sides(e) for e in events("Vietnam demands compensation as Chinese ship rams fishing boat")]
    assert found and all(kind != "statement" for kind, _, _ in found), found


# A second clause's subject may stand with its ships or forces, and a verb may carry a noun act word;
# a demand or appeal of one clause asks the other clause's subject.
@cases(CASES, "ships_and_light_verbs", "title, expected")
def test_a_second_clause_opens_with_its_subject_s_ships_or_a_light_verb(
        title: str, expected: tuple[tuple[str, str, str], ...]) -> None:
    assert tuple(sides(e) for e in events(title)) == expected


# Hard negatives: a common noun that is no state's ship or force, before an act word, is no subject.
@pytest.mark.parametrize("title", ["US adds sanctions as Chinese firms protest",
                                   "China criticises US as Vietnamese fishermen protest"])
def test_a_common_noun_beside_a_name_opens_no_second_clause(title: str) -> None:
    assert len(events(title)) == 1


# A text without a title: its first sentence is cut at words of a clause ("as", "while"), not at commas.
@cases(CASES, "first_sentence_two_acts", "text, expected")
def test_a_first_sentence_standing_in_for_a_title_tells_two_acts(
        text: str, expected: tuple[tuple[str, str, str], ...]) -> None:
    assert tuple(sides(e) for e in events("", text))[:2] == expected


# A warning of a danger says what may happen: a statement. A warning of what the speaker will do, or not
# to do something, stays a threat.
@cases(CASES, "warnings", "title, expected")
def test_a_warning_of_a_danger_is_a_statement(title: str, expected: tuple[str, str, str]) -> None:
    assert sides(events(title)[0]) == expected


# A deal named in a sentence that does not conclude it (talks on it, violating it, a signing in an
# earlier year) is no signing; reaching, signing or a deal taking effect is.
@cases(CASES, "deals", "title, expected")
def test_a_deal_is_a_signing_only_where_it_is_concluded(title: str, expected: tuple[str, ...]) -> None:
    assert tuple(e.type for e in events(title)) == expected


# A capital right before an act word or a verb of saying is its government acting.
@cases(CASES, "capital_subjects", "title, expected")
def test_a_capital_before_its_act_is_the_government_acting(title: str,
                                                             expected: tuple[str, str, str]) -> None:
    assert sides(events(title)[0]) == expected


def test_blaming_the_other_side_for_trouble_is_criticism() -> None:
    found = events("", "Washington is stirring up trouble in the South China Sea, a Chinese foreign ministry "
                       "spokesman said on Tuesday.")
    assert sides(found[0]) == ("criticize", "CHN", "USA")


# Provincial and city authorities are the state; a city or province of the three that qualifies the
# title makes it that country's local authority; consuls general are office-holders.
@cases(CASES, "local_authorities", "title, expected")
def test_provincial_authorities_act_for_their_state(title: str, expected: tuple[str, str, str]) -> None:
    assert sides(events(title)[0]) == expected


def test_a_provincial_title_without_the_other_government_is_no_diplomacy() -> None:
    assert not detect("Chủ tịch UBND tỉnh trao giải cho đội bóng Trung Quốc", "").relevant


def test_a_capital_after_a_locative_is_where_it_happened() -> None:
    # Without "in" Beijing would be the government protesting; after it, only where the protest was.
    assert events("Diplomats in Beijing protest US tariffs on Vietnam")[0].actor != "CHN"


# A capital names the place of an encounter or a visit, never its actor: "Hanoi talks" are talks in Hanoi.
@cases(CASES, "capitals_as_places", "title, expected")
def test_a_capital_before_an_encounter_is_its_place(title: str, expected: tuple[str, str, str]) -> None:
    assert sides(events(title)[0]) == expected


# A deal announced or agreed is a signing; one only talked about, beside talks, is not; and a story that
# names a deal and no other act keeps its signing.
@cases(CASES, "deals_concluded_or_talked", "title, expected")
def test_a_deal_announced_is_a_signing_and_one_talked_about_is_not(title: str,
                                                                   expected: tuple[str, str, str]) -> None:
    found = events(title)
    assert sides(found[0]) == expected
    assert expected[0] == "sign_agreement" or "sign_agreement" not in [e.type for e in found]


def test_a_chinese_title_inside_another_word_names_no_governor() -> None:
    # 省长 inside 节省长途 is no governor of a Chinese province.
    detection = detect("越南总理会见美国投资者 强调节省长途物流开支", "")
    assert "CN-VN" not in detection.pairs


# A local title's unit named further off: its country (named, or a city of the gazetteer) wins over the
# title's home country; a unit of a country outside the three is no diplomacy of the three.
def test_a_province_s_country_named_before_its_long_name_is_its_country() -> None:
    assert sides(events("越南承天顺化省省长会见美国驻岘港总领事")[0]) == ("meet", "VNM", "USA")


@pytest.mark.parametrize("title", [
    pytest.param("Chủ tịch UBND tỉnh Chăm-pa-sắc (Lào) tiếp Đại sứ Mỹ", id="vi: a country in brackets"),
    pytest.param("Chủ tịch UBND thành phố Phnôm Pênh tiếp Đại sứ Trung Quốc",
                 id="vi: a city of the gazetteer"),
])
def test_a_local_authority_of_another_country_is_no_diplomacy_of_the_three(title: str) -> None:
    assert not detect(title, "").relevant


# A warning of a danger on a condition, or of what one will bear, is a threat.
@cases(CASES, "a_warning_on_a_condition_stays_a_threat", "title, expected")
def test_a_warning_on_a_condition_stays_a_threat(title: str, expected: tuple[str, str, str]) -> None:
    assert sides(events(title)[0]) == expected


def test_a_third_country_speaking_after_a_comma_is_the_actor() -> None:
    found = events("China quits fisheries agreement with Vietnam, US says")
    assert sides(found[0]) == ("statement", "USA", "CHN")


@pytest.mark.parametrize("title", [
    pytest.param("Pentagon fires missile defense director amid China tensions with Vietnam",
                 id="en: fires a chief"),
    pytest.param("Mỹ bán xe phóng tên lửa cho Việt Nam, Trung Quốc lên tiếng phản đối",
                 id="vi: a launcher sold"),
])
def test_a_missile_not_fired_is_no_military_act(title: str) -> None:
    assert "military" not in [e.type for e in detect(title, "").events]


# ---------------------------------------------------------------- calls: by telephone or by video, nowhere
@cases(CASES, "a_call_has_no_place_neither_its_dateline_nor_the_callers_city", "title, lead")
def test_a_call_has_no_place_neither_its_dateline_nor_the_callers_city(title: str, lead: str) -> None:
    main = events(title, lead)[0]
    assert main.type == "phone_call"
    assert (main.place, main.place_country) == (None, None)


@cases(CASES, "a_meeting_held_by_video_is_a_call_and_has_no_place", "title, lead")
def test_a_meeting_held_by_video_is_a_call_and_has_no_place(title: str, lead: str) -> None:
    main = events(title, lead)[0]
    assert main.type == "phone_call"
    assert (main.place, main.place_country) == (None, None)


# A call's people are those on the line: a lead sentence naming the pair for another act (a minister's
# coming trip) adds no one to it; a meeting's lead still lists who took part.
def test_a_call_takes_its_people_from_its_own_reports_only() -> None:
    title = "Vietnamese leader and US president speak by phone"
    text = ("Party General Secretary To Lam and US President Donald Trump held a phone call on Friday to "
            "discuss tariffs. Vietnamese Prime Minister Pham Minh Chinh is due to travel to the United "
            "States next month.")
    call = events(title, text)[0]
    assert call.type == "phone_call"
    assert "Phạm Minh Chính" not in call.people and "Donald Trump" in call.people
    # A meeting's people include the pair's office-holders the lead lists as taking part, not one whose
    # own act is still to come.
    listed = text.replace("held a phone call", "met").replace(
        "is due to travel to the United States next month", "also attended the talks with the United States")
    meeting = events("Vietnamese leader and US president meet in Hanoi", listed)[0]
    assert meeting.type == "meet" and "Phạm Minh Chính" in meeting.people
    coming = text.replace("held a phone call", "met")
    meeting = events("Vietnamese leader and US president meet in Hanoi", coming)[0]
    assert meeting.type == "meet" and "Phạm Minh Chính" not in meeting.people
