"""The kill -9 matrix, kills 1-6: real `bamboo ingest` runs killed six times over one warehouse, each
while it starts, fetches or loads, then one clean run: the same warehouse as one clean run. The
matrix is in two files (seeds SEED and SEED + 1) so the suite runs them side by side."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.kill9 import SEED, kill_then_compare

pytestmark = pytest.mark.timeout(300)


def test_kill_9_six_times_then_one_clean_run_equals_one_clean_run(api_url: str, tmp_path: Path) -> None:
    kill_then_compare(api_url, tmp_path, seed=SEED, count=6)
