"""`make demo` end to end, run twice: the fixture site replayed, ingested by the real flow, events printed."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

from flows.demo import ReplayServer
from tests import ROOT
from tests.warehouse_helpers import query_rows
from warehouse.snapshot import analyst_path

pytestmark = pytest.mark.timeout(600)
# The fixture site's one event reported twice: Hanoi Compass in English, 环球简讯 in Chinese.
BIDEN_PAGES = {"/news/2023/09/us-vietnam-upgrade.html": ("Hanoi Compass", "en"),
               "/news/2023/09/baideng-hanoi.html": ("环球简讯", "zh")}


@pytest.fixture(scope="module")
def demo_runs(tmp_path_factory: pytest.TempPathFactory, api_url: str) -> tuple[Path, list[str]]:
    """`make demo` run twice into one folder: first as on a fresh machine (a temporary Prefect API of
    its own), then against the session's API. The folder and what each run printed."""
    folder = tmp_path_factory.mktemp("demo")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BAMBOO_", "PREFECT_API"))}
    env["PREFECT_HOME"] = str(folder / "prefect")
    printed = []
    for run_env in (env, {**env, "PREFECT_API_URL": api_url}):
        # -o: the checkout is installed already; `make demo` would otherwise check the install first.
        out = subprocess.run(["make", "-s", "-o", ".venv/.installed-stamp", "demo", f"DEMO_DIR={folder}"],
                             cwd=ROOT, env=run_env, capture_output=True, text=True, timeout=400)
        assert out.returncode == 0, out.stdout + out.stderr[-3000:]
        printed.append(out.stdout)
    return folder / "demo.duckdb", printed


def test_make_demo_twice_tells_the_same_story(demo_runs: tuple[Path, list[str]]) -> None:
    """The second demo replays the site anew (on a port of its own) and still finds the stories."""
    db, printed = demo_runs
    for out in printed:
        assert len(re.findall(r"Replaying \S+ at http://127\.0\.0\.1:\d+", out)) == 1, out
        assert re.findall(r"^Diplomacy stories found: (\d+)$", out, re.M) == ["4"]
        assert "Events: 3 new, 0 with new reports" in out  # the same events, not grown
        assert "comprehensive strategic partnership — 2 reports, 2 outlets, en/zh" in out
    assert query_rows(db, "SELECT count(*) FROM runs") == [(1,)]  # a fresh warehouse


def test_demo_prints_events_and_one_event_holds_two_outlets_in_two_languages(
        demo_runs: tuple[Path, list[str]]) -> None:
    db, printed = demo_runs
    last = printed[-1]  # the warehouse is the last run's
    base = re.search(r"Replaying \S+ at (http://127\.0\.0\.1:\d+)", last)
    assert base, last
    # The run's events, newest reports merged: the Biden visit is one line, not two stories.
    for out in printed:
        assert "Events: 3 new, 0 with new reports" in out
        assert re.search(r"\[US-VN\] 2023-09-10 Hanoi — \w+: Joe Biden, Nguyễn Phú Trọng, Phạm Minh Chính; "
                         r"comprehensive strategic partnership — 2 reports, 2 outlets, en/zh\n", out)
        assert "FROM diplomacy_events" in out  # the events table is printed too

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
    # Events that grow over runs keep their ids: tests/diplomacy/test_event_clusters.py.


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
