"""Fetcher against real loopback servers: caps, gzip bomb, redirects, SSRF guard, politeness, Retry-After."""

from __future__ import annotations

import gzip
import socket
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Response

from extractors.core.settings import Settings
from extractors.http.client import Fetcher
from extractors.http.politeness import MAX_RETRY_AFTER, parse_retry_after
from tests.loopback import LoopbackServer, send

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


def test_get_ok_sends_user_agent_and_lowercases_headers(httpserver: HTTPServer, fetcher: Fetcher) -> None:
    httpserver.expect_request("/feed").respond_with_data("<rss/>", headers={"X-Thing": "1", "ETag": '"a"'})
    r = fetcher.get(httpserver.url_for("/feed"), kind="feed", headers={"If-None-Match": '"z"'})
    assert r.ok and r.status == 200 and r.body == b"<rss/>" and r.error_kind is None
    assert r.headers["x-thing"] == "1" and r.headers["etag"] == '"a"'
    request, _ = httpserver.log[-1]
    assert request.headers["User-Agent"].startswith("Bamboo Wire/")
    assert "(+" not in request.headers["User-Agent"]  # no contact until the operator sets one
    assert request.headers["If-None-Match"] == '"z"'


def test_304_is_not_modified_not_ok(httpserver: HTTPServer, fetcher: Fetcher) -> None:
    httpserver.expect_request("/f").respond_with_data("", status=304)
    r = fetcher.get(httpserver.url_for("/f"), kind="feed")
    assert r.not_modified and not r.ok and r.error_kind is None and r.body == b""


def test_http_error_status_keeps_body(httpserver: HTTPServer, fetcher: Fetcher) -> None:
    httpserver.expect_request("/gone").respond_with_data("gone away", status=410)
    r = fetcher.get(httpserver.url_for("/gone"), kind="page")
    assert r.error_kind == "http_status" and r.status == 410 and r.body == b"gone away"
    assert httpserver.url_for("/gone") in (r.error or "")


def test_redirects_are_followed_and_recorded(httpserver: HTTPServer, fetcher: Fetcher) -> None:
    httpserver.expect_request("/a").respond_with_data("", status=301, headers={"Location": "/b"})
    httpserver.expect_request("/b").respond_with_data("", status=302, headers={"Location": "c"})
    httpserver.expect_request("/c").respond_with_data("final")
    r = fetcher.get(httpserver.url_for("/a"), kind="page")
    assert r.ok and r.body == b"final" and r.final_url == httpserver.url_for("/c")
    assert r.redirects == (httpserver.url_for("/a"), httpserver.url_for("/b"))


def test_redirect_loop(httpserver: HTTPServer, fetcher: Fetcher) -> None:
    httpserver.expect_request("/x").respond_with_data("", status=302, headers={"Location": "/y"})
    httpserver.expect_request("/y").respond_with_data("", status=302, headers={"Location": "/x"})
    r = fetcher.get(httpserver.url_for("/x"), kind="page")
    assert r.error_kind == "redirect_loop"
    assert len(httpserver.log) == 2


def test_too_many_redirects(httpserver: HTTPServer) -> None:
    for i in range(10):
        httpserver.expect_request(f"/r{i}").respond_with_data("", status=307,
                                                              headers={"Location": f"/r{i + 1}"})
    with Fetcher(make_settings(max_redirects=3)) as f:
        r = f.get(httpserver.url_for("/r0"), kind="page")
    assert r.error_kind == "too_many_redirects"
    assert len(httpserver.log) == 4  # the first request and 3 redirects, no more


def test_redirect_to_other_scheme_refused(httpserver: HTTPServer, fetcher: Fetcher) -> None:
    httpserver.expect_request("/a").respond_with_data("", status=302, headers={"Location": "file:///etc/passwd"})
    assert fetcher.get(httpserver.url_for("/a"), kind="page").error_kind == "bad_scheme"


@pytest.mark.parametrize(("url", "kind"), [("ftp://127.0.0.1/x", "bad_scheme"), ("not a url", "bad_scheme"),
                                            ("http://", "bad_url"), ("http://127.0.0.1:99999/", "bad_url")])
def test_bad_urls_never_raise(fetcher: Fetcher, url: str, kind: str) -> None:
    r = fetcher.get(url, kind="page")
    assert r.error_kind == kind and not r.ok


def test_size_cap_on_plain_body(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/big").respond_with_data(b"x" * 5000)
    httpserver.expect_request("/small").respond_with_data(b"x" * 1000)
    with Fetcher(make_settings(max_feed_bytes=1000, max_page_bytes=10_000)) as f:
        assert f.get(httpserver.url_for("/big"), kind="feed").error_kind == "too_large"
        assert f.get(httpserver.url_for("/big"), kind="page").ok  # the page cap is larger
        assert f.get(httpserver.url_for("/small"), kind="feed").ok  # exactly at the cap


def test_size_cap_without_content_length(server: LoopbackServer) -> None:
    def chunked(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Transfer-Encoding", "chunked")
        h.end_headers()
        for _ in range(50):  # 50 x 10 kB, no length announced
            h.wfile.write(b"2710\r\n" + b"y" * 10_000 + b"\r\n")
        h.wfile.write(b"0\r\n\r\n")

    server.routes["/chunked"] = chunked
    with Fetcher(make_settings(max_page_bytes=100_000)) as f:
        r = f.get(server.url("/chunked"), kind="page")
    assert r.error_kind == "too_large"


def test_gzip_bomb_is_cut_off_on_decoded_bytes(server: LoopbackServer) -> None:
    bomb = gzip.compress(b"\0" * 200_000_000, compresslevel=9)  # ~200 kB on the wire, 200 MB decoded
    assert len(bomb) < 1_000_000
    server.routes["/bomb"] = lambda h: send(h, 200, bomb, {"Content-Encoding": "gzip",
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
    server.routes["/z"] = lambda h: send(h, 200, body, {"Content-Encoding": coding.replace("raw-", "")})
    r = fetcher.get(server.url("/z"), kind="feed")
    assert r.ok and r.body == text


def test_corrupt_gzip_is_protocol_error(server: LoopbackServer, fetcher: Fetcher) -> None:
    server.routes["/bad"] = lambda h: send(h, 200, b"this is not gzip at all", {"Content-Encoding": "gzip"})
    assert fetcher.get(server.url("/bad"), kind="feed").error_kind == "protocol"


def test_read_timeout(server: LoopbackServer) -> None:
    def stall(h: BaseHTTPRequestHandler) -> None:
        server.stop_event.wait(5)

    server.routes["/stall"] = stall
    with Fetcher(make_settings(read_timeout=0.3)) as f:
        r = f.get(server.url("/stall"), kind="page")
    assert r.error_kind == "timeout"


def test_byte_per_tick_server_hits_overall_deadline(server: LoopbackServer) -> None:
    def trickle(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Length", "100000")
        h.end_headers()
        for _ in range(200):  # one byte every 0.1 s: each read is fast, the whole is not
            if server.stop_event.wait(0.1):
                return
            try:
                h.wfile.write(b"x")
                h.wfile.flush()
            except OSError:
                return

    server.routes["/trickle"] = trickle
    with Fetcher(make_settings(read_timeout=0.5)) as f:  # reads never time out; deadline 1 s
        r = f.get(server.url("/trickle"), kind="page")
    assert r.error_kind == "timeout" and "deadline" in (r.error or "")


def test_slow_headers_hit_overall_deadline() -> None:
    """A server that trickles its status line byte by byte is cut off too."""
    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def serve() -> None:
        conn, _ = listener.accept()
        with conn:
            for byte in b"HTTP/1.1 200 OK\r\nX-Slow: " + b"a" * 200:
                if stop.wait(0.1):
                    return
                try:
                    conn.sendall(bytes([byte]))
                except OSError:
                    return

    t = threading.Thread(target=serve, daemon=True)
    t.start()
    try:
        with Fetcher(make_settings(read_timeout=0.5)) as f:
            r = f.get(f"http://127.0.0.1:{listener.getsockname()[1]}/", kind="page")
        assert r.error_kind == "timeout"
    finally:
        stop.set()
        listener.close()


def test_connection_refused() -> None:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens there now
    with Fetcher(make_settings()) as f:
        r = f.get(f"http://127.0.0.1:{port}/", kind="feed")
    assert r.error_kind == "connect" and f"127.0.0.1:{port}" in (r.error or "")


def test_garbage_response_is_protocol_error() -> None:
    listener = socket.create_server(("127.0.0.1", 0))

    def serve() -> None:
        conn, _ = listener.accept()
        with conn:
            conn.recv(1024)
            conn.sendall(b"SSH-2.0-OpenSSH_9.0\r\n\r\n")

    threading.Thread(target=serve, daemon=True).start()
    try:
        with Fetcher(make_settings()) as f:
            r = f.get(f"http://127.0.0.1:{listener.getsockname()[1]}/", kind="feed")
        assert r.error_kind == "protocol"
    finally:
        listener.close()


def test_tls_to_plain_server_is_tls_error(httpserver: HTTPServer, fetcher: Fetcher) -> None:
    httpserver.expect_request("/").respond_with_data("plain")
    r = fetcher.get(httpserver.url_for("/").replace("http://", "https://"), kind="page")
    assert r.error_kind == "tls"


def test_dns_failure() -> None:
    with Fetcher(make_settings()) as f:
        r = f.get("http://does-not-exist.invalid/feed", kind="feed")
    assert r.error_kind == "dns"


# --- SSRF guard --------------------------------------------------------------------------------


def test_private_address_refused_before_any_request(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/secret").respond_with_data("internal")
    with Fetcher(make_settings(allow_private_networks=False)) as f:
        for url in (httpserver.url_for("/secret"), f"http://localhost:{httpserver.port}/secret"):
            r = f.get(url, kind="page")
            assert r.error_kind == "private_address" and "127.0.0.1" in (r.error or "")
    assert httpserver.log == []  # nothing reached the server


def test_allowed_hosts_is_exact_host_and_port(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/ok").respond_with_data("fine")
    exact = f"{httpserver.host}:{httpserver.port}"  # the host as the URL spells it
    with Fetcher(make_settings(allow_private_networks=False, allowed_hosts=(exact,))) as f:
        assert f.get(httpserver.url_for("/ok"), kind="page").ok
    near_misses = (f"{httpserver.host}:{httpserver.port + 1}", httpserver.host)
    with Fetcher(make_settings(allow_private_networks=False, allowed_hosts=near_misses)) as f:
        assert f.get(httpserver.url_for("/ok"), kind="page").error_kind == "private_address"
    assert len(httpserver.log) == 1


def test_redirect_into_private_space_refused(httpserver: HTTPServer, server: LoopbackServer) -> None:
    server.routes["/admin"] = lambda h: send(h, 200, b"internal admin")
    httpserver.expect_request("/go").respond_with_data("", status=302,
                                                       headers={"Location": server.url("/admin")})
    allowed = (f"{httpserver.host}:{httpserver.port}",)  # the public-facing server only
    with Fetcher(make_settings(allow_private_networks=False, allowed_hosts=allowed)) as f:
        r = f.get(httpserver.url_for("/go"), kind="page")
    assert r.error_kind == "private_address"
    assert len(httpserver.log) == 1 and server.log == []


# --- politeness --------------------------------------------------------------------------------


def test_per_host_concurrency_is_capped(server: LoopbackServer) -> None:
    def slow(h: BaseHTTPRequestHandler) -> None:
        server.stop_event.wait(0.15)
        send(h, 200, b"ok")

    server.routes["/slow"] = slow
    with Fetcher(make_settings(per_host_concurrency=2)) as f:
        threads = [threading.Thread(target=f.get, args=(server.url("/slow"),), kwargs={"kind": "page"})
                   for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(20)
    assert len(server.log) == 8
    assert server.max_active == 2  # never more; and the cap was reached, so the test can fail


def test_per_host_delay_spaces_request_starts(server: LoopbackServer) -> None:
    server.routes["/p"] = lambda h: send(h, 200, b"ok")
    with Fetcher(make_settings(per_host_delay=0.2, per_host_concurrency=4)) as f:
        threads = [threading.Thread(target=f.get, args=(server.url("/p"),), kwargs={"kind": "page"})
                   for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(20)
    starts = sorted(entry.at for entry in server.log)
    gaps = [b - a for a, b in zip(starts, starts[1:], strict=False)]
    assert len(starts) == 4 and min(gaps) >= 0.15  # server-side arrival gaps (lower bound only)


def test_many_threads_share_one_fetcher(server: LoopbackServer) -> None:
    def route(i: int) -> Callable[[BaseHTTPRequestHandler], None]:
        return lambda h: send(h, 200, f"body {i}".encode())

    for i in range(20):
        server.routes[f"/n{i}"] = route(i)
    results: dict[int, bytes] = {}
    with Fetcher(make_settings(per_host_concurrency=6)) as f:
        def work(i: int) -> None:
            results[i] = f.get(server.url(f"/n{i}"), kind="page").body

        threads = [threading.Thread(target=work, args=(i,)) for i in range(20)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(20)
    assert results == {i: f"body {i}".encode() for i in range(20)}


# --- Retry-After ---------------------------------------------------------------------------------


def test_429_retry_after_seconds_blocks_host(httpserver: HTTPServer, fetcher: Fetcher) -> None:
    httpserver.expect_request("/limited").respond_with_data("slow down", status=429,
                                                            headers={"Retry-After": "120"})
    httpserver.expect_request("/other").respond_with_data("fine")
    before = datetime.now(UTC)
    r = fetcher.get(httpserver.url_for("/limited"), kind="feed")
    assert r.error_kind == "rate_limited" and r.status == 429
    assert r.retry_after is not None
    assert before + timedelta(seconds=119) <= r.retry_after <= datetime.now(UTC) + timedelta(seconds=121)
    again = fetcher.get(httpserver.url_for("/other"), kind="page")  # same host: not asked again
    assert again.error_kind == "rate_limited" and again.retry_after == r.retry_after
    assert len(httpserver.log) == 1
    assert fetcher.host_blocked_until(httpserver.url_for("/")) == r.retry_after


def test_503_retry_after_http_date(httpserver: HTTPServer, fetcher: Fetcher) -> None:
    when = (datetime.now(UTC) + timedelta(minutes=10)).replace(microsecond=0)
    httpserver.expect_request("/down").respond_with_response(Response(
        "maintenance", status=503, headers={"Retry-After": when.strftime("%a, %d %b %Y %H:%M:%S GMT")}))
    r = fetcher.get(httpserver.url_for("/down"), kind="feed")
    assert r.error_kind == "rate_limited" and r.retry_after == when


def test_503_without_retry_after_is_http_status(httpserver: HTTPServer, fetcher: Fetcher) -> None:
    httpserver.expect_request("/down").respond_with_data("oops", status=503)
    r = fetcher.get(httpserver.url_for("/down"), kind="feed")
    assert r.error_kind == "http_status" and r.retry_after is None
    assert fetcher.get(httpserver.url_for("/down"), kind="feed").status == 503  # not blocked


def test_retry_after_parsing_and_cap() -> None:
    now = datetime(2026, 1, 1, tzinfo=UTC)
    assert parse_retry_after("30", now) == now + timedelta(seconds=30)
    assert parse_retry_after("99999999999", now) == now + MAX_RETRY_AFTER
    assert parse_retry_after("Thu, 01 Jan 2026 00:05:00 GMT", now) == now + timedelta(minutes=5)
    assert parse_retry_after("Wed, 31 Dec 2025 00:00:00 GMT", now) == now  # in the past: now
    assert parse_retry_after("soon", now) is None and parse_retry_after(None, now) is None


def test_elapsed_and_fetched_at_are_filled(httpserver: HTTPServer, fetcher: Fetcher) -> None:
    httpserver.expect_request("/t").respond_with_data("x")
    start = time.monotonic()
    r = fetcher.get(httpserver.url_for("/t"), kind="page")
    assert 0 < r.elapsed <= time.monotonic() - start
    assert r.fetched_at.tzinfo is not None
