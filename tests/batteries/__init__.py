"""The generated detector batteries as a quality gate: per-category scores held to pinned floors.

Each battery module (`headlines`, `nonstate`) generates its cases deterministically and says, per case,
which categories it counts in and which outcomes it is scored on. Here every (category, outcome) gets
its share of cases right, and `tests/baselines/batteries.json` holds a floor for each: a score under its
floor fails the gate, naming the category, the floor, the score and the first failing cases. Floors go
up with `python -m tests.batteries --update`, which refuses to lower any; lowering one is a hand edit of
the baseline file, so it shows in the diff.
"""

from __future__ import annotations

import json
import math
import warnings
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import ModuleType

from tests.batteries import headlines, nonstate

BATTERIES: dict[str, ModuleType] = {"headlines": headlines, "nonstate": nonstate}
BASELINE = Path(__file__).resolve().parent.parent / "baselines" / "batteries.json"
# A score this far above its floor is progress worth pinning: the gate says so (and still passes).
TOLERANCE = 0.002
SHOWN = 10  # failing cases named in one battery's message
DIGITS = 4  # floors are scores rounded down to this many decimals


class FloorsCanBeRaised(UserWarning):
    """Some scores are above their floors by more than the tolerance."""


@dataclass
class Score:
    """How many cases of one (category, outcome) the detector gets right, and the ones it misses."""

    passed: int = 0
    total: int = 0
    failures: list[str] = field(default_factory=list)

    @property
    def value(self) -> float:
        return self.passed / self.total if self.total else 0.0


@dataclass
class Measurement:
    """One battery's case count and its scores, keyed "category outcome" (e.g. "lang=vi pair")."""

    cases: int
    scores: dict[str, Score]


@dataclass
class Findings:
    """What comparing a measurement with its floors found."""

    problems: list[str] = field(default_factory=list)  # the gate fails on these
    unpinned: list[str] = field(default_factory=list)  # categories with no floor yet
    raisable: list[str] = field(default_factory=list)  # above the floor by more than TOLERANCE


@cache
def measure(name: str) -> Measurement:
    """Run the detector over every case of a battery and score each (category, outcome)."""
    battery = BATTERIES[name]
    scores: dict[str, Score] = {}
    for case in battery.CASES:
        outcomes, said = battery.outcomes(case)
        for category in battery.categories(case):
            for outcome, ok in outcomes.items():
                score = scores.setdefault(f"{category} {outcome}", Score())
                score.total += 1
                score.passed += ok
                if not ok:
                    score.failures.append(f"{case.id}  ({said})")
    return Measurement(len(battery.CASES), dict(sorted(scores.items())))


def floor_of(value: float) -> float:
    """The floor a score pins: rounded down, so the score itself always meets it."""
    scale = 10**DIGITS
    return math.floor(round(value * scale, 6)) / scale


def load_baseline(path: Path = BASELINE) -> dict[str, dict]:
    """The committed floors per battery ({} when the file does not exist yet)."""
    if not path.exists():
        return {}
    data = json.loads(path.read_text("utf-8"))
    return {name: pinned for name, pinned in data.items() if not name.startswith("_")}


def check(name: str, measured: Measurement, pinned: dict) -> Findings:
    """Compare a battery's scores with its floors."""
    found = Findings()
    floors: dict[str, float] = pinned.get("floors", {})
    if measured.cases < pinned.get("min_cases", 0):
        found.problems.append(f"{name}: {measured.cases} cases, fewer than the {pinned['min_cases']} "
                              "pinned: a generator lost cases")
    below: list[tuple[str, Score, float]] = []
    for key, score in measured.scores.items():
        if key not in floors:
            found.unpinned.append(f"{name}: {key} has no floor (scores {score.value:.4f}); "
                                  "pin it with python -m tests.batteries --update")
        elif score.value < floors[key]:
            below.append((key, score, floors[key]))
        elif score.value - floors[key] > TOLERANCE:
            found.raisable.append(f"{name}: {key} scores {score.value:.4f} ({score.passed}/{score.total}), "
                                  f"above its floor {floors[key]:.4f}: raise it with "
                                  "python -m tests.batteries --update")
    for key in sorted(floors.keys() - measured.scores.keys()):
        found.problems.append(f"{name}: the floor of {key} has no cases any more; remove it from "
                              f"{BASELINE.name} by hand if that is meant")
    found.problems[:0] = _below(name, below)
    return found


def _below(name: str, below: list[tuple[str, Score, float]]) -> list[str]:
    """One message per category under its floor, the furthest under first, each with its failing cases
    not shown above it (SHOWN in all: a broken rule fails the same cases in many categories)."""
    messages, shown = [], set()
    for key, score, floor in sorted(below, key=lambda item: item[1].value - item[2]):
        missed = score.total - score.passed
        lines = [f"{name}: {key} scored {score.value:.4f} ({score.passed}/{score.total}), below its floor "
                 f"{floor:.4f}; {missed} failing case(s)"]
        new = [case for case in score.failures if case not in shown][:SHOWN - len(shown)]
        if new:
            lines[0] += ":" if len(new) == missed else f", {len(new)} of them:"
            shown.update(new)
        messages.append("\n".join(lines + [f"    {case}" for case in new]))
    return messages


def gate(name: str, path: Path = BASELINE) -> None:
    """Fail (AssertionError) when a score of the battery is under its floor or a category lacks one;
    warn when floors can be raised."""
    found = check(name, measure(name), load_baseline(path).get(name, {}))
    if found.raisable:
        warnings.warn("\n".join(found.raisable), FloorsCanBeRaised, stacklevel=2)
    problems = found.problems + found.unpinned
    assert not problems, f"battery {name!r} is under its floors ({path}):\n" + "\n".join(problems)


def raised(baseline: dict[str, dict], names: list[str]) -> tuple[dict[str, dict], list[str]]:
    """The baseline with the floors of the named batteries raised to today's scores, and the refusals:
    a score under its floor, lost cases or a floor without cases (then nothing may be written)."""
    new = json.loads(json.dumps(baseline))
    refusals: list[str] = []
    for name in names:
        measured, pinned = measure(name), baseline.get(name, {})
        refusals += check(name, measured, pinned).problems
        floors = pinned.get("floors", {})
        new[name] = {
            "min_cases": max(pinned.get("min_cases", 0), measured.cases),
            "floors": {key: max(floors.get(key, 0.0), floor_of(score.value))
                       for key, score in measured.scores.items()},
        }
    return new, refusals


def write_baseline(baseline: dict[str, dict], path: Path = BASELINE) -> None:
    """Write the floors, batteries and categories sorted so a change is a small diff."""
    about = ("Floors of the generated detector batteries (tests/batteries). Raise them with "
             "`python -m tests.batteries --update`, which never lowers one; lowering is a hand edit.")
    data = {"_about": about, **{name: baseline[name] for name in sorted(baseline)}}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", "utf-8")


def table(name: str, measured: Measurement, pinned: dict) -> str:
    """One battery's scores beside their floors, one row per (category, outcome)."""
    floors = pinned.get("floors", {})
    rows = [f"{name}: {measured.cases} cases",
            f"  {'category outcome':<34} {'right':>11} {'score':>7} {'floor':>7}"]
    for key, score in measured.scores.items():
        floor = floors.get(key)
        mark = "" if floor is None or score.value >= floor else "  BELOW"
        shown = "-" if floor is None else f"{floor:.4f}"
        rows.append(f"  {key:<34} {score.passed:>5}/{score.total:<5} {score.value:7.4f} {shown:>7}{mark}")
    return "\n".join(rows)
