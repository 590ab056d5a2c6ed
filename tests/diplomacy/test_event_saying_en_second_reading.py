"""A second reading of the English acts of saying: leads written and labelled by a second reader before the
detector read them, and our own leads and hard negatives around each narrowing (a protest told as lodged
beside only the verb of saying that reports it, an encounter ruled out only behind a verb of meeting, a word
of peace or security that ends its phrase, a concern voiced only by a government and only of what follows,
a label given only where none withholds, rejects or reacts to it, talks after a comma only when no verb
opens another act, words told to the press, a lifting agreed or begun)."""

from __future__ import annotations

from tests import FIXTURES
from tests.cases import cases
from tests.diplomacy.stories import assert_act, day, main_event, never_read_as, tells_no_event

LEADS = FIXTURES / "diplomacy" / "cases" / "test_event_saying_en_second_reading.toml"


@cases(LEADS, "leads", "title, text, lang, published, kind, actor, target")
def test_a_lead_tells_its_main_event(title: str, text: str, lang: str | None, published: str, kind: str,
                                     actor: str, target: str) -> None:
    assert_act(main_event(title, text, lang or "en", day(published)), kind, actor, target)


@cases(LEADS, "main_never", "title, text, lang, published, kind")
def test_a_close_call_is_never_read_as(title: str, text: str, lang: str | None, published: str,
                                       kind: str) -> None:
    assert never_read_as(title, text, lang or "en", day(published), kind)


@cases(LEADS, "negatives", "title, text, lang, published")
def test_a_hard_negative_tells_no_event(title: str, text: str, lang: str | None, published: str) -> None:
    assert tells_no_event(title, text, lang or "en", day(published))
