"""The warehouse: migrations, idempotent loads, crash safety, analyst access, exports, queries."""

from __future__ import annotations

import os
import signal
import struct
import subprocess
import sys
import textwrap
import time
from datetime import UTC, date, datetime
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from extractors.core.errors import ConfigError, WarehouseError
from extractors.core.settings import Settings
from tests import ROOT
from tests.warehouse_helpers import FEED, synthetic_article
from warehouse import identity, load
from warehouse.db import connect, open_duckdb
from warehouse.export import export_parquet
from warehouse.migrations import latest_version, migration_files
from warehouse.snapshot import analyst_path, publish

NOW = datetime(2023, 10, 1, tzinfo=UTC)


def _migrated(db: Path) -> bool:
    """Whether the file holds a committed schema (a loader killed while creating it leaves none)."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        return bool(con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'schema_version'"
                                ).fetchall()[0][0])
    finally:
        con.close()


def counts(db: Path) -> dict[str, int]:
    """Row counts of the main tables."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t in (
            "articles", "article_sources", "raw_pages", "extractions", "detections",
            "detection_events", "detection_tiers")}
    finally:
        con.close()


def fill(db: Path, n: int, start: int = 0) -> None:
    with connect(db) as con:
        load.sync_feeds(con, [FEED], NOW)
        load.load_articles(con, [synthetic_article(i) for i in range(start, start + n)], NOW)


def test_loading_twice_adds_nothing(db_path: Path) -> None:
    fill(db_path, 30)
    first = counts(db_path)
    fill(db_path, 30)
    assert counts(db_path) == first
    assert first["articles"] == 30 and first["detections"] == 30 and first["detection_events"] == 10


def test_new_detector_version_sits_beside_the_old(db_path: Path) -> None:
    fill(db_path, 6)
    with connect(db_path) as con:
        new = [synthetic_article(i, relevant=True, detector_version="test-det-2") for i in range(6)]
        load.load_articles(con, new, NOW)
        per_version = dict(con.execute(
            "SELECT detector_version, count(*) FROM detections GROUP BY 1").fetchall())
        stories = con.execute("SELECT count(*), min(detector_version) FROM diplomacy_stories").fetchall()[0]
    assert per_version == {"test-det-1": 6, "test-det-2": 6}
    assert stories == (6, "test-det-2")


def _create_at_version(db: Path, version: int) -> None:
    """A warehouse file as the code of schema `version` made it."""
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name VARCHAR, "
                "applied_at TIMESTAMPTZ NOT NULL)")
    for v, name, sql in migration_files():
        if v <= version:
            con.execute(sql)
            con.execute("INSERT INTO schema_version VALUES (?, ?, now())", [v, name])
    con.close()


# Rows as the code of schema version 1 wrote them: one fetched diplomacy story, one failed fetch.
V1_ROWS = """
INSERT INTO feeds VALUES ('f', 'http://h.example/feed.xml', 'Outlet', 'en', NULL, [], NULL, NULL,
    now(), now());
INSERT INTO articles VALUES
    ('a1', 'http://h.example/a1', 'g1', 'f', 'feed', now(), 'fetched', NULL, 1, now()),
    ('a2', 'http://h.example/a2', NULL, 'f', 'feed', now(), 'failed', 'timeout: slow', 1, now());
INSERT INTO article_sources VALUES
    ('a1', 'f', 'http://h.example/a1?utm_source=x', 'http://h.example/a1/', 'g1', 'T1', '', now(), NULL,
     now()),
    ('a2', 'f', 'http://h.example/a2', 'http://h.example/a2', NULL, 'T2', '', now(), NULL, now());
INSERT INTO raw_pages VALUES
    ('a1', 'http://h.example/a1', NULL, 200, 'text/html', now(), 10, 'abc123', 'a1/p', NULL, NULL),
    ('a2', 'http://h.example/a2', NULL, NULL, NULL, now(), 0, NULL, NULL, 'timeout', 'slow');
INSERT INTO extractions VALUES
    ('a1', 'x1', now(), 'T1', NULL, NULL, NULL, NULL, NULL, 'en', 'body', 1, 'trafilatura', NULL),
    ('a2', 'x1', now(), 'T2', NULL, NULL, NULL, NULL, NULL, NULL, '', 0, 'none', 'fetch failed');
INSERT INTO detections VALUES
    ('a1', 'd1', now(), true, 0.9, ['CN-VN'], '[]'), ('a2', 'd1', now(), false, 0, [], '[]');
INSERT INTO detection_events VALUES ('a1', 'd1', 0, 'meet', NULL, 'VNM', 'CHN', [], NULL, NULL, 'e');
INSERT INTO detection_tiers VALUES ('a1', 'd1', 0, 'strategic_partnership', 'CN-VN', 't');
"""


def test_older_file_is_upgraded_in_place_without_losing_rows(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    _create_at_version(db_path, 1)
    con = duckdb.connect(str(db_path))
    con.execute(V1_ROWS)
    con.close()
    before = counts(db_path)

    with connect(db_path) as con:
        version = con.execute("SELECT max(version) FROM schema_version").fetchall()[0][0]
        # Migration 005: every row is tied to the page version it was made from ('' = no page).
        versions = {t: con.execute(f"SELECT article_id, body_sha256 FROM {t} ORDER BY 1").fetchall()
                    for t in ("raw_pages", "extractions", "detections")}
        tied = con.execute("SELECT body_sha256 FROM detection_events UNION ALL "
                           "SELECT body_sha256 FROM detection_tiers").fetchall()
        aliases = con.execute("SELECT entry_url, article_id, variant_key FROM article_aliases ORDER BY 1"
                              ).fetchall()
        stories = con.execute("SELECT article_id FROM diplomacy_stories").fetchall()
        events = con.execute("SELECT count(*) FROM events").fetchall()
    assert version == latest_version()
    assert counts(db_path) == before
    assert all(v == [("a1", "abc123"), ("a2", "")] for v in versions.values()), versions
    assert tied == [("abc123",), ("abc123",)]
    assert aliases == [("http://h.example/a1", "a1", "http://h.example/a1"),
                       ("http://h.example/a1/", "a1", "http://h.example/a1"),
                       ("http://h.example/a2", "a2", "http://h.example/a2")]
    assert stories == [("a1",)] and events == [(1,)]


def _schema(db: Path) -> dict[str, list[tuple[object, ...]]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {"columns": con.execute(
                    "SELECT table_name, column_index, column_name, data_type, is_nullable, column_default "
                    "FROM duckdb_columns() WHERE schema_name = 'main' ORDER BY ALL").fetchall(),
                "constraints": con.execute(
                    "SELECT table_name, constraint_type, constraint_column_names FROM duckdb_constraints() "
                    "WHERE schema_name = 'main' ORDER BY ALL").fetchall(),
                "indexes": con.execute("SELECT table_name, index_name, expressions FROM duckdb_indexes() "
                                       "ORDER BY ALL").fetchall()}
    finally:
        con.close()


# Migration 005 rebuilds these tables around the page version: their keys and NOT NULL columns after it.
REBUILT = {
    "raw_pages": (["article_id", "body_sha256"], {"url", "fetched_at"}),
    "extractions": (["article_id", "body_sha256", "extractor_version"], {"extracted_at"}),
    "detections": (["article_id", "body_sha256", "detector_version"], {"detected_at", "relevant", "score"}),
    "detection_events": (["article_id", "body_sha256", "detector_version", "seq"], {"event_type"}),
    "detection_tiers": (["article_id", "body_sha256", "detector_version", "seq"], {"tier"}),
}


def test_a_file_upgraded_from_schema_1_has_the_schema_of_a_new_one(tmp_path: Path) -> None:
    fresh, old = tmp_path / "fresh.duckdb", tmp_path / "old.duckdb"
    with connect(fresh):
        pass
    _create_at_version(old, 1)
    con = duckdb.connect(str(old))
    con.execute(V1_ROWS)
    con.close()
    with connect(old):
        pass
    schema = _schema(fresh)
    assert _schema(old) == schema
    for table, (key, not_null) in REBUILT.items():
        constraints = [(kind, list(cols)) for t, kind, cols in schema["constraints"] if t == table]
        assert ("PRIMARY KEY", key) in constraints, (table, constraints)
        assert {c[0] for kind, c in constraints if kind == "NOT NULL"} == set(key) | not_null, table
        assert [c[2] for c in schema["columns"] if c[0] == table][:2] == ["article_id", "body_sha256"]


def test_schema_12_file_gets_the_alias_indexes_and_reads_through_them(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    _create_at_version(db_path, 12)
    con = duckdb.connect(str(db_path))
    con.execute("INSERT INTO article_aliases VALUES "
                "('http://h.example/a1', 'a1', 'http://h.example/a1', 'f', 'key', now()), "
                "('http://h.example/a1/?ref=x', 'a1', 'http://h.example/a1', 'f', 'entry', now()), "
                "('http://h.example/amp/a1', 'a1', 'http://h.example/amp/a1', 'f', 'entry', now()), "
                "('http://h.example/a2', 'a2', 'http://h.example/a2', 'f', 'key', now())")
    con.close()

    with connect(db_path) as con:
        version = con.execute("SELECT max(version) FROM schema_version").fetchall()[0][0]
        indexes = con.execute("SELECT index_name, expressions FROM duckdb_indexes() "
                              "WHERE table_name = 'article_aliases' ORDER BY 1").fetchall()
        found = identity.related_aliases(con, {"http://h.example/a1?utm=y"})
        plan = con.execute("EXPLAIN ANALYZE SELECT entry_url FROM article_aliases "
                           "WHERE variant_key IN ('http://h.example/a1')").fetchall()[0][1]
    assert version == latest_version() >= 13
    assert indexes == [("article_aliases_article_id", "[article_id]"),
                       ("article_aliases_variant_key", "[variant_key]")]
    assert found == [("http://h.example/a1", "http://h.example/a1", "a1"),
                     ("http://h.example/a1/?ref=x", "http://h.example/a1", "a1")]
    assert "Index Scan" in plan


def test_foreign_and_broken_files_are_refused_never_overwritten(tmp_path: Path) -> None:
    foreign = tmp_path / "other.duckdb"
    con = duckdb.connect(str(foreign))
    con.execute("CREATE TABLE customers (id INTEGER)")
    con.close()
    garbage = tmp_path / "garbage.duckdb"
    garbage.write_bytes(b"this is not a database" * 100)
    for path in (foreign, garbage):
        before = path.read_bytes()
        with pytest.raises(WarehouseError, match=str(path.name)), connect(path, timeout=2):
            pass
        assert path.read_bytes() == before


def test_newer_schema_is_refused(db_path: Path) -> None:
    fill(db_path, 1)
    con = duckdb.connect(str(db_path))
    con.execute("INSERT INTO schema_version VALUES (999, '999_future.sql', now())")
    con.close()
    with pytest.raises(WarehouseError, match="newer"), connect(db_path):
        pass


LOADER = textwrap.dedent("""
    import sys
    from datetime import UTC, datetime
    from pathlib import Path
    sys.path.insert(0, {root!r})
    from tests.warehouse_helpers import FEED, synthetic_article
    from warehouse import load
    from warehouse.db import connect, transaction
    db, start, stop = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    now = datetime(2023, 10, 1, tzinfo=UTC)
    with connect(db) as con:
        load.sync_feeds(con, [FEED], now)
        from warehouse.ingest_reads import stored_urls
        for first in range(start, stop, 25):
            batch = [synthetic_article(i) for i in range(first, min(first + 25, stop))]
            done = stored_urls(con, [p.url for p in batch])
            todo = [p for p in batch if p.url not in done]
            load.load_articles(con, todo, now)
            print(first, flush=True)
""")


def test_kill_9_during_loads_leaves_a_consistent_file_and_the_rerun_completes(db_path: Path,
                                                                             tmp_path: Path) -> None:
    script = tmp_path / "loader.py"
    script.write_text(LOADER.format(root=str(ROOT)))
    total = 400
    kills = 0
    for delay in (0.6, 0.9, 1.2, 1.5, 1.8):
        proc = subprocess.Popen([sys.executable, str(script), str(db_path), "0", str(total)],
                                stdout=subprocess.PIPE, text=True)
        time.sleep(delay)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            kills += 1
        proc.wait(timeout=60)
        if db_path.exists() and _migrated(db_path):  # (a kill in the first migration commits nothing)
            c = counts(db_path)
            # Batches land whole: every article has its page, extraction and detection.
            assert c["articles"] == c["raw_pages"] == c["extractions"] == c["detections"] == \
                c["article_sources"]
    assert kills >= 1
    subprocess.run([sys.executable, str(script), str(db_path), "0", str(total)], check=True,
                   capture_output=True, timeout=120)
    c = counts(db_path)
    assert c["articles"] == c["raw_pages"] == c["extractions"] == c["detections"] == total
    assert c["detection_events"] == c["detection_tiers"] == len(range(0, total, 3))


def test_a_file_left_before_the_first_schema_commit_is_migrated_by_the_next_writer(tmp_path: Path) -> None:
    # DuckDB creates the file on connect; a writer killed before its migration commits leaves it empty.
    db = tmp_path / "bamboo.duckdb"
    duckdb.connect(str(db)).close()
    assert db.exists() and not _migrated(db)
    with connect(db) as con:
        version = con.execute("SELECT max(version) FROM schema_version").fetchall()[0][0]
        articles = con.execute("SELECT count(*) FROM articles").fetchall()[0][0]
    assert (version, articles) == (latest_version(), 0)


HOLDER = textwrap.dedent("""
    import sys, time, duckdb
    con = duckdb.connect(sys.argv[1], read_only=sys.argv[2] == "ro")
    n = con.execute("SELECT count(*) FROM articles").fetchall()[0][0]
    print(n, flush=True)
    time.sleep(float(sys.argv[3]))
    print(con.execute("SELECT count(*) FROM articles").fetchall()[0][0], flush=True)
""")


def _hold(db: Path, tmp_path: Path, seconds: int, shown: int) -> subprocess.Popen[str]:
    """An analyst process holding `db` open read-write for `seconds`, once it has counted `shown` articles."""
    holder = tmp_path / "holder.py"
    holder.write_text(HOLDER)
    analyst = subprocess.Popen([sys.executable, str(holder), str(db), "rw", str(seconds)],
                               stdout=subprocess.PIPE, text=True)
    assert analyst.stdout is not None and analyst.stdout.readline().strip() == str(shown)
    return analyst


def test_analyst_session_on_the_snapshot_never_blocks_the_writer(db_path: Path, tmp_path: Path) -> None:
    fill(db_path, 10)
    with connect(db_path) as con:
        snap = publish(con, db_path)
    analyst = _hold(snap, tmp_path, 3, 10)
    fill(db_path, 10, start=10)  # the writer goes on while the analyst holds the old copy
    with connect(db_path) as con:
        publish(con, db_path)
    out, _ = analyst.communicate(timeout=30)
    assert analyst.returncode == 0 and out.strip() == "10"  # the analyst's session kept its view
    con = duckdb.connect(str(snap), read_only=True)
    assert con.execute("SELECT count(*) FROM articles").fetchall()[0][0] == 20  # new sessions see new data
    con.close()


def test_writer_waits_for_an_analyst_holding_the_main_file_then_lands(db_path: Path, tmp_path: Path) -> None:
    fill(db_path, 5)
    analyst = _hold(db_path, tmp_path, 2, 5)
    fill(db_path, 5, start=5)  # retries with backoff while DuckDB's lock is held, then loads
    analyst.wait(timeout=30)
    assert counts(db_path)["articles"] == 10


def test_a_lock_held_past_the_timeout_is_a_clear_error(db_path: Path, tmp_path: Path) -> None:
    fill(db_path, 1)
    analyst = _hold(db_path, tmp_path, 3, 1)
    try:
        with pytest.raises(WarehouseError, match="locked by another process"):
            open_duckdb(db_path, timeout=0.5)
    finally:
        analyst.kill()
        analyst.wait()


def test_snapshot_opens_in_the_older_storage_format(db_path: Path) -> None:
    fill(db_path, 3)
    with connect(db_path) as con:
        snap = publish(con, db_path)
    assert snap == analyst_path(db_path)
    con = duckdb.connect(str(snap), read_only=True)
    try:
        cols = {r[0] for r in con.execute("DESCRIBE raw_pages").fetchall()}
    finally:
        con.close()
    assert "body_path" in cols
    header = snap.read_bytes()[8:20]
    # DuckDB 1.5 tools read storage versions 64..68; the file must be one of those.
    assert header[:4] == b"DUCK" and 64 <= struct.unpack("<Q", header[4:])[0] <= 68


def test_export_writes_parquet_by_month_within_the_window(db_path: Path, tmp_path: Path) -> None:
    fill(db_path, 24 * 45)  # an article an hour from 2023-09-01: September and half of October
    out = tmp_path / "export"
    with connect(db_path) as con:
        written = export_parquet(con, out, since=date(2023, 9, 15), until=date(2023, 10, 5))
        # Every month the window touches is written whole.
        expected = con.execute("SELECT count(*) FROM article_view WHERE CAST(published_at AS DATE) "
                               "BETWEEN DATE '2023-09-01' AND DATE '2023-10-31'").fetchall()[0][0]
    assert written["articles"] == expected == 24 * 45
    months = sorted(p.name for p in (out / "articles").iterdir())
    assert months == ["month=2023-09", "month=2023-10"]
    rows = sum(pq.read_table(f).num_rows for f in (out / "articles").rglob("*.parquet"))
    assert rows == expected


@pytest.mark.parametrize("query", sorted((ROOT / "warehouse" / "queries").glob("*.sql")),
                         ids=lambda p: p.stem)
def test_example_queries_run(query: Path, db_path: Path) -> None:
    fill(db_path, 30)
    with connect(db_path) as con:
        snap = publish(con, db_path)
    con = duckdb.connect(str(snap), read_only=True)
    try:
        result = con.execute(query.read_text()).fetchall()
    finally:
        con.close()
    assert isinstance(result, list)
    if query.stem in ("latest_stories", "weekly_pairs", "events_by_type", "tier_mentions_by_month"):
        assert result, f"{query.name} found nothing in a warehouse that has stories"


def test_no_stray_lock_holder_after_connect(db_path: Path) -> None:
    fill(db_path, 1)
    # After `connect` closes, another process can open the file at once.
    out = subprocess.run([sys.executable, "-c", f"import duckdb; duckdb.connect({str(db_path)!r}).close()"],
                         capture_output=True, timeout=30)
    assert out.returncode == 0, out.stderr
    assert os.path.exists(str(db_path) + ".lock")


def test_failed_fetches_are_retried_later_a_few_times_then_left(db_path: Path) -> None:
    from dataclasses import replace
    from datetime import timedelta

    from warehouse.ingest_reads import MAX_FETCH_ATTEMPTS, RETRY_AFTER, stored_keys

    ok, bad = synthetic_article(0), synthetic_article(1)
    failed_page = replace(bad.page, status=503, body=b"", error_kind="http_status", error="503")
    bad = replace(bad, page=failed_page)
    entries = [ok.sources[0], bad.sources[0]]
    other_feed_same_guid = replace(ok.sources[0], feed_name="other", url="http://other.example/x")
    soon = failed_page.fetched_at + timedelta(minutes=30)
    later = failed_page.fetched_at + RETRY_AFTER + timedelta(minutes=1)
    with connect(db_path) as con:
        load.sync_feeds(con, [FEED], NOW)
        load.load_articles(con, [ok, bad], NOW)
        assert stored_keys(con, entries, now=soon) == {ok.url, bad.url}  # too soon to retry
        assert stored_keys(con, entries, now=later) == {ok.url}
        assert stored_keys(con, [other_feed_same_guid], now=soon) == set()  # GUIDs are per feed
        for _ in range(MAX_FETCH_ATTEMPTS - 1):
            load.load_articles(con, [bad], NOW)
        attempts = con.execute("SELECT fetch_attempts FROM articles WHERE url = ?", [bad.url]).fetchall()
        assert attempts == [(MAX_FETCH_ATTEMPTS,)]
        assert stored_keys(con, entries, now=later) == {ok.url, bad.url}  # given up, failure recorded


def test_runs_whose_process_died_are_closed_as_failed(db_path: Path) -> None:
    from flows.tasks import process_alive

    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    with connect(db_path) as con:
        load.start_run(con, "mine", "ingest", {})  # this process: alive
        load.start_run(con, "killed", "ingest", {})
        con.execute("UPDATE runs SET pid = ? WHERE run_id = 'killed'", [gone.pid])
        assert load.close_abandoned_runs(con, process_alive) == [("killed", None)]
        rows = dict(con.execute("SELECT run_id, status FROM runs").fetchall())
        error = con.execute("SELECT error FROM runs WHERE run_id = 'killed'").fetchall()[0][0]
    assert rows == {"mine": "running", "killed": "failed"}
    assert f"process {gone.pid}" in error



# Every migration committed, then the process dies before DuckDB checkpoints: the next open replays the
# WAL. A statement logged as an expression (ALTER ... USING) made the replay try to download DuckDB's
# core_functions extension, which fails offline, so the warehouse could not be opened again.
MIGRATE_THEN_DIE = textwrap.dedent("""
    import os, sys
    import duckdb
    from warehouse.migrations import migration_files
    con = duckdb.connect(sys.argv[1])
    con.execute("SET checkpoint_threshold = '1GB'")
    for version, name, sql in migration_files():
        con.execute(sql)
    os._exit(0)
""")


def test_migrations_replayed_from_the_wal_after_a_crash_need_no_download(tmp_path: Path) -> None:
    db = tmp_path / "replay.duckdb"
    subprocess.run([sys.executable, "-c", MIGRATE_THEN_DIE, str(db)], check=True,
                   cwd=ROOT, timeout=120)
    assert Path(f"{db}.wal").exists(), "the process was meant to die before a checkpoint"
    con = duckdb.connect(str(db))
    try:
        cols = dict(con.execute("SELECT column_name, data_type FROM information_schema.columns "
                                "WHERE table_name = 'detection_events'").fetchall())
    finally:
        con.close()
    assert cols["event_date"] == "DATE" and cols["event_date_text"] == "VARCHAR"


def test_every_connection_gets_the_buffer_pool_limit(db_path: Path) -> None:
    with connect(db_path) as con:  # the default: 512 MB, not DuckDB's 80 % of the machine
        assert con.execute("SELECT current_setting('memory_limit')").fetchone()[0] == "488.2 MiB"
    limit = Settings.from_env({"BAMBOO_DUCKDB_MEMORY_LIMIT": "256MB"}).duckdb_memory_limit
    with connect(db_path, memory_limit=limit) as con:
        assert con.execute("SELECT current_setting('memory_limit')").fetchone()[0] == "244.1 MiB"
    with pytest.raises(ConfigError, match="BAMBOO_DUCKDB_MEMORY_LIMIT='lots'"):
        Settings.from_env({"BAMBOO_DUCKDB_MEMORY_LIMIT": "lots"})
