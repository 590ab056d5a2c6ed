"""Speed of the diplomacy detector on one core: articles per second for ~5 KB articles.

Usage: python bench/bench_detector.py [--seconds 3]
Articles are built from fixed English, Vietnamese and Chinese paragraphs (no data files needed),
so the figure is reproducible on a fresh clone. Goal: >= 1,000 articles/s/core.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from extractors.diplomacy import detect  # noqa: E402

TARGET_BYTES = 5_000
GOAL = 1_000.0
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


def make_article(language: str) -> tuple[str, str]:
    """A ~5 KB article in one language, cycling its paragraphs."""
    paragraphs = PARAGRAPHS[language]
    body: list[str] = []
    size = 0
    while size < TARGET_BYTES:
        chunk = paragraphs[len(body) % len(paragraphs)]
        body.append(chunk)
        size += len(chunk.encode("utf-8"))
    return paragraphs[0][:80], "\n".join(body)


def measure(language: str, seconds: float) -> tuple[float, int]:
    """Articles per second for one language over about `seconds` of work."""
    title, text = make_article(language)
    detect(title, text, language)  # build matchers outside the timing
    count = 0
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        detect(title, text, language)
        count += 1
    return count / (time.perf_counter() - start), len(text.encode("utf-8"))


def main(argv: list[str] | None = None) -> int:
    """Print a table of throughput per language; exit 1 if any language is below the goal."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=2.0, help="time per language")
    args = parser.parse_args(argv)
    print(f"{'language':<10}{'bytes':>8}{'articles/s':>14}{'MB/s':>8}  goal {GOAL:.0f}/s")
    slow = False
    for language in PARAGRAPHS:
        rate, size = measure(language, args.seconds)
        slow = slow or rate < GOAL
        print(f"{language:<10}{size:>8}{rate:>14.0f}{rate * size / 1e6:>8.1f}  {'ok' if rate >= GOAL else 'SLOW'}")
    return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main())
