"""The analyst file: a read-only copy of the warehouse published after each run.

Analysts open the snapshot, never the file the flows write, so an hour-long SQL session cannot
block a scheduled run. It is written beside the warehouse under a temporary name and moved into
place atomically: a session that has the old one open keeps reading it, a new session gets the
new one. It is written in DuckDB's v1.5.0 storage format so the DuckDB CLI and other tools that
lag behind the Python package can open it. Every table is copied; raw page bytes live in files
beside the warehouse (warehouse/pagestore.py) and are not part of either file.
"""

from __future__ import annotations

import glob
import os
from pathlib import Path

import duckdb

from extractors.errors import WarehouseError
from warehouse.db import damage, damaged
from warehouse.migrations import views_sql

STORAGE_VERSION = "v1.5.0"


def analyst_path(db: Path) -> Path:
    """Where the analyst copy of `db` lives."""
    return db.with_name(f"{db.stem}.analyst{db.suffix or '.duckdb'}")


class PublishError(WarehouseError):
    """The analyst copy could not be written or moved into place (the previous one is untouched)."""


def publish(con: duckdb.DuckDBPyConnection, db: Path) -> Path:
    """Write the analyst copy of the open warehouse `con` (file `db`) and move it into place.

    Raises PublishError naming the file and the cause; the temporary copy is removed then.
    """
    target = analyst_path(Path(db))
    tmp = target.with_name(target.name + f".tmp{os.getpid()}")
    try:
        _publish(con, target, tmp)
    except (OSError, duckdb.Error) as exc:
        if damage(exc):  # the warehouse itself cannot be read: not a publishing problem
            raise damaged(Path(db), exc) from exc
        for leftover in (tmp, tmp.with_name(tmp.name + ".wal")):
            if leftover.is_file():
                leftover.unlink()
        cause = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise PublishError(f"{target}: could not publish the analyst copy: {cause}") from exc
    return target


def _publish(con: duckdb.DuckDBPyConnection, target: Path, tmp: Path) -> None:
    # Publishing runs under the writer lock, so any temporary copy here was left by a writer that
    # was killed mid-publish (any pid): remove them all, or each crash leaks a warehouse-sized file.
    for leftover in target.parent.glob(glob.escape(target.name) + ".tmp*"):
        leftover.unlink(missing_ok=True)
    con.execute(f"ATTACH '{_sql_path(tmp)}' AS bamboo_snapshot (STORAGE_VERSION '{STORAGE_VERSION}')")
    try:
        tables = [r[0] for r in con.execute(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_catalog = current_database() AND table_schema = 'main' "
            "AND table_type = 'BASE TABLE' ORDER BY 1").fetchall()]
        for table in tables:
            con.execute(f"CREATE TABLE bamboo_snapshot.main.{table} AS SELECT * FROM main.{table}")
        con.execute("USE bamboo_snapshot")
        try:
            con.execute(views_sql())
        finally:
            con.execute(f"USE {_quote(_main_name(con))}")
    finally:
        con.execute("DETACH bamboo_snapshot")
    os.replace(tmp, target)


def _main_name(con: duckdb.DuckDBPyConnection) -> str:
    rows = con.execute("SELECT database_name FROM duckdb_databases() WHERE NOT internal "
                       "AND database_name <> 'bamboo_snapshot' ORDER BY database_oid LIMIT 1").fetchall()
    return str(rows[0][0]) if rows else "memory"


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _sql_path(p: Path) -> str:
    return str(p).replace("'", "''")
