"""Acts of saying in English wire copy: what a government's words tell when a measure's or a threat's word
stands in them. A currency-manipulator label given is an accusation, one dropped or withheld a statement;
a measure whose lifting is only asked, refused or possible, bodies taken off a blacklist, and a measure
told as what a finding may lead to are no measure but the government's statement; a threat to peace or
security charged against the other side's act is criticism; a government "concerned" about the other's
act criticises it; an occasion named after "days before" is of another
time; words told to the other side after the pair's talks were told at them; a protest told as done
before leaves the story's criticism; talks listed among things called off are called off; a meeting
ruled out is none. Our own leads (Reuters/AP
style), labelled before the detector was run on them, each class beside hard negatives that must keep
their act."""

from __future__ import annotations

import pytest

from tests.diplomacy.stories import assert_act, main_event


def _typed(title: str, text: str) -> tuple[str, str, str]:
    found = main_event(title, text, "en")
    return found.type, found.actor, found.target


# ---------------------------------------------------------------- a currency-manipulator label
@pytest.mark.parametrize(("title", "text", "expected"), [
    ("U.S. labels Vietnam a currency manipulator",
     "WASHINGTON (Reuters) - The U.S. Treasury Department on Thursday named Vietnam a currency manipulator "
     "in its report to Congress, saying Hanoi had kept the dong artificially weak.",
     ("accuse", "USA", "VNM")),
    ("Treasury brands China a currency manipulator",
     "WASHINGTON (AP) — The Treasury Department on Monday designated China a currency manipulator, after "
     "Beijing let the yuan fall sharply against the dollar.",
     ("accuse", "USA", "CHN")),
    # hard negatives: a label withheld, dropped or only promised is no accusation
    ("U.S. Treasury declines to label China a currency manipulator",
     "WASHINGTON (Reuters) - The U.S. Treasury Department on Friday declined to name China a currency "
     "manipulator in its semi-annual report, but kept it on a monitoring list.",
     ("statement", "USA", "CHN")),
    ("U.S. drops Vietnam currency manipulator label",
     "WASHINGTON (Reuters) - The U.S. Treasury on Friday removed Vietnam's designation as a currency "
     "manipulator, citing its talks with the State Bank of Vietnam.",
     ("statement", "USA", "VNM")),
])
def test_a_currency_manipulator_label_given_accuses_and_one_withheld_states(
        title: str, text: str, expected: tuple[str, str, str]) -> None:
    assert _typed(title, text) == expected


# ---------------------------------------------------------------- a measure lifted or only possible
# A lifting done stays its measure (the tables' "U.S. lifts arms embargo on Vietnam", "U.S. drops tariffs on
# Vietnamese shrimp"); one refused, asked or possible, or bodies taken off a list, is the government's
# statement.
@pytest.mark.parametrize(("title", "text", "expected"), [
    ("U.S. lifts sanctions on Chinese shipping firm",
     "WASHINGTON (Reuters) - The U.S. Treasury on Tuesday lifted sanctions on a unit of Chinese shipping "
     "giant COSCO, citing changes in its ownership.",
     ("sanction", "USA", "CHN")),  # a lifting done stays the measure, as "U.S. lifts arms embargo on Vietnam"
    ("China eases ban on U.S. beef imports",
     "BEIJING (Reuters) - China on Friday eased its ban on imports of U.S. beef, the commerce ministry "
     "said.",
     ("trade_measure", "CHN", "USA")),
    ("China demands U.S. lift sanctions on its officials",
     "BEIJING (Reuters) - China's foreign ministry on Monday demanded that the United States lift sanctions "
     "on Chinese officials, calling them gross interference in its internal affairs.",
     ("demand", "CHN", "USA")),
    ("U.S. names Vietnam a religious freedom violator",
     "WASHINGTON (Reuters) - The State Department on Thursday placed Vietnam on its list of countries of "
     "particular concern over religious freedom, a designation that could lead to sanctions.",
     ("statement", "USA", "VNM")),
    ("Pompeo says U.S. will not lift sanctions on Chinese officials",
     "WASHINGTON (Reuters) - Secretary of State Mike Pompeo said on Tuesday the United States would not lift "
     "sanctions on Chinese officials over Hong Kong.",
     ("statement", "USA", "CHN")),
    ("U.S. removes China's ZTE from trade blacklist",
     "WASHINGTON (Reuters) - The U.S. Commerce Department on Friday removed Chinese telecoms firm ZTE from "
     "its trade blacklist after it paid a $1 billion fine.",
     ("statement", "USA", "CHN")),
    # hard negatives: a measure taken, and goods listed for duties, keep their measure
    ("U.S. imposes sanctions on Chinese firms over Iran oil",
     "WASHINGTON (Reuters) - The United States on Thursday imposed sanctions on five Chinese companies for "
     "buying Iranian oil, the Treasury Department said.",
     ("sanction", "USA", "CHN")),
    ("U.S. unveils list of Chinese goods facing new duties",
     "WASHINGTON (Reuters) - Washington on Friday unveiled a list of Chinese electronics that could face "
     "duties of 25 percent from next month, escalating its trade dispute with Beijing.",
     ("trade_measure", "USA", "CHN")),
])
def test_a_measure_lifted_only_as_asked_or_possible_is_a_statement(title: str, text: str,
                                                          expected: tuple[str, str, str]) -> None:
    assert _typed(title, text) == expected


# ---------------------------------------------------------------- a threat charged, a concern voiced
@pytest.mark.parametrize(("title", "text", "expected"), [
    ("Vietnam says China's rig threatens regional peace",
     "HANOI (Reuters) - Vietnam's foreign ministry said on Thursday that China's deployment of an oil rig "
     "in Vietnamese waters threatened peace and stability in the region.",
     ("criticize", "VNM", "CHN")),
    ("U.S. says Vietnam's new press rules may curb free speech",
     "HANOI (Reuters) - The U.S. embassy in Hanoi said on Wednesday it was concerned that new rules on "
     "foreign media would restrict the work of journalists in Vietnam.",
     ("criticize", "USA", "VNM")),
    ("Vietnam says it is concerned about Chinese survey ship",
     "HANOI (Reuters) - Vietnam is concerned about the presence of a Chinese survey ship in its exclusive "
     "economic zone, a foreign ministry spokeswoman said on Thursday.",
     ("criticize", "VNM", "CHN")),
    # hard negatives: a threat of the speaker's own stays one; a meeting where concern is shared stays it
    ("China warns U.S. it will fight to the end over Taiwan",
     "BEIJING (Reuters) - China's defence ministry said on Thursday it would fight to the end if the United "
     "States interfered in Taiwan.",
     ("threaten", "CHN", "USA")),
    ("Blinken meets Wang Yi in Beijing",
     "BEIJING (Reuters) - U.S. Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in "
     "Beijing on Monday, and both sides said they were concerned about the war in Ukraine.",
     ("meet", "USA", "CHN")),
])
def test_a_threat_charged_or_a_concern_voiced_is_criticism(title: str, text: str,
                                                           expected: tuple[str, str, str]) -> None:
    assert _typed(title, text) == expected


# ---------------------------------------------------------------- an occasion "days before"
@pytest.mark.parametrize(("title", "text", "expected"), [
    ("U.S. eases sanctions on Chinese shipping firm days before trade deal signing",
     "WASHINGTON (Reuters) - The U.S. Treasury on Monday eased sanctions on a Chinese shipping company, "
     "removing an irritant before the two countries sign a trade deal.",
     ("sanction", "USA", "CHN")),
    ("Vietnam protests Chinese drills days before leaders' summit",
     "HANOI (Reuters) - Vietnam on Tuesday protested Chinese military drills near the Paracel Islands, its "
     "foreign ministry said.",
     ("protest", "VNM", "CHN")),
    # hard negative: the signing the headline tells first stays the signing
    ("China, U.S. sign trade deal days before new tariffs take effect",
     "WASHINGTON (Reuters) - China and the United States signed a trade deal at the White House on "
     "Wednesday, days before new tariffs were due to take effect.",
     ("sign_agreement", "CHN", "USA")),
])
def test_an_occasion_named_days_before_is_of_another_time(title: str, text: str,
                                                          expected: tuple[str, str, str]) -> None:
    assert_act(main_event(title, text, "en"), *expected)  # either side first for a symmetric type


# ---------------------------------------------------------------- pressed or told at the pair's talks
@pytest.mark.parametrize(("title", "text", "expected"), [
    pytest.param(
        "Biden presses Xi on fentanyl as APEC summit opens",
     "SAN FRANCISCO (Reuters) - U.S. President Joe Biden pressed Chinese President Xi Jinping on Wednesday "
     "to curb exports of fentanyl precursors, in talks on the sidelines of the Asia-Pacific Economic "
     "Cooperation summit.",
     ("meet", "USA", "CHN"),
     marks=pytest.mark.xfail(strict=True, reason=(
         "an urging told before its talks stays the appeal: the wire table's 'Yellen presses China on "
         "curbing overcapacity' (en, 13) is labelled so, against a studied part's Obama-Hu label"))),
    ("China's Wang tells Blinken Taiwan is a red line",
     "BEIJING (Reuters) - Chinese Foreign Minister Wang Yi told U.S. Secretary of State Antony Blinken on "
     "Friday that Taiwan was the first red line that must not be crossed, after talks in Beijing.",
     ("meet", "USA", "CHN")),
    # hard negatives: an ask a day after talks stays the ask; a spokesman's words stay a statement
    ("Vietnam urges China to withdraw oil rig",
     "HANOI (Reuters) - Vietnam's foreign ministry on Tuesday urged China to withdraw its oil rig from "
     "Vietnamese waters, a day after talks between the two sides' officials in Beijing failed.",
     ("demand", "VNM", "CHN")),  # a force asked withdrawn: the guide's demand, as "urged ... to stop"
    ("China says U.S. must respect its core interests",
     "BEIJING (Reuters) - China's foreign ministry said on Monday the United States must respect China's "
     "core interests, after talks between the two defence ministers in Singapore.",
     ("statement", "CHN", "USA")),
])
def test_words_pressed_or_told_at_the_pairs_talks_are_the_talks(title: str, text: str,
                                                                 expected: tuple[str, str, str]) -> None:
    assert_act(main_event(title, text, "en"), *expected)  # either side first for a symmetric type


# ---------------------------------------------------------------- a formal act told as done before
@pytest.mark.parametrize(("title", "text", "expected"), [
    ("China calls U.S. visa curbs on its officials 'unreasonable'",
     "BEIJING (Reuters) - China's foreign ministry on Friday called new U.S. visa restrictions on Chinese "
     "officials unreasonable, saying it had lodged representations with Washington.",
     ("criticize", "CHN", "USA")),
    # hard negatives: a protest the lead tells as done now is the headline's criticism
    ("China criticises U.S. warship transit near Paracels",
     "BEIJING (Reuters) - China lodged stern representations with the United States on Tuesday after a U.S. "
     "destroyer sailed near the Paracel Islands, the foreign ministry said.",
     ("protest", "CHN", "USA")),
    ("Vietnam protests Chinese fishing ban",
     "HANOI (Reuters) - Vietnam's foreign ministry said on Monday it had lodged a protest with China over "
     "its annual fishing ban in the South China Sea.",
     ("protest", "VNM", "CHN")),  # a protest told alone, done before, is still the protest
    ("Vietnam hits back at China over fishing ban",
     "HANOI (Reuters) - Vietnam on Monday lodged a protest with China over its annual fishing ban in the "
     "South China Sea, the foreign ministry said.",
     ("protest", "VNM", "CHN")),
])
def test_a_formal_act_told_as_done_before_is_not_the_headlines_act(title: str, text: str,
                                                                   expected: tuple[str, str, str]) -> None:
    assert _typed(title, text) == expected


# ---------------------------------------------------------------- talks called off in a list
@pytest.mark.parametrize(("title", "text", "expected"), [
    ("Vietnam suspends defence exchanges, maritime talks with China",
     "HANOI (Reuters) - Vietnam said on Tuesday it was suspending defence exchanges with China and "
     "postponing talks on maritime issues, after a Chinese ship rammed a Vietnamese fishing boat.",
     ("reduce_relations", "VNM", "CHN")),
    # hard negative: talks held after the list are held
    ("China halts soybean purchases, holds talks with U.S.",
     "BEIJING (Reuters) - Chinese and U.S. officials held talks in Beijing on Monday, days after China "
     "halted purchases of American soybeans, the commerce ministry said.",
     ("meet", "CHN", "USA")),
])
def test_talks_called_off_in_a_list_reduce_relations(title: str, text: str,
                                                      expected: tuple[str, str, str]) -> None:
    assert_act(main_event(title, text, "en"), *expected)  # either side first for a symmetric type


# ---------------------------------------------------------------- an encounter negated
@pytest.mark.parametrize(("title", "text", "expected"), [
    pytest.param(
        "Trump threatens new tariffs on China, says no reason to meet Xi",
        "WASHINGTON (Reuters) - President Donald Trump said on Friday he would impose new tariffs on Chinese "
        "goods from next month. Trump also said there seemed to be no reason to meet Chinese President Xi "
        "Jinping at a summit in two weeks.",
        ("trade_measure", "USA", "CHN"),
        marks=pytest.mark.xfail(strict=True, reason=(
            "the meeting is ruled out now, but the headline's threat stays first: a measure announced for a "
            "coming day ('would impose ... from next month') is read as to come, not the measure"))),
    # the meeting ruled out alone: the threat, not the meeting
    ("Trump warns China, says no reason to meet Xi",
     "WASHINGTON (Reuters) - President Donald Trump warned China on Friday over its export curbs and said "
     "there was no reason to meet Chinese President Xi Jinping.",
     ("threaten", "USA", "CHN")),
    # hard negative: a meeting promised stays the meeting
    ("Trump says he will meet Xi in South Korea",
     "WASHINGTON (Reuters) - President Donald Trump said on Friday he would meet Chinese President Xi "
     "Jinping in South Korea later this month.",
     ("meet", "USA", "CHN")),
])
def test_an_encounter_negated_is_no_event(title: str, text: str, expected: tuple[str, str, str]) -> None:
    assert_act(main_event(title, text, "en"), *expected)  # either side first for a symmetric type

