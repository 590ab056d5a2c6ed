"""Property tests on the parsers that see untrusted text, beyond what test_dates/test_urls/test_feeds
fuzz: dates rebuilt from their parts with zones, AM/PM and odd types, and read back canonical; URLs
resolved against fuzzed bases; feedparser-shaped entries with hostile nesting and types; whole RSS
documents built from fuzzed fields. No exception escapes; every output is UTC and canonical."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import unquote_plus
from xml.sax.saxutils import escape

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from extractors.core.dates import MONTHS, ZONE_HOURS, entry_date, parse_date
from extractors.core.models import Feed
from extractors.core.urls import DEFAULT_PORTS, canonicalize_url, is_tracking_param
from extractors.feeds.parse import normalise_entry, parse_feed

pytestmark = pytest.mark.timeout(120)

NOW = datetime(2026, 1, 1, tzinfo=UTC)
ZONES = ["UTC", "Asia/Ho_Chi_Minh", "Asia/Shanghai", "America/New_York", "America/Chicago", "Bad/Zone", ""]
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def is_utc(d: datetime | None) -> bool:
    """None, or an aware datetime at offset zero."""
    return d is None or (d.tzinfo is not None and d.utcoffset() == timedelta(0))


# --- dates ---------------------------------------------------------------------------------------

_month_names = st.sampled_from(sorted(MONTHS) + ["September", "Sept.", "déc.", "XYZ", "mon"])
_zone_tokens = st.sampled_from(["", " ", "Z", " GMT", " UTC", " +0700", " -05:00", " +14:00", " -1200",
                                " GMT+7", " UTC-3", " +99:99", " ABC", *(f" {z}" for z in ZONE_HOURS)])
_parts = st.tuples(st.integers(-5, 10_000), st.integers(-1, 14), st.integers(-1, 40), st.integers(-1, 30),
                   st.integers(-1, 70), st.integers(-1, 70))


@st.composite
def date_strings(draw: st.DrawFn) -> str:
    """Date-like strings in the shapes feeds use, from in- and out-of-range parts."""
    y, mo, d, h, mi, s = draw(_parts)
    sep = draw(st.sampled_from(["-", "/", ".", " "]))
    clock = draw(st.sampled_from(["", f" {h}:{mi:02d}", f" {h}:{mi:02d}:{s:02d}",
                                  f"T{h:02d}:{mi:02d}:{s:02d}", f" {h}:{mi:02d} PM",
                                  f" {h}:{mi:02d}:{s:02d} a.m."]))
    zone = draw(_zone_tokens)
    shape = draw(st.integers(0, 3))
    if shape == 0:
        return f"{y:04d}{sep}{mo}{sep}{d}{clock}{zone}"
    if shape == 1:
        weekday = draw(st.sampled_from(["", "Mon, ", "Thứ Hai, ", "mer. "]))
        return f"{weekday}{d} {draw(_month_names)} {y}{clock}{zone}"
    if shape == 2:
        return f"{draw(_month_names)} {d}, {y}{clock}{zone}"
    return f"{d}{sep}{mo}{sep}{y}{clock}{zone}"


@FUZZ
@given(st.one_of(date_strings(), st.text(max_size=40)), st.sampled_from(ZONES),
       st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)),
       st.booleans())
@example("0001-0-0 0:00 PM", "UTC", NOW, False)  # feedparser made this 1 November of year 1
def test_fuzz_dates_are_utc_canonical_and_never_in_the_future(raw: str, tz: str, now: datetime,
                                                              dayfirst: bool) -> None:
    got = parse_date(raw, tz, now, dayfirst=dayfirst)
    assert is_utc(got)
    if got is not None:
        assert got <= now + timedelta(days=1)
        # Canonical: the UTC result written out in ISO form reads back as itself, in any feed zone.
        assert parse_date(got.isoformat(), "Asia/Shanghai", now) == got
        assert parse_date(got.strftime("%a, %d %b %Y %H:%M:%S GMT"), tz, now) == got.replace(microsecond=0)


@FUZZ
@given(st.one_of(st.none(), st.integers(), st.floats(), st.binary(max_size=20), st.lists(st.text(max_size=5)),
                 st.dictionaries(st.text(max_size=3), st.text(max_size=3), max_size=2)),
       st.sampled_from(ZONES))
def test_fuzz_dates_of_other_types_are_none(raw: Any, tz: str) -> None:
    assert parse_date(raw, tz, NOW) is None


@FUZZ
@given(st.dictionaries(st.sampled_from(["published", "updated", "created", "published_parsed", "dc_date"]),
                       st.one_of(date_strings(), st.none(), st.integers(), st.text(max_size=10)), max_size=5),
       st.sampled_from(ZONES))
def test_fuzz_entry_date_is_utc_and_keeps_a_raw_string(entry: dict[str, Any], tz: str) -> None:
    when, raw = entry_date(entry, tz, NOW)
    assert is_utc(when)
    assert raw is None or (isinstance(raw, str) and raw == raw.strip() and raw)
    if when is not None:
        assert raw is not None and parse_date(raw, tz, NOW) == when


# --- URLs ----------------------------------------------------------------------------------------

_hosts = st.one_of(st.from_regex(r"[A-Za-z0-9-]{1,10}(\.[A-Za-z]{2,4}){1,2}\.?", fullmatch=True),
                   st.sampled_from(["bộngoạigiao.vn", "XN--BCHER-KVA.de", "[::1]", "127.0.0.1", "例子.中国",
                                    "e.com:80", "e.com:443", "e.com:8080", "user:pw@e.com", "e..com", ""]))
_segments = st.lists(st.sampled_from(["a", "B", "..", ".", "%2F", "%zz", "tin tức", "a b", "~x", "%e4", "",
                                      "x;y=1", "@", "=", "?", "#"]), max_size=5).map("/".join)
_params = st.lists(st.tuples(st.sampled_from(["id", "utm_source", "UTM_Medium", "fbclid", "q", "p", "Gclid",
                                              "a b", "ref_src", "page"]),
                             st.text(alphabet="ab1=&%+ é", max_size=5)), max_size=4)


@st.composite
def links(draw: st.DrawFn) -> str:
    """Absolute, scheme-relative, root-relative and relative links, with queries and fragments."""
    path = draw(_segments)
    query = "&".join(f"{k}={v}" for k, v in draw(_params))
    tail = (f"?{query}" if query or draw(st.booleans()) else "") + draw(st.sampled_from(["", "#top", "#"]))
    kind = draw(st.integers(0, 3))
    if kind == 0:
        return f"{draw(st.sampled_from(['http', 'HTTPS', 'ftp', 'javascript']))}://{draw(_hosts)}/{path}{tail}"
    if kind == 1:
        return f"//{draw(_hosts)}/{path}{tail}"
    return ("/" if kind == 2 else "") + path + tail


@FUZZ
@given(links(), st.one_of(st.none(), links()))
def test_fuzz_links_resolve_to_canonical_absolute_urls(link: str, base: str | None) -> None:
    try:
        url = canonicalize_url(link, base=base)
    except ValueError:
        return
    assert url.startswith(("http://", "https://")) and url.isascii() and "#" not in url
    scheme, rest = url.split("://", 1)
    host = rest.split("/", 1)[0].rsplit("@", 1)[-1]
    assert host == host.lower() and not host.endswith(f":{DEFAULT_PORTS[scheme]}")
    query = url.split("?", 1)[1] if "?" in url else ""
    assert not any(is_tracking_param(unquote_plus(p.split("=", 1)[0])) for p in query.split("&") if p)
    assert canonicalize_url(url) == url  # idempotent
    assert canonicalize_url(url, base="https://other.example/feed.xml") == url  # absolute: base ignored


# --- feed entries --------------------------------------------------------------------------------

_leaves = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=12), st.binary(max_size=6))
_any = st.recursive(_leaves,
                    lambda inner: st.one_of(st.lists(inner, max_size=3),
                                            st.dictionaries(st.text(max_size=5), inner, max_size=3)),
                    max_leaves=8)
_link_dicts = st.lists(st.one_of(
    st.fixed_dictionaries({"href": st.one_of(links(), _any)},
                          optional={"rel": st.sampled_from(["alternate", "enclosure", "self", ""]),
                                    "type": st.sampled_from(["text/html", "audio/mpeg"])}),
    _any), max_size=3)
_entries = st.fixed_dictionaries({}, optional={
    "link": st.one_of(links(), _any), "links": st.one_of(_link_dicts, _any), "id": st.one_of(links(), _any),
    "title": st.one_of(st.text(max_size=30), _any), "summary": st.one_of(st.text(max_size=30), _any),
    "content": st.one_of(st.lists(st.fixed_dictionaries({"value": st.one_of(st.text(max_size=20), _any)}),
                                  max_size=2), _any),
    "author": st.one_of(st.text(max_size=10), _any), "published": st.one_of(date_strings(), _any),
    "updated": st.one_of(date_strings(), _any)})


@FUZZ
@given(_entries, st.sampled_from(ZONES), st.sampled_from(["https://feed.example/rss/", "http://e.com/a/b.xml"]))
def test_fuzz_feedparser_shaped_entries_normalise_or_are_skipped(raw: dict[str, Any], tz: str,
                                                                 base: str) -> None:
    entry = normalise_entry(raw, Feed(name="f", url=base, outlet="O", timezone=tz), base, NOW)
    if entry is None:
        return
    assert canonicalize_url(entry.url) == entry.url and isinstance(entry.link, str) and entry.link
    assert is_utc(entry.published_at)
    assert entry.guid is None or (entry.guid == entry.guid.strip() and entry.guid)
    assert all(isinstance(v, str) for v in (entry.title, entry.summary, entry.content))
    assert entry.author is None or isinstance(entry.author, str)


@FUZZ
@given(st.lists(st.tuples(st.text(max_size=20), links(), st.one_of(date_strings(), st.text(max_size=15))),
                min_size=1, max_size=6),
       st.sampled_from(ZONES))
def test_fuzz_rss_documents_from_fuzzed_fields(items: list[tuple[str, str, str]], tz: str) -> None:
    body = ['<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>F</title>']
    for title, link, date in items:
        clean = "".join(ch for ch in f"{title}" if ch.isprintable())
        body.append(f"<item><title>{escape(clean)}</title><link>{escape(link)}</link>"
                    f"<pubDate>{escape(date)}</pubDate></item>")
    body.append("</channel></rss>")
    url = "https://feed.example/news/rss.xml"
    parsed = parse_feed("".join(body).encode("utf-8", "surrogatepass"),
                        Feed(name="f", url=url, outlet="O", timezone=tz), url=url, now=NOW)
    urls = [e.url for e in parsed.entries]
    assert len(urls) == len(set(urls))  # one entry per canonical URL
    for e in parsed.entries:
        assert canonicalize_url(e.url) == e.url and is_utc(e.published_at)
        assert e.published_at is None or e.published_at <= NOW + timedelta(days=1)
    assert len(parsed.entries) + parsed.skipped <= len(items)
