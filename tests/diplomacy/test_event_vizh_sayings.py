"""Vietnamese and Chinese acts of saying: which words make a criticism, an accusation, a protest or a
statement of a story, and when a meeting word is only the matter or the stage of what is said. Our own
leads, labelled before the detector was run on them, with hard negatives."""

from __future__ import annotations

from datetime import date

import pytest

from tests import FIXTURES
from tests.cases import cases
from tests.diplomacy.stories import assert_act, main_event

CASES = FIXTURES / "diplomacy" / "cases" / "test_event_vizh_sayings.toml"
PUBLISHED = date(2024, 3, 12)


@cases(CASES, "acts", "title, text, language, expected")
def test_the_main_events_act(title: str, text: str, language: str, expected: tuple[str, str, str]) -> None:
    assert_act(main_event(title, text, language, PUBLISHED), *expected)


@pytest.mark.parametrize(("title", "text", "language"), [
    ("外交部：中方海警船依法驱离越方船只",
     "外交部发言人12日表示，中国海警船依法驱离了非法进入西沙海域的越方船只。", "zh-Hans"),
    ("Bộ Quốc phòng: Tàu Việt Nam xua đuổi tàu cá Trung Quốc",
     "Bộ Quốc phòng hôm nay cho biết tàu kiểm ngư Việt Nam đã xua đuổi nhiều tàu cá Trung Quốc ra khỏi vùng "
     "biển Việt Nam.", "vi"),
    ("中国海警：依法驱离越南非法进入渔船", "", "zh-Hans"),
    ("Bộ Quốc phòng: Tàu Việt Nam xua đuổi tàu cá Trung Quốc", "", "vi"),
])
def test_a_speakers_own_side_acting_is_no_accusation(title: str, text: str, language: str) -> None:
    # Hard negatives: the side told of acting is the speaker's own; the other side is only acted on.
    assert main_event(title, text, language, PUBLISHED).type != "accuse"


@pytest.mark.parametrize(("title", "text"), [
    ("一批美国援助物资运抵越南", "一批美国政府援助的医疗物资12日运抵河内。"),
    ("越南国会批准中越陆地边界协定", "越南国会12日批准越中陆地边界协定。"),
])
def test_a_batch_or_an_approval_is_no_criticism(title: str, text: str) -> None:
    # Hard negatives: 批 tells criticism only with a side right after it, not of 一批 or 批准.
    assert main_event(title, text, "zh-Hans", PUBLISHED).type != "criticize"
