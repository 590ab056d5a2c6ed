"""The generated non-state battery (tests/batteries/nonstate.py) held to its floors, and its shape.

Scores per language, direction and title or text: `.venv/bin/python -m tests.batteries nonstate [--failures]`.
"""

from __future__ import annotations

from tests.batteries import gate
from tests.batteries.nonstate import CASES


def test_nonstate_battery_meets_its_floors() -> None:
    """Every category scores at least its floor in tests/baselines/batteries.json."""
    gate("nonstate")


def test_battery_shape() -> None:
    """Every language has hard negatives and positives for every pair, as title and as text."""
    for lang in ("en", "vi", "vi-ascii", "zh-hans", "zh-hant"):
        assert {c.pair for c in CASES if c.lang == lang} == {"CN-VN", "US-VN", "CN-US", None}
    assert {c.as_text for c in CASES} == {False, True}
