"""The briefing's charts: Vega-Lite specs built with altair, and the Vega bundle that draws them.

The bundle is inlined once in the page, so the charts draw offline.
"""

from __future__ import annotations

import json
from datetime import date
from functools import lru_cache
from typing import Any

import altair as alt

from warehouse.report_data import EVENT_GROUP_ORDER, EVENT_GROUPS, PAIRS, TIER_LABELS

PAIR_COLORS = {"CN-VN": "#c0392b", "US-VN": "#1f6fb2", "CN-US": "#8e44ad"}


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


def spec_script(name: str, spec: dict[str, Any]) -> str:
    return f'<script type="application/json" id="spec-{name}">{safe_json(spec)}</script>'


def safe_json(value: Any) -> str:
    """JSON that cannot end a <script> element or open a comment in it."""
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
