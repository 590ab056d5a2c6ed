"""Event dates: the date words of an event's sentences, resolved to ISO dates against the publication date."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache, partial
from typing import Any

from .grammar import cached, registry, shared, shared_table
from .places import Report, fold_text

WINDOW_BEFORE, WINDOW_AFTER = 16, 16  # characters a date expression may reach before and after its anchor
_EXPLICIT = ("iso", "zh_range", "zh", "en_md", "en_dm", "vi_long", "vi_range", "vi_short", "num", "par")


def _alt(words: Iterable[str]) -> str:
    """Fragments as one alternation, never matching when there are none."""
    return "|".join(words) or "(?!)"


def _longest_first(words: Iterable[str]) -> str:
    return _alt(re.escape(w) for w in sorted(words, key=len, reverse=True))


@dataclass(frozen=True, slots=True)
class DateWords:
    """The date words of every language ([dates] of the grammar files), compiled once."""

    months: dict[str, int]
    weekdays: dict[str, int]  # every weekday word of every form -> Monday 0 .. Sunday 6
    relative: dict[str, int]  # days from the publication date
    week_shift: dict[str, int]  # weeks from the publication's week
    month_shift: dict[str, int]
    year_shift: dict[str, int]
    last: frozenset[str]  # words making a weekday the one before publication
    next: frozenset[str]
    date: re.Pattern[str]
    anchor: re.Pattern[str]
    future: re.Pattern[str]
    told_by: re.Pattern[str]
    other_clock: re.Pattern[str]
    telling_after: re.Pattern[str]
    telling_before: re.Pattern[str]
    telling: re.Pattern[str]  # a verb of telling anywhere: where an act of saying was done
    start_mark: re.Pattern[str]  # a word just before a date making it the day something starts
    end_mark: re.Pattern[str]  # a word just before a date making it the day something ends


def _words(key: str) -> tuple[Any, ...]:
    return shared(key, "dates")


@cached
def date_words() -> DateWords:
    """The date words and patterns of the grammar files' [dates] sections."""
    table = partial(shared_table, "dates")
    months, relative = table("months"), table("relative")
    spaced_wd, numbered_wd, glued_wd = table("weekdays"), table("numbered_weekdays"), table("glued_weekdays")
    date = _date_pattern(table, months, relative, spaced_wd, numbered_wd, glued_wd)
    # Every form holds a digit, a weekday or a relative word (matched whole: "thu tuong", "thuc day" and
    # "nay" alone are common words). The long alternation runs only in a window around each of these.
    starts = "".join(_words("anchor_starts"))
    anchor = re.compile(rf"(?<![a-z])(?=[\d{starts}])(?:\d+|{_alt(_words('anchors'))})")
    future = re.compile(rf"\b(?:{_alt(_words('future'))})\b|{_alt(_words('future_marks'))}")
    return DateWords(
        months=months, weekdays={**spaced_wd, **numbered_wd, **glued_wd}, relative=relative,
        week_shift={**table("week_shift"), **table("numbered_week_shift"), **table("glued_week_shift")},
        month_shift=table("month_shift"), year_shift=table("year_shift"),
        last=frozenset(_words("last") + _words("after_last")), next=frozenset(_words("next")),
        date=date, anchor=anchor, future=future,
        told_by=re.compile(rf"(?:{_alt(_words('told_by'))})[^,，.;；]{{0,40}}$"),
        other_clock=re.compile(rf"[(（][^)）]*(?:{_alt(_words('clock'))})"),
        telling_after=re.compile(rf"[)）]?\s*(?:{_alt(_words('telling_after'))})"),
        telling=re.compile(rf"(?<![a-z])(?:{_alt(_words('telling_after'))})(?![a-z])"),
        start_mark=re.compile(rf"(?<![a-z])(?:{_alt(_words('start_marks'))})\s*$"),
        end_mark=re.compile(rf"(?<![a-z])(?:{_alt(_words('end_marks'))})\s*$"),
        telling_before=re.compile(rf"\b(?:{_alt(_words('telling_before'))})\s+(?:(?:{_alt(_words('telling_day'))})\s+)?$"))


def _date_pattern(table: Callable[[str], dict[str, Any]], months: dict[str, Any], relative: dict[str, Any],
                  spaced_wd: dict[str, Any], numbered_wd: dict[str, Any], glued_wd: dict[str, Any]
                  ) -> re.Pattern[str]:
    """The one pattern of every date form, a named group per form and part (read by name below)."""
    time_words = _alt(_words("time_words"))
    # Chinese copy may space its digits ("王毅 1 日在河內", "2023 年 12 月 1 日"): one space is allowed.
    # Vietnamese "từ ngày 12 đến ngày 13/12" joins the days of a span; "13/12 năm 2023" gives the year.
    span_words, year_words = _alt(_words("span_words")), _alt(_words("year_words"))
    numbered = (rf"(?:{_alt(_words('weekday_word'))})\s+(?P<{{n}}>{_alt(numbered_wd)})\b"
                rf"|(?P<{{n}}cn>{_alt(_words('sunday'))})\b")
    return re.compile(
        rf"(?<![a-z])(?=[\da-z(（{''.join(_words('starts'))}])(?:(?P<iso>\b(?P<iso_y>(?:19|20)\d\d)-(?P<iso_m>\d\d)-(?P<iso_d>\d\d)\b)"
        r"|(?P<zh_range>(?<!\d)(?:(?P<zr_y>\d{4})年)?(?P<zr_m>\d{1,2})月(?P<zr_d>3[01]|[12]\d|0?[1-9])(?:日|号|號)?"
        r"\s*(?:至|到|-|–|—|－|~|～)\s*(?:\d{1,2}月)?\d{1,2}(?:日|号|號))"
        rf"|(?P<zh>(?<!\d)(?:(?P<zh_y>\d{{4}}) ?年 ?|(?P<zh_yr>{_alt(table('year_shift'))}))?"
        rf"(?:(?P<zh_m>\d{{1,2}}) ?月 ?|(?P<zh_mr>{_alt(table('month_shift'))}))?"
        r"(?P<zh_d>3[01]|[12]\d|0?[1-9]) ?(?:日|号|號)(?![内內]))"
        rf"|(?P<en_md>\b(?P<en_mon>{_longest_first(months)})\.?\s+(?P<en_d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<en_y>\d{{4}})\b)?)"
        rf"|(?P<en_dm>\b(?P<en_d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<en_mon2>{_longest_first(months)})\b\.?"
        r"(?:,?\s+(?P<en_y2>\d{4})\b)?)"
        r"|(?P<vi_long>\b(?:ngay\s+)?(?P<vl_d>\d{1,2})\s+thang\s+(?P<vl_m>\d{1,2})\b(?:\s*(?:nam\s+|/)(?P<vl_y>\d{4}))?)"
        rf"|(?P<vi_range>\b(?:{time_words})\s+(?P<vr_d>\d{{1,2}})\s*(?:[-–]|\s(?:{span_words})\s)\s*\d{{1,2}}"
        rf"\s*[/.](?P<vr_m>\d{{1,2}})(?:(?:/|\s+(?:{year_words})\s+)(?P<vr_y>\d{{4}}))?\b(?![/.-]\d))"
        rf"|(?P<vi_short>\b(?:{time_words})\s+(?:(?:{numbered.format(n='vs_wd')})\s*,?\s*(?:ngay\s+)?)?"
        r"(?P<vs_d>\d{1,2})(?P<vs_sep>[/.-])(?P<vs_m>\d{1,2})"
        rf"(?:(?:(?P=vs_sep)|\s+(?:{year_words})\s+)(?P<vs_y>\d{{4}}))?\b(?![/.,-]\d|%))"
        r"|(?P<num>\b(?P<n_a>\d{1,2})[/.-](?P<n_b>\d{1,2})[/.-](?P<n_y>(?:19|20)\d\d)\b)"
        r"|(?P<par>[(（]\s*(?P<p_d>\d{1,2})[/-](?P<p_m>\d{1,2})(?:[/-](?P<p_y>\d{4}))?\s*[)）])"
        rf"|(?P<rel>\b(?:{_longest_first(w for w in relative if w.isascii())})\b"
        rf"|{_alt(w for w in relative if not w.isascii())})"
        rf"|(?P<wd_en>\b(?:(?P<we_pre>{_alt(_words('last') + _words('next') + _words('weekday_before'))})"
        r"\s+)?"
        rf"(?P<we>{_alt(spaced_wd)})\b(?:\s+(?P<we_post>{_alt(table('week_shift'))})\b)?)"
        rf"|(?P<wd_vi>\b(?:(?P<wv_pre>{time_words})\s+)?(?:{numbered.format(n='wv')})"
        rf"(?:\s+(?P<wv_post>{_alt((*table('numbered_week_shift'), *_words('after_last')))})\b)?)"
        rf"|(?P<wd_zh>(?<!每)(?P<wz_pre>[{''.join(table('glued_week_shift'))}])?[个個]?(?:{_alt(_words('weekday_words'))})"
        rf"(?P<wz>[{''.join(glued_wd)}])(?!次)))"
    )


# A weekday or relative word and the explicit date that follows it in brackets or after a comma.
_JOIN = re.compile(r"[\s,]*(?:[(（]\s*)?")
_CLOSE = re.compile(r"\s*[)）]")
# A day/month with nothing before it is a date only in a dateline ("Hà Nội, 10/9 -").
_BARE_DAY_MONTH = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})(?:/((?:19|20)\d\d))?(?![\d/])")
FUTURE_WINDOW = 60  # characters before a date that may say it is still to come
# Local news day of each script (its news_zone in lexicons/grammar/scripts.toml): an aware publication
# time is read where the copy is written.

@dataclass(frozen=True, slots=True)
class DateFound:
    """A date expression in a sentence: its span, the words as written and the resolved date."""

    start: int
    end: int
    text: str
    date: str | None


def news_day(published: date | datetime | None, script: str) -> date | None:
    """The publication day as the copy's readers saw it (aware datetimes in the script's news zone)."""
    if published is None:
        return None
    if isinstance(published, datetime):
        hours = registry()[script].news_zone if script in registry() else None
        if published.tzinfo is not None and hours is not None:
            published = published.astimezone(timezone(timedelta(hours=hours)))
        return published.date()
    return published


def dates_in(text: str, published: date | None, folded: str | None = None) -> list[DateFound]:
    """Every date expression of a sentence, in order, each resolved against the publication day."""
    return list(_dates_in(text, published, fold_text(text) if folded is None else folded))


@lru_cache(maxsize=512)  # a story's sentences are read for the dates of several events
def _dates_in(text: str, published: date | None, folded: str) -> tuple[DateFound, ...]:
    """dates_in, cached: its records are frozen."""
    found: list[DateFound] = []
    pending: re.Match[str] | None = None  # a weekday or relative word waiting for an explicit date
    for m in _candidates(folded):
        if not _plausible(m, text):
            continue
        explicit = m.lastgroup in _EXPLICIT
        if pending is not None and explicit and _JOIN.fullmatch(folded, pending.end(), m.start()):
            # "on Sunday (September 10)": the bracketed or appended date is the day; keep all the words.
            found.pop()
            gap = folded[pending.end():m.start()]
            close = _CLOSE.match(folded, m.end()) if "(" in gap or "（" in gap else None
            end = close.end() if close else m.end()
            found.append(DateFound(pending.start(), end, text[pending.start():end],
                                   _resolve(m, published, _future(folded, pending.start()))))
            pending = None
            continue
        found.append(DateFound(m.start(), m.end(), text[m.start():m.end()],
                               _resolve(m, published, _future(folded, m.start()))))
        pending = None if explicit else m
    return tuple(found)


def _candidates(folded: str) -> Iterator[re.Match[str]]:
    """Date matches in text order, searched only in the merged windows around the anchors."""
    windows: list[list[int]] = []
    for anchor in date_words().anchor.finditer(folded):
        lo, hi = max(0, anchor.start() - WINDOW_BEFORE), anchor.end() + WINDOW_AFTER
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], hi)
        else:
            windows.append([lo, hi])
    for lo, hi in windows:
        yield from date_words().date.finditer(folded, lo, min(hi, len(folded)))


def _plausible(m: re.Match[str], text: str) -> bool:
    """Reject look-alikes: English month and weekday names are capitalised; "thứ hai" is also "second"."""
    kind = m.lastgroup
    if kind in ("en_md", "en_dm"):
        at = m.start("en_mon") if kind == "en_md" else m.start("en_mon2")
        return text[at].isupper()
    if kind == "wd_en":
        return text[m.start("we")].isupper()
    if kind == "wd_vi":
        if m.group("wv_pre"):
            return True
        word = m.start("wv") if m.group("wv") else m.start("wvcn")
        return text[word].isupper()
    return True


_CLAUSE_BREAK = re.compile(r"[,;，；、。.!?](?!\d)")


def _future(folded: str, start: int) -> bool:
    """Whether the words just before a date, or earlier in its clause, say the event is still to come
    ("will travel to Shanghai on Monday for two days of trade talks with Liu He starting Tuesday")."""
    clause = max((m.end() for m in _CLAUSE_BREAK.finditer(folded, 0, start)), default=0)
    return bool(date_words().future.search(folded, min(max(0, start - FUTURE_WINDOW), clause), start))


def _resolve(m: re.Match[str], published: date | None, future: bool) -> str | None:
    """The ISO date (or --MM-DD) a matched expression names, or None when it cannot be known."""
    g = m.groupdict()
    kind = m.lastgroup
    if kind == "iso":
        return _ymd(int(g["iso_y"]), int(g["iso_m"]), int(g["iso_d"]))
    if kind == "zh":
        return _zh(g, published, future)
    if kind in ("en_md", "en_dm"):
        mon, day, year = ((g["en_mon"], g["en_d"], g["en_y"]) if kind == "en_md"
                          else (g["en_mon2"], g["en_d2"], g["en_y2"]))
        return _month_day(date_words().months[mon.rstrip(".")], int(day), year, published)
    if kind == "vi_long":
        return _month_day(int(g["vl_m"]), int(g["vl_d"]), g["vl_y"], published)
    if kind == "zh_range":  # a span of days ("11月15至18日") is dated by its first day
        return _month_day(int(g["zr_m"]), int(g["zr_d"]), g["zr_y"], published)
    if kind == "vi_range":  # "từ ngày 18-20/8": the first day
        return _month_day(int(g["vr_m"]), int(g["vr_d"]), g["vr_y"], published)
    if kind == "vi_short":
        return _month_day(int(g["vs_m"]), int(g["vs_d"]), g["vs_y"], published)
    if kind == "par":
        return _month_day(int(g["p_m"]), int(g["p_d"]), g["p_y"], published)
    if kind == "num":
        first, second = int(g["n_a"]), int(g["n_b"])
        # Day first (10/9/2023 is 10 September) unless that cannot be a date.
        day, month = (second, first) if second > 12 >= first else (first, second)
        return _ymd(int(g["n_y"]), month, day)
    if published is None:
        return None  # relative words and weekdays need the publication day
    if kind == "rel":
        return (published + timedelta(days=date_words().relative[m.group(0)])).isoformat()
    return _weekday(m, published, future)


def _weekday(m: re.Match[str], published: date, future: bool) -> str | None:
    """A weekday's date: in the week a week word names, else the nearest one not after publication."""
    g, words = m.groupdict(), date_words()
    if m.lastgroup == "wd_en":
        wd, pre, week = words.weekdays[g["we"]], g["we_pre"], g["we_post"]
    elif m.lastgroup == "wd_vi":
        wd = 6 if g["wvcn"] else words.weekdays[g["wv"]]
        pre, week = None, g["wv_post"]
        if week in words.last:  # "thứ Hai vừa qua": the one just past
            pre, week = week, None
    else:
        wd, pre, week = words.weekdays[g["wz"]], None, g["wz_pre"]
    if week in words.week_shift:
        monday = published - timedelta(days=published.weekday())
        return (monday + timedelta(days=7 * words.week_shift[week] + wd)).isoformat()
    ahead = (wd - published.weekday()) % 7
    if pre in words.next:
        return (published + timedelta(days=ahead or 7)).isoformat()
    if pre in words.last:
        return (published - timedelta(days=(published.weekday() - wd) % 7 or 7)).isoformat()
    if future:
        return (published + timedelta(days=ahead)).isoformat()
    return (published - timedelta(days=(published.weekday() - wd) % 7)).isoformat()


def _ymd(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _month_day(month: int, day: int, year: str | None, published: date | None) -> str | None:
    """A day of a month: the year as written, else the one closest to publication, else --MM-DD."""
    if year:
        return _ymd(int(year), month, day)
    if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(2024, month)[1]:
        return None
    if published is None:
        return f"--{month:02d}-{day:02d}"
    options = [d for y in (published.year - 1, published.year, published.year + 1)
               if (d := _ymd(y, month, day))]
    return min(options, key=lambda iso: abs((date.fromisoformat(iso) - published).days)) if options else None


def _zh(g: dict[str, str | None], published: date | None, future: bool) -> str | None:
    """年/月/日 forms: a missing year or month comes from the publication day (本月12日, 10日)."""
    day = int(g["zh_d"] or 0)
    if g["zh_m"]:
        month = int(g["zh_m"])
        if g["zh_y"]:
            return _ymd(int(g["zh_y"]), month, day)
        if g["zh_yr"] and published is not None:
            return _ymd(published.year + date_words().year_shift[g["zh_yr"]], month, day)
        return _month_day(month, day, None, published)
    if published is None:
        return None
    if g["zh_mr"]:
        year, month = _shift_month(published.year, published.month, date_words().month_shift[g["zh_mr"]])
        return _ymd(year, month, day)
    # A bare day is in the publication month, or the one before (after, for a coming event) when needed.
    step = 1 if future else -1
    for shift in (0, step, 2 * step):
        year, month = _shift_month(published.year, published.month, shift)
        iso = _ymd(year, month, day)
        if iso and (date.fromisoformat(iso) >= published if future else date.fromisoformat(iso) <= published):
            return iso
    return None


def _shift_month(year: int, month: int, shift: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + shift
    return index // 12, index % 12 + 1




def _event_dates(found: list[DateFound], folded: str) -> list[DateFound]:
    """The dates that can be an event's: not the same moment told again on another clock (in brackets
    after a date), not the day a source told the news."""
    kept: list[DateFound] = []
    for f in found:
        if kept:
            bracket = max(folded.rfind("(", kept[-1].end, f.start), folded.rfind("（", kept[-1].end, f.start))
            if bracket >= 0 and date_words().other_clock.match(folded, bracket):
                continue
        if date_words().told_by.search(folded, max(0, f.start - 60), f.start):
            continue
        kept.append(f)
    return kept


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
    if (started and date_words().start_mark.search(folded, max(0, started.start - 16), started.start)
            and not any(own < word < started.start for word in words)):
        return started
    if near is None:
        return found[0]
    return min(found, key=lambda f: (f.start - near if f.start >= near else near - f.end))


@dataclass(frozen=True, slots=True)
class EventDate:
    """An event's date: ISO (or --MM-DD, or None) and the words as written (None when none were)."""

    date: str | None
    text: str | None


# A verb of telling right after a date ("chiều nay (15/8) đã ra thông báo về chuyến thăm", "chiều 15/8 cho
# biết", "10日宣布") or just before it ("announced on Monday"): the day the encounter was told of.


def _told_on(found: list[DateFound], folded: str, done_at: int | None = None) -> list[DateFound]:
    """An encounter's dates without the days it was told of, except, when its own participants tell it
    (`done_at`: where its word stands), a day they told after it ("After talks in the Oval Office, Obama
    and Xi said on Friday ...": they spoke the day they met), when nothing before it says it is to come."""
    words = date_words()
    return [f for f in found if done_at is not None and f.start > done_at
            and not words.future.search(folded, 0, f.start)
            or not words.telling_after.match(folded, f.end)
            and not words.telling_before.search(folded, max(0, f.start - 20), f.start)]


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
    for i, report in enumerate(reports):
        text, line = report.text, report.dateline
        found = _event_dates(dates_in(text, published, report.folded), report.folded)
        found = _not_ends(found, report.folded)
        if encounter:
            found = _told_on(found, report.folded, done_at[i] if done_at and i < len(done_at) else None)
        skip = line.end if line else 0
        here = near if i == 0 else None
        own = _own(here, own_at, i) if encounter else None
        if here is None and told_at is not None and len(found) > 1:
            own = told_at[i] if i < len(told_at) else None
            here = own if own is not None else _telling_at(report.folded)
        chosen = pick([f for f in found if f.start >= skip], here, report.folded,
                      words[i] if words and i < len(words) else (), own)
        if chosen is not None:
            return EventDate(chosen.date, chosen.text)
        if fallback is None and line is not None:
            fallback = found[0] if found else _dateline_day(text, line.end, published)
    return EventDate(fallback.date, fallback.text) if fallback else EventDate(None, None)


def _not_ends(found: list[DateFound], folded: str) -> list[DateFound]:
    """A sentence's dates without those that end a span ("bắt đầu chuyến thăm ... kéo dài đến ngày 30/6",
    "until Friday"), when it has another: an event is dated by the day it begins."""
    begun = [f for f in found if not date_words().end_mark.search(folded, max(0, f.start - 12), f.start)]
    return begun or found


def _own(here: int | None, own_at: Sequence[int | None] | None, i: int) -> int | None:
    """Where report i's word of the event stands: the action word itself, else its word of the kind."""
    if here is not None:
        return here
    return own_at[i] if own_at is not None and i < len(own_at) else None


def _dateline_day(text: str, end: int, published: date | None) -> DateFound | None:
    """The bare day/month of a dateline, which no other form matches."""
    m = _BARE_DAY_MONTH.search(text, 0, end)
    if m is None:
        return None
    return DateFound(m.start(), m.end(), m.group(0),
                     _month_day(int(m.group(2)), int(m.group(1)), m.group(3), published))
