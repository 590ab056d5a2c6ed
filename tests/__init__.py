"""The test suite; `ROOT` is the checkout and `FIXTURES` the one folder of fixture files."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
