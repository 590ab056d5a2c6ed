"""What a sentence's act is when its words could tell several: talks, warships' calls, a host's welcome,
acts objected to or called off, nouns that look like verbs. Our own sentences, in the three languages."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.core.models import Event
from extractors.diplomacy import detect


def main_event(title: str, text: str = "", language: str | None = None,
               published: date | None = None) -> Event:
    found = detect(title, text, language, published).events
    assert found, (title, text)
    return found[0]


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
