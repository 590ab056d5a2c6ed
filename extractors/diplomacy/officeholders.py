"""Who a story names without an office: the elected not yet in office, former and late office-holders."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from itertools import accumulate

from extractors.core.models import Event

from .grammar import cached, shared, shared_pattern
from .lexicon import in_office, tenures
from .sentence import Sentence

_REACH = 56  # characters read on each side of a name: a title, an apposition, "on Monday congratulating him"
# Characters read after a name for a death told after it: an apposition of two titles may stand between
# ("đồng chí Giang Trạch Dân, nguyên Tổng Bí thư ..., nguyên Chủ tịch nước ..., từ trần").
_DEATH_REACH = 170
_POSSESSIVE = ("'s", "’s")


@cached
def _elect_words() -> tuple[re.Pattern[str], re.Pattern[str], tuple[str, ...]]:
    """The grammar's `elect_before` (ending right before a name) and `elect_after` (opening right after
    it), read without Vietnamese marks, and the `elect_hints` one of which a sentence holds for them to
    match (most sentences hold none: the patterns are not run)."""
    return shared_pattern("elect_before"), shared_pattern("elect_after"), _hints("elect_hints")


@cached
def _former_words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], tuple[str, ...]]:
    """The grammar's `former_before` (ending right before a name), `death_before` and `former_after` (a
    death told right before or after it), read with marks and case, and their hints."""
    return shared_pattern("former_before", flags=0), shared_pattern("death_before", flags=0), \
        shared_pattern("former_after", flags=0), _hints("former_hints")


@cached
def _spared_words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], tuple[str, ...]]:
    """The grammar's `dead_spared` (ending right before a name) and `dead_spared_after` (opening right
    after it): a relative's name, not the office-holder's; and `condolence_to`, the one condolences are
    sent to, with its hints."""
    return shared_pattern("dead_spared", flags=0), shared_pattern("dead_spared_after", flags=0), \
        shared_pattern("condolence_to", flags=0), _hints("condolence_hints")


def _hints(key: str) -> tuple[str, ...]:
    """A grammar key's hints, words sought as they are in lowercased text (a substring test scans a story
    faster than one alternation of them)."""
    return tuple(shared(key))


@cached
def _reelect_words() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """The grammar's `reelect_after` (opening right after a name: "tái đắc cử", "on his re-election", 连任),
    read without Vietnamese marks, and its hints."""
    return shared_pattern("reelect_after"), _hints("reelect_hints")


def elected(story: Story, year: int | None = None) -> frozenset[str]:
    """The people a story names as elected and not yet in office ("President-elect Donald Trump", "美国当选
    总统特朗普", "Biden vừa đắc cử", "ông Donald Trump đắc cử Tổng thống"): they hold no office yet, so they
    take part in none of its events as an office-holder (Xi's call to the president-elect is Xi's alone).
    Not one re-elected and in office in the story's `year` (_reelected)."""
    before, after, hints = _elect_words()
    taking = _taking_office(story) | _inaugurated_later(story)
    named = _named(story, hints, before, after, strip=True)
    if named:
        named -= _reelected(story, year)
    return named | (taking - _titled(story) if taking else taking)


def _reelected(story: Story, year: int | None) -> frozenset[str]:
    """The people a story names as re-elected ("ông Barack Obama tái đắc cử Tổng thống", "congratulating him
    on his re-election", "祝贺阮富仲连任") who hold the office in the story's year: re-election tells an
    incumbent, so without a year or without people.tsv `years` for him he is in office; with them, only when
    they hold the year (Trump "tái đắc cử" in November 2024, out of office since 2021, is an elect)."""
    after, hints = _reelect_words()
    again = _named(story, hints, None, after, strip=True)
    return frozenset(name for name in again
                     if year is None or name not in tenures() or in_office(name, year))


@cached
def _taking_words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The grammar's `office_taken_before` (a word of time to come right before a name), `office_taken_after`
    (a present "takes office" right after it) and `office_titled` (a title right before it), without marks."""
    return shared_pattern("office_taken_before"), shared_pattern("office_taken_after"), \
        shared_pattern("office_titled")


def _taking_office(story: Story) -> frozenset[str]:
    """The people a story says take office later: a present "takes office" after a word of time to come
    ("before Donald Trump takes office", "when Trump takes office in January"). A headline's "Trump takes
    office, speaks to Xi" or "as Trump takes office" tells him in office."""
    if not story.holds(("takes office",)):
        return frozenset()
    before, after, _ = _taking_words()
    found: set[str] = set()
    for sentence in story.named:
        text = sentence.unmarked()
        for start, name in sentence.people_at:
            end = sentence.people_end.get(start, start)
            if after.match(text[end:end + _REACH]) and before.search(text[max(0, start - _REACH):start]):
                found.add(name)
    return frozenset(found)


def _inaugurated_later(story: Story) -> frozenset[str]:
    """The people whose inauguration to come a sentence of the event's time tells ("a week before Donald
    Trump's inauguration": grammar `inauguration_taken_after` after `office_taken_before`; "trước lễ nhậm chức
    của ông Donald Trump": `inauguration_before`; "在特朗普就职前": `inauguration_after`): the headline, the
    first sentence, or one telling no act ("这是在特朗普就职前一周"). One telling an act of its own dates that
    act ("The two last spoke by phone a week before Donald Trump's inauguration", "两人上次通话是在特朗普就职
    前一周"): the one inaugurated since may be in office at the event."""
    if not story.holds(("inauguration", "nhậm chức", "nham chuc", "就职", "就職")):
        return frozenset()
    before, after, _ = _taking_words()
    inaugurated, opened = shared_pattern("inauguration_taken_after"), shared_pattern("inauguration_after")
    preceded = shared_pattern("inauguration_before")
    found: set[str] = set()
    for sentence in story.named:
        if sentence.index > 1 and sentence.actions:
            continue
        text = sentence.unmarked()
        for start, name in sentence.people_at:
            end = sentence.people_end.get(start, start)
            ahead, behind = text[end:end + _REACH], text[max(0, start - _REACH):start]
            if inaugurated.match(ahead) and before.search(behind) or opened.match(ahead) \
                    or preceded.search(behind):
                found.add(name)
    return frozenset(found)


def _titled(story: Story) -> frozenset[str]:
    """The people a story calls by a title of office ("U.S. President Donald Trump"): they are in office,
    whatever a clause says they take (sought only when one does)."""
    titled = _taking_words()[2]
    return frozenset(name for sentence in story.named for start, name in sentence.people_at
                     if titled.search(sentence.unmarked()[max(0, start - _REACH):start]))


def former(story: Story) -> frozenset[str]:
    """The people a story names as former or late office-holders ("former Treasury Secretary Henry
    Paulson", "cựu Ngoại trưởng Mỹ John Kerry", "越南前总书记阮富仲", "on the death of Nguyen Phu Trong",
    "Trong, 80, died", "đồng chí Giang Trạch Dân, nguyên ..., từ trần", "阮富仲于7月19日逝世"): they hold
    no office, so they take part in none of its events as an office-holder (the condolences their death
    occasions are sent by others to others)."""
    before, death, after, hints = _former_words()
    spared, spared_after, to, condolences = _spared_words()
    dead = _named(story, hints, death, after, strip=False, reach=_DEATH_REACH, sole=True,
                  spared=(spared, spared_after))
    mourned = _named(story, condolences, to, None, strip=False) if dead else frozenset()
    return _named(story, hints, before, None, strip=False) | (dead - mourned)


class Story:
    """The sentences of a story that name people, joined by newlines and lowercased once for every
    reader of elected and former office-holders, and which hints it holds."""

    __slots__ = ("named", "joined", "low", "_holds")

    def __init__(self, sentences: list[Sentence]) -> None:
        self.named = [sentence for sentence in sentences if sentence.people_at]
        self.joined = "\n".join(sentence.text for sentence in self.named)
        self.low = self.joined.lower()
        self._holds: dict[tuple[str, ...], bool] = {}

    def holds(self, hints: tuple[str, ...]) -> bool:
        """Whether the lowercased story holds one of `hints` (none: no test, True), sought once per hints."""
        if hints not in self._holds:
            self._holds[hints] = not hints or any(hint in self.low for hint in hints)
        return self._holds[hints]


def _named(story: Story, hints: tuple[str, ...], before: re.Pattern[str] | None,
           after: re.Pattern[str] | None, strip: bool, reach: int = _REACH, sole: bool = False,
           spared: tuple[re.Pattern[str], re.Pattern[str]] | None = None) -> frozenset[str]:
    """The people of sentences holding a hint whose name `before` (when given) ends at or `after` opens at
    (within `reach` characters; when `sole`, naming no one else: "就阮富仲逝世" tells Trong's death, not
    Xi's), unless `spared` patterns end at or open at it."""
    if not story.holds(hints):
        return frozenset()  # the common case: no such story
    found: set[str] = set()
    for sentence in _hinted(story.named, story.joined, story.low, hints):
        text = sentence.unmarked() if strip else sentence.text
        for start, name in sentence.people_at:
            end = sentence.people_end.get(start, start)
            if spared is not None and text[max(start, end - 2):end] in _POSSESSIVE:
                end -= 2  # a name's span holds its "'s": the death reads on from the name itself
            ahead, behind = text[max(0, start - _REACH):start], text[end:end + reach]
            told = after.match(behind) if after is not None else None
            if spared is not None and (spared[0].search(ahead) or spared[1].match(behind)):
                continue
            if (before is not None and before.search(ahead)) or told and not (
                    sole and any(end < at < end + told.end() for at, _ in sentence.people_at)):
                found.add(name)
    return frozenset(found)


def _hinted(named: list[Sentence], joined: str, low: str, hints: tuple[str, ...]) -> list[Sentence]:
    """The sentences holding a hint, read off the story's text lowercased once (`low`, of `joined`, the
    sentences parted by newlines no hint holds), not lowercased and searched again one by one."""
    if not hints or not all(hints):
        return named  # no hints, or an empty one: every sentence holds it
    if len(low) != len(joined) or any("\n" in hint for hint in hints):  # a letter lowercased to two
        return [sentence for sentence in named if any(hint in sentence.text.lower() for hint in hints)]
    starts = list(accumulate((len(sentence.text) + 1 for sentence in named[:-1]), initial=0))
    hinted: set[int] = set()
    for hint in hints:
        at = low.find(hint)
        while at >= 0:
            i = bisect_right(starts, at) - 1
            hinted.add(i)
            at = low.find(hint, starts[i + 1]) if i + 1 < len(starts) else -1
    return [named[i] for i in sorted(hinted)]


def without(event: Event, people: frozenset[str]) -> Event:
    """An event less some people (those `elected` or `former` names)."""
    if not people:
        return event
    kept = tuple(name for name in event.people if name not in people)
    return replace(event, people=kept) if kept != event.people else event
