"""The deployments for real: `bamboo serve` starts a Prefect server on a free 127.0.0.1 port with a
temporary home, creates the `process` pool and the writer limit, deploys prefect.yaml and runs a
worker; the tests trigger deployment runs against loopback sites, and the last one stops `serve`
with SIGINT (Ctrl-C) and checks that every process it started is gone.

One stack for the whole module: the server costs ~12 s to start with a new database.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from uuid import UUID

import psutil
import pytest

from flows.demo import SITE, ReplayServer
from tests import FIXTURES, ROOT
from tests.runs import DEFAULT_BUDGET
from tests.warehouse_helpers import query_rows

pytestmark = pytest.mark.timeout(300)

BAMBOO = str(ROOT / ".venv" / "bin" / "bamboo")
BACKFILL_SITE = FIXTURES / "backfill"
READY_LINE = "Worker started on pool"
START_LIMIT = 240.0  # seconds for server + pool + deploy + worker on a busy 2-core machine
RUN_LIMIT = 180.0  # seconds for deployment runs to reach a final state
WINDOW = {"since": "2023-09-01", "until": "2023-09-30"}
IN_WINDOW = {"/news/2023/09/03/lao-cai-rail-survey.html", "/news/2023/09/12/biden-hanoi-partnership.html",
             "/story/mekong-water-talks.html", "/news/2023/09/25/port-upgrade-cai-mep.html"}
# Compared between the concurrent and the sequential warehouse. Extractions and detections are compared
# one per article (the latest), so that a detector version bumped in the checkout between two runs
# does not count as a difference.
TABLES = ("articles", "article_sources", "raw_pages", "latest_extractions", "latest_detections",
          "feed_polls", "backfill_chunks", "backfills")


@dataclass
class Stack:
    """A running `bamboo serve`, the sites its flows may reach, and where things are."""

    proc: subprocess.Popen[bytes]
    api_url: str
    log: Path
    tmp: Path
    site: ReplayServer
    bf_site: ReplayServer
    feeds: str
    bf_feeds: str


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    """`bamboo serve` on a free port; everything it started is killed at the end whatever happens."""
    tmp = tmp_path_factory.mktemp("serve")
    with ExitStack() as cleanup:
        site = cleanup.enter_context(ReplayServer(SITE))
        bf_site = cleanup.enter_context(ReplayServer(BACKFILL_SITE))
        feeds, bf_feeds = tmp / "feeds.toml", tmp / "backfill-feeds.toml"
        feeds.write_bytes(site.render("feeds.toml"))
        bf_feeds.write_bytes(bf_site.render("feeds.toml"))
        port = _free_port()
        env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
        env.update(BAMBOO_STATE_DIR=str(tmp / "state"), BAMBOO_DB=str(tmp / "scheduled.duckdb"),
                   BAMBOO_FEEDS=str(feeds), BAMBOO_ALLOWED_HOSTS=f"{site.hostport},{bf_site.hostport}",
                   BAMBOO_PER_HOST_DELAY="0", BAMBOO_WORKERS="1", PREFECT_WORKER_QUERY_SECONDS="1",
                   **DEFAULT_BUDGET)  # flow runs as deployed: each with its extraction process
        log = tmp / "serve.log"
        with open(log, "wb") as out:
            proc = subprocess.Popen([BAMBOO, "serve", "--port", str(port)], env=env, stdout=out,
                                    stderr=subprocess.STDOUT, start_new_session=True)
        cleanup.callback(_kill_everything, proc)
        _wait_ready(proc, log)
        yield Stack(proc, f"http://127.0.0.1:{port}/api", log, tmp, site, bf_site, str(feeds), str(bf_feeds))


def _wait_ready(proc: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + START_LIMIT
    while time.monotonic() < deadline:
        if READY_LINE in log.read_text(errors="replace"):
            return
        if proc.poll() is not None:
            break
        time.sleep(0.1)  # a read of a small log file: ready within a tenth of a second
    raise AssertionError(f"bamboo serve did not get ready:\n{log.read_text(errors='replace')[-3000:]}")


def _kill_everything(proc: subprocess.Popen[bytes]) -> None:
    """Last resort at teardown: SIGKILL serve and every descendant still running."""
    try:
        family = [psutil.Process(proc.pid), *psutil.Process(proc.pid).children(recursive=True)]
    except psutil.NoSuchProcess:
        family = []
    for p in family:
        with suppress(ProcessLookupError, psutil.NoSuchProcess):
            os.killpg(p.pid, signal.SIGKILL) if os.getpgid(p.pid) == p.pid else p.kill()
    proc.wait(timeout=30)


@contextmanager
def _api(url: str) -> Iterator[None]:
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with temporary_settings(updates={PREFECT_API_URL: url}):
        yield


def _trigger(stack: Stack, name: str, params: dict[str, Any]) -> UUID:
    from prefect.deployments import run_deployment

    with _api(stack.api_url):
        run = run_deployment(name, parameters=params, timeout=0)
    return run.id


def _wait(stack: Stack, ids: Sequence[UUID]) -> list[Any]:
    """The final states of these flow runs (bounded wait)."""
    from prefect.client.orchestration import get_client

    deadline = time.monotonic() + RUN_LIMIT
    with _api(stack.api_url), get_client(sync_client=True) as client:
        while time.monotonic() < deadline:
            states = [client.read_flow_run(i).state for i in ids]
            if all(s is not None and s.is_final() for s in states):
                return states
            time.sleep(0.2)  # a flow run's end is seen within 0.2 s, at a few API reads a second
    raise AssertionError(f"runs not finished after {RUN_LIMIT:.0f} s: {states}\n"
                         f"{stack.log.read_text(errors='replace')[-3000:]}")


def test_backfill_deployment_loads_exactly_the_window_and_rejects_bad_parameters(stack: Stack) -> None:
    db, bad_db = stack.tmp / "backfill.duckdb", stack.tmp / "bad.duckdb"
    good = _trigger(stack, "backfill/manual", {**WINDOW, "feeds": ["delta-dispatch"],
                                               "feeds_file": stack.bf_feeds, "db": str(db)})
    bad = _trigger(stack, "backfill/manual", {**WINDOW, "feeds": ["no-such-feed"],
                                              "feeds_file": stack.bf_feeds, "db": str(bad_db)})
    state, bad_state = _wait(stack, [good, bad])

    assert state.is_completed(), state.message
    loaded = {u.removeprefix(stack.bf_site.base) for (u,) in query_rows(db, "SELECT url FROM articles")}
    assert loaded == IN_WINDOW
    assert query_rows(db, "SELECT flow, status, prefect_flow_run_id IS NOT NULL FROM runs") == [
        ("backfill", "completed", True)]
    # Prefect accepts any parameter value; the flow's own check fails the run, naming the value.
    assert bad_state.is_failed()
    assert "unknown feed name(s): no-such-feed" in (bad_state.message or "")
    assert not bad_db.exists()


def test_concurrent_ingest_backfill_reprocess_match_a_sequential_run(
        stack: Stack, prefect_harness: None, monkeypatch: pytest.MonkeyPatch) -> None:
    from flows.backfill import backfill
    from flows.ingest import ingest
    from flows.reprocess import reprocess

    sequential, concurrent = stack.tmp / "sequential.duckdb", stack.tmp / "concurrent.duckdb"
    # Started together on the worker: three flow-run processes writing one warehouse.
    ids = [_trigger(stack, "ingest/scheduled", {"feeds_file": stack.feeds, "db": str(concurrent),
                                                "all_feeds": True}),
           _trigger(stack, "backfill/manual", {**WINDOW, "feeds_file": stack.bf_feeds,
                                               "db": str(concurrent)}),
           _trigger(stack, "reprocess/manual", {**WINDOW, "what": "both", "db": str(concurrent)})]
    # Meanwhile the same three, one after the other, in this process (the session's test API).
    monkeypatch.setenv("BAMBOO_ALLOWED_HOSTS", f"{stack.site.hostport},{stack.bf_site.hostport}")
    monkeypatch.setenv("BAMBOO_PER_HOST_DELAY", "0")
    ingest(feeds_file=stack.feeds, db=str(sequential), all_feeds=True)
    backfill(WINDOW["since"], WINDOW["until"], feeds_file=stack.bf_feeds, db=str(sequential))
    reprocess(WINDOW["since"], WINDOW["until"], what="both", db=str(sequential))
    states = _wait(stack, ids)
    assert all(s.is_completed() for s in states), [s.message for s in states]

    for db in (sequential, concurrent):
        assert query_rows(db, "SELECT flow, status FROM runs ORDER BY flow") == [
            ("backfill", "completed"), ("ingest", "completed"), ("reprocess", "completed")]
    counts = {db: [query_rows(db, f"SELECT count(*) FROM {t}")[0][0] for t in TABLES]
              for db in (sequential, concurrent)}
    assert counts[concurrent] == counts[sequential]
    assert counts[sequential][0] == 7 + len(IN_WINDOW)  # ingest's seven stories and the backfill's four


def test_scheduled_ingest_is_a_30_minute_cron_that_never_overlaps(stack: Stack) -> None:
    from prefect.client.orchestration import get_client

    with _api(stack.api_url), get_client(sync_client=True) as client:
        ingest = client.read_deployment_by_name("ingest/scheduled")
        manual = [client.read_deployment_by_name(n) for n in ("backfill/manual", "reprocess/manual")]
        limits = {gcl.name: gcl.limit for gcl in client.read_global_concurrency_limits()}
    schedule = ingest.schedules[0].schedule
    assert (schedule.cron, schedule.timezone) == ("*/30 * * * *", "UTC")  # type: ignore[union-attr]
    assert ingest.global_concurrency_limit is not None and ingest.global_concurrency_limit.limit == 1
    assert all(d.schedules == [] and d.work_pool_name == "process" for d in manual)
    assert limits["bamboo-warehouse-writer"] == 1


def test_serve_prints_the_exact_export_line(stack: Stack) -> None:
    lines = stack.log.read_text(errors="replace").splitlines()
    assert f"export PREFECT_API_URL={stack.api_url}" in lines


def test_a_deployment_run_reads_prefect_variables_and_the_workers_environment_wins(stack: Stack) -> None:
    """Set on the server, not in the worker's shell: a cap of one new article per feed is used; the
    worker's BAMBOO_ALLOWED_HOSTS (the loopback sites) wins over a variable that would block them."""
    from prefect.variables import Variable

    db = stack.tmp / "variables.duckdb"
    with _api(stack.api_url):
        Variable.set("bamboo_max_new_per_feed", 1, overwrite=True)
        Variable.set("bamboo_allowed_hosts", "127.0.0.1:9", overwrite=True)
    try:
        (state,) = _wait(stack, [_trigger(stack, "ingest/scheduled", {"feeds_file": stack.feeds,
                                                                      "db": str(db)})])
    finally:
        with _api(stack.api_url):
            Variable.unset("bamboo_max_new_per_feed")
            Variable.unset("bamboo_allowed_hosts")
    assert state.is_completed(), state.message
    rows = query_rows(db, "SELECT feed_name, count(*) FROM article_sources GROUP BY 1 ORDER BY 1")
    assert rows == [("hanoi-compass", 1), ("huanqiu-brief", 1)]


def test_ctrl_c_stops_everything_serve_started(stack: Stack) -> None:
    family = psutil.Process(stack.proc.pid).children(recursive=True)
    names = " ".join(" ".join(p.cmdline()) for p in family)
    assert "server start" in names and "worker start" in names
    os.kill(stack.proc.pid, signal.SIGINT)
    assert stack.proc.wait(timeout=60) == 0
    gone, alive = psutil.wait_procs(family, timeout=30)
    assert alive == [], [p.cmdline() for p in alive]
