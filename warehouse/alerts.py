"""Alert rules over the warehouse views, and the memory of what was already alerted.

The rules read the analyst views (`diplomacy_stories`, `tier_mentions`, `run_log`) and remember in
two tables, `alerts` and `alert_articles`: the warehouse's own (migration 011) when a run checks,
or the same tables in a small state file of its own when `bamboo watch` reads the analyst copy.
A story is looked at once (its id goes into `alert_articles`) and an alert id is raised once, so
no alert repeats across runs or polls. Views and memory may live in different catalogs: `wh` and
`st` are the prefixes ("" or "name.") put before their names.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb

from extractors.core.errors import WarehouseError
from extractors.core.settings import DUCKDB_MEMORY_LIMIT
from warehouse import event_reads
from warehouse.db import open_duckdb

MAX_LISTED = 10  # stories named in an alert's text
MAX_DETAILS = 50  # stories listed in an alert's details

# The memory tables for a state file of its own (`bamboo watch`); the warehouse gets them by migration.
STATE_DDL = """
CREATE TABLE IF NOT EXISTS alerts (
    alert_id VARCHAR PRIMARY KEY, kind VARCHAR NOT NULL, subject VARCHAR NOT NULL, text VARCHAR NOT NULL,
    details JSON, run_id VARCHAR, created_at TIMESTAMPTZ NOT NULL, delivered_via VARCHAR,
    delivered_at TIMESTAMPTZ, delivery_error VARCHAR);
CREATE TABLE IF NOT EXISTS alert_articles (
    article_id VARCHAR PRIMARY KEY, run_id VARCHAR, seen_at TIMESTAMPTZ NOT NULL);
"""


@dataclass(frozen=True)
class Thresholds:
    """When a check raises an alert (settings BAMBOO_ALERT_*)."""

    min_stories: int = 5  # new relevant stories in one check; 0: never
    min_reports: int = 3  # reports of one event (cluster); 0: never
    tier_days: int = 90  # a tier is news for a pair when not mentioned for it in these days before


@dataclass(frozen=True)
class Alert:
    """One alert: a stable id (what makes it once-only), a kind, a subject line and a text."""

    alert_id: str
    kind: str
    subject: str
    text: str
    details: dict[str, Any] = field(default_factory=dict)

    def payload(self, run_id: str | None = None) -> dict[str, Any]:
        """The JSON a webhook receives, and the payload of the Prefect event."""
        return {"source": "bamboo", **asdict(self), "run_id": run_id,
                "created_at": datetime.now(UTC).isoformat()}


@dataclass(frozen=True)
class Rule:
    """One alert rule: the kind of the alerts it raises, what it watches (for help texts), and the rule."""

    kind: str
    watches: str
    find: Callable[[duckdb.DuckDBPyConnection, Thresholds, str, str, list[dict[str, Any]]], list[Alert]]


# The rules over new stories, in the order a check applies them; RUN_RULE comes after, when asked.
STORY_RULES: tuple[Rule, ...] = (
    Rule("stories", "new stories, at least BAMBOO_ALERT_MIN_STORIES",
         lambda con, t, wh, st, new: [_stories_alert(new)] if 0 < t.min_stories <= len(new) else []),
    Rule("pair", "a pair new in the news", lambda con, t, wh, st, new: _pair_alerts(con, wh, st)),
    Rule("tier", "a tier new for a pair (not mentioned in BAMBOO_ALERT_TIER_DAYS)",
         lambda con, t, wh, st, new: _tier_alerts(con, wh, st, t.tier_days)),
    Rule("event", "an event a new story joined with BAMBOO_ALERT_MIN_REPORTS reports",
         lambda con, t, wh, st, new: _event_alerts(con, wh, t.min_reports) if t.min_reports > 0 else []),
)
RUN_RULE = Rule("run_failed", "failed runs", lambda con, t, wh, st, new: _run_alerts(con, wh))
RULES = (*STORY_RULES, RUN_RULE)


def check(con: duckdb.DuckDBPyConnection, t: Thresholds, wh: str = "", st: str = "",
          runs: bool = False) -> tuple[list[Alert], list[str]]:
    """The alerts due for what was not looked at yet, and the ids of the stories looked at now.

    `runs`: also one alert per failed run not alerted yet (the flows raise those themselves).
    """
    new = _new_stories(con, wh, st)
    rules = (STORY_RULES if new else ()) + ((RUN_RULE,) if runs else ())
    found = [a for rule in rules for a in rule.find(con, t, wh, st, new)]
    return _not_sent(con, st, found), [r["article_id"] for r in new]


def record(con: duckdb.DuckDBPyConnection, alerts: Sequence[Alert], seen: Sequence[str],
           run_id: str | None, st: str = "", via: str | None = None) -> None:
    """Remember the alerts raised and the stories looked at, in one transaction."""
    now = datetime.now(UTC)
    con.execute("BEGIN TRANSACTION")
    try:
        if alerts:
            con.executemany(
                f"INSERT OR IGNORE INTO {st}alerts (alert_id, kind, subject, text, details, run_id, "
                "created_at, delivered_via) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [[a.alert_id, a.kind, a.subject, a.text, json.dumps(a.details, default=str), run_id, now, via]
                 for a in alerts])
        if seen:
            con.executemany(f"INSERT OR IGNORE INTO {st}alert_articles VALUES (?, ?, ?)",
                            [[i, run_id, now] for i in seen])
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def record_delivery(con: duckdb.DuckDBPyConnection, results: Sequence[tuple[str, str, str | None]],
                    st: str = "") -> None:
    """(alert_id, via, error or None) of each delivery attempt."""
    if not results:
        return
    con.executemany(
        f"UPDATE {st}alerts SET delivered_via = ?, delivered_at = CASE WHEN ? IS NULL THEN now() END, "
        "delivery_error = ? WHERE alert_id = ?",
        [[via, err, err, alert_id] for alert_id, via, err in results])


def baseline(con: duckdb.DuckDBPyConnection, wh: str = "", st: str = "") -> int:
    """Mark everything already there as seen, alerting on nothing; returns the stories marked."""
    seen = [r[0] for r in con.execute(
        f"SELECT article_id FROM {wh}diplomacy_stories s "
        f"WHERE NOT EXISTS (SELECT 1 FROM {st}alert_articles a WHERE a.article_id = s.article_id)"
    ).fetchall()]
    failed = _not_sent(con, st, _run_alerts(con, wh))
    record(con, failed, seen, None, st, via="baseline")
    return len(seen)


Deliver = Callable[[list[Alert]], list[tuple[str, str, str | None]]]


def watch_poll(analyst: Path, state: Path, t: Thresholds, deliver: Deliver,
               report_language: str = "en", memory_limit: str = DUCKDB_MEMORY_LIMIT
               ) -> tuple[list[Alert], int | None]:
    """One poll of `bamboo watch` over the analyst copy, with its memory in the file `state`.

    The first poll (no state file yet) only takes what is there as seen and returns (no alerts, the
    number of stories it holds); later ones return the alerts raised, remembered before they are
    delivered (a crash in between loses an alert rather than repeating it), then their delivery.
    """
    if not analyst.exists():  # checked first: a first poll without a copy must stay the first
        raise WarehouseError(f"{analyst}: no analyst copy yet (run `bamboo ingest` first)")
    first = not state.exists()
    # headlines of the new-event alerts in the report language
    con = open_duckdb(state, report_language=report_language, memory_limit=memory_limit)
    try:
        con.execute(STATE_DDL)
        con.execute(f"ATTACH '{str(analyst).replace(chr(39), chr(39) * 2)}' AS wh (READ_ONLY)")
        if first:
            return [], baseline(con, "wh.")
        found, seen = check(con, t, "wh.", "", runs=True)
        record(con, found, seen, None)
        con.execute("DETACH wh")
        if found:
            record_delivery(con, deliver(found))
        return found, None
    finally:
        con.close()


def _new_stories(con: duckdb.DuckDBPyConnection, wh: str, st: str) -> list[dict[str, Any]]:
    con.execute(
        "CREATE OR REPLACE TEMP TABLE _alert_new AS "
        "SELECT s.article_id, s.title, s.url, s.pairs, "
        "coalesce(s.published_at, s.first_seen_at) AS story_at "
        f"FROM {wh}diplomacy_stories s "
        f"WHERE NOT EXISTS (SELECT 1 FROM {st}alert_articles a WHERE a.article_id = s.article_id)")
    return _dicts(con.execute("SELECT * FROM _alert_new ORDER BY story_at, article_id"))


def _stories_alert(new: list[dict[str, Any]]) -> Alert:
    ids = [r["article_id"] for r in new]
    pairs = sorted({p for r in new for p in r["pairs"] or []})
    lines = [_story_line(r) for r in new[:MAX_LISTED]]
    if len(new) > MAX_LISTED:
        lines.append(f"... and {len(new) - MAX_LISTED} more (see the diplomacy_stories view)")
    subject = f"{len(new)} new diplomacy stor{'y' if len(new) == 1 else 'ies'}"
    return Alert(f"stories:{_digest(ids)}", "stories", subject, "\n".join(lines),
                 {"count": len(new), "pairs": pairs, "stories": [_story(r) for r in new[:MAX_DETAILS]]})


def _pair_alerts(con: duckdb.DuckDBPyConnection, wh: str, st: str) -> list[Alert]:
    rows = _dicts(con.execute(f"""
        WITH np AS (SELECT unnest(pairs) AS pair, article_id, title, url, pairs, story_at FROM _alert_new),
        known AS (SELECT DISTINCT unnest(s.pairs) AS pair FROM {wh}diplomacy_stories s
                  JOIN {st}alert_articles a ON a.article_id = s.article_id)
        SELECT pair, count(*) AS n, arg_min(title, story_at) AS title, arg_min(url, story_at) AS url,
               arg_min(article_id, story_at) AS article_id
        FROM np WHERE pair NOT IN (SELECT pair FROM known) GROUP BY pair ORDER BY pair"""))
    return [Alert(f"pair:{r['pair']}", "pair", f"New pair in the news: {r['pair']}",
                  f"{r['n']} new stor{'y' if r['n'] == 1 else 'ies'} about {r['pair']}, a pair no earlier "
                  f"story named; first: {r['title'] or r['url']} <{r['url']}>",
                  {"pair": r["pair"], "count": r["n"], "article_id": r["article_id"], "url": r["url"]})
            for r in rows]


def _tier_alerts(con: duckdb.DuckDBPyConnection, wh: str, st: str, days: int) -> list[Alert]:
    new_mentions, earlier = f"{wh}tier_mentions", f"{wh}tier_mentions"
    if not wh:  # the warehouse: the rows these two read, looked up (the analyst copy has no indexes)
        new_mentions, earlier = _tier_mentions_looked_up(con)
    rows = _dicts(con.execute(f"""
        WITH nt AS (SELECT t.pair, t.tier, t.article_id, t.title, t.url, t.text,
                           coalesce(t.published_at, n.story_at) AS story_at
                    FROM {new_mentions} t JOIN _alert_new n ON n.article_id = t.article_id
                    WHERE t.pair IS NOT NULL),
        g AS (SELECT pair, tier, max(story_at) AS story_at,
                     list(DISTINCT article_id ORDER BY article_id) AS ids, arg_max(title, story_at) AS title,
                     arg_max(url, story_at) AS url, arg_max(text, story_at) AS text
              FROM nt GROUP BY pair, tier)
        SELECT g.* FROM g WHERE NOT EXISTS (
            SELECT 1 FROM {earlier} o JOIN {st}alert_articles a ON a.article_id = o.article_id
            WHERE o.pair = g.pair AND o.tier = g.tier
              AND coalesce(o.published_at, a.seen_at) BETWEEN g.story_at - to_days(?) AND g.story_at)
        ORDER BY pair, tier""", [days]))
    return [Alert(f"tier:{r['pair']}:{r['tier']}:{_digest(r['ids'])}", "tier",
                  f"{r['pair']}: {r['tier'].replace('_', ' ')} mentioned",
                  f"{r['pair']} described as {r['tier'].replace('_', ' ')}, not mentioned for this pair in "
                  f"the {days} days before: \"{r['text'] or ''}\" ({r['title'] or r['url']} <{r['url']}>)",
                  {"pair": r["pair"], "tier": r["tier"], "article_ids": r["ids"], "url": r["url"],
                   "at": str(r["story_at"])})
            for r in rows]


def _tier_mentions_looked_up(con: duckdb.DuckDBPyConnection) -> tuple[str, str]:
    """`tier_mentions`' rows of the new stories, and of every story that mentions one of their (pair,
    tier): what the tier rule reads, looked up by article_id instead of joining all current rows."""
    new = [r[0] for r in con.execute("SELECT article_id FROM _alert_new").fetchall()]
    event_reads.load_mentions(con, new, "_alert_tiers_new")
    # detection_tiers is small (a tier is named by ~1 % of stories) and has no index on pair or tier.
    earlier = [r[0] for r in con.execute(
        "SELECT DISTINCT t.article_id FROM detection_tiers t "
        "SEMI JOIN (SELECT DISTINCT pair, tier FROM _alert_tiers_new) n USING (pair, tier)").fetchall()]
    event_reads.load_mentions(con, earlier, "_alert_tiers_earlier")
    return "_alert_tiers_new", "_alert_tiers_earlier"


def _event_alerts(con: duckdb.DuckDBPyConnection, wh: str, min_reports: int) -> list[Alert]:
    """Events a new story joined that now have `min_reports` reports (once per event: the id says so)."""
    events, touched = f"{wh}diplomacy_events", (
        f"SELECT a.event_id FROM {wh}event_articles a JOIN _alert_new n ON n.article_id = a.article_id")
    if not wh:  # the warehouse: those events' rows looked up (the analyst copy has no indexes)
        new = [r[0] for r in con.execute("SELECT article_id FROM _alert_new").fetchall()]
        event_reads.load_events(con, event_reads.events_of(con, new))
        events, touched = event_reads.EVENTS, f"SELECT event_id FROM {event_reads.EVENT_ARTICLES}"
    rows = _dicts(con.execute(f"""
        SELECT e.event_id, e.pairs, e.event_type, e.event_date, e.place, e.article_count, e.outlet_count,
               e.first_reported_at, e.headline, e.article_ids
        FROM {events} e
        WHERE e.event_id IN ({touched})
          AND e.article_count >= ?
        ORDER BY e.first_reported_at, e.event_id""", [min_reports]))
    return [Alert(f"event:{r['event_id']}", "event",
                  f"New event: {r['headline']} ({r['article_count']} reports)",
                  f"{r['event_type'] or 'event'} {' '.join(r['pairs'] or [])}"
                  + (f" in {r['place']}" if r["place"] else "")
                  + (f" on {r['event_date']}" if r["event_date"] else "")
                  + f": {r['article_count']} reports from {r['outlet_count']} outlets, first reported "
                  f"{r['first_reported_at']}: {r['headline']}",
                  {"event_id": r["event_id"], "pairs": r["pairs"], "event_type": r["event_type"],
                   "article_count": r["article_count"], "article_ids": r["article_ids"],
                   "first_reported_at": str(r["first_reported_at"]), "headline": r["headline"]})
            for r in rows]


def _run_alerts(con: duckdb.DuckDBPyConnection, wh: str) -> list[Alert]:
    rows = _dicts(con.execute(
        f"SELECT run_id, flow, started_at, error FROM {wh}run_log WHERE status = 'failed' "
        "ORDER BY started_at"))
    return [Alert(f"run_failed:{r['run_id']}", "run_failed", f"Bamboo Wire {r['flow']} run failed",
                  f"{r['flow']} run {r['run_id']} (started {r['started_at']}) failed: {r['error'] or '?'}",
                  {"run_id": r["run_id"], "flow": r["flow"], "error": r["error"]}) for r in rows]


def _not_sent(con: duckdb.DuckDBPyConnection, st: str, found: list[Alert]) -> list[Alert]:
    if not found:
        return []
    sent = {r[0] for r in con.execute(
        f"SELECT alert_id FROM {st}alerts WHERE alert_id IN (SELECT unnest(?::VARCHAR[]))",
        [[a.alert_id for a in found]]).fetchall()}
    return [a for a in found if a.alert_id not in sent]


def _story_line(r: dict[str, Any]) -> str:
    return f"[{' '.join(r['pairs'] or []) or '-'}] {r['title'] or r['url']} <{r['url']}>"


def _story(r: dict[str, Any]) -> dict[str, Any]:
    return {"article_id": r["article_id"], "title": r["title"], "url": r["url"], "pairs": r["pairs"]}


def _digest(ids: Sequence[str]) -> str:
    return hashlib.sha256("\n".join(sorted(ids)).encode()).hexdigest()[:16]


def _dicts(cur: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    cols = [d[0] for d in cur.description or []]
    return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]
