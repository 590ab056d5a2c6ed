"""Chinese office-holders the people list does not hold, named in characters right after a title of a
Chinese office, given in pinyin as the gold spells them.

Chinese copy names vice ministers, ambassadors, provincial leaders and spokespeople no list holds:
"外交部副部长马朝旭", "中国驻美国大使谢锋", "广西壮族自治区党委书记刘宁". A name in characters right after a
title of a Chinese office (grammar [titled_characters] `title_ends`) is that office's holder, and the gold
writes it in pinyin ("Ma Zhaoxu": surname, space, given name joined, each capitalised, no tones), so it is
read out of the characters with pypinyin (the surname by the grammar's `surname_readings` where a name
reads its character otherwise: 单 Shan, 曾 Zeng). Only a Chinese office's holder is read: the title's
chain (the characters glued before it, back to a verb, a joiner or a mark) names China or a body of its
state, or, in simplified copy, no country at all (the copy's home); a chain naming another country (after
a stationed mark "驻", the sender's), Taiwan, Hong Kong, a firm or a former holder names no one, and
traditional copy (Taiwan's agency writes its own ministries bare) needs an explicit Chinese word. A name
right after a title whose chain names Vietnam is read character by character into its Vietnamese form
through the Sino-Vietnamese readings of lexicons/hanviet.tsv, a listed person's form first ("越南副外长
黎怀忠" is Lê Hoài Trung: _vietnamese_at, hanviet.py). A name of the US or Taiwan in characters cannot be
turned into the gold's spelling, save an American's whose Latin form the copy gives in brackets right
after it ("美國國務院副發言人史密斯（Ann Smith）": _bracketed).

The name is a surname of the list (double ones first: 欧阳, 司马) and a given name of one or two
characters, ending before a word of the sentence (`name_ends`: an act word, 说, 在, 于, 当天), a lexicon
act word, a digit, a mark or the text's end. Where both lengths fit, what follows decides (`not_given`:
"王毅说，" is Wang Yi); where it is still unsure, nothing is read. A listed person is read by the lexicon
as before; a sentence's word after a title ("部长周末会见", `not_names`) names no one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from .grammar import cached, rule
from .hanviet import characters, spelt, surname_grammar, syllable_key, vietnamese_name
from .sentence import Mention
from .text import simp_to_trad

# a mark, a space or a digit: ends a name or a title's chain
_MARK = re.compile(r"[\s\d０-９,，.。;；:：!！?？\"“”'‘’()（）《》〈〉「」『』\[\]【】·•—–-]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_CHAIN_REACH = 32  # characters of a title's chain read before it: "中共中央政治局委员、中央外办主任"
_JOINERS = "与同和及跟"  # a joiner ends a chain ("王毅与越南外长"), outside a country's name ("共和国")
_CLAUSE = "，,。；;：:"  # marks ending a clause: titles listed before one are another holder's


@dataclass(frozen=True, slots=True)
class _Rules:
    """The grammar's [titled_characters], as sets (simplified characters)."""

    title_ends: tuple[str, ...]  # longest first
    speaking: frozenset[str]
    chinese: tuple[str, ...]
    not_chinese: tuple[str, ...]
    not_now: tuple[str, ...]
    not_opens: tuple[str, ...]  # a chain opening so is Taiwan's, Hong Kong's, Macao's ("台外交部长")
    doubles: frozenset[str]
    singles: frozenset[str]
    readings: Mapping[str, str]  # read-only: the rules are cached and shared
    given_readings: tuple[tuple[str, str], ...]
    name_ends: tuple[str, ...]
    long_ends: tuple[str, ...]  # those of two characters or more: no given name opens with one
    not_given: frozenset[str]
    not_names: frozenset[str]
    latin_ends: tuple[str, ...]  # titles read before a name given in Latin letters too, longest first
    latin_not_bodies: tuple[str, ...]  # a chain holding one is a think tank's, a school's or a firm's


@cached
def _rules(script: str) -> _Rules | None:
    """The script's [titled_characters]; None where the language gives none (English, Vietnamese)."""
    ends = rule(script, "titled_characters", "title_ends", [])
    if not ends:
        return None

    def words(key: str) -> tuple[str, ...]:
        return tuple(rule(script, "titled_characters", key, []))

    surnames = surname_grammar(script)
    return _Rules(
        title_ends=tuple(sorted(ends, key=len, reverse=True)), speaking=frozenset(words("speaking")),
        chinese=words("chinese"), not_chinese=words("not_chinese"), not_now=words("not_now"),
        not_opens=words("not_chinese_opens"),
        doubles=frozenset(surnames.doubles), singles=surnames.singles, readings=surnames.readings,
        given_readings=surnames.given,
        name_ends=tuple(sorted(words("name_ends"), key=len, reverse=True)),
        long_ends=tuple(w for w in words("name_ends") if len(w) > 1),
        not_given=frozenset(rule(script, "titled_characters", "not_given", "")),
        not_names=frozenset(words("not_names")),
        latin_ends=tuple(sorted({*ends, *words("latin_title_ends")}, key=len, reverse=True)),
        latin_not_bodies=words("latin_not_bodies"))


@cached
def _to_simplified() -> dict[int, str]:
    """Traditional character -> simplified, one for one (str.translate table)."""
    return {ord(trad): simp for simp, trads in simp_to_trad().items() for trad in trads if trad != simp}


@lru_cache(maxsize=4096)
def pinyin_name(surname: str, given: str, reading: str | None = None,
                given_readings: tuple[tuple[str, str], ...] = ()) -> str:
    """A Chinese name in characters as the gold spells it: "马", "朝旭" -> "Ma Zhaoxu". The surname's
    reading where the grammar gives one (a name reads 单 Shan), else pypinyin's, as the given name's
    characters (but those of `given_readings`: 朝 zhao)."""
    known = dict(given_readings)
    family = reading or spelt(surname)
    first = "".join(known.get(ch) or spelt(ch) for ch in given) if known.keys() & set(given) else spelt(given)
    return f"{family.capitalize()} {first.capitalize()}"


def chinese_titled(text: str, mentions: list[Mention], script: str,
                   speakers: set[str] | None = None) -> list[tuple[int, int, str, str]]:
    """(start, end, name in pinyin, "CHN") of each Chinese office-holder the sentence names in characters
    right after a title of a Chinese office, not a listed person (module doc); `speakers` takes the names
    read after a spokesperson's title."""
    rules = _rules(script)
    if rules is None:
        return []
    simple = text.translate(_to_simplified())  # one character for one: offsets stay the text's
    traditional = simple != text
    found: list[tuple[int, int, str, str]] = []
    for at, title in _title_ends(simple, rules):
        read = _name_at(simple, at, mentions, rules)
        if read is not None and _chinese_chain(simple, at - len(title), title, mentions, rules, traditional):
            start, end, surname = read
            reading = rules.readings.get(surname)
            name, code = pinyin_name(surname, simple[start + len(surname):end], reading,
                                     rules.given_readings), "CHN"
        elif (vietnamese := _vietnamese_at(simple, at, title, mentions, rules)) is not None:
            start, end, name = vietnamese
            code = "VNM"
        else:
            continue
        if all(name != n for _, _, n, _ in found):
            found.append((start, end, name, code))
            if speakers is not None and title in rules.speaking:
                speakers.add(name)
    for start, end, name, title in _bracketed(text, simple, mentions, rules):
        if all(name != n for _, _, n, _ in found):
            found.append((start, end, name, "USA"))
            if speakers is not None and title in rules.speaking:
                speakers.add(name)
    return found


def holds_title(text: str, script: str) -> bool:
    """Whether Chinese copy holds a title of the grammar's `title_ends` (a sentence whose lexicon words
    name no office may still name a holder after one: "南部战区副司令员李伟中将陪同")."""
    rules = _rules(script)
    if rules is None:
        return False
    return _title_pattern(rules.title_ends).search(text.translate(_to_simplified())) is not None


def _vietnamese_at(simple: str, at: int, title: str, mentions: list[Mention], rules: _Rules
                   ) -> tuple[int, int, str] | None:
    """(start, end, name in its Vietnamese form) of a Vietnamese office-holder named in characters right after
    a title of a Vietnamese office: the title's chain names Vietnam (its sender's, before "驻") and no other
    country, and no former holder ("越南副外长黎怀忠", "越南驻华使馆临时代办范清平"). The name is read
    character by character into its Hán-Việt syllables, a listed person's form first (hanviet.py)."""
    read = _name_at(simple, at, mentions, rules, vietnamese=True)
    if read is None or _chain_country(simple, at - len(title), mentions, rules) != "VNM":
        return None
    start, end, _ = read
    name = vietnamese_name(simple[start:end])
    return None if name is None else (start, end, name)


@cached
def _vietnamese_surnames() -> frozenset[str]:
    """The characters one of whose Hán-Việt readings is a Vietnamese grammar surname (阮 Nguyễn, 黎 Lê)."""
    surnames = {syllable_key(s) for s in rule("vi", "titled", "surnames", [])}
    return frozenset(ch for s in surnames for ch in characters(s))


# After a title: the name in characters (a dot may join its parts), then its Latin form in brackets, two or
# three capitalised words ("美国国务院副发言人史密斯（Ann Smith）").
_BRACKETED = re.compile(r"[\u4e00-\u9fff·•・‧]{1,10}[（(]\s*([A-Z][a-z]+(?:[-'’][A-Za-z]+)*(?:\s+[A-Z]\.)?"
                        r"(?:\s+[A-Z][a-z]+(?:[-'’][A-Za-z]+)*){1,2})\s*[）)]")


def _bracketed(text: str, simple: str, mentions: list[Mention], rules: _Rules
               ) -> list[tuple[int, int, str, str]]:
    """(start, end, name, title) of each American office-holder no list holds whom the copy names in
    characters after a title of a US office and then in Latin letters in brackets, the gold's spelling
    (CNA and Xinhua give a foreign name's original so at first mention): "美國國務院副發言人史密斯（Ann
    Smith）", "美国俄勒冈州州长柯泰克（Tina Kotek）". The title's chain (the characters glued
    before it, back to a mark, a joiner, an act word or a listed person; before a stationed mark "驻",
    the sender) names the United States first and no other country; a former holder's chain (`not_now`)
    names no one, nor one over a listed person (read by the lexicon)."""
    if "(" not in text and "（" not in text:
        return []
    found: list[tuple[int, int, str, str]] = []
    for hit in _title_pattern(rules.latin_ends).finditer(simple):
        bracketed = _BRACKETED.match(text, hit.end())
        if bracketed is None:
            continue
        # the characters before the bracket are one name: no lexicon word (a listed person, an act word, a
        # place: "德尔托罗抵达金兰湾（Cam Ranh）") and no word ending a name ("发言人表示将于北京时间（Beijing
        # Time）") among them, else the bracket glosses another word
        opened = bracketed.start(1) - 1
        while text[opened] not in "（(":
            opened -= 1
        if any(hit.end() <= m.start < opened or m.start < hit.end() < m.start + len(m.term)
               for m in mentions) or any(w in simple[hit.end():opened] for w in rules.name_ends):
            continue
        if _chain_country(simple, hit.start(), mentions, rules, rules.latin_not_bodies) != "USA":
            continue
        name = " ".join(bracketed.group(1).split())
        found.append((bracketed.start(1), bracketed.end(1), name, hit.group()))
    return found


def _chain_cut(simple: str, start: int, mentions: list[Mention], rules: _Rules) -> int:
    """Where the chain of a title opening at `start` begins: past the last act word or listed person glued
    before it (no act word a title holds), the last mark and the last joiner, within _CHAIN_REACH
    characters."""
    low = max(0, start - _CHAIN_REACH)
    for m in reversed([m for m in mentions if low <= m.start and m.start + len(m.term) <= start]):
        if m.entry.role in ("action", "person") and not _inside_title(m, rules):
            low = m.start + len(m.term)
            break
    cut = max((i + 1 for i in range(low, start) if _MARK.match(simple, i)), default=low)
    # the last joiner outside a lexicon name ("共和国" holds 和): "王毅与越南外长" is the foreign minister's
    for i in range(start - 1, cut - 1, -1):
        if simple[i] in _JOINERS and not any(m.start <= i < m.start + len(m.term) for m in mentions
                                             if m.entry.role != "action"):
            return i + 1
    return cut


def _chain_country(simple: str, start: int, mentions: list[Mention], rules: _Rules,
                   bodies: tuple[str, ...] = ()) -> str | None:
    """The one country a title's chain names (its sender's, before "驻"), None where it names none or two,
    opens with a former holder's word or with Taiwan's, Hong Kong's or Macao's, or holds a word of `bodies`
    (a think tank's, a school's, a firm's: "美国战略与国际研究中心高级顾问" is no US office)."""
    cut = _chain_cut(simple, start, mentions, rules)
    chain = simple[cut:start]
    # a former holder's word anywhere in the chain: "美国前财政部长" (the country opens it)
    if any(w in chain for w in (*rules.not_now, *bodies)) or chain.startswith(rules.not_opens):
        return None
    stationed = chain.rfind("驻")
    sender = cut + (stationed if stationed >= 0 else len(chain))
    codes = {c for m in mentions if cut <= m.start and m.start + len(m.term) <= sender
             and m.entry.role in ("country", "place", "other", "aimed", "org") and m.entry.kind != "ignore"
             for c in m.entry.codes}
    return next(iter(codes)) if len(codes) == 1 else None


def _title_ends(simple: str, rules: _Rules) -> list[tuple[int, str]]:
    """(where the name would open, the title) for each title word of the grammar in the text, the longest
    opening at a place first ("副部长" over "部长", "部长助理" over "部长"): one pass of one pattern."""
    return [(m.end(), m.group()) for m in _title_pattern(rules.title_ends).finditer(simple)]


@lru_cache(maxsize=4)
def _title_pattern(titles: tuple[str, ...]) -> re.Pattern[str]:
    """The titles as one alternation, longest first (`titles` comes sorted so)."""
    return re.compile("|".join(map(re.escape, titles)))


def _boundary(simple: str, at: int, acts: frozenset[int], rules: _Rules) -> bool:
    """Whether a name may end at `at`: the text's end, a mark or digit, a lexicon act word or a word of
    the sentence the grammar lists (`name_ends`)."""
    if at >= len(simple) or _MARK.match(simple, at) or not _CJK.match(simple, at):
        return True
    return at in acts or simple.startswith(rules.name_ends, at)


def _name_at(simple: str, at: int, mentions: list[Mention], rules: _Rules, vietnamese: bool = False
             ) -> tuple[int, int, str] | None:
    """(start, end, surname) of the name opening right after a title, or None: a surname of the list and a
    given name of one or two characters, the only length that ends before a word of the sentence, else
    the one `not_given` decides; no listed person, no lexicon word inside it. A `vietnamese` name opens
    with a character read as a Vietnamese surname (hanviet.tsv, the Vietnamese grammar's [titled]
    `surnames`: 阮 Nguyễn, 黎 Lê) and has a given name of one to three characters ("阮氏金银")."""
    if vietnamese:  # a Vietnamese surname (its Hán-Việt reading one of the Vietnamese grammar's surnames)
        surname = simple[at:at + 1]
        if surname not in _vietnamese_surnames():
            return None
    else:
        surname = simple[at:at + 2] if simple[at:at + 2] in rules.doubles else simple[at:at + 1]
        if surname not in rules.doubles and surname not in rules.singles:
            return None
    acts: frozenset[int] = frozenset()
    opens: frozenset[int] | None = None  # built at the first length that reaches the boundary test
    fits = []
    for size in (1, 2, 3) if vietnamese else (1, 2):
        end = at + len(surname) + size
        given = simple[at + len(surname):end]
        if len(given) < size or not all(_CJK.match(ch) for ch in given):
            continue
        # a lexicon word over the name's characters: a listed person (read as before), a place ("部长于北京")
        # (an act word may open on its last character: "倪岳峰会见" holds "峰会", a summit)
        if any(m.start < end and at < m.start + len(m.term) for m in mentions
               if m.entry.role != "action" or m.start < end - 1):
            continue
        # the given name is no word of the sentence ("部长曾表示", "部长曾说": no "Zeng Biaoshi",
        # "Zeng Shuo"); a character of a one-character word may be a name's ("云南省委书记仇和19日")
        # (read from the given name's start, past a one-character name: "部长助理于近日", no "Yu Jin")
        # (a Vietnamese name of three syllables or more reads past such a word: "黎明兴" is Lê Minh Hưng,
        # "黎明" alone the dawn)
        if given[0] in rules.not_given or simple.startswith(rules.long_ends, at + len(surname)) \
                or surname + given in rules.not_names \
                or simple[at:at + 2] in rules.not_names and not (vietnamese and size >= 2):
            continue
        if opens is None:  # a listed person after the title (most often) never needs them
            acts = frozenset(m.start for m in mentions if m.entry.role == "action")
            opens = frozenset(m.start for m in mentions) | acts
        if _boundary(simple, end, opens, rules):
            fits.append(end)
    if len(fits) >= 2:
        # several fit: the character after the shortest given name ends it where it is a word no name is
        # made of ("王毅说，"); else the longest name where a lexicon act or a mark follows it ("倪岳峰会见",
        # not "倪岳" before "峰会"); else unsure, no name. A joiner of `name_ends` ("和") that the longer name
        # would end on, right before another lexicon word (a country, a title), joins the next party: the
        # shorter name ("阮明姮和美国副国务卿", not "阮明姮和"); and a word of the sentence of two characters
        # or more (`long_ends`: a rank, an attending word) opening after the shorter name that the longer
        # one would end inside ("陈青严中将", "陈军少将", "阮明姮陪同": no "Trần Thanh Nghiêm Trung",
        # "Chen Junshao") ends the shorter
        joiner = next((w for w in rules.name_ends if simple.startswith(w, fits[0])), "")
        split = max((len(w) for w in rules.long_ends if simple.startswith(w, fits[0])), default=0)
        if simple[fits[0]] in rules.not_given or joiner and fits[0] + len(joiner) == fits[-1] \
                and fits[-1] in (opens or ()) and fits[-1] not in acts \
                or fits[-1] < fits[0] + split:
            fits = fits[:1]
        elif fits[-1] in acts or fits[-1] >= len(simple) or not _CJK.match(simple, fits[-1]):
            fits = fits[-1:]
        else:
            return None
    if not fits:
        return None
    return at, fits[0], surname


def _chinese_chain(simple: str, start: int, title: str, mentions: list[Mention], rules: _Rules,
                   traditional: bool) -> bool:
    """Whether the title opening at `start` is a Chinese office: its chain (the characters glued before it,
    back to a mark, a joiner, a verb or a listed person) or the title names China or a body of its state
    (`chinese`), or in simplified copy no country at all; never another country, Taiwan, Hong Kong, a firm
    or a former holder, and never a host's envoy ("越南驻华大使": the sender before "驻" is the holder's)."""
    cut = _chain_cut(simple, start, mentions, rules)
    chain = simple[cut:start]
    if chain.startswith(rules.not_now) or chain.startswith(rules.not_opens):
        return False
    listed = simple.rfind("、", 0, start)
    clause = max((i + 1 for i in range(max(0, start - _CHAIN_REACH), start) if simple[i] in _CLAUSE),
                 default=0)
    if listed >= clause and not _names_a_side(simple, max(cut, listed + 1), start, title, mentions, rules):
        # one holder's titles in a row ("美方代表团团长、财政部副部长", "越方团长、外交部副部长"): a title
        # naming no side is the side's the titles before it in the clause name
        # back to a listed person: the titles before one are that person's ("美国驻华大使伯恩斯、外交部...")
        clause = max([clause, *(m.start + len(m.term) for m in mentions
                                if m.entry.role == "person" and m.start + len(m.term) <= listed)])
        before = [m for m in mentions if clause <= m.start and m.start + len(m.term) <= listed
                  and m.entry.role in ("country", "place", "other", "aimed") and m.entry.kind != "ignore"]
        if any(m.entry.codes != ("CHN",) and m.entry.kind != "pair" for m in before):
            return False
    stationed = chain.rfind("驻")
    sender = chain[:stationed] if stationed >= 0 else chain
    if stationed >= 0 and chain[stationed:].startswith(("驻华", "驻中国", "驻北京")):
        return False  # an envoy to China is another country's
    if any(word in sender for word in rules.not_chinese):
        return False
    named = [m for m in mentions if cut <= m.start and m.start + len(m.term) <= cut + len(sender)
             and m.entry.role in ("country", "place", "other", "aimed", "org") and m.entry.kind != "ignore"]
    if any(m.entry.role == "org" or m.entry.codes != ("CHN",) and m.entry.kind != "pair" for m in named):
        return False  # "越南外交部", "老挝外交部", a firm's office
    if any(m.entry.codes == ("CHN",) for m in named) or any(w in sender + title for w in rules.chinese):
        return True
    # a bare chain is the copy's home: not where another country's agency tells it
    # ("越通社河内…电 外交部副部长阮…": Vietnam's ministry, in the agency's Chinese service)
    return not traditional and not any(m.entry.kind == "media" and m.entry.codes != ("CHN",)
                                       for m in mentions)


def _names_a_side(simple: str, cut: int, start: int, title: str, mentions: list[Mention],
                  rules: _Rules) -> bool:
    """Whether the chain (cut..start) or the title names a country, a body or China's own words."""
    if any(w in simple[cut:start] + title for w in (*rules.chinese, *rules.not_chinese)):
        return True
    return any(cut <= m.start and m.start + len(m.term) <= start and m.entry.kind != "ignore"
               and m.entry.role in ("country", "place", "other", "aimed", "org") for m in mentions)


def _inside_title(m: Mention, rules: _Rules) -> bool:
    """Whether a lexicon act word is a word of a title ("大使", "发言人" are act words too): it does not
    end the chain."""
    return any(m.term in title or title in m.term for title in rules.title_ends)
