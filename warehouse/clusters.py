"""Event clustering in the warehouse: each relevant story's event, assigned in the write that loads it.

`assign_changed` runs inside every write transaction (warehouse.changes.flush, after the touched
articles' current rows are recomputed): the touched stories whose current detection is not the one
their event was assigned from are assigned again, against the members of their pair within a few
days of theirs, so the cost follows the new work, and a kill before COMMIT leaves no assignment
behind. Their event_members rows are logged with the articles' change (change_log), so the analyst
copy follows; event_merges is small and copied whole. `recluster` assigns every story again in a
fixed order (publication time, article id): the same stories give the same events.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

import duckdb
import pyarrow as pa

from extractors.diplomacy.clusters import (
    ENCOUNTER_DAYS,
    POINT_DAYS,
    PUBLISHED_DAYS,
    Assignment,
    Member,
    Report,
    assign,
    make_report,
)
from warehouse.arrow import registered
from warehouse.changes import LOOKUP_MAX, constants

log = logging.getLogger("bamboo.warehouse")
_REACH = max(ENCOUNTER_DAYS, POINT_DAYS, PUBLISHED_DAYS)
# Seconds and writes spent assigning events in this process (bench/eval_clusters.py reads it).
SPENT: dict[str, float] = {}

# Each story's current facts and main event (the event marked main, else its first). The text sketched
# is the title and the detector's evidence sentences (article_current has them): reading the bodies
# would scan every extraction's text at every write. @ids: the stories' ids as constants, which DuckDB
# looks up in the primary keys of article_current and event_members (a join with them, or the join of
# article_current with detection_events on three columns, read every row), or beyond LOOKUP_MAX ids
# (a whole recluster) the ids joined. `cur` is not materialized: DuckDB scanned article_current whole
# to fill it, where each use inlined is a lookup.
_REPORTS_SQL = """
WITH cur AS NOT MATERIALIZED (
    SELECT * FROM article_current WHERE article_id IN (@ids)
), main AS (
    SELECT e.* FROM detection_events e
    JOIN cur c ON c.article_id = e.article_id AND c.detection_sha256 = e.body_sha256
              AND c.detector_version = e.detector_version
    QUALIFY row_number() OVER (PARTITION BY e.article_id ORDER BY coalesce(e.main, false) DESC, e.seq) = 1
)
SELECT c.article_id, c.pairs, coalesce(c.published_at, c.first_seen_at) AS published_at, c.language,
       c.title, array_to_string(CAST(c.evidence AS VARCHAR[]), ' ') AS lead, c.detection_sha256,
       c.detector_version, e.event_type, e.actor, e.target, e.event_date, e.place, e.place_country, e.people,
       coalesce(c.relevant, false) AS relevant, coalesce(g.into_event_id, m.event_id) AS event_id,
       m.detection_sha256 IS NOT DISTINCT FROM c.detection_sha256
       AND m.detector_version IS NOT DISTINCT FROM c.detector_version AS same_detection
FROM _bamboo_cluster_ids i
LEFT JOIN cur c USING (article_id)
LEFT JOIN main e USING (article_id)
LEFT JOIN (SELECT * FROM event_members WHERE article_id IN (@ids)) m USING (article_id)
LEFT JOIN event_merges g ON g.from_event_id = m.event_id
"""
# Columns of _REPORTS_SQL after the story's facts: relevant now, its event (merges resolved), and
# whether that event was assigned from its current detection.
_RELEVANT, _EVENT, _SAME = 15, 16, 17

_MEMBER_COLUMNS = ("article_id", "event_id", "detection_sha256", "detector_version", "pair", "day",
                   "event_type", "actor", "target", "event_date", "place", "place_country", "people",
                   "announcement", "published_at", "published_day", "language", "sketch", "score",
                   "assigned_at")
_MEMBER_SCHEMA = pa.schema([
    ("article_id", pa.string()), ("event_id", pa.string()), ("detection_sha256", pa.string()),
    ("detector_version", pa.string()), ("pair", pa.string()), ("day", pa.date32()),
    ("event_type", pa.string()), ("actor", pa.string()), ("target", pa.string()),
    ("event_date", pa.date32()), ("place", pa.string()), ("place_country", pa.string()),
    ("people", pa.list_(pa.string())), ("announcement", pa.bool_()),
    ("published_at", pa.timestamp("us", tz="UTC")), ("published_day", pa.date32()), ("language", pa.string()),
    ("sketch", pa.list_(pa.int64())), ("score", pa.float64()), ("assigned_at", pa.timestamp("us", tz="UTC")),
])


def assign_changed(con: duckdb.DuckDBPyConnection, article_ids: Sequence[str]) -> Assignment | None:
    """Inside the open write: assign the touched stories whose detection changed (new stories among
    them); drop the memberships of those that are no longer relevant stories."""
    if not article_ids:
        return None
    started = time.perf_counter()
    try:
        return _assign_changed(con, article_ids)
    finally:
        SPENT["seconds"] = SPENT.get("seconds", 0.0) + time.perf_counter() - started
        SPENT["writes"] = SPENT.get("writes", 0.0) + 1


def _assign_changed(con: duckdb.DuckDBPyConnection, article_ids: Sequence[str]) -> Assignment | None:
    facts = _facts(con, article_ids)
    gone = [f[0] for f in facts if f[_EVENT] is not None and not f[_RELEVANT]]
    todo = [f for f in facts if f[_RELEVANT] and (f[_EVENT] is None or not f[_SAME])]
    previous = {f[0]: f[_EVENT] for f in facts if f[_EVENT] is not None}
    if gone:
        _delete(con, gone)
    if not todo:
        return None
    return _assign(con, todo, previous, datetime.now(UTC), look_up=True)


def _facts(con: duckdb.DuckDBPyConnection, ids: Sequence[str]) -> list[tuple[Any, ...]]:
    """Each story's current facts, main event and membership (_REPORTS_SQL), in article id order."""
    unique = sorted(set(ids))
    listed = constants(unique) if len(unique) <= LOOKUP_MAX else "SELECT article_id FROM _bamboo_cluster_ids"
    with registered(con, "_bamboo_cluster_ids", pa.table({"article_id": pa.array(list(ids), pa.string())})):
        return sorted(con.execute(_REPORTS_SQL.replace("@ids", listed or "NULL")).fetchall())


def assign_history(con: duckdb.DuckDBPyConnection) -> Assignment | None:
    """Stories stored before the warehouse had events (an upgrade to schema 9) join theirs, once: every
    relevant story has a member row from then on, so a warehouse with stories and no member row has
    never been clustered. Two cheap existence checks when there is nothing to do."""
    from warehouse.db import transaction

    row = con.execute("SELECT EXISTS (SELECT 1 FROM article_current WHERE relevant) "
                      "AND NOT EXISTS (SELECT 1 FROM event_members)").fetchone()
    if not row or not row[0]:
        return None
    with transaction(con):
        done = recluster(con)
    log.info("Stories stored before events existed assigned to %d events (%d stories)",
             len(done.opened), len(done.members))
    return done


def recluster(con: duckdb.DuckDBPyConnection) -> Assignment:
    """Inside the open write: forget every event and assign every relevant story again, in order."""
    from warehouse import changes

    before = [r[0] for r in con.execute("SELECT article_id FROM event_members").fetchall()]
    con.execute("DELETE FROM event_members")
    con.execute("DELETE FROM event_merges")
    ids = [r[0] for r in con.execute("SELECT article_id FROM article_current WHERE relevant").fetchall()]
    changes.note(con, "event_members", [*before, *ids])
    return _assign(con, [f for f in _facts(con, ids) if f[_RELEVANT]], {}, datetime.now(UTC), look_up=False)


def _assign(con: duckdb.DuckDBPyConnection, facts: Sequence[tuple[Any, ...]], previous: dict[str, str],
            now: datetime, look_up: bool) -> Assignment:
    reports = [r for r in (_report(row) for row in facts) if r is not None]
    pending = {r.article_id for r in reports}
    candidates = _candidates(con, reports, pending) if look_up and reports else []
    done = assign(reports, candidates, {}, previous)
    again = [f[0] for f in facts if f[0] in previous]
    if again:
        _delete(con, again)
    _write(con, done, {row[0]: (row[6], row[7]) for row in facts}, now)
    _record_merges(con, done.merges, now)
    if done.merges:
        log.info("Events merged by a bridging report: %s",
                 ", ".join(f"{a} into {b} (article {c})" for a, b, c in done.merges))
    return done


def _report(row: tuple[Any, ...]) -> Report | None:
    (aid, pairs, published, language, title, lead, _, _, etype, actor, target, edate, place,
     country, people) = row[:_RELEVANT]
    event = None if etype is None else {
        "event_type": etype, "actor": actor, "target": target, "event_date": edate, "place": place,
        "place_country": country, "people": people}
    return make_report(aid, pairs or [], published, language, title or "", lead or "", event)


def _candidates(con: duckdb.DuckDBPyConnection, reports: Sequence[Report], pending: set[str]
                ) -> list[Member]:
    """Members of the stories' pairs whose day or publication day lies within reach of either of the
    story's, not re-assigned in this write. The constant bounds let DuckDB skip row groups by their
    min/max. Every member row is current: a write that changes a story's detection re-assigns or drops
    its row in the same transaction."""
    days = [d for r in reports for d in (r.day, r.published_day)]
    lo, hi = min(days) - timedelta(days=_REACH), max(days) + timedelta(days=_REACH)
    probe = pa.table({
        "pair": [r.pair for r in reports for _ in (0, 1)],
        "lo": pa.array([d - timedelta(days=_REACH) for r in reports for d in (r.day, r.published_day)],
                       pa.date32()),
        "hi": pa.array([d + timedelta(days=_REACH) for r in reports for d in (r.day, r.published_day)],
                       pa.date32())})
    cols = ", ".join("m." + c for c in _MEMBER_COLUMNS)
    # Each member under the event it stands for now (event_merges is one step deep).
    found = " UNION ALL ".join(
        f"SELECT {cols}, g.into_event_id FROM event_members m SEMI JOIN _bamboo_cluster_probe p "
        f"ON m.pair = p.pair AND m.{day} BETWEEN p.lo AND p.hi "
        f"LEFT JOIN event_merges g ON g.from_event_id = m.event_id WHERE m.{day} BETWEEN $lo AND $hi"
        for day in ("day", "published_day"))
    with registered(con, "_bamboo_cluster_probe", probe):
        rows = con.execute(found, {"lo": lo, "hi": hi}).fetchall()
    rows = sorted({row[0]: row for row in rows}.values())
    out = []
    for row in rows:
        d = dict(zip((*_MEMBER_COLUMNS, "into_event_id"), row, strict=True))
        if d["article_id"] in pending:
            continue
        published = d["published_at"]
        out.append(Member(Report(
            article_id=d["article_id"], pair=d["pair"], day=d["day"],
            order=(published.astimezone(UTC).isoformat() if published else "9999", d["article_id"]),
            event_type=d["event_type"], actor=d["actor"], target=d["target"], event_date=d["event_date"],
            place=d["place"], place_country=d["place_country"], people=tuple(d["people"] or ()),
            announcement=d["announcement"], published_at=published, language=d["language"],
            sketch=tuple(d["sketch"] or ())), d["into_event_id"] or d["event_id"]))
    return out


def _delete(con: duckdb.DuckDBPyConnection, ids: Sequence[str]) -> None:
    with registered(con, "_bamboo_cluster_gone", pa.table({"article_id": pa.array(list(ids), pa.string())})):
        con.execute("DELETE FROM event_members "
                    "WHERE article_id IN (SELECT article_id FROM _bamboo_cluster_gone)")


def _write(con: duckdb.DuckDBPyConnection, done: Assignment, detections: dict[str, tuple[str, str]],
           now: datetime) -> None:
    rows = [{
        "article_id": r.article_id, "event_id": event, "detection_sha256": detections[r.article_id][0],
        "detector_version": detections[r.article_id][1], "pair": r.pair, "day": r.day,
        "event_type": r.event_type, "actor": r.actor, "target": r.target, "event_date": r.event_date,
        "place": r.place, "place_country": r.place_country, "people": list(r.people),
        "announcement": r.announcement, "published_at": r.published_at, "published_day": r.published_day,
        "language": r.language,
        "sketch": list(r.sketch), "score": score, "assigned_at": now,
    } for r, event, score in done.members]
    if not rows:
        return
    with registered(con, "_bamboo_cluster_rows", pa.Table.from_pylist(rows, schema=_MEMBER_SCHEMA)):
        cols = ", ".join(_MEMBER_COLUMNS)
        con.execute(f"INSERT INTO event_members ({cols}) SELECT {cols} FROM _bamboo_cluster_rows")


def _record_merges(con: duckdb.DuckDBPyConnection, merges: Sequence[tuple[str, str, str]],
                   now: datetime) -> None:
    """Record each merge, keeping event_merges flat: what was merged into the merged event now points
    at the event it became part of."""
    for src, dst, aid in merges:
        con.execute("UPDATE event_merges SET into_event_id = ? WHERE into_event_id = ?", [dst, src])
        con.execute("INSERT INTO event_merges VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    [src, dst, now, aid])
