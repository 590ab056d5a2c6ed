"""Which event each report is filed under: a pair's direction, what a headline's word stands for."""

from __future__ import annotations

import re

from .clauses import COLON_LABEL, SAID_LABEL
from .dates import to_come
from .eventacts import MEASURE_ANSWERS, MEASURES, PUNCTUATION, TOLD_VISITOR, VISIT_CALLED_OFF
from .eventgrammar import words
from .eventpeople import SYMMETRIC, sentence_asides
from .eventsides import unnamed
from .eventwords import TONE, Found, Key, first_visit, talks_of_trade
from .gazetteer import fold_text
from .grammar import cached, kind_set, shared, shared_pattern
from .othertimes import another_time, names_own_day
from .places import dateline, first_located, located_cities
from .rounds import judged_round, named_round, opened_as, setting
from .sentence import Mention, Sentence
from .text import clause_span
from .trade import generic_answers

VISITS = kind_set("actions", "visits")
MEETINGS = SYMMETRIC | VISITS
CALL_TALK = kind_set("actions", "call_talk")
STATEMENT_ACTS = kind_set("actions", "statement_acts")
SAID_ACTS = kind_set("actions", "said_acts")
URGING = kind_set("actions", "urging")
DISTANT = kind_set("actions", "distant")  # a call is held nowhere: no home to be met at
# What a headline's word was when the lead tells the same government's formal act: a statement a protest or
# an accusation, criticism a protest, a sanction (a blacklisting) an export-control listing.
FORMAL_ACTS = {"statement": STATEMENT_ACTS, "criticize": kind_set("actions", "criticism_acts"),
               "sanction": kind_set("actions", "sanction_acts")}
# The headline and the lead: the title and the first three sentences of the body.
LEAD_WINDOW = 4
# Statements made by a verb of saying or a speaker's colon (clauses.py), not by a letter or a spokesman.
SPEECH_LABELS = frozenset({SAID_LABEL, COLON_LABEL})
SPEAKER_COLONS = (":", "：")  # the end of a lexicon term that is a speaker and a colon ("外交部：")


def filed(found: list[Found]) -> list[Found]:
    """Each report's event keyed as the story means it: its pair's direction, then what a headline's word
    stands for (the sides, the call, the formal act, the subject the lead tells)."""
    return _subject_told(_act_told(_meeting_told(_call_told(_caller_told(_oriented(_host_no_side(found)))))))


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


def _caller_told(found: list[Found]) -> list[Found]:
    """A call one report says who made ("习近平应约同拜登通电话": the other side called) goes that way in
    every report of it, the headline's too, which names the two sides in either order."""
    called_by = words().called_by
    told = {frozenset(key[1:]): key for key, _, _, sentence in found
            if key[0] == "phone_call" and called_by.search(sentence.text)}
    if not told:
        return found
    return [(told.get(frozenset(key[1:]), key) if key[0] == "phone_call" else key, action, where, sentence)
            for key, action, where, sentence in found]


def _call_told(found: list[Found]) -> list[Found]:
    """Talk words of a pair in the headline and lead are the phone call the lead tells of, when it does;
    not talks their clause places in a city ("held talks in Zurich, agree on virtual summit"): a call is
    nowhere."""
    calls = {frozenset(key[1:]): key for key, _, _, sentence in found
             if key[0] == "phone_call" and sentence.index < LEAD_WINDOW}
    if not calls:
        return found
    result = []
    for key, action, destination, sentence in found:
        call = calls.get(frozenset(key[1:]))
        talk = key[0] in CALL_TALK and (key[0] != "statement" or action.entry.label in SPEECH_LABELS)
        if call and talk and sentence.index < LEAD_WINDOW and not _placed(sentence, action):
            key = call
        result.append((key, action, destination, sentence))
    return result


def _meeting_told(found: list[Found]) -> list[Found]:
    """Words of saying of a pair in the headline and lead ("Xi tells Mattis China won't give up territory")
    are the meeting the lead tells they were said at, face to face ("Xi told visiting U.S. Defense Secretary
    Jim Mattis ..."): a story built on a meeting takes the meeting. Not any meeting the lead names: remarks
    made after talks, or about them, stay what was said. Words of discussing (grammar `discussing`) are the
    meeting of the pair the headline and lead tell, or its reception where no meeting is told: what they
    discussed is its topic."""
    told = {frozenset(key[1:]): key for key, action, _, sentence in found
            if action.entry is TOLD_VISITOR and sentence.index < LEAD_WINDOW}
    met = {frozenset(key[1:]): key for key, _, _, sentence in found
           if key[0] == "meet" and sentence.index < LEAD_WINDOW}
    # A reception of the pair stands for their meeting where the lead tells none ("Thủ tướng trao đổi với Đại
    # sứ Hoa Kỳ về hợp tác kinh tế" over "... đã tiếp Đại sứ Hoa Kỳ"): what was discussed is its topic.
    hosted = {frozenset(key[1:]): key for key, _, _, sentence in found
              if key[0] == "host_visit" and sentence.index < LEAD_WINDOW}
    if not met and not hosted:
        return found
    discussing = words().discussing
    result = []
    for key, action, destination, sentence in found:
        pair = frozenset(key[1:])
        if sentence.index < LEAD_WINDOW:
            if key[0] == "statement" and action.entry.label in SPEECH_LABELS and pair in told:
                key = told[pair]
            elif (key[0] == "negotiate" and action.entry.label in discussing
                  and (pair in met or pair in hosted)):
                key = met.get(pair) or hosted[pair]  # "discuss sea security" over "... met ... in Hanoi"
        result.append((key, action, destination, sentence))
    return result


def _placed(sentence: Sentence, action: Mention) -> bool:
    """Whether a sentence names a city where the act of its word happened, after that word."""
    return next(located_cities(sentence.text, action.start), None) is not None


def _act_told(found: list[Found]) -> list[Found]:
    """A statement or criticism of a government in the headline and lead is the formal act (a protest;
    for a statement also an accusation: kinds.toml `statement_acts`, `criticism_acts`) the lead tells the
    same government made to the same other: reacting is how a headline names a protest. A sanction is the
    trade measure the lead tells that way (`sanction_acts`): "blacklists" names an entity listing; an
    answer in kind ("反制") names no measure of its own. Not a formal act told as done before (_done_before:
    "calling the decision 'discriminatory' and saying it had lodged representations" stays criticism)."""
    answers = generic_answers()
    lead = [(key, action, sentence) for key, action, _, sentence in found
            if sentence.index < LEAD_WINDOW and action.entry.label not in answers
            and not (key[0] == "protest" and _done_before(sentence, action))]
    # The measure a sanction is told as is one of the same occasion: not a listing the lead tells in an aside
    # ("The move came a day after the Commerce Department added 28 Chinese entities to its trade
    # blacklist"), an earlier act the sanction follows.
    acts = {kind: {key[1:]: key for key, action, sentence in lead
                   if key[0] in formal and not (kind == "sanction" and _aside(sentence, action))}
            for kind, formal in FORMAL_ACTS.items()}
    said = {key[1:]: key for key, action, _, sentence in found if sentence.index < LEAD_WINDOW
            and key[0] in SAID_ACTS and action.entry.label not in answers and _reported(sentence, action)}
    if not any(acts.values()) and not said:
        return found
    named = frozenset(shared("sanctions_named"))
    # A lead sentence's sanctions named as such ("授權制裁…官員") are a sanction, beside the trade measure
    # the headline tells ("川普簽署香港自治法 終止香港特殊待遇"); a headline's blacklisting stays the lead's
    # listing.
    return [(_formal(key, action, acts, said) if sentence.index < LEAD_WINDOW and not (
        key[0] == "sanction" and sentence.index > 0 and action.term.lower() in named) else key,
        action, destination, sentence) for key, action, destination, sentence in found]


_DONE_BEFORE_REACH = 60  # characters before an act's word where the auxiliary of a time before is sought


def _done_before(sentence: Sentence, action: Mention) -> bool:
    """Whether a protest's word is told as done before the story's act (grammar `done_before`: "saying it
    had lodged representations", "said Vietnam had lodged a protest"): a report of an earlier formal act,
    not the one a headline's criticism or statement names. Not an accusation: what a government says the
    other side had done ("said Chinese patrol boats had cut the cables") is told so."""
    return bool(words().done_before.search(sentence.text, max(0, action.start - _DONE_BEFORE_REACH),
                                           action.start))


def _formal(key: Key, action: Mention, acts: dict[str, dict[tuple[str, ...], Key]],
            said: dict[tuple[str, ...], Key]) -> Key:
    """The formal act a lead act of a government stands for (_act_told); a statement made by a verb of
    saying or a speaker's colon, failing one, the criticism the lead tells (kinds.toml `said_acts`)."""
    if key[1:] in acts.get(key[0], ()):
        return acts[key[0]][key[1:]]
    if key[0] == "statement" and (_spoken(action) or action.entry.label in _reactions()) and key[1:] in said:
        return said[key[1:]]
    return key


@cached
def _reactions() -> frozenset[str]:
    """Statement words of reacting or speaking up (grammar `reactions`: "lên tiếng", "phản ứng", "回应"): told
    in a headline, they stand for the lead's criticism as a verb of saying does."""
    return frozenset(shared("reactions"))


def _subject_told(found: list[Found]) -> list[Found]:
    """A headline act with no subject (its word comes before every country: "Phản đối Trung Quốc quy
    hoạch ...") is done by whoever the lead says does the same act to the same other side."""
    lead = {key for key, _, _, sentence in found if 0 < sentence.index < LEAD_WINDOW}
    result = []
    for key, action, destination, sentence in found:
        kind, actor, target = key
        subjectless = sentence.index == 0 and kind not in MEETINGS and action.start < min(
            (offset for offset, _ in sentence.countries + sentence.actors), default=-1)
        if subjectless and (kind, target, actor) in lead and key not in lead:
            key = (kind, target, actor)
        result.append((key, action, destination, sentence))
    return result


def _reported(sentence: Sentence, action: Mention) -> bool:
    """Whether a criticism is what the sentence's first verb of saying (a statement's word, or grammar
    `saying_told`: "said", "cho biết", "表示") reports, no word of contrast or of a second act between
    (grammar `said_contrast`: "said ... remained an important partner, but expressed concern",
    "表示，中方愿…，同时对…表示严重关切"): not an aside to a friendly remark."""
    spoken = [m.start + len(m.term) for m in sentence.actions
              if (_spoken(m) or m.entry.kind == "statement") and m.start < action.start]
    verb = words().saying_told.search(sentence.text, 0, action.start)
    ends = spoken + ([verb.end()] if verb else [])
    if not ends:
        return _subjects_verb(sentence, action)
    # through the criticism's own word: "and criticised" joins a second act
    contrast = shared_pattern("said_contrast")
    return not contrast.search(sentence.text, min(ends), action.start + len(action.term))


# What may stand between a government and its verb of criticism ("The White House on Monday rebuked China"):
# up to four words in lower case or a weekday, or a Chinese day.
_SUBJECT_GAP = re.compile(r"\s*(?:(?:[a-z\u00e0-\u1ef9][\w'’-]*|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
                          r"\s+){0,4}|(?:[0-9一二三四五六七八九十]{1,3}日|今天|昨天|当天|當天)?")


def _subjects_verb(sentence: Sentence, action: Mention) -> bool:
    """Whether a criticism's word, with no verb of saying before it, is the verb of the government named
    right before it, the sentence's subject ("The White House on Monday rebuked China for ..."): the act
    of saying itself, as what a verb of saying reports is; not a word after a clause of its own, nor one of
    another occasion (_elsewhen: "Last month the White House criticized China ...", or a period named
    before it in an opening clause: "Tháng trước, Mỹ đã chỉ trích Trung Quốc ...")."""
    before = [at for at, _ in sentence.actors if at < action.start]
    if (not before or _elsewhen(sentence, action)
            or shared_pattern("other_period").search(sentence.unmarked(), 0, action.start)):
        return False
    gap = unnamed(sentence, max(before), action.start)
    return _SUBJECT_GAP.fullmatch(gap) is not None


def _spoken(action: Mention) -> bool:
    """Whether a statement is made by a verb of saying or a speaker's colon (a lexicon term of one:
    "外交部：")."""
    return action.entry.label in SPEECH_LABELS or action.entry.label.endswith(SPEAKER_COLONS)


def _host_no_side(found: list[Found]) -> list[Found]:
    """A headline encounter one of whose sides is named only by the city it is held in ("Gates, Chinese
    defense chief meet in Hanoi": Hanoi names no person or government) is the lead's encounter of the
    same kind between its other side and a third of the three, when the lead tells one: the host of a
    meeting of two others is no side."""
    lead = [key for key, _, _, sentence in found if 0 < sentence.index < LEAD_WINDOW and key[0] in SYMMETRIC]
    result = []
    for key, action, destination, sentence in found:
        if sentence.index == 0 and key[0] in SYMMETRIC:
            hosts = {code for _, code in sentence.places} - {code for _, code in sentence.actors}
            placed = [code for code in key[1:] if code in hosts]
            other = next((code for code in key[1:] if code not in placed), "")
            if len(placed) == 1:
                key = next((k for k in lead if k[0] == key[0] and other in k[1:] and placed[0] not in k[1:]),
                           key)
        result.append((key, action, destination, sentence))
    return result


def main_first(first: dict[Key, Mention], reports: dict[Key, list[Sentence]],
               lead: list[Sentence]) -> dict[Key, Mention]:
    """The events in story order with the main event first: what a headline's visit, meeting or warning
    stands for, read in turn (the readers below)."""
    first = trade_headline(round_headline(setting_headline(first, reports), reports), reports, lead)
    first = settled_headline(first, reports)
    first = sparring_headline(tone_headline(lead_round(first, reports), reports), reports)
    first = decree_headline(answer_headline(put_off_headline(first, reports, lead), reports), reports)
    first = told_headline(pressing_headline(first, reports), reports)
    return welcome_headline(praise_headline(remarks_headline(first, reports), reports), reports)


def put_off_headline(first: dict[Key, Mention], reports: dict[Key, list[Sentence]],
                     lead: list[Sentence]) -> dict[Key, Mention]:
    """A headline's visit called off ("Chinese premier postpones Vietnam trip", "Tổng thống Mỹ hoãn chuyến
    thăm Việt Nam") whose lead sentence of the same pair tells a cause of its own (grammar
    `called_off_neutral`: "because of Typhoon Yagi", "do chính phủ Mỹ phải đóng cửa"): put off, no measure;
    the headline's reading is dropped, as the lead's own sentence reads it (eventacts.talks_halted)."""
    head = next(iter(first), None)
    if (head is None or first[head].entry != VISIT_CALLED_OFF or not reports[head][0].headline):
        return first
    pair = set(head[1:])
    neutral = words().called_off_neutral
    if not any(pair <= set(sentence.trio) and neutral.search(sentence.unmarked()) for sentence in lead[1:]):
        return first
    return {key: action for key, action in first.items() if key != head}


def welcome_headline(first: dict[Key, Mention], reports: dict[Key, list[Sentence]]) -> dict[Key, Mention]:
    """A headline's praise by a word of welcome (grammar `welcoming`: "Việt Nam hoan nghênh Trung Quốc mở cửa
    trở lại biên giới") that a lead sentence tells as the same government's welcome of a thing to the same
    other side ("... cho biết Việt Nam hoan nghênh việc Trung Quốc điều chỉnh chính sách"): what was welcomed
    is the other side's act, no guest, and the statement comes first, the main event."""
    head = next(iter(first), None)
    welcoming = words().welcoming
    if (head is None or head[0] != "praise" or not reports[head][0].headline
            or first[head].term.lower() not in welcoming):
        return first
    told = next((key for key in first if key == ("statement", *head[1:])
                 and 0 < reports[key][0].index < LEAD_WINDOW and first[key].term.lower() in welcoming
                 and not _elsewhen(reports[key][0], first[key])), None)
    return first if told is None else _to_front(first, told)


def praise_headline(first: dict[Key, Mention], reports: dict[Key, list[Sentence]]) -> dict[Key, Mention]:
    """A headline's praise told by a verb judging well (grammar `judged_praise`: "Thủ tướng đánh giá cao sự
    hỗ trợ của Hoa Kỳ", "习近平称赞越南发展成就") that a lead sentence's encounter of the same pair, of the
    same occasion, frames ("... tiếp Đại sứ Hoa Kỳ", "同…举行会谈，称赞…"): the praise was said there, and
    the encounter comes first, the main event; the praise stays an event. So does a dialogue or round of the
    pair its lead tells the praise at (_dialogue: "Tại đối thoại, Thứ trưởng ... đánh giá cao ..."; not a
    topic discussed). Congratulations keep their place."""
    head = next(iter(first), None)
    if (head is None or head[0] != "praise" or not reports[head][0].headline
            or first[head].term.lower() not in words().judged_praise):
        return first
    pair = frozenset(head[1:])
    talk = next((key for key in first
                 if (key[0] in words().encounters or _dialogue(reports[key][0], first[key]))
                 and frozenset(key[1:]) == pair
                 and 0 < reports[key][0].index < LEAD_WINDOW
                 and not _elsewhen(reports[key][0], first[key])
                 and not _recalled(reports[key][0], first[key])), None)
    return first if talk is None else _to_front(first, talk)


_DIALOGUE_WEIGHT = 1.5  # the least weight of a negotiation word naming talks held, not a topic discussed


def _dialogue(sentence: Sentence, mention: Mention) -> bool:
    """Whether a negotiation word names talks held, a dialogue or round where praise may be said ("Đối thoại
    Chính trị - An ninh - Quốc phòng ... lần thứ 8", "对话", "磋商"), not a topic discussed or exchanged
    (grammar `discussing`: "thảo luận", "讨论"; the weak "trao đổi"), nor talks only wished, pledged or
    pressed for before the word in its clause (`dialogue_wished`: "表示中方愿同越方加快推进共同开发磋商",
    "ready to push forward talks"): the praise was said elsewhere."""
    w = words()
    if (mention.entry.kind != "negotiate" or mention.entry.label in w.discussing
            or mention.entry.weight < _DIALOGUE_WEIGHT):
        return False
    low, _ = clause_span(sentence.text, mention.start)
    return not w.dialogue_wished.search(sentence.text, low, mention.start)


def _recalled(sentence: Sentence, mention: Mention) -> bool:
    """Whether an encounter is recalled right before its word (grammar `recalling`: "Ông nhắc lại cuộc hội
    đàm với Tổng Bí thư ... tại Hà Nội"): a past occasion, not where the praise was said."""
    before = sentence.unmarked()[max(0, mention.start - RECALL_REACH):mention.start]
    return words().recalling.search(before) is not None


RECALL_REACH = 40  # characters before an encounter word where a verb recalling it is sought


_STANCES = kind_set("actions", "objecting") | URGING


def remarks_headline(first: dict[Key, Mention], reports: dict[Key, list[Sentence]]) -> dict[Key, Mention]:
    """A headline's remarks (grammar `remarks`: "外交部发言人就…发表谈话") give the first place to the
    stance of the same speaker to the same other side that the lead sentence retelling them tells
    ("…发表谈话，表示强烈愤慨和坚决反对": the criticism; "要求中方停止": the demand): the remarks are how
    it was told."""
    head = next(iter(first), None)
    if head is None or head[0] != "statement" or first[head].term not in words().remarks:
        return first
    if not reports[head][0].headline:
        return first
    remarks = words().remarks
    # The stance told in the sentence that retells the remarks, not one of a later sentence ("朱邦造同时表示，
    # 中方对法案中附加的…条款表示不满"): the remarks themselves were of another tone.
    stance = next((key for key in first if key[1:] == head[1:] and key[0] in _STANCES
                   and reports[key][0].index < LEAD_WINDOW
                   and any(m.term in remarks for m in reports[key][0].actions)), None)
    return first if stance is None else _to_front(first, stance)


def setting_headline(first: dict[Key, Mention], reports: dict[Key, list[Sentence]]) -> dict[Key, Mention]:
    """A headline whose only act is a visit named as a setting ("Vietnam's defense chief at Pentagon in
    first visit since war") is about the encounter of the same pair its lead tells ("held talks with ...
    at the Pentagon"): that encounter comes first, the main event."""
    head = next(iter(first), None)
    if head is None or head[0] != "visit" or reports[head][0].index != 0:
        return first
    if not first_visit(reports[head][0].text, first[head]):
        return first
    pair = frozenset(head[1:])
    talk = next((key for key in first if key[0] in SYMMETRIC and frozenset(key[1:]) == pair
                 and reports[key][0].index < LEAD_WINDOW), None)
    if talk is None:
        return first
    return _to_front(first, talk)


def round_headline(first: dict[Key, Mention], reports: dict[Key, list[Sentence]]) -> dict[Key, Mention]:
    """A headline's meeting no lead sentence tells again ("Vietnam, China hold talks on maritime boundary"),
    or only the first body sentence as the round it names ("opened a new round of border negotiations ...,
    their first face-to-face talks"), is the negotiation round of the same pair that sentence names ("held a
    new round of talks"): that round comes first, the main event."""
    head = next(iter(first), None)
    if head is None or head[0] != "meet" or not reports[head][0].headline:
        return first
    retold = reports[head][1:]
    if len(retold) > 1 or (retold and not _round_retold(retold[0])):
        return first
    pair = frozenset(head[1:])
    talks = next((key for key in first if key[0] == "negotiate" and frozenset(key[1:]) == pair
                  and reports[key][0].index == 1), None)
    if talks is None and retold:  # the round's sentence tells it as the headline's talks: the round
        return _as_round(first, reports, head)
    if talks is None:
        return first
    return _to_front(first, talks)


def settled_headline(first: dict[Key, Mention], reports: dict[Key, list[Sentence]]) -> dict[Key, Mention]:
    """A headline's negotiation told by a word of its outcome (grammar `settling`: "U.S., Vietnam settle
    property claims") whose lead tells a signing of the same pair on the same occasion ("signed an agreement
    on Saturday settling property claims") was settled by that signing: it comes first, the main event."""
    head = next(iter(first), None)
    if (head is None or head[0] != "negotiate" or not reports[head][0].headline
            or first[head].term.lower() not in words().settling):
        return first
    pair = frozenset(head[1:])
    signed = next((key for key in first if key[0] == "sign_agreement" and frozenset(key[1:]) == pair
                   and 0 < reports[key][0].index < LEAD_WINDOW
                   and not _elsewhen(reports[key][0], first[key])
                   and not _signed_then(reports[key][0], first[key])), None)
    return first if signed is None else _to_front(first, signed)


_SIGNED_THEN_REACH = 40  # characters from a deal's word read for the period it was signed in


def _signed_then(sentence: Sentence, mention: Mention) -> bool:
    """Whether a deal is told signed in another period right after its word, in its clause ("under an
    agreement signed last year"): an earlier signing, whatever day the sentence's own act names."""
    high = min(clause_span(sentence.text, mention.start)[1], mention.start + _SIGNED_THEN_REACH)
    return shared_pattern("other_period").search(sentence.unmarked(), mention.start, high) is not None


def lead_round(first: dict[Key, Mention], reports: dict[Key, list[Sentence]]) -> dict[Key, Mention]:
    """A headline's meeting whose lead tells a negotiation round of the same pair ("China's Wu Yi opens
    Washington talks" over "... opened the second round of the Strategic Economic Dialogue"; "美中阿拉斯加
    高層會談" over "展開為期兩天的高層戰略對話") is that round: it comes first, the main event. Only a word
    naming a round (rounds.named_round), not one of a topic ("深入交换意见", "nối lại đàm phán"), nor a
    gathering named as a setting, nor a round a word of congratulating or welcoming speaks of
    (rounds.judged_round: "王毅祝贺…磋商取得积极成果"), nor a round of another occasion (_elsewhen: "held the
    fifth round ... last October", "第二轮…将于明年举行")."""
    head = next(iter(first), None)
    if head is None or head[0] != "meet" or not reports[head][0].headline:
        return first
    pair = frozenset(head[1:])
    talks = next((key for key in first if key[0] == "negotiate" and frozenset(key[1:]) == pair
                  and 0 < reports[key][0].index < LEAD_WINDOW and not setting(reports[key][0], first[key])
                  and named_round(reports[key][0], first[key], reports[key][0].actions)
                  and not judged_round(reports[key][0], first[key])
                  and not _elsewhen(reports[key][0], first[key])), None)
    if talks is None:
        return first
    return _to_front(first, talks)


def tone_headline(first: dict[Key, Mention], reports: dict[Key, list[Sentence]]) -> dict[Key, Mention]:
    """A first event of a tone (kinds.toml `tone`: a warning) gives the first place to the next act of the
    same warner to the same other side that another sentence of the headline and lead tells, on the same
    occasion ("U.S. warns China over air zone" over "... criticised China's declaration"): the warning is
    how that act was told, and stays an event of the story. Not an act of another occasion (_elsewhen: "met
    ... last year", "will continue to sail"), a bare statement ("汪文斌表示"), what a warning told again
    warns of ("warned the United States ... not to interfere"), nor an act first told by a sentence that
    tells the warning: what it warns of or answers ("vows countermeasures after U.S. sanctions"); nor a
    measure of the warner's own ("vowed to take resolute countermeasures") or a visit ("warns US ... after
    Biden's Vietnam trip")."""
    head = next(iter(first), None)
    if head is None or head[0] not in TONE:
        return first
    own = {sentence.index for sentence in reports[head]}
    act = next((key for key in first if key[1:] == head[1:] and key[0] not in TONE | VISITS | MEASURES
                and key[0] != "statement" and reports[key][0].index not in own
                and reports[key][0].index < LEAD_WINDOW and not _warned_of(reports[key][0], first[key])
                and not _elsewhen(reports[key][0], first[key])), None)
    if act is None:
        return first
    return _to_front(first, act)


def answer_headline(first: dict[Key, Mention], reports: dict[Key, list[Sentence]]) -> dict[Key, Mention]:
    """A headline's measure named only as an answer in kind (grammar `generic_answers`: "China announces
    countermeasures against US firms") whose lead tells the same government's measure on the same side by
    its own name ("announced sanctions on three U.S. defence firms"): that measure is what the answer was,
    the main event. Only a measure of another type (`MEASURE_ANSWERS`) told in a lead sentence of its own,
    not in an aside or of another time (_elsewhen: "a week after the United States imposed sanctions")."""
    head = next(iter(first), None)
    if head is None or first[head].entry.label not in generic_answers():
        return first
    own = {sentence.index for sentence in reports[head]}
    act = next((key for key in first if key[1:] == head[1:] and key[0] in MEASURE_ANSWERS
                and key[0] != head[0] and reports[key][0].index not in own
                and reports[key][0].index < LEAD_WINDOW
                and not _elsewhen(reports[key][0], first[key])), None)
    return first if act is None else _to_front(first, act)


# Where a headline's clause ends: a comma, "and", or a space between two Chinese clauses ("…自治法 終止…").
_HEADLINE_BREAK = re.compile(r"[,;，；、]|\s(?:and|và)\s|[\u3000]"
                             r"|(?<=[\u4e00-\u9fff」”》])\s+(?=[\u4e00-\u9fff])")


def decree_headline(first: dict[Key, Mention], reports: dict[Key, list[Sentence]]) -> dict[Key, Mention]:
    """A headline's measure told after a law or decree signed in another clause of the headline ("川普簽署香港
    自治法 終止香港特殊待遇"): the signing is the headline's first act, and what it does is the measure of
    another kind that a lead sentence tells first after the same signing ("已簽署…「香港自治法」，授權制裁…，
    並簽署行政命令終止香港的特殊待遇"): that measure comes first, the main event. A decree whose own act
    the measure is ("signs order ending Hong Kong's special status") keeps it."""
    head = next(iter(first), None)
    told_order = words().told_order  # measures that rank together: the first told is the act
    if head is None or head[0] not in told_order or not reports[head][0].headline:
        return first
    headline = reports[head][0]
    signed = _decrees_signed(headline, first[head])
    if not signed or not _HEADLINE_BREAK.search(headline.text, signed[0].start + len(signed[0].term),
                                                 first[head].start):
        return first
    act = next((key for key in first if key[1:] == head[1:] and key[0] in told_order and key[0] != head[0]
                and 0 < reports[key][0].index < LEAD_WINDOW and _decrees_signed(reports[key][0], first[key])
                and not _elsewhen(reports[key][0], first[key])), None)
    return first if act is None else _to_front(first, act)


def _decrees_signed(sentence: Sentence, mention: Mention) -> list[Mention]:
    """The signing words of a law or decree (grammar `decrees`) told before a measure's word in its sentence:
    the measure is the decree's."""
    w = words()
    return [m for m in sentence.actions if m.entry.kind == "sign_agreement" and m.start < mention.start
            and w.decrees.match(sentence.text, m.start + len(m.term))]


def _warned_of(sentence: Sentence, mention: Mention) -> bool:
    """Whether a word of tone (a warning) comes before an act's word in its sentence: the act is what it warns
    of, not one of its own."""
    return any(m.entry.kind in TONE and m.start < mention.start for m in sentence.actions)


def sparring_headline(first: dict[Key, Mention], reports: dict[Key, list[Sentence]]) -> dict[Key, Mention]:
    """A headline's criticism both sides of the pair trade (grammar `mutual`: "trade barbs", "spar") whose
    headline or lead tells the pair's encounter ("... held talks for an hour") was traded at it: the
    encounter comes first, the main event. Without one it stays criticism ("trade barbs at the U.N."), and
    with one of another occasion (_elsewhen: "met in Beijing in April", "are expected to meet", "a day after
    ... held a phone call")."""
    head = next(iter(first), None)
    if head is None or head[0] != "criticize" or first[head].entry.label not in words().mutual:
        return first
    pair = frozenset(head[1:])
    talk = next((key for key in first if key[0] in SYMMETRIC and frozenset(key[1:]) == pair
                 and reports[key][0].index < LEAD_WINDOW
                 and not _elsewhen(reports[key][0], first[key])), None)
    if talk is None:
        return first
    return _to_front(first, talk)


def pressing_headline(first: dict[Key, Mention], reports: dict[Key, list[Sentence]]) -> dict[Key, Mention]:
    """A headline's appeal or demand (kinds.toml `urging`: "Kerry presses China's Xi on North Korea") that a
    lead sentence tells as what the same pair's encounter went on to ask (an encounter's word, then an urging
    word after it: "met Chinese President Xi Jinping ..., urging Beijing to ...", "spoke by phone with ... and
    pressed him to ...") was pressed at that encounter: the encounter comes first, the main event, and the
    appeal stays an event. Not a démarche: an ambassador, a chargé or an embassy official met ("met U.S.
    Ambassador Nicholas Burns ... and demanded", `会见中国驻越南大使`), nor a meeting its clause, or failing
    a city there its dateline, places in the urger's own country (`在河内会见`): those stay the demand. Nor an
    encounter told after the urging ("urged ..., a day after ... met", "urged China ..., after meeting Chinese
    leaders"), in another sentence, of another occasion (_elsewhen), or in a leading clause of what came
    before while the urging names its own day ("After talks with Wang Yi ... on Friday, Blinken on Sunday
    urged ..."). Words told to the other side (a headline statement by a verb of telling, "China's Wang tells
    Kerry ...") are read as an urging, at home too, and also when the lead names the encounter after them as
    where they were told (`told_at`: "told Kerry ... , after talks dominated by ..."). An encounter after
    the urging counts when a comma and a locative set it as the urging's occasion (_urged_in: "pressed Hu
    Jintao ... to let the yuan rise faster, in talks on the sidelines of a Group of 20 summit")."""
    head = next(iter(first), None)
    if head is None or not reports[head][0].headline:
        return first
    # A headline's words told to the other side (`telling_verbs`: "China's Wang tells Kerry ...") were said
    # at the pair's encounter the lead tells them at, at home too: a visitor is told face to face
    # (told_visitor). Not a spokesman's words ("China says ..."): those stay the statement.
    telling = words().telling_verbs
    told = (head[0] == "statement" and first[head].entry.label == SAID_LABEL
            and first[head].term.lower() in telling)
    if head[0] not in URGING and not told:
        return first
    pair = frozenset(head[1:])
    urged_at = {sentence.index for sentence in reports[head][1:]}
    talk = next((key for key in first if key[0] in MEETINGS and frozenset(key[1:]) == pair
                 and 0 < reports[key][0].index < LEAD_WINDOW
                 and ((asked := key[0] != "visit"
                       and _asked_visitor(reports[key][0], told, reports[key][0].index + 1 in urged_at))
                      or _urged_after(reports[key][0], first[key], told)
                      or (told and _told_at(reports[key][0], first[key]))
                      or _urged_in(reports[key][0], first[key], pair))
                 and not _demarche(reports[key][0], first[key])
                 and (told or asked or key[0] in DISTANT
                      or not _at_home(reports[key][0], first[key], head[1]))
                 and not _elsewhen(reports[key][0], first[key])
                 and not _day_before(reports[key][0], first[key])), None)
    if talk is None:
        return first
    return _to_front(first, talk)


def told_headline(first: dict[Key, Mention], reports: dict[Key, list[Sentence]]) -> dict[Key, Mention]:
    """A headline's statement ("Bộ trưởng Bùi Thanh Sơn khẳng định Việt Nam coi trọng quan hệ với Hoa Kỳ")
    that a lead sentence tells set off by a comma and a locative in the same pair's talks after its word
    (grammar `told_in`: ", tại cuộc hội đàm với", ", in talks with"; `told_after` for a verb telling the other
    side: "told ... John Kerry on Saturday that ..., after talks dominated by ..."): it was told there, and
    the talks come first, the main event; the statement stays an event. Not
    talks of another occasion (_elsewhen), nor with an envoy (_demarche). A statement is no démarche: a
    meeting at the speaker's home counts ("BEIJING (Reuters) - Chinese Foreign Minister Wang Yi told ...")."""
    head = next(iter(first), None)
    if head is None or head[0] != "statement" or not reports[head][0].headline:
        return first
    pair = frozenset(head[1:])
    talk = next((key for key in first if key[0] in MEETINGS and key[0] not in DISTANT
                 and frozenset(key[1:]) == pair and 0 < reports[key][0].index < LEAD_WINDOW
                 and _told_in(reports[key][0], first[key])
                 and not _demarche(reports[key][0], first[key])
                 and not _elsewhen(reports[key][0], first[key])), None)
    return first if talk is None else _to_front(first, talk)


def _told_in(sentence: Sentence, mention: Mention) -> bool:
    """Whether a statement's word, or a verb of saying (grammar `saying_told`: "told", "khẳng định"), comes
    before an encounter's word in its sentence that a comma and a locative set as the statement's occasion
    (grammar `told_in`; `told_after` for a verb of telling). Not words told to the press or the public
    (grammar `told_public`: "told reporters on Monday, after talks between ..."): no side was told them."""
    text = sentence.text
    said = [m.start + len(m.term) for m in sentence.actions
            if m.entry.kind == "statement" and m.start < mention.start]
    said += [found.end() for found in words().saying_told.finditer(text, 0, mention.start)]
    if not any(_public().match(text, end) is None for end in said):
        return False
    setting = sentence.unmarked()[max(0, mention.start - _URGED_IN_REACH):mention.start]
    if words().told_in.search(setting):
        return True
    # Talks "after" the words set them only for a verb telling the other side ("told Kerry ..., after talks").
    return (words().told_after.search(setting) is not None
            and any(at < mention.start for at in _asked_at(sentence, True)))


def _at_home(sentence: Sentence, mention: Mention, country: str) -> bool:
    """Whether a sentence places an encounter in a city of `country`: the first city its clause names,
    before the word too ("在河内会见"), or, naming none, its dateline's ("BEIJING (Reuters) - ... met")."""
    city = first_located(sentence.text, *clause_span(sentence.text, mention.start))
    if city is None:
        line = dateline(sentence.text)
        city = line.cities[0] if line is not None and len(line.cities) == 1 else None
    return city is not None and city.country == country


def _demarche(sentence: Sentence, mention: Mention) -> bool:
    """Whether an encounter's clause names an ambassador, a chargé or an embassy (grammar `envoy_met`:
    "met U.S. Ambassador Nicholas Burns", "gặp Đại sứ Trung Quốc", "会见中国驻越南大使"): a resident envoy
    told a demand, wherever the meeting was, whose demand stays the main event."""
    return bool(shared_pattern("envoy_met").search(sentence.text, *clause_span(sentence.text, mention.start)))


def _day_before(sentence: Sentence, mention: Mention) -> bool:
    """Whether an encounter stands in a leading clause of what came before (grammar `setting`: "After talks
    with Wang Yi in Munich on Friday, Blinken on Sunday urged ...") and the urging after it names its own
    day: the encounter is of another occasion."""
    low, high = clause_span(sentence.text, mention.start)
    if high == len(sentence.text) or not words().setting.search(sentence.text, low, mention.start):
        return False
    return names_own_day(sentence, high + 1, len(sentence.text))  # a break is one character


def _asked_at(sentence: Sentence, told: bool) -> list[int]:
    """Where a sentence urges (an appeal's or a demand's word) or, for words told, where a verb of telling
    (grammar `telling_verbs`) stands: a verb of saying beside an encounter's word is no act word of its
    own there, so it is read in the text."""
    if not told:
        return [m.start for m in sentence.actions if m.entry.kind in URGING]
    return [found.start() for found in _telling().finditer(sentence.text)]


@cached
def _telling() -> re.Pattern[str]:
    """The verbs of telling (grammar `telling_verbs`) as words, not where they tell the press or the public
    (grammar `told_public`: "told reporters")."""
    public = _public().pattern
    return re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(words().telling_verbs))) + r")\b"
                      + r"(?!" + public + r")", re.I)


@cached
def _public() -> re.Pattern[str]:
    """Whom words told to no side are told, right after the verb (grammar `told_public`: "reporters")."""
    public = "|".join(map(re.escape, sorted(words().told_public, key=len, reverse=True)))
    return re.compile(r"\s+(?:" + public + r")\b", re.I)


def _urged_after(sentence: Sentence, mention: Mention, told: bool) -> bool:
    """Whether an urging word (an appeal or a demand; a verb of telling for words told) follows an
    encounter's word in its sentence."""
    return any(at > mention.start for at in _asked_at(sentence, told))


_TOLD_AT_REACH = 40  # characters before an encounter's word where the setting word naming it is sought


def _asked_visitor(sentence: Sentence, told: bool, urged_next: bool = False) -> bool:
    """Whether the sentence of an encounter urges (or, for words told, tells) a visitor: a verb of urging
    (grammar `asked_visitor`) or telling (`told_visitor`) right before "visiting" and the visitor ("asked
    visiting U.S. Agriculture Secretary Tom Vilsack ... to open ..., when he received him"), or an urging
    word of a sentence naming its visitor as one (`visitor_named`: `会见来访的…时，敦促`). A visitor is
    asked face to face, whichever comes first in the sentence: the encounter it tells (a reception, talks),
    not a démarche at home. A semicolon ends no sentence here: the headline's urging in the part right after
    the encounter's semicolon (`urged_next`: "hội kiến ... đang thăm Việt Nam; Phó Thủ tướng đề nghị ...")
    is asked of the visitor it names."""
    w = words()
    if told:
        return any(w.told_visitor.match(sentence.text, found.end())
                   for found in _telling().finditer(sentence.text))
    joined = urged_next and sentence.text.rstrip().endswith((";", "；"))
    return (w.asked_visitor.search(sentence.text) is not None
            or (w.visitor_named.search(sentence.text) is not None
                and (joined or any(m.entry.kind in URGING for m in sentence.actions))))


def _told_at(sentence: Sentence, mention: Mention) -> bool:
    """Whether a verb of telling before an encounter's word told its words at it: the encounter named right
    after a setting word (grammar `told_at`: "told Kerry ... , after talks dominated by ...")."""
    return any(at < mention.start for at in _asked_at(sentence, True)) and bool(
        words().told_at.search(sentence.text, max(0, mention.start - _TOLD_AT_REACH), mention.start))


def _urged_in(sentence: Sentence, mention: Mention, pair: frozenset[str]) -> bool:
    """Whether an urging word comes before an encounter's word in its sentence that a comma and a locative
    set as the urging's own occasion (grammar `urged_in`: "pressed Hu ... to let the yuan rise faster, in
    talks on the sidelines of", ", tại cuộc hội đàm với"), no other sentence's, and talks with one of the
    urging's `pair` (or with no side named), not with a third."""
    urged = [m.start for m in sentence.actions if m.entry.kind in URGING and m.start < mention.start]
    if not urged:
        return False
    bare = sentence.unmarked()
    # ", in talks", or the encounter told opening as the urging was made ("as the third round ... opened")
    if (words().urged_in.search(bare[max(0, mention.start - _URGED_IN_REACH):mention.start]) is None
            and not opened_as(sentence, mention, urged[0])):
        return False
    # The talks must be the pair's own: a country named first after their word, in their clause, is one of
    # the two ("urged China to halt ..., in talks with Philippine counterpart Enrique Manalo" were talks
    # with a third side, where the urging was only told; the meeting read between the two is none).
    high = clause_span(sentence.text, mention.start)[1]
    named = [(at, code) for at, code in sentence.countries if mention.start < at < high]
    named += [(at, "") for at in sentence.others_at if mention.start < at < high]
    return not named or min(named)[1] in pair


_URGED_IN_REACH = 40  # characters before an encounter's word read for the comma and locative setting it


_COMING_AFTER = 30  # characters after an act's word read for a word saying it is to come


def _aside(sentence: Sentence, mention: Mention) -> bool:
    """Whether an act's word stands inside an aside of its sentence ("a day after ... added ... to its trade
    blacklist", "một ngày sau khi ...", eventpeople.aside_spans): an act of another occasion told beside."""
    return any(low <= mention.start < high for low, high in sentence_asides(sentence))


def _elsewhen(sentence: Sentence, mention: Mention) -> bool:
    """Whether an act a lead sentence tells is of another occasion than the headline's: the sentence opens
    with an act of another time or names another period in the word's clause (grammar `another_time`,
    `other_period`: "Earlier,", "last October", "in April", "去年", "tháng tới") and not the story's own
    day (`own_day`: "on Saturday criticised China's declaration of the zone in November"), or its word is
    to come in its clause ("will continue to sail", "将于明年举行", "sẽ tiếp tục") or stands inside an aside
    ("a day after ... held a phone call")."""
    folded, end = fold_text(sentence.text), mention.start + len(mention.term)
    low, high = clause_span(folded, mention.start, end)
    if another_time(sentence, coming=False):
        return True
    other = shared_pattern("other_period")
    if other.search(sentence.unmarked(), low, high) and not names_own_day(sentence, low, high):
        return True  # the period in the act's own clause ("sailed ... on Friday, ... since ... in July")
    if to_come(folded, mention.start) or to_come(folded, min(high, end + _COMING_AFTER)):
        return True  # "will" before the word, or after it in its clause ("warships will continue to sail")
    return any(low <= mention.start < high for low, high in sentence_asides(sentence))


def _round_retold(sentence: Sentence) -> bool:
    """Whether the first body sentence names a round (a negotiation word, not one of discussing) and then,
    after a break, retells it as talks ("opened a new round of border negotiations ..., their first
    face-to-face talks")."""
    if sentence.index != 1:
        return False
    w = words()
    rounds = [m.start for m in sentence.actions if m.entry.kind == "negotiate"
              and m.entry.label not in w.discussing and not setting(sentence, m)]
    if not rounds:
        return False
    # the talks retell the round after a break ("..., their first face-to-face talks"); in its clause they
    # are held during a gathering the round word names ("在香格里拉对话期间举行会谈")
    first = min(rounds)
    return any(m.entry.kind == "meet" and m.start > first
               and PUNCTUATION.search(sentence.text, first, m.start) for m in sentence.actions)


def trade_headline(first: dict[Key, Mention], reports: dict[Key, list[Sentence]],
                   lead: list[Sentence]) -> dict[Key, Mention]:
    """A headline's bare talks ("U.S., China reach framework in Kuala Lumpur talks") that a lead sentence of
    the same pair tells as talks on trade ("agreed ... to pause steeper U.S. tariffs ..., after two days of
    talks"; talks beside a measure or a deal are a negotiation: eventwords._talks_of_trade) are that
    negotiation round: the main event is a negotiation, told by the headline."""
    head = next(iter(first), None)
    if head is None or head[0] != "meet" or not reports[head][0].headline:
        return first
    if first[head].entry.label not in words().trade_talks:
        return first
    pair = set(head[1:])
    if not any(pair <= set(sentence.trio) and talks_of_trade(sentence) for sentence in lead[1:]):
        return first
    return _as_round(first, reports, head)


def _as_round(first: dict[Key, Mention], reports: dict[Key, list[Sentence]], head: Key) -> dict[Key, Mention]:
    """The headline's meeting `head` filed as the negotiation round of its pair, in its place, with its
    reports; unchanged when the story already has that round (its reports are its own)."""
    talks = ("negotiate", *head[1:])
    if talks in first:
        return first
    reports[talks] = reports[head]
    return {(talks if key == head else key): action for key, action in first.items()}


def _to_front(first: dict[Key, Mention], key: Key) -> dict[Key, Mention]:
    """The events with `key` moved to the front: the first is the main event."""
    return {key: first[key], **{k: action for k, action in first.items() if k != key}}
