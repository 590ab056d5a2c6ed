"""Score the detector's generated batteries (headlines, non-state bodies) per category against their floors.

Usage: python bench/eval_batteries.py [--failures] [BATTERY...]
The same scores the test gate checks (tests/batteries, floors in tests/baselines/batteries.json); no
shared data is needed. Exits 1 when a score is under its floor. Raise floors with
`python -m tests.batteries --update`.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from extractors.diplomacy import DETECTOR_VERSION  # noqa: E402
from tests.batteries import BATTERIES  # noqa: E402
from tests.batteries.__main__ import main as batteries_main  # noqa: E402


def main(argv: list[str]) -> int:
    """Print each battery's summary and its per-category table; exit status 1 under a floor."""
    if "--update" in argv:
        print("floors are raised with python -m tests.batteries --update, not from bench/")
        return 2
    print(f"detector_version={DETECTOR_VERSION}  batteries={', '.join(BATTERIES)}")
    return batteries_main(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
