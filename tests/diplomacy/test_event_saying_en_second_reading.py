"""A second reading of the English acts of saying: leads written and labelled by a second reader before the
detector read them, and our own leads and hard negatives around each narrowing (a protest told as lodged
beside only the verb of saying that reports it, an encounter ruled out only behind a verb of meeting, a word
of peace or security that ends its phrase, a concern voiced only by a government and only of what follows,
a label given only where none withholds, rejects or reacts to it, talks after a comma only when no verb
opens another act, words told to the press, a lifting agreed or begun)."""

from __future__ import annotations

from datetime import date

from extractors.diplomacy import detect
from extractors.diplomacy.eventpeople import SYMMETRIC  # either side may come first
from tests import FIXTURES
from tests.cases import cases
from tests.diplomacy.stories import main_event

LEADS = FIXTURES / "diplomacy" / "cases" / "test_event_saying_en_second_reading.toml"


@cases(LEADS, "leads", "title, text, lang, published, kind, actor, target")
def test_a_lead_tells_its_main_event(title: str, text: str, lang: str | None, published: str, kind: str,
                                     actor: str, target: str) -> None:
    found = main_event(title, text, lang or "en", _day(published))
    sides: tuple[str, ...] | frozenset[str] = (found.actor, found.target)
    expected: tuple[str, ...] | frozenset[str] = (actor, target)
    if kind in SYMMETRIC:
        sides, expected = frozenset(sides), frozenset(expected)
    assert (found.type, sides) == (kind, expected)


@cases(LEADS, "main_never", "title, text, lang, published, kind")
def test_a_close_call_is_never_read_as(title: str, text: str, lang: str | None, published: str,
                                       kind: str) -> None:
    detection = detect(title, text, lang or "en", _day(published))
    assert not detection.events or detection.events[0].type != kind


@cases(LEADS, "negatives", "title, text, lang, published")
def test_a_hard_negative_tells_no_event(title: str, text: str, lang: str | None, published: str) -> None:
    detection = detect(title, text, lang or "en", _day(published))
    assert not (detection.relevant and detection.events)


def _day(published: str) -> date:
    return date.fromisoformat(published)
