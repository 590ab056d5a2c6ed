"""Event places: gazetteer cities (lexicons/places.tsv) where an event happened, datelines included."""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .text import strip_marks, traditional_forms

GAZETTEER = "lexicons/places.tsv"
_CJK = re.compile(r"[\u3400-\u9fff]")
_FULLWIDTH = str.maketrans("０１２３４５６７８９／", "0123456789/")
# Words after which a city is where something happens ("in Hanoi", "to the Vietnamese capital, Hanoi",
# "tại Thủ đô Hà Nội", "在越南首都河内", "抵达北京"); "from" and "over" are left out: not where it happened.
_LOCATIVE = re.compile(
    r"(?:\b(?:in|at|to|inside|arrived in|landed in)\s+(?:the\s+)?"
    r"(?:(?:[\w'’.-]+\s+){0,3}?(?:capital|city|port city|town)(?:\s+of)?,?\s+)?"
    r"|\b(?:tai|o|den|toi|sang|tham)\s+(?:(?:thu do|thanh pho|tp\.?)\s*)?"
    r"|(?:在|赴|抵|抵达|抵達|到|到访|到訪|访问|訪問|于|於|前往|飞抵|飛抵|来到|來到|出访|出訪)"
    r"(?:[\u4e00-\u9fff]{2,4}(?:首都|首府))?)$"
)
LOCATIVE_WINDOW = 40  # characters before a city searched for a locative word
# What may follow a city at the head of a story for it to be a dateline: a date, an agency in brackets,
# then a dash ("HANOI (Reuters) -", "Hà Nội, 10/9 -", "WASHINGTON, Sept 10 —").
_DATELINE_TAIL = re.compile(
    r"(?:\s*,\s*[^()\n\-–—]{1,25}?)?\s*(?:[(（][^)）\n]{1,40}[)）])?\s+(?:--?|[–—])\s")
# "(Beijing / Hanoi Composite Electric)", "（北京/河内综合电）": a bracket opening the story.
_BRACKET_LINE = re.compile(r"\s*[(（\[【]([^)）\]】\n]{2,60})[)）\]】]")
# "新华社北京9月10日电", "本报华盛顿9月10日讯": agency, city, date, dispatch word.
_ZH_DATELINE = re.compile(r"\s*[^\s，。,]{0,16}?((?:\d{4}年)?\d{1,2}月\d{1,2}日)(?:电|電|讯|訊)")


@dataclass(frozen=True, slots=True)
class City:
    """A gazetteer city: canonical English name and ISO3 country."""

    name: str
    country: str


@dataclass(frozen=True, slots=True)
class Dateline:
    """The dateline opening a sentence: where it ends and the cities it names (several for a composite)."""

    end: int
    cities: tuple[City, ...]


@dataclass(frozen=True, slots=True)
class Place:
    """Where an event happened: the city (None when none is stated) and its country."""

    city: str | None
    country: str | None


def fold_text(text: str) -> str:
    """Lowercase without Vietnamese marks, ASCII digits, one character for one (spans map back to `text`)."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return strip_marks(low.translate(_FULLWIDTH))


def _fold_name(name: str) -> str:
    return strip_marks(unicodedata.normalize("NFC", name).lower())


@lru_cache(maxsize=1)
def gazetteer() -> tuple[re.Pattern[str], dict[str, City]]:
    """The matcher over folded text and the city each folded spelling names."""
    text = resources.files(__package__).joinpath(GAZETTEER).read_text(encoding="utf-8")
    rows = csv.DictReader((line for line in text.splitlines() if line and not line.startswith("#")),
                          delimiter="\t")
    names: dict[str, City] = {}
    for row in rows:
        city = City(row["city"].strip(), row["country"].strip())
        name = row["name"].strip()
        forms = traditional_forms(name) if _CJK.search(name) else [_fold_name(name)]
        for form in forms:
            names.setdefault(form, city)
    alternatives = []
    for form in sorted(names, key=len, reverse=True):
        body = r"\s+".join(re.escape(part) for part in form.split())
        alternatives.append(body if _CJK.search(form) else rf"(?<![\w]){body}(?![\w])")
    return re.compile("|".join(alternatives)), names


def _city(folded: str, m: re.Match[str], names: dict[str, City]) -> City:
    return names[" ".join(m.group(0).split())]


def _written_as_name(text: str, start: int) -> bool:
    """A Latin spelling counts only capitalised ("in Hue", not "in hue"); Chinese always does."""
    return not text[start].isalpha() or text[start].isupper() or bool(_CJK.match(text[start]))


def dateline(text: str) -> Dateline | None:
    """The dateline opening a sentence, if it has one, with its cities."""
    pattern, names = gazetteer()
    folded = fold_text(text)
    head = len(text) - len(text.lstrip())
    m = pattern.match(folded, head)
    if m and _written_as_name(text, head):
        tail = _DATELINE_TAIL.match(folded, m.end())
        if tail:
            return Dateline(tail.end(), (_city(folded, m, names),))
    bracket = _BRACKET_LINE.match(folded)
    if bracket:
        inner = bracket.group(1)
        first = pattern.match(inner, len(inner) - len(inner.lstrip()))
        if first:
            cities = tuple(dict.fromkeys(_city(inner, c, names) for c in pattern.finditer(inner)))
            return Dateline(bracket.end(), cities)
    zh = _ZH_DATELINE.match(folded)
    if zh:
        ends = [c for c in pattern.finditer(folded, 0, zh.start(1)) if c.end() == zh.start(1)]
        return Dateline(zh.end(), (_city(folded, ends[-1], names),) if ends else ())
    return None


def located_cities(text: str, start: int = 0) -> list[City]:
    """Cities named after a locative word in `text` (from `start`), in order."""
    pattern, names = gazetteer()
    folded = fold_text(text)
    return [_city(folded, m, names) for m in pattern.finditer(folded, start)
            if _written_as_name(text, m.start())
            and _LOCATIVE.search(folded, max(start, m.start() - LOCATIVE_WINDOW), m.start())]


def host_country(kind: str, actor: str, target: str) -> str | None:
    """The country a visit takes place in: the target's for a visit, the actor's when it hosts one."""
    return {"visit": target, "host_visit": actor}.get(kind)


def event_place(kind: str, actor: str, target: str, texts: Sequence[str]) -> Place:
    """The city an event's sentences say it happened in (a visit's must be in its host country)."""
    host = host_country(kind, actor, target)
    for text in texts:
        line = dateline(text)
        candidates = located_cities(text, line.end if line else 0)
        # A composite dateline ("Beijing / Hanoi") says where the copy came from, not where this happened.
        if line and len(line.cities) == 1:
            candidates.append(line.cities[0])
        for city in candidates:
            if host is None or city.country == host:
                return Place(city.name, city.country)
    return Place(None, host)
