"""The analyst file: a read-only copy of the warehouse, brought up to date after each run.

Analysts open the analyst file, never the file the flows write, so an hour-long SQL session cannot
block a scheduled run. The file is one of a few generations kept in `<stem>.analyst-copies/`, linked
(a hard link, moved into place atomically) to `<stem>.analyst.duckdb`: a session that has the old one
open keeps reading its own unchanged file, a new session gets the new one.

A run never writes the generation that is live. It refreshes a spare one that no session holds with
what changed since that generation's own rev (warehouse/changes.py: the rows of the articles and
polls the change log names, plus the small tables whole), then makes it live. So a refresh costs what
changed, not the warehouse's size. A generation is built whole only when it is new, when its schema is
older, when the change log no longer reaches back to its rev, when something other than a run wrote
it, or when every spare is held by a session (that one is replaced by a new file; the session keeps
reading the old one). Generations are written in DuckDB's v1.5.0 storage format so the DuckDB CLI and
other tools that lag behind the Python package can open them. Raw page bytes live in files beside
the warehouse (warehouse/pagestore.py) and are not part of either file.
"""

from __future__ import annotations

import glob
import logging
import os
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from extractors.core.errors import WarehouseError
from warehouse.changes import LOGGED, LOOKUP_MAX, lookup_statements
from warehouse.db import damage, damaged, transaction
from warehouse.migrations import latest_version, views_sql

log = logging.getLogger("bamboo.warehouse")

STORAGE_VERSION = "v1.5.0"
GENERATIONS = 3  # the live one, one a long session may hold, one to refresh
# The writer's bookkeeping: copied whole like the other small tables (so the analyst copy can stand in
# for a lost warehouse), but analyst_copies is recorded after the copy is made.
INTERNAL_TABLES = ("change_log", "change_state", "analyst_copies")
_SNAP = "bamboo_snapshot"


def analyst_path(db: Path) -> Path:
    """Where the analyst copy of `db` lives."""
    return db.with_name(f"{db.stem}.analyst{db.suffix or '.duckdb'}")


def generations_dir(db: Path) -> Path:
    """The folder of the analyst copy's generations."""
    return db.with_name(f"{db.stem}.analyst-copies")


class PublishError(WarehouseError):
    """The analyst copy could not be written or moved into place (the previous one is untouched)."""


@dataclass(frozen=True)
class Refresh:
    """What one publish did."""

    path: Path                 # the analyst file
    generation: str            # the generation file made live
    rev: int                   # the warehouse rev it holds
    whole: bool                # built whole (else: caught up from `since`)
    since: int | None
    changed: int               # articles and polls copied again (whole: every article)
    seconds: float
    why: str                   # why it was built whole ('' when caught up)


def publish(con: duckdb.DuckDBPyConnection, db: Path) -> Path:
    """Bring a spare generation of the analyst copy up to date with the open warehouse `con` (file
    `db`) and make it the analyst file. Raises PublishError naming the file and the cause."""
    return refresh(con, db).path


def refresh(con: duckdb.DuckDBPyConnection, db: Path) -> Refresh:
    """`publish`, saying what it did."""
    db = Path(db)
    target = analyst_path(db)
    try:
        done = _publish(con, db, target)
    except (OSError, duckdb.Error) as exc:
        if damage(exc):  # the warehouse itself cannot be read: not a publishing problem
            raise damaged(db, exc) from exc
        _detach(con)
        for leftover in target.parent.glob(glob.escape(target.name) + f".tmp{os.getpid()}*"):
            if not leftover.is_dir():
                leftover.unlink(missing_ok=True)
        cause = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise PublishError(f"{target}: could not publish the analyst copy: {cause}") from exc
    log.info("Analyst copy %s: %s in %.2f s (generation %s, rev %d)", target,
             f"built whole ({done.why})" if done.whole
             else f"{done.changed} changed articles and polls since rev {done.since} copied",
             done.seconds, done.generation, done.rev)
    return done


def _publish(con: duckdb.DuckDBPyConnection, db: Path, target: Path) -> Refresh:
    started = time.perf_counter()
    # Publishing runs under the writer lock, so a temporary link here was left by a writer killed
    # mid-publish (any pid).
    for leftover in target.parent.glob(glob.escape(target.name) + ".tmp*"):
        leftover.unlink()
    folder = generations_dir(db)
    folder.mkdir(exist_ok=True)
    state = con.execute("SELECT last_rev, floor_rev FROM change_state").fetchone()
    last_rev, floor_rev = (int(state[0]), int(state[1])) if state else (0, 0)
    gen, held, why = _open_generation(con, folder, _identity(target))
    try:
        with transaction(con):
            if why is None and held is not None and held < floor_rev:
                why = f"the change log starts after its rev {held}"
            changed = _catch_up(con, held) if why is None and held is not None else _build_whole(con)
            _finish(con, last_rev)
        checkpoint = time.perf_counter()
        con.execute(f"CHECKPOINT {_SNAP}")
        log.debug("Analyst copy: checkpoint in %.3f s", time.perf_counter() - checkpoint)
    finally:
        _detach(con)
    tmp = target.with_name(f"{target.name}.tmp{os.getpid()}")
    os.link(gen, tmp)
    os.replace(tmp, target)
    _record(con, folder, gen, last_rev)
    return Refresh(target, gen.name, last_rev, why is not None, None if why else held, changed,
                   time.perf_counter() - started, why or "")


def _open_generation(con: duckdb.DuckDBPyConnection, folder: Path, live: tuple[int, int] | None
                     ) -> tuple[Path, int | None, str | None]:
    """Attach a spare generation as `bamboo_snapshot`: (its file, the rev it holds, why it must be
    built whole or None)."""
    known = {str(f): (rev, version, stamp) for f, rev, version, stamp in con.execute(
        "SELECT file, rev, schema_version, stamp FROM analyst_copies").fetchall()}
    slots = [folder / f"copy-{i}.duckdb" for i in range(1, GENERATIONS + 1)]
    spares = [s for s in slots if live is None or _identity(s) != live]
    spares.sort(key=lambda s: (not s.exists(), -known.get(s.name, (-1, 0, ""))[0]))
    for slot in spares:
        if not slot.exists():
            return _fresh(con, slot), None, "a new generation"
        stamp = _stamp(slot)
        try:
            con.execute(f"ATTACH '{_sql_path(slot)}' AS {_SNAP}")
        except duckdb.Error:
            continue  # open in an analyst's session: it must not change under them
        rev, version, recorded = known.get(slot.name, (None, None, None))
        if rev is None:
            return _rebuilt(con, slot, "not made by this warehouse")
        if version != latest_version():
            return _rebuilt(con, slot, f"schema {version} → {latest_version()}")
        if recorded != stamp:
            return _rebuilt(con, slot, "written since its last refresh by something else")
        return slot, int(rev), None
    # Every spare is held by a session: replace the least fresh; its sessions keep their file.
    slot = spares[-1]
    return _fresh(con, slot), None, "every spare generation is open in a session"


def _rebuilt(con: duckdb.DuckDBPyConnection, slot: Path, why: str) -> tuple[Path, None, str]:
    _detach(con)
    return _fresh(con, slot), None, why


def _fresh(con: duckdb.DuckDBPyConnection, slot: Path) -> Path:
    """Attach an empty file at `slot` (whatever was there is unlinked, not overwritten)."""
    for old in (slot, slot.with_name(slot.name + ".wal")):
        old.unlink(missing_ok=True)
    # DuckDB's default block size, whatever the warehouse's (warehouse.db.BLOCK_SIZE): older readers' own.
    con.execute(f"ATTACH '{_sql_path(slot)}' AS {_SNAP} "
                f"(STORAGE_VERSION '{STORAGE_VERSION}', BLOCK_SIZE 262144)")
    return slot


def _tables(con: duckdb.DuckDBPyConnection, database: str) -> list[str]:
    return [r[0] for r in con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE database_name = ? AND schema_name = 'main' "
        "AND NOT temporary ORDER BY 1", [database]).fetchall()]


def _main(con: duckdb.DuckDBPyConnection) -> str:
    rows = con.execute("SELECT database_name FROM duckdb_databases() WHERE NOT internal "
                       f"AND database_name <> '{_SNAP}' ORDER BY database_oid LIMIT 1").fetchall()
    return str(rows[0][0]) if rows else "memory"


def _build_whole(con: duckdb.DuckDBPyConnection) -> int:
    main = _quote(_main(con))
    for table in _tables(con, _SNAP):
        con.execute(f"DROP TABLE {_SNAP}.main.{table} CASCADE")
    for table in _tables(con, _main(con)):
        con.execute(f"CREATE TABLE {_SNAP}.main.{table} AS SELECT * FROM {main}.main.{table}")
    row = con.execute(f"SELECT count(*) FROM {main}.main.articles").fetchone()
    return int(row[0]) if row else 0


def _catch_up(con: duckdb.DuckDBPyConnection, since: int) -> int:
    """Copy again the rows of what changed after rev `since`, and the small tables whole."""
    main = _quote(_main(con))
    con.execute("CREATE OR REPLACE TEMP TABLE _bamboo_changed AS SELECT DISTINCT kind, key "
                f"FROM {main}.main.change_log WHERE rev > ?", [since])
    try:
        searchable = _searchable(con)
        lookups: dict[str, list[str] | None] = {}
        for table in _tables(con, _main(con)):
            logged = LOGGED.get(table)
            if logged is None:
                con.execute(f"DELETE FROM {_SNAP}.main.{table}")
                con.execute(f"INSERT INTO {_SNAP}.main.{table} SELECT * FROM {main}.main.{table}")
                continue
            kind, key = logged
            changed = f"(SELECT key FROM temp._bamboo_changed WHERE kind = '{kind}')"
            started = time.perf_counter()
            con.execute(f"DELETE FROM {_SNAP}.main.{table} WHERE {key} IN {changed}")
            if (table, key) in searchable and kind not in lookups:
                lookups[kind] = _lookup_keys(con, kind)
            keys = lookups[kind] if (table, key) in searchable else None
            if keys is None:
                con.execute(f"INSERT INTO {_SNAP}.main.{table} SELECT t.* FROM {main}.main.{table} t "
                            f"JOIN {changed} c ON t.{key} = c.key")
            if keys:
                _copy_rows(con, f"{main}.main.{table}", f"{_SNAP}.main.{table}", key, keys)
            log.debug("Analyst copy: %s caught up in %.3f s", table, time.perf_counter() - started)
        row = con.execute("SELECT count(*) FROM temp._bamboo_changed").fetchone()
    finally:
        con.execute("DROP TABLE IF EXISTS temp._bamboo_changed")
    return int(row[0]) if row else 0


# Rows at most RUN_GAP apart in rowid, RUN_MIN of them or more, are read by a scan of their range.
RUN_GAP = 8
RUN_MIN = 64


def _copy_rows(con: duckdb.DuckDBPyConnection, source: str, target: str, key: str, keys: list[str]) -> None:
    """Copy the rows of `keys` from `source` (indexed on `key`) into `target`, their rowids looked up
    in the index first. An index lookup fetches each row on its own, and a row in a segment DuckDB
    compressed whole (ZSTD, which it picks for long strings such as the page bodies of one write,
    checkpointed together at the end of the table) costs the decompression of that segment: ~1 ms a
    row of `extractions` at a million articles. So the keys whose rows all lie in dense runs (what a
    write appended) are read by a scan of each run's rowid range, which decompresses each segment
    once; the other keys by index lookups."""
    select = f"SELECT rowid, {key} FROM {source} WHERE {key} IN ({{keys}})"
    located = [row for statement in lookup_statements(select, keys)
               for row in con.execute(statement).fetchall()]
    runs = _dense_runs(sorted(rowid for rowid, _ in located))
    in_run = {rowid for run in runs for rowid in run}
    # A key with a row outside the runs is read whole by lookups, so none of its rows from a run.
    scattered = {k for rowid, k in located if rowid not in in_run}
    owner = dict(located)
    for run in runs:
        ours = [rowid for rowid in run if owner[rowid] not in scattered]
        if ours:  # the range bounds the scan, the list keeps other keys' rows in it out
            con.execute(f"INSERT INTO {target} SELECT * FROM {source} WHERE rowid BETWEEN {ours[0]} AND "
                        f"{ours[-1]} AND rowid IN ({', '.join(map(str, ours))})")
    insert = f"INSERT INTO {target} SELECT * FROM {source} WHERE {key} IN ({{keys}})"
    for statement in lookup_statements(insert, scattered):
        con.execute(statement)


def _dense_runs(rowids: list[int]) -> list[list[int]]:
    """The runs of the sorted `rowids`, each rowid at most RUN_GAP after the one before, that hold at
    least RUN_MIN rowids."""
    runs: list[list[int]] = [[]]
    for rowid in rowids:
        if runs[-1] and rowid - runs[-1][-1] > RUN_GAP:
            runs.append([])
        runs[-1].append(rowid)
    return [run for run in runs if len(run) >= RUN_MIN]


# Changed keys of one kind read by index lookups, at most: beyond, one scan of each table costs less
# than this many lookups (a backfill's write of tens of thousands of articles).
LOOKUP_KEYS = 20 * LOOKUP_MAX


def _lookup_keys(con: duckdb.DuckDBPyConnection, kind: str) -> list[str] | None:
    """The changed keys of `kind`, when few enough to be read by index lookups; else None."""
    keys = [r[0] for r in con.execute("SELECT key FROM temp._bamboo_changed WHERE kind = ? ORDER BY key "
                                      f"LIMIT {LOOKUP_KEYS + 1}", [kind]).fetchall()]
    return keys if len(keys) <= LOOKUP_KEYS else None


def _searchable(con: duckdb.DuckDBPyConnection) -> set[tuple[str, str]]:
    """(table, column) pairs of the warehouse that an index or a one-column primary key searches.
    Copying a changed article's rows from these is a lookup per key; from the others a join, which
    reads every row of the table (at a million articles, seconds for the extracted bodies)."""
    main = _main(con)
    rows = con.execute(
        "SELECT table_name, expressions FROM duckdb_indexes() WHERE database_name = ? "
        "UNION ALL SELECT table_name, '[' || constraint_column_names[1] || ']' FROM duckdb_constraints() "
        "WHERE database_name = ? AND constraint_type = 'PRIMARY KEY' "
        "AND len(constraint_column_names) = 1", [main, main]).fetchall()
    return {(table, expr.strip("[]")) for table, expr in rows if "," not in expr}


def _finish(con: duckdb.DuckDBPyConnection, rev: int) -> None:
    """Views, and what the generation holds, inside the generation."""
    con.execute(f"CREATE OR REPLACE TABLE {_SNAP}.main.copy_info (rev BIGINT, schema_version INTEGER, "
                "refreshed_at TIMESTAMPTZ)")
    con.execute(f"INSERT INTO {_SNAP}.main.copy_info VALUES (?, ?, ?)",
                [rev, latest_version(), datetime.now(UTC)])
    main = _quote(_main(con))
    con.execute(f"USE {_SNAP}")
    try:
        con.execute(views_sql())
    finally:
        con.execute(f"USE {main}")


def _record(con: duckdb.DuckDBPyConnection, folder: Path, gen: Path, rev: int) -> None:
    """Note the generation's rev and file stamp, and drop changes every generation already holds."""
    with transaction(con):
        con.execute("INSERT OR REPLACE INTO analyst_copies VALUES (?, ?, ?, ?, ?)",
                    [gen.name, rev, latest_version(), datetime.now(UTC), _stamp(gen)])
        kept = [int(r) for f, r in con.execute("SELECT file, rev FROM analyst_copies").fetchall()
                if (folder / f).exists()]
        floor = min(kept, default=rev)
        con.execute("DELETE FROM change_log WHERE rev <= ?", [floor])
        con.execute("UPDATE change_state SET floor_rev = greatest(floor_rev, ?)", [floor])


def _identity(p: Path) -> tuple[int, int] | None:
    try:
        st = p.stat()
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def _stamp(p: Path) -> str:
    """Size and modification time: what changes when anything writes the file (and what a copy of
    the folder with `cp -a` or a backup tool keeps)."""
    try:
        st = p.stat()
    except OSError:
        return ""
    return f"{st.st_size}:{st.st_mtime_ns}"


def _detach(con: duckdb.DuckDBPyConnection) -> None:
    try:
        attached = con.execute("SELECT count(*) FROM duckdb_databases() WHERE database_name = ?",
                               [_SNAP]).fetchone()
        if attached and attached[0]:
            con.execute(f"DETACH {_SNAP}")
    except duckdb.Error:
        pass  # the connection is gone with it


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _sql_path(p: Path) -> str:
    return str(p).replace("'", "''")
