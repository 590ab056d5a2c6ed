"""kill -9 of real `bamboo ingest` runs while they start (imports, Prefect, begin-run, polls) or fetch
pages, ten times over one warehouse, then one clean run: the same warehouse as one clean run."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.kill9 import kill_then_compare

pytestmark = pytest.mark.timeout(300)


def test_kill_9_ten_times_at_start_and_fetch_then_one_clean_run_equals_one_clean_run(
        api_url: str, tmp_path: Path) -> None:
    kill_then_compare(api_url, tmp_path, phases=("start", "fetch"), count=10)
