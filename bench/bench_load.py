"""Warehouse load benchmark: 100,000 synthetic articles (~5 KB bodies) in batches of 1,000.

Reports rows/s and peak RSS for the first load, then for re-loading the same records (all no-ops),
measured side by side in one run. Usage: python bench/bench_load.py [N] [BATCH]
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.warehouse_helpers import FEED, synthetic_article  # noqa: E402
from warehouse import configure, load  # noqa: E402
from warehouse.db import connect  # noqa: E402

configure()  # the system allocator for Arrow, as in the flows


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load_all(db: Path, n: int, batch: int) -> float:
    now = datetime(2023, 10, 1, tzinfo=UTC)
    started = time.perf_counter()
    for first in range(0, n, batch):
        records = [synthetic_article(i) for i in range(first, min(first + batch, n))]
        with connect(db) as con:  # one connection per batch, as the flows do
            if first == 0:
                load.sync_feeds(con, [FEED], now)
            load.load_articles(con, records, now)
        if first and first % (n // 10 or batch) == 0:
            elapsed = time.perf_counter() - started
            print(f"  {first:>7} rows, {elapsed:6.1f} s, peak RSS {peak_rss_mb():.0f} MB", flush=True)
    return time.perf_counter() - started


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    batch = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.duckdb"
        print(f"Loading {n} articles (~5 KB bodies) in batches of {batch} into {db}")
        first = load_all(db, n, batch)
        rss_first = peak_rss_mb()
        print("Re-loading the same records (every one is already stored)")
        again = load_all(db, n, batch)
        size = db.stat().st_size / 1e6
    print()
    print("| pass | seconds | rows/s | peak RSS (MB) |")
    print("|---|---|---|---|")
    print(f"| first load | {first:.1f} | {n / first:,.0f} | {rss_first:.0f} |")
    print(f"| re-load (no-ops) | {again:.1f} | {n / again:,.0f} | {peak_rss_mb():.0f} |")
    print(f"\nre-load / first load = {again / first:.2f}; warehouse file {size:.0f} MB")


if __name__ == "__main__":
    main()
