"""The analyst copy is caught up with what changed, across runs, and always equals a whole copy.

Every test here writes a real warehouse file through the loaders, publishes after each "run", and
compares the analyst file with the warehouse table by table; sessions are real processes holding
the analyst file open.
"""

from __future__ import annotations

import dataclasses
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb
import pytest

from extractors.core.models import FeedPoll, FeedState
from tests import ROOT
from tests.warehouse_helpers import synthetic_article
from warehouse import load, reprocessing, snapshot
from warehouse.db import connect
from warehouse.snapshot import INTERNAL_TABLES, analyst_path, generations_dir, refresh

pytestmark = pytest.mark.timeout(240)
NOW = datetime(2023, 9, 20, tzinfo=UTC)

# The latest_* views before article_current: a window over all history. The current rows must agree.
WINDOWED = {
    "latest_pages": """SELECT * EXCLUDE (rn) FROM (SELECT p.*, row_number() OVER (PARTITION BY article_id
        ORDER BY body_sha256 <> '' DESC, fetched_at DESC, body_sha256) AS rn FROM raw_pages p)
        WHERE rn = 1""",
    "latest_extractions": """SELECT * EXCLUDE (rn) FROM (SELECT e.*, row_number() OVER (PARTITION BY
        e.article_id ORDER BY e.body_sha256 <> '' DESC, p.fetched_at DESC NULLS LAST, e.extracted_at DESC,
        e.extractor_version DESC) AS rn FROM extractions e
        LEFT JOIN raw_pages p USING (article_id, body_sha256)) WHERE rn = 1""",
    "latest_detections": """SELECT * EXCLUDE (rn) FROM (SELECT d.*, row_number() OVER (PARTITION BY
        d.article_id ORDER BY d.body_sha256 <> '' DESC, p.fetched_at DESC NULLS LAST, d.detected_at DESC,
        d.detector_version DESC) AS rn FROM detections d
        LEFT JOIN raw_pages p USING (article_id, body_sha256)) WHERE rn = 1""",
}
VIEWS = ("latest_pages", "latest_extractions", "latest_detections", "article_view", "diplomacy_stories",
         "daily_pair_counts", "events", "tier_mentions", "feed_health")


def _refetched(i: int, hours: int, text: str) -> object:
    """Article i fetched again `hours` later, with `text` added (a new page version) or not (the
    first bytes again)."""
    a = synthetic_article(i)
    assert a.page is not None and a.article is not None
    when = a.page.fetched_at + timedelta(hours=hours)
    body = a.page.body.replace(b"<p>", f"<p>{text} ".encode()) if text else a.page.body
    page = dataclasses.replace(a.page, body=body, fetched_at=when)
    article = dataclasses.replace(a.article, body=f"{text} {a.article.body}" if text else a.article.body)
    return dataclasses.replace(a, page=page, article=article)


def _failed_refetch(i: int) -> object:
    """Article i fetched again and refused: a failed version that must not hide the fetched one."""
    a = synthetic_article(i)
    assert a.page is not None
    page = dataclasses.replace(a.page, status=503, body=b"", error_kind="http_error", error="503",
                               fetched_at=a.page.fetched_at + timedelta(days=3))
    return dataclasses.replace(a, page=page, article=None, detection=None)


def _polls(n: int, start: int) -> list[tuple[str, FeedPoll, FeedState]]:
    out = []
    for k in range(start, start + n):
        at = NOW + timedelta(minutes=k)
        poll = FeedPoll(feed_name="synthetic", url="http://news.example/feed.xml", started_at=at,
                        finished_at=at, status="ok", entries_count=3, new_entries_count=1)
        out.append((f"poll-{k}", poll, FeedState()))
    return out


def _runs() -> list[tuple[str, object]]:
    """Ten 'runs' of every kind of write the flows make, each followed by a publish."""
    redetected = [(synthetic_article(i).url, dataclasses.replace(
        synthetic_article(i, relevant=True).detection, detector_version="test-det-2")) for i in (1, 2, 4)]
    return [
        ("load", [synthetic_article(i) for i in range(40)]),
        ("polls", _polls(5, 0)),
        ("load", [synthetic_article(i) for i in range(40, 60)]),
        ("load", [_refetched(i, 5, "Updated.") for i in range(0, 10)]),   # new page versions
        ("load", [_failed_refetch(i) for i in range(10, 15)]),             # failed refetches
        ("detect", redetected),                                            # a new detector version
        ("page_errors", [(synthetic_article(i).url, "page_corrupt", "unreadable") for i in (20, 21)]),
        ("load", [_refetched(i, 9, "") for i in range(5)]),               # the old bytes again, later
        ("polls", _polls(3, 5)),
        ("load", [synthetic_article(i) for i in range(60, 63)]),
    ]


def _apply(con: duckdb.DuckDBPyConnection, kind: str, items: list) -> None:
    from extractors.core.urls import article_id

    if kind == "load":
        load.load_articles(con, items, NOW)
    elif kind == "polls":
        load.record_polls(con, items, "run-x")
    elif kind == "detect":
        load.load_detections(con, [(article_id(u), d) for u, d in items], NOW)
    elif kind == "page_errors":
        reprocessing.record_page_errors(con, [(article_id(u), k, e) for u, k, e in items])


def _differences(db: Path) -> dict[str, int]:
    """Rows in one file and not the other, per table and view (analyst copy vs warehouse)."""
    con = duckdb.connect(":memory:")
    try:
        con.execute(f"ATTACH '{db}' AS w (READ_ONLY)")
        con.execute(f"ATTACH '{analyst_path(db)}' AS a (READ_ONLY)")
        tables = [r[0] for r in con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE database_name = 'w'").fetchall()]
        out = {}
        for name in [t for t in tables if t not in INTERNAL_TABLES] + list(VIEWS):
            out[name] = sum(con.execute(f"SELECT count(*) FROM (FROM {x}.{name} EXCEPT ALL FROM {y}.{name})"
                                        ).fetchone()[0] for x, y in (("w", "a"), ("a", "w")))
        return {k: v for k, v in out.items() if v}
    finally:
        con.close()


# How a refresh reads the changed articles' rows: by index lookups (the default), by lookups in chunks
# of 7 ids per statement, by a join with every row (what a write of many articles takes), by scans of
# rowid ranges wherever the rows lie, and by both (short runs scanned, scattered rows looked up).
READS = {"lookups": {}, "lookups in chunks": {"LOOKUP_MAX": 7}, "join": {"LOOKUP_KEYS": 0},
         "rowid ranges": {"RUN_MIN": 1, "RUN_GAP": 10**9}, "ranges and lookups": {"RUN_MIN": 3, "RUN_GAP": 1}}


@pytest.mark.parametrize("reads", READS)
def test_refreshed_copy_equals_a_whole_copy_after_every_kind_of_write(
        tmp_path: Path, reads: str, monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in READS[reads].items():
        monkeypatch.setattr(snapshot, name, value)
    looked_up: list[tuple[str, int | None]] = []  # (kind, keys read by lookups or None) per catch-up

    def lookup_keys(con: duckdb.DuckDBPyConnection, kind: str) -> list[str] | None:
        keys = real_lookup_keys(con, kind)
        looked_up.append((kind, None if keys is None else len(keys)))
        return keys

    real_lookup_keys = snapshot._lookup_keys
    monkeypatch.setattr(snapshot, "_lookup_keys", lookup_keys)
    db = tmp_path / "bamboo.duckdb"
    done = []
    for kind, items in _runs():
        with connect(db, timeout=10) as con:
            _apply(con, kind, items)
            done.append(refresh(con, db))
            for view, sql in WINDOWED.items():  # the current rows agree with a window over history
                assert con.execute(f"SELECT count(*) FROM ({sql} EXCEPT ALL FROM {view})").fetchone() == (0,)
                assert con.execute(f"SELECT count(*) FROM (FROM {view} EXCEPT ALL {sql})").fetchone() == (0,)
        assert _differences(db) == {}, f"after {kind} #{len(done)}"
    # The first two publishes build the live and the spare generation; every later one catches up
    # with exactly what its writes touched, counted from that generation's own rev (two runs back).
    assert [d.whole for d in done] == [True, True] + [False] * 8
    touched = [40, 5, 20, 10, 5, 3, 2, 5, 3, 3]  # articles (or polls) each run wrote
    assert [d.changed for d in done[2:]] == [a + b for a, b in zip(touched[1:-1], touched[2:], strict=True)]
    assert len({d.generation for d in done}) == 2
    # Each catch-up read the changed keys once per kind; by lookups unless the join was asked for.
    assert sorted({kind for kind, _ in looked_up}) == ["article", "poll"]
    assert len(looked_up) == 2 * 8
    if reads == "join":  # every kind with a changed key went to the join
        assert all(n is None or n == 0 for _, n in looked_up) and (None in [n for _, n in looked_up])
    else:
        assert all(n is not None for _, n in looked_up) and sum(n or 0 for _, n in looked_up) > 0
    # Versions made it: a refetched page is current, a failed refetch hides nothing, the new detector wins.
    con = duckdb.connect(str(analyst_path(db)), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM latest_pages WHERE error_kind IS NULL AND body_bytes > 0"
                           ).fetchone() == (61,)
        # 1, 2 and 4 went back to their first bytes, detected by the first detector only: that is current.
        assert con.execute("SELECT count(*) FROM latest_detections WHERE detector_version = 'test-det-2'"
                           ).fetchone() == (0,)
        assert con.execute("SELECT count(*) FROM detections WHERE detector_version = 'test-det-2'"
                           ).fetchone() == (3,)
        assert con.execute("SELECT count(*) FROM feed_polls").fetchone() == (8,)
        assert con.execute("SELECT rev FROM copy_info").fetchone() == (10,)
    finally:
        con.close()


def test_dense_runs_of_rowids_are_those_a_write_appends() -> None:
    """A write's rows, appended together (or every other row), make runs; scattered rows do not."""
    whole = list(range(100, 100 + snapshot.RUN_MIN))
    every_other = list(range(9000, 9000 + 2 * snapshot.RUN_MIN, 2))
    assert snapshot._dense_runs([3, *whole, 5000, *every_other]) == [whole, every_other]
    assert snapshot._dense_runs(list(range(0, 10 * snapshot.RUN_MIN, snapshot.RUN_GAP + 1))) == []


def test_changed_rows_are_read_through_the_article_id_indexes(tmp_path: Path) -> None:
    """Every article table with an index or a one-column key on article_id is read by lookups; the
    rest (narrow tables) by a join."""
    db = tmp_path / "bamboo.duckdb"
    with connect(db, timeout=10) as con:
        searchable = snapshot._searchable(con)
    assert {t for t, c in searchable if c == "article_id"} >= {
        "articles", "article_current", "raw_pages", "extractions", "detections", "article_sources"}


HOLD = textwrap.dedent("""
    import sys, time, duckdb
    con = duckdb.connect(sys.argv[1], read_only=True)
    first = con.execute("SELECT count(*), (SELECT rev FROM copy_info) FROM articles").fetchone()
    print(*first, flush=True)
    sys.stdin.readline()  # hold the session until told
    again = con.execute("SELECT count(*), (SELECT rev FROM copy_info) FROM articles").fetchone()
    print(*again, con.execute("SELECT count(*) FROM diplomacy_stories").fetchone()[0], flush=True)
""")


def _hold(path: Path) -> tuple[subprocess.Popen[str], tuple[int, int]]:
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(path)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    count, rev = map(int, proc.stdout.readline().split())
    return proc, (count, rev)


def _release(proc: subprocess.Popen[str]) -> list[int]:
    out, _ = proc.communicate("\n", timeout=60)
    return list(map(int, out.split()))


def test_sessions_keep_their_copy_while_runs_go_on(tmp_path: Path) -> None:
    db = tmp_path / "bamboo.duckdb"
    n, done = 0, []

    def run(con: duckdb.DuckDBPyConnection, k: int) -> None:
        nonlocal n
        load.load_articles(con, [synthetic_article(i) for i in range(n, n + k)], NOW)
        n += k
        done.append(refresh(con, db))

    with connect(db, timeout=10) as con:
        run(con, 6)
        run(con, 6)
    first, at_first = _hold(analyst_path(db))          # a session opened after run 2, kept all along
    assert at_first == (12, 2)
    with connect(db, timeout=10) as con:
        for _ in range(3):
            run(con, 3)                                  # runs 3-5 go on beside it
    # Its generation is skipped: run 4 makes the third generation, run 5 catches up the other spare.
    assert [d.whole for d in done] == [True, True, False, True, False]
    assert done[3].why == "a new generation"
    second, at_second = _hold(analyst_path(db))        # a second long session, on run 5's copy
    assert at_second == (21, 5)
    with connect(db, timeout=10) as con:
        run(con, 2)                                      # the one free spare catches up
        run(con, 2)                                      # both spares are held: one is replaced
    assert not done[-2].whole
    assert done[-1].whole and "every spare generation is open" in done[-1].why
    # Each session still reads the state it opened, to the end; a new session reads the newest.
    assert _release(first) == [12, 2, 4]
    assert _release(second) == [21, 5, 7]
    assert _hold_and_release(analyst_path(db)) == [25, 7, 9]
    assert _differences(db) == {}
    assert len(list(generations_dir(db).iterdir())) == 3  # the pool does not grow


def _hold_and_release(path: Path) -> list[int]:
    proc, first = _hold(path)
    return [*first, *_release(proc)[2:]]


def test_a_generation_written_by_someone_else_is_rebuilt_whole(tmp_path: Path) -> None:
    db = tmp_path / "bamboo.duckdb"
    with connect(db, timeout=10) as con:
        for k in range(2):
            load.load_articles(con, [synthetic_article(i) for i in range(k * 5, k * 5 + 5)], NOW)
            refresh(con, db)
    # An analyst opened the analyst file read-write (the DuckDB CLI's default) and changed it; two runs
    # later that generation is the spare again.
    rogue = duckdb.connect(str(analyst_path(db)))
    rogue.execute("DELETE FROM articles WHERE article_id IN (SELECT article_id FROM articles LIMIT 3)")
    rogue.execute("CREATE TABLE my_notes AS SELECT 1 AS x")
    rogue.close()
    with connect(db, timeout=10) as con:
        done = []
        for k in range(2, 4):
            load.load_articles(con, [synthetic_article(i) for i in range(k * 5, k * 5 + 5)], NOW)
            done.append(refresh(con, db))
    assert not done[0].whole
    assert done[1].whole and "written since its last refresh" in done[1].why
    assert _differences(db) == {}


PUBLISHER = textwrap.dedent("""
    import sys
    from datetime import UTC, datetime
    from pathlib import Path
    from tests.warehouse_helpers import synthetic_article
    from warehouse import load
    from warehouse.db import connect
    from warehouse.snapshot import publish
    db, start = Path(sys.argv[1]), int(sys.argv[2])
    with connect(db, timeout=30) as con:
        for k in range(start, start + 1000):
            load.load_articles(con, [synthetic_article(i) for i in range(k * 7, k * 7 + 7)],
                               datetime(2023, 9, 20, tzinfo=UTC))
            publish(con, db)
            print(k, flush=True)
""")


def test_a_kill_mid_refresh_leaves_a_readable_copy_and_the_next_one_whole(tmp_path: Path) -> None:
    db = tmp_path / "bamboo.duckdb"
    rng = random.Random(7)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    start = 0
    for _ in range(6):
        proc = subprocess.Popen([sys.executable, "-c", PUBLISHER, str(db), str(start)], env=env,
                                stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None
        start = int(proc.stdout.readline()) + 1  # it is publishing in a loop now
        time.sleep(rng.uniform(0.0, 0.6))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate(timeout=30)
        start = max([start, *(int(x) + 1 for x in out.split())]) + 1
        # Whatever moment the kill hit, the analyst file opens and its views answer.
        con = duckdb.connect(str(analyst_path(db)), read_only=True)
        try:
            for view in VIEWS:
                con.execute(f"SELECT count(*) FROM {view}").fetchall()
            (rev,) = con.execute("SELECT rev FROM copy_info").fetchone()
            assert rev >= 1
        finally:
            con.close()
    with connect(db, timeout=10) as con:
        refresh(con, db)
        refresh(con, db)  # both spares caught up
    assert _differences(db) == {}


def test_ingest_runs_publish_by_catching_up(tmp_path: Path) -> None:
    """Through `finish_run` as the flows call it: the log names what the refresh copied."""
    from warehouse.load import finish_run, start_run

    db = tmp_path / "bamboo.duckdb"
    with connect(db, timeout=10) as con:
        for k in range(3):
            start_run(con, f"r{k}", "ingest", {})
            load.load_articles(con, [synthetic_article(i) for i in range(k * 4, k * 4 + 4)], NOW)
            finish_run(con, f"r{k}", "completed")
            done = refresh(con, db)
    assert not done.whole and done.changed == 8
    assert _differences(db) == {}
    assert duckdb.connect(str(analyst_path(db)), read_only=True).execute(
        "SELECT count(*) FROM runs WHERE status = 'completed'").fetchone() == (3,)


def test_a_write_outside_a_transaction_is_refused_before_it_happens(tmp_path: Path) -> None:
    """It would commit apart from its current rows and change log, so it never starts."""
    db = tmp_path / "bamboo.duckdb"
    with connect(db, timeout=10) as con:
        with pytest.raises(RuntimeError, match="outside warehouse.db.transaction"):
            load.upsert(con, "detections", [{"article_id": "a", "body_sha256": "", "detector_version": "x",
                                             "detected_at": NOW, "relevant": True, "score": 1.0}])
        assert con.execute("SELECT count(*) FROM detections").fetchone() == (0,)


def test_current_rows_computed_from_a_batch_equal_a_recompute_from_the_tables(tmp_path: Path) -> None:
    """New articles' current rows come from the rows their transaction wrote (warehouse.changes); after
    every kind of write, over several runs, they equal the rows recomputed from the tables."""
    from warehouse.changes import refresh_current

    db = tmp_path / "bamboo.duckdb"
    for kind, items in _runs():
        with connect(db, timeout=10) as con:
            _apply(con, kind, items)
    with connect(db, timeout=10) as con:
        kept = con.execute("SELECT * FROM article_current ORDER BY article_id").fetchall()
        con.execute("BEGIN TRANSACTION")
        con.execute("DELETE FROM article_current")
        refresh_current(con, con.sql("SELECT article_id FROM articles").to_arrow_table())
        recomputed = con.execute("SELECT * FROM article_current ORDER BY article_id").fetchall()
        con.execute("ROLLBACK")
    assert len(kept) == 63
    assert kept == recomputed


def _recompute_differences(con: duckdb.DuckDBPyConnection) -> list[tuple[object, ...]]:
    """Current rows that differ from a recompute of every article from the history tables (the
    recompute is rolled back)."""
    from warehouse.changes import refresh_current

    kept = con.execute("SELECT * FROM article_current ORDER BY article_id").fetchall()
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("DELETE FROM article_current")
        refresh_current(con, con.sql("SELECT article_id FROM articles").to_arrow_table())
        recomputed = con.execute("SELECT * FROM article_current ORDER BY article_id").fetchall()
    finally:
        con.execute("ROLLBACK")
    return [(a, b) for a, b in zip(kept, recomputed, strict=False) if a != b] + kept[len(recomputed):] \
        + recomputed[len(kept):]


def _reextracted(i: int, version: str) -> tuple[str, object]:
    """Article i's newest page extracted again by another extractor version (a reprocess run)."""
    from extractors.core.urls import article_id

    a = synthetic_article(i)
    assert a.article is not None
    return article_id(a.url), dataclasses.replace(a.article, title=f"Story {i} ({version})",
                                                  word_count=a.article.word_count + 1,
                                                  extractor_version=version)


def test_replaced_current_rows_equal_a_recompute_after_every_refetch_and_reprocess(tmp_path: Path) -> None:
    """Existing articles' current rows are replaced in the write that changes them (refetches, new
    versions beside old ones, reprocess runs of the detector and the extractor, failed refetches, old
    bytes again), over many runs on one warehouse; after every run they equal a recompute of every
    article from the history tables."""
    from extractors.core.urls import article_id

    db = tmp_path / "bamboo.duckdb"

    def redetect(ids: range, version: str, relevant: bool) -> list[tuple[str, object]]:
        return [(synthetic_article(i).url, dataclasses.replace(
            synthetic_article(i, relevant=relevant).detection, detector_version=version)) for i in ids]

    runs: list[tuple[str, list]] = [
        ("load", [synthetic_article(i) for i in range(30)]),
        # Refetches of existing articles in the same batch as new ones.
        ("load", [_refetched(i, 5, "Updated.") for i in range(0, 12)] + [synthetic_article(i)
                                                                         for i in range(30, 40)]),
        ("detect", redetect(range(0, 20), "test-det-2", True)),         # a detector reprocess run
        ("extract", [_reextracted(i, "test-ext-2") for i in range(5, 25)]),  # an extractor reprocess run
        ("load", [_failed_refetch(i) for i in range(10, 16)]),          # failed refetches hide nothing
        ("load", [_refetched(i, 9, "") for i in range(0, 6)]),          # the first bytes again, later
        ("detect", redetect(range(0, 40, 2), "test-det-3", False)),    # stories no longer relevant
        ("page_errors", [(synthetic_article(i).url, "page_corrupt", "unreadable") for i in (20, 21)]),
        ("load", [_refetched(i, 12, "Again.") for i in range(6, 18)]),
        ("detect", redetect(range(0, 40, 3), "test-det-4", True)),
    ]
    previous: dict[str, object] | None = None
    for n, (kind, items) in enumerate(runs, 1):
        with connect(db, timeout=10) as con:
            if kind == "extract":
                reprocessing.load_extractions(con, items, NOW)
            else:
                _apply(con, kind, items)
            assert _recompute_differences(con) == [], f"after run {n} ({kind})"
            now = dict(con.execute("SELECT article_id, (page_sha256, extraction_sha256, extractor_version, "
                                   "detector_version, relevant, title) FROM article_current").fetchall())
        replaced = [k for k, v in now.items() if previous is not None and previous.get(k) not in (None, v)]
        # Every run replaced current rows, but the failed refetches and the page errors, which change
        # no version (a failed refetch must hide nothing).
        assert bool(replaced) == (n not in (1, 5, 8)), f"run {n} ({kind}) replaced {len(replaced)}"
        previous = now
    # What the runs leave current: the last detector for its articles, the second extractor where the
    # newest page is the one it read.
    assert now[article_id(synthetic_article(3).url)][3] == "test-det-4"
    assert now[article_id(synthetic_article(24).url)][2] == "test-ext-2"
