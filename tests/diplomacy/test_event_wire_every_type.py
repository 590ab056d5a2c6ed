"""The main event of everyday wire leads of every event type (Reuters/AP English, TTXVN/VnExpress
Vietnamese, Xinhua zh-Hans, CNA zh-Hant) for the three pairs, in the common phrasings each outlet uses for
each act, beside hard negatives (domestic uses, third countries, non-state actors). Our own leads, each
labelled (type, actor, target) before the detector read them; a lead the detector still reads otherwise is
an expected failure with its reason."""

from __future__ import annotations

import pytest

from extractors.diplomacy import detect
from extractors.diplomacy.eventpeople import SYMMETRIC  # either side may come first
from tests import FIXTURES
from tests.cases import cases
from tests.diplomacy.stories import main_event

LEADS = FIXTURES / "diplomacy" / "cases" / "test_event_wire_every_type.toml"


def _language(lang: str) -> str:
    return "zh" if lang == "zht" else lang


@cases(LEADS, "leads", "title, text, lang, kind, actor, target")
def test_a_wire_lead_tells_its_act(title: str, text: str, lang: str, kind: str, actor: str,
                                   target: str) -> None:
    found = main_event(title, text, _language(lang))
    assert found.type == kind
    sides = (found.actor, found.target)
    if kind in SYMMETRIC:
        assert set(sides) == {actor, target}
    else:
        assert sides == (actor, target)


@cases(LEADS, "negatives", "title, text, lang")
def test_a_hard_negative_tells_no_act(title: str, text: str, lang: str) -> None:
    detection = detect(title, text, _language(lang))
    assert not (detection.relevant and detection.events)


# A Chinese stance names its object first (grammar `answered_open`, `answered_close`): the measure between
# 对 and 表示/予以 is what the stance answers, the stance is the act; a measure told alone stays the measure.
@pytest.mark.parametrize(("title", "act"), [
    ("中方对美方加征关税表示坚决反对", ("criticize", "CHN", "USA")),
    ("中國對美國加徵關稅表示強烈不滿", ("criticize", "CHN", "USA")),
    ("商务部：中方对美方将中国企业列入实体清单表示强烈不满", ("criticize", "CHN", "USA")),
    ("中方对美方制裁中国企业予以强烈谴责", ("criticize", "CHN", "USA")),
    ("美国对中国商品加征关税", ("trade_measure", "USA", "CHN")),
    ("美国对越南输美商品征收46%关税", ("trade_measure", "USA", "VNM")),
])
def test_a_chinese_stance_answers_the_measure_named_before_it(title: str, act: tuple[str, str, str]) -> None:
    found = main_event(title, "", "zh")
    assert (found.type, found.actor, found.target) == act
