"""Date expressions: where a sentence names a day, and the ISO date each names against the publication day."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache

from .datewords import date_words
from .gazetteer import fold_text
from .grammar import registry, shared_pattern

WINDOW_BEFORE, WINDOW_AFTER = 16, 16  # characters a date expression may reach before and after its anchor
_EXPLICIT = ("iso", "zh_range", "zh", "en_md", "en_dm", "vi_long", "vi_range", "vi_short", "num", "par")
# A weekday or relative word and the explicit date that follows it in brackets or after a comma.
_JOIN = re.compile(r"[\s,]*(?:[(（]\s*)?")
_CLOSE = re.compile(r"\s*[)）]")
# A day/month with nothing before it is a date only in a dateline ("Hà Nội, 10/9 -").
_BARE_DAY_MONTH = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})(?:/((?:19|20)\d\d))?(?![\d/])")
FUTURE_WINDOW = 60  # characters before a date that may say it is still to come


@dataclass(frozen=True, slots=True)
class DateFound:
    """A date expression in a sentence: its span, the words as written and the resolved date."""

    start: int
    end: int
    text: str
    date: str | None
    eve: bool = False  # "the day before" a date told earlier in the sentence (_days_before)


# Local news day of each script (its news_zone in lexicons/grammar/scripts.toml): an aware publication
# time is read where the copy is written.
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


def dates_in(text: str, published: date | None, folded: str | None = None,
             coming_from: int | None = None) -> list[DateFound]:
    """Every date expression of a sentence, in order, each resolved against the publication day; those
    from `coming_from` on (a headline's infinitive of a coming act: headline_coming) as to come."""
    return list(_dates_in(text, published, fold_text(text) if folded is None else folded, coming_from))


def headline_coming(folded: str, text: str | None = None, leads: Sequence[str] = ()) -> int | None:
    """Where a headline's infinitive of a coming act ends ("Biden to visit Hanoi on Sunday"): the dates
    after it are to come, though no future word stands before them. Not when a lowercase word before its
    "to" is other than a subject's, a setting's or a plan's (`headline_coming_lower`): that word is a verb
    of its own ("Wang Yi visits Hanoi to meet ...", "China invites Vietnam's leader to visit"), the
    infinitive one of purpose; nor when a lead (folded) tells a weekday after it as the day an act was done
    ("met ... in Hanoi on Monday", `lead_done`)."""
    m = shared_pattern("headline_coming", flags=0, section="dates").search(folded)
    if m is None:
        return None
    if text is not None:
        lower = shared_pattern("headline_coming_lower", flags=0, section="dates")
        for word in list(re.finditer(r"[^\s,;:!?]+", text[:m.end()]))[:-2]:  # not "to" and its verb
            head = word.group()[0]
            if head.isalpha() and head.islower() and not lower.fullmatch(_possessive(word.group().lower())):
                return None
    days = {d.group("we").strip() for d in date_words().date.finditer(folded, m.end())
            if d.lastgroup == "wd_en" and d.group("we")}
    done = shared_pattern("lead_done", flags=0, section="dates")
    if days and any(d.group("day") in days for lead in leads for d in done.finditer(lead)):
        return None
    return m.end()


def _possessive(word: str) -> str:
    """A word without its possessive ending ("leader's")."""
    return re.sub(r"['’]s$", "", word)


@lru_cache(maxsize=512)  # a story's sentences are read for the dates of several events
def _dates_in(text: str, published: date | None, folded: str,
              coming_from: int | None = None) -> tuple[DateFound, ...]:
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
                                   _resolve(m, published, _coming(folded, pending.start(), coming_from))))
            pending = None
            continue
        found.append(DateFound(m.start(), m.end(), text[m.start():m.end()],
                               _resolve(m, published, _coming(folded, m.start(), coming_from))))
        pending = None if explicit else m
    return tuple(_days_before(found, text, folded))


def _days_before(found: list[DateFound], text: str, folded: str) -> list[DateFound]:
    """The sentence's dates with "the day before" a date told before it in the sentence ("美國國防部發言人26日
    表示，兩架B-52轟炸機前一天從關島起飛": the 25th); without such a date the words name no day."""
    added = []
    for m in shared_pattern("day_before", flags=0, section="dates").finditer(folded):
        told = [f for f in found if f.end <= m.start() and f.date and not f.date.startswith("--")]
        if told:
            day = date.fromisoformat(told[-1].date or "") - timedelta(days=1)
            added.append(DateFound(m.start(), m.end(), text[m.start():m.end()], day.isoformat(), eve=True))
    return sorted(found + added, key=lambda f: f.start) if added else found


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


def _window(folded: str, start: int) -> int:
    """Where the words read before `start` begin: its clause's start or FUTURE_WINDOW before it, the
    earlier of the two."""
    clause = max((m.end() for m in _CLAUSE_BREAK.finditer(folded, 0, start)), default=0)
    return min(max(0, start - FUTURE_WINDOW), clause)


def _coming(folded: str, start: int, coming_from: int | None) -> bool:
    """Whether a date at `start` is to come: after a headline's infinitive of a coming act, or by to_come."""
    return (coming_from is not None and start >= coming_from) or to_come(folded, start)


def to_come(folded: str, start: int) -> bool:
    """Whether the words just before a date or an act's word, or earlier in its clause, say it is to come
    ("will travel to Shanghai on Monday for two days of trade talks with Liu He starting Tuesday")."""
    return bool(date_words().future.search(folded, _window(folded, start), start))


def told_to_come(folded: str, start: int) -> bool:
    """Whether an act's word is to come (`to_come`) or told as a reported future in its clause ("said
    Austin would visit"): an encounter still to come, though the dates near a reported future are not read
    as future. The clause is found once for both."""
    begin = _window(folded, start)
    return bool(date_words().future.search(folded, begin, start)
                or shared_pattern("reported_future", r"\b{}\b", 0, "dates").search(folded, begin, start))


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


def dateline_day(text: str, end: int, published: date | None) -> DateFound | None:
    """The bare day/month of a dateline, which no other form matches."""
    m = _BARE_DAY_MONTH.search(text, 0, end)
    if m is None:
        return None
    return DateFound(m.start(), m.end(), m.group(0),
                     _month_day(int(m.group(2)), int(m.group(1)), m.group(3), published))
