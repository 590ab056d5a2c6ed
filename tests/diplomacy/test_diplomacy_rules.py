"""Tests for the detector's reading rules added in 0.6: which countries a sentence's diplomacy is between.

Texts are written for these tests in the three languages, with hard negatives beside each rule.
"""

from __future__ import annotations

import pytest

from extractors.diplomacy import detect
from extractors.diplomacy.analysis import read_sentence
from tests import FIXTURES
from tests.cases import cases

CASES = FIXTURES / "diplomacy" / "cases" / "test_diplomacy_rules.toml"


# ---------------------------------------------------------------- a visit that is over
@cases(CASES, "a_finished_visit_is_where_the_visitor_comes_from", "title, text, language")
def test_a_finished_visit_is_where_the_visitor_comes_from(title: str, text: str,
                                                        language: str | None) -> None:
    """"After visiting Vietnam, Blinken met Wang Yi": the story is China-US, Vietnam was an earlier stop."""
    det = detect(title, text, language)
    assert det.relevant and det.pairs == ("CN-US",), det.extra["pair_mass"]


@cases(CASES, "only_the_earlier_stop_is_dropped", "text, script, trio")
def test_only_the_earlier_stop_is_dropped(text: str, script: str, trio: tuple[str, ...]) -> None:
    sentence = read_sentence(text, 0, 3.0, script)
    assert sentence.trio == set(trio)


def test_a_finished_visit_needs_a_visit_word() -> None:
    """"After talks with Vietnam" is no earlier stop: the clause is about an interaction."""
    sentence = read_sentence("China warned the US after talks with Vietnam", 0, 1.0, "en")
    assert sentence.trio == {"CHN", "USA", "VNM"}


# ---------------------------------------------------------------- one country acting on the other two
@cases(CASES, "one_country_acting_on_two_others_pairs_it_with_each", "title, text, language")
def test_one_country_acting_on_two_others_pairs_it_with_each(title: str, text: str, language: str) -> None:
    """US duties on Chinese and Vietnamese goods are US-China and US-Vietnam policy, not China-Vietnam."""
    det = detect(title, text, language)
    assert det.relevant and sorted(det.pairs) == ["CN-US", "US-VN"], det.extra["pair_mass"]
    assert det.extra["pair_mass"]["CN-VN"] == 0.0


@cases(CASES, "subject_of_a_three_country_sentence", "text, script, subject")
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
@cases(CASES, "countries_named_as_members_of_a_group_are_multilateral", "title, language")
def test_countries_named_as_members_of_a_group_are_multilateral(title: str, language: str | None) -> None:
    """"The US, China and four others will discuss...": the diplomacy is the group's, not a pair's."""
    det = detect(title, "", language)
    assert not det.relevant, det.extra
    assert det.extra["other"] > 0.5


@cases(CASES, "a_pair_is_not_a_group", "title, language")
def test_a_pair_is_not_a_group(title: str, language: str) -> None:
    det = detect(title, "", language)
    assert det.relevant and det.pairs == ("CN-US",), det.extra


# ---------------------------------------------------------------- trade remedies as acts between states (0.7)
@cases(CASES, "a_government_acting_on_anothers_goods_is_a_trade_act", "text, script, actor")
def test_a_government_acting_on_anothers_goods_is_a_trade_act(text: str, script: str, actor: str) -> None:
    """A government of one of the three rules on, imposes or answers a trade measure on another's goods."""
    assert read_sentence(text, 1, 2.0, script).trade_actor == actor


@cases(CASES, "trade_without_a_government_acting_on_another_is_no_trade_act", "text, script")
def test_trade_without_a_government_acting_on_another_is_no_trade_act(text: str, script: str) -> None:
    assert read_sentence(text, 1, 2.0, script).trade_actor == ""


@cases(CASES, "trade_remedies_between_governments_are_diplomacy", "title, text, language, pairs")
def test_trade_remedies_between_governments_are_diplomacy(title: str, text: str, language: str,
                                                          pairs: tuple[str, ...]) -> None:
    det = detect(title, text, language)
    assert det.relevant and det.pairs == pairs, (det.score, det.extra["pair_mass"])
    assert any(e.type == "trade_measure" for e in det.events)


@cases(CASES, "trade_stories_without_governments_acting_stay_not_relevant", "title, text, language")
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


def test_a_headline_naming_one_side_of_the_leads_act_is_that_act() -> None:
    """The headline's office names the other side only in the lead: the story is that act."""
    lead = ("The U.S. Treasury Department on Tuesday imposed sanctions on six Chinese companies it accused "
            "of helping Iran sell oil, drawing a rebuke from Beijing.")
    found = detect("Treasury sanctions Chinese firms over Iran oil", lead, "en")
    assert found.relevant and found.pairs == ("CN-US",), found.score
    # Not when the headline names another country, nor when its act is not the lead's.
    assert detect("Treasury sanctions Chinese and Russian firms", lead, "en").extra["title"] == 0.0
    assert detect("Chinese firms protest", lead, "en").extra["title"] == 0.0
    # Nor when the act the two share is no measure: a fair with exhibitors from the other side.
    fair = detect("Vietnam hosts regional trade fair",
                  "Vietnam hosted a regional trade fair in Hanoi on Monday, with exhibitors from China "
                  "showing electronics.", "en")
    assert fair.extra["title"] == 0.0 and not fair.relevant


# ---------------------------------------------------------------- one government speaking of another (0.10)
def _statements(text: str, script: str) -> list[str]:
    return [m.term for m in read_sentence(text, 1, 1.0, script).actions if m.entry.kind == "statement"]


@cases(CASES, "a_government_speaking_of_another_makes_a_statement", "text, script")
def test_a_government_speaking_of_another_makes_a_statement(text: str, script: str) -> None:
    assert _statements(text, script)


@cases(CASES, "speech_without_a_government_of_the_three_on_another_is_no_statement", "text, script")
def test_speech_without_a_government_of_the_three_on_another_is_no_statement(text: str, script: str) -> None:
    assert not _statements(text, script)


@cases(CASES, "a_quarrel_between_governments_is_relevant", "title, text, language")
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


@cases(CASES, "office_holders_added_in_0_10_are_known", "title, language, pair")
def test_office_holders_added_in_0_10_are_known(title: str, language: str, pair: str) -> None:
    det = detect(title, "", language)
    assert det.relevant and det.pairs == (pair,), (det.score, det.extra)


@cases(CASES, "differences_handled_between_governments", "title, relevant, pairs")
def test_differences_handled_between_governments(title: str, relevant: bool, pairs: tuple[str, ...]) -> None:
    """The idiom of differences between governments (0.10): 妥善处理, 管控分歧, 敏感问题."""
    det = detect(title, "", None)
    assert (det.relevant, det.pairs) == (relevant, pairs), (det.score, det.extra)


# ---------------------------------------------------------------- names and venues (0.10)
@cases(CASES, "short_country_names_and_pairs_with_other_countries", "text, script, trio, others")
def test_short_country_names_and_pairs_with_other_countries(text: str, script: str, trio: tuple[str, ...],
                                                            others: tuple[str, ...]) -> None:
    sentence = read_sentence(text, 1, 1.0, script)
    assert (sentence.trio, sentence.others) == (set(trio), set(others))


@cases(CASES, ("another_pairs_diplomacy_in_hanoi_or_named_short_stays_not_relevant",
               "others_acts_stay_not_relevant"), "title, text, language")
def test_another_pairs_diplomacy_in_hanoi_or_named_short_stays_not_relevant(title: str, text: str,
                                                                            language: str) -> None:
    """A summit of the US and North Korea held in Hanoi, a China–Japan row: Vietnam is a venue, "Nhật"
    is Japan (0.10)."""
    det = detect(title, text, language)
    assert not det.relevant, (det.score, det.extra)


@cases(CASES, "a_visit_to_a_city_is_a_visit_to_its_country", "title, text, language, pair")
def test_a_visit_to_a_city_is_a_visit_to_its_country(title: str, text: str, language: str, pair: str) -> None:
    """Only a meeting with another country makes a city a venue; arriving there is visiting it."""
    det = detect(title, text, language)
    assert det.relevant and det.pairs == (pair,), (det.score, det.extra)


@cases(CASES, "a_third_country_after_a_clause_break_is_no_party", "title, language, pair")
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


@cases(CASES, "the_two_countries_and_state_vessels_name_the_pair", "title, text, language, pair")
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


@cases(CASES, "programmes_and_protocol_between_governments", "title, text, language, pair")
def test_programmes_and_protocol_between_governments(title: str, text: str, language: str, pair: str) -> None:
    """Joint patrols, searches for the missing, credentials, demarches over arms sales (0.10)."""
    det = detect(title, text, language)
    assert det.relevant and det.pairs == (pair,), (det.score, det.extra)


def test_arms_sales_to_taiwan_keep_taiwan_a_topic() -> None:
    sentence = read_sentence("China protested US arms sales to Taiwan", 1, 1.0, "en")
    assert sentence.trio == {"CHN", "USA"} and not sentence.others


@cases(CASES, "war_legacies_and_north_koreas_leader_by_surname", "title, text, language, relevant, pairs")
def test_war_legacies_and_north_koreas_leader_by_surname(title: str, text: str, language: str,
                                                        relevant: bool, pairs: tuple[str, ...]) -> None:
    """The legacies of the war are work between governments, its history is not; "Kim" is North Korea's
    leader in English copy (0.10)."""
    det = detect(title, text, language)
    assert (det.relevant, det.pairs) == (relevant, pairs), (det.score, det.extra)


@cases(CASES, "the_mainland_is_china_in_taiwanese_and_hong_kong_copy", "text, trio")
def test_the_mainland_is_china_in_taiwanese_and_hong_kong_copy(text: str, trio: tuple[str, ...]) -> None:
    assert read_sentence(text, 1, 1.0, "zh").trio == set(trio)


def test_every_anaphor_is_a_lexicon_word() -> None:
    """The carried share is keyed on lexicon labels: each must be a row of actions.tsv."""
    from extractors.diplomacy.lexicon import load_entries
    from extractors.diplomacy.scoring import ANAPHORS

    labels = {entry.label for terms in load_entries().values() for entries in terms.values()
              for entry in entries if entry.source == "actions"}
    assert not ANAPHORS - labels, ANAPHORS - labels


@cases(CASES, "headline_and_lead_stories_between_two_of_the_three", "title, text, language, pair")
def test_headline_and_lead_stories_between_two_of_the_three(title: str, text: str, language: str,
                                                             pair: str) -> None:
    """A headline and a short lead about two of the three: a forum named as the stage of their meeting is
    no party; a headline's act counts toward the pair its lead completes; "the two leaders" are the
    countries of the two named before (0.30)."""
    det = detect(title, text, language)
    assert det.relevant and det.pairs == (pair,), (det.score, det.extra)


@cases(CASES, "headline_and_lead_lookalikes_stay_not_relevant", "title, text, language")
def test_headline_and_lead_lookalikes_stay_not_relevant(title: str, text: str, language: str) -> None:
    """The three only mentioned at a forum, a third country's story under a Chinese or US headline, a
    long article where the pair is an aside (0.30)."""
    det = detect(title, text, language)
    assert not det.relevant, (det.score, det.extra)


@cases(CASES, "ordinary_short_stories_between_two_of_the_three", "title, text, language, pair, actor, target")
def test_ordinary_short_stories_between_two_of_the_three(title: str, text: str, language: str, pair: str,
                                                         actor: str, target: str) -> None:
    """Aid, visits, meetings, calls and statements told in a headline and one lead sentence: an office-holder
    read by a title of one country names it, a disaster is the cause of aid between two of the three, a third
    country's forum in a clause of another time and a dateline's city are no parties (0.30)."""
    det = detect(title, text, language)
    assert det.relevant and det.pairs == (pair,), (det.score, det.extra)
    main = det.events[0]
    assert (main.actor, main.target) == (actor, target), main


@cases(CASES, "ordinary_short_lookalikes_stay_not_relevant", "title, text, language")
def test_ordinary_short_lookalikes_stay_not_relevant(title: str, text: str, language: str) -> None:
    """A government helping its own people after a disaster, aid from outside the three or to a fourth
    country, one of the three at a forum, company news, sports, and an office-holder read by title meeting
    another country's (0.30)."""
    det = detect(title, text, language)
    assert not det.relevant, (det.score, det.extra)


@cases(CASES, "the_enemy_of_a_past_war_is_no_party", "title, text, language, pair")
def test_the_enemy_of_a_past_war_is_no_party(title: str, text: str, language: str, pair: str) -> None:
    """"Lễ kỷ niệm ... chiến thắng trong cuộc kháng chiến chống Nhật", "the war of resistance against Japan":
    the enemy is history, so the visit to the ceremony has no diplomacy with others (0.30)."""
    det = detect(title, text, language)
    assert det.relevant and det.pairs == (pair,) and det.extra["other"] == 0.0, (det.score, det.extra)
