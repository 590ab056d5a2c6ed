"""The per-feed backlog in the warehouse: pending entries, per-article claims, feeds with reused GUIDs."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta

import duckdb
import pyarrow as pa

from extractors.core.models import FeedEntry
from extractors.feeds.backlog import GuidIssue, Pending
from warehouse.arrow import registered
from warehouse.ingest_reads import MAX_FETCH_ATTEMPTS

# A claim outlives any sane run; a run that ended (or whose process died on this host, closed by the
# next run's start) frees its claims at once, so this only matters for a run lost on another host.
CLAIM_TTL = timedelta(hours=2)
_ENTRY_COLS = ("feed_name", "url", "link", "guid", "title", "summary", "content", "author",
               "published_at", "published_raw")


def _with_table(con: duckdb.DuckDBPyConnection, name: str, table: pa.Table, sql: str,
                params: Sequence[object] = ()) -> list[tuple[object, ...]]:
    """Run `sql` with `table` registered as `name`; returns its rows (none for statements)."""
    with registered(con, name, table):
        return con.execute(sql, list(params)).fetchall()


def _urls(urls: Iterable[str]) -> pa.Table:
    return pa.table({"url": pa.array(sorted(set(urls)), pa.string())})


def _probed(con: duckdb.DuckDBPyConnection, urls: Iterable[str], sql: str,
            params: Sequence[object]) -> set[str]:
    """The URLs (of `urls`, lent as `_bamboo_probe`) that `sql` selects."""
    table = _urls(urls)
    if table.num_rows == 0:
        return set()
    return {str(r[0]) for r in _with_table(con, "_bamboo_probe", table, sql, params)}


# --- GUIDs that are not unique -------------------------------------------------------------------


def guid_issue_feeds(con: duckdb.DuckDBPyConnection) -> set[str]:
    """Feeds whose GUIDs were found not to be unique (the fact is kept for good)."""
    return {r[0] for r in con.execute("SELECT feed_name FROM feed_guid_issues").fetchall()}


def stored_guid_conflicts(con: duckdb.DuckDBPyConnection, entries: Sequence[FeedEntry]
                          ) -> dict[str, GuidIssue]:
    """Per feed, a GUID the feed gave before to a different link than an entry carries now."""
    probe = pa.table({"feed_name": pa.array([e.feed_name for e in entries if e.guid], pa.string()),
                      "guid": pa.array([e.guid for e in entries if e.guid], pa.string()),
                      "url": pa.array([e.url for e in entries if e.guid], pa.string())})
    if probe.num_rows == 0:
        return {}
    rows = _with_table(con, "_bamboo_guids", probe,
                       "SELECT p.feed_name, p.guid, min(p.url), min(s.entry_url) FROM _bamboo_guids p "
                       "JOIN article_sources s ON s.feed_name = p.feed_name AND s.guid = p.guid "
                       "WHERE s.entry_url IS DISTINCT FROM p.url GROUP BY ALL ORDER BY ALL")
    out: dict[str, GuidIssue] = {}
    for feed, guid, now_url, stored_url in rows:
        out.setdefault(str(feed), GuidIssue(str(feed), str(guid), (str(stored_url), str(now_url))))
    return out


def flag_guid_issues(con: duckdb.DuckDBPyConnection, issues: Iterable[GuidIssue], now: datetime
                     ) -> list[GuidIssue]:
    """Record feeds newly found to reuse GUIDs; returns those not recorded before."""
    known = guid_issue_feeds(con)
    fresh = [i for i in issues if i.feed_name not in known]
    for i in fresh:
        con.execute("INSERT INTO feed_guid_issues VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    [i.feed_name, now, i.guid, i.detail])
    return fresh


# --- pending entries -----------------------------------------------------------------------------


def remember(con: duckdb.DuckDBPyConnection, pending: Sequence[Pending], now: datetime) -> None:
    """Add entries to their feed's pending list; ones already there get the feed's latest version."""
    if not pending:
        return
    rows = {(p.entry.feed_name, p.entry.url): p for p in pending}
    cols: dict[str, list[object]] = {c: [getattr(p.entry, c) for p in rows.values()] for c in _ENTRY_COLS}
    table = pa.table({**{c: pa.array(v, pa.timestamp("us", tz="UTC") if c == "published_at" else pa.string())
                         for c, v in cols.items()},
                      "position": pa.array([p.position for p in rows.values()], pa.int32())})
    names = ", ".join(_ENTRY_COLS)
    updates = ", ".join(f"{c} = excluded.{c}" for c in _ENTRY_COLS[2:])
    _with_table(con, "_bamboo_pending", table,
                f"INSERT INTO feed_pending ({names}, position, first_seen_at, last_seen_at) "
                f"SELECT {names}, position, $1, $1 FROM _bamboo_pending ON CONFLICT (feed_name, url) "
                f"DO UPDATE SET {updates}, position = excluded.position, "
                "last_seen_at = excluded.last_seen_at",
                [now])


def pending(con: duckdb.DuckDBPyConnection, feed_names: Iterable[str]) -> list[Pending]:
    """The pending entries of these feeds."""
    names = pa.table({"feed_name": pa.array(sorted(set(feed_names)), pa.string())})
    rows = _with_table(con, "_bamboo_feeds", names,
                       f"SELECT {', '.join(_ENTRY_COLS)}, position FROM feed_pending "
                       "WHERE feed_name IN (SELECT feed_name FROM _bamboo_feeds) "
                       "ORDER BY feed_name, position")
    return [Pending(FeedEntry(**dict(zip(_ENTRY_COLS, r[:-1], strict=True))), int(r[-1]))  # type: ignore[arg-type]
            for r in rows]


def forget(con: duckdb.DuckDBPyConnection, keys: Iterable[tuple[str, str]]) -> None:
    """Remove (feed_name, url) entries from the pending lists."""
    pairs = sorted(set(keys))
    if not pairs:
        return
    table = pa.table({"feed_name": pa.array([f for f, _ in pairs], pa.string()),
                      "url": pa.array([u for _, u in pairs], pa.string())})
    _with_table(con, "_bamboo_gone", table,
                "DELETE FROM feed_pending p USING _bamboo_gone g "
                "WHERE p.feed_name = g.feed_name AND p.url = g.url")


def awaiting_retry(con: duckdb.DuckDBPyConnection, urls: Iterable[str]) -> set[str]:
    """URLs whose article failed to fetch and will be tried again (attempts left): they stay pending."""
    return _probed(con, urls,
                   "WITH failed AS (SELECT article_id, url FROM articles "
                   "  WHERE fetch_status = 'failed' AND fetch_attempts < ?) "
                   "SELECT p.url FROM _bamboo_probe p JOIN failed a ON a.url = p.url "
                   "UNION SELECT p.url FROM _bamboo_probe p "
                   "  JOIN article_sources s ON s.entry_url = p.url "
                   "  JOIN failed a ON a.article_id = s.article_id", [MAX_FETCH_ATTEMPTS])


# --- claims --------------------------------------------------------------------------------------


def claimed_elsewhere(con: duckdb.DuckDBPyConnection, urls: Iterable[str], run_id: str,
                      now: datetime) -> set[str]:
    """URLs another run that is still running claimed, and whose claim has not expired."""
    return _probed(con, urls,
                   "SELECT c.url FROM article_claims c JOIN _bamboo_probe p USING (url) "
                   "JOIN runs r ON r.run_id = c.run_id "
                   "WHERE c.run_id <> ? AND c.expires_at > ? AND r.status = 'running'", [run_id, now])


def claim(con: duckdb.DuckDBPyConnection, urls: Iterable[str], run_id: str, now: datetime) -> None:
    """Claim URLs for this run (replacing claims that lapsed or whose run ended)."""
    table = _urls(urls)
    if table.num_rows == 0:
        return
    _with_table(con, "_bamboo_claim", table,
                "INSERT INTO article_claims SELECT url, ?, ?, ? FROM _bamboo_claim ON CONFLICT (url) "
                "DO UPDATE SET run_id = excluded.run_id, claimed_at = excluded.claimed_at, "
                "expires_at = excluded.expires_at", [run_id, now, now + CLAIM_TTL])


def release(con: duckdb.DuckDBPyConnection, run_id: str, now: datetime) -> None:
    """Drop this run's claims, and any that lapsed or belong to runs no longer running."""
    con.execute("DELETE FROM article_claims WHERE run_id = ? OR expires_at <= ? OR run_id NOT IN "
                "(SELECT run_id FROM runs WHERE status = 'running')", [run_id, now])
