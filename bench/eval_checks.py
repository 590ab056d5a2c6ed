"""Score the detector's main event on the check sets: short leads labelled blind, one set per kind of error.

usage: python bench/eval_checks.py [--set NAME] [--show]

Each set (`bench/gold/checks/<set>.jsonl`) holds headline-and-lead items with their main event labelled by the
guide of `bench/gold/README.md`, written by someone who never read the detector, to measure whether a round's
rules reach wording nobody tuned on. Fields as `eval_events.py` scores them (type, actor/target, place, date
where the label knows the day, people F1, who-what and all fields over the items with an event); the items
labelled with no event count apart, as read right when the detector reads none.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.eval_events import detector, main_event, score_item  # noqa: E402
from extractors.diplomacy import DETECTOR_VERSION  # noqa: E402

CHECKS = REPO / "bench" / "gold" / "checks"


def _round(path: Path) -> str:
    """The round a set was written for: its first id's prefix (c33-, c34-...)."""
    with path.open(encoding="utf-8") as lines:
        return json.loads(lines.readline())["id"].split("-", 1)[0]


# Every set in the folder, the older rounds' first, in the order each round wrote them (the file's name last).
_ORDER = ("people", "noevent", "sides", "names", "military", "types", "places", "trade", "brief", "stances",
          "encounters", "roster")
SETS = tuple(path.stem for path in sorted(
    CHECKS.glob("*.jsonl"),
    key=lambda p: (_round(p), _ORDER.index(p.stem) if p.stem in _ORDER else len(_ORDER), p.stem)))
FIELDS = ("type", "actor/target", "place", "date", "people F1", "who-what", "all fields")


def score_set(path: Path, show: bool = False) -> str:
    """One line of per-field accuracy for the set at path; with show, the items read wrong."""
    run = detector()
    totals = dict.fromkeys(FIELDS, 0.0)
    counted = dict.fromkeys(FIELDS, 0)
    scored = negatives = negatives_right = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        gold, got = item["main_event"], main_event(run(item))
        if gold is None:
            negatives += 1
            negatives_right += got is None
            if show and got is not None:
                print(f"- {item['id']}: no event labelled; got {got.type} {got.actor}->{got.target}")
            continue
        result = score_item({"place": None, "place_country": None, "date": None, **gold}, got)
        scored += 1
        for field in FIELDS:
            if result[field] is not None:  # the date only where the label knows the day
                totals[field] += result[field] or 0.0
                counted[field] += 1
        if show and result["who-what"] != 1.0:
            read = f"{got.type} {got.actor}->{got.target} people={list(got.people)}" if got else "no event"
            print(f"- {item['id']}: gold {gold['type']} {gold['actor']}->{gold['target']} "
                  f"people={gold['people']}; got {read}")
    cells = "  ".join(f"{field} {totals[field] / counted[field]:.3f}" if counted[field] else f"{field} -"
                      for field in FIELDS) if scored else "-"
    return f"{path.stem:<8} n={scored:<3} {cells}  no event read right {negatives_right}/{negatives}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=SETS, action="append", help="a set to score (default: all)")
    parser.add_argument("--show", action="store_true", help="list the items read wrong")
    args = parser.parse_args(argv)
    print(f"detector_version={DETECTOR_VERSION}")
    for name in args.set or SETS:
        print(score_set(CHECKS / f"{name}.jsonl", args.show))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
