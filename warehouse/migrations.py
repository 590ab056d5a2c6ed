"""Schema migrations: numbered SQL files in warehouse/sql, applied in order, recorded.

A file made by an older version is upgraded in place on open; a file from a newer version,
or a DuckDB file that is not a Bamboo Wire warehouse, is refused, never overwritten.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from functools import cache
from importlib import resources
from pathlib import Path

import duckdb

from extractors.core.errors import WarehouseError

_MIGRATION = re.compile(r"^(\d{3})_[a-z0-9_]+\.sql$")
_views_done: set[tuple[str, int]] = set()


@cache
def migration_files() -> tuple[tuple[int, str, str], ...]:
    """(version, name, sql) of every migration shipped with the package, in order."""
    root = resources.files("warehouse") / "sql"
    found = []
    for entry in root.iterdir():
        m = _MIGRATION.match(entry.name)
        if m:
            found.append((int(m.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    return tuple(sorted(found))


@cache
def views_sql() -> str:
    """The analyst views, recreated whenever the schema changes."""
    return (resources.files("warehouse") / "sql" / "views.sql").read_text(encoding="utf-8")


def latest_version() -> int:
    """The schema version this code writes."""
    return migration_files()[-1][0]


def current_version(con: duckdb.DuckDBPyConnection, db: Path) -> int:
    """The schema version of the open file (0 for an empty file)."""
    tables = {r[0] for r in con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'"
    ).fetchall()}
    if "schema_version" not in tables:
        if tables:
            raise WarehouseError(
                f"{db}: this DuckDB file is not a Bamboo Wire warehouse (it has tables "
                f"{', '.join(sorted(tables)[:5])} but no schema_version); refusing to touch it"
            )
        return 0
    rows = con.execute("SELECT max(version) FROM schema_version").fetchall()
    return int(rows[0][0] or 0) if rows else 0


def migrate(con: duckdb.DuckDBPyConnection, db: Path) -> int:
    """Bring the open file to the latest schema; returns the number of migrations applied."""
    have, want = current_version(con, db), latest_version()
    if have > want:
        raise WarehouseError(
            f"{db}: schema version {have} is newer than this Bamboo Wire ({want}); upgrade the package"
        )
    applied = 0
    for version, name, sql in migration_files():
        if version <= have:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            if version == 1:
                con.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, "
                            "name VARCHAR, applied_at TIMESTAMPTZ NOT NULL)")
            con.execute(sql)
            con.execute("INSERT INTO schema_version VALUES (?, ?, ?)", [version, name, datetime.now(UTC)])
            con.execute("COMMIT")
        except duckdb.Error as exc:
            con.execute("ROLLBACK")
            raise WarehouseError(f"{db}: migration {name} failed: {exc}") from exc
        applied += 1
    key = (str(Path(db).resolve()), want)
    if applied or key not in _views_done:
        con.execute(views_sql())
        _views_done.add(key)
    return applied
