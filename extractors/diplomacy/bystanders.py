"""Who a sentence names without their taking part in its act: those who tell of their own side's encounter,
those of a sentence naming a period before the story's, and those of another encounter or message told
with "also"."""

from __future__ import annotations

import re
from collections.abc import Callable

from .grammar import cached, kind_set, shared, shared_pattern
from .othertimes import only_within
from .prefixed import Alternation
from .sentence import Sentence

VISITS = kind_set("actions", "visits")
WEIGHT_ONLY = kind_set("actions", "weight_only")  # "relations", "tensions": words that name no act
SYMMETRIC = kind_set("actions", "symmetric")
MESSAGES = kind_set("actions", "messages")  # congratulations, condolences, a statement: told as a message
_TALKS = frozenset({"meet", "negotiate"})  # talks told as a meeting or a negotiation: one act
ENCOUNTERS = kind_set("actions", "encounters") | SYMMETRIC  # where people sit together
# Characters before another party's name where the word naming them the other party of an encounter ("with",
# "与") is sought: past the titles a name carries ("với Ủy viên Bộ Chính trị, Bộ trưởng Ngoại giao ...").
_WITH_REACH = 60
# A break between "with" and a name after it: the name opens a clause of its own. A list's mark is no
# break (the parties of one "with" are listed by 、 in Chinese, by "," in English and Vietnamese), so
# neither stands here.
_CLAUSE_BREAK = re.compile(r"[，；;]")


@cached
def past_period() -> re.Pattern[str]:
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
    return past_period().search(sentence.unmarked()) is not None


def one_kind(one: str, other: str) -> bool:
    """Whether two act types tell one act: the same, a visit and its reception, or talks and a meeting."""
    return one == other or {one, other} <= VISITS or {one, other} <= _TALKS


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
    saying = shared_pattern("saying", "(?<![A-Za-z\u00c0-\u024f\u1e00-\u1eff]){}")
    verb = saying.search(sentence.text) if acts else None  # no act told: no verb to look for
    if verb is None or not any(at >= verb.end() for at in acts) or any(at < verb.start() for at in acts):
        return frozenset()
    codes = dict(sentence.people)
    before = {name for at, name in sentence.people_at if at < verb.start()}
    after = {name for at, name in sentence.people_at if at >= verb.end()}
    # a name placed in the sentence whose holder the sentence's people dropped (no office on the story's day:
    # "chính quyền Trump" read in 2024) tells no side
    told = {codes[name] for name in after if name in codes}
    return frozenset(name for name in before - after if codes.get(name) in told)


@cached
def _also_words() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """The grammar's `also_encounter` ("also held talks with", "cũng hội kiến"), read without Vietnamese
    marks, and its `also_hints`, one of which a sentence holds for the pattern to run."""
    return shared_pattern("also_encounter"), tuple(shared("also_hints"))


@cached
def _message_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The grammar's `also_message` ("sent a similar message", "Cùng ngày, ... gửi điện", "同日也致电"), read
    with marks ("cũng", also, is not "cùng", together), and `message_sent` ("sent a message", "gửi điện
    mừng", "致电"), read without them."""
    return shared_pattern("also_message"), shared_pattern("message_sent")


def also_met(sentence: Sentence, kind: str, first: Sentence | None = None) -> frozenset[str]:
    """Of a meeting, call, talks or signing, the people a sentence other than its first report names only
    in a clause telling another encounter of the same trip ("Blinken ... also held talks with his
    counterpart Bui Thanh Son"): they sat at that one, not at the event's (a visit takes in all its
    meetings; an event first told by such a clause is that encounter). Of a message (congratulations,
    condolences, a statement; not a protest, whose letter delivers it), all the
    people of a sentence telling another message sent by others than the event's `first` report names
    (_sends_another). The first report's own sentence, even as a clause's copy, tells no "also"."""
    if not sentence.people_at or first is not None and sentence.index == first.index:
        return frozenset()
    if kind in MESSAGES:
        sent = first is not None and _sends_another(sentence, first)
        return frozenset(name for _, name in sentence.people_at) if sent else frozenset()
    if kind not in SYMMETRIC:
        return frozenset()
    pattern, hints = _also_words()
    unmarked = sentence.unmarked()
    if not any(hint in unmarked for hint in hints):
        return frozenset()
    spans = [match.span() for match in pattern.finditer(unmarked)]
    return only_within(sentence.people_at, spans) if spans else frozenset()


def _sends_another(sentence: Sentence, first: Sentence) -> bool:
    """Whether a sentence tells a message sent by others than the event's: told as like it or of the same
    day by the side that sent the event's ("Prime Minister Phan Van Khai sent a similar message", "President
    Tran Dai Quang also sent a message to Obama", "越南政府总理阮春福同日也致电祝贺"; the other side's is a
    reply, one of the messages exchanged), or, when the event's `first` report tells a
    message (grammar `message_sent`) from a sender to an addressee it names, one between two others ("Chủ
    tịch Quốc hội ... gửi điện mừng Ủy viên trưởng ... Lật Chiến Thư"; not "Tổng Bí thư Tô Lâm và Chủ tịch
    nước Lương Cường gửi điện mừng" under a headline naming only the addressee). Its people send or receive
    their own; those it shares with the first report stay, named there."""
    sent = _message_words()[1]
    named, own = {name for _, name in first.people_at}, {name for _, name in sentence.people_at}
    if tells_also_message(sentence):
        # The other side's is a reply: messages exchanged; but one "also" sent between two others the first
        # report does not name is another message, whoever sends it ("Thủ tướng Quốc vụ viện Lý Khắc Cường
        # cũng gửi điện mừng Thủ tướng Phạm Minh Chính" under "Lãnh đạo Trung Quốc chúc mừng Chủ tịch nước
        # Nguyễn Xuân Phúc").
        return _sender(sentence) == _sender(first) or len(own) > 1 and not named & own
    unmarked = sentence.unmarked()
    if len(own) < 2 or named & own or not sent.search(unmarked):
        return False
    return len({code for _, code in first.people}) > 1 and \
        first.kept("message_sent", lambda s: sent.search(s.unmarked()) is not None)


def tells_also_message(sentence: Sentence) -> bool:
    """Whether a sentence tells a message sent "also", beside another ("Top legislator Zhao Leji also sent
    a message", "cũng gửi điện mừng", "也互致贺电")."""
    return sentence.kept("also_message", lambda s: bool(_also_messages().spans(s.text)))


@cached
def _also_messages() -> Alternation:
    """The grammar's `also_message` searched as an Alternation (the same matches as its one pattern): a
    fragment anchored at the start ("^\\W*[Cc]ùng") kept the one pattern from skipping to its fragments'
    first characters, so every fragment was tried at every character of every sentence asked."""
    return Alternation(list(shared("also_message")), re.IGNORECASE)


def sends_only_also(sentence: Sentence) -> bool:
    """Whether a sentence tells only a message sent "also" (tells_also_message), no message before it: it
    is never the first telling of a story's message. One telling the event's message first ("Nguyễn Phú
    Trọng đã gửi điện mừng Tổng thống Joe Biden; Thủ tướng ... Nguyễn Xuân Phúc cũng gửi điện chúc mừng")
    is."""
    if not tells_also_message(sentence):
        return False
    also, sent = _message_words()
    found = also.search(sentence.text)
    first = sent.search(sentence.unmarked())  # offsets are the text's: marks are stripped one for one
    return found is not None and (first is None or first.start() >= found.start())


def _sender(sentence: Sentence) -> str:
    """The country of the first person a sentence names: who sends the message it tells."""
    codes = dict(sentence.people)
    return next((codes.get(name, "") for _, name in sentence.people_at), "")


def met_apart(sentence: Sentence, kind: str, first: Sentence | None) -> frozenset[str]:
    """Of a meeting, call, talks or signing, the people a lead sentence other than `first` (the event's first
    sentence naming a person of each side) names only as the other party of another encounter of a
    principal: the sentence names a person of `first`, holds an encounter word, and after that person and the
    grammar's `met_with` ("with", "với", 与/同) names someone `first` does not, of a side it names
    ("坎贝尔于5日至7日访华，与…外交部副部长马朝旭举行磋商" below "王毅会见坎贝尔"; "Blinken later held
    talks with Vice President Han Zheng"): they sat at that encounter. Those named before the principal, or
    with no such word before them ("Foreign Minister Wang Yi attended the talks"), may have sat at the
    event's."""
    if kind not in SYMMETRIC or first is None or sentence.index == first.index or not sentence.people_at \
            or not any(m.entry.kind in ENCOUNTERS for m in sentence.actions):
        return frozenset()
    named = {name for _, name in first.people_at}
    codes = dict(first.people)
    sides = {codes[name] for name in named if name in codes}
    principal = min((at for at, name in sentence.people_at if name in named), default=None)
    # A sentence naming a principal of each side tells the event's own encounter, under a headline naming them
    # ("President Joe Biden met Chinese Vice President Han Zheng ..., with national security adviser Jake
    # Sullivan also present"): whom its "with" names sat at it.
    if principal is None or len({codes.get(name) for _, name in sentence.people_at if name in named}) > 1:
        return frozenset()
    own = dict(sentence.people)
    text = sentence.unmarked()
    principals_at = [at for at, name in sentence.people_at if name in named]
    apart = {name for at, name in sentence.people_at
             if name not in named and at > principal and own.get(name) in sides
             and _party_to(text, principal, at, principals_at)}
    # one named elsewhere in the sentence than as such a party keeps their part
    return frozenset(name for name in apart
                     if all(at > principal and _party_to(text, principal, at, principals_at)
                            for at, other in sentence.people_at if other == name))


def _party_to(text: str, principal: int, at: int, principals_at: list[int]) -> bool:
    """Whether the name at `at` is the one "with"/`với`/与 governs: the last such word before it, past the
    principal, with no principal named between them ("accompanied at the talks with Biden by Foreign Minister
    Wang Yi", "met with counterpart Xie Zhenhua and Vice Premier Han Zheng": the principal is the party, the
    one after sat at the event's own encounter) and no clause break between them ("愿与中方加强沟通，
    国务院副总理何立峰参加会见": the party is a side). "together with", "cùng với", 一同 name a companion,
    not a party (grammar `met_with`)."""
    found = None
    for match in shared_pattern("met_with").finditer(text, max(principal, at - _WITH_REACH), at):
        found = match
    if found is None:
        return False
    return not _CLAUSE_BREAK.search(text, found.end(), at) \
        and not any(found.end() <= other < at for other in principals_at)


# Kinds of event whose people a possessor may stand beside: encounters, where people sit together, and
# messages (congratulations, a statement). Not a protest, criticism or measure: the official whose words
# it answers is its counterpart, named as their possessor ("rejected Pompeo's remarks").
_POSSESSED_KINDS = VISITS | SYMMETRIC | MESSAGES
_NOUN_AFTER = 32  # characters after a possessive mark where the possessed noun phrase is read
_NOUN_BEFORE = 48  # characters before a possessive mark set before the name (its noun first)
_TITLES_BEFORE = 80  # characters before a name where a possessive mark before its titles is sought


@cached
def _possessive() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The grammar's `possessive_after` (matched at a name's end), `possessive_before` (ending at its start),
    `possessed_end` and `possessed_kept`, read without marks."""
    return (shared_pattern("possessive_after"), shared_pattern("possessive_before", "(?:{})$"),
            shared_pattern("possessed_end"), shared_pattern("possessed_kept"))


def possessors(sentence: Sentence, kind: str) -> frozenset[str]:
    """Of an encounter or a message, the people a sentence names only as the possessor of a noun that is not
    the event's act ("to brief Chinese leaders on President Donald Trump's summit with ...", "carries
    Obama's greetings", "chuyến thăm ... của Tổng thống Joe Biden" in a story of congratulations,
    "特朗普的特使"): the leader who sent the traveller, whose decision or whose other encounter is told,
    takes no part. The possessor of the event's own act ("Xi's state visit", "cuộc hội đàm của ...") takes
    part, and so does that of an invitation, a request or an attendance (grammar `possessed_kept`: the
    inviter, the asker of a call, "với sự tham dự của ..."). Of a message, only the possessor of another
    encounter stands aside: a noun no act word names ("Xi's message") may be the event's own, and the act
    a message answers names its counterpart."""
    if kind not in _POSSESSED_KINDS or not sentence.people_at:
        return frozenset()
    return sentence.kept(f"possessors:{kind}", lambda s: _possessors(s, kind))


def _possessors(sentence: Sentence, kind: str) -> frozenset[str]:
    after, before, end, kept = _possessive()
    text = sentence.unmarked()
    acts = [(m.start, m.entry.kind) for m in sentence.actions if m.entry.kind not in WEIGHT_ONLY]
    offices = [m.start for m in sentence.offices]
    # `possessor_and`: what joins a second name to a possessor; `possessed_past`: a year right after a name
    joined, past = shared_pattern("possessor_and"), shared_pattern("possessed_past", r"\s*(?:{})")
    aside: set[str] = set()
    part: set[str] = set()
    previous: tuple[int, bool] | None = None  # the end of the name before and whether it stood aside
    for at, name in sorted(sentence.people_at):
        name_end = sentence.people_end.get(at, at)
        span = _possessed(text, at, name_end, after, before, end)
        if span is None and previous is not None and previous[1] and previous[0] <= at \
                and joined.fullmatch(text, previous[0], at):
            stands = True  # joined by "and" to a possessor standing aside: a possessor of the same noun
        elif span is None:
            stands = False
        else:
            stands = not (_takes_part(text, span[:2], acts, kind, kept, offices if span[2] else None)
                          and not _with_third(sentence, text, name_end if span[2] else span[1])) \
                or _told_past(text, span, name_end, past)
        (aside if stands else part).add(name)
        previous = (name_end, stands)
    return frozenset(aside - part)


_PAST_AFTER = 12  # characters after a name set after its noun where a year of the possessed act is sought


def _told_past(text: str, span: tuple[int, int, bool], name_end: int, past: re.Pattern[str]) -> bool:
    """Whether the possessed phrase tells its act's year or an earlier one (grammar `possessed_past`: "Xi
    Jinping's 2023 state visit", "chuyến thăm ... của Tổng thống Barack Obama năm 2016"): an earlier
    occasion, its possessor none of today's. Where the noun came first the year may follow the name."""
    if past.search(text, span[0], span[1]):
        return True
    return span[2] and past.match(text, name_end, name_end + _PAST_AFTER) is not None


def _possessed(text: str, at: int, name_end: int, after: re.Pattern[str], before: re.Pattern[str],
               end: re.Pattern[str]) -> tuple[int, int, bool] | None:
    """The span of the noun phrase a name at `at` is the possessor of, or None: after a possessive mark
    right after the name, up to the phrase's end; or before a possessive mark set before the name and its
    titles, from the last phrase end before it (then True: the noun came first)."""
    mark = after.match(text, name_end)
    if mark is not None:
        stop = end.search(text, mark.end(), mark.end() + _NOUN_AFTER)
        return mark.end(), stop.start() if stop else min(len(text), mark.end() + _NOUN_AFTER), False
    mark = before.search(text, max(0, at - _TITLES_BEFORE), at)
    if mark is None:
        return None
    low = max(0, mark.start() - _NOUN_BEFORE)
    opened = low
    for found in end.finditer(text, low, mark.start()):
        opened = found.end()
    return opened, mark.start(), True


_THIRD_REACH = 60  # characters after "with" where the other party's country is sought


def _with_third(sentence: Sentence, text: str, at: int) -> bool:
    """Whether the possessed act at hand is with a third country's party: right after the phrase (after the
    name, where the noun comes first) "with" (grammar `met_with`) and a country outside the three named
    before any of the three ("President Donald Trump's summit with North Korean leader Kim Jong Un",
    "cuộc gặp của Tổng thống Donald Trump với nhà lãnh đạo Triều Tiên"): another encounter than the pair's."""
    if not sentence.others_at:
        return False
    found = shared_pattern("met_with", r"\s*(?:{})").match(text, at)
    if found is None:
        return False
    limit = found.end() + _THIRD_REACH
    other = min((o for o in sentence.others_at if found.end() <= o < limit), default=None)
    return other is not None and not any(found.end() <= c < other for c, _ in sentence.countries)


def _takes_part(text: str, span: tuple[int, int], acts: list[tuple[int, str]], kind: str,
                kept: re.Pattern[str], offices: list[int] | None = None) -> bool:
    """Whether the possessor of the noun phrase at `span` takes part in an event of `kind`: the phrase
    names the event's own act, an invitation, request or attendance, or (of a message) no encounter. A
    phrase set before its possessor ("của") naming an office (the `offices` offsets of the sentence, given
    for such a phrase only) and no act is a title run ("Chủ tịch Ủy ban Đối ngoại của Quốc hội Vũ Hải Hà"):
    its possessor takes part."""
    low, high = span
    if kept.search(text, low, high):
        return True
    inside = [act for at, act in acts if low <= at < high]
    if any(one_kind(act, kind) for act in inside):
        return True
    if offices is not None and not inside and any(low <= at < high for at in offices):
        return True
    # of a message, only the possessor of another encounter stands aside (the visit looked forward to); the
    # act a message answers is its counterpart's ("hoan nghênh quyết định của Tổng thống ...")
    return kind in MESSAGES and not any(act in ENCOUNTERS for act in inside)
