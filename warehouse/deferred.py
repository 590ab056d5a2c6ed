"""Runs that could not reach the warehouse still get their row in `runs`.

When the warehouse cannot be opened (locked past the timeout, unreadable), the failing run appends
one JSON line to `<warehouse>.deferred.jsonl` beside it; the next run that opens the warehouse moves
those lines into `runs` as failed runs. Appends are single small writes (atomic with O_APPEND), and
the reader renames the file before reading, so a line written meanwhile goes to a new file.
"""

from __future__ import annotations

import json
import os
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb

from warehouse.db import transaction
from warehouse.load import upsert


def journal_path(db: Path) -> Path:
    """The file beside `db` that holds failures waiting for the warehouse."""
    return db.with_name(db.name + ".deferred.jsonl")


def defer_run_failure(db: Path, flow: str, params: dict[str, Any], error: str,
                      started_at: datetime | None = None) -> None:
    """Remember a run that failed before it could write to the warehouse."""
    now = datetime.now(UTC)
    line = json.dumps({"run_id": uuid.uuid4().hex[:16], "flow": flow,
                       "started_at": (started_at or now).isoformat(), "finished_at": now.isoformat(),
                       "params": params, "error": error[:2000]}, default=str)
    path = journal_path(Path(db))
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(fd, (line + "\n").encode())
    finally:
        os.close(fd)


def record_deferred(con: duckdb.DuckDBPyConnection, db: Path) -> int:
    """Move remembered failures into `runs` (status failed); returns how many."""
    path = journal_path(Path(db))
    if not path.exists():
        return 0
    taken = path.with_name(f"{path.name}.{os.getpid()}")
    try:
        os.replace(path, taken)
    except FileNotFoundError:
        return 0
    rows = []
    for line in taken.read_text(encoding="utf-8", errors="replace").splitlines():
        try:
            item = json.loads(line)
            rows.append({"run_id": item["run_id"], "flow": item["flow"],
                         "started_at": datetime.fromisoformat(item["started_at"]),
                         "finished_at": datetime.fromisoformat(item["finished_at"]),
                         "status": "failed", "params": json.dumps(item.get("params")),
                         "error": item.get("error")})
        except (ValueError, KeyError, TypeError):
            continue  # a torn line from a crash while appending: nothing to recover from it
    with transaction(con):
        upsert(con, "runs", rows, update=False)
    taken.unlink()
    return len(rows)
