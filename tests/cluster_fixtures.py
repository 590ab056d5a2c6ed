"""Loader of the labelled event-clustering fixtures (tests/fixtures/clusters): reports, gold, occasions.

The three files are described in tests/fixtures/clusters/README.md. Reports are in publication order;
`gold` maps every report id to the occasion it reports; `occasions` describes each occasion and its
hard negatives (other occasions a clusterer must keep apart from it).
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests import FIXTURES as ALL_FIXTURES

FIXTURES = ALL_FIXTURES / "clusters"

# The fields `bamboo classify` reads; a report carries outlet and url as well.
CLASSIFY_FIELDS = ("id", "title", "text", "language", "published_at")


@dataclass(frozen=True)
class ClusterFixtures:
    """The labelled set: reports in publication order, report id -> occasion, occasion key -> description."""

    reports: list[dict[str, Any]]
    gold: dict[str, str]
    occasions: dict[str, dict[str, Any]]

    def groups(self) -> dict[str, list[str]]:
        """Occasion key -> the ids of its reports, in publication order."""
        out: dict[str, list[str]] = defaultdict(list)
        for report in self.reports:
            out[self.gold[report["id"]]].append(report["id"])
        return dict(out)

    def classify_lines(self) -> list[str]:
        """The reports as `bamboo classify` input lines."""
        return [json.dumps({k: r[k] for k in CLASSIFY_FIELDS}, ensure_ascii=False) for r in self.reports]


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """Every non-blank line of a JSON Lines file."""
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def gold_pairs(rows: list[dict[str, Any]]) -> dict[str, str]:
    """Report id -> occasion; a repeated id is an error, not a silent overwrite."""
    gold: dict[str, str] = {}
    for row in rows:
        if row["id"] in gold:
            raise ValueError(f"report {row['id']} labelled twice")
        gold[row["id"]] = row["occasion"]
    return gold


def load(root: Path = FIXTURES) -> ClusterFixtures:
    """Read reports.jsonl, gold.jsonl and occasions.jsonl of `root`."""
    occasions = {row["occasion"]: row for row in read_jsonl(root / "occasions.jsonl")}
    return ClusterFixtures(read_jsonl(root / "reports.jsonl"), gold_pairs(read_jsonl(root / "gold.jsonl")),
                           occasions)
