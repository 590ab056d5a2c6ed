"""Date words: the [dates] words of the grammar files and the pattern of every date form, compiled once."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from typing import Any

from .grammar import cached, shared, shared_table
from .prefixed import compile_prefixed


def _alt(words: Iterable[str]) -> str:
    """Fragments as one alternation, never matching when there are none."""
    return "|".join(words) or "(?!)"


def _whole_words(words: Iterable[str]) -> re.Pattern[str]:
    """Fragments as one alternation matched as whole words of folded text."""
    return compile_prefixed(rf"(?<![a-z])(?:{_alt(words)})(?![a-z])")


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
    asked_about: re.Pattern[str]  # a question answered: the matter asked about follows
    other_clock: re.Pattern[str]
    telling_after: re.Pattern[str]
    telling_before: re.Pattern[str]
    telling: re.Pattern[str]  # a verb of telling anywhere: where an act of saying was done
    start_mark: re.Pattern[str]  # a word just before a date making it the day something starts
    end_mark: re.Pattern[str]  # a word just before a date making it the day something ends
    since_mark: re.Pattern[str]  # a word just before a date opening a span running to the day told
    since_after: re.Pattern[str]  # the same words just after the date ("以来", "đến nay")
    done_mark: re.Pattern[str]  # a word just before an encounter's word: over when the day was told
    object_opens: re.Pattern[str]  # a word opening a stance's object right after its word: the act it answers
    object_told: re.Pattern[str]  # a word telling the saying in a clause after a stance's object
    undated_past: re.Pattern[str]  # a word of an act done lately without its day ("日前")


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
    future = compile_prefixed(rf"\b(?:{_alt(_words('future'))})\b|{_alt(_words('future_marks'))}")
    return DateWords(
        months=months, weekdays={**spaced_wd, **numbered_wd, **glued_wd}, relative=relative,
        week_shift={**table("week_shift"), **table("numbered_week_shift"), **table("glued_week_shift")},
        month_shift=table("month_shift"), year_shift=table("year_shift"),
        last=frozenset(_words("last") + _words("after_last")), next=frozenset(_words("next")),
        date=date, anchor=anchor, future=future,
        told_by=compile_prefixed(rf"(?:{_alt(_words('told_by'))})[^,，.;；]{{0,40}}$"),
        asked_about=compile_prefixed(_alt(_words("asked_about"))),
        other_clock=compile_prefixed(rf"[(（][^)）]*(?:{_alt(_words('clock'))})"),
        telling_after=compile_prefixed(rf"[)）]?\s*(?:{_alt(_words('telling_after'))})"),
        telling=_whole_words(_words("telling_after")),
        start_mark=compile_prefixed(rf"(?<![a-z])(?:{_alt(_words('start_marks'))})\s*$"),
        done_mark=compile_prefixed(rf"(?<![a-z])(?:{_alt(_words('done_marks'))})\s+(?:(?:the|cuoc)\s+)?$"),
        end_mark=compile_prefixed(rf"(?<![a-z])(?:{_alt(_words('end_marks'))})\s*$"),
        since_mark=compile_prefixed(rf"(?<![a-z])(?:{_alt(_words('since_before'))})\s*$"),
        since_after=compile_prefixed(rf"\s*(?:{_alt(_words('since_after'))})"),
        object_opens=_whole_words(_words("object_opens")),
        object_told=_whole_words(_words("object_told")),
        undated_past=compile_prefixed(_alt(_words("undated_past"))),
        telling_before=compile_prefixed(rf"\b(?:{_alt(_words('telling_before'))})\s+(?:(?:{_alt(_words('telling_day'))})\s+)?$"))


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
        rf"(?P<zh_d>3[01]|[12]\d|0?[1-9]) ?(?:日|(?:号|號)(?!{_alt(_words('number_named'))}))(?![内內]))"
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

