"""Token-level precision/recall/F1 of our bodies on the Zyte benchmark, beside trafilatura 2.3.1.

    .venv/bin/python bench/score_extraction.py [--data DIR] [--worst 12] [--json OUT] [--study]

The metric is the one of the benchmark folder's MANIFEST.csv: lower-cased `\\w+` tokens, bag of
words (multiset) overlap, precision/recall/F1 per page, mean over the 181 pages. The script checks
that it reproduces the MANIFEST's 2.3.1 column from the stored baseline before scoring.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import logging
import os
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import trafilatura  # noqa: E402

from extractors.article.extract import EXTRACTOR_VERSION, extract_article  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = Path(os.environ.get("BAMBOO_SHARED_DATA", REPO.parent / "shared" / "data"))
BENCH = Path("extraction/zyte_article_extraction_benchmark")
_TOKEN = re.compile(r"\w+")

Scores = tuple[float, float, float]


def tokens(text: str) -> Counter[str]:
    """Bag of lower-cased word tokens."""
    return Counter(_TOKEN.findall((text or "").lower()))


def prf(predicted: str, truth: str) -> Scores:
    """Precision, recall and F1 of predicted tokens against the ground truth (multiset overlap)."""
    p, t = tokens(predicted), tokens(truth)
    common = sum((p & t).values())
    precision = common / sum(p.values()) if p else 0.0
    recall = common / sum(t.values()) if t else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def check_metric(folder: Path, truth: dict[str, dict[str, str]]) -> float:
    """Largest gap between our metric on the stored 2.3.1 baseline and the MANIFEST's F1 column."""
    baseline = json.loads((folder / "baseline-output-trafilatura-2.3.1-generated-locally.json").read_text())
    gap = 0.0
    with (folder / "MANIFEST.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            f1 = prf(baseline[row["id"]]["articleBody"] or "", truth[row["id"]]["articleBody"])[2]
            gap = max(gap, abs(round(f1, 3) - float(row["tokf1_trafilatura_2_3_1"])))
    return gap


class CallCounter:
    """Counts trafilatura.bare_extraction calls, to report how often the cascade goes deeper."""

    def __init__(self) -> None:
        self.calls = 0
        self._real = trafilatura.bare_extraction

    def __call__(self, *args: object, **kwargs: object) -> object:
        self.calls += 1
        return self._real(*args, **kwargs)


def contenders(counter: CallCounter) -> dict[str, Callable[[bytes, str], str]]:
    """Name -> function from (html, url) to body text."""

    def ours(html: bytes, url: str) -> str:
        trafilatura.bare_extraction = counter  # type: ignore[assignment]
        try:
            return extract_article(html, url).body
        finally:
            trafilatura.bare_extraction = counter._real

    def default(html: bytes, url: str) -> str:
        return trafilatura.extract(html, url=url) or ""

    def precise(html: bytes, url: str) -> str:
        return trafilatura.extract(html, url=url, favor_precision=True) or ""

    return {"ours": ours, "trafilatura default": default, "trafilatura favor_precision": precise}


# The settings study behind bodytext.PASSES: bare_extraction's body text (comments never appended).
STUDY = {
    "bare default": {},
    "bare no comments": {"include_comments": False},
    "bare no comments, precision": {"include_comments": False, "favor_precision": True},
    "bare no comments, fast": {"include_comments": False, "fast": True},
    "bare no comments, precision, fast": {"include_comments": False, "favor_precision": True, "fast": True},
}


def study_contenders() -> dict[str, Callable[[bytes, str], str]]:
    """bare_extraction variants, for --study."""

    def make(settings: dict[str, bool]) -> Callable[[bytes, str], str]:
        def run(html: bytes, url: str) -> str:
            doc = trafilatura.bare_extraction(html, url=url, **settings)
            return (doc.text or "") if doc else ""

        return run

    return {name: make(settings) for name, settings in STUDY.items()}


def mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def main() -> None:
    """Score every contender on every page; print means and the worst pages for ours."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--worst", type=int, default=12)
    parser.add_argument("--json", type=Path, help="write per-page scores here")
    parser.add_argument("--study", action="store_true", help="also score bare_extraction variants")
    args = parser.parse_args()
    logging.disable(logging.CRITICAL)
    folder = args.data / BENCH
    if not (folder / "ground-truth.json").is_file():
        raise SystemExit(f"benchmark data not found in {folder} (set BAMBOO_SHARED_DATA or --data)")
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    print(f"metric check: max |F1 - MANIFEST 2.3.1| = {check_metric(folder, truth):.4f} (0.0005 = rounding)")
    counter = CallCounter()
    funcs = contenders(counter)
    if args.study:
        funcs.update(study_contenders())
    per_page: dict[str, dict[str, Scores]] = {name: {} for name in funcs}
    for page_id, item in truth.items():
        html = gzip.decompress((folder / "html" / f"{page_id}.html.gz").read_bytes())
        for name, fn in funcs.items():
            per_page[name][page_id] = prf(fn(html, item["url"]), item["articleBody"])
    print(f"\n{len(truth)} pages, trafilatura {trafilatura.__version__}, ours = {EXTRACTOR_VERSION}")
    print(f"{'contender':30s} {'F1':>7s} {'prec':>7s} {'recall':>7s}")
    for name, scores in per_page.items():
        cols = [mean([s[i] for s in scores.values()]) for i in (2, 0, 1)]
        print(f"{name:30s} " + " ".join(f"{c:7.4f}" for c in cols))
    print(f"ours: {counter.calls} trafilatura passes for {len(truth)} pages "
          f"({counter.calls / len(truth):.3f} per page)")
    print(f"\nworst {args.worst} pages for ours (F1 ours / default / favor_precision, P/R ours):")
    worst = sorted(truth, key=lambda k: per_page["ours"][k][2])[: args.worst]
    for k in worst:
        o, d, p = (per_page[n][k] for n in list(funcs)[:3])
        print(f"  {o[2]:.3f} / {d[2]:.3f} / {p[2]:.3f}  P {o[0]:.2f} R {o[1]:.2f}  {k[:8]}  "
              f"{truth[k]['url'][:80]}")
    if args.json:
        args.json.write_text(json.dumps(per_page, indent=1))


if __name__ == "__main__":
    main()
