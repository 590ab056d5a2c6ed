"""Small readers of the grammar, held to what their comments and docs say of them."""

from __future__ import annotations

import pytest

from extractors.diplomacy.analysis import _bound
from extractors.diplomacy.eventgrammar import _opening_letters, words
from extractors.diplomacy.lexicon import Entry
from extractors.diplomacy.sentence import Mention
from extractors.diplomacy.titled import _portfolio_words, _rules
from extractors.diplomacy.titledchars import _chain_start
from extractors.diplomacy.titledchars import _rules as _chinese_rules


@pytest.mark.parametrize(("fragments", "letters"), [
    (("After", "Days after"), frozenset("AD")),
    (("Sau khi", r"(?:Một|Hai|Ba|Vài|Mấy)\s+(?:ngày|tuần)\s+sau khi"), frozenset("SMHBV")),
    ((r"\d+ days after",), None),  # a class may open with any character: tried in every sentence
])
def test_opening_letters_of_a_group_of_words(fragments: tuple[str, ...],
                                             letters: frozenset[str] | None) -> None:
    assert _opening_letters(fragments) == letters


@pytest.mark.parametrize("opening", ["Một", "Vài", "Mấy", "Ba", "Hai"])
def test_every_vietnamese_count_of_days_may_open_an_answered_frame(opening: str) -> None:
    starts = words().answered_starts
    assert starts is None or opening[0] in starts


@pytest.mark.parametrize(("between", "read"), [
    ("Health and Human Services", True),  # three of the office's own words, one joiner
    ("Commerce", True),
    ("Homeland Security and Border Protection", False),  # four of them, one joiner: more than three
    ("and Commerce", False),  # a joiner opening the run names no one office
])
def test_portfolio_words_at_most_three_whatever_joins_them(between: str, read: bool) -> None:
    rules = _rules("en")
    assert rules is not None
    assert _portfolio_words(between.split(), rules) is read


@pytest.mark.parametrize(("simplified", "traditional"),
                         [("击落", "擊落"), ("起诉", "起訴"), ("交还", "交還")])
def test_a_bound_chinese_act_is_bound_in_either_script(simplified: str, traditional: str) -> None:
    bound = _bound()
    assert simplified in bound and bound[traditional] == bound[simplified]


def test_a_title_chain_starts_after_a_joiner() -> None:
    rules = _chinese_rules("zh")
    assert rules is not None
    simple = "越南副总理和美国加州州长纽森"
    country = Entry(source="entities", kind="country", value="USA", label="United States")
    at = simple.index("州长")
    assert _chain_start(simple, at, [Mention(simple.index("美国"), "美国", country)], rules) == \
        simple.index("和") + 1
