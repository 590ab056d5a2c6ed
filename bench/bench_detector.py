"""Speed of the diplomacy detector on one core: articles per second for ~5 KB articles.

Usage: python bench/bench_detector.py [--seconds 2] [--dev PATH]
Two workloads: fixed English, Vietnamese and Chinese paragraphs built here (reproducible on a fresh
clone), and, when the shared dev set is present, its real articles repeated to ~5 KB. Time is CPU time
of this process, so other work on the machine does not count against it. Goal: >= 1,000 articles/s.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from extractors.diplomacy import detect  # noqa: E402

TARGET_BYTES = 5_000
GOAL = 1_000.0
Article = tuple[str, str, str]
PARAGRAPHS = {
    "en": (
        "Vietnam's Prime Minister met the visiting US Secretary of State in Hanoi on Tuesday, and the "
        "two sides agreed to deepen their comprehensive strategic partnership. ",
        "Shares in Asian markets rose on Wednesday as investors weighed new data on factory output in "
        "China and the United States, while oil prices held steady. ",
        "The foreign ministry spokesperson said Beijing lodged a protest over the incident in the South "
        "China Sea and urged Hanoi to respect its sovereignty. ",
    ),
    "vi": (
        "Thủ tướng Phạm Minh Chính đã hội kiến Bộ trưởng Ngoại giao Trung Quốc Vương Nghị tại Hà Nội, "
        "hai bên nhất trí thúc đẩy quan hệ đối tác hợp tác chiến lược toàn diện. ",
        "Giá vàng trong nước tăng mạnh trong phiên sáng nay khi nhà đầu tư lo ngại về lạm phát. ",
        "Tong thong My Joe Biden da co chuyen tham cap nha nuoc toi Viet Nam va hoi dam voi Tong Bi thu. ",
    ),
    "zh": (
        "国家主席习近平在北京会见越南共产党中央委员会总书记，双方同意推进中越命运共同体建设。",
        "中美经贸磋商在华盛顿举行，双方就关税问题进行了坦率的交流。",
        "人民币兑美元中间价今日上调，股市小幅收高，投资者关注经济数据。",
    ),
}


def pad(text: str) -> str:
    """Repeat a text's paragraphs until it is about TARGET_BYTES of UTF-8."""
    body = text
    while len(body.encode("utf-8")) < TARGET_BYTES:
        body = f"{body}\n{text}"
    return body.encode("utf-8")[:TARGET_BYTES].decode("utf-8", errors="ignore")


def synthetic() -> dict[str, list[Article]]:
    """One ~5 KB article per language from the fixed paragraphs."""
    return {lang: [(paras[0][:80], pad("".join(paras)), lang)] for lang, paras in PARAGRAPHS.items()}


def dev_articles(path: Path) -> dict[str, list[Article]]:
    """The dev set's articles of at least 1 KB, padded to ~5 KB, by language."""
    groups: dict[str, list[Article]] = {}
    if not path.exists():
        return groups
    for line in path.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        text = item.get("text") or ""
        if len(text.encode("utf-8")) >= 1_000:
            lang = item.get("language") or "?"
            groups.setdefault(f"dev {lang}", []).append((item.get("title") or "", pad(text), lang))
    return groups


def measure(articles: list[Article], seconds: float) -> float:
    """Articles per CPU second over about `seconds` of work."""
    for article in articles:
        detect(*article)  # lexicons and matchers are built once per process, outside the timing
    count = 0
    start = time.process_time()
    while time.process_time() - start < seconds:
        for article in articles:
            detect(*article)
        count += len(articles)
    return count / (time.process_time() - start)


def main(argv: list[str] | None = None) -> int:
    """Print a throughput table; exit 1 if any workload is below the goal."""
    default_dev = Path(os.environ.get("BAMBOO_SHARED_DATA") or REPO.parent / "shared" / "data")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=2.0, help="CPU time per workload")
    parser.add_argument("--dev", type=Path, default=default_dev / "diplomacy-dev" / "dev.jsonl")
    args = parser.parse_args(argv)
    workloads = synthetic() | dev_articles(args.dev)
    print(f"{'workload':<14}{'articles':>9}{'KB each':>9}{'articles/s':>12}  goal {GOAL:.0f}/s")
    slow = False
    for name, articles in workloads.items():
        rate = measure(articles, args.seconds)
        size = sum(len(a[1].encode("utf-8")) for a in articles) / len(articles) / 1000
        slow = slow or rate < GOAL
        verdict = "ok" if rate >= GOAL else "SLOW"
        print(f"{name:<14}{len(articles):>9}{size:>9.1f}{rate:>12.0f}  {verdict}")
    return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main())
