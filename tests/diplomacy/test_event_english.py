"""The main event of English news: which act a headline and lead tell, where it happened and who took
part. Our own sentences, one mechanism each."""

from __future__ import annotations

from datetime import date

from extractors.core.models import Event
from extractors.diplomacy import detect
from tests.diplomacy.stories import main_event as story_event


def main_event(title: str, text: str = "", published: date | None = None) -> Event:
    return story_event(title, text, "en", published)


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


def test_the_lead_sentence_with_the_events_people_places_it_beside_a_third_country() -> None:
    found = main_event("U.S. and China begin trade talks to ease tariff war",
                       "Top U.S. and Chinese economic officials sat down for their first negotiations since "
                       "tariffs soared. Treasury Secretary Scott Bessent met Chinese Vice Premier He Lifeng "
                       "in Geneva on Saturday, at the residence of the Swiss ambassador to the United "
                       "Nations.", date(2025, 5, 10))
    assert (found.type, found.place) == ("negotiate", "Geneva")


def test_one_sides_speaker_beside_a_third_country_does_not_place_the_act_elsewhere() -> None:
    found = main_event("U.S. urges China to press North Korea",
                       "WASHINGTON (Reuters) - Secretary of State Rex Tillerson said on Friday the United "
                       "States wants China to do more on North Korea, ahead of his first trip to Beijing.")
    assert (found.type, found.place) == ("appeal", "Washington")


# ---------------------------------------------------------------- which act
def test_talks_held_in_a_city_are_no_call_agreed_for_later() -> None:
    found = main_event("U.S., China advisers hold 'frank' talks in Zurich, agree on virtual summit",
                       "ZURICH (Reuters) - U.S. national security adviser Jake Sullivan and Chinese "
                       "diplomat Yang Jiechi held talks in Zurich on Wednesday.", date(2021, 10, 6))
    assert (found.type, found.place) == ("meet", "Zurich")


def test_a_call_in_which_something_was_agreed_is_still_the_call() -> None:
    found = main_event("Trump agrees to keep trade truce in call with Xi",
                       "WASHINGTON - U.S. President Donald Trump spoke by phone with Chinese President Xi "
                       "Jinping on Friday.")
    assert found.type == "phone_call"


def test_a_first_visit_told_in_apposition_frames_the_talks() -> None:
    found = main_event("Obama and Vietnam's president pledge deeper ties",
                       "WASHINGTON (AP) - President Barack Obama and Vietnamese President Truong Tan Sang "
                       "held talks at the White House on Thursday, the first such visit by a Vietnamese "
                       "head of state in six years.")
    assert (found.type, found.place) == ("meet", "Washington")


def test_a_headline_visit_as_setting_gives_way_to_the_talks_of_the_lead() -> None:
    found = main_event("Vietnamese defense minister at Pentagon in first visit since war",
                       "WASHINGTON (Reuters) - Vietnamese Defense Minister Pham Van Tra held talks with "
                       "U.S. Defense Secretary Donald Rumsfeld at the Pentagon on Monday.")
    assert (found.type, {found.actor, found.target}) == ("meet", {"USA", "VNM"})


def test_the_first_act_of_a_headline_with_an_office_and_unknown_name_in_its_second_clause() -> None:
    found = main_event("China, Vietnam sign rail deals as Premier Li visits Hanoi",
                       "HANOI (Reuters) - China and Vietnam signed agreements on railways on Sunday.")
    assert found.type == "sign_agreement"


def test_a_headline_statement_is_the_accusation_the_lead_tells() -> None:
    found = main_event("U.S. says Chinese warship cut across cruiser's bow",
                       "WASHINGTON (Reuters) - The United States accused a Chinese navy ship on Friday of a "
                       "dangerous maneuver near the guided-missile cruiser.")
    assert (found.type, found.actor, found.target) == ("accuse", "USA", "CHN")


def test_a_hostile_act_a_government_says_the_other_did_is_its_accusation() -> None:
    found = main_event("Vietnam says Chinese ships rammed its patrol boats",
                       "HANOI (Reuters) - Vietnam said on Thursday that Chinese ships had rammed its patrol "
                       "boats near the Paracel islands.")
    assert (found.type, found.actor, found.target) == ("accuse", "VNM", "CHN")


def test_an_announcement_is_a_statement() -> None:
    found = main_event("Clinton restores full ties with Vietnam",
                       "WASHINGTON (Reuters) - President Bill Clinton on Tuesday announced the "
                       "normalization of diplomatic relations with Vietnam.")
    assert (found.type, found.actor, found.target) == ("statement", "USA", "VNM")


def test_calling_a_move_provocative_is_criticism() -> None:
    found = main_event("U.S. calls China's rig deployment near Vietnam 'provocative'",
                       "WASHINGTON (Reuters) - The United States on Tuesday criticized China's deployment "
                       "of an oil rig in waters also claimed by Vietnam.")
    assert (found.type, found.actor, found.target) == ("criticize", "USA", "CHN")


def test_a_consulate_ordered_closed_is_relations_reduced() -> None:
    found = main_event("U.S. orders China to shut Houston consulate; Beijing vows response",
                       "The United States on Tuesday ordered China to close its consulate general in "
                       "Houston within three days.")
    assert (found.type, found.actor, found.target) == ("reduce_relations", "USA", "CHN")


# ---------------------------------------------------------------- who acts
def test_the_agent_after_a_passive_is_the_host() -> None:
    found = main_event("Vietnamese premier welcomed at White House",
                       "WASHINGTON (AP) - Prime Minister Phan Van Khai was received by President George W. "
                       "Bush at the White House on Tuesday.")
    assert (found.type, found.actor, found.target) == ("host_visit", "USA", "VNM")


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


def test_people_of_a_clause_of_another_time_take_no_part() -> None:
    found = main_event("U.S., China advisers hold talks in Bangkok",
                       "BANGKOK (Reuters) - U.S. National Security Adviser Jake Sullivan and Chinese Foreign "
                       "Minister Wang Yi began talks in Bangkok on Friday, their first meeting since "
                       "Presidents Joe Biden and Xi Jinping met in California.")
    assert found.type == "meet" and set(found.people) == {"Jake Sullivan", "Wang Yi"}


def test_people_of_an_act_agreed_to_come_take_no_part() -> None:
    found = main_event("U.S., China advisers meet in Vienna",
                       "VIENNA (Reuters) - U.S. National Security Adviser Jake Sullivan and Chinese Foreign "
                       "Minister Wang Yi met in Vienna on Wednesday. The two sides agreed that Presidents "
                       "Joe Biden and Xi Jinping would hold a call before the end of the year.")
    assert found.type == "meet" and set(found.people) == {"Jake Sullivan", "Wang Yi"}


def test_a_forums_summit_is_no_meeting_of_the_pair() -> None:
    found = detect("Xi Jinping arrives in Hanoi after APEC summit",
                   "HANOI (Reuters) - Chinese President Xi Jinping arrived in Hanoi on Sunday for a state "
                   "visit, flying in from Danang where he attended the Asia-Pacific Economic Cooperation "
                   "summit.", "en").events
    assert found[0].type == "visit" and "meet" not in [e.type for e in found]
