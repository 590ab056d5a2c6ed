"""The HTML briefing: content checked against SQL on a fixture warehouse, and drawn in headless Chromium."""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import struct
import subprocess
import zlib
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import duckdb
import pytest
from click.testing import CliRunner

from extractors import core
from flows.cli import main
from flows.ingest import RunSummary
from flows.summary import summary_lines, summary_markdown
from flows.tasks import Story
from warehouse import load
from warehouse.db import connect, reader
from warehouse.report import render_report
from warehouse.report_charts import PAIR_COLORS
from warehouse.report_data import PAIRS, RunEvent
from warehouse.snapshot import analyst_path, publish

CHROMIUM = os.environ.get("BAMBOO_CHROMIUM", "/usr/bin/chromium")
NOW = datetime(2026, 6, 30, 12, 0, tzinfo=UTC)
START = date(2026, 1, 5)
FEEDS = [
    core.Feed("vnexpress-en", "https://e.vnexpress.net/rss/news.rss", "VnExpress", "en"),
    core.Feed("tuoitre-vi", "https://tuoitre.vn/rss/the-gioi.rss", "Tuoi Tre", "vi"),
    core.Feed("xinhua-zh", "https://www.news.cn/world/rss.xml", "Xinhua", "zh"),
    core.Feed("voa-en", "https://www.voanews.com/rss/asia.xml", "VOA", "en"),
    core.Feed("dead-feed", "https://gone.example.org/rss.xml", "Gone Daily", "en"),
]
TITLES = {
    "en": ["{a} and {b} leaders meet to deepen ties", "{a} protests {b} survey ship in disputed waters",
           "{a} foreign minister calls {b} counterpart", "{a}, {b} sign trade agreement"],
    "vi": ["Lãnh đạo {a} và {b} hội đàm", "{a} phản đối hành động của {b} trên Biển Đông"],
    "zh": ["{a}与{b}领导人会谈", "{a}和{b}签署合作协议"],
}
NAMES = {"CHN": "China", "USA": "US", "VNM": "Vietnam"}
PAIR_CODES = {"CN-VN": ("CHN", "VNM"), "US-VN": ("USA", "VNM"), "CN-US": ("CHN", "USA")}
EVENT_TYPES = ["visit", "meet", "phone_call", "sign_agreement", "protest", "negotiate", "statement"]
TIERS = ["comprehensive_strategic_partnership", "strategic_partnership", "community_shared_future"]
HOSTILE_TITLE = '<script>alert("x")</script> & <b>bold</b> "quoted"'
HOSTILE_URL = "javascript:alert(1)"


# --- the fixture warehouse ---------------------------------------------------------------------

def _story(i: int, rng: random.Random) -> core.ProcessedArticle:
    """One article: most are diplomacy stories with events and tiers, some are not."""
    feed = FEEDS[i % 4]
    day = START + timedelta(days=rng.randrange(0, 170) if i != 3 else 160)  # the hostile one among the latest
    published = datetime(day.year, day.month, day.day, rng.randrange(0, 24), tzinfo=UTC)
    pairs = tuple(sorted(rng.sample(PAIRS, 2 if i % 7 == 0 else 1), key=PAIRS.index))
    a, b = PAIR_CODES[pairs[0]]
    title = rng.choice(TITLES[feed.language]).format(a=NAMES[a], b=NAMES[b])
    url = f"https://{feed.name}.example.com/news/{i:03d}.html"
    if i == 3:
        title, url = HOSTILE_TITLE, HOSTILE_URL
    relevant = i % 5 != 4
    sides = [PAIR_CODES[rng.choice(pairs)][:: 1 if i % 2 else -1] for _ in range(i % 3)]
    events = tuple(core.Event(rng.choice(EVENT_TYPES), "040", *s,
                              evidence=f"Sentence {i} about the meeting.") for s in sides)
    tiers = tuple(core.TierMention(rng.choice(TIERS), None if k else rng.choice(pairs),
                                   "strategic partnership") for k in range(i % 2 + (i % 4 == 0)))
    detection = core.Detection(relevant=relevant, score=3.5 if relevant else 0.2,
                               pairs=pairs if relevant else (), events=events, tiers=tiers,
                               evidence=(f"Evidence sentence {i}: {title}", "Another.") if relevant else (),
                               detector_version="d-test")
    entry = core.FeedEntry(feed.name, url, url, title=title, published_at=published)
    page = core.RawPage(url, url, 200, "text/html", b"<html></html>", published)
    article = core.Article(url, title=title, published_at=None if i == 11 else published,
                           language=feed.language, body="body " * 50, word_count=50, method="trafilatura",
                           extractor_version="x-test")
    return core.ProcessedArticle(url, (entry,), page, article, detection)


def _polls() -> list[tuple[str, core.FeedPoll, core.FeedState]]:
    out = []
    for k, f in enumerate(FEEDS):
        dead = f.name == "dead-feed"
        at = NOW - timedelta(minutes=k)
        poll = core.FeedPoll(f.name, f.url, at, at, "failed" if dead else "ok", None if dead else 200,
                             error_kind="connect" if dead else None,
                             error="ConnectError: <no route to host>" if dead else None)
        state = core.FeedState(last_success_at=None if dead else at, consecutive_failures=4 if dead else 0,
                               last_new_item_at=None if dead else at - timedelta(hours=3))
        out.append((f"poll-{k}", poll, state))
    return out


# Events reported by several outlets in several languages, as the detector reads them: (pair sides,
# type, date, place, people, tiers, reports as (feed index, hours after the event, title)).
REPORTED_EVENTS: list[tuple[tuple[str, str], str, date, str | None, tuple[str, ...], tuple[str, ...],
                            list[tuple[int, int, str]]]] = [
    (("CHN", "VNM"), "visit", date(2026, 4, 14), "Hanoi", ("Xi Jinping", "Tô Lâm"),
     ("community_shared_future", "comprehensive_strategic_partnership"),
     [(0, 6, "Xi Jinping arrives in Hanoi for talks with To Lam"),
      (1, 9, "Tổng Bí thư Tô Lâm hội đàm với Tổng Bí thư, Chủ tịch Trung Quốc Tập Cận Bình"),
      (2, 4, "习近平抵达河内 同越共中央总书记苏林举行会谈")]),
    (("USA", "VNM"), "meet", date(2026, 3, 5), "Washington", ("Marco Rubio", "Bùi Thanh Sơn"),
     ("comprehensive_strategic_partnership",),
     [(3, 5, "Rubio meets Vietnamese deputy prime minister Bui Thanh Son in Washington"),
      (1, 20, "Phó Thủ tướng Bùi Thanh Sơn hội đàm với Ngoại trưởng Mỹ Marco Rubio")]),
    (("CHN", "USA"), "phone_call", date(2026, 5, 20), None, ("Xi Jinping", "Donald Trump"), (),
     [(2, 3, "习近平同美国总统特朗普通电话"), (3, 7, "Trump and Xi hold phone call on trade and Taiwan"),
      (0, 12, "Xi, Trump discuss tariffs in phone call")]),
    (("VNM", "CHN"), "protest", date(2026, 2, 10), None, ("Phạm Thu Hằng",), (),
     [(1, 8, "Việt Nam phản đối tàu khảo sát Trung Quốc hoạt động trong vùng đặc quyền kinh tế"),
      (0, 10, "Vietnam demands China withdraw survey ship from its waters")]),
]
PAIR_OF_SIDES = {frozenset(v): k for k, v in PAIR_CODES.items()}


def _reported_events() -> list[core.ProcessedArticle]:
    """One article per report of REPORTED_EVENTS."""
    out = []
    for k, (sides, kind, day, place, people, tiers, reports) in enumerate(REPORTED_EVENTS):
        pair = PAIR_OF_SIDES[frozenset(sides)]
        for j, (f, hours, title) in enumerate(reports):
            feed = FEEDS[f]
            published = datetime(day.year, day.month, day.day, tzinfo=UTC) + timedelta(hours=hours)
            url = f"https://{feed.name}.example.com/event/{k}-{j}.html"
            event = core.Event(kind, None, *sides, people=people, place=place, date=day.isoformat(),
                               evidence=title, main=True)
            mentions = tuple(core.TierMention(t, pair, t.replace("_", " ")) for t in tiers)
            detection = core.Detection(relevant=True, score=3.0, pairs=(pair,), events=(event,),
                                       tiers=mentions, evidence=(title,), detector_version="d-test")
            entry = core.FeedEntry(feed.name, url, url, title=title, published_at=published)
            page = core.RawPage(url, url, 200, "text/html", b"<html></html>", published)
            article = core.Article(url, title=title, published_at=published, language=feed.language,
                                   body=f"{title}. " * 20, word_count=60, method="trafilatura",
                                   extractor_version="x-test")
            out.append(core.ProcessedArticle(url, (entry,), page, article, detection))
    return out


def build_warehouse(db: Path) -> Path:
    """70 articles over six months, four outlets, three languages, a dead feed, and four events reported
    by two or three outlets each (the first report of each loaded a month before the others); returns
    the analyst copy."""
    rng = random.Random(9)
    articles = [_story(i, rng) for i in range(70)]
    reports = _reported_events()
    firsts = [r for r in reports if r.url.endswith("-0.html")]
    with connect(db) as con:
        load.sync_feeds(con, FEEDS, NOW - timedelta(days=200))
        load.load_articles(con, articles[:40] + firsts, NOW - timedelta(days=30))
        load.load_articles(con, articles[40:] + [r for r in reports if r not in firsts], NOW)
        load.start_run(con, "run-1", "ingest", {})
        load.record_polls(con, _polls(), "run-1")
        load.finish_run(con, "run-1", "completed", feeds_polled=5, feeds_failed=1, new_articles=70,
                        stories_found=56)
        return publish(con, db)


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The analyst copy of the fixture warehouse."""
    return build_warehouse(tmp_path_factory.mktemp("report") / "bamboo.duckdb")


@pytest.fixture(scope="module")
def con(warehouse: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    with reader(warehouse) as c:
        yield c


SINCE, UNTIL = date(2026, 2, 1), date(2026, 5, 31)


@pytest.fixture(scope="module")
def page(con: duckdb.DuckDBPyConnection) -> str:
    return render_report(con, SINCE, UNTIL, generated_at=NOW)


# --- reading the page back ---------------------------------------------------------------------

class _Tables(HTMLParser):
    """Text of every cell of every <table data-table=...>, and data-metric cards."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: dict[str, list[list[str]]] = {}
        self.cards: dict[str, str] = {}
        self._table: str | None = None
        self._cell: list[str] | None = None
        self._card: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "table":
            self._table = a.get("data-table") or ""
            self.tables[self._table] = []
        elif tag == "tr" and self._table is not None:
            self.tables[self._table].append([])
        elif tag in ("td", "th") and self._table is not None:
            self._cell = []
        elif tag == "div" and a.get("data-metric"):
            self._card = a["data-metric"]
            self.cards[self._card] = ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "table":
            self._table = None
        elif tag in ("td", "th") and self._cell is not None and self._table is not None:
            self.tables[self._table][-1].append(" ".join("".join(self._cell).split()))
            self._cell = None
        elif tag == "b":
            self._card = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)
        if self._card is not None:
            self.cards[self._card] += data


def parse(html: str) -> _Tables:
    p = _Tables()
    p.feed(html)
    return p


def table(html: str, name: str) -> list[list[str]]:
    """Body rows of table `name` (header row dropped)."""
    return parse(html).tables[name][1:]


def spec_data(html: str, name: str) -> list[dict[str, Any]]:
    found = re.search(rf'<script type="application/json" id="spec-{name}">(.*?)</script>', html, re.S)
    assert found, f"no spec for chart {name}"
    return json.loads(found.group(1))["data"]["values"]


# Independent SQL: what the report's numbers must equal.
PERIOD = "CAST(coalesce(published_at, first_seen_at) AS DATE) BETWEEN $since AND $until"


def sql(con: duckdb.DuckDBPyConnection, query: str) -> list[tuple[Any, ...]]:
    return con.execute(query, {"since": SINCE, "until": UNTIL}).fetchall()


# --- content --------------------------------------------------------------------------------------

def test_headline_and_pair_totals_match_sql(con: duckdb.DuckDBPyConnection, page: str) -> None:
    (total,) = sql(con, f"SELECT count(*) FROM diplomacy_stories WHERE {PERIOD}")[0]
    per_pair = dict(sql(con, f"SELECT p, count(*) FROM (SELECT unnest(pairs) p FROM diplomacy_stories "
                             f"WHERE {PERIOD}) GROUP BY p"))
    cards = parse(page).cards
    assert 20 < total < 70
    assert cards["diplomacy stories"] == str(total)
    assert {p: int(cards[p]) for p in PAIRS} == per_pair
    assert {r[0]: int(r[1]) for r in table(page, "pair-totals")} == per_pair
    assert "2026-02-01 to 2026-05-31" in page


def test_weekly_timeline_matches_daily_pair_counts(con: duckdb.DuckDBPyConnection, page: str) -> None:
    want = dict(sql(con, "SELECT pair, sum(stories) FROM daily_pair_counts "
                         "WHERE day BETWEEN $since AND $until GROUP BY pair"))
    rows = spec_data(page, "timeline")
    got = {p: sum(r["stories"] for r in rows if r["pair"] == p) for p in PAIRS}
    assert got == want
    weeks = sorted({r["week"] for r in rows})
    assert weeks[0] == "2026-01-26" and weeks[-1] == "2026-05-25"  # Mondays around the period
    assert len(weeks) == 18 and len(rows) == 18 * len(PAIRS)  # empty weeks are zeros, not gaps


def test_event_and_tier_tables_match_sql(con: duckdb.DuckDBPyConnection, page: str) -> None:
    events = sql(con, """
        SELECT e.event_type, list_sort([e.actor, e.target]), count(*) FROM events e
        JOIN diplomacy_stories s USING (article_id)
        WHERE CAST(coalesce(s.published_at, s.first_seen_at) AS DATE) BETWEEN $since AND $until
        GROUP BY ALL""")
    code_pair = {tuple(sorted(v)): k for k, v in PAIR_CODES.items()}
    want = {(t, code_pair[tuple(p)]): n for t, p, n in events}
    got = {(r[0], p): int(n) for r in table(page, "event-counts") for p, n in zip(PAIRS, r[1:], strict=False)}
    assert {k: v for k, v in got.items() if v} == want
    assert sum(int(r[-1]) for r in table(page, "event-counts")) == sum(want.values()) > 10

    tiers = dict(sql(con, """
        SELECT t.tier, count(*) FROM tier_mentions t JOIN diplomacy_stories s USING (article_id)
        WHERE CAST(coalesce(s.published_at, s.first_seen_at) AS DATE) BETWEEN $since AND $until
        GROUP BY ALL"""))
    labels = {r[0]: int(r[-1]) for r in table(page, "tier-counts")}
    assert labels["comprehensive strategic partnership"] == tiers["comprehensive_strategic_partnership"]
    assert sum(labels.values()) == sum(tiers.values())
    assert int(parse(page).cards["tier mentions"]) == sum(tiers.values())


def test_latest_stories_are_the_newest_with_evidence(con: duckdb.DuckDBPyConnection, page: str) -> None:
    want = sql(con, f"""SELECT CAST(coalesce(published_at, first_seen_at) AS DATE), outlet, language,
                               title, evidence->>0 FROM diplomacy_stories WHERE {PERIOD}""")
    rows = table(page, "latest")
    total = len(want)
    assert len(rows) == min(total, 50)
    days = [r[0] for r in rows]
    assert days == sorted(days, reverse=True)
    assert days[0] == str(max(w[0] for w in want))
    first = {(str(w[0]), w[1], w[2], w[3]): w[4] for w in want}
    for r in rows:
        assert first[(r[0], r[1], r[2], r[3])] == r[5]


def test_outlets_languages_and_feed_health_match_sql(con: duckdb.DuckDBPyConnection, page: str) -> None:
    outlets = {o: (a, s) for o, a, s in sql(con, f"""
        SELECT outlet, count(*),
               count(*) FILTER (WHERE article_id IN (SELECT article_id FROM diplomacy_stories))
        FROM article_view WHERE {PERIOD} GROUP BY outlet""")}
    assert {r[0]: (int(r[1]), int(r[2])) for r in table(page, "outlets")} == outlets
    langs = {lang: n for lang, n in sql(con, f"SELECT language, count(*) FROM article_view WHERE {PERIOD} "
                                             "GROUP BY language")}
    assert {r[0]: int(r[1]) for r in table(page, "languages")} == langs
    assert sorted(langs) == ["en", "vi", "zh"]
    feeds = table(page, "feeds")
    assert [r[0] for r in feeds][0] == "dead-feed"  # failing feeds first
    assert feeds[0][2] == "failed" and feeds[0][3] == "never" and feeds[0][5] == "4"
    assert "ConnectError: <no route to host>" in feeds[0][7]
    assert parse(page).cards["of 5 feeds failing"] == "1"
    per_feed = dict(con.execute("SELECT feed, articles FROM feed_health").fetchall())
    assert {r[0]: int(r[6]) for r in feeds} == per_feed


class _Events(HTMLParser):
    """The event timeline as drawn: per event its pair column, id, line, headline and report links."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.events: list[dict[str, Any]] = []
        self.pairs: list[str] = []
        self._part: str | None = None  # "line" | "headline" | "link"

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "div" and a.get("data-pair"):
            self.pairs.append(a["data-pair"] or "")
        elif tag == "li" and a.get("data-event-id"):
            self.events.append({"pair": self.pairs[-1], "id": a["data-event-id"], "line": "",
                                "headline": "", "links": []})
        elif self.events and tag == "div" and a.get("class") in ("line", "headline"):
            self._part = a["class"]
        elif self.events and tag == "a":
            self._part = "link"
            self.events[-1]["links"].append([a.get("href"), ""])

    def handle_endtag(self, tag: str) -> None:
        if tag in ("div", "a"):
            self._part = None

    def handle_data(self, data: str) -> None:
        if self._part == "link":
            self.events[-1]["links"][-1][1] += data
        elif self._part:
            self.events[-1][self._part] += data


def timeline(html: str) -> _Events:
    section = html[html.index('<section id="event-timeline">'):html.index('<section id="tier-changes">')]
    p = _Events()
    p.feed(section)
    return p


EVENT_DAY = "coalesce(event_date, CAST(first_reported_at AS DATE))"


def test_event_timeline_lists_every_event_of_the_period_per_pair(con: duckdb.DuckDBPyConnection,
                                                                  page: str) -> None:
    drawn = timeline(page)
    want = sql(con, f"SELECT pair, event_id FROM (SELECT event_id, unnest(pairs) AS pair, {EVENT_DAY} AS day "
                    "FROM diplomacy_events) WHERE day BETWEEN $since AND $until")
    assert len(want) > 30 and sorted(want) == sorted((e["pair"], e["id"]) for e in drawn.events)
    assert drawn.pairs == list(PAIRS)  # the page's pair order
    assert parse(page).cards["events"] == str(len({e for _, e in want}))
    facts = {r[0]: r[1:] for r in con.execute(
        f"SELECT event_id, {EVENT_DAY}, article_count, outlet_count, languages "
        "FROM diplomacy_events").fetchall()}
    links = {}
    for event_id, url in con.execute("SELECT event_id, url FROM event_articles").fetchall():
        links.setdefault(event_id, []).append(url)
    for pair in PAIRS:
        days = [facts[e["id"]][0] for e in drawn.events if e["pair"] == pair]
        assert days == sorted(days, reverse=True), pair  # newest first
    for e in drawn.events:
        day, count, outlets, languages = facts[e["id"]]
        assert e["line"].startswith(str(day))
        assert e["line"].endswith(f"— {count} report{'s' if count > 1 else ''}, {outlets} outlet"
                                  f"{'s' if outlets > 1 else ''}, {'/'.join(sorted(languages))}"), e
        # Every report is listed; only http(s) URLs are links (the hostile story's is not).
        hrefs = sorted(h for h, _ in e["links"])
        assert hrefs == sorted(u for u in links[e["id"]] if u.startswith("https://")), e
        assert len(e["links"]) == count - sum(not u.startswith("https://") for u in links[e["id"]])


def test_an_event_reported_in_three_languages_is_one_line_with_its_three_reports(page: str) -> None:
    events = [e for e in timeline(page).events if e["line"].startswith("2026-04-14 Hanoi")]
    assert len(events) == 1
    xi = events[0]
    assert xi["pair"] == "CN-VN" and " ".join(xi["line"].split()) == (
        "2026-04-14 Hanoi — visit: Tô Lâm, Xi Jinping; comprehensive strategic partnership; "
        "community with a shared future — 3 reports, 3 outlets, en/vi/zh")
    assert xi["headline"] == "Xi Jinping arrives in Hanoi for talks with To Lam"  # English by default
    _, _, _, _, _, _, reports = REPORTED_EVENTS[0]
    assert sorted(t for _, t in xi["links"]) == sorted(t for _, _, t in reports)
    assert [h for h, _ in xi["links"]] == [  # in the order they were published
        "https://xinhua-zh.example.com/event/0-2.html", "https://vnexpress-en.example.com/event/0-0.html",
        "https://tuoitre-vi.example.com/event/0-1.html"]
    # Each other multi-outlet event of the fixture is one line too, under its own pair.
    multi = {(e["pair"], e["line"][:10]) for e in timeline(page).events
             if re.search(r"\d outlets,", e["line"])}
    assert {("US-VN", "2026-03-05"), ("CN-US", "2026-05-20"), ("CN-VN", "2026-02-10")} <= multi


def test_tier_changes_match_tier_mentions(con: duckdb.DuckDBPyConnection, page: str) -> None:
    rows = sql(con, """
        WITH m AS (SELECT t.pair, t.tier, t.article_id, s.outlet,
                          CAST(coalesce(s.published_at, s.first_seen_at) AS DATE) AS day
                   FROM tier_mentions t JOIN diplomacy_stories s USING (article_id) WHERE t.pair IS NOT NULL),
        p AS (SELECT pair, tier, min(day) AS first, max(day) AS last, count(DISTINCT article_id) AS n,
                     count(DISTINCT outlet) AS o FROM m WHERE day BETWEEN $since AND $until GROUP BY ALL)
        SELECT p.*, (SELECT max(day) FROM m WHERE m.pair = p.pair AND m.tier = p.tier AND day < $since)
        FROM p ORDER BY first, pair, tier""")
    labels = {"comprehensive_strategic_partnership": "comprehensive strategic partnership",
              "strategic_partnership": "strategic partnership",
              "community_shared_future": "community with a shared future"}
    want = [[str(first), pair, labels[tier], "new" if before is None else f"named before (last {before})",
             str(last), str(n), str(o)] for pair, tier, first, last, n, o, before in rows]
    assert table(page, "tier-changes") == want
    statuses = {r[3] for r in want}
    assert "new" in statuses and any(st.startswith("named before") for st in statuses)  # both kinds shown


def test_untrusted_text_is_escaped(con: duckdb.DuckDBPyConnection) -> None:
    html = render_report(con, None, None)
    assert '<script>alert("x")' not in html and "<b>bold</b>" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;" in html
    assert 'href="javascript:' not in html
    assert "&lt;no route to host&gt;" in html
    # Only the page's own scripts: the bundle, one JSON spec per chart, the loader.
    assert len(re.findall(r"<script\b", html)) == 2 + 3


def test_page_is_self_contained(page: str) -> None:
    # The bundle's own strings mention <img src=...>; the page's markup must not.
    markup = re.sub(r"<script>\n// Vega .*?</script>", "", page, count=1, flags=re.S)
    assert len(markup) < len(page) / 3
    assert not re.search(r"<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)=", markup)
    assert "@import" not in markup and "url(" not in markup
    assert 0.5e6 < len(page.encode()) < 2e6


def test_period_with_no_stories_and_bad_period(con: duckdb.DuckDBPyConnection) -> None:
    html = render_report(con, date(2020, 1, 1), date(2020, 2, 1))
    assert parse(html).cards["diplomacy stories"] == "0"
    assert "No diplomacy stories in this period." in html and 'data-chart="' not in html
    assert parse(html).cards["events"] == "0" and "No events in this period." in html
    assert "No relationship tiers mentioned in this period." in html
    with pytest.raises(ValueError):
        render_report(con, date(2026, 3, 1), date(2026, 2, 1))


def test_empty_warehouse_renders_a_page_that_says_so(tmp_path: Path) -> None:
    db = tmp_path / "empty.duckdb"
    with connect(db) as c:
        analyst = publish(c, db)
    with reader(analyst) as c:
        html = render_report(c, None, None)
    assert "no stories yet" in html and "No run recorded yet." in html
    assert "No events in this period." in html and "No relationship tiers mentioned in this period." in html
    assert html.count('<p class="empty">') == 6 and parse(html).tables["feeds"] == [
        ["feed", "outlet", "last poll", "last success", "last new item", "failures in a row", "articles",
         "last error"]]


def test_open_ended_period_covers_everything(con: duckdb.DuckDBPyConnection) -> None:
    html = render_report(con, None, None)
    (total, first, last) = con.execute(
        "SELECT count(*), min(CAST(coalesce(published_at, first_seen_at) AS DATE)), "
        "max(CAST(coalesce(published_at, first_seen_at) AS DATE)) FROM diplomacy_stories").fetchone() or ()
    assert parse(html).cards["diplomacy stories"] == str(total)
    assert f"{first} to {last}" in html


# --- the command ------------------------------------------------------------------------------------

def test_cli_writes_the_report_from_the_analyst_copy(warehouse: Path, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    main_db = warehouse.with_name("bamboo.duckdb")
    assert analyst_path(main_db) == warehouse
    monkeypatch.setenv("BAMBOO_DB", str(main_db))
    out = tmp_path / "out" / "report.html"
    args = ["report", "--since", "2026-02-01", "--until", "2026-05-31", "--out", str(out)]
    res = CliRunner().invoke(main, args)
    assert res.exit_code == 0, res.output
    assert str(warehouse) in res.output
    assert parse(out.read_text(encoding="utf-8")).cards["diplomacy stories"] == parse(
        render_report_for(warehouse)).cards["diplomacy stories"]


def render_report_for(db: Path) -> str:
    with reader(db) as c:
        return render_report(c, SINCE, UNTIL)


def test_cli_says_clearly_when_there_is_no_warehouse(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BAMBOO_DB", str(tmp_path / "none.duckdb"))
    res = CliRunner().invoke(main, ["report", "--out", str(tmp_path / "r.html")])
    assert res.exit_code == 1 and "no warehouse yet" in res.output and "bamboo ingest" in res.output
    res = CliRunner().invoke(main, ["report", "--db", str(tmp_path / "x.duckdb"), "--out", "r.html"])
    assert res.exit_code == 1 and "no warehouse here" in res.output
    res = CliRunner().invoke(main, ["report", "--since", "2026-03-01", "--until", "2026-02-01",
                                    "--out", str(tmp_path / "r.html")])
    assert res.exit_code == 2 and "after --until" in res.output
    assert not (tmp_path / "r.html").exists()


# --- the run summary artifact -------------------------------------------------------------------------

def test_run_summary_markdown_counts_feeds_articles_and_links_stories() -> None:
    stories = [Story(f"Story {i}", f"https://e.example.com/{i}.html", ("CN-VN",), "VnExpress")
               for i in range(103)]
    stories[0] = Story("Vietnam | China *talks* [live] <img src=x>", "https://e.example.com/a (b).html",
                       ("CN-VN", "US-VN"), "Tuoi Tre")
    stories[1] = Story("Bad link", "javascript:alert(1)", ())
    s = RunSummary(run_id="r1", feeds_polled=5, failed_feeds=[("dead-feed", "ConnectError: refused")],
                   new_articles=140, stories=stories)
    md = summary_markdown(s)
    assert "| 5 | 4 | 1 | 140 | 103 |" in md
    assert "- **dead-feed**: ConnectError: refused" in md
    assert ("- [Vietnam \\| China \\*talks\\* \\[live\\] &lt;img src=x&gt;]"
            "(https://e.example.com/a%20%28b%29.html) — CN-VN, US-VN · Tuoi Tre") in md
    assert "- Bad link — no pair" in md and "javascript:" not in md
    assert "[Story 99](https://e.example.com/99.html) — CN-VN · VnExpress" in md
    assert "Story 100" not in md and "… and 3 more" in md


def test_run_summary_lists_new_events_then_earlier_ones_with_new_reports() -> None:
    events = [RunEvent("ev-1", ("US-VN",),
                       "2023-09-10 Hanoi — visit: Joe Biden — 2 reports, 2 outlets, en/zh",
                       "Biden *visits* [Hanoi] <b>", "https://e.example.com/a (b).html", True, 2),
              RunEvent("ev-2", ("CN-VN",), "2023-09-08 Beijing — talks — 3 reports, 2 outlets, vi/zh",
                       "王毅会见越南外长裴青山", "javascript:alert(1)", False, 3)]
    s = RunSummary(run_id="r1", feeds_polled=1, new_articles=2, events=events,
                   stories=[Story("Biden visits Hanoi", "https://e.example.com/a (b).html", ("US-VN",))])
    md = summary_markdown(s)
    assert md.index("## New events") < md.index("## Earlier events with new reports")
    assert ("- **US-VN** 2023-09-10 Hanoi — visit: Joe Biden — 2 reports, 2 outlets, en/zh · "
            "[Biden \\*visits\\* \\[Hanoi\\] &lt;b&gt;](https://e.example.com/a%20%28b%29.html)") in md
    assert ("- **CN-VN** 2023-09-08 Beijing — talks — 3 reports, 2 outlets, vi/zh · "
            "王毅会见越南外长裴青山") in md
    assert "javascript:" not in md
    lines = summary_lines(s)
    assert "Events: 1 new, 1 with new reports" in lines
    assert "  [CN-VN] 2023-09-08 Beijing — talks — 3 reports, 2 outlets, vi/zh (grew)" in lines
    assert "Events" not in summary_markdown(RunSummary(run_id="r2", stories=s.stories))


# --- in a real browser ----------------------------------------------------------------------------

def chromium() -> str:
    """The Chromium binary; skips locally and fails on CI (CI must have it) when it is missing."""
    found = shutil.which(CHROMIUM)
    if found:
        return found
    reason = (f"headless Chromium not found at {CHROMIUM}: the browser test cannot run. "
              "Install it with scripts/install-chromium.sh (Debian package 'chromium').")
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


def run_chromium(html: Path, profile: Path, *args: str,
                 env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Headless Chromium on `html`, the console logged to stderr (`env`: extra environment)."""
    # Every request goes to a dead proxy: the page must draw from what it carries.
    cmd = [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
           "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           f"--user-data-dir={profile}", "--proxy-server=http://127.0.0.1:9",
           "--proxy-bypass-list=<-loopback>",
           "--enable-logging=stderr", "--v=0", "--hide-scrollbars", "--virtual-time-budget=20000",
           *args, html.resolve().as_uri()]
    # A time zone west of UTC: a date read as local time would land on the day before.
    env = {**os.environ, "TZ": "Pacific/Honolulu", **(env or {})}
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False, env=env)


def console_lines(stderr: str) -> list[str]:
    """Messages the page wrote to the console (errors, warnings, logs, uncaught exceptions)."""
    # Chromium's own internal pages (chrome://) log on some machines; they are not the report's.
    return [line for line in stderr.splitlines()
            if ":CONSOLE" in line and not re.search(r"source: (?:chrome|devtools|chrome-extension)://", line)]


class _Marks(HTMLParser):
    """Per chart box: how many drawn mark elements of each kind (line, rect, symbol) its SVG holds."""

    def __init__(self) -> None:
        super().__init__()
        self.charts: dict[str, dict[str, Any]] = {}
        self._stack: list[tuple[str, str | None, str | None]] = []  # (tag, chart name, mark kind)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        chart = self._stack[-1][1] if self._stack else None
        mark = self._stack[-1][2] if self._stack else None
        if a.get("data-chart"):
            chart = a["data-chart"] or ""
            self.charts[chart] = {"rendered": a.get("data-rendered"), "svg": 0, "marks": {}}
        if chart and tag == "svg":
            self.charts[chart]["svg"] += 1
        found = re.search(r"\bmark-(\w+) role-mark\b", a.get("class") or "")
        if found:
            mark = found.group(1)
        if chart and mark and tag == "path" and (a.get("d") or "").startswith("M"):
            marks = self.charts[chart]["marks"]
            marks[mark] = marks.get(mark, 0) + 1
        if tag not in ("path", "meta", "br", "img", "input", "link", "rect", "line", "circle"):
            self._stack.append((tag, chart, mark))

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self._stack) - 1, -1, -1):
            if self._stack[i][0] == tag:
                del self._stack[i:]
                return


def drawn_marks(dom: str) -> dict[str, dict[str, Any]]:
    p = _Marks()
    p.feed(dom)
    return p.charts


def read_png(data: bytes) -> tuple[int, int, list[bytes]]:
    """Width, height and RGB rows of an 8-bit, non-interlaced RGB or RGBA PNG (what Chromium writes)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, header = 8, b"", b""
    while pos < len(data):
        (n,) = struct.unpack(">I", data[pos:pos + 4])
        kind, body = data[pos + 4:pos + 8], data[pos + 8:pos + 8 + n]
        header = body if kind == b"IHDR" else header
        idat += body if kind == b"IDAT" else b""
        pos += 12 + n
    width, height, depth, color, _, _, interlace = struct.unpack(">IIBBBBB", header)
    assert depth == 8 and color in (2, 6) and interlace == 0
    bpp = 3 if color == 2 else 4
    raw, stride, rows, prev = zlib.decompress(idat), width * bpp, [], bytearray(width * bpp)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            left = line[i - bpp] if i >= bpp else 0
            up, corner = prev[i], prev[i - bpp] if i >= bpp else 0
            if kind == 1:
                line[i] = (line[i] + left) & 255
            elif kind == 2:
                line[i] = (line[i] + up) & 255
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                pa, pb, pc = abs(up - corner), abs(left - corner), abs(left + up - 2 * corner)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
        prev = line
        rows.append(bytes(line) if bpp == 3 else bytes(b for k, b in enumerate(line) if k % 4 != 3))
    return width, height, rows


def color_counts(rows: list[bytes], colors: dict[str, str]) -> dict[str, int]:
    """How many pixels have exactly each of `colors` (hex)."""
    want = {bytes.fromhex(c.lstrip("#")): name for name, c in colors.items()}
    counts = dict.fromkeys(colors, 0)
    for row in rows:
        for i in range(0, len(row), 3):
            name = want.get(row[i:i + 3])
            if name:
                counts[name] += 1
    return counts


def browser_check(html: Path, tmp: Path) -> tuple[dict[str, dict[str, Any]], list[str], str]:
    """Open `html`: the charts as drawn, the console messages, and the DOM after scripts ran."""
    res = run_chromium(html, tmp / "profile", "--dump-dom")
    assert res.returncode == 0, res.stderr[-2000:]
    return drawn_marks(res.stdout), console_lines(res.stderr), res.stdout


def test_report_renders_in_headless_chromium(page: str, tmp_path: Path) -> None:
    html = tmp_path / "report.html"
    html.write_text(page, encoding="utf-8")
    charts, console, dom = browser_check(html, tmp_path)
    assert console == []
    timeline = dom[dom.index('data-chart="timeline"'):dom.index('data-chart="events"')]
    labels = re.findall(r">(\d\d \w{3} \d{4})</text>", timeline)
    ticks = [datetime.strptime(t, "%d %b %Y").date() for t in labels]
    assert len(ticks) >= 4 and {t.weekday() for t in ticks} == {0}  # the weeks' Mondays, in UTC
    assert ticks[0].isoformat() == min(r["week"] for r in spec_data(page, "timeline"))
    assert 'data-charts="done"' in dom and '<p class="chart-error">' not in dom
    assert set(charts) == {"timeline", "events", "tiers"}
    for name, c in charts.items():
        assert c["rendered"] == "ok" and c["svg"] == 1, name
    assert charts["timeline"]["marks"]["line"] == len(PAIRS)
    assert charts["timeline"]["marks"]["symbol"] == len(spec_data(page, "timeline"))
    events = {(r["month"], r["event_type"], r["pair"]) for r in spec_data(page, "events")}
    assert 10 < charts["events"]["marks"]["rect"] <= len(events)  # one bar segment per month, group, pair
    assert charts["tiers"]["marks"]["rect"] >= 4

    shot = tmp_path / "report.png"
    res = run_chromium(html, tmp_path / "profile", "--window-size=1280,1400", f"--screenshot={shot}")
    assert res.returncode == 0 and shot.exists(), res.stderr[-2000:]
    width, height, rows = read_png(shot.read_bytes())
    assert (width, height) == (1280, 1400)
    distinct = {row[i:i + 3] for row in rows[::7] for i in range(0, len(row), 21)}
    assert len(distinct) > 50  # text, cards and charts, not a blank or single-colour page
    pairs = color_counts(rows, PAIR_COLORS)
    assert all(n > 400 for n in pairs.values()), pairs  # each pair's line and card were painted


def test_browser_check_catches_a_broken_chart(page: str, tmp_path: Path) -> None:
    broken = page.replace('"mark": {"type": "line"', '"mark": {"type": "no-such-mark"', 1)
    assert broken != page
    html = tmp_path / "broken.html"
    html.write_text(broken, encoding="utf-8")
    charts, console, dom = browser_check(html, tmp_path)
    assert charts["timeline"]["rendered"] == "error"
    assert '<p class="chart-error">This chart could not be drawn' in dom
    assert console  # the loader reports the failure on the console too
    assert charts["events"]["rendered"] == "ok"


def test_the_blank_page_fails_the_pixel_check(tmp_path: Path) -> None:
    html = tmp_path / "blank.html"
    html.write_text("<!DOCTYPE html><html><body></body></html>", encoding="utf-8")
    shot = tmp_path / "blank.png"
    run_chromium(html, tmp_path / "profile", "--window-size=320,200", f"--screenshot={shot}")
    width, height, rows = read_png(shot.read_bytes())
    assert (width, height) == (320, 200)
    assert {row[i:i + 3] for row in rows for i in range(0, len(row), 3)} == {b"\xff\xff\xff"}
    assert color_counts(rows, PAIR_COLORS) == dict.fromkeys(PAIR_COLORS, 0)


# --- Chinese and Vietnamese text as drawn --------------------------------------------------------------

# Draws every Han and Vietnamese letter of the event timeline on a canvas in the font the page gives
# its element, and counts the distinct shapes: with no font for a script, its letters all come out as
# the same empty box (or nothing), so distinct letters with fewer distinct shapes were not drawn.
GLYPH_SCRIPT = r"""
(function () {
  var canvas = document.createElement("canvas");
  canvas.width = 96; canvas.height = 64;
  var ctx = canvas.getContext("2d", { willReadFrequently: true });
  function bitmap(ch, font) {
    ctx.clearRect(0, 0, 96, 64);
    ctx.font = font; ctx.fillStyle = "#000"; ctx.textBaseline = "top";
    ctx.fillText(ch, 8, 8);
    var d = ctx.getImageData(0, 0, 96, 64).data, ink = 0, h = 0;
    for (var i = 3; i < d.length; i += 4) {
      if (d[i]) { ink++; h = (Math.imul(h, 31) + i * 7 + d[i]) >>> 0; }
    }
    return ink ? h + ":" + ink : "blank";
  }
  var groups = { han: /[\u3400-\u9fff]/u, vi: /[\u00c0-\u01b0\u1ea0-\u1ef9]/u };
  var seen = { han: {}, vi: {} };
  document.querySelectorAll("#event-timeline li.event").forEach(function (el) {
    Array.from(el.querySelectorAll("a, .what, .headline")).forEach(function (node) {
      var st = getComputedStyle(node), font = st.fontSize + " " + st.fontFamily;
      Array.from(node.textContent).forEach(function (ch) {
        Object.keys(groups).forEach(function (g) {
          if (groups[g].test(ch) && !(ch in seen[g])) { seen[g][ch] = bitmap(ch, font); }
        });
      });
    });
  });
  var out = {};
  Object.keys(seen).forEach(function (g) {
    var shapes = {}, chars = Object.keys(seen[g]);
    chars.forEach(function (c) { shapes[seen[g][c]] = true; });
    var blank = chars.filter(function (c) { return seen[g][c] === "blank"; }).length;
    out[g] = { chars: chars.length, shapes: Object.keys(shapes).length, blank: blank };
  });
  document.body.setAttribute("data-glyphs", JSON.stringify(out));
})();
"""


def cjk_font() -> None:
    """Skips locally and fails on CI (CI must have one) when fontconfig knows no Chinese font."""
    found = subprocess.run(["fc-list", ":lang=zh", "family"], capture_output=True, text=True,
                           check=False).stdout.strip() if shutil.which("fc-list") else ""
    if found:
        return
    reason = ("no Chinese font installed: Chinese titles would draw as empty boxes. Install one with "
              "scripts/install-chromium.sh (Debian package 'fonts-noto-cjk').")
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


def glyphs(page: str, tmp: Path, env: dict[str, str] | None = None) -> dict[str, dict[str, int]]:
    """Per script ("han", "vi"): distinct letters in the event timeline, distinct shapes drawn, blanks."""
    html = tmp / "glyphs.html"
    html.write_text(page.replace("</body>", f"<script>{GLYPH_SCRIPT}</script></body>"), encoding="utf-8")
    res = run_chromium(html, tmp / "glyph-profile", "--dump-dom", env=env)
    assert res.returncode == 0, res.stderr[-2000:]
    found = re.search(r'data-glyphs="([^"]*)"', res.stdout)
    assert found, res.stdout[-2000:]
    return json.loads(found.group(1).replace("&quot;", '"'))


def test_chinese_and_vietnamese_text_is_drawn_in_glyphs(page: str, tmp_path: Path) -> None:
    chromium()
    cjk_font()
    drawn = glyphs(page, tmp_path)
    for script in ("han", "vi"):
        g = drawn[script]
        assert g["chars"] >= 20 and g["blank"] == 0 and g["shapes"] == g["chars"], (script, g)


def test_the_glyph_check_fails_without_a_chinese_font(page: str, tmp_path: Path) -> None:
    chromium()
    # A fontconfig that knows one Latin font only (the one it picks for sans-serif).
    latin = subprocess.run(["fc-match", "-f", "%{file}", "sans-serif:lang=vi"], capture_output=True,
                           text=True, check=False).stdout
    assert latin and Path(latin).exists()
    conf = tmp_path / "fonts.conf"
    conf.write_text(f'<?xml version="1.0"?>\n<fontconfig><dir>{Path(latin).parent}</dir>'
                    f"<cachedir>{tmp_path / 'fc-cache'}</cachedir></fontconfig>\n", encoding="utf-8")
    drawn = glyphs(page, tmp_path, {"FONTCONFIG_FILE": str(conf)})
    assert drawn["han"]["chars"] >= 20 and drawn["han"]["shapes"] <= 2, drawn  # boxes, all alike
    assert drawn["vi"]["shapes"] == drawn["vi"]["chars"], drawn  # the Latin font has these
