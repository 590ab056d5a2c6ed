"""Alerts for real: `bamboo` runs over the loopback fixture site POST to a loopback webhook receiver,
`bamboo watch` polls the analyst copy, and the Prefect automations send a failed run and the runs'
alert events through a webhook block from the session's Prefect server.

Each command runs first as a `bamboo` process of its own; its repeats, and the ingests that only set
up a warehouse for `watch`, run the same command in the test's process (tests.runs.bamboo_here).
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from flows.demo import ReplayServer
from tests import FIXTURES, ROOT
from tests.loopback import Conn, LoopbackServer, send
from tests.runs import bamboo_env, bamboo_here
from tests.warehouse_helpers import query_rows

pytestmark = pytest.mark.timeout(600)

BAMBOO = str(Path(sys.executable).with_name("bamboo"))
WAIT = 240.0  # seconds for the server's automations to act, on a busy 2-core machine


class Receiver:
    """A webhook receiver on the loopback server that records the JSON body of every POST."""

    def __init__(self, server: LoopbackServer) -> None:
        self.posts: list[dict[str, Any]] = []
        self.url = server.url("/hook")
        self._arrived = threading.Condition()
        server.routes["/hook"] = self._receive

    def _receive(self, c: Conn) -> str:
        with self._arrived:
            self.posts.append(json.loads(c.body))
            self._arrived.notify_all()
        return send(c, 204)

    def wait_for(self, pred: Any, timeout: float = WAIT) -> list[dict[str, Any]]:
        """The posts once one of them satisfies `pred`, checked as each POST arrives (fails after
        `timeout` seconds)."""
        with self._arrived:
            if self._arrived.wait_for(lambda: any(pred(p) for p in self.posts), timeout=timeout):
                return list(self.posts)
        raise AssertionError(f"no matching POST within {timeout:.0f} s; got {self.posts}")


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    with LoopbackServer(lifetime=900) as server:
        yield Receiver(server)


def _env(site: ReplayServer, tmp_path: Path, api_url: str, receiver: Receiver,
         **extra: str) -> dict[str, str]:
    settings = {"BAMBOO_DB": str(tmp_path / "wh" / "bamboo.duckdb"),
                "BAMBOO_STATE_DIR": str(tmp_path / "state"),
                "BAMBOO_ALERT_WEBHOOK": receiver.url, "BAMBOO_ALERT_MIN_STORIES": "2"}
    return bamboo_env(api_url, site.hostport, **{**settings, **extra})


def _bamboo(env: dict[str, str], *args: str, ok: bool = True, here: bool = False
            ) -> subprocess.CompletedProcess[str]:
    """`bamboo ARGS` in a process of its own, or in this one when `here` (a repeat of a command the
    test has already run in a process: tests.runs.bamboo_here)."""
    if here:
        out = bamboo_here(args, env)
    else:
        out = subprocess.run([BAMBOO, *args], env=env, capture_output=True, text=True, timeout=300)
    if ok:
        assert out.returncode == 0, out.stdout + out.stderr
    return out


def _feeds(site: ReplayServer, tmp_path: Path) -> str:
    feeds = tmp_path / "feeds.toml"
    feeds.write_bytes(site.render("feeds.toml"))
    return str(feeds)


def test_a_run_posts_each_alert_once_and_a_run_with_nothing_new_none(
        site: ReplayServer, tmp_path: Path, api_url: str, receiver: Receiver) -> None:
    """No automation on the server: the run POSTs its alerts itself, remembers them, never twice."""
    env = _env(site, tmp_path, api_url, receiver)
    feeds = _feeds(site, tmp_path)
    _bamboo(env, "ingest", "--feeds", feeds)
    stories = [p for p in receiver.posts if p["kind"] == "stories"]
    assert len(stories) == 1, receiver.posts
    assert stories[0]["source"] == "bamboo" and stories[0]["details"]["count"] == 4
    assert stories[0]["subject"] == "4 new diplomacy stories"
    assert "Ruan Fuzhong" in stories[0]["text"]
    assert sorted(p["details"]["pair"] for p in receiver.posts if p["kind"] == "pair") == ["CN-VN", "US-VN"]
    ids = [p["alert_id"] for p in receiver.posts]
    assert len(ids) == len(set(ids))
    db = tmp_path / "wh" / "bamboo.duckdb"
    rows = query_rows(db, "SELECT alert_id, delivered_via, delivered_at IS NOT NULL, delivery_error "
                          "FROM alerts ORDER BY alert_id")
    assert sorted(r[0] for r in rows) == sorted(ids)
    assert all(r[1:] == ("webhook", True, None) for r in rows), rows

    for _ in range(2):  # the same feeds again, every one polled: nothing new, no alert
        again = _bamboo(env, "ingest", "--feeds", feeds, "--all", here=True)
        assert "Alerts not" not in again.stdout + again.stderr
    assert [p["alert_id"] for p in receiver.posts] == ids


def test_a_webhook_that_fails_is_one_line_and_a_column_and_the_run_goes_on(
        site: ReplayServer, tmp_path: Path, api_url: str, receiver: Receiver) -> None:
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{s.getsockname()[1]}/hook"
    env = _env(site, tmp_path, api_url, receiver, BAMBOO_ALERT_WEBHOOK=dead)
    out = _bamboo(env, "ingest", "--feeds", _feeds(site, tmp_path))
    assert "Diplomacy stories found: 4" in out.stdout
    lines = [ln for ln in (out.stdout + out.stderr).splitlines() if "not delivered" in ln]
    assert len(lines) == 1 and "7 of 7 alerts not delivered" in lines[0], lines
    errors = query_rows(tmp_path / "wh" / "bamboo.duckdb",
                        "SELECT delivery_error FROM alerts WHERE kind = 'stories'")
    assert len(errors) == 1 and "ConnectError" in errors[0][0]
    assert query_rows(tmp_path / "wh" / "bamboo.duckdb",
                      "SELECT count(*) FROM alerts WHERE delivery_error IS NULL OR delivered_at IS NOT NULL"
                      ) == [(0,)]


def test_watch_posts_what_is_new_since_it_started_once(
        site: ReplayServer, tmp_path: Path, api_url: str, receiver: Receiver) -> None:
    """`bamboo watch` on the analyst copy: the first poll takes what is there as seen."""
    env = _env(site, tmp_path, api_url, receiver, BAMBOO_ALERT_WEBHOOK="", BAMBOO_ALERT_MIN_STORIES="1")
    _bamboo(env, "ingest", "--feed-url", site.url("/cn-world.atom"), here=True)  # a CN-VN, two US-VN stories
    watch_env = {**env, "BAMBOO_ALERT_WEBHOOK": receiver.url}
    first = _bamboo(watch_env, "watch", "--once")
    assert "3 stories already there taken as seen" in first.stdout
    assert receiver.posts == []

    _bamboo(env, "ingest", "--feeds", _feeds(site, tmp_path), here=True)  # one more story, about both pairs
    second = _bamboo(watch_env, "watch", "--once", here=True)
    stories = [p for p in receiver.posts if p["kind"] == "stories"]
    assert len(stories) == 1 and stories[0]["details"]["count"] == 1 and "Ruan Fuzhong" in stories[0]["text"]
    assert not [p for p in receiver.posts if p["kind"] == "pair"]  # both pairs were known
    assert "ALERT stories: 1 new diplomacy story" in second.stdout
    sent = len(receiver.posts)

    third = _bamboo(watch_env, "watch", "--once", here=True)
    assert "ALERT" not in third.stdout and len(receiver.posts) == sent


@pytest.fixture
def automations(api_url: str) -> Iterator[None]:
    """Whatever `bamboo alerts setup` creates on the session's server is removed afterwards."""
    yield
    from prefect.blocks.core import Block
    from prefect.client.orchestration import get_client

    from flows.alerting import ALERT_AUTOMATION, FAILURE_AUTOMATION, WEBHOOK_BLOCK

    with get_client(sync_client=True) as client:
        for name in (ALERT_AUTOMATION, FAILURE_AUTOMATION):
            for a in client.read_automations_by_name(name):
                client.delete_automation(a.id)
    Block.delete(f"custom-webhook/{WEBHOOK_BLOCK}")


def test_automations_send_a_failed_run_and_the_alert_events_through_the_webhook_block(
        site: ReplayServer, tmp_path: Path, api_url: str, receiver: Receiver, automations: None) -> None:
    """`bamboo alerts setup` on a real Prefect server: a failing ingest and a run's alert events
    reach the receiver through the automations and the webhook block, not from the run itself."""
    env = _env(site, tmp_path, api_url, receiver)
    setup = _bamboo(env, "alerts", "setup")
    assert "Automation ready: bamboo: alert" in setup.stdout
    assert "Automation ready: bamboo: run failed" in setup.stdout

    # A run that fails inside its flow run: a scheduler address of no Dask scheme is refused at once
    # (an unreachable one took the client's 10 s connect floor; that failure is tests/flows/test_dask.py's).
    failed = _bamboo({**env, "BAMBOO_DASK_ADDRESS": "http://127.0.0.1:8786"}, "ingest", "--feeds",
                     _feeds(site, tmp_path), ok=False)
    assert "not a Dask scheduler address" in failed.stdout + failed.stderr
    assert failed.returncode != 0
    posts = receiver.wait_for(lambda p: p.get("subject") == "Bamboo Wire ingest run failed")
    failure = next(p for p in posts if p.get("subject") == "Bamboo Wire ingest run failed")
    assert failure["source"] == "prefect-automation" and "Failed" in failure["text"]
    assert not [p for p in posts if p.get("source") == "bamboo"]  # the run did not post it itself

    _bamboo(env, "ingest", "--feeds", _feeds(site, tmp_path))
    posts = receiver.wait_for(lambda p: p.get("subject") == "4 new diplomacy stories")
    receiver.wait_for(lambda p: p.get("subject") == "New pair in the news: US-VN")
    stories = [p for p in receiver.posts if p.get("subject") == "4 new diplomacy stories"]
    assert len(stories) == 1 and "Ruan Fuzhong" in stories[0]["text"]
    assert not [p for p in receiver.posts if p.get("source") == "bamboo"]
    via = query_rows(tmp_path / "wh" / "bamboo.duckdb", "SELECT DISTINCT delivered_via FROM alerts")
    assert via == [("prefect-event",)]


def _report_site(root: Path, reports: list[dict[str, Any]]) -> None:
    """A feed listing `reports` (from the cluster fixtures) and one HTML page each, under `root`."""
    from html import escape

    items = []
    for r in reports:
        path = f"/news/{r['id']}.html"
        paras = "".join(f"<p>{escape(p)}</p>" for p in r["text"].split("\n"))
        (root / "news").mkdir(parents=True, exist_ok=True)
        (root / path.lstrip("/")).write_text(
            f"<html><head><title>{escape(r['title'])}</title><meta property=\"article:published_time\" "
            f"content=\"{r['published_at']}\"></head><body><article><h1>{escape(r['title'])}</h1>{paras}"
            "</article></body></html>", encoding="utf-8")
        items.append(f"<item><title>{escape(r['title'])}</title><link>{{{{BASE}}}}{path}</link>"
                     f"<guid>{{{{BASE}}}}{path}</guid></item>")
    (root / "feed.xml").write_text(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Reports</title>"
        f"<link>{{{{BASE}}}}/</link>{''.join(items)}</channel></rss>", encoding="utf-8")
    (root / "feeds.toml").write_text('[[feed]]\nname = "reports"\nurl = "{{BASE}}/feed.xml"\n'
                                     'outlet = "Pacific Wire"\nlanguage = "en"\n', encoding="utf-8")


def test_an_event_is_alerted_once_when_its_reports_reach_the_threshold(
        prefect_harness: None, tmp_path: Path, receiver: Receiver, monkeypatch: pytest.MonkeyPatch) -> None:
    """Runs over the same warehouse: one report of an event (under 2), its second (an alert), nothing new."""
    from flows.ingest import ingest
    from flows.local import local_run
    from tests.cluster_fixtures import read_jsonl

    fixtures = FIXTURES / "clusters"
    reports = {r["id"]: r for r in read_jsonl(fixtures / "reports.jsonl")}
    root = tmp_path / "site"
    db = tmp_path / "wh" / "bamboo.duckdb"
    for k, v in {"BAMBOO_ALERT_WEBHOOK": receiver.url, "BAMBOO_ALERT_MIN_REPORTS": "2",
                 "BAMBOO_ALERT_MIN_STORIES": "0", "BAMBOO_PER_HOST_DELAY": "0", "BAMBOO_WORKERS": "1",
                 "BAMBOO_MIN_BODY_CHARS": "50"}.items():
        monkeypatch.setenv(k, v)
    _report_site(root, [reports["cr-015"]])
    with ReplayServer(root) as site, local_run():
        monkeypatch.setenv("BAMBOO_ALLOWED_HOSTS", site.hostport)
        feeds = tmp_path / "feeds.toml"
        feeds.write_bytes(site.render("feeds.toml"))
        first = ingest(feeds_file=str(feeds), db=str(db), all_feeds=True)
        assert len(first.stories) == 1
        assert not [p for p in receiver.posts if p["kind"] == "event"]

        _report_site(root, [reports["cr-015"], reports["cr-016"]])
        ingest(feeds_file=str(feeds), db=str(db), all_feeds=True)
        events = [p for p in receiver.posts if p["kind"] == "event"]
        assert len(events) == 1, receiver.posts
        assert events[0]["details"]["article_count"] == 2
        assert events[0]["subject"].startswith("New event: ") and events[0]["subject"].endswith("(2 reports)")

        sent = len(receiver.posts)
        ingest(feeds_file=str(feeds), db=str(db), all_feeds=True)
        assert len(receiver.posts) == sent


def test_watch_help_lists_every_kind_the_rules_raise() -> None:
    """`bamboo watch --help` names each alert kind its rules raise (the event rule was once left out)."""
    import re

    from warehouse.alerts import RULES

    doc = (ROOT / "docs" / "alerts.md").read_text(encoding="utf-8")
    documented = re.findall(r"^\| `(\w+)` \|", doc.split("## What raises an alert")[1], re.MULTILINE)
    assert [r.kind for r in RULES] == documented  # the rules are the documented ones
    out = subprocess.run([BAMBOO, "watch", "--help"], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    for kind in documented:
        assert re.search(rf"^\s+{kind}: \S", out.stdout, re.MULTILINE), (kind, out.stdout)
