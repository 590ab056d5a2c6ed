"""Issue 19 in the HTTP layer, over real loopback servers: deferred pages are not attempts (3), the feed
cap holds for gzipped payloads (11), no secret in what is stored or shown and no embedded loopback
through the SSRF guard (14), chained content codings and robots.txt (15)."""

from __future__ import annotations

import base64
import gzip
import ipaddress
import subprocess
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import duckdb
import pytest

from extractors.core.errors import ConfigError
from extractors.core.settings import Settings
from extractors.feeds.config import parse_feeds
from extractors.http import politeness
from extractors.http.client import Fetcher
from extractors.http.guard import is_public_address
from flows.ingest import ingest
from tests import ROOT
from tests.hostile import (
    HostileServer,
    article_html,
    big_rss,
    coded,
    feeds_toml,
    gzip_payload,
    kill_group,
    respond,
    robots_txt,
    rss,
    throttling_site,
)
from tests.loopback import LoopbackServer
from tests.runs import BAMBOO, bamboo_env, bamboo_here
from tests.warehouse_helpers import query_rows
from warehouse.snapshot import analyst_path

pytestmark = pytest.mark.timeout(400)

HTML = {"Content-Type": "text/html; charset=utf-8"}


def _env(api_url: str, hostports: list[str], **extra: str) -> dict[str, str]:
    return bamboo_env(api_url, *hostports, BAMBOO_CONNECT_TIMEOUT="2", BAMBOO_READ_TIMEOUT="5", **extra)


def _bamboo(args: list[str], env: dict[str, str], timeout: float = 150, here: bool = False
            ) -> tuple[int, str]:
    """Exit code and output of `bamboo ARGS` in its own process group, or in this process when `here`
    (a rerun of a command the test already ran as a process: tests.runs.bamboo_here)."""
    if here:
        done = bamboo_here(args, env)
        return done.returncode, done.stdout + done.stderr
    proc = subprocess.Popen([*BAMBOO, *args], env=env, cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, start_new_session=True)
    try:
        out, _ = proc.communicate(timeout=timeout)
    finally:
        kill_group(proc)
    return proc.returncode, out


def _in_process_env(monkeypatch: pytest.MonkeyPatch, hostports: list[str], **extra: str) -> None:
    for key, value in {"BAMBOO_ALLOWED_HOSTS": ",".join(hostports), "BAMBOO_PER_HOST_DELAY": "0",
                       "BAMBOO_CONNECT_TIMEOUT": "2", "BAMBOO_READ_TIMEOUT": "5", **extra}.items():
        monkeypatch.setenv(key, value)


# --- case 3: a page refused locally is not an attempt --------------------------------------------


def test_case_03_pages_held_back_by_retry_after_are_not_attempts(api_url: str, tmp_path: Path) -> None:
    """Four runs against a host whose newest page always answers 429, then one where it stops.

    In each run no request reaches the host after its 429 (queued ones included); the pages held back
    are not stored, so they are new again, and the last run fetches every one of them, each page
    having been sent exactly once over the five runs.
    """
    db = tmp_path / "wh" / "bamboo.duckdb"
    with HostileServer(lifetime=380) as server:
        site = throttling_site(server, pages=12, start=6)
        feeds = tmp_path / "feeds.toml"
        feeds.write_text(feeds_toml([site.feed_url], "wire"))
        # One request at a time to the host, two fetch threads: the second waits for the slot
        # while the 429 is being answered, the rest reach the gate after it.
        env = _env(api_url, [server.hostport], BAMBOO_PER_HOST_CONCURRENCY="1", BAMBOO_FETCH_THREADS="2")
        for run in range(4):
            before = len(server.hits)
            rc, out = _bamboo(["ingest", "--all", "--feeds", str(feeds), "--db", str(db)], env, here=run > 0)
            assert rc == 0, out[-3000:]
            hits = server.hits[before:]
            hot = [h for h in hits if h.path == site.hot[-1]]
            assert len(site.hot) == run + 1 and len(hot) == 1
            after = [h.path for h in hits if h.started >= hot[0].ended]
            assert after == [], f"run {run + 1}: sent after the 429: {after}"
            assert f"of host {server.hostport} deferred until" in out, out[-3000:]
            # Only what was sent and answered 429 is a failed fetch; nothing held back is stored.
            failed = query_rows(db, "SELECT url, fetch_error, fetch_attempts FROM articles "
                                    "WHERE fetch_status = 'failed'")
            assert {u for u, _, _ in failed} == {server.url(p) for p in site.hot}
            assert all(str(e).startswith("rate_limited") and n == 1 for _, e, n in failed)

        site.throttling = False
        rc, out = _bamboo(["ingest", "--all", "--feeds", str(feeds), "--db", str(db)], env, here=True)
        assert rc == 0, out[-3000:]
        shown = site.page_paths[:site.shown]
        fetched = {r[0] for r in query_rows(db, "SELECT url FROM articles WHERE fetch_status = 'fetched'")}
        assert fetched == {server.url(p) for p in shown if p not in site.hot}
        for path in shown:  # nothing lost, and no page ever sent twice
            assert len(server.requests_for(path)) == 1, path


# --- case 11: the feed cap holds for a gzipped payload without Content-Encoding -------------------


@pytest.mark.usefixtures("prefect_harness")
def test_case_11_gzipped_feed_payload_is_bounded_by_the_feed_cap(
        db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with HostileServer(lifetime=200) as server:
        bulk = big_rss(5000, server.base)  # ~5 MB of feed, ~60 KB gzipped
        server.routes["/bulk.xml.gz"] = gzip_payload(bulk)
        server.routes["/small.xml.gz"] = gzip_payload(rss("Small", [("One", server.url("/news/1.html"))]))
        server.routes["/news/1.html"] = respond(200, article_html(1), HTML)
        _in_process_env(monkeypatch, [server.hostport], BAMBOO_MAX_FEED_BYTES="1000000",
                        BAMBOO_MAX_NEW_PER_FEED="5")
        feeds = tmp_path / "feeds.toml"
        feeds.write_text(feeds_toml([server.url("/bulk.xml.gz"), server.url("/small.xml.gz")], "gz"))
        assert len(gzip.compress(bulk, 9)) < 1_000_000 < len(bulk)

        summary = ingest(feeds_file=str(feeds), db=str(db_path), all_feeds=True)

        polls = dict(query_rows(db_path, "SELECT feed_name, status || ':' || coalesce(error_kind, '') "
                                         "FROM feed_polls"))
        assert polls == {"gz-0": "failed:too_large", "gz-1": "ok:"}
        error = query_rows(db_path, "SELECT last_error FROM feed_state WHERE feed_name = 'gz-0'")[0][0]
        assert "larger than 1000000 bytes" in str(error)
        assert [name for name, _ in summary.failed_feeds] == ["gz-0"]
        assert query_rows(db_path, "SELECT url FROM articles") == [(server.url("/news/1.html"),)]
        assert server.requests_for("/bulk/0.html") == []


# --- case 14: secrets out of everything stored or shown; the guard reads embedded IPv4 -----------

USER, PASSWORD, TOKEN = "reader", "s3cretPw0rd", "tok3nValue42"


def _text_of_every_table(db: Path) -> str:
    con = duckdb.connect(str(db), read_only=True)
    try:
        tables = [r[0] for r in con.execute("SELECT table_name FROM information_schema.tables "
                                            "WHERE table_schema = 'main'").fetchall()]
        return "\n".join(str(con.execute(f'SELECT * FROM "{t}"').fetchall()) for t in tables)
    finally:
        con.close()


def test_case_14_credentials_in_a_feed_url_are_used_but_never_stored_or_shown(
        api_url: str, tmp_path: Path) -> None:
    with LoopbackServer(lifetime=400) as server:
        server.routes["/feed.xml"] = respond(500, b"broken")
        _credentials_case(server, api_url, tmp_path)


def _credentials_case(server: LoopbackServer, api_url: str, tmp_path: Path) -> None:
    port = server.port
    url = f"http://{USER}:{PASSWORD}@localhost:{port}/feed.xml?lang=en&token={TOKEN}&api_key={TOKEN}"
    feeds = tmp_path / "feeds.toml"
    feeds.write_text(f'[[feed]]\nname = "private"\nurl = "{url}"\noutlet = "Private"\n')
    db = tmp_path / "wh" / "bamboo.duckdb"
    env = _env(api_url, [f"localhost:{port}"])

    rc_file, out_file = _bamboo(["ingest", "--all", "--feeds", str(feeds), "--db", str(db)], env)
    rc_cli, out_cli = _bamboo(["ingest", "--feed-url", url, "--db", str(db)], env)
    report = tmp_path / "report.html"
    rc_report, out_report = _bamboo(["report", "--out", str(report), "--db", str(db)], env)

    assert rc_file == 1 and rc_cli == 1 and rc_report == 0, out_file + out_cli + out_report
    # The real URL went out: the credentials as Basic auth, the token in the query.
    sent = server.hits
    assert len(sent) == 2
    expected_auth = "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
    assert all(r.headers.get("authorization") == expected_auth
               and parse_qs(urlsplit(r.path).query).get("token") == [TOKEN] for r in sent)
    # The failure is recorded and shown, with the URL redacted.
    last = query_rows(db, "SELECT last_error FROM feed_state WHERE feed_name = 'private'")[0][0]
    assert f"***@localhost:{port}/feed.xml?lang=en&token=***&api_key=***" in str(last)
    assert "feed failed: private:" in out_file
    shown = {"ingest output": out_file + out_cli, "report": report.read_text(encoding="utf-8"),
             "warehouse": _text_of_every_table(db), "analyst copy": _text_of_every_table(analyst_path(db))}
    for where, text in shown.items():
        for secret in (PASSWORD, TOKEN):
            assert secret not in text, f"{secret!r} in the {where}"


# IPv6 forms that embed a loopback or private IPv4 address: (address, id=the form).
EMBEDDED_NON_PUBLIC = [
    pytest.param("2002:7f00:1::", id="6to4"),
    # The client 127.0.0.1, obfuscated as 80ff:fffe.
    pytest.param("2001:0:4136:e378:8000:63bf:80ff:fffe", id="Teredo"),
    pytest.param("64:ff9b::7f00:1", id="NAT64"),
    pytest.param("64:ff9b:1::a00:1", id="NAT64 local use"),
    pytest.param("::ffff:127.0.0.1", id="IPv4-mapped"),
    pytest.param("2002:a00:1::", id="6to4 of 10.0.0.1"),
]


@pytest.mark.parametrize("address", EMBEDDED_NON_PUBLIC)
def test_case_14_guard_refuses_ipv6_forms_of_non_public_ipv4(address: str) -> None:
    assert not is_public_address(ipaddress.ip_address(address))
    # Checked before any request: nothing may be sent to the address if the guard lets it by.
    with HostileServer(lifetime=60) as server:
        server.routes["/"] = respond(200, b"should never be asked")
        settings = Settings.from_env(env={}, per_host_delay=0.0, connect_timeout=2.0, read_timeout=2.0)
        with Fetcher(settings) as f:
            r = f.get(f"http://[{address}]:{server.port}/", kind="page")
        assert r.error_kind == "private_address", (r.error_kind, r.error)
        assert server.connections == 0


# Hard negatives: the same forms of a public IPv4 address, and public addresses, are public.
@pytest.mark.parametrize("address", ["2002:808:808::", "64:ff9b::808:808", "2606:4700::1111", "8.8.8.8"])
def test_case_14_guard_lets_public_addresses_by(address: str) -> None:
    assert is_public_address(ipaddress.ip_address(address))


# --- case 15: chained content codings; robots.txt -------------------------------------------------


@pytest.fixture
def coding_server() -> Iterator[HostileServer]:
    page = article_html(7)
    with HostileServer(lifetime=60) as server:
        server.routes["/gzip-gzip"] = coded(page, "gzip, gzip")
        server.routes["/deflate-gzip"] = coded(page, "deflate, gzip")
        server.routes["/identity-gzip"] = coded(page, "identity, gzip", ["gzip"])
        server.routes["/br"] = coded(page, "br", [])
        server.routes["/gzip-compress"] = coded(page, "gzip, compress", ["gzip"])
        server.routes["/double-bomb"] = coded(bytes(30 * 1024 * 1024), "gzip, gzip")
        yield server


def test_case_15_chained_content_codings_are_decoded_in_order_each_bounded(
        coding_server: HostileServer) -> None:
    page = article_html(7)
    settings = Settings.from_env(env={}, allow_private_networks=True, per_host_delay=0.0,
                                 connect_timeout=2.0, read_timeout=5.0, max_page_bytes=1_000_000)
    with Fetcher(settings) as f:
        for path in ("/gzip-gzip", "/deflate-gzip", "/identity-gzip"):
            r = f.get(coding_server.url(path), kind="page")
            assert r.ok and r.body == page, (path, r.error_kind, r.body[:20])
        for path, coding in (("/br", "'br'"), ("/gzip-compress", "'compress'")):
            r = f.get(coding_server.url(path), kind="page")
            assert r.error_kind == "protocol" and r.body == b"", (path, r.error_kind)
            assert f"unknown Content-Encoding {coding}" in str(r.error)
        r = f.get(coding_server.url("/double-bomb"), kind="page")  # 30 MB of zeros, ~30 KB on the wire
        assert r.error_kind == "too_large" and r.body == b""


ROBOTS = ("User-agent: *\nDisallow: /cgi/\n\n"
          "User-agent: BambooWire\nDisallow: /private/\nCrawl-delay: 0.2\n")


@pytest.mark.usefixtures("prefect_harness")
def test_case_15_robots_txt_disallow_is_honoured_unless_the_feed_says_ignore(
        db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with HostileServer(lifetime=200) as obeyed, HostileServer(lifetime=200) as owned, \
            HostileServer(lifetime=200) as broken:
        for server, robots in ((obeyed, robots_txt(ROBOTS)), (owned, robots_txt(ROBOTS)),
                               (broken, robots_txt("down", 503))):
            server.routes["/robots.txt"] = robots
            items = []
            for i, path in enumerate(("/news/open.html", "/private/closed.html", "/private/other.html")):
                server.routes[path] = respond(200, article_html(600 + i), HTML)
                items.append((f"Story {i}", server.url(path)))
            server.routes["/feed.xml"] = respond(200, rss("Wire", items),
                                                 {"Content-Type": "application/rss+xml"})
        _in_process_env(monkeypatch, [s.hostport for s in (obeyed, owned, broken)])
        feeds = tmp_path / "feeds.toml"
        feeds.write_text(feeds_toml([obeyed.url("/feed.xml")], "obeyed")
                         + feeds_toml([broken.url("/feed.xml")], "broken")
                         + f'[[feed]]\nname = "owned"\nurl = "{owned.url("/feed.xml")}"\noutlet = "Ours"\n'
                         'robots = "ignore"\n')

        ingest(feeds_file=str(feeds), db=str(db_path), all_feeds=True)

        rows = dict(query_rows(db_path, "SELECT url, fetch_status || ':' || coalesce(fetch_error, '') "
                                        "FROM articles"))
        assert rows[obeyed.url("/news/open.html")] == "fetched:"
        for path in ("/private/closed.html", "/private/other.html"):
            assert rows[obeyed.url(path)].startswith("failed:robots_disallowed: "), rows[obeyed.url(path)]
            assert obeyed.requests_for(path) == []  # never sent
            assert rows[owned.url(path)] == "fetched:" and rows[broken.url(path)] == "fetched:"
        assert len(obeyed.requests_for("/robots.txt")) == 1  # once per host per run
        assert len(broken.requests_for("/robots.txt")) == 1  # a 5xx robots.txt allows (documented)
        assert owned.requests_for("/robots.txt") == []  # robots = "ignore": not even asked


def test_case_15_robots_crawl_delay_raises_the_host_delay_within_a_bound() -> None:
    with HostileServer(lifetime=60) as slow, HostileServer(lifetime=60) as greedy:
        slow.routes["/robots.txt"] = robots_txt("User-agent: BambooWire\nCrawl-delay: 3\n")
        greedy.routes["/robots.txt"] = robots_txt("User-agent: *\nCrawl-delay: 86400\n")
        settings = Settings.from_env(env={}, allow_private_networks=True, per_host_delay=0.5)
        with Fetcher(settings) as f:
            assert f.robots_agent == "BambooWire"
            assert f.robots_allow(slow.url("/a.html")) and f.robots_allow(greedy.url("/a.html"))
            assert f._gate(f"127.0.0.1:{slow.port}").delay == 3.0
            assert f._gate(f"127.0.0.1:{greedy.port}").delay == politeness.MAX_CRAWL_DELAY


def test_case_15_robots_override_is_checked_in_the_feeds_file() -> None:
    base = '[[feed]]\nname = "a"\nurl = "https://example.org/feed"\noutlet = "A"\n'
    assert parse_feeds(base)[0].robots == "obey"
    assert parse_feeds(base + 'robots = "ignore"\n')[0].robots == "ignore"
    with pytest.raises(ConfigError, match=r"feeds.toml:5: feed 'a' robots must be one of"):
        parse_feeds(base + 'robots = "sometimes"\n')


def test_case_14_redaction_masks_only_secrets_and_is_idempotent() -> None:
    from extractors.core.redact import redact_text, redact_url

    url = "https://ann:pw@news.example/rss?lang=vi&Access-Token=a1&sig=b2&page=2#top"
    once = redact_url(url)
    assert once == "https://***@news.example/rss?lang=vi&Access-Token=***&sig=***&page=2#top"
    assert redact_url(once) == once
    assert redact_url("https://news.example/rss?keyword=trade") == "https://news.example/rss?keyword=trade"
    text = f"{url}: HTTP 500 (see http://x.example/a?password=c3)."
    assert redact_text(text) == f"{once}: HTTP 500 (see http://x.example/a?password=***)."
