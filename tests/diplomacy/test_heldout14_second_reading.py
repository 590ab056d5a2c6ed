"""The rules of what heldout14 taught (0.28.0) as narrowed after a second reading: a source city kept for a
briefing or a speech, a since-clause of one's own arrival, 限制/禁止 bound wherever act words are chosen and
cancelled by a negation or an easing, an agreement word over a law, a post told by the act's own sentence,
a message headline's sender."""

from __future__ import annotations

from datetime import date

from extractors.diplomacy import detect
from tests import FIXTURES
from tests.cases import cases
from tests.diplomacy.stories import assert_labelled

CASES = FIXTURES / "diplomacy" / "cases" / "test_heldout14_second_reading.toml"
TABLES = ("spoken_at_source", "own_since", "bound_curbs", "agreements_not_laws", "later_posts",
          "message_headlines", "left")


@cases(CASES, TABLES, "language, title, text, published, type, type_not, actor, target, place")
def test_a_second_reading_lead_reads_as_labelled(language: str, title: str, text: str, published: date,
                                                 type: str | None, type_not: str | None, actor: str | None,
                                                 target: str | None, place: str | None) -> None:
    assert_labelled(title, text, language, published, type, type_not, actor, target, place)


@cases(CASES, "bare_bans", "language, title, text, published, relevant")
def test_a_bare_ban_moves_no_relevance(language: str, title: str, text: str, published: date,
                                       relevant: bool) -> None:
    assert detect(title, text, language, published).relevant is relevant
