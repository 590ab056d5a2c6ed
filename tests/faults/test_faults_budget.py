"""Issue 19, cases 9 and 10: pages and feeds that are expensive to parse, through real `bamboo ingest` runs.

Each run is a real `bamboo ingest` process over a loopback site, with small budgets set through the
environment so the suite stays fast; the subprocesses share the session's Prefect API.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests import ROOT
from tests.hostile import (
    HostileServer,
    feeds_toml,
    many_attributes_feed,
    many_attributes_html,
    news_site,
    respond,
    rss,
    run_measured,
    short_paragraphs_html,
)
from tests.runs import BAMBOO, DEFAULT_BUDGET, bamboo_env
from tests.warehouse_helpers import query_rows

pytestmark = pytest.mark.timeout(400)

MIB = 1024 * 1024
RUN_TIMEOUT = 150  # a hang guard: each run here takes seconds; before the budget, minutes
DIPLOMACY = "Hanoi and Beijing signed a border agreement on Monday, the two foreign ministers said. " * 4


@pytest.fixture
def server() -> Iterator[HostileServer]:
    with HostileServer(lifetime=380) as server:
        yield server


def _env(api_url: str, server: HostileServer, **extra: str) -> dict[str, str]:
    """The default page budget, less what `extra` sets."""
    return bamboo_env(api_url, server.hostport, BAMBOO_PER_HOST_CONCURRENCY="4", BAMBOO_CONNECT_TIMEOUT="2",
                      BAMBOO_READ_TIMEOUT="10", BAMBOO_BATCH_SIZE="4", **{**DEFAULT_BUDGET, **extra})


def _ingest(feeds: list[str], db: Path, env: dict[str, str]) -> tuple[str, int, int]:
    """`bamboo ingest` over these feed URLs: (output, exit code, peak RSS of the run's largest process)."""
    toml = db.with_suffix(".toml")
    toml.write_text(feeds_toml(feeds))
    m = run_measured([*BAMBOO, "ingest", "--all", "--feeds", str(toml), "--db", str(db)], env,
                     timeout=RUN_TIMEOUT, cwd=ROOT)
    return m.stdout + m.stderr, m.returncode, m.peak_rss


def _extractions(db: Path) -> dict[str, tuple[object, ...]]:
    """url -> (fetch status, extraction error, body, relevant, pairs) of every article."""
    rows = query_rows(db, """
        SELECT a.url, a.fetch_status, e.error, e.body, d.relevant, d.pairs::VARCHAR
        FROM articles a LEFT JOIN latest_extractions e USING (article_id)
        LEFT JOIN detections d USING (article_id)""")
    return {r[0]: tuple(r[1:]) for r in rows}


def _polls(db: Path) -> dict[str, tuple[object, ...]]:
    """feed URL -> (status, error_kind, error) of its poll."""
    rows = query_rows(db, "SELECT url, status, error_kind, error FROM feed_polls")
    return {r[0]: tuple(r[1:]) for r in rows}


def test_case_09_attribute_floods_load_like_plain_pages_and_feeds(server: HostileServer, api_url: str,
                                                                   tmp_path: Path) -> None:
    """A 100,000-attribute page and an 80,000-attribute feed item (the issue's inputs) among normal
    feeds: the guard cuts the floods before parsing, so both load like any other (before: 70 s and
    61 s of parsing, and every other feed's articles waited for them)."""
    site = news_site(server, feeds=2, per_feed=4)
    html = {"Content-Type": "text/html"}
    server.routes["/p/flood"] = respond(200, many_attributes_html(100_000), html)
    server.routes["/p/plain"] = respond(200, many_attributes_html(3, title="Plain"), html)
    items = [("Flood page", server.url("/p/flood")), ("Plain page", server.url("/p/plain"))]
    server.routes["/f/flood"] = respond(200, many_attributes_feed(80_000, items),
                                        {"Content-Type": "application/rss+xml"})
    db = tmp_path / "flood.duckdb"

    out, code, _ = _ingest([*site.feed_urls, server.url("/f/flood")], db,
                           _env(api_url, server, BAMBOO_PAGE_CPU_SECONDS="2"))

    assert code == 0, out[-3000:]
    assert _polls(db)[server.url("/f/flood")][:2] == ("ok", None)
    got = _extractions(db)
    assert set(got) == {*site.page_urls, server.url("/p/flood"), server.url("/p/plain")}
    assert all(fetched == "fetched" and error is None for fetched, error, *_ in got.values()), got
    assert "Bui Thanh Son" in str(got[server.url("/p/flood")][2])
    assert got[server.url("/p/flood")][2] == got[server.url("/p/plain")][2]


def test_case_09_a_page_and_a_feed_over_budget_fail_alone(server: HostileServer, api_url: str,
                                                          tmp_path: Path) -> None:
    """A page whose parse the guard cannot shorten (100,000 attributes with a quoted '<' every 50:
    libxml2 takes minutes) and a feed that takes seconds to parse (4.5 MB of markup in one item),
    under a 1 s budget: the page is stored with the feed's text and the reason, the feed is a failed
    poll, both found at their first try; every other article loads."""
    site = news_site(server, feeds=2, per_feed=4)
    hidden = many_attributes_html(100_000, hidden=True)
    server.routes["/p/hidden-flood"] = respond(200, hidden, {"Content-Type": "text/html"})
    server.routes["/f/hostile-pages"] = respond(200, rss("Hostile pages", [
        ("Vietnam and China sign a border deal", server.url("/p/hidden-flood"))], description=DIPLOMACY),
        {"Content-Type": "application/rss+xml"})
    heavy = rss("Heavy", [("Behind a heavy feed", server.url("/p/behind-heavy"))],
                description=short_paragraphs_html(4.5).decode())
    server.routes["/f/heavy"] = respond(200, heavy, {"Content-Type": "application/rss+xml"})
    db = tmp_path / "budget.duckdb"

    out, code, _ = _ingest([*site.feed_urls, server.url("/f/hostile-pages"), server.url("/f/heavy")], db,
                           _env(api_url, server, BAMBOO_PAGE_CPU_SECONDS="1"))

    assert code == 0, out[-3000:]
    polls = _polls(db)
    status, kind, error = polls[server.url("/f/heavy")]
    assert (status, kind) == ("failed", "budget_exceeded") and "over 1 s of CPU time" in str(error)
    assert all(polls[u][:2] == ("ok", None) for u in [*site.feed_urls, server.url("/f/hostile-pages")])
    got = _extractions(db)
    assert set(got) == {*site.page_urls, server.url("/p/hidden-flood")}
    assert all(got[u][:2] == ("fetched", None) for u in site.page_urls)
    fetched, error, body, relevant, pairs = got[server.url("/p/hidden-flood")]
    assert fetched == "fetched" and str(error).startswith("budget_exceeded: over 1 s of CPU time")
    assert body == "" and relevant is True and pairs == "[CN-VN]"  # the detector read the feed's text
    assert not server.requests_for("/p/behind-heavy")
    # Named once in the log, and found at its first over-budget: the batch was not redone page by page.
    assert out.count("budget_exceeded: over 1 s of CPU time; stored with the feed's text only") == 1
    assert "worker process died" not in out


def test_case_10_short_paragraph_pages_stop_at_the_memory_budget(server: HostileServer, api_url: str,
                                                                tmp_path: Path) -> None:
    """Two 4.7 MB pages of short paragraphs (each ~70 s and ~+500 MB to extract) among normal pages,
    with a 100 MB page budget: both are stored budget_exceeded, the others load, and no process of the
    run grows more than the budget above the same run without them."""
    site = news_site(server, feeds=1, per_feed=6)
    heavy = short_paragraphs_html(4.7)
    for p in ("/p/paras-1", "/p/paras-2"):
        server.routes[p] = respond(200, heavy, {"Content-Type": "text/html"})
    server.routes["/f/paras"] = respond(200, rss("Paragraphs", [(p, server.url(p)) for p in (
        "/p/paras-1", "/p/paras-2")], description=DIPLOMACY), {"Content-Type": "application/rss+xml"})
    env = _env(api_url, server, BAMBOO_PAGE_CPU_SECONDS="5", BAMBOO_PAGE_MEMORY_MB="100")

    _, calm_code, calm_peak = _ingest(site.feed_urls, tmp_path / "calm.duckdb", env)
    out, code, peak = _ingest([*site.feed_urls, server.url("/f/paras")], tmp_path / "paras.duckdb", env)

    assert calm_code == 0 and code == 0, out[-3000:]
    print(f"\npeak RSS: calm {calm_peak / MIB:.0f} MiB, with the two pages {peak / MIB:.0f} MiB")
    assert peak <= calm_peak + 100 * MIB + 64 * MIB
    got = _extractions(tmp_path / "paras.duckdb")
    assert all(got[u][:2] == ("fetched", None) for u in site.page_urls)
    for p in ("/p/paras-1", "/p/paras-2"):
        fetched, error, _, relevant, _ = got[server.url(p)]
        assert fetched == "fetched" and str(error).startswith("budget_exceeded: over "), error
        assert relevant is True
