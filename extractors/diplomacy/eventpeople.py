"""Who took part in an event: the office-holders its reports name, those the lead lists as taking part
(not those of an act of another time), its entourage, and for a visit those of its meetings."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from extractors.core.models import Event

from .grammar import cached, kind_set, shared_pattern
from .lexicon import load_entries
from .sentence import Sentence
from .text import strip_marks

SYMMETRIC = kind_set("actions", "symmetric")
VISITS = kind_set("actions", "visits")
# Reports of an event this deep or deeper name no more of its people: they tell of an earlier trip of the
# same kind ("Năm 2005, Thủ tướng Phan Văn Khải thăm Mỹ..."), photo captions and context.
PEOPLE_REACH = 10
_CLAUSE_END = re.compile(r"[,;，；]")  # where a clause of another time ends


@cached
def _entourage_words():  # noqa: ANN202 - a compiled pattern
    """Words that open the list of who travels with a visitor ("tháp tùng", "accompanied by", "陪同")."""
    return shared_pattern("entourage")


def people_of(reports: list[Sentence], lead: list[Sentence], sides: frozenset[str],
            entourage: list[Sentence] = (), speaker: str = "", main: bool = False) -> tuple[str, ...]:
    """Office-holders of the event: those its reports name, those of its two countries the headline
    and lead name in sentences that name these two and no third (the lead's list of who took part), for
    a visit those of its two countries its entourage list names, and for an act done by saying the
    `speaker` government's spokesperson saying it in the lead though a third country is named there, or
    in a lead sentence naming the speaker's country alone and no other ("State Department spokeswoman Jen
    Psaki told a regular briefing ...")."""
    # Later reports deep in the story may tell of an earlier trip of the same kind: they add no one.
    named = [name for i, report in enumerate(reports) if i == 0 or report.index < PEOPLE_REACH
             for name, _ in report.people if not main or name not in of_earlier_clause(report)]
    # A lead sentence telling an act to come is another act, unless the event is itself to come.
    coming = not any(_time_words()[1].search(strip_marks(report.text)) for report in reports[:1])
    named += [name for sentence in _listing(lead, sides, coming) for name, code in sentence.people
              if code in sides and name not in of_earlier_clause(sentence)]
    named += [name for sentence in entourage for name, code in sentence.people if code in sides]
    if speaker:
        named += [name for sentence in lead if sentence.trio == {speaker} and not sentence.others
                  or sentence.trio >= sides
                  and any(m.entry.kind == "statement" for m in sentence.actions)
                  for name, code in sentence.people if code == speaker and name in spokespeople()]
    return tuple(dict.fromkeys(named))


def _listing(lead: list[Sentence], sides: frozenset[str], coming: bool = True) -> list[Sentence]:
    """The lead sentences that list who took part: those naming the two sides and no third, and pairs of
    neighbours naming one side each, each with its people ("Phía Mỹ do ... dẫn đầu; phía Trung Quốc do
    ... dẫn đầu", split at the semicolon)."""
    kept = [sentence for sentence in lead if sentence.trio == sides and not another_time(sentence, coming)]
    for one, other in zip(lead, lead[1:], strict=False):
        halves = (one, other)
        each = all(s.people and len(s.trio) == 1 and not s.others and not another_time(s, coming)
                   for s in halves)
        if each and one.trio | other.trio == sides:
            kept += halves
    return kept


@cached
def _time_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The grammar's `another_time` (openers of an act of another time) and `coming_act` (acts to come)."""
    return (shared_pattern("another_time", "{}", re.IGNORECASE),
            shared_pattern("coming_act", "{}", re.IGNORECASE))


def another_time(sentence: Sentence, coming: bool = True) -> bool:
    """Whether a sentence tells an act of another time than the main event's ("Earlier, ...", "Cùng ngày,
    ...", "当天上午 ...", and, when `coming`, "Cohen is due to hold talks with ..."): its people did not
    take part in it."""
    return _of_another_time(sentence.text, coming)


@lru_cache(maxsize=1024)  # a lead sentence is asked about for every event of its story
def _of_another_time(text: str, coming: bool) -> bool:
    opener, to_come = _time_words()
    unmarked = strip_marks(text)
    return bool(opener.match(unmarked) or coming and to_come.search(unmarked))


@cached
def _earlier_clause() -> re.Pattern[str]:
    """The grammar's `earlier_clause`: the opener of a clause telling an act of another time."""
    return shared_pattern("earlier_clause", "{}", re.IGNORECASE)


def of_earlier_clause(sentence: Sentence) -> set[str]:
    """The people a sentence names only inside clauses of another time, from an `earlier_clause` opener to
    the next comma or semicolon ("..., their first meeting since Presidents Joe Biden and Xi Jinping met in
    California", "..., sau chuyến đi của Bộ trưởng Tài chính Janet Yellen", "耶伦此前已同何立峰会谈"): they
    took part in that act, not in the sentence's own."""
    if not sentence.people_at:
        return set()
    text = strip_marks(sentence.text)  # Vietnamese openers are read without marks; offsets are kept
    spans = []
    for opener in _earlier_clause().finditer(text):
        spans.append((opener.start(), _clause_end(sentence, text, opener.end())))
    if not spans:
        return set()
    inside = {name for at, name in sentence.people_at if any(s <= at < e for s, e in spans)}
    return inside - {name for at, name in sentence.people_at if not any(s <= at < e for s, e in spans)}


def _clause_end(sentence: Sentence, text: str, start: int) -> int:
    """Where a clause from `start` ends: its next comma or semicolon, not one between two offices of one
    person ("sau chuyến thăm của Ủy viên Quốc vụ, Bộ trưởng Ngoại giao Trung Quốc Vương Nghị")."""
    held = (*sentence.titles, *sentence.offices)
    ends = {m.start + len(m.term) for m in held}
    starts = {m.start for m in held}
    for cut in _CLAUSE_END.finditer(text, start):
        after = cut.end() + len(text[cut.end():]) - len(text[cut.end():].lstrip())
        if not (cut.start() in ends and after in starts):
            return cut.start()
    return len(text)


@cached
def spokespeople() -> frozenset[str]:
    """Canonical names of the people lexicon's spokespeople."""
    return frozenset(entry.label for terms in load_entries().values() for entries in terms.values()
                     for entry in entries if entry.source == "people" and entry.kind == "spokesperson")


def entourage_of(sentences: list[Sentence]) -> list[Sentence]:
    """The sentences before the story goes deep that list who travels with a visitor ("Tham gia đoàn
    có ...", "Tháp tùng Thủ tướng ... có", "accompanied by", "陪同")."""
    return [s for s in sentences[:PEOPLE_REACH] if s.people and _entourage_words().search(s.text)]


def with_meetings(event: Event, near: list[Event]) -> Event:
    """A visit's people include those of the meetings, calls and talks of the same pair told before the
    story goes deep: they happen during it ("Liu Jianchao ... led a visit to Vietnam" and "Liu Jianchao
    and Ruan Fuzhong met")."""
    if event.type not in VISITS:
        return event
    pair = {event.actor, event.target}
    people = [name for other in near if other.type in SYMMETRIC and {other.actor, other.target} == pair
              for name in other.people]
    merged = tuple(dict.fromkeys([*event.people, *people]))
    return replace(event, people=merged) if merged != event.people else event
