"""What one action word tells in its sentence, before the sentence's words are weighed together: the act
readers of eventacts.py in turn (a mission closed, an appeal that is a demand, a measure read by its object
or judged), then whether the word tells no act at all (`_idle`: a threat suffered, a signing that only
qualifies, a call with reporters, an encounter called off, a forum's summit, a bound act without its
object). Most words are taken as they are, decided once per lexicon word (`_reading`)."""

from __future__ import annotations

import re
from collections.abc import Callable

from .attending import attend_words
from .clauses import COLON_LABEL, SAID_LABEL
from .eventacts import (
    FRAME_REACH,
    MEASURES,
    WELCOMING_KINDS,
    called_off,
    called_on_to,
    halt_demanded,
    issue_accused,
    measure_judged,
    measure_object,
    mission_closed,
    opposition_negated,
    own_side_urged,
    praise_judged,
    risk_warning,
    ship_hosting,
    talks_halted,
    threat_charged,
    told_visitor,
    trip_for_talks,
    unbound,
    violation_judged,
    welcomed_thing,
)
from .eventgrammar import EventWords, words
from .eventsides import attended_destination, visit_destination
from .grammar import cached
from .sentence import Mention, Sentence


def read_words(sentence: Sentence, w: EventWords) -> list[Mention]:
    """The sentence's action words that tell an event, each as its sentence reads it."""
    candidates = []
    for m in sentence.actions:
        how = _reading(m.entry.kind, m.entry.label, m.term)
        if how == _KEPT:
            candidates.append(m)
        elif how == _READ and (read := _read_word(sentence, m, w)) is not None:
            candidates.append(read)
    return _earlier_formal_dropped(sentence, candidates, w)


_DONE_BEFORE_REACH = 60  # characters before an act's word where the auxiliary of a time before is sought


def _earlier_formal_dropped(sentence: Sentence, candidates: list[Mention], w: EventWords) -> list[Mention]:
    """A protest told as done before (grammar `done_before`: "hit back on Thursday, calling the decision
    'discriminatory' and saying it had lodged representations") beside an act of another kind the sentence
    tells now is the report of an earlier act: the sentence's act is the other. Alone in its sentence ("said
    Vietnam had lodged a protest") it stays, and so beside the verb of saying that reports it ("said on
    Tuesday it had lodged stern representations"): saying is how the protest is told, no act of its own; and
    beside an act told after it ("had made solemn representations ... over sanctions on Chinese officials":
    what it protests). The act told now comes first ("condemned ..., saying it had lodged"). Not
    an accusation: what a government says the other side had done is told so ("said Chinese patrol boats had
    cut the cables")."""
    earlier = [m for m in candidates if m.entry.kind == "protest" and w.done_before.search(
        sentence.text, max(0, m.start - _DONE_BEFORE_REACH), m.start)]
    if not earlier:
        return candidates
    first = min(m.start for m in earlier)
    if all(m.entry.kind == "protest" or m.entry.label in _TELLING_LABELS or m.start > first
           for m in candidates):
        return candidates
    return [m for m in candidates if m not in earlier]


_TELLING_LABELS = frozenset({SAID_LABEL, COLON_LABEL})  # a verb of saying or a colon: how an act is told


_DROPPED, _KEPT, _READ = 0, 1, 2  # what the readers of one act word (_read_word) may make of it


@cached
def _reading(kind: str, label: str, term: str) -> int:
    """What _read_word may make of an action word whatever its sentence: _DROPPED (no event type, and no
    reader makes it one), _KEPT (an event type no reader changes nor makes idle: most words) or _READ
    (its sentence decides). Read once per word of the lexicon, not once per mention; keyed by the kind,
    label and term those readers look at (strings: no entry to hash)."""
    w, low = words(), term.lower()
    if (low in w.opposing or low in w.missions or low in w.closing_terms or low in w.cooperation
            or kind in w.halted
            or low in w.called_on or label in w.call_ships
            or kind == "appeal" or label in w.warnings or kind == "meet"
            or kind in WELCOMING_KINDS and label in w.welcoming
            or low in w.judging_words
            or label == SAID_LABEL or kind in MEASURES or label in w.violations or kind == "accuse"):
        return _READ  # opposition_negated, mission_closed, ..., violation_judged, issue_accused
    if kind not in w.rank:
        return _DROPPED
    if (kind in _IDLE_KINDS or kind in w.meetings or low in w.forum_words or low in w.bound_acts
            or term in w.concern_terms
            or low in w.work_trips or low in w.flight_acts or low in attend_words()):
        return _READ  # _idle
    return _KEPT


_CALL_CLAUSE = re.compile(r"[,;:]")  # where the clause of a verb of calling ends


def _called_between(sentence: Sentence, mention: Mention, w: EventWords) -> bool:
    """Whether a verb of calling ("telephoned") is a call between two of the three: one side named before
    it, another of the three right after it in its clause, and no reporter calling or being called for
    comment (`call_press`, `call_by`)."""
    end = mention.start + len(mention.term)
    if w.call_press.search(sentence.text[max(0, mention.start - 30):mention.start]) or w.call_by.match(
            sentence.text, end):
        return False
    stop = next((m.start() for m in _CALL_CLAUSE.finditer(sentence.text, end)), len(sentence.text))
    before = [country for at, country in sentence.actors if at < mention.start]
    after = next((country for at, country in sentence.actors if end <= at < stop), None)
    other = next((at for at, _ in sentence.countries if end <= at < stop), stop)
    foreign = 0 <= sentence.first_other < other and sentence.first_other >= end  # "Taiwanese officials"
    return bool(before) and after is not None and after != before[-1] and not foreign


def _third_end(sentence: Sentence, mention: Mention, w: EventWords) -> bool:
    """Whether a call noun's other end ("call with X", "in a call with X") is a third: the first capitalised
    word after "with" past titles and determiners (grammar `call_other_end`) begins no name of the three (a
    person, a country or its adjective, a title's country). No "with", or no such word in the clause: not a
    third (the call is read as before)."""
    end = mention.start + len(mention.term)
    found = w.call_other_end.match(sentence.text, end)
    if found is None or (found.group("with") is None and not mention.term.lower().endswith("with")):
        return False
    at = found.end()  # a name read with its title ("President Xi") spans the word from before it
    return not (any(start <= at < sentence.people_end.get(start, start + 1)
                    for start, _ in sentence.people_at)
                or any(start == at for start, _ in sentence.countries)
                or any(start == at for start, _ in sentence.actors)
                or any(start <= at < end for start, end, *_ in sentence.titled))


_IDLE_KINDS = frozenset({"threaten", "sign_agreement", "phone_call", "aid"})  # the kinds _idle reads by kind
_THANKS_REACH = 60  # characters before an aid word where thanks for it are sought
_FLYER_REACH = 40  # characters before a flight word where civil aircraft are sought
_NEGATED_REACH = 24  # characters before a visit word where its negation is sought (grammar `trip_negated`)
_RULED_OUT_REACH = 100  # characters before an encounter's word where `meeting_negated` is sought


# The readers of one action word, in the order they read it (each returns the word as it is when its test
# of the word's kind, label or term fails, else what the word tells instead): before and after `_idle`.
# own_side_urged reads an appeal before halt_demanded: one to the speaker's own government is a statement
# whatever it asks that government to press for ("urged President Joe Biden to press Vietnam to release ...").
Reader = Callable[[Sentence, Mention, EventWords], Mention]
_BEFORE_IDLE: tuple[Reader, ...] = (opposition_negated, praise_judged, mission_closed, talks_halted,
                                    called_on_to, own_side_urged, halt_demanded, told_visitor, measure_object,
                                    measure_judged, violation_judged, issue_accused)
_AFTER_IDLE: tuple[Reader, ...] = (risk_warning, threat_charged, welcomed_thing, trip_for_talks, ship_hosting)


def _read_word(sentence: Sentence, m: Mention, w: EventWords) -> Mention | None:
    """The act one action word tells in its sentence (eventacts.py), None when it tells no event."""
    m = _read_by(_BEFORE_IDLE, _tested(m.entry.kind, m.entry.label, m.term)[0], sentence, m, w)
    if m.entry.kind not in w.rank or _idle(sentence, m, w):
        return None
    m = _read_by(_AFTER_IDLE, _tested(m.entry.kind, m.entry.label, m.term)[1], sentence, m, w)
    return m if m.entry.kind in w.rank else None  # a gathering a trip of another time was for: none


def _read_by(readers: tuple[Reader, ...], tested: tuple[int, ...], sentence: Sentence, m: Mention,
             w: EventWords) -> Mention:
    """`m` read by `readers` in turn, as their nesting reads it. Only those whose test of the word passes
    (`tested`, their places) are called: most words pass none, and a call is most of a reader's cost. Once
    one makes the word another (a mission closed, a measure judged), the later readers test the new word."""
    for at in tested:
        read = readers[at](sentence, m, w)
        if read is not m:
            for reader in readers[at + 1:]:
                read = reader(sentence, read, w)
            return read
    return m


@cached
def _tested(kind: str, label: str, term: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The places in _BEFORE_IDLE and in _AFTER_IDLE of the readers whose first test a word passes (the
    tests they open with, on the word's kind, label or term only): the others return it as it is. Read
    once per lexicon word."""
    w, low = words(), term.lower()
    before = (low in w.opposing,  # opposition_negated
              kind in ("praise", "criticize") and low in w.judging_words,  # praise_judged
              low in w.closing_terms or low in w.missions or low in w.cooperation,  # mission_closed
              kind in w.halted or kind == "phone_call",  # talks_halted (a call declined too)
              low in w.called_on,  # called_on_to
              kind == "appeal",  # own_side_urged
              kind == "appeal",  # halt_demanded
              label == SAID_LABEL,  # told_visitor
              kind in MEASURES,  # measure_object
              kind in MEASURES,  # measure_judged
              label in w.violations,  # violation_judged
              kind == "accuse")  # issue_accused
    after = (label in w.warnings,  # risk_warning
             kind == "threaten",  # threat_charged
             kind in WELCOMING_KINDS and label in w.welcoming,  # welcomed_thing
             kind == "meet",  # trip_for_talks
             kind == "host_visit")  # ship_hosting
    return (tuple(at for at, passes in enumerate(before) if passes),
            tuple(at for at, passes in enumerate(after) if passes))


_WISHED_REACH = 40  # characters before a measure word read for a wish (grammar `wished`)


def _idle(sentence: Sentence, mention: Mention, w: EventWords) -> bool:
    """Whether an action word tells no act: a threat suffered, a measure wished for, a signing that only
    qualifies what was signed (before 的, a year after it), a signing word that is a noun ("a sign of"), a
    call held with an audience or a figure of speech ("in a call with reporters", "a close call between"),
    an encounter called off ("halts talks", "取消访问") or negated ("won't travel to"), a forum's summit
    ("attended the APEC summit"), a work trip at home, a flight of civil aircraft ("commercial airliners
    flying through"), a warship whose own port call is called off ("美国航母取消停靠岘港": no call made, no
    measure)."""
    if mention.entry.kind == "threaten" and w.suffered.search(
            sentence.text[max(0, mention.start - 12):mention.start]):
        return True
    if mention.entry.kind in MEASURES and w.wished.search(
            sentence.text[max(0, mention.start - _WISHED_REACH):mention.start]):
        return True  # "Vietnam wants to cut tariffs": a measure wished for, none taken
    end = mention.start + len(mention.term)
    if mention.entry.kind == "sign_agreement" and (
            (mention.term in w.signing and w.qualifies.match(sentence.text, end))
            or (mention.term.lower() in w.sign_nouns and w.sign_noun.match(sentence.text, end))):
        return True  # "the code signed in 2002", "a sign of growing ties"
    if mention.entry.kind == "sign_agreement" and w.sign_negated.search(
            sentence.text, max(0, mention.start - _NEGATED_REACH), mention.start):
        return True  # "has yet to sign", "chưa ký", "尚未签署": no signing done
    if mention.entry.kind == "phone_call" and mention.term.lower() in w.call_nouns and (
            w.call_audience.match(sentence.text, end)
            or w.call_figure.search(sentence.text[max(0, mention.start - 20):mention.start])):
        return True  # "in a call with reporters", "a close call between Washington and Beijing"
    if mention.entry.kind == "phone_call" and mention.term.lower() in w.call_nouns and _third_end(
            sentence, mention, w):
        return True  # "Xi, in call with Putin, slams US sanctions": Putin's call, none of the pair
    if mention.term.lower() in w.meet_verbs and w.met_demand.match(sentence.text, end):
        return True  # "refused to meet U.S. demands", "met a deadline": satisfying, no encounter
    if mention.entry.label in w.call_ships and w.call_called_off.match(sentence.text, end):
        return True  # "美国航母取消停靠岘港", "…航空母舰因…，取消原定停靠岘港的计划": the ship's own call off
    if mention.entry.kind == "aid" and w.thanked_for.search(
            sentence.text[max(0, mention.start - _THANKS_REACH):mention.start]):
        return True  # "thanked China for its condolences and relief aid": China's aid, told as thanked for
    if mention.term.lower() in w.call_verbs:
        return not _called_between(sentence, mention, w)  # "when telephoned for comment"
    if mention.term.lower() in w.forum_words and w.forum.search(
            sentence.text[max(0, mention.start - FRAME_REACH):mention.start]):
        return True  # "after APEC summit": a forum's gathering, no encounter of the pair
    if mention.term.lower() in w.work_trips:
        return _at_home(sentence, mention)
    if mention.term.lower() in attend_words():  # an occasion at home, in a third country: no visit
        return not attended_destination(sentence, mention) or bool(w.trip_negated.search(
            sentence.text, max(0, mention.start - _NEGATED_REACH), mention.start))  # "will not attend"
    if mention.term.lower() in w.flight_acts:  # "commercial airliners flying through": civil aircraft
        return bool(w.civil_flyers.search(sentence.text, max(0, mention.start - _FLYER_REACH), mention.start))
    if mention.entry.kind in w.visits and w.trip_negated.search(
            sentence.text, max(0, mention.start - _NEGATED_REACH), mention.start):
        return True  # "won't travel to Vietnam", "sẽ không đến Hà Nội": a trip not made
    if mention.term.lower() in w.curb_terms and w.curb_lifted.search(
            sentence.text, max(0, mention.start - _NEGATED_REACH), mention.start):
        return True  # "中国不会限制…投资", "呼吁美方停止限制…投资", "nới lỏng các hạn chế đầu tư": no curb
    if mention.entry.kind in w.meetings and w.meeting_negated.search(
            sentence.text, max(0, mention.start - _RULED_OUT_REACH), mention.start):
        return True  # "no reason to meet Chinese President Xi Jinping": an encounter ruled out
    if mention.entry.kind in w.meetings:  # "tạm hoãn chuyến thăm", "取消访问"; "đã đến lúc" (unbound)
        return called_off(sentence, mention, w) or unbound(sentence, mention, w)
    return unbound(sentence, mention, w)  # "called in experts": no summons


def _at_home(sentence: Sentence, mention: Mention) -> bool:
    """Whether a work trip (grammar `work_trips`) is one at home: the traveller is of the country it goes
    to. A trip opening its sentence is its subject's, the first office-holder named after it ("Nhân chuyến
    công tác tại Đà Nẵng, Phó Thủ tướng Trần Lưu Quang đã tiếp Đại sứ Trung Quốc ..."); one told later is at
    home only when every office-holder named is of that country, not a premier meeting the host's
    president "trong chuyến công tác tại Trung Quốc" nor a minister's "chuyến công tác tại Washington"."""
    goes_to = visit_destination(sentence, mention)
    if not goes_to or not sentence.people_at:
        return False
    codes = dict(sentence.people)
    if all(at > mention.start for at, _ in sentence.people_at):
        return codes.get(min(sentence.people_at)[1]) == goes_to
    return all(code == goes_to for _, code in sentence.people)
