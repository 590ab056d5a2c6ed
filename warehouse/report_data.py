"""The briefing's data: its SQL over the analyst views, its labels, and the events a run reported.

Plain text only (the run summaries use the event lines too); the HTML is warehouse/report.py's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import duckdb

from extractors.diplomacy.scoring import PAIR_NAMES
from warehouse import event_reads
from warehouse.changes import lookup_rows

PAIRS: tuple[str, ...] = tuple(PAIR_NAMES.values())
LATEST_STORIES = 50
# The headline event kinds; the detector's finer types are folded into them for the chart
# (the table keeps the detector's own types).
EVENT_GROUPS = {
    "visit": "visits", "host_visit": "visits", "meet": "meetings", "phone_call": "calls",
    "negotiate": "talks", "sign_agreement": "agreements", "protest": "protests & criticism",
    "accuse": "protests & criticism", "criticize": "protests & criticism",
    "threaten": "protests & criticism", "sanction": "sanctions & trade measures",
    "trade_measure": "sanctions & trade measures",
}
EVENT_GROUP_ORDER = ("visits", "meetings", "calls", "talks", "agreements", "protests & criticism",
                     "sanctions & trade measures", "other")
# How an event's type reads in the timeline ("visit: Joe Biden, Nguyễn Phú Trọng").
EVENT_LABELS = {
    "visit": "visit", "host_visit": "visit hosted", "meet": "talks", "phone_call": "phone call",
    "negotiate": "negotiations", "sign_agreement": "agreement signed", "protest": "protest",
    "accuse": "accusation", "criticize": "criticism", "threaten": "threat", "sanction": "sanctions",
    "trade_measure": "trade measure", "statement": "statement", "appeal": "appeal",
}
TIER_LABELS = {
    "comprehensive_strategic_partnership": "comprehensive strategic partnership",
    "strategic_partnership": "strategic partnership",
    "comprehensive_partnership": "comprehensive partnership",
    "community_shared_future": "community with a shared future",
}

# Stories of the period, dated like daily_pair_counts: publication date, else first seen.
_STORIES = """
WITH s AS (
    SELECT *, CAST(coalesce(published_at, first_seen_at) AS DATE) AS day FROM diplomacy_stories
)
SELECT * FROM s WHERE ($since IS NULL OR day >= $since) AND ($until IS NULL OR day <= $until)
"""
_PAIR_OF = """concat_ws('-', least({a}, {b}), greatest({a}, {b}))"""
_CODE = "CASE {c} WHEN 'CHN' THEN 'CN' WHEN 'USA' THEN 'US' WHEN 'VNM' THEN 'VN' ELSE {c} END"
EVENT_PAIR = _PAIR_OF.format(a=_CODE.format(c="e.actor"), b=_CODE.format(c="e.target"))

def _coverage(column: str) -> str:
    """Articles and diplomacy stories per value of `column` (outlet, language) in the period."""
    return f"""
        WITH s AS ({_STORIES}),
        a AS (SELECT {column}, CAST(coalesce(published_at, first_seen_at) AS DATE) AS day FROM article_view)
        SELECT coalesce(a.{column}, '(unknown)') AS {column}, a.articles, coalesce(st.stories, 0) AS stories
        FROM (SELECT {column}, count(*) AS articles FROM a
              WHERE ($since IS NULL OR day >= $since) AND ($until IS NULL OR day <= $until)
              GROUP BY {column}) a
        LEFT JOIN (SELECT {column}, count(*) AS stories FROM s GROUP BY {column}) st
               ON st.{column} IS NOT DISTINCT FROM a.{column}
        ORDER BY stories DESC, articles DESC, {column}"""


# Events of the period, dated by their event date, else the day of their first report.
_EVENTS = """
WITH ev AS (
    SELECT *, coalesce(event_date, CAST(first_reported_at AS DATE)) AS day FROM diplomacy_events
)
SELECT * FROM ev WHERE ($since IS NULL OR day >= $since) AND ($until IS NULL OR day <= $until)
"""
# Tier mentions with a pair, dated like the stories; the period's tiers are set against all earlier ones.
_DATED_TIERS = """
SELECT t.pair, t.tier, t.article_id, s.outlet, CAST(coalesce(s.published_at, s.first_seen_at) AS DATE) AS day
FROM tier_mentions t JOIN diplomacy_stories s USING (article_id) WHERE t.pair IS NOT NULL
"""
_IN_PERIOD = "($since IS NULL OR day >= $since) AND ($until IS NULL OR day <= $until)"
MAX_EVENTS = 200
MAX_REPORTS_SHOWN = 6

SQL = {
    "totals": f"""
        WITH s AS ({_STORIES})
        SELECT count(*) AS stories, min(day) AS first_day, max(day) AS last_day,
               count(DISTINCT outlet) AS outlets, count(DISTINCT language) AS languages FROM s""",
    "pair_totals": f"""
        WITH s AS ({_STORIES})
        SELECT pair, count(*) AS stories FROM (SELECT unnest(pairs) AS pair FROM s) GROUP BY pair""",
    "weekly": f"""
        WITH s AS ({_STORIES}),
        bounds AS (SELECT date_trunc('week', coalesce($since, min(day))) AS lo,
                          date_trunc('week', coalesce($until, max(day))) AS hi FROM s),
        weeks AS (SELECT CAST(unnest(generate_series(lo, hi, INTERVAL 7 DAY)) AS DATE) AS week
                  FROM bounds WHERE lo IS NOT NULL AND hi IS NOT NULL),
        pairs AS (SELECT unnest($pairs::VARCHAR[]) AS pair),
        hits AS (SELECT CAST(date_trunc('week', day) AS DATE) AS week, unnest(pairs) AS pair FROM s)
        SELECT w.week, p.pair, count(h.pair) AS stories
        FROM weeks w CROSS JOIN pairs p LEFT JOIN hits h ON h.week = w.week AND h.pair = p.pair
        GROUP BY ALL ORDER BY w.week, p.pair""",
    "events": f"""
        WITH s AS ({_STORIES})
        SELECT CAST(date_trunc('month', s.day) AS DATE) AS month, e.event_type,
               {EVENT_PAIR} AS pair, count(*) AS events
        FROM events e JOIN s USING (article_id)
        GROUP BY ALL ORDER BY ALL""",
    "tiers": f"""
        WITH s AS ({_STORIES})
        SELECT CAST(date_trunc('month', s.day) AS DATE) AS month, t.tier,
               coalesce(t.pair, 'unclear') AS pair, count(*) AS mentions
        FROM tier_mentions t JOIN s USING (article_id)
        GROUP BY ALL ORDER BY ALL""",
    "latest": f"""
        WITH s AS ({_STORIES})
        SELECT day, outlet, language, title, url, pairs, evidence FROM s
        ORDER BY day DESC, published_at DESC NULLS LAST, article_id LIMIT {LATEST_STORIES}""",
    "event_list": f"""
        WITH e AS ({_EVENTS})
        SELECT event_id, pairs, event_type, actor, target, day, event_date, place, place_country, people,
               first_reported_at, last_reported_at, article_count, outlet_count, languages, headline
        FROM e ORDER BY day DESC, first_reported_at DESC, event_id LIMIT {MAX_EVENTS}""",
    "event_total": f"WITH e AS ({_EVENTS}) SELECT count(*) AS events FROM e",
    "event_reports": f"""
        WITH e AS (SELECT event_id FROM ({_EVENTS}) ORDER BY day DESC, first_reported_at DESC, event_id
                   LIMIT {MAX_EVENTS})
        SELECT DISTINCT ea.event_id, a.article_id, a.url, a.title, a.outlet, a.language,
               coalesce(a.published_at, a.first_seen_at) AS reported_at
        FROM event_articles ea JOIN e USING (event_id) JOIN article_view a USING (article_id)
        ORDER BY ea.event_id, reported_at, a.article_id""",
    "event_tiers": f"""
        WITH e AS (SELECT event_id, pairs FROM ({_EVENTS}))
        SELECT DISTINCT ea.event_id, t.tier FROM event_articles ea JOIN e USING (event_id)
        JOIN tier_mentions t USING (article_id) WHERE list_contains(e.pairs, t.pair)""",
    "tier_changes": f"""
        WITH m AS ({_DATED_TIERS})
        SELECT pair, tier,
               min(day) FILTER ({_IN_PERIOD}) AS first_day, max(day) FILTER ({_IN_PERIOD}) AS last_day,
               count(DISTINCT article_id) FILTER ({_IN_PERIOD}) AS stories,
               count(DISTINCT outlet) FILTER ({_IN_PERIOD}) AS outlets,
               max(day) FILTER ($since IS NOT NULL AND day < $since) AS before_day
        FROM m GROUP BY pair, tier HAVING count(*) FILTER ({_IN_PERIOD}) > 0
        ORDER BY first_day, pair, tier""",
    "outlets": _coverage("outlet"),
    "languages": _coverage("language"),
    "feeds": """
        SELECT feed, outlet, last_status, last_attempt_at, last_success_at, last_new_item_at,
               consecutive_failures, last_error, articles
        FROM feed_health ORDER BY consecutive_failures DESC, feed""",
    "last_run": """
        SELECT flow, status, started_at, finished_at, feeds_polled, feeds_failed, new_articles,
               stories_found FROM run_log LIMIT 1""",
}


def query(con: duckdb.DuckDBPyConnection, name: str, since: date | None,
          until: date | None) -> list[dict[str, Any]]:
    """Rows of the report query `name` for the period, as dicts."""
    sql = SQL[name]
    params: dict[str, Any] = {k: v for k, v in (("since", since), ("until", until), ("pairs", list(PAIRS)))
                              if f"${k}" in sql}
    cur = con.execute(sql, params)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


# --- event lines (the page's timeline and the run summaries) ---------------------------------------

def event_line(e: dict[str, Any], tiers: set[str]) -> str:
    """One event as plain text: date and place, what happened and who, tiers, how widely reported."""
    when, what, reach = event_parts(e, tiers)
    return " — ".join(x for x in (when, what, reach) if x)


def event_parts(e: dict[str, Any], tiers: set[str]) -> tuple[str, str, str]:
    """(date and place, what and who with the tiers named, reports/outlets/languages) of one event."""
    when = f"{e['event_date'] or e['day']} {e['place'] or ''}".strip()
    kind = e["event_type"] or ""
    parts = [EVENT_LABELS.get(kind, kind.replace("_", " "))]
    people = [p for p in (e["people"] or []) if p]
    if people:
        parts[0] = f"{parts[0]}: {', '.join(people)}" if parts[0] else ", ".join(people)
    parts += [TIER_LABELS.get(t, t.replace("_", " ")) for t in event_tiers(tiers)]
    what = "; ".join(p for p in parts if p)
    n, outlets = e["article_count"], e["outlet_count"]
    reach = (f"{n} report{'s' if n != 1 else ''}, {outlets} outlet{'s' if outlets != 1 else ''}, "
             + "/".join(sorted(x for x in (e["languages"] or []) if x)))
    return when, what, reach


def event_tiers(tiers: set[str]) -> list[str]:
    """The tiers an event's line names: of the partnership ladder only the highest (a report of an
    upgrade names the old tier too), with the tiers off the ladder."""
    ladder = [t for t in TIER_LABELS if t.endswith("partnership") and t in tiers]
    return ladder[:1] + sorted(t for t in tiers if t not in ladder)


# --- the events a run reported (run summaries) ------------------------------------------------------

@dataclass(frozen=True)
class RunEvent:
    """An event a run's stories reported: its line, its headline report, and whether the run opened it."""

    event_id: str
    pairs: tuple[str, ...]
    line: str
    headline: str
    url: str | None
    new: bool  # every report of it came in this run
    article_count: int


# {articles}, {events}, {tiers}: event_articles, diplomacy_events and tier_mentions, or what
# warehouse/event_reads.py looked up of them.
_RUN_EVENTS = """
WITH run AS (SELECT DISTINCT unnest($urls::VARCHAR[]) AS url),
touched AS (SELECT ea.event_id, bool_and(run.url IS NOT NULL) AS new
            FROM {articles} ea LEFT JOIN run USING (url)
            GROUP BY ea.event_id HAVING count(run.url) > 0)
SELECT e.event_id, e.pairs, e.event_type, coalesce(e.event_date, CAST(e.first_reported_at AS DATE)) AS day,
       e.event_date, e.place, e.people, e.article_count, e.outlet_count, e.languages, e.headline,
       (SELECT a.url FROM {articles} a WHERE a.article_id = e.headline_article_id LIMIT 1) AS url,
       t.new, (SELECT list(DISTINCT m.tier) FROM {articles} a JOIN {tiers} m USING (article_id)
               WHERE a.event_id = e.event_id AND list_contains(e.pairs, m.pair)) AS tiers
FROM {events} e JOIN touched t USING (event_id)
ORDER BY NOT t.new, day, e.event_id
"""


def run_events(con: duckdb.DuckDBPyConnection, urls: list[str]) -> list[RunEvent]:
    """The events the stories at `urls` (one run's) belong to, the ones they opened first (the views)."""
    return _run_events(con, urls, "event_articles", "diplomacy_events", "tier_mentions")


def run_events_looked_up(con: duckdb.DuckDBPyConnection, urls: list[str]) -> list[RunEvent]:
    """`run_events` in the warehouse, from the rows of those events only, read by index lookups
    (warehouse/event_reads.py): the views would rank and join every event's reports."""
    if not urls:
        return []
    ids = [r[0] for r in lookup_rows(con, "SELECT article_id FROM articles WHERE url IN ({keys})", urls)]
    event_reads.load_events(con, event_reads.events_of(con, ids))
    return _run_events(con, urls, event_reads.EVENT_ARTICLES, event_reads.EVENTS, event_reads.TIER_MENTIONS)


def _run_events(con: duckdb.DuckDBPyConnection, urls: list[str], articles: str, events: str, tiers: str
                ) -> list[RunEvent]:
    if not urls:
        return []
    cur = con.execute(_RUN_EVENTS.format(articles=articles, events=events, tiers=tiers), {"urls": urls})
    cols = [d[0] for d in cur.description]
    out = []
    for row in cur.fetchall():
        e = dict(zip(cols, row, strict=True))
        out.append(RunEvent(e["event_id"], tuple(e["pairs"] or ()), event_line(e, set(e["tiers"] or ())),
                            e["headline"] or "", e["url"], bool(e["new"]), int(e["article_count"])))
    return out
