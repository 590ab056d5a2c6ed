"""Where each feed stands in the feeds file (active, disabled, removed); feed health for `bamboo feeds`."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import duckdb

from extractors.core.models import Feed
from extractors.core.settings import DUCKDB_MEMORY_LIMIT
from extractors.feeds.config import cli_feed_name
from warehouse.db import reader

STATUSES = ("active", "disabled", "removed")
HEALTH_COLUMNS = ("feed", "url", "status", "last_status", "last_attempt_at", "last_success_at",
                  "consecutive_failures", "last_error", "articles")


def set_status(con: duckdb.DuckDBPyConnection, names: Iterable[str], status: str, now: datetime) -> int:
    """Give the named feeds `status` (those that had another one); returns how many changed.

    Feeds the warehouse has never seen are not added: they get their row on their first run.
    """
    if status not in STATUSES:
        raise ValueError(f"feed status must be one of {STATUSES}, not {status!r}")
    names = sorted(set(names))
    if not names:
        return 0
    rows = con.execute(
        "UPDATE feeds SET status = ?, status_changed_at = ? "
        "WHERE list_contains(?::VARCHAR[], name) AND status IS DISTINCT FROM ? RETURNING name",
        [status, now, names, status]).fetchall()
    return len(rows)


def record_file(con: duckdb.DuckDBPyConnection, feeds: Sequence[Feed], now: datetime, *,
                complete: bool) -> None:
    """Statuses as the feeds file says: disabled or active; with `complete` (the whole file was read),
    every other configured feed in the warehouse is removed. `--feed-url` feeds are never in a file:
    they are left as they are."""
    set_status(con, [f.name for f in feeds if f.disabled], "disabled", now)
    set_status(con, [f.name for f in feeds if not f.disabled], "active", now)
    if complete:
        named = {f.name for f in feeds}
        stored = con.execute("SELECT name, url FROM feeds").fetchall()
        gone = [n for n, url in stored if n not in named and n != cli_feed_name(url)]
        set_status(con, gone, "removed", now)


def health(db: Path, memory_limit: str = DUCKDB_MEMORY_LIMIT) -> dict[str, dict[str, Any]]:
    """Each feed's row of feed_health in `db` (read-only), by feed name."""
    with reader(db, timeout=5.0, memory_limit=memory_limit) as con:
        cols = {r[0] for r in con.execute("DESCRIBE feed_health").fetchall()}
        wanted = [c if c in cols else f"NULL AS {c}" for c in HEALTH_COLUMNS]  # an older copy lacks status
        rows = con.execute(f"SELECT {', '.join(wanted)} FROM feed_health").fetchall()
    return {r[0]: dict(zip(HEALTH_COLUMNS, r, strict=True)) for r in rows}
