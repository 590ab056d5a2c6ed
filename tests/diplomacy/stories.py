"""What the detector makes of one story, for the event tests: its main event and its events' acts."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.core.models import Event
from extractors.diplomacy import detect
from extractors.diplomacy.eventpeople import SYMMETRIC


def main_of(events: tuple[Event, ...]) -> Event | None:
    """The event flagged main, else the first; None when there is none."""
    return next((e for e in events if e.main), events[0] if events else None)


def main_event(title: str, text: str = "", language: str | None = None,
               published: date | None = None) -> Event:
    """The main event of a relevant story (the test fails, naming the story, when it has none)."""
    detection = detect(title, text, language, published)
    assert detection.relevant and detection.events, (title, text)
    return main_of(detection.events)


def main_people(title: str, text: str, published: date | None = None) -> set[str]:
    """The people of a relevant story's main event (none when it has no event)."""
    detection = detect(title, text, published_at=published)
    assert detection.relevant, (title, text)
    return set(detection.events[0].people) if detection.events else set()


def people_read(title: str, text: str, published: str | None = None) -> set[str]:
    """The people of a story's first event as read, none when it is not relevant or tells no event (a hard
    negative's label is the empty set); `published` an ISO day."""
    detection = detect(title, text, published_at=date.fromisoformat(published) if published else None)
    return set(detection.events[0].people) if detection.relevant and detection.events else set()


def acts(title: str, text: str = "", language: str | None = None,
         published: date | None = None) -> list[tuple[str, str, str]]:
    """Type, actor and target of each event of a story, in the detector's order."""
    return [(e.type, e.actor, e.target) for e in detect(title, text, language, published).events]


def day(published: str) -> date:
    """A table row's publication day."""
    return date.fromisoformat(published)


def sides_of(event: Event, kind: str | None, actor: str | None, target: str | None) -> tuple[object, object]:
    """The event's sides and the expected ones, as sets for a symmetric type (either side may come first)."""
    got, expected = (event.actor, event.target), (actor, target)
    return (frozenset(got), frozenset(expected)) if kind in SYMMETRIC else (got, expected)


def assert_lead(found: Event, kind: str, actor: str, target: str, place: str, place_country: str,
                date_: str, people: tuple[str, ...]) -> None:
    """Every field of a fully labelled lead ("" for none)."""
    got_sides, expected_sides = sides_of(found, kind, actor, target)
    got = {"type": found.type, "sides": got_sides, "place": found.place or "",
           "place_country": found.place_country or "", "date": found.date or "", "people": set(found.people)}
    assert got == {"type": kind, "sides": expected_sides, "place": place, "place_country": place_country,
                   "date": date_, "people": set(people)}


def assert_keeps(found: Event, kind: str, actor: str, target: str, date_: str,
                 absent: tuple[str, ...]) -> None:
    """A look-alike keeps its act, sides and day, and names none of the absent people."""
    got_sides, expected_sides = sides_of(found, kind, actor, target)
    assert (found.type, got_sides) == (kind, expected_sides)
    assert (found.date or "") == date_
    assert not set(absent) & set(found.people)


def tells_no_event(title: str, text: str, language: str | None, published: date | None) -> bool:
    """A hard negative: not relevant, or relevant without an event."""
    detection = detect(title, text, language, published)
    return not (detection.relevant and detection.events)


def assert_act(found: Event, kind: str, actor: str, target: str) -> None:
    """The event's type and sides (either order for a symmetric type)."""
    got_sides, expected_sides = sides_of(found, kind, actor, target)
    assert (found.type, got_sides) == (kind, expected_sides)


def never_read_as(title: str, text: str, language: str | None, published: date | None, kind: str) -> bool:
    """A close call: the story's first event, if any, is not of this type."""
    events = detect(title, text, language, published).events
    return not events or events[0].type != kind


def assert_labelled(title: str, text: str, language: str, published: date, type_: str | None,
                    type_not: str | None, actor: str | None, target: str | None, place: str | None,
                    place_country: str | None = None, date_: str | None = None,
                    either_order: bool = False) -> None:
    """Only the fields a reader's row labels ("" for none); a row testing only what the event must not be
    also holds when no event is read. The sides in the order labelled, or `either_order` for a symmetric
    type."""
    events = detect(title, text, language, published).events
    if (type_not is not None and type_ is None and actor is None and place is None and place_country is None
            and date_ is None and not events):
        return
    assert events, f"no event in {title!r}"
    event = next((e for e in events if e.main), events[0])
    if type_ is not None:
        assert event.type == type_
    if type_not is not None:
        assert event.type != type_not
    if actor is not None:
        got, expected = (sides_of(event, type_, actor, target) if either_order
                         else ((event.actor, event.target), (actor, target)))
        assert got == expected
    if place is not None:
        assert event.place == (place or None)
    if place_country is not None:
        assert event.place_country == (place_country or None)
    if date_ is not None:
        assert event.date == (date_ or None)


def lead_case(row: tuple) -> object:
    """A table row (id, fields..., reason) as a test case; a lead still misread (a reason given) is a strict
    xfail with that reason."""
    ident, *fields, reason = row
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(*fields, id=ident, marks=marks)
