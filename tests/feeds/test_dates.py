"""Feed dates: formats feedparser gets wrong, naive times per feed time zone, untrusted future dates."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.article.published import reconcile
from extractors.core.dates import entry_date, parse_date, url_date_span, url_day

pytestmark = pytest.mark.timeout(60)

NOW = datetime(2026, 1, 1, tzinfo=UTC)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


@pytest.mark.parametrize(("raw", "tz", "expected"), [
    # feedparser reads this as 2020-11-01
    ("2020/1/10 14:33:00", "Asia/Shanghai", utc(2020, 1, 10, 6, 33)),
    # feedparser drops the PM
    ("Sat, Dec 16 2023 02:02:33 PM", "America/New_York", utc(2023, 12, 16, 19, 2, 33)),
    ("Sat, Dec 16 2023 02:02:33 PM GMT", "Asia/Shanghai", utc(2023, 12, 16, 14, 2, 33)),
    ("Mon, 01 Jan 2024 12:15:00 AM +0000", "UTC", utc(2024, 1, 1, 0, 15)),
    # naive ISO: the feed's zone, not UTC
    ("2018-09-18 14:38:10", "Asia/Shanghai", utc(2018, 9, 18, 6, 38, 10)),
    ("2024-03-05 07:00", "Asia/Ho_Chi_Minh", utc(2024, 3, 5, 0, 0)),
    ("2024-07-04T12:00:00", "America/New_York", utc(2024, 7, 4, 16, 0)),  # EDT
    ("2024-01-04T12:00:00", "America/New_York", utc(2024, 1, 4, 17, 0)),  # EST
    # an explicit offset wins over the feed's zone
    ("Tue, 09 Jan 2024 08:30:00 +0700", "America/New_York", utc(2024, 1, 9, 1, 30)),
    ("2017-11-08T18:15:58-05:00", "Asia/Ho_Chi_Minh", utc(2017, 11, 8, 23, 15, 58)),
    ("2003-12-31T10:14:55Z", "Asia/Shanghai", utc(2003, 12, 31, 10, 14, 55)),
    ("Thu, 01 Jan 2004 19:48:21 GMT", "Asia/Shanghai", utc(2004, 1, 1, 19, 48, 21)),
    ("Tue, 21 Aug 2012 10:33:00 EST", "UTC", utc(2012, 8, 21, 15, 33)),
    ("Tue, 15 Nov 2022 20:15:04 Z", "UTC", utc(2022, 11, 15, 20, 15, 4)),
    # CST in a Shanghai feed is China Standard Time
    ("Thu, 01 Feb 2024 09:00:00 CST", "Asia/Shanghai", utc(2024, 2, 1, 1, 0)),
    ("Thu, 01 Feb 2024 09:00:00 CST", "America/Chicago", utc(2024, 2, 1, 15, 0)),
    # localised day and month names
    ("mer, 16 nov 2022 00:38:15 +0100", "UTC", utc(2022, 11, 15, 23, 38, 15)),
    ("Seg, 24 Set 2018 19:42:40 -0300", "UTC", utc(2018, 9, 24, 22, 42, 40)),
    # numeric day first unless impossible
    ("08/02/2013 12:00:00", "UTC", utc(2013, 2, 8, 12)),
    ("12/31/2013 12:00:00", "UTC", utc(2013, 12, 31, 12)),
    ("2023-12-16", "UTC", utc(2023, 12, 16)),
    ("  Wed, 22 Jan 2014\n 20:31:31 +0600 ", "UTC", utc(2014, 1, 22, 14, 31, 31)),
])
def test_parses_to_utc(raw: str, tz: str, expected: datetime) -> None:
    got = parse_date(raw, tz, NOW)
    assert got == expected
    assert got is not None and got.utcoffset() == timedelta(0)


@pytest.mark.parametrize("raw", [None, "", "   ", "garbage", "2024-02-30", "32/13/2020 10:00",
                                 "13:00 PM 2020", "x" * 500])
def test_unparseable_is_none(raw: str | None) -> None:
    assert parse_date(raw, "Asia/Ho_Chi_Minh", NOW) is None


def test_future_dates_are_not_trusted() -> None:
    assert parse_date("2026-01-01T23:00:00Z", "UTC", NOW) == utc(2026, 1, 1, 23)  # within a day: clock skew
    assert parse_date("2026-01-03T00:00:00Z", "UTC", NOW) is None
    assert parse_date("Fri, 01 Jan 2100 00:00:00 GMT", "UTC", NOW) is None


def test_unknown_zone_name_falls_back_to_utc() -> None:
    assert parse_date("2024-01-01 10:00", "Mars/Olympus", NOW) == utc(2024, 1, 1, 10)


def test_entry_date_prefers_published_and_keeps_raw() -> None:
    entry = {"published": "2020/1/10 14:33:00", "updated": "2021-01-01T00:00:00Z"}
    assert entry_date(entry, "Asia/Shanghai", NOW) == (utc(2020, 1, 10, 6, 33), "2020/1/10 14:33:00")


def test_entry_date_falls_back_to_updated_and_keeps_unparseable_raw() -> None:
    assert entry_date({"published": "soon", "updated": "2021-01-01T00:00:00Z"}, "UTC", NOW) == (
        utc(2021, 1, 1), "2021-01-01T00:00:00Z")
    assert entry_date({"published": "soon"}, "UTC", NOW) == (None, "soon")
    assert entry_date({}, "UTC", NOW) == (None, None)


ZONES = ["UTC", "Asia/Ho_Chi_Minh", "Asia/Shanghai", "America/New_York", "Europe/London", "Nope/Zone", ""]


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=60), st.sampled_from(ZONES))
def test_fuzz_never_raises_and_is_utc(raw: str, tz: str) -> None:
    got = parse_date(raw, tz, NOW)
    assert got is None or (got.tzinfo is not None and got.utcoffset() == timedelta(0)
                           and got <= NOW + timedelta(days=1))


_FORMATS = ["%a, %d %b %Y %H:%M:%S %z", "%Y-%m-%dT%H:%M:%S%z", "%Y/%m/%d %H:%M:%S %z",
            "%a, %b %d %Y %I:%M:%S %p %z", "%d %b %Y %H:%M:%S %z"]


@settings(max_examples=300, deadline=None)
# from a day after EARLIEST (1995-01-01): dates before it are not publication dates (core/dates.py)
@given(st.datetimes(min_value=datetime(1995, 1, 2), max_value=datetime(2025, 12, 31)).map(
    lambda d: d.replace(microsecond=0)),
    st.integers(min_value=-12 * 60, max_value=14 * 60).map(lambda m: timezone(timedelta(minutes=m))),
    st.sampled_from(_FORMATS))
def test_fuzz_round_trip_with_offsets(when: datetime, tz: timezone, fmt: str) -> None:
    aware = when.replace(tzinfo=tz)
    assert parse_date(aware.strftime(fmt), "Asia/Shanghai", NOW) == aware.astimezone(UTC)


@settings(max_examples=200, deadline=None)
@given(st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2025, 12, 31)).map(
    lambda d: d.replace(microsecond=0)), st.sampled_from(["Asia/Ho_Chi_Minh", "Asia/Shanghai", "UTC"]))
def test_fuzz_naive_read_in_feed_zone(when: datetime, tz: str) -> None:
    from zoneinfo import ZoneInfo

    expected = when.replace(tzinfo=ZoneInfo(tz)).astimezone(UTC)
    assert parse_date(when.strftime("%Y-%m-%d %H:%M:%S"), tz, NOW) == expected


def test_one_plausibility_rule_for_feed_page_and_url_dates() -> None:
    # From 1995-01-01 to less than a day after now, whatever the source (extractors/core/dates.py).
    assert parse_date("1994-12-31T23:59:59Z", "UTC", NOW) is None
    assert parse_date("1995-01-01T00:00:00Z", "UTC", NOW) == utc(1995, 1, 1)
    old_then_new = [("jsonld", utc(1994, 6, 1)), ("feed", utc(1995, 6, 1))]
    assert reconcile(old_then_new, NOW) == (utc(1995, 6, 1), "feed")
    assert reconcile([("jsonld", NOW + timedelta(hours=20))], NOW) == (NOW + timedelta(hours=20), "jsonld")
    assert url_date_span("https://s/sitemap-1994-06.xml", now=NOW) is None
    assert url_date_span("https://s/sitemap-1995-06.xml", now=NOW) == (date(1995, 6, 1), date(1995, 6, 30))
    assert url_day("https://s/2026/01/01/x", NOW) == NOW and url_day("https://s/2026/01/02/x", NOW) is None


def test_one_url_date_reader_for_pages_sitemaps_and_archives() -> None:
    assert url_day("https://www.news.cn/politics/2019-11/18/c_1125243012.htm", NOW) == utc(2019, 11, 18)
    assert url_day("https://s/news/story-20190904.html", NOW) == utc(2019, 9, 4)
    assert url_day("https://s/2019/1/10/x", NOW) == utc(2019, 1, 10)
    day = date(2023, 9, 4)
    assert url_date_span("https://s/sitemap/20230904/posts.xml", now=NOW) == (day, day)
    # a one-digit month with no day is a numbered chunk: only the year counts
    assert url_date_span("https://s/sitemap-2019-1.xml", now=NOW) == (date(2019, 1, 1), date(2019, 12, 31))
    assert url_day("https://s/article/20230904123456", NOW) is None
