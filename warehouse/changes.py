"""What a write changed: each article's current rows, and the change log the analyst copies follow.

Every write of article rows goes through `note` (warehouse.load.upsert does it for every table it
writes); the transaction (warehouse.db.transaction) calls `flush` before it commits, which, in that
same transaction, recomputes `article_current` for the touched articles only and appends them to
`change_log` under a new rev. So the current rows are never behind the data, and a reader that knows
the rev it holds can catch up with exactly what changed since, whatever the warehouse's size.

An article that had no current row before the transaction (a new article: every write gives the
articles it touches one) has no rows but the ones this transaction wrote, so its current row is
computed from those rows, kept in memory by `note`, in one statement for the whole batch; only the
articles that existed before are recomputed from the tables, whose scans cost with the warehouse.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from typing import Any

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

# The columns of each table that the current row is computed from (_CURRENT_SQL).
CURRENT_COLUMNS = {
    "raw_pages": ("article_id", "body_sha256", "fetched_at"),
    "extractions": ("article_id", "body_sha256", "extractor_version", "title", "language", "word_count",
                    "published_at", "extracted_at"),
    "detections": ("article_id", "body_sha256", "detector_version", "relevant", "pairs", "score",
                   "evidence", "detected_at"),
    "article_sources": ("article_id", "feed_name", "published_at"),
    "articles": ("article_id", "url", "first_seen_at", "first_feed"),
}


@dataclass
class _Written:
    """What the open transaction on one connection wrote."""

    keys: dict[str, set[str]] = field(default_factory=dict)  # kind -> article / poll ids
    rows: dict[str, list[pa.Table]] = field(default_factory=dict)  # CURRENT_COLUMNS of each table
    seen: dict[str, set[str]] = field(default_factory=dict)  # article ids per table with rows kept
    unsure: set[str] = field(default_factory=set)  # articles whose rows are not all in `rows`


# Existing articles per write whose current rows are read by index lookups (_refresh_existing); more
# are recomputed with a join (DuckDB looks up at most 2,048 constants in an index, index_scan_max_count).
LOOKUP_MAX = 1000


def _newest_of_page(table: str, alias: str, columns: tuple[str, ...], stamp: str, version: str) -> str:
    """The body of a CTE with each touched article's row of `table` (an extraction or a detection):
    one of a fetched page first, then of the most recently fetched page, then the newest `stamp`, then
    the highest `version` (one rule for both, as migration 008 first applied it)."""
    listed = ", ".join(f"{alias}.{c}" for c in columns)
    return f"""SELECT {listed}
    FROM {table} {alias} JOIN ids USING (article_id) LEFT JOIN pages p USING (article_id, body_sha256)
    QUALIFY row_number() OVER (PARTITION BY {alias}.article_id ORDER BY {alias}.body_sha256 <> '' DESC,
            p.fetched_at DESC NULLS LAST, {alias}.{stamp} DESC, {alias}.{version} DESC) = 1"""


_pending: dict[int, _Written] = {}
_open: set[int] = set()  # connections inside warehouse.db.transaction

_CURRENT_SQL = f"""
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
    {_newest_of_page("extractions", "e", ("article_id", "body_sha256", "extractor_version", "title",
                                          "language", "word_count", "published_at"),
                     "extracted_at", "extractor_version")}
), newest_detection AS (
    {_newest_of_page("detections", "d", ("article_id", "body_sha256", "detector_version", "relevant", "pairs",
                                         "score", "evidence", "detected_at"),
                     "detected_at", "detector_version")}
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


def note(con: duckdb.DuckDBPyConnection, table: str, keys: Iterable[str | None],
         rows: pa.Table | None = None) -> None:
    """Remember that the open write changed rows of `table` under these article ids (or poll ids);
    `rows`, when given, are the rows it wrote (as inserted: their keys were new or replaced whole)."""
    if table not in LOGGED:
        return
    require_transaction(con, table)
    written = _pending.setdefault(id(con), _Written())
    found = {k for k in keys if k}
    written.keys.setdefault(LOGGED[table][0], set()).update(found)
    if table in CURRENT_COLUMNS:
        _keep_rows(written, table, found, rows)


def _keep_rows(written: _Written, table: str, ids: set[str], rows: pa.Table | None) -> None:
    """Keep the rows a current row may be computed from; an article written twice to one table, or
    without its rows, is recomputed from the tables instead (which rows won is the table's to say)."""
    seen = written.seen.setdefault(table, set())
    if rows is None or not set(CURRENT_COLUMNS[table]) <= set(rows.column_names):
        written.unsure |= ids
        return
    written.unsure |= seen & ids
    seen |= ids
    written.rows.setdefault(table, []).append(rows.select(list(CURRENT_COLUMNS[table])))


def discard(con: duckdb.DuckDBPyConnection) -> None:
    """The transaction on `con` ended: forget what it noted (flushed or rolled back)."""
    _pending.pop(id(con), None)
    _open.discard(id(con))


def flush(con: duckdb.DuckDBPyConnection) -> int | None:
    """Inside the open transaction: update the touched articles' current rows and log the changes
    under a new rev (returned; None when nothing was noted)."""
    written = _pending.pop(id(con), None)
    if not written or not written.keys:
        return None
    pending = written.keys
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
        _refresh_touched(con, articles, written)
        # Stories whose detection changed join their event in the same write (imported here: the
        # clustering writes its rows through this module).
        from warehouse import clusters

        clusters.assign_changed(con, articles)
    return rev


def _refresh_touched(con: duckdb.DuckDBPyConnection, articles: list[str], written: _Written) -> None:
    """article_current for the touched articles: new ones from the rows written, the others from the
    tables."""
    old = existing(con, articles)
    new = [a for a in articles if a not in old and a not in written.unsure]
    if new:
        _refresh_new(con, new, written.rows)
    rest = sorted(set(articles) - set(new))
    if len(rest) > LOOKUP_MAX:
        refresh_current(con, pa.table({"article_id": pa.array(rest, pa.string())}))
    elif rest:
        _refresh_existing(con, rest)


def existing(con: duckdb.DuckDBPyConnection, article_ids: list[str]) -> set[str]:
    """Those of `article_ids` that have a current row. The ids are written into the statement: a list
    of constants is looked up in the primary-key index, where a join would scan every row."""
    return {r[0] for r in con.execute(
        f"SELECT article_id FROM article_current WHERE article_id IN ({constants(article_ids)})").fetchall()}


def constants(article_ids: list[str]) -> str:
    """The ids as a list of SQL string constants (what DuckDB looks up in an index)."""
    return ", ".join("'" + a.replace("'", "''") + "'" for a in article_ids)


def lookup_rows(con: duckdb.DuckDBPyConnection, sql: str, keys: Iterable[str],
                params: Sequence[object] = ()) -> list[tuple[Any, ...]]:
    """The rows of `sql` for `keys`, read by index lookups: `sql` filters an indexed column (a
    one-column primary key, UNIQUE or CREATE INDEX) with `IN ({keys})`, filled with at most LOOKUP_MAX
    constants per statement. A join with the keys, or a parameter list, would scan every row."""
    out: list[tuple[Any, ...]] = []
    for statement in lookup_statements(sql, keys):
        out += con.execute(statement, params).fetchall()
    return out


def lookup_statements(sql: str, keys: Iterable[str]) -> Iterator[str]:
    """`sql` with its `IN ({keys})` filled with the distinct keys in order, at most LOOKUP_MAX per
    statement (DuckDB looks up at most 2,048 constants in an index)."""
    ordered = sorted(set(keys))
    for at in range(0, len(ordered), LOOKUP_MAX):
        yield sql.replace("{keys}", constants(ordered[at:at + LOOKUP_MAX]))


def _refresh_existing(con: duckdb.DuckDBPyConnection, article_ids: list[str]) -> None:
    """Replace the current rows of articles that have one, from all their rows in the tables, read by
    point lookups: each table is filtered on its article_id index (migration 012) with the ids as
    constants, where a join with the ids, or the composite primary keys, would scan every row; the
    old current rows are deleted through the primary-key index the same way, then inserted anew."""
    listed = constants(article_ids)
    sources = {table: f"(SELECT {', '.join(cols)} FROM {table} WHERE article_id IN ({listed}))"
               for table, cols in CURRENT_COLUMNS.items()}
    with registered(con, "_bamboo_touched", pa.table({"article_id": pa.array(article_ids, pa.string())})):
        con.execute(f"DELETE FROM article_current WHERE article_id IN ({listed})")
        con.execute(_current_sql(sources).replace("INSERT OR REPLACE INTO", "INSERT INTO", 1))


def _refresh_new(con: duckdb.DuckDBPyConnection, article_ids: list[str],
                 rows: dict[str, list[pa.Table]]) -> None:
    """Current rows of new articles from the rows this transaction wrote, which are all they have."""
    sources: dict[str, str] = {}
    with ExitStack() as lent:
        for table, cols in CURRENT_COLUMNS.items():
            parts = rows.get(table)
            if parts:
                name = f"_bamboo_new_{table}"
                table_rows = pa.concat_tables(parts, promote_options="permissive")
                lent.enter_context(registered(con, name, table_rows))
                sources[table] = f"(SELECT {', '.join(cols)} FROM {name})"
            else:
                sources[table] = f"(SELECT {', '.join(cols)} FROM {table} WHERE false)"
        lent.enter_context(registered(con, "_bamboo_touched",
                                      pa.table({"article_id": pa.array(article_ids, pa.string())})))
        # Plain INSERT: they have no current row to replace, and replacing costs a delete per row.
        con.execute(_current_sql(sources).replace("INSERT OR REPLACE INTO", "INSERT INTO", 1))


def _current_sql(sources: dict[str, str]) -> str:
    """_CURRENT_SQL reading each table from `sources` (a relation with the table's CURRENT_COLUMNS)."""
    sql = _CURRENT_SQL
    for table, source in sources.items():
        sql = re.sub(rf"\b(FROM|JOIN) {table}\b", rf"\1 {source}", sql)
    return sql


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
