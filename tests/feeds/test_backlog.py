"""Issue 19's backlog cases through `bamboo ingest` over loopback servers, several runs over one
warehouse with the feeds changing between polls: caps, reused GUIDs, concurrent runs, feeds that are
not feeds and `--feed-url` names. The first run of a test and the concurrent runs are real processes;
the later runs are the same command in the test's process (tests.runs.bamboo_here)."""

from __future__ import annotations

import re
import subprocess
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from extractors.core.models import FeedEntry
from extractors.feeds.backlog import Pending, guid_collisions, take_capped, without_guids
from tests import ROOT
from tests.hostile import article_html, kill_group
from tests.loopback import Conn, LoopbackServer, Route, respond, send
from tests.runs import BAMBOO, bamboo, bamboo_env, new_articles
from tests.warehouse_helpers import query_rows

pytestmark = pytest.mark.timeout(300)

BASE = datetime(2023, 9, 1, tzinfo=UTC)


@dataclass
class Site:
    """A loopback news site: article pages /news/<n>.html and feeds whose items the test changes."""

    server: LoopbackServer
    feeds: dict[str, list[int]] = field(default_factory=dict)  # feed path -> article numbers listed

    def page(self, n: int) -> str:
        return self.server.url(f"/news/{n}.html")

    def add_pages(self, numbers: Sequence[int]) -> None:
        for n in numbers:
            page = respond(200, article_html(n), {"Content-Type": "text/html; charset=utf-8"})
            self.server.routes[f"/news/{n}.html"] = page

    def add_feed(self, path: str, items: list[int], guid: Callable[[int], str] | None = None) -> str:
        """An RSS feed at `path` listing `items` in the order given, with an ETag honoured by 304s."""
        self.feeds[path] = items

        def route(c: Conn) -> str:
            body = feed_xml(self, self.feeds[path], guid)
            etag = f'"{hash(body) & 0xFFFFFFFF:08x}"'
            if c.headers.get("if-none-match") == etag:
                return send(c, 304, b"", {"ETag": etag})
            return send(c, 200, body, {"Content-Type": "application/rss+xml", "ETag": etag})
        self.server.routes[path] = route
        return self.server.url(path)

    def page_requests(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for hit in self.server.hits:
            if hit.path.startswith("/news/"):
                counts[hit.path] = counts.get(hit.path, 0) + 1
        return counts


def feed_xml(site: Site, items: Sequence[int], guid: Callable[[int], str] | None = None) -> bytes:
    """RSS 2.0 with article n dated n hours after BASE (so a higher n is newer), in the order given."""
    out = ['<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Site</title>'
           "<link>http://example.invalid/</link><description>test</description>"]
    for n in items:
        link = escape(site.page(n))
        g = escape(guid(n) if guid else link)
        out.append(f"<item><title>Story {n}</title><link>{link}</link><guid isPermaLink=\"false\">{g}</guid>"
                   f"<pubDate>{format_datetime(BASE + timedelta(hours=n))}</pubDate>"
                   f"<description>Story number {n}</description></item>")
    out.append("</channel></rss>")
    return "".join(out).encode()


@pytest.fixture
def site() -> Iterator[Site]:
    with LoopbackServer() as server:
        yield Site(server)


def _env(api_url: str, server: LoopbackServer, **extra: str) -> dict[str, str]:
    return bamboo_env(api_url, server.hostport, BAMBOO_PER_HOST_CONCURRENCY="4", BAMBOO_CONNECT_TIMEOUT="2",
                      BAMBOO_READ_TIMEOUT="5", BAMBOO_BATCH_SIZE="8", **extra)


def _bamboo(args: list[str], env: dict[str, str], ok: bool = True, process: bool = False
            ) -> subprocess.CompletedProcess[str]:
    """`bamboo ARGS`: in a process of its own when `process` (one such run per test about a run's
    output), else the same command in this process."""
    return bamboo(args, env, process=process, ok=ok, timeout=180)


def _feeds_file(tmp_path: Path, feeds: dict[str, str]) -> Path:
    path = tmp_path / "feeds.toml"
    path.write_text("".join(f'[[feed]]\nname = "{n}"\nurl = "{u}"\noutlet = "Outlet {n}"\n\n'
                            for n, u in feeds.items()))
    return path


def _stored(db: Path) -> set[str]:
    return {str(r[0]) for r in query_rows(db, "SELECT url FROM articles WHERE fetch_status = 'fetched'")}


def test_case_01_cap_counts_only_new_items_and_the_backlog_is_fetched_later(
        site: Site, api_url: str, tmp_path: Path) -> None:
    # A newest-first feed of 30 items and an oldest-first feed of 15, cap 10, both with ETags.
    site.add_pages(range(100))
    newest = site.add_feed("/newest.xml", list(range(29, -1, -1)))
    oldest = site.add_feed("/oldest.xml", list(range(50, 65)))
    feeds = _feeds_file(tmp_path, {"newest": newest, "oldest": oldest})
    db = tmp_path / "wh" / "bamboo.duckdb"
    env = _env(api_url, site.server, BAMBOO_MAX_NEW_PER_FEED="10")
    run = ["ingest", "--all", "--feeds", str(feeds), "--db", str(db)]

    loaded = [new_articles(_bamboo(run, env, process=True).stdout)]  # 10 newest of each feed
    loaded.append(new_articles(_bamboo(run, env).stdout))  # both feeds unchanged: 304, backlog only
    site.feeds["/newest.xml"].insert(0, 30)  # one new item on top of the newest-first feed
    site.feeds["/oldest.xml"].append(65)  # one at the end of the oldest-first feed
    loaded.append(new_articles(_bamboo(run, env).stdout))
    loaded.append(new_articles(_bamboo(run, env).stdout))  # unchanged again: the last of the backlog

    assert loaded == [20, 15, 11, 1]  # run 3: the new item and 9 of the backlog; item 65 of oldest
    assert _stored(db) == {site.page(n) for n in [*range(31), *range(50, 66)]}
    assert set(site.page_requests().values()) == {1}  # each page fetched once, none twice
    # The second run's polls were 304s: the backlog came from the warehouse, not from the feeds.
    statuses = query_rows(db, "SELECT p.status FROM feed_polls p JOIN runs r USING (run_id) "
                              "ORDER BY r.started_at, p.feed_name")
    assert [s for (s,) in statuses] == ["ok", "ok", "not_modified", "not_modified", "ok", "ok",
                                        "not_modified", "not_modified"]
    # Newest first by date: the first run took 20..29 and 55..64, not the feed's first ten items.
    first = query_rows(db, "SELECT a.url FROM articles a JOIN runs r ON a.first_seen_at <= r.finished_at "
                           "WHERE r.started_at = (SELECT min(started_at) FROM runs)")
    assert {str(u) for (u,) in first} == {site.page(n) for n in [*range(20, 30), *range(55, 65)]}
    assert query_rows(db, "SELECT count(*) FROM feed_pending") == [(0,)]


def test_case_02_feed_reusing_one_guid_keeps_loading_new_items(
        site: Site, api_url: str, tmp_path: Path) -> None:
    site.add_pages(range(100))
    # A broken CMS: one GUID for every item. `growing` shows 5, then 10, then 15 items, newest first;
    # `latest` shows only its newest item, so only the warehouse can tell that its GUID was reused.
    growing = site.add_feed("/growing.xml", list(range(4, -1, -1)), guid=lambda n: "urn:cms:item")
    latest = site.add_feed("/latest.xml", [50], guid=lambda n: "urn:cms:latest")
    feeds = _feeds_file(tmp_path, {"growing": growing, "latest": latest})
    db = tmp_path / "wh" / "bamboo.duckdb"
    env = _env(api_url, site.server)
    run = ["ingest", "--all", "--feeds", str(feeds), "--db", str(db)]

    first = _bamboo(run, env)
    site.feeds["/growing.xml"][:0] = list(range(9, 4, -1))
    site.feeds["/latest.xml"][:] = [51]
    second = _bamboo(run, env)
    site.feeds["/growing.xml"][:0] = list(range(14, 9, -1))
    site.feeds["/latest.xml"][:] = [52]
    third = _bamboo(run, env)

    assert [new_articles(p.stdout) for p in (first, second, third)] == [6, 6, 6]
    assert _stored(db) == {site.page(n) for n in [*range(15), 50, 51, 52]}
    # Logged once per feed, in the run that found it; the fact is kept in the warehouse.
    logs = [p.stderr for p in (first, second, third)]
    assert [log.count("Feed growing gives one GUID") for log in logs] == [1, 0, 0]
    assert [log.count("Feed latest gives one GUID") for log in logs] == [0, 1, 0]
    issues = query_rows(db, "SELECT feed_name, guid FROM feed_guid_issues ORDER BY feed_name")
    assert issues == [("growing", "urn:cms:item"), ("latest", "urn:cms:latest")]
    assert set(site.page_requests().values()) == {1}


def test_case_13_concurrent_ingests_share_the_work_and_report_what_each_loaded(
        site: Site, api_url: str, tmp_path: Path) -> None:
    pages = list(range(12))
    site.add_pages(pages)
    feed = site.add_feed("/feed.xml", pages[::-1])
    polls = threading.Semaphore(0)
    feed_route = site.server.routes["/feed.xml"]

    def counted_feed(c: Conn) -> str:
        try:
            return feed_route(c)
        finally:
            polls.release()
    site.server.routes["/feed.xml"] = counted_feed
    # Pages are served only once both runs have polled the feed, so both runs are mid-flight at once.
    both_polled = threading.Event()
    threading.Thread(target=lambda: (polls.acquire(timeout=120), polls.acquire(timeout=120),
                                     both_polled.set()), daemon=True).start()
    def held(body: bytes) -> Route:
        def route(c: Conn) -> str:
            both_polled.wait(60)
            return send(c, 200, body, {"Content-Type": "text/html"})
        return route
    for n in pages:
        site.server.routes[f"/news/{n}.html"] = held(article_html(n))
    feeds = _feeds_file(tmp_path, {"wire": feed})
    db = tmp_path / "wh" / "bamboo.duckdb"
    # A run's page requests wait until the other run has polled too, which on a loaded machine can take
    # longer than the usual 5 s read timeout (the second process still starting): the first requests
    # would fail as timeouts, a correct outcome but not the one this test is about.
    env = {**_env(api_url, site.server), "BAMBOO_READ_TIMEOUT": "60"}
    procs = [subprocess.Popen([*BAMBOO, "ingest", "--all", "--feeds", str(feeds), "--db", str(db)], env=env,
                              cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              start_new_session=True) for _ in range(2)]
    outs = []
    for proc in procs:
        try:
            out, err = proc.communicate(timeout=180)
        finally:
            kill_group(proc)
        assert proc.returncode == 0, err[-3000:]
        outs.append(out)

    assert both_polled.is_set()
    assert set(site.page_requests().values()) == {1} and len(site.page_requests()) == len(pages)
    reported = [new_articles(out) for out in outs]
    assert sum(reported) == len(pages)  # each run reports what it loaded itself
    recorded = query_rows(db, "SELECT new_articles FROM runs WHERE status = 'completed' ORDER BY ALL")
    assert sorted(int(r[0]) for r in recorded) == sorted(reported)  # type: ignore[call-overload]
    assert _stored(db) == {site.page(n) for n in pages}
    assert query_rows(db, "SELECT count(*) FROM article_claims") == [(0,)]


def test_case_15_not_a_feed_counts_as_failed_and_cli_feeds_keep_their_own_rows(
        site: Site, api_url: str, tmp_path: Path) -> None:
    site.add_pages(range(10))
    html = b"<!DOCTYPE html><html><head><title>Home</title></head><body><p>Welcome</p></body></html>"
    site.server.routes["/home.html"] = respond(200, html, {"Content-Type": "text/html"})
    good_a = site.add_feed("/a.xml", [0, 1, 2])
    good_b = site.add_feed("/b.xml", [5, 6])
    db = tmp_path / "wh" / "bamboo.duckdb"
    env = _env(api_url, site.server)

    # A page that is not a feed is a failed feed: alone, the run exits 1; beside a good feed, it is named.
    lone = _feeds_file(tmp_path, {"homepage": site.server.url("/home.html")})
    proc = _bamboo(["ingest", "--all", "--feeds", str(lone), "--db", str(db)], env, ok=False, process=True)
    assert proc.returncode == 1, proc.stdout + proc.stderr[-2000:]
    assert "Feeds polled: 1 (0 ok, 1 failed)" in proc.stdout
    assert re.search(r"^  feed failed: homepage: not a feed: .*/home\.html", proc.stdout, re.MULTILINE)
    # ... and the run logs it as it happens, naming the feed and the reason.
    assert re.search(r"Feed homepage failed \(not_a_feed\): \S*/home\.html: not a feed \(text/html",
                     proc.stdout + proc.stderr), proc.stdout + proc.stderr[-2000:]
    from extractors.feeds.config import cli_feed_name  # (here: the part above predates this function)

    # A configured feed whose name happens to be a --feed-url name keeps its row.
    mixed = _feeds_file(tmp_path, {"homepage": site.server.url("/home.html"), cli_feed_name(good_a): good_a})
    out = _bamboo(["ingest", "--all", "--feeds", str(mixed), "--db", str(db)], env).stdout
    assert "Feeds polled: 2 (1 ok, 1 failed)" in out
    counts = query_rows(db, "SELECT feeds_polled, feeds_failed FROM runs ORDER BY started_at")
    assert counts == [(1, 1), (2, 1)]

    # Two --feed-url feeds on one host, then each alone: each keeps its own stable name and row.
    _bamboo(["ingest", "--feed-url", good_a, "--feed-url", good_b, "--db", str(db)], env)
    site.feeds["/b.xml"].append(7)
    assert new_articles(_bamboo(["ingest", "--feed-url", good_b, "--db", str(db)], env).stdout) == 1
    site.feeds["/a.xml"].append(3)
    assert new_articles(_bamboo(["ingest", "--feed-url", good_a, "--db", str(db)], env).stdout) == 1

    rows = query_rows(db, f"SELECT name, url, outlet FROM feeds WHERE url IN ('{good_a}', '{good_b}') "
                          "ORDER BY url")
    assert rows == [(cli_feed_name(good_a), good_a, f"Outlet {cli_feed_name(good_a)}"),
                    (cli_feed_name(good_b), good_b, "127.0.0.1")]
    polls = query_rows(db, f"SELECT feed_name, url, count(*) FROM feed_polls WHERE url <> "
                           f"'{site.server.url('/home.html')}' GROUP BY ALL ORDER BY ALL")
    # Sorted: the names end in a hash of the URL, whose port changes every run.
    assert polls == sorted([(cli_feed_name(good_a), good_a, 3), (cli_feed_name(good_b), good_b, 2)])
    assert cli_feed_name(good_a) != cli_feed_name(good_b)
    assert _stored(db) == {site.page(n) for n in [0, 1, 2, 3, 5, 6, 7]}


def _entry(feed: str, n: int | None, url: str, guid: str | None = None) -> FeedEntry:
    return FeedEntry(feed_name=feed, url=url, link=url, guid=guid,
                     published_at=None if n is None else BASE + timedelta(hours=n))


def test_cap_takes_newest_first_then_undated_in_feed_order_per_feed() -> None:
    entries = [_entry("a", 1, "u1"), _entry("a", None, "u2"), _entry("a", 5, "u3"), _entry("a", None, "u4"),
               _entry("a", 5, "u5"), _entry("b", 0, "v1")]
    pending = [Pending(e, i) for i, e in enumerate(entries)]
    taken = take_capped(pending, 4, skip={"u3"})
    assert [p.entry.url for p in taken] == ["u5", "u1", "u2", "u4", "v1"]
    assert take_capped(pending, 0, set()) == []


def test_guid_collisions_name_the_feed_and_links_and_leave_unique_guids_alone() -> None:
    entries = [_entry("a", 1, "u1", "g"), _entry("a", 2, "u2", "g"), _entry("b", 1, "v1", "g"),
               _entry("b", 2, "v2", "h"), _entry("c", 1, "w1", None), _entry("c", 2, "w2", None)]
    found = guid_collisions(entries)
    assert list(found) == ["a"] and found["a"].links == ("u1", "u2") and found["a"].guid == "g"
    stripped = without_guids(entries, {"a"})
    assert [e.guid for e in stripped] == [None, None, "g", "h", None, None]


def test_a_feed_that_crashes_feedparser_is_a_named_parse_error_in_the_log_and_the_warehouse(
        site: Site, api_url: str, tmp_path: Path) -> None:
    # A real crash of feedparser 6.0.14 (a character reference to a lone surrogate), beside a good feed.
    crash = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire &#xD800;</title><item>'
             b'<title>a</title><link>http://a.test/1</link></item></channel></rss>')
    site.server.routes["/crash.xml"] = lambda h: send(h, 200, crash, {"Content-Type": "application/rss+xml"})
    site.add_pages(range(2))
    good = site.add_feed("/good.xml", [0, 1])
    db = tmp_path / "wh" / "bamboo.duckdb"
    feeds = _feeds_file(tmp_path, {"crashy": site.server.url("/crash.xml"), "good": good})
    env = _env(api_url, site.server)
    for run in (1, 2):  # the second run polls it again: still named, one more failure in its state
        proc = _bamboo(["ingest", "--all", "--feeds", str(feeds), "--db", str(db)], env, process=run == 1)
        out = proc.stdout + proc.stderr
        assert "Feeds polled: 2 (1 ok, 1 failed)" in proc.stdout, out[-3000:]
        assert re.search(r"^  feed failed: crashy: \S*/crash\.xml: the feed parser crashed: "
                         r"UnicodeEncodeError", proc.stdout, re.MULTILINE), out[-3000:]
        assert re.search(r"Feed crashy failed \(parse_error\): \S*/crash\.xml: the feed parser crashed: "
                         r"UnicodeEncodeError", out), out[-3000:]
        assert "not a feed" not in out
        rows = query_rows(db, "SELECT status, error_kind, error FROM feed_polls WHERE feed_name = 'crashy'")
        assert len(rows) == run and all(r[:2] == ("parse_error", "parse_error") for r in rows)
        assert all("the feed parser crashed: UnicodeEncodeError: 'utf-8' codec" in str(r[2]) for r in rows)
        assert query_rows(db, "SELECT consecutive_failures FROM feed_state WHERE feed_name = 'crashy'"
                          ) == [(run,)]
