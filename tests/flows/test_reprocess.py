"""The reprocess flow: stored pages re-extracted and re-detected with no HTTP request at all, new
versions written beside the old ones (real Prefect runs, a real DuckDB file, a loopback site whose
access log proves nothing was fetched)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import duckdb
import pytest

from extractors.article.extract import EXTRACTOR_VERSION
from extractors.core.errors import ConfigError
from extractors.diplomacy import DETECTOR_VERSION
from flows.backfill import backfill
from flows.demo import ReplayServer
from flows.reprocess import reprocess
from tests import FIXTURES
from tests.warehouse_helpers import query_rows
from warehouse.changes import rebuild_all

pytestmark = pytest.mark.usefixtures("prefect_harness")

FIXTURE = FIXTURES / "backfill"
SEPTEMBER = (date(2023, 9, 1), date(2023, 9, 30))
ARTICLES = 4  # in the September window of the fixture site
OLD_DETECTOR, OLD_EXTRACTOR = "diplomacy-0.0.1-old", "article-0-old"
BIDEN = "/news/2023/09/12/biden-hanoi-partnership.html"


def _age_versions(db: Path) -> None:
    """Make the stored results look like an older extractor and a detector that found nothing."""
    con = duckdb.connect(str(db))
    try:
        con.execute(f"UPDATE extractions SET extractor_version = '{OLD_EXTRACTOR}', "
                    "extracted_at = extracted_at - INTERVAL 1 DAY")
        for table in ("detection_events", "detection_tiers"):
            con.execute(f"DELETE FROM {table}")
        con.execute(f"UPDATE detections SET detector_version = '{OLD_DETECTOR}', relevant = false, "
                    "pairs = [], detected_at = detected_at - INTERVAL 1 DAY")
        rebuild_all(con)  # the edits above went behind the loader's back: its current rows follow
    finally:
        con.close()


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory, prefect_harness: None
           ) -> Iterator[tuple[ReplayServer, Path]]:
    """A warehouse backfilled from the fixture site (which stays up, logging any request), with its
    results aged to older versions."""
    tmp = tmp_path_factory.mktemp("reprocess")
    db = tmp / "bamboo.duckdb"
    with ReplayServer(FIXTURE) as site, pytest.MonkeyPatch.context() as mp:
        mp.setenv("BAMBOO_ALLOWED_HOSTS", site.hostport)
        mp.setenv("BAMBOO_PER_HOST_DELAY", "0")
        feeds = tmp / "feeds.toml"
        feeds.write_bytes(site.render("feeds.toml"))
        assert backfill(*SEPTEMBER, feeds_file=str(feeds), db=str(db)).new_articles == ARTICLES
        _age_versions(db)
        yield site, db


def test_reprocess_changes_detections_without_any_http_request(loaded: tuple[ReplayServer, Path]) -> None:
    site, db = loaded
    requests = len(site.log)
    assert query_rows(db, "SELECT count(*) FROM diplomacy_stories") == [(0,)]

    detected = reprocess(*SEPTEMBER, what="detect", db=str(db))
    assert (detected.articles, detected.detected, detected.extracted) == (ARTICLES, ARTICLES, 0)
    assert detected.relevant == 1 and detected.changed == 1
    # The new detector's rows sit beside the old ones; analysts' views show the newest.
    assert query_rows(db, "SELECT detector_version, count(*) FROM detections GROUP BY ALL ORDER BY 1") == [
        (OLD_DETECTOR, ARTICLES), (DETECTOR_VERSION, ARTICLES)]
    assert query_rows(db, "SELECT url, detector_version FROM diplomacy_stories") == [
        (site.url(BIDEN), DETECTOR_VERSION)]

    extracted = reprocess(*SEPTEMBER, what="extract", db=str(db))
    assert (extracted.extracted, extracted.detected, extracted.no_page) == (ARTICLES, 0, 0)
    assert query_rows(db, "SELECT extractor_version, count(*), count(*) FILTER (length(body) > 200) "
                     "FROM extractions GROUP BY ALL ORDER BY 1") == [
        (OLD_EXTRACTOR, ARTICLES, ARTICLES), (EXTRACTOR_VERSION, ARTICLES, ARTICLES)]

    # Both again with the current versions: recomputed in place, nothing added, nothing changed.
    both = reprocess(*SEPTEMBER, what="both", db=str(db))
    assert (both.extracted, both.detected, both.changed) == (ARTICLES, ARTICLES, 0)
    assert query_rows(db, "SELECT count(*) FROM detections") == [(2 * ARTICLES,)]
    assert query_rows(db, "SELECT count(*) FROM extractions") == [(2 * ARTICLES,)]
    assert len(site.log) == requests  # not one HTTP request while reprocessing
    assert query_rows(db, "SELECT flow, status FROM runs WHERE flow = 'reprocess'") == [
        ("reprocess", "completed")] * 3


def test_reprocess_window_and_parameters(loaded: tuple[ReplayServer, Path]) -> None:
    _, db = loaded  # the same warehouse as above: the window's count does not depend on versions
    # Articles are dated by their extracted date: only the Sep 25 article is in this window.
    r = reprocess(date(2023, 9, 20), date(2023, 9, 30), what="detect", db=str(db))
    assert r.articles == 1
    with pytest.raises(ConfigError, match="until=2023-09-01 is before since=2023-09-30"):
        reprocess(date(2023, 9, 30), date(2023, 9, 1), db=str(db))
    with pytest.raises(Exception, match="what"):
        reprocess(*SEPTEMBER, what="everything", db=str(db))  # type: ignore[arg-type]


def test_reprocess_dates_events_with_the_stored_publication_date(loaded: tuple[ReplayServer, Path]) -> None:
    site, db = loaded
    reprocess(*SEPTEMBER, what="detect", db=str(db))
    # "met ... in Hanoi on Sunday", published Tuesday 12 September 2023: the Sunday before it.
    rows = query_rows(db, f"SELECT event_type, event_date, event_date_text, place FROM events "
                          f"WHERE url = '{site.url(BIDEN)}' ORDER BY seq")
    assert rows and rows[0][1:] == (date(2023, 9, 10), "on Sunday", "Hanoi")
