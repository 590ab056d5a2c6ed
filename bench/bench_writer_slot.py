"""The warehouse writer slot against a real Prefect server, side by side for several checkouts.

Starts `prefect server start` on 127.0.0.1 (temporary home) with the writer limit, as `bamboo
serve` does, and for each checkout given (default: this one), alternating, in fresh processes:
the time to take and give back a free slot (median after the first), and a `bamboo ingest --all`
of the fixture site (two feeds, six pages) into a new warehouse: wall time, Prefect ERROR lines and
"another run is writing" lines (nobody else writes, so each of those is false).

Usage: python bench/bench_writer_slot.py [--rounds 3] [--slots 30] [CHECKOUT ...]
  e.g. git archive <commit> | tar -x -C /tmp/before; python bench/bench_writer_slot.py /tmp/before .
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from flows.demo import SITE, ReplayServer  # noqa: E402
from tests.hostile import prefect_api  # noqa: E402

SLOTS = """
import statistics, sys, time
from pathlib import Path
from extractors.core.settings import Settings
from flows import writer
settings = Settings.from_env(db=Path(sys.argv[1]))
times = []
for _ in range(int(sys.argv[2])):
    t = time.monotonic()
    with writer.writer_slot(settings):
        pass
    times.append(time.monotonic() - t)
print(times[0], statistics.median(times[1:]))
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("checkouts", nargs="*", type=Path, default=[Path(__file__).resolve().parent.parent])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--slots", type=int, default=30)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp, prefect_api(Path(tmp)) as url, ReplayServer(SITE) as site:
        os.environ["PREFECT_API_URL"] = url
        from flows.writer import ensure_limit

        ensure_limit()
        feeds = Path(tmp) / "feeds.toml"
        feeds.write_bytes(site.render("feeds.toml"))
        env = {k: v for k, v in os.environ.items() if not k.startswith("BAMBOO_")}
        env.update(PREFECT_API_URL=url, BAMBOO_ALLOWED_HOSTS=site.hostport, BAMBOO_PER_HOST_DELAY="0")
        results: dict[Path, list[tuple[float, float, int, int]]] = {c: [] for c in args.checkouts}
        for r in range(args.rounds):
            for i, tree in enumerate(args.checkouts):
                results[tree].append(_round(tree.resolve(), Path(tmp) / f"{r}-{i}", feeds, env, args.slots))
        for tree, rows in results.items():
            slot, wall = statistics.median(x[0] for x in rows), statistics.median(x[1] for x in rows)
            print(f"{tree}: free slot {slot:.3f} s (median), ingest {wall:.1f} s (median of {len(rows)}), "
                  f"ERROR lines {[x[2] for x in rows]}, 'another run is writing' {[x[3] for x in rows]}")


def _round(tree: Path, work: Path, feeds: Path, env: dict[str, str], slots: int
           ) -> tuple[float, float, int, int]:
    work.mkdir(parents=True)
    out = subprocess.run([sys.executable, "-c", SLOTS, str(work / "slots.duckdb"), str(slots)], cwd=tree,
                         env=env, capture_output=True, text=True, check=True).stdout.split()
    started = time.monotonic()
    run = subprocess.run([sys.executable, "-c", "from flows.cli import main; main()", "ingest", "--all",
                          "--verbose", "--feeds", str(feeds), "--db", str(work / "bamboo.duckdb")],
                         cwd=tree, env=env, capture_output=True, text=True)
    wall = time.monotonic() - started
    log = run.stdout + run.stderr
    if run.returncode != 0:
        raise SystemExit(f"{tree}: ingest failed:\n{log[-3000:]}")
    errors = sum("| ERROR" in line for line in log.splitlines())
    return float(out[1]), wall, errors, log.count("another run is writing")


if __name__ == "__main__":
    main()
