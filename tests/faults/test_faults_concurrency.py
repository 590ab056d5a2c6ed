"""A backfill and a scheduled ingest started at the same moment, as real `bamboo` processes, while
analysts hold DuckDB sessions open in processes of their own: both runs finish and nothing is lost."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from tests import ROOT
from tests.hostile import HostileServer, article_html, delayed, kill_group, respond, rss
from tests.runs import bamboo_env
from warehouse.db import connect
from warehouse.snapshot import analyst_path

pytestmark = pytest.mark.timeout(240)

# What the `bamboo` console script runs, imported from this tree (whatever copy is installed).
BAMBOO = [sys.executable, "-c", "from flows.cli import main; main()"]
HOLD = 6.0  # seconds the analyst keeps the live warehouse open after both runs have started

# The feed carries F0..F11; the sitemap carries S0..S11 dated in September 2023, four of them also
# in the feed (the same URL found by both runs at once), and O0..O3 dated August (outside the window).
FEED_ONLY, BOTH, SITEMAP_ONLY, OUTSIDE = 8, 4, 8, 4


@pytest.fixture
def site() -> Iterator[tuple[HostileServer, set[str], set[str]]]:
    """The site; returns it with the URLs the ingest must load and those the backfill must load."""
    with HostileServer(lifetime=220) as server:
        def page(path: str, n: int) -> str:
            server.routes[path] = delayed(respond(200, article_html(n), {"Content-Type": "text/html"}), 0.15)
            return server.url(path)

        feed = [page(f"/news/f{i}.html", i) for i in range(FEED_ONLY)]
        both = [page(f"/news/b{i}.html", 100 + i) for i in range(BOTH)]
        smap = [page(f"/news/s{i}.html", 200 + i) for i in range(SITEMAP_ONLY)]
        outside = [page(f"/news/o{i}.html", 300 + i) for i in range(OUTSIDE)]
        server.routes["/feed.xml"] = respond(200, rss("Feed", [(u, u) for u in feed + both]),
                                             {"Content-Type": "application/rss+xml"})
        dated = [(u, f"2023-09-{1 + 2 * i:02d}T08:00:00+07:00") for i, u in enumerate(both + smap)]
        dated += [(u, f"2023-08-{10 + i:02d}T08:00:00+07:00") for i, u in enumerate(outside)]
        urls = "".join(f"<url><loc>{u}</loc><lastmod>{d}</lastmod></url>" for u, d in dated)
        server.routes["/sitemap.xml"] = respond(200, (
            '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"{urls}</urlset>").encode(), {"Content-Type": "application/xml"})
        yield server, set(feed + both), set(both + smap)


ANALYST = textwrap.dedent("""
    import os, sys, time, duckdb
    path, mode, seconds, stop = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4]
    deadline = time.monotonic() + 60
    while True:  # the analyst copy appears when the first run finishes
        try:
            con = duckdb.connect(path, read_only=(mode == "ro"))
            break
        except duckdb.Error:
            if time.monotonic() > deadline or os.path.exists(stop):
                sys.exit("never opened")
            time.sleep(0.1)
    print("open", flush=True)
    queries, until = 0, time.monotonic() + seconds
    while time.monotonic() < until:
        con.execute("SELECT count(*) FROM information_schema.tables").fetchall()
        queries += 1
        try:
            open(stop).close()
            break
        except OSError:
            time.sleep(0.1)
    con.close()
    print("queries", queries, flush=True)
""")


def _start(args: list[str], env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(args, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, start_new_session=True)


def _finish(proc: subprocess.Popen[str], timeout: float = 150) -> tuple[int, str, str]:
    try:
        out, err = proc.communicate(timeout=timeout)
    finally:
        kill_group(proc)  # whatever it left behind in its group
    return proc.returncode, out, err


def test_backfill_and_ingest_at_once_beside_analyst_sessions(
        site: tuple[HostileServer, set[str], set[str]], api_url: str, tmp_path: Path) -> None:
    server, ingest_urls, backfill_urls = site
    feeds = tmp_path / "feeds.toml"
    feeds.write_text(f'[[feed]]\nname = "wire"\nurl = "{server.url("/feed.xml")}"\noutlet = "Wire"\n'
                     f'sitemap = "{server.url("/sitemap.xml")}"\n')
    db = tmp_path / "wh" / "bamboo.duckdb"
    with connect(db, timeout=10):
        pass  # an existing (empty) warehouse, so the analyst can hold it from the first second
    env = bamboo_env(api_url, server.hostport, BAMBOO_PER_HOST_CONCURRENCY="4", BAMBOO_BATCH_SIZE="4",
                     BAMBOO_CONNECT_TIMEOUT="1", BAMBOO_READ_TIMEOUT="5")
    stop = tmp_path / "stop"
    py = [sys.executable, "-c", ANALYST]

    # One analyst holds the live warehouse read-write; another reads the analyst copy throughout.
    live = _start([*py, str(db), "rw", str(HOLD), str(stop)], env)
    assert live.stdout is not None and live.stdout.readline().strip() == "open"
    copy = _start([*py, str(analyst_path(db)), "ro", "180", str(stop)], env)
    started = time.monotonic()
    ingest = _start([*BAMBOO, "ingest", "--all", "--feeds", str(feeds), "--db", str(db)], env)
    backfill = _start([*BAMBOO, "backfill", "--since", "2023-09-01", "--until", "2023-09-30",
                       "--feeds-file", str(feeds), "--db", str(db)], env)
    results = {"ingest": _finish(ingest), "backfill": _finish(backfill)}
    wall = time.monotonic() - started
    stop.touch()
    live_rc, live_out, live_err = _finish(live, 30)
    copy_rc, copy_out, copy_err = _finish(copy, 30)

    for name, (rc, out, err) in results.items():
        assert rc == 0, f"{name} failed:\n{out[-2000:]}\n{err[-3000:]}"
    assert live_rc == 0 and live_out.startswith("queries"), live_err  # ("open" was read above)
    assert copy_rc == 0 and "queries" in copy_out, copy_err  # every query on the copy succeeded
    assert wall >= HOLD  # the runs waited for the analyst's session instead of failing

    con = duckdb.connect(str(db), read_only=True)
    try:
        urls = [r[0] for r in con.execute("SELECT url FROM articles").fetchall()]
        complete = con.execute("""
            SELECT count(*) FROM articles a
            WHERE fetch_status = 'fetched'
              AND EXISTS (SELECT 1 FROM extractions e WHERE e.article_id = a.article_id AND e.error IS NULL)
              AND EXISTS (SELECT 1 FROM detections d WHERE d.article_id = a.article_id)""").fetchone()
        runs = con.execute("SELECT flow, status FROM runs ORDER BY flow").fetchall()
        sources = con.execute("SELECT count(*) FROM article_sources").fetchone()
    finally:
        con.close()
    assert len(urls) == len(set(urls))  # no duplicates, although both runs found the shared URLs
    assert set(urls) == ingest_urls | backfill_urls  # nothing lost, nothing from outside the window
    assert complete == (len(urls),)
    assert runs == [("backfill", "completed"), ("ingest", "completed")]
    assert sources is not None and sources[0] >= len(urls)
    # The shared pages were fetched at most twice (once per run that found them), the rest once.
    for u in ingest_urls ^ backfill_urls:
        assert len(server.requests_for(u.removeprefix(server.base))) == 1, u
