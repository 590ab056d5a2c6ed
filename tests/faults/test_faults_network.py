"""The ingest flow against a hostile loopback world: every fault recorded once, nothing else lost,
no request to a refused address, every request ended within its deadline."""

from __future__ import annotations

import time
from collections.abc import Iterator
from email.utils import formatdate
from pathlib import Path

import pytest

from flows.demo import ReplayServer
from flows.ingest import ingest
from tests.hostile import VI_TITLE, Fault, HostileServer, World, install_hostile_world, respond, rss
from tests.warehouse_helpers import query_rows

pytestmark = [pytest.mark.usefixtures("prefect_harness"), pytest.mark.timeout(240)]

READ_TIMEOUT = 2.0
DEADLINE = 2 * READ_TIMEOUT  # Fetcher.deadline_seconds: the most one hop may take, however bytes trickle
MARGIN = 3.0  # generous: thread start-up and a loaded 2-core machine
GOOD_ARTICLES = 7  # the fixture site's stories


@pytest.fixture
def world() -> Iterator[tuple[HostileServer, HostileServer, list[HostileServer], World]]:
    """The hostile server, a decoy loopback server that is NOT allow-listed, and three throttled hosts."""
    with HostileServer(lifetime=200) as hostile, HostileServer(lifetime=200) as decoy, \
            HostileServer(lifetime=200) as t1, HostileServer(lifetime=200) as t2, \
            HostileServer(lifetime=200) as t3:
        w = install_hostile_world(hostile, decoy)
        # Throttling blocks a whole host, so each throttled answer gets a host of its own.
        t1.routes["/f/429"] = respond(429, b"slow down")
        t2.routes["/f/503-retry-after"] = respond(503, b"busy", {"Retry-After": "120"})
        later = formatdate(time.time() + 3600, usegmt=True)
        t3.routes["/p/429"] = respond(429, b"slow down", {"Retry-After": later})
        t3.routes["/f/pages"] = respond(200, rss("Throttled pages", [("429 page", t3.url("/p/429"))]),
                                        {"Content-Type": "application/rss+xml"})
        yield hostile, decoy, [t1, t2, t3], w


def _feeds_file(path: Path, site: ReplayServer, hostile: HostileServer, throttled: list[HostileServer],
                world: World) -> Path:
    """The fixture site's two feeds, one feed per hostile feed fault, the hostile pages, the throttled."""
    text = site.render("feeds.toml").decode()
    urls = [(f"hostile-{i}", hostile.url(f.path)) for i, f in enumerate(world.feeds())]
    urls += [("hostile-pages", hostile.url("/f/hostile-pages")),
             ("throttled-429", throttled[0].url("/f/429")),
             ("throttled-503", throttled[1].url("/f/503-retry-after")),
             ("throttled-pages", throttled[2].url("/f/pages"))]
    for name, url in urls:
        text += f'\n[[feed]]\nname = "{name}"\nurl = "{url}"\noutlet = "Hostile"\n'
    path.write_text(text)
    return path


def test_hostile_world_never_stops_the_run(site: ReplayServer, world: tuple, db_path: Path,
                                           tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    hostile, decoy, throttled, w = world
    allowed = [site.hostport, hostile.hostport, *(t.hostport for t in throttled)]  # not the decoy
    for key, value in {"BAMBOO_ALLOWED_HOSTS": ",".join(allowed), "BAMBOO_PER_HOST_DELAY": "0",
                       "BAMBOO_PER_HOST_CONCURRENCY": "64", "BAMBOO_CONNECT_TIMEOUT": "1",
                       "BAMBOO_READ_TIMEOUT": str(READ_TIMEOUT)}.items():
        monkeypatch.setenv(key, value)
    feeds = _feeds_file(tmp_path / "feeds.toml", site, hostile, throttled, w)

    started = time.monotonic()
    summary = ingest(feeds_file=str(feeds), db=str(db_path), all_feeds=True)
    wall = time.monotonic() - started

    n_feeds = 2 + len(w.feeds()) + 4
    assert summary.feeds_polled == n_feeds
    _good_articles_all_loaded(db_path, site)
    _each_feed_fault_is_one_row_with_a_reason(db_path, w)
    _each_page_fault_is_one_row_with_a_reason(db_path, w, hostile)
    _throttled_hosts_recorded(db_path, throttled)
    # A wrong charset label does not garble the text: the page's and the feed's titles read right.
    assert query_rows(db_path, "SELECT title FROM latest_extractions JOIN articles USING (article_id) "
                          f"WHERE url = '{hostile.url('/p/charset')}'") == [(VI_TITLE,)]
    assert query_rows(db_path, "SELECT title FROM article_sources WHERE feed_name = "
                          f"'hostile-{_index(w, '/f/charset')}'") == [(VI_TITLE,)]
    # No request to a refused address: the decoy's own log holds no TCP connection at all, and the
    # link-local / private targets were refused by the guard (nothing listens there to ask).
    assert decoy.connections == 0 and decoy.hits == []
    refused = query_rows(db_path, "SELECT url, fetch_error FROM articles WHERE url LIKE '%169.254.169.254%' "
                             "OR url LIKE 'http://10.0.0.1%' OR url LIKE '%/admin'")
    assert len(refused) == 3 and all(str(e).startswith("private_address") for _, e in refused)
    # Every exchange on the hostile hosts ended, each within the per-request deadline (+ margin).
    for server in (hostile, *throttled):
        for hit in server.hits:
            assert hit.duration is not None and hit.duration <= DEADLINE + MARGIN, (hit.path, hit.duration)
    # One request per path: no retry storm (a failed batch would be retried and re-request its pages).
    for fault in w.faults:
        assert len(hostile.requests_for(fault.path)) == 1, fault.path
    assert wall < 120  # bounded: the slowest fault costs one deadline, not one per byte


def _index(w: World, path: str) -> int:
    return [f.path for f in w.feeds()].index(path)


def _good_articles_all_loaded(db: Path, site: ReplayServer) -> None:
    """The fixture site's stories are all fetched and extracted, as in a run without faults."""
    rows = query_rows(db, "SELECT a.url, a.fetch_status, e.error, length(e.body) FROM articles a "
                     f"JOIN latest_extractions e USING (article_id) WHERE a.url LIKE '{site.base}/%'")
    assert len(rows) == GOOD_ARTICLES
    assert all(status == "fetched" and err is None and n > 200 for _, status, err, n in rows), query_rows
    polls = query_rows(db, "SELECT feed_name, status FROM feed_polls WHERE feed_name IN "
                      "('hanoi-compass', 'huanqiu-brief')")
    assert sorted(polls) == [("hanoi-compass", "ok"), ("huanqiu-brief", "ok")]


def _each_feed_fault_is_one_row_with_a_reason(db: Path, w: World) -> None:
    polls: dict[str, list[tuple[object, ...]]] = {}
    for name, status, kind, error, bozo in query_rows(
            db, "SELECT feed_name, status, error_kind, error, bozo FROM feed_polls"):
        # A broken document with no items is "empty"; its reason is the parser's complaint (bozo).
        polls.setdefault(str(name), []).append((status, kind, error if status != "empty" else bozo))
    for i, fault in enumerate(w.feeds()):
        rows = polls.get(f"hostile-{i}", [])
        assert len(rows) == 1, (fault.name, rows)
        status, kind, error = rows[0]
        if "ok" in fault.expect and status == "ok":
            continue
        assert status in ("failed", "not_a_feed", "empty"), (fault.name, status)
        assert (kind or status) in fault.expect, (fault.name, kind, status, error)
        assert error, fault.name


def _each_page_fault_is_one_row_with_a_reason(db: Path, w: World, hostile: HostileServer) -> None:
    rows = {str(r[0]): r[1:] for r in query_rows(db, """
        SELECT a.url, a.fetch_status, a.fetch_error, e.error, d.article_id IS NOT NULL
        FROM articles a LEFT JOIN latest_extractions e USING (article_id)
        LEFT JOIN detections d USING (article_id)""")}
    for fault in w.pages():
        got = rows.get(hostile.url(fault.path))
        assert got is not None, fault.name
        status, fetch_error, extract_error, detected = got
        assert detected, fault.name  # every article row has its detection row
        if status == "failed":
            kind = str(fetch_error).split(":", 1)[0]
            assert kind in fault.expect and ":" in str(fetch_error), (fault.name, fetch_error)
        elif extract_error is not None:
            assert "extraction" in fault.expect, (fault.name, extract_error)
        else:
            assert "ok" in fault.expect, (fault.name, status)


def _throttled_hosts_recorded(db: Path, throttled: list[HostileServer]) -> None:
    polls = dict(query_rows(db, "SELECT feed_name, error_kind FROM feed_polls "
                                "WHERE feed_name LIKE 'throttled-%'"))
    assert polls == {"throttled-429": "rate_limited", "throttled-503": "rate_limited",
                     "throttled-pages": None}
    page = query_rows(db, f"SELECT fetch_error FROM articles WHERE url = '{throttled[2].url('/p/429')}'")
    assert page and str(page[0][0]).startswith("rate_limited")


def test_feed_faults_are_all_in_the_catalogue() -> None:
    """Every fault the docs list has a path on the hostile server and an expectation."""
    with HostileServer(lifetime=5) as s, HostileServer(lifetime=5) as d:
        w = install_hostile_world(s, d)
    assert all(isinstance(f, Fault) and f.path in s.routes and f.expect for f in w.faults)
    assert len({f.path for f in w.faults}) == len(w.faults)
