"""Events (who did what to whom, CAMEO-typed) and relationship-tier mentions from matched sentences."""

from __future__ import annotations

import re
from dataclasses import replace

from extractors.models import Event, TierMention

from .analysis import Mention, Sentence
from .scoring import PAIR_NAMES, pairs_in

# Types specific enough to name an event, most telling first: a visit sentence that also says
# "statement" is a visit.
EVENT_ORDER = (
    "visit", "host_visit", "phone_call", "meet", "sign_agreement", "negotiate", "protest", "sanction",
    "trade_measure", "reduce_relations", "accuse", "criticize", "threaten", "demand", "appeal", "praise",
    "aid", "military", "statement",
)
ENCOUNTERS = frozenset({"visit", "host_visit", "phone_call", "meet", "sign_agreement", "protest"})
MAX_EVENTS = 12
MAX_EVENT_SENTENCES = 20  # events are read from the first supporting sentences: the lead tells them
MAX_MERGES = 3  # later reports of the same event rarely add anything; bound the work on long texts
EVIDENCE_CHARS = 400
# Dates as news writes them in the three languages.
_DATE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\.? \d{1,2}(?:, \d{4})?|\b\d{1,2} (?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December)(?: \d{4})?"
    r"|(?i:ngày|sáng|chiều|tối|trưa|ngay|sang|chieu|toi|trua) \d{1,2}/\d{1,2}(?:/\d{4})?"
    r"|\d{4}年\d{1,2}月\d{1,2}日|\d{1,2}月\d{1,2}日|\b\d{1,2}/\d{1,2}/\d{4}\b"
    r"|\b(?:on|last|next) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|(?:hôm |ngày )?(?:thứ (?:Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ nhật)\b|(?:周|星期)[一二三四五六日天]"
)
_CLAUSE = re.compile(r"[,;，；、]| while | whereas | trong khi ")


def _event_actions(sentence: Sentence) -> list[Mention]:
    """The most telling event-bearing actions of the sentence: one per type, at most two."""
    ranked = sorted((m for m in sentence.actions if m.entry.kind in EVENT_ORDER),
                    key=lambda m: (EVENT_ORDER.index(m.entry.kind), m.start))
    chosen: list[Mention] = []
    for mention in ranked:
        if mention.entry.kind not in {c.entry.kind for c in chosen}:
            chosen.append(mention)
    # A second event only when it is a distinct encounter ("visited ... and met"), not a side word.
    return chosen[:1] + [m for m in chosen[1:2] if m.entry.kind in ENCOUNTERS]


def _actor_target(sentence: Sentence, previous: set[str]) -> tuple[str, str] | None:
    """First country named is the actor, the next distinct one the target (or the previous sentence's)."""
    # Countries named by a person, a government or the country itself come before those named only by
    # a place: "in Beijing, Chinh met Xi" is Vietnam meeting China.
    order: list[str] = []
    for _, code in sentence.actors + sentence.countries:
        if code not in order:
            order.append(code)
    if len(order) == 1:
        order += sorted(previous - set(order))[:1]
    return (order[0], order[1]) if len(order) >= 2 else None


def _visit_direction(kind: str, actor: str, target: str, sentence: Sentence) -> tuple[str, str]:
    """A visit goes to where the named place is: the visitor is the other side."""
    place_codes = [code for _, code in sentence.places]
    if kind == "visit" and place_codes and place_codes[0] == actor and target not in place_codes:
        return target, actor
    return actor, target


def events_of(sentence: Sentence, previous: set[str]) -> list[Event]:
    """The events of a sentence that has event actions and two of the countries."""
    sides = _actor_target(sentence, previous)
    if sides is None:
        return []
    return [_event(sentence, action, *sides) for action in _event_actions(sentence)]


def _event(sentence: Sentence, action: Mention, actor: str, target: str) -> Event:
    """One event of the given action between the two sides."""
    actor, target = _visit_direction(action.entry.kind, actor, target, sentence)
    return Event(
        type=action.entry.kind,
        cameo=action.entry.value if action.entry.value != "-" else None,
        actor=actor,
        target=target,
        people=tuple(dict.fromkeys(name for name, _ in sentence.people)),
        place=sentence.places[0][0] if sentence.places else None,
        evidence=sentence.text[:EVIDENCE_CHARS],
    )


def _dated(event: Event) -> Event:
    """The event with the first date its evidence sentence gives."""
    found = _DATE.search(event.evidence)
    return replace(event, date=found.group(0)) if found else event


def _merge(first: Event, later: Event) -> Event:
    """The first report of an event, completed with people, place and date from a later sentence."""
    return replace(
        first,
        people=tuple(dict.fromkeys(first.people + later.people)),
        place=first.place or later.place,
        date=first.date or later.date,
    )


def extract_events(sentences: list[Sentence], support: dict[int, float]) -> tuple[Event, ...]:
    """Events from the sentences that supported a pair; a repeated event completes the first report."""
    events: dict[tuple[str, str, str], Event] = {}
    merges: dict[tuple[str, str, str], int] = {}
    previous: set[str] = set()
    budget = MAX_EVENT_SENTENCES
    for sentence in sentences:
        if support.get(sentence.index) and budget > 0:
            budget -= 1
            for event in events_of(sentence, previous):
                _add(events, merges, event)
        previous = sentence.trio or previous
    return tuple(events.values())


def _add(events: dict[tuple[str, str, str], Event], merges: dict[tuple[str, str, str], int],
         event: Event) -> None:
    """Keep a new event, or let a later report of a known one fill its missing place and date."""
    key = (event.type, event.actor, event.target)
    if key not in events:
        if len(events) < MAX_EVENTS:
            events[key], merges[key] = _dated(event), 0
    elif merges[key] < MAX_MERGES and (events[key].date is None or events[key].place is None):
        merges[key] += 1
        events[key] = _merge(events[key], _dated(event) if events[key].date is None else event)


def _clause_countries(sentence: Sentence, mention: Mention) -> set[str]:
    """Countries in the clause around a tier phrase: the part of the sentence it belongs to."""
    text = sentence.text.lower()
    cuts = [0] + [m.end() for m in _CLAUSE.finditer(text)] + [len(text) + 1]
    start = max(c for c in cuts if c <= mention.start)
    end = min(c for c in cuts if c > mention.start)
    return {code for offset, code in sentence.countries if start <= offset < end}


def _tier_pair(sentence: Sentence, mention: Mention) -> str | None:
    """The pair a tier phrase is about, or None for a general statement about the ladder."""
    # Its clause's pair, else its sentence's, else the clause's country with the sentence's first other
    # country: "The US ... hopes to upgrade Vietnam to a strategic partnership" is US-VN.
    clause = _clause_countries(sentence, mention)
    for codes in (clause, sentence.trio):
        pairs = pairs_in(codes)
        if len(pairs) == 1:
            return pairs[0]
    if len(clause) == 1:
        partner = next((code for _, code in sentence.actors + sentence.countries if code not in clause), None)
        if partner:
            return PAIR_NAMES[frozenset(clause | {partner})]
    if len(sentence.trio) == 1 and "VNM" not in sentence.trio and not sentence.others:
        # The tiers are Vietnam's ladder: "Washington wants a strategic partnership" is US-VN.
        return PAIR_NAMES[frozenset(sentence.trio | {"VNM"})]
    return None


def extract_tiers(sentences: list[Sentence]) -> tuple[TierMention, ...]:
    """Every tier phrase with its pair when the sentence makes it clear."""
    found: list[TierMention] = []
    for sentence in sentences:
        for mention in sentence.tiers:
            text = sentence.text[mention.start:mention.start + len(mention.term)]
            found.append(TierMention(mention.entry.kind, _tier_pair(sentence, mention), text))
    return tuple(dict.fromkeys(found))
