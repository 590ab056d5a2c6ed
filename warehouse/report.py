"""The HTML briefing: one self-contained page of charts and tables over the analyst views.

Charts are Vega-Lite specs built with altair and drawn in the browser by the Vega bundle that
vl-convert ships, inlined once, so the file opens without a network. Every string from the
warehouse is escaped here (tables) or handed to Vega as data (charts), never pasted as markup.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import lru_cache
from html import escape
from pathlib import Path
from string import Template
from typing import Any

import altair as alt
import duckdb

from extractors.diplomacy.scoring import PAIR_NAMES

PAIRS: tuple[str, ...] = tuple(PAIR_NAMES.values())
PAIR_COLORS = {"CN-VN": "#c0392b", "US-VN": "#1f6fb2", "CN-US": "#8e44ad"}
LATEST_STORIES = 50
TEMPLATE = Path(__file__).with_name("report_template.html")
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


@dataclass(frozen=True)
class Section:
    """One titled part of the page: anchor, heading, one-line lead and the HTML body."""

    anchor: str
    title: str
    lead: str
    body: str


def query(con: duckdb.DuckDBPyConnection, name: str, since: date | None,
          until: date | None) -> list[dict[str, Any]]:
    """Rows of the report query `name` for the period, as dicts."""
    sql = SQL[name]
    params: dict[str, Any] = {k: v for k, v in (("since", since), ("until", until), ("pairs", list(PAIRS)))
                              if f"${k}" in sql}
    cur = con.execute(sql, params)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


def render_report(con: duckdb.DuckDBPyConnection, since: date | None, until: date | None, *,
                  generated_at: datetime | None = None) -> str:
    """The briefing for stories dated `since`..`until` (inclusive, open when None) as one HTML page."""
    if since and until and since > until:
        raise ValueError(f"the period starts ({since}) after it ends ({until})")
    con.execute("SET TimeZone = 'UTC'")  # days are UTC days, whoever opened the connection
    q = {name: query(con, name, since, until) for name in SQL}
    charts: dict[str, dict[str, Any]] = {}
    sections = [
        _event_timeline_section(q), _tier_changes_section(q, since),
        _timeline_section(q, charts), _events_section(q, charts), _tiers_section(q, charts),
        _latest_section(q), _coverage_section(q), _feeds_section(q),
    ]
    page = Template(TEMPLATE.read_text(encoding="utf-8"))
    return page.substitute(
        title="Bamboo Wire briefing",
        period=escape(_period(since, until, q["totals"][0])),
        generated=escape((generated_at or datetime.now(UTC)).strftime("%Y-%m-%d %H:%M UTC")),
        headline=_headline(q),
        nav="".join(f'<a href="#{s.anchor}">{escape(s.title)}</a>' for s in sections),
        sections="\n".join(_section_html(s) for s in sections),
        specs="\n".join(_spec_script(k, v) for k, v in charts.items()),
        vega_bundle=vega_bundle(),
        vega_lite_version=escape(alt.VEGALITE_VERSION),
    )


# --- page parts -------------------------------------------------------------------------------

def _period(since: date | None, until: date | None, totals: dict[str, Any]) -> str:
    lo = since or totals["first_day"]
    hi = until or totals["last_day"]
    if lo is None and hi is None:
        return "no stories yet"
    return f"{lo or '…'} to {hi or '…'}"


def _headline(q: dict[str, list[dict[str, Any]]]) -> str:
    t = q["totals"][0]
    per_pair = {r["pair"]: r["stories"] for r in q["pair_totals"]}
    feeds = q["feeds"]
    failing = sum(1 for f in feeds if f["consecutive_failures"] > 0)
    events = sum(r["events"] for r in q["events"])
    tiers = sum(r["mentions"] for r in q["tiers"])
    cards = [("events", q["event_total"][0]["events"], "events"),
             ("diplomacy stories", t["stories"], "stories")]
    cards += [(p, per_pair.get(p, 0), f"pair-{p}") for p in PAIRS]
    cards += [("event mentions", events, "mentions"), ("tier mentions", tiers, "tiers"),
              ("outlets", t["outlets"], "outlets"), ("languages", t["languages"], "languages"),
              (f"of {len(feeds)} feeds failing", failing, "failing" if failing else "feeds-ok")]
    return "".join(
        f'<div class="card {escape(cls)}" data-metric="{escape(label)}"><b>{value}</b>'
        f"<span>{escape(label)}</span></div>" for label, value, cls in cards)


def _section_html(s: Section) -> str:
    return (f'<section id="{s.anchor}"><h2>{escape(s.title)}</h2><p class="lead">{escape(s.lead)}</p>'
            f"{s.body}</section>")


def _chart_div(name: str) -> str:
    return f'<div class="chart" data-chart="{name}" role="img" aria-label="{name} chart"></div>'


def _empty(text: str) -> str:
    return f'<p class="empty">{escape(text)}</p>'


def _event_timeline_section(q: dict[str, list[dict[str, Any]]]) -> Section:
    """Events of the period per pair, newest first: date, place, what, reach, and links to the reports."""
    events, total = q["event_list"], q["event_total"][0]["events"]
    lead = ("One row per real-world event, however many outlets and languages reported it, dated by the "
            "event (else its first report), newest first; each links to its reports.")
    if total > len(events):
        lead += f" The {len(events)} most recent of {total} events are listed."
    if not events:
        return Section("event-timeline", "Events by pair", lead, _empty("No events in this period."))
    reports: dict[Any, list[dict[str, Any]]] = {}
    for r in q["event_reports"]:
        reports.setdefault(r["event_id"], []).append(r)
    tiers: dict[Any, set[str]] = {}
    for r in q["event_tiers"]:
        tiers.setdefault(r["event_id"], set()).add(r["tier"])
    by_pair: dict[str, list[dict[str, Any]]] = {}
    for e in events:
        for pair in e["pairs"] or ["no pair"]:
            by_pair.setdefault(pair, []).append(e)
    order = sorted(by_pair, key=lambda p: (PAIRS.index(p) if p in PAIRS else len(PAIRS), p))
    body = '<div class="event-pairs">' + "".join(
        f'<div class="pair-events" data-pair="{escape(p)}"><h3>{_pair_chip(p)} '
        f'<span class="count">{len(by_pair[p])} event{"s" if len(by_pair[p]) != 1 else ""}</span></h3>'
        f'<ol class="events">'
        + "".join(_event_item(e, reports.get(e["event_id"], []), tiers.get(e["event_id"], set()))
                  for e in by_pair[p])
        + "</ol></div>" for p in order) + "</div>"
    return Section("event-timeline", "Events by pair", lead, body)


def event_line(e: dict[str, Any], tiers: set[str]) -> str:
    """One event as plain text: date and place, what happened and who, tiers, how widely reported."""
    when, what, reach = _event_parts(e, tiers)
    return " — ".join(x for x in (when, what, reach) if x)


def _event_parts(e: dict[str, Any], tiers: set[str]) -> tuple[str, str, str]:
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


def _event_item(e: dict[str, Any], reports: list[dict[str, Any]], tiers: set[str]) -> str:
    _, what, reach = _event_parts(e, tiers)
    head = (f'<span class="when">{escape(str(e["event_date"] or e["day"]))}</span>'
            + (f' <span class="where">{escape(e["place"])}</span>' if e["place"] else "")
            + (f' — <span class="what">{escape(what)}</span>' if what else "")
            + f' — <span class="reach{" wide" if e["outlet_count"] > 1 else ""}">{escape(reach)}</span>')
    items = [f'<li lang="{escape(r["language"] or "und")}">{_link(r["title"] or r["url"], r["url"])}'
             f' <span class="src">{escape(r["outlet"] or "")} · {escape(r["language"] or "?")}'
             f' · {escape(_when(r["reported_at"]))}</span></li>' for r in reports]
    shown = "".join(items[:MAX_REPORTS_SHOWN])
    more = (f'<details><summary>{len(items) - MAX_REPORTS_SHOWN} more reports</summary>'
            f'<ul class="reports">{"".join(items[MAX_REPORTS_SHOWN:])}</ul></details>'
            if len(items) > MAX_REPORTS_SHOWN else "")
    return (f'<li class="event" data-event-id="{escape(str(e["event_id"]))}">'
            f'<div class="line">{head}</div>'
            f'<div class="headline">{escape(e["headline"] or "")}</div>'
            f'<ul class="reports">{shown}</ul>{more}</li>')


def _tier_changes_section(q: dict[str, list[dict[str, Any]]], since: date | None) -> Section:
    """Each pair's relationship tiers named in the period, in order of first mention; new ones marked."""
    rows = q["tier_changes"]
    lead = ("Relationship tiers the period's stories name for each pair, in order of first mention; "
            "\"new\" marks a tier never named for that pair " + ("before the period" if since else "before")
            + ", which is how a change of tier shows in the news.")
    if not rows:
        return Section("tier-changes", "Relationship-tier changes", lead,
                       _empty("No relationship tiers mentioned in this period."))
    body = []
    for r in rows:
        new = r["before_day"] is None
        status = "new" if new else f"named before (last {r['before_day']})"
        body.append([escape(str(r["first_day"])), _pair_chip(r["pair"]),
                     escape(TIER_LABELS.get(r["tier"], r["tier"])),
                     f'<span class="status {"new" if new else "known"}">{escape(status)}</span>',
                     escape(str(r["last_day"])), str(r["stories"]), str(r["outlets"])])
    table = _table(["first named", "pair", "tier", "", "last named", "stories", "outlets"], body,
                   "tier-changes", numeric={5, 6})
    return Section("tier-changes", "Relationship-tier changes", lead, table)


def _timeline_section(q: dict[str, list[dict[str, Any]]], charts: dict[str, dict[str, Any]]) -> Section:
    rows = q["weekly"]
    lead = ("Diplomacy stories per week (Monday-start, UTC), one line per pair; "
            "a story about two pairs counts on both lines.")
    if not any(r["stories"] for r in rows):
        return Section("timeline", "Stories per week", lead, _empty("No diplomacy stories in this period."))
    charts["timeline"] = timeline_chart(rows)
    per_pair = {r["pair"]: r["stories"] for r in q["pair_totals"]}
    table = _table(["pair", "stories"], [[_pair_chip(p), str(per_pair.get(p, 0))] for p in PAIRS],
                   "pair-totals", numeric={1})
    return Section("timeline", "Stories per week", lead, _chart_div("timeline") + table)


def _events_section(q: dict[str, list[dict[str, Any]]], charts: dict[str, dict[str, Any]]) -> Section:
    rows = q["events"]
    lead = ("Events the detector read in those stories (who did what to whom), by month of the story "
            "and pair; the chart groups the detector's event types, the table keeps them.")
    if not rows:
        return Section("events", "Event mentions", lead, _empty("No event mentions in this period."))
    charts["events"] = events_chart(rows)
    types = sorted({r["event_type"] for r in rows}, key=lambda t: (_event_group_rank(t), t))
    counts = _crosstab(rows, "event_type", "events")
    table = _table(["event type", *PAIRS, "total"],
                   [[escape(t), *(str(counts.get((t, p), 0)) for p in PAIRS),
                     str(sum(counts.get((t, p), 0) for p in PAIRS))] for t in types],
                   "event-counts", numeric=set(range(1, len(PAIRS) + 2)))
    return Section("events", "Event mentions", lead, _chart_div("events") + table)


def _tiers_section(q: dict[str, list[dict[str, Any]]], charts: dict[str, dict[str, Any]]) -> Section:
    rows = q["tiers"]
    lead = "Mentions of relationship tiers per month of the story, by tier; the table splits them by pair."
    if not rows:
        return Section("tiers", "Relationship tiers", lead, _empty("No tier mentions in this period."))
    charts["tiers"] = tiers_chart(rows)
    cols = [*PAIRS, "unclear"]
    counts = _crosstab(rows, "tier", "mentions")
    tiers = sorted({r["tier"] for r in rows}, key=lambda t: (list(TIER_LABELS).index(t)
                                                             if t in TIER_LABELS else 99, t))
    table = _table(["tier", *cols, "total"],
                   [[escape(TIER_LABELS.get(t, t)), *(str(counts.get((t, p), 0)) for p in cols),
                     str(sum(counts.get((t, p), 0) for p in cols))] for t in tiers],
                   "tier-counts", numeric=set(range(1, len(cols) + 2)))
    return Section("tiers", "Relationship tiers", lead, _chart_div("tiers") + table)


def _latest_section(q: dict[str, list[dict[str, Any]]]) -> Section:
    rows, total = q["latest"], q["totals"][0]["stories"]
    lead = f"The {len(rows)} most recent of {total} diplomacy stories in the period, newest first."
    if not rows:
        return Section("latest", "Latest stories", lead, _empty("No diplomacy stories in this period."))
    body = [[escape(str(r["day"])), escape(r["outlet"] or ""), escape(r["language"] or ""),
             _link(r["title"] or r["url"], r["url"]),
             " ".join(_pair_chip(p) for p in r["pairs"] or []),
             f'<span class="evidence">{escape(first_evidence(r["evidence"]))}</span>'] for r in rows]
    return Section("latest", "Latest stories", lead,
                   _table(["date", "outlet", "lang", "title", "pairs", "evidence"], body, "latest"))


def _coverage_section(q: dict[str, list[dict[str, Any]]]) -> Section:
    lead = "Articles loaded in the period and how many of them are diplomacy stories, by outlet and language."
    outlets = _table(["outlet", "articles", "diplomacy stories"],
                     [[escape(r["outlet"]), str(r["articles"]), str(r["stories"])] for r in q["outlets"]],
                     "outlets", numeric={1, 2})
    langs = _table(["language", "articles", "diplomacy stories"],
                   [[escape(r["language"]), str(r["articles"]), str(r["stories"])] for r in q["languages"]],
                   "languages", numeric={1, 2})
    return Section("coverage", "Outlets and languages", lead, f'<div class="two">{outlets}{langs}</div>')


def _feeds_section(q: dict[str, list[dict[str, Any]]]) -> Section:
    lead = "Every configured feed as of its last poll, failing feeds first (not limited to the period)."
    body = []
    for f in q["feeds"]:
        failing = f["consecutive_failures"] > 0
        status = f["last_status"] or "not polled yet"
        body.append([escape(f["feed"]), escape(f["outlet"] or ""),
                     f'<span class="status {"bad" if failing else "ok"}">{escape(status)}</span>',
                     escape(_when(f["last_success_at"])), escape(_when(f["last_new_item_at"])),
                     str(f["consecutive_failures"]), str(f["articles"]),
                     f'<span class="error">{escape(_clip(f["last_error"] or "", 160))}</span>'])
    table = _table(["feed", "outlet", "last poll", "last success", "last new item", "failures in a row",
                    "articles", "last error"], body, "feeds", numeric={5, 6})
    return Section("feeds", "Feed health", lead + _last_run(q["last_run"]), table)


def _last_run(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return " No run recorded yet."
    r = rows[0]
    return (f" Last run: {r['flow']} {r['status']}, started {_when(r['started_at'])}"
            f" ({r['feeds_polled'] or 0} feeds polled, {r['feeds_failed'] or 0} failed,"
            f" {r['new_articles'] or 0} new articles, {r['stories_found'] or 0} stories).")


# --- charts -----------------------------------------------------------------------------------

def _pair_scale() -> alt.Scale:
    return alt.Scale(domain=list(PAIRS), range=[PAIR_COLORS[p] for p in PAIRS])


def _values(rows: list[dict[str, Any]]) -> alt.Data:
    """Rows as inline Vega data: dates as ISO strings, the rest as they are."""
    return alt.Data(values=[{k: v.isoformat() if isinstance(v, date) else v for k, v in r.items()}
                            for r in rows])


def timeline_chart(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Weekly stories per pair: one line per pair."""
    # Ticks on the Mondays the points sit on (Vega's weekly ticks fall on Sundays), about a dozen.
    weeks = sorted({r["week"] for r in rows})
    ticks = [alt.DateTime(year=w.year, month=w.month, date=w.day, utc=True)
             for w in weeks[:: max(1, -(-len(weeks) // 12))]]
    x = alt.X("week:T", timeUnit="utcyearmonthdate", title=None,
              axis=alt.Axis(format="%d %b %Y", values=ticks, labelAngle=0))
    chart = alt.Chart(_values(rows)).mark_line(point=True, strokeWidth=2.5).encode(
        x=x, y=alt.Y("stories:Q", title="stories per week"),
        color=alt.Color("pair:N", scale=_pair_scale(), legend=alt.Legend(title=None, orient="top")),
        tooltip=[alt.Tooltip("week:T", timeUnit="utcyearmonthdate", title="week of"), "pair:N", "stories:Q"],
    ).properties(width="container", height=260)
    return chart.to_dict()


def events_chart(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Monthly events, stacked by event group, one panel per pair on a shared time axis."""
    data = [{**r, "group": EVENT_GROUPS.get(r["event_type"], "other")} for r in rows]
    base = alt.Chart(_values(data)).mark_bar(width=alt.RelativeBandSize(0.86)).encode(
        x=alt.X("month:T", timeUnit="utcyearmonth", title=None),
        y=alt.Y("sum(events):Q", title="events"),
        color=alt.Color("group:N", sort=list(EVENT_GROUP_ORDER), title="event",
                        scale=alt.Scale(domain=list(EVENT_GROUP_ORDER), scheme="tableau10")),
        tooltip=[alt.Tooltip("month:T", timeUnit="utcyearmonth", title="month"), "pair:N", "group:N",
                 alt.Tooltip("sum(events):Q", title="events")],
    ).properties(width=820, height=100)
    # One panel per pair rather than a facet: facets cannot keep the page's pair order.
    panels = [base.transform_filter(alt.datum.pair == p).properties(
        title=alt.TitleParams(p, color=PAIR_COLORS[p], anchor="start", fontSize=13)) for p in PAIRS]
    return alt.vconcat(*panels, spacing=14).resolve_scale(x="shared", y="shared", color="shared").to_dict()


def tiers_chart(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Monthly relationship-tier mentions, stacked by tier."""
    data = [{**r, "tier": TIER_LABELS.get(r["tier"], r["tier"])} for r in rows]
    chart = alt.Chart(_values(data)).mark_bar(width=alt.RelativeBandSize(0.86)).encode(
        x=alt.X("month:T", timeUnit="utcyearmonth", title=None),
        y=alt.Y("sum(mentions):Q", title="mentions"),
        color=alt.Color("tier:N", title="tier", sort=list(TIER_LABELS.values()),
                        scale=alt.Scale(scheme="set2"), legend=alt.Legend(orient="top", labelLimit=0)),
        tooltip=[alt.Tooltip("month:T", timeUnit="utcyearmonth", title="month"), "tier:N", "pair:N",
                 alt.Tooltip("sum(mentions):Q", title="mentions")],
    ).properties(width="container", height=220)
    return chart.to_dict()


@lru_cache(maxsize=1)
def vega_bundle() -> str:
    """Vega, Vega-Lite and vega-embed as one script, from vl-convert (no network)."""
    import vl_convert

    version = ".".join(alt.VEGALITE_VERSION.split(".")[:2])
    known = vl_convert.get_vegalite_versions()
    if version not in known:  # altair ahead of vl-convert: the newest Vega-Lite it has reads the specs
        version = known[-1]
    # "</script" cannot occur in an inline script; the escaped form means the same in JS strings.
    return vl_convert.javascript_bundle(vl_version=version).replace("</script", "<\\/script")


def _spec_script(name: str, spec: dict[str, Any]) -> str:
    return f'<script type="application/json" id="spec-{name}">{safe_json(spec)}</script>'


def safe_json(value: Any) -> str:
    """JSON that cannot end a <script> element or open a comment in it."""
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


# --- small helpers ----------------------------------------------------------------------------

def first_evidence(raw: Any) -> str:
    """The first evidence sentence of a detection (stored as a JSON list of sentences)."""
    if raw is None:
        return ""
    try:
        items = json.loads(raw) if isinstance(raw, str) else raw
    except ValueError:
        return _clip(str(raw), 300)
    if isinstance(items, list) and items:
        return _clip(str(items[0]), 300)
    return ""


def _crosstab(rows: list[dict[str, Any]], key: str, value: str) -> dict[tuple[str, str], int]:
    out: dict[tuple[str, str], int] = {}
    for r in rows:
        k = (r[key], r["pair"])
        out[k] = out.get(k, 0) + int(r[value])
    return out


def event_tiers(tiers: set[str]) -> list[str]:
    """The tiers an event's line names: of the partnership ladder only the highest (a report of an
    upgrade names the old tier too), with the tiers off the ladder."""
    ladder = [t for t in TIER_LABELS if t.endswith("partnership") and t in tiers]
    return ladder[:1] + sorted(t for t in tiers if t not in ladder)


def _event_group_rank(event_type: str) -> int:
    return EVENT_GROUP_ORDER.index(EVENT_GROUPS.get(event_type, "other"))


def _table(head: list[str], body: list[list[str]], name: str, numeric: set[int] | None = None) -> str:
    """An HTML table; `head` is plain text, `body` cells are HTML already escaped by the caller."""
    num = numeric or set()

    def cls(i: int) -> str:
        return ' class="num"' if i in num else ""

    th = "".join(f"<th{cls(i)}>{escape(h)}</th>" for i, h in enumerate(head))
    trs = "".join("<tr>" + "".join(f"<td{cls(i)}>{c}</td>" for i, c in enumerate(r)) + "</tr>" for r in body)
    return f'<table data-table="{name}"><thead><tr>{th}</tr></thead><tbody>{trs}</tbody></table>'


def _link(text: str, url: str | None) -> str:
    """A link to an article; only http(s) URLs become links (a stored URL is untrusted)."""
    if url and url.lower().startswith(("http://", "https://")):
        return f'<a href="{escape(url)}" rel="noopener noreferrer" target="_blank">{escape(text)}</a>'
    return escape(text)


def _pair_chip(pair: str) -> str:
    return f'<span class="chip pair-{escape(pair)}">{escape(pair)}</span>'


def _when(ts: datetime | None) -> str:
    return ts.astimezone(UTC).strftime("%Y-%m-%d %H:%M") if ts else "never"


def _clip(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


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


_RUN_EVENTS = """
WITH run AS (SELECT DISTINCT unnest($urls::VARCHAR[]) AS url),
touched AS (SELECT ea.event_id, bool_and(run.url IS NOT NULL) AS new
            FROM event_articles ea LEFT JOIN run USING (url)
            GROUP BY ea.event_id HAVING count(run.url) > 0)
SELECT e.event_id, e.pairs, e.event_type, coalesce(e.event_date, CAST(e.first_reported_at AS DATE)) AS day,
       e.event_date, e.place, e.people, e.article_count, e.outlet_count, e.languages, e.headline,
       (SELECT a.url FROM event_articles a WHERE a.article_id = e.headline_article_id LIMIT 1) AS url,
       t.new, (SELECT list(DISTINCT m.tier) FROM event_articles a JOIN tier_mentions m USING (article_id)
               WHERE a.event_id = e.event_id AND list_contains(e.pairs, m.pair)) AS tiers
FROM diplomacy_events e JOIN touched t USING (event_id)
ORDER BY NOT t.new, day, e.event_id
"""


def run_events(con: duckdb.DuckDBPyConnection, urls: list[str]) -> list[RunEvent]:
    """The events the stories at `urls` (one run's) belong to, the ones they opened first."""
    if not urls:
        return []
    cur = con.execute(_RUN_EVENTS, {"urls": urls})
    cols = [d[0] for d in cur.description]
    out = []
    for row in cur.fetchall():
        e = dict(zip(cols, row, strict=True))
        out.append(RunEvent(e["event_id"], tuple(e["pairs"] or ()), event_line(e, set(e["tiers"] or ())),
                            e["headline"] or "", e["url"], bool(e["new"]), int(e["article_count"])))
    return out


def events_in(db: Path, urls: list[str]) -> list[RunEvent]:
    """`run_events` over the warehouse file `db` (read-only)."""
    from warehouse.db import reader

    with reader(db) as con:
        return run_events(con, urls)
