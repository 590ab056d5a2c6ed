"""Reads the flows need from the warehouse: feed state, which entries are already stored."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields

import duckdb
import pyarrow as pa

from extractors.models import FeedEntry, FeedState

_STATE_COLS = [f.name for f in fields(FeedState)]


def feed_states(con: duckdb.DuckDBPyConnection) -> dict[str, FeedState]:
    """The stored state of every feed that was polled before."""
    rows = con.execute(f"SELECT feed_name, {', '.join(_STATE_COLS)} FROM feed_state").fetchall()
    return {r[0]: FeedState(**dict(zip(_STATE_COLS, r[1:], strict=True))) for r in rows}


def stored_keys(con: duckdb.DuckDBPyConnection, entries: Iterable[FeedEntry]) -> set[str]:
    """Canonical URLs of `entries` already stored, matched by URL or, failing that, by GUID."""
    items = list(entries)
    if not items:
        return set()
    probe = pa.table({"url": [e.url for e in items], "guid": [e.guid for e in items]})
    con.register("_bamboo_probe", probe)
    try:
        rows = con.execute(
            "SELECT p.url FROM _bamboo_probe p WHERE EXISTS (SELECT 1 FROM articles a WHERE a.url = p.url) "
            "OR EXISTS (SELECT 1 FROM article_sources s WHERE s.entry_url = p.url) "
            "OR (p.guid IS NOT NULL AND EXISTS (SELECT 1 FROM articles a WHERE a.guid = p.guid)) "
            "OR (p.guid IS NOT NULL AND EXISTS (SELECT 1 FROM article_sources s WHERE s.guid = p.guid))"
        ).fetchall()
    finally:
        con.unregister("_bamboo_probe")
    return {r[0] for r in rows}


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
