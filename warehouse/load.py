"""Bulk, idempotent loads. Each batch is one transaction of Arrow-backed INSERT ... ON CONFLICT.

Natural keys make every load an upsert, so re-running a batch adds nothing; a crash before
COMMIT leaves nothing of the batch behind, and the next run redoes it.
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from extractors.core.models import Detection, Feed, FeedEntry, FeedPoll, FeedState, ProcessedArticle
from extractors.core.redact import redact_text, redact_url
from extractors.core.urls import article_id, variant_key
from extractors.feeds.config import cli_feed_name
from warehouse import changes, feedstatus
from warehouse.db import transaction
from warehouse.pagestore import clear_incoming, page_name, write_page

_ARROW_TYPES: dict[str, pa.DataType] = {
    "VARCHAR": pa.string(), "INTEGER": pa.int32(), "BIGINT": pa.int64(), "DOUBLE": pa.float64(),
    "BOOLEAN": pa.bool_(), "TIMESTAMP WITH TIME ZONE": pa.timestamp("us", tz="UTC"),
    "BLOB": pa.binary(), "VARCHAR[]": pa.list_(pa.string()), "JSON": pa.string(), "DATE": pa.date32(),
}
_KEYS: dict[str, tuple[str, ...]] = {
    "feeds": ("name",), "feed_state": ("feed_name",), "feed_polls": ("poll_id",),
    "articles": ("article_id",), "article_sources": ("article_id", "feed_name"),
    "raw_pages": ("article_id", "body_sha256"),
    "extractions": ("article_id", "body_sha256", "extractor_version"),
    "detections": ("article_id", "body_sha256", "detector_version"),
    "detection_events": ("article_id", "body_sha256", "detector_version", "seq"),
    "detection_tiers": ("article_id", "body_sha256", "detector_version", "seq"), "runs": ("run_id",),
    "article_aliases": ("entry_url",), "ignored_params": ("host", "param"),
    "distrusted_canonicals": ("canonical_url",),
}


_schemas: dict[tuple[int, str], pa.Schema] = {}


def _schema(con: duckdb.DuckDBPyConnection, table: str) -> pa.Schema:
    """The Arrow schema of a table (cached per schema version: it only changes with migrations)."""
    from warehouse.migrations import latest_version

    key = (latest_version(), table)
    if key not in _schemas:
        _schemas[key] = _read_schema(con, table)
    return _schemas[key]


def _read_schema(con: duckdb.DuckDBPyConnection, table: str) -> pa.Schema:
    rows = con.execute(
        "SELECT column_name, data_type FROM information_schema.columns "
        "WHERE table_schema = 'main' AND table_name = ? ORDER BY ordinal_position", [table]
    ).fetchall()
    return pa.schema([(name, _ARROW_TYPES.get(dtype, pa.string())) for name, dtype in rows])


def upsert(con: duckdb.DuckDBPyConnection, table: str, rows: Sequence[dict[str, Any]],
           *, update: bool = True, keep: Sequence[str] = (), count: Sequence[str] = ()) -> int:
    """Insert `rows` into `table` in one statement; on a key conflict update (or keep) the old row.

    `keep` names columns that an update must not overwrite (first-seen facts); `count` names
    counters that an update increments.
    """
    if not rows:
        return 0
    keys = _KEYS[table]
    deduped = list({tuple(r[k] for k in keys): r for r in rows}.values())
    schema = _schema(con, table)
    cols = [n for n in schema.names if n in deduped[0]]
    arrow = pa.Table.from_pylist([{c: r.get(c) for c in cols} for r in deduped],
                                 schema=pa.schema([schema.field(c) for c in cols]))
    logged = changes.LOGGED.get(table)
    if logged:
        changes.require_transaction(con, table)
    con.register("_bamboo_batch", arrow)
    try:
        target = ", ".join(cols)
        sql = f"INSERT INTO {table} ({target}) SELECT {target} FROM _bamboo_batch"
        settable = [c for c in cols if c not in keys and c not in keep]
        if update and settable:
            sets = ", ".join(f"{c} = {table}.{c} + 1" if c in count else f"{c} = excluded.{c}"
                             for c in settable)
            sql += f" ON CONFLICT ({', '.join(keys)}) DO UPDATE SET {sets}"
        else:
            sql += " ON CONFLICT DO NOTHING"
        con.execute(sql)
    finally:
        con.unregister("_bamboo_batch")
    if logged:
        changes.note(con, table, (r[logged[1]] for r in deduped), arrow)
    return len(deduped)


def sync_feeds(con: duckdb.DuckDBPyConnection, feeds: Iterable[Feed], now: datetime, *,
               complete: bool = False) -> None:
    """Record the configured feeds (first_seen_at kept, the rest updated); URLs without secrets.

    A `--feed-url` feed (named `cli_feed_name(url)`) is only added when absent: it never overwrites
    a row, least of all a configured feed's. Each feed's status follows the file (`disabled` or
    active); `complete` says `feeds` is the whole file, so configured feeds missing from it are removed.
    """
    feeds = list(feeds)
    rows = [{"name": f.name, "url": redact_url(f.url), "outlet": f.outlet, "language": f.language,
             "timezone": f.timezone, "tags": list(f.tags), "sitemap": f.sitemap and redact_url(f.sitemap),
             "archive": f.archive and redact_url(f.archive),
             "first_seen_at": now, "updated_at": now} for f in feeds]
    adhoc = {f.name for f in feeds if f.name == cli_feed_name(f.url)}
    with transaction(con):
        upsert(con, "feeds", [r for r in rows if r["name"] not in adhoc], keep=("first_seen_at",))
        upsert(con, "feeds", [r for r in rows if r["name"] in adhoc], update=False)
        feedstatus.record_file(con, [f for f in feeds if f.name not in adhoc], now, complete=complete)


def load_articles(con: duckdb.DuckDBPyConnection, batch: Sequence[ProcessedArticle], now: datetime,
                  identity: Mapping[str, Sequence[dict[str, Any]]] | None = None) -> int:
    """Load one batch of processed articles in one transaction; returns articles written.

    A page whose bytes differ from the stored ones is a new version beside the old (raw_pages,
    extractions and detections are keyed by the page's hash). `identity` holds rows of
    article_aliases, ignored_params and distrusted_canonicals (warehouse.identity) that commit
    with the batch; every source's entry URL is recorded as an alias of its article anyway.
    """
    if not batch:
        return 0
    tables: dict[str, list[dict[str, Any]]] = {t: [] for t in (
        "articles", "article_sources", "raw_pages", "extractions", "article_aliases")}
    hashes = [_sha256(p.page.body) if p.page else None for p in batch]
    unchanged = _unchanged(con, batch, hashes)
    changed = [(p, h) for p, h in zip(batch, hashes, strict=True) if article_id(p.url) not in unchanged]
    detections = [(article_id(p.url), h or "", p.detection) for p, h in changed if p.detection is not None]
    db = database_path(con)
    clear_incoming(db)
    for p, h in changed:
        _article_rows(p, h, now, tables)
        if p.page is not None and p.page.body and h:  # the file first: a committed row has its page
            write_page(db, page_name(article_id(p.url), h), p.page.body)
    tables["article_sources"] += [_source_row(article_id(p.url), e, now)
                                  for p in batch if article_id(p.url) in unchanged for e in p.sources]
    tables["article_aliases"] += [alias_row(u, p.url, e.feed_name if e else None, how, now) for p in batch
                                  for u, e, how in [(p.url, p.sources[0] if p.sources else None, "key"),
                                                    *((e.url, e, "entry") for e in p.sources)]]
    with transaction(con):
        upsert(con, "articles", tables["articles"], keep=("first_seen_at", "first_feed", "discovered_via"),
               count=("fetch_attempts",))
        upsert(con, "article_sources", tables["article_sources"], update=False)
        upsert(con, "raw_pages", tables["raw_pages"])
        upsert(con, "extractions", tables["extractions"])
        _load_detections(con, detections, now)
        for table, rows in (identity or {}).items():
            upsert(con, table, rows, update=False)
        upsert(con, "article_aliases", tables["article_aliases"], update=False)
    return len(batch)


def alias_row(url: str, key: str, feed_name: str | None, how: str, now: datetime) -> dict[str, Any]:
    """An article_aliases row: `url` led to the article keyed `key`."""
    return {"entry_url": url, "article_id": article_id(key), "variant_key": variant_key(url),
            "feed_name": feed_name, "how": how, "first_seen_at": now}


def _article_rows(p: ProcessedArticle, body_sha256: str | None, now: datetime,
                  out: dict[str, list[dict[str, Any]]]) -> None:
    aid = article_id(p.url)
    page, art = p.page, p.article
    fetched = page is not None and page.ok
    first = p.sources[0] if p.sources else None
    out["articles"].append({
        "article_id": aid, "url": p.url, "guid": first.guid if first else None,
        "first_feed": first.feed_name if first else None, "discovered_via": p.discovered_via,
        "first_seen_at": now, "fetch_status": "fetched" if fetched else "failed",
        "fetch_error": None if fetched or page is None else f"{page.error_kind}: {page.error}",
        "fetch_attempts": 1, "last_fetch_at": page.fetched_at if page else None,
    })
    out["article_sources"] += [_source_row(aid, e, now) for e in p.sources]
    if page is not None:
        out["raw_pages"].append({
            "article_id": aid, "url": page.url, "final_url": page.final_url, "status": page.status,
            "content_type": page.content_type, "fetched_at": page.fetched_at,
            "body_bytes": len(page.body), "body_sha256": body_sha256 or "",
            "body_path": page_name(aid, body_sha256) if page.body and body_sha256 else None,
            "error_kind": page.error_kind, "error": page.error})
    if art is not None:
        out["extractions"].append({
            "article_id": aid, "body_sha256": body_sha256 or "", "extractor_version": art.extractor_version,
            "extracted_at": now,
            "title": art.title, "author": art.author, "site_name": art.site_name,
            "canonical_url": art.canonical_url, "published_at": art.published_at,
            "date_source": art.date_source, "language": art.language, "body": art.body,
            "word_count": art.word_count, "method": art.method, "error": art.error})


def database_path(con: duckdb.DuckDBPyConnection) -> Path:
    """The file of the open warehouse."""
    rows = con.execute("SELECT path FROM duckdb_databases() WHERE database_name = current_database()"
                       ).fetchall()
    return Path(rows[0][0])


def _source_row(aid: str, e: FeedEntry, now: datetime) -> dict[str, Any]:
    return {"article_id": aid, "feed_name": e.feed_name, "link": e.link, "entry_url": e.url,
            "guid": e.guid, "title": e.title, "summary": e.summary, "published_at": e.published_at,
            "published_raw": e.published_raw, "lastmod": e.lastmod, "first_seen_at": now}


def _sha256(body: bytes) -> str | None:
    return hashlib.sha256(body).hexdigest() if body else None


def _unchanged(con: duckdb.DuckDBPyConnection, batch: Sequence[ProcessedArticle],
               hashes: Sequence[str | None]) -> set[str]:
    """Articles whose newest stored page has the same bytes and that already have these extractor and
    detector versions for it: loading them again would change nothing, so it is skipped. (Bytes equal
    to an older version are loaded again: that version becomes the newest.)"""
    wanted = [(article_id(p.url), h, p.article.extractor_version if p.article else None,
               p.detection.detector_version if p.detection else None)
              for p, h in zip(batch, hashes, strict=True)]
    ids = {w[0] for w in wanted}
    # Each table's rows of the batch looked up in its article_id index (or primary key) and matched
    # here: joins on (article_id, hash, version) read every row of the four tables, and a filter on a
    # hash or version column beside the ids made DuckDB scan instead of looking them up.
    current = dict(changes.lookup_rows(
        con, "SELECT article_id, page_sha256 FROM article_current WHERE article_id IN ({keys})", ids))
    pages = set(changes.lookup_rows(
        con, "SELECT article_id, body_sha256 FROM raw_pages WHERE article_id IN ({keys})", ids))
    found = {table: set(changes.lookup_rows(
        con, f"SELECT article_id, body_sha256, {version} FROM {table} WHERE article_id IN ({{keys}})", ids))
        for table, version in (("extractions", "extractor_version"), ("detections", "detector_version"))}
    return {aid for aid, sha, xv, dv in wanted
            if None not in (sha, xv, dv) and current.get(aid) == sha and (aid, sha) in pages
            and (aid, sha, xv) in found["extractions"] and (aid, sha, dv) in found["detections"]}


def load_detections(con: duckdb.DuckDBPyConnection, detections: Sequence[tuple[str, Detection]],
                    now: datetime) -> int:
    """Load (article_id, Detection) pairs, made from each article's newest page version, in one
    transaction (reprocessing uses this)."""
    with transaction(con):
        versions = newest_versions(con, [aid for aid, _ in detections])
        _load_detections(con, [(aid, versions.get(aid, ""), d) for aid, d in detections], now)
    return len(detections)


def newest_versions(con: duckdb.DuckDBPyConnection, ids: Sequence[str]) -> dict[str, str]:
    """The body_sha256 of each article's newest page version (latest_pages)."""
    con.register("_bamboo_ids", pa.table({"article_id": pa.array(list(ids), pa.string())}))
    try:
        rows = con.execute("SELECT article_id, body_sha256 FROM latest_pages "
                           "JOIN _bamboo_ids USING (article_id)").fetchall()
    finally:
        con.unregister("_bamboo_ids")
    return {r[0]: r[1] for r in rows}


def _load_detections(con: duckdb.DuckDBPyConnection, detections: Sequence[tuple[str, str, Detection]],
                     now: datetime) -> None:
    if not detections:
        return
    rows, events, tiers = [], [], []
    for aid, sha, d in detections:
        rows.append({"article_id": aid, "body_sha256": sha, "detector_version": d.detector_version,
                     "detected_at": now,
                     "relevant": d.relevant, "score": float(d.score), "pairs": list(d.pairs),
                     "evidence": json.dumps(list(d.evidence), ensure_ascii=False)})
        for i, ev in enumerate(d.events):
            events.append({"article_id": aid, "body_sha256": sha, "detector_version": d.detector_version,
                           "seq": i,
                           "event_type": ev.type, "cameo": ev.cameo, "actor": ev.actor,
                           "target": ev.target, "people": list(ev.people), "place": ev.place,
                           "event_date": _iso_day(ev.date), "evidence": ev.evidence,
                           "event_date_text": ev.date_text, "place_country": ev.place_country,
                           "main": ev.main})
        for i, t in enumerate(d.tiers):
            tiers.append({"article_id": aid, "body_sha256": sha, "detector_version": d.detector_version,
                          "seq": i,
                          "tier": t.tier, "pair": t.pair, "text": t.text})
    keys = pa.table({"article_id": [a for a, _, _ in detections],
                     "body_sha256": [s for _, s, _ in detections],
                     "detector_version": [d.detector_version for _, _, d in detections]})
    con.register("_bamboo_keys", keys)
    try:
        for table in ("detection_events", "detection_tiers"):
            con.execute(f"DELETE FROM {table} t USING _bamboo_keys k WHERE t.article_id = k.article_id "
                        f"AND t.body_sha256 = k.body_sha256 AND t.detector_version = k.detector_version")
    finally:
        con.unregister("_bamboo_keys")
    upsert(con, "detections", rows)
    upsert(con, "detection_events", events)
    upsert(con, "detection_tiers", tiers)


def _iso_day(value: str | None) -> date | None:
    """An event's ISO date as a DATE; a date without its year (--MM-DD) stays in event_date_text only."""
    if not value or value.startswith("--"):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def record_polls(con: duckdb.DuckDBPyConnection, polls: Sequence[tuple[str, FeedPoll, FeedState]],
                 run_id: str | None) -> None:
    """Record poll attempts and each feed's new state, in one transaction."""
    poll_rows, state_rows = [], []
    for poll_id, poll, state in polls:
        row = asdict(poll)
        row.update(poll_id=poll_id, run_id=run_id)
        poll_rows.append(row)
        srow = asdict(state)
        srow.update(feed_name=poll.feed_name, last_attempt_at=poll.finished_at, last_status=poll.status,
                    last_error=poll.error)
        state_rows.append(srow)
    with transaction(con):
        upsert(con, "feed_polls", poll_rows, update=False)
        upsert(con, "feed_state", state_rows)


def start_run(con: duckdb.DuckDBPyConnection, run_id: str, flow: str, params: dict[str, Any],
              prefect_flow_run_id: str | None = None) -> None:
    """Record that a run started."""
    with transaction(con):
        upsert(con, "runs", [{"run_id": run_id, "flow": flow, "started_at": datetime.now(UTC),
                              "status": "running",
                              "params": redact_text(json.dumps(params, default=str)),
                              "prefect_flow_run_id": prefect_flow_run_id,
                              "host": socket.gethostname(), "pid": os.getpid()}])


def close_abandoned_runs(con: duckdb.DuckDBPyConnection, alive: Callable[[int], bool],
                         before_close: Callable[[list[str]], None] | None = None
                         ) -> list[tuple[str, str | None]]:
    """Mark failed the runs still 'running' on this host whose process is gone.

    `before_close` gets their Prefect flow run ids before any row changes (so a kill between
    the two leaves the rows for the next run to close). Returns them as (run id, Prefect flow
    run id or None).
    """
    host = socket.gethostname()
    rows = con.execute("SELECT run_id, pid, prefect_flow_run_id FROM runs WHERE status = 'running' "
                       "AND host = ? AND pid IS NOT NULL", [host]).fetchall()
    dead = [(run_id, pid, prefect_id) for run_id, pid, prefect_id in rows if not alive(pid)]
    if before_close is not None and dead:
        before_close([prefect_id for _, _, prefect_id in dead if prefect_id])
    for run_id, pid, _ in dead:
        finish_run(con, run_id, "failed",
                   error=f"process {pid} on {host} ended before the run finished (killed or crashed)")
    return [(run_id, prefect_id) for run_id, _, prefect_id in dead]


def finish_run(con: duckdb.DuckDBPyConnection, run_id: str, status: str, **counts: Any) -> None:
    """Record how a run ended, with its counts."""
    sets = {"finished_at": datetime.now(UTC), "status": status, **counts}
    assignments = ", ".join(f"{k} = ?" for k in sets)
    con.execute(f"UPDATE runs SET {assignments} WHERE run_id = ?", [*sets.values(), run_id])
