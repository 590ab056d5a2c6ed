"""The events of a few stories read by lookups (warehouse/event_reads.py) are the views' rows: the alert
rules' tier and event checks and the run summary's events, each compared with the query over the
views it replaced, on a real warehouse with several events, a merge, a story no longer relevant and
tier mentions inside and outside the rule's window."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb
import pytest

from extractors.core.models import TierMention
from extractors.core.urls import article_id
from tests.warehouse_helpers import FEED, synthetic_article
from warehouse import alerts, event_reads, load
from warehouse.db import connect
from warehouse.report_data import run_events, run_events_looked_up

NOW = datetime(2023, 10, 1, tzinfo=UTC)
VIEWS = "main."  # the rules read the views when told a catalog (the analyst copy of `bamboo watch`)


def _story(i: int, tier: str | None = None, pair: str = "CN-VN") -> object:
    p = synthetic_article(i, relevant=True)
    assert p.detection is not None
    if tier:
        p = dataclasses.replace(p, detection=dataclasses.replace(
            p.detection, tiers=(TierMention(tier=tier, pair=pair, text=f"{tier} {i}"),)))
    return p


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("event_reads") / "bamboo.duckdb"
    with connect(db) as con:
        load.sync_feeds(con, [FEED], NOW)
        # Stories over three months (an hour apart within a group), some naming other tiers and pairs.
        for start in (0, 1000, 2000):
            batch = [_story(i, tier=("strategic_partnership" if i % 4 == 1 else None),
                            pair=("US-VN" if i % 8 == 1 else "CN-VN")) for i in range(start, start + 12)]
            load.load_articles(con, batch, NOW)
        load.load_articles(con, [synthetic_article(i) for i in range(3000, 3030)], NOW)  # some relevant
        # A story whose new detection is not relevant: its member row stays, outside the views.
        gone = dataclasses.replace(synthetic_article(3, relevant=False, detector_version="test-det-2"))
        assert gone.detection is not None
        load.load_detections(con, [(article_id(gone.url), gone.detection)], NOW)
        events = [r[0] for r in con.execute(
            "SELECT event_id FROM event_members GROUP BY 1 ORDER BY count(*) DESC, 1").fetchall()]
        assert len(events) >= 3
        # One event became part of another (as clustering records a bridge).
        con.execute("INSERT INTO event_merges VALUES (?, ?, ?, ?)",
                    [events[1], events[0], NOW, article_id(synthetic_article(1000).url)])
    return db


@pytest.fixture
def con(warehouse: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    with connect(warehouse) as c:
        c.execute("BEGIN TRANSACTION")  # each test's alert_articles changes are rolled back
        yield c
        c.execute("ROLLBACK")


def _seen(con: duckdb.DuckDBPyConnection, ids: list[str], days_ago: int = 0) -> None:
    if ids:
        con.executemany("INSERT OR REPLACE INTO alert_articles VALUES (?, NULL, ?)",
                        [[i, NOW - timedelta(days=days_ago)] for i in ids])


def _relevant(con: duckdb.DuckDBPyConnection) -> list[str]:
    return [r[0] for r in con.execute("SELECT article_id FROM diplomacy_stories ORDER BY published_at, 1")
            .fetchall()]


@pytest.mark.parametrize("split", [0, 5, 12, 20, 30])
def test_tier_and_event_rules_raise_what_the_views_raised(con: duckdb.DuckDBPyConnection, split: int) -> None:
    stories = _relevant(con)
    _seen(con, stories[:split])  # the rest is new
    new = alerts._new_stories(con, "", "")
    assert new
    raised = 0
    for days in (0, 1, 30, 90, 10_000):
        looked_up = alerts._tier_alerts(con, "", "", days)
        assert looked_up == alerts._tier_alerts(con, VIEWS, "", days)
        raised += len(looked_up)
    for reports in (1, 2, 3, 50):
        looked_up = alerts._event_alerts(con, "", reports)
        assert looked_up == alerts._event_alerts(con, VIEWS, reports)
        raised += len(looked_up)
    assert raised


def test_tier_rule_looks_at_earlier_mentions_in_the_window_only(con: duckdb.DuckDBPyConnection) -> None:
    stories = _relevant(con)
    _seen(con, stories[:-3], days_ago=400)  # seen long ago; their publication dates still count
    alerts._new_stories(con, "", "")
    found = {days: alerts._tier_alerts(con, "", "", days) for days in (0, 10_000)}
    assert found[0] and len(found[10_000]) < len(found[0])
    assert found == {days: alerts._tier_alerts(con, VIEWS, "", days) for days in (0, 10_000)}


def test_run_events_are_what_the_views_gave(con: duckdb.DuckDBPyConnection) -> None:
    urls = [r[0] for r in con.execute("SELECT url FROM article_current ORDER BY url").fetchall()]
    relevant = [r[0] for r in con.execute("SELECT url FROM diplomacy_stories ORDER BY url").fetchall()]
    cases = [relevant, relevant[:1], relevant[::3], urls[::5], [synthetic_article(3).url],
             ["http://nowhere.example/a"], []]
    grew = new = 0
    for case in cases:
        expected = run_events(con, case)
        assert run_events_looked_up(con, case) == expected
        grew += sum(not e.new for e in expected)
        new += sum(e.new for e in expected)
    assert grew and new


def test_events_of_a_merged_event_and_a_story_no_longer_relevant(con: duckdb.DuckDBPyConnection) -> None:
    into, source = con.execute("SELECT into_event_id, from_event_id FROM event_merges").fetchall()[0]
    bridged = [r[0] for r in con.execute("SELECT article_id FROM event_members WHERE event_id = ?",
                                         [source]).fetchall()]
    assert event_reads.events_of(con, bridged[:1]) == [into]
    assert event_reads.events_of(con, [article_id(synthetic_article(3).url)]) == []
    event_reads.load_events(con, [into])
    looked_up = con.execute(f"SELECT * FROM {event_reads.EVENTS}").fetchall()
    assert looked_up == con.execute("SELECT * FROM diplomacy_events WHERE event_id = ?", [into]).fetchall()
    assert looked_up[0][11] > len(bridged)  # article_count: the reports of both events
