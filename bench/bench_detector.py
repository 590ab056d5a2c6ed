"""Speed of the diplomacy detector on one core: articles per second for ~5 KB articles.

Usage: python bench/bench_detector.py [--seconds 2] [--dev PATH]
Workloads: news-like English, Vietnamese and Chinese articles built here from fixed paragraphs (a
diplomacy lead, then ordinary reporting; reproducible on a fresh clone); when the shared dev set is
present, its real articles repeated to ~5 KB; and "stress" articles where every sentence is full of
names and diplomacy words (a worst case, reported but not held to the goal). Time is CPU time of this
process, so other work on the machine does not count against it. Goal: >= 1,000 articles/s.
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
BODY = {
    "en": (
        "Officials said the talks covered trade, investment and climate, and both sides expressed hope "
        "for further progress. Analysts noted that exports of electronics and textiles have grown quickly "
        "over the past decade, while farmers in the Mekong Delta continue to face rising costs. ",
        "The city's new metro line opened last month after years of delays, and commuters said journeys "
        "to the centre now take half as long. Local authorities plan two more lines by the end of the "
        "decade, financed partly by bonds and partly by the national budget. ",
        "Weather forecasters expect heavy rain in the north this weekend, and schools in several provinces "
        "have prepared to close if flooding worsens. Rice prices were stable at wholesale markets. ",
    ),
    "vi": (
        "Các quan chức cho biết cuộc gặp đã bàn về thương mại, đầu tư và biến đổi khí hậu. Kim ngạch xuất "
        "khẩu điện tử và dệt may tăng nhanh trong mười năm qua, trong khi nông dân đồng bằng sông Cửu "
        "Long vẫn đối mặt với chi phí tăng. ",
        "Tuyến metro mới của thành phố đã đi vào hoạt động tháng trước sau nhiều năm chậm trễ, người dân "
        "cho biết thời gian đi lại vào trung tâm giảm một nửa. Chính quyền dự kiến xây thêm hai tuyến. ",
        "Cơ quan khí tượng dự báo mưa lớn ở miền Bắc cuối tuần này, nhiều trường học đã chuẩn bị phương "
        "án cho học sinh nghỉ nếu ngập lụt. Giá lúa tại các chợ đầu mối ổn định. ",
    ),
    "zh": (
        "官员表示，会谈涉及贸易、投资和气候变化等议题。过去十年电子产品和纺织品出口增长迅速，而湄公河"
        "三角洲的农民仍面临成本上升的压力。",
        "该市新的地铁线路上月在多年延误后开通，市民表示前往市中心的时间缩短了一半。地方政府计划在十年内"
        "再建两条线路，资金部分来自债券，部分来自国家预算。",
        "气象部门预计本周末北部地区将有强降雨，多个省份的学校已做好停课准备。批发市场的大米价格保持稳定。",
    ),
}
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
    """News-like ~5 KB articles: a diplomacy lead, then ordinary reporting, one per language."""
    return {f"news {lang}": [(PARAGRAPHS[lang][0][:80], pad(PARAGRAPHS[lang][0] + "".join(BODY[lang])), lang)]
            for lang in PARAGRAPHS}


def stress() -> dict[str, list[Article]]:
    """Worst case: every sentence full of names and diplomacy words (about 50 lexicon hits per KB)."""
    return {f"stress {lang}": [(paras[0][:80], pad("".join(paras)), lang)]
            for lang, paras in PARAGRAPHS.items()}


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
    gated = synthetic() | dev_articles(args.dev)
    print(f"{'workload':<16}{'articles':>9}{'KB each':>9}{'articles/s':>12}  goal {GOAL:.0f}/s")
    slow = False
    for name, articles in (gated | stress()).items():
        rate = measure(articles, args.seconds)
        size = sum(len(a[1].encode("utf-8")) for a in articles) / len(articles) / 1000
        if name in gated:
            slow = slow or rate < GOAL
            verdict = "ok" if rate >= GOAL else "SLOW"
        else:
            verdict = "worst case, not held to the goal"
        print(f"{name:<16}{len(articles):>9}{size:>9.1f}{rate:>12.0f}  {verdict}")
    return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main())
