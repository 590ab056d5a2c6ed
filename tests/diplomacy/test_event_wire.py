"""The main event of wire leads: the act each class of wording tells, beside its hard negatives. Our own
leads, labelled by the guide of bench/gold/README.md before the detector read them."""

from __future__ import annotations

from tests import FIXTURES
from tests.cases import cases
from tests.diplomacy.stories import main_event

CASES = FIXTURES / "diplomacy" / "cases" / "test_event_wire.toml"


@cases(CASES, "wire", "title, text, language, act")
def test_a_class_of_wording_tells_its_act(title: str, text: str, language: str,
                                          act: tuple[str, str, str]) -> None:
    found = main_event(title, text, language)
    assert (found.type, found.actor, found.target) == act


@cases(CASES, "wire_negatives", "title, text, language, act")
def test_the_hard_negatives_keep_their_act(title: str, text: str, language: str,
                                           act: tuple[str, str, str]) -> None:
    found = main_event(title, text, language)
    assert (found.type, found.actor, found.target) == act


@cases(CASES, "wire_third", "title, text, language, act")
def test_a_third_set_of_classes_tell_their_act(title: str, text: str, language: str,
                                               act: tuple[str, str, str]) -> None:
    found = main_event(title, text, language)
    assert (found.type, found.actor, found.target) == act


@cases(CASES, "wire_third_negatives", "title, text, language, act")
def test_a_third_set_of_hard_negatives_keep_their_act(title: str, text: str, language: str,
                                                      act: tuple[str, str, str]) -> None:
    found = main_event(title, text, language)
    assert (found.type, found.actor, found.target) == act


@cases(CASES, "wire_more", "title, text, language, act")
def test_more_classes_of_wording_tell_their_act(title: str, text: str, language: str,
                                                act: tuple[str, str, str]) -> None:
    found = main_event(title, text, language)
    assert (found.type, found.actor, found.target) == act


@cases(CASES, "wire_more_negatives", "title, text, language, act")
def test_more_hard_negatives_keep_their_act(title: str, text: str, language: str,
                                            act: tuple[str, str, str]) -> None:
    found = main_event(title, text, language)
    assert (found.type, found.actor, found.target) == act
