"""Reads the flows need from the warehouse: feed state, which entries are already stored."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields
from datetime import UTC, datetime, timedelta

import duckdb
import pyarrow as pa

from extractors.core.models import FeedEntry, FeedState
from extractors.core.urls import drop_params, host_of
from warehouse import identity
from warehouse.arrow import registered
from warehouse.changes import lookup_rows

_STATE_COLS = [f.name for f in fields(FeedState)]
MAX_FETCH_ATTEMPTS = 3  # a page that failed this often is left alone (its failure stays recorded)
RETRY_AFTER = timedelta(hours=1)


def feed_states(con: duckdb.DuckDBPyConnection) -> dict[str, FeedState]:
    """The stored state of every feed that was polled before."""
    rows = con.execute(f"SELECT feed_name, {', '.join(_STATE_COLS)} FROM feed_state").fetchall()
    return {r[0]: FeedState(**dict(zip(_STATE_COLS, r[1:], strict=True))) for r in rows}


def stored_keys(con: duckdb.DuckDBPyConnection, entries: Iterable[FeedEntry],
                now: datetime | None = None) -> set[str]:
    """Canonical URLs of `entries` already stored, by URL or by the same feed's GUID.

    By URL means: the URL, or the URL without the query parameters learned not to change that
    host's pages, led to a stored article before (article_aliases, warehouse.identity).

    An article whose fetch failed is not "stored" yet: it is tried again, at most
    MAX_FETCH_ATTEMPTS times, no sooner than RETRY_AFTER after the last attempt.
    """
    items = list(entries)
    if not items:
        return set()
    now = now or datetime.now(UTC)
    ignored = identity.ignored_params(con, {host_of(e.url) for e in items})
    owns = {e.url: drop_params(e.url, ignored.get(host_of(e.url), set())) for e in items}
    found = _leads(con, items, owns)
    # Whether each article they lead to is done, looked up by its primary key (computed, not filtered
    # on: another condition on the table made DuckDB scan it instead).
    done = {r[0] for r in lookup_rows(
        con, "SELECT article_id, NOT (fetch_status = 'failed' AND fetch_attempts < ? "
        "AND coalesce(last_fetch_at, first_seen_at) < ?) FROM articles WHERE article_id IN ({keys})",
        {aid for _, aid in found}, [MAX_FETCH_ATTEMPTS, now - RETRY_AFTER]) if r[1]}
    return {url for url, aid in found if aid in done}


def _leads(con: duckdb.DuckDBPyConnection, items: list[FeedEntry], owns: dict[str, str]
           ) -> set[tuple[str, str]]:
    """(entry URL, article id) for each stored article an entry leads to: its URL is the article's
    (the UNIQUE index on articles.url) or an alias, itself or without its ignored parameters (the
    primary key of article_aliases); or a source of the article has its URL, or its GUID in its feed
    (article_sources has no index on those: one join with the entries, which scans two columns)."""
    urls = {e.url for e in items}
    by_url = dict(lookup_rows(con, "SELECT url, article_id FROM articles WHERE url IN ({keys})", urls))
    aliased = dict(lookup_rows(con, "SELECT entry_url, article_id FROM article_aliases "
                                    "WHERE entry_url IN ({keys})", urls | set(owns.values())))
    found = {(u, aid) for u in urls for aid in (by_url.get(u), aliased.get(u), aliased.get(owns[u])) if aid}
    probe = pa.table({"url": [e.url for e in items], "guid": [e.guid for e in items],
                      "feed_name": [e.feed_name for e in items]})
    with registered(con, "_bamboo_probe", probe):
        found |= set(con.execute(
            "SELECT p.url, s.article_id FROM _bamboo_probe p JOIN article_sources s ON s.entry_url = p.url "
            "UNION SELECT p.url, s.article_id FROM _bamboo_probe p JOIN article_sources s "
            "  ON s.guid = p.guid AND s.feed_name = p.feed_name").fetchall())
    return found


def stored_urls(con: duckdb.DuckDBPyConnection, urls: Iterable[str]) -> set[str]:
    """Which of `urls` (canonical) are stored as articles."""
    probe = pa.table({"url": list(urls)})
    if probe.num_rows == 0:
        return set()
    con.register("_bamboo_probe", probe)
    try:
        rows = con.execute("SELECT a.url FROM articles a JOIN _bamboo_probe p USING (url)").fetchall()
    finally:
        con.unregister("_bamboo_probe")
    return {r[0] for r in rows}
