"""kill -9 of real `bamboo ingest` runs while a batch is being written to the warehouse (or a few batches
on), ten times over one warehouse, then one clean run: the same warehouse as one clean run."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.hostile import HostileServer
from tests.kill9 import kill_then_compare

pytestmark = pytest.mark.timeout(300)


@pytest.fixture
def server() -> Iterator[HostileServer]:
    """A loopback server for a news site (see `news_site`)."""
    with HostileServer(lifetime=280) as server:
        yield server


def test_kill_9_ten_times_mid_load_then_one_clean_run_equals_one_clean_run(
        server: HostileServer, api_url: str, tmp_path: Path) -> None:
    kill_then_compare(server, api_url, tmp_path, phases=("load",), count=10)
