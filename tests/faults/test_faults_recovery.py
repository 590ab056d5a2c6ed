"""Nothing lost, nothing stalled: exports that keep rows outside their window, backfills whose
discovery failed, corrupt page files and damaged warehouses, a failed publish, sitemap-only dates.

Every test runs the installed `bamboo` command in its own process against loopback servers and real
DuckDB files, as a user would; a command a test repeats runs again in the test's own process
(tests.runs.bamboo_here: the same command, output and exit code, without starting a process)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import duckdb
import pytest

from flows.demo import ReplayServer
from tests import FIXTURES
from tests.runs import NO_HEARTBEATS, bamboo_here
from tests.warehouse_helpers import query_rows
from warehouse.db import BLOCK_SIZE

BAMBOO = str(Path(sys.executable).with_name("bamboo"))
pytestmark = pytest.mark.timeout(600)
_api: dict[str, str] = {}


@pytest.fixture(autouse=True, scope="module")
def _shared_api(prefect_harness: None) -> None:
    """The session's Prefect API, shared by the `bamboo` subprocesses: each starts in ~2-3 s instead of
    starting an API of its own (~5-8 s)."""
    from prefect.settings import PREFECT_API_URL

    _api["url"] = str(PREFECT_API_URL.value())


def bamboo(args: Sequence[str], tmp_path: Path, server: ReplayServer | None = None,
           timeout: float = 300, here: bool = False) -> subprocess.CompletedProcess[str]:
    """One `bamboo` command in its own process (in this one when `here`), with only `server` allowed."""
    env = {**os.environ, "BAMBOO_PER_HOST_DELAY": "0", "BAMBOO_CONNECT_TIMEOUT": "2",
           "BAMBOO_READ_TIMEOUT": "10", "PREFECT_API_URL": _api["url"], **NO_HEARTBEATS}
    if server is not None:
        env["BAMBOO_ALLOWED_HOSTS"] = server.hostport
    if here:
        return bamboo_here(args, env)
    return subprocess.run([BAMBOO, *args], env=env, capture_output=True, text=True, timeout=timeout)


def ingested(site: ReplayServer, tmp_path: Path, db: Path) -> None:
    """The fixture site ingested into `db` by `bamboo ingest` (in this process: the set-up of a test
    about another command; case 08 runs ingest in a process of its own)."""
    feeds = tmp_path / "feeds.toml"
    feeds.write_bytes(site.render("feeds.toml"))
    out = bamboo(["ingest", "--feeds", str(feeds), "--db", str(db)], tmp_path, site, here=True)
    assert out.returncode == 0, out.stderr


def parquet_rows(folder: Path, column: str = "article_id") -> list[str]:
    """Every value of `column` in a dataset folder's Parquet files (duplicates kept)."""
    glob = str(folder / "**" / "*.parquet").replace("'", "''")
    return sorted(r[0] for r in duckdb.sql(f"SELECT {column} FROM read_parquet('{glob}')").fetchall())


def test_case_05_export_window_keeps_rows_outside_it(site: ReplayServer, tmp_path: Path,
                                                      db_path: Path) -> None:
    ingested(site, tmp_path, db_path)
    september = query_rows(db_path, "SELECT article_id, published_at FROM article_view "
                                    "WHERE published_at >= '2023-09-01' AND published_at < '2023-10-01'")
    early = [a for a, when in september if when.day < 10]
    assert len(september) >= 4 and early  # rows before the 10th, to be kept
    out = tmp_path / "out"
    analyst = db_path.with_name("bamboo.analyst.duckdb")
    full = ["export", "--parquet", str(out), "--db", str(analyst), "--since", "2023-09-01", "--until",
            "2023-09-30"]
    assert bamboo(full, tmp_path).returncode == 0
    assert parquet_rows(out / "articles") == sorted(a for a, _ in september)
    events = parquet_rows(out / "events")
    for _ in range(2):  # a narrower window, twice: nothing lost, nothing doubled
        part = bamboo(["export", "--parquet", str(out), "--db", str(analyst), "--since", "2023-09-10",
                       "--until", "2023-09-30"], tmp_path, here=True)
        assert part.returncode == 0, part.stderr
        assert parquet_rows(out / "articles") == sorted(a for a, _ in september)
        assert parquet_rows(out / "events") == events
    assert sorted(p.name for p in (out / "articles").iterdir()) == ["month=2023-09"]


def test_case_08_publish_failure_leaves_the_run_completed(site: ReplayServer, tmp_path: Path,
                                                          db_path: Path) -> None:
    feeds = tmp_path / "feeds.toml"
    feeds.write_bytes(site.render("feeds.toml"))
    analyst = db_path.with_name("bamboo.analyst.duckdb")
    analyst.mkdir(parents=True)  # a directory where the analyst copy goes: it cannot be replaced
    run = ["ingest", "--all", "--feeds", str(feeds), "--db", str(db_path)]
    first = bamboo(run, tmp_path, site)
    assert first.returncode == 0, first.stderr
    assert "New articles: 7" in first.stdout
    assert "Traceback" not in first.stderr
    assert first.stderr.count("analyst copy not updated") == 1
    rows = query_rows(db_path, "SELECT status, new_articles, publish_error FROM runs")
    assert [(s, n) for s, n, _ in rows] == [("completed", 7)]
    assert str(analyst) in rows[0][2] and "could not publish the analyst copy" in rows[0][2]
    assert [p.name for p in analyst.parent.iterdir() if ".tmp" in p.name] == []  # no copy leaked

    analyst.rmdir()  # the location is fixed: the next run publishes
    assert bamboo(run, tmp_path, site, here=True).returncode == 0
    published = analyst.read_bytes()
    assert query_rows(analyst, "SELECT count(*), count(publish_error) FROM runs") == [(2, 1)]

    # A publish that fails before the move (a leftover it cannot clear) keeps the previous copy.
    blocker = analyst.with_name(analyst.name + ".tmp-stuck")
    (blocker / "inside").mkdir(parents=True)
    third = bamboo(run, tmp_path, site, here=True)
    assert third.returncode == 0, third.stderr
    assert analyst.read_bytes() == published
    assert query_rows(db_path, "SELECT status, publish_error IS NOT NULL FROM runs ORDER BY started_at"
                      ) == [("completed", True), ("completed", False), ("completed", True)]


BACKFILL = FIXTURES / "backfill"
BACKFILLED = {"/news/2023/09/03/lao-cai-rail-survey.html", "/news/2023/09/12/biden-hanoi-partnership.html",
              "/story/mekong-water-talks.html", "/news/2023/09/25/port-upgrade-cai-mep.html"}
DOWN = (500, {"Content-Type": "text/plain"}, b"down")


def backfill_run(site: ReplayServer, tmp_path: Path, db: Path, here: bool = True
                 ) -> subprocess.CompletedProcess[str]:
    feeds = tmp_path / "bf-feeds.toml"
    feeds.write_bytes(site.render("feeds.toml"))
    return bamboo(["backfill", "--since", "2023-09-01", "--until", "2023-09-30", "--feeds", "delta-dispatch",
                   "--feeds-file", str(feeds), "--db", str(db)], tmp_path, site, here=here)


def loaded(db: Path, site: ReplayServer) -> set[str]:
    return {u.removeprefix(site.base) for (u,) in query_rows(db, "SELECT url FROM articles")}


def test_case_06_failed_discovery_is_not_checkpointed(tmp_path: Path) -> None:
    with ReplayServer(BACKFILL) as site:
        db = tmp_path / "all" / "bamboo.duckdb"
        site.extra["/robots.txt"] = DOWN  # discovery fails everywhere
        down = backfill_run(site, tmp_path, db, here=False)
        assert down.returncode == 1, down.stdout + down.stderr
        assert "No feed could be reached (1 of 1 failed)" in down.stdout
        assert "Traceback" not in down.stderr
        assert query_rows(db, "SELECT count(*) FROM backfill_chunks") == [(0,)]
        assert query_rows(db, "SELECT status FROM backfills") == [("running",)]
        del site.extra["/robots.txt"]
        for _ in range(2):  # the rerun retries every chunk and completes; one more starts afresh
            up = backfill_run(site, tmp_path, db)
            assert up.returncode == 0, up.stderr
            assert loaded(db, site) == BACKFILLED
        assert query_rows(db, "SELECT status, count(chunk) FROM backfills LEFT JOIN backfill_chunks "
                              "USING (backfill_id) GROUP BY ALL") == [("completed", 12)]
        assert query_rows(db, "SELECT count(*) FROM backfills") == [(2,)]

        # Partial failure: one sitemap of the index fails. What was found loads; nothing is checkpointed.
        db = tmp_path / "partial" / "bamboo.duckdb"
        site.extra["/sitemaps/sitemap-2023-09.xml"] = DOWN
        part = backfill_run(site, tmp_path, db)
        assert part.returncode == 0, part.stderr
        assert "Backfill not complete: discovery failed for delta-dispatch (1 documents failed" in part.stdout
        assert loaded(db, site) == {"/news/2023/09/25/port-upgrade-cai-mep.html"}
        assert query_rows(db, "SELECT count(*) FROM backfill_chunks") == [(0,)]
        del site.extra["/sitemaps/sitemap-2023-09.xml"]
        again = backfill_run(site, tmp_path, db)
        assert again.returncode == 0 and "Backfill not complete" not in again.stdout
        assert loaded(db, site) == BACKFILLED
        assert query_rows(db, "SELECT count(*), any_value(status) FROM backfill_chunks "
                              "JOIN backfills USING (backfill_id)") == [(6, "completed")]


def test_case_07_corrupt_page_files_cost_their_article_only(site: ReplayServer, tmp_path: Path,
                                                             db_path: Path) -> None:
    ingested(site, tmp_path, db_path)
    pages = query_rows(db_path, "SELECT article_id, body_path FROM raw_pages WHERE body_path IS NOT NULL "
                                "ORDER BY article_id")
    assert len(pages) == 7
    store = db_path.with_name("bamboo.pages")
    truncated, garbage = store / pages[0][1], store / pages[1][1]
    truncated.write_bytes(truncated.read_bytes()[: truncated.stat().st_size // 2])
    garbage.write_bytes(b"not a zstd frame at all" * 10)
    window = ["reprocess", "--since", "2000-01-01", "--until", "2099-12-31", "--what", "extract", "--db",
              str(db_path)]
    for rerun in (False, True):  # every rerun gets as far
        out = bamboo(window, tmp_path, here=rerun)
        assert out.returncode == 0, out.stderr
        assert "Traceback" not in out.stderr
        assert "Articles in the window: 7; re-extracted: 5; re-detected: 0; no stored page: 2 (2 corrupt)" \
            in out.stdout
        lines = [ln for ln in out.stderr.splitlines() if "page_corrupt:" in ln]
        assert len(lines) == 2 and all("is corrupt" in ln for ln in lines)
        assert query_rows(db_path, "SELECT article_id FROM raw_pages WHERE error_kind = 'page_corrupt' "
                                   "ORDER BY 1") == [(pages[0][0],), (pages[1][0],)]



def test_case_07_damaged_warehouse_is_one_line_for_every_command(site: ReplayServer, tmp_path: Path,
                                                                 db_path: Path) -> None:
    # A truncated warehouse: every command that opens it says so in one line, and what to do.
    ingested(site, tmp_path, db_path)
    window = ["reprocess", "--since", "2000-01-01", "--until", "2099-12-31", "--what", "extract", "--db",
              str(db_path)]
    data = db_path.read_bytes()
    db_path.write_bytes(data[: len(data) // 2])
    feeds, backfill_feeds = tmp_path / "feeds.toml", tmp_path / "backfill.toml"
    backfill_feeds.write_text(f'[[feed]]\nname = "site"\nurl = "{site.url("/vn-diplomacy.xml")}"\n'
                              f'outlet = "Site"\nsitemap = "{site.url("/robots.txt")}"\n')
    commands = [["ingest", "--feeds", str(feeds), "--db", str(db_path)], window,
                ["backfill", "--since", "2023-09-01", "--until", "2023-09-30", "--feeds-file",
                 str(backfill_feeds), "--db", str(db_path)],
                ["sql", "--db", str(db_path), "SELECT count(*) FROM articles"],
                ["export", "--parquet", str(tmp_path / "out"), "--db", str(db_path)],
                ["report", "--db", str(db_path), "--out", str(tmp_path / "r.html")]]
    # The flows' commands in a process of their own (here the test would also read Prefect's task-run
    # records with their tracebacks, which a `bamboo` process does not print), the others in this one.
    for command in commands:
        out = bamboo(command, tmp_path, site, here=command[0] in ("sql", "export", "report"))
        assert out.returncode == 1, (command, out.stdout, out.stderr)
        assert "Traceback" not in out.stderr
        errors = [ln for ln in out.stderr.splitlines() if ln.startswith("Error:")]
        analyst = db_path.with_name("bamboo.analyst.duckdb")
        assert len(errors) == 1, command
        assert errors[0].startswith(f"Error: {db_path}: the warehouse file is damaged (truncated: "
                                    f"{len(data) // 2} bytes, not a whole number of its {BLOCK_SIZE}-byte "
                                    "blocks; IO Error: Could not read enough bytes"), (command, errors[0])
        assert errors[0].endswith(f"); restore it from a backup or from the analyst copy ({analyst}: copy it "
                                  "over bamboo.duckdb), then rerun"), command

    # Damage DuckDB finds only when it reads the blocks: the same one line, where it reads them.
    broken = bytearray(data)
    for block in range(3 * 4096, len(broken), BLOCK_SIZE):
        broken[block + 100:block + 200] = b"\x55" * 100
    db_path.write_bytes(bytes(broken))
    for command in (commands[0], commands[3], commands[4]):
        out = bamboo(command, tmp_path, site, here=True)
        assert out.returncode == 1, (command, out.stdout, out.stderr)
        assert "Traceback" not in out.stderr
        errors = [ln for ln in out.stderr.splitlines() if ln.startswith("Error:")]
        assert len(errors) == 1 and f"Error: {db_path}: the warehouse file is damaged (" in errors[0], command
        assert errors[0].endswith(f"restore it from a backup or from the analyst copy ({analyst}: copy it "
                                  "over bamboo.duckdb), then rerun"), command


PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | Delta Dispatch</title>{meta}</head>
<body><main><article><h1>{title}</h1>
<p>Officials from thirteen Mekong Delta provinces met researchers in Can Tho to compare measurements of
saltwater intrusion during the last dry season, and agreed to share sensor readings every week.</p>
<p>Rice growers in Ben Tre and Tra Vinh have begun to switch some fields to shrimp farming or to
salt-tolerant varieties, and the provinces asked for more reservoirs along the coast.</p>
</article></main></body></html>
"""


def lastmod_site(root: Path) -> Path:
    """A site whose sitemap dates two pages by <lastmod> only: one page has no date of its own."""
    (root / "story").mkdir(parents=True)
    (root / "story" / "undated.html").write_text(PAGE.format(title="Salt reaches further up the delta",
                                                             meta=""))
    (root / "story" / "dated.html").write_text(PAGE.format(
        title="Provinces share sensor readings",
        meta='<meta property="article:published_time" content="2023-09-05T09:00:00+07:00">'))
    (root / "sitemap.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        + "".join(f"<url><loc>{{{{BASE}}}}/story/{name}.html</loc>"
                  "<lastmod>2023-09-14T10:00:00Z</lastmod></url>\n" for name in ("undated", "dated"))
        + "</urlset>\n")
    (root / "feeds.toml").write_text('[[feed]]\nname = "delta"\nurl = "{{BASE}}/feed.xml"\noutlet = "Delta"\n'
                                     'sitemap = "{{BASE}}/sitemap.xml"\n')
    return root


def test_case_15_sitemap_lastmod_dates_an_undated_backfilled_page(tmp_path: Path, db_path: Path) -> None:
    with ReplayServer(lastmod_site(tmp_path / "site")) as site:
        feeds = tmp_path / "lastmod-feeds.toml"
        feeds.write_bytes(site.render("feeds.toml"))
        out = bamboo(["backfill", "--since", "2023-09-01", "--until", "2023-09-30", "--feeds-file",
                      str(feeds), "--db", str(db_path)], tmp_path, site)
        assert out.returncode == 0, out.stderr
    dates = "SELECT split_part(url, '/', -1), strftime(published_at, '%Y-%m-%d %H:%M'), date_source " \
            "FROM extractions JOIN articles USING (article_id) ORDER BY 1"
    expected = [("dated.html", "2023-09-05 02:00", "meta"), ("undated.html", "2023-09-14 10:00", "sitemap")]
    assert query_rows(db_path, dates) == expected
    for _ in range(2):  # the lastmod day's window finds the undated page (only), on every rerun
        again = bamboo(["reprocess", "--since", "2023-09-14", "--until", "2023-09-14", "--what", "extract",
                        "--db", str(db_path)], tmp_path, here=True)
        assert again.returncode == 0, again.stderr
        assert "Articles in the window: 1; re-extracted: 1" in again.stdout
        assert query_rows(db_path, dates) == expected
