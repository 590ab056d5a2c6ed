"""The three countries' names, capitals, pairs and directions, and the spellings of a headline, shared by
the batteries."""

from __future__ import annotations

from extractors.diplomacy.text import simp_to_trad, strip_marks

PAIR = {frozenset({"CHN", "VNM"}): "CN-VN", frozenset({"USA", "VNM"}): "US-VN",
        frozenset({"CHN", "USA"}): "CN-US"}
# Every (first side, other side) of two of the three, in the order the batteries generate them.
DIRECTIONS = [(a, b) for a in ("CHN", "USA", "VNM") for b in ("CHN", "USA", "VNM") if a != b]

# language -> country code -> the country's name, and its capital's.
COUNTRY = {"en": {"CHN": "China", "USA": "the US", "VNM": "Vietnam"},
           "vi": {"CHN": "Trung Quốc", "USA": "Hoa Kỳ", "VNM": "Việt Nam"},
           "zh": {"CHN": "中国", "USA": "美国", "VNM": "越南"}}
CAPITAL = {"en": {"CHN": "Beijing", "USA": "Washington", "VNM": "Hanoi"},
           "vi": {"CHN": "Bắc Kinh", "USA": "Washington", "VNM": "Hà Nội"},
           "zh": {"CHN": "北京", "USA": "华盛顿", "VNM": "河内"}}

# Characters the table maps to a variant that traditional text does not use here (抵 is not 牴, 合 not 閤).
_SAME_IN_TRADITIONAL = frozenset("合同家席抵教表")


def pair(a: str, b: str) -> str:
    """The pair code of two of the three ("CN-VN")."""
    return PAIR[frozenset({a, b})]


def traditional(text: str) -> str:
    """Traditional spelling of a simplified headline, character for character (first form of the table)."""
    table = simp_to_trad()
    return "".join(ch if ch in _SAME_IN_TRADITIONAL else table.get(ch, ch)[0] for ch in text)


def vi_spellings(headline: str) -> list[tuple[str, str]]:
    """A Vietnamese headline with and without diacritics, as (lang, text)."""
    return [("vi", headline), ("vi-ascii", strip_marks(headline))]


def zh_spellings(headline: str) -> list[tuple[str, str]]:
    """A Chinese headline in simplified and traditional characters, as (lang, text)."""
    return [("zh-hans", headline), ("zh-hant", traditional(headline))]
