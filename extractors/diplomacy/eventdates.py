"""Event dates: the date words of an event's sentences, resolved to ISO dates against the publication date."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from .grammar import registry
from .places import Report, fold_text

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_EN_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_VI_WEEKDAYS = {"hai": 0, "ba": 1, "tu": 2, "nam": 3, "sau": 4, "bay": 5, "2": 0, "3": 1, "4": 2, "5": 3,
                "6": 4, "7": 5}
_ZH_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
# Days from the publication date named by a relative word (matched on lowercased text without marks).
_RELATIVE = {
    "the day before yesterday": -2, "yesterday": -1, "last night": -1, "today": 0, "tonight": 0,
    "this morning": 0, "this afternoon": 0, "this evening": 0, "tomorrow": 1,
    "hom kia": -2, "hom qua": -1, "ngay hom qua": -1, "toi qua": -1, "dem qua": -1, "chieu qua": -1,
    "hom nay": 0, "ngay hom nay": 0, "sang nay": 0, "trua nay": 0, "chieu nay": 0, "toi nay": 0,
    "dem nay": 0, "ngay mai": 1,
    "前天": -2, "前日": -2, "昨天": -1, "昨日": -1, "昨晚": -1, "今天": 0, "今日": 0, "今晨": 0, "今早": 0,
    "明天": 1, "明日": 1,
}
# Week words beside a weekday: which week it is in, relative to the publication's week.
_WEEK_SHIFT = {"last week": -1, "tuan truoc": -1, "tuan qua": -1, "上": -1, "this week": 0, "tuan nay": 0,
               "本": 0, "这": 0, "這": 0, "今": 0, "next week": 1, "tuan toi": 1, "tuan sau": 1, "下": 1}
_MONTH_SHIFT = {"本月": 0, "上月": -1, "上个月": -1, "上個月": -1, "下月": 1, "下个月": 1, "下個月": 1}
_YEAR_SHIFT = {"今年": 0, "去年": -1, "明年": 1}

_MON = "|".join(sorted(_MONTHS, key=len, reverse=True))
_VI_TIME = r"ngay|sang|chieu|toi|trua|dem|hom|rang sang|sang som|vao"
_VI_WD = r"thu\s+(?P<{n}>hai|ba|tu|nam|sau|bay|[2-7])\b|(?P<{n}cn>chu\s+nhat)\b"
_REL_WORDS = "|".join(re.escape(w) for w in sorted(_RELATIVE, key=len, reverse=True) if w.isascii())
_REL_ZH = "|".join(w for w in _RELATIVE if not w.isascii())
# One pass over a sentence lowercased without Vietnamese marks; the group that matched says the form.
# Every form starts a word, with a digit, a bracket, a letter or one of a few Chinese characters: the
# lookbehind and lookahead reject every other position at once.
_DATE = re.compile(
    r"(?<![a-z])(?=[\da-z(（今去明本上下这這周週星礼禮昨前])(?:(?P<iso>\b(?P<iso_y>(?:19|20)\d\d)-(?P<iso_m>\d\d)-(?P<iso_d>\d\d)\b)"
    r"|(?P<zh_range>(?<!\d)(?:(?P<zr_y>\d{4})年)?(?P<zr_m>\d{1,2})月(?P<zr_d>3[01]|[12]\d|0?[1-9])(?:日|号|號)?"
    r"\s*(?:至|到|-|–|—|－|~|～)\s*(?:\d{1,2}月)?\d{1,2}(?:日|号|號))"
    r"|(?P<zh>(?<!\d)(?:(?P<zh_y>\d{4})年|(?P<zh_yr>今年|去年|明年))?"
    r"(?:(?P<zh_m>\d{1,2})月|(?P<zh_mr>本月|上个?月|上個月|下个?月|下個月))?(?P<zh_d>3[01]|[12]\d|0?[1-9])(?:日|号|號)(?![内內]))"
    rf"|(?P<en_md>\b(?P<en_mon>{_MON})\.?\s+(?P<en_d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<en_y>\d{{4}})\b)?)"
    rf"|(?P<en_dm>\b(?P<en_d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<en_mon2>{_MON})\b\.?"
    r"(?:,?\s+(?P<en_y2>\d{4})\b)?)"
    r"|(?P<vi_long>\b(?:ngay\s+)?(?P<vl_d>\d{1,2})\s+thang\s+(?P<vl_m>\d{1,2})\b(?:\s*(?:nam\s+|/)(?P<vl_y>\d{4}))?)"
    rf"|(?P<vi_range>\b(?:{_VI_TIME})\s+(?P<vr_d>\d{{1,2}})\s*[-–]\s*\d{{1,2}}\s*[/.](?P<vr_m>\d{{1,2}})"
    r"(?:/(?P<vr_y>\d{4}))?\b(?![/.-]\d))"
    rf"|(?P<vi_short>\b(?:{_VI_TIME})\s+(?:(?:{_VI_WD.format(n='vs_wd')})\s*,?\s*(?:ngay\s+)?)?"
    r"(?P<vs_d>\d{1,2})(?P<vs_sep>[/.-])(?P<vs_m>\d{1,2})(?:(?P=vs_sep)(?P<vs_y>\d{4}))?\b(?![/.,-]\d|%))"
    r"|(?P<num>\b(?P<n_a>\d{1,2})[/.-](?P<n_b>\d{1,2})[/.-](?P<n_y>(?:19|20)\d\d)\b)"
    r"|(?P<par>[(（]\s*(?P<p_d>\d{1,2})[/-](?P<p_m>\d{1,2})(?:[/-](?P<p_y>\d{4}))?\s*[)）])"
    rf"|(?P<rel>\b(?:{_REL_WORDS})\b|{_REL_ZH})"
    r"|(?P<wd_en>\b(?:(?P<we_pre>last|next|this|on|early|late)\s+)?"
    r"(?P<we>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?:\s+(?P<we_post>last week|next week"
    r"|this week)\b)?)"
    rf"|(?P<wd_vi>\b(?:(?P<wv_pre>{_VI_TIME})\s+)?(?:{_VI_WD.format(n='wv')})"
    r"(?:\s+(?P<wv_post>tuan truoc|tuan qua|tuan toi|tuan sau|tuan nay|vua qua)\b)?)"
    r"|(?P<wd_zh>(?<!每)(?P<wz_pre>[上下本这這今])?[个個]?(?:周|週|星期|礼拜|禮拜)(?P<wz>[一二三四五六日天])(?!次)))"
)
# Every form holds a digit, a weekday or a relative word (matched whole: "thu tuong", "thuc day" and "nay"
# alone are common words). The long alternation runs only in a window around each of these anchors.
_ANCHOR = re.compile(r"(?<![a-z])(?=[\dmtwfsyclhdn周週星礼禮昨今明前])"
                     r"(?:\d+|(?:mon|tues|wednes|thurs|fri|satur|sun|to|yester)day\b"
                     r"|thu (?:hai|ba|tu|nam|sau|bay|[2-7])\b|chu nhat|hom (?:qua|nay|kia)"
                   r"|(?:sang|chieu|toi|trua|dem) (?:nay|qua)|ngay mai|tonight|tomorrow|last night"
                   r"|this (?:morning|afternoon|evening)|周|週|星期|礼拜|禮拜|[昨今明前][天日晚晨早])")
WINDOW_BEFORE, WINDOW_AFTER = 16, 16  # characters a date expression may reach before and after its anchor
_EXPLICIT = ("iso", "zh_range", "zh", "en_md", "en_dm", "vi_long", "vi_range", "vi_short", "num", "par")
# A weekday or relative word and the explicit date that follows it in brackets or after a comma.
_JOIN = re.compile(r"[\s,]*(?:[(（]\s*)?")
_CLOSE = re.compile(r"\s*[)）]")
# Words that put the date in the future of the report ("will visit on Tuesday", "sẽ thăm", "将于").
_FUTURE = re.compile(
    r"\b(?:will|shall|is to|are to|to be held|is due to|are due to|scheduled|is set to|are set to|plans? to"
    r"|planned|upcoming|expected to|se|sẽ|du kien|dự kiến|sap|sắp|chuan bi|chuẩn bị)\b|'ll\b"
    r"|[将將拟擬]|计划|計劃|预计|預計|定于|定於")
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
    folded = fold_text(text) if folded is None else folded
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
    return found


def _candidates(folded: str) -> Iterator[re.Match[str]]:
    """Date matches in text order, searched only in the merged windows around the anchors."""
    windows: list[list[int]] = []
    for anchor in _ANCHOR.finditer(folded):
        lo, hi = max(0, anchor.start() - WINDOW_BEFORE), anchor.end() + WINDOW_AFTER
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], hi)
        else:
            windows.append([lo, hi])
    for lo, hi in windows:
        yield from _DATE.finditer(folded, lo, min(hi, len(folded)))


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


def _future(folded: str, start: int) -> bool:
    """Whether the words just before a date say the event is still to come."""
    return bool(_FUTURE.search(folded, max(0, start - FUTURE_WINDOW), start))


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
        return _month_day(_MONTHS[mon.rstrip(".")], int(day), year, published)
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
        return (published + timedelta(days=_RELATIVE[m.group(0)])).isoformat()
    return _weekday(m, published, future)


def _weekday(m: re.Match[str], published: date, future: bool) -> str | None:
    """A weekday's date: in the week a week word names, else the nearest one not after publication."""
    g = m.groupdict()
    if m.lastgroup == "wd_en":
        wd, pre, week = _EN_WEEKDAYS.index(g["we"]), g["we_pre"], g["we_post"]
    elif m.lastgroup == "wd_vi":
        wd = 6 if g["wvcn"] else _VI_WEEKDAYS[g["wv"]]
        pre, week = None, g["wv_post"]
        if week == "vua qua":  # "thứ Hai vừa qua": the one just past
            pre, week = "last", None
    else:
        wd, pre, week = _ZH_WEEKDAYS[g["wz"]], None, g["wz_pre"]
    if week in _WEEK_SHIFT:
        monday = published - timedelta(days=published.weekday())
        return (monday + timedelta(days=7 * _WEEK_SHIFT[week] + wd)).isoformat()
    ahead = (wd - published.weekday()) % 7
    if pre == "next":
        return (published + timedelta(days=ahead or 7)).isoformat()
    if pre == "last":
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
            return _ymd(published.year + _YEAR_SHIFT[g["zh_yr"]], month, day)
        return _month_day(month, day, None, published)
    if published is None:
        return None
    if g["zh_mr"]:
        year, month = _shift_month(published.year, published.month, _MONTH_SHIFT[g["zh_mr"]])
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


# A bracket that tells the same moment on another clock: "chiều 31.5 (tức sáng 1.6 theo giờ Hà Nội)",
# "ngày 10.2 (tối 9.2 giờ Mỹ)", "(Beijing time)", "（北京时间…）".
_OTHER_CLOCK = re.compile(r"[(（][^)）]*(?:\bgio\b|\btime\b|时间|時間)")
# Words that give where the news came from: a date right after them is when it was told, not the event's
# ("Theo thông tin từ Bộ Ngoại giao ngày 7-6", "Bloomberg đưa tin ngày 17/11", "reported on Monday").
_TOLD_BY = re.compile(r"(?:\btheo thong tin\b|\bdua tin\b|\baccording to\b|\breported\b"
                      r"|报道|報道|(?<!根)[据據])[^,，.;；]{0,40}$")


def _event_dates(found: list[DateFound], folded: str) -> list[DateFound]:
    """The dates that can be an event's: not the same moment told again on another clock (in brackets
    after a date), not the day a source told the news."""
    kept: list[DateFound] = []
    for f in found:
        if kept:
            bracket = max(folded.rfind("(", kept[-1].end, f.start), folded.rfind("（", kept[-1].end, f.start))
            if bracket >= 0 and _OTHER_CLOCK.match(folded, bracket):
                continue
        if _TOLD_BY.search(folded, max(0, f.start - 60), f.start):
            continue
        kept.append(f)
    return kept


def pick(found: Sequence[DateFound], near: int | None) -> DateFound | None:
    """The date expression an event's sentence gives it: nearest its action word, else the first."""
    if not found:
        return None
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
_TELLING_AFTER = re.compile(r"[)）]?\s*(?:da\s+)?(?:ra\s+)?(?:thong bao|cho biet|tuyen bo|announced|said|says"
                            r"|宣布|表示|称|稱)")
_TELLING_BEFORE = re.compile(r"\b(?:announced|said|says|thong bao|cho biet)\s+(?:on\s+|hom\s+|ngay\s+)?$")


def _told_on(found: list[DateFound], folded: str) -> list[DateFound]:
    """An encounter's dates without the days it was told of."""
    return [f for f in found if not _TELLING_AFTER.match(folded, f.end)
            and not _TELLING_BEFORE.search(folded, max(0, f.start - 20), f.start)]


def event_date(reports: Sequence[Report], near: int | None, published: date | None,
               encounter: bool = False) -> EventDate:
    """The date an event's sentences give it, first report first; a dateline's date only when none other.
    An encounter (visit, reception, meeting, call, talks, signing) is not dated by the day it was told of."""
    fallback: DateFound | None = None
    for i, report in enumerate(reports):
        text, line = report.text, report.dateline
        found = _event_dates(dates_in(text, published, report.folded), report.folded)
        if encounter:
            found = _told_on(found, report.folded)
        skip = line.end if line else 0
        chosen = pick([f for f in found if f.start >= skip], near if i == 0 else None)
        if chosen is not None:
            return EventDate(chosen.date, chosen.text)
        if fallback is None and line is not None:
            fallback = found[0] if found else _dateline_day(text, line.end, published)
    return EventDate(fallback.date, fallback.text) if fallback else EventDate(None, None)


def _dateline_day(text: str, end: int, published: date | None) -> DateFound | None:
    """The bare day/month of a dateline, which no other form matches."""
    m = _BARE_DAY_MONTH.search(text, 0, end)
    if m is None:
        return None
    return DateFound(m.start(), m.end(), m.group(0),
                     _month_day(int(m.group(2)), int(m.group(1)), m.group(3), published))
