"""The ingest flow end to end: real loopback site, real Prefect flow runs, real DuckDB file."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from flows.demo import ReplayServer
from flows.ingest import ingest
from warehouse.snapshot import analyst_path

pytestmark = pytest.mark.usefixtures("prefect_harness")

ARTICLES = 7  # distinct stories on the fixture site (one is carried by both feeds)


def _count(db: Path, sql: str) -> int:
    con = duckdb.connect(str(db), read_only=True)
    try:
        row = con.execute(sql).fetchone()
        assert row is not None
        return int(row[0])
    finally:
        con.close()


def test_ingest_loads_articles_detects_stories_and_is_idempotent(site: ReplayServer, site_env: Path,
                                                                  db_path: Path) -> None:
    summary = ingest(feeds_file=str(site_env), db=str(db_path), all_feeds=True)

    assert summary.feeds_polled == 2 and summary.feeds_failed == 0
    assert summary.new_articles == ARTICLES
    assert _count(db_path, "SELECT count(*) FROM articles") == ARTICLES
    assert _count(db_path, "SELECT count(*) FROM articles WHERE fetch_status = 'fetched'") == ARTICLES
    assert _count(db_path, "SELECT count(*) FROM latest_extractions WHERE length(body) > 200 "
                           "AND error IS NULL") == ARTICLES
    # The same story from two feeds is one article with two sources (tracking params stripped).
    assert _count(db_path, "SELECT count(*) FROM article_sources a JOIN articles USING (article_id) "
                           "WHERE url LIKE '%us-vietnam-upgrade.html'") == 2
    con = duckdb.connect(str(db_path), read_only=True)
    stories = {r[0]: set(r[1]) for r in con.execute(
        "SELECT url, pairs FROM diplomacy_stories").fetchall()}
    con.close()
    seed_like = site.url("/news/2023/09/liu-jianchao-ruan-fuzhong.html")
    assert seed_like in stories and {"CN-VN", "US-VN"} <= stories[seed_like]
    assert site.url("/news/2023/09/wangyi-buithanhson.html") in stories
    assert site.url("/news/2023/09/hanoi-floods.html") not in stories
    assert site.url("/news/2023/10/vietnam-china-football.html") not in stories

    page_requests = sum(1 for _, p, _ in site.log if p.startswith("/news/"))
    again = ingest(feeds_file=str(site_env), db=str(db_path), all_feeds=True)
    assert again.new_articles == 0
    assert _count(db_path, "SELECT count(*) FROM articles") == ARTICLES
    assert _count(db_path, "SELECT count(*) FROM article_sources") == ARTICLES + 1
    assert sum(1 for _, p, _ in site.log if p.startswith("/news/")) == page_requests  # nothing refetched
    assert _count(db_path, "SELECT count(*) FROM runs WHERE status = 'completed'") == 2
    # Analysts read the published copy, which has the stories too.
    assert _count(analyst_path(db_path), "SELECT count(*) FROM diplomacy_stories") == len(stories)


def test_unreachable_feed_is_recorded_while_others_load(site: ReplayServer, site_env: Path,
                                                        db_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    dead = "http://127.0.0.1:9/feed.xml"  # discard port: nothing listens
    feeds = site_env.read_text() + (
        '\n[[feed]]\nname = "dead-host"\nurl = "' + dead + '"\noutlet = "Nowhere"\n')
    site_env.write_text(feeds)
    monkeypatch.setenv("BAMBOO_ALLOWED_HOSTS", f"{site.hostport},127.0.0.1:9")
    summary = ingest(feeds_file=str(site_env), db=str(db_path), all_feeds=True)

    assert summary.feeds_polled == 3
    assert [name for name, _ in summary.failed_feeds] == ["dead-host"]
    assert summary.new_articles == ARTICLES
    con = duckdb.connect(str(db_path), read_only=True)
    row = con.execute("SELECT status, error_kind, error FROM feed_polls WHERE feed_name = 'dead-host'"
                      ).fetchone()
    health = con.execute("SELECT consecutive_failures, last_error FROM feed_health "
                         "WHERE feed = 'dead-host'").fetchone()
    con.close()
    assert row is not None and row[0] == "failed" and row[1] == "connect" and dead in row[2]
    assert health is not None and health[0] == 1 and dead in health[1]


def test_feed_url_option_polls_only_that_feed(site: ReplayServer, site_env: Path, db_path: Path) -> None:
    summary = ingest(feed_urls=[site.url("/cn-world.atom")], db=str(db_path))
    assert summary.feeds_polled == 1 and summary.new_articles == 4
    assert _count(db_path, "SELECT count(*) FROM feeds") == 1


HOLD = "import sys, time, duckdb; c = duckdb.connect(sys.argv[1]); print('held', flush=True); time.sleep(30)"


def test_locked_warehouse_fails_the_run_and_leaves_a_row(site: ReplayServer, site_env: Path, db_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    import subprocess
    import sys

    from extractors.core.errors import WarehouseError

    ingest(feeds_file=str(site_env), db=str(db_path), all_feeds=True)
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(db_path)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        monkeypatch.setenv("BAMBOO_LOCK_TIMEOUT", "1")
        with pytest.raises(WarehouseError, match="locked by another process"):
            ingest(feeds_file=str(site_env), db=str(db_path), all_feeds=True)
    finally:
        holder.kill()
        holder.wait()
    ingest(feeds_file=str(site_env), db=str(db_path), all_feeds=True)
    con = duckdb.connect(str(db_path), read_only=True)
    runs = con.execute("SELECT status, error FROM runs ORDER BY started_at").fetchall()
    con.close()
    assert [r[0] for r in runs] == ["completed", "failed", "completed"]
    assert "locked by another process" in runs[1][1]
