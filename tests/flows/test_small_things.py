"""Operator details, driven as a user would: the User-Agent and the contact warning, the backfill
progress bar, and the warehouse's move out of the package folder (real `bamboo` and `make` processes)."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import struct
import subprocess
import sys
import termios
from importlib.metadata import version
from pathlib import Path

import pytest

from flows.demo import ReplayServer
from tests import FIXTURES
from tests.runs import bamboo_env, bamboo_here
from tests.warehouse_helpers import query_rows

BAMBOO = str(Path(sys.executable).with_name("bamboo"))
BACKFILL_SITE = FIXTURES / "backfill"
CONTACT_WARNING = "BAMBOO_CONTACT_URL is not set"

pytestmark = pytest.mark.timeout(900)  # several real `bamboo` / `make demo` processes per test


def _env(site: ReplayServer, api_url: str, **extra: str) -> dict[str, str]:
    return bamboo_env(api_url, site.hostport, **extra)


def _bamboo(args: list[str], env: dict[str, str], cwd: Path | None = None, here: bool = False
            ) -> subprocess.CompletedProcess[str]:
    """`bamboo ARGS` in a process of its own, or with `here` the same command in this process (for
    the runs that only set up or follow up the one a test is about)."""
    if here:
        return bamboo_here(args, env, cwd=cwd)
    return subprocess.run([BAMBOO, *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=240)


def test_user_agent_names_the_operator_and_each_run_warns_until_a_contact_is_set(
        site: ReplayServer, api_url: str, tmp_path: Path) -> None:
    feed = site.url("/vn-diplomacy.xml")
    unset = _bamboo(["ingest", "--feed-url", feed, "--db", str(tmp_path / "a.duckdb")], _env(site, api_url))
    assert unset.returncode == 0, unset.stderr
    assert sum(CONTACT_WARNING in line for line in unset.stderr.splitlines()) == 1
    assert set(site.user_agents) == {f"Bamboo Wire/{version('bamboo-wire')}"}  # names nobody else

    site.user_agents.clear()
    contact = "mailto:desk@example.org"
    done = _bamboo(["ingest", "--feed-url", feed, "--db", str(tmp_path / "b.duckdb")],
                   _env(site, api_url, BAMBOO_CONTACT_URL=contact), here=True)
    assert done.returncode == 0, done.stderr
    assert CONTACT_WARNING not in done.stderr
    assert set(site.user_agents) == {f"Bamboo Wire/{version('bamboo-wire')} (+{contact})"}


def test_a_warehouse_at_the_old_default_place_is_named_with_the_command_that_moves_it(
        site: ReplayServer, api_url: str, tmp_path: Path) -> None:
    env = _env(site, api_url, BAMBOO_CONTACT_URL="mailto:desk@example.org")
    feed = site.url("/vn-diplomacy.xml")
    # A warehouse written where earlier versions kept it by default.
    old = _bamboo(["ingest", "--feed-url", feed, "--db", "warehouse/bamboo.duckdb"], env, cwd=tmp_path,
                  here=True)
    assert old.returncode == 0, old.stderr

    refused = _bamboo(["ingest", "--feed-url", feed], env, cwd=tmp_path)
    assert refused.returncode == 1
    assert "warehouse of an earlier version is at warehouse/bamboo.duckdb" in refused.stderr
    assert not (tmp_path / "data").exists()  # no new, empty warehouse beside the old one
    shown = _bamboo(["settings"], env, cwd=tmp_path, here=True)
    assert shown.returncode == 0 and "warning: the warehouse of an earlier version" in shown.stdout

    move = re.search(r"move it with `([^`]+)`", refused.stderr)
    assert move, refused.stderr
    subprocess.run(move.group(1), shell=True, cwd=tmp_path, check=True)
    moved = _bamboo(["ingest", "--feed-url", feed], env, cwd=tmp_path, here=True)
    assert moved.returncode == 0, moved.stderr
    assert "Warehouse: data/bamboo.duckdb" in moved.stdout
    db = tmp_path / "data" / "bamboo.duckdb"
    assert query_rows(db, "SELECT count(*) FROM runs") == [(2,)]  # the old run came along
    assert query_rows(db, "SELECT count(*) FROM articles") == [(4,)]
    assert not list((tmp_path / "warehouse").iterdir())


def _run_in_terminal(args: list[str], env: dict[str, str]) -> str:
    """Run a command on a pseudo-terminal 200 columns wide, as a user at a terminal; all it wrote."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 50, 200, 0, 0))
    proc = subprocess.Popen(args, stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True)
    os.close(slave)
    out = bytearray()
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: every process holding the terminal has closed it
            break
        if not data:
            break
        out += data
    os.close(master)
    assert proc.wait(timeout=60) == 0, out.decode(errors="replace")[-3000:]
    return out.decode(errors="replace")


def test_backfill_progress_bar_and_log_lines_never_share_a_line(api_url: str, tmp_path: Path) -> None:
    with ReplayServer(BACKFILL_SITE) as site:
        feeds = tmp_path / "feeds.toml"
        feeds.write_bytes(site.render("feeds.toml"))
        shown = _run_in_terminal([BAMBOO, "backfill", "--since", "2023-09-01", "--until", "2023-09-30",
                                  "--feeds", "delta-dispatch", "--feeds-file", str(feeds),
                                  "--db", str(tmp_path / "w.duckdb")],
                                 _env(site, api_url, BAMBOO_CONTACT_URL="mailto:desk@example.org"))
    # What a terminal shows as separate lines: colours dropped, split at every cursor move or erase.
    plain = re.sub(r"\x1b\[[0-9;]*m", "", shown)
    pieces = [p.strip() for p in re.split(r"\x1b\[[0-9;?]*[A-Za-z]|\r|\n", plain) if p.strip()]
    bars = [p for p in pieces if p.startswith("Backfill chunks")]
    logs = [p for p in pieces if "bamboo.flows" in p]
    mixed = [p for p in pieces if ("Backfill chunks" in p or "━" in p) and ("bamboo." in p or "INFO" in p)]
    assert mixed == [], mixed
    assert any("6/6" in b and "100%" in b for b in bars), pieces[-20:]
    assert any("Chunk 2023-09-01..2023-09-07 done" in line for line in logs), pieces[-40:]
