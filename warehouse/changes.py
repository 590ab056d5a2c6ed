"""What a write changed: each article's current rows, and the change log the analyst copies follow.

Every write of article rows goes through `note` (warehouse.load.upsert does it for every table it
writes); the transaction (warehouse.db.transaction) calls `flush` before it commits, which, in that
same transaction, recomputes `article_current` for the touched articles only and appends them to
`change_log` under a new rev. So the current rows are never behind the data, and a reader that knows
the rev it holds can catch up with exactly what changed since, whatever the warehouse's size.
"""

from __future__ import annotations

from collections.abc import Iterable

import duckdb
import pyarrow as pa

from warehouse.arrow import registered

# Tables whose rows belong to one article (column article_id): their changes are logged per article.
ARTICLE_TABLES = ("articles", "article_sources", "article_aliases", "raw_pages", "extractions",
                  "detections", "detection_events", "detection_tiers", "article_current", "event_members")
# Append-only tables too large to copy whole on every refresh: logged per key.
KEYED_TABLES = {"feed_polls": ("poll", "poll_id")}
# How a change to each logged table is recorded: (kind in change_log, the column holding its key).
LOGGED = {**{t: ("article", "article_id") for t in ARTICLE_TABLES}, **KEYED_TABLES}

_pending: dict[int, dict[str, set[str]]] = {}
_open: set[int] = set()  # connections inside warehouse.db.transaction

_CURRENT_SQL = """
INSERT OR REPLACE INTO article_current
WITH ids AS (
    SELECT DISTINCT article_id FROM _bamboo_touched
), pages AS (
    SELECT p.article_id, p.body_sha256, p.fetched_at FROM raw_pages p JOIN ids USING (article_id)
), newest_page AS (
    SELECT article_id, body_sha256 FROM pages
    QUALIFY row_number() OVER (PARTITION BY article_id
                               ORDER BY body_sha256 <> '' DESC, fetched_at DESC, body_sha256) = 1
), newest_extraction AS (
    SELECT e.article_id, e.body_sha256, e.extractor_version, e.title, e.language, e.word_count, e.published_at
    FROM extractions e JOIN ids USING (article_id) LEFT JOIN pages p USING (article_id, body_sha256)
    QUALIFY row_number() OVER (PARTITION BY e.article_id ORDER BY e.body_sha256 <> '' DESC,
            p.fetched_at DESC NULLS LAST, e.extracted_at DESC, e.extractor_version DESC) = 1
), newest_detection AS (
    SELECT d.article_id, d.body_sha256, d.detector_version, d.relevant, d.pairs, d.score, d.evidence,
           d.detected_at
    FROM detections d JOIN ids USING (article_id) LEFT JOIN pages p USING (article_id, body_sha256)
    QUALIFY row_number() OVER (PARTITION BY d.article_id ORDER BY d.body_sha256 <> '' DESC,
            p.fetched_at DESC NULLS LAST, d.detected_at DESC, d.detector_version DESC) = 1
), sources AS (
    SELECT s.article_id, list(DISTINCT s.feed_name ORDER BY s.feed_name) AS feeds,
           min(s.published_at) AS published_at
    FROM article_sources s JOIN ids USING (article_id) GROUP BY s.article_id
)
SELECT ids.article_id, np.body_sha256, nx.body_sha256, nx.extractor_version,
       nd.body_sha256, nd.detector_version, nd.relevant,
       a.url, a.first_seen_at, a.first_feed, coalesce(nx.title, ''), nx.language, nx.word_count,
       coalesce(nx.published_at, s.published_at), s.feeds, nd.pairs, nd.score, nd.evidence, nd.detected_at
FROM ids
LEFT JOIN articles a USING (article_id)
LEFT JOIN newest_page np USING (article_id)
LEFT JOIN newest_extraction nx USING (article_id)
LEFT JOIN newest_detection nd USING (article_id)
LEFT JOIN sources s USING (article_id)
"""


def begin(con: duckdb.DuckDBPyConnection) -> None:
    """A write transaction opened on `con` (warehouse.db.transaction)."""
    _pending.pop(id(con), None)
    _open.add(id(con))


def require_transaction(con: duckdb.DuckDBPyConnection, table: str) -> None:
    """Refuse a write of `table` outside warehouse.db.transaction: its current rows and change log
    would commit apart from it."""
    if id(con) not in _open:
        raise RuntimeError(f"rows of {table} written outside warehouse.db.transaction")


def note(con: duckdb.DuckDBPyConnection, table: str, keys: Iterable[str | None]) -> None:
    """Remember that the open write changed rows of `table` under these article ids (or poll ids)."""
    if table not in LOGGED:
        return
    require_transaction(con, table)
    _pending.setdefault(id(con), {}).setdefault(LOGGED[table][0], set()).update(k for k in keys if k)


def discard(con: duckdb.DuckDBPyConnection) -> None:
    """The transaction on `con` ended: forget what it noted (flushed or rolled back)."""
    _pending.pop(id(con), None)
    _open.discard(id(con))


def flush(con: duckdb.DuckDBPyConnection) -> int | None:
    """Inside the open transaction: update the touched articles' current rows and log the changes
    under a new rev (returned; None when nothing was noted)."""
    pending = _pending.pop(id(con), None)
    if not pending:
        return None
    row = con.execute("UPDATE change_state SET last_rev = last_rev + 1 WHERE id = 1 RETURNING last_rev"
                      ).fetchone()
    rev = int(row[0]) if row else 0
    kinds, keys = [], []
    for kind, found in sorted(pending.items()):
        kinds += [kind] * len(found)
        keys += sorted(found)
    changes = pa.table({"kind": pa.array(kinds, pa.string()), "key": pa.array(keys, pa.string())})
    with registered(con, "_bamboo_changes", changes):
        con.execute("INSERT INTO change_log SELECT ?, kind, key FROM _bamboo_changes", [rev])
    articles = sorted(pending.get("article", ()))
    if articles:
        refresh_current(con, pa.table({"article_id": pa.array(articles, pa.string())}))
        # Stories whose detection changed join their event in the same write (imported here: the
        # clustering writes its rows through this module).
        from warehouse import clusters

        clusters.assign_changed(con, articles)
    return rev


def refresh_current(con: duckdb.DuckDBPyConnection, article_ids: pa.Table) -> None:
    """Recompute article_current for these articles (column `article_id`) from their rows only."""
    with registered(con, "_bamboo_touched", article_ids):
        con.execute(_CURRENT_SQL)


def rebuild_all(con: duckdb.DuckDBPyConnection) -> None:
    """Recompute article_current for every article, after rows were written behind `note`'s back
    (a bulk import in SQL). The change log cannot say what such a write changed, so every analyst
    copy is marked too old to catch up and is rebuilt whole at its next refresh."""
    con.execute("BEGIN TRANSACTION")
    try:
        every = con.sql("SELECT article_id FROM articles").to_arrow_table()
        con.execute("DELETE FROM article_current")
        refresh_current(con, every)
        con.execute("UPDATE change_state SET last_rev = last_rev + 1, floor_rev = last_rev + 1")
        con.execute("DELETE FROM change_log")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")
