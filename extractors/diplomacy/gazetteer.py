"""The gazetteer (lexicons/places.tsv): cities by every spelling, matched on text folded one character for
one (lowercase, no Vietnamese marks, ASCII digits), and whether a spelling is written as a name."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from .grammar import cached, read_table, shared
from .lexicon import CJK, _trie_pattern, transliteration_forms
from .text import _unmark as unmark_table
from .text import string_table, strip_marks, traditional_forms

GAZETTEER = "places.tsv"
REGION = "-"  # the gazetteer's `city` of a named region (an island, a state): its country, no city
_SPACED_DASH = re.compile(r"\s?-\s?")


@dataclass(frozen=True, slots=True)
class City:
    """A gazetteer city: canonical English name and ISO3 country; a named region has no name (""). `province`:
    for a region named as a province of a city's name ("in Lang Son province", `在越南宁平省`), that city's
    name: the province, not the city."""

    name: str
    country: str
    province: str = ""


@lru_cache(maxsize=1)
def _fold_table() -> str:
    """Marked Latin letters to bare ones and full-width digits to ASCII, one character for one."""
    digits = {ord(k): v for k, v in zip("０１２３４５６７８９／", "0123456789/", strict=True)}
    return string_table({**unmark_table(), **digits})


def lowercase(text: str) -> str:
    """The text lowercased one character for one (a rare letter that grows is kept as it is)."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low


@lru_cache(maxsize=4096)  # an article's lead sentences are folded again for each of its events
def fold_text(text: str) -> str:
    """Lowercase without Vietnamese marks, ASCII digits, one character for one (spans map back to `text`)."""
    low = lowercase(text)
    return low if low.isascii() else low.translate(_fold_table())


def _fold_name(name: str) -> str:
    return strip_marks(unicodedata.normalize("NFC", name).lower())


def gazetteer_rows() -> Iterator[dict[str, str]]:
    """The gazetteer's rows by column name."""
    return (row for _, row in read_table(GAZETTEER, ("name", "city", "country")))


@cached
def gazetteer() -> tuple[re.Pattern[str], dict[str, City]]:
    """The matcher over folded text and the city each folded spelling names."""
    names: dict[str, City] = {}
    for row in gazetteer_rows():
        city = City("" if row["city"] == REGION else row["city"], row["country"])
        name = row["name"]
        forms = traditional_forms(name) if CJK.search(name) else [_fold_name(name)]
        forms += [_fold_name(form) for form in _derived(name)]
        for form in forms:
            names.setdefault(form, city)
    # Tries, as the lexicon matchers are built: one pass per position whatever the number of spellings.
    latin = _trie_pattern(sorted(form for form in names if not CJK.search(form)))
    chinese = _trie_pattern(sorted(form for form in names if CJK.search(form)))
    return re.compile(rf"(?<![\w])(?:{latin})(?![\w])|{chinese}"), names


def _derived(name: str) -> list[str]:
    """The joined writing of a Vietnamese transliteration of a city written with hyphens ("Tô-rôn-tô":
    "Tôrôntô"; lexicon.transliteration_forms). Not the spaced one: the gazetteer reads text without marks,
    where a spaced name is everyday words and, matched first, hides the real name after it ("thủ đô Hà
    Nội" would read "đô Hà" as Doha, "Đô-ha")."""
    if CJK.search(name):
        return []
    return [form for form, spaced in transliteration_forms(name) if not spaced]


def city_of(m: re.Match[str], names: dict[str, City]) -> City:
    """The city a gazetteer match names (its dashes spaced or not)."""
    return names[_SPACED_DASH.sub("-", m.group(0))]


_COMMA_END = re.compile(r",\s*$")
CITY_REACH = 40  # characters before a country that may hold a city and its comma ("Lima, Peru")


def follows_city(text: str, start: int) -> bool:
    """Whether a country's name at `start` comes right after a city and a comma ("in Lima, Peru", "tại
    Gia-các-ta, In-đô-nê-xi-a"): it says where the city is."""
    raw = text[max(0, start - CITY_REACH):start]
    if "," not in raw:
        return False  # the common case; folding neither makes nor drops a comma
    before = fold_text(raw)
    comma = _COMMA_END.search(before)
    return comma is not None and any(
        city.end() == comma.start() for city in gazetteer()[0].finditer(before, 0, comma.start()))


def written_as_name(text: str, start: int, end: int | None = None) -> bool:
    """A Latin spelling counts only capitalised ("in Hue", not "in hue"); Chinese always does. A spelling
    written with Vietnamese marks counts only for a city whose Vietnamese name has marks: "Nhà Trắng" (the
    White House) is not Nha Trang, written without marks in every language."""
    if end is not None and _goes_on().match(text, end):
        return False  # the start of a longer name: "Dallas Fed", "Hefei-based", "雅典娜", "京都议定书"
    if CJK.match(text[start]):
        return True
    if text[start].isalpha() and not text[start].isupper():
        return False
    if end is None:
        return True
    span = unicodedata.normalize("NFC", text[start:end]).lower()
    # "Ốc - len" is the row's "Ốc-len": the matcher reads a dash with spaces around it as the row's.
    return span.isascii() or _fold_name(_SPACED_DASH.sub("-", span)) in marked_names()


@cached
def _goes_on() -> re.Pattern[str]:
    """The grammar's [places] `name_goes_on`: what, right after a city's spelling (as written), makes it the
    start of a longer name (a body, a treaty, a ship, a word) rather than the city."""
    return re.compile("|".join(f"(?:{p})" for p in shared("name_goes_on", "places")) or "(?!)")


@cached
def marked_names() -> frozenset[str]:
    """The gazetteer's Latin names written with marks, folded ("ha noi", "hue"), and their joined writings
    ("toronto" for "Tôrôntô"): any marking of them counts (old and new tone placement, a slip of one
    mark)."""
    names = [unicodedata.normalize("NFC", row["name"]).lower() for row in gazetteer_rows()]
    marked = [n for n in names if not n.isascii() and not CJK.search(n)]
    joined = [form for n in marked for form in _derived(n)]
    return frozenset(_fold_name(n) for n in marked + joined)
