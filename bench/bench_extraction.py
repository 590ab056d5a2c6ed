"""Pages/s of bare `trafilatura.bare_extraction` vs `extract_article` on one core, same run.

Also prints what keeping the raw pages costs: zstd (extractors/core/compression.py) size of the same
pages, extrapolated to 1,000 pages.

    .venv/bin/python bench/bench_extraction.py [--rounds 2] [--data DIR]

Both are timed page by page, interleaved (bare, ours, bare, ours ...), so load from other
processes on the machine hits both alike. CPU time of this process is the headline figure
(it ignores time spent waiting for a core); wall time is printed too.
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import trafilatura  # noqa: E402

from extractors.article.extract import EXTRACTOR_VERSION, extract_article  # noqa: E402
from extractors.core.compression import compress, decompress  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = Path(os.environ.get("BAMBOO_SHARED_DATA", REPO.parent / "shared" / "data"))
BENCH = Path("extraction/zyte_article_extraction_benchmark")


def load_pages(folder: Path) -> list[tuple[str, bytes, str]]:
    """(id, raw HTML bytes, URL) for every benchmark page."""
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    html = folder / "html"
    return [(k, gzip.decompress((html / f"{k}.html.gz").read_bytes()), v["url"]) for k, v in truth.items()]


def _bare(html: bytes, url: str) -> None:
    trafilatura.bare_extraction(html, url=url)


def _ours(html: bytes, url: str) -> None:
    extract_article(html, url)


CONTENDERS = (("bare", _bare), ("ours", _ours))


def run(pages: list[tuple[str, bytes, str]], rounds: int) -> dict[str, dict[str, float]]:
    """CPU and wall seconds per contender over `rounds` passes of all pages, interleaved."""
    totals = {name: {"cpu": 0.0, "wall": 0.0} for name in ("bare", "ours")}
    for _ in range(rounds):
        for i, (_id, html, url) in enumerate(pages):
            order = CONTENDERS if i % 2 == 0 else CONTENDERS[::-1]  # neither always runs on a warm cache
            for name, fn in order:
                c0, w0 = time.process_time(), time.perf_counter()
                fn(html, url)
                totals[name]["cpu"] += time.process_time() - c0
                totals[name]["wall"] += time.perf_counter() - w0
    return totals


def storage(pages: list[tuple[str, bytes, str]]) -> None:
    """Raw and zstd-compressed size of the pages, per page and per 1,000 pages."""
    raw = sum(len(html) for _, html, _ in pages)
    t0 = time.perf_counter()
    blobs = [compress(html) for _, html, _ in pages]
    seconds = time.perf_counter() - t0
    assert all(decompress(b) == html for b, (_, html, _) in zip(blobs, pages, strict=True))
    packed = sum(map(len, blobs))
    per_1000 = packed / len(pages) * 1000
    print(f"raw pages: {raw / 1e6:.1f} MB raw -> {packed / 1e6:.2f} MB zstd (ratio {raw / packed:.1f}x), "
          f"{packed / len(pages) / 1e3:.1f} kB/page, {per_1000 / 1e6:.1f} MB per 1,000 pages, "
          f"compress {len(pages) / seconds:.0f} pages/s")


def main() -> None:
    """Print pages/s for both and the ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args()
    logging.disable(logging.CRITICAL)
    folder = args.data / BENCH
    if not (folder / "ground-truth.json").is_file():
        raise SystemExit(f"benchmark data not found in {folder} (set BAMBOO_SHARED_DATA or --data)")
    pages = load_pages(folder)
    for _id, html, url in pages[:5]:  # warm imports and caches outside the timed loop
        _bare(html, url)
        _ours(html, url)
    storage(pages)
    totals = run(pages, args.rounds)
    n = len(pages) * args.rounds
    print(f"pages: {len(pages)} x {args.rounds} rounds, trafilatura {trafilatura.__version__}, "
          f"{EXTRACTOR_VERSION}")
    for clock in ("cpu", "wall"):
        bare, ours = n / totals["bare"][clock], n / totals["ours"][clock]
        print(f"{clock:4s}  bare_extraction {bare:6.1f} pages/s   extract_article {ours:6.1f} pages/s   "
              f"ratio {ours / bare:.2f}")


if __name__ == "__main__":
    main()
