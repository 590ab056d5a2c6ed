"""Measures a government takes by law, order or rule: investment curbs, and laws a president signs, which
do what they say (a sanction, a measure) and are no agreement signed between two governments."""

from __future__ import annotations

from datetime import date

from extractors.diplomacy import detect
from tests import FIXTURES
from tests.cases import cases

CASES = FIXTURES / "diplomacy" / "cases" / "test_event_measures.toml"


def main_event(title: str, text: str, language: str, published: date | None = None):  # noqa: ANN201
    events = detect(title, text, language, published).events
    assert events, f"no event in {text!r}"
    return next((event for event in events if event.main), events[0])


# "hạn chế đầu tư", "cấm các nhà đầu tư", "限制…投资", "禁止美國人投資": a curb on investment is a trade
# measure.
@cases(CASES, "investment", "language, title, text, published, expected")
def test_a_ban_or_curb_on_investment_is_a_trade_measure(language: str, title: str, text: str, published: date,
                                                        expected: tuple[str, str, str]) -> None:
    event = main_event(title, text, language, published)
    assert (event.type, event.actor, event.target) == expected


# "签署…法", "ký ban hành Đạo luật", "signed into law": the law's act, not an agreement.
@cases(CASES, "signed_laws", "language, title, text, published, expected")
def test_signing_a_law_is_the_act_the_law_does(language: str, title: str, text: str, published: date,
                                               expected: tuple[str, str, str]) -> None:
    event = main_event(title, text, language, published)
    assert (event.type, event.actor, event.target) == expected


@cases(CASES, "signed_laws_kept", "language, title, text, published, expected")
def test_the_bound_words_and_bare_laws_keep_other_acts(language: str, title: str, text: str, published: date,
                                                       expected: tuple[str, str, str]) -> None:
    event = main_event(title, text, language, published)
    assert (event.type, event.actor, event.target) == expected


@cases(CASES, "qualified_laws", "language, title, text, published, expected")
def test_a_law_passed_by_congress_and_signed_is_the_act_it_does(language: str, title: str, text: str,
                                                                published: date,
                                                                expected: tuple[str, str, str]) -> None:
    event = main_event(title, text, language, published)
    assert (event.type, event.actor, event.target) == expected


@cases(CASES, "attributed", "language, title, text, published, expected")
def test_an_agency_named_in_an_opening_attribution_is_no_speaker(language: str, title: str, text: str,
                                                                 published: date,
                                                                 expected: tuple[str, str]) -> None:
    event = main_event(title, text, language, published)
    assert (event.actor, event.target) == expected
