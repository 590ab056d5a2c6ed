"""The events a few stories belong to, read by index lookups instead of the event views over all history.

`diplomacy_events` ranks and groups every report of every event, and `event_articles` joins every
member with `article_current`: at a million articles the alert rules and the run summary, which want
the events of one run's stories, paid for all of them. Here the rows those views would read for the
events in question are looked up by key into temporary tables (event_members and article_current by
article_id, event_merges by from_event_id; a scan of event_members' event ids finds the other reports
of those events, as it has no index on them) and handed to the same table macros the views are made
of (`event_articles_of`, `diplomacy_events_of`, `current_detection_parts`, views.sql), so the rows are
those the views give (tests/warehouse/test_event_reads.py). Temporary tables `_ev_*` of the connection.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import duckdb

from warehouse.changes import lookup_statements

# The temporary tables of the connection that hold what was looked up.
ARTICLES, CURRENT, MEMBERS = "_ev_articles", "_ev_current", "_ev_members"
PARTS, TIERS = "_ev_parts", "_ev_tiers"


def events_of(con: duckdb.DuckDBPyConnection, article_ids: Iterable[str]) -> list[str]:
    """The events (after merges) whose reports include one of these stories, as `event_articles` has
    them (members whose story is still relevant under the detection they were assigned from)."""
    ids = sorted(set(article_ids))
    _fill(con, MEMBERS, "event_members", ids)
    _fill(con, CURRENT, "article_current", ids)
    return [r[0] for r in con.execute(
        f"SELECT DISTINCT event_id FROM event_articles_of('{MEMBERS}', '{CURRENT}') ORDER BY 1").fetchall()]


def load_events(con: duckdb.DuckDBPyConnection, event_ids: Sequence[str]) -> None:
    """Fill the temporary tables with every report of these events (EVENT_ARTICLES: `event_articles`'
    rows), and their current rows, detections' events and tier mentions (EVENTS, TIER_MENTIONS)."""
    # event_merges and event_members have no index on these columns: scans of two narrow columns.
    wanted = sorted(set(event_ids))
    merged = [r[0] for r in con.execute(
        "SELECT from_event_id FROM event_merges WHERE into_event_id IN (SELECT unnest(?::VARCHAR[]))",
        [wanted]).fetchall()]
    candidates = [r[0] for r in con.execute(
        "SELECT article_id FROM event_members WHERE event_id IN (SELECT unnest(?::VARCHAR[]))",
        [[*wanted, *merged]]).fetchall()]
    _fill(con, MEMBERS, "event_members", candidates)
    _fill(con, CURRENT, "article_current", candidates)
    # No index on article_id alone (composite keys): filtered scans of that column, ~0.01 s at 1M.
    _fill(con, PARTS, "detection_events", candidates)
    _fill(con, TIERS, "detection_tiers", candidates)
    con.execute(f"CREATE OR REPLACE TEMP TABLE {ARTICLES} AS SELECT * FROM event_articles_of('{MEMBERS}', "
                f"'{CURRENT}') WHERE event_id IN (SELECT unnest(?::VARCHAR[]))", [wanted])


def load_mentions(con: duckdb.DuckDBPyConnection, article_ids: Sequence[str], name: str) -> None:
    """`name`: a temporary table of `tier_mentions`' rows of these stories."""
    ids = sorted(set(article_ids))
    _fill(con, f"{name}_parts", "detection_tiers", ids)
    _fill(con, f"{name}_current", "article_current", ids)
    con.execute(f"CREATE OR REPLACE TEMP TABLE {name} AS SELECT * FROM "
                f"current_detection_parts('{name}_parts', '{name}_current')")


# What load_events loaded, read as the views read the whole warehouse (FROM clauses).
EVENT_ARTICLES = ARTICLES
EVENTS = f"diplomacy_events_of('{ARTICLES}', '{CURRENT}', '{PARTS}')"
TIER_MENTIONS = f"current_detection_parts('{TIERS}', '{CURRENT}')"


def _fill(con: duckdb.DuckDBPyConnection, name: str, table: str, article_ids: Sequence[str]) -> None:
    """`name`: a temporary table of `table`'s rows of these articles, by lookups in the article_id
    index where the table has one (lists of constants, as warehouse.changes.lookup_rows sends)."""
    con.execute(f"CREATE OR REPLACE TEMP TABLE {name} AS SELECT * FROM {table} LIMIT 0")
    sql = f"INSERT INTO {name} SELECT * FROM {table} WHERE article_id IN ({{keys}})"
    for statement in lookup_statements(sql, article_ids):
        con.execute(statement)
