"""Event clustering measured: pairwise and B-cubed precision, recall and F1 on the labelled sets, what each
signal adds (each turned off in turn), and the time clustering adds to an ingest of N pages, in one run.

Labelled sets: tests/fixtures/clusters (reports.jsonl + gold.jsonl), tests/fixtures/events/reports.jsonl
(`event` label on each report), and bench/gold/clusters*.jsonl when present (`occasion` or `event`
label; items without text are skipped and counted). Each report goes through the real detector, then
the clustering in publication order, as `bamboo reprocess --what cluster` does.

The timing ingests N pages (the detector's dev stories, each under several URLs and dates, and the
Zyte pages as the non-diplomacy rest) over loopback with the real ingest flow, and reads the seconds
spent assigning events from the run's log line (warehouse/clusters.py counts them), beside the run's.

Usage: python bench/eval_clusters.py [--pages 5000] [--no-timing]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from itertools import combinations
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from flows.runtime import configure_process  # noqa: E402

configure_process()  # quiet Prefect defaults, set before Prefect is imported
from bench.common import ROOT  # noqa: E402
from extractors.diplomacy import detect  # noqa: E402
from extractors.diplomacy.clusters import DEFAULT, Report, Weights, assign, make_report  # noqa: E402

ABLATIONS: dict[str, Weights] = {
    "all signals": DEFAULT,
    "no text similarity": replace(DEFAULT, text=0.0, wire_copy=False),
    "no people": replace(DEFAULT, people=0.0, disjoint_people=0.0),
    "no place": replace(DEFAULT, place=0.0, country=0.0, other_place=0.0),
    "no date bonus": replace(DEFAULT, same_date=0.0, near_date=0.0),
    "no type bonus": replace(DEFAULT, same_type=0.0),
    "other-family penalty -0.2": replace(DEFAULT, other_family=-0.2),
    "no publication bonus": replace(DEFAULT, near_publication=0.0),
    "no disjoint-people penalty": replace(DEFAULT, disjoint_people=0.0),
    "no other-place penalty": replace(DEFAULT, other_place=0.0),
}


def _jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def labelled_sets() -> list[tuple[str, list[dict[str, Any]], dict[str, str]]]:
    """(name, reports with id/title/text/language/published_at, report id -> occasion)."""
    sets = []
    fixtures = ROOT / "tests" / "fixtures" / "clusters"
    if (fixtures / "reports.jsonl").exists():
        gold = {r["id"]: r["occasion"] for r in _jsonl(fixtures / "gold.jsonl")}
        sets.append(("tests/fixtures/clusters", _jsonl(fixtures / "reports.jsonl"), gold))
    own = ROOT / "tests" / "fixtures" / "events" / "reports.jsonl"
    rows = [{**r, "text": "\n\n".join(r["body"])} for r in _jsonl(own)]
    sets.append(("tests/fixtures/events", rows, {r["id"]: r["event"] for r in rows}))
    for path in sorted((ROOT / "bench" / "gold").glob("clusters*.jsonl")):
        rows = _jsonl(path)
        usable = [r for r in rows if r.get("title") or r.get("text")]
        if len(usable) < len(rows):
            print(f"{path.name}: {len(rows) - len(usable)} of {len(rows)} items have no text here; skipped")
        if usable:
            sets.append((f"bench/gold/{path.name}", usable,
                         {r["id"]: r.get("occasion") or r.get("event") for r in usable}))
    return sets


def reports_of(rows: Sequence[dict[str, Any]]) -> tuple[list[Report], float]:
    """Each row through the detector and into a clustering report; and the seconds that took."""
    out = []
    started = time.perf_counter()
    for r in rows:
        published = datetime.fromisoformat(r["published_at"]) if r.get("published_at") else None
        d = detect(r.get("title") or "", r.get("text") or "", r.get("language"), published)
        main = next((e for e in d.events if e.main), d.events[0] if d.events else None)
        event = None if main is None else {
            "event_type": main.type, "actor": main.actor, "target": main.target,
            "event_date": _day(main.date), "place": main.place, "place_country": main.place_country,
            "people": main.people}
        rep = make_report(r["id"], d.pairs, published, r.get("language"), r.get("title") or "",
                          " ".join(d.evidence), event)  # as the warehouse sketches them
        if rep is not None:
            out.append(rep)
    return out, time.perf_counter() - started


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value and not value.startswith("--") else None
    except ValueError:
        return None


def clustered(reports: Sequence[Report], ids: Sequence[str], w: Weights) -> dict[str, str]:
    """Report id -> event (merges resolved); reports that cannot be placed stand alone."""
    done = assign(reports, [], w=w)
    merged = {a: b for a, b, _ in done.merges}
    out = {r.article_id: e for r, e, _ in done.members}
    for k, e in out.items():
        while e in merged:
            e = merged[e]
        out[k] = e
    return {i: out.get(i, f"alone-{i}") for i in ids}


def pairwise(pred: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    """Precision, recall and F1 over the pairs of reports put in one event."""
    ids = sorted(gold)
    same_pred = {(a, b) for a, b in combinations(ids, 2) if pred[a] == pred[b]}
    same_gold = {(a, b) for a, b in combinations(ids, 2) if gold[a] == gold[b]}
    tp = len(same_pred & same_gold)
    p = tp / len(same_pred) if same_pred else 1.0
    r = tp / len(same_gold) if same_gold else 1.0
    return p, r, _f1(p, r)


def bcubed(pred: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 (per report, averaged)."""
    by_pred: dict[str, set[str]] = defaultdict(set)
    by_gold: dict[str, set[str]] = defaultdict(set)
    for i in gold:
        by_pred[pred[i]].add(i)
        by_gold[gold[i]].add(i)
    p = sum(len(by_pred[pred[i]] & by_gold[gold[i]]) / len(by_pred[pred[i]]) for i in gold) / len(gold)
    r = sum(len(by_pred[pred[i]] & by_gold[gold[i]]) / len(by_gold[gold[i]]) for i in gold) / len(gold)
    return p, r, _f1(p, r)


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def evaluate() -> list[tuple[str, str, tuple[float, ...]]]:
    rows = []
    for name, items, gold in labelled_sets():
        reports, _ = reports_of(items)
        ids = [r["id"] for r in items]
        print(f"\n{name}: {len(items)} reports, {len(set(gold.values()))} occasions "
              f"({len(items) - len(reports)} without a pair or date)")
        heads = ("pair P", "pair R", "pair F1", "B3 P", "B3 R", "B3 F1")
        print(f"  {'signals':28} " + " ".join(f"{h:>7}" for h in heads))
        for label, w in ABLATIONS.items():
            pred = clustered(reports, ids, w)
            figures = (*pairwise(pred, gold), *bcubed(pred, gold))
            rows.append((name, label, figures))
            print(f"  {label:28} " + " ".join(f"{v:7.3f}" for v in figures))
        pred = clustered(reports, ids, DEFAULT)
        _print_errors(pred, gold)
    return rows


def _print_errors(pred: dict[str, str], gold: dict[str, str]) -> None:
    """Which gold occasions were split and which events joined occasions (ids only)."""
    by_gold: dict[str, set[str]] = defaultdict(set)
    by_pred: dict[str, set[str]] = defaultdict(set)
    for i in gold:
        by_gold[gold[i]].add(pred[i])
        by_pred[pred[i]].add(gold[i])
    split = sorted(o for o, es in by_gold.items() if len(es) > 1)
    joined = sorted(" + ".join(sorted(os)) for os in by_pred.values() if len(os) > 1)
    print(f"  split occasions ({len(split)}): {', '.join(split) or '-'}")
    print(f"  joined occasions ({len(joined)}): {'; '.join(joined) or '-'}")


# --- the time clustering adds to an ingest ------------------------------------------------------------

def timing(n_pages: int) -> None:
    from bench.common import rss, serve, shared_data, zyte_pages
    from flows.ingest import ingest

    dev = [json.loads(line) for line in
           (shared_data() / "diplomacy-dev" / "dev.jsonl").read_text(encoding="utf-8").splitlines()]
    zyte = zyte_pages()
    routes: dict[str, tuple[str, bytes]] = {}
    items: list[tuple[str, str]] = []
    start = datetime(2024, 1, 1, tzinfo=UTC)
    # Half diplomacy stories (each dev story under copies dated a week apart), half other pages.
    for k in range(n_pages):
        if k % 2 == 0:
            row = dev[(k // 2) % len(dev)]
            when = start + timedelta(days=7 * ((k // 2) // len(dev)), hours=k % 24)
            path = f"/d/{k}.html"
            html = _page(row["title"], row["text"], row["language"], when)
            routes[path] = ("text/html; charset=utf-8", html)
            items.append((row["title"], path))
        else:
            pid, _, html = zyte[(k // 2) % len(zyte)]
            path = f"/z/{k}/{pid}.html"
            routes[path] = ("text/html; charset=utf-8", html)
            items.append((pid, path))
    with tempfile.TemporaryDirectory() as tmp, serve(routes) as base:
        feeds = []
        for i in range(0, len(items), 200):
            fpath = f"/feed-{i // 200}.xml"
            routes[fpath] = ("application/rss+xml", rss([(t, base + p) for t, p in items[i:i + 200]]))
            feeds.append(base + fpath)
        import logging

        from warehouse import clusters

        logging.getLogger("bamboo").setLevel(logging.WARNING)
        clusters.SPENT.clear()
        started = time.perf_counter()
        summary = ingest(feed_urls=feeds, db=str(Path(tmp) / "b.duckdb"))
        total = time.perf_counter() - started
        spent = clusters.SPENT.get("seconds", 0.0)
        print(f"\nIngest of {n_pages} pages ({len(summary.stories)} diplomacy stories): {total:.1f} s; "
              f"event clustering {spent:.2f} s in {int(clusters.SPENT.get('writes', 0))} writes = "
              f"{100 * spent / total:.2f} % of the run (goal <= 5 %)")


def _page(title: str, text: str, language: str, when: datetime) -> bytes:
    from html import escape

    paras = "".join(f"<p>{escape(p)}</p>" for p in text.split("\n") if p.strip())
    return (f'<!DOCTYPE html><html lang="{language[:2]}"><head><meta charset="utf-8"><title>{escape(title)}'
            f'</title><meta property="article:published_time" content="{when.isoformat()}"></head><body>'
            f"<article><h1>{escape(title)}</h1>{paras}</article></body></html>").encode()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=5000)
    ap.add_argument("--no-timing", action="store_true")
    args = ap.parse_args()
    evaluate()
    if not args.no_timing:
        import os

        os.environ.setdefault("BAMBOO_ALLOW_PRIVATE_NETWORKS", "true")
        os.environ.setdefault("BAMBOO_PER_HOST_DELAY", "0")
        os.environ.setdefault("BAMBOO_MAX_NEW_PER_FEED", "1000")
        timing(args.pages)


if __name__ == "__main__":
    main()
