"""Fetcher against real loopback servers: caps, gzip bomb, redirects, SSRF guard, politeness, Retry-After."""

from __future__ import annotations

import gzip
import threading
import time
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from extractors.core.settings import Settings
from extractors.http.client import Fetcher
from extractors.http.politeness import MAX_RETRY_AFTER, parse_retry_after
from tests.hostile import delayed, free_port, raw, slow_body, slow_headers
from tests.loopback import LoopbackServer, head, respond

pytestmark = pytest.mark.timeout(30)


def make_settings(**overrides: object) -> Settings:
    base: dict[str, object] = {"allow_private_networks": True, "per_host_delay": 0.0, "connect_timeout": 2.0,
                               "read_timeout": 2.0}
    return Settings.from_env(env={}, **{**base, **overrides})


@pytest.fixture
def fetcher() -> Iterator[Fetcher]:
    with Fetcher(make_settings()) as f:
        yield f


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with LoopbackServer() as s:
        yield s


def test_get_ok_sends_user_agent_and_lowercases_headers(server: LoopbackServer, fetcher: Fetcher) -> None:
    server.routes["/feed"] = respond(200, b"<rss/>", {"X-Thing": "1", "ETag": '"a"'})
    r = fetcher.get(server.url("/feed"), kind="feed", headers={"If-None-Match": '"z"'})
    assert r.ok and r.status == 200 and r.body == b"<rss/>" and r.error_kind is None
    assert r.headers["x-thing"] == "1" and r.headers["etag"] == '"a"'
    request = server.hits[-1]
    assert request.headers["user-agent"].startswith("Bamboo Wire/")
    assert "(+" not in request.headers["user-agent"]  # no contact until the operator sets one
    assert request.headers["if-none-match"] == '"z"'


def test_304_is_not_modified_not_ok(server: LoopbackServer, fetcher: Fetcher) -> None:
    server.routes["/f"] = respond(304, b"")
    r = fetcher.get(server.url("/f"), kind="feed")
    assert r.not_modified and not r.ok and r.error_kind is None and r.body == b""


def test_http_error_status_keeps_body(server: LoopbackServer, fetcher: Fetcher) -> None:
    server.routes["/gone"] = respond(410, b"gone away")
    r = fetcher.get(server.url("/gone"), kind="page")
    assert r.error_kind == "http_status" and r.status == 410 and r.body == b"gone away"
    assert server.url("/gone") in (r.error or "")


def test_redirects_are_followed_and_recorded(server: LoopbackServer, fetcher: Fetcher) -> None:
    server.routes["/a"] = respond(301, b"", {"Location": "/b"})
    server.routes["/b"] = respond(302, b"", {"Location": "c"})
    server.routes["/c"] = respond(200, b"final")
    r = fetcher.get(server.url("/a"), kind="page")
    assert r.ok and r.body == b"final" and r.final_url == server.url("/c")
    assert r.redirects == (server.url("/a"), server.url("/b"))


def test_redirect_loop(server: LoopbackServer, fetcher: Fetcher) -> None:
    server.routes["/x"] = respond(302, b"", {"Location": "/y"})
    server.routes["/y"] = respond(302, b"", {"Location": "/x"})
    r = fetcher.get(server.url("/x"), kind="page")
    assert r.error_kind == "redirect_loop"
    assert len(server.hits) == 2


def test_too_many_redirects(server: LoopbackServer) -> None:
    for i in range(10):
        server.routes[f"/r{i}"] = respond(307, b"", {"Location": f"/r{i + 1}"})
    with Fetcher(make_settings(max_redirects=3)) as f:
        r = f.get(server.url("/r0"), kind="page")
    assert r.error_kind == "too_many_redirects"
    assert len(server.hits) == 4  # the first request and 3 redirects, no more


def test_redirect_to_other_scheme_refused(server: LoopbackServer, fetcher: Fetcher) -> None:
    server.routes["/a"] = respond(302, b"", {"Location": "file:///etc/passwd"})
    assert fetcher.get(server.url("/a"), kind="page").error_kind == "bad_scheme"


@pytest.mark.parametrize(("url", "kind"), [("ftp://127.0.0.1/x", "bad_scheme"), ("not a url", "bad_scheme"),
                                            ("http://", "bad_url"), ("http://127.0.0.1:99999/", "bad_url")])
def test_bad_urls_never_raise(fetcher: Fetcher, url: str, kind: str) -> None:
    r = fetcher.get(url, kind="page")
    assert r.error_kind == kind and not r.ok


def test_size_cap_on_plain_body(server: LoopbackServer) -> None:
    server.routes["/big"] = respond(200, b"x" * 5000)
    server.routes["/small"] = respond(200, b"x" * 1000)
    with Fetcher(make_settings(max_feed_bytes=1000, max_page_bytes=10_000)) as f:
        assert f.get(server.url("/big"), kind="feed").error_kind == "too_large"
        assert f.get(server.url("/big"), kind="page").ok  # the page cap is larger
        assert f.get(server.url("/small"), kind="feed").ok  # exactly at the cap


def test_size_cap_without_content_length(server: LoopbackServer) -> None:
    chunks = (b"2710\r\n" + b"y" * 10_000 + b"\r\n") * 50 + b"0\r\n\r\n"  # 50 x 10 kB, no length
    server.routes["/chunked"] = raw(head(200, {"Transfer-Encoding": "chunked"}) + chunks)
    with Fetcher(make_settings(max_page_bytes=100_000)) as f:
        r = f.get(server.url("/chunked"), kind="page")
    assert r.error_kind == "too_large"


def test_gzip_bomb_is_cut_off_on_decoded_bytes(server: LoopbackServer) -> None:
    bomb = gzip.compress(b"\0" * 200_000_000, compresslevel=9)  # ~200 kB on the wire, 200 MB decoded
    assert len(bomb) < 1_000_000
    server.routes["/bomb"] = respond(200, bomb, {"Content-Encoding": "gzip",
                                                 "Content-Type": "application/rss+xml"})
    with Fetcher(make_settings(max_feed_bytes=2_000_000)) as f:
        r = f.get(server.url("/bomb"), kind="feed")
    assert r.error_kind == "too_large" and r.body == b""


@pytest.mark.parametrize("coding", ["gzip", "deflate", "raw-deflate"])
def test_compressed_bodies_are_decoded(server: LoopbackServer, fetcher: Fetcher, coding: str) -> None:
    text = b"<rss>" + "Việt Nam – 中国".encode() * 2000 + b"</rss>"
    if coding == "gzip":
        body = gzip.compress(text)
    elif coding == "deflate":
        body = zlib.compress(text)
    else:
        c = zlib.compressobj(wbits=-15)
        body = c.compress(text) + c.flush()
    server.routes["/z"] = respond(200, body, {"Content-Encoding": coding.replace("raw-", "")})
    r = fetcher.get(server.url("/z"), kind="feed")
    assert r.ok and r.body == text


def test_corrupt_gzip_is_protocol_error(server: LoopbackServer, fetcher: Fetcher) -> None:
    server.routes["/bad"] = respond(200, b"this is not gzip at all", {"Content-Encoding": "gzip"})
    assert fetcher.get(server.url("/bad"), kind="feed").error_kind == "protocol"


def test_read_timeout(server: LoopbackServer) -> None:
    server.routes["/stall"] = delayed(respond(200, b"late"), 5)  # nothing for 5 s
    with Fetcher(make_settings(read_timeout=0.3)) as f:
        r = f.get(server.url("/stall"), kind="page")
    assert r.error_kind == "timeout"


def test_byte_per_tick_server_hits_overall_deadline(server: LoopbackServer) -> None:
    # one byte every 0.1 s of a 100 kB body: each read is fast, the whole is not
    server.routes["/trickle"] = slow_body(b"x" * 100_000, per_byte=0.1)
    with Fetcher(make_settings(read_timeout=0.5)) as f:  # reads never time out; deadline 1 s
        r = f.get(server.url("/trickle"), kind="page")
    assert r.error_kind == "timeout" and "deadline" in (r.error or "")


def test_slow_headers_hit_overall_deadline(server: LoopbackServer) -> None:
    """A server that trickles its status line byte by byte is cut off too."""
    server.routes["/"] = slow_headers(per_byte=0.1)
    with Fetcher(make_settings(read_timeout=0.5)) as f:
        r = f.get(server.url("/"), kind="page")
    assert r.error_kind == "timeout"


def test_connection_refused() -> None:
    port = free_port()  # nothing listens there
    with Fetcher(make_settings()) as f:
        r = f.get(f"http://127.0.0.1:{port}/", kind="feed")
    assert r.error_kind == "connect" and f"127.0.0.1:{port}" in (r.error or "")


def test_garbage_response_is_protocol_error(server: LoopbackServer) -> None:
    server.routes["/"] = raw(b"SSH-2.0-OpenSSH_9.0\r\n\r\n")
    with Fetcher(make_settings()) as f:
        r = f.get(server.url("/"), kind="feed")
    assert r.error_kind == "protocol"


def test_tls_to_plain_server_is_tls_error(server: LoopbackServer, fetcher: Fetcher) -> None:
    server.routes["/"] = respond(200, b"plain")
    r = fetcher.get(server.url("/").replace("http://", "https://"), kind="page")
    assert r.error_kind == "tls"


def test_dns_failure() -> None:
    with Fetcher(make_settings()) as f:
        r = f.get("http://does-not-exist.invalid/feed", kind="feed")
    assert r.error_kind == "dns"


# --- SSRF guard --------------------------------------------------------------------------------


def test_private_address_refused_before_any_request(server: LoopbackServer) -> None:
    server.routes["/secret"] = respond(200, b"internal")
    with Fetcher(make_settings(allow_private_networks=False)) as f:
        for url in (server.url("/secret"), f"http://localhost:{server.port}/secret"):
            r = f.get(url, kind="page")
            assert r.error_kind == "private_address" and "127.0.0.1" in (r.error or "")
    assert server.hits == []  # nothing reached the server


def test_allowed_hosts_is_exact_host_and_port(server: LoopbackServer) -> None:
    server.routes["/ok"] = respond(200, b"fine")
    exact = server.hostport  # the host as the URL spells it
    with Fetcher(make_settings(allow_private_networks=False, allowed_hosts=(exact,))) as f:
        assert f.get(server.url("/ok"), kind="page").ok
    near_misses = (f"127.0.0.1:{server.port + 1}", "127.0.0.1")
    with Fetcher(make_settings(allow_private_networks=False, allowed_hosts=near_misses)) as f:
        assert f.get(server.url("/ok"), kind="page").error_kind == "private_address"
    assert len(server.hits) == 1


def test_redirect_into_private_space_refused(server: LoopbackServer) -> None:
    with LoopbackServer() as private:
        private.routes["/admin"] = respond(200, b"internal admin")
        server.routes["/go"] = respond(302, b"", {"Location": private.url("/admin")})
        allowed = (server.hostport,)  # the public-facing server only
        with Fetcher(make_settings(allow_private_networks=False, allowed_hosts=allowed)) as f:
            r = f.get(server.url("/go"), kind="page")
    assert r.error_kind == "private_address"
    assert len(server.hits) == 1 and private.hits == []


# --- politeness --------------------------------------------------------------------------------


def _get_at_once(f: Fetcher, urls: list[str]) -> list[bytes]:
    """GET every URL with one fetcher, each from a thread of its own, all at once; the bodies."""
    bodies: dict[int, bytes] = {}

    def work(i: int) -> None:
        bodies[i] = f.get(urls[i], kind="page").body

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(urls))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(20)
    return [bodies.get(i, b"") for i in range(len(urls))]


def test_per_host_concurrency_is_capped(server: LoopbackServer) -> None:
    server.routes["/slow"] = delayed(respond(200, b"ok"), 0.15)
    with Fetcher(make_settings(per_host_concurrency=2)) as f:
        _get_at_once(f, [server.url("/slow")] * 8)
    assert len(server.hits) == 8
    assert server.max_active == 2  # never more; and the cap was reached, so the test can fail


def test_per_host_delay_spaces_request_starts(server: LoopbackServer) -> None:
    server.routes["/p"] = respond(200, b"ok")
    sent: list[float] = []
    with Fetcher(make_settings(per_host_delay=0.2, per_host_concurrency=4)) as f:
        # When each request leaves the client: the server's arrival times are no bound on that spacing on a
        # loaded machine (a handler started late makes the next arrival look early).
        f._client.event_hooks["request"].append(lambda request: sent.append(time.monotonic()))
        _get_at_once(f, [server.url("/p")] * 4)
    assert len(server.hits) == 4 and len(sent) == 4
    gaps = [b - a for a, b in zip(sorted(sent), sorted(sent)[1:], strict=False)]
    assert min(gaps) >= 0.19  # the delay of 0.2 s between starts, less clock jitter


def test_many_threads_share_one_fetcher(server: LoopbackServer) -> None:
    for i in range(20):
        server.routes[f"/n{i}"] = respond(200, f"body {i}".encode())
    with Fetcher(make_settings(per_host_concurrency=6)) as f:
        bodies = _get_at_once(f, [server.url(f"/n{i}") for i in range(20)])
    assert bodies == [f"body {i}".encode() for i in range(20)]


# --- Retry-After ---------------------------------------------------------------------------------


def test_429_retry_after_seconds_blocks_host(server: LoopbackServer, fetcher: Fetcher) -> None:
    server.routes["/limited"] = respond(429, b"slow down", {"Retry-After": "120"})
    server.routes["/other"] = respond(200, b"fine")
    before = datetime.now(UTC)
    r = fetcher.get(server.url("/limited"), kind="feed")
    assert r.error_kind == "rate_limited" and r.status == 429
    assert r.retry_after is not None
    assert before + timedelta(seconds=119) <= r.retry_after <= datetime.now(UTC) + timedelta(seconds=121)
    again = fetcher.get(server.url("/other"), kind="page")  # same host: not asked again
    assert again.error_kind == "rate_limited" and again.retry_after == r.retry_after
    assert len(server.hits) == 1
    assert fetcher.host_blocked_until(server.url("/")) == r.retry_after


def test_503_retry_after_http_date(server: LoopbackServer, fetcher: Fetcher) -> None:
    when = (datetime.now(UTC) + timedelta(minutes=10)).replace(microsecond=0)
    server.routes["/down"] = respond(503, b"maintenance",
                                     {"Retry-After": when.strftime("%a, %d %b %Y %H:%M:%S GMT")})
    r = fetcher.get(server.url("/down"), kind="feed")
    assert r.error_kind == "rate_limited" and r.retry_after == when


def test_503_without_retry_after_is_http_status(server: LoopbackServer, fetcher: Fetcher) -> None:
    server.routes["/down"] = respond(503, b"oops")
    r = fetcher.get(server.url("/down"), kind="feed")
    assert r.error_kind == "http_status" and r.retry_after is None
    assert fetcher.get(server.url("/down"), kind="feed").status == 503  # not blocked


def test_retry_after_parsing_and_cap() -> None:
    now = datetime(2026, 1, 1, tzinfo=UTC)
    assert parse_retry_after("30", now) == now + timedelta(seconds=30)
    assert parse_retry_after("99999999999", now) == now + MAX_RETRY_AFTER
    assert parse_retry_after("Thu, 01 Jan 2026 00:05:00 GMT", now) == now + timedelta(minutes=5)
    assert parse_retry_after("Wed, 31 Dec 2025 00:00:00 GMT", now) == now  # in the past: now
    assert parse_retry_after("soon", now) is None and parse_retry_after(None, now) is None


def test_elapsed_and_fetched_at_are_filled(server: LoopbackServer, fetcher: Fetcher) -> None:
    server.routes["/t"] = respond(200, b"x")
    start = time.monotonic()
    r = fetcher.get(server.url("/t"), kind="page")
    assert 0 < r.elapsed <= time.monotonic() - start
    assert r.fetched_at.tzinfo is not None
