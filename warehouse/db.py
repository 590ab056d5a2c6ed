"""Opening the warehouse: one writer at a time, clear errors, migrations on open.

DuckDB lets one process open a file read-write. Bamboo Wire's runs take a file lock beside
the database (so two runs queue instead of failing), then open DuckDB, retrying with backoff
while another process (an analyst who opened the main file) holds DuckDB's own lock.
A run may keep its connection between its writes (flows.writer.run_session); whoever waits for the
file says so (`waiting`), and such a run lets go at its next pause.
"""

from __future__ import annotations

import fcntl
import logging
import os
import random
import struct
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager, suppress
from pathlib import Path

import duckdb

from extractors.core.errors import WarehouseError
from extractors.core.settings import DUCKDB_MEMORY_LIMIT
from warehouse import changes
from warehouse.migrations import migrate

log = logging.getLogger("bamboo.warehouse")
# Retry jitter draws from its own generator: the module-level `random` state belongs to the caller (a seeded
# simulation, a property-based test), and waits drawn from it in a background thread would shift it.
_jitter = random.Random()

_NO_DOWNLOADS = {"autoinstall_known_extensions": False}
_LOCK_MARKERS = ("Could not set lock", "Conflicting lock", "database is locked")
# What DuckDB says when the file's bytes are not what it wrote (truncated, overwritten, bit rot).
_DAMAGE_MARKERS = ("Could not read enough bytes", "Corrupt database file", "does not match stored checksum",
                   "Failed to read database header", "file is not a valid DuckDB database")
_HEADER_SIZE = 4096  # DuckDB's file: a main header, then two database headers, then blocks
# The block size of a warehouse file DuckDB creates (an existing file keeps its own). An index's
# buffers are blocks, and each key a write touches pins the buffers on its path until a checkpoint:
# with DuckDB's default 256 KiB a write of 100 existing articles pins ~465 MB at a million articles,
# with 16 KiB (DuckDB's smallest) ~60 MB (docs/warehouse.md).
BLOCK_SIZE = 16384


def lock_path(db: Path) -> Path:
    """The file lock that serialises Bamboo Wire writers of `db`."""
    return db.with_name(db.name + ".lock")


@contextmanager
def writer_lock(db: Path, timeout: float = 3600.0) -> Iterator[None]:
    """Hold the cross-process writer lock of `db`, waiting up to `timeout` seconds."""
    db.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock_path(db), os.O_RDWR | os.O_CREAT, 0o644)
    try:
        _acquire(fd, db, timeout)
        try:
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode())
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def _acquire(fd: int, db: Path, timeout: float) -> None:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return
    except BlockingIOError:
        holder = _read_holder(fd)
        log.info("Waiting for the warehouse writer lock on %s (held by pid %s)", db, holder or "?")
    deadline = time.monotonic() + timeout
    with waiting(db):
        while time.monotonic() < deadline:
            time.sleep(0.05 + _jitter.random() * 0.1)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                log.info("Got the warehouse writer lock on %s", db)
                return
            except BlockingIOError:
                continue
    raise WarehouseError(f"{db}: another Bamboo Wire run held the writer lock for over {timeout:.0f} s")


def waiting_path(db: Path) -> Path:
    """The file whose shared locks say that processes wait for `db` (see `waiting`)."""
    return db.with_name(db.name + ".waiting")


@contextmanager
def waiting(db: Path) -> Iterator[None]:
    """Say, while the block runs, that this process waits for `db`: a shared `flock` on
    `<warehouse>.waiting`, which the kernel drops with the process, so a killed waiter is never
    counted. A run that keeps its connection between writes lets go when it sees one (`others_wait`)."""
    try:
        fd = os.open(waiting_path(db), os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:  # a folder we cannot write: the waiter still gets the file at the holder's end
        yield
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_SH)
        yield
    finally:
        os.close(fd)


def others_wait(db: Path) -> bool:
    """Whether another process (or thread) waits for `db` (holds a shared lock from `waiting`)."""
    try:
        fd = os.open(waiting_path(db), os.O_RDWR)
    except OSError:  # no such file: nobody has waited yet
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)
    return False


def _read_holder(fd: int) -> str:
    try:
        return os.pread(fd, 32, 0).decode(errors="replace").strip()
    except OSError:
        return ""


def open_duckdb(db: Path, *, read_only: bool = False, timeout: float = 3600.0, report_language: str = "en",
                memory_limit: str = DUCKDB_MEMORY_LIMIT) -> duckdb.DuckDBPyConnection:
    """Open `db`, retrying with backoff while another process holds DuckDB's lock on it.

    `report_language` (Settings.report_language) picks the event views' headlines on this connection;
    `memory_limit` (Settings.duckdb_memory_limit) is its buffer pool: DuckDB evicts past it instead of
    keeping GBs of a large warehouse cached.
    """
    if not read_only:
        db.parent.mkdir(parents=True, exist_ok=True)
    elif not db.exists():
        raise WarehouseError(f"{db}: no warehouse here yet (run `bamboo ingest` first)")
    cut = cut_short(db)
    with ExitStack() as wait:
        return _open_retrying(db, read_only, timeout, cut, wait, report_language, memory_limit)


def _open_retrying(db: Path, read_only: bool, timeout: float, cut: str | None, wait: ExitStack,
                   report_language: str, memory_limit: str) -> duckdb.DuckDBPyConnection:
    delay, deadline, warned = 0.1, time.monotonic() + timeout, False
    while True:
        try:
            # No extension downloads: a SQLite (or other) file at the warehouse path must be refused,
            # not make DuckDB fetch a reader for it from the internet.
            con = duckdb.connect(str(db), read_only=read_only,
                                 config={**_NO_DOWNLOADS, "memory_limit": memory_limit,
                                         "default_block_size": str(BLOCK_SIZE)})
            con.execute("SET TimeZone = 'UTC'")
            # The event views choose headlines in this language (warehouse/sql/views.sql).
            con.execute("SET VARIABLE bamboo_report_language = ?", [report_language])
            if cut:
                _read_everything(con, db, cut)
            return con
        except duckdb.Error as exc:
            msg = str(exc)
            if damage(exc):  # a file cut short can fail as DuckDB opens it: say it was cut, too
                raise damaged(db, f"{cut}; {damage(exc)}" if cut else exc) from exc
            if not any(m in msg for m in _LOCK_MARKERS):
                raise WarehouseError(f"{db}: cannot open as a DuckDB warehouse: {_first_line(msg)}") from exc
            if time.monotonic() + delay > deadline:
                raise WarehouseError(f"{db}: locked by another process for over {timeout:.0f} s") from exc
            if not warned:
                log.warning("Warehouse %s is locked by another process; retrying with backoff", db)
                wait.enter_context(waiting(db))  # a run keeping the file open lets go at its next pause
                warned = True
            time.sleep(delay * (0.5 + _jitter.random()))
            delay = min(delay * 2, 10.0)


_UNITS = {"B": 1, "KB": 10**3, "MB": 10**6, "GB": 10**9, "TB": 10**12,
          "KIB": 2**10, "MIB": 2**20, "GIB": 2**30, "TIB": 2**40}
INDEX_SHARE = 0.25  # of the memory limit: more of it in loaded indexes and a kept connection lets go


def limit_bytes(memory_limit: str) -> float:
    """A memory limit such as '512MB' or '1 GiB' in bytes."""
    value = memory_limit.upper().replace(" ", "")
    number = value.rstrip("KMGTIB")
    return float(number) * _UNITS[value[len(number):]]


def index_memory(con: duckdb.DuckDBPyConnection) -> int:
    """Bytes of index (ART) buffers the database of `con` holds in memory."""
    rows = con.execute("SELECT sum(memory_usage_bytes) FROM duckdb_memory() WHERE tag = 'ART_INDEX'"
                       ).fetchall()
    return int(rows[0][0] or 0) if rows else 0


def index_memory_high(con: duckdb.DuckDBPyConnection, memory_limit: str = DUCKDB_MEMORY_LIMIT) -> int | None:
    """MB of index buffers `con` holds in memory, when over INDEX_SHARE of the memory limit."""
    used = index_memory(con)
    return used // 2**20 if used > INDEX_SHARE * limit_bytes(memory_limit) else None


def release_indexes(con: duckdb.DuckDBPyConnection, memory_limit: str = DUCKDB_MEMORY_LIMIT) -> int | None:
    """Let go of the index buffers a kept connection holds past INDEX_SHARE of the memory limit;
    None when it is under the share (again), else the MB it still holds (close it).

    Every key a statement looks up, inserts or deletes in an index loads the index's 256 KiB buffers
    on that key's path (a file block each, see BLOCK_SIZE), and DuckDB keeps them pinned, outside its
    evictable cache, until a checkpoint writes that table's indexes; the next writes on the same
    connection add theirs. A CHECKPOINT lets go of the
    buffers of every table written since the last one (0.1-1 s at a million articles, far less than
    reopening the file); buffers of tables only read stay until the connection closes.
    """
    if index_memory_high(con, memory_limit) is None:
        return None
    try:
        con.execute("CHECKPOINT")
    except duckdb.Error as exc:  # another transaction open on this database: closing frees them too
        log.info("Warehouse checkpoint to free index memory not done: %s", _first_line(str(exc)))
    return index_memory_high(con, memory_limit)


def out_of_memory(db: Path, memory_limit: str, exc: BaseException,
                  con: duckdb.DuckDBPyConnection | None = None) -> WarehouseError | None:
    """The one-line error for a statement that ran out of DuckDB's memory limit (in `exc` or the
    errors it was raised while handling), naming the setting to raise; None for other errors."""
    seen: BaseException | None = exc
    while seen is not None and not isinstance(seen, duckdb.OutOfMemoryException):
        seen = seen.__cause__ or seen.__context__
    if seen is None:
        return None
    held = ""
    if con is not None:
        with suppress(duckdb.Error):
            held = f", {index_memory(con) // 2**20} MB of it in index buffers"
    return WarehouseError(
        f"{db}: a write ran out of DuckDB's memory (BAMBOO_DUCKDB_MEMORY_LIMIT={memory_limit}{held}); raise "
        f"BAMBOO_DUCKDB_MEMORY_LIMIT (index buffers: docs/warehouse.md): {_first_line(str(seen))}")


@contextmanager
def connect(db: Path, *, timeout: float = 3600.0, report_language: str = "en",
            memory_limit: str = DUCKDB_MEMORY_LIMIT) -> Iterator[duckdb.DuckDBPyConnection]:
    """The writer's connection: lock, open, migrate, yield, close."""
    db = Path(db)
    with writer_lock(db, timeout):
        con = open_duckdb(db, timeout=timeout, report_language=report_language, memory_limit=memory_limit)
        try:
            migrate(con, db)
            yield con
        except duckdb.Error as exc:
            if damage(exc):
                raise damaged(db, exc) from exc
            memory = out_of_memory(db, memory_limit, exc, con)
            if memory is not None:
                log.error("%s", memory)
                raise memory from exc
            raise
        finally:
            con.close()


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """One transaction: committed whole or not at all, with the current rows and the change log of
    what it wrote (warehouse.changes) updated inside it."""
    con.execute("BEGIN TRANSACTION")
    changes.begin(con)
    try:
        yield con
        changes.flush(con)
    except BaseException:
        changes.discard(con)
        con.execute("ROLLBACK")
        raise
    changes.discard(con)
    con.execute("COMMIT")


@contextmanager
def reader(db: Path, *, timeout: float = 60.0, report_language: str = "en",
           memory_limit: str = DUCKDB_MEMORY_LIMIT) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection on `db` (the analyst file or the warehouse)."""
    con = open_duckdb(Path(db), read_only=True, timeout=timeout, report_language=report_language,
                      memory_limit=memory_limit)
    try:
        yield con
    except duckdb.Error as exc:
        if damage(exc):
            raise damaged(Path(db), exc) from exc
        raise
    finally:
        con.close()


def cut_short(db: Path) -> str | None:
    """Why `db` may have been cut short (a truncated copy, a full disk), or None when it looks whole.

    DuckDB writes whole blocks after its three 4 KiB headers, so a size that is not a whole number
    of blocks was cut somewhere; the block size is read from the newer database header. Files that
    do not look like DuckDB's are left to DuckDB to refuse.
    """
    try:
        size = db.stat().st_size
        with db.open("rb") as f:
            head = f.read(3 * _HEADER_SIZE)
    except OSError:
        return None
    if len(head) < 12 or head[8:12] != b"DUCK":
        return None
    if size < 3 * _HEADER_SIZE:
        return f"truncated: {size} bytes, shorter than DuckDB's file headers"
    headers = [struct.unpack_from("<6Q", head, off) for off in (_HEADER_SIZE, 2 * _HEADER_SIZE)]
    block_size = max(headers, key=lambda h: h[1])[5]
    if not (4096 <= block_size <= 1 << 30 and block_size & (block_size - 1) == 0):
        return None
    if (size - 3 * _HEADER_SIZE) % block_size:
        return f"truncated: {size} bytes, not a whole number of its {block_size}-byte blocks"
    return None


def _read_everything(con: duckdb.DuckDBPyConnection, db: Path, cut: str) -> None:
    """Read every column of every table of a file that may be cut short, once, before it is used.

    A crash while the file grew can leave a partial block past everything the header names, which
    is harmless; a cut through used blocks is damage. Reading it all tells which, so a file cut
    short is refused by every command, not only by the ones that happen to read the lost blocks.
    """
    try:
        tables = [r[0] for r in con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database()").fetchall()]
        for table in tables:
            con.execute(f'SELECT bit_xor(hash(COLUMNS(*))) FROM "{table}"').fetchall()
    except duckdb.Error as exc:
        con.close()
        raise damaged(db, f"{cut}; {damage(exc) or _first_line(str(exc))}") from exc


def damage(exc: BaseException) -> str | None:
    """DuckDB's words when an error (or one it was raised while handling) says the file is damaged."""
    seen: BaseException | None = exc
    while seen is not None:
        msg = str(seen)
        if isinstance(seen, duckdb.Error) and any(m in msg for m in _DAMAGE_MARKERS):
            return _first_line(msg)
        seen = seen.__cause__ or seen.__context__
    return None


def damaged(db: Path, cause: BaseException | str) -> WarehouseError:
    """The one-line error for a damaged warehouse file: which file, what is wrong, what to do."""
    from warehouse.snapshot import analyst_path

    detail = damage(cause) if isinstance(cause, BaseException) else cause
    if db.stem.endswith(".analyst"):
        todo = "it is rewritten by the next run; or query the warehouse itself with --live"
    else:
        todo = (f"restore it from a backup or from the analyst copy ({analyst_path(db)}: copy it over "
                f"{db.name}), then rerun")
    return WarehouseError(f"{db}: the warehouse file is damaged ({detail}); {todo}")


def _first_line(msg: str) -> str:
    return msg.strip().splitlines()[0] if msg.strip() else msg
