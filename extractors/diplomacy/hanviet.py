"""Names across the Chinese-Vietnamese script line, through Sino-Vietnamese (Hán-Việt) readings.

Chinese copy writes a Vietnamese office-holder in characters ("越南副外长黎怀忠"), Vietnamese copy a
Chinese one in the Hán-Việt readings of his name's characters ("Thứ trưởng Ngoại giao Trung Quốc Tôn Vệ
Đông"). The table `lexicons/hanviet.tsv` gives each character of Chinese and Vietnamese personal names
its readings, the common one first; it bridges the two:

- characters -> Vietnamese (`vietnamese_name`): each character read, a listed Vietnamese person
  (people.tsv) whose Vietnamese form is one of the readings' combinations preferred ("武" read Vũ or Võ
  resolves to the listed person), else the common readings ("黎怀忠" -> "Lê Hoài Trung");
- Hán-Việt syllables -> pinyin (`chinese_name`): a listed Chinese person whose characters (a zh row)
  read so, else each syllable's characters (the surname's among the grammar's surnames) read in pinyin,
  kept only where all of them read one way ("Trương Côn Sinh" -> "Zhang Kunsheng"); a syllable whose
  characters read differently ("Quân": 军 jun, 筠 yun) reads nothing.

Syllables compare without their tone mark's place ("Hòa" / "Hoà") and a final y after a consonant as i
("Hy" / "Hi", "Vỹ" / "Vĩ"). The table and the people's forms are read once, on first need.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from itertools import islice, product
from types import MappingProxyType
from typing import TYPE_CHECKING

from .grammar import cached, read_table, rule

if TYPE_CHECKING:
    from collections.abc import Mapping
    from types import ModuleType

_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")  # grave, acute, tilde, hook above, dot below
_VOWELS = frozenset("aăâeêioôơuưy")
_FORMS = 64  # combinations of readings tried at most for one name


def syllable_key(syllable: str) -> str:
    """A syllable as compared: lower case, its tone mark moved to its end, a final y after a consonant as i
    ("Hòa" and "Hoà" -> "hoa\u0300", "Hy" -> "hi")."""
    marks = unicodedata.normalize("NFD", syllable.casefold())
    tone = "".join(ch for ch in marks if ch in _TONES)
    base = unicodedata.normalize("NFC", "".join(ch for ch in marks if ch not in _TONES))
    if len(base) >= 2 and base[-1] == "y" and base[-2] not in _VOWELS:
        base = base[:-1] + "i"
    return base + tone


def name_key(words: list[str] | tuple[str, ...]) -> str:
    """A name's syllables as compared (syllable_key each), joined by spaces."""
    return " ".join(syllable_key(w) for w in words)


@dataclass(frozen=True, slots=True)
class _Table:
    readings: Mapping[str, tuple[str, ...]]  # character -> readings, the common first
    chars: Mapping[str, tuple[str, ...]]  # syllable key -> the characters reading so
    vietnamese: Mapping[str, str]  # a listed Vietnamese person's form, as compared -> canonical name
    chinese: Mapping[str, str]  # a listed Chinese person's characters, read, as compared -> canonical name


@cached
def _table() -> _Table:
    """The table and the listed people's forms, read once."""
    readings: dict[str, tuple[str, ...]] = {}
    chars: dict[str, list[str]] = {}
    for _, row in read_table("hanviet.tsv", ("char", "readings")):
        read = tuple(row["readings"].split())
        readings[row["char"]] = read
        for syllable in read:
            keyed = chars.setdefault(syllable_key(syllable), [])
            if row["char"] not in keyed:
                keyed.append(row["char"])
    vietnamese: dict[str, str] = {}
    chinese_rows: list[tuple[str, str]] = []
    for _, row in read_table("people.tsv", ("lang", "term", "code", "role", "name")):
        langs = row["lang"].split(",")
        if row["code"] == "VNM" and {"lat", "vi", "vim"} & set(langs) and row["term"] != row["term"].lower():
            vietnamese.setdefault(name_key(row["term"].split()), row["name"])
        elif row["code"] == "CHN" and "zh" in langs:
            chinese_rows.append((row["term"], row["name"]))
    chinese: dict[str, str] = {}
    for term, name in chinese_rows:
        if 2 <= len(term) <= 4 and all(ch in readings for ch in term):
            for form in islice(product(*(readings[ch] for ch in term)), _FORMS):
                chinese.setdefault(name_key(form), name)
    return _Table(MappingProxyType(readings), MappingProxyType({k: tuple(v) for k, v in chars.items()}),
                  MappingProxyType(vietnamese), MappingProxyType(chinese))


def readings(char: str) -> tuple[str, ...]:
    """A character's Hán-Việt readings, the common first; () where the table has none."""
    return _table().readings.get(char, ())


def characters(key: str) -> tuple[str, ...]:
    """The characters one of whose readings is the syllable `key` (as syllable_key gives it)."""
    return _table().chars.get(key, ())


def vietnamese_forms(chars: str) -> list[tuple[str, ...]]:
    """The combinations of a name's characters' readings, the common readings' first; [] where a character
    has none."""
    table = _table().readings
    if not all(ch in table for ch in chars):
        return []
    return list(islice(product(*(table[ch] for ch in chars)), _FORMS))


def vietnamese_name(chars: str) -> str | None:
    """A Vietnamese name in characters in its Vietnamese form: the listed person whose form is one of the
    readings' combinations, else the listed person it sounds like in Mandarin (_sounded: "黎怀钟" -> "Lê Hoài
    Trung", listed as 黎怀中), else the common readings ("黎怀忠" -> "Lê Hoài Trung"); None where a character
    has no reading."""
    forms = vietnamese_forms(chars)
    if not forms:
        return None
    listed = _table().vietnamese
    for form in forms:
        if (name := listed.get(name_key(form))) is not None:
            return name
    # the Chinese press writes a Vietnamese name by its sound in Mandarin as often as by its reading: a
    # listed person's characters (a zh row) with the same surname character and a given name of two
    # characters or more sounding the same, tones and all ("黎怀钟" for 黎怀中, Lê Hoài Trung), are that
    # person; a one-character given name ("黎永", Lê Vĩnh, not 黎勇) or another tone ("阮春生", Nguyễn Xuân
    # Sinh, not 阮春胜) is a name of its own
    if len(chars) >= 3 and (name := _sounded().get(chars[0] + _toned(chars[1:]))) is not None:
        return name
    return " ".join(forms[0])


@cached
def _sounded() -> Mapping[str, str]:
    """A listed Vietnamese person's characters (a zh row of three or four) as their surname character and
    the given name's pinyin with tones -> canonical name; a sound two people share is left out."""
    found: dict[str, str | None] = {}
    for _, row in read_table("people.tsv", ("lang", "term", "code", "role", "name")):
        term = row["term"]
        if row["code"] != "VNM" or "zh" not in row["lang"].split(",") or not 3 <= len(term) <= 4 \
                or not all("\u4e00" <= ch <= "\u9fff" for ch in term):
            continue
        key = term[0] + _toned(term[1:])
        found[key] = row["name"] if found.get(key, row["name"]) == row["name"] else None
    return MappingProxyType({key: name for key, name in found.items() if name is not None})


def listed_chinese(words: list[str]) -> str | None:
    """The listed Chinese person whose characters (a zh row of people.tsv) read as these Hán-Việt syllables
    ("Đổng Quân" -> "Dong Jun"), or None."""
    return _table().chinese.get(name_key(words))


def chinese_name(words: list[str], script: str = "zh") -> str | None:
    """A Chinese name in Hán-Việt syllables (surname first, two to four syllables) in pinyin, as the gold
    spells Chinese people: a listed person's canonical name, else each syllable's characters read in
    pinyin where they all read one way (the surname's among the grammar's surnames, a double surname
    first); None where a syllable maps to no character or to characters reading differently."""
    if not 2 <= len(words) <= 4:
        return None
    if (listed := listed_chinese(words)) is not None:
        return listed
    surnames = _surnames(script)
    chars = _table().chars
    family: set[str] = set()
    if len(words) >= 3:  # a double surname: "Âu Dương" 欧阳
        family = {pinyin_of(d, True, script) for d in surnames.doubles.get(name_key(words[:2]), ())}
    rest = words[2:] if family else words[1:]
    if not family:
        family = {pinyin_of(ch, True, script) for ch in chars.get(syllable_key(words[0]), ())
                  if ch in surnames.singles}
    if len(family) != 1 or not 1 <= len(rest) <= 2:
        return None
    given = []
    for word in rest:
        read = {pinyin_of(ch, False, script) for ch in chars.get(syllable_key(word), ())}
        if len(read) != 1:
            return None
        given.append(read.pop())
    return f"{family.pop().capitalize()} {''.join(given).capitalize()}"


@dataclass(frozen=True, slots=True)
class _Surnames:
    singles: frozenset[str]
    doubles: Mapping[str, tuple[str, ...]]  # the two syllables, as compared -> the double surnames
    readings: Mapping[str, str]  # surname -> its pinyin where a name reads it otherwise
    given: Mapping[str, str]  # a given name's character -> its pinyin where a name reads it otherwise


@dataclass(frozen=True, slots=True)
class SurnameGrammar:
    """The script's [titled_characters] surnames as the grammar writes them, parsed once for every reader."""
    singles: frozenset[str]
    doubles: tuple[str, ...]
    readings: Mapping[str, str]  # surname -> its pinyin where a name reads it otherwise
    given: tuple[tuple[str, str], ...]  # a given name's character and its pinyin where read otherwise


@cached
def surname_grammar(script: str) -> SurnameGrammar:
    """The grammar's Chinese surnames, double surnames and readings ([titled_characters], Chinese script)."""
    def pairs(key: str) -> tuple[tuple[str, str], ...]:
        return tuple((left, right) for left, right in (item.split(":", 1)
                                                      for item in rule(script, "titled_characters", key, [])))

    return SurnameGrammar(frozenset("".join(rule(script, "titled_characters", "surnames", []))),
                          tuple(rule(script, "titled_characters", "double_surnames", [])),
                          MappingProxyType(dict(pairs("surname_readings"))), pairs("given_readings"))


@cached
def _surnames(script: str) -> _Surnames:
    """The grammar's Chinese surnames, the double ones keyed by their syllables' Hán-Việt readings."""
    grammar = surname_grammar(script)
    doubles: dict[str, list[str]] = {}
    table = _table().readings
    for double in grammar.doubles:
        if all(ch in table for ch in double):
            for form in product(*(table[ch] for ch in double)):
                doubles.setdefault(name_key(form), []).append(double)
    return _Surnames(grammar.singles, MappingProxyType({k: tuple(v) for k, v in doubles.items()}),
                     grammar.readings, MappingProxyType(dict(grammar.given)))


@cached  # reads the grammar's readings: cleared with the other loaders when the lexicons switch
def pinyin_of(chars: str, surname: bool, script: str = "zh") -> str:
    """Characters in pinyin without tones, lower case: a surname by the grammar's reading where it gives
    one, a given name's character by `given_readings`, else pypinyin's."""
    if surname and (reading := _surnames(script).readings.get(chars)):
        return reading.lower()
    if not surname and (reading := _surnames(script).given.get(chars)):
        return reading
    return spelt(chars)


def _toned(chars: str) -> str:
    """Characters in pypinyin's reading with tone numbers ("钟" and "中" zhong1; "尚" shang4, "赏" shang3)."""
    pypinyin = _pypinyin()
    return "".join(pypinyin.lazy_pinyin(chars, style=pypinyin.Style.TONE3, v_to_u=True,
                                        neutral_tone_with_five=True))


def spelt(chars: str) -> str:
    """Characters in pypinyin's reading, without tones, lower case, ü written u."""
    pypinyin = _pypinyin()
    return "".join(pypinyin.lazy_pinyin(chars, style=pypinyin.Style.NORMAL, v_to_u=True)).replace("ü", "u")


def _pypinyin() -> ModuleType:
    """pypinyin, imported where a name first needs it: it loads its dictionaries on import, so only copy
    naming an unlisted office-holder (spelt) or an unlisted Vietnamese name in characters (_toned) pays for
    it. Missing mid-detection, it says what needs it and how to get it."""
    try:
        import pypinyin
    except ModuleNotFoundError as missing:
        raise ImportError("the diplomacy detector reads Chinese names in characters with pypinyin "
                          "(a dependency in pyproject.toml): install the project's dependencies") from missing
    return pypinyin
