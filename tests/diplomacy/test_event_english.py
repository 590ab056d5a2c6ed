"""The main event of English news: which act a headline and lead tell, where it happened and who took
part. Our own sentences, one mechanism each."""

from __future__ import annotations

from datetime import date

from extractors.core.models import Event
from extractors.diplomacy import detect
from tests import FIXTURES
from tests.cases import cases
from tests.diplomacy.stories import acts
from tests.diplomacy.stories import main_event as story_event

CASES = FIXTURES / "diplomacy" / "cases" / "test_event_english.toml"


def main_event(title: str, text: str = "", published: date | None = None) -> Event:
    return story_event(title, text, "en", published)


# ---------------------------------------------------------------- case tables: the main event's fields
# Each case's id names the mechanism and the case.
@cases(CASES, "acts", "title, text, published, expected")
def test_the_main_events_act(title: str, text: str, published: date | None,
                             expected: tuple[str, str, str]) -> None:
    found = main_event(title, text, published)
    assert (found.type, found.actor, found.target) == expected


@cases(CASES, "types", "title, text, published, expected")
def test_the_main_events_type(title: str, text: str, published: date | None, expected: str) -> None:
    assert main_event(title, text, published).type == expected


@cases(CASES, "types_and_places", "title, text, published, expected")
def test_the_main_events_type_and_place(title: str, text: str, published: date | None,
                                        expected: tuple[str, str]) -> None:
    found = main_event(title, text, published)
    assert (found.type, found.place) == expected


@cases(CASES, "types_and_people", "title, text, published, type, people")
def test_the_main_events_type_and_people(title: str, text: str, published: date | None, type: str,
                                         people: tuple[str, ...]) -> None:
    found = main_event(title, text, published)
    assert found.type == type and set(found.people) == set(people)


@cases(CASES, "sides_places_dates", "title, text, published, expected")
def test_who_whom_where_and_when(title: str, text: str, published: date | None,
                                 expected: tuple[str, str, str, str]) -> None:
    found = main_event(title, text, published)
    assert (found.actor, found.target, found.place or "", found.date) == expected


def test_a_dateline_abroad_places_only_what_the_actors_people_do_there() -> None:
    # The government speaking from home is not where the copy was filed ...
    told = main_event("U.S. urges China to free detained activist",
                      "HANOI (Reuters) - The United States on Friday urged China to free a detained "
                      "activist.",
                      date(2023, 4, 14))
    # ... its minister speaking in the dateline's city is there.
    done = main_event("Blinken presses China over sea disputes",
                      "HANOI (Reuters) - Secretary of State Antony Blinken urged China on Saturday to "
                      "respect the rights of its neighbours at sea.", date(2023, 4, 15))
    assert (told.place, told.place_country, done.place) == (None, None, "Hanoi")


def test_a_measure_taken_as_an_earlier_acts_object_keeps_that_acts_direction() -> None:
    # The owner of a measure's noun imposes it ("a 20% U.S. tariff") ...
    assert main_event("Vietnam shrimp exporters hit as 25% U.S. duties begin").actor == "USA"
    # ... unless the measure is what an earlier act word answers: the answer is the sentence's act.
    assert main_event("Beijing retaliates against US visa curbs on journalists").actor == "CHN"


# ---------------------------------------------------------------- places
def test_talks_in_a_third_country_take_its_city() -> None:
    found = main_event("U.S., China trade envoys open two days of talks in Stockholm",
                       "STOCKHOLM (Reuters) - Treasury Secretary Scott Bessent and Vice Premier He Lifeng "
                       "began trade talks in Stockholm on Monday.", date(2025, 7, 29))
    assert (found.place, found.place_country) == ("Stockholm", "SWE")


def test_a_hosts_ranch_town_in_the_dateline_is_the_place() -> None:
    found = main_event("Bush hosts Chinese leader at his Texas ranch",
                       "CRAWFORD, Texas (Reuters) - President George W. Bush welcomed Chinese President "
                       "Jiang Zemin to his ranch on Friday.", date(2002, 10, 26))
    assert (found.type, found.actor, found.place) == ("host_visit", "USA", "Crawford")


def test_the_city_a_visit_verb_names_is_the_visits_place() -> None:
    found = main_event("Trump says he will visit Beijing next spring",
                       "WASHINGTON (Reuters) - U.S. President Donald Trump said on Monday he would visit "
                       "Beijing in April at the invitation of Chinese President Xi Jinping.")
    assert (found.type, found.actor, found.target, found.place) == ("visit", "USA", "CHN", "Beijing")


def test_a_military_act_takes_no_city_from_the_dateline() -> None:
    found = main_event("China fires missiles into South China Sea as U.S. adds sanctions",
                       "NEW YORK (Bloomberg) - China launched two missiles into the South China Sea on "
                       "Wednesday as the United States announced sanctions on Chinese companies that built "
                       "outposts in the disputed waters.")
    assert (found.type, found.actor, found.place) == ("military", "CHN", None)


# ---------------------------------------------------------------- which act
def test_a_headline_visit_as_setting_gives_way_to_the_talks_of_the_lead() -> None:
    found = main_event("Vietnamese defense minister at Pentagon in first visit since war",
                       "WASHINGTON (Reuters) - Vietnamese Defense Minister Pham Van Tra held talks with "
                       "U.S. Defense Secretary Donald Rumsfeld at the Pentagon on Monday.")
    assert (found.type, {found.actor, found.target}) == ("meet", {"USA", "VNM"})


# ---------------------------------------------------------------- who acts
def test_a_headline_surname_names_the_vice_president() -> None:
    found = main_event("Harris lands in Vietnam after delay",
                       "HANOI (Reuters) - U.S. Vice President Kamala Harris arrived in Hanoi late on "
                       "Tuesday.")
    assert (found.type, found.actor, found.target, found.place) == ("visit", "USA", "VNM", "Hanoi")
    assert "Kamala Harris" in found.people


def test_the_speakers_spokesperson_telling_the_act_takes_part() -> None:
    found = main_event("U.S. criticizes China's drills in South China Sea",
                       "WASHINGTON (Reuters) - The United States on Tuesday criticized China's military "
                       "drills in the South China Sea. State Department spokeswoman Jen Psaki told a regular "
                       "briefing that Washington was concerned.")
    assert found.type == "criticize" and "Jen Psaki" in found.people


def test_a_forums_summit_is_no_meeting_of_the_pair() -> None:
    found = detect("Xi Jinping arrives in Hanoi after APEC summit",
                   "HANOI (Reuters) - Chinese President Xi Jinping arrived in Hanoi on Sunday for a state "
                   "visit, flying in from Danang where he attended the Asia-Pacific Economic Cooperation "
                   "summit.", "en").events
    assert found[0].type == "visit" and "meet" not in [e.type for e in found]


def test_a_threatened_measure_is_the_threateners_unless_named_the_others() -> None:
    # The measure a threat names without an owner is the one threatened ...
    own = acts("U.S. threatens sanctions on Chinese banks", "", "en")
    # ... the other side's measure named before its noun is what the threat answers.
    other = acts("China vows to retaliate against new U.S. tariffs", "", "en")
    assert own[1:] == [("sanction", "USA", "CHN")] and other[1:] == [("trade_measure", "USA", "CHN")]
