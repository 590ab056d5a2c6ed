"""Bad input everywhere, through the real `bamboo` command: a malformed feeds file is refused before
any fetch with its line and reason, bad arguments are usage errors, and a warehouse path holding
something else is refused in one line and never written to.

The first case of each table runs `bamboo` in a process of its own; the others run the same command
in the test's process (tests.runs.bamboo_here: same output, exit code and log lines, without ~1-2 s
of CPU to start a process for each)."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import duckdb
import pytest

from tests import ROOT
from tests.hostile import HostileServer, feeds_toml, news_site
from tests.runs import bamboo_here

pytestmark = pytest.mark.timeout(120)

# What the `bamboo` console script runs, imported from this tree (whatever copy is installed).
BAMBOO = [sys.executable, "-c", "from flows.cli import main; main()"]


@pytest.fixture
def server() -> Iterator[HostileServer]:
    """A news site on loopback: any request it gets means something was fetched."""
    with HostileServer(lifetime=100) as s:
        news_site(s, feeds=1, per_feed=2)
        yield s


def bamboo(args: list[str], server: HostileServer, process: bool = True, **env: str
           ) -> subprocess.CompletedProcess[str]:
    """Run `bamboo ARGS` with only `server` allow-listed, in a process of its own unless `process` is
    False (then in this one); returns the finished command."""
    full = {k: v for k, v in os.environ.items() if not k.startswith("BAMBOO_")}
    full.update({"BAMBOO_ALLOWED_HOSTS": server.hostport, "BAMBOO_CONNECT_TIMEOUT": "1",
                 "BAMBOO_READ_TIMEOUT": "2", **env})
    if not process:
        return bamboo_here(args, full, cwd=ROOT)
    return subprocess.run([*BAMBOO, *args], env=full, cwd=ROOT, capture_output=True, text=True, timeout=90)


GOOD = '[[feed]]\nname = "good"\nurl = "{url}"\noutlet = "Good"\n\n'  # lines 1-4, then a blank line

# (case, the feed table that follows the good one (its [[feed]] on line 6), line the error must name:
# the offending key's own, else the table's; reason it must give)
BAD_FEEDS = [
    ("unknown key", '[[feed]]\nname = "x"\nurl = "{url}"\noutlet = "O"\ncolour = "red"\n', 10,
     "unknown key(s) ['colour']"),
    ("ftp URL", '[[feed]]\nname = "x"\nurl = "ftp://example.com/feed"\noutlet = "O"\n', 8,
     "is not an http(s) URL"),
    ("URL without host", '[[feed]]\nname = "x"\nurl = "http://"\noutlet = "O"\n', 8,
     "is not an http(s) URL"),
    ("duplicate name", '[[feed]]\nname = "good"\nurl = "{url}"\noutlet = "O"\n', 6,
     "duplicate feed name 'good' (first at line 1)"),
    ("unknown time zone", '[[feed]]\nname = "x"\nurl = "{url}"\noutlet = "O"\ntimezone = "Mars/Base"\n', 10,
     "unknown timezone 'Mars/Base'"),
    ("missing outlet", '[[feed]]\nname = "x"\nurl = "{url}"\n', 6, "needs a non-empty string 'outlet'"),
    ("invalid TOML", '[[feed]]\nname = "x\n', 7, "invalid TOML"),
]


@pytest.mark.parametrize(("case", "table", "line", "reason"), BAD_FEEDS, ids=[c[0] for c in BAD_FEEDS])
def test_malformed_feeds_file_is_refused_before_any_fetch(server: HostileServer, tmp_path: Path, case: str,
                                                          table: str, line: int, reason: str) -> None:
    feed_url = server.url("/feeds/0.xml")
    feeds = tmp_path / "feeds.toml"
    feeds.write_text(GOOD.format(url=feed_url) + table.format(url=feed_url))
    db = tmp_path / "wh" / "bamboo.duckdb"
    done = bamboo(["ingest", "--all", "--feeds", str(feeds), "--db", str(db)], server,
                  process=case == BAD_FEEDS[0][0])
    assert done.returncode == 1, done.stderr
    assert f"{feeds}:" in done.stderr and reason in done.stderr, done.stderr
    assert re.search(rf"(:{line}: |line {line}\b)", done.stderr), done.stderr  # where: the line
    assert len(done.stderr.strip().splitlines()) == 1  # one line, no traceback
    assert server.connections == 0  # refused before any fetch: not even the good feed was asked
    assert not db.exists()


BAD_ARGS = [
    ["ingest", "--bogus"],
    ["ingest", "--db"],
    ["ingest", "--feeds", "{dir}"],
    ["no-such-command"],
    ["sql", "--format", "xml", "SELECT 1"],
    ["backfill", "--since", "last tuesday", "--until", "2023-09-30"],
]


@pytest.mark.parametrize("args", BAD_ARGS, ids=[" ".join(a) for a in BAD_ARGS])
def test_bad_arguments_are_usage_errors(server: HostileServer, tmp_path: Path, args: list[str]) -> None:
    done = bamboo([a.format(dir=tmp_path) for a in args], server, process=args == BAD_ARGS[0])
    assert done.returncode == 2, (done.returncode, done.stderr)
    assert done.stderr.strip().splitlines()[-1].startswith("Error: ")
    assert "Traceback" not in done.stderr and server.connections == 0


def test_bad_setting_and_bad_feed_url_are_one_line_errors(server: HostileServer, tmp_path: Path) -> None:
    db = str(tmp_path / "bamboo.duckdb")
    done = bamboo(["ingest", "--feed-url", server.url("/feeds/0.xml"), "--db", db], server,
                  BAMBOO_READ_TIMEOUT="soon")
    assert done.returncode == 1 and "BAMBOO_READ_TIMEOUT='soon'" in done.stderr, done.stderr
    done = bamboo(["ingest", "--feed-url", "ftp://example.com/rss", "--db", db], server, process=False)
    assert done.returncode == 1 and "--feed-url 'ftp://example.com/rss' is not an http(s) URL" in done.stderr
    assert server.connections == 0 and "Traceback" not in done.stderr


def _foreign(p: Path) -> None:
    con = duckdb.connect(str(p))
    con.execute("CREATE TABLE customers (id INTEGER, name VARCHAR)")
    con.execute("INSERT INTO customers VALUES (1, 'precious data')")
    con.close()


def _newer(p: Path) -> None:
    con = duckdb.connect(str(p))
    con.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name VARCHAR, "
                "applied_at TIMESTAMPTZ)")
    con.execute("INSERT INTO schema_version VALUES (999, '999_future.sql', now())")
    con.close()


def _sqlite(p: Path) -> None:
    con = sqlite3.connect(p)
    con.execute("CREATE TABLE notes (body TEXT)")
    con.commit()
    con.close()


UNUSABLE: list[tuple[str, Callable[[Path], None], str]] = [
    ("foreign DuckDB file", _foreign, "is not a Bamboo Wire warehouse (it has tables customers"),
    ("newer schema", _newer, "schema version 999 is newer than this Bamboo Wire"),
    ("SQLite file", _sqlite, "cannot open as a DuckDB warehouse"),
    ("random bytes", lambda p: p.write_bytes(os.urandom(50_000)), "cannot open as a DuckDB warehouse"),
    ("empty file", lambda p: p.write_bytes(b""), "cannot open as a DuckDB warehouse"),
]


@pytest.mark.parametrize(("case", "make", "message"), UNUSABLE, ids=[u[0] for u in UNUSABLE])
def test_unusable_warehouse_file_is_refused_and_never_written(
        server: HostileServer, tmp_path: Path, case: str, make: Callable[[Path], None], message: str) -> None:
    db = tmp_path / "bamboo.duckdb"
    make(db)
    before = (db.read_bytes(), db.stat().st_mtime_ns)
    feeds = tmp_path / "feeds.toml"
    feeds.write_text(feeds_toml([server.url("/feeds/0.xml")]))
    done = bamboo(["ingest", "--all", "--feeds", str(feeds), "--db", str(db)], server,
                  process=case == UNUSABLE[0][0])
    assert done.returncode == 1, done.stderr
    assert done.stderr.startswith(f"Error: {db}: ") and message in done.stderr, done.stderr
    # No extension is fetched from the internet to read a file that is not ours.
    assert "download" not in done.stderr.lower()
    assert (db.read_bytes(), db.stat().st_mtime_ns) == before
    assert not db.with_name(db.name + ".wal").exists()
    assert server.connections == 0


def test_directory_at_warehouse_path_is_a_usage_error(server: HostileServer, tmp_path: Path) -> None:
    db = tmp_path / "bamboo.duckdb"
    db.mkdir()
    done = bamboo(["ingest", "--feed-url", server.url("/feeds/0.xml"), "--db", str(db)], server)
    assert done.returncode == 2 and "is a directory" in done.stderr
    assert list(db.iterdir()) == [] and server.connections == 0
