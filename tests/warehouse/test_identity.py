"""Article identity across `bamboo ingest` runs over one warehouse (issue 19, cases 4 and 12):
canonicals shared by distinct pages are distrusted, URL variants of one page are one article fetched
once, and an updated page is a new version beside the old one.

The first run is a real `bamboo` process; the others run the same command in the test's process
(tests.runs.bamboo_here): what they test is the warehouse the runs leave, not how a process starts."""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

import pytest

from tests.hostile import Conn, HostileServer, article_html, respond
from tests.runs import NO_BUDGET, NO_HEARTBEATS, bamboo, bamboo_here, new_articles
from tests.warehouse_helpers import query_rows
from warehouse.pagestore import read_page

pytestmark = pytest.mark.timeout(600)

HTML = {"Content-Type": "text/html; charset=utf-8"}


@dataclass
class Site:
    """A loopback news site whose feed and pages can change between runs."""

    server: HostileServer
    links: list[str] = field(default_factory=list)  # paths (with query) the feed lists, `{run}` filled in
    pages: dict[str, bytes] = field(default_factory=dict)  # path -> page served now
    run: int = 0  # how many times the feed was served

    def serve(self) -> None:
        self.server.routes["/feed.xml"] = self._feed
        for path in self.pages:
            self.server.routes[path] = self._page(path)

    def set_page(self, path: str, body: bytes) -> None:
        self.pages[path] = body
        self.server.routes[path] = self._page(path)

    def _page(self, path: str) -> Callable[[Conn], str]:
        return lambda c: respond(200, self.pages[path], HTML)(c)

    def _feed(self, c: Conn) -> str:
        self.run += 1  # one feed request per run
        links = [escape(self.server.url(link.format(run=self.run))) for link in self.links]
        items = "".join(f"<item><title>Story {i}</title><link>{link}</link>"
                        f"<pubDate>Mon, 11 Sep 2023 0{i}:15:00 +0700</pubDate></item>"
                        for i, link in enumerate(links))
        feed = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Site</title>'
                f"<link>{self.server.base}/</link><description>d</description>{items}</channel></rss>")
        return respond(200, feed.encode(), {"Content-Type": "application/rss+xml"})(c)

    def fetches(self, path: str) -> int:
        """Requests for a page path (any query)."""
        return len(self.server.requests_for(path))


@pytest.fixture
def site(prefect_harness: None) -> Iterator[Site]:
    with HostileServer(lifetime=550) as server:
        yield Site(server)


def environment(**extra: str) -> dict[str, str]:
    """The `bamboo` subprocesses' environment: the session's Prefect API (no temporary API each) and
    extraction in the process itself (no worker pool to start), no heartbeats, whatever BAMBOO_* the
    caller has."""
    from prefect.settings import PREFECT_API_URL

    env = {k: v for k, v in os.environ.items() if not k.startswith("BAMBOO_")}
    return {**env, "PREFECT_API_URL": str(PREFECT_API_URL.value()), "BAMBOO_WORKERS": "1", **NO_BUDGET,
            **NO_HEARTBEATS, **extra}


def page(n: int, canonical: str | None = None, update: str = "") -> bytes:
    """A news page (different for each `n`), optionally declaring `canonical` and carrying an update."""
    html = article_html(n)
    if canonical:
        html = html.replace(b"<head>", f'<head><link rel="canonical" href="{canonical}">'.encode(), 1)
    if update:
        html = html.replace(b"</article>", f"<p>{escape(update)}</p></article>".encode(), 1)
    return html


def ingest(site: Site, db: Path, process: bool = False) -> subprocess.CompletedProcess[str]:
    """One `bamboo ingest` run of the site's feed into `db`: a process of its own when `process`, else
    the same command in this process (the runs share only the warehouse and the site between them)."""
    env = environment(BAMBOO_ALLOWED_HOSTS=site.server.hostport, BAMBOO_PER_HOST_DELAY="0",
                      BAMBOO_CONNECT_TIMEOUT="2", BAMBOO_READ_TIMEOUT="5")
    args = ["ingest", "--feed-url", site.server.url("/feed.xml"), "--db", str(db)]
    return bamboo(args, env, process=process)


def urls(db: Path) -> list[str]:
    return [str(r[0]) for r in query_rows(db, "SELECT url FROM articles ORDER BY url")]


# --- case 4: a canonical shared by distinct pages ------------------------------------------------


def test_case_04_canonical_shared_by_every_page_is_distrusted(site: Site, tmp_path: Path) -> None:
    db = tmp_path / "wh" / "bamboo.duckdb"
    paths = [f"/news/{c}.html" for c in "abcde"]
    for i, path in enumerate(paths):
        site.pages[path] = page(i, canonical="/index.html")
    site.links = list(paths)
    site.serve()

    first = ingest(site, db, process=True)  # the one real `bamboo` process of this file
    assert new_articles(first.stdout) == 5
    assert urls(db) == [site.server.url(p) for p in paths]  # each page its own row, keyed by its URL
    assert len(query_rows(db, "SELECT DISTINCT body FROM extractions")) == 5
    assert query_rows(db, "SELECT canonical_url, feed_name IS NOT NULL FROM distrusted_canonicals") == [
        (site.server.url("/index.html"), True)]
    assert len(re.findall(r"Canonical URL \S+/index\.html distrusted", first.stderr)) == 1, first.stderr

    # A sixth page with the same canonical, in a later run: keyed by its own URL, nothing logged again.
    site.links.append("/news/f.html")
    site.set_page("/news/f.html", page(5, canonical="/index.html"))
    second = ingest(site, db)
    third = ingest(site, db)
    assert (new_articles(second.stdout), new_articles(third.stdout)) == (1, 0)
    assert urls(db) == [site.server.url(p) for p in [*paths, "/news/f.html"]]
    assert "distrusted" not in second.stderr + third.stderr
    assert [site.fetches(p) for p in [*paths, "/news/f.html"]] == [1] * 6  # nothing fetched twice
    assert query_rows(db, "SELECT count(*) FROM distrusted_canonicals") == [(1,)]


def test_case_04_canonical_of_a_stored_page_claimed_by_another_is_distrusted(site: Site, tmp_path: Path
                                                                             ) -> None:
    db = tmp_path / "wh" / "bamboo.duckdb"
    site.set_page("/news/a.html", page(0, canonical="/index.html"))
    site.set_page("/news/b.html", page(1, canonical="/index.html"))
    site.links = ["/news/a.html"]
    site.serve()
    ingest(site, db)  # one page alone: nothing says its canonical is wrong yet
    assert urls(db) == [site.server.url("/index.html")]
    stored_text = query_rows(db, "SELECT body FROM latest_extractions")

    site.links = ["/news/b.html", "/news/a.html"]
    second = ingest(site, db)
    assert new_articles(second.stdout) == 1
    # The second page did not overwrite the first: it is a row of its own under its own URL.
    assert urls(db) == [site.server.url("/index.html"), site.server.url("/news/b.html")]
    assert query_rows(db, f"SELECT body FROM latest_extractions JOIN articles USING (article_id) "
                    f"WHERE url = '{site.server.url('/index.html')}'") == stored_text
    assert query_rows(db, "SELECT canonical_url, entry_url, other_entry_url FROM distrusted_canonicals") == [
        (site.server.url("/index.html"), site.server.url("/news/b.html"), site.server.url("/news/a.html"))]
    assert "Canonical URL" in second.stderr and "distrusted" in second.stderr
    ingest(site, db)
    assert (site.fetches("/news/a.html"), site.fetches("/news/b.html")) == (1, 1)


# --- case 12: URL variants of one page, and updated pages ----------------------------------------


def test_case_12_rotating_query_parameter_without_canonical_is_one_article(site: Site, tmp_path: Path
                                                                          ) -> None:
    db = tmp_path / "wh" / "bamboo.duckdb"
    site.links = ["/story/1?id=7&v={run}", "/story/2?v={run}"]
    site.pages = {"/story/1": page(1), "/story/2": page(2)}
    site.serve()
    for _ in range(3):
        ingest(site, db)
    # One row per page, not one per poll; the page was fetched twice (to learn `v`), then never.
    assert urls(db) == [site.server.url("/story/1?id=7&v=1"), site.server.url("/story/2?v=1")]
    assert (site.fetches("/story/1"), site.fetches("/story/2")) == (2, 2)
    assert query_rows(db, "SELECT host, param FROM ignored_params") == [(site.server.hostport, "v")]
    assert query_rows(db, "SELECT count(*) FROM raw_pages") == [(2,)]  # the same bytes again add nothing


def test_case_12_rotating_query_parameter_with_canonical_is_not_refetched(site: Site, tmp_path: Path) -> None:
    db = tmp_path / "wh" / "bamboo.duckdb"
    site.links = ["/story/1?v={run}", "/story/2?v={run}"]
    site.pages = {"/story/1": page(1, canonical="/story/1"), "/story/2": page(2, canonical="/story/2")}
    site.serve()
    counts = [new_articles(ingest(site, db).stdout) for _ in range(3)]
    assert counts[0] == 2 and counts[2] == 0
    assert urls(db) == [site.server.url("/story/1"), site.server.url("/story/2")]
    assert (site.fetches("/story/1"), site.fetches("/story/2")) == (2, 2)
    aliases = {r[0] for r in query_rows(db, "SELECT entry_url FROM article_aliases")}
    assert {site.server.url(f"/story/1?v={n}") for n in (1, 2)} <= aliases


def test_case_12_trailing_slash_variants_in_one_feed_are_one_article(site: Site, tmp_path: Path) -> None:
    db = tmp_path / "wh" / "bamboo.duckdb"
    # Story 2 declares its canonical; story 3 does not, but both its URLs serve the same page.
    site.links = ["/story/2/", "/story/2", "/story/3/", "/story/3"]
    site.pages = {"/story/2/": page(2, canonical="/story/2"), "/story/2": page(2, canonical="/story/2"),
                  "/story/3/": page(3), "/story/3": page(3)}
    site.serve()
    for _ in range(3):
        ingest(site, db)
    assert urls(db) == [site.server.url("/story/2"), site.server.url("/story/3/")]
    assert [site.fetches(p) for p in site.links] == [1, 1, 1, 1]  # fetched once, never again
    joined = "SELECT count(*) FROM articles a JOIN latest_extractions USING (article_id)"
    assert query_rows(db, joined) == [(2,)]


def test_case_12_updated_page_is_a_new_version_beside_the_old(site: Site, tmp_path: Path) -> None:
    db = tmp_path / "wh" / "bamboo.duckdb"
    site.links = ["/story/1?v={run}"]
    site.pages = {"/story/1": page(1, canonical="/story/1")}
    site.serve()
    ingest(site, db)
    update = "Update: the foreign ministers will meet again in Hanoi next month, officials said."
    site.set_page("/story/1", page(1, canonical="/story/1", update=update))
    ingest(site, db)

    assert urls(db) == [site.server.url("/story/1")]
    versions = query_rows(db, "SELECT p.body_sha256, p.body_path, x.body FROM raw_pages p "
                        "JOIN extractions x USING (article_id, body_sha256) ORDER BY p.fetched_at")
    assert len(versions) == 2 and versions[0][0] != versions[1][0]
    assert update not in str(versions[0][2]) and update in str(versions[1][2])
    assert read_page(db, str(versions[0][1])) == page(1, canonical="/story/1")  # the old page, kept
    assert query_rows(db, "SELECT count(DISTINCT body_sha256) FROM detections") == [(2,)]
    newest = "SELECT v.body, d.body_sha256 FROM article_view v JOIN latest_detections d USING (article_id)"
    assert query_rows(db, newest) == [(versions[1][2], versions[1][0])]

    before = version_counts(db)
    for _ in range(2):  # the same bytes again add nothing; then `v` is known and nothing is fetched
        ingest(site, db)
    assert version_counts(db) == before
    assert site.fetches("/story/1") == 3
    assert query_rows(db, newest) == [(versions[1][2], versions[1][0])]

    _reprocess(db, ["--what", "both"])  # works on the newest version, in place
    assert version_counts(db) == before
    assert query_rows(db, newest) == [(versions[1][2], versions[1][0])]


def version_counts(db: Path) -> list[object]:
    tables = ("raw_pages", "extractions", "detections")
    return [query_rows(db, f"SELECT count(*) FROM {t}")[0][0] for t in tables]


def _reprocess(db: Path, args: Sequence[str]) -> None:
    window = ["--since", "2023-01-01", "--until", "2024-12-31"]
    done = bamboo_here(["reprocess", *window, *args, "--db", str(db)], environment())
    assert done.returncode == 0, done.stdout + done.stderr
