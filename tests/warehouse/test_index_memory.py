"""Index memory of a kept writer connection: let go between writes, and a write past the limit named."""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path

import duckdb
import pytest

from extractors.core.errors import WarehouseError
from extractors.core.settings import Settings
from extractors.core.urls import article_id
from flows import writer
from tests.warehouse_helpers import BASE, synthetic_article
from warehouse import db as warehouse_db
from warehouse import load

ARTICLES = 5000
BATCH = 100


def _warehouse(tmp_path: Path) -> Path:
    """A real warehouse of ARTICLES articles, loaded with the default memory limit."""
    path = tmp_path / "bamboo.duckdb"
    with warehouse_db.connect(path) as con:
        for start in range(0, ARTICLES, 1000):
            batch = [synthetic_article(i, body_chars=300) for i in range(start, start + 1000)]
            load.load_articles(con, batch, BASE)
    return path


def _write_existing(con: duckdb.DuckDBPyConnection, k: int) -> None:
    """Write BATCH articles that are already stored: a refetch (new page bytes) or a reprocess (a new
    detector version), by k, as refetch and reprocess runs do."""
    ids = range(k * BATCH % ARTICLES, k * BATCH % ARTICLES + BATCH)
    now = BASE + timedelta(days=k + 1)
    if k % 2 == 0:
        load.load_articles(con, [synthetic_article(i, body_chars=400 + k) for i in ids], now)
    else:
        fresh = [synthetic_article(i, detector_version=f"test-det-r{k}") for i in ids]
        load.load_detections(con, [(article_id(p.url), p.detection) for p in fresh if p.detection], now)


def _index_bytes(con: duckdb.DuckDBPyConnection) -> int:
    """Bytes of index buffers DuckDB holds in memory (what it reports, tag ART_INDEX)."""
    rows = con.execute("SELECT sum(memory_usage_bytes) FROM duckdb_memory() WHERE tag = 'ART_INDEX'"
                       ).fetchall()
    return int(rows[0][0] or 0)


def test_kept_connection_lets_go_of_index_buffers_between_writes(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Each write of existing articles pins the index buffers on its keys' paths until a checkpoint; a
    run's kept connection checkpoints when they pass its share of the limit, so every write starts under
    it and the connection (not a reopened one) serves every write of the run."""
    path = _warehouse(tmp_path)
    settings = Settings.from_env({"BAMBOO_DB": str(path), "BAMBOO_DUCKDB_MEMORY_LIMIT": "256MB"})
    share = 2 * 2**20  # every write of existing articles here pins 2.6-4.2 MB; a checkpoint leaves 0.2-1
    monkeypatch.setattr(warehouse_db, "INDEX_SHARE", share / 256e6)
    seen: list[duckdb.DuckDBPyConnection] = []  # kept alive, so a reopened one is a new object
    held_before, held_after = [], []
    with writer.run_session(settings):
        for k in range(6):
            with writer.warehouse(settings) as con:
                seen.append(con)
                held_before.append(_index_bytes(con))
                _write_existing(con, k)
                held_after.append(_index_bytes(con))
    assert min(held_after) > share  # every write pinned more than the share ...
    assert max(held_before) <= share  # ... and every write started with it let go of
    assert all(c is seen[0] for c in seen)  # by a checkpoint on the kept connection, never a reopen
    with warehouse_db.reader(path) as con:
        versions = con.execute("SELECT count(DISTINCT detector_version) FROM detections").fetchall()
    assert versions == [(4,)]  # the three reprocess versions beside the original one


def test_write_out_of_memory_is_named(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """A write that needs more than BAMBOO_DUCKDB_MEMORY_LIMIT fails with one line naming the setting,
    in the log and in the error the run records, and leaves nothing of its batch behind."""
    path = _warehouse(tmp_path)
    settings = Settings.from_env({"BAMBOO_DB": str(path), "BAMBOO_DUCKDB_MEMORY_LIMIT": "8MB"})
    with (caplog.at_level(logging.ERROR, logger="bamboo.warehouse"), pytest.raises(WarehouseError) as raised,
          writer.warehouse(settings) as con):
        _write_existing(con, 0)
    message = str(raised.value)
    assert "a write ran out of DuckDB's memory (BAMBOO_DUCKDB_MEMORY_LIMIT=8MB" in message
    assert "raise BAMBOO_DUCKDB_MEMORY_LIMIT" in message
    assert [r.getMessage() for r in caplog.records] == [message]
    with warehouse_db.reader(path) as con:
        pages = con.execute("SELECT count(*) FROM raw_pages").fetchall()
    assert pages == [(ARTICLES,)]
