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

from .grammar import cached, kind_set, registry, rule, shared
from .prefixed import compile_prefixed
from .text import traditional_forms

# Roles and kinds of a mention that name a government outright.
_GOVERNMENT_KINDS = frozenset({"institution", "region", "capital"})


@cached
def measure_kinds() -> frozenset[str]:
    """Action kinds that are trade measures between states (kinds.toml; sanctions and bans already count
    as state policy)."""
    return kind_set("actions", "trade_measures")


@cached
def generic_answers() -> frozenset[str]:
    """Words of answering in kind ("retaliation", "đáp trả", "反制"): trade measures in a trade story but
    not by themselves ("Bannon could provoke a response from China" in the South China Sea). They make no
    trade act alone (matched against the lexicon row as written, so traditional and unmarked spellings
    are covered)."""
    return frozenset(shared("generic_answers"))


def _zh_variants(pattern: str) -> str:
    """A Chinese pattern with every traditional spelling of its literal runs as alternatives."""
    def expand(match: re.Match[str]) -> str:
        forms = traditional_forms(match.group(0))
        return "(?:" + "|".join(forms) + ")" if len(forms) > 1 else forms[0]
    return re.sub(r"[\u4e00-\u9fff]+", expand, pattern)


@cached
def _patterns(script: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """(government words before a name, government words or verbs after it) for one script."""
    traditional = registry()[script].traditional
    found = []
    for key in ("before", "after"):
        pattern = rule(script, "trade", key)
        if pattern and traditional:
            pattern = _zh_variants(pattern)
        found.append(compile_prefixed(pattern) if pattern else None)
    return found[0], found[1]


def acts_as_government(text: str, start: int, end: int, role: str, kind: str, script: str) -> bool:
    """Whether the name at text[start:end] is a government acting, not the owner of goods or a place."""
    if role in ("person", "title") or kind in _GOVERNMENT_KINDS:
        return True
    before, after = _patterns(script)
    if after and after.match(text, end):
        return True
    return bool(before and before.search(text, max(0, start - 40), start))
