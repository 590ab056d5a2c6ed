"""Shared fixtures: a loopback replay server over real fixture bytes, fresh warehouse paths,
and one Prefect test harness for the whole session (it costs ~10 s to start)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import hypothesis
import pytest

from flows.runtime import configure_process

configure_process()  # quiet Prefect defaults, before Prefect is imported

from flows.demo import SITE, ReplayServer  # noqa: E402
from tests.runs import NO_BUDGET  # noqa: E402

# The suite draws the same property-test examples on every run, so a clean clone's verdict does not
# depend on the draw; BAMBOO_FUZZ=explore draws new ones each run (or pass --hypothesis-seed=N).
hypothesis.settings.register_profile("suite", derandomize=True)
hypothesis.settings.register_profile("explore", derandomize=False)
hypothesis.settings.load_profile("explore" if os.environ.get("BAMBOO_FUZZ") == "explore" else "suite")


@pytest.fixture(scope="session", autouse=True)
def _isolated_environment(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """No BAMBOO_* setting of the developer's leaks into tests; Prefect state lives in a temp dir.

    Pages are extracted in the run's own process (BAMBOO_WORKERS=1 and no page budget, NO_BUDGET), in
    this process and in the `bamboo` processes that inherit its environment: a run stops its extraction
    processes at its end, so each run would start new ones (~1.3 s of CPU each to import trafilatura and
    warm up). The worker pool and the budget are tested where they are the subject
    (tests/faults/test_worker_crash.py, the page budget's tests, the kill -9 and crash tests, the
    deployments, and `make demo`, whose environment has no BAMBOO_* setting)."""
    saved = {k: v for k, v in os.environ.items() if k.startswith("BAMBOO_")}
    for k in saved:
        del os.environ[k]
    session = {"BAMBOO_WORKERS": "1", **NO_BUDGET}
    os.environ.update(session)
    os.environ["PREFECT_HOME"] = str(tmp_path_factory.mktemp("prefect-home"))
    yield
    for k in session:
        del os.environ[k]
    os.environ.update(saved)


@pytest.fixture(scope="session")
def prefect_harness(_isolated_environment: None) -> Iterator[None]:
    """A temporary Prefect API for real flow runs, shared by every flow test."""
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings
    from prefect.testing.utilities import prefect_test_harness

    # Heartbeats only make each flow run wait up to a second at its end (see flows.local).
    with prefect_test_harness(server_startup_timeout=60), \
            temporary_settings({PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
        yield


@pytest.fixture(scope="session")
def api_url(prefect_harness: None) -> str:
    """The session's Prefect API, shared with `bamboo` subprocesses (no temporary API each)."""
    from prefect.settings import PREFECT_API_URL

    url = PREFECT_API_URL.value()
    assert url, "the Prefect test harness has no API URL"
    return str(url)


@pytest.fixture
def site() -> Iterator[ReplayServer]:
    """The fixture news site (two feeds, seven pages) on a loopback port."""
    with ReplayServer(SITE) as server:
        yield server


@pytest.fixture
def site_env(site: ReplayServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Environment for ingesting the fixture site: only its host:port allowed; returns feeds file."""
    monkeypatch.setenv("BAMBOO_ALLOWED_HOSTS", site.hostport)
    monkeypatch.setenv("BAMBOO_PER_HOST_DELAY", "0")
    monkeypatch.setenv("BAMBOO_CONNECT_TIMEOUT", "2")
    monkeypatch.setenv("BAMBOO_READ_TIMEOUT", "5")
    feeds = tmp_path / "feeds.toml"
    feeds.write_bytes(site.render("feeds.toml"))
    return feeds


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A fresh warehouse path (the file does not exist yet)."""
    return tmp_path / "wh" / "bamboo.duckdb"


@pytest.fixture
def analyst_db(db_path: Path) -> Path:
    """A small warehouse (9 articles, 3 stories, pairs CN-VN) and its analyst copy."""
    from datetime import UTC, datetime

    from tests.warehouse_helpers import FEED, synthetic_article
    from warehouse import load
    from warehouse.db import connect
    from warehouse.snapshot import publish

    now = datetime(2023, 10, 1, tzinfo=UTC)
    with connect(db_path) as con:
        load.sync_feeds(con, [FEED], now)
        load.load_articles(con, [synthetic_article(i) for i in range(9)], now)
        return publish(con, db_path)


# The files that take longest, longest first (seconds of one file in a full run at a load average of
# about 8, December 2026; the two halves of the kill -9 matrix side by side). With `--dist loadfile
# --no-loadscope-reorder` (make test) each file runs whole on one worker, in this order: the long files
# start first and the many short ones even out the end. xdist's own order (most tests first) left the
# long files with few tests for last, one worker finishing them alone. A file missing here runs after
# these, in collection order; the order changes no test's outcome.
SLOWEST_FIRST = (
    "tests/faults/test_faults_recovery.py",  # 161
    "tests/flows/test_deployments.py",  # 139
    "tests/flows/test_alerts.py",  # 124
    "tests/warehouse/test_identity.py",  # 114
    "tests/feeds/test_backlog.py",  # 114
    "tests/diplomacy/test_event_clusters.py",  # 114
    "tests/warehouse/test_analyst_refresh.py",  # 112
    "tests/flows/test_demo.py",  # 109
    "tests/faults/test_faults_kill_1.py",  # 98
    "tests/faults/test_faults_kill_2.py",  # 74
    "tests/feeds/test_feeds_cmd.py",  # 95
    "tests/http/test_fetch_issue19.py",  # 82
    "tests/warehouse/test_writer_slot.py",  # 78
    "tests/flows/test_dask.py",  # 68
    "tests/faults/test_faults_budget.py",  # 66
    "tests/warehouse/test_warehouse.py",  # 65
    "tests/faults/test_faults_crash.py",  # 63
    "tests/flows/test_ingest.py",  # 59
    "tests/flows/test_prefect_settings.py",  # 57
    "tests/flows/test_small_things.py",  # 49
    "tests/flows/test_cli.py",  # 41
    "tests/flows/test_runs.py",  # 33
    "tests/flows/test_run_connection.py",  # 30
    "tests/warehouse/test_report.py",  # 30
    "tests/warehouse/test_sqlprompt.py",  # 29
    "tests/flows/test_reprocess.py",  # 28
    "tests/faults/test_faults_concurrency.py",  # 27
    "tests/discovery/test_backfill.py",  # 25
    "tests/faults/test_worker_crash.py",  # 25
    "tests/faults/test_faults_input.py",  # 22
    "tests/flows/test_imports.py",  # 20
    "tests/warehouse/test_index_memory.py",  # 20
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The slowest files first (SLOWEST_FIRST), the rest after them in collection order."""
    rank = {path: i for i, path in enumerate(SLOWEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.nodeid.split("::", 1)[0], len(SLOWEST_FIRST)))
