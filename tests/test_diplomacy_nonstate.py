"""A generated battery of non-state organisations (detector 0.9.0): titles, delegations and visits of
sports bodies, companies, banks, universities, chambers of commerce, NGOs, hospitals, artists, relatives
of leaders and dissidents are not the state, even between China, the US and Vietnam; the same shapes with
state bodies (governments, party departments, parliaments) stay diplomacy.

Each template takes an organisation of one country on one side and a party of another country on the
other, in both directions, for the three pairs; English, Vietnamese with and without diacritics,
simplified and traditional Chinese. Run as a script for the coverage table:
`.venv/bin/python tests/test_diplomacy_nonstate.py [--failures]`.
"""

from __future__ import annotations

import sys
from collections import Counter
from itertools import product

import pytest

from extractors.diplomacy import detect
from extractors.diplomacy.text import simp_to_trad, strip_marks

PAIR = {frozenset({"CHN", "VNM"}): "CN-VN", frozenset({"USA", "VNM"}): "US-VN",
        frozenset({"CHN", "USA"}): "CN-US"}
DIRECTIONS = [(a, b) for a in ("CHN", "USA", "VNM") for b in ("CHN", "USA", "VNM") if a != b]

# {a}/{A}: country/demonym of the first side, {b}/{B}: of the second, {cap}: the first side's capital.
EN_COUNTRY = {"CHN": "China", "USA": "the US", "VNM": "Vietnam"}
EN_DEMONYM = {"CHN": "Chinese", "USA": "US", "VNM": "Vietnamese"}
EN_CAPITAL = {"CHN": "Beijing", "USA": "Washington", "VNM": "Hanoi"}
EN_NEGATIVES = [
    "{A} Football Association president meets {B} soccer delegation",
    "{A} football federation chairman receives {B} football federation delegation",
    "{A} Olympic Committee chief meets {B} Olympic Committee delegation",
    "Chairman of {A} conglomerate meets {B} business delegation",
    "{A} bank chief executive visits {b}",
    "President of {cap} University visits {b}",
    "{A} university delegation visits {b}",
    "{A} Chamber of Commerce delegation meets {B} investors",
    "{A} President's wife visits {B} orphanage",
    "{A} Prime Minister's daughter visits {b}",
    "{A} hospital director receives {B} doctors",
    "{A} band performs for {B} fans on tour of {b}",
    "{A} foundation chairman signs agreement with {B} company",
    "{A} lawmakers meet {B} dissidents",
]
EN_POSITIVES = [
    "{A} Prime Minister meets {B} delegation",
    "{A} lawmakers meet {B} Prime Minister",
    "{A} National Assembly delegation visits {b}",
    "{A} Foreign Minister receives {B} ambassador",
]

VI_COUNTRY = {"CHN": "Trung Quốc", "USA": "Hoa Kỳ", "VNM": "Việt Nam"}
VI_CAPITAL = {"CHN": "Bắc Kinh", "USA": "Washington", "VNM": "Hà Nội"}
VI_NEGATIVES = [
    "Chủ tịch Liên đoàn Bóng đá {a} tiếp Liên đoàn Bóng đá {b}",
    "Chủ tịch Tập đoàn {a} gặp doanh nghiệp {b}",
    "Tổng giám đốc ngân hàng {a} thăm {b}",
    "Hiệu trưởng Trường Đại học Quốc gia {cap} thăm {b}",
    "Phòng Thương mại {a} tiếp đoàn doanh nghiệp {b}",
    "Giám đốc bệnh viện {a} tiếp bác sĩ {b}",
    "Ban nhạc {a} biểu diễn tại {b}",
    "Nhà hoạt động {a} gặp nghị sĩ {b}",
]
VI_POSITIVES = [
    "Thủ tướng {a} tiếp Đại sứ {b}",
    "Đoàn đại biểu Quốc hội {a} thăm {b}",
    "Bộ trưởng Ngoại giao {a} hội đàm với Bộ trưởng Ngoại giao {b}",
]
# The party's external relations commission is Vietnam's: a bare title, the other side names its country.
VI_HOME = [("Trưởng Ban Đối ngoại Trung ương tiếp Đại sứ {b}", "VNM")]

ZH_COUNTRY = {"CHN": "中国", "USA": "美国", "VNM": "越南"}
ZH_CAPITAL = {"CHN": "北京", "USA": "华盛顿", "VNM": "河内"}
ZH_NEGATIVES = [
    "{a}足协主席会见{b}足协代表团",
    "{a}奥委会主席会见{b}奥委会代表团",
    "{a}某大学校长访问{b}",
    "{cap}大学代表团访问{b}",
    "{a}集团董事长会见{b}企业家",
    "{a}商会代表团访问{b}",
    "{a}医院院长会见{b}医生",
    "{a}总统的儿子访问{b}孤儿院",
    "{a}乐队在{b}演出",
]
ZH_POSITIVES = [
    "{a}国家主席会见{b}代表团",
    "{a}外交部长会见{b}大使",
    "{a}国会代表团访问{b}",
]
ZH_HOME = [("中联部部长会见{b}共产党代表团", "CHN"), ("全国人大代表团访问{b}", "CHN")]


def _traditional(text: str) -> str:
    table = simp_to_trad()
    return "".join(ch if ch in "合同家席抵教表" else table.get(ch, ch)[0] for ch in text)


def _fill(template: str, a: str, b: str, country: dict, capital: dict, demonym: dict | None = None) -> str:
    demonym = demonym or country
    return template.format(a=country[a], b=country[b], A=demonym[a], B=demonym[b], cap=capital[a])


def battery() -> list[tuple[str, str, str | None]]:
    """(lang, headline, expected pair or None for a hard negative)."""
    cases: list[tuple[str, str, str | None]] = []
    for a, b in DIRECTIONS:
        pair = PAIR[frozenset({a, b})]
        for template, expected in [(t, None) for t in EN_NEGATIVES] + [(t, pair) for t in EN_POSITIVES]:
            headline = _fill(template, a, b, EN_COUNTRY, EN_CAPITAL, EN_DEMONYM)
            cases.append(("en", headline[0].upper() + headline[1:], expected))
        for template, expected in [(t, None) for t in VI_NEGATIVES] + [(t, pair) for t in VI_POSITIVES]:
            headline = _fill(template, a, b, VI_COUNTRY, VI_CAPITAL)
            cases += [("vi", headline, expected), ("vi-ascii", strip_marks(headline), expected)]
        for template, expected in [(t, None) for t in ZH_NEGATIVES] + [(t, pair) for t in ZH_POSITIVES]:
            headline = _fill(template, a, b, ZH_COUNTRY, ZH_CAPITAL)
            cases += [("zh-hans", headline, expected), ("zh-hant", _traditional(headline), expected)]
    for b in ("CHN", "USA"):
        for template, home in VI_HOME:
            headline = template.format(b=VI_COUNTRY[b])
            pair = PAIR[frozenset({home, b})]
            cases += [("vi", headline, pair), ("vi-ascii", strip_marks(headline), pair)]
    for b in ("USA", "VNM"):
        for template, home in ZH_HOME:
            headline = template.format(b=ZH_COUNTRY[b])
            pair = PAIR[frozenset({home, b})]
            cases += [("zh-hans", headline, pair), ("zh-hant", _traditional(headline), pair)]
    return cases


CASES = battery()
# Known gap of 0.8.0 (docs/detector.md): "doan" typed without marks is no delegation, and the headline
# ending in "Hoa Ky" holds no syllable English copy never uses, so it is read as English.
KNOWN_GAPS = {f"Doan dai bieu Quoc hoi {a} tham Hoa Ky" for a in ("Trung Quoc", "Viet Nam")}


def _ok(headline: str, expected: str | None, as_text: bool) -> tuple[bool, str]:
    det = detect("", headline, None) if as_text else detect(headline, "", None)
    said = f"score={det.score} pairs={det.pairs}"
    if expected is None:
        return not det.relevant, said
    return det.relevant and det.pairs == (expected,), said


def _param(case: tuple[str, str, str | None], as_text: bool) -> object:
    marks = [pytest.mark.xfail(strict=True, reason="known gap")] if case[1] in KNOWN_GAPS else []
    where = "text" if as_text else "title"
    return pytest.param(*case, as_text, marks=marks, id=f"{case[0]}:{case[1]}:{where}")


@pytest.mark.parametrize(("lang", "headline", "expected", "as_text"),
                         [_param(c, as_text) for c, as_text in product(CASES, (False, True))])
def test_nonstate(lang: str, headline: str, expected: str | None, as_text: bool) -> None:
    """Non-state bodies of two countries are no diplomacy; the state bodies of the same shape are."""
    ok, said = _ok(headline, expected, as_text)
    assert ok, said


def test_battery_shape() -> None:
    """Every language has hard negatives and positives for every pair."""
    for lang in ("en", "vi", "vi-ascii", "zh-hans", "zh-hant"):
        assert {e for la, _, e in CASES if la == lang} == {"CN-VN", "US-VN", "CN-US", None}


if __name__ == "__main__":
    totals: Counter[tuple[str, str]] = Counter()
    for lang, headline, expected in CASES:
        ok, said = _ok(headline, expected, False)
        kind = "neg" if expected is None else "pos"
        totals[(lang, kind)] += 1
        totals[(lang, kind + "_ok")] += ok
        if not ok and "--failures" in sys.argv:
            print(f"FAIL {lang} {headline!r} expected={expected} {said}")
    print(f"{'lang':9} {'negatives kept out':>20} {'positives':>12}")
    for lang in ("en", "vi", "vi-ascii", "zh-hans", "zh-hant"):
        print(f"{lang:9} {totals[(lang, 'neg_ok')]:10}/{totals[(lang, 'neg')]:<9} "
              f"{totals[(lang, 'pos_ok')]:5}/{totals[(lang, 'pos')]:<5}")
