"""A generated battery of non-state organisations (detector 0.9.0): titles, delegations and visits of
sports bodies, companies, banks, universities, chambers of commerce, NGOs, hospitals, artists, relatives
of leaders and dissidents are not the state, even between China, the US and Vietnam; the same shapes with
state bodies (governments, party departments, parliaments) stay diplomacy.

Each template takes an organisation of one country on one side and a party of another country on the
other, in both directions, for the three pairs; English, Vietnamese with and without diacritics,
simplified and traditional Chinese; each headline is tried as the title and as the text. The cases are
scored per category by `tests.batteries` against the floors in tests/baselines/.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from extractors.diplomacy import detect
from tests.batteries.countries import CAPITAL, COUNTRY, DIRECTIONS, pair, vi_spellings, zh_spellings

# {a}/{A}: country/demonym of the first side, {b}/{B}: of the second, {cap}: the first side's capital.
EN_DEMONYM = {"CHN": "Chinese", "USA": "US", "VNM": "Vietnamese"}
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


def _fill(template: str, a: str, b: str, country: dict, capital: dict, demonym: dict | None = None) -> str:
    demonym = demonym or country
    return template.format(a=country[a], b=country[b], A=demonym[a], B=demonym[b], cap=capital[a])


@dataclass(frozen=True)
class Case:
    """One generated headline, where it stands, and the pair it must get (None: a hard negative)."""

    lang: str  # en | vi | vi-ascii | zh-hans | zh-hant
    headline: str
    pair: str | None
    direction: str  # "CHN>VNM": the country of the first side, then the other's
    as_text: bool = False  # the headline is given as the text, with an empty title

    @property
    def id(self) -> str:
        return f"{self.lang}:{self.headline}:{'text' if self.as_text else 'title'}"


def _en(headline: str) -> list[tuple[str, str]]:
    return [("en", headline[0].upper() + headline[1:])]


Spellings = Callable[[str], list[tuple[str, str]]]  # a headline -> its (lang, text) forms
# (negatives, positives, country, capital, demonym, spellings) of each language, in the order generated
LANGUAGES: list[tuple[list[str], list[str], dict, dict, dict | None, Spellings]] = [
    (EN_NEGATIVES, EN_POSITIVES, COUNTRY["en"], CAPITAL["en"], EN_DEMONYM, _en),
    (VI_NEGATIVES, VI_POSITIVES, COUNTRY["vi"], CAPITAL["vi"], None, vi_spellings),
    (ZH_NEGATIVES, ZH_POSITIVES, COUNTRY["zh"], CAPITAL["zh"], None, zh_spellings),
]
# (templates of a bare title with its home country, the other side's names, the other sides, spellings)
HOMES: list[tuple[list[tuple[str, str]], dict, tuple[str, ...], Spellings]] = [
    (VI_HOME, COUNTRY["vi"], ("CHN", "USA"), vi_spellings),
    (ZH_HOME, COUNTRY["zh"], ("USA", "VNM"), zh_spellings),
]


def _headlines() -> list[tuple[str, str, str | None, str]]:
    """(lang, headline, expected pair or None for a hard negative, direction)."""
    cases: list[tuple[str, str, str | None, str]] = []
    for a, b in DIRECTIONS:
        positive, way = pair(a, b), f"{a}>{b}"
        for negatives, positives, country, capital, demonym, spellings in LANGUAGES:
            for template, expected in [(t, None) for t in negatives] + [(t, positive) for t in positives]:
                headline = _fill(template, a, b, country, capital, demonym)
                cases += [(lang, text, expected, way) for lang, text in spellings(headline)]
    for templates, country, others, spellings in HOMES:
        for b in others:
            for template, home in templates:
                headline = template.format(b=country[b])
                home_pair, way = pair(home, b), f"{home}>{b}"
                cases += [(lang, text, home_pair, way) for lang, text in spellings(headline)]
    return cases


def battery() -> list[Case]:
    """Every generated headline, as the title and as the text."""
    return [Case(lang, headline, expected, way, as_text) for lang, headline, expected, way in _headlines()
            for as_text in (False, True)]


def outcomes(case: Case) -> tuple[dict[str, bool], str]:
    """`kept_out` (not relevant) for a hard negative, `pair` (relevant with exactly its pair) for a
    positive; and what the detector said."""
    det = detect("", case.headline, None) if case.as_text else detect(case.headline, "", None)
    said = f"score={det.score} pairs={det.pairs}"
    if case.pair is None:
        return {"kept_out": not det.relevant}, said
    return {"pair": det.relevant and det.pairs == (case.pair,)}, said


def categories(case: Case) -> list[str]:
    """Every case counts in `all`, its language, its direction and where the headline stands."""
    return ["all", f"lang={case.lang}", f"direction={case.direction}",
            f"where={'text' if case.as_text else 'title'}"]


CASES = battery()
