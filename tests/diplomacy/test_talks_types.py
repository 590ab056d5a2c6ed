"""The type of talks (0.31.0): a dialogue founded is no round, a round opened as an urging was made is
where it was pressed, a deal agreed in principle is the talks, a joint committee's session is a round, and
经贸 or "trao đổi" before ties or delegations is a topic. Our own leads in the three languages, with hard
negatives."""

from __future__ import annotations

from datetime import date

from tests import FIXTURES
from tests.cases import cases
from tests.diplomacy.stories import assert_labelled

CASES = FIXTURES / "diplomacy" / "cases" / "test_talks_types.toml"
TABLES = ("founded_dialogues", "rounds_opened_as_urged", "deals_in_principle", "committee_sessions",
          "topic_words", "talks_beside", "praise_at_dialogues", "signed_remotely",
          "views_exchanged", "signings_not_done", "second_reading")


@cases(CASES, TABLES, "language, title, text, published, type, type_not")
def test_talks_read_as_labelled(language: str, title: str, text: str, published: date | None,
                                type: str | None, type_not: str | None) -> None:
    assert_labelled(title, text, language, published, type, type_not, None, None, None)
