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
# measure (`investment`). "签署…法", "ký ban hành Đạo luật", "signed into law": the law's act, not an
# agreement (`signed_laws`), also a law passed by Congress and signed (`qualified_laws`); the bound words and
# bare laws keep other acts (`signed_laws_kept`).
@cases(CASES, ("investment", "signed_laws", "signed_laws_kept", "qualified_laws"),
       "language, title, text, published, expected")
def test_a_measure_by_law_order_or_rule_is_the_act_it_does(language: str, title: str, text: str,
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
