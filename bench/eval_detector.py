"""Evaluate the diplomacy detector on the labelled dev set and check the seed story.

Usage: python bench/eval_detector.py [--dev PATH] [--seeds DIR] [--quiet] [--categories]
(--categories also scores the hand-written texts in tests/fixtures/diplomacy/categories.jsonl, per kind of
story: they are written to probe categories, not drawn from the sources, so they are no held-out measure.)
Data: ${BAMBOO_SHARED_DATA:-<repo>/../shared/data}/diplomacy-dev/dev.jsonl and
      ${BAMBOO_SHARED_SEEDS:-<repo>/../shared/seeds}/*.txt. Exits 1 when the seed check fails.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from extractors.core.models import Detection  # noqa: E402
from extractors.diplomacy import DETECTOR_VERSION, detect  # noqa: E402

PAIRS = ("CN-VN", "US-VN", "CN-US")
CATEGORIES = REPO / "tests" / "fixtures" / "diplomacy" / "categories.jsonl"
SEED_PEOPLE = {"Liu Jianchao", "Nguyễn Phú Trọng", "Joe Biden"}
SEED_TIERS = {"comprehensive_strategic_partnership", "strategic_partnership", "comprehensive_partnership"}


@dataclass
class Row:
    """One labelled item with the detector's answer."""

    id: str
    language: str
    borderline: bool
    gold: bool
    gold_pairs: frozenset[str]
    got: bool
    got_pairs: frozenset[str]
    score: float


def shared_data() -> Path:
    """The shared data folder, overridable with BAMBOO_SHARED_DATA."""
    return Path(os.environ.get("BAMBOO_SHARED_DATA") or REPO.parent / "shared" / "data")


def shared_seeds() -> Path:
    """The seed folder: BAMBOO_SHARED_SEEDS, else beside the shared data folder."""
    if os.environ.get("BAMBOO_SHARED_SEEDS"):
        return Path(os.environ["BAMBOO_SHARED_SEEDS"])
    if os.environ.get("BAMBOO_SHARED_DATA"):
        return Path(os.environ["BAMBOO_SHARED_DATA"]).parent / "seeds"
    return REPO.parent / "shared" / "seeds"


def run(path: Path) -> list[Row]:
    """Detect every dev item."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        det = detect(item.get("title") or "", item.get("text") or "", item.get("language"))
        rows.append(Row(item["id"], item.get("language") or "?", bool(item.get("borderline")),
                        bool(item["relevant"]), frozenset(item.get("pairs") or ()),
                        det.relevant, frozenset(det.pairs), det.score))
    return rows


def prf(pairs: Iterable[tuple[bool, bool]]) -> tuple[float, float, float, int]:
    """Precision, recall, F1 and count for (gold, predicted) booleans."""
    tp = fp = fn = n = 0
    for gold, got in pairs:
        n += 1
        tp += gold and got
        fp += got and not gold
        fn += gold and not got
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f, n


def line(label: str, stats: tuple[float, float, float, int]) -> str:
    """One table row."""
    p, r, f, n = stats
    return f"  {label:<26} P={p:.3f} R={r:.3f} F1={f:.3f}  (n={n})"


def report_relevance(rows: list[Row]) -> float:
    """Print relevance metrics overall, per language, with and without borderline; return overall F1."""
    overall = prf((r.gold, r.got) for r in rows)
    print("Relevance")
    print(line("all", overall))
    print(line("non-borderline", prf((r.gold, r.got) for r in rows if not r.borderline)))
    print(line("borderline only", prf((r.gold, r.got) for r in rows if r.borderline)))
    for lang in sorted({r.language for r in rows}):
        print(line(f"lang={lang}", prf((r.gold, r.got) for r in rows if r.language == lang)))
    return overall[2]


def report_pairs(rows: list[Row]) -> float:
    """Print per-pair metrics and pairs exact-match on gold-relevant items; return exact-match."""
    print("Pairs (per pair over all items)")
    for pair in PAIRS:
        print(line(pair, prf((pair in r.gold_pairs, pair in r.got_pairs) for r in rows)))
    relevant = [r for r in rows if r.gold]
    exact = sum(r.gold_pairs == r.got_pairs for r in relevant) / (len(relevant) or 1)
    exact_all = sum(r.gold_pairs == r.got_pairs for r in rows) / (len(rows) or 1)
    print(f"  exact match on gold-relevant items: {exact:.3f} (n={len(relevant)})")
    print(f"  exact match on all items:           {exact_all:.3f} (n={len(rows)})")
    return exact


def report_mistakes(rows: list[Row]) -> None:
    """List misclassified ids and pair mismatches."""
    print("Misclassified (id, lang, gold, got, score, borderline)")
    for r in rows:
        if r.gold != r.got:
            print(f"  {r.id:<28} {r.language:<8} gold={r.gold!s:<5} got={r.got!s:<5} "
                  f"score={r.score:.3f} {'borderline' if r.borderline else ''}")
    print("Pair mismatches on relevant items (id, gold, got)")
    for r in rows:
        if r.gold and r.got and r.gold_pairs != r.got_pairs:
            print(f"  {r.id:<28} {sorted(r.gold_pairs)} {sorted(r.got_pairs)}")


def report_categories(path: Path) -> None:
    """Correct verdicts (relevance and pairs) per category of the hand-written texts."""
    totals: dict[str, list[int]] = {}
    for text in path.read_text(encoding="utf-8").splitlines():
        item = json.loads(text)
        det = detect(item["title"], item["text"], item.get("language") or None)
        ok = det.relevant is item["relevant"] and sorted(det.pairs) == item["pairs"]
        kind = f"{item['category']} ({'relevant' if item['relevant'] else 'not relevant'})"
        counts = totals.setdefault(kind, [0, 0])
        counts[0] += ok
        counts[1] += 1
    right = sum(c[0] for c in totals.values())
    print(f"Hand-written category texts: {right}/{sum(c[1] for c in totals.values())} correct")
    for kind, (good, n) in sorted(totals.items()):
        print(f"  {kind:<34} {good}/{n}")


def seed_problems(det: Detection) -> list[str]:
    """What the seed story's detection lacks."""
    problems = []
    if not det.relevant:
        problems.append("not relevant")
    if not {"CN-VN", "US-VN"} <= set(det.pairs):
        problems.append(f"pairs {det.pairs} lack CN-VN or US-VN")
    types = {e.type for e in det.events}
    if "visit" not in types:
        problems.append("no visit event")
    if "meet" not in types:
        problems.append("no meet event")
    visits = [e for e in det.events if e.type == "visit"]
    if not {("CHN", "VNM"), ("USA", "VNM")} <= {(e.actor, e.target) for e in visits}:
        problems.append("no visit CHN->VNM and USA->VNM")
    people = {name for e in visits for name in e.people}
    if not people >= SEED_PEOPLE:
        problems.append(f"visits lack {sorted(SEED_PEOPLE - people)}")
    tiers = {t.tier for t in det.tiers}
    if not tiers >= SEED_TIERS:
        problems.append(f"tiers missing {sorted(SEED_TIERS - tiers)}")
    return problems


def check_seeds(folder: Path) -> bool:
    """Print the seed check; True when every seed passes."""
    seeds = sorted(folder.glob("*.txt"))
    if not seeds:
        print(f"Seed check: FAILED: no seed stories in {folder}")
        return False
    ok = True
    for seed in seeds:
        det = detect("", seed.read_text(encoding="utf-8"), None)
        problems = seed_problems(det)
        ok = ok and not problems
        print(f"Seed {seed.name}: {'ok' if not problems else 'FAILED: ' + '; '.join(problems)}")
        print(f"  relevant={det.relevant} score={det.score} pairs={list(det.pairs)}")
        print(f"  events={[(e.type, e.actor, e.target) for e in det.events]}")
        print(f"  tiers={sorted({(t.tier, t.pair or '-') for t in det.tiers})}")
    return ok


def main(argv: list[str] | None = None) -> int:
    """Run the evaluation; exit status 1 when the seed check fails."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev", type=Path, default=shared_data() / "diplomacy-dev" / "dev.jsonl")
    parser.add_argument("--seeds", type=Path, default=shared_seeds())
    parser.add_argument("--quiet", action="store_true", help="omit the list of mistakes")
    parser.add_argument("--categories", action="store_true",
                        help="also score the hand-written category texts of the test fixtures")
    args = parser.parse_args(argv)
    print(f"detector_version={DETECTOR_VERSION}  dev={args.dev}")
    if args.dev.exists():
        rows = run(args.dev)
        report_relevance(rows)
        report_pairs(rows)
        if not args.quiet:
            report_mistakes(rows)
    else:
        print(f"dev set not found: {args.dev} (skipping metrics)")
    if args.categories:
        report_categories(CATEGORIES)
    return 0 if check_seeds(args.seeds) else 1


if __name__ == "__main__":
    sys.exit(main())
