"""What the detector makes of one story, for the event tests: its main event and its events' acts."""

from __future__ import annotations

from datetime import date

from extractors.core.models import Event
from extractors.diplomacy import detect


def main_event(title: str, text: str = "", language: str | None = None,
               published: date | None = None) -> Event:
    """The main event of a relevant story (the test fails, naming the story, when it has none)."""
    detection = detect(title, text, language, published)
    assert detection.relevant and detection.events, (title, text)
    return next((e for e in detection.events if e.main), detection.events[0])


def acts(title: str, text: str = "", language: str | None = None,
         published: date | None = None) -> list[tuple[str, str, str]]:
    """Type, actor and target of each event of a story, in the detector's order."""
    return [(e.type, e.actor, e.target) for e in detect(title, text, language, published).events]
