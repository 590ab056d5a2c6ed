"""Backfill checkpoints: which chunks of a backfill window are done (schema 002).

A backfill is identified by its parameters; while it is `running`, a rerun with the same
parameters resumes it (skipping finished chunks). Once `completed`, the same parameters start a
new backfill, so new articles listed later for an old window can still be found.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

import duckdb
import pyarrow as pa

from warehouse.db import transaction


def open_backfill(con: duckdb.DuckDBPyConnection, params_key: str, since: date, until: date,
                  feeds: Sequence[str], refetch: bool, chunk_days: int, run_id: str
                  ) -> tuple[str, set[str]]:
    """The running backfill with these parameters (or a new one); returns its id and finished chunks."""
    rows = con.execute("SELECT backfill_id FROM backfills WHERE params_key = ? AND status = 'running' "
                       "ORDER BY started_at DESC LIMIT 1", [params_key]).fetchall()
    row = rows[0] if rows else None
    with transaction(con):
        if row is None:
            backfill_id = uuid.uuid4().hex[:16]
            con.execute("INSERT INTO backfills (backfill_id, params_key, since, until, feeds, refetch, "
                        "chunk_days, status, started_at, last_run_id) VALUES (?, ?, ?, ?, ?, ?, ?, "
                        "'running', ?, ?)", [backfill_id, params_key, since, until, list(feeds), refetch,
                                             chunk_days, datetime.now(UTC), run_id])
        else:
            backfill_id = str(row[0])
            con.execute("UPDATE backfills SET last_run_id = ? WHERE backfill_id = ?", [run_id, backfill_id])
    done = {r[0] for r in con.execute("SELECT chunk FROM backfill_chunks WHERE backfill_id = ?",
                                      [backfill_id]).fetchall()}
    return backfill_id, done


def record_chunk(con: duckdb.DuckDBPyConnection, backfill_id: str, chunk: dict[str, Any]) -> None:
    """Mark one chunk done, with its counts (idempotent)."""
    row = {"backfill_id": backfill_id, "done_at": datetime.now(UTC), **chunk}
    cols = ", ".join(row)
    with transaction(con):
        con.execute("DELETE FROM backfill_chunks WHERE backfill_id = ? AND chunk = ?",
                    [backfill_id, row["chunk"]])
        con.execute(f"INSERT INTO backfill_chunks ({cols}) VALUES ({', '.join('?' for _ in row)})",
                    list(row.values()))


def complete_backfill(con: duckdb.DuckDBPyConnection, backfill_id: str) -> None:
    """Mark a backfill completed: its parameters start afresh next time."""
    con.execute("UPDATE backfills SET status = 'completed', finished_at = ? WHERE backfill_id = ?",
                [datetime.now(UTC), backfill_id])


def outside_window(con: duckdb.DuckDBPyConnection, urls: Sequence[str], since: date, until: date) -> int:
    """How many of these stored articles carry an extracted publication date outside [since, until]."""
    if not urls:
        return 0
    start = datetime(since.year, since.month, since.day, tzinfo=UTC)
    end = datetime(until.year, until.month, until.day, tzinfo=UTC) + timedelta(days=1)
    con.register("_bamboo_urls", pa.table({"url": list(urls)}))
    try:
        rows = con.execute(
            "SELECT count(*) FROM articles a JOIN _bamboo_urls USING (url) "
            "JOIN latest_extractions x USING (article_id) "
            "WHERE x.published_at IS NOT NULL AND (x.published_at < ? OR x.published_at >= ?)",
            [start, end]).fetchall()
    finally:
        con.unregister("_bamboo_urls")
    return int(rows[0][0]) if rows else 0
