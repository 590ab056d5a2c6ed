"""The warehouse writer slot (Prefect global concurrency limit) against a real Prefect server:
a free slot is taken at once with no false error or wait, a held one makes the next writer wait.

One server for the module (started on loopback with a temporary home, ~12 s with a new database);
the ingests are real `bamboo ingest` subprocesses over the fixture site.
"""

from __future__ import annotations

import fcntl
import os
import random
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from extractors.core.settings import Settings
from flows.demo import ReplayServer
from tests import ROOT
from tests.hostile import kill_group, prefect_api, run_measured
from tests.runs import NO_BUDGET
from tests.warehouse_helpers import query_rows

pytestmark = pytest.mark.timeout(300)

BAMBOO = [sys.executable, "-c", "from flows.cli import main; main()"]
WAITING = "another run is writing"


@pytest.fixture(scope="module")
def writer_api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A Prefect server with the writer limit, as `bamboo serve` sets it up; yields its API URL."""
    from prefect.settings import PREFECT_API_URL, temporary_settings

    from flows.writer import ensure_limit

    with prefect_api(tmp_path_factory.mktemp("prefect-server")) as url:
        with temporary_settings({PREFECT_API_URL: url}):
            ensure_limit()
        yield url


def _env(url: str, site: ReplayServer) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BAMBOO_", "PREFECT_LOGGING"))}
    # Extraction in the run's own process: what is tested is the slot, not the worker pool.
    env.update({"PREFECT_API_URL": url, "BAMBOO_ALLOWED_HOSTS": site.hostport, "BAMBOO_PER_HOST_DELAY": "0",
                "BAMBOO_WORKERS": "1", **NO_BUDGET})
    return env


def _ingest(feeds: Path, db: Path) -> list[str]:
    # --verbose: Prefect's own lines too, where the lease service's ERROR would show.
    return [*BAMBOO, "ingest", "--all", "--verbose", "--feeds", str(feeds), "--db", str(db)]


def _errors(out: str) -> list[str]:
    return [line for line in out.splitlines() if "| ERROR" in line or "ConcurrencySlotAcquisition" in line]


def test_case_15_writer_slot_free_means_no_error_and_no_wait(
        writer_api: str, site: ReplayServer, tmp_path: Path) -> None:
    feeds, db = tmp_path / "feeds.toml", tmp_path / "wh" / "bamboo.duckdb"
    feeds.write_bytes(site.render("feeds.toml"))
    for run in range(2):  # a first run that loads the site, then one with nothing new (still writes)
        done = run_measured(_ingest(feeds, db), _env(writer_api, site), timeout=180, cwd=ROOT)
        out = done.stdout + done.stderr
        assert done.returncode == 0, out[-3000:]
        assert "Beginning flow run" in out  # Prefect's lines are shown, so an ERROR of its would be
        assert _errors(out) == [], f"run {run}: " + "\n".join(_errors(out))
        assert WAITING not in out, f"run {run}: nobody held the slot, yet: " + out[-3000:]
    assert query_rows(db, "SELECT status, count(*) FROM runs GROUP BY ALL") == [("completed", 2)]
    assert query_rows(db, "SELECT count(*) FROM articles") == [(7,)]


def test_case_15_writer_slot_held_makes_the_next_writer_wait_logged_once(
        writer_api: str, site: ReplayServer, tmp_path: Path) -> None:
    from prefect.settings import PREFECT_API_URL, temporary_settings

    from flows.writer import writer_slot

    feeds, db = tmp_path / "feeds.toml", tmp_path / "wh" / "bamboo.duckdb"
    feeds.write_bytes(site.render("feeds.toml"))
    lines: list[str] = []
    with temporary_settings({PREFECT_API_URL: writer_api}), \
            writer_slot(Settings.from_env(db=db, lock_timeout=120.0)):  # another run writes
        proc = subprocess.Popen(_ingest(feeds, db), env=_env(writer_api, site), cwd=ROOT,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                                start_new_session=True)
        reader = threading.Thread(target=lambda: lines.extend(proc.stderr or ()), daemon=True)
        reader.start()
        try:
            deadline = time.monotonic() + 120
            while not any(WAITING in line for line in lines) and proc.poll() is None \
                    and time.monotonic() < deadline:
                time.sleep(0.1)
            assert any(WAITING in line for line in lines), "".join(lines)[-3000:]
            time.sleep(2)  # it keeps waiting, and says so only once
            assert proc.poll() is None
            assert query_rows(db, "SELECT count(*) FROM runs") == [(0,)]  # nothing written yet
        except BaseException:
            kill_group(proc)
            raise
        released = datetime.now(UTC)
    try:
        assert proc.wait(timeout=180) == 0
    finally:
        kill_group(proc)
        reader.join(timeout=10)
    out = "".join(lines)
    assert out.count(WAITING) == 1, out[-3000:]
    assert out.count("Got the warehouse writer slot after") == 1, out[-3000:]
    assert _errors(out) == [], "\n".join(_errors(out))
    # It began writing only once the slot was free.
    sql = f"SELECT started_at >= '{released.isoformat()}'::TIMESTAMPTZ FROM runs"
    assert query_rows(db, sql) == [(True,)]


def test_a_wait_for_the_writer_lock_leaves_the_callers_random_state_alone(tmp_path: Path) -> None:
    """The lock wait's jitter has its own generator: a caller's seeded `random` draws the same numbers."""
    from extractors.core.errors import WarehouseError
    from warehouse.db import lock_path, writer_lock

    db = tmp_path / "w.duckdb"
    held = os.open(lock_path(db), os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        random.seed(7)
        expected = random.Random(7).random()
        with pytest.raises(WarehouseError, match="held the writer lock"), writer_lock(db, timeout=0.5):
            pass
        assert random.random() == expected
    finally:
        os.close(held)
