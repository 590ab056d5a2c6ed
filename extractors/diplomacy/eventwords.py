"""Which action words of a sentence tell an event: the grammar's event words, compiled once, and the
words that make an action word tell none (a threat suffered, a deal not concluded, a visit that frames).

Event types and their classes are lexicons/kinds.toml's [actions]; the words that frame, qualify or point
a visit are the [shared] keys of the grammar files (read for text of every script: copy mixes languages).
Who acts on whom is eventsides.py; how a sentence parts into the clauses that tell events, eventclauses.py.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .clauses import SAID_LABEL
from .eventgrammar import EventWords, words
from .lexicon import Entry
from .sentence import Mention, Sentence
from .text import strip_marks
from .trade import measure_kinds

Key = tuple[str, str, str]  # (type, actor, target)
Found = tuple[Key, Mention, str, Sentence]  # an event as one clause reports it, with its destination
# A warning of a danger, not of what the speaker will do ("warns China of the risk of conflict").
_RISK_WARNING = Entry("actions", "statement", "010", "risk warning", 1.0)
# A diplomatic mission ordered closed ("ordered China to close its consulate general in Houston").
_MISSION_CLOSED = Entry("actions", "reduce_relations", "160", "mission closed", 2.0)
# Cooperation halted ("would stop cooperating with the United States on counter-narcotics").
_COOPERATION_HALTED = Entry("actions", "reduce_relations", "160", "cooperation halted", 2.0)
_WARNING_REACH = 60  # characters after a warning word where the danger warned of is sought
_DEAL_REACH = 60  # characters before or after a deal's name where the verb concluding it is sought
PUNCTUATION = re.compile(r"[,;:，；：。]")  # a break no appeal's addressee or warned danger is sought across
_CALLED_OFF_REACH = 50  # characters before an encounter word where a verb calling it off is sought
_FRAME_REACH = 40  # characters before a visit word that may frame it ("during his official visit")


def _idle(sentence: Sentence, mention: Mention, w: EventWords) -> bool:
    """Whether an action word tells no act: a threat suffered, a signing that only qualifies what was
    signed (before 的, a year after it), a signing word that is a noun ("a sign of"), a call held with an
    audience or a figure of speech ("in a call with reporters", "a close call between"), an encounter called
    off ("halts talks", "取消访问"), a forum's summit ("attended the APEC summit")."""
    if mention.entry.kind == "threaten":
        return bool(w.suffered.search(sentence.text[max(0, mention.start - 12):mention.start]))
    end = mention.start + len(mention.term)
    if mention.entry.kind == "sign_agreement" and (
            (mention.term in w.signing and w.qualifies.match(sentence.text, end))
            or (mention.term.lower() in w.sign_nouns and w.sign_noun.match(sentence.text, end))):
        return True  # "the code signed in 2002", "a sign of growing ties"
    if mention.entry.kind == "phone_call" and mention.term.lower() in w.call_nouns and (
            w.call_audience.match(sentence.text, end)
            or w.call_figure.search(sentence.text[max(0, mention.start - 20):mention.start])):
        return True  # "in a call with reporters", "a close call between Washington and Beijing"
    if mention.term.lower() in w.forum_words and w.forum.search(
            sentence.text[max(0, mention.start - _FRAME_REACH):mention.start]):
        return True  # "after APEC summit": a forum's gathering, no encounter of the pair
    if mention.entry.kind in w.meetings:  # "tạm hoãn chuyến thăm", "取消访问"
        return _called_off(sentence, mention, w)
    return False


def _called_off(sentence: Sentence, mention: Mention, w: EventWords) -> bool:
    """Whether a verb calling off an encounter stands before its word ("halts military talks", "tạm hoãn
    chuyến thăm", "取消访问")."""
    # Read without Vietnamese marks: one form matches "hủy bỏ", "huỷ bỏ" (older tone placement) and
    # "huy bo" typed without them.
    before = strip_marks(sentence.text[max(0, mention.start - _CALLED_OFF_REACH):mention.start])
    low = before.lower()
    if not any(map(low.__contains__, w.called_off_hints)):
        return False
    called = w.called_off.search(before)
    # "suspended tariffs before talks", "取消部分关税并与美方举行会谈": the encounter is another act's
    # setting, not what is called off
    return called is not None and not w.setting.search(before, called.start())


# Talks or a dialogue called off ("suspends military dialogue", "cancels climate talks"): CAMEO 164.
_TALKS_HALTED = Entry("actions", "reduce_relations", "164", "talks halted", 2.0)


def _talks_halted(sentence: Sentence, mention: Mention, w: EventWords) -> Mention:
    """Talks, a dialogue or consultations called off (kinds.toml `halted`: "China suspends military
    dialogue with the United States", "暂停中美气候变化商谈") reduce relations; a visit called off tells
    none (_idle)."""
    if mention.entry.kind in w.halted and _called_off(sentence, mention, w):
        return replace(mention, entry=_TALKS_HALTED)
    return mention


def _unconcluded(sentence: Sentence, candidates: list[Mention], w: EventWords) -> set[int]:
    """Offsets of the names of deals ("trade deal", "thỏa thuận", "协议") that no word concludes ("talks on a
    trade deal"): no signing word of its own in the sentence, no verb of reaching right before a name nor of
    taking effect right after it. A story that tells no other event keeps them (`deals_kept`)."""
    deals = [m for m in candidates if m.entry.kind == "sign_agreement" and m.entry.label in w.deal_nouns]
    signings = sum(m.entry.kind == "sign_agreement" for m in candidates)
    if sentence.deals_kept or not deals or len(deals) < signings:
        return set()  # no deal named, or a signing word of its own (qualifying nothing) concludes it
    return set() if any(_concluded(sentence.text, m, w) for m in deals) else {m.start for m in deals}


def _concluded(text: str, deal: Mention, w: EventWords) -> bool:
    """Whether a verb of reaching stands right before the name of a deal ("reach a trade deal", "đạt được
    thỏa thuận", "达成协议") or one of taking effect right after it ("协定生效")."""
    end = deal.start + len(deal.term)
    return bool(w.deal_verbs.search(text, max(0, deal.start - _DEAL_REACH), deal.start)
                or w.deal_after.match(text, end, end + _DEAL_REACH))


_WELCOME = Entry("actions", "statement", "010", "welcome of a thing", 1.0)
_WELCOMING = frozenset({"host_visit", "praise"})  # the kinds of welcoming words: a guest or a thing


def _welcomed_thing(sentence: Sentence, mention: Mention, w: EventWords) -> Mention:
    """A welcome of a thing, not of a guest ("Vietnam welcomes South China Sea ruling", "hoan nghênh quyết
    định", "hoan nghênh việc ...", "欢迎…决定"): the grammar's `welcoming` host or praise words followed in
    their clause by `welcomed_thing` are a statement, not the host's side of a visit nor congratulations."""
    if mention.entry.kind not in _WELCOMING or mention.entry.label not in w.welcoming:
        return mention
    if w.welcomed_thing.match(strip_marks(sentence.text), mention.start + len(mention.term)):
        return replace(mention, entry=_WELCOME)
    return mention


def act_word(sentence: Sentence, mention: Mention) -> Mention:
    """A mention as the act it tells in its sentence (a mission's word after a verb of closing it)."""
    return _mission_closed(sentence, mention, words())


def _mission_closed(sentence: Sentence, mention: Mention, w: EventWords) -> Mention:
    """A mission's word (`missions`: "consulate", "embassy"; exchanges, "交往") after a verb of closing or
    suspending it in reach (`mission_closed`: "ordered China to close its consulate", "shut Houston
    consulate", "暂停中越双边交往"), or a word of cooperation after a verb of halting it (`cooperation`,
    `cooperation_halted`: "stop cooperating with"): relations reduced, where the word alone only tells of
    ties."""
    term, start = mention.term.lower(), max(0, mention.start - _FRAME_REACH)
    if term in w.missions and w.mission_closed.search(sentence.text, start, mention.start):
        return replace(mention, entry=_MISSION_CLOSED)
    if term in w.cooperation and w.cooperation_halted.search(sentence.text, start, mention.start):
        return replace(mention, entry=_COOPERATION_HALTED)  # "stop cooperating with the United States"
    return mention


def _risk_warning(sentence: Sentence, mention: Mention, w: EventWords) -> Mention:
    """A warning of a danger ("warns China of the risk of conflict", "cảnh báo Trung Quốc nguy cơ xung
    đột", "警告…风险") is a statement: it says what may happen, not what the speaker will do; one on a
    condition or of an answer ("if it attacks", "否则后果自负", "a forceful response") stays a threat."""
    if mention.entry.label not in w.warnings:
        return mention
    end = mention.start + len(mention.term)
    stop = PUNCTUATION.search(sentence.text, end, end + _WARNING_REACH)
    window = sentence.text[end:stop.start() if stop else end + _WARNING_REACH]
    if not w.risk.search(window) or w.warned_threat.search(window):
        return mention  # no danger, or one on a condition or of an answer: "…if it attacks", "否则…"
    return replace(mention, entry=_RISK_WARNING)


_CALLED_ON_TO = Entry("actions", "appeal", "020", "called on to act", 1.5)


def _called_on_to(sentence: Sentence, mention: Mention, w: EventWords) -> Mention:
    """A call on another side followed by what it is asked to do (`called_on_to`: "Vietnam called on China
    to respect its sovereignty") is an appeal, not a courtesy call ("called on President Xi")."""
    if mention.term.lower() not in w.called_on:
        return mention
    if w.called_on_to.match(sentence.text, mention.start + len(mention.term)):
        return replace(mention, entry=_CALLED_ON_TO)
    return mention


_HALT_DEMANDED = Entry("actions", "demand", "100", "halt demanded", 1.5)


def _halt_demanded(sentence: Sentence, mention: Mention, w: EventWords) -> Mention:
    """An appeal for a halt of what the other side does, within its clause (`halt_asked`: "urged Beijing
    to stop", "called for an immediate halt to land reclamation", "呼吁…停止"), is a demand."""
    if mention.entry.kind != "appeal":
        return mention
    end = mention.start + len(mention.term)
    stop = PUNCTUATION.search(sentence.text, end, end + _WARNING_REACH)
    if w.halt_asked.search(sentence.text, end, stop.start() if stop else end + _WARNING_REACH):
        return replace(mention, entry=_HALT_DEMANDED)
    return mention


def _received_for_talks(sentence: Sentence, candidates: list[Mention], w: EventWords) -> set[int]:
    """Offsets of host words that open talks of the same clause ("tiếp và hội đàm"): they name no event."""
    hosts = [m for m in candidates if m.entry.kind == "host_visit"]
    if not hosts:
        return set()
    talks = [m.start for m in candidates if m.entry.kind in ("meet", "negotiate")]
    return {h.start for h in hosts if any(
        t > h.start and w.and_talks.fullmatch(sentence.text, h.start + len(h.term), t) for t in talks)}


def _trade_talks(sentence: Sentence, candidates: list[Mention]) -> set[int]:
    """Offsets of meeting words that a word of talks or trade right before them qualifies ("经贸会谈",
    "经贸会晤"): the meeting is the negotiation."""
    ends = {m.start + len(m.term) for m in candidates if m.entry.kind == "negotiate"}
    if not ends:
        return set()
    return {m.start for m in candidates if m.entry.kind == "meet"
            and any(end <= m.start and not sentence.text[end:m.start].strip() for end in ends)}


_NEGOTIATION = Entry("actions", "negotiate", "046", "talks of trade", 2.0)


def _talks_of_trade(sentence: Sentence, candidates: list[Mention], w: EventWords) -> list[Mention]:
    """Talks without a word of their own (the grammar's `trade_talks`) in a sentence that names a trade
    measure or a deal are a negotiation; elsewhere they are a meeting of officials."""
    if not any(m.entry.label in w.trade_talks for m in candidates):
        return candidates
    trade = any(m.entry.kind in measure_kinds() or m.entry.label in w.deal_nouns for m in candidates)
    return [replace(m, entry=_NEGOTIATION) if trade and m.entry.label in w.trade_talks else m
            for m in candidates]


SHIP_CALL = Entry("actions", "military", "150", "warship's call", 1.0)
_TRIP_FOR_TALKS = Entry("actions", "visit", "042", "trip for talks", 1.0)


def _trip_for_talks(sentence: Sentence, mention: Mention, w: EventWords) -> Mention:
    """Talks a trip is for (`trip_for`: "Do Muoi in China for talks", "flies to Beijing for talks"): the
    visit made for them, when a land of the three is named in the words before them."""
    if mention.entry.kind != "meet":
        return mention
    found = w.trip_for.search(sentence.text, max(0, mention.start - _FRAME_REACH), mention.start)
    if found is None or not any(found.start() <= at < found.end() for at, _ in sentence.lands):
        return mention
    return replace(mention, entry=_TRIP_FOR_TALKS)


def _ship_calls(sentence: Sentence, candidates: list[Mention], w: EventWords) -> list[Mention]:
    """A port call (the grammar's `ship_calls`), and a warship's name (`ships`) with a visit word of its
    own after it (_ships_visit) in a sentence that names no official ("the carrier arrived in Danang for a
    four-day visit", "khinh hạm ... cập cảng, bắt đầu chuyến thăm"), are a ship's call at a port: the act
    of the navy's state, a military one, told by the ship's word (its time is the ship's, not that of
    "until 30/6" after it)."""
    ship = None
    if not (sentence.people or sentence.officials):
        ship = min((m for m in candidates if m.entry.label in w.ships), key=lambda m: m.start, default=None)
    bare = strip_marks(sentence.text) if ship is not None else sentence.text  # setting words without marks
    if ship is not None and not any(_ships_visit(bare, ship, m, w) for m in candidates):
        ship = None
    if ship is None and not any(m.entry.label in w.ship_calls for m in candidates):
        return candidates
    called = []
    for m in candidates:
        if m is ship or (m.entry.kind == "visit" and m.entry.label in w.ship_calls):
            called.append(replace(m, entry=SHIP_CALL))
        elif ship is None or not _ships_visit(bare, ship, m, w):
            called.append(m)
    return called


def _ships_visit(bare: str, ship: Mention, mention: Mention, w: EventWords) -> bool:
    """Whether a visit or host word tells the ship's own visit ("the carrier hosted Vietnamese officials",
    "航艦…接待越南官員"): after its name with no setting word between
    ("sailed near the Paracels, days before a visit to Vietnam" tells another; a comma does not part them:
    "khinh hạm ... đã cập cảng Sài Gòn, bắt đầu chuyến thăm")."""
    return (mention.entry.kind in w.visits and mention.start > ship.start
            and not w.setting.search(bare, ship.start, mention.start))


def _asked_or_objected(sentence: Sentence, candidates: list[Mention], kinds: frozenset[str],
                       w: EventWords) -> list[Mention]:
    """The candidates without the encounters that come after an act of `kinds` in its clause: what the
    act asks for ("urges China to push for more talks") or objects to ("protested Obama's meeting with the
    Dalai Lama"). A measure after one stays: demanded, it is done ("要求中方关闭总领馆"); objected to, it
    is the news the objection answers."""
    at = min((m.start for m in candidates if m.entry.kind in kinds), default=-1)
    if at < 0:
        return candidates
    # An encounter after a setting word is where the act was done ("criticized China during his visit to
    # Beijing", "before meeting Xi"), not what it objects to.
    setting = kinds == w.objecting
    bare = strip_marks(sentence.text) if setting else sentence.text  # setting words are read without marks
    return [m for m in candidates if m.start < at or m.entry.kind not in w.meetings
            or w.clause.search(sentence.text, at, m.start)
            or setting and w.setting.search(bare, at, m.start)]


def event_actions(sentence: Sentence) -> list[Mention]:
    """The most telling event-bearing actions of the sentence: one per type, at most two."""
    w = words()
    read = (_halt_demanded(sentence, _called_on_to(sentence, _talks_halted(
        sentence, _mission_closed(sentence, m, w), w), w), w) for m in sentence.actions)
    candidates = [_trip_for_talks(sentence, _welcomed_thing(sentence, _risk_warning(sentence, m, w), w), w)
                  for m in read
                  if m.entry.kind in w.rank and not _idle(sentence, m, w)]
    opened = _received_for_talks(sentence, candidates, w) | _trade_talks(sentence, candidates)
    candidates = _talks_of_trade(sentence, [m for m in candidates if m.start not in opened], w)
    candidates = _ship_calls(sentence, candidates, w)
    opened = _unconcluded(sentence, candidates, w)
    candidates = [m for m in candidates if m.start not in opened]
    # "US urges China to push for more talks": the talks are what is urged; "China protested Obama's
    # meeting with the Dalai Lama": the meeting is what is objected to.
    for kinds in (w.urging, w.objecting):
        candidates = _asked_or_objected(sentence, candidates, kinds, w)
    candidates = _agreed(sentence, candidates, w)
    answered = _answered(sentence, candidates, w)
    framed = _framed_visits(sentence, candidates, w) | answered | _caused(sentence, candidates, w)
    # A ship's call ranks as the visit it is told as, not last with the theatre's military words.
    ranked = sorted(candidates, key=lambda m: (
        m.start in framed, w.rank["visit" if m.entry is SHIP_CALL else m.entry.kind], m.start))
    chosen: list[Mention] = []
    for mention in ranked:
        if mention.entry.kind not in {c.entry.kind for c in chosen}:
            chosen.append(mention)
    # A second event only when it is a distinct encounter ("visited ... and met") or the measure an
    # objection answers, not a side word.
    second = [m for m in chosen[1:2] if m.entry.kind in w.encounters]
    return chosen[:1] + (second or [m for m in chosen[1:] if m.start in answered][:1])


def _agreed(sentence: Sentence, candidates: list[Mention], w: EventWords) -> list[Mention]:
    """The candidates without the encounters agreed to just before their word ("agree on virtual summit"):
    they are to come. A signing stays: a deal agreed is one reached."""
    if not any(m.entry.kind in w.meetings for m in candidates):
        return candidates
    return [m for m in candidates if m.entry.kind not in w.meetings or m.entry.kind == "sign_agreement"
            or not w.agreed_to.search(sentence.text, max(0, m.start - _FRAME_REACH), m.start)]


def answers(mention: Mention) -> bool:
    """Whether an act answers another told after it in its clause: a protest, criticism, accusation, praise
    ("hoan nghênh quyết định"), a welcome of a thing or a response (grammar `responding`: "回应")."""
    w = words()
    return mention.entry.kind in w.answering or mention.entry is _WELCOME or responds(mention)


def responds(mention: Mention) -> bool:
    """Whether a statement word is a response (grammar `responding`: "回应越南抗议"): what it answers may be
    an act of saying too, the other side's."""
    return mention.entry.kind == "statement" and mention.entry.label in words().responding


def answered_kinds(answer: Mention) -> frozenset[str]:
    """The kinds of act that `answer` answers after it in its clause: measures (kinds.toml `answered`), and
    after a response the other side's acts of saying too (kinds.toml `spoken`), other than a statement (the
    response's own "表示")."""
    w = words()
    return w.answered | (w.spoken - {answer.entry.kind}) if responds(answer) else w.answered


def _answered(sentence: Sentence, candidates: list[Mention], w: EventWords) -> set[int]:
    """Offsets of the acts that a protest, criticism, accusation, welcome or response before them in their
    clause answers ("Vietnam rejects U.S. religious blacklisting", "criticised the US decision to impose
    duties", "welcomes US decision to lift arms embargo", "回应越南抗议"): the answer is the sentence's
    act, the act answered its second event."""
    answer = min((m for m in candidates if answers(m)), key=lambda m: m.start, default=None)
    if answer is None:
        return set()
    at, kinds = answer.start, answered_kinds(answer)
    return {m.start for m in candidates if m.start > at and m.entry.kind in kinds and m is not answer
            and not w.clause.search(sentence.text, at, m.start)}


def _caused(sentence: Sentence, candidates: list[Mention], w: EventWords) -> set[int]:
    """Offsets of the acts told as the cause of an act before them in their clause (grammar `cause`: "China
    suspended military dialogue in retaliation for a visit to Taiwan", "China holds drills after U.S.
    lawmakers visit Taiwan"): the background ranks after the act it led to. Only after an act that is no
    encounter nor a verb of saying ("said after talks with Wang Yi", "agreed to resume negotiations after a
    phone call"): one encounter after another is a sequence, and what follows a saying may be the news."""
    acts = [m.start + len(m.term) for m in candidates
            if m.entry.label != SAID_LABEL and m.entry.kind not in w.meetings]
    if not acts or not any(hint in sentence.text.lower() for hint in w.cause_hints):
        return set()
    caused = set()
    for cause in w.cause.finditer(sentence.text, min(acts)):
        if w.cause_sequence.match(sentence.text, cause.end()):
            continue  # "after meeting Chinese leaders": the subject's own earlier step
        text = sentence.text
        stops = (PUNCTUATION.search(text, cause.end()), w.cause_end.search(text, cause.end()))
        end = min((stop.start() for stop in stops if stop), default=len(text))
        # the cause's own word ("in retaliation", "in protest") tells no act either
        caused |= {m.start for m in candidates if cause.start() <= m.start < end}
    return caused


def _framed_visits(sentence: Sentence, candidates: list[Mention], w: EventWords) -> set[int]:
    """Offsets of visit words that frame another encounter of the sentence: they rank after it."""
    visits = [m for m in candidates if m.entry.kind == "visit"]
    if not visits or not any(m.entry.kind in w.encounters and m.entry.kind != "visit" for m in candidates):
        return set()
    # The visit a host word before it welcomes ("Xi held a ceremony to welcome Trump on a state visit",
    # "习近平举行仪式欢迎特朗普对中国进行国事访问"): the host's side is the sentence's act. Not after a word
    # of receiving that may take a thing ("received China's Friendship Medal ... during his visit").
    hosts = (m.start for m in candidates if m.entry.kind == "host_visit" and m.entry.label not in w.receiving)
    host = min(hosts, default=len(sentence.text))
    return {m.start for m in visits if m.start > host or _frames(sentence.text, m, w)}


def first_visit(text: str, visit: Mention) -> bool:
    """Whether a visit word names a first visit as an encounter's setting ("in first visit since war")."""
    return bool(words().first_visit.search(text[max(0, visit.start - _FRAME_REACH):visit.start]))


def _frames(text: str, visit: Mention, w: EventWords) -> bool:
    """Whether a visit word is the frame of the sentence's other encounter."""
    end = visit.start + len(visit.term)
    if visit.entry.label == w.visiting:
        return bool(w.traveller.match(text, end))
    before = text[max(0, visit.start - _FRAME_REACH):visit.start]
    low = before.lower()  # lowered once for every hint
    if any(map(low.__contains__, w.frame_hints)) and w.frame_before.search(before):
        return True
    if any(map(low.__contains__, w.first_visit_hints)) and w.first_visit.search(before):
        return True
    return any(map(text.__contains__, w.frame_after_hints)) and bool(w.frame_after.match(text, end))
