"""Attending an occasion in another of the three's country: a visit there ("Chủ tịch nước ... sẽ dự Lễ kỷ
niệm ... tại Bắc Kinh", "李克强抵达纽约出席第71届联大", "will attend the APEC summit in Beijing"). An
occasion at home, in a third country, or attended by a resident envoy is no visit: the attend words (grammar
`attend_words`, actions.tsv rows of type visit) tell an act only when this module finds the occasion's city
in another of the three's land than the attendee's. Read for relevance (analysis.py) and for events
(actwords.py, eventsides.py) alike."""

from __future__ import annotations

import re

from .gazetteer import city_of, fold_text, gazetteer, written_as_name
from .grammar import cached, shared, shared_pattern
from .lexicon import TRIO
from .text import strip_marks

_VENUE_REACH = 160  # characters after an attend word where its occasion's city is sought, in its sentence
_ARRIVAL_REACH = 16  # characters before a Chinese attend word where an arrival's city is sought
_RESIDENT_REACH = 40  # characters before the attendee where an envoy's title is sought ("Đại sứ Hoa Kỳ ...")
_CLAUSE_END = re.compile(r"[.;。；!?！？]")  # the sentence's end: a venue beyond it is another's
_JOINED = re.compile(r"^[，,\s]*$")  # what may stand between an arrival's city and the attend word


@cached
def _grammar() -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str],
                        re.Pattern[str]]:
    """The grammar's `attend_words` (lowercase); `attend_occasion`, what must open right after a Vietnamese
    attend word (an occasion: "dự lễ", "tham dự Hội nghị", not "dự kiến", "dự án"); `attend_unbound`, what
    right after one makes it no attending ("attended by", "attend to"); `attend_venue`, the mark ending right
    before the occasion's city ("tại", "in", 在…); `attend_arrival`, an arrival ending right before a city
    that stands right before the attend word (抵达纽约出席); `attend_resident`, an envoy's title, whose
    attending is in the land of his post. All read on the text without marks, case ignored."""
    return (frozenset(word.lower() for word in shared("attend_words")),
            shared_pattern("attend_occasion"), shared_pattern("attend_unbound"),
            shared_pattern("attend_venue", "(?:{})$"), shared_pattern("attend_arrival", "(?:{})$"),
            shared_pattern("attend_resident"))


def attend_words() -> frozenset[str]:
    """The attend words (lowercase): their mentions are read by attended_venue."""
    return _grammar()[0]


def attended_venue(text: str, start: int, term: str, attendee: tuple[int, str] | None) -> tuple[str, int]:
    """The land of the three an attend word at `start` of `text` tells a visit to, or "": the country of
    the occasion's city (the first city after a venue mark in the sentence, "tổ chức tại Bắc Kinh",
    "出席在北京举行的", "in Beijing"; in Chinese also an arrival's city right before the word,
    "抵达纽约出席") when it is of the three and not the attendee's (`attendee`: the offset and country of
    the office-holder or country named last before the word), and the attendee is no resident envoy (an
    ambassador's title right before him); with the offset of the city that tells it."""
    low, occasion, unbound, venue, arrival, resident = _grammar()
    if attendee is None or attendee[1] not in TRIO or term.lower() not in low:
        return "", -1
    plain = strip_marks(text)
    end = start + len(term)
    if unbound.match(plain, end):
        return "", -1  # "attended by U.S. Ambassador ...": the attendee is told after, "attend to"
    if _vietnamese(term) and not occasion.match(plain, end):
        return "", -1  # "dự kiến", "dự án": no occasion attended
    if resident.search(plain, max(0, attendee[0] - _RESIDENT_REACH), start):
        return "", -1  # "Đại sứ Hoa Kỳ tại Việt Nam Marc Knapper đã dự lễ ... tại Biên Hòa": his post's land
    land, at = _venue_land(text, plain, start, end, venue, arrival)
    return (land, at) if land in TRIO and land != attendee[1] else ("", -1)


def _vietnamese(term: str) -> bool:
    """Whether an attend word is Vietnamese ("dự", "tham dự"): only those need an occasion right after."""
    return any(ord(ch) > 0x7F and ch.isalpha() and ord(ch) < 0x3000 for ch in term)


def _venue_land(text: str, plain: str, start: int, end: int, venue: re.Pattern[str],
                arrival: re.Pattern[str]) -> tuple[str, int]:
    """The country of the occasion's city: the first city after a venue mark within the sentence, else a
    Chinese arrival's city right before the word; "" for none (a third country's city gives its code)."""
    folded = fold_text(text)
    stop = _CLAUSE_END.search(plain, end)
    limit = min(stop.start() if stop else len(text), end + _VENUE_REACH)
    matcher, names = gazetteer()
    for found in matcher.finditer(folded, end, limit):
        if not written_as_name(text, found.start(), found.end()):
            continue
        if venue.search(plain, max(end, found.start() - 40), found.start()):
            return city_of(found, names).country, found.start()
    for found in matcher.finditer(folded, max(0, start - _ARRIVAL_REACH), start):
        if _JOINED.match(plain[found.end():start]) and arrival.search(
                plain, max(0, found.start() - _ARRIVAL_REACH), found.start()):
            return city_of(found, names).country, found.start()
    return "", -1
