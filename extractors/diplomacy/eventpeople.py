"""Who took part in an event: the office-holders its reports name, those the lead lists as taking part
(not those of an act of another time), its entourage, and for a visit those of its meetings."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from extractors.core.models import Event

from .bystanders import (
    also_met,
    met_apart,
    of_past_period,
    one_kind,
    past_period,
    possessors,
    sends_only_also,
    tellers,
)
from .eventsides import agent_after
from .grammar import cached, kind_set, shared, shared_pattern
from .lexicon import load_entries
from .othertimes import (
    another_time,
    greeted_before_coming,
    greets_on_arrival,
    inviters,
    of_act_awaited,
    of_act_to_come,
    of_earlier_clause,
    only_within,
    to_come,
)
from .prefixed import Alternation
from .sentence import Sentence
from .text import strip_marks

SYMMETRIC = kind_set("actions", "symmetric")
VISITS = kind_set("actions", "visits")
SPOKEN = kind_set("actions", "spoken")  # acts done by saying
DISTANT = kind_set("actions", "distant")  # a call: its people are those on the line
# Encounters (a visit, reception, meeting, call, talks, signing, a summons): where people sit together.
ENCOUNTERS = kind_set("actions", "encounters") | SYMMETRIC
ANSWERED = kind_set("actions", "answered")  # measures an objection answers
RECEIVED = kind_set("actions", "received")  # acts the other side receives in person (aid)
WEIGHT_ONLY = kind_set("actions", "weight_only")  # "relations", "tensions": words that name no act
# Reports of an event this deep or deeper name no more of its people: they tell of an earlier trip of the
# same kind ("Năm 2005, Thủ tướng Phan Văn Khải thăm Mỹ..."), photo captions and context.
PEOPLE_REACH = 10


def people_of(reports: list[Sentence], lead: list[Sentence], sides: frozenset[str],
              entourage: list[Sentence] = (), speaker: str = "", main: bool = False,
              encounter: bool = False, kind: str = "", gone: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """Office-holders of the event: those of its two countries its reports name, those of its two
    countries the headline and lead name in sentences that name these two and no third (the lead's list
    of who took part), for a visit, meeting or talks those of its two countries its entourage list names,
    those of its two sides a lead sentence tells attending an encounter's opening or signing (_attends),
    for a visit those a lead sentence tells greeting the visitor on arrival (_greeters),
    and for an act done by saying the `speaker` government's spokesperson saying it in the lead
    (_spoken_by), or its office-holders a lead sentence names alone (_alone); for a measure a government
    announces (a sanction) the same, in a lead sentence below the headline with a verb of saying ("...,
    Secretary of State Mike Pompeo said in a statement"). Nobody named only in a clause telling another
    act (of_earlier_clause for the main event, aside_of) or only after the opener of an act of another
    `kind` to come in a later report (of_act_to_come) is one of them. Of an `encounter` (a visit,
    reception, meeting, call, talks or signing) a spokesperson who announces or tells of it takes no part,
    unless an entourage list names them among those who travel."""
    # A lead sentence telling an act to come is another act, unless the event is itself to come.
    coming = not any(to_come(report.text) for report in reports[:1])
    earlier = of_past_period(reports[0])
    first = _first_named([*reports, *lead], gone)
    principals = _both_sides_named([*reports, *lead], sides)
    named = _reported(reports, sides, main, kind, coming, earlier, first, principals)
    named += [name for sentence in _listing(lead, sides, coming, kind, speaker, earlier)
              for aside in [of_earlier_clause(sentence) | aside_of(sentence)[0]
                            | _other_encounter_of(sentence) | tellers(sentence)
                            | also_met(sentence, kind, first) | met_apart(sentence, kind, principals)
                            | of_act_awaited(sentence, kind) | possessors(sentence, kind)
                            | _met_after_greeting(sentence, kind)]
              for name, code in sentence.people if code in sides and name not in aside]
    if kind in VISITS:
        named += [name for sentence in lead for greeters in [_greeters(sentence, sides, coming)] if greeters
                  for name, code in sentence.people if code in sides and name in greeters]
        named += [name for sentence in lead for invited in [_invited_by(sentence, sides, coming, earlier)]
                  for name, code in sentence.people if code in sides and name in invited]
    if encounter:
        named += [name for sentence in lead if _attends(sentence, sides, coming)
                  for name, code in sentence.people if code in sides]
        named = [name for name in named if name not in spokespeople()]
    named += [name for sentence in entourage for name, code in sentence.people if code in sides]
    if speaker:  # of an act not done by saying (a sanction), those who tell it with a verb of saying
        named += [name for sentence in lead if _spoken_by(sentence, sides) and not earlier(sentence)
                  and (kind in SPOKEN or not sentence.headline and _says(sentence))
                  for aside in [aside_of(sentence)[0] | also_met(sentence, kind, first)
                                | possessors(sentence, kind)]
                  for name, code in sentence.people
                  if code == speaker and (name in spokespeople() or _alone(sentence, speaker))
                  and name not in aside]
    if kind in VISITS and (coming or begun_before_coming(reports[0])):
        named = _less_hosts_to_come(named, [*reports, *lead], kind)
    return tuple(dict.fromkeys(named))


def people_lead(sentences: list[Sentence], window: int) -> list[Sentence]:
    """The lead the main event's people are read from: its first `window` sentences, a sentence cut at a
    semicolon counting as half of one (its two halves are one sentence of the copy: "Phái đoàn Mỹ do ... dẫn
    đầu; phía Trung Quốc do ... đồng chủ trì", then the one who opened the talks)."""
    end = window
    for sentence in sentences:
        if sentence.index >= end:
            break
        if _LIST_SPLIT.search(sentence.text):
            end += 1
    return sentences[:end]


def begun_before_coming(report: Sentence) -> bool:
    """Whether a sentence tells a visit begun before an act to come it holds: a visit word stands before the
    opener ("Austin lands in Hanoi, the first Pentagon chief there in years", "王毅今天抵达河内，将与越南外长
    会谈"): the visit is no act to come, the act after the opener is (a meeting it first reports adds no one
    to the visit, events.py)."""
    opener = shared_pattern("coming_act").search(report.unmarked())
    return opener is not None and any(m.entry.kind in VISITS and m.start < opener.start()
                                      for m in report.actions)


def _less_hosts_to_come(named: list[str], sentences: list[Sentence], kind: str) -> list[str]:
    """Of a visit begun, the people less those every sentence naming them names only as the host of an act
    to come (othertimes.of_act_to_come: after "for talks with", "will meet", "将与…会谈", "để hội đàm với"),
    in the event's first report too: the guide lists no host of talks still to come. One named anywhere
    else (greeting the visitor, inviting them, in a clause of their own) stays."""
    hosts: dict[str, bool] = {}
    asked = set(named)  # a sentence naming none of them changes none of their answers
    for sentence in sentences:
        if not any(name in asked for _, name in sentence.people_at):
            continue
        # the greeter named before the act to come greeted the visitor on arrival ("was greeted at the airport
        # by Prime Minister Phan Van Khai and is due to hold talks with ..."): the arrival's counterpart
        coming = of_act_to_come(sentence, kind)
        if coming:  # with no act to come, no one is its host whoever greeted on arrival
            coming = coming - greeted_before_coming(sentence)
        for _, name in sentence.people_at:
            hosts[name] = hosts.get(name, True) and name in coming
    return [name for name in named if not hosts.get(name, False)]


def _reported(reports: list[Sentence], sides: frozenset[str], main: bool, kind: str, coming: bool,
              earlier: Callable[[Sentence], bool], first: Sentence,
              principals: Sentence | None = None) -> list[str]:
    """The people of the event's two countries its reports name: later reports deep in the story, or
    naming a past period (`earlier`), tell of an earlier occasion of the same kind and add no one; nor do
    clauses of another time, a later report's act to come of another kind, nor another message told
    beside the one of the `first` sentence naming anyone (_first_named)."""
    return [name for i, report in enumerate(reports)  # each sentence's clauses read once, not once per name
            if i == 0 or report.index < PEOPLE_REACH and not earlier(report)
            for before in [of_earlier_clause(report) if main else frozenset()]
            for later in [of_act_to_come(report, kind) if i and coming else set()]
            # another encounter of a principal is the main event's to leave out; a visit takes the people
            # of all its meetings (with_meetings), those of the trip's other encounters too
            for also in [also_met(report, kind, first) | (met_apart(report, kind, principals) if main else
                                                         frozenset()) if i else frozenset()]
            for owner in [possessors(report, kind)]
            for off_line in [_off_the_line(report, kind, first) if i else frozenset()]
            for name in _taking_part(report, sides, kind)
            if name not in before and name not in later and name not in also and name not in owner
            and name not in off_line]


def _off_the_line(report: Sentence, kind: str, first: Sentence) -> frozenset[str]:
    """Of a call (kinds.toml `distant`), those a later report names that holds no word of its kind (the
    call took it in by another word, as a word of saying or talking the lead's call stands for:
    eventkeys._call_told) and names people of one side only, when the `first` report naming anyone does not
    name them: they act apart from the call ("President Donald Trump said last week he did not want to deal
    with China", "đã cử Thứ trưởng ... sang Bắc Kinh trao đổi"); those on the line are named by its own
    reports."""
    if kind not in DISTANT or any(m.entry.kind == kind for m in report.actions) \
            or len({code for _, code in report.people}) > 1 or not first.people:
        return frozenset()
    return frozenset(name for name, _ in report.people) - {name for name, _ in first.people}


def _both_sides_named(sentences: list[Sentence], sides: frozenset[str]) -> Sentence | None:
    """The first sentence, in the story's order, naming a person of each of the event's two sides: its people
    are the principals whose other encounters a later sentence may tell (bystanders.met_apart)."""
    return min((s for s in sentences if {code for _, code in s.people} >= sides),
               key=lambda s: s.index, default=None)


def _first_named(reports: list[Sentence], gone: frozenset[str] = frozenset()) -> Sentence:
    """The event's first report naming anyone, else the lead's first sentence naming anyone when `reports`
    run on into the lead (a headline names none: "Vietnam sends condolences to U.S."): whom another message
    told beside it is sent by (bystanders.also_met). Not one naming only people who hold no office (`gone`):
    a headline naming the dead whose death the condolences mourn ("... gửi điện chia buồn đồng chí Giang
    Trạch Dân từ trần") tells no sender. Not one telling only a message sent "also" when another names
    anyone (bystanders.sends_only_also: "国务院总理李强同越南总理范明政也互致贺电" reported with a headline
    naming no one, after the leaders' own "习近平同阮富仲互致贺电" of the lead): it tells the message beside
    the event's."""
    named = [report for report in reports if any(name not in gone for _, name in report.people_at)]
    return next((report for report in named if not sends_only_also(report)),
                named[0] if named else reports[0])


@cached
def _aside_clauses() -> Alternation:
    """Clauses inside a sentence that tell another act ("since Presidents Biden and Xi met"), read without
    Vietnamese marks: the grammar's `aside` (`other_encounter` is read apart, _other_encounter_of), searched
    as an Alternation (a few of its fragments open with an anchor or a broad class)."""
    return Alternation(list(shared("aside")), re.IGNORECASE)


def _other_encounter_of(sentence: Sentence) -> frozenset[str]:
    """The people a sentence names only inside clauses telling another encounter, prepared, awaited or of
    reported results: they take no part in the sentence's act, even where that encounter's word is the
    report's first act word."""
    if not sentence.people_at:
        return frozenset()
    return sentence.kept("other_encounter", lambda s: _other_encounter_in(s.text, tuple(s.people_at)))


@cached
def _other_encounters() -> Alternation:
    """The grammar's `other_encounter`, searched as an Alternation: its fragments open after a space
    ("(?<=\\S\\s)\\bchuan") or with a lookbehind on a Han character, so as one pattern the engine tried
    every branch at every character of every sentence naming anyone; split, it skips to the spaces."""
    return Alternation(list(shared("other_encounter")), re.IGNORECASE)


@lru_cache(maxsize=1024)  # a lead sentence is asked about for every event of its story
def _other_encounter_in(text: str, people_at: tuple[tuple[int, str], ...]) -> frozenset[str]:
    unmarked = strip_marks(text)
    spans = [_clause_end(unmarked, *span) for span in _other_encounters().spans(unmarked)]
    return only_within(people_at, spans) if spans else frozenset()


def aside_of(sentence: Sentence) -> tuple[frozenset[str], tuple[int, int]]:
    """The people a sentence names only inside clauses telling another act ("..., their first meeting
    since Presidents Biden and Xi met", "sau chuyến thăm của ...", "继…之后": they take no part in the
    sentence's own act), and where the first such clause opens and ends. Read only for the sentences an
    event takes its people from."""
    if not sentence.people:
        return frozenset(), (-1, -1)
    return sentence.kept("aside", lambda s: _aside_in(s.text, tuple(s.people_at), visit_words(s)))


@lru_cache(maxsize=1024)  # a lead sentence is asked about for every event of its story
def _aside_in(text: str, people_at: tuple[tuple[int, str], ...],
              visits: tuple[int, ...]) -> tuple[frozenset[str], tuple[int, int]]:
    spans = aside_spans(text, visits)
    if not spans:
        return frozenset(), (-1, -1)
    return only_within(people_at, spans), spans[0]


def visit_words(sentence: Sentence) -> tuple[int, ...]:
    """Where a sentence's visit words stand (aside_spans: an aside telling a visit keeps its inviter)."""
    return sentence.kept("visit_words", lambda s: tuple(m.start for m in s.actions if m.entry.kind in VISITS))


def sentence_asides(sentence: Sentence) -> tuple[tuple[int, int], ...]:
    """Where the clauses of a sentence telling another act open and end (aside_spans with its visit words)."""
    return aside_spans(sentence.text, visit_words(sentence))


@lru_cache(maxsize=1024)
def aside_spans(text: str, visits: tuple[int, ...]) -> tuple[tuple[int, int], ...]:
    """Where the clauses of a sentence telling another act open and end (the grammar's `aside`), each ended
    before an inviter's clause inside it (grammar `inviter`: "..., his first trip abroad since taking the
    party's top job, at the invitation of Chinese President Xi Jinping": the invitation is the act's own),
    unless a visit word (at the offsets `visits`) stands in the aside before it: the aside tells another
    visit and the invitation is that visit's ("hai tháng sau khi Thủ tướng ... thăm Hoa Kỳ theo lời mời của
    Tổng thống ...")."""
    unmarked = strip_marks(text)  # one character for one: the offsets are the text's
    return tuple(_before_inviter(unmarked, *_clause_end(unmarked, *span), visits)
                 for span in _aside_clauses().spans(unmarked))


def _before_inviter(text: str, low: int, high: int, visits: tuple[int, ...]) -> tuple[int, int]:
    """An aside clause's span ended where an inviter's clause opens inside it, when no visit word stands in
    the aside before the inviter's clause."""
    opened = shared_pattern("inviter").search(text, low + 1, high)
    if opened is None or any(low <= at < opened.start() for at in visits):
        return low, high
    return low, opened.start()


# Commas that end a clause; what opens a sentence before a clause set first ("Just", "Vài"): at most this
# many words after a wire dateline ("HANOI - ", "(Dân trí) - "); an attribution closing a sentence (",
# Secretary of State Antony Blinken said on Monday"): at most this many words after its comma.
_COMMAS = re.compile("[,，]")
_WORDS = re.compile(r"[\u3400-\u9fff]|[^\s\u3400-\u9fff]+")  # a Han character counts as a word: no spaces
_DATELINE_END = re.compile(r"[^,]{0,40}?(?:\s[-–—]+\s|\)\s*(?:[-–—]+\s)?)")
_FRONT_WORDS, _ATTRIBUTION_WORDS = 2, 10


def _clause_end(text: str, low: int, high: int) -> tuple[int, int]:
    """An aside clause's span cut where it ends: a clause set before the sentence's main clause ("Just hours
    after the map was released, the spokeswoman said ...", "Vài giờ sau khi ..., ...") at its comma, and
    any clause before the attribution that closes the sentence (", the minister said", ", ... cho biết")."""
    before = text[:low]
    opened = _DATELINE_END.match(before)
    front = before[opened.end():] if opened else before
    # A fragment that ends itself right before a comma past commas of its own ("针对美方以…为由，对…实施
    # 制裁，" up to the speaker's clause) has found its clause's end: it is not cut at its first comma.
    if not _COMMAS.search(front) and len(_WORDS.findall(front)) <= _FRONT_WORDS \
            and not _COMMAS.match(text, high):
        comma = _COMMAS.search(text, low, high)
        if comma:
            return low, comma.start()
    commas = [m.start() for m in _COMMAS.finditer(text, low, high)]
    if commas:
        tail = text[commas[-1] + 1:high]
        if len(_WORDS.findall(tail)) <= _ATTRIBUTION_WORDS and shared_pattern("saying").search(tail):
            return low, commas[-1]
    return low, high


def _says(sentence: Sentence) -> bool:
    """Whether a sentence holds a verb of saying (grammar `saying`), read once per sentence."""
    return sentence.kept("saying", lambda s: shared_pattern("saying").search(s.text) is not None)


def _spoken_by(sentence: Sentence, sides: frozenset[str]) -> bool:
    """Whether a lead sentence's spokesperson of the speaking side says the act: one saying something
    there of both sides though a third is named too, or one named where no third country is ("...,
    foreign ministry spokesman Le Hai Binh said in a statement": a spokesperson only speaks); not in a
    sentence of another time, nor answering about a third country."""
    if another_time(sentence):
        return False
    said = sentence.trio >= sides and any(m.entry.kind == "statement" for m in sentence.actions)
    return said or not sentence.others


def _alone(sentence: Sentence, speaker: str) -> bool:
    """Whether a lead sentence names office-holders of the speaking side only and no third country: in a
    story of a government saying something, they are the ones saying it ("Secretary of State Mike
    Pompeo's statement hardens Washington's position", "Tran Duy Hai, a senior Foreign Ministry official,
    told a news conference")."""
    return not sentence.others and all(code == speaker for _, code in sentence.people)


def _taking_part(report: Sentence, sides: frozenset[str], kind: str = "") -> list[str]:
    """The people of the event's two countries a report names (a third country's of the three is named
    for another reason: "Biden arrived in Hanoi, weeks after Xi's visit"), less those named only in a
    clause telling another act, unless the report's first act word (not a word that only weighs) is
    inside that clause and of the event's `kind`: then the clause is the event's own telling ("Căng
    thẳng ... hạ nhiệt một ngày sau cuộc hội đàm Sang - Tập"; not "The port call follows a trip to Hanoi
    by ...", not "Sau khi Ngoại trưởng ... thăm Bắc Kinh, ..." before talks)."""
    acts = sorted((m.start, m.entry.kind) for m in report.actions if m.entry.kind not in WEIGHT_ONLY)
    names, (low, high) = aside_of(report)
    own = bool(acts) and low <= acts[0][0] < high and (not kind or one_kind(acts[0][1], kind))
    aside = names if names and not own else frozenset()
    aside |= _other_encounter_of(report) | tellers(report)
    return [name for name, code in report.people if code in sides and name not in aside]


def _listing(lead: list[Sentence], sides: frozenset[str], coming: bool = True,
             kind: str = "", speaker: str = "",
             earlier: Callable[[Sentence], bool] = lambda sentence: False) -> list[Sentence]:
    """The lead sentences that list who took part: those naming the two sides and no third, and pairs of
    neighbours naming one side each, each with its people ("Phía Mỹ do ... dẫn đầu; phía Trung Quốc do
    ... dẫn đầu", split at the semicolon), or one of them only when the two are one list of the sides'
    delegations split at a semicolon, each telling its side led by someone (grammar `side_led`): the other
    head's name is one the lexicon lacks, of an act the other side receives in person (aid) one naming
    only the receiving side and telling them attending or receiving it (_receives), not a photo caption
    (_caption); of a measure, a warship's act or aid, not one telling an encounter of its own (_sits_apart)
    nor the other side's own act of its kind (_done_by_other); not one telling only acts done by saying
    apart from the event (_says_apart); not one telling an encounter of a period before the story's
    (`earlier`: "Tổng thống Joe Biden đã thăm Việt Nam hồi tháng 9 năm ngoái",
    "阮富仲去年10月对中国进行了正式访问": those of that visit took no part in today's talks)."""
    kept = [sentence for sentence in lead if sentence.trio == sides and not another_time(sentence, coming)
            and not _caption(sentence)
            and not _sits_apart(sentence, kind) and not _says_apart(sentence, kind, speaker)
            and not _done_by_other(sentence, kind, speaker) and not _met_earlier(sentence, earlier)]
    for one, other in zip(lead, lead[1:], strict=False):
        halves = (one, other)
        # both halves name someone, or they are one list of the two delegations cut at a semicolon, each half
        # telling its side led by someone (_side_led), and one of them names its head: the other's is named by
        # a name the lexicon lacks ("中方代表团由…率领；美方代表团由助理国务卿帮办托马斯率领")
        named = all(s.people for s in halves) or any(s.people for s in halves) \
            and _LIST_SPLIT.search(one.text) is not None and all(_side_led(s) for s in halves)
        if named and one.trio | other.trio == sides \
                and all(len(s.trio) == 1 and not s.others and not another_time(s, coming) for s in halves):
            kept += halves
    if kind in RECEIVED and speaker:
        kept += [sentence for sentence in lead if sentence.people and not sentence.others
                 and sentence.trio == sides - {speaker} and not another_time(sentence, coming)
                 and not earlier(sentence) and _receives(sentence)]
    return kept


_LIST_SPLIT = re.compile(r"[;；]\s*$")  # a sentence cut at a semicolon: the first half of one list


def _side_led(sentence: Sentence) -> bool:
    """Whether a sentence tells a side's delegation with its head (grammar `side_led`: "led by", "do ... dẫn
    đầu", "由…率领"), read once per sentence."""
    return sentence.kept("side_led", lambda s: shared_pattern("side_led").search(s.unmarked()) is not None)


def _receives(sentence: Sentence) -> bool:
    """Whether a lead sentence tells someone attending or receiving what is handed over (grammar
    `present_opener`, `handed_to`: "Tham dự buổi lễ có ...", "Đại sứ Hoa Kỳ Ted Osius đã tiếp nhận hài
    cốt", "U.S. Ambassador ... received the remains", "出席交接仪式"): of an act the other side receives in
    person (kinds.toml `received`), a sentence naming only the receiving side lists who took part."""
    def read(s: Sentence) -> bool:
        text = s.unmarked()
        return (shared_pattern("present_opener").search(text) or shared_pattern("handed_to").search(text)) \
            is not None

    return sentence.kept("receives", read)


_CAPTION_END = re.compile(r"[\s.。]*")  # what may follow the one name a photo caption ends with


def _caption(sentence: Sentence) -> bool:
    """Whether a lead sentence is a photo caption naming one person by title and name and telling no act
    ("Đại sứ Việt Nam tại Trung Quốc Đặng Minh Khôi. Ảnh: ..."): it names both sides by the office, it lists
    no one who took part."""
    if len(sentence.people_at) != 1 or not sentence.ends \
            or any(m.entry.kind not in WEIGHT_ONLY for m in sentence.actions):  # "Đại sứ" weighs only
        return False
    at = sentence.people_at[0][0]
    end = sentence.ends.get(at)
    # Opened by words of attending ("Also present was U.S. Ambassador ...", "在场的有中国驻美大使谢锋",
    # "中方参加的有…"), the sentence lists who took part: no caption.
    return end is not None and _CAPTION_END.fullmatch(sentence.text, end) is not None \
        and shared_pattern("present_opener").search(sentence.unmarked(), 0, at) is None


def _met_earlier(sentence: Sentence, earlier: Callable[[Sentence], bool]) -> bool:
    """Whether a lead sentence tells an encounter (a visit, meeting, call, talks or signing) in a period
    before the story's: an earlier occasion, not the event's list of who took part. The past period must
    be the encounter's own time (_times_encounter), not a side clause's about one of its people ("Bui Thanh
    Son, appointed last April, met ...", "去年4月就任的越南外长裴青山同...会谈")."""
    if sentence.headline or not earlier(sentence):
        return False
    acts = [m.start for m in sentence.actions if m.entry.kind in ENCOUNTERS]
    text = sentence.unmarked()
    return bool(acts) and any(_times_encounter(text, found, acts)
                              for found in past_period().finditer(text))


def _times_encounter(text: str, found: re.Match[str], acts: list[int]) -> bool:
    """Whether a past period a sentence names is the time of its encounter: in the clause of an encounter
    word ("visited Hanoi last September", "去年10月对中国进行了正式访问") or in the clause opening the
    sentence ("Last year, ..."), and not inside a clause describing a person, closed by an attributive mark
    before the encounter word ("去年4月就任的外长...会谈"); a side clause between commas ("Son, appointed
    last April, met ...", "người nhậm chức hồi tháng 4 năm ngoái,") holds no encounter word."""
    cuts = [0, *(cut.end() for cut in shared_pattern("clause_cut").finditer(text)), len(text) + 1]
    start = max(cut for cut in cuts if cut <= found.start())
    end = min(cut for cut in cuts if cut > found.start())
    inside = [at for at in acts if start <= at < end]
    if not inside and not (start == 0 and end <= len(text)):
        return False
    stop = min((at for at in inside if at >= found.end()), default=end)
    return shared_pattern("attributive").search(text, found.end(), stop) is None


def _sits_apart(sentence: Sentence, kind: str) -> bool:
    """Whether a lead sentence tells an encounter and nothing of the kind of an event that is neither an
    encounter nor said (a sanction, a tariff, a warship's act, aid): its people sat at that encounter
    ("Vice Foreign Minister He Yafei summoned U.S. Ambassador Jon Huntsman to lodge a protest", "范平明
    ...其间同美国国务卿克里举行了会谈"), they did not take part in the measure. A signing word that puts a
    measure in force (grammar `order_signed`: "Tổng thống Donald Trump đã ký sắc lệnh gia hạn ...", "signed
    an executive order", "签署行政命令") tells no encounter: the one who signs takes the measure; nor does a
    host word whose object is a ceremony (grammar `ceremony_hosted`: "co-hosted the ceremony"): those who host
    it preside over the occasion the act marks; nor does a signing word whose object is a handover's
    record (grammar `handover_signed`: "签署交接证书", "ký biên bản bàn giao"): those who sign it hand over
    or receive; nor does a ship greeted at the port (grammar `port_greeting`: "Đại sứ Hoa Kỳ Michael
    Michalak đã ra cảng đón đoàn", "到港口迎接"): those there take part in its port call."""
    if not kind or kind in ENCOUNTERS | SPOKEN \
            or sentence.kept("port_greeting",
                             lambda s: shared_pattern("port_greeting").search(s.unmarked()) is not None):
        return False
    kinds = {m.entry.kind for m in sentence.actions
             if m.entry.kind not in ENCOUNTERS
             or not _signs_order(sentence, m.start) and not _hosts_ceremony(sentence, m.start)
             and not _signs_handover(sentence, m.start)}
    return kind not in kinds and bool(kinds & ENCOUNTERS)


def _met_after_greeting(sentence: Sentence, kind: str) -> frozenset[str]:
    """Those a lead sentence telling a ship greeted at the port (grammar `port_greeting`, which keeps it from
    sitting apart: _sits_apart) names only after an encounter word told after the greeting: the one greeted
    later met them, apart from the port call ("U.S. Ambassador Ted Osius, who was at the port to greet the
    ship, later met Vietnamese Deputy Defence Minister Nguyen Chi Vinh")."""
    if not kind or kind in ENCOUNTERS | SPOKEN or not sentence.people_at:
        return frozenset()
    greeting = sentence.kept("port_greeting_at",
                             lambda s: shared_pattern("port_greeting").search(s.unmarked()))
    if greeting is None:
        return frozenset()
    met = min((m.start for m in sentence.actions
               if m.start >= greeting.end() and m.entry.kind in ENCOUNTERS), default=None)
    return frozenset() if met is None else only_within(sentence.people_at, [(met, len(sentence.text))])


def _hosts_ceremony(sentence: Sentence, at: int) -> bool:
    """Whether the act word at `at` hosts a ceremony, not a visitor (grammar `ceremony_hosted`)."""
    return shared_pattern("ceremony_hosted").match(sentence.unmarked(), at) is not None


def _signs_handover(sentence: Sentence, at: int) -> bool:
    """Whether the act word at `at` signs the record of a handover (grammar `handover_signed`)."""
    return shared_pattern("handover_signed").match(sentence.unmarked(), at) is not None


def _signs_order(sentence: Sentence, at: int) -> bool:
    """Whether the act word at `at` signs an order, decree or law into force (grammar `order_signed`)."""
    return shared_pattern("order_signed").match(sentence.unmarked(), at) is not None


def _done_by_other(sentence: Sentence, kind: str, speaker: str) -> bool:
    """Whether a lead sentence tells the other side doing an act of the kind of a measure its `speaker`
    takes: the other side named first, then an act word of that kind with no name of the speaker's side
    between nor right after it as its agent (the speaker's own act: "美国参议员…被中方宣布实施制裁", "...
    were among 11 Americans sanctioned by China"), the sentence not opened by the act it answers
    ("Responding to U.S. sanctions ..., China imposed sanctions on ...": grammar `answering_opener`).
    That is the measure answered ("美国财政部7日宣布制裁香港特区行政长官林郑月娥" below China's sanctions
    on US lawmakers): those it names took part in that one. One naming the measure first names its
    targets ("The sanctions target ...")."""
    if not speaker or kind in ENCOUNTERS | SPOKEN or not sentence.actors or _opens_answering(sentence):
        return False
    first, code = sentence.actors[0]
    own = [at for at, named in sentence.actors if named == speaker]
    return code != speaker and any(
        m.entry.kind == kind and m.start > first and not any(first < at < m.start for at in own)
        and speaker not in agent_after(sentence, m) for m in sentence.actions)


def _opens_answering(sentence: Sentence) -> bool:
    """Whether a sentence opens, at its start or after a wire dateline, with the other side's measure it
    answers: an opener, then a measure word (kinds.toml `answered`) with only the grammar's `answered_gap`
    between ("Responding to U.S. sanctions", "针对美方制裁"; not "Responding to a question")."""
    unmarked = strip_marks(sentence.text)
    dateline = _DATELINE_END.match(unmarked)
    for at in {0, dateline.end() if dateline else 0}:
        opener = shared_pattern("answering_opener", r"\W*{}").match(unmarked, at)
        gap = shared_pattern("answered_gap", flags=0)
        if opener and any(m.entry.kind in ANSWERED and m.start >= opener.end()
                          and gap.fullmatch(unmarked, opener.end(), m.start) for m in sentence.actions):
            return True
    return False


def _says_apart(sentence: Sentence, kind: str, speaker: str) -> bool:
    """Whether a lead sentence telling only acts done by saying lists no one: of an encounter, one naming
    office-holders of both sides (one side's words about the other's leader, a letter told by a verb of
    saying: "Tổng thống Donald Trump nói ông vừa nhận được 'một lá thư đẹp' từ Chủ tịch Tập Cận Bình"
    beside trade talks; not a delegate's own words after the talks); of a measure, a warship's act or aid
    told by its `speaker`, one naming only the other side's office-holders, with no act word or only
    words of saying: their answer ("Ông Trump viết trên mạng xã hội rằng Trung Quốc 'đã chơi sai'"), unless
    the speaker's side names them, its measure's targets (_named_by_speaker); not, of an act the other side
    receives in person (kinds.toml `received`: aid), one with no act word at all: its officials attend or
    receive it ("Tham dự buổi lễ có Đại sứ Hoa Kỳ ...", "Đại sứ Hoa Kỳ Ted Osius đã tiếp nhận hài cốt")."""
    if kind in SPOKEN or not sentence.people:
        return False
    kinds = {m.entry.kind for m in sentence.actions} - WEIGHT_ONLY
    if not kinds <= SPOKEN - ENCOUNTERS:
        return False
    if kind in ENCOUNTERS:
        return bool(kinds) and len({code for _, code in sentence.people}) > 1
    if kind in RECEIVED and not kinds:  # the receiving side's officials attend or receive it: no answer
        return False
    return bool(speaker) and all(code != speaker for _, code in sentence.people) \
        and not _named_by_speaker(sentence, speaker)


def _named_by_speaker(sentence: Sentence, speaker: str) -> bool:
    """Whether a lead sentence's first country named, before anyone it names with a word naming targets
    between (grammar `target_naming`) and no word of saying, is the `speaker`'s: its government names the
    other side's people, the targets of its measure ("The Treasury Department named Wang Junzheng ... and
    Chen Mingguo", "Bộ Tài chính Mỹ nêu tên ...", "美国财政部点名的对象包括…"), not their answer ("Chinese
    foreign ministry spokesman Zhao Lijian said") nor one the measure only bears on ("The U.S. action is a
    blow to Chinese President Xi Jinping's signature policy", "中方此举回应美国国务卿蓬佩奥")."""
    if not sentence.actors or not sentence.people_at:
        return False
    at, code = sentence.actors[0]
    first = sentence.people_at[0][0]
    return code == speaker and at < first \
        and shared_pattern("saying").search(sentence.text, at, first) is None \
        and shared_pattern("target_naming").search(sentence.unmarked(), at, first) is not None


def _attends(sentence: Sentence, sides: frozenset[str], coming: bool) -> bool:
    """Whether a lead sentence tells office-holders of the event's sides, and of no third country,
    attending its opening or signing ("国家主席胡锦涛出席开幕式并致辞": the host's leader opens the
    dialogue); not in a sentence of another time, nor one telling the opening of another gathering ("the
    opening session of a separate investment forum", "khai mạc Diễn đàn Kinh tế", "论坛开幕式上致辞")."""
    return (bool(sentence.people) and sentence.trio <= sides and not sentence.others
            and not another_time(sentence, coming)
            and sentence.kept("attending", lambda s: shared_pattern("attending").search(s.text) is not None
                              and shared_pattern("other_opening").search(s.text) is None))


def _invited_by(sentence: Sentence, sides: frozenset[str], coming: bool,
                earlier: Callable[[Sentence], bool]) -> frozenset[str]:
    """Who a lead sentence naming no third country tells inviting the visitor (othertimes.inviters: "at the
    invitation of ...", "theo lời mời của ...", "应…邀请"), in a sentence of its own naming one side only
    ("此访应越共中央总书记阮富仲邀请"): the inviter takes part in the visit; not in a sentence of another time
    or of a period before the story's (an earlier visit's inviter), nor inside an aside telling another visit.
    """
    if sentence.others or not sentence.people or not sentence.trio <= sides:
        return frozenset()
    invited = inviters(sentence)
    if not invited or another_time(sentence, coming) or earlier(sentence):
        return frozenset()
    return invited - aside_of(sentence)[0]  # not one inviting a visit an aside tells (aside_spans)


def _greeters(sentence: Sentence, sides: frozenset[str], coming: bool) -> frozenset[str]:
    """Who a lead sentence naming no third country tells greeting the visitor on arrival: those named
    before an act to come after the visitor greeted by them (othertimes.greeted_before_coming), or, in a
    sentence naming one side only and no other time, all it names ("越南副总理范家谦到机场迎接")."""
    if sentence.others or not sentence.people or not sentence.trio <= sides:
        return frozenset()
    if len(sentence.trio) == 1:
        text = sentence.unmarked()
        greeting = shared_pattern("greeting")
        if another_time(sentence, coming) or not greeting.search(text) or not greets_on_arrival(text):
            return frozenset()
        return frozenset(name for name, _ in sentence.people)
    return greeted_before_coming(sentence)


@cached
def spokespeople() -> frozenset[str]:
    """Canonical names of the people lexicon's spokespeople."""
    return frozenset(_spokespeople_codes())


@cached
def _spokespeople_codes() -> dict[str, str]:
    """The people lexicon's spokespeople: canonical name -> country code."""
    return {entry.label: entry.value for terms in load_entries().values() for entries in terms.values()
            for entry in entries if entry.source == "people" and entry.kind == "spokesperson"}


def without_answers(people: tuple[str, ...], target: str) -> tuple[str, ...]:
    """The people of an act other than an encounter (a measure, a warship's passage, a closure, a statement
    or criticism) less the spokespeople of the side it is done to: they answer it ("a step Chinese foreign
    ministry spokesman Wang Wenbin called an 'unprecedented escalation'") or their words are what it
    answers ("The State Department rejected remarks by Chinese foreign ministry spokesman Zhao Lijian"),
    they take no part in it."""
    codes = _spokespeople_codes()
    return tuple(name for name in people if codes.get(name) != target)


def entourage_of(sentences: list[Sentence]) -> list[Sentence]:
    """The sentences before the story goes deep that list who travels with a visitor ("Tham gia đoàn
    có ...", "Tháp tùng Thủ tướng ... có", "accompanied by", "陪同")."""
    return [s for s in sentences[:PEOPLE_REACH]
            if (s.people or s.titled) and shared_pattern("entourage").search(s.text)]


def told_now(event: Event, reports: list[Sentence]) -> Event:
    """An event less the people only its reports of another time name ("China's Xi arrives ... after APEC
    summit" and "Xi is due to hold talks with Communist Party chief Nguyen Phu Trong": the talks are to
    come, Trong is no part of a visit that has only begun)."""
    later = {name for report in reports if another_time(report) for name, _ in report.people}
    if not later:
        return event
    now = {name for report in reports if not another_time(report) for name, _ in report.people}
    people = tuple(name for name in event.people if name not in later - now)
    return replace(event, people=people) if people != event.people else event


def with_meetings(event: Event, near: list[Event]) -> Event:
    """A visit's people include those of the meetings, calls and talks of the same pair told before the
    story goes deep: they happen during it ("Liu Jianchao ... led a visit to Vietnam" and "Liu Jianchao
    and Ruan Fuzhong met")."""
    if event.type not in VISITS:
        return event
    pair = {event.actor, event.target}
    people = [name for other in near if other.type in SYMMETRIC and {other.actor, other.target} == pair
              for name in other.people]
    merged = tuple(dict.fromkeys([*event.people, *people]))
    return replace(event, people=merged) if merged != event.people else event
