"""The labelled event-clustering fixtures are well-formed: ids, labels, sizes, languages, hard negatives."""

from __future__ import annotations

import io
import json
import re
from collections import Counter
from datetime import date, datetime, timedelta
from itertools import combinations

import pytest

from extractors.diplomacy.jsonl import classify_stream
from tests.cluster_fixtures import FIXTURES, ClusterFixtures, load, read_jsonl

REPORT_FIELDS = {"id", "outlet", "language", "url", "title", "text", "published_at"}
CJK = re.compile(r"[\u4e00-\u9fff]")
# Letters only Vietnamese uses (not French or German ones): a Vietnamese text must hold some.
VIETNAMESE = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.IGNORECASE)
# What each kind of hard negative promises about the two occasions.
SAME_WEEK = ("same_pair_same_week", "defence_vs_trade_same_week")
REQUIRED_KINDS = {"same_leaders_week_apart", "same_people_other_year", "announced_vs_held",
                  "same_pair_same_week", "defence_vs_trade_same_week"}


@pytest.fixture(scope="module")
def fx() -> ClusterFixtures:
    return load()


def published(report: dict) -> datetime:
    return datetime.fromisoformat(report["published_at"])


def day(occasion: dict) -> date:
    return date.fromisoformat(occasion["date"])


def test_reports_have_the_documented_fields_and_unique_ids(fx: ClusterFixtures) -> None:
    ids = [r["id"] for r in fx.reports]
    assert len(ids) == len(set(ids))
    assert len({r["url"] for r in fx.reports}) == len(ids)
    for r in fx.reports:
        assert set(r) == REPORT_FIELDS, r["id"]
        assert all(isinstance(r[k], str) and r[k].strip() for k in REPORT_FIELDS), r["id"]
        assert published(r).tzinfo is not None, r["id"]
    assert [published(r) for r in fx.reports] == sorted(published(r) for r in fx.reports)


def test_every_report_has_exactly_one_described_occasion(fx: ClusterFixtures) -> None:
    assert set(fx.gold) == {r["id"] for r in fx.reports}
    assert set(fx.gold.values()) == set(fx.occasions)
    for key, occasion in fx.occasions.items():
        assert occasion["description"] and occasion["type"], key
        assert set(occasion["pairs"]) <= {"CN-VN", "US-VN", "CN-US"} and occasion["pairs"], key
        day(occasion)


def test_at_least_30_occasions_with_two_to_five_reports_from_different_outlets(fx: ClusterFixtures) -> None:
    groups = fx.groups()
    multi = {k: ids for k, ids in groups.items() if len(ids) >= 2}
    assert len(multi) >= 30
    assert all(len(ids) <= 5 for ids in groups.values())
    by_id = {r["id"]: r for r in fx.reports}
    for key, ids in groups.items():
        outlets = [by_id[i]["outlet"] for i in ids]
        assert len(outlets) == len(set(outlets)), key
    assert sum(len(ids) == 1 for ids in groups.values()) >= 5  # singletons


def test_three_languages_in_their_own_script_and_occasions_across_languages(fx: ClusterFixtures) -> None:
    assert {r["language"] for r in fx.reports} == {"en", "vi", "zh"}
    for r in fx.reports:
        body = r["title"] + r["text"]
        assert bool(CJK.search(body)) == (r["language"] == "zh"), r["id"]
        assert bool(VIETNAMESE.search(body)) == (r["language"] == "vi"), r["id"]
    by_id = {r["id"]: r for r in fx.reports}
    languages = {k: {by_id[i]["language"] for i in ids} for k, ids in fx.groups().items()}
    assert sum(len(langs) >= 2 for langs in languages.values()) >= 25
    assert sum(len(langs) == 3 for langs in languages.values()) >= 15


def test_reports_are_published_around_their_occasion(fx: ClusterFixtures) -> None:
    """No report is dated before its occasion (an announcement is its own occasion) or long after it."""
    for r in fx.reports:
        start = day(fx.occasions[fx.gold[r["id"]]])
        assert start - timedelta(days=1) <= published(r).date() <= start + timedelta(days=7), r["id"]


def test_hard_negatives_are_present_symmetric_and_what_their_kind_says(fx: ClusterFixtures) -> None:
    groups = fx.groups()
    by_id = {r["id"]: r for r in fx.reports}
    kinds = set()
    for key, occasion in fx.occasions.items():
        for negative in occasion["negatives"]:
            other_key, kind = negative["of"], negative["kind"]
            other = fx.occasions[other_key]
            kinds.add(kind)
            assert other_key != key
            assert {"of": key, "kind": kind} in other["negatives"], (key, other_key)
            apart = abs((day(occasion) - day(other)).days)
            if kind == "same_leaders_week_apart":
                assert 5 <= apart <= 10 and occasion["type"] == other["type"] == "phone_call", key
            if kind in SAME_WEEK:
                assert apart <= 7 and set(occasion["pairs"]) & set(other["pairs"]), key
            if kind == "defence_vs_trade_same_week":
                assert occasion["type"] == other["type"] == "negotiate", key
            if kind == "same_people_other_year":
                assert day(occasion).year != day(other).year, key
            if kind == "announced_vs_held":
                # exactly one side was reported wholly before the other took place
                before = [all(published(by_id[i]).date() < day(fx.occasions[b]) for i in groups[a])
                          for a, b in ((key, other_key), (other_key, key))]
                assert sorted(before) == [False, True], key
    assert kinds >= REQUIRED_KINDS


def test_hard_negative_occasions_share_titles_across_years(fx: ClusterFixtures) -> None:
    """Some reports of different occasions carry the same title, so no title alone can tell them apart."""
    titles: dict[str, set[str]] = {}
    for r in fx.reports:
        titles.setdefault(r["title"], set()).add(fx.gold[r["id"]])
    shared = [t for t, keys in titles.items() if len(keys) >= 2]
    assert len(shared) >= 2
    for title in shared:
        for a, b in combinations(sorted(titles[title]), 2):
            assert fx.occasions[a]["pairs"] == fx.occasions[b]["pairs"], title


def test_the_detector_reads_every_report() -> None:
    """Each report is a well-formed `bamboo classify` line: one verdict per report, nothing skipped."""
    fx = load()
    out, err = io.StringIO(), io.StringIO()
    assert classify_stream(fx.classify_lines(), out, err) == 0, err.getvalue()
    verdicts = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [v["id"] for v in verdicts] == [r["id"] for r in fx.reports]


@pytest.mark.parametrize("split", ["dev", "heldout"])
def test_real_text_cluster_gold_holds_ids_and_labels_only(split: str) -> None:
    """bench/gold/clusters_<split>.jsonl: one row per item, no text, one description per occasion."""
    path = FIXTURES.parents[2] / "bench" / "gold" / f"clusters_{split}.jsonl"
    rows = read_jsonl(path)
    assert len({r["id"] for r in rows}) == len(rows)
    descriptions: dict[str, set[str]] = {}
    for r in rows:
        assert {"id", "split", "occasion", "description", "labelled_at"} <= set(r) <= {
            "id", "split", "occasion", "description", "labelled_at", "note"}, r["id"]
        assert r["split"] == split
        descriptions.setdefault(r["occasion"], set()).add(r["description"])
    assert all(len(d) == 1 for d in descriptions.values())
    sizes = Counter(r["occasion"] for r in rows)
    assert sum(n >= 2 for n in sizes.values()) >= 2
