"""What heldout15 taught, read on leads of our own (labelled before the detector read them) and hard
negatives: Quảng Ninh a province, a headline's infinitive of a coming act, a ship's number, a span running
to the day told, a list of encounters called off, an embassy without its city, an urging set in talks, an
interview with its outlet."""

from __future__ import annotations

from datetime import date

from extractors.diplomacy import detect
from tests import FIXTURES
from tests.cases import cases
from tests.diplomacy.stories import assert_labelled

CASES = FIXTURES / "diplomacy" / "cases" / "test_heldout15_study.toml"
TABLES = ("provinces", "coming_headlines", "calls_with_a_third", "ship_numbers", "spans_to_now",
          "called_off_lists", "bare_embassies", "urged_in_talks", "interviews",
          "disposed_objects")


FIELDS = "language, title, text, published, type, type_not, actor, target, place, place_country, date"


@cases(CASES, TABLES, FIELDS)
def test_a_lead_reads_as_labelled(language: str, title: str, text: str, published: date, type: str | None,
                                  type_not: str | None, actor: str | None, target: str | None,
                                  place: str | None, place_country: str | None, date: str | None) -> None:
    assert_labelled(title, text, language, published, type, type_not, actor, target, place, place_country,
                    date, either_order=True)


@cases(CASES, ("embassies_elsewhere",), "language, title, text, published, place_not")
def test_an_embassy_elsewhere_is_not_the_datelines(language: str, title: str, text: str, published: date,
                                                     place_not: str) -> None:
    """An embassy whose city or host country follows it ("embassy spokesman in Beijing", "Embassy to the
    United States") sits elsewhere: the main event is never placed in the dateline's city for it."""
    events = detect(title, text, language, published).events
    assert events, f"no event in {title!r}"
    event = next((e for e in events if e.main), events[0])
    assert (event.place or "") != place_not
