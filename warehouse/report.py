"""The HTML briefing: one self-contained page of sections, tables and charts over the analyst views.

Its rows come from warehouse/report_data.py (the SQL), its charts from warehouse/report_charts.py
(Vega-Lite specs drawn in the browser by the Vega bundle inlined once, so the file opens without a
network). Every string from the
warehouse is escaped here (tables) or handed to Vega as data (charts), never pasted as markup.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from html import escape
from pathlib import Path
from string import Template
from typing import Any

import altair as alt
import duckdb

from warehouse.report_charts import events_chart, spec_script, tiers_chart, timeline_chart, vega_bundle
from warehouse.report_data import (
    EVENT_GROUP_ORDER,
    EVENT_GROUPS,
    MAX_REPORTS_SHOWN,
    PAIRS,
    SQL,
    TIER_LABELS,
    event_parts,
    query,
)

TEMPLATE = Path(__file__).with_name("report_template.html")


@dataclass(frozen=True)
class Section:
    """One titled part of the page: anchor, heading, one-line lead and the HTML body."""

    anchor: str
    title: str
    lead: str
    body: str


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
        specs="\n".join(spec_script(k, v) for k, v in charts.items()),
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


def _event_item(e: dict[str, Any], reports: list[dict[str, Any]], tiers: set[str]) -> str:
    _, what, reach = event_parts(e, tiers)
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
