"""Backfill discovery against a real loopback site: robots.txt, sitemap indexes, news sitemaps, archives."""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from urllib.parse import urlsplit

import httpx
import pytest

from extractors.core.dates import parse_iso_datetime, url_date_span
from extractors.core.settings import Settings
from extractors.discovery.archives import Archive, parse_archive_page
from extractors.discovery.loop import DiscoveredUrl, DiscoveryReport, discover, fetcher_adapter
from extractors.discovery.sitemapfiles import parse_robots_sitemaps, parse_sitemap
from extractors.discovery.sitemaps import Sitemaps
from extractors.http.client import Fetcher
from tests import FIXTURES as ALL_FIXTURES
from tests.loopback import LoopbackServer, not_found, respond

FIXTURES = ALL_FIXTURES / "sitemaps"
SINCE, UNTIL = date(2023, 9, 1), date(2023, 9, 30)
XML = "application/xml"

pytestmark = pytest.mark.timeout(60)


@dataclass(frozen=True)
class Doc:
    """A response in the shape discovery expects (the project's FetchResult has the same fields)."""

    ok: bool
    status: int | None
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)
    final_url: str | None = None
    error_kind: str | None = None
    error: str | None = None


class LoopbackFetcher:
    """A plain httpx client with the Fetcher's `get(url, kind=...)` shape, for loopback tests."""

    def __init__(self) -> None:
        self.client = httpx.Client(timeout=5.0, follow_redirects=True)
        self.kinds: list[str] = []

    def get(self, url: str, *, kind: str = "feed", headers: dict[str, str] | None = None) -> Doc:
        self.kinds.append(kind)
        try:
            r = self.client.get(url, headers=headers)
        except httpx.HTTPError as exc:
            return Doc(False, None, b"", error_kind="network", error=str(exc))
        ok = 200 <= r.status_code < 300
        return Doc(ok, r.status_code, r.content, dict(r.headers), str(r.url),
                   None if ok else "http_status", None if ok else f"HTTP {r.status_code}")


@pytest.fixture(scope="module")
def server() -> Iterator[LoopbackServer]:
    with LoopbackServer(lifetime=3600) as srv:
        yield srv


@pytest.fixture()
def site(server: LoopbackServer) -> Iterator[LoopbackServer]:
    clear(server)
    yield server
    clear(server)


def clear(server: LoopbackServer) -> None:
    """No routes and an empty log: the next part of a test starts afresh."""
    server.routes.clear()
    server.hits.clear()


@pytest.fixture()
def fetcher() -> Iterator[LoopbackFetcher]:
    f = LoopbackFetcher()
    yield f
    f.client.close()


def base(server: LoopbackServer) -> str:
    return server.base


def fixture(name: str, server: LoopbackServer) -> bytes:
    return (FIXTURES / name).read_text("utf-8").replace("{base}", base(server)).encode("utf-8")


def serve_site(server: LoopbackServer) -> None:
    """The whole news site: robots.txt -> index -> monthly (one gzipped) + nested + news + broken."""
    plain = {
        "/robots.txt": ("robots.txt", "text/plain"),
        "/sitemap_index.xml": ("sitemap_index.xml", XML),
        "/news-sitemap.xml": ("news-sitemap.xml", XML),
        "/broken-sitemap.xml": ("broken-sitemap.xml", XML),
        "/sitemaps/pages-sitemap.xml": ("pages-sitemap.xml", XML),
        "/sitemaps/nested-index.xml": ("nested-index.xml", XML),
    }
    for path, (name, ctype) in plain.items():
        server.routes[path] = respond(200, fixture(name, server), {"Content-Type": ctype})
    # a .xml.gz file served as is: gzip recognised by its magic bytes
    server.routes["/sitemaps/sitemap-2023-09.xml.gz"] = respond(
        200, gzip.compress(fixture("sitemap-2023-09.xml", server)), {"Content-Type": "application/x-gzip"})
    # gzip as HTTP Content-Encoding: the client decodes it
    server.routes["/sitemaps/opinion.xml"] = respond(
        200, gzip.compress(fixture("opinion.xml", server)), {"Content-Type": XML, "Content-Encoding": "gzip"})
    server.routes["/sitemaps/missing.xml"] = respond(404, b"gone")


def requested(server: LoopbackServer) -> list[str]:
    return [hit.path for hit in server.hits]


def paths(found: list[DiscoveredUrl], server: LoopbackServer) -> set[str]:
    return {d.url.removeprefix(base(server)) for d in found}


# ---------------------------------------------------------------- parsers on bytes


def test_robots_sitemap_lines() -> None:
    text = "User-agent: *\nDisallow: /x\nSitemap: /a.xml  # main\nsitemap:https://s.example/b.xml.gz\n" \
           "SITEMAP: /a.xml\nSitemap: ftp://s.example/c.xml\nSitemap:\nAllow: /\n"
    assert parse_robots_sitemaps(text, "https://s.example/robots.txt") == [
        "https://s.example/a.xml", "https://s.example/b.xml.gz"]
    assert parse_robots_sitemaps("User-agent: *\nDisallow: /\n") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("2023-09-04", datetime(2023, 9, 4, tzinfo=UTC)),
    ("2023-09-04T10:00:00+07:00", datetime(2023, 9, 4, 3, tzinfo=UTC)),
    ("2023-09-04T10:00Z", datetime(2023, 9, 4, 10, tzinfo=UTC)),
    ("2023-09-04T10:00:00.250-05:00", datetime(2023, 9, 4, 15, tzinfo=UTC)),
    ("2023-09-04 10:00:00+0700", datetime(2023, 9, 4, 3, tzinfo=UTC)),
    ("2023-09", datetime(2023, 9, 1, tzinfo=UTC)),
    (" 2023 ", datetime(2023, 1, 1, tzinfo=UTC)),
    ("2023-02-30", None),
    ("04/09/2023", None),
    ("", None),
])
def test_w3c_datetimes(text: str, expected: datetime | None) -> None:
    got = parse_iso_datetime(text)
    assert got == expected
    assert got is None or got.tzinfo is UTC


@pytest.mark.parametrize(("url", "span"), [
    ("https://s/sitemap-2023-09.xml", (date(2023, 9, 1), date(2023, 9, 30))),
    ("https://s/sitemaps/2024/02/posts.xml", (date(2024, 2, 1), date(2024, 2, 29))),
    ("https://s/sitemap_202312.xml", (date(2023, 12, 1), date(2023, 12, 31))),
    ("https://s/sitemap.xml?yyyy=2023&mm=9", (date(2023, 9, 1), date(2023, 9, 30))),
    ("https://s/sitemap-posts-2022.xml", (date(2022, 1, 1), date(2022, 12, 31))),
    ("https://s/2023/09/04/slug", (date(2023, 9, 4), date(2023, 9, 4))),
    ("https://s/post-sitemap12.xml", None),
    ("https://s/article/20230904123456", None),
    ("https://s/id/202309/sitemap.xml", None),
    ("https://s/post-sitemap2000.xml", None),  # Yoast's 2000th chunk, not the year 2000
    ("https://s/sitemaps/1066/posts.xml", None),
    ("https://s/sitemap-2999-01.xml", None),
])
def test_dates_in_urls(url: str, span: tuple[date, date] | None) -> None:
    assert url_date_span(url) == span


NEWS = b"""<?xml version="1.0"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://s/a</loc><lastmod>2023-09-04</lastmod></url>
<url><loc>https://s/b</loc><news:news><news:publication><news:name>S</news:name></news:publication>
<news:publication_date>2023-09-05T10:00:00+07:00</news:publication_date><news:title>B</news:title></news:news></url>
<url><loc>  </loc></url>
</urlset>"""


def test_parse_urlset_news_and_gzip() -> None:
    for body in (NEWS, gzip.compress(NEWS)):
        sm = parse_sitemap(body)
        assert sm.kind == "urlset" and sm.error is None and not sm.truncated
        assert [u.loc for u in sm.urls] == ["https://s/a", "https://s/b"]
        assert sm.urls[0].lastmod == datetime(2023, 9, 4, tzinfo=UTC)
        assert sm.urls[1].publication_date == datetime(2023, 9, 5, 3, tzinfo=UTC)
        assert sm.urls[1].title == "B"


def test_parse_index_and_text_sitemaps() -> None:
    index = parse_sitemap(b"\xef\xbb\xbf\n<sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
                          b"<sitemap><loc>https://s/1.xml</loc><lastmod>2023-09-01</lastmod></sitemap>"
                          b"<sitemap><loc>https://s/2.xml</loc></sitemap></sitemapindex>")
    assert index.kind == "index" and [c.loc for c in index.children] == ["https://s/1.xml", "https://s/2.xml"]
    assert index.children[1].lastmod is None
    text = parse_sitemap(b"https://s/a\n\nhttps://s/b\n")
    assert text.kind == "text" and [u.loc for u in text.urls] == ["https://s/a", "https://s/b"]


def test_parse_broken_documents_are_reported() -> None:
    cut = parse_sitemap(NEWS[:260])
    assert cut.error and cut.error.startswith("malformed XML")
    assert [u.loc for u in cut.urls] == ["https://s/a"]  # entries complete before the break are kept
    html_page = parse_sitemap(b"<html><body>Not found</body></html>")
    assert html_page.error == "not a sitemap (root element <html>)"
    assert parse_sitemap(b"").error == "empty document"
    assert parse_sitemap(b"\x1f\x8b\x08garbage").error.startswith("bad gzip data")
    assert parse_sitemap(b"hello world\n").error is not None


def test_parse_never_resolves_entities() -> None:
    body = b'<?xml version="1.0"?><!DOCTYPE u [<!ENTITY e SYSTEM "file:///etc/hostname">]>' \
           b"<urlset><url><loc>&e;</loc></url><url><loc>https://s/ok</loc></url></urlset>"
    assert [u.loc for u in parse_sitemap(body).urls] == ["https://s/ok"]


def test_parse_caps_entries_and_gunzipped_bytes() -> None:
    many = b"<urlset>" + b"".join(b"<url><loc>https://s/%d</loc></url>" % i for i in range(30)) + b"</urlset>"
    sm = parse_sitemap(many, max_entries=10)
    assert sm.truncated and len(sm.urls) == 10
    bomb = gzip.compress(b"<urlset>" + b" " * 2_000_000 + b"</urlset>")
    assert len(bomb) < 10_000
    assert "larger than 100000 bytes" in (parse_sitemap(bomb, max_bytes=100_000).error or "")
    assert "larger than" in (parse_sitemap(many, max_bytes=100).error or "")


# ---------------------------------------------------------------- discovery over HTTP

IN_WINDOW = {
    # sitemap-2023-09.xml.gz (gzip by magic)
    "/2023/09/01/window-opens-hanoi-talks",
    "/2023/09/10/biden-visits-hanoi?id=7",
    "/2023/09/30/date-only-lastmod",
    "/2023/10/01/early-morning-in-hanoi",
    "/2023/09/12/duplicate-in-news-sitemap",
    # nested index -> opinion.xml (gzip by Content-Encoding)
    "/opinion/comprehensive-strategic-partnership-explained",
    # pages-sitemap.xml: one dated by its URL, one undated
    "/2023/09/21/dated-only-by-its-url",
    "/news/undated-story-on-trade-talks",
    # news sitemap: publication date wins over a later lastmod
    "/world/xi-and-vo-van-thuong-phone-call",
    # the complete entry before the break in the malformed sitemap
    "/2023/09/05/before-the-break",
}
NEVER_FETCHED = {
    "/sitemaps/sitemap-2023-07.xml",  # lastmod before the window
    "/sitemaps/sitemap-2023-08.xml",  # URL month before the window (even with a lastmod inside)
    "/sitemaps/sitemap-2023-10.xml",  # URL month after the window
    "/sitemaps/2024/01/posts.xml",  # URL folder after the window
    "/sitemaps/opinion-old.xml",  # nested child with lastmod before the window
    "/sitemap-posts-2021.xml",  # listed in robots.txt, its URL says 2021
}


def test_site_discovery_finds_exactly_the_window(site: LoopbackServer, fetcher: LoopbackFetcher) -> None:
    serve_site(site)
    report = DiscoveryReport()
    found = list(discover(Sitemaps(fetcher_adapter(fetcher), base(site) + "/"), SINCE, UNTIL, report=report))

    assert paths(found, site) == IN_WINDOW
    assert len(found) == len(IN_WINDOW)  # the URL listed twice is yielded once
    by_path = {d.url.removeprefix(base(site)): d for d in found}
    assert by_path["/news/undated-story-on-trade-talks"].date_known is False
    assert by_path["/2023/09/21/dated-only-by-its-url"].date_source == "url"
    xi = by_path["/world/xi-and-vo-van-thuong-phone-call"]
    assert (xi.source, xi.date_source) == ("news-sitemap", "publication_date")
    assert xi.lastmod == datetime(2023, 9, 22, 7, 30, tzinfo=UTC)
    assert by_path["/2023/10/01/early-morning-in-hanoi"].sitemap_url.endswith("/sitemap-2023-09.xml.gz")
    assert all(d.lastmod is None or d.lastmod.tzinfo is UTC for d in found)
    assert report.undated_yielded == 1

    got = requested(site)
    assert not NEVER_FETCHED & set(got)
    assert len(got) == len(set(got)), "a sitemap was fetched twice"
    assert {s for s, _ in report.skipped} == {base(site) + p for p in NEVER_FETCHED}
    failed = {f.url.removeprefix(base(site)): f.reason for f in report.failures}
    assert set(failed) == {"/sitemaps/missing.xml", "/broken-sitemap.xml"}
    assert "status=404" in failed["/sitemaps/missing.xml"]
    assert failed["/broken-sitemap.xml"].startswith("malformed XML")
    assert set(fetcher.kinds) == {"feed"}
    unserved = [h.path for h in site.hits if h.path.split("?")[0] not in site.routes]
    assert unserved == []  # no request reached a path the site does not serve


def test_sitemap_url_given_directly(site: LoopbackServer, fetcher: LoopbackFetcher) -> None:
    serve_site(site)
    found = list(discover(Sitemaps(fetcher_adapter(fetcher), base(site) + "/news-sitemap.xml"), SINCE, UNTIL))
    assert paths(found, site) == {"/world/xi-and-vo-van-thuong-phone-call",
                                  "/2023/09/12/duplicate-in-news-sitemap"}
    assert requested(site) == ["/news-sitemap.xml"]


def test_robots_without_sitemap_falls_back_to_sitemap_xml(site: LoopbackServer,
                                                          fetcher: LoopbackFetcher) -> None:
    site.routes["/robots.txt"] = respond(200, b"User-agent: *\nDisallow:\n")
    pages = fixture("pages-sitemap.xml", site)
    site.routes["/sitemap.xml"] = respond(200, pages, {"Content-Type": XML})
    report = DiscoveryReport()
    found = list(discover(Sitemaps(fetcher_adapter(fetcher), base(site)), SINCE, UNTIL, report=report,
                          keep_undated=False))
    assert paths(found, site) == {"/2023/09/21/dated-only-by-its-url"}
    assert requested(site) == ["/robots.txt", "/sitemap.xml"]
    assert "no Sitemap: line" in report.failures[0].reason


def test_caps_hold(site: LoopbackServer, fetcher: LoopbackFetcher) -> None:
    serve_site(site)
    fetch = fetcher_adapter(fetcher)
    report = DiscoveryReport()
    list(discover(Sitemaps(fetch, base(site), max_sitemaps=2), SINCE, UNTIL, report=report))
    assert requested(site) == ["/robots.txt", "/sitemap_index.xml", "/news-sitemap.xml"]
    assert report.stop_reason == "max_sitemaps"

    site.hits.clear()
    report = DiscoveryReport()
    found = list(discover(Sitemaps(fetch, base(site), max_urls=3), SINCE, UNTIL, report=report))
    assert len(found) == 3 and report.stop_reason == "max_urls"

    site.hits.clear()
    report = DiscoveryReport()
    found = list(discover(Sitemaps(fetch, base(site), max_depth=1), SINCE, UNTIL, report=report))
    assert "/sitemaps/opinion.xml" not in requested(site)
    assert "/opinion/comprehensive-strategic-partnership-explained" not in paths(found, site)
    assert any("max_depth=1" in reason for _, reason in report.skipped)

    site.hits.clear()
    report = DiscoveryReport()
    found = list(discover(Sitemaps(fetch, base(site), max_bytes=1000), SINCE, UNTIL, report=report))
    too_big = {f.url.removeprefix(base(site)) for f in report.failures if "larger than 1000" in f.reason}
    assert too_big == {"/sitemap_index.xml", "/news-sitemap.xml"}
    assert "/sitemaps/sitemap-2023-09.xml.gz" not in requested(site)
    assert paths(found, site) == {"/2023/09/05/before-the-break"}  # the small one is still read


def test_window_must_be_ordered(fetcher: LoopbackFetcher) -> None:
    with pytest.raises(ValueError, match="before since"):
        next(discover(Sitemaps(fetcher_adapter(fetcher), "http://127.0.0.1:9/"), UNTIL, SINCE))


# ---------------------------------------------------------------- paginated archives

ARCHIVE_IN_WINDOW = {
    "/news/vietnam-china-rail-link-agreement",  # <time> in its card
    "/news/undated-card-about-port-visit",  # undated: kept
    "/2023/09/20/us-vietnam-semiconductor-deal/",  # date in its URL
    "/news/state-visit-preparations-in-hanoi",  # tracking parameter dropped
    "/2023/09/01/first-day-of-the-window/",
    "/news/beijing-hosts-asean-ministers",  # 2023-09-01 01:00 UTC
    "/news/undated-but-on-an-old-page",
}


def serve_archive(server: LoopbackServer, pages: dict[int, str], prefix: str = "/category/news/page/"
                  ) -> None:
    for n, name in pages.items():
        body = fixture(name, server)
        server.routes[f"{prefix}{n}/"] = respond(200, body, {"Content-Type": "text/html"})


def test_archive_walk_stops_when_a_page_is_all_older(site: LoopbackServer, fetcher: LoopbackFetcher) -> None:
    serve_archive(site, {n: f"archive-page-{n}.html" for n in range(1, 5)})
    report = DiscoveryReport()
    template = base(site) + "/category/news/page/{page}/"
    found = list(discover(Archive(fetcher_adapter(fetcher, "page"), template), SINCE, UNTIL, report=report))
    assert paths(found, site) == ARCHIVE_IN_WINDOW
    assert requested(site) == [f"/category/news/page/{n}/" for n in range(1, 5)]  # page 5 never asked
    assert report.stop_reason == "every dated link on the page is older than the window"
    assert report.failures == [] and set(fetcher.kinds) == {"page"}
    assert {d.source for d in found} == {"archive"}
    by_path = {d.url.removeprefix(base(site)): d for d in found}
    rail = by_path["/news/vietnam-china-rail-link-agreement"]
    assert (rail.lastmod, rail.date_source) == (datetime(2023, 9, 28, 2, tzinfo=UTC), "page")
    assert rail.sitemap_url == base(site) + "/category/news/page/1/"
    assert by_path["/news/undated-card-about-port-visit"].date_known is False


def test_archive_stops_on_no_new_links_404_and_page_cap(site: LoopbackServer,
                                                        fetcher: LoopbackFetcher) -> None:
    fetch = fetcher_adapter(fetcher, "page")
    names = {1: "archive-page-1.html", 2: "archive-page-2.html", 3: "archive-page-2.html"}
    by_query = {f"paged={n}": respond(200, fixture(name, site), {"Content-Type": "text/html"})
                for n, name in names.items()}
    site.routes["/news/"] = lambda c: by_query.get(urlsplit(c.request.path).query, not_found)(c)
    report = DiscoveryReport()
    list(discover(Archive(fetch, base(site) + "/news/?paged={page}"), SINCE, UNTIL, report=report))
    assert report.stop_reason == "page with no new links"
    assert len(site.hits) == 3

    clear(site)
    serve_archive(site, {1: "archive-page-1.html"})
    site.routes["/category/news/page/2/"] = respond(404, b"no such page")
    report = DiscoveryReport(urls_yielded=50)  # a report shared with an earlier source: caps are per call
    template = base(site) + "/category/news/page/{page}/"
    found = list(discover(Archive(fetch, template, max_urls=3), SINCE, UNTIL, report=report))
    assert len(found) == 3 and report.urls_yielded == 53
    assert report.stop_reason == "end of archive (404)" and report.failures == []

    clear(site)
    serve_archive(site, {n: f"archive-page-{n}.html" for n in range(1, 5)})
    report = DiscoveryReport()
    list(discover(Archive(fetch, base(site) + "/category/news/page/{page}/", max_pages=2), SINCE, UNTIL,
                  report=report))
    assert requested(site) == ["/category/news/page/1/", "/category/news/page/2/"]
    assert report.stop_reason == "max_pages"


def test_archive_first_page_failure_is_reported(site: LoopbackServer, fetcher: LoopbackFetcher) -> None:
    site.routes["/category/news/page/1/"] = respond(503, b"down")
    report = DiscoveryReport()
    template = base(site) + "/category/news/page/{page}/"
    found = list(discover(Archive(fetcher_adapter(fetcher, "page"), template), SINCE, UNTIL, report=report))
    assert found == [] and report.stop_reason == "page fetch failed"
    assert "status=503" in report.failures[0].reason


def test_archive_page_links_skip_chrome_and_other_sites() -> None:
    body = (FIXTURES / "archive-page-1.html").read_bytes()
    links = parse_archive_page(body, "https://wire.example/category/news/page/1/",
                               "https://wire.example/category/news/page/{page}/")
    assert [link.url for link in links] == [
        "https://wire.example/2023/10/05/after-the-window-summit/",
        "https://wire.example/news/vietnam-china-rail-link-agreement",
        "https://wire.example/news/undated-card-about-port-visit",
        "https://wire.example/2023/09/20/us-vietnam-semiconductor-deal/",
    ]
    with pytest.raises(ValueError, match="no {page}"):
        next(discover(Archive(lambda u: Doc(True, 200, b""), "https://wire.example/news/"), SINCE, UNTIL))


def test_archive_card_dates_never_borrow_a_neighbours_time() -> None:
    body = b"""<html><body><main>
    <div><p><a href="/news/two-times-in-one-card-story">A</a></p>
      <time datetime="2023-09-02">2 Sep</time> <time datetime="2023-09-03">updated</time></div>
    <ul><li><a href="/news/first-item-in-a-list-story">B</a> <time datetime="2023-09-04">4 Sep</time></li>
      <li><a href="/news/second-item-without-a-date">C</a></li></ul>
    </main></body></html>"""
    links = parse_archive_page(body, "https://wire.example/news/page/1/", "https://wire.example/news/page/{page}/")
    dates = {link.url.rsplit("/", 1)[-1]: link.when for link in links}
    assert dates == {
        "two-times-in-one-card-story": None,  # two dates: which one is the publication is unknown
        "first-item-in-a-list-story": datetime(2023, 9, 4, tzinfo=UTC),
        "second-item-without-a-date": None,  # its <ul> holds the first item's <time>
    }


def test_project_fetcher_through_the_adapter(site: LoopbackServer) -> None:
    """The same discovery through the project's guarded Fetcher (loopback allowed for the test)."""
    serve_site(site)
    serve_archive(site, {n: f"archive-page-{n}.html" for n in range(1, 5)})
    settings = Settings.from_env(env={}, allow_private_networks=True, per_host_delay=0.0)
    with Fetcher(settings) as fetcher:
        report = DiscoveryReport()
        sitemaps = Sitemaps(fetcher_adapter(fetcher, "feed"), base(site))
        found = list(discover(sitemaps, SINCE, UNTIL, report=report))
        template = base(site) + "/category/news/page/{page}/"
        archived = list(discover(Archive(fetcher_adapter(fetcher, "page"), template), SINCE, UNTIL))
    assert paths(found, site) == IN_WINDOW
    assert {f.url.removeprefix(base(site)) for f in report.failures} == {
        "/sitemaps/missing.xml", "/broken-sitemap.xml"}
    assert paths(archived, site) == ARCHIVE_IN_WINDOW
    assert not NEVER_FETCHED & set(requested(site))


def test_unusable_locations_are_skipped_not_fatal(site: LoopbackServer, fetcher: LoopbackFetcher) -> None:
    body = ("<urlset><url><loc>http://[::1/broken</loc><lastmod>2023-09-02</lastmod></url>"
            "<url><loc>javascript:alert(1)</loc><lastmod>2023-09-02</lastmod></url>"
            "<url><loc>/relative/2023/09/03/resolved-against-the-sitemap</loc></url>"
            "<url><loc>{base}/fine-story</loc><lastmod>2023-09-04</lastmod></url></urlset>")
    site.routes["/odd.xml"] = respond(200, body.replace("{base}", base(site)).encode(), {"Content-Type": XML})
    found = list(discover(Sitemaps(fetcher_adapter(fetcher), base(site) + "/odd.xml"), SINCE, UNTIL))
    assert paths(found, site) == {"/relative/2023/09/03/resolved-against-the-sitemap", "/fine-story"}
    links = parse_archive_page(b'<main><a href="http://[::1/x">x</a><a href="mailto:a@b">m</a>'
                               b'<a href="/news/a-perfectly-normal-story">ok</a></main>',
                               "https://wire.example/news/page/1/", "https://wire.example/news/page/{page}/")
    assert [link.url for link in links] == ["https://wire.example/news/a-perfectly-normal-story"]
