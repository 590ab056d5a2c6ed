"""Trade remedies and trade measures as acts between states.

A tariff, an anti-dumping or countervailing duty, a quota, a safeguard or a finding of "dumping" is
diplomacy between two of the three countries when a government of one of them imposes, rules on,
threatens or answers it and another of them is named after that government: "The Commerce Department
imposed duties on Chinese shrimp", "Bộ Công Thương phản ứng trước thuế chống bán phá giá của Mỹ",
"美国商务部裁定越南产品存在倾销", "The US responded cautiously to China's textile duties". Goods named by a
country ("Chinese shrimp", "tôm Việt Nam", "中国产品") name that country, as any demonym does.

A country that only owns the trade ("Vietnam's shrimp exports to the US", "中国对美出口", "US tariffs on
Chinese goods" in a story about a company's costs) is no government acting: the name must be a person,
a government body, a capital standing for its government, or a country followed by a government noun
("the Bush administration", "chính phủ Mỹ", "美国商务部") or by a verb of imposing, ruling or answering
("US slaps", "Mỹ áp thuế", "中方宣布"). A government named only after the other country ("..., the
ministry said" after the figures) does not act on it here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .text import strip_marks, traditional_forms

# Action kinds that are trade measures between states (sanctions and bans already count as state policy).
MEASURE_KINDS = frozenset({"trade_measure"})
# Words of answering in kind are trade measures in a trade story but not by themselves: "Bannon could
# provoke a response (đáp trả) from China" in the South China Sea. They do not make a trade act alone
# (matched against the lexicon row as written, so traditional and unmarked spellings are covered).
GENERIC_ANSWERS = frozenset({
    "retaliation", "retaliate", "retaliates", "retaliated", "retaliating", "retaliatory", "countermeasures",
    "hits back", "đáp trả", "trả đũa", "反制", "报复",
})
# Roles and kinds of a mention that name a government outright.
_GOVERNMENT_KINDS = frozenset({"institution", "capital"})

_EN_AFTER = re.compile(
    r"(?:'s|’s)?(?:\s+(?:and|&)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,2}?)?"  # "The US and the EU responded"
    r"\s+(?:(?:federal|central|national)\s+)?(?:"
    r"administration|government|authorities|officials|commerce\s+department|department\s+of\s+commerce"
    r"|commerce\s+ministry|ministry\s+of\s+commerce|trade\s+ministry|ministry\s+of\s+industry\s+and\s+trade"
    r"|industry\s+and\s+trade\s+ministry|finance\s+ministry|trade\s+representative|trade\s+office"
    r"|international\s+trade\s+commission|trade\s+commission|treasury|ministry|cabinet|state\s+council"
    r"|(?:(?:has|have|had|will|would|could|may|also|again|formally|officially|on\s+\w+|\w+ly)\s+){0,2}"
    r"(?:imposes?|imposed|imposing|slaps?|slapped|levies|levied|levy|rules?|ruled|finds?|found|sets?"
    r"|raises?|raised|hikes?|hiked|threatens?|threatened|announces?|announced|decides?|decided"
    r"|extends?|extended|retaliates?|retaliated|responds?|responded|reacts?|reacted|welcomes?|welcomed"
    r"|criticizes?|criticized|criticises?|criticised|condemns?|condemned|protests?|protested"
    r"|rejects?|rejected|hits?\s+back|accuses?|accused|targets?|targeted|penalizes?|penalized"
    r"|penalises?|penalised|punishes|punished)"
    r")\b", re.IGNORECASE)
# Vietnamese names the body before the country ("Bộ Thương mại Mỹ", "chính phủ Trung Quốc") and the
# verb after it ("Mỹ áp thuế", "Trung Quốc đáp trả").
_VI_BEFORE = (
    r"(?:chính phủ|chính quyền|nhà chức trách|giới chức|bộ thương mại|bộ tài chính|bộ công thương"
    r"|bộ ngoại giao|đại diện thương mại|văn phòng đại diện thương mại|ủy ban thương mại quốc tế"
    r"|uỷ ban thương mại quốc tế|ủy ban thương mại|uỷ ban thương mại|cục quản lý cạnh tranh"
    r"|cục phòng vệ thương mại|tổng thống|thủ tướng|chính quyền tổng thống)"
    r"(?:\s+(?:nước|của|các))?\s+$")
_VI_AFTER = (
    r"(?:\s+(?:và|cùng)\s+\S+(?:\s+\S+){0,2}?)?"  # "Mỹ và EU phản ứng"
    r"\s+(?:(?:đã|vừa|sẽ|chính thức|quyết định|tiếp tục|đang|lại|cũng|bất ngờ)\s+){0,3}"
    r"(?:áp thuế|áp đặt|áp dụng|đánh thuế|tăng thuế|điều tra|khởi xướng|phán quyết|ra phán quyết|kết luận"
    r"|công bố|trả đũa|đáp trả|phản ứng|hoan nghênh|phản đối|chỉ trích|bác bỏ|cáo buộc|gia hạn|dọa|đe dọa"
    r"|đe doạ|trừng phạt|cấm|hạn chế|ban hành)\b")
_ZH_AFTER = (
    "(?:的)?(?:政府|商务部|当局|财政部|贸易代表|国际贸易委员会|工贸部|工商部|官员|国务院|内阁)"
    "|[^，,。；;：:]{0,12}?(?:征收|加征|宣布|决定|裁定|认定|初裁|终裁|启动|发起|回应|反制|报复|谴责|批评|反对|欢迎"
    "|威胁|实施|设限|制裁|立案)"
)


def _zh_variants(pattern: str) -> str:
    """A Chinese pattern with every traditional spelling of its literal runs as alternatives."""
    def expand(match: re.Match[str]) -> str:
        forms = traditional_forms(match.group(0))
        return "(?:" + "|".join(forms) + ")" if len(forms) > 1 else forms[0]
    return re.sub(r"[\u4e00-\u9fff]+", expand, pattern)


@lru_cache(maxsize=8)
def _patterns(script: str) -> tuple[re.Pattern[str] | None, re.Pattern[str]]:
    """(government words before a name, government words or verbs after it) for one script."""
    if script == "en":
        return None, _EN_AFTER
    if script == "zh":
        return None, re.compile(_zh_variants(_ZH_AFTER))
    before, after = _VI_BEFORE, _VI_AFTER
    if script == "vi_ascii":
        before, after = strip_marks(before), strip_marks(after)
    return re.compile(before, re.IGNORECASE), re.compile(after, re.IGNORECASE)


def acts_as_government(text: str, start: int, end: int, role: str, kind: str, script: str) -> bool:
    """Whether the name at text[start:end] is a government acting, not the owner of goods or a place."""
    if role in ("person", "title") or kind in _GOVERNMENT_KINDS:
        return True
    before, after = _patterns(script)
    if after.match(text, end):
        return True
    return bool(before and before.search(text, max(0, start - 40), start))
