"""Event places: cities of summits in every spelling, named regions, and clocks that name no party."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.diplomacy import detect
from extractors.diplomacy.analysis import read_sentence
from tests import FIXTURES
from tests.cases import cases

CASES = FIXTURES / "diplomacy" / "cases" / "test_event_places.toml"


def main_event(title: str, text: str, language: str, published: date | None = None):  # noqa: ANN201
    events = detect(title, text, language, published).events
    assert events, f"no event in {text!r}"
    return next((event for event in events if event.main), events[0])


@cases(CASES, ("summit_cities", "summit_cities_more", "capital_cities"),
       "language, title, text, place, country")
def test_cities_of_summits_in_every_spelling(language: str, title: str | None, text: str, place: str | None,
                                             country: str | None) -> None:
    event = main_event(title or "", text, language)
    assert (event.place, event.place_country) == (place, country)


# A named region (an island, a state) says where without a city: its country only.
@cases(CASES, "regions", "language, title, text, place, country")
def test_a_named_region_gives_its_country_and_no_city(language: str, title: str | None, text: str,
                                                      place: str | None, country: str) -> None:
    event = main_event(title or "", text, language)
    assert (event.place, event.place_country) == (place, country)


# "(giờ Việt Nam)", "美东时间": a clock, not a country taking part; the event keeps its two sides and day.
@cases(CASES, "clocks", "language, title, text, published, expected")
def test_a_clock_named_by_a_country_is_no_party(language: str, title: str, text: str, published: date,
                                                expected: tuple[str, ...]) -> None:
    event = main_event(title, text, language, published)
    assert (event.type, event.actor, event.target, event.date) == expected


# A dateline says where the news was filed: an encounter still to come happened nowhere yet.
@cases(CASES, "coming", "language, title, text, place, country")
def test_a_dateline_does_not_place_an_encounter_still_to_come(language: str, title: str, text: str,
                                                              place: str | None, country: str) -> None:
    event = main_event(title, text, language)
    assert (event.place, event.place_country) == (place, country)


# "（中央社華盛頓7日綜合外電報導）": the desk's city, where its government acts from home, and nowhere else.
@cases(CASES, "compiled", "language, title, text, place, country")
def test_a_compiled_dispatch_places_only_its_own_government_s_act_at_home(
        language: str, title: str, text: str, place: str | None, country: str | None) -> None:
    event = main_event(title, text, language)
    assert (event.place, event.place_country) == (place, country)


# A dateline abroad places one side's act when one of its people does it there, whatever word tells it.
@cases(CASES, "in_person", "language, title, text, place, country")
def test_a_person_of_the_actor_places_the_act_the_lead_tells_by_another_word(
        language: str, title: str, text: str, place: str | None, country: str | None) -> None:
    event = main_event(title, text, language)
    assert (event.place, event.place_country) == (place, country)


# "tại Gia-các-ta, In-đô-nê-xi-a", "在寮國首都永珍": the host of a summit on whose sidelines two of the three
# meet is where, not who; the lead sentence still tells the meeting, with its place and day.
@cases(CASES, "summit_hosts", "language, title, text, published, expected")
def test_a_summit_s_host_named_as_where_it_is_is_no_party(language: str, title: str, text: str,
                                                          published: date, expected: tuple[str, ...]) -> None:
    event = main_event(title, text, language, published)
    assert (event.type, event.actor, event.target, event.place, event.place_country, event.date) == expected


@cases(CASES, "venue_others", "language, text, expected")
def test_a_country_named_as_where_is_a_venue_and_named_otherwise_a_party(language: str, text: str,
                                                                         expected: tuple[str, ...]) -> None:
    assert read_sentence(text, 1, 1.0, language.split("-")[0]).venue_others == set(expected)


# Where a death was, told after the sentence's first words ("who died ... in Shanghai", "từ trần ... tại Bắc
# Kinh"), is not where the condolences were sent from; a visit told beside a death keeps its city.
@pytest.mark.parametrize(("language", "title", "text", "place"), [
    ("en", "Blinken offers condolences on death of former premier Li Keqiang",
     "WASHINGTON (Reuters) - Secretary of State Antony Blinken on Friday offered condolences to China on the"
     " death of former Premier Li Keqiang, who died of a heart attack in Shanghai aged 68. \"Li was a"
     " respected partner,\" Blinken said in a statement.", "Washington"),
    ("vi", "Điện chia buồn nguyên Thủ tướng Trung Quốc Lý Bằng từ trần",
     "Được tin đồng chí Lý Bằng, nguyên Thủ tướng Quốc vụ viện Trung Quốc, từ trần ngày 22/7 tại Bắc Kinh,"
     " ngày 24/7, Thủ tướng Nguyễn Xuân Phúc đã gửi điện chia buồn tới Thủ tướng Quốc vụ viện Lý Khắc"
     " Cường.", None),
    ("en", "Kerry visits Hanoi after death of Vietnam's leader",
     "HANOI (Reuters) - Secretary of State John Kerry met Vietnamese Prime Minister Nguyen Xuan Phuc in Hanoi"
     " on Saturday, days after a former Vietnamese leader died.", "Hanoi"),
])
def test_where_a_death_was_places_no_condolences(language: str, title: str, text: str,
                                                  place: str | None) -> None:
    assert main_event(title, text, language).place == place


# An act in two cities of one country joined after a locative ("travel to Beijing and Shanghai", "tại Bắc
# Kinh và Thượng Hải") has its country and no city; a city followed by "and" and a verb, or by "and" and a
# name of a body or an office ("上海合作组织", "胡志明市委书记", "New York officials"), keeps its name.
@pytest.mark.parametrize(("language", "title", "text", "place", "country"), [
    ("en", "Raimondo to visit China",
     "WASHINGTON (AP) — Commerce Secretary Gina Raimondo will travel to Beijing and Shanghai from Aug. 27 to"
     " 30, the department said Tuesday.", None, "CHN"),
    ("vi", "Thủ tướng sẽ thăm Trung Quốc",
     "Thủ tướng Phạm Minh Chính sẽ thăm chính thức Trung Quốc và làm việc tại Bắc Kinh và Thượng Hải từ ngày"
     " 25 đến 28/6, Bộ Ngoại giao thông báo chiều nay.", None, "CHN"),
    ("en", "Kerry arrives in Hanoi",
     "HANOI (Reuters) - Secretary of State John Kerry arrived in Hanoi and met Prime Minister Nguyen Xuan"
     " Phuc on Saturday.", "Hanoi", "VNM"),
    # hard negatives: the second "city" begins the name of a body or an office, or a clause
    ("zh-Hans", "王毅会见布林肯",
     "国务委员兼外长王毅18日在北京和上海合作组织秘书长会见后，与美国国务卿布林肯举行会谈。",
     "Beijing", "CHN"),
    ("zh-Hans", "苏林会见布林肯", "越共中央总书记苏林15日在河内和胡志明市委书记一起会见美国国务卿布林肯。",
     "Hanoi", "VNM"),
    ("en", "Wang Yi meets Blinken",
     "Chinese Foreign Minister Wang Yi met Secretary of State Antony Blinken in Washington and New York"
     " officials were briefed on the talks on Friday.", "Washington", "USA"),
])
def test_an_act_in_two_cities_has_its_country_and_no_city(language: str, title: str, text: str,
                                                          place: str | None, country: str) -> None:
    event = main_event(title, text, language)
    assert (event.place, event.place_country) == (place, country)


@pytest.mark.parametrize(("text", "end", "place"), [
    ("国务卿在北京和上海会见中方官员", None, ("", "CHN")),  # two joined cities: their country
    ("Kerry met Xi in Beijing and Shanghai on Monday.", None, ("", "CHN")),
    ("Kerry met Xi in Beijing.", None, ("Beijing", "CHN")),
    ("Kerry met Xi, then flew to Hanoi.", 12, None),  # a city after the clause's end is not its place
    ("Kerry met Xi, then flew to Hanoi.", None, ("Hanoi", "VNM")),
])
def test_the_first_place_a_clause_names(text: str, end: int | None, place: tuple[str, str] | None) -> None:
    from extractors.diplomacy.places import first_located

    found = first_located(text, 0, len(text) if end is None else end)
    assert (found and (found.name, found.country)) == place


# "WASHINGTON - ... at the Pentagon", "The Pentagon said", "五角大廈今天表示": a building outside the city of
# the dateline (the Pentagon is in Arlington) is where the act was, so the dateline is the report's; an
# encounter there keeps the building's country. A building in the dateline's city keeps it.
@cases(CASES, "elsewhere", "language, title, text, place, country")
def test_a_building_outside_the_dateline_s_city_is_no_city(language: str, title: str, text: str,
                                                          place: str | None, country: str | None) -> None:
    event = main_event(title, text, language)
    assert (event.place, event.place_country) == (place, country)


# "at the White House", "tại Đại lễ đường Nhân dân", "在人民大会堂": talks at a building of one country's
# government, its city unnamed, are in that country; one side's act there (a tariff) has none.
@cases(CASES, "landmarks", "language, title, text, place, country")
def test_talks_at_a_government_building_are_in_its_country(language: str, title: str, text: str,
                                                           place: str | None, country: str | None) -> None:
    event = main_event(title, text, language)
    assert (event.place, event.place_country) == (place, country)


# "Tuần lễ Cấp cao năm nay diễn ra tại thành phố San Francisco", "The summit will be held in ...", "会议将在
# 旧金山举行": a visit to a gathering is in the city of its host country the lead says it is held in.
@cases(CASES, "held_in", "language, title, text, place, country")
def test_a_visit_is_in_the_city_its_gathering_is_held_in(language: str, title: str, text: str,
                                                         place: str | None, country: str | None) -> None:
    event = main_event(title, text, language)
    assert (event.place, event.place_country) == (place, country)


# "Theo phóng viên TTXVN tại Oa-sinh-tơn, ..., hội đàm ... tại Niu Oóc": where the reporter is posted is a
# dateline (grammar `dispatch_from`), no locative of the act.
@cases(CASES, "reporter_posted", "language, title, text, place, country")
def test_where_the_agency_s_reporter_is_posted_is_a_dateline(language: str, title: str, text: str,
                                                             place: str | None, country: str | None) -> None:
    event = main_event(title, text, language)
    assert (event.place, event.place_country) == (place, country)


# "耿爽昨天在北京举行的例行记者会上表示 ..." over "“我们强烈敦促美方 ...”": an act done by saying is where a
# person of its actor spoke, though the sentence names a third country; the other side's speaker is not.
@cases(CASES, "speaker_places", "language, title, text, place, country")
def test_an_act_done_by_saying_is_where_its_speaker_spoke(language: str, title: str, text: str,
                                                          place: str | None, country: str | None) -> None:
    event = main_event(title, text, language)
    assert (event.place, event.place_country) == (place, country)


# "在越南中部外海接待越南官員", "off the coast of central Vietnam": a warship's act at sea is no port call: no
# dateline places it and it has no host country; a call at a port is in its city.
@cases(CASES, "at_sea", "language, title, text, place, country")
def test_a_warship_s_act_at_sea_is_no_port_call(language: str, title: str, text: str,
                                                place: str | None, country: str | None) -> None:
    event = main_event(title, text, language)
    assert (event.place, event.place_country) == (place, country)


# "..., the U.S. Embassy in Hanoi said in a statement", "Đại sứ quán Hoa Kỳ tại Hà Nội ... thông báo": an act
# done from home, or aid, told by the acting government's own embassy is in the embassy's city.
@cases(CASES, "embassy_says", "language, title, text, place, country")
def test_a_government_s_act_told_by_its_embassy_is_in_the_embassy_s_city(
        language: str, title: str, text: str, place: str | None, country: str | None) -> None:
    event = main_event(title, text, language)
    assert (event.place, event.place_country) == (place, country)


# "a ruling by an arbitration tribunal in The Hague", "Dallas Fed", "told reporters at the White House that
# Biden will meet Xi", "HANOI - The U.S. Defense Department and Vietnam's ... signed", "The last such summit
# was held in ... in 2019", "Separately, the U.S. Embassy in Hanoi said ...": no place of the act.
@cases(CASES, "narrowed", "language, title, text, place, country")
def test_the_place_rules_stay_within_their_clause(language: str, title: str, text: str,
                                                 place: str | None, country: str | None) -> None:
    event = main_event(title, text, language)
    assert (event.place, event.place_country) == (place, country)


# One side's act told in a named region of a body sentence was done there, not in the city a dateline
# names ("signed the order at his Mar-a-Lago estate in Florida" under WASHINGTON): its country, no city.
@cases(CASES, "regions_over_datelines", "language, title, text, place, country")
def test_one_side_s_act_told_in_a_region_is_not_in_the_dateline_s_city(
        language: str, title: str, text: str, place: str | None, country: str) -> None:
    event = main_event(title, text, language)
    assert (event.place, event.place_country) == (place, country)


# What a speaker added after the act (", adding that ...", ", đồng thời cho biết ...", "，并称…") tells
# another act: a city in it is that act's, not where the speaker was.
@cases(CASES, "added_clauses", "language, title, text, place, country")
def test_a_city_a_speaker_added_after_the_act_is_another_act_s(language: str, title: str, text: str,
                                                               place: str, country: str) -> None:
    event = main_event(title, text, language)
    assert (event.place, event.place_country) == (place, country)


# One side's act filed from the other side's capital is done there when a lead sentence tells a person of
# the actor handing it over to a person of the target ("Ambassador Prueher delivered the letter to Foreign
# Minister Tang Jiaxuan", "Đại sứ ... đã trao thư cho Bộ trưởng ...", "大使…將信函遞交中國外長…").
@cases(CASES, "handed_over", "language, title, text, place, country")
def test_an_act_handed_over_in_person_is_where_the_story_is_filed(
        language: str, title: str, text: str, place: str | None, country: str | None) -> None:
    event = main_event(title, text, language)
    assert (event.place, event.place_country) == (place, country)


# The Pentagon's people named after a comma as the ones telling the act acted where it stands: no city.
@cases(CASES, "elsewhere_tellers", "language, title, text, place, country")
def test_a_building_outside_the_dateline_s_city_named_as_the_teller_is_no_city(
        language: str, title: str, text: str, place: str | None, country: str | None) -> None:
    event = main_event(title, text, language)
    assert (event.place, event.place_country) == (place, country)


# A deeper report telling the past encounter's kind as still to come is another occasion: no city from it.
@cases(CASES, "coming_again", "language, title, text, place")
def test_a_deeper_report_of_the_encounter_to_come_is_another_occasion(language: str, title: str, text: str,
                                                                     place: str | None) -> None:
    assert main_event(title, text, language).place == place


# One side's act told as a post was written wherever its author was: a dateline abroad does not place it.
@cases(CASES, "posted", "language, title, text, place, country")
def test_an_act_told_as_a_post_is_not_where_the_story_is_filed(
        language: str, title: str, text: str, place: str | None, country: str | None) -> None:
    event = main_event(title, text, language)
    assert (event.place, event.place_country) == (place, country)


# A second reading of the 0.27.0 place rules: each narrowed at its mechanism (docs/detector.md).
@cases(CASES, "second_reading_places", "language, title, text, published, place, country, only_city")
def test_the_second_reading_s_leads_keep_their_places(language: str, title: str, text: str, published: date,
                                                      place: str | None, country: str | None,
                                                      only_city: bool | None) -> None:
    event = main_event(title, text, language, published)
    assert (event.place if only_city else (event.place, event.place_country)) == (
        place if only_city else (place, country))


# "Theo tin từ Oa-sinh-tơn, ...": where the news came from is a dateline: it places an act a government does
# from home as a wire dateline does, an encounter where the reporter is posted too; its own locative wins.
@cases(CASES, "sourced_from_home", "language, title, text, published, place, country")
def test_where_the_news_came_from_places_an_act_done_from_home(
        language: str, title: str, text: str, published: date, place: str | None,
        country: str | None) -> None:
    event = main_event(title, text, language, published)
    assert (event.place, event.place_country) == (place, country)


# "致唁电", "điện chia buồn": a telegram of condolence is sent from one capital to another: no place.
@cases(CASES, "condolence_messages", "language, title, text, published, place, country")
def test_a_message_of_condolence_has_no_place(language: str, title: str, text: str, published: date,
                                              place: str | None, country: str | None) -> None:
    event = main_event(title, text, language, published)
    assert (event.place, event.place_country) == (place, country)


# A measure announced in a post was written wherever its author was: no dateline places it, at home either.
@cases(CASES, "posted_at_home", "language, title, text, published, place, country")
def test_an_act_told_as_a_post_is_placed_by_no_dateline(language: str, title: str, text: str, published: date,
                                                        place: str | None, country: str | None) -> None:
    event = main_event(title, text, language, published)
    assert (event.place, event.place_country) == (place, country)


# "... their first talks since Blinken visited Beijing in April": a since-clause tells an earlier act.
@cases(CASES, "since_clauses", "language, title, text, published, place, country")
def test_a_city_in_a_since_clause_is_another_act_s(language: str, title: str, text: str, published: date,
                                                   place: str | None, country: str | None) -> None:
    event = main_event(title, text, language, published)
    assert (event.place, event.place_country) == (place, country)


# "HANOI (Reuters) - Vietnam has protested to China over ...": a protest told without its day is not put
# under its dateline, which tells where the copy was filed; told with its day, it is.
@cases(CASES, "untimed_protests", "language, title, text, published, place, country")
def test_a_protest_told_without_its_time_is_not_under_its_dateline(
        language: str, title: str, text: str, published: date | None, place: str | None,
        country: str | None) -> None:
    event = main_event(title, text, language, published)
    assert event.type == "protest"
    assert (event.place, event.place_country) == (place, country)


# "在河北省香河县开幕", "tại huyện Hương Hà, tỉnh Hà Bắc": a county town where talks are held is their city.
@cases(CASES, "county_towns", "language, title, text, published, place, country")
def test_a_county_town_of_talks_is_their_city(language: str, title: str, text: str, published: date,
                                              place: str | None, country: str | None) -> None:
    event = main_event(title, text, language, published)
    assert (event.place, event.place_country) == (place, country)


# "docked at Vietnam's Cam Ranh Bay": a country's possessive bridges a locative to its city.
@cases(CASES, "possessive_bridges", "language, title, text, published, place, country")
def test_a_country_s_possessive_bridges_to_its_city(language: str, title: str, text: str, published: date,
                                                    place: str | None, country: str | None) -> None:
    event = main_event(title, text, language, published)
    assert (event.place, event.place_country) == (place, country)


# "..., who was freed and flown to Houston": a passive relative clause tells another's act and its city.
@cases(CASES, "passive_relatives", "language, title, text, published, place, country")
def test_a_city_of_a_passive_relative_clause_is_another_act_s(
        language: str, title: str, text: str, published: date, place: str | None,
        country: str | None) -> None:
    event = main_event(title, text, language, published)
    assert (event.place, event.place_country) == (place, country)


# "WASHINGTON (Reuters) - ... held talks in Malta": an encounter in a region abroad is there, not in the
# dateline's city.
@cases(CASES, "encounters_in_regions_abroad", "language, title, text, published, place, country")
def test_an_encounter_in_a_region_abroad_is_not_in_the_dateline_s_city(
        language: str, title: str, text: str, published: date, place: str | None,
        country: str | None) -> None:
    event = main_event(title, text, language, published)
    assert (event.place, event.place_country) == (place, country)


# "Trả lời phỏng vấn phóng viên TTXVN tại Bắc Kinh": the city where a reporter sits is no place of the act.
@cases(CASES, "reporters_posts", "language, title, text, published, place, country")
def test_where_a_reporter_is_posted_is_no_place_of_the_act(language: str, title: str, text: str,
                                                          published: date, place: str | None,
                                                          country: str | None) -> None:
    event = main_event(title, text, language, published)
    assert (event.place, event.place_country) == (place, country)


# "EVIAN, France", "tại Ê-vi-ăng (Pháp)", "在加州约巴林达": towns outside capitals in every spelling.
@cases(CASES, "towns_outside_capitals", "language, title, text, published, place, country")
def test_towns_of_summits_and_speeches_outside_capitals(language: str, title: str, text: str, published: date,
                                                        place: str | None, country: str | None) -> None:
    event = main_event(title, text, language, published)
    assert (event.place, event.place_country) == (place, country)


# "freed and flown to Houston", "搭機前往美國休士頓": where someone was carried is no place of one side's act.
@cases(CASES, "carried_away", "language, title, text, published, place, country")
def test_where_someone_was_flown_is_no_place_of_one_side_s_act(
        language: str, title: str, text: str, published: date, place: str | None,
        country: str | None) -> None:
    event = main_event(title, text, language, published)
    assert (event.place, event.place_country) == (place, country)


# A second reading: a party's welcome told in a passive relative clause, an interview given in a city, a
# Vietnamese district of a Chinese town's name; with hard negatives.
@cases(CASES, "places_second_reading", "language, title, text, published, place, country")
def test_places_of_the_second_reading(language: str, title: str, text: str, published: date,
                                      place: str | None, country: str | None) -> None:
    event = main_event(title, text, language, published)
    if place is not None:
        assert event.place == (place or None)
    if country is not None:
        assert event.place_country == country
