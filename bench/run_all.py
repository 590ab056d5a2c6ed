"""`make bench`: every benchmark and evaluation, one after the other, each with its own output.

Each script is run in its own process so one failure does not hide the others; the exit code is
non-zero if any failed. Pass script names to run a subset: python bench/run_all.py bench_load.py
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SUITE = [
    ("eval_detector.py", []),
    ("eval_batteries.py", []),
    ("eval_events.py", []),
    ("eval_clusters.py", ["--pages", "5000"]),
    ("bench_detector.py", []),
    ("score_extraction.py", []),
    ("bench_extraction.py", []),
    ("poll_shared_feeds.py", []),
    ("bench_polling.py", []),
    ("bench_pipeline.py", ["--pages", "5000"]),
    ("bench_load.py", []),
    ("bench_budget.py", []),
    # The full scale run adds 1,000,000 articles: bench/bench_scale.py (see docs/benchmarks.md).
    ("bench_scale.py", ["--sizes", "10000", "100000", "--no-dask"]),  # Dask: bench_dask.py below
    ("bench_dask.py", []),
]


def main(names: list[str]) -> int:
    failed = []
    for script, args in SUITE:
        if names and script not in names:
            continue
        print(f"\n=== {script} {' '.join(args)}", flush=True)
        started = time.perf_counter()
        code = subprocess.call([sys.executable, str(HERE / script), *args])
        print(f"=== {script}: exit {code} in {time.perf_counter() - started:.0f} s", flush=True)
        if code:
            failed.append(script)
    if failed:
        print(f"\nFailed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
