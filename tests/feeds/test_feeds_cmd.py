"""`bamboo feeds` as an operator uses it: real `bamboo` processes, the fixture site on loopback, a real
warehouse across several ingest runs, and real OPML files. A command a test has run as a process
runs again in the test's own process (tests.runs.bamboo_here)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractors.core.errors import ConfigError
from extractors.discovery.plan import select_feeds
from extractors.feeds.config import load_feeds, parse_feeds
from flows.cli import main
from flows.demo import ReplayServer
from tests import ROOT
from tests.runs import bamboo, bamboo_env
from tests.warehouse_helpers import query_rows

pytestmark = pytest.mark.timeout(400)

CONFIG = ROOT / "config" / "feeds.toml"


def _env(api_url: str, site: ReplayServer, feeds: Path, db: Path) -> dict[str, str]:
    return bamboo_env(api_url, site.hostport, BAMBOO_CONNECT_TIMEOUT="2", BAMBOO_READ_TIMEOUT="10",
                      BAMBOO_FEEDS=str(feeds), BAMBOO_DB=str(db))


def _bamboo(env: dict[str, str], *args: str, ok: bool = True, process: bool = False
            ) -> subprocess.CompletedProcess[str]:
    """`bamboo ARGS` as a process of its own when `process` (each command's first run in a test), else
    the same command in this process."""
    return bamboo(args, env, process=process, ok=ok)


def _status(db: Path) -> dict[str, str]:
    return dict(query_rows(db, "SELECT feed, status FROM feed_health"))  # type: ignore[arg-type]


def _feed_requests(site: ReplayServer, path: str) -> int:
    return site.requests_for(path)


def test_add_ingest_disable_enable_across_runs(site: ReplayServer, api_url: str, tmp_path: Path) -> None:
    feeds, db = tmp_path / "feeds.toml", tmp_path / "wh" / "bamboo.duckdb"
    env = _env(api_url, site, feeds, db)

    # No feeds file yet: `add` creates it, with what the feeds say about themselves.
    out = _bamboo(env, "feeds", "add", site.url("/vn-diplomacy.xml"), process=True).stdout
    assert "Added hanoi-compass-diplomacy: Hanoi Compass: Diplomacy (en, 4 items)" in out
    _bamboo(env, "feeds", "add", site.url("/cn-world.atom"), "--timezone", "Asia/Shanghai", "--tag", "china")
    configured = {f.name: f for f in load_feeds(feeds)}
    assert list(configured) == ["hanoi-compass-diplomacy", "127-0-0-1"]  # a Chinese title: named by host
    cn = configured["127-0-0-1"]
    assert (cn.outlet, cn.language, cn.timezone) == ("环球简讯 Fixture", "zh", "Asia/Shanghai")
    assert cn.tags == ("china",)
    assert configured["hanoi-compass-diplomacy"].language == "en"

    listed = _bamboo(env, "feeds", "list", process=True).stdout
    assert f"no warehouse at {db} yet" in listed and "hanoi-compass-diplomacy  enabled" in listed

    run1 = _bamboo(env, "ingest", process=True)
    assert "Feeds polled: 2 (2 ok, 0 failed)" in run1.stdout
    assert _status(db) == {"hanoi-compass-diplomacy": "ok", "127-0-0-1": "ok"}

    # Disabled by URL: the next run does not ask for it, says so once, and feed_health says disabled.
    out = _bamboo(env, "feeds", "disable", site.url("/vn-diplomacy.xml"), process=True).stdout
    assert "hanoi-compass-diplomacy disabled in" in out and "Marked disabled in the warehouse" in out
    assert 'disabled = true' in feeds.read_text()
    before = _feed_requests(site, "/vn-diplomacy.xml")
    run2 = _bamboo(env, "ingest", "--all")
    assert "Feeds polled: 1 (1 ok, 0 failed)" in run2.stdout
    assert run2.stderr.count("Skipping 1 disabled feed(s): hanoi-compass-diplomacy") == 1
    assert _feed_requests(site, "/vn-diplomacy.xml") == before
    assert _status(db)["hanoi-compass-diplomacy"] == "disabled"
    analyst = db.with_name("bamboo.analyst.duckdb")
    health = dict(query_rows(analyst, "SELECT feed, status FROM feed_health"))
    assert health["hanoi-compass-diplomacy"] == "disabled"
    listed = _bamboo(env, "feeds", "list").stdout
    assert re.search(r"hanoi-compass-diplomacy\s+disabled\s+\d{4}-\d\d-\d\d \d\d:\d\d\s+ok\s+0\s+4\s", listed)

    # Enabled again: polled again, and feed_health shows the poll's status, not "disabled".
    _bamboo(env, "feeds", "enable", "hanoi-compass-diplomacy")
    assert "disabled" not in feeds.read_text()
    run3 = _bamboo(env, "ingest", "--all")
    assert "Feeds polled: 2 (2 ok, 0 failed)" in run3.stdout and "disabled" not in run3.stderr
    assert _feed_requests(site, "/vn-diplomacy.xml") == before + 1
    assert _status(db)["hanoi-compass-diplomacy"] in ("ok", "not_modified", "unchanged")
    assert query_rows(db, "SELECT count(*) FROM articles") == [(7,)]


def test_removed_feeds_are_marked_removed_by_the_command_and_by_the_next_run(
        site: ReplayServer, api_url: str, tmp_path: Path) -> None:
    feeds, db = tmp_path / "feeds.toml", tmp_path / "wh" / "bamboo.duckdb"
    feeds.write_bytes(site.render("feeds.toml"))
    env = _env(api_url, site, feeds, db)
    _bamboo(env, "ingest")
    assert _status(db) == {"hanoi-compass": "ok", "huanqiu-brief": "ok"}

    out = _bamboo(env, "feeds", "remove", site.url("/cn-world.atom"), process=True).stdout
    assert "Removed huanqiu-brief" in out and "Marked removed in the warehouse" in out
    assert _status(db)["huanqiu-brief"] == "removed"
    assert feeds.read_text().startswith("# Feeds of the fixture site")  # the file's comment survives
    _bamboo(env, "ingest", "--all")
    assert _status(db)["huanqiu-brief"] == "removed"  # stays removed, its articles stay
    assert query_rows(db, "SELECT count(*) FROM article_sources WHERE feed_name = 'huanqiu-brief'") == [(4,)]

    # Added back under its old name: active again at the next run.
    _bamboo(env, "feeds", "add", site.url("/cn-world.atom"), "--name", "huanqiu-brief",
            "--outlet", "环球简讯")
    _bamboo(env, "ingest", "--all")
    assert _status(db)["huanqiu-brief"] in ("ok", "not_modified", "unchanged")

    # Removed by hand from the file: the next run, which reads the whole file, marks it removed.
    text = feeds.read_text()
    start = text.index("[[feed]]\nname = \"hanoi-compass\"")
    feeds.write_text(text[:start] + text[text.index("[[feed]]", start + 1):])
    _bamboo(env, "ingest", "--all")
    assert _status(db) == {"hanoi-compass": "removed", "huanqiu-brief": "not_modified"}
    # A --feed-url trial run is not the file: it marks nothing removed.
    _bamboo(env, "ingest", "--feed-url", site.url("/vn-diplomacy.xml"), "--allow-private-networks")
    assert _status(db)["huanqiu-brief"] != "removed"


def test_add_refuses_what_is_not_a_new_feed_in_one_line(site: ReplayServer, site_env: Path, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BAMBOO_FEEDS", str(site_env))
    monkeypatch.setenv("BAMBOO_DB", str(tmp_path / "none.duckdb"))
    before = site_env.read_bytes()
    runner = CliRunner()
    cases = {
        "/news/2023/09/us-vietnam-upgrade.html":
            f"Error: {site.url('/news/2023/09/us-vietnam-upgrade.html')} is not a feed (an HTML page)",
        "/missing.xml": f"Error: {site.url('/missing.xml')}: cannot fetch the feed:",
    }
    for path, message in cases.items():
        result = runner.invoke(main, ["feeds", "add", site.url(path)])
        assert result.exit_code == 1 and result.output.startswith(message), result.output
        assert len(result.output.strip().splitlines()) == 1
    # The same feed written differently (host case, trailing slash) is a duplicate; so is a taken name.
    same = site.url("/vn-diplomacy.xml").replace("127.0.0.1", "127.0.0.1".upper())
    result = runner.invoke(main, ["feeds", "add", same])
    assert result.exit_code == 1 and "is already in" in result.output and "as hanoi-compass" in result.output
    fetched = len(site.log)
    result = runner.invoke(main, ["feeds", "add", site.url("/vn-diplomacy.xml/")])
    assert result.exit_code == 1 and "as hanoi-compass" in result.output
    assert len(site.log) == fetched  # refused before any fetch
    site.extra["/other.xml"] = (200, {"Content-Type": "application/rss+xml"}, site.render("vn-diplomacy.xml"))
    result = runner.invoke(main, ["feeds", "add", site.url("/other.xml"), "--name", "huanqiu-brief"])
    assert result.exit_code == 1 and "already has a feed named 'huanqiu-brief'" in result.output
    result = runner.invoke(main, ["feeds", "add", site.url("/other.xml"), "--timezone", "Mars/Olympus"])
    assert result.exit_code == 1 and "unknown timezone 'Mars/Olympus'" in result.output
    result = runner.invoke(main, ["feeds", "add", "ftp://example.org/feed"])
    assert result.exit_code == 1 and "is not an http(s) URL" in result.output
    assert site_env.read_bytes() == before  # nothing refused was written

    result = runner.invoke(main, ["feeds", "remove", "no-such-feed"])
    assert result.exit_code == 1 and "no feed named or with the URL 'no-such-feed'" in result.output
    assert runner.invoke(main, ["feeds", "remove", "hanoi-compass"]).exit_code == 0
    result = runner.invoke(main, ["feeds", "remove", "huanqiu-brief"])
    assert result.exit_code == 1 and "is the only feed; disable it instead" in result.output


def test_edits_keep_comments_and_layout(site: ReplayServer, site_env: Path, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    feeds = tmp_path / "config.toml"
    original = CONFIG.read_text(encoding="utf-8")
    feeds.write_text(original, encoding="utf-8")
    monkeypatch.setenv("BAMBOO_FEEDS", str(feeds))
    monkeypatch.setenv("BAMBOO_DB", str(tmp_path / "none.duckdb"))
    runner = CliRunner()

    def ok(*args: str) -> str:
        result = runner.invoke(main, list(args))
        assert result.exit_code == 0, result.output
        return result.output

    ok("feeds", "disable", "the-diplomat")
    ok("feeds", "enable", "the-diplomat")
    assert feeds.read_text(encoding="utf-8") == original  # byte for byte

    comments = [line for line in original.splitlines() if line.startswith("#")]
    ok("feeds", "remove", "vnexpress-intl-news")   # the first feed
    ok("feeds", "remove", "bbc-zhongwen")          # the last before the "United States" heading
    ok("feeds", "remove", "bbc-asia")              # the last of the file
    ok("feeds", "disable", "global-times")
    ok("feeds", "add", site.url("/vn-diplomacy.xml"), "--name", "hanoi", "--tag", "fixture")
    text = feeds.read_text(encoding="utf-8")
    assert [line for line in text.splitlines() if line.startswith("#")] == comments
    assert text.index("# --- United States") < text.index('name = "the-diplomat"')
    assert text.index('"bbc-tieng-viet"') < text.index("# --- China") < text.index('"global-times"')
    assert "\n\n\n" not in text and text.endswith('tags = ["fixture"]\n')
    names = [f.name for f in load_feeds(feeds)]
    assert "vnexpress-intl-news" not in names and "bbc-zhongwen" not in names and names[-1] == "hanoi"
    assert [f.name for f in load_feeds(feeds) if f.disabled] == ["global-times"]
    # What is left of each untouched table is as it was, line for line.
    for name in ("vnexpress-intl-world", "the-diplomat", "state-dept-press"):
        block = original[original.index(f'name = "{name}"'):]
        block = block[:block.index("\n\n")]
        assert block in text


def test_opml_round_trip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "source.toml"
    source.write_text(CONFIG.read_text(encoding="utf-8") + '\n[[feed]]\nname = "owned.feed_1"\n'
                      'url = "https://owned.example/rss?lang=vi&cat=1"\noutlet = "Owned & Co"\n'
                      'language = "vi"\n'
                      'robots = "ignore"\ndisabled = true\nsitemap = "https://owned.example/sitemap.xml"\n',
                      encoding="utf-8")
    monkeypatch.setenv("BAMBOO_DB", str(tmp_path / "none.duckdb"))
    runner = CliRunner()
    opml = tmp_path / "feeds.opml"
    result = runner.invoke(main, ["feeds", "export-opml", str(opml), "--feeds-file", str(source)])
    assert result.exit_code == 0, result.output
    assert opml.read_bytes().startswith(b"<?xml version='1.0' encoding='UTF-8'?>\n<opml")

    target = tmp_path / "target.toml"
    result = runner.invoke(main, ["feeds", "import-opml", str(opml), "--feeds-file", str(target)])
    assert result.exit_code == 0, result.output
    assert f"Imported 15 feed(s) into {target}; skipped 0 already there" in result.output
    assert load_feeds(target) == load_feeds(source)  # every field of every feed, in order

    again = runner.invoke(main, ["feeds", "import-opml", str(opml), "--feeds-file", str(target)])
    assert "Imported 0 feed(s)" in again.output and "skipped 15 already there" in again.output
    # Export to stdout is the same document.
    out = runner.invoke(main, ["feeds", "export-opml", "--feeds-file", str(target)])
    assert out.exit_code == 0
    assert re.sub(rb"<dateCreated>.*</dateCreated>", b"", out.stdout_bytes) == \
        re.sub(rb"<dateCreated>.*</dateCreated>", b"", opml.read_bytes())


READER_OPML = """<?xml version="1.0" encoding="UTF-8"?>
<!-- exported by a feed reader -->
<opml version="1.0">
  <head><title>Subscriptions</title></head>
  <body>
    <outline text="Vietnam" title="Vietnam">
      <outline type="rss" text="VnExpress International" title="VnExpress International"
               xmlUrl="https://e.vnexpress.net/rss/news.rss" htmlUrl="https://e.vnexpress.net/"/>
      <outline text="Tiếng Việt">
        <outline type="rss" text="Tuổi Trẻ - Thế giới" xmlUrl="https://tuoitre.vn/rss/the-gioi.rss"
                 language="vi-VN"/>
      </outline>
    </outline>
    <outline title="Asia &amp; Pacific" text="Asia &amp; Pacific">
      <outline type="rss" text="The Diplomat" xmlUrl="https://thediplomat.com/feed"/>
      <outline type="rss" title="Nikkei Asia" text="Nikkei" xmlUrl="https://asia.nikkei.com/rss/feed/nar"
               category="/Business,/Japan"/>
      <outline type="rss" text="Nikkei again" xmlUrl="https://ASIA.nikkei.com/rss/feed/nar"/>
      <outline type="rss" text="Broken" xmlUrl="feed://example.org/rss"/>
    </outline>
    <outline type="rss" text="新华网" xmlUrl="http://www.xinhuanet.com/world/news_world.xml"/>
  </body>
</opml>
"""


def test_import_a_feed_readers_opml_with_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    feeds = tmp_path / "feeds.toml"
    feeds.write_text(CONFIG.read_text(encoding="utf-8"), encoding="utf-8")
    opml = tmp_path / "subscriptions.opml"
    opml.write_text(READER_OPML, encoding="utf-8")
    monkeypatch.setenv("BAMBOO_FEEDS", str(feeds))
    monkeypatch.setenv("BAMBOO_DB", str(tmp_path / "none.duckdb"))
    result = CliRunner().invoke(main, ["feeds", "import-opml", str(opml)])
    assert result.exit_code == 0, result.output
    # VnExpress, Tuổi Trẻ and The Diplomat (no trailing slash) are configured already; Nikkei twice.
    assert f"Imported 2 feed(s) into {feeds}; skipped 4 already there, 1 unusable" in result.output
    assert "skipped: Broken: feed URL 'feed://example.org/rss' is not an http(s) URL" in result.output
    new = {f.name: f for f in load_feeds(feeds)[14:]}
    assert list(new) == ["nikkei-asia", "xinhuanet-com"]
    nikkei = new["nikkei-asia"]
    assert (nikkei.outlet, nikkei.language) == ("Nikkei Asia", "und")
    assert nikkei.tags == ("asia-pacific", "business", "japan")
    assert new["xinhuanet-com"].outlet == "新华网" and new["xinhuanet-com"].tags == ()
    assert feeds.read_text(encoding="utf-8").startswith(CONFIG.read_text(encoding="utf-8"))  # only appended


def test_import_refuses_a_file_that_is_not_opml(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    feeds = tmp_path / "feeds.toml"
    feeds.write_text(CONFIG.read_text(encoding="utf-8"), encoding="utf-8")
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>not OPML</p></body></html>")
    monkeypatch.setenv("BAMBOO_FEEDS", str(feeds))
    result = CliRunner().invoke(main, ["feeds", "import-opml", str(page)])
    assert result.exit_code == 1
    assert result.output.strip() == f"Error: {page}: not an OPML file: the root element is <html>"
    assert feeds.read_text(encoding="utf-8") == CONFIG.read_text(encoding="utf-8")


def test_disabled_is_read_from_the_file_and_checked() -> None:
    base = '[[feed]]\nname = "a"\nurl = "https://a.example/rss"\noutlet = "A"\nsitemap = "https://a.example/s.xml"\n'
    assert parse_feeds(base)[0].disabled is False
    assert parse_feeds(base + "disabled = true\n")[0].disabled is True
    with pytest.raises(ConfigError, match=r"feeds.toml:6: feed 'a' disabled must be true or false"):
        parse_feeds(base + 'disabled = "yes"\n')
    # A backfill over "every feed that can" leaves a disabled one out; named, it is backfilled.
    feeds = parse_feeds(base + "disabled = true\n" + base.replace('"a"', '"b"'))
    assert [f.name for f in select_feeds(feeds, None)] == ["b"]
    assert [f.name for f in select_feeds(feeds, ["a"])] == ["a"]
