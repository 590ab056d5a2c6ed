"""Who a sentence names without their taking part in its act: those who tell of their own side's encounter,
and those of a sentence naming a period before the story's."""

from __future__ import annotations

import re
from collections.abc import Callable

from .grammar import cached, kind_set, shared_pattern
from .sentence import Sentence

VISITS = kind_set("actions", "visits")
WEIGHT_ONLY = kind_set("actions", "weight_only")  # "relations", "tensions": words that name no act
_TALKS = frozenset({"meet", "negotiate"})  # talks told as a meeting or a negotiation: one act


@cached
def _past_period() -> re.Pattern[str]:
    """The grammar's `past_period` ("last year", "năm ngoái", "去年"), read without Vietnamese marks."""
    return shared_pattern("past_period")


def of_past_period(first: Sentence) -> Callable[[Sentence], bool]:
    """Whether a sentence names a period before the story's ("hồi tháng 11 năm ngoái", "上月"), telling an
    earlier occasion: never, when the event's first report names one too (the event is of that period)."""
    if first.kept("past_period", _names_past_period):
        return lambda sentence: False
    return lambda sentence: sentence.kept("past_period", _names_past_period)


def _names_past_period(sentence: Sentence) -> bool:
    """Whether a sentence names a period before the story's (read once per sentence: every event asks)."""
    return _past_period().search(sentence.unmarked()) is not None


def one_kind(one: str, other: str) -> bool:
    """Whether two act types tell one act: the same, a visit and its reception, or talks and a meeting."""
    return one == other or {one, other} <= VISITS or {one, other} <= _TALKS


@cached
def _saying_word() -> re.Pattern[str]:
    """The grammar's `saying` as a whole word in Latin script ("noi" of "HANOI" says nothing)."""
    return shared_pattern("saying", "(?<![A-Za-z\u00c0-\u024f\u1e00-\u1eff]){}")


def tellers(sentence: Sentence) -> frozenset[str]:
    """_tellers, read once per sentence: every event of the article asks of its lead."""
    return sentence.kept("tellers", _tellers)


def _tellers(sentence: Sentence) -> frozenset[str]:
    """The people a sentence names only before its first verb of saying when what they say tells an act
    (the first act word after the verb) with a person of their own country: they tell of their side's
    encounter, they do not take part in it ("Đại sứ ... Đặng Minh Khôi cho biết trong thời gian chuyến thăm,
    Chủ tịch nước Trần Đại Quang sẽ có cuộc hội đàm với ..."; not "Blinken said he met Wang Yi")."""
    acts = [m.start for m in sentence.actions if m.entry.kind not in WEIGHT_ONLY] \
        if len(sentence.people_at) > 1 else []
    verb = _saying_word().search(sentence.text) if acts else None  # no act told: no verb to look for
    if verb is None or not any(at >= verb.end() for at in acts) or any(at < verb.start() for at in acts):
        return frozenset()
    codes = dict(sentence.people)
    before = {name for at, name in sentence.people_at if at < verb.start()}
    after = {name for at, name in sentence.people_at if at >= verb.end()}
    told = {codes[name] for name in after}
    return frozenset(name for name in before - after if codes.get(name) in told)
