"""Synthetic warehouses of N articles for the scale benchmark, filled with set-based SQL.

Every table the views read gets valid rows: ~100 feeds with their state and polls, articles with one
or two sources and their aliases, page versions (5 % refetched, 1 % failed fetches), extractions with
3-5 KB bodies made of real words from the detector's dev set in shuffled order (en / vi / zh), a
detection per page version (~7 % relevant) with events and tier mentions, one run per 100 articles.
No page files are written. The generated file is cached per size and schema version.
"""

from __future__ import annotations

import json
import random
import shutil
import time
from pathlib import Path
from typing import Any

import pyarrow as pa

from bench.common import shared_data

END = "2026-12-01 00:00:00+00"  # synthetic stories are dated over the two years before this
SPAN_SECONDS = 730 * 86400
FEEDS = 100
PARAGRAPHS = 2000  # per language
CHUNK = 200_000  # articles whose bodies are built per statement (bounds memory)
LANGS = ("en", "vi", "zh")


def paragraphs(seed: int = 14) -> pa.Table:
    """(lang, k, text): PARAGRAPHS paragraphs per language of ~600 bytes, words of the dev set shuffled."""
    words: dict[str, list[str]] = {lang: [] for lang in LANGS}
    for line in (shared_data() / "diplomacy-dev" / "dev.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        lang, text = row["language"][:2], row["title"] + " " + row["text"]
        if lang == "zh":  # no spaces: two-character pieces stand in for words
            words[lang] += [text[i:i + 2] for i in range(0, len(text), 2) if text[i:i + 2].strip()]
        elif lang in words:
            words[lang] += text.split()
    rng = random.Random(seed)
    cols: dict[str, list[Any]] = {"lang": [], "k": [], "text": []}
    for lang, pool in words.items():
        count, sep = (170, "") if lang == "zh" else (85, " ")
        for k in range(PARAGRAPHS):
            cols["lang"].append(lang)
            cols["k"].append(k)
            cols["text"].append(sep.join(rng.choices(pool, k=count)))
    return pa.table(cols)


def _h(*parts: str) -> str:
    """A uniform non-negative BIGINT from the SQL expressions `parts` (the macros `fill` defines)."""
    return f"h{len(parts)}({', '.join(parts)})"


# One row per article: everything later statements derive from it.
_ARTICLES = f"""
CREATE TEMP TABLE synth AS
SELECT i, f, url, substr(sha256(url), 1, 16) AS article_id,
       ['en', 'vi', 'zh'][1 + f % 3] AS lang,
       published_at, published_at + INTERVAL 1 HOUR * (1 + {_h('i', "'seen'")} % 6) AS first_seen_at,
       i % 100 = 99 AS failed, i % 20 = 0 AS refetched, i % 3 = 0 AS two_sources,
       {_h('i', "'rel'")} % 100 < 7 AS relevant
FROM (
    SELECT i, f, published_at,
           'https://outlet' || f || '.example/' || strftime(published_at, '%Y/%m/') || 'story-' || i
               || '.html' AS url
    FROM (SELECT i, (i * 7919) % {FEEDS} AS f,
                 TIMESTAMPTZ '{END}' - INTERVAL 1 SECOND * ({_h('i', "'pub'")} % {SPAN_SECONDS})
                     AS published_at
          FROM range($n) t(i))
)
"""

# One row per page version: v1 for every article ('' = the fetch failed), v2 for refetched ones.
_VERSIONS = """
CREATE TEMP TABLE versions AS
SELECT s.*, v, CASE WHEN failed THEN '' ELSE sha256('v' || v || '-' || url) END AS sha,
       first_seen_at + INTERVAL 2 DAY * (v - 1) AS fetched_at
FROM synth s, (SELECT 1 AS v UNION ALL SELECT 2) vs
WHERE v = 1 OR refetched
"""

_FILL = [
    f"""INSERT INTO feeds SELECT 'synth-' || f, 'https://outlet' || f || '.example/rss.xml', 'Outlet ' || f,
        ['en', 'vi', 'zh'][1 + f % 3], ['UTC', 'Asia/Ho_Chi_Minh', 'Asia/Shanghai'][1 + f % 3],
        ['synthetic'], NULL, NULL, TIMESTAMPTZ '{END}' - INTERVAL 800 DAY, TIMESTAMPTZ '{END}', 'active', NULL
        FROM range({FEEDS}) t(f)""",
    f"""INSERT INTO feed_state SELECT 'synth-' || f, '"etag-' || f || '"', NULL, md5('feed' || f),
        TIMESTAMPTZ '{END}' - INTERVAL 3 HOUR, TIMESTAMPTZ '{END}', TIMESTAMPTZ '{END}',
        TIMESTAMPTZ '{END}' - INTERVAL 1 HOUR, 0, 'ok', NULL, TIMESTAMPTZ '{END}' + INTERVAL 30 MINUTE, 12.5
        FROM range({FEEDS}) t(f)""",
    f"""INSERT INTO runs (run_id, flow, started_at, finished_at, status, params, feeds_polled, feeds_failed,
        new_articles, stories_found, error, prefect_flow_run_id, host, pid, publish_error)
        SELECT 'synth-run-' || r, 'ingest', t0, t0 + INTERVAL 40 SECOND, 'completed', '{{}}', {FEEDS}, 0,
               100, 7, NULL, NULL, 'synthetic', 1, NULL
        FROM (SELECT r, TIMESTAMPTZ '{END}'
                        - INTERVAL 1 SECOND * ({SPAN_SECONDS} - r * {SPAN_SECONDS} // $runs) AS t0
              FROM range($runs) t(r))""",
    f"""INSERT INTO feed_polls SELECT md5('poll' || j), 'synth-run-' || (j * 2 // 3 // 100),
        'synth-' || (j % {FEEDS}),
        'https://outlet' || (j % {FEEDS}) || '.example/rss.xml', t0, t0 + INTERVAL 1 SECOND,
        s, CASE s WHEN 'not_modified' THEN 304 ELSE 200 END, NULL, NULL, '"etag-' || (j % 997) || '"', NULL,
        md5('c' || j), true, 50, CASE s WHEN 'ok' THEN 1 ELSE 0 END, NULL, 'utf-8', t0 + INTERVAL 30 MINUTE
        FROM (SELECT j, ['ok', 'ok', 'ok', 'not_modified', 'unchanged'][1 + {_h('j')} % 5] AS s,
                     TIMESTAMPTZ '{END}' - INTERVAL 1 SECOND * ({_h('j', "'t'")} % {SPAN_SECONDS}) AS t0
              FROM range($polls) t(j))""",
    """INSERT INTO articles SELECT article_id, url, url, 'synth-' || f, 'feed', first_seen_at,
        CASE WHEN failed THEN 'failed' ELSE 'fetched' END,
        CASE WHEN failed THEN 'timeout: read timed out' END,
        1, first_seen_at FROM synth""",
    """INSERT INTO article_sources (article_id, feed_name, link, entry_url, guid, title, summary,
        published_at, published_raw, first_seen_at, lastmod)
        SELECT article_id, 'synth-' || f, url, url, url, 'Story ' || i, 'Summary of story ' || i,
               published_at, strftime(published_at, '%a, %d %b %Y %H:%M:%S +0000'), first_seen_at, NULL
        FROM synth
        UNION ALL
        SELECT article_id, 'synth-' || ((f + 1) % 100), url || '?from=rss', url || '?from=rss', NULL,
               'Story ' || i, NULL, published_at, NULL, first_seen_at + INTERVAL 10 MINUTE, NULL
        FROM synth WHERE two_sources""",
    """INSERT INTO article_aliases
        SELECT url, article_id, url, 'synth-' || f, 'key', first_seen_at FROM synth
        UNION ALL
        SELECT url || '?from=rss', article_id, url, 'synth-' || ((f + 1) % 100), 'entry', first_seen_at
        FROM synth WHERE two_sources""",
    f"""INSERT INTO raw_pages SELECT article_id, sha, url, url,
        CASE WHEN failed THEN NULL ELSE 200 END,
        CASE WHEN failed THEN NULL ELSE 'text/html; charset=utf-8' END,
        fetched_at, CASE WHEN failed THEN 0 ELSE 60000 + {_h('i', 'v')} % 140000 END,
        CASE WHEN failed THEN NULL
             ELSE substr(article_id, 1, 2) || '/' || article_id || '-' || substr(sha, 1, 16)
                  || '.html.zst' END,
        CASE WHEN failed THEN 'timeout' END, CASE WHEN failed THEN url || ': read timed out' END
        FROM versions""",
]

# Bodies: 5-8 paragraphs (lean: 1-4) of the article's language picked by hash; one statement per chunk.
_EXTRACTIONS = r"""
INSERT INTO extractions (article_id, body_sha256, extractor_version, extracted_at, title, author, site_name,
    canonical_url, published_at, date_source, language, body, word_count, method, error)
WITH picks AS (
    SELECT i, v, j, lang, (h3(i, v, j) % 2000)::INTEGER AS k
    FROM (SELECT i, v, lang, unnest(range($paragraphs + (h2(i, 'k') % 4)::INTEGER)) AS j FROM versions
          WHERE i >= $lo AND i < $hi)
), bodies AS (
    SELECT p.i, p.v, string_agg(x.text, chr(10)) AS body  -- unordered: 3x faster, picks are random anyway
    FROM picks p JOIN paragraphs x ON x.lang = p.lang AND x.k = p.k GROUP BY p.i, p.v
)
SELECT article_id, sha, $extractor, fetched_at + INTERVAL 1 SECOND,
       CASE WHEN lang = 'zh' THEN substr(body, 1, 24) ELSE regexp_replace(left(body, 70), '\s+\S*$', '') END,
       'Reporter ' || (i % 500), 'Outlet ' || f, url, published_at,
       ['jsonld', 'meta', 'feed'][1 + i % 3], lang, body,
       CASE WHEN lang = 'zh' THEN length(body) // 2
            ELSE strlen(body) - strlen(replace(body, ' ', '')) + 1 END,
       CASE WHEN failed THEN 'feed' ELSE 'trafilatura' END, NULL
FROM versions JOIN bodies USING (i, v)
"""

_DETECTIONS = [
    """INSERT INTO detections
        SELECT d.article_id, d.sha, $detector, d.fetched_at + INTERVAL 2 SECOND, d.relevant,
        CASE WHEN d.relevant THEN 0.6 + (h2(i, 's') % 40) / 100.0 ELSE (h2(i, 's') % 30) / 100.0 END,
        CASE WHEN d.relevant THEN [['CN-VN'], ['US-VN'], ['CN-US'], ['CN-VN', 'US-VN']][1 + i % 4]
             ELSE []::VARCHAR[] END,
        CASE WHEN d.relevant THEN to_json([x.title]) ELSE '[]' END
        FROM versions d JOIN extractions x ON x.article_id = d.article_id AND x.body_sha256 = d.sha""",
    """INSERT INTO detection_events (article_id, body_sha256, detector_version, seq, event_type, cameo, actor,
        target, people, place, evidence, event_date_text, place_country, event_date)
        SELECT article_id, sha, $detector, seq,
               ['visit', 'meet', 'phone_call', 'sign_agreement', 'statement', 'protest'][1 + h2(i, seq) % 6],
               ['042', '036', '032', '057', '010', '111'][1 + h2(i, seq) % 6],
               ['CHN', 'USA', 'CHN', 'VNM'][1 + i % 4], ['VNM', 'VNM', 'USA', 'CHN'][1 + i % 4],
               [['Wang Yi', 'Bui Thanh Son'], ['Antony Blinken'], ['Xi Jinping', 'To Lam'], []]
                   [1 + h3(i, seq, 'p') % 4],
               ['Hanoi', 'Beijing', 'Washington', NULL][1 + h3(i, seq, 'pl') % 4],
               'Event ' || seq || ' of story ' || i || ' in the capital.',
               strftime(day, '%B %d'),
               ['VNM', 'CHN', 'USA', NULL][1 + h3(i, seq, 'pl') % 4], day
        FROM (SELECT *, CAST(published_at AS DATE) - CAST(h3(i, seq, 'd') % 3 AS INTEGER) AS day
              FROM (SELECT *, unnest(range(1 + (h2(i, 'n') % 3)::INTEGER)) AS seq
                    FROM versions WHERE relevant))""",
    """INSERT INTO detection_tiers SELECT article_id, sha, $detector, 0,
        ['comprehensive_strategic_partnership', 'strategic_partnership',
         'community_with_shared_future'][1 + i % 3],
        ['CN-VN', 'US-VN', 'CN-VN'][1 + i % 3],
        ['comprehensive strategic partnership', 'strategic partnership',
         'community with a shared future'][1 + i % 3]
        FROM versions WHERE relevant AND h2(i, 't') % 4 = 0""",
]


def fill(con: Any, n: int, lean: bool = False) -> None:
    """Fill the empty, migrated warehouse `con` with n synthetic articles (`lean`: bodies of 1-4
    paragraphs instead of 5-8, a quarter of the time, for benches that read no body)."""
    from extractors.article.extract import EXTRACTOR_VERSION
    from extractors.diplomacy.detector import DETECTOR_VERSION

    con.execute("SET enable_progress_bar = false")
    # Bulk inserts into tables with primary keys need more than a run's buffer pool (BAMBOO_DUCKDB_
    # MEMORY_LIMIT, 512MB by default) at a million articles; the generation is not what is measured.
    con.execute("SET memory_limit = '4GB'")
    for arity in (1, 2, 3):  # hash() as a non-negative BIGINT, usable as a list index
        args = ", ".join(f"a{k}" for k in range(arity))
        con.execute(f"CREATE OR REPLACE TEMP MACRO h{arity}({args}) AS CAST(hash({args}) >> 1 AS BIGINT)")
    con.register("paragraphs_arrow", paragraphs())
    con.execute("CREATE TEMP TABLE paragraphs AS SELECT * FROM paragraphs_arrow")
    con.unregister("paragraphs_arrow")
    con.execute(_ARTICLES, {"n": n})
    con.execute(_VERSIONS)
    for sql in _FILL:
        params = {k: v for k, v in (("runs", max(1, n // 100)), ("polls", n * 3 // 2)) if f"${k}" in sql}
        con.execute(sql, params)
    for lo in range(0, n, CHUNK):
        con.execute(_EXTRACTIONS, {"lo": lo, "hi": lo + CHUNK, "extractor": EXTRACTOR_VERSION,
                                   "paragraphs": 1 if lean else 5})
    for sql in _DETECTIONS:
        con.execute(sql, {"detector": DETECTOR_VERSION})
    for table in ("synth", "versions", "paragraphs"):
        con.execute(f"DROP TABLE {table}")


def history(con: Any) -> None:
    """What a warehouse in use holds beside the rows: its stories clustered into events, and already
    seen by the alert rules (as after migration 011), so a measured run does that work for its own
    stories only."""
    from warehouse import clusters

    clusters.assign_history(con)
    con.execute("INSERT INTO alert_articles SELECT article_id, NULL, now() FROM article_current "
                "WHERE relevant ON CONFLICT DO NOTHING")


def generate(db: Path, n: int, lean: bool = False) -> dict[str, Any]:
    """Create warehouse `db` with n synthetic articles and its analyst copy (`lean`: short bodies, the
    stories neither clustered nor seen by the alert rules, no analyst copy); returns timings."""
    from warehouse import snapshot
    from warehouse.changes import rebuild_all
    from warehouse.db import connect

    timings: dict[str, Any] = {}
    started = time.perf_counter()
    with connect(db) as con:
        fill(con, n, lean)
        timings["fill_s"] = time.perf_counter() - started
        t = time.perf_counter()
        rebuild_all(con)  # the rows above were written in SQL, behind the loaders' back
        timings["current_s"] = time.perf_counter() - t
        t = time.perf_counter()
        if not lean:  # clustering every story of a million takes longer than the fill
            history(con)
        timings["events_s"] = time.perf_counter() - t
        con.execute("CHECKPOINT")
        if lean:
            timings["total_s"] = time.perf_counter() - started
            return timings
        t = time.perf_counter()
        snapshot.publish(con, db)
        timings["publish_s"] = time.perf_counter() - t
        # The second generation too, so the measured runs find the analyst copy as a warehouse in use
        # has it: a spare to catch up rather than one to build.
        snapshot.publish(con, db)
        timings["second_publish_s"] = time.perf_counter() - t - timings["publish_s"]
    timings["total_s"] = time.perf_counter() - started
    return timings


def cached(data_dir: Path, n: int, log: Any = print, lean: bool = False) -> tuple[Path, dict[str, Any]]:
    """The cached warehouse of n articles for the current schema version: generated when missing, or
    upgraded from the cache of an older schema version (moved, migrated and published again, as a
    warehouse in use is upgraded). `lean`: short bodies, no analyst copy (generate), cached apart."""
    from warehouse.migrations import latest_version

    name = f"articles-{n}-lean" if lean else f"articles-{n}"
    home = data_dir / f"schema-{latest_version()}" / name
    db, meta = home / "bamboo.duckdb", home / "generation.json"
    if meta.is_file() and db.is_file():
        return db, json.loads(meta.read_text())
    shutil.rmtree(home, ignore_errors=True)
    older = sorted((p for p in data_dir.glob(f"schema-*/{name}/generation.json")
                    if p.parent.parent.name.removeprefix("schema-").isdigit()),
                   key=lambda p: int(p.parent.parent.name.removeprefix("schema-")))
    if older:
        source, schema = older[-1].parent, older[-1].parent.parent.name
        home.parent.mkdir(parents=True, exist_ok=True)
        source.rename(home)
        log(f"upgrading the {n:,}-article warehouse of {schema} in {home} ...")
        timings = {**json.loads(meta.read_text()), **upgrade(db, publish=not lean), "upgraded_from": schema}
    else:
        home.mkdir(parents=True)
        log(f"generating {n:,} synthetic articles into {home} ...")
        timings = generate(db, n, lean)
    timings["bytes"] = db.stat().st_size
    meta.write_text(json.dumps(timings))
    log(f"  done in {timings.get('upgrade_s', timings['total_s']):.1f} s, {timings['bytes'] / 1e6:,.0f} MB")
    return db, timings


def upgrade(db: Path, publish: bool = True) -> dict[str, Any]:
    """Migrate the cached warehouse `db` to the current schema and publish both analyst generations."""
    from warehouse import snapshot
    from warehouse.db import connect

    started = time.perf_counter()
    with connect(db) as con:
        con.execute("SET enable_progress_bar = false")
        con.execute("CHECKPOINT")
        migrated = time.perf_counter() - started
        for _ in range(2 if publish else 0):
            snapshot.publish(con, db)
    return {"upgrade_s": time.perf_counter() - started, "migrate_s": migrated}
