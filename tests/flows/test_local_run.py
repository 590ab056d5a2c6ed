"""Flow runs from the command line: heartbeats only when a Prefect server is configured."""

from __future__ import annotations

import pytest
from prefect.settings import PREFECT_API_URL, PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

from extractors.core.errors import ConfigError
from flows.local import local_run


def test_no_heartbeats_against_the_temporary_api() -> None:
    with temporary_settings({PREFECT_API_URL: None, PREFECT_FLOWS_HEARTBEAT_FREQUENCY: 180}):
        with local_run():
            assert PREFECT_FLOWS_HEARTBEAT_FREQUENCY.value() is None
        assert PREFECT_FLOWS_HEARTBEAT_FREQUENCY.value() == 180


def test_heartbeats_stay_with_a_server() -> None:
    with temporary_settings({PREFECT_API_URL: "http://127.0.0.1:9/api",
                             PREFECT_FLOWS_HEARTBEAT_FREQUENCY: 180}), local_run():
        assert PREFECT_FLOWS_HEARTBEAT_FREQUENCY.value() == 180


def test_heartbeats_off_with_a_server_when_the_setting_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BAMBOO_HEARTBEATS", "false")
    with temporary_settings({PREFECT_API_URL: "http://127.0.0.1:9/api",
                             PREFECT_FLOWS_HEARTBEAT_FREQUENCY: 180}):
        with local_run():
            assert PREFECT_FLOWS_HEARTBEAT_FREQUENCY.value() is None
        assert PREFECT_FLOWS_HEARTBEAT_FREQUENCY.value() == 180
    monkeypatch.setenv("BAMBOO_HEARTBEATS", "true")
    with temporary_settings({PREFECT_API_URL: "http://127.0.0.1:9/api",
                             PREFECT_FLOWS_HEARTBEAT_FREQUENCY: 180}), local_run():
        assert PREFECT_FLOWS_HEARTBEAT_FREQUENCY.value() == 180


def test_a_bad_heartbeats_value_is_a_config_error_naming_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BAMBOO_HEARTBEATS", "sometimes")
    bad = "BAMBOO_HEARTBEATS='sometimes': expected true/false, got 'sometimes'"
    with pytest.raises(ConfigError, match=bad), local_run():
        pass
