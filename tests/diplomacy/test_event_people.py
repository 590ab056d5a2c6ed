"""Who takes part in the main event: not those of a clause telling another act (which ends neither past a
clause that opens the sentence nor over the speaker's attribution that closes it), not those of talks to
come; the speaker's spokesperson; the members of a delegation."""

from __future__ import annotations

from datetime import date

from extractors.diplomacy import detect
from tests import FIXTURES
from tests.cases import cases
from tests.diplomacy.stories import day, main_event

CASES = FIXTURES / "diplomacy" / "cases" / "test_event_people.toml"


# ---------------------------------------------------------------- case tables: the main event's people
# Each case's id names the mechanism and the case.
@cases(CASES, ("people", "people_of_the_era", "people_before_another_act", "people_named_by_the_lists",
               "people_opening_with_a_speech", "people_under_a_dispatch_dateline", "people_of_a_month_past",
               "people_by_the_name_again", "people_of_a_leaders_aide", "people_greeting_the_visitor",
               "people_of_a_side_clause_past", "people_opening_another_gathering",
               "people_of_an_aide_narrowed", "people_greeting_on_arrival", "people_of_names_not_theirs",
               "people_by_a_word_not_the_name", "people_kept_by_the_narrowing",
               "people_named_who_take_no_part"),
       "title, text, language, expected")
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


@cases(CASES, ("sides_and_people", "recall_acts", "recall_negatives"),
       "title, text, language, sides, between, event_type, not_types, people, among, absent")
def test_the_main_events_sides_and_people(title: str, text: str, language: str | None,
                                          sides: tuple[str, str] | None, between: tuple[str, str] | None,
                                          event_type: str | None, not_types: tuple[str, ...] | None,
                                          people: tuple[str, ...] | None, among: tuple[str, ...] | None,
                                          absent: tuple[str, ...] | None) -> None:
    event = main_event(title, text, language)
    named = set(event.people)
    assert sides is None or (event.actor, event.target) == sides
    assert between is None or {event.actor, event.target} == set(between)
    assert event_type is None or event.type == event_type
    assert event.type not in (not_types or ())
    assert people is None or named == set(people)
    assert set(among or ()) <= named
    assert not named & set(absent or ())


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


@cases(CASES, "people_by_the_date", "title, text, language, published, expected")
def test_the_main_events_people_by_the_date(title: str, text: str, language: str, published: str | None,
                                            expected: tuple[str, ...]) -> None:
    assert set(main_event(title, text, language, day(published) if published else None).people) \
        == set(expected)


@cases(CASES, "people_re_elected", "title, text, language, published, expected")
def test_the_re_elected_by_the_date(title: str, text: str, language: str, published: str | None,
                                    expected: tuple[str, ...]) -> None:
    assert set(main_event(title, text, language, day(published) if published else None).people) \
        == set(expected)


@cases(CASES, "names_started", "title, text, language, published, people_not, among")
def test_no_office_holder_at_the_start_of_another_name(title: str, text: str, language: str | None,
                                                        published: date, people_not: tuple[str, ...],
                                                        among: tuple[str, ...]) -> None:
    events = detect(title, text, language, published).events
    people = set(next((e for e in events if e.main), events[0]).people) if events else set()
    assert not people & set(people_not)
    assert set(among) <= people
