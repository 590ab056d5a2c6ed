"""The backfill flow end to end: a loopback site with a sitemap index, a Google News sitemap and
articles inside and outside the window; real Prefect runs, a real DuckDB file, and a real
`bamboo backfill` process killed with SIGKILL midway and resumed."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from extractors.core.errors import ConfigError
from extractors.discovery import plan
from flows.backfill import backfill
from flows.demo import ReplayServer
from tests import FIXTURES, ROOT
from tests.runs import NO_HEARTBEATS
from tests.warehouse_helpers import query_rows

pytestmark = pytest.mark.usefixtures("prefect_harness")

FIXTURE = FIXTURES / "backfill"
BAMBOO = str(ROOT / ".venv" / "bin" / "bamboo")
SEPTEMBER = (date(2023, 9, 1), date(2023, 9, 30))
IN_WINDOW = {"/news/2023/09/03/lao-cai-rail-survey.html", "/news/2023/09/12/biden-hanoi-partnership.html",
             "/story/mekong-water-talks.html", "/news/2023/09/25/port-upgrade-cai-mep.html"}
OUT_OF_WINDOW = {"/news/2023/08/20/typhoon-season-outlook.html",
                 "/news/2023/10/05/coffee-harvest-highlands.html"}


class SlowSite(ReplayServer):
    """The fixture site, with article pages answered after a pause (to kill a run midway)."""

    pause = 1.0

    def _answer(self, path: str, if_none_match: str | None) -> tuple[int, dict[str, str], bytes]:
        if path.startswith(("/news/", "/story/")):
            time.sleep(self.pause)
        return super()._answer(path, if_none_match)


@pytest.fixture
def bf_site(monkeypatch: pytest.MonkeyPatch) -> Iterator[ReplayServer]:
    """The backfill fixture site on a loopback port, allowed for this test only."""
    with ReplayServer(FIXTURE) as server:
        _allow(monkeypatch, server)
        yield server


def _allow(monkeypatch: pytest.MonkeyPatch, server: ReplayServer) -> None:
    monkeypatch.setenv("BAMBOO_ALLOWED_HOSTS", server.hostport)
    monkeypatch.setenv("BAMBOO_PER_HOST_DELAY", "0")
    monkeypatch.setenv("BAMBOO_CONNECT_TIMEOUT", "2")
    monkeypatch.setenv("BAMBOO_READ_TIMEOUT", "10")


def _feeds(server: ReplayServer, tmp_path: Path) -> str:
    path = tmp_path / "feeds.toml"
    path.write_bytes(server.render("feeds.toml"))
    return str(path)


def _loaded_paths(db: Path, server: ReplayServer) -> set[str]:
    return {u.removeprefix(server.base) for (u,) in query_rows(db, "SELECT url FROM articles")}


def test_backfill_loads_exactly_the_window_and_skips_stored(bf_site: ReplayServer, tmp_path: Path,
                                                           db_path: Path) -> None:
    feeds = _feeds(bf_site, tmp_path)
    summary = backfill(*SEPTEMBER, feeds_file=feeds, db=str(db_path))

    assert summary.new_articles == len(IN_WINDOW) and summary.fetch_failed == 0
    assert _loaded_paths(db_path, bf_site) == IN_WINDOW
    requested = {p for _, p, _ in bf_site.log}
    assert not requested & OUT_OF_WINDOW
    # Sitemaps dated outside the window by their URL are not even fetched.
    assert not requested & {"/sitemaps/sitemap-2023-08.xml", "/sitemaps/sitemap-2023-10.xml"}
    assert query_rows(db_path, "SELECT DISTINCT discovered_via, feed_name FROM articles "
                          "JOIN article_sources USING (article_id)") == [("backfill", "delta-dispatch")]
    # The news sitemap's publication date is the source's date; a bare lastmod is kept only as raw text.
    dates = dict(query_rows(db_path, "SELECT entry_url, published_at IS NOT NULL FROM article_sources"))
    assert dates[bf_site.url("/news/2023/09/25/port-upgrade-cai-mep.html")] is True
    assert dates[bf_site.url("/news/2023/09/03/lao-cai-rail-survey.html")] is False
    assert [s.url for s in summary.stories] == [bf_site.url("/news/2023/09/12/biden-hanoi-partnership.html")]
    chunks = query_rows(db_path, "SELECT chunk, discovered, loaded, outside_window FROM backfill_chunks "
                            "ORDER BY chunk_start NULLS LAST")
    assert [c[0] for c in chunks] == ["2023-09-01..2023-09-07", "2023-09-08..2023-09-14",
                                      "2023-09-15..2023-09-21", "2023-09-22..2023-09-28",
                                      "2023-09-29..2023-09-30", "undated"]
    assert sum(c[2] for c in chunks) == len(IN_WINDOW) and sum(c[3] for c in chunks) == 0
    assert query_rows(db_path, "SELECT flow, status, new_articles, stories_found FROM runs") == [
        ("backfill", "completed", 4, 1)]

    # The same window again: a new backfill (the first completed), and nothing is fetched twice.
    pages = sum(1 for _, p, _ in bf_site.log if p in IN_WINDOW)
    again = backfill(*SEPTEMBER, feeds_file=feeds, db=str(db_path))
    assert again.new_articles == 0
    assert sum(1 for _, p, _ in bf_site.log if p in IN_WINDOW) == pages
    assert query_rows(db_path, "SELECT count(*), count(*) FILTER (status = 'completed') FROM backfills"
                 ) == [(2, 2)]
    assert query_rows(db_path, "SELECT sum(already_stored) FROM backfill_chunks JOIN backfills "
                          "USING (backfill_id) WHERE started_at = (SELECT max(started_at) FROM backfills)"
                 ) == [(len(IN_WINDOW),)]


def test_bad_parameters_fail_at_once_naming_the_value(bf_site: ReplayServer, tmp_path: Path,
                                                      db_path: Path) -> None:
    feeds = _feeds(bf_site, tmp_path)
    future = date.today() + timedelta(days=400)
    cases = [
        ({"since": date(2023, 9, 30), "until": date(2023, 9, 1)},
         "until=2023-09-01 is before since=2023-09-30"),
        ({"since": future, "until": future}, "is in the future"),
        ({"since": SEPTEMBER[0], "until": SEPTEMBER[1], "feeds": ["no-such-feed"]}, "no-such-feed"),
        ({"since": SEPTEMBER[0], "until": SEPTEMBER[1], "feeds": ["river-wire"]},
         "river-wire have neither `sitemap` nor `archive`"),
    ]
    for params, message in cases:
        with pytest.raises(ConfigError, match=message.replace("(", r"\(")):
            backfill(feeds_file=feeds, db=str(db_path), **params)
    assert not db_path.exists()  # failed before anything was recorded
    assert bf_site.log == []  # ... or fetched


def test_window_planning() -> None:
    today = date(2026, 1, 10)
    assert plan.check_window(date(2026, 1, 1), date(2026, 2, 1), today) == today  # capped at today
    chunks = plan.plan_chunks(date(2023, 9, 1), date(2023, 9, 10), 4)
    assert [c.label for c in chunks] == ["2023-09-01..2023-09-04", "2023-09-05..2023-09-08",
                                         "2023-09-09..2023-09-10", "undated"]
    assert plan.chunk_of(date(2023, 9, 8), chunks).label == "2023-09-05..2023-09-08"
    assert plan.chunk_of(None, chunks).label == "undated"
    with pytest.raises(ConfigError, match="chunk_days=0"):
        plan.plan_chunks(date(2023, 9, 1), date(2023, 9, 10), 0)
    key = plan.params_key(*SEPTEMBER, ["b", "a"], False, 7)
    assert key == plan.params_key(*SEPTEMBER, ["a", "b"], False, 7)


def test_backfill_resumes_after_kill_9(tmp_path: Path, db_path: Path, api_url: str,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    with SlowSite(FIXTURE) as site:
        _allow(monkeypatch, site)
        feeds = _feeds(site, tmp_path)
        args = [BAMBOO, "backfill", "--since", "2023-09-01", "--until", "2023-09-30", "--refetch",
                "--feeds-file", feeds, "--db", str(db_path)]
        env = {**os.environ, "PREFECT_API_URL": api_url, **NO_HEARTBEATS}
        proc = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                start_new_session=True, text=True)
        try:
            _wait_for_line(proc, "Chunk 2023-09-01..2023-09-07 done")
        finally:
            os.killpg(proc.pid, signal.SIGKILL)  # the CLI, its flow and its extraction processes
            proc.wait(timeout=30)
            assert proc.stderr is not None
            proc.stderr.close()
        assert query_rows(db_path, "SELECT chunk FROM backfill_chunks") == [("2023-09-01..2023-09-07",)]
        assert query_rows(db_path, "SELECT status FROM backfills") == [("running",)]
        first_page = "/news/2023/09/03/lao-cai-rail-survey.html"
        assert site.requests_for(first_page) == 1

        # Rerun with the same parameters: the finished chunk is skipped, even with --refetch. The pages
        # answer at once now: the pause was only there to kill the first run midway.
        site.pause = 0.0
        summary = backfill(*SEPTEMBER, refetch=True, feeds_file=feeds, db=str(db_path))
        assert site.requests_for(first_page) == 1
        assert _loaded_paths(db_path, site) == IN_WINDOW
        assert summary.new_articles == len(IN_WINDOW) - 1
    assert query_rows(db_path, "SELECT status, count(*) FROM backfills GROUP BY ALL") == [("completed", 1)]
    assert query_rows(db_path, "SELECT count(*) FROM backfill_chunks") == [(6,)]
    # The killed run never finished (the resuming run closed it as failed: its process is gone).
    assert sorted(query_rows(db_path, "SELECT status FROM runs")) == [("completed",), ("failed",)]


def _wait_for_line(proc: subprocess.Popen[str], needle: str, limit: int = 2000) -> None:
    """Read the process's log until a line holds `needle` (bounded by line count and pytest's timeout)."""
    assert proc.stderr is not None
    seen = []
    for _ in range(limit):
        line = proc.stderr.readline()
        if not line:
            break
        seen.append(line)
        if needle in line:
            return
    raise AssertionError(f"never logged {needle!r}; log tail:\n{''.join(seen[-30:])}")
