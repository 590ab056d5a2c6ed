"""The `bamboo` CLI: help everywhere, documented commands and settings, output formats, errors."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractors.core.errors import ConfigError
from extractors.core.settings import Settings, _declared, describe
from flows.cli import main
from flows.demo import ReplayServer
from tests import ROOT
from tests.runs import NO_HEARTBEATS

DOCS = "\n".join(p.read_text(encoding="utf-8") for p in [ROOT / "README.md", *(ROOT / "docs").glob("*.md")])


def commands() -> list[str]:
    return sorted(main.commands)


def test_every_command_has_help_with_an_example() -> None:
    runner = CliRunner()
    top = runner.invoke(main, ["--help"])
    assert top.exit_code == 0
    for name in commands():
        assert name in top.output
        result = runner.invoke(main, [name, "--help"])
        assert result.exit_code == 0, result.output
        assert "Example:" in result.output or name == "settings", f"bamboo {name} --help has no example"


def test_every_command_and_setting_is_documented() -> None:
    for name in commands():
        assert f"bamboo {name}" in DOCS, f"`bamboo {name}` is not documented in README.md or docs/"
    for _, env, _, _ in describe():
        assert env in DOCS, f"setting {env} is not documented"


@pytest.mark.parametrize("annotations, message", [
    ({**Settings.__annotations__, "spare": "int"}, "settings.toml names"),  # a setting the table lacks
    ({**Settings.__annotations__, "per_host_delay": "int"}, "per_host_delay is 1.0, not a int"),
], ids=["missing row", "wrong type"])
def test_settings_toml_and_the_settings_class_are_held_to_each_other(annotations: dict[str, str],
                                                                     message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        _declared(type("Declared", (), {"__annotations__": annotations}))


def test_bad_arguments_are_usage_errors() -> None:
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", "--no-such-flag"]).exit_code == 2
    assert runner.invoke(main, ["sql", "--format", "xml", "SELECT 1"]).exit_code == 2
    assert runner.invoke(main, ["export", "--parquet", "x", "--since", "yesterday"]).exit_code == 2


def test_bad_setting_is_one_clear_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BAMBOO_PER_HOST_DELAY", "soon")
    result = CliRunner().invoke(main, ["settings"])
    assert result.exit_code == 1
    assert "BAMBOO_PER_HOST_DELAY='soon'" in result.output


def test_sql_formats(analyst_db: Path) -> None:
    runner = CliRunner()
    q = "SELECT title, list_append(pairs, 'US-VN') AS pairs FROM diplomacy_stories ORDER BY title"
    table = runner.invoke(main, ["sql", "--db", str(analyst_db), q])
    assert table.exit_code == 0 and "(3 rows)" in table.output and "Story 0" in table.output
    assert "CN-VN, US-VN" in table.output and '["' not in table.output  # a list reads as a list
    rows = list(csv.reader(io.StringIO(runner.invoke(main, ["sql", "--db", str(analyst_db), "--format",
                                                           "csv", q]).output)))
    assert rows[0] == ["title", "pairs"] and len(rows) == 4 and rows[1][1] == "CN-VN, US-VN"
    md = runner.invoke(main, ["sql", "--db", str(analyst_db), "--format", "markdown", q]).output
    assert md.splitlines()[:3] == ["| title | pairs |", "|---|---|", "| Story 0 | CN-VN, US-VN |"]
    lines = runner.invoke(main, ["sql", "--db", str(analyst_db), "--format", "json", q]).output.splitlines()
    assert [json.loads(x)["title"] for x in lines] == ["Story 0", "Story 3", "Story 6"]


def test_malformed_query_gets_duckdbs_message_and_non_zero_exit(analyst_db: Path) -> None:
    result = CliRunner().invoke(main, ["sql", "--db", str(analyst_db), "SELEC title FROM articles"])
    assert result.exit_code == 1
    assert "Parser Error" in result.output and "SELEC" in result.output
    assert "Traceback" not in result.output


def test_sql_reads_the_analyst_copy_by_default(analyst_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BAMBOO_DB", str(analyst_db.with_name("bamboo.duckdb")))
    result = CliRunner().invoke(main, ["sql", "--format", "csv", "SELECT count(*) AS n FROM articles"])
    assert result.exit_code == 0 and result.output.splitlines()[1] == "9"


def test_sql_on_a_missing_warehouse_says_so(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["sql", "--db", str(tmp_path / "none.duckdb"), "SELECT 1"])
    assert result.exit_code == 1 and "no warehouse here yet" in result.output


def test_bad_feeds_file_is_refused_before_any_fetch(site: ReplayServer, tmp_path: Path) -> None:
    feeds = tmp_path / "feeds.toml"
    feeds.write_text(f'[[feed]]\nname = "a"\nurl = "{site.url("/vn-diplomacy.xml")}"\noutlet = "A"\n\n'
                     f'[[feed]]\nname = "a"\nurl = "{site.url("/cn-world.atom")}"\noutlet = "B"\n')
    result = CliRunner().invoke(main, ["ingest", "--feeds", str(feeds), "--db", str(tmp_path / "w.duckdb")])
    assert result.exit_code == 1
    assert re.search(r"feeds\.toml:6: duplicate feed name 'a' \(first at line 1\)", result.output)
    assert site.log == []
    assert not (tmp_path / "w.duckdb").exists()


def test_console_script_ingests_a_feed_url(site: ReplayServer, tmp_path: Path, api_url: str) -> None:
    """The installed `bamboo` command, as a user runs it, in its own process, against the session's
    Prefect API (a run with no API configured, which starts a temporary one: tests/flows/test_demo.py,
    whose first `make demo` runs the same ingest flow under the same local_run)."""
    env = {**os.environ, "BAMBOO_ALLOWED_HOSTS": site.hostport, "BAMBOO_PER_HOST_DELAY": "0",
           "PREFECT_HOME": str(tmp_path / "prefect"), "PREFECT_API_URL": api_url, **NO_HEARTBEATS}
    bamboo = Path(sys.executable).with_name("bamboo")
    out = subprocess.run([str(bamboo), "ingest", "--feed-url", site.url("/vn-diplomacy.xml"),
                          "--db", str(tmp_path / "w.duckdb")], env=env, capture_output=True, text=True,
                         timeout=180)
    assert out.returncode == 0, out.stderr
    assert "Feeds polled: 1 (1 ok, 0 failed)" in out.stdout
    assert "New articles: 4" in out.stdout
    assert "Ruan Fuzhong" in out.stdout  # the seed-like story is listed among the stories
    assert "Traceback" not in out.stderr and "Error" not in out.stderr


def test_sql_cuts_long_cells_only_as_asked_and_says_so(analyst_db: Path) -> None:
    q = "SELECT repeat('u', 100) || 'END' AS url"
    runner = CliRunner()
    cut = runner.invoke(main, ["sql", "--db", str(analyst_db), q]).output
    assert "u" * 59 + "…" in cut and "END" not in cut and "cells cut at 60 characters" in cut
    whole = runner.invoke(main, ["sql", "--db", str(analyst_db), "--max-width", "0", q]).output
    assert "u" * 100 + "END" in whole and "cut" not in whole
    assert runner.invoke(main, ["sql", "--db", str(analyst_db), "--max-width", "-1", q]).exit_code == 2


def test_extract_takes_min_body_chars_from_the_settings(tmp_path: Path) -> None:
    """`bamboo extract`, in its own process, judges a body short by BAMBOO_MIN_BODY_CHARS as the flows do."""
    text = " ".join(f"Sentence {i} of a short report about trade talks in Hanoi." for i in range(6))
    page = tmp_path / "short.html"
    page.write_text(f"<html><head><title>Talks</title></head><body><article><h1>Talks</h1><p>{text}</p>"
                    "</article></body></html>", encoding="utf-8")
    bamboo = Path(sys.executable).with_name("bamboo")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BAMBOO_", "PREFECT_API"))}

    def extract(**extra: str) -> dict[str, object]:
        out = subprocess.run([str(bamboo), "extract", str(page), "--url", "https://example.com/talks"],
                             env={**env, **extra}, capture_output=True, text=True, timeout=120)
        assert out.returncode == 0, out.stderr
        record: dict[str, object] = json.loads(out.stdout)
        return record

    assert 200 <= len(text) < 1000
    default = extract()
    assert default["error"] is None and text[:40] in str(default["body"])
    strict = extract(BAMBOO_MIN_BODY_CHARS="1000")
    assert strict["error"] and "short" in str(strict["error"]), strict


def test_duckdb_memory_limit_is_a_setting_the_connections_take(tmp_path: Path) -> None:
    """BAMBOO_DUCKDB_MEMORY_LIMIT: listed by `bamboo settings`, refused in one line when bad, and the
    limit of the connection a real `bamboo sql` opens on a real DuckDB file."""
    import duckdb

    db = tmp_path / "w.duckdb"
    duckdb.connect(str(db)).close()
    bamboo = Path(sys.executable).with_name("bamboo")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BAMBOO_", "PREFECT_API"))}

    def run(*args: str, **extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(bamboo), *args], env={**env, **extra}, capture_output=True, text=True,
                              timeout=120)

    listed = run("settings", BAMBOO_DUCKDB_MEMORY_LIMIT="256MB")
    assert listed.returncode == 0, listed.stderr
    assert re.search(r"^BAMBOO_DUCKDB_MEMORY_LIMIT=256MB\s+\(environment", listed.stdout, re.MULTILINE)
    bad = run("settings", BAMBOO_DUCKDB_MEMORY_LIMIT="lots")
    assert bad.returncode == 1
    assert bad.stderr.strip().splitlines() == ["Error: BAMBOO_DUCKDB_MEMORY_LIMIT='lots': expected a size "
                                               "such as 1GB or 512MB"]
    query = ["sql", "--db", str(db), "--format", "csv", "SELECT current_setting('memory_limit') AS m"]
    assert run(*query).stdout.splitlines() == ["m", "488.2 MiB"]  # the default, 512MB
    assert run(*query, BAMBOO_DUCKDB_MEMORY_LIMIT="256MB").stdout.splitlines() == ["m", "244.1 MiB"]
    refused = run(*query, BAMBOO_DUCKDB_MEMORY_LIMIT="lots")
    assert refused.returncode == 1 and "BAMBOO_DUCKDB_MEMORY_LIMIT='lots'" in refused.stderr
