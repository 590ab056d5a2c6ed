"""Small readers of the grammar, held to what their comments and docs say of them."""

from __future__ import annotations

import pytest

from extractors.diplomacy.analysis import _bound
from extractors.diplomacy.eventgrammar import _opening_letters, words
from extractors.diplomacy.lexicon import Entry
from extractors.diplomacy.sentence import Mention
from extractors.diplomacy.titled import _portfolio_words, _rules
from extractors.diplomacy.titledchars import _chain_cut
from extractors.diplomacy.titledchars import _rules as _chinese_rules
from tests.diplomacy.stories import people_read


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
    assert _chain_cut(simple, at, [Mention(simple.index("美国"), "美国", country)], rules) == \
        simple.index("和") + 1


# A surname with a capital inside it after a prefix ("McAllister", "DeWitt") is a word of a name after a
# title in Latin script (titled._LATIN). Left: in Chinese copy a bracketed Latin name
# (titledchars._BRACKETED: a capital, then lower case only).
_INNER_CAPITAL = "a surname with a capital inside it is no name word of the bracketed Latin reader"
NAMES_WITH_AN_INNER_CAPITAL = [
    pytest.param("Chinese vice minister meets U.S. commerce official",
                 "BEIJING (Reuters) - Chinese Vice Commerce Minister Wang Shouwen met U.S. Deputy Secretary"
                 " of Commerce Sean McAllister in Beijing on Tuesday to discuss export controls, China's"
                 " commerce ministry said.", {"Wang Shouwen", "Sean McAllister"}),
    ("Chinese vice minister meets U.S. commerce official",
     "BEIJING (Reuters) - Chinese Vice Commerce Minister Wang Shouwen met U.S. Deputy Secretary of Commerce"
     " Sean Mallister in Beijing on Tuesday to discuss export controls, China's commerce ministry said.",
     {"Wang Shouwen", "Sean Mallister"}),
    pytest.param("王受文会见美国商务部副部长",
                 "新华社北京5月9日电 商务部副部长王受文9日在北京会见美国商务部副部长"
                 "麦卡利斯特（Sean McAllister），双方就出口管制问题交换意见。",
                 {"Wang Shouwen", "Sean McAllister"},
                 marks=pytest.mark.xfail(strict=True, reason=_INNER_CAPITAL)),
    pytest.param("Michigan governor visits Vietnam",
                 "HANOI (AP) - Vietnamese Deputy Prime Minister Tran Luu Quang met Michigan Governor Gretchen"
                 " DeWitt in Hanoi on Tuesday to discuss trade and investment.",
                 {"Trần Lưu Quang", "Gretchen DeWitt"}),
]


@pytest.mark.parametrize(("title", "text", "people"), NAMES_WITH_AN_INNER_CAPITAL)
def test_an_office_holder_whose_surname_holds_a_capital(title: str, text: str, people: set[str]) -> None:
    assert people_read(title, text, "2024-05-10") == people


@pytest.mark.parametrize("text", ["tau hai canh cho doan cong tac cap cang",
                                  "tàu chở đoàn công tác cập cảng"])
def test_a_delegation_aboard_with_and_without_marks(text: str) -> None:
    assert words().delegation_aboard.search(text)


@pytest.mark.parametrize("after", ["“里根”号指挥官", "「雷根」號指揮官", "舰长"])
def test_the_crew_of_a_named_warship_in_either_script(after: str) -> None:
    assert words().ship_crew.match(after)
