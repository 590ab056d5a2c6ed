"""Events (who did what to whom, CAMEO-typed) from matched sentences: which the story tells, with whom,
where and when; the main event first."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from extractors.core.models import Event

from .dates import dates_in, told_to_come
from .datewords import date_words
from .eventclauses import events_of
from .eventdates import EventDate, event_date
from .eventgrammar import words
from .eventkeys import (
    DISTANT,
    LEAD_WINDOW,
    MEETINGS,
    SYMMETRIC,
    VISITS,
    filed,
    main_first,
)
from .eventpeople import (
    PEOPLE_REACH,
    begun_before_coming,
    entourage_of,
    people_lead,
    people_of,
    told_now,
    with_meetings,
    without_answers,
)
from .eventwords import SHIP_CALL, Found, Key
from .gazetteer import fold_text
from .grammar import cached, event_order, guarded_pattern, kind_set, shared, shared_pattern
from .officeholders import Story, elected, former, without
from .othertimes import another_time, arrival_for_talks, of_past_year
from .places import (
    Place,
    Report,
    arrival_city,
    arrived_from,
    at_sea,
    bare_embassy,
    city_before,
    dateline_only,
    embassy_city,
    event_place,
    held_in,
    host_country,
    names_seat,
    off_dateline,
    place_words,
    read_reports,
    said_word,
    told_abroad,
)
from .sentence import Mention, Sentence
from .text import clause_span
from .tiers import extract_tiers
from .titled import with_titled

__all__ = ["EVENT_ORDER", "WEIGHT_ONLY", "extract_events", "extract_tiers"]

# Event types most telling first, and the types that weigh a sentence but name no event (kinds.toml).
EVENT_ORDER = event_order()
WEIGHT_ONLY = kind_set("actions", "weight_only")
ENCOUNTERS = kind_set("actions", "encounters")
# Words of a message sent (grammar `messages`: "贺电", "điện mừng"): like a call, the act joins two capitals.
MESSAGES = frozenset(shared("messages"))
# ... of which a statement or words sent ("ra tuyên bố chúc mừng", "gửi lời chia buồn"), placed by a city its
# sentence names before the word ("Tại Hà Nội, Đại sứ ... ra tuyên bố chúc mừng": issued there).
MESSAGES_SAID = frozenset(shared("messages_said"))
JOINT = frozenset(shared("joint_acts"))  # "joint statement": both sides act, where any dateline says
DELEGATED = MEETINGS - DISTANT  # a visit, meeting or talks: a delegation travels or sits at the table
FROM_HOME = kind_set("actions", "from_home")  # acts a government does from home (a tariff, a statement)
SPOKEN = kind_set("actions", "spoken")  # acts done by saying: dated by the day they were told
THEATRE = kind_set("actions", "theatre")  # force acts: one of a year before the story's is history
# Acts a government says or announces, its military acts and aid: the people of its side who tell them in
# the lead take part.
TOLD = SPOKEN | kind_set("actions", "state_policy") | {"military", "aid"}
_FORCE = frozenset({"military"})  # acts done by forces: a spokesperson read by a title only tells them
MAX_EVENTS = 12
MAX_EVENT_SENTENCES = 20  # events are read from the first supporting sentences: the lead tells them
MAX_MERGES = 3  # later reports of the same event rarely add anything; bound the work on long texts
EVIDENCE_CHARS = 400

_YEAR = re.compile(r"[12１２][0-9０-９]{3}")  # four digits that may be a year (ASCII or full-width)


def _other_side(sentences: list[Sentence], support: dict[int, float], trio: set[str]) -> set[str]:
    """For a headline of an encounter that names one of the three ("Chủ tịch Quốc hội Vương Đình Huệ bắt
    đầu thăm chính thức Trung ..."): the other side, when the first supported lead sentence names exactly
    one more."""
    for sentence in sentences[1:LEAD_WINDOW]:
        if support.get(sentence.index):
            others = sentence.trio - trio
            return others if len(others) == 1 else set()
    return set()


def _build(key: Key, action: Mention, reports: list[Sentence], lead: list[Sentence], main: bool,
           published: date | None = None, read: dict[int, Report] | None = None,
           entourage: list[Sentence] = (), gone: frozenset[str] = frozenset(),
           listing: list[Sentence] | None = None) -> Event:
    """One event from its first report, completed with people, place and date from later ones. `gone`: the
    story's people who hold no office (former, dead, elected), who send no message of the event's.
    `listing`: the lead its people are read from (eventpeople.people_lead), else `lead`."""
    listed = lead if listing is None else listing
    # A call's people are those on the line, named by its reports: the lead's other sentences naming the
    # pair tell who else acts (a minister's coming trip), not who took part.
    people = people_of(reports, listed if main and key[0] not in DISTANT else [], frozenset(key[1:]),
                       entourage if main and key[0] in DELEGATED else [], key[1] if key[0] in TOLD else "",
                       main, key[0] in MEETINGS, key[0], gone)
    # The target's spokespeople answer the act, or are answered by it, and take no part: a measure's or
    # a statement's alike ("Chinese Embassy spokesperson Liu Pengyu's remarks ... were false, the U.S.
    # embassy said").
    if key[0] not in MEETINGS:
        people = without_answers(people, key[2])
    named = _with_titled(key, reports, listed, main, entourage, people)
    texts = read_reports([(report.index, report.text) for report in reports], read)
    spoken = key[0] in SPOKEN
    told_at = [_own_word(report, key[0]) for report in reports] if spoken else None
    done_at = [_done_at(report, key, action.start if i == 0 else None) for i, report in enumerate(reports)]
    words = [[m.start for m in report.actions] for report in reports]
    own_at = [_kind_word(report, key[0]) for report in reports]
    # The headline marked as one for the date reader: its infinitive tells a coming act (headline_coming).
    dated = [replace(text, headline=True) if report.headline else text
             for report, text in zip(reports, texts, strict=True)]
    when = event_date(dated, action.start, published, key[0] in MEETINGS, told_at, done_at, words, own_at)
    if main and (when.text is None or when.filed) and reports[0].index < LEAD_WINDOW:
        # A lead sentence's day for the act beats the day its dateline was filed ("WASHINGTON, July 20
        # (Reuters) - ... agreed" over "The agreement was signed on Monday"): a dateline dates only what
        # nothing else does.
        told = _lead_date(lead, key, published, read, key[0] in MEETINGS, spoken, people, when.filed)
        when = told if told.text is not None and not told.filed or when.text is None else when
    # Whether any day is told for the act (a weekday without a publication date too): a protest told with
    # none is not put under its dateline (places.event_place).
    where = _place_of(key, action, reports, texts, lead, main, read, people, when.text is not None)
    when = _on_local_day(when, texts, lead, read, where.country or (key[1] if key[0] in FROM_HOME else None))
    return Event(
        type=key[0],
        cameo=action.entry.value if action.entry.value != "-" else None,
        actor=key[1],
        target=key[2],
        people=named,
        place=where.city,
        date=when.date,
        evidence=reports[0].text[:EVIDENCE_CHARS],
        date_text=when.text,
        place_country=where.country,
        main=main,
    )


def _with_titled(key: Key, reports: list[Sentence], lead: list[Sentence], main: bool,
                 entourage: list[Sentence], people: tuple[str, ...]) -> tuple[str, ...]:
    """The event's people with the office-holders the list does not hold, named right after a title of
    their office (titled.py), read through the same gate as listed ones (people_of): the sentences with
    those names among their people. Only the event's people take them: its date and place are read with
    the listed people alone."""
    if not any(s.titled for s in [*reports, *lead, *entourage]):
        return people
    widened = {id(s): with_titled(s) for s in [*reports, *lead, *entourage]}
    named = people_of([widened[id(s)] for s in reports],
                      [widened[id(s)] for s in lead] if main and key[0] not in DISTANT else [],
                      frozenset(key[1:]),
                      [widened[id(s)] for s in entourage] if main and key[0] in DELEGATED else [],
                      key[1] if key[0] in TOLD else "", main, key[0] in MEETINGS, key[0])
    if key[0] not in MEETINGS:
        named = without_answers(named, key[2])
    titled = {name for s in widened.values() for _, _, name, _ in s.titled} - set(people)
    # a spokesperson tells of an encounter and takes no part (eventpeople.people_of), nor of a force act:
    # the forces did it ("南部战区新闻发言人...称，美舰擅闖西沙...予以警告驱离")
    if key[0] in MEETINGS or key[0] in _FORCE:
        titled -= {name for s in [*reports, *lead] for name in s.titled_speakers}
    return (*people, *(name for name in named if name in titled))


def _place_of(key: Key, action: Mention, reports: list[Sentence], texts: list[Report], lead: list[Sentence],
              main: bool, read: dict[int, Report] | None, people: tuple[str, ...],
              timed: bool = True) -> Place:
    """Where an event happened: the lead's place for the main event, else the place its reports state."""
    # A ship's call is at its host's port; a warship's act told at sea is no call (a military act, which no
    # dateline places: "（中央社河內9日專電）...航艦8日在越南中部外海接待越南官員").
    ship_call = action.entry is SHIP_CALL and not any(at_sea(text) for text in texts)
    placed = ("visit", *key[1:]) if ship_call else key
    # Sent from one capital to another: no place, any dateline. Told so by any of its reports in the lead: a
    # headline's "chúc mừng" is the body's "ra tuyên bố chúc mừng" under "Theo phóng viên TTXVN tại ...".
    sent = [(report, text) for report, text in zip(reports, texts, strict=True)
            if report.index < LEAD_WINDOW and _told_as(action, report, MESSAGES)]
    if sent and not any(_issued_at(action, report, text) for report, text in sent):
        return Place(None, None)
    present, coming = _in_person(reports, key, action), _told_coming(reports, key[0], action, texts)
    # An act told as a post was written wherever its author was: a person of the actor named does not put
    # it where the story is filed ("BEIJING (Reuters) - Trump criticised China ... in a post on Twitter").
    posted = any(_posted_now(text.folded) for text in texts)
    present = present and not posted
    present = present or main and _handed_over(lead, key)
    # Nor does any dateline place such a post of an act done from home, at home either ("WASHINGTON
    # (Reuters) - Trump said ... in a post on Truth Social that he would impose a 46% tariff"): where it
    # was written is not told. For the main event, only when the lead's first sentence after the headline,
    # the one telling the act, tells it as a post: a later one adding that the actor "also said on Truth
    # Social" leaves an act told at the White House where it was.
    first = lead[1] if main and len(lead) > 1 else None
    posted = posted and key[0] in FROM_HOME and (first is None or _posted_now(fold_text(first.text)))
    if main and reports[0].index < LEAD_WINDOW:  # the lead first, then the reports deeper in the story
        # A deeper report telling its encounter as still to come is another occasion of it ("Xi is expected
        # to meet Biden in San Francisco next month" under talks held on Monday): its city is not this one's.
        deeper = [text for report, text in zip(reports, texts, strict=True) if report.index >= LEAD_WINDOW
                  and (coming or not _coming_again(report, key[0], text))]
        where = (_lead_place(placed, reports, texts, lead, read, people, (present, coming, posted), timed)
                 or event_place(*placed, deeper, present=present, coming=coming, posted=posted, timed=timed))
        return _by_embassy(key, where, _of_act(key, reports, lead), read, lead) if not coming else where
    return event_place(*placed, texts, present=present, coming=coming, posted=posted, timed=timed)


def _of_act(key: Key, reports: list[Sentence], lead: list[Sentence]) -> list[Sentence]:
    """The lead sentences telling an act: its reports, and those naming its target or telling its kind of
    act ("..., the U.S. Embassy in Hanoi said in a statement" of Vietnam's decree), not a sentence of
    something else ("Đại sứ quán Mỹ tại Hà Nội cho biết sẽ tổ chức hội thảo", "美越贸易不受影响")."""
    own = {r.index for r in reports}
    return [s for s in lead if s.index in own or key[2] in s.trio
            or any(m.entry.kind == key[0] for m in s.actions)]


def _by_embassy(key: Key, where: Place, lead: list[Sentence], read: dict[int, Report] | None,
                story: Sequence[Sentence] = ()) -> Place:
    """An act a government does from home, or its aid, that nothing places, is where the lead names that
    government's own embassy with its city ("HANOI (AP) — The United States said ..." over "..., the U.S.
    Embassy in Hanoi said in a statement", "Đại sứ quán Hoa Kỳ tại Hà Nội ngày 9/9 thông báo ..."): the
    embassy did it there. `lead`: the act's own sentences in the lead, not another sentence's embassy saying
    something else ("Separately, the U.S. Embassy in Hanoi said it would resume visa services"). An embassy
    named without its city is the one in the city of the story's dateline (`story`: the lead) when that is
    the capital of another of the three ("HANOI (AP) - ... The U.S. Embassy said it was deeply concerned"):
    embassies sit in capitals."""
    if where.city or where.venue or key[0] not in FROM_HOME | {"aid"}:
        return where
    reports = [read_reports([(sentence.index, sentence.text)], read)[0] for sentence in lead]
    for report in reports:
        city = embassy_city(report, key[1])
        if city is not None:
            return Place(city.name, city.country)
    line = next((r.dateline for r in read_reports([(s.index, s.text) for s in story], read) if r.dateline),
                None)
    capitals = {c.name for c in place_words().embassy_hosts.values()}
    if line is None or line.compiled or len(line.cities) != 1:
        return where
    city = line.cities[0]
    if city.name in capitals and city.country != key[1] and any(bare_embassy(r, key[1]) for r in reports):
        return Place(city.name, city.country)
    return where


def _told_coming(reports: list[Sentence], kind: str, action: Mention, texts: list[Report]) -> bool:
    """Whether an encounter is told as still to come: a word of the future before its word in its first
    report of the body, else the headline ("BEIJING - Trong will visit China from Oct. 30": no act in
    Beijing). A measure announced is done, whenever it takes effect ("宣布，将华为列入实体清单"). `texts`:
    the reports as read_reports folded them."""
    if kind not in ENCOUNTERS:
        return False
    body = next((i for i, report in enumerate(reports) if not report.headline), 0)
    word = action if body == 0 else next((m for m in reports[body].actions if m.entry.kind == kind), None)
    # Up to the word's end: the word may hold the mark ("sẽ thăm").
    if word is None:
        return False
    end, folded = word.start + len(word.term), texts[body].folded
    return told_to_come(folded, end)


def _coming_again(report: Sentence, kind: str, text: Report) -> bool:
    """Whether a report tells an encounter of its kind as still to come, a word of the future before its
    word ("sẽ gặp lại tại Thượng Hải vào tháng tới", "预计…将于下月在旧金山…会晤")."""
    if kind not in ENCOUNTERS:
        return False
    word = next((m for m in report.actions if m.entry.kind == kind), None)
    return word is not None and told_to_come(text.folded, word.start + len(word.term))


def _issued_at(action: Mention, report: Sentence, text: Report) -> bool:
    """Whether a report tells a message only as a statement issued or words sent (MESSAGES_SAID) after a
    city its own locative names ("Tại Hà Nội, Đại sứ Hoa Kỳ đã ra tuyên bố chúc mừng"): issued there, as an
    embassy's statement is. Not under a source line alone ("Theo phóng viên TTXVN tại Oa-sinh-tơn", a
    dateline), nor with a city after the word, the matter's ("gửi lời chia buồn về vụ tai nạn tại ...")."""
    if _told_as(action, report, MESSAGES - MESSAGES_SAID):
        return False
    said = [m.start for m in report.actions if m.entry.label in MESSAGES_SAID]
    return bool(said) and city_before(text, min(said))


def _told_as(action: Mention, report: Sentence, labels: frozenset[str]) -> bool:
    """Whether an act is told by one of `labels`: its word is one, or its report tells the same kind of
    act by one ("习近平致电祝贺": 祝贺 is done by the telegram, a message), or one of no kind of its own that
    carries whatever the report tells ("致信…，祝贺…": the letter's type is what it says)."""
    return action.entry.label in labels or any(
        m.entry.label in labels and (m.entry.kind == action.entry.kind or m.entry.kind in WEIGHT_ONLY)
        for m in report.actions)


def _told(lead: list[Sentence], key: Key) -> list[tuple[int, str]]:
    """The lead sentences after the headline that tell a main event without being its reports: those
    that name its countries and no third (a summit's host named as where it is counts for none), or that
    name no country and tell the same kind of act."""
    sides = frozenset(key[1:])
    return [(s.index, s.text) for s in lead[1:] if s.others <= s.venue_others and (
        s.trio and s.trio <= sides or not s.trio and any(m.entry.kind == key[0] for m in s.actions))]


def _told_by_people(lead: list[Sentence], key: Key, people: tuple[str, ...]) -> list[tuple[int, str]]:
    """The lead sentences that tell a main event (_told), then those after the headline that tell it with
    its people though they name a third country too ("Biden and Trong agreed on Sunday to ..., putting the
    United States alongside China and Russia")."""
    told = _told(lead, key)
    taken = {index for index, _ in told}
    return told + [(s.index, s.text) for s in lead[1:]
                   if s.index not in taken and _tells_with(s, key, people)]


def _coming(sentence: Sentence) -> bool:
    """Whether a sentence tells something still to come (a date word of the future: "will", "sẽ", "将"),
    read once per sentence: every event of the story asks of its lead."""
    return sentence.kept("coming", lambda s: date_words().future.search(fold_text(s.text)) is not None)


def _told_by_both(lead: list[Sentence], key: Key, people: tuple[str, ...], first: Sentence
                  ) -> list[tuple[int, str]]:
    """The lead sentences that tell a main event (_told), then those after the headline naming people of
    the event from both its sides though they name a third country ("Bessent ... met He Lifeng in Geneva
    ..., at the residence of the Swiss ambassador"); not one side's speaker alone, whose sentence may
    place another act ("..., ahead of his first trip to Beijing"), unless the act is done by saying and its
    speaker of the actor says something there (a briefing's sentence over the quote that tells the act)."""
    told = _told(lead, key)
    if key[0] not in MEETINGS:  # one side's act: a sentence of another act places that act ("... after
        kinds = {s.index: {m.entry.kind for m in s.actions} for s in lead}  # a trial in Hanoi")
        told = [(index, text) for index, text in told if key[0] in kinds[index]]
        # An act done by saying is placed by the sentence where a person of the actor speaks,
        # whatever country its background names ("针对美方以中方购买俄罗斯...为由，...耿爽昨天在北京举行的例行
        # 记者会上表示" over the quote with its demand): the act was said there.
        # Only up to its words of saying and what follows them in the same clause ("said at a briefing in
        # Beijing", "phát biểu tại Hà Nội"): a later clause may tell another act ("..., ahead of his first
        # trip to Beijing"). Read under its own key: the whole sentence is read elsewhere.
        taken = {index for index, _ in told}
        # A word of speaking the act words do not hold counts too ("said at a briefing in Washington",
        # "在北京举行的例行记者会上说", "phát biểu tại họp báo"; grammar `said_at`).
        told += [(_clause_key(s.index), clause) for s in lead[1:] if s.index not in taken
                 and key[0] in SPOKEN and any(code == key[1] for _, code in s.people)
                 and (clause := _said_clause(s, "statement" in kinds[s.index]))]
    # A stop still to come is not where an act already done happened ("Biden will go on to Chengdu").
    if told and not _coming(first):
        by_index = {s.index: s for s in lead}
        told = [(index, text) for index, text in told if not _coming(by_index[_sentence_of(index)])]
    taken = {_sentence_of(index) for index, _ in told}
    sides = set(key[1:])
    return told + [(s.index, s.text) for s in lead[1:] if s.index not in taken
                   and {code for name, code in s.people if name in people} >= sides]


def _clause_key(index: int) -> int:
    """The key a sentence's clause is read under: a negative one, apart from the whole sentence's."""
    return -1 - index


def _sentence_of(key: int) -> int:
    """The sentence a key reads, its own or that of one of its clauses (_clause_key)."""
    return key if key >= 0 else -1 - key


SAID_REACH = 48  # characters after a word of saying that may tell where it was said ("said at a regular
# briefing in Beijing on Monday")


def _said_clause(sentence: Sentence, stated: bool) -> str:
    """A sentence up to its first word of saying (`stated`: a statement's act word, else the grammar's
    `said_at`) and what follows it up to the next comma, at most SAID_REACH characters: where the speaker
    spoke, not where a later clause's act is. Empty when it has none."""
    if stated:
        said = next(m for m in sentence.actions if m.entry.kind == "statement")
        end = said.start + len(said.term)
    else:
        spoken = said_word(sentence.text)
        if spoken is None:
            return ""
        end = spoken
    comma = min((i for i in (sentence.text.find(",", end), sentence.text.find("，", end)) if i >= 0),
                default=len(sentence.text))
    return sentence.text[:min(comma, end + SAID_REACH)]


def _tells_with(sentence: Sentence, key: Key, people: tuple[str, ...]) -> bool:
    """Whether a sentence names an event's people telling it: one of each side ("Trump greeted Xi"), or
    one doing an act of its kind (saying, for an act done by saying: "…, Clinton said on Friday"); not
    one doing something else ("Trump met Japan's prime minister on Monday")."""
    codes = {code for name, code in sentence.people if name in people}
    if not codes:
        return False
    kinds = {m.entry.kind for m in sentence.actions}
    return codes >= set(key[1:]) or key[0] in kinds or (key[0] in SPOKEN and "statement" in kinds)


def _lead_date(lead: list[Sentence], key: Key, published: date | None, read: dict[int, Report] | None,
               encounter: bool, spoken: bool = False, people: tuple[str, ...] = (),
               own_kind: bool = False) -> EventDate:
    """A main event told in the headline or lead whose reports give no date words is dated by the lead,
    which tells it with its day ("Trump faults China ..." over "Trump said on Monday (April 27) that ..."):
    the first date of the lead sentences that tell it ("Chuyến thăm diễn ra từ ngày 14 đến 15/4": the
    visit), or that name its people. `own_kind`: only those with a word of its kind, which beat the day
    its dateline was filed ("The agreement was signed on Monday"; not "Vietnam had been labelled a
    currency manipulator on Dec. 16")."""
    told = _told_by_people(lead, key, people)
    if own_kind:
        by_index = {sentence.index: sentence for sentence in lead}
        told = [(index, text) for index, text in told
                if (at := _kind_word(by_index[index], key[0])) is not None
                and _same_occasion(by_index[index], at)]
    by_index = {sentence.index: sentence for sentence in lead}
    told_at = [_own_word(by_index[index], key[0]) for index, _ in told] if spoken else None
    done_at = [_done_at(by_index[index], key) for index, _ in told]
    words = [[m.start for m in by_index[index].actions] for index, _ in told]
    own_at = [_kind_word(by_index[index], key[0]) for index, _ in told]
    return (event_date(read_reports(told, read), None, published, encounter, told_at, done_at, words, own_at)
            if told else EventDate(None, None))


def _same_occasion(sentence: Sentence, at: int) -> bool:
    """Whether a lead sentence's word of the act's kind (at `at`) tells this occasion of it: not one to
    come ("a second agreement would be signed on Friday", "sẽ ký thêm … vào ngày 15/9") nor another one
    (`other_occasion`: "The two leaders last met in Woodside, California on Nov. 15, 2023"), whose day
    would otherwise beat the dateline's."""
    folded = fold_text(sentence.text)
    word = next(m for m in sentence.actions if m.start == at)
    other = shared_pattern("other_occasion", flags=0)
    return not told_to_come(folded, at + len(word.term)) and not other.search(folded)


def _kind_word(sentence: Sentence, kind: str) -> int | None:
    """Where a sentence's first action word of a kind stands, None when it has none."""
    return next((m.start for m in sentence.actions if m.entry.kind == kind), None)


def _done_at(sentence: Sentence, key: Key, word: int | None = None) -> int | None:
    """Where a sentence tells an encounter (its word, else the first word of an encounter) when it names
    people of both its sides and names both after that word, where they may be the ones telling of it
    ("After talks ..., Obama and Xi said"; not "Xi met Biden, the White House said"), or after a word of
    it being over ("Obama said on Monday ..., after talks in Hanoi with President Quang"); None otherwise."""
    sides = set(key[1:])
    if not {code for _, code in sentence.people} >= sides:
        return None
    if word is None:
        word = next((m.start for m in sentence.actions if m.entry.kind in MEETINGS), None)
    if word is None:
        return None
    if not ({code for at, code in sentence.actors if at > word} >= sides  # "..., after talks in Hanoi
            or date_words().done_mark.search(fold_text(sentence.text[max(0, word - 16):word]))):  # with"
        return None
    return word


def _own_word(sentence: Sentence, kind: str) -> int | None:
    """Where a sentence tells an act of saying with its own word ("Vietnam protested on Monday"), else
    where a speaker's verb of saying was read ("…, Trump said"); None when neither."""
    return next((m.start for m in sentence.actions if m.entry.kind == kind),
                next((m.start for m in sentence.actions if m.entry.kind == "statement"), None))


def _in_person(reports: list[Sentence], key: Key, action: Mention) -> bool:
    """Whether a report names a person of the actor before the event's word ("Kerry announced ... aid",
    "…, Clinton said"): someone of the actor does the act where the story is filed, not only its
    government ("The United States said ...", "a U.S. tariff"); or both sides do it together (a joint
    statement). A report that tells the act by a word of another kind (a headline's "tells China to halt"
    over "Carter called for a halt") is read at its first event word."""
    if _told_as(action, reports[0], JOINT):
        return True
    for i, report in enumerate(reports):
        word = action.start if i == 0 else _kind_word(report, key[0])
        if word is None:
            word = next((m.start for m in report.actions if m.entry.kind in EVENT_ORDER), None)
        codes = dict(report.people)
        if word is not None and any(at < word and codes.get(name) == key[1] for at, name in report.people_at):
            return True
    return False


POSTED_REACH = 30  # characters before posting words that may tell the post was made later


def _posted_now(folded: str) -> bool:
    """Whether a report tells its act as a post: posting words not told as a later post of it ("...,
    which the embassy later tweeted", "sau đó được đăng trên trang cá nhân", "國務院隨後在推特發推")."""
    later = shared_pattern("posted_later", flags=0)
    return any(not later.search(folded, max(0, m.start() - POSTED_REACH), m.start())
               for m in guarded_pattern("posted", flags=0).finditer(folded))


def _handed_over(lead: list[Sentence], key: Key) -> bool:
    """Whether a lead sentence after the headline tells a person of the actor handing the act over to a
    person of the target ("BEIJING (Reuters) - The United States told China ..." over "U.S. Ambassador
    Joseph Prueher delivered the letter to Foreign Minister Tang Jiaxuan"): the act was done in person
    where the story is filed, as when its reports name the actor's people (_in_person)."""
    for sentence in lead[1:]:
        codes = dict(sentence.people)
        folded = fold_text(sentence.text)
        for handed in guarded_pattern("handed_over", flags=0).finditer(folded):
            at = handed.start()
            # The target's person in the clause of the handing word, not in another ("..., a day after
            # talks with Chinese Foreign Minister Wang Yi"); not over a line ("by video call").
            begin, end = clause_span(folded, at)
            if (any(start < at and codes.get(name) == key[1] for start, name in sentence.people_at)
                    and any(at < start < end and codes.get(name) == key[2]
                            for start, name in sentence.people_at)
                    and not shared_pattern("handed_remote", flags=0).search(folded, begin, end)):
                return True
    return False


CLOCK_REACH = 24  # characters after a date's words that may name the copy's own clock ("(giờ Việt Nam)")


@cached
def _asian_morning() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str], re.Pattern[str]]:
    """The grammar's [dates] `home_clock` and `morning` patterns, the countries `behind` Asia's day and the
    acting country's `local_clock`."""
    return (shared_pattern("home_clock", flags=0, section="dates"),
            shared_pattern("morning", flags=0, section="dates"),
            frozenset(shared("behind", "dates")),
            shared_pattern("local_clock", flags=0, section="dates"))


def _nearest(pattern: re.Pattern[str], window: str, at: int) -> int | None:
    """How far the nearest match of a pattern in a window stands from a position in it, None without one."""
    gaps = [min(abs(m.start() - at), abs(m.end() - at)) for m in pattern.finditer(window)]
    return min(gaps) if gaps else None


def _on_local_day(when: EventDate, texts: list[Report], lead: list[Sentence], read: dict[int, Report] | None,
                  country: str | None) -> EventDate:
    """An act done in the Americas dated by a morning on the copy's own clock, named beside it ("Rạng sáng
    nay (giờ Việt Nam), Tổng thống Trump đã ký sắc lệnh", "北京时间今天凌晨，美国商务部宣布"): the day
    before, the day it was done there (Asia's morning is the Americas' afternoon or evening before).
    Without the clock named the copy's day stands."""
    clock, morning, behind, local = _asian_morning()
    if when.date is None or when.text is None or country not in behind or when.date.startswith("--"):
        return when
    written = texts + read_reports([(s.index, s.text) for s in lead], read)  # folded once per article
    for text, folded in ((r.text, r.folded) for r in written):  # its reports, then the lead sentences
        at = text.find(when.text)
        if at < 0:
            continue
        window = folded[max(0, at - CLOCK_REACH // 2):at + len(when.text) + CLOCK_REACH]
        # The date told on the acting country's clock, named nearer it than the home clock ("当地时间6日上午
        # （北京时间6日晚）", "美东时间15日下午，即北京时间16日凌晨"), is already its day there.
        offset = at - max(0, at - CLOCK_REACH // 2)  # where the date stands in its window
        own, home = _nearest(local, window, offset), _nearest(clock, window, offset)
        if own is not None and (home is None or own < home):
            return when
        if home is not None and morning.search(window):
            day = date.fromisoformat(when.date) - timedelta(days=1)
            return replace(when, date=day.isoformat())
        return when
    return when


def _lead_place(key: Key, reports: list[Sentence], texts: list[Report], lead: list[Sentence],
                read: dict[int, Report] | None, people: tuple[str, ...] = (),
                told: tuple[bool, bool, bool] = (False, False, False), timed: bool = True) -> Place | None:
    """The city of a main event told in the headline or lead: its reports in the lead first, then the
    lead sentences that tell it ("Vương Đình Huệ bắt đầu thăm chính thức Trung Quốc" over "Chiều 7-4,
    ... đã tới Bắc Kinh", a dateline), also with its people of both sides beside a third country
    ("Bessent ... met He Lifeng in Geneva ..., at the residence of the Swiss ambassador"), then,
    for a visit none of those place, the city of its host country a lead sentence says a gathering is held
    in (held_in: "Tuần lễ Cấp cao năm nay diễn ra tại thành phố San Francisco" under a coming visit to the
    summit), before its reports deeper in the story, which may name a city for another reason ("the outbreak
    began in the Chinese city of Wuhan"). None when the lead names none."""
    early = [replace(text, headline=report.headline) for report, text in zip(reports, texts, strict=True)
             if report.index < LEAD_WINDOW]
    # A person of the actor there (event_place); the act told as to come; the act told as a post.
    present, coming, posted = told
    host = host_country(*key)
    where = event_place(*key, early, present=present, coming=coming, posted=posted, timed=timed)
    region = where.country if where.country != host else None  # "在夏威夷举行": no city, its country
    if where.city is None:
        sentences = _told_by_both(lead, key, people, reports[0])
        where = event_place(*key, read_reports(sentences, read), where.venue, present, coming, where.away,
                            posted, timed)
        region = region or (where.country if where.country != host else None)
    if where.city is None and host and not where.venue:  # "Hội nghị năm nay diễn ra tại thành phố ..."
        held = next((city for s in lead[1:] for city in held_in(read_reports([(s.index, s.text)], read)[0])
                     if city.country == host), None)
        where = Place(held.name, held.country) if held else where
    # A building without its city ("tại Phủ Chủ tịch", "在主席府") in the city the lead says the visitor
    # arrived in ("Ông Blinken đã đến Hà Nội từ tối 14/4"): the visit's host country, or the building's.
    # Not a building outside a dateline's city (`away`: the Pentagon), which is in no city the lead names.
    # A meeting told of no country's building ("at the Presidential Palace"): a city of either side's.
    # An arrival told in a sentence naming a third country is not the visitor's ("Cũng trong chiều nay,
    # Thủ tướng Nhật Bản đã đến Hà Nội"), unless it is where the visitor came from ("布林肯从日本抵达河内")
    # or where another act was ("sau khi dự Hội nghị Cấp cao G20 tại Ấn Độ").
    country = host or where.country or region
    if where.city is None and where.venue and not where.away:
        after = read_reports([(s.index, s.text) for s in lead[1:]], read)
        own = [report for s, report in zip(lead[1:], after, strict=True)
               if s.others <= s.venue_others or all(arrived_from(s.text, at) for at in s.others_at)]
        arrived = arrival_city(own, (country,) if country else key[1:], names_seat(after))
        where = Place(arrived.name, arrived.country, where.venue) if arrived else where
    body = next((s for s in lead if not s.headline), None)  # the story's dateline, last
    full = read_reports([(body.index, body.text)], read)[0] if body else None
    story = dateline_only(full) if full else None
    # Not when the story's first sentence tells an act at a building outside its dateline's city.
    if where.city is None and story and full and not where.away and not off_dateline(full)[0]:
        # The dateline alone: a person of the actor told abroad in the story's first sentence ("正在非洲訪問的
        # 中國外交部長王毅") is not where a compiled dispatch's desk stands.
        where = event_place(*key, [story], where.venue, present and not told_abroad(full, key[1]), coming,
                            posted=posted, timed=timed)
    if where.city is None and region:
        where = Place(None, region, where.venue, where.away)
    # A building without its city in the lead states the place: deeper reports tell of other acts; so
    # does a named region without one ("在印尼峇里岛举行会晤").
    return where if where.city or where.venue or region else None


def _found(sentences: list[Sentence], support: dict[int, float]) -> list[Found]:
    """The events each supporting sentence (at most MAX_EVENT_SENTENCES) reports, and those of a first
    sentence naming one of the three with an encounter."""
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
    return found


def extract_events(sentences: list[Sentence], support: dict[int, float],
                   published: date | None = None) -> tuple[Event, ...]:
    """Events from the sentences that supported a pair; a repeated event completes the first report.
    The first is the main event: the one the headline and lead are about."""
    found = _found(sentences, support)
    if not found and _names_deal(sentences):  # a story that only names a deal ("US and Vietnam agree
        # trade deal"): its signing
        found = _found([replace(sentence, deals_kept=True) for sentence in sentences], support)
    first: dict[Key, Mention] = {}
    reports: dict[Key, list[Sentence]] = {}
    for key, action, _, sentence in filed(found):
        if key[0] in THEATRE and of_past_year(sentence, action, published):
            continue  # "1972年12月，美军B-52轰炸机飞越河内上空": history told as context
        if key[0] in SYMMETRIC and (key[0], key[2], key[1]) in first:  # one meeting, told either way
            key = (key[0], key[2], key[1])
        if key not in first and len(first) < MAX_EVENTS:
            first[key], reports[key] = action, [sentence]
        elif (key in first and len(reports[key]) <= MAX_MERGES and sentence is not reports[key][-1]
              and not another_time(sentence, coming=False)  # "Trước đó, ... hội đàm": another meeting
              and not _later_ship_act(key, sentence, reports[key][0])):
            reports[key].append(sentence)
    lead = sentences[:LEAD_WINDOW]
    first = main_first(first, reports, lead)
    read: dict[int, Report] = {}  # each sentence folded once for all the events it reports
    met_first = next(iter(first), ("",))[0] in DELEGATED
    entourage = entourage_of(sentences) if met_first else []
    # A president-elect holds no office yet, a former office-holder none now: in no event's people.
    story = Story(sentences)  # joined and lowercased once for both
    elect = elected(story, published.year if published else None) | former(story)
    listing = people_lead(sentences, LEAD_WINDOW)
    events = [without(_build(key, action, reports[key], lead, i == 0, published, read, entourage, elect,
                             listing), elect) for i, (key, action) in enumerate(first.items())]
    # The meetings of a visit's pair add their people to it, not those told as of another time ("Cohen is
    # due to hold talks with ...", "Cùng ngày, ... hội đàm với ...") unless the visit is itself to come, nor
    # those a meeting's later report names as to come ("Xi is due to hold talks with Trong"), nor talks first
    # told as those an arrival is for ("arrived in Beijing on Thursday for four days of meetings with ..."),
    # nor a meeting first told after an arrival as to come ("今天抵达河内，将与…会谈").
    opening = reports[next(iter(first))][0] if first else None
    visit_coming = opening is not None and another_time(opening) and not begun_before_coming(opening)
    told_in = {event: reports[(event.type, event.actor, event.target)] for event in events}
    near = [event if event.main or visit_coming else told_now(event, told_in[event]) for event in events
            if told_in[event][0].index < PEOPLE_REACH
            and (event.main or visit_coming or not another_time(told_in[event][0])
                 and not arrival_for_talks(told_in[event][0])
                 and not (event.type in SYMMETRIC and begun_before_coming(told_in[event][0])))]
    if published is None and any(event.date and event.date.startswith("--") for event in events):
        events = _with_years(events, sentences, read)
    return tuple(_travelled_first(_in_host_country(with_meetings(event, near), events)) for event in events)


def _later_ship_act(key: Key, sentence: Sentence, first: Sentence) -> bool:
    """Whether a military report tells a navy's act still to come after a first report of one done ("U.S.
    carrier hosts Vietnamese officials off coast" then "A U.S. destroyer is due to dock in Da Nang on
    Tuesday"): another act of the same navy, whose place and day are not the first's."""
    return key[0] == "military" and another_time(sentence) and not another_time(first)


def _names_deal(sentences: list[Sentence]) -> bool:
    """Whether a story names a deal by a signing word of the lexicon (`deal_nouns`): without one, keeping
    the deals named (`deals_kept`) finds no event more."""
    deals = words().deal_nouns
    return any(m.entry.kind == "sign_agreement" and m.entry.label in deals
               for sentence in sentences for m in sentence.actions)


def _with_years(events: list[Event], sentences: list[Sentence], read: dict[int, Report]) -> list[Event]:
    """Without a publication date, a day and month the text gives a year elsewhere takes that year ("ngày
    16/11" after "vào ngày 16/11/2024"): the story tells one day by both. `read`: the sentences the
    events' readers folded already."""
    if not any(event.date and event.date.startswith("--") for event in events):
        return events
    years: dict[str, str] = {}
    for sentence in sentences:
        if not _YEAR.search(sentence.text):
            continue  # most sentences name no year: none to read
        folded = read[sentence.index].folded if sentence.index in read else None
        for found in dates_in(sentence.text, None, folded):
            if found.date and not found.date.startswith("--"):
                years.setdefault("--" + found.date[5:], found.date)
    return [replace(event, date=years[event.date]) if event.date in years else event for event in events]


def _travelled_first(event: Event) -> Event:
    """A meeting, talks or signing held in one side's land lists the side that travelled first (the
    visitor's delegation), whichever side its sentence named first ("Đối thoại ... Việt - Trung ... tại Hà
    Nội": CHN, then VNM)."""
    if event.type in SYMMETRIC - DISTANT and event.place_country == event.actor != event.target:
        return replace(event, actor=event.target, target=event.actor)
    return event


def _in_host_country(event: Event, events: list[Event]) -> Event:
    """A meeting, talks or signing of a pair whose visit the story tells, with no city stated, is in the
    visit's host country (the talks of a state visit are held where the visitor went); a call is nowhere."""
    if event.type not in SYMMETRIC - DISTANT or event.place or event.place_country:
        return event
    pair = {event.actor, event.target}
    host = next((e.place_country for e in events if e.type in VISITS
                 and {e.actor, e.target} == pair and e.place_country), None)
    return replace(event, place_country=host) if host else event
