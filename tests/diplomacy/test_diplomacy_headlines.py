"""The generated headline battery (tests/batteries/headlines.py) held to its floors, and its shape.

Scores per language, direction, verb, title or text and kind of hard negative:
`.venv/bin/python -m tests.batteries headlines [--failures]`.
"""

from __future__ import annotations

from tests.batteries import gate
from tests.batteries.headlines import CASES


def test_headline_battery_meets_its_floors() -> None:
    """Every category scores at least its floor in tests/baselines/batteries.json."""
    gate("headlines")


def test_battery_covers_every_direction_and_language() -> None:
    """Six directions, six language variants, positives and hard negatives in each language."""
    langs = {c.lang for c in CASES}
    assert langs == {"en-gb", "en-us", "vi", "vi-ascii", "zh-hans", "zh-hant"}
    for lang in langs:
        assert {c.pair for c in CASES if c.lang == lang} == {"CN-VN", "US-VN", "CN-US", None}
    assert {c.direction for c in CASES if c.pair} == {"CHN>USA", "CHN>VNM", "USA>CHN", "USA>VNM",
                                                      "VNM>CHN", "VNM>USA"}
    assert any(c.as_text for c in CASES) and any(not c.as_text for c in CASES)  # empty title or text
