"""A second reading of the acts read by class, on leads written apart from the part's tests: navy ships by
their class words (a training ship, a task force, `biên đội tàu`) calling at a port, condemning predicates,
the cleanup of contaminated ground, paying respects abroad or at an embassy, measures on a fourth country and
cooperation working groups; hard negatives of each (no navy, no officials, talks that stay the event). A lead
still misread is a strict xfail with its reason."""

from __future__ import annotations

import tomllib
from datetime import UTC, datetime

import pytest

from extractors.diplomacy import detect
from tests import FIXTURES

CASES = FIXTURES / "diplomacy" / "cases" / "test_event_act_classes_second_reading.toml"
LEADS = tomllib.loads(CASES.read_text(encoding="utf-8"))["leads"]


def _act(title: str, text: str, language: str, published: str) -> tuple[str, str, str] | None:
    """Type, actor and target of the main event (flagged main, else the first), None with no event."""
    day = datetime.fromisoformat(published).replace(tzinfo=UTC)
    events = detect(title, text, language, published_at=day).events
    event = next((e for e in events if e.main), events[0] if events else None)
    return None if event is None else (event.type, event.actor, event.target)


@pytest.mark.parametrize(
    ("title", "text", "language", "published", "act"),
    [pytest.param(lead["title"], lead["text"], lead["language"], lead["published"],
                  tuple(lead["act"]) if "act" in lead else None, id=lead["id"],
                  marks=[pytest.mark.xfail(strict=True, reason=lead["xfail"])] if "xfail" in lead else [])
     for lead in LEADS],
)
def test_the_main_events_act(title: str, text: str, language: str, published: str,
                             act: tuple[str, str, str] | None) -> None:
    assert _act(title, text, language, published) == act
