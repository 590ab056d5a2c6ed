"""Whose a title, an office word or a name is: bare titles, office-holders' countries, non-state origins.

Word order is the grammar's (lexicons/grammar/<language>.toml [titles], [office], [origin]): the
qualifying name comes before the word, after it, or glued before it (Chinese, counted in characters).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .eventacts import MEASURE_ANSWERS
from .gazetteer import fold_text, gazetteer
from .grammar import cached, kind_set, rule
from .lexicon import TRIO
from .prefixed import compile_prefixed
from .sentence import Mention, Sentence

_NAME_KINDS = frozenset({"country", "demonym", "pair"})
_TRIO_SET = frozenset(TRIO)


@dataclass(frozen=True, slots=True)
class Order:
    """One script's word-order rules for titles, offices and origins (see the grammar files)."""

    title: str  # before | after: where the name that qualifies a title stands
    local_titles: frozenset[str]  # titles of a province or city: their unit's name may be longer
    local_reach: int  # characters of a glued unit's name before its title (CJK)
    joiners: frozenset[str]  # characters between a glued name and its title that break the link
    title_body: re.Pattern[str]  # the body a title heads, before its qualifier ("Ban Chấp hành Trung ương")
    office: str  # before | after | glued
    office_gap: re.Pattern[str]
    office_reach: int
    office_words: int
    stationed: str
    origin: str  # before | after | glued
    origin_gap: re.Pattern[str]
    relative: re.Pattern[str]
    of: re.Pattern[str]
    relative_of: re.Pattern[str]
    origin_reach: int
    family_reach: int
    office_origin_reach: int


_NEVER = re.compile("(?!)")


def _compiled(script: str, section: str, key: str) -> re.Pattern[str]:
    """A grammar pattern (case as written); one that never matches when the language gives none."""
    pattern = rule(script, section, key)
    return compile_prefixed(pattern) if pattern else _NEVER


@cached
def order(script: str) -> Order:
    """The word-order rules of one script, read once."""
    return Order(
        title=rule(script, "titles", "qualifier", "after"),
        local_titles=frozenset(t.casefold() for t in rule(script, "titles", "local", [])),
        local_reach=rule(script, "titles", "local_reach", 0),
        joiners=frozenset(rule(script, "titles", "joiners", "")),
        title_body=_compiled(script, "titles", "body"),
        office=rule(script, "office", "qualifier", "before"),
        office_gap=_compiled(script, "office", "gap"),
        office_reach=rule(script, "office", "reach", 0),
        office_words=rule(script, "office", "words", 0),
        stationed=rule(script, "office", "stationed", ""),
        origin=rule(script, "origin", "qualifier", "before"),
        origin_gap=_compiled(script, "origin", "gap"),
        relative=_compiled(script, "origin", "relative"),
        of=_compiled(script, "origin", "of"),
        relative_of=_compiled(script, "origin", "relative_of"),
        origin_reach=rule(script, "origin", "reach", 0),
        family_reach=rule(script, "origin", "family_reach", 0),
        office_origin_reach=rule(script, "origin", "office_reach", 0),
    )


# ------------------------------------------------------------------------------------------- bare titles
# The roles of a mention that names a country or a person outright (not a bare title), tested inline by
# bare_titles for every mention of a sentence with a title.
_NAMED_ROLES = frozenset({"country", "person", "place", "other"})


def _glued_qualifies(text: str, stop: int, start: int, mentions: list[Mention],
                     joiners: frozenset[str]) -> bool:
    """Whether the few characters between a name and a title let the name qualify it (no verb, no "and")."""
    if stop == start:
        return True
    return not joiners.intersection(text[stop:start]) and not any(
        stop <= m.start < start and m.entry.role == "action" for m in mentions)


def _qualifier(title: Mention, named: list[Mention], qualified: list[Mention], mentions: list[Mention],
               text: str, rules: Order) -> Mention | None:
    """The name next to the title (or the title after it in a chain) that qualifies it, or None."""
    if rules.title == "before":  # not across a verb or "and": "美国国务卿会见国家主席" is China's head
        return next((m for m in named if title.start - 3 <= m.start + len(m.term) <= title.start
                     and _glued_qualifies(text, m.start + len(m.term), title.start, mentions, rules.joiners)),
                    None)
    end = title.start + len(title.term)
    # The body the title heads may stand between it and the name that qualifies it: "Tổng Bí thư Ban Chấp
    # hành Trung ương Đảng Cộng sản Trung Quốc" is China's party chief, not a bare (Vietnamese) title.
    body = rules.title_body.match(text, end)
    if body is not None and (by := next((m for m in named if body.end() <= m.start <= body.end() + 2), None)):
        return by
    return next((m for m in named if end <= m.start <= end + 2),
                next((q for q in qualified if end <= q.start <= end + 3), None))


_NAME_WORD = re.compile(r"\s+(\([^()]{1,24}\)|[^\s,;.:()]+)")
_LOCAL_WORDS = 5  # words of a province's or city's name after its title ("Hủa Phăn (Lào)")


def _unit_name(title: Mention, mentions: list[Mention], text: str, rules: Order) -> tuple[int, int]:
    """The span of the province's or city's name a local title is of: the capitalised words (and a
    bracket) right after it ("UBND tỉnh Hủa Phăn (Lào)"), or the characters glued before it back to an
    action word, a joiner or a space ("越南巴地头顿省省长")."""
    if rules.title == "before":
        start = max(0, title.start - rules.local_reach)
        for m in mentions:
            if m.entry.role == "action" and start < m.start + len(m.term) <= title.start:
                start = m.start + len(m.term)
        cut = max((i + 1 for i in range(start, title.start) if text[i].isspace() or text[i] in rules.joiners),
                  default=start)
        return cut, title.start
    start = end = title.start + len(title.term)
    for _ in range(_LOCAL_WORDS):
        word = _NAME_WORD.match(text, end)
        if word is None or not (word.group(1)[0] == "(" or word.group(1)[0].isupper()):
            break
        end = word.end()
    return start, end


def _local_country(title: Mention, named: list[Mention], mentions: list[Mention], text: str,
                   rules: Order) -> str | None:
    """The country of the province or city a local title names ("UBND tỉnh Hủa Phăn (Lào)": Laos, "UBND
    thành phố Viêng Chăn": Laos by the gazetteer, "越南巴地头顿省省长": Vietnam); None when its name
    names none."""
    if title.term.casefold() not in rules.local_titles:
        return None
    start, end = _unit_name(title, mentions, text, rules)
    inside = [m for m in named if start <= m.start and m.start + len(m.term) <= end]
    if inside:
        return inside[-1].entry.value if rules.title == "after" else inside[0].entry.value
    pattern, cities = gazetteer()
    found = pattern.search(fold_text(text[start:end]))
    return cities[found.group(0)].country if found else None


def _org_title(title: Mention, orgs: list[Mention], rules: Order) -> bool:
    """A non-state body's or a relative's title is no state's: "vợ Chủ tịch nước", "主席的女儿"."""
    end = title.start + len(title.term)
    if rules.title == "before":
        return any(0 <= m.start - end <= 1 for m in orgs)
    return any(0 <= title.start - m.start - len(m.term) <= 1 for m in orgs)


def bare_titles(mentions: list[Mention], script: str, text: str = "") -> list[Mention]:
    """Titles like "Chủ tịch nước" or "外交部" that no adjacent name qualifies: they mean the home country;
    and titles a city or province of the three qualifies ("UBND tỉnh Vân Nam", "云南省委书记", "UBND thành
    phố Hà Nội", "越南巴地头顿省省长"): its local authority, returned as the title with the place's country
    for its value. A local title of a unit of another country ("UBND tỉnh Hủa Phăn (Lào)") is none."""
    rules = order(script)
    named = [m for m in mentions if m.entry.role in _NAMED_ROLES]
    orgs = [m for m in mentions if m.entry.role == "org"]
    titles = sorted((m for m in mentions if m.entry.kind == "title"), key=lambda m: -m.start)
    qualified: list[Mention] = []
    bare = []
    for title in titles:  # right to left, so a chain inherits the qualifier of the title after it
        by = _qualifier(title, named, qualified, mentions, text, rules)
        country = by.entry.value if by is not None and by.entry.role == "place" else None
        if by is None:  # a local title's unit may be named further off: its country wins over the home
            country = _local_country(title, named, mentions, text, rules)
        if country in _TRIO_SET:
            local = replace(title, entry=replace(title.entry, value=country))
            qualified.append(local)
            bare.append(local)
        elif by is not None or country is not None:
            qualified.append(title)  # a name of another country qualifies it: none of the three acts
        elif orgs and _org_title(title, orgs, rules):
            qualified.append(title)
        else:
            bare.append(title)
    return bare


# ---------------------------------------------------------------------------------------------- origins
# A country named as the origin of a company, investor, tourist, student, team or pundit is not its
# government: "Chinese firm in talks to buy U.S. chipmaker", "Công ty Trung Quốc ký hợp đồng",
# "中国企业与美国公司签署协议", "chuyên gia Mỹ cảnh báo". The noun is an off-topic cue of one of the
# origin categories of kinds.toml, next to the country as the grammar's [origin] says. Sanctions,
# tariffs, bans and protests aimed at such firms are state policy, so the rule is off in sentences that
# hold such words.
@cached
def _noun_kinds() -> tuple[frozenset[str], frozenset[str]]:
    """kinds.toml's origin cues and state-policy acts, in one lookup for every sentence with a cue."""
    return kind_set("cues", "origin"), kind_set("actions", "state_policy")


def _nouns(mentions: list[Mention], script: str) -> list[Mention]:
    """Non-state bodies and origin cue nouns; not after a state-policy word, what it is aimed at ("criticized
    Chinese firms"). Before that word they are still who does it ("Chinese football fans criticized the
    referee", "Cầu thủ Việt Nam chỉ trích trọng tài Trung Quốc"): a fan or a player is no government. Before a
    measure (a sanction, a trade measure, cut relations), which a government imposes on firms, only the
    measure's subject is kept: a noun with no other name of a country or person between it and the measure's
    word ("A Chinese brokerage is barring transactions"), not one another side's measure follows ("Chinese
    firms hit by U.S. sanctions": what it is aimed at)."""
    origin, policy = _noun_kinds()
    nouns = [m for m in mentions
             if m.entry.role == "org" or (m.entry.role == "cue" and m.entry.kind in origin)]
    if not nouns:
        return []
    acts = [m for m in mentions if m.entry.role == "action" and m.entry.kind in policy]
    if not acts:
        return nouns
    first = min(m.start for m in acts)
    before = [m for m in nouns if m.start < first]
    if not before or not any(m.entry.kind in MEASURE_ANSWERS for m in acts):
        return before
    names = [m for m in mentions if m.entry.role in ("country", "person", "office", "title")
             and m.start < first]
    after = order(script).origin == "after"  # Vietnamese: the noun's own origin is named right after it
    return [noun for noun in before if not _named_around(noun, names, first, after)]


# Characters beside a noun through which a name is its origin ("công ty quốc phòng Mỹ").
_OWN_ORIGIN_REACH = 24


def _named_around(noun: Mention, names: list[Mention], first: int, after: bool) -> bool:
    """Whether a name of a country, a person or an office stands before a noun or between it and the
    measure's word after it, the noun's own origin beside it aside (after it in Vietnamese, before it
    elsewhere): the noun is then what another side's measure is aimed at, not its subject."""
    end = noun.start + len(noun.term)
    between = [m for m in names if end <= m.start < first]
    ahead = [m for m in names if m.start < noun.start]
    if after and between and between[0].start - end <= _OWN_ORIGIN_REACH:
        between = between[1:]
    if not after and ahead and noun.start - ahead[-1].start - len(ahead[-1].term) <= _OWN_ORIGIN_REACH:
        ahead = ahead[:-1]
    return bool(between or ahead)


def _origin_glued(text: str, name: Mention, end: int, noun: Mention, offices: dict[int, int],
                  rules: Order) -> bool:
    """Chinese: the noun right after the name ("中国企业"), or after its office ("美国总统的儿子")."""
    org, family = noun.entry.role == "org", noun.entry.kind == "family"
    gap = noun.start - end
    return 0 <= gap <= (rules.family_reach if family else rules.origin_reach) or (
        org and end in offices and 0 <= noun.start - offices[end] <= rules.office_origin_reach)


def _origin_before(text: str, name: Mention, end: int, noun: Mention, offices: dict[int, int],
                   rules: Order) -> bool:
    """English: the noun after the name ("Chinese firm", "Xi's wife"), or the name after an org
    ("AmCham Vietnam", "wife of Vietnam's PM": a relative needs the "of")."""
    org, family = noun.entry.role == "org", noun.entry.kind == "family"
    if family:  # a possessive: "Xi's wife", "Vietnamese President's son"
        hit = noun.start >= end and bool(rules.relative.fullmatch(text, end, noun.start) or (
            name.term.endswith(("'s", "’s")) and text[end:noun.start].isspace()))  # "biden's"
    else:
        hit = noun.start >= end and bool(rules.origin_gap.fullmatch(text[end:noun.start] + " "))
    if not hit and org:
        stop = noun.start + len(noun.term)
        gap = rules.relative_of if family else rules.of
        hit = stop <= name.start and bool(gap.fullmatch(text, stop, name.start))
    return hit


def _origin_after(text: str, name: Mention, end: int, noun: Mention, offices: dict[int, int],
                  rules: Order) -> bool:
    """Vietnamese: the noun before the name ("công ty Trung Quốc", "du khách đến từ Mỹ")."""
    stop = noun.start + len(noun.term)
    return stop <= name.start and bool(rules.origin_gap.fullmatch(" " + text[stop:name.start] + " "))


_ORIGIN = {"glued": _origin_glued, "before": _origin_before, "after": _origin_after}


def nonstate_names(text: str, mentions: list[Mention], script: str) -> set[int]:
    """Offsets of names that only say where a company, tourist, team, pundit or non-state body comes from.

    Off-topic cue nouns take a country name; the organisations and private persons of `nonstate.tsv`
    also take a capital or place ("Hanoi University", "北京大学"), and a relative a person ("Xi's
    daughter").
    """
    nouns = _nouns(mentions, script)
    if not nouns:
        return set()
    rules = order(script)
    near = _ORIGIN[rules.origin]
    offices = {m.start: m.start + len(m.term) for m in mentions if m.entry.role in ("office", "title")}
    found = set()
    for name in mentions:
        role = name.entry.role
        if role == "country":
            if name.entry.kind not in _NAME_KINDS:
                continue
        elif role not in ("place", "person"):  # a country name, a place or a person: what a noun takes
            continue
        end = name.start + len(name.term)
        for noun in nouns:
            if noun.entry.role != "org" and role != "country":
                continue
            if role == "person" and noun.entry.kind != "family":
                continue
            if near(text, name, end, noun, offices, rules):
                found.add(name.start)
                break
    return found


# ---------------------------------------------------------------------------------------------- offices
# An office word belongs to the country that qualifies it: a demonym, country or possessive right before
# it in English ("Chinese Defence Minister", "Vietnam's PM"), the country after it in Vietnamese, through a
# few capitalised words of the portfolio ("Bộ trưởng Thương mại Hoa Kỳ"), the country right before it in
# Chinese ("美国贸易代表"; "中国驻越南大使" is China's). An office nothing qualifies names no country.
def _office_glued(text: str, office: Mention, names: list[Mention], blockers: list[int],
                  rules: Order) -> str:
    """The last name ending a few characters before the office; through a stationed mark, the sender."""
    start = office.start
    name = None
    for m in names:
        stop = m.start + len(m.term)
        if stop > start:
            break
        if start - stop <= rules.office_reach and rules.office_gap.fullmatch(text, stop, start):
            name = m
    if name is None:
        return ""
    if name.start and text[name.start - 1] in rules.stationed:  # "中国驻越南大使": the sender's envoy
        name = next((m for m in names if m.start + len(m.term) == name.start - 1), None)
        if name is None:
            return ""
    return name.entry.value if len(name.entry.codes) == 1 else ""


def _office_before(text: str, office: Mention, names: list[Mention], blockers: list[int],
                   rules: Order) -> str:
    """The first name of one country ending right before the office ("Chinese Defence Minister")."""
    start = office.start
    for name in names:
        stop = name.start + len(name.term)
        if stop > start:
            break
        if start - stop <= rules.office_reach and len(name.entry.codes) == 1 and rules.office_gap.fullmatch(
                text, stop, start):
            return name.entry.value
    return ""


def _office_after(text: str, office: Mention, names: list[Mention], blockers: list[int],
                  rules: Order) -> str:
    """The first name after the office through a few capitalised words of the portfolio."""
    end = office.start + len(office.term)
    name = next((m for m in names if m.start >= end), None)
    if name is None:
        return ""
    words = text[end:name.start].split()
    if len(words) > rules.office_words or (words and not words[0][0].isupper()) or not all(
            w.isalpha() for w in words) or any(end <= at < name.start for at in blockers):
        return ""  # too far, not a portfolio ("Bộ trưởng Tài chính"), or a verb or another office between
    return name.entry.value if len(name.entry.codes) == 1 else ""


_OFFICE = {"glued": _office_glued, "before": _office_before, "after": _office_after}


def officials(sentence: Sentence, names: list[Mention], bare: list[Mention], script: str) -> frozenset[str]:
    """Countries of the three whose office-holders the sentence names by title or name (bare titles: home).

    `names` are in text order (mentions come in text order).
    """
    rules = order(script)
    found = {title.entry.value for title in bare} | {code for _, code in sentence.people}
    blockers = ([m.start for m in sentence.actions + sentence.offices + sentence.titles]
                if rules.office == "after" else [])
    owner = _OFFICE[rules.office]
    for office in sentence.offices + [t for t in sentence.titles if t not in bare]:
        if len(found) >= 2:
            break  # enough for the bonus
        code = owner(sentence.text, office, names, blockers, rules)
        if code in TRIO:
            found.add(code)
    return frozenset(found & _TRIO_SET)
