"""Names across the Chinese-Vietnamese script line through Sino-Vietnamese (Hán-Việt) readings
(hanviet.py, lexicons/hanviet.tsv): a Vietnamese office-holder named in characters in Chinese copy is read
into his Vietnamese form, a Chinese one named in Hán-Việt syllables in Vietnamese copy into pinyin; and the
table reads every listed person's characters into his Vietnamese form."""

from __future__ import annotations

from collections import defaultdict

import pytest

from extractors.diplomacy import hanviet
from extractors.diplomacy.grammar import read_table
from tests.diplomacy.stories import main_event

# ---------------------------------------------------------------- the table reads the listed people
# Listed names whose characters are no Hán-Việt reading of their Vietnamese form, and why.
EXCEPTIONS = {
    "习主席": "a title form (Xi + 主席, chairman), not the name 习近平",
    "范星梅": "星 renders the native word sao (star) by meaning: Phạm Sao Mai",
    "杜梅": "梅 (mai) renders the native numeral Mười by sound: Đỗ Mười",
    "阮文年": "年 (niên) renders the native word Nên by sound and sense",
    "苏辉若": "若 (nhược) renders the dialect word Rứa (thus) by meaning",
    "潘文卖": "卖 (mại) renders the native syllable Mãi by sound",
    "黎文邦": "邦 (bang) renders Bàng, a syllable of another tone, by sound",
    "阮氏缘": "缘 (duyên) renders Doan, no reading of it, by sound",
}


def _pairs() -> list[tuple[str, str, tuple[str, ...]]]:
    """(person, characters, Vietnamese forms of as many syllables) for each listed person with a zh row
    and a Vietnamese form: a Chinese person's vi rows (Hán-Việt), a Vietnamese person's name."""
    rows: dict[tuple[str, str], dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for _, row in read_table("people.tsv", ("lang", "term", "code", "role", "name")):
        for lang in row["lang"].split(","):
            rows[row["name"], row["code"]][lang].append(row["term"])
    pairs = []
    for (name, code), langs in rows.items():
        forms = langs.get("vi", []) if code == "CHN" else [name] if code == "VNM" else []
        for chars in langs.get("zh", []):
            fitting = tuple(f for f in forms if len(f.split()) == len(chars))
            if fitting:
                pairs.append((name, chars, fitting))
    return pairs


def test_the_table_reads_every_listed_persons_characters_into_his_vietnamese_form() -> None:
    pairs = _pairs()
    assert len(pairs) > 250  # the list's Chinese and Vietnamese people with both forms
    unread = {chars: (name, forms) for name, chars, forms in pairs if not any(
        hanviet.name_key(f.split()) in {hanviet.name_key(r) for r in hanviet.vietnamese_forms(chars)}
        for f in forms)}
    assert set(unread) == set(EXCEPTIONS), {c: unread[c] for c in set(unread) - set(EXCEPTIONS)}


def test_the_table_covers_the_characters_of_names() -> None:
    table = hanviet._table().readings
    assert len(table) >= 1400
    assert all(r[:1].isupper() for read in table.values() for r in read)


# Each character's common reading first; syllables compare without their mark's place or a final y's spelling.
@pytest.mark.parametrize("chars, expected", [
    ("武", ("Vũ", "Võ")), ("黄", ("Hoàng", "Huỳnh")), ("段", ("Đoàn", "Đoạn")), ("阮", ("Nguyễn",)),
    ("黎", ("Lê",)), ("裴", ("Bùi",)), ("吴", ("Ngô",)), ("杨", ("Dương",)), ("邓", ("Đặng",)),
])
def test_a_characters_readings_common_first(chars: str, expected: tuple[str, ...]) -> None:
    assert hanviet.readings(chars) == expected


@pytest.mark.parametrize("a, b", [("Hòa", "Hoà"), ("Thụy", "Thuỵ"), ("Hy", "Hi"), ("Vỹ", "Vĩ"), ("Tỷ", "Tỉ")])
def test_syllables_compare_across_spellings(a: str, b: str) -> None:
    assert hanviet.syllable_key(a) == hanviet.syllable_key(b)


@pytest.mark.parametrize("a, b", [("Huy", "Hui"), ("Quý", "Quí"), ("Hòa", "Hoa")])
def test_syllables_that_differ_stay_apart(a: str, b: str) -> None:
    assert hanviet.syllable_key(a) != hanviet.syllable_key(b)


# ---------------------------------------------------------------- Chinese copy: a Vietnamese office's holder
ZH_LEADS = [
    # a listed person, in another character than his zh row's (忠 for 中)
    ("越南副外长会见中国大使", "越南副外长黎怀忠12日在河内会见中国驻越南大使熊波，双方就南海问题交换意见。",
     ("meet", "CHN", "VNM"), ("Xiong Bo", "Lê Hoài Trung")),
    # traditional copy: folded to simplified, then read
    ("越南外交部副部長會見中國大使",
     "越南外交部副部長黎懷忠12日在河內會見中國駐越南大使熊波，雙方就南海問題交換意見。",
     ("meet", "CHN", "VNM"), ("Xiong Bo", "Lê Hoài Trung")),
    # an unlisted chargé d'affaires: the common readings; the sender before 驻 is Vietnam
    ("王毅会见越南驻华临时代办", "国务委员兼外交部长王毅10日在北京会见越南驻华使馆临时代办范清平。",
     ("meet", "VNM", "CHN"), ("Wang Yi", "Phạm Thanh Bình")),
    # 武 read Vũ or Võ: the listed person decides (Võ)
    ("越南国防部副部长会见美国官员", "越南国防部副部长武明良15日在河内会见美国助理国防部长伊利·拉特纳。",
     ("meet", "USA", "VNM"), ("Võ Minh Lương",)),
    # the party's body names Vietnam (越共)
    ("越共中央对外部部长访华", "越共中央对外部部长黎怀忠9日在北京同中联部部长刘建超举行会谈。",
     ("visit", "VNM", "CHN"), ("Liu Jianchao", "Lê Hoài Trung")),
    ("越南公安部副部长访美", "越南公安部副部长黎国雄访问华盛顿，会见美国国土安全部副部长。",
     ("visit", "VNM", "USA"), ("Lê Quốc Hùng",)),
]


@pytest.mark.parametrize("title, text, act, people", ZH_LEADS)
def test_a_vietnamese_office_holder_in_characters_is_read_in_vietnamese(
        title: str, text: str, act: tuple[str, str, str], people: tuple[str, ...]) -> None:
    event = main_event(title, text, "zh")
    assert ((event.type, event.actor, event.target), set(event.people)) == (act, set(people))


ZH_NEGATIVES = [
    # a Lao office: 潘 reads Phan, but the chain names Laos
    ("韩正会见越南和老挝客人", "国家副主席韩正在北京会见越南国会副主席和老挝国家副主席潘坎。",
     ("Han Zheng",)),
    # a former holder names no one
    ("王毅会见越南前副外长", "国务委员王毅会见越南前副外长黎怀忠。", ("Wang Yi",)),
    # a Chinese office's holder stays in pinyin, the envoy to Vietnam Chinese
    ("中国驻越南大使会见越南副外长", "中国驻越南大使熊波会见越南副外长阮明武。",
     ("Xiong Bo", "Nguyễn Minh Vũ")),
    ("外交部副部长会见越南大使", "外交部副部长马朝旭会见越南驻华大使范星梅。", ("Ma Zhaoxu", "Phạm Sao Mai")),
]


@pytest.mark.parametrize("title, text, people", ZH_NEGATIVES)
def test_no_vietnamese_reading_outside_a_vietnamese_office(title: str, text: str,
                                                           people: tuple[str, ...]) -> None:
    assert set(main_event(title, text, "zh").people) <= set(people)


# ---------------------------------------------------------------- Vietnamese copy: a Chinese office's holder
VI_LEADS = [
    # unlisted: each syllable's characters read one way in pinyin
    ("Trung Quốc triệu Phó Đại sứ Mỹ", "Ngày 4/8, Trợ lý Bộ trưởng Ngoại giao Trung Quốc Trương Côn Sinh đã "
     "triệu Phó Đại sứ Mỹ tại Trung Quốc Robert Wang để phản đối tuyên bố về Biển Đông.",
     ("protest", "CHN", "USA"), ("Zhang Kunsheng", "Robert Wang")),
    ("Thứ trưởng Trung Quốc gặp Thứ trưởng Việt Nam", "Thứ trưởng Ngoại giao Trung Quốc Lý Minh Tường đã gặp "
     "Thứ trưởng Ngoại giao Việt Nam Lê Hoài Trung tại Hà Nội.",
     ("meet", "CHN", "VNM"), ("Li Mingxiang", "Lê Hoài Trung")),
    # a listed person with no Hán-Việt row: his characters (谢锋) read so
    ("Đại sứ Trung Quốc tại Mỹ gặp Thứ trưởng Ngoại giao Mỹ", "Đại sứ Trung Quốc tại Mỹ Tạ Phong đã gặp Thứ "
     "trưởng Ngoại giao Mỹ Kurt Campbell tại Washington.", ("meet", "CHN", "USA"),
     ("Xie Feng", "Kurt Campbell")),
    # a listed person whose zh row reads so (listed first): 束珏婷 read Thúc/Thư Giác Đình
    ("Người phát ngôn Bộ Thương mại Trung Quốc nói về thuế quan", "Người phát ngôn Bộ Thương mại Trung Quốc "
     "Thư Giác Đình ngày 5/6 tuyên bố Trung Quốc sẽ áp thuế trả đũa hàng hóa Mỹ.",
     ("trade_measure", "CHN", "USA"),
     ("Shu Jueting",)),
]


@pytest.mark.parametrize("title, text, act, people", VI_LEADS)
def test_a_chinese_office_holder_in_hanviet_is_read_in_pinyin(
        title: str, text: str, act: tuple[str, str, str], people: tuple[str, ...]) -> None:
    event = main_event(title, text, "vi")
    assert ((event.type, event.actor, event.target), set(event.people)) == (act, set(people))


@pytest.mark.parametrize("words, expected", [
    ("Trương Côn Sinh", "Zhang Kunsheng"), ("Trần Nghị Đức", "Chen Yide"), ("Âu Dương Kiện", "Ouyang Jian"),
    ("Mã Triều Húc", "Ma Zhaoxu"),  # the grammar's given-name reading: 朝 zhao
    ("Tôn Vệ Đông", "Sun Weidong"), ("Đổng Quân", "Dong Jun"),  # listed
    # a syllable whose characters read differently (Quân: 军 jun, 筠 yun; Chính: 政 zheng... one way, Chu:
    # 朱 zhu, 周 zhou) reads nothing; a syllable of no character, a name too long
    ("Vương Quân", None), ("Chu Chính", None), ("Bành Xoong", None), ("Lý Văn Minh Hoa Đức", None),
])
def test_hanviet_syllables_into_pinyin(words: str, expected: str | None) -> None:
    assert hanviet.chinese_name(words.split()) == expected


VI_NEGATIVES = [
    # a Vietnamese office's holder keeps his Vietnamese form
    ("Thứ trưởng Việt Nam tiếp Đại sứ Trung Quốc", "Thứ trưởng Ngoại giao Việt Nam Lê Hoài Trung đã tiếp Đại "
     "sứ Trung Quốc tại Hà Nội.", ("Lê Hoài Trung",)),
    # an ambiguous syllable: no name
    ("Thứ trưởng Thương mại Trung Quốc gặp Đại sứ Mỹ",
     "Thứ trưởng Thương mại Trung Quốc Vương Quân đã gặp Đại sứ Mỹ tại Bắc Kinh.", ()),
]


@pytest.mark.parametrize("title, text, people", VI_NEGATIVES)
def test_no_pinyin_reading_where_the_syllables_do_not_decide(title: str, text: str,
                                                             people: tuple[str, ...]) -> None:
    assert set(main_event(title, text, "vi").people) == set(people)


@pytest.mark.parametrize("chars, expected", [
    ("黎怀忠", "Lê Hoài Trung"), ("武文宁", "Vũ Văn Ninh"), ("武文赏", "Võ Văn Thưởng"),
    ("范清平", "Phạm Thanh Bình"), ("阮春福", "Nguyễn Xuân Phúc"), ("黎𠀋", None),
])
def test_characters_into_a_vietnamese_name(chars: str, expected: str | None) -> None:
    assert hanviet.vietnamese_name(chars) == expected


# A name before its office in an apposition ("Ông ..., Thứ trưởng Ngoại giao Trung Quốc,"): read alike.
APPOSED = [
    ("Việt Nam Trung Quốc hội đàm", "Ông Lý Minh Tường, Thứ trưởng Ngoại giao Trung Quốc, đã hội đàm với Thứ "
     "trưởng Ngoại giao Việt Nam Lê Hoài Trung tại Hà Nội.", {"Li Mingxiang", "Lê Hoài Trung"}),
    ("Việt Nam Trung Quốc hội đàm", "Ông Trần Nghị Đức, Phó Chủ tịch tỉnh Quảng Tây của Trung Quốc, đã hội "
     "đàm với Chủ tịch UBND tỉnh Lạng Sơn Hồ Tiến Thiệu.", {"Chen Yide", "Hồ Tiến Thiệu"}),
    # hard negatives: a syllable reading two ways, a former holder
    ("Việt Nam Trung Quốc hội đàm", "Ông Vương Quân, Thứ trưởng Thương mại Trung Quốc, đã hội đàm với Thứ "
     "trưởng Công Thương Việt Nam Nguyễn Sinh Nhật Tân tại Hà Nội.", {"Nguyễn Sinh Nhật Tân"}),
    ("Việt Nam Trung Quốc hội đàm", "Ông Lý Minh Tường, cựu Thứ trưởng Ngoại giao Trung Quốc, đã gặp Thứ "
     "trưởng Ngoại giao Việt Nam Lê Hoài Trung tại Hà Nội.", {"Lê Hoài Trung"}),
]


@pytest.mark.parametrize("title, text, people", APPOSED)
def test_a_chinese_name_in_hanviet_before_its_office(title: str, text: str, people: set[str]) -> None:
    assert set(main_event(title, text, "vi").people) == people
