"""Acts of another time than an event's and the people who take part only in them: a lead sentence opening
with "Earlier," or telling an act to come, and clauses of an earlier act inside a sentence ("since
Presidents ... met", "sau chuyến đi của", "此前"). Read by eventpeople.py and events.py."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache

from .dates import dates_in
from .grammar import cached, kind_set, shared, shared_pattern
from .prefixed import Alternation
from .sentence import Mention, Sentence
from .text import strip_marks

VISITS = kind_set("actions", "visits")
# Acts of encounter, talks included: one told before an act to come in its clause was done by that act's
# subject (of_act_to_come); a word of saying ("Blinken said Biden and Xi could meet") is none.
_DONE = kind_set("actions", "encounters") | {"negotiate"}
_CLAUSE_END = re.compile(r"[,;，；]")  # where a clause (of another time, of an act) ends
_INFINITIVE = re.compile(r"to\s", re.IGNORECASE)  # an opener of an act to come that is an infinitive
_FOUR_DIGITS = re.compile(r"[0-9]{4}")
_WORD = re.compile(r"\w+")
# At most so many words and characters in an opening clause that only dates an act ("In late May 1972,")
_DATING_WORDS, _DATING_CHARS = 4, 24
_RECENT = timedelta(days=31)  # a date this close before publication is of the story's time ("31/12" on 2/1)


def only_within(people_at: Iterable[tuple[int, str]], spans: list[tuple[int, int]]) -> frozenset[str]:
    """The people each of whose names stands inside one of the spans."""
    inside: dict[str, bool] = {}
    for start, name in people_at:
        within = any(low <= start < high for low, high in spans)
        inside[name] = inside.get(name, True) and within
    return frozenset(name for name, only in inside.items() if only)


def another_time(sentence: Sentence, coming: bool = True) -> bool:
    """Whether a sentence tells an act of another time than the main event's ("Earlier, ...", "Cùng ngày,
    ...", "当天上午 ...", and, when `coming`, "Cohen is due to hold talks with ..."): its people did not
    take part in it."""
    return _of_another_time(sentence.text, coming)


@lru_cache(maxsize=1024)  # a lead sentence is asked about for every event of its story
def _of_another_time(text: str, coming: bool) -> bool:
    return bool(shared_pattern("another_time").match(strip_marks(text))) or coming and to_come(text)


@lru_cache(maxsize=1024)  # an event's first report is asked about for every event of its story
def to_come(text: str) -> bool:
    """Whether a sentence tells an act to come (grammar `coming_act`: "is due to hold talks")."""
    return bool(shared_pattern("coming_act").search(strip_marks(text)))


def greets_on_arrival(text: str) -> bool:
    """Whether a sentence (read without marks) telling a greeting tells one on arrival at this visit: it
    names the airport or the arrival, and no other period nor a year ("who was received by President
    Barack Obama in 2016", "2015年习近平访越时，阮晋勇到机场迎接")."""
    other_time = shared_pattern("other_period", r"{}|(?<!\d)(?:19|20)\d\d(?!\d)")
    return shared_pattern("arrival").search(text) is not None and other_time.search(text) is None


def greeted_before_coming(sentence: Sentence) -> frozenset[str]:
    """The people a sentence names before its act to come when what it tells before it is the visitor
    greeted on arrival ("Wen was greeted at Noi Bai airport by Deputy Prime Minister ... and is due to hold
    talks with ..."): they greeted the visitor, an act of the visit begun; the host of the talks to come
    stays out. None in a sentence opened by a word of another time ("Earlier, ..."), nor when what it
    tells before the act to come is no greeting on this arrival (greets_on_arrival)."""
    text = sentence.unmarked()
    opener = shared_pattern("coming_act").search(text)
    if opener is None or shared_pattern("another_time").match(text) \
            or not shared_pattern("greeted_by").search(text, 0, opener.start()) \
            or not greets_on_arrival(text[:opener.start()]):
        return frozenset()
    return only_within(sentence.people_at, [(0, opener.start())])


def of_act_awaited(sentence: Sentence, kind: str) -> frozenset[str]:
    """The people a lead sentence names only in an act looked forward to (grammar `awaited_act`, read as
    of_act_to_come reads it): "Powell said President George W. Bush looked forward to visiting China" lists
    Powell among those who met, not Bush. A sentence telling an act to come (`coming_act`) is of another
    time already (another_time). So are those named only in the talks an arrival at a visit is for (grammar
    `talks_sought`: "arrived in Beijing on Sunday for talks with his counterpart Xie Zhenhua"): the host of
    talks to come, no part of the visit begun; the sentence stays one of the event's time, its visitor
    listed."""
    if not sentence.people_at or not (
            sentence.kept("awaited", lambda s: shared_pattern("awaited_act").search(s.unmarked()) is not None)
            or arrival_for_talks(sentence)):
        return frozenset()
    return frozenset(of_act_to_come(sentence, kind))


def of_act_to_come(report: Sentence, kind: str) -> set[str]:
    """The people a later report of an event not itself to come names only after the opener of an act to
    come of another kind than the event's, or in that act's clause before the opener, its subject ("During
    the visit, Li will hold talks with Prime Minister ...", "访问期间，温家宝将同越南总理潘文凯举行会谈",
    "访华期间，国家主席胡锦涛将会见鲍威尔": the host's leader takes part in the talks to come, not in the
    visit begun, and a meeting to come is another than the meeting told); not after a visit's word when the
    event is a visit ("the first defense secretary to visit since")."""
    if not report.people_at:
        return set()
    text = report.unmarked()
    # An act only looked forward to (grammar `awaited_act`: "Bush looked forward to visiting China", "期待着
    # 10月访华") is one to come too, though it makes the sentence no report of another time (another_time).
    opener = shared_pattern("coming_act").search(text)
    awaited = shared_pattern("awaited_act").search(text) if opener is None else None
    opener = opener or awaited
    # The talks an arrival is for (`_talks_sought`) open the act to come when told first ("arrived ... for
    # four days of talks with ..., the third senior U.S. official to visit China").
    sought = _talks_sought(report, text, kind)
    if sought is not None and opener is not None and opener.start() < sought.start():
        sought = None
    opener = sought or opener
    if opener is None:  # the common case: no act to come
        return set()
    act = min((m for m in report.actions if m.start >= opener.start()), key=lambda m: m.start, default=None)
    # A meeting already told is not the one to come ("Gates đã hội đàm với ... Theo chương trình, ông Gates
    # sẽ hội kiến Chủ tịch Hồ Cẩm Đào"); a visit is, its reports tell its own stops to come, but not one only
    # looked forward to: that one is not begun.
    # The talks an arrival is for are that act, whether or not a word of talks is read in them ("for four
    # days of meetings with").
    if sought is None and (act is None or {act.entry.kind, kind} <= VISITS and awaited is None):
        return set()
    # The act's subject stands before the opener in its clause ("访华期间，国家主席胡锦涛、国务院总理温家宝
    # 将分别会见鲍威尔": the hosts who will receive the visitor); the visitor named there is named again in
    # the event's own reports. An infinitive has no subject there ("Powell urged China to resume talks");
    # nor is the subject of an act already told in that clause before the opener one of the act to come
    # alone: it is that act's too ("Blinken arrived in Beijing on Sunday and is due to meet Wang Yi", "X met
    # Y and said he would visit", "抵达北京并将同…会谈"); only those named after the opener are left out.
    clause = max((cut.end() for cut in _CLAUSE_END.finditer(report.text, 0, opener.start())), default=0)
    # "During the visit", "访问期间": the visit's word dates the act to come, it tells no act done
    during_visit = shared_pattern("during_visit")
    during = [found.span() for found in during_visit.finditer(report.unmarked(), clause, opener.start())]
    done = any(clause <= m.start < opener.start() and m.entry.kind in _DONE
               and not any(a <= m.start < b for a, b in during) for m in report.actions)
    # The talks an arrival is for have the visitor, named before, as their subject too: only their host
    # named after the opener is left out.
    start = opener.start() if done or sought is not None or _INFINITIVE.match(opener.group()) else clause
    hosts = set(only_within(report.people_at, [(start, len(report.text))]))
    return hosts - _inviters(report, text, opener.end())


def inviters(report: Sentence) -> frozenset[str]:
    """Who a sentence tells inviting the visitor (_inviters over the whole sentence), read once each."""
    return report.kept("inviters", lambda s: frozenset(_inviters(s, s.unmarked(), 0)) if s.people_at
                       else frozenset())


def _inviters(report: Sentence, text: str, after: int) -> set[str]:
    """Who invited the visitor, named after `after` (an act to come's opener): no host of that act only,
    whatever else names them there. Named in the clause of grammar `inviter` ("at the invitation of Premier
    Li Qiang"), by their full name or, as the wire calls one named already, by their name's first or last
    word ("at the invitation of Trong", "of Son": a short name the lexicon does not read alone); or the one
    named last before grammar `inviter_after` (", who invited him")."""
    found: set[str] = set()
    for opened in shared_pattern("inviter").finditer(text, after):
        end = _clause_end_at(report.text, opened.end())
        # Capitalized words only: a name, not "to" matching Tô Lâm's family name.
        words = {word.casefold() for word in _WORD.findall(strip_marks(text[opened.end():end]))
                 if word[:1].isupper()}
        found |= {name for at, name in report.people_at
                  if opened.start() <= at < end or words & _short_names(name)}
    for told in shared_pattern("inviter_after").finditer(text, after):
        named = [name for at, name in report.people_at if after <= at < told.start()]
        found |= set(named[-1:])
    return found


def _short_names(name: str) -> set[str]:
    """The first and last words of a name, folded, that the wire calls one named already by ("Trong" for
    Nguyễn Phú Trọng, "Wang" for Wang Yi)."""
    words = strip_marks(name).casefold().split()
    return {word for word in (words[:1] + words[-1:]) if len(word) > 1} if len(words) > 1 else set()


def _talks_sought(report: Sentence, text: str, kind: str) -> re.Match[str] | None:
    """The purpose of an arrival at a visit (grammar `talks_sought`: "arrived in Hanoi on Sunday for talks
    with", "đã đến Bắc Kinh để hội đàm với") when the event is a visit and an arrival or a stay is told before
    it in its clause (`talks_sought_after`). Under talks or a meeting, "was in London on Monday for talks
    with He Lifeng", "đang ở Bắc Kinh để hội đàm với" tell the event's own talks; nor does a visit's
    sentence with no arrival ("held a first day of talks in Beijing for talks with") tell talks to come."""
    return _arrival_for(text) if kind in VISITS else None


def arrival_for_talks(sentence: Sentence) -> bool:
    """Whether a sentence tells talks as those an arrival or a stay is for (`_talks_sought`, whatever the
    event): a meeting it first reports is to come, no meeting of the visit begun (events.py)."""
    return sentence.kept("arrival_for", lambda s: _arrival_for(s.unmarked()) is not None)


def _arrival_for(text: str) -> re.Match[str] | None:
    """Grammar `talks_sought` after `talks_sought_after` in its clause (text read without marks)."""
    found = shared_pattern("talks_sought").search(text)
    if found is None:
        return None
    clause = max((cut.end() for cut in _CLAUSE_END.finditer(text, 0, found.start())), default=0)
    return found if shared_pattern("talks_sought_after").search(text, clause, found.start()) else None


def _clause_end_at(text: str, start: int) -> int:
    """Where the clause running on from `start` ends: its next comma, semicolon or the text's end."""
    found = _CLAUSE_END.search(text, start)
    return found.start() if found else len(text)


def of_earlier_clause(sentence: Sentence) -> frozenset[str]:
    """The people a sentence names only inside clauses of another time, from an `earlier_clause` opener to
    the next comma or semicolon ("..., their first meeting since Presidents Joe Biden and Xi Jinping met in
    California", "..., sau chuyến đi của Bộ trưởng Tài chính Janet Yellen", "耶伦此前已同何立峰会谈"): they
    took part in that act, not in the sentence's own."""
    if not sentence.people_at:
        return frozenset()
    return sentence.kept("earlier_clause", _earlier_clause_people)


def _earlier_clause_people(sentence: Sentence) -> frozenset[str]:
    """of_earlier_clause, read once per sentence: every event of the article asks of its lead."""
    text = sentence.unmarked()  # Vietnamese openers are read without marks; offsets are kept
    spans = []
    for start, end in _earlier_clauses().spans(text):
        spans.append((start, _earlier_clause_end(sentence, text, end)))
    return only_within(sentence.people_at, spans)


@cached
def _earlier_clauses() -> Alternation:
    """The grammar's `earlier_clause`, searched as an Alternation (the matches of its one pattern): a few of
    its fragments open with an anchor or a lookbehind ("^\\W*in response to", "(?<=\\S\\s)\\bdays before",
    "(?:^|(?<=，))在"), so as one pattern the engine tried every fragment at every character of every
    sentence naming anyone; split, it skips to their first characters."""
    return Alternation(list(shared("earlier_clause")), re.IGNORECASE)


def _earlier_clause_end(sentence: Sentence, text: str, start: int) -> int:
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


def names_own_day(sentence: Sentence, low: int, high: int) -> bool:
    """Whether the span of a sentence (an act's clause) names the story's own day: its act is of the story."""
    return bool(shared_pattern("own_day").search(sentence.unmarked(), low, high))


def of_past_year(sentence: Sentence, action: Mention, published: date | None) -> bool:
    """Whether an act word's clause, or an opening clause that only dates it ("1972年12月，美军B-52轰炸机飞越
    河内上空" in a story of the anniversary), names a year before the story's and no day of the story: the
    act is history told as context, not an act now. Not a year of a longer clause of its own ("Nearly 50
    years after the war ended in 1975, ... conducted"), nor a date within a month before publication
    ("Ngày 31/12/2024" read on 2 January)."""
    if published is None:
        return False
    text = sentence.unmarked()
    low = max((m.end() for m in _CLAUSE_END.finditer(text, 0, action.start)), default=0)
    high = next((m.start() for m in _CLAUSE_END.finditer(text, action.start)), len(text))
    if shared_pattern("own_day").search(text, low, high):
        return False
    opener = text[:low].rstrip(",;，；")
    if low and not _CLAUSE_END.search(opener) and _dating(opener):
        low = 0  # the opening clause only dates the act
    years = shared_pattern("year_named").finditer(text, low, action.start)
    return any(_before(sentence, year, published) for year in years)


def _dating(opener: str) -> bool:
    """Whether an opening clause is short enough to only date the act after it ("1972年12月", "In late
    December 2024", not "Nearly 50 years after the war ended in 1975")."""
    return len(opener) <= _DATING_CHARS and len(opener.split()) <= _DATING_WORDS


def _before(sentence: Sentence, year: re.Match[str], published: date) -> bool:
    """Whether a year named is before the story's: a year before publication's, unless the full date it
    ends names a day within a month before publication."""
    if int(_FOUR_DIGITS.search(year.group()).group()) >= published.year:
        return False
    day = next((found.date for found in dates_in(sentence.text, published)
                if found.start < year.end() and year.start() < found.end), None)
    return day is None or len(day) != 10 or published - date.fromisoformat(day) > _RECENT
