"""A second reading of the stances: leads written apart from the part's tests, an appeal asking the other
side to release people (by a word for them, a name, a noun of release) or to withdraw a force (a single ship,
a rig, `rời khỏi`, 撤走) is a demand; an appeal to the speaker's own government is a statement, whatever it
asks that government to press for, and a measure it asks for is no act; statement, criticism, accusation,
protest, demand and appeal told apart; hard negatives (a thing released, `thả nổi`, "free up", a measure asked
eased or withdrawn). A lead still misread is a strict xfail with its reason."""

from __future__ import annotations

import tomllib
from datetime import UTC, datetime

import pytest

from extractors.diplomacy import detect
from tests import FIXTURES
from tests.diplomacy.stories import main_of

CASES = FIXTURES / "diplomacy" / "cases" / "test_stances_second_reading.toml"
LEADS = tomllib.loads(CASES.read_text(encoding="utf-8"))["leads"]


def _act(title: str, text: str, language: str, published: str) -> tuple[str, str, str] | None:
    """Type, actor and target of the main event (flagged main, else the first), None with no event."""
    day = datetime.fromisoformat(published).replace(tzinfo=UTC)
    event = main_of(detect(title, text, language, published_at=day).events)
    return None if event is None else (event.type, event.actor, event.target)


@pytest.mark.parametrize(
    ("title", "text", "language", "published", "act"),
    [pytest.param(lead["title"], lead["text"], lead["language"], lead["published"], tuple(lead["act"]),
                  id=lead["id"],
                  marks=[pytest.mark.xfail(strict=True, reason=lead["xfail"])] if "xfail" in lead else [])
     for lead in LEADS],
)
def test_the_main_events_act(title: str, text: str, language: str, published: str,
                             act: tuple[str, str, str]) -> None:
    assert _act(title, text, language, published) == act
