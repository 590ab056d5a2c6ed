"""Who takes part in the main event: not those of a clause telling another act (which ends neither past a
clause that opens the sentence nor over the speaker's attribution that closes it), not those of talks to
come; the speaker's spokesperson; the members of a delegation."""

from __future__ import annotations

from tests import FIXTURES
from tests.cases import cases
from tests.diplomacy.stories import main_event

CASES = FIXTURES / "diplomacy" / "cases" / "test_event_people.toml"


# ---------------------------------------------------------------- case tables: the main event's people
# Each case's id names the mechanism and the case.
@cases(CASES, "people", "title, text, language, expected")
def test_the_main_events_people(title: str, text: str, language: str | None,
                                expected: tuple[str, ...]) -> None:
    assert set(main_event(title, text, language).people) == set(expected)


@cases(CASES, "acts_and_people", "title, text, language, act, people")
def test_the_main_events_act_and_people(title: str, text: str, language: str | None,
                                        act: tuple[str, str, str], people: tuple[str, ...]) -> None:
    event = main_event(title, text, language)
    assert (event.type, event.actor, event.target) == act
    assert event.people == people


@cases(CASES, "acts_and_some_people", "title, text, language, act, among")
def test_the_main_events_act_and_some_of_its_people(title: str, text: str, language: str | None,
                                                    act: tuple[str, str, str], among: tuple[str, ...]
                                                    ) -> None:
    event = main_event(title, text, language)
    assert (event.type, event.actor, event.target) == act
    assert set(among) <= set(event.people)


@cases(CASES, "absent", "title, text, language, absent")
def test_one_who_takes_no_part(title: str, text: str, language: str | None, absent: str) -> None:
    assert absent not in main_event(title, text, language).people


# ---------------------------------------------------------------- clauses telling another act
def test_people_of_a_clause_after_since_take_no_part() -> None:
    event = main_event("Kerry meets Vietnam's prime minister in Hanoi",
                       "HANOI - U.S. Secretary of State John Kerry met Vietnamese Prime Minister "
                       "Nguyen Tan Dung in Hanoi on Monday, the first such talks since President Truong Tan "
                       "Sang visited the White House.")
    assert (event.type, {event.actor, event.target}) == ("meet", {"USA", "VNM"})
    assert set(event.people) == {"John Kerry", "Nguyễn Tấn Dũng"}


# ---------------------------------------------------------------- talks to come, spokespeople, delegations
def test_the_speakers_spokesperson_says_the_act() -> None:
    event = main_event("Vietnam protests China's new map",
                       "HANOI - Vietnam on Monday protested a new map issued by China. "
                       "The map violates Vietnam's sovereignty and has no legal value, foreign ministry "
                       "spokeswoman Le Thi Thu Hang said in a statement.")
    assert (event.actor, event.target) == ("VNM", "CHN")
    assert "Lê Thị Thu Hằng" in event.people


def test_a_delegations_members_take_part_in_the_talks() -> None:
    event = main_event("中美经贸会谈在日内瓦举行",
                       "美国财政部长贝森特与中国国务院副总理何立峰今天在日内瓦举行经贸会谈。"
                       "美方代表团成员还包括国务卿克里。", "zh")
    assert {event.actor, event.target} == {"USA", "CHN"}
    assert {"Scott Bessent", "He Lifeng", "John Kerry"} <= set(event.people)


def test_a_third_countrys_official_in_a_report_takes_no_part() -> None:
    event = main_event("Blinken holds talks with Vietnam foreign minister in Hanoi",
                       "HANOI - U.S. Secretary of State Antony Blinken held talks with Vietnamese Foreign "
                       "Minister Bui Thanh Son in Hanoi on Monday as Chinese Foreign Minister Wang Yi toured "
                       "Cambodia.")
    assert (event.type, event.actor, event.target) == ("meet", "USA", "VNM")
    assert set(event.people) == {"Antony Blinken", "Bùi Thanh Sơn"}


def test_the_targets_spokesperson_answers_a_measure_and_takes_no_part() -> None:
    event = main_event("US adds Chinese chipmakers to trade blacklist",
                       "The U.S. Commerce Department on Monday added 12 Chinese chipmakers to its entity "
                       "list. Chinese foreign ministry spokesman Wang Wenbin said Beijing firmly opposed the "
                       "U.S. move.")
    assert (event.actor, event.target) == ("USA", "CHN")
    assert event.type not in ("statement", "protest", "criticize", "accuse", "demand")
    assert "Wang Wenbin" not in event.people


def test_the_people_of_an_act_of_last_month_take_no_part() -> None:
    event = main_event("U.S., China to hold trade talks in Beijing",
                       "BEIJING - U.S. Treasury Secretary Steven Mnuchin and Chinese Vice Premier Liu He "
                       "will hold trade talks in Beijing on Thursday. The talks were agreed when President "
                       "Donald Trump and Chinese President Xi Jinping met in Buenos Aires last month.")
    assert {event.actor, event.target} == {"USA", "CHN"}
    assert set(event.people) == {"Steven Mnuchin", "Liu He"}


def test_the_speaking_sides_office_holder_named_alone_in_the_lead_says_it() -> None:
    event = main_event("Vietnam rejects China's claims to Paracel Islands",
                       "HANOI - Vietnam on Friday rejected China's claims to the Paracel Islands. Deputy "
                       "Foreign Minister Le Hoai Trung told reporters the claims had no legal basis.")
    assert (event.actor, event.target) == ("VNM", "CHN")
    assert event.people == ("Lê Hoài Trung",)




# ---------------------------------------------------------------- a president-elect holds no office yet
def test_one_elected_in_office_takes_part_and_one_not_yet_in_office_does_not() -> None:
    call = main_event("Xi speaks with Trump by phone",
                      "BEIJING - Chinese President Xi Jinping spoke by phone with U.S. President-elect "
                      "Donald Trump on Monday, state media said.")
    talks = main_event("Thủ tướng hội đàm với Tổng thống Mỹ tại Nhà Trắng",
                       "Thủ tướng Nguyễn Xuân Phúc hội đàm với Tổng thống Donald Trump tại Nhà Trắng. Khi "
                       "Tổng thống Donald Trump đắc cử, nhiều câu hỏi được đặt ra về quan hệ hai nước.", "vi")
    assert call.people == ("Xi Jinping",)
    assert set(talks.people) == {"Nguyễn Xuân Phúc", "Donald Trump"}


# ---------------------------------------------------------------- who attends an encounter's opening
def test_one_attending_the_opening_takes_part_and_one_at_another_time_does_not() -> None:
    event = main_event("US, China open strategic dialogue in Washington",
                       "WASHINGTON - The U.S.-China Strategic and Economic Dialogue opened in Washington on "
                       "Monday. Earlier, Vice President Joe Biden attended the opening of a business forum. "
                       "President Barack Obama attended the opening session and delivered a speech.")
    assert (event.type, {event.actor, event.target}) == ("negotiate", {"USA", "CHN"})
    assert "Barack Obama" in event.people and "Joe Biden" not in event.people
