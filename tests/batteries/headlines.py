"""The headline battery: generated headlines of an office-holder of one country, a diplomacy verb and an
office-holder of another.

Headlines are built from office-holder forms (full titles, abbreviations such as PM and FM, demonym +
title, possessives, Vietnamese titles followed by the country, Chinese country + title) of two of China,
the United States and Vietnam, in both directions, joined by the verbs news uses for meeting, receiving,
talking, calling, visiting, hosting and signing. English comes in British and US spellings, Vietnamese
with and without diacritics, Chinese in simplified and traditional characters. Hard negatives of the same
shape (other pairs, sport, companies, domestic politics) must stay not relevant.

The cases are scored per category by `tests.batteries` against the floors in tests/baselines/.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from itertools import product

from extractors.diplomacy import detect
from tests.batteries.countries import CAPITAL, COUNTRY, DIRECTIONS, pair, vi_spellings, zh_spellings


@dataclass(frozen=True)
class Case:
    """One generated headline and what the detector must say about it."""

    lang: str  # en-gb | en-us | vi | vi-ascii | zh-hans | zh-hant
    shape: str  # verb kind or negative kind, for the coverage report
    headline: str
    pair: str | None  # the expected pair, None for a hard negative
    events: frozenset[str] = frozenset()  # acceptable event types (empty: any)
    as_text: bool = False  # the headline is given as the text, with an empty title
    direction: str = ""  # "CHN>VNM": the country named first, then the other; empty for a negative

    @property
    def id(self) -> str:
        return f"{self.lang}:{self.shape}:{self.headline}"


# ---------------------------------------------------------------- English
# Office-holder forms per country; "{s}" marks a word spelled differently in British and US English.
EN_HOLDERS = {
    "CHN": ["Chinese Premier", "Chinese President", "Chinese Foreign Minister", "Chinese FM",
            "Chinese {Defence} Minister", "China's {defence} minister", "China's top diplomat",
            "Chinese Vice Premier", "Chinese Vice President", "Chinese State Councillor",
            "Chinese Ambassador", "Chinese delegation", "Chinese Commerce Minister", "China's Premier",
            "Chinese Communist Party chief", "Chinese Defence Minister Dong Jun", "Premier Li Qiang"],
    "USA": ["US President", "U.S. Secretary of State", "US {Defence} Secretary", "US Trade Representative",
            "American Ambassador", "US Ambassador", "US Vice President", "US Commerce Secretary",
            "US delegation", "America's top diplomat", "US envoy", "US Treasury Secretary",
            "American {defence} chief", "Secretary of State Blinken", "U.S. congressional delegation"],
    "VNM": ["Vietnamese PM", "Vietnamese Prime Minister", "Vietnam's PM", "Vietnamese Deputy Prime Minister",
            "Vietnamese Deputy PM", "Vietnamese President", "Vietnam's Communist Party chief",
            "Vietnamese Foreign Minister", "Vietnamese FM", "Vietnamese {Defence} Minister",
            "Vietnamese Ambassador", "Vietnam's National Assembly Chairman", "Vietnamese delegation",
            "PM Chinh", "Vietnam's party chief To Lam", "Vietnamese Trade Minister"],
}
# verb kind -> (template, acceptable event types)
EN_VERBS = {
    "meet": ("{a} meets {b}", {"meet"}),
    "receive": ("{a} receives {b}", {"host_visit", "meet"}),
    "talks": ("{a} holds talks with {b}", {"meet", "negotiate"}),
    "phone": ("{a} phones {b}", {"phone_call"}),
    "call": ("{a} holds phone call with {b}", {"phone_call"}),
    "host": ("{a} hosts {b}", {"host_visit"}),
    "sign": ("{a} signs agreement with {b}", {"sign_agreement"}),
    "visit": ("{a} visits {country}", {"visit"}),
    "visit-capital": ("{a} arrives in {capital} for talks", {"visit", "negotiate"}),
}
EN_SPELLING = {"en-gb": {"Defence": "Defence", "defence": "defence", "Councillor": "Councillor"},
               "en-us": {"Defence": "Defense", "defence": "defense", "Councillor": "Councilor"}}
EN_NEGATIVES = [
    ("other-pair", "Vietnamese PM receives Japanese Ambassador"),
    ("other-pair", "Chinese FM meets Philippine counterpart"),
    ("other-pair", "US Secretary of State holds talks with Japanese Foreign Minister"),
    ("other-pair", "Vietnamese {Defence} Minister receives Russian delegation"),
    ("other-pair", "Chinese Premier phones Australian Prime Minister"),
    ("other-pair", "Vietnamese President visits Japan"),
    ("other-pair", "US President hosts Philippine President"),
    ("other-pair", "Chinese Ambassador meets Lao Foreign Minister"),
    ("sport", "Vietnam coach meets China's team"),
    ("sport", "Vietnamese striker signs with Chinese club"),
    ("sport", "US women's team hosts China in friendly match"),
    ("business", "Vietnamese CEO meets Chinese investors"),
    ("business", "Chinese automaker signs agreement with Vietnamese distributor"),
    ("business", "American chipmaker's chief visits Vietnamese factory"),
    ("domestic", "Vietnamese PM receives provincial leaders"),
    ("domestic", "Chinese Premier meets business leaders in Shanghai"),
    ("domestic", "US President hosts governors at the White House"),
    ("sport", "Chinese Football Association President meets US coach"),
    ("tourism", "Vietnam receives Chinese tourists in Ha Long"),
    ("other-pair", "US Ambassador to Japan attends Chinese New Year festival"),
]


def _en_cases() -> list[Case]:
    cases = []
    for lang, spelling in EN_SPELLING.items():
        def spell(text: str, lang: str = lang, spelling: dict[str, str] = spelling) -> list[tuple[str, str]]:
            for key, word in spelling.items():
                text = text.replace("{" + key + "}", word)
            return [(lang, text.replace("Councillor", spelling["Councillor"]))]
        cases += _language_cases("en", EN_HOLDERS, EN_VERBS, EN_NEGATIVES, spell)
    return cases


# ---------------------------------------------------------------- Vietnamese
VI_HOLDERS = {
    "CHN": ["Bộ trưởng Quốc phòng Trung Quốc", "Bộ trưởng Ngoại giao Trung Quốc", "Thủ tướng Trung Quốc",
            "Chủ tịch Trung Quốc", "Phó Chủ tịch Quân ủy Trung ương Trung Quốc", "Đại sứ Trung Quốc",
            "đoàn Trung Quốc", "đoàn đại biểu Trung Quốc", "Ủy viên Quốc vụ Trung Quốc",
            "Phó Thủ tướng Trung Quốc", "Bộ trưởng Thương mại Trung Quốc", "Ngoại trưởng Trung Quốc",
            "Phó Chủ tịch nước Trung Quốc", "Bộ trưởng Công an Trung Quốc", "Chủ tịch Chính hiệp Trung Quốc"],
    "USA": ["Bộ trưởng Thương mại Hoa Kỳ", "Đại diện Thương mại Hoa Kỳ", "Ngoại trưởng Mỹ",
            "Bộ trưởng Quốc phòng Mỹ", "Đại sứ Mỹ", "Tổng thống Mỹ", "Phó Tổng thống Mỹ",
            "đoàn Quốc hội Hoa Kỳ", "Thượng nghị sĩ Mỹ", "Bộ trưởng Tài chính Mỹ", "Đại sứ Hoa Kỳ",
            "Cố vấn An ninh Quốc gia Mỹ", "Thứ trưởng Ngoại giao Mỹ", "Bộ trưởng Ngoại giao Hoa Kỳ"],
    "VNM": ["Thủ tướng", "Thủ tướng Phạm Minh Chính", "Phó Thủ tướng", "Chủ tịch nước", "Tổng Bí thư",
            "Chủ tịch Quốc hội", "Bộ trưởng Ngoại giao", "Bộ trưởng Quốc phòng", "Bộ trưởng Công Thương",
            "Đại sứ Việt Nam", "Đoàn đại biểu Việt Nam", "Thủ tướng Việt Nam", "Phó Chủ tịch nước",
            "Thứ trưởng Ngoại giao", "Bộ trưởng Công an"],
}
VI_VERBS = {
    "receive": ("{a} tiếp {b}", {"host_visit", "meet"}),
    "meet": ("{a} hội kiến {b}", {"meet", "host_visit"}),
    "talks": ("{a} hội đàm với {b}", {"meet", "negotiate"}),
    "phone": ("{a} điện đàm với {b}", {"phone_call"}),
    "welcome": ("{a} đón {b}", {"host_visit", "meet"}),
    "sign": ("{a} ký thỏa thuận hợp tác với {b}", {"sign_agreement"}),
    "meet-gap": ("{a} gặp {b}", {"meet", "host_visit"}),
    "visit": ("{a} thăm chính thức {country}", {"visit"}),
    "visit-capital": ("{a} đến {capital}, bắt đầu chuyến thăm", {"visit"}),
}
VI_NEGATIVES = [
    ("domestic", "Thủ tướng tiếp Bộ trưởng Y tế"),
    ("domestic", "Chủ tịch nước tiếp đoàn đại biểu tỉnh Nghệ An"),
    ("domestic", "Tổng Bí thư hội kiến lãnh đạo các tỉnh miền Trung"),
    ("domestic", "Bộ trưởng Quốc phòng thăm bộ đội biên phòng"),
    ("other-pair", "Thủ tướng tiếp Đại sứ Nhật Bản"),
    ("other-pair", "Bộ trưởng Ngoại giao Trung Quốc hội đàm với người đồng cấp Philippines"),
    ("other-pair", "Chủ tịch nước hội kiến Tổng thống Hàn Quốc"),
    ("other-pair", "Ngoại trưởng Mỹ điện đàm với Ngoại trưởng Nhật Bản"),
    ("other-pair", "Thủ tướng thăm chính thức Lào"),
    ("sport", "Huấn luyện viên Việt Nam gặp đội tuyển Trung Quốc"),
    ("sport", "Đội tuyển Việt Nam tiếp đội tuyển Trung Quốc tại Mỹ Đình"),
    ("business", "Tổng giám đốc Việt Nam gặp nhà đầu tư Trung Quốc"),
    ("business", "Công ty Việt Nam ký hợp đồng với doanh nghiệp Mỹ"),
    ("sport", "Chủ tịch Liên đoàn Bóng đá Việt Nam gặp huấn luyện viên Trung Quốc"),
    ("business", "Chủ tịch Tập đoàn Vingroup tiếp đoàn doanh nghiệp Mỹ"),
    ("business", "Chủ tịch UBND tỉnh Lạng Sơn tiếp đoàn doanh nghiệp Trung Quốc"),
    ("business", "Thủ tướng tiếp Chủ tịch Tập đoàn Boeing Hoa Kỳ"),
]


# ---------------------------------------------------------------- Chinese
ZH_HOLDERS = {
    # Bare 外长, 防长, 总理 are left out: Chinese copy names the person ("李强总理").
    "CHN": ["国务委员", "王毅外长", "中国外长", "董军防长", "中国国防部长", "国家主席", "李强总理",
            "国务院总理", "中国代表团", "国家副主席", "商务部长", "中国驻越南大使", "中国驻美大使",
            "国务院副总理",
            "中共中央总书记", "全国人大常委会委员长"],
    "USA": ["美国总统", "美国国务卿", "美国防长", "美国国防部长", "美国贸易代表", "美国驻华大使",
            "美国财长", "美国商务部长", "美国代表团", "美国副总统", "美国驻越南大使", "美国国家安全顾问",
            "美国常务副国务卿"],
    "VNM": ["越南总理", "越南国家主席", "越共中央总书记", "越南外长", "越南防长", "越南国会主席",
            "越南副总理", "越南驻华大使", "越南代表团", "越南国防部长", "越南政府副总理", "越南驻美大使",
            "越南工贸部长"],
}
ZH_VERBS = {
    "meet": ("{a}会见{b}", {"meet", "host_visit"}),
    "receive": ("{a}接见{b}", {"host_visit", "meet"}),
    "talks": ("{a}与{b}会谈", {"meet", "negotiate"}),
    "phone": ("{a}同{b}通电话", {"phone_call"}),
    "meet-summit": ("{a}会晤{b}", {"meet"}),
    "sign": ("{a}与{b}签署合作协议", {"sign_agreement"}),
    "visit": ("{a}访问{country}", {"visit"}),
    "visit-capital": ("{a}抵达{capital}进行正式访问", {"visit"}),
}
ZH_NEGATIVES = [
    ("other-pair", "越南总理会见日本驻越南大使"),
    ("other-pair", "中国外长会见菲律宾外长"),
    ("other-pair", "美国国务卿与日本外相会谈"),
    ("other-pair", "国家主席同俄罗斯总统通电话"),
    ("other-pair", "越南国家主席访问老挝"),
    ("sport", "越南队主教练会见中国队"),
    ("sport", "中国女排与美国女排签约友谊赛"),
    ("business", "越南企业家会见中国投资者"),
    ("business", "中国汽车企业与越南经销商签署合作协议"),
    ("domestic", "总理会见全国劳动模范代表"),
    ("domestic", "国家主席接见驻港部队官兵"),
    ("domestic", "越南总理会见地方领导"),
    ("business", "越南企业代表团访问中国"),
    ("domestic", "美国总统大选：越南裔选民支持率上升"),
]


_POSTED = {"驻越南": "VNM", "驻美": "USA", "驻华": "CHN"}


def _posted_elsewhere(holder: str, partner: str) -> bool:
    """An ambassador form posted to a country other than the headline's partner."""
    return any(post in holder and code != partner for post, code in _POSTED.items())


# ---------------------------------------------------------------- shared
def _language_cases(language: str, holders: dict[str, list[str]], verbs: dict[str, tuple[str, set[str]]],
                    negatives: list[tuple[str, str]], spellings: Callable[[str], list[tuple[str, str]]],
                    ) -> list[Case]:
    """One language's cases: every verb between the office-holders of each direction, then the hard
    negatives; `spellings` gives each headline's (lang, text) forms (British and US, with and without
    diacritics, simplified and traditional); `language` names the countries and capitals."""
    country, capital = COUNTRY[language], CAPITAL[language]
    cases = []
    for (a, b), (kind, (template, events)) in product(DIRECTIONS, verbs.items()):
        for i, (holder_a, holder_b) in enumerate(_pairs_of_forms(holders[a], holders[b])):
            if _posted_elsewhere(holder_a, b) or _posted_elsewhere(holder_b, a):
                continue  # "中国驻越南大使" meets Vietnamese, not American, office-holders
            headline = template.format(a=holder_a, b=holder_b, country=country[b], capital=capital[b])
            headline = headline[0].upper() + headline[1:]
            cases += [Case(lang, kind, text, pair(a, b), frozenset(events), i % 2 == 1, f"{a}>{b}")
                      for lang, text in spellings(headline)]
    for kind, text in negatives:
        cases += [Case(lang, f"neg-{kind}", spelled, None) for lang, spelled in spellings(text)]
    return cases


def _pairs_of_forms(forms_a: list[str], forms_b: list[str]) -> list[tuple[str, str]]:
    """Every form of A once and every form of B once, rotated so the combinations vary."""
    n = max(len(forms_a), len(forms_b))
    return [(forms_a[i % len(forms_a)], forms_b[(i * 7 + 3) % len(forms_b)]) for i in range(n)]


def battery() -> list[Case]:
    """All generated headlines, positives and hard negatives."""
    return (_en_cases() + _language_cases("vi", VI_HOLDERS, VI_VERBS, VI_NEGATIVES, vi_spellings)
            + _language_cases("zh", ZH_HOLDERS, ZH_VERBS, ZH_NEGATIVES, zh_spellings))


def outcomes(case: Case) -> tuple[dict[str, bool], str]:
    """What the case is scored on, and what the detector said.

    A positive: `pair` (relevant with exactly its pair) and `event` (that, plus an event of a fitting
    type). A hard negative: `kept_out` (not relevant).
    """
    headline = unicodedata.normalize("NFC", case.headline)
    det = detect("", headline, None) if case.as_text else detect(headline, "", None)
    said = f"score={det.score} pairs={det.pairs} events={[(e.type, e.actor, e.target) for e in det.events]}"
    if case.pair is None:
        return {"kept_out": not det.relevant}, said
    pair_ok = det.relevant and det.pairs == (case.pair,)
    event_ok = not case.events or any(e.type in case.events for e in det.events)
    return {"pair": pair_ok, "event": pair_ok and event_ok}, said


def categories(case: Case) -> list[str]:
    """The categories a case counts in: every case in `all` and its language; a positive also in its
    direction, its verb and where the headline stands (title or text); a negative in its kind."""
    if case.pair is None:
        return ["all", f"lang={case.lang}", f"negative={case.shape.removeprefix('neg-')}"]
    where = "text" if case.as_text else "title"
    return ["all", f"lang={case.lang}", f"direction={case.direction}", f"verb={case.shape}", f"where={where}"]


CASES = battery()
