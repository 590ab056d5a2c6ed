"""Events (who did what to whom, CAMEO-typed) and relationship-tier mentions from matched sentences."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import lru_cache

from extractors.core.models import Event, TierMention

from .analysis import Mention, Sentence
from .eventdates import EventDate, event_date
from .lexicon import load_entries
from .places import Report, event_place, read_reports
from .scoring import PAIR_NAMES, pairs_in

# Types specific enough to name an event, most telling first: a visit sentence that also says
# "statement" is a visit. Military words come last: beside an act of government they are its theatre
# ("Bộ Ngoại giao phản ứng việc Trung Quốc quân sự hóa...": the ministry's statement), as in scoring.
EVENT_ORDER = (
    "visit", "host_visit", "phone_call", "meet", "sign_agreement", "negotiate", "protest", "sanction",
    "trade_measure", "reduce_relations", "accuse", "criticize", "threaten", "demand", "appeal", "praise",
    "aid", "statement", "military",
)
ENCOUNTERS = frozenset({"visit", "host_visit", "phone_call", "meet", "sign_agreement", "protest"})
# Action kinds that weigh a sentence but name no event: ties and disputes in general, and agreeing or
# pledging, which tells what an encounter reached ("agreed to keep channels open" is no signing).
WEIGHT_ONLY = frozenset({"relations", "dispute", "agree"})
# Types whose two sides do the same thing: the visitor, the caller or the delegation that travelled is
# listed first (the direction of their visit), else the first named.
SYMMETRIC = frozenset({"meet", "phone_call", "negotiate", "sign_agreement"})
# The headline and the lead: the title and the first three sentences of the body.
LEAD_WINDOW = 4
# Reports of an event this deep or deeper name no more of its people: they tell of an earlier trip of the
# same kind ("Năm 2005, Thủ tướng Phan Văn Khải thăm Mỹ..."), photo captions and context.
PEOPLE_REACH = 10
# Talk that a phone call told in the headline or lead was: "Trump nói gì với Tập Cận Bình?" over "Trong
# cuộc điện đàm..." is the call (a statement only when a verb of saying made it, not a letter).
CALL_TALK = frozenset({"meet", "negotiate", "statement"})
# Appeals and demands: an encounter after one in the same clause is what is asked for, not what happened
# ("U.S. Urges China to Push for More N.Korea Talks", "Việt Nam yêu cầu Trung Quốc ... đàm phán").
URGING = frozenset({"appeal", "demand"})
MEETINGS = SYMMETRIC | {"visit", "host_visit"}
# Statements made by a verb of saying (analysis.py adds them with these labels), not by a letter or a
# spokesman named.
SPEECH_LABELS = frozenset({"said", "："})
# A visit named as the frame of another encounter ("in the framework of the official visit, Trump received
# and held talks with..."; "during his visit", "在访华期间", "met the visiting Vietnamese minister") is the
# backdrop: the encounter is the event.
_FRAME_BEFORE = re.compile(
    r"(?:\b(?:during|amid|on the sidelines of|as part of|in the course of)|\b(?:trong khuôn khổ|nhân dịp"
    r"|trong|nhân|bên lề)|\b(?:trong khuon kho|nhan dip|ben le))(?:\s+\S+){0,3}\s+$", re.IGNORECASE)
_FRAME_AFTER = re.compile(r"^[^，,。；]{0,8}期间")
# Every frame word before a visit holds one of these (lower case): a cheap test before the pattern.
_FRAME_HINTS = ("during", "amid", "sidelines", "as part of", "in the course of", "trong", "nhân", "nhan dip",
                "bên lề", "ben le")
MAX_EVENTS = 12
MAX_EVENT_SENTENCES = 20  # events are read from the first supporting sentences: the lead tells them
MAX_MERGES = 3  # later reports of the same event rarely add anything; bound the work on long texts
EVIDENCE_CHARS = 400
# Words that open the list of who travels with a visitor.
_ENTOURAGE = re.compile(r"tháp tùng|tham gia đoàn|cùng đi (?:có|với)|thành phần đoàn|đoàn gồm"
                        r"|accompanied by|accompanying|delegation (?:includes|included)"
                        r"|陪同|随同|隨同|随行|隨行", re.IGNORECASE)
_SIGN_VERBS = frozenset({"签署", "签订", "簽署", "簽訂", "签", "簽"})
_CLAUSE = re.compile(r"[,;，；、]| while | whereas | trong khi ")


# Words that make an action no act of the sentence's countries: a threat suffered ("if it is threatened",
# "bị đe dọa", "受到威胁") and a signing that only qualifies what was signed ("双方签署的议定书", "the
# protocol the two sides signed"), told as the backdrop of another act.
_SUFFERED = re.compile(r"(?:\b(?:is|are|was|were|be|been|being|feels?|felt|get|gets|got)\s+|\bbị\s+|受到?)$",
                       re.IGNORECASE)
_QUALIFIES = re.compile(r"(?:的|之)")


def _idle(sentence: Sentence, mention: Mention) -> bool:
    """Whether an action word tells no act: a threat suffered, a Chinese signing before 的."""
    if mention.entry.kind == "threaten":
        return bool(_SUFFERED.search(sentence.text[max(0, mention.start - 12):mention.start]))
    if mention.entry.kind == "sign_agreement" and mention.term in _SIGN_VERBS:
        return bool(_QUALIFIES.match(sentence.text, mention.start + len(mention.term)))
    return False


# A reception joined to talks ("received and held talks with", "đón tiếp và hội đàm", "会见并会谈"): the
# talks are the event, the reception their start.
_AND_TALKS = re.compile(r"\s*(?:and|và|并|並|和)\s*"
                        r"(?:(?:held|hold|holds|had|has|have|tiến hành|举行|舉行)\s*)?$", re.IGNORECASE)


def _received_for_talks(sentence: Sentence, candidates: list[Mention]) -> set[int]:
    """Offsets of host words that open talks of the same clause ("tiếp và hội đàm"): they name no event."""
    hosts = [m for m in candidates if m.entry.kind == "host_visit"]
    if not hosts:
        return set()
    talks = [m.start for m in candidates if m.entry.kind in ("meet", "negotiate")]
    return {h.start for h in hosts if any(
        t > h.start and _AND_TALKS.fullmatch(sentence.text, h.start + len(h.term), t) for t in talks)}


def _trade_talks(sentence: Sentence, candidates: list[Mention]) -> set[int]:
    """Offsets of meeting words that a word of talks or trade right before them qualifies ("经贸会谈",
    "经贸会晤"): the meeting is the negotiation."""
    ends = {m.start + len(m.term) for m in candidates if m.entry.kind == "negotiate"}
    if not ends:
        return set()
    return {m.start for m in candidates if m.entry.kind == "meet"
            and any(end <= m.start and not sentence.text[end:m.start].strip() for end in ends)}


def _event_actions(sentence: Sentence) -> list[Mention]:
    """The most telling event-bearing actions of the sentence: one per type, at most two."""
    candidates = [m for m in sentence.actions if m.entry.kind in EVENT_ORDER and not _idle(sentence, m)]
    opened = _received_for_talks(sentence, candidates) | _trade_talks(sentence, candidates)
    candidates = [m for m in candidates if m.start not in opened]
    urged = min((m.start for m in candidates if m.entry.kind in URGING), default=-1)
    if urged >= 0:  # "US urges China to push for more talks": the talks are what is urged
        candidates = [m for m in candidates if m.start < urged or m.entry.kind not in MEETINGS
                      or _CLAUSE.search(sentence.text, urged, m.start)]
    framed = _framed_visits(sentence, candidates)
    ranked = sorted(candidates, key=lambda m: (m.start in framed, EVENT_ORDER.index(m.entry.kind), m.start))
    chosen: list[Mention] = []
    for mention in ranked:
        if mention.entry.kind not in {c.entry.kind for c in chosen}:
            chosen.append(mention)
    # A second event only when it is a distinct encounter ("visited ... and met"), not a side word.
    return chosen[:1] + [m for m in chosen[1:2] if m.entry.kind in ENCOUNTERS]


def _framed_visits(sentence: Sentence, candidates: list[Mention]) -> set[int]:
    """Offsets of visit words that frame another encounter of the sentence: they rank after it."""
    visits = [m for m in candidates if m.entry.kind == "visit"]
    if not visits or not any(m.entry.kind in ENCOUNTERS and m.entry.kind != "visit" for m in candidates):
        return set()
    return {m.start for m in visits if _frames(sentence.text, m)}


def _frames(text: str, visit: Mention) -> bool:
    """Whether a visit word is the frame of the sentence's other encounter (see _FRAME_BEFORE)."""
    end = visit.start + len(visit.term)
    if visit.entry.label == "visiting":
        return bool(_VISITING_WHO.match(text, end))
    before = text[max(0, visit.start - 40):visit.start]
    if any(hint in before.lower() for hint in _FRAME_HINTS) and _FRAME_BEFORE.search(before):
        return True
    return "期间" in text and bool(_FRAME_AFTER.match(text, end))


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


# Chinese visit words that name where the visit goes ("访华" is a visit to China).
_VISIT_TO = {"访华": "CHN", "访京": "CHN", "抵京": "CHN", "访美": "USA", "访越": "VNM"}
DEST_REACH = 48  # characters from a Latin-script visit word to the land it goes to ("visit to the US")
DEST_REACH_CJK = 6  # "访问越南", "抵达河内"
_TOWARD_CJK = re.compile(r"[对對赴到往](?:[^，,。；\s]{0,10})$")  # "对越南进行国事访问", "赴美访问"
_COMING_CJK = re.compile(r"[来來]")  # the land is where the visitor comes: "来华访问的越南外长"
# "visiting Vietnamese Foreign Minister": the demonym after "visiting" is the traveller; the visit goes to
# the other country of the sentence.
_VISITING_WHO = re.compile(r"\s+(?:Vietnamese|Chinese|American|U\.?S\.?|US)\b")


def _destination(sentence: Sentence, action: Mention) -> str:
    """The country a visit word says the visit goes to, or "": the land named right after it (through
    lower-case words and titles of no name: "trip to the US", "thăm chính thức Hợp chúng quốc Hoa Kỳ",
    "访问越南"), or in Chinese right after 对/赴/到 before it ("对越南进行国事访问")."""
    if code := _VISIT_TO.get(action.entry.label):
        return code
    end = action.start + len(action.term)
    cjk = action.term[:1] >= "\u3000"
    if not cjk and action.entry.label == "visiting" and _VISITING_WHO.match(sentence.text, end):
        # The traveller: the visit goes to the other side of the sentence's pair.
        traveller = next((code for at, code in sentence.actors if at > end), "")
        return next((code for _, code in sentence.actors if code != traveller), "")
    reach = DEST_REACH_CJK if cjk else DEST_REACH
    for offset, code in sentence.lands:
        if end <= offset <= end + reach:
            # A person or title before the land is the traveller ("chuyến thăm của Tổng Bí thư...").
            return "" if any(end <= at < offset and (at, name) not in sentence.lands
                             for at, name in sentence.actors) else code
        if cjk and action.start - 12 <= offset < action.start and (
                _TOWARD_CJK.search(sentence.text, 0, offset) or _COMING_CJK.match(sentence.text, offset)):
            return code
    return ""


def _visit_destination(sentence: Sentence, action: Mention) -> str:
    """Where the sentence's visit goes: the chosen visit word's destination, else another visit word's
    ("nhận lời mời của ..., Tô Lâm sẽ thăm cấp Nhà nước đến ... Trung Hoa")."""
    code = _destination(sentence, action)
    if code:
        return code
    for mention in sentence.actions:
        if mention.entry.kind == "visit" and mention is not action:
            code = _destination(sentence, mention)
            if code:
                return code
    return ""


def _caller_first(sentence: Sentence, actor: str, target: str) -> tuple[str, str]:
    """"习近平应约同拜登通电话": the one named before 应约 was called, the other side called."""
    if "应约" in sentence.text or "應約" in sentence.text:
        return target, actor
    return actor, target


Key = tuple[str, str, str]  # (type, actor, target)
Found = tuple[Key, Mention, str, Sentence]  # an event as one clause reports it, with its destination


# A sentence that opens with a clause of time ("When the US President was about to visit Vietnam, China
# sent officials to visit Vietnam"; "Khi ..., "; "…之际，") tells its own event after the comma: the
# clause is the backdrop, its events come second.
_FRAME_CLAUSE = re.compile(
    r"\s*(?:\([^()]{0,80}\)\s*)?(?:When|As|While|Before|Ahead of|Khi|Trước khi|Nhân dịp)\s[^,;]{8,160},")
_FRAME_CLAUSE_CJK = re.compile(r"[^，。；]{2,60}(?:之际|前夕)，")
_FRAME_STARTS = frozenset("(WABKTN \n")  # the first characters of a Latin frame clause


def _part(sentence: Sentence, start: int, end: int) -> Sentence:
    """The sentence seen through the characters [start, end): its actions and names there only."""
    actors = [n for n in sentence.actors if start <= n[0] < end]
    codes = {code for _, code in actors}
    return replace(sentence, actions=[m for m in sentence.actions if start <= m.start < end], actors=actors,
                   countries=[n for n in sentence.countries if start <= n[0] < end],
                   lands=[n for n in sentence.lands if start <= n[0] < end],
                   people=[p for p in sentence.people if p[1] in codes])


def events_of(sentence: Sentence, previous: set[str]) -> list[Found]:
    """The (type, actor, target) events a sentence reports, with the action word behind each, for a
    visit the destination its words name ("" when they name none), and the clause that tells it."""
    text = sentence.text
    frame = None
    if text[:1] in _FRAME_STARTS:
        frame = _FRAME_CLAUSE.match(text)
    elif "之际" in text or "前夕" in text:
        frame = _FRAME_CLAUSE_CJK.match(text)
    if frame:
        cut = frame.end()
        main = _part(sentence, cut, len(sentence.text) + 1)
        if _event_actions(main) and main.countries:
            return _clause_events(main, previous) + _clause_events(_part(sentence, 0, cut), previous)
    return _clause_events(sentence, previous)


def _clause_events(sentence: Sentence, previous: set[str]) -> list[Found]:
    """events_of for one clause (or the whole sentence)."""
    actions = _event_actions(sentence)
    sides = _actor_target(sentence, previous) if actions else None
    if sides is None:
        return []
    found = []
    for action in actions:
        kind = action.entry.kind
        actor, target = _visit_direction(kind, *sides, sentence)
        destination = _visit_destination(sentence, action) if kind == "visit" else ""
        if destination in sides and destination != target:
            actor, target = target, actor
        elif destination not in sides:
            destination = ""
        if kind == "phone_call":
            actor, target = _caller_first(sentence, actor, target)
        found.append(((kind, actor, target), action, destination, sentence))
    return found


def _other_side(sentences: list[Sentence], support: dict[int, float], trio: set[str]) -> set[str]:
    """For a headline of an encounter that names one of the three ("Chủ tịch Quốc hội Vương Đình Huệ bắt
    đầu thăm chính thức Trung ..."): the other side, when the first supported lead sentence names exactly
    one more."""
    for sentence in sentences[1:LEAD_WINDOW]:
        if support.get(sentence.index):
            others = sentence.trio - trio
            return others if len(others) == 1 else set()
    return set()


def _people(reports: list[Sentence], lead: list[Sentence], sides: frozenset[str],
            entourage: list[Sentence] = ()) -> tuple[str, ...]:
    """Office-holders of the event: those its reports name, those of its two countries the headline
    and lead name in sentences that name these two and no third (the lead's list of who took part), and
    for a visit those of its two countries its entourage list names."""
    # Later reports deep in the story may tell of an earlier trip of the same kind: they add no one.
    named = [name for i, report in enumerate(reports) if i == 0 or report.index < PEOPLE_REACH
             for name, _ in report.people]
    named += [name for sentence in lead if sentence.trio == sides
              for name, code in sentence.people if code in sides]
    named += [name for sentence in entourage for name, code in sentence.people if code in sides]
    return tuple(dict.fromkeys(named))


@lru_cache(maxsize=1)
def spokespeople() -> frozenset[str]:
    """Canonical names of the people lexicon's spokespeople."""
    return frozenset(entry.label for terms in load_entries().values() for entries in terms.values()
                     for entry in entries if entry.source == "people" and entry.kind == "spokesperson")


def _entourage(sentences: list[Sentence]) -> list[Sentence]:
    """The sentences before the story goes deep that list who travels with a visitor ("Tham gia đoàn
    có ...", "Tháp tùng Thủ tướng ... có", "accompanied by", "陪同")."""
    return [s for s in sentences[:PEOPLE_REACH] if s.people and _ENTOURAGE.search(s.text)]


def _build(key: Key, action: Mention, reports: list[Sentence], lead: list[Sentence], main: bool,
           published: date | None = None, read: dict[int, Report] | None = None,
           entourage: list[Sentence] = ()) -> Event:
    """One event from its first report, completed with people, place and date from later ones."""
    people = _people(reports, lead if main else [], frozenset(key[1:]),
                     entourage if main and key[0] in ("visit", "host_visit") else [])
    if key[0] in MEETINGS:  # a spokesperson announces or tells of an encounter, takes no part in it
        people = tuple(name for name in people if name not in spokespeople())
    texts = read_reports([(report.index, report.text) for report in reports], read)
    when = event_date(texts, action.start, published, key[0] in MEETINGS)
    if main and when.text is None and reports[0].index < LEAD_WINDOW:
        when = _lead_date(lead, frozenset(key[1:]), published, read, key[0] in MEETINGS)
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
        main=main,
    )


def _lead_date(lead: list[Sentence], sides: frozenset[str], published: date | None,
               read: dict[int, Report] | None, encounter: bool) -> EventDate:
    """A main event told in the headline or lead whose reports give no date words is dated by the lead,
    which tells it with its day ("Trump faults China ..." over "Trump said on Monday (April 27) that ..."):
    the first date of the lead sentences that name its countries and no third."""
    told = [(s.index, s.text) for s in lead[1:] if s.trio and s.trio <= sides and not s.others]
    return (event_date(read_reports(told, read), None, published, encounter) if told
            else EventDate(None, None))


def _turned(kind: str, actor: str, target: str, host: str, destination: str) -> bool:
    """Whether an event of a pair whose visit goes to `host` is told the wrong way round: a visit to
    the other side, a host that is not the host, or a symmetric event with the host first."""
    if kind == "visit":
        return not destination and target != host
    if kind == "host_visit":
        return actor != host
    return kind in SYMMETRIC and actor == host


def _oriented(found: list[Found]) -> list[Found]:
    """Visits of a pair go where one of their reports says they go; the host of a known visit hosts.

    A report that names no destination ("Trung Quốc mong đợi chuyến thăm của Tổng Bí thư") takes the
    direction of the first report of the same pair that does ("thăm cấp Nhà nước đến ... Trung Hoa").
    """
    goes_to: dict[frozenset[str], str] = {}
    for (_, actor, target), _, destination, _ in found:
        if destination:
            goes_to.setdefault(frozenset((actor, target)), destination)
    if not goes_to:
        return found
    result = []
    for (kind, actor, target), action, destination, sentence in found:
        host = goes_to.get(frozenset((actor, target)))
        if host and _turned(kind, actor, target, host, destination):
            actor, target = target, actor
        result.append(((kind, actor, target), action, destination, sentence))
    return result


def _call_told(found: list[Found]) -> list[Found]:
    """Talk words of a pair in the headline and lead are the phone call the lead tells of, when it does."""
    calls = {frozenset(key[1:]): key for key, _, _, sentence in found
             if key[0] == "phone_call" and sentence.index < LEAD_WINDOW}
    if not calls:
        return found
    result = []
    for key, action, destination, sentence in found:
        call = calls.get(frozenset(key[1:]))
        talk = key[0] in CALL_TALK and (key[0] != "statement" or action.entry.label in SPEECH_LABELS)
        if call and talk and sentence.index < LEAD_WINDOW:
            key = call
        result.append((key, action, destination, sentence))
    return result


def extract_events(sentences: list[Sentence], support: dict[int, float],
                   published: date | None = None) -> tuple[Event, ...]:
    """Events from the sentences that supported a pair; a repeated event completes the first report.
    The first is the main event: the one the headline and lead are about."""
    found: list[Found] = []
    previous: set[str] = set()
    budget = MAX_EVENT_SENTENCES
    for sentence in sentences:
        if support.get(sentence.index) and budget > 0:
            budget -= 1
            found += events_of(sentence, previous)
        elif sentence.index == 0 and len(sentence.trio) == 1 and any(
                m.entry.kind in ENCOUNTERS for m in sentence.actions):
            found += events_of(sentence, _other_side(sentences, support, sentence.trio))
        previous = sentence.trio or previous
    first: dict[Key, Mention] = {}
    reports: dict[Key, list[Sentence]] = {}
    for key, action, _, sentence in _call_told(_oriented(found)):
        if key[0] in SYMMETRIC and (key[0], key[2], key[1]) in first:  # one meeting, told either way
            key = (key[0], key[2], key[1])
        if key not in first and len(first) < MAX_EVENTS:
            first[key], reports[key] = action, [sentence]
        elif key in first and len(reports[key]) <= MAX_MERGES and sentence is not reports[key][-1]:
            reports[key].append(sentence)
    lead = sentences[:LEAD_WINDOW]
    read: dict[int, Report] = {}  # each sentence folded once for all the events it reports
    visit_first = next(iter(first), ("",))[0] in ("visit", "host_visit")
    entourage = _entourage(sentences) if visit_first else []
    events = [_build(key, action, reports[key], lead, i == 0, published, read, entourage)
              for i, (key, action) in enumerate(first.items())]
    near = [event for event in events
            if reports[(event.type, event.actor, event.target)][0].index < PEOPLE_REACH]
    return tuple(_in_host_country(_with_meetings(event, near), events) for event in events)


def _in_host_country(event: Event, events: list[Event]) -> Event:
    """A meeting, talks or signing of a pair whose visit the story tells, with no city stated, is in the
    visit's host country (the talks of a state visit are held where the visitor went); a call is nowhere."""
    if event.type not in SYMMETRIC - {"phone_call"} or event.place or event.place_country:
        return event
    pair = {event.actor, event.target}
    host = next((e.place_country for e in events if e.type in ("visit", "host_visit")
                 and {e.actor, e.target} == pair and e.place_country), None)
    return replace(event, place_country=host) if host else event


def _with_meetings(event: Event, near: list[Event]) -> Event:
    """A visit's people include those of the meetings, calls and talks of the same pair told before the
    story goes deep: they happen during it ("Liu Jianchao ... led a visit to Vietnam" and "Liu Jianchao
    and Ruan Fuzhong met")."""
    if event.type not in ("visit", "host_visit"):
        return event
    pair = {event.actor, event.target}
    people = [name for other in near if other.type in SYMMETRIC and {other.actor, other.target} == pair
              for name in other.people]
    merged = tuple(dict.fromkeys([*event.people, *people]))
    return replace(event, people=merged) if merged != event.people else event


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
