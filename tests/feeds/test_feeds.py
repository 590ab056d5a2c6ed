"""Feed parsing and polling against loopback servers: encodings, bozo feeds, 304s, lying servers, backoff."""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.core.models import Feed, FeedState
from extractors.core.settings import Settings
from extractors.core.urls import canonicalize_url
from extractors.feeds.parse import normalise_entry, parse_feed
from extractors.feeds.poll import poll_feed, update_state
from extractors.http.client import Fetcher
from tests import FIXTURES as ALL_FIXTURES
from tests.loopback import LoopbackServer, respond, send

pytestmark = pytest.mark.timeout(30)

FIXTURES = ALL_FIXTURES / "feeds"
NOW = datetime(2024, 6, 1, tzinfo=UTC)
RSS = "application/rss+xml"


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def feed_at(url: str, tz: str = "UTC", name: str = "test") -> Feed:
    return Feed(name=name, url=url, outlet="Test", timezone=tz)


@pytest.fixture
def fetcher() -> Iterator[Fetcher]:
    settings_ = Settings.from_env(env={}, allow_private_networks=True, per_host_delay=0.0, read_timeout=2.0)
    with Fetcher(settings_) as f:
        yield f


def parse(name: str, tz: str = "UTC", headers: dict[str, str] | None = None) -> object:
    return parse_feed(fixture(name), feed_at("https://example.org/feed", tz), url="https://example.org/feed",
                      headers=headers, now=NOW)


# --- parsing -------------------------------------------------------------------------------------


def test_bare_ampersand_is_a_warning_and_items_survive() -> None:
    parsed = parse("vnexpress_bare_amp.rss", "Asia/Ho_Chi_Minh")
    assert parsed.is_feed and parsed.bozo and "not well-formed" in parsed.bozo
    assert [e.url for e in parsed.entries] == [
        "https://vnexpress.net/thu-tuong-hoi-dam-4712345.html",  # utm_* gone
        "https://vnexpress.net/ngoai-truong-my-tham-ha-noi-4712346.html",  # fragment gone
        "https://vnexpress.net/phan-doi-4712347.html",  # fbclid gone
    ]
    first = parsed.entries[0]
    assert first.title == "Thủ tướng Việt Nam hội đàm với Thủ tướng Trung Quốc"
    assert first.link.endswith("utm_medium=feed")  # the link as given is kept
    assert first.published_at == datetime(2024, 1, 9, 1, 30, tzinfo=UTC)
    assert first.published_raw == "Tue, 09 Jan 2024 08:30:00 +0700"
    assert parsed.ttl_minutes == 15


@pytest.mark.parametrize(("name", "expected_title"), [
    ("xinhua_gb2312_nodecl.xml", "习近平会见越南共产党中央总书记"),
    ("cna_big5_nodecl.xml", "美國國務卿訪問越南 雙方提升關係"),
    ("nikkei_shiftjis_nodecl.xml", "米越首脳が会談、関係を格上げ"),
    ("tass_windows1251_nodecl.xml", "Вьетнам и Китай подписали соглашения о сотрудничестве"),
])
def test_undeclared_legacy_encodings_decode_right(name: str, expected_title: str) -> None:
    parsed = parse(name)
    assert parsed.entries and parsed.entries[0].title == expected_title
    assert "\ufffd" not in parsed.entries[0].summary


def test_http_charset_is_used_for_undeclared_body() -> None:
    parsed = parse("xinhua_gb2312_nodecl.xml", headers={"Content-Type": "text/xml; charset=GB2312"})
    assert parsed.entries[1].title == "外交部发言人就中美关系答记者问"
    assert parsed.bozo is None


def test_utf8_body_mislabelled_as_windows_1252_by_the_server() -> None:
    parsed = parse("tuoitre_utf8_labelled_cp1252.xml", "Asia/Ho_Chi_Minh",
                   headers={"Content-Type": "application/rss+xml; charset=windows-1252"})
    assert parsed.entries[0].title == "Chủ tịch nước tiếp Đại sứ Hoa Kỳ"
    assert parsed.encoding == "utf-8"


def test_latin1_label_with_smart_quotes_reads_as_windows_1252() -> None:
    body = ('<?xml version="1.0" encoding="iso-8859-1"?><rss version="2.0"><channel><title>t</title>'
            '<item><link>http://e.com/1</link>'
            '<title>Hanoi\u2019s \u201cbamboo\u201d diplomacy \u2013 caf\u00e9</title>'
            '</item></channel></rss>').encode("cp1252")
    parsed = parse_feed(body, feed_at("http://e.com/f"), url="http://e.com/f", now=NOW)
    assert parsed.entries[0].title == "Hanoi\u2019s \u201cbamboo\u201d diplomacy \u2013 caf\u00e9"


def test_utf8_feed_with_stray_latin1_bytes_keeps_its_utf8() -> None:
    body = ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            "<title>Bộ Ngoại giao Việt Nam</title><item><link>http://e.com/1</link>"
            "<title>Đà Nẵng – hội nghị ASEAN</title><description>Espa").encode() + (
            b"\xf1a y caf\xe9</description></item></channel></rss>")
    parsed = parse_feed(body, feed_at("http://e.com/f"), url="http://e.com/f", now=NOW)
    assert parsed.title == "Bộ Ngoại giao Việt Nam" and parsed.encoding == "utf-8+cp1252"
    assert parsed.entries[0].title == "Đà Nẵng – hội nghị ASEAN"
    assert parsed.entries[0].summary == "España y café"


def test_naive_dates_are_read_in_the_feed_time_zone() -> None:
    shanghai = parse("xinhua_gb2312_nodecl.xml", "Asia/Shanghai").entries[0]
    hanoi = parse("xinhua_gb2312_nodecl.xml", "Asia/Ho_Chi_Minh").entries[0]
    assert shanghai.published_raw == "2024-05-20 10:30:00"
    assert shanghai.published_at == datetime(2024, 5, 20, 2, 30, tzinfo=UTC)
    assert hanoi.published_at == datetime(2024, 5, 20, 3, 30, tzinfo=UTC)


def test_atom_content_author_relative_links_and_linkless_entries() -> None:
    parsed = parse("state_dept_atom.atom", "America/New_York")
    assert len(parsed.entries) == 1 and parsed.skipped == 1  # the urn: id is no article URL
    e = parsed.entries[0]
    assert e.url == "https://www.state.gov/secretarys-meeting-with-vietnamese-foreign-minister/"
    assert e.author == "Office of the Spokesperson" and "Comprehensive Strategic Partnership" in e.content
    assert e.guid == "tag:state.gov,2024:press/1"
    assert e.published_at == datetime(2024, 4, 15, 14, 0, tzinfo=UTC)  # published wins over updated


def test_content_encoded_creator_and_update_period() -> None:
    parsed = parse("scmp_content_encoded_sy.xml")
    e = parsed.entries[0]
    assert e.content.startswith("<p>Full text") and e.summary == "Short summary."
    assert e.author == "Staff Reporter" and e.guid == "3244000"
    assert e.url.endswith("?module=feed&pgtype=homepage")
    assert parsed.update_period_seconds == 1800


def test_html_page_is_not_a_feed() -> None:
    parsed = parse("html_at_feed_url.html")
    assert not parsed.is_feed and parsed.entries == []


def test_html_page_advertising_its_feed_names_it(server: LoopbackServer, fetcher: Fetcher) -> None:
    page = (b'<!doctype html><html><head><link rel="alternate" type="application/rss+xml" '
            b'href="/rss/the-gioi.rss?utm_source=x"><title>VnExpress</title></head><body>news</body></html>')
    server.routes["/old-feed"] = respond(200, page, {"Content-Type": "text/html; charset=utf-8"})
    poll, _ = poll_feed(fetcher, feed_at(server.url("/old-feed")), None, now=NOW)
    assert poll.status == "not_a_feed"
    assert f"advertises {server.url('/rss/the-gioi.rss')}" in (poll.error or "")


def test_gzip_file_served_without_content_encoding() -> None:
    body = gzip.compress(fixture("vnexpress_bare_amp.rss"))
    parsed = parse_feed(body, feed_at("https://e.com/f"), url="https://e.com/f",
                        headers={"Content-Type": "application/x-gzip"}, now=NOW)
    assert len(parsed.entries) == 3


def test_empty_feed_is_a_feed_without_entries() -> None:
    parsed = parse("empty_channel.xml")
    assert parsed.is_feed and parsed.entries == [] and parsed.ttl_minutes == 120


@pytest.mark.parametrize("body", [b"", b"\x00\xff\xfe garbage", b"<rss><channel><item><title>x",
                                  b"<" * 10000])
def test_junk_never_raises(body: bytes) -> None:
    parsed = parse_feed(body, feed_at("http://e.com/f"), url="http://e.com/f", now=NOW)
    assert parsed.entries == []


def test_same_story_in_two_feeds_has_one_url() -> None:
    a = parse_feed(b'<rss version="2.0"><channel><item><link>https://vnexpress.net/x.html?utm_source=a</link>'
                   b"</item></channel></rss>", feed_at("http://a/f", name="a"), url="http://a/f", now=NOW)
    b = parse_feed(b'<rss version="2.0"><channel><item><link>https://VNEXPRESS.net:443/x.html#top</link>'
                   b"</item></channel></rss>", feed_at("http://b/f", name="b"), url="http://b/f", now=NOW)
    assert a.entries[0].url == b.entries[0].url and a.entries[0].feed_name != b.entries[0].feed_name


# --- polling -------------------------------------------------------------------------------------


def test_first_poll_then_304(server: LoopbackServer, fetcher: Fetcher) -> None:
    body = fixture("vnexpress_bare_amp.rss")
    first = respond(200, body, {"Content-Type": RSS, "ETag": '"v1"',
                                "Last-Modified": "Tue, 09 Jan 2024 05:00:00 GMT"})
    server.routes["/f"] = lambda c: send(c, 304) if c.headers.get("if-none-match") == '"v1"' else first(c)
    feed = feed_at(server.url("/f"), "Asia/Ho_Chi_Minh")
    poll, entries = poll_feed(fetcher, feed, None, now=NOW)
    assert poll.status == "ok" and len(entries) == 3 and poll.entries_count == 3 and not poll.conditional
    assert poll.etag == '"v1"' and poll.content_hash and poll.bozo and poll.encoding == "utf-8"
    state = update_state(None, poll, entries)
    assert state.last_unconditional_at == NOW and state.consecutive_failures == 0

    poll2, entries2 = poll_feed(fetcher, feed, state, now=NOW + timedelta(minutes=10))
    assert poll2.status == "not_modified" and poll2.conditional and entries2 == []
    assert poll2.http_status == 304 and poll2.etag == '"v1"'
    assert [h.headers.get("if-none-match") for h in server.hits] == [None, '"v1"']
    assert server.hits[-1].headers["if-modified-since"] == "Tue, 09 Jan 2024 05:00:00 GMT"
    assert update_state(state, poll2, entries2).last_unconditional_at == NOW  # a 304 is no full fetch


def test_server_ignoring_conditional_requests_is_caught_by_hash(server: LoopbackServer,
                                                               fetcher: Fetcher) -> None:
    server.routes["/f"] = respond(200, fixture("scmp_content_encoded_sy.xml"), {"Content-Type": RSS,
                                                                                "ETag": '"same"'})
    feed = feed_at(server.url("/f"))
    poll, entries = poll_feed(fetcher, feed, None, now=NOW)
    state = update_state(None, poll, entries)
    poll2, entries2 = poll_feed(fetcher, feed, state, now=NOW + timedelta(minutes=30))
    assert poll2.status == "unchanged" and entries2 == [] and poll2.http_status == 200 and poll2.conditional
    assert server.hits[-1].headers.get("if-none-match") == '"same"'  # asked, but got 200 anyway


def test_unconditional_fetch_forced_after_12_hours(server: LoopbackServer, fetcher: Fetcher) -> None:
    server.routes["/f"] = respond(200, fixture("empty_channel.xml"), {"Content-Type": RSS})
    state = FeedState(etag='"stale"', last_modified="Mon, 01 Jan 2024 00:00:00 GMT", content_hash="old",
                      last_unconditional_at=NOW - timedelta(hours=13))
    poll, _ = poll_feed(fetcher, feed_at(server.url("/f")), state, now=NOW)
    request = server.hits[-1]
    assert "if-none-match" not in request.headers and "if-modified-since" not in request.headers
    assert poll.status == "empty" and not poll.conditional
    assert update_state(state, poll, []).last_unconditional_at == NOW

    recent = replace(state, last_unconditional_at=NOW - timedelta(hours=11))
    poll_feed(fetcher, feed_at(server.url("/f")), recent, now=NOW)
    assert server.hits[-1].headers["if-none-match"] == '"stale"'


def test_html_at_feed_url_is_recorded_as_not_a_feed(server: LoopbackServer, fetcher: Fetcher) -> None:
    server.routes["/f"] = respond(200, fixture("html_at_feed_url.html"), {"Content-Type": "text/html"})
    poll, entries = poll_feed(fetcher, feed_at(server.url("/f")), None, now=NOW)
    assert poll.status == "not_a_feed" and poll.error_kind == "not_a_feed" and entries == []
    assert "text/html" in (poll.error or "")
    assert update_state(None, poll, entries).consecutive_failures == 1


def test_gzip_encoded_feed(server: LoopbackServer, fetcher: Fetcher) -> None:
    body = gzip.compress(fixture("xinhua_gb2312_nodecl.xml"))
    headers = {"Content-Encoding": "gzip", "Content-Type": "text/xml"}
    server.routes["/f"] = respond(200, body, headers)
    poll, entries = poll_feed(fetcher, feed_at(server.url("/f"), "Asia/Shanghai"), None, now=NOW)
    assert poll.status == "ok" and entries[2].title == "中越两国签署多项合作文件"
    assert server.hits[0].headers["accept-encoding"] == "gzip, deflate"


def test_failures_back_off_and_stay_visible(fetcher: Fetcher, server: LoopbackServer) -> None:
    server.routes["/f"] = respond(500, b"boom")
    feed = feed_at(server.url("/f"))
    state: FeedState | None = None
    delays = []
    for i in range(12):
        poll, entries = poll_feed(fetcher, feed, state, now=NOW)
        assert poll.status == "failed" and poll.error_kind == "http_status" and poll.http_status == 500
        state = update_state(state, poll, entries)
        assert state.consecutive_failures == i + 1 and state.next_poll_at is not None
        delays.append(state.next_poll_at - NOW)
    assert delays[0] <= timedelta(minutes=6) and delays[4] >= timedelta(minutes=60)
    assert max(delays) <= timedelta(hours=24) and delays[-1] >= timedelta(hours=19)  # capped, never disabled


def test_retry_after_sets_next_poll(server: LoopbackServer, fetcher: Fetcher) -> None:
    server.routes["/f"] = respond(429, b"busy", {"Retry-After": "7200"})
    start = datetime.now(UTC)
    poll, _ = poll_feed(fetcher, feed_at(server.url("/f")), None, now=start)
    assert poll.status == "failed" and poll.error_kind == "rate_limited"
    assert poll.next_poll_at is not None and poll.next_poll_at >= start + timedelta(seconds=7199)


def test_refused_feed_url_fails_cleanly(server: LoopbackServer) -> None:
    with Fetcher(Settings.from_env(env={}, per_host_delay=0.0)) as strict:
        poll, entries = poll_feed(strict, feed_at(server.url("/f")), None, now=NOW)
    assert poll.status == "failed" and poll.error_kind == "private_address" and entries == []
    assert server.hits == []


def test_feed_hints_stretch_the_schedule(server: LoopbackServer, fetcher: Fetcher) -> None:
    server.routes["/f"] = respond(200, fixture("empty_channel.xml"), {"Content-Type": RSS,
                                                                      "Cache-Control": "max-age=300"})
    poll, _ = poll_feed(fetcher, feed_at(server.url("/f")), None, now=NOW)
    assert poll.next_poll_at is not None and poll.next_poll_at >= NOW + timedelta(minutes=120)  # <ttl>120


def test_new_entries_counted_from_last_new_item(server: LoopbackServer, fetcher: Fetcher) -> None:
    server.routes["/f"] = respond(200, fixture("vnexpress_bare_amp.rss"), {"Content-Type": RSS})
    state = FeedState(last_new_item_at=datetime(2024, 1, 9, 2, 0, tzinfo=UTC))
    poll, entries = poll_feed(fetcher, feed_at(server.url("/f")), state, now=NOW)
    assert poll.entries_count == 3 and poll.new_entries_count == 2


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with LoopbackServer() as s:
        yield s


# --- fuzz ----------------------------------------------------------------------------------------

_values = st.one_of(st.none(), st.text(max_size=40), st.integers(), st.lists(st.text(max_size=5), max_size=2),
                    st.sampled_from(["https://e.com/a?utm_source=x#f", "/rel/path", "javascript:x()",
                                     "2020/1/10 14:33:00", "Sat, Dec 16 2023 02:02:33 PM"]))
_keys = st.sampled_from(["link", "id", "title", "summary", "published", "updated", "created", "author",
                         "content", "links"])
_entries = st.dictionaries(_keys, _values, max_size=8)


@settings(max_examples=300, deadline=None)
@given(_entries, st.sampled_from(["UTC", "Asia/Ho_Chi_Minh", "Bad/Zone"]))
def test_fuzz_entry_normalisation(raw: dict[str, object], tz: str) -> None:
    entry = normalise_entry(raw, feed_at("https://feed.example/rss", tz), "https://feed.example/rss", NOW)
    if entry is None:
        return
    assert canonicalize_url(entry.url) == entry.url
    assert entry.published_at is None or entry.published_at.utcoffset() == timedelta(0)
    assert isinstance(entry.title, str) and isinstance(entry.content, str)


_FIXTURE_BODIES = sorted(p.read_bytes() for p in FIXTURES.iterdir())


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(_FIXTURE_BODIES), st.lists(st.tuples(st.integers(0, 4000), st.binary(max_size=4)),
                                                  max_size=6),
       st.sampled_from([None, {"Content-Type": "text/xml; charset=gb2312"}, {"Content-Type": "text/html"}]))
def test_fuzz_mutated_feeds_never_raise(body: bytes, edits: list[tuple[int, bytes]],
                                        headers: dict[str, str] | None) -> None:
    data = bytearray(body)
    for pos, chunk in edits:  # overwrite a few bytes: broken tags, bad encodings, cut multibyte chars
        data[pos:pos + len(chunk)] = chunk
    parsed = parse_feed(bytes(data), feed_at("https://e.com/f", "Asia/Ho_Chi_Minh"), url="https://e.com/f",
                        headers=headers, now=NOW)
    for e in parsed.entries:
        assert canonicalize_url(e.url) == e.url
        assert e.published_at is None or e.published_at.utcoffset() == timedelta(0)


def test_a_mangled_channel_tag_read_as_attributes_is_no_schedule_hint() -> None:
    # Found by the fuzz test above: a tab where ">" was turns the period into an attribute, and
    # feedparser gives a dict where a string is expected.
    rss = (b'<?xml version="1.0"?><rss version="2.0" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">'
           b"<channel><title>Hanoi wire</title><sy:updatePeriod\thourly</sy:updatePeriod>"
           b"<sy:updateFrequency\t2</sy:updateFrequency><ttl\t30</ttl>"
           b"<item><title>a</title><link>http://a.test/1</link></item></channel></rss>")
    parsed = parse_feed(rss, feed_at("https://e.com/f"), url="https://e.com/f", now=NOW)
    assert [e.url for e in parsed.entries] == ["http://a.test/1"]
    assert parsed.update_period_seconds is None and parsed.ttl_minutes is None
    # Hard negative: the same channel written well gives its hints.
    good = rss.replace(b"\thourly", b">hourly").replace(b"\t2", b">2").replace(b"\t30", b">30")
    parsed = parse_feed(good, feed_at("https://e.com/f"), url="https://e.com/f", now=NOW)
    assert (parsed.update_period_seconds, parsed.ttl_minutes) == (1800.0, 30.0)


def test_feedparser_crash_is_a_named_parse_error_not_a_non_feed(server: LoopbackServer,
                                                                fetcher: Fetcher) -> None:
    # A real crash of feedparser 6.0.14: a character reference to a lone surrogate is refused by the
    # XML parser, and the loose parser it falls back to raises UnicodeEncodeError in handle_charref.
    rss = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>Hanoi &#xD800; wire</title>'
           b'<item><title>a</title><link>http://a.test/1</link></item></channel></rss>')
    server.routes["/f"] = respond(200, rss, {"Content-Type": "application/rss+xml"})
    poll, entries = poll_feed(fetcher, feed_at(server.url("/f")), None, now=NOW)
    assert (poll.status, poll.error_kind, entries) == ("parse_error", "parse_error", [])
    assert poll.error is not None and "not a feed" not in poll.error
    assert "the feed parser crashed: UnicodeEncodeError: 'utf-8' codec can't encode" in poll.error
    assert update_state(None, poll, entries).consecutive_failures == 1
