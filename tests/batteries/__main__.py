"""`python -m tests.batteries [--update] [--failures] [BATTERY...]`: the batteries' scores and floors.

Without --update: print each battery's scores beside its floors; exit 1 when one is under its floor.
With --update: raise the floors to today's scores (and pin new categories); refuse, writing nothing and
exiting 1, when a score is under its floor, a battery lost cases or a floor has no cases.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tests.batteries import BASELINE, BATTERIES, check, load_baseline, measure, raised, table, write_baseline


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("batteries", nargs="*", help=f"of {', '.join(BATTERIES)} (default: all)")
    parser.add_argument("--update", action="store_true", help="raise the floors to today's scores")
    parser.add_argument("--failures", action="store_true", help="list every failing case")
    parser.add_argument("--baseline", type=Path, default=BASELINE, help=f"floors file (default {BASELINE})")
    args = parser.parse_args(argv)
    names = args.batteries or list(BATTERIES)
    if unknown := set(names) - BATTERIES.keys():
        parser.error(f"unknown battery: {', '.join(sorted(unknown))}")
    baseline = load_baseline(args.baseline)
    if args.update:
        return _update(baseline, names, args.baseline)
    failed = False
    for name in names:
        measured, pinned = measure(name), baseline.get(name, {})
        print(table(name, measured, pinned))
        found = check(name, measured, pinned)
        for line in found.problems + found.unpinned + found.raisable:
            print(line)
        if args.failures:
            for key, score in measured.scores.items():
                print("\n".join(f"FAIL {key}: {case}" for case in score.failures))
        failed = failed or bool(found.problems or found.unpinned)
    return 1 if failed else 0


def _update(baseline: dict[str, dict], names: list[str], path: Path) -> int:
    new, refusals = raised(baseline, names)
    if refusals:
        print(f"Refusing to update {path}: floors are only raised here; lower one by editing the file.")
        print("\n".join(refusals))
        return 1
    changed = [f"{name}: {key} {baseline.get(name, {}).get('floors', {}).get(key, '-')} -> {floor:.4f}"
               for name in names for key, floor in new[name]["floors"].items()
               if baseline.get(name, {}).get("floors", {}).get(key) != floor]
    write_baseline(new, path)
    print(f"{path}: {len(changed)} floor(s) raised or pinned" + "".join(f"\n  {c}" for c in changed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
