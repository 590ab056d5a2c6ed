"""Settings the Prefect way: `bamboo_*` Prefect Variables on a real Prefect server (the session's test
API), read by real flow runs and shown by `bamboo settings`, with the environment still winning."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.runs import bamboo_here
from tests.warehouse_helpers import query_rows

BAMBOO = str(Path(sys.executable).with_name("bamboo"))


@pytest.fixture
def set_variable(api_url: str) -> Iterator[Callable[[str, Any], None]]:
    """Set Prefect variables on the test server; every one set is removed at the end."""
    from prefect.variables import Variable

    names: list[str] = []

    def set_(name: str, value: Any) -> None:
        Variable.set(name, value, overwrite=True)
        names.append(name)

    yield set_
    for name in names:
        Variable.unset(name)


def _bamboo_settings(api_url: str, here: bool = False, **env: str) -> str:
    """What `bamboo settings` prints (with `here`, the same command run in this process)."""
    full = {k: v for k, v in os.environ.items() if not k.startswith("BAMBOO_")}
    full.update(PREFECT_API_URL=api_url, **env)
    if here:
        out = bamboo_here(["settings"], full)
    else:
        out = subprocess.run([BAMBOO, "settings"], env=full, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_bamboo_settings_shows_where_each_value_came_from(
        api_url: str, set_variable: Callable[[str, Any], None], tmp_path: Path) -> None:
    set_variable("bamboo_db", str(tmp_path / "from-variable.duckdb"))
    set_variable("bamboo_per_host_delay", 2.5)
    set_variable("bamboo_allowed_hosts", ["a.example:80", "b.example:81"])
    set_variable("bamboo_dbb", "typo")

    out = _bamboo_settings(api_url)
    assert f"read from {api_url}" in out
    assert f"BAMBOO_DB={tmp_path / 'from-variable.duckdb'}   (Prefect variable bamboo_db;" in out
    assert "BAMBOO_PER_HOST_DELAY=2.5   (Prefect variable bamboo_per_host_delay; default: 1.0)" in out
    assert "BAMBOO_ALLOWED_HOSTS=a.example:80,b.example:81   (Prefect variable bamboo_allowed_hosts;" in out
    assert "BAMBOO_FEEDS=config/feeds.toml   (default)" in out
    assert "Prefect variable bamboo_dbb names no setting" in out

    # The environment wins over the variable.
    out = _bamboo_settings(api_url, BAMBOO_DB=str(tmp_path / "from-env.duckdb"))
    assert f"BAMBOO_DB={tmp_path / 'from-env.duckdb'}   (environment;" in out
    assert "BAMBOO_PER_HOST_DELAY=2.5   (Prefect variable" in out


def test_without_a_server_no_variable_is_read_and_a_dead_one_is_one_warning(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BAMBOO_", "PREFECT_API"))}
    out = subprocess.run([BAMBOO, "settings"], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "Prefect variables: not read (PREFECT_API_URL is not set)" in out.stdout
    out = subprocess.run([BAMBOO, "settings"], env={**env, "PREFECT_API_URL": "http://127.0.0.1:9/api"},
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "Prefect variables: could not be read from http://127.0.0.1:9/api" in out.stdout
    assert "BAMBOO_DB=" in out.stdout


def test_a_flow_run_takes_warehouse_and_feeds_from_variables_and_the_environment_wins(
        api_url: str, set_variable: Callable[[str, Any], None], site_env: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from flows.ingest import ingest

    var_db, env_db = tmp_path / "variable" / "w.duckdb", tmp_path / "env" / "w.duckdb"
    set_variable("bamboo_db", str(var_db))
    set_variable("bamboo_feeds", str(site_env))
    assert "BAMBOO_DB" not in os.environ and "BAMBOO_FEEDS" not in os.environ

    first = ingest()  # no parameter at all, like a scheduled run
    assert first.db == str(var_db)
    assert query_rows(var_db, "SELECT count(*) FROM articles") == [(7,)]

    monkeypatch.setenv("BAMBOO_DB", str(env_db))
    second = ingest()
    assert second.db == str(env_db)
    assert query_rows(env_db, "SELECT count(*) FROM articles") == [(7,)]  # feeds still from the variable
    assert query_rows(var_db, "SELECT count(*) FROM runs") == [(1,)]  # untouched by the second run


def _bamboo(api_url: str, *args: str, here: bool = False, **env: str) -> subprocess.CompletedProcess[str]:
    """`bamboo ARGS` in a process of its own (with `here`, the same command in this process)."""
    full = {k: v for k, v in os.environ.items() if not k.startswith("BAMBOO_")}
    full.update(PREFECT_API_URL=api_url, **env)
    if here:
        return bamboo_here(args, full)
    return subprocess.run([BAMBOO, *args], env=full, capture_output=True, text=True, timeout=120)


def test_report_language_is_a_setting_like_the_others(
        api_url: str, set_variable: Callable[[str, Any], None], analyst_db: Path) -> None:
    """BAMBOO_REPORT_LANGUAGE through the real CLI: from a Prefect variable, else the environment,
    shown by `bamboo settings`, and set on the connection `bamboo sql` queries the event views with."""
    query = ["sql", "--db", str(analyst_db), "--format", "csv",
             "SELECT getvariable('bamboo_report_language') AS language"]
    assert _bamboo(api_url, *query).stdout.split() == ["language", "en"]  # the default

    # The repeats run in this process (the first query above and the test above run real processes).
    set_variable("bamboo_report_language", "zh")
    out = _bamboo_settings(api_url, here=True)
    assert ("BAMBOO_REPORT_LANGUAGE=zh   (Prefect variable bamboo_report_language; default: en)"
            in out)
    assert _bamboo(api_url, *query, here=True).stdout.split() == ["language", "zh"]

    # The environment wins; the value is read as before (case and spaces do not matter).
    out = _bamboo_settings(api_url, here=True, BAMBOO_REPORT_LANGUAGE=" VI ")
    assert "BAMBOO_REPORT_LANGUAGE=vi   (environment; default: en)" in out
    assert _bamboo(api_url, *query, here=True, BAMBOO_REPORT_LANGUAGE=" VI ").stdout.split() == [
        "language", "vi"]

    bad = _bamboo(api_url, *query, here=True, BAMBOO_REPORT_LANGUAGE="fr")
    assert bad.returncode == 1
    assert bad.stderr.strip() == "Error: BAMBOO_REPORT_LANGUAGE='fr': expected one of en, vi, zh"
