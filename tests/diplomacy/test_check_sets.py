"""The check sets: well-formed labels, and a scorer that reads them as the event gold's scorer does."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from bench import eval_checks, eval_events

SIDES = {"CHN", "USA", "VNM"}


def rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def gold_types() -> set[str]:
    return {g["main_event"]["type"] for g in rows(eval_events.GOLD) if g["main_event"]}


def test_the_scorer_reads_every_set_in_the_folder() -> None:
    assert set(eval_checks.SETS) == {p.stem for p in eval_checks.CHECKS.glob("*.jsonl")}
    assert eval_checks.SETS[:3] == ("people", "noevent", "sides")


@pytest.mark.parametrize("name", eval_checks.SETS)
def test_a_check_set_is_labelled_in_the_gold_forms(name: str) -> None:
    items = rows(eval_checks.CHECKS / f"{name}.jsonl")
    assert len({i["id"] for i in items}) == len(items) == 36
    assert Counter(i["language"].split("-")[0] for i in items) == {"en": 12, "vi": 12, "zh": 12}
    types = gold_types()
    for item in items:
        assert item["title"] and item["text"], item["id"]
        event = item["main_event"]
        if event is None:
            continue
        assert event["type"] in types, item["id"]
        assert {event["actor"], event["target"]} <= SIDES and event["actor"] != event["target"], item["id"]
        assert all(isinstance(p, str) and p for p in event["people"]), item["id"]


def test_the_check_scorer_scores_every_item_of_a_set() -> None:
    line = eval_checks.score_set(eval_checks.CHECKS / "noevent.jsonl")
    items = rows(eval_checks.CHECKS / "noevent.jsonl")
    with_event = sum(i["main_event"] is not None for i in items)
    assert line.startswith("noevent") and f"n={with_event} " in line
    assert line.endswith(f"/{len(items) - with_event}")
    assert re.search(r"type [01]\.\d{3} .*who-what [01]\.\d{3}", line), line
    # Place, the date where the label knows the day, and every field together are scored as in the gold.
    assert re.search(r"place [01]\.\d{3} +date [01]\.\d{3} .*all fields [01]\.\d{3} ", line), line
