"""Event dates: the day an event's sentences give it, chosen among their date expressions."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from .dates import DateFound, dateline_day, dates_in, headline_coming
from .datewords import date_words
from .grammar import shared_pattern
from .places import Report
from .text import CLAUSE_BREAK, clause_span

# Two dates of different years spanning a bracket ("(18/1/1950 - 18/1/2023)",
# "（1950年1月18日—2023年1月18日）") are the span of an anniversary, a life or a term, never the day of an
# event; an event's own days in one year ("(ngày 10/9/2023 - 11/9/2023)") are kept, its first day dating it.
_SPAN = re.compile(r"[(（][^()（）]{0,16}?(\d{4})[^()（）\d]{0,4}\s*[-–—~～至]\s*"
                   r"[^()（）]{0,16}?(\d{4})[^()（）]{0,4}[)）]")


def _event_dates(found: list[DateFound], folded: str) -> list[DateFound]:
    """The dates that can be an event's: not the same moment told again on another clock (in brackets
    after a date), not the day a source told the news, not a bracketed span of years."""
    kept: list[DateFound] = []
    spans = [span.span() for span in _SPAN.finditer(folded) if span.group(1) != span.group(2)]
    for f in found:
        if kept:
            bracket = max(folded.rfind("(", kept[-1].end, f.start), folded.rfind("（", kept[-1].end, f.start))
            if bracket >= 0 and date_words().other_clock.match(folded, bracket):
                continue
        if date_words().told_by.search(folded, max(0, f.start - 60), f.start):
            continue
        if any(low <= f.start < high for low, high in spans):
            continue
        if _answered_day(folded, f):
            continue
        kept.append(f)
    return kept


def _answered_day(folded: str, found: DateFound) -> bool:
    """Whether a date stands inside the phrase an answering word opens before it in its clause (grammar
    `answering_opener`): the answered act's day. The phrase ends at a comma, at a space or a frame's close in
    Chinese (`answered_phrase_end`: "针对…南海声明 中国驻美国使馆14日发表声明", "在回应相关提问时22日表示"):
    a date after it is the answer's own. Within it, the answered act's day is told right after its own verb
    or party (`answered_day_before`: "回应美方上周五宣布的…", "in response to U.S. duties announced Friday",
    "đáp trả thuế quan Mỹ công bố hôm 2/4"), not after the answer's subject ("In response to … China on
    Friday imposed …", "tuyên bố đáp trả ngay trong ngày 4/4"); and an answering word that only qualifies a
    measure opens nothing (`answering_adjective`: "áp thuế trả đũa 34% … từ ngày 10/4")."""
    at = found.start
    clause = clause_span(folded, at)[0]
    adjective = shared_pattern("answering_adjective", "(?:{})$")
    openers = [m for m in shared_pattern("answering_opener").finditer(folded, clause, at)
               if not adjective.search(folded, max(0, m.start() - _ADJECTIVE_REACH), m.start())]
    if not openers or shared_pattern("answered_phrase_end").search(folded, openers[0].end(), at):
        return False
    return bool(shared_pattern("answered_day_before", "(?:{})$").search(folded, openers[0].end(), at))


_ADJECTIVE_REACH = 16  # characters before an answering word read for the measure it qualifies


def pick(found: Sequence[DateFound], near: int | None, folded: str = "", words: Sequence[int] = (),
         own: int | None = None) -> DateFound | None:
    """The date expression an event's sentence gives it: for an encounter (`own`: where its word stands)
    a day told as its start just after its word (no other date or action word between: "will travel to
    Shanghai on Monday for trade talks with Liu He starting Tuesday": Tuesday), else the one nearest its
    action word, else the first. A measure's start is not its day: "tariffs ... from June 1" takes effect
    then, the day it was decided is the event's."""
    if not found:
        return None
    started = None if own is None else next((f for f in found if f.start > own), None)
    if started and _starts(folded, started) and not any(own < word < started.start for word in words):
        return started
    if near is None:
        return found[0]
    return min(found, key=lambda f: (f.start - near if f.start >= near else near - f.end))


@dataclass(frozen=True, slots=True)
class EventDate:
    """An event's date: ISO (or --MM-DD, or None) and the words as written (None when none were)."""

    date: str | None
    text: str | None
    filed: bool = False  # only a dateline's day: the day the copy was filed, none of its reports' own


# A verb of telling right after a date ("chiều nay (15/8) đã ra thông báo về chuyến thăm", "chiều 15/8 cho
# biết", "10日宣布") or just before it ("announced on Monday"): the day the encounter was told of.


def _told_on(found: list[DateFound], folded: str, done_at: int | None = None) -> list[DateFound]:
    """An encounter's dates without the days it was told of, except, when its own participants tell it
    (`done_at`: where its word stands), a day they told after it ("After talks in the Oval Office, Obama
    and Xi said on Friday ...": they spoke the day they met) or before a word of it being over (_after),
    when nothing before it says it is to come."""
    words = date_words()
    return [f for f in found if done_at is not None and _after(f, folded, done_at)
            and not words.future.search(folded, 0, f.start)
            or not words.telling_after.match(folded, f.end)
            and not words.telling_before.search(folded, max(0, f.start - 20), f.start)]


def _after(found: DateFound, folded: str, done_at: int) -> bool:
    """Whether a day told by an encounter's participants is the encounter's: told after its word, or before
    a word of it being over ("Obama said on Monday ..., after talks in Hanoi": grammar `done_marks`)."""
    return found.start > done_at or bool(date_words().done_mark.search(folded, max(0, done_at - 16), done_at))


def _telling_at(folded: str) -> int | None:
    """Where the speaker's verb of telling stands, None when the sentence holds none: the one in the
    clause after the last comma ("…, the ministry said on Tuesday"), else the first."""
    verbs = [verb.start() for verb in date_words().telling.finditer(folded)]
    if not verbs:
        return None
    last_break = max(folded.rfind(","), folded.rfind("，"))
    return next((at for at in verbs if at > last_break), verbs[0])


def event_date(reports: Sequence[Report], near: int | None, published: date | None,
               encounter: bool = False, told_at: Sequence[int | None] | None = None,
               done_at: Sequence[int | None] | None = None,
               words: Sequence[Sequence[int]] | None = None,
               own_at: Sequence[int | None] | None = None) -> EventDate:
    """The date an event's sentences give it, first report first; a dateline's date only when none other.
    An encounter (visit, reception, meeting, call, talks, signing) is not dated by the day it was told of.
    An act of saying gives `told_at`, per report where its own action word stands ("Vietnam protested on
    Monday, the ministry said on Wednesday": Monday); a report without one is dated nearest its
    speaker's verb of telling ("the boat was rammed on Thursday, the ministry said on Saturday":
    Saturday). `done_at` gives, per report, where an encounter's word stands when its participants tell
    it (see _told_on); `words` and `own_at`, per report, where its action words and its word of the
    event's kind stand (see pick)."""
    fallback: DateFound | None = None
    words_ = date_words()
    for i, report in enumerate(reports):
        text, line = report.text, report.dateline
        coming = (headline_coming(report.folded, text, [r.folded for r in reports if not r.headline])
                  if report.headline else None)
        found = dates_in(text, published, report.folded, coming)
        filed = _filed_on(found, text, line.end, published) if line else None
        if filed is not None and filed != published:  # "today" of a dispatch is the day it was filed
            found = dates_in(text, filed, report.folded, coming)
        elif line is not None and published is None:
            found = _filed_undated(found, text, report.folded, line.end)
        found = _not_since(_not_ends(_event_dates(found, report.folded), report.folded), report.folded,
                           report.headline)
        if encounter:
            found = _told_on(found, report.folded, done_at[i] if done_at and i < len(done_at) else None)
        # An eve told in a clause before the act's own word dates another act ("美艦前一天駛入西沙海域，中方
        # 強烈不滿": the stance is of the 26th); one after it may restate the act (", adding that the flight
        # took place the day before").
        word_at = (told_at[i] if told_at is not None and i < len(told_at) and told_at[i] is not None
                   else _own(near if i == 0 else None, own_at, i))
        found = [f for f in found if not (f.eve and _earlier_clause(report.folded, f.start, word_at))]
        if not encounter and told_at is None:
            found = _eves_first(found)
            if near is None or i > 0:
                found = _reported_day(found, report.folded, _own(None, own_at, i))
        skip = line.end if line else 0
        here = near if i == 0 else None
        stance_at = (here if here is not None
                     else told_at[i] if told_at is not None and i < len(told_at) else None)
        if not encounter and stance_at is not None:
            found = _not_of_the_object(found, report.folded, stance_at)
        own = _own(here, own_at, i) if encounter else None
        if here is None and told_at is not None and len(found) > 1:
            own = told_at[i] if i < len(told_at) else None
            found = _not_asked(_not_matter(found, report.folded, own), report.folded, own)
            here = own if own is not None else _telling_at(report.folded)
        elif told_at is not None and len(found) > 1:  # the first report of an act of saying: its word is here
            found = _not_asked(_not_matter(found, report.folded, here), report.folded, here)
        chosen = pick([f for f in found if f.start >= skip], here, report.folded,
                      words[i] if words and i < len(words) else (), own)
        if chosen is not None:
            return EventDate(chosen.date, chosen.text)
        # An act told as done lately ("日前致信", "日前裁定") has no day: the dateline's is the filing's.
        if fallback is None and line is not None and not (
                not any(f.start >= skip for f in found) and words_.undated_past.search(report.folded, skip)):
            fallback = found[0] if found else dateline_day(text, line.end, published)
    return EventDate(fallback.date, fallback.text, filed=True) if fallback else EventDate(None, None)


def _filed_on(found: list[DateFound], text: str, end: int, published: date | None) -> date | None:
    """The day a dateline says its dispatch was filed ("（路透華盛頓2日電）", "Hà Nội, 10/9 -"), read against
    the publication day: the day its relative words and weekdays count from ("拜登今天与习近平通电话" under a
    dateline of the 2nd, published on the 3rd in Asia, is the 2nd)."""
    day = next((f for f in found if f.end <= end), None) or dateline_day(text, end, published)
    if day is None or day.date is None or day.date.startswith("--"):
        return None
    return date.fromisoformat(day.date)


# Two leap years whose days fall on different weekdays: a day read the same against both is known by the
# dateline's day and month alone; a weekday is not.
_STAND_INS = (2024, 2020)


def _filed_undated(found: list[DateFound], text: str, folded: str, end: int) -> list[DateFound]:
    """Without a publication date, a dateline's day and month ("新华社北京5月22日电") date the report's bare
    days and relative words ("22日", "今天": --05-22), which count from the day it was filed whatever the
    year; never a weekday, whose day depends on the year."""
    day = next((f for f in found if f.end <= end), None) or dateline_day(text, end, None)
    if day is None or day.date is None or not day.date.startswith("--"):
        return found
    month, dom = int(day.date[2:4]), int(day.date[5:7])
    first, second = ({(f.start, f.end): f.date for f in dates_in(text, date(year, month, dom), folded)}
                     for year in _STAND_INS)
    kept = []
    for f in found:
        a, b = first.get((f.start, f.end)), second.get((f.start, f.end))
        same = f.date is None and a is not None and b is not None and a[4:] == b[4:]
        kept.append(replace(f, date="-" + a[4:]) if same and a else f)
    return kept


def _not_asked(found: list[DateFound], folded: str, own: int | None) -> list[DateFound]:
    """An act of saying's dates without those of the matter a question asked about, between the words of
    answering a question and the act's own word or verb of telling ("Ngày 2/10, trả lời câu hỏi ... về việc
    ... hôm 29/9, Người phát ngôn ... phản đối": 2 October); all of them when none would be left."""
    words = date_words()
    # Read on the whole sentence: a matter's word may look ahead past the date to the verb of speaking.
    marks = [m.end() for m in words.asked_about.finditer(folded)]
    kept = []
    for f in found:
        asked = [end for end in marks if end <= f.start]
        if (not asked or own is not None and asked[-1] < own < f.start
                or words.telling.search(folded, asked[-1], f.start)):
            kept.append(f)
    return kept or found


def _not_matter(found: list[DateFound], folded: str, own: int | None) -> list[DateFound]:
    """An act of saying's dates without the start of a span told after its own word, the time of the
    matter it speaks of ("phản đối việc Trung Quốc tập trận ... từ ngày 5/7 đến 11/7", "opposed drills
    from July 5", "反对中方自7月5日至11日…演习"); all of them when none would be left."""
    if own is None:
        return found
    kept = [f for f in found if f.start < own or not _starts(folded, f)]
    return kept or found


def _reported_day(found: list[DateFound], folded: str, act_at: int | None) -> list[DateFound]:
    """An act told by a speaker, in a report that does not hold the act's first word, without the day the
    speaker told it (a date right before a verb of telling) when the clause it reports gives the act a day
    of its own before its word ("发言人汪文斌22日表示，美方21日突然要求中方关闭…": the 21st). A date
    after the act's word, or opened by a start mark before it ("said from April 10 it will impose"), may be
    when a measure starts ("自3月10日起"), so it never stands in for the telling day."""
    if act_at is None or len(found) < 2:
        return found
    telling = date_words().telling_after
    told = [f for f in found if f.start < act_at and telling.match(folded, f.end)]
    if not told:
        return found
    own = [f for f in found if told[-1].end < f.start < act_at and f not in told and not _starts(folded, f)]
    return own + [f for f in found if f not in told and f not in own] if own else found


_START_REACH = 16  # characters before a date read for a mark opening a span ("from", "từ", "自")


def _starts(folded: str, found: DateFound) -> bool:
    """Whether a start mark opens the date ("from June 1", "từ ngày 6/7", "自3月10日起"): a start."""
    return date_words().start_mark.search(folded, max(0, found.start - _START_REACH), found.start) is not None


def _eves_first(found: list[DateFound]) -> list[DateFound]:
    """An act neither said nor met (a flight, a measure) told "the day before" a date of the sentence: that
    date is the day it was told ("美國國防部發言人26日表示，兩架B-52轟炸機前一天…起飛": the 25th), not the
    act's."""
    eves = {f.date for f in found if f.eve}
    if not eves:
        return found
    told = {(date.fromisoformat(day) + timedelta(days=1)).isoformat() for day in eves if day}
    return [f for f in found if f.eve or f.date not in told]


def _earlier_clause(folded: str, start: int, at: int | None) -> bool:
    """Whether a position stands in a clause before that of a later word: a clause break between them."""
    return at is not None and start < at and CLAUSE_BREAK.search(folded, start, at) is not None


def _not_of_the_object(found: list[DateFound], folded: str, near: int) -> list[DateFound]:
    """A stance's dates without those of the act it answers, told in the clause its object opens right
    after its word ("phản đối việc Trung Quốc tổ chức tập trận từ ngày 10 đến 12/3": the drills' days, not
    the protest's); all of them when none would be left."""
    opens = date_words().object_opens.search(folded, near, near + _OBJECT_REACH)
    if opens is None:
        return found
    before = [f for f in found if f.start < opens.start()]
    if before:
        return before
    # All told after the object: a date in a later clause telling the saying ("..., người phát ngôn ... nói
    # trong cuộc họp báo ngày 7/3") is the stance's own, not the answered act's.
    comma = folded.find(",", opens.end())
    told = date_words().object_told
    said = [f for f in found if 0 <= comma < f.start and told.search(folded, comma, f.start)]
    return said or found


_OBJECT_REACH = 28  # characters after a stance's word where the clause of its object may open


def _not_ends(found: list[DateFound], folded: str) -> list[DateFound]:
    """A sentence's dates without those that end a span ("bắt đầu chuyến thăm ... kéo dài đến ngày 30/6",
    "until Friday"), when it has another: an event is dated by the day it begins."""
    begun = [f for f in found if not date_words().end_mark.search(folded, max(0, f.start - 12), f.start)]
    return begun or found


def _not_since(found: list[DateFound], folded: str, headline: bool = False) -> list[DateFound]:
    """A sentence's dates without those opening a span that runs to the day told ("rammed Chinese vessels
    since May 2", "越方自5月3日以来出动大批船只", "từ ngày 2/5 đến nay"), when it has another: such a date
    is when the matter began, not the day of the act the sentence tells. A headline's (`headline`) are
    dropped even alone ("中方：越方自5月3日以来冲撞中方船只"): the lead tells the day;
    a body sentence's alone stay (a span's start may be an encounter's own: talks held since Monday)."""
    words = date_words()
    kept = [f for f in found if not (words.since_mark.search(folded, max(0, f.start - 12), f.start)
                                     or words.since_after.match(folded, f.end))]
    return kept if kept or headline else found


def _own(here: int | None, own_at: Sequence[int | None] | None, i: int) -> int | None:
    """Where report i's word of the event stands: the action word itself, else its word of the kind."""
    if here is not None:
        return here
    return own_at[i] if own_at is not None and i < len(own_at) else None
