"""`make demo` end to end: the fixture site replayed, ingested by the real flow, events printed."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from flows.demo import ReplayServer
from tests.warehouse_helpers import query_rows
from warehouse.snapshot import analyst_path

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.timeout(600)
# The fixture site's one event reported twice: Hanoi Compass in English, 环球简讯 in Chinese.
BIDEN_PAGES = {"/news/2023/09/us-vietnam-upgrade.html": ("Hanoi Compass", "en"),
               "/news/2023/09/baideng-hanoi.html": ("环球简讯", "zh")}


def demo(db: Path, api_url: str) -> subprocess.CompletedProcess[str]:
    """What `make demo` runs, in its own process, with its warehouse `db` in db's folder."""
    env = {**os.environ, "PREFECT_API_URL": api_url}
    out = subprocess.run([sys.executable, "-m", "flows.demo", "--dir", str(db.parent)], cwd=ROOT, env=env,
                         capture_output=True,
                         text=True, timeout=300, check=False)
    assert out.returncode == 0, out.stderr[-3000:]
    return out


def test_demo_prints_events_and_one_event_holds_two_outlets_in_two_languages(tmp_path: Path,
                                                                              api_url: str) -> None:
    db = tmp_path / "demo.duckdb"
    first = demo(db, api_url)
    base = re.search(r"Replaying \S+ at (http://127\.0\.0\.1:\d+)", first.stdout)
    assert base, first.stdout
    # The run's events, newest reports merged: the Biden visit is one line, not two stories.
    assert "Events: 3 new, 0 with new reports" in first.stdout
    assert re.search(r"\[US-VN\] 2023-09-10 Hanoi — \w+: Joe Biden, Nguyễn Phú Trọng, Phạm Minh Chính; "
                     r"comprehensive strategic partnership — 2 reports, 2 outlets, en/zh\n", first.stdout)
    assert "FROM diplomacy_events" in first.stdout  # the events table is printed too

    rows = query_rows(analyst_path(db), "SELECT event_id, pairs, event_date, place, article_count, "
                                        "outlet_count, languages, article_ids FROM diplomacy_events "
                                        "WHERE article_count > 1")
    assert len(rows) == 1, rows
    event_id, pairs, day, place, count, outlets, languages, article_ids = rows[0]
    assert (pairs, str(day), place, count, outlets, languages) == (
        ["US-VN"], "2023-09-10", "Hanoi", 2, 2, ["en", "zh"])
    members = query_rows(analyst_path(db), "SELECT article_id, url, outlet, language FROM event_articles "
                                           f"WHERE event_id = '{event_id}'")
    assert sorted(a for a, *_ in members) == sorted(article_ids)
    assert {u.removeprefix(base.group(1)): (o, lang) for _, u, o, lang in members} == BIDEN_PAGES
    # Its reports disagree on the type (a visit, a meeting): a tie goes to the earliest report, so the
    # event reads the same on every query.
    [(first_type,)] = query_rows(analyst_path(db), "SELECT event_type FROM event_articles WHERE event_id = "
                                 f"'{event_id}' ORDER BY published_at, article_id LIMIT 1")
    assert query_rows(analyst_path(db), "SELECT DISTINCT event_type FROM diplomacy_events "
                                        f"WHERE event_id = '{event_id}'") == [(first_type,)]
    # Every other story is an event of its own: three events from four stories.
    totals = query_rows(analyst_path(db), "SELECT count(*), sum(article_count) FROM diplomacy_events")
    assert totals == [(3, 4)]
    # make demo run twice tells the same story: tests/test_small_things.py; events that grow over
    # runs keep their ids: tests/test_event_clusters.py.


def _artifact(db: Path, run_id: str) -> str:
    """The markdown summary artifact Prefect holds for bamboo run `run_id`."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId, ArtifactFilterKey

    [(flow_run_id,)] = query_rows(db, f"SELECT prefect_flow_run_id FROM runs WHERE run_id = '{run_id}'")
    with get_client(sync_client=True) as client:
        found = client.read_artifacts(artifact_filter=ArtifactFilter(
            key=ArtifactFilterKey(any_=["ingest-summary"]),
            flow_run_id=ArtifactFilterFlowRunId(any_=[flow_run_id])))
    assert len(found) == 1, found
    return str(found[0].data)


@pytest.mark.usefixtures("prefect_harness")
def test_run_artifact_lists_the_runs_new_events(site: ReplayServer, site_env: Path, db_path: Path) -> None:
    from flows.ingest import ingest

    first = ingest(feeds_file=str(site_env), db=str(db_path), all_feeds=True)
    md = _artifact(db_path, first.run_id)
    new = md[md.index("## New events"):]
    lines = [ln for ln in new.splitlines() if ln.startswith("- ")]
    assert len(lines) == 3 and "Earlier events" not in md  # four stories, three events, all new
    biden = [ln for ln in lines if "2023-09-10 Hanoi" in ln]
    assert len(biden) == 1 and "— 2 reports, 2 outlets, en/zh · " in biden[0], lines
    assert biden[0].startswith("- **US-VN** 2023-09-10 Hanoi — ")
    assert biden[0].endswith(f"({site.url('/news/2023/09/us-vietnam-upgrade.html')})")  # the headline report
    assert {e.line for e in first.events} == {ln.split("** ", 1)[1].split(" · ")[0] for ln in lines}

    # The same site again: nothing new, so no events are listed.
    again = ingest(feeds_file=str(site_env), db=str(db_path), all_feeds=True)
    assert again.new_articles == 0 and again.events == []
    assert "events" not in _artifact(db_path, again.run_id).lower()
