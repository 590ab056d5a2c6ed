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

import tomllib
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from itertools import product

from extractors.diplomacy import detect
from tests import FIXTURES
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


# Each language's office-holder forms, verbs and hard negatives (and English its spellings).
TABLES = FIXTURES / "batteries" / "headlines"
SPELLINGS = {"vi": vi_spellings, "zh": zh_spellings}  # English spells from its table


def _en_spellings(table: dict[str, dict[str, str]]) -> Callable[[str], list[tuple[str, str]]]:
    """An English headline in each spelling of `table` (lang -> {word} -> its spelling), as (lang, text)."""
    def spellings(headline: str) -> list[tuple[str, str]]:
        return [(lang, headline.format_map(words)) for lang, words in table.items()]
    return spellings


_POSTED = {"驻越南": "VNM", "驻美": "USA", "驻华": "CHN"}


def _posted_elsewhere(holder: str, partner: str) -> bool:
    """An ambassador form posted to a country other than the headline's partner."""
    return any(post in holder and code != partner for post, code in _POSTED.items())


# ---------------------------------------------------------------- shared
def _language_cases(language: str) -> list[Case]:
    """One language's cases: every verb between the office-holders of each direction, then the hard
    negatives, each headline in all its spellings (British and US, with and without diacritics,
    simplified and traditional)."""
    with (TABLES / f"{language}.toml").open("rb") as f:
        table = tomllib.load(f)
    holders, verbs = table["holders"], table["verbs"]
    spellings = _en_spellings(table["spellings"]) if language == "en" else SPELLINGS[language]
    country, capital = COUNTRY[language], CAPITAL[language]
    cases = []
    for (a, b), (kind, verb) in product(DIRECTIONS, verbs.items()):
        template, events = verb["template"], verb["events"]
        for i, (holder_a, holder_b) in enumerate(_pairs_of_forms(holders[a], holders[b])):
            if _posted_elsewhere(holder_a, b) or _posted_elsewhere(holder_b, a):
                continue  # "中国驻越南大使" meets Vietnamese, not American, office-holders
            headline = template.format(a=holder_a, b=holder_b, country=country[b], capital=capital[b])
            headline = headline[0].upper() + headline[1:]
            cases += [Case(lang, kind, text, pair(a, b), frozenset(events), i % 2 == 1, f"{a}>{b}")
                      for lang, text in spellings(headline)]
    for kind, text in table["negatives"]:
        cases += [Case(lang, f"neg-{kind}", spelled, None) for lang, spelled in spellings(text)]
    return cases


def _pairs_of_forms(forms_a: list[str], forms_b: list[str]) -> list[tuple[str, str]]:
    """Every form of A once and every form of B once, rotated so the combinations vary."""
    n = max(len(forms_a), len(forms_b))
    return [(forms_a[i % len(forms_a)], forms_b[(i * 7 + 3) % len(forms_b)]) for i in range(n)]


def battery() -> list[Case]:
    """All generated headlines, positives and hard negatives."""
    return [case for language in ("en", "vi", "zh") for case in _language_cases(language)]


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
