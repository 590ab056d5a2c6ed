"""The per-item budget and the pre-parse attribute guard, on real processes and real parsers."""

from __future__ import annotations

import os
import pickle
import signal
from datetime import UTC, datetime

import pytest

from extractors.article.extract import extract_article
from extractors.article.markupguard import FEED_MIN_TAG, MAX_ATTRIBUTES, PAGE_MIN_TAG, cap_attributes
from extractors.core.budget import Budget, WorkFailed, run_within
from extractors.core.models import Feed, FeedEntry, RawPage
from extractors.feeds.parse import parse_feed
from extractors.pipeline import PageWork, process_pages, process_pages_within
from tests.hostile import many_attributes_feed, many_attributes_html
from tests.warehouse_helpers import PAGES, fixture_page_works

SMALL = Budget(cpu_seconds=1.0, memory_mb=100)


def _busy(seconds: float) -> int:
    """Pure Python work for about `seconds` of CPU; returns the pid that did it."""
    import time

    end = time.process_time() + seconds
    while time.process_time() < end:
        pass
    return os.getpid()


def _grab(mb: int, keep: bool = False) -> int:
    """Allocate `mb` MB in 10 MB pieces (kept past the call when `keep`); returns the pid."""
    pieces = [bytearray(10 * 1024 * 1024) for _ in range(mb // 10)]
    if keep:
        _KEPT.extend(pieces)
    return os.getpid()


_KEPT: list[bytearray] = []


def _crash() -> None:
    os.kill(os.getpid(), signal.SIGKILL)  # as the kernel's OOM killer ends a process


def _fail() -> None:
    raise ValueError("bad input")


@pytest.fixture(autouse=True, scope="module")
def _warm() -> None:
    """Load what extraction loads before the first child is forked, as an extraction worker does."""
    process_pages(fixture_page_works())


def test_results_equal_the_in_process_ones_and_come_from_one_child() -> None:
    works = fixture_page_works()
    expected = [[o] for o in process_pages(works)]
    assert [run_within(SMALL, process_pages, [w]) for w in works] == expected
    pids = {run_within(SMALL, os.getpid) for _ in range(3)}
    assert len(pids) == 1 and os.getpid() not in pids


def test_cpu_over_budget_is_killed_and_the_next_item_gets_a_new_child() -> None:
    before = run_within(SMALL, os.getpid)
    with pytest.raises(WorkFailed) as exc:
        run_within(SMALL, _busy, 30.0)
    assert exc.value.kind == "budget_exceeded" and "over 1 s of CPU time" in str(exc.value)
    again = pickle.loads(pickle.dumps(exc.value))  # it crosses from a pool worker to the flow
    assert (again.kind, str(again)) == (exc.value.kind, str(exc.value))
    after = run_within(SMALL, _busy, 0.05)
    assert after != before and after != os.getpid()


def test_a_parse_inside_libxml2_is_stopped_from_outside() -> None:
    """lxml holds the CPU in C, where no Python signal handler runs: the kill comes from the parent."""
    page = many_attributes_html(100_000, hidden=True)  # the guard leaves this one as it is
    assert cap_attributes(page, PAGE_MIN_TAG) == page
    with pytest.raises(WorkFailed) as exc:
        run_within(SMALL, extract_article, page, "https://news.example/flood")
    assert exc.value.kind == "budget_exceeded"


def test_memory_over_budget_is_killed() -> None:
    with pytest.raises(WorkFailed) as exc:
        run_within(Budget(cpu_seconds=0, memory_mb=50), _grab, 2000)
    assert exc.value.kind == "budget_exceeded" and "over 50 MB of memory" in str(exc.value)


def test_a_child_that_grew_is_replaced_before_the_next_item() -> None:
    budget = Budget(cpu_seconds=10, memory_mb=100)
    first = run_within(budget, _grab, 40, True)  # keeps 40 MB: over a quarter of the budget
    assert run_within(budget, os.getpid) != first


def test_a_crash_costs_only_its_item_and_exceptions_come_back() -> None:
    with pytest.raises(WorkFailed) as exc:
        run_within(SMALL, _crash)
    assert exc.value.kind == "crashed" and "SIGKILL" in str(exc.value)
    with pytest.raises(ValueError, match="bad input"):
        run_within(SMALL, _fail)
    assert run_within(SMALL, os.getpid) != os.getpid()


def test_no_budget_runs_in_process() -> None:
    assert run_within(Budget(0, 0), os.getpid) == os.getpid()
    assert run_within(None, os.getpid) == os.getpid()


def test_the_page_over_budget_is_found_at_once_and_stored_with_the_feeds_text() -> None:
    """One chunk with a hostile page between good ones: only that page fails, on its first try."""
    works = fixture_page_works()[:2]
    entry = FeedEntry(feed_name="f", url="https://news.example/flood", link="https://news.example/flood",
                      guid="flood", title="Vietnam and China sign",
                      summary="Hanoi and Beijing signed a border agreement on Monday. " * 6)
    page = RawPage(url=entry.url, final_url=None, status=200, content_type="text/html",
                   body=many_attributes_html(100_000, hidden=True),
                   fetched_at=datetime(2023, 9, 10, tzinfo=UTC))
    hostile = PageWork(entry.url, page, entry)
    got = process_pages_within([works[0], hostile, works[1]], 200, SMALL)
    assert [got[0], got[2]] == process_pages(works)
    article, detection = got[1]
    assert article.error and article.error.startswith("budget_exceeded: over 1 s of CPU time")
    assert detection.relevant and detection.pairs == ("CN-VN",)


# --- the attribute guard --------------------------------------------------------------------------


def _attribute_count(tag: bytes) -> int:
    return tag.count(b'="')


def test_guard_cuts_a_flood_to_the_first_attributes_and_keeps_the_article() -> None:
    flood = many_attributes_html(100_000)
    cut = cap_attributes(flood, PAGE_MIN_TAG)
    div = cut[cut.index(b"<div "):cut.index(b">", cut.index(b"<div "))]
    assert _attribute_count(div) == MAX_ATTRIBUTES and len(cut) < 5_000
    plain = extract_article(many_attributes_html(10), "https://news.example/a")
    got = extract_article(flood, "https://news.example/a")
    assert got.error is None and got.body == plain.body and got.title == plain.title


def test_guard_cuts_a_feed_item_flood_and_keeps_its_entries() -> None:
    feed = Feed(name="f", url="https://news.example/feed", outlet="o")
    items = [("One", "https://news.example/1"), ("Two", "https://news.example/2")]
    body = many_attributes_feed(80_000, items)
    assert len(cap_attributes(body, FEED_MIN_TAG)) < 2_000
    got = parse_feed(body, feed, url=feed.url)
    assert [e.url for e in got.entries] == [e.url for e in parse_feed(many_attributes_feed(3, items), feed,
                                                                      url=feed.url).entries]


def test_guard_leaves_real_pages_and_script_text_alone() -> None:
    for f in sorted(PAGES.glob("*.html")):
        assert cap_attributes(f.read_bytes(), FEED_MIN_TAG) == f.read_bytes(), f.name
    script = b"<script>for(i=0;i<n.length;i++){" + b"x = y + z; " * 500 + b"}</script>"
    assert cap_attributes(script, FEED_MIN_TAG) == script
    quoted = b"<div " + b" ".join(b'a%d="x>y"' % i for i in range(300)) + b">t</div>"
    cut = cap_attributes(quoted, FEED_MIN_TAG)  # a '>' inside quotes does not end the tag
    assert cut.endswith(b">t</div>") and _attribute_count(cut) == MAX_ATTRIBUTES


def test_threads_of_one_process_each_get_their_own_child() -> None:
    import threading
    from concurrent.futures import ThreadPoolExecutor

    both = threading.Barrier(2, timeout=30)  # two threads, for sure

    def work(_: int) -> tuple[int, int]:
        both.wait()
        return run_within(SMALL, _busy, 0.2), run_within(SMALL, os.getpid)

    with ThreadPoolExecutor(max_workers=2) as ex:
        pids = list(ex.map(work, range(2)))
    assert all(a == b for a, b in pids) and len({a for a, _ in pids}) == 2
