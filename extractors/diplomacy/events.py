"""Events (who did what to whom, CAMEO-typed) and relationship-tier mentions from matched sentences."""

from __future__ import annotations

import re
from datetime import date

from extractors.models import Event, TierMention

from .analysis import Mention, Sentence
from .eventdates import event_date
from .places import Report, event_place, read_reports
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


Key = tuple[str, str, str]  # (type, actor, target)


def events_of(sentence: Sentence, previous: set[str]) -> list[tuple[Key, Mention]]:
    """The (type, actor, target) events a sentence reports, with the action word behind each."""
    actions = _event_actions(sentence)
    sides = _actor_target(sentence, previous) if actions else None
    if sides is None:
        return []
    found = []
    for action in actions:
        actor, target = _visit_direction(action.entry.kind, *sides, sentence)
        found.append(((action.entry.kind, actor, target), action))
    return found


def _build(key: Key, action: Mention, reports: list[Sentence], published: date | None = None,
           read: dict[int, Report] | None = None) -> Event:
    """One event from its first report, completed with people, place and date from later ones."""
    people = tuple(dict.fromkeys(name for report in reports for name, _ in report.people))
    texts = read_reports([(report.index, report.text) for report in reports], read)
    when = event_date(texts, action.start, published)
    where = event_place(key[0], key[1], key[2], texts)
    return Event(
        type=key[0],
        cameo=action.entry.value if action.entry.value != "-" else None,
        actor=key[1],
        target=key[2],
        people=people,
        place=where.city,
        date=when.date,
        evidence=reports[0].text[:EVIDENCE_CHARS],
        date_text=when.text,
        place_country=where.country,
    )


def extract_events(sentences: list[Sentence], support: dict[int, float],
                   published: date | None = None) -> tuple[Event, ...]:
    """Events from the sentences that supported a pair; a repeated event completes the first report."""
    first: dict[Key, Mention] = {}
    reports: dict[Key, list[Sentence]] = {}
    previous: set[str] = set()
    budget = MAX_EVENT_SENTENCES
    for sentence in sentences:
        if support.get(sentence.index) and budget > 0:
            budget -= 1
            for key, action in events_of(sentence, previous):
                if key not in first and len(first) < MAX_EVENTS:
                    first[key], reports[key] = action, [sentence]
                elif key in first and len(reports[key]) <= MAX_MERGES:
                    reports[key].append(sentence)
        previous = sentence.trio or previous
    read: dict[int, Report] = {}  # each sentence folded once for all the events it reports
    return tuple(_build(key, action, reports[key], published, read) for key, action in first.items())


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
