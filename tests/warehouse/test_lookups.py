"""The reads a run makes per batch look rows up in indexes, and find what the joins they replace found.

A real warehouse file is filled over several runs (URL variants, learned parameters, distrusted
canonicals, refetched and failed pages, stories with events); each read is compared with the query it
replaced (kept here as the reference; the event facts, with the same facts worked out in Python), and
every statement it sends with a list of constants is run again under EXPLAIN ANALYZE, which must show an
index scan for each list.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pytest

from extractors.core.models import FeedEntry, ProcessedArticle
from extractors.core.urls import article_id, drop_params, host_of, variant_key
from tests.warehouse_helpers import synthetic_article
from warehouse import clusters, identity, load
from warehouse.db import connect
from warehouse.ingest_reads import MAX_FETCH_ATTEMPTS, RETRY_AFTER, stored_keys

NOW = datetime(2023, 9, 20, tzinfo=UTC)


def _entry(p: ProcessedArticle, url: str, feed: str = "synthetic", guid: str | None = None) -> FeedEntry:
    e = p.sources[0]
    return dataclasses.replace(e, url=url, link=url, feed_name=feed, guid=e.guid if guid is None else guid)


def _via(i: int, url: str, feed: str = "synthetic", canonical: str | None = None, text: str = "",
         fetched: bool = True) -> ProcessedArticle:
    """Article i reached through entry URL `url` (its page the same, or changed by `text`, or refused)."""
    a = synthetic_article(i)
    assert a.page is not None and a.article is not None
    page = dataclasses.replace(a.page, url=url, final_url=url)
    article = dataclasses.replace(a.article, canonical_url=canonical)
    if text:
        page = dataclasses.replace(page, body=page.body.replace(b"<p>", f"<p>{text} ".encode()),
                                   fetched_at=page.fetched_at + timedelta(days=1))
        article = dataclasses.replace(article, body=f"{text} {article.body}")
    if not fetched:
        page = dataclasses.replace(page, status=503, body=b"", error_kind="http_error", error="503")
        return dataclasses.replace(a, url=url, sources=(_entry(a, url, feed),), page=page, article=None,
                                   detection=None)
    return dataclasses.replace(a, url=url, sources=(_entry(a, url, feed),), page=page, article=article)


def _runs() -> list[list[ProcessedArticle]]:
    """Batches of several runs: new pages, their variants, canonicals, refetches and failures."""
    base = "http://news.example/2023/"
    first = [synthetic_article(i) for i in range(30)]
    second = [
        *(_via(i, f"{base}{i:07d}.html?ref=feed") for i in range(0, 6)),  # same page: `ref` learned
        *(_via(i, f"{base}{i:07d}.html/", feed="other") for i in range(6, 9)),  # trailing slash
        *(_via(i, f"{base}amp/{i:07d}.html", canonical=f"{base}{i:07d}.html") for i in range(9, 12)),
        *(_via(i, f"{base}{i:07d}.html", text="Updated") for i in range(12, 16)),  # a new version
        *(_via(i, f"{base}{i:07d}.html", fetched=False) for i in range(30, 34)),  # refused
        *(synthetic_article(i) for i in range(34, 50)),
    ]
    third = [
        # Two distinct pages claiming one canonical: distrusted, each keeps its URL.
        _via(50, f"{base}p/0000050.html", canonical=f"{base}shared.html"),
        _via(51, f"{base}p/0000051.html", canonical=f"{base}shared.html"),
        *(_via(i, f"{base}{i:07d}.html?ref=mail&x=1") for i in range(16, 20)),
        *(_via(i, f"{base}{i:07d}.html", text="Again") for i in range(12, 14)),
        *(synthetic_article(i, detector_version="test-det-2") for i in range(20, 26)),
    ]
    return [first, second, third]


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("lookups") / "bamboo.duckdb"
    with connect(db) as con:
        for k, batch in enumerate(_runs()):
            now = NOW + timedelta(hours=k)
            keyed = identity.resolve(con, batch, now)
            load.load_articles(con, keyed.articles, now, keyed.rows)
    return db


@pytest.fixture
def con(warehouse: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    with connect(warehouse) as c:
        yield c


def _probe_urls(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Every URL the warehouse knows, variants of them it has not seen, and unknown ones."""
    known = [r[0] for r in con.execute("SELECT url FROM articles UNION SELECT entry_url FROM article_aliases "
                                       "UNION SELECT entry_url FROM article_sources").fetchall()]
    unseen = [u.split("?")[0].rstrip("/") + suffix for u in known[::3] for suffix in ("/", "?ref=x", "?x=1")]
    return sorted({*known, *unseen, "http://news.example/2023/9999999.html", "http://elsewhere.example/a"})


# --- stored_keys -------------------------------------------------------------------------------------

def _stored_keys_joined(con: duckdb.DuckDBPyConnection, items: Sequence[FeedEntry], now: datetime
                        ) -> set[str]:
    """The query stored_keys replaced: one equi-join per way of being stored, united."""
    ignored = identity.ignored_params(con, {host_of(e.url) for e in items})
    probe = pa.table({"url": [e.url for e in items], "guid": [e.guid for e in items],
                      "feed_name": [e.feed_name for e in items],
                      "own": [drop_params(e.url, ignored.get(host_of(e.url), set())) for e in items]})
    con.register("_ref_probe", probe)
    try:
        rows = con.execute(
            "WITH done AS (SELECT article_id, url FROM articles WHERE NOT (fetch_status = 'failed' "
            "  AND fetch_attempts < ? AND coalesce(last_fetch_at, first_seen_at) < ?)) "
            "SELECT p.url FROM _ref_probe p JOIN done d ON d.url = p.url "
            "UNION SELECT p.url FROM _ref_probe p JOIN article_sources s ON s.entry_url = p.url "
            "  JOIN done d ON d.article_id = s.article_id "
            "UNION SELECT p.url FROM _ref_probe p JOIN article_aliases al ON al.entry_url = p.url "
            "  JOIN done d ON d.article_id = al.article_id "
            "UNION SELECT p.url FROM _ref_probe p JOIN article_aliases al ON al.entry_url = p.own "
            "  JOIN done d ON d.article_id = al.article_id "
            "UNION SELECT p.url FROM _ref_probe p JOIN article_sources s "
            "  ON s.guid = p.guid AND s.feed_name = p.feed_name JOIN done d ON d.article_id = s.article_id",
            [MAX_FETCH_ATTEMPTS, now - RETRY_AFTER]).fetchall()
    finally:
        con.unregister("_ref_probe")
    return {r[0] for r in rows}


def _entries(con: duckdb.DuckDBPyConnection) -> list[FeedEntry]:
    """Entries for every probe URL, some with a stored GUID under another URL, in its feed or another."""
    a = synthetic_article(0)
    out = [_entry(a, u, guid=f"unknown-{k}") for k, u in enumerate(_probe_urls(con))]
    out += [_entry(a, f"http://news.example/moved/{i}.html", guid=f"g-{i}") for i in range(0, 60, 4)]
    out += [_entry(a, f"http://news.example/moved/{i}.html", feed="other", guid=f"g-{i}")
            for i in range(0, 60, 5)]
    return out


def test_stored_keys_finds_what_the_joins_found(con: duckdb.DuckDBPyConnection) -> None:
    entries = _entries(con)
    for now in (NOW, NOW + timedelta(hours=2), NOW + timedelta(days=2)):
        expected = _stored_keys_joined(con, entries, now)
        assert expected  # the probe finds stored articles by every way, and misses others
        assert stored_keys(con, entries, now=now) == expected
    assert stored_keys(con, entries[:1] * 3, now=NOW) == _stored_keys_joined(con, entries[:1] * 3, NOW)


# --- identity.load_context ---------------------------------------------------------------------------

def _context_joined(con: duckdb.DuckDBPyConnection, entries: Sequence[str], claims: Sequence[str]
                    ) -> identity.Context:
    """The reads load_context replaced: joins of the batch's URLs with article_aliases and articles."""
    ctx = identity.Context(ignored=identity.ignored_params(con, {host_of(u) for u in [*entries, *claims]}))
    owns = [drop_params(u, ctx.ignored.get(host_of(u), set())) for u in entries]
    probe = pa.table({"url": [*entries, *owns, *claims],
                      "variant_key": [variant_key(u) for u in [*entries, *owns, *claims]]})
    con.register("_ref_urls", probe)
    try:
        aliases = con.execute(
            "WITH hit AS (SELECT al.entry_url FROM article_aliases al "
            "    JOIN _ref_urls u ON al.entry_url = u.url "
            "  UNION SELECT al.entry_url FROM article_aliases al "
            "    JOIN _ref_urls u ON al.variant_key = u.variant_key "
            "  UNION SELECT al.entry_url FROM article_aliases al JOIN articles a USING (article_id) "
            "    JOIN _ref_urls u ON a.url = u.url) "
            "SELECT al.entry_url, al.variant_key, a.url FROM article_aliases al "
            "JOIN articles a USING (article_id) JOIN hit USING (entry_url)").fetchall()
        ctx.distrusted = {r[0] for r in con.execute(
            "SELECT DISTINCT canonical_url FROM distrusted_canonicals "
            "JOIN _ref_urls ON canonical_url = url").fetchall()}
        keys = pa.table({"url": sorted({r[2] for r in aliases})})
        con.register("_ref_keys", keys)
        prints = con.execute(
            "SELECT a.url, p.body_sha256 FROM _ref_keys JOIN articles a USING (url) "
            "JOIN raw_pages p USING (article_id) WHERE p.body_sha256 <> '' "
            "UNION SELECT a.url, sha256(x.body) FROM _ref_keys JOIN articles a USING (url) "
            "JOIN extractions x USING (article_id) WHERE x.error IS NULL AND x.body <> '' "
            f"AND x.method IN {identity.TEXT_METHODS}").fetchall()
    finally:
        con.unregister("_ref_urls")
    for alias, vk, key in sorted(aliases):
        ctx.by_url[alias] = key
        ctx.by_variant.setdefault(vk, []).append((alias, key))
        ctx.aliases_of.setdefault(key, []).append(alias)
    for key, value in prints:
        ctx.prints.setdefault(key, set()).add(value)
    return ctx


def test_identity_context_is_what_the_joins_found(con: duckdb.DuckDBPyConnection) -> None:
    urls = _probe_urls(con)
    claims = ["http://news.example/2023/shared.html", "http://news.example/2023/0000003.html",
              "http://news.example/2023/nowhere.html"]
    full = _context_joined(con, urls, claims)
    assert full.by_url and full.prints and full.distrusted and full.ignored
    assert any(len(v) > 1 for v in full.by_variant.values())
    for entries, claimed in ((urls, claims), (urls[::7], claims[:1]), (urls[1::5], []), ([], claims)):
        # the lists in the order of their aliases' URLs
        assert identity.load_context(con, entries, claimed) == _context_joined(con, entries, claimed)


def _aliases_joined(con: duckdb.DuckDBPyConnection, urls: set[str]) -> list[tuple[str, str, str]]:
    """The statement related_aliases replaced: the batch's URLs, their variant keys and the articles
    they key joined with article_aliases (a scan of its variant_key and article_id columns)."""
    keyed = [r[0] for r in con.execute("SELECT article_id FROM articles WHERE url IN (SELECT unnest(?))",
                                       [sorted(urls)]).fetchall()]
    con.register("_ref_variants", pa.table({"variant_key": pa.array(sorted({variant_key(u) for u in urls}),
                                                                     pa.string())}))
    con.register("_ref_keyed", pa.table({"article_id": pa.array(keyed, pa.string())}))
    try:
        rows = con.execute(
            "SELECT entry_url, variant_key, article_id FROM article_aliases WHERE entry_url IN "
            "  (SELECT unnest(?)) "
            "UNION SELECT entry_url, variant_key, article_id FROM article_aliases SEMI JOIN _ref_variants "
            "  USING (variant_key) "
            "UNION SELECT entry_url, variant_key, article_id FROM article_aliases SEMI JOIN _ref_keyed "
            "  USING (article_id)", [sorted(urls)]).fetchall()
    finally:
        con.unregister("_ref_variants")
        con.unregister("_ref_keyed")
    return sorted(set(rows))


def test_related_aliases_are_what_the_join_found(con: duckdb.DuckDBPyConnection) -> None:
    urls = _probe_urls(con)
    # Aliases that share only a variant key, or only an article, with the URLs asked about.
    shared = {u.split("?")[0].rstrip("/") + "/?unseen=1" for u in urls[::4]}
    keys = {r[0] for r in con.execute("SELECT url FROM articles ORDER BY url LIMIT 12").fetchall()}
    for asked in (set(urls), set(urls[::9]), shared, keys, {urls[0]}, set()):
        expected = _aliases_joined(con, asked)
        assert identity.related_aliases(con, asked) == expected
    assert len(_aliases_joined(con, shared)) > 0
    assert len(_aliases_joined(con, keys)) > len(keys)  # the keys' other aliases come along


# --- clusters._facts ---------------------------------------------------------------------------------

def _facts_read(con: duckdb.DuckDBPyConnection, ids: Sequence[str]) -> list[tuple[Any, ...]]:
    """What clusters._facts says of each id, worked out in Python from whole-table reads: the story's
    current row, the main event of its current detection (marked main, else the lowest seq), and its
    membership with the event it was merged into."""
    current = {r[0]: r for r in con.execute(
        "SELECT article_id, pairs, coalesce(published_at, first_seen_at), language, title, evidence, "
        "detection_sha256, detector_version, relevant FROM article_current").fetchall()}
    events: dict[tuple[str, str, str], list[tuple[Any, ...]]] = {}
    for r in con.execute("SELECT article_id, body_sha256, detector_version, coalesce(main, false), seq, "
                         "event_type, actor, target, event_date, place, place_country, people "
                         "FROM detection_events").fetchall():
        events.setdefault((r[0], r[1], r[2]), []).append(r[3:])
    members = {r[0]: r[1:] for r in con.execute(
        "SELECT article_id, event_id, detection_sha256, detector_version FROM event_members").fetchall()}
    merged = dict(con.execute("SELECT from_event_id, into_event_id FROM event_merges").fetchall())
    rows = []
    for i in ids:
        aid, pairs, published, language, title, evidence, sha, version, relevant = current.get(i, (None,) * 9)
        lead = None if evidence is None else " ".join(json.loads(evidence))
        own = events.get((i, sha, version), [])
        main = min(own, key=lambda e: (not e[0], e[1]))[2:] if own else (None,) * 7
        event, m_sha, m_version = members.get(i, (None, None, None))
        rows.append((aid, pairs, published, language, title, lead, sha, version, *main, bool(relevant),
                     merged.get(event, event), (m_sha, m_version) == (sha, version)))
    return sorted(rows)


@pytest.fixture
def cluster_cases(con: duckdb.DuckDBPyConnection) -> Iterator[list[str]]:
    """Members whose facts take every path of clusters._facts, made in a transaction rolled back after:
    a main event after another (and two evidence sentences), two unmarked ones beside main ones of other
    detections (and no publication date), a merged event, a stale membership, a member that is no longer
    relevant. Their ids first, then the other members'."""
    members = [r[0] for r in con.execute("SELECT article_id FROM event_members ORDER BY 1").fetchall()]
    assert len(members) >= 5
    marked, unmarked, merged, stale, dropped = members[:5]
    con.execute("BEGIN TRANSACTION")
    try:
        # (article, page version, detector version, main, event type) of events added to the stories'.
        added = [(marked, "", "", True, "visit"), (unmarked, "", "", None, "visit"),
                 (unmarked, "", "other-det", True, "protest"), (unmarked, "elsewhere", "", True, "protest")]
        for aid, sha, version, main, kind in added:
            con.execute("INSERT INTO detection_events (article_id, body_sha256, detector_version, seq, "
                        "event_type, actor, target, main) SELECT article_id, coalesce(nullif(?, ''), "
                        "detection_sha256), coalesce(nullif(?, ''), detector_version), 1, ?, 'CN', 'VN', ? "
                        "FROM article_current WHERE article_id = ?", [sha, version, kind, main, aid])
        con.execute("UPDATE article_current SET published_at = NULL WHERE article_id = ?", [unmarked])
        con.execute("UPDATE article_current SET evidence = '[\"One said.\", \"Two said.\"]' "
                    "WHERE article_id = ?", [marked])
        con.execute("UPDATE event_members SET event_id = 'younger' WHERE article_id = ?", [merged])
        con.execute("INSERT INTO event_merges VALUES ('younger', 'older', ?, ?)", [NOW, merged])
        con.execute("UPDATE event_members SET detection_sha256 = 'old' WHERE article_id = ?", [stale])
        con.execute("UPDATE article_current SET relevant = NULL WHERE article_id = ?", [dropped])
        yield members
    finally:
        con.execute("ROLLBACK")


def test_cluster_facts_are_what_the_rows_say(con: duckdb.DuckDBPyConnection,
                                            cluster_cases: list[str]) -> None:
    every = [r[0] for r in con.execute("SELECT article_id FROM articles ORDER BY 1").fetchall()]
    members = cluster_cases
    marked, unmarked, merged, stale, dropped = (_facts_read(con, [a])[0] for a in members[:5])
    # The cases hold as made: columns 2 published_at, 5 lead, 8 event_type, 15 relevant, 16 event_id,
    # 17 same_detection.
    assert (marked[8], marked[5], unmarked[8]) == ("visit", "One said. Two said.", "meet")
    assert unmarked[2] is not None
    assert (merged[16], stale[17], dropped[15]) == ("older", False, False)
    for ids in (every, every[::4], members, members[:5], [*members[:3], *members[:2]], []):
        assert clusters._facts(con, ids) == _facts_read(con, ids)


# --- load._unchanged ---------------------------------------------------------------------------------

def _unchanged_joined(con: duckdb.DuckDBPyConnection, batch: Sequence[ProcessedArticle],
                      hashes: Sequence[str | None]) -> set[str]:
    """The query load._unchanged replaced: joins on (article_id, hash, version)."""
    probe = pa.table({
        "article_id": [article_id(p.url) for p in batch], "body_sha256": list(hashes),
        "extractor_version": [p.article.extractor_version if p.article else None for p in batch],
        "detector_version": [p.detection.detector_version if p.detection else None for p in batch]})
    con.register("_ref_probe", probe)
    try:
        rows = con.execute(
            "SELECT p.article_id FROM _ref_probe p "
            "JOIN latest_pages r ON r.article_id = p.article_id AND r.body_sha256 = p.body_sha256 "
            "JOIN extractions x ON x.article_id = p.article_id AND x.body_sha256 = p.body_sha256 "
            "  AND x.extractor_version = p.extractor_version "
            "JOIN detections d ON d.article_id = p.article_id AND d.body_sha256 = p.body_sha256 "
            "  AND d.detector_version = p.detector_version").fetchall()
    finally:
        con.unregister("_ref_probe")
    return {r[0] for r in rows}


def test_unchanged_pages_are_what_the_joins_found(con: duckdb.DuckDBPyConnection) -> None:
    base = "http://news.example/2023/"
    batch = [*(synthetic_article(i) for i in range(60)),  # the first versions, some replaced since
             *(_via(i, f"{base}{i:07d}.html", text="Updated") for i in range(10, 16)),
             *(_via(i, f"{base}{i:07d}.html", fetched=False) for i in range(30, 32)),
             *(synthetic_article(i, detector_version="test-det-2") for i in range(18, 28))]
    hashes = [hashlib.sha256(p.page.body).hexdigest() if p.page and p.page.body else None for p in batch]
    expected = _unchanged_joined(con, batch, hashes)
    assert expected and len(expected) < len({article_id(p.url) for p in batch})
    assert load._unchanged(con, batch, hashes) == expected


# --- every list of constants is an index scan --------------------------------------------------------

# A table filtered with a list of constants on an indexed column (what warehouse.changes.lookup_rows sends).
LOOKUP = re.compile(r"FROM (\w+)\s+WHERE (?:article_id|url|entry_url|canonical_url|variant_key) IN \('")


def _scans(con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[object]) -> list[tuple[str, str]]:
    """(table, scan type) of every table scan of `sql`, as run (EXPLAIN ANALYZE)."""
    plan = json.loads(con.execute("EXPLAIN (ANALYZE, FORMAT json) " + sql, params).fetchall()[0][1])
    out: list[tuple[str, str]] = []
    todo = list(plan["operator"])
    while todo:
        node = todo.pop()
        info = node.get("extra_info", {})
        if "Table" in info and "Type" in info:
            out.append((info["Table"].rsplit(".", 1)[-1], info["Type"]))
        todo += node.get("children", [])
    return out


def test_every_lookup_is_an_index_scan(con: duckdb.DuckDBPyConnection) -> None:
    urls = _probe_urls(con)
    members = [r[0] for r in con.execute("SELECT article_id FROM event_members ORDER BY 1").fetchall()]
    batch = [synthetic_article(i) for i in range(0, 60, 3)]
    con.execute("CALL enable_logging('QueryLog')")
    try:
        stored_keys(con, _entries(con), now=NOW)
        identity.load_context(con, urls, ["http://news.example/2023/shared.html"])
        clusters._facts(con, members)
        load._unchanged(con, batch, [hashlib.sha256(p.page.body).hexdigest() for p in batch if p.page])
    finally:
        con.execute("CALL disable_logging()")
    sent = [r[0] for r in con.execute("SELECT message FROM duckdb_logs WHERE type = 'QueryLog'").fetchall()]
    lookups = [(sql, set(LOOKUP.findall(sql))) for sql in sent if LOOKUP.search(sql)]
    looked_up = set().union(*(tables for _, tables in lookups))
    by_alias = {m for sql, _ in lookups for m in re.findall(r"FROM article_aliases\s+WHERE (\w+) IN", sql)}
    assert by_alias == {"entry_url", "variant_key", "article_id"}
    assert {"articles", "article_aliases", "raw_pages", "extractions", "detections", "article_current",
            "event_members", "distrusted_canonicals"} <= looked_up
    # The tables the statements were lent, again.
    con.register("_bamboo_cluster_ids", pa.table({"article_id": pa.array(members, pa.string())}))
    con.register("_bamboo_probe", pa.table({"article_id": [article_id(p.url) for p in batch],
                                            "body_sha256": ["x"] * len(batch),
                                            "extractor_version": ["x"] * len(batch),
                                            "detector_version": ["x"] * len(batch)}))
    for sql, tables in lookups:
        # Nothing but the list filters the table: another condition on it (`body_sha256 <> ''`, a
        # status) made DuckDB scan the table at a million articles, though not at this size.
        assert not re.search(r"IN \('[^()]*'\)\s+AND", sql), sql[:300]
        params = [MAX_FETCH_ATTEMPTS, NOW] if "fetch_attempts < ?" in sql else []
        scans = _scans(con, sql, params)
        assert {t for t, _ in scans} >= tables
        assert all(kind == "Index Scan" for t, kind in scans if t in tables), (sql[:300], scans)
