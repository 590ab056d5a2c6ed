"""The act one action word tells in its sentence: a mission closed, talks halted, an appeal, a demand."""

from __future__ import annotations

import re
from dataclasses import replace

from .clauses import COLON_LABEL, SAID_LABEL
from .eventgrammar import EventWords, words
from .grammar import kind_set
from .lexicon import CJK, Entry
from .sentence import Mention, Sentence
from .trade import measure_kinds as trade_kinds

FRAME_REACH = 40  # characters before a visit word that may frame it ("during his official visit")
# A warning of a danger, not of what the speaker will do ("warns China of the risk of conflict").
_RISK_WARNING = Entry("actions", "statement", "010", "risk warning", 1.0)
# A diplomatic mission ordered closed ("ordered China to close its consulate general in Houston").
_MISSION_CLOSED = Entry("actions", "reduce_relations", "160", "mission closed", 2.0)
# A closure for a storm or an epidemic (grammar `closed_idle`) tells of ties only, as a mission named alone.
_CLOSED_IDLE = Entry("actions", "relations", "-", "closed for a cause", 0.5)
# Cooperation halted ("would stop cooperating with the United States on counter-narcotics").
_COOPERATION_HALTED = Entry("actions", "reduce_relations", "160", "cooperation halted", 2.0)
_WARNING_REACH = 60  # characters after a warning word where the danger warned of is sought
PUNCTUATION = re.compile(r"[,;:，；：。]")  # a break no appeal's addressee or warned danger is sought across


def _clause_limit(text: str, end: int, reach: int) -> int:
    """Where what a word asks or warns of is sought to: the first break within `reach` characters after its
    `end`, else that reach (past the text's end, slicing and searching stop at it)."""
    stop = PUNCTUATION.search(text, end, end + reach)
    return stop.start() if stop else end + reach


_CALLED_OFF_REACH = 50  # characters before an encounter word where a verb calling it off is sought


def called_off(sentence: Sentence, mention: Mention, w: EventWords) -> bool:
    """Whether a verb calling off an encounter stands before its word ("halts military talks", "tạm hoãn
    chuyến thăm", "取消访问")."""
    # Read without Vietnamese marks: one form matches "hủy bỏ", "huỷ bỏ" (older tone placement) and
    # "huy bo" typed without them.
    before = sentence.unmarked()[max(0, mention.start - _CALLED_OFF_REACH):mention.start]
    low = before.lower()
    if not any(map(low.__contains__, w.called_off_hints)):
        return False
    called = w.called_off.search(before)
    if called is not None and "," in called.group() and w.held_term.match(mention.term):
        return False  # "halts soybean purchases, holds talks": a list of things called off ends at a holding
    if called is not None and _named_after_list_mark(sentence, mention,
                                                     called.start() + mention.start - len(before)):
        return False
    # "suspended tariffs before talks", "取消部分关税并与美方举行会谈": the encounter is another act's
    # setting, not what is called off
    return called is not None and not w.setting.search(before, called.start())


def _named_after_list_mark(sentence: Sentence, mention: Mention, start: int) -> bool:
    """Whether a person is named between the last `、` after a verb calling off (at `start`) and the
    encounter's word: the `、` joins two headline clauses ("中方取消对美制裁、王毅会见布林肯": the
    meeting is its own act, its subject named), not two topics or encounters called off
    ("推迟中美防扩散、军控和国际安全问题磋商", grammar `called_off_item`: "取消…磋商、王毅与布林肯的会晤")."""
    mark = sentence.text.rfind("、", start, mention.start)
    if mark >= 0 and words().called_off_item.search(sentence.text, start, mark):
        return False  # "取消…磋商、王毅与布林肯的会晤": encounters listed, each called off
    return mark >= 0 and any(mark < at < mention.start for at, _ in sentence.people_at)


# Talks or a dialogue called off ("suspends military dialogue", "cancels climate talks"): CAMEO 164.
_TALKS_HALTED = Entry("actions", "reduce_relations", "164", "talks halted", 2.0)
# A visit called off by its traveller's government ("Blinken postpones China trip"): CAMEO 160.
VISIT_CALLED_OFF = Entry("actions", "reduce_relations", "160", "visit called off", 2.0)


def talks_halted(sentence: Sentence, mention: Mention, w: EventWords) -> Mention:
    """Talks, a dialogue or consultations called off (kinds.toml `halted`: "China suspends military
    dialogue with the United States", "暂停中美气候变化商谈", "取消中美两军战区领导通话") or declined
    (`declined`) reduce relations, and so does a visit its government calls off ("postpones a planned trip to
    Beijing"); a warship's own visit called off tells none (_idle)."""
    if mention.entry.kind in w.halted:
        if called_off(sentence, mention, w):
            if ((mention.entry.kind in w.visits or mention.entry.kind == "phone_call")
                    and w.called_off_neutral.search(sentence.unmarked())):
                # put off for a storm, an illness, a schedule or an epidemic ("postpones Vietnam trip as
                # typhoon nears", "hoãn chuyến thăm do dịch COVID-19", "因健康原因推迟访美"): no measure
                # against the other side, a visit or call called off as before (_idle)
                return mention
            if mention.entry.kind in w.visits:
                # A government calling off its visit as a measure ("postpones China trip", "hoãn chuyến
                # thăm"); not a warship's own visit called off ("美舰取消访问岘港": for the weather, _idle).
                own = _ship_calls_off(sentence, mention, w)
                return mention if own else replace(mention, entry=VISIT_CALLED_OFF)
            return replace(mention, entry=_TALKS_HALTED)
        if declined(sentence, mention, w):
            return replace(mention, entry=TALKS_DECLINED)
    elif mention.entry.kind == "phone_call" and declined(sentence, mention, w):
        return replace(mention, entry=TALKS_DECLINED)  # "declined a U.S. request for a phone call"
    return mention


# Talks or a meeting the other side asked for, declined ("China declines U.S. request for ... to meet"):
# CAMEO 164 too; its own entry, so the verb of refusing before it is read as part of it (eventwords).
TALKS_DECLINED = Entry("actions", "reduce_relations", "164", "talks declined", 2.0)


_SHIP_CHARACTERS = ("舰", "艦")  # a warship's word in Chinese ends with one ("美舰", "指挥舰", "軍艦")


def _ship_calls_off(sentence: Sentence, mention: Mention, w: EventWords) -> bool:
    """Whether a warship named before the verb calling a visit off is its subject ("美舰取消访问岘港", "the
    destroyer cancelled its visit"): the ship's own call off. A ship named after the verb is the visit a
    government halts ("tạm dừng cho tàu chiến Mỹ thăm Hồng Kông": a measure)."""
    start = max(0, mention.start - _CALLED_OFF_REACH)
    called = w.called_off.search(sentence.unmarked()[start:mention.start])
    before = sentence.text[:start + (called.start() if called else mention.start - start)].lower()
    return any(ship.lower() in before for ship in w.ships) or any(map(before.__contains__, _SHIP_CHARACTERS))


def declined(sentence: Sentence, mention: Mention, w: EventWords) -> bool:
    """Whether an encounter stands after a verb declining a request or an invitation for it, in its clause
    (`declined`: "China declines U.S. request for defence chiefs to meet", "refused to meet", "từ chối đề
    nghị ... về cuộc gặp", "拒绝了美方提出的…会晤的请求"): one side refuses the other's encounter."""
    unmarked = sentence.unmarked()
    before = unmarked[max(0, mention.start - DECLINED_REACH):mention.start]
    low = before.lower()
    if not any(map(low.__contains__, w.declined_hints)):
        return False
    found = w.declined.search(before)
    if found is None:
        return False
    if not CJK.match(found.group()):
        return True  # English and Vietnamese patterns name the request themselves
    # Chinese names the request after the encounter as often as before it ("拒绝了…会晤的请求"): without
    # one named, the refusal is of something else ("拒绝就…会晤置评", "拒绝排除…会晤的可能").
    after = unmarked[mention.start + len(mention.term):mention.start + len(mention.term) + DECLINED_AFTER]
    return w.declined_request.search(found.group()) is not None or w.declined_after.match(after) is not None


DECLINED_REACH = 80  # characters before an encounter word where a verb declining it is sought
DECLINED_AFTER = 8  # characters after it where the request refused may be named (Chinese: "会晤的请求")


WELCOME = Entry("actions", "statement", "010", "welcome of a thing", 1.0)
# A warship hosting the other side's officials at sea: the navy's military act (CAMEO 150).
SHIP_HOSTED = Entry("actions", "military", "150", "warship hosting", 1.0)
_SHIP_HOST_REACH = 40  # characters before a host's word where the warship hosting is sought


def ship_hosting(sentence: Sentence, mention: Mention, w: EventWords) -> Mention:
    """A host's word right after a warship (grammar `ship_hosting`: "U.S. carrier hosts Vietnamese officials
    off coast", "美国航母…接待"): the navy's act at sea, military, not the host's side of a visit."""
    if mention.entry.kind != "host_visit":
        return mention
    before = sentence.unmarked()[max(0, mention.start - _SHIP_HOST_REACH):mention.start]
    found = w.ship_hosting.search(before)
    if found is None:
        return mention
    # a bare "carrier" is an airline's unless its sentence tells the sea or a navy ("Chinese carrier hosts
    # Vietnamese travel agents")
    if w.ship_hosting_bare.match(before, found.start()) and not w.ship_hosting_sea.search(sentence.text):
        return mention
    return replace(mention, entry=SHIP_HOSTED)
WELCOMING_KINDS = frozenset({"host_visit", "praise"})  # the kinds of welcoming words: a guest or a thing


def welcomed_thing(sentence: Sentence, mention: Mention, w: EventWords) -> Mention:
    """A welcome of a thing, not of a guest ("Vietnam welcomes South China Sea ruling", "hoan nghênh quyết
    định", "hoan nghênh việc ...", "欢迎…决定"): the grammar's `welcoming` host or praise words followed in
    their clause by `welcomed_thing` are a statement, not the host's side of a visit nor congratulations."""
    if mention.entry.kind not in WELCOMING_KINDS or mention.entry.label not in w.welcoming:
        return mention
    end = mention.start + len(mention.term)
    unmarked = sentence.unmarked()
    if w.welcomed_thing.match(unmarked, end) or w.welcomed_thing_act.match(unmarked, end):
        return replace(mention, entry=WELCOME)
    return mention


# A verb judging whose object is not the other side, or told at an encounter: ties only.
_PRAISE_IDLE = Entry("actions", "relations", "-", "judged no other side", 0.5)
_JUDGED_REACH = 60  # characters after a verb judging well through which "của" may name what of the side


def praise_judged(sentence: Sentence, mention: Mention, w: EventWords) -> Mention:
    """A verb judging well (grammar `judged_praise`: "高度评价", "赞扬", "đánh giá cao", "ca ngợi") or ill
    (`judged_blame`: "抨击") is praise or criticism of the other side only when a state speaks it (a name of
    the three right before it, _state_speaker) and a name of the three other than the speaker's stands
    right after it, in Vietnamese also after "của" in its clause ("高度评价越南在…", "đánh giá cao vai trò
    của Việt Nam"), and no encounter word is in the sentence (praise told at a call or talks is how the
    encounter went, not the act). Praise of one's own side ("习近平称赞中国医疗队", "ca ngợi các chiến sĩ ...
    Việt Nam"), of a third party ("抨击欧盟") or by netizens tells of ties only."""
    if mention.entry.kind not in ("praise", "criticize") or mention.term.lower() not in w.judging_words:
        return mention
    if any(m.entry.kind in w.encounters for m in sentence.actions):
        return replace(mention, entry=_PRAISE_IDLE)
    end = mention.start + len(mention.term)
    names = sorted(sentence.actors + sentence.countries)
    before = [(at, code) for at, code in names if at < mention.start]
    speaker = before[-1][1] if before else ""
    if not before or not _state_speaker(sentence, before[-1][0], mention.start):
        return replace(mention, entry=_PRAISE_IDLE)  # "越南网友称赞中国电视剧": no state speaks
    at, judged = next(((at, code) for at, code in names if at >= end), (end, ""))
    gap = sentence.text[end:at]
    # The object is the other side itself, right after the verb ("高度评价越南", "讚揚越方"; not "越南企业在
    # 美国市场", whose firms are no side), or what of it the verb judges, in Vietnamese through "của" ("vai
    # trò ngày càng quan trọng của Việt Nam"), in its clause.
    # Ties with it judged ("ca ngợi hợp tác quốc phòng ... với Việt Nam") are of the side too; so is the side
    # named by its leader's title ("ca ngợi Chủ tịch Trung Quốc Tập Cận Bình": only a title before the name).
    owned = ((_JUDGED_OF.search(gap) is not None or _JUDGED_TIES.match(gap) is not None)
             and len(gap) <= _JUDGED_REACH and not PUNCTUATION.search(gap))
    titled = _NAMED_GAP.match(gap) is not None
    if judged and judged != speaker and (not gap.strip(_JUDGED_GAP) or owned or titled):
        return mention
    if judged and judged != speaker and _JUDGED_THING.match(gap):
        # "đánh giá cao việc Hoa Kỳ trao trả ...": the other side's act is judged well, a welcome of a thing
        return replace(mention, entry=WELCOME)
    return replace(mention, entry=_PRAISE_IDLE)


def _state_speaker(sentence: Sentence, at: int, verb: int) -> bool:
    """Whether the name at `at` is the verb's subject as a state: only names, titles, offices, a day and
    a few adverbs between it and the verb ("习近平高度评价", "Tổng thống Hoa Kỳ Joe Biden ca ngợi", "王毅30日
    赞扬"; not "越南网友称赞", netizens, nor "越南《青年报》", a newspaper)."""
    from .eventsides import unnamed  # eventsides reads this module's words: imported when first used

    end = (sentence.ends or {}).get(at, at)
    return not _SPEAKER_FILLER.sub(" ", unnamed(sentence, end, verb)).strip()


# A day and adverbs that may stand between a state speaker and its verb of judging.
_SPEAKER_FILLER = re.compile(r"[\d０-９]+日|[\d/]+|今天|昨天|也|还|還|再次"
                             r"|(?i:\b(?:ngày|hôm nay|hôm qua|chiều|sáng|tối|nay|qua|cũng|đã|ông|bà)\b)"
                             r"|[\s,，、()（）]")


_JUDGED_GAP = " 了"  # what may stand between a verb judging well and the side it judges
# "những thành tựu ... của Việt Nam": what of the side the verb judges
_JUDGED_OF = re.compile(r"\b(?:của|cua)\s+$")
# "hợp tác quốc phòng ngày càng chặt chẽ với Việt Nam": ties with the side, named after "với"
_JUDGED_TIES = re.compile(r"\s*(?:sự\s+)?(?:hợp tác|quan hệ|hop tac|quan he)\b[^,.;]*\b(?:với|voi)\s+$")
# "việc " (the matter of) right before the side that acts: its act is what is judged ("đánh giá cao việc Hoa
# Kỳ trao trả ...")
_JUDGED_THING = re.compile(r"^\s*(?:việc|viec)\s+$")
# a leader's title before the side's name ("Chủ tịch ", "Tổng thống "): title words only
_NAMED_GAP = re.compile(r"^\s*(?:Chủ tịch|Tổng thống|Thủ tướng|Tổng Bí thư|Ngoại trưởng|Bộ trưởng)\s+$")


def act_word(sentence: Sentence, mention: Mention) -> Mention:
    """A mention as the act it tells in its sentence (a mission's word after a verb of closing it)."""
    return mission_closed(sentence, mention, words())


def mission_closed(sentence: Sentence, mention: Mention, w: EventWords) -> Mention:
    """A mission's word (`missions`: "consulate", "embassy"; exchanges, "交往") after a verb of closing or
    suspending it in reach (`mission_closed`: "ordered China to close its consulate", "shut Houston
    consulate", "暂停中越双边交往"; a port call also after one refusing it, `call_refused`), not for a
    storm or an epidemic (`closed_idle`), or a word of cooperation after a verb of halting it (`cooperation`,
    `cooperation_halted`: "stop cooperating with"): relations reduced, where the word alone only tells of
    ties."""
    term, start = mention.term.lower(), max(0, mention.start - FRAME_REACH)
    if term in w.closing_terms and w.closed_idle.search(sentence.text):
        return replace(mention, entry=_CLOSED_IDLE)  # "因新冠疫情，即日起关闭大使馆签证处": no measure
    # A closure for a storm, an epidemic or a holiday, or a temporary one, is no measure on the other side.
    if term in w.missions and not w.closed_idle.search(sentence.text):
        if term in w.port_calls and w.call_refused.search(sentence.text, start, mention.start):
            return replace(mention, entry=_MISSION_CLOSED)  # "中方拒绝美国航母访港": the host refuses
        closing = w.mission_closed.search(sentence.text, start, mention.start)
        if closing and _own_closure(sentence.text[:closing.start()], w):
            return replace(mention, entry=_CLOSED_IDLE)
        if closing:
            return replace(mention, entry=_MISSION_CLOSED)
    if term in w.cooperation and w.cooperation_halted.search(sentence.text, start, mention.start):
        return replace(mention, entry=_COOPERATION_HALTED)  # "stop cooperating with the United States"
    return mention


def _own_closure(before: str, w: EventWords) -> bool:
    """Whether a closure is the closer's own: a mission or a ship (`own_closer`: "Đại sứ quán Hoa Kỳ ...
    thông báo đóng cửa bộ phận lãnh sự", "美国驻华大使馆28日宣布，暂停…签证面谈", "美国航母取消停靠岘港")
    names itself before the verb, with no order of another after it (`closure_ordered`: "The U.S. embassy
    said China ordered ... to close"). A government's own mission shut for a holiday or its own warship's
    port call called off is no measure against the host; the host closing the other's mission is."""
    ends = [found.end() for found in w.own_closer.finditer(before)]
    return bool(ends) and not w.closure_ordered.search(before, ends[-1])


def risk_warning(sentence: Sentence, mention: Mention, w: EventWords) -> Mention:
    """A warning of a danger ("warns China of the risk of conflict", "cảnh báo Trung Quốc nguy cơ xung
    đột", "警告…风险") is a statement: it says what may happen, not what the speaker will do; one on a
    condition or of an answer ("if it attacks", "否则后果自负", "a forceful response") stays a threat."""
    if mention.entry.label not in w.warnings:
        return mention
    end = mention.start + len(mention.term)
    window = sentence.text[end:_clause_limit(sentence.text, end, _WARNING_REACH)]
    if not w.risk.search(window) or w.warned_threat.search(window):
        return mention  # no danger, or one on a condition or of an answer: "…if it attacks", "否则…"
    return replace(mention, entry=_RISK_WARNING)


_THREAT_CHARGED = Entry("actions", "criticize", "111", "threat charged", 1.5)


def threat_charged(sentence: Sentence, mention: Mention, w: EventWords) -> Mention:
    """A threat word whose object, right after it, is peace, stability or security (`threat_charged`:
    "China's deployment of an oil rig ... threatened peace in the region") charges the other side's act:
    the speaker's criticism, not a threat of the speaker's own ("threatens to retaliate")."""
    if mention.entry.kind != "threaten" or not w.threat_charged.match(
            sentence.unmarked(), mention.start + len(mention.term)):
        return mention
    return replace(mention, entry=_THREAT_CHARGED)


# Opposition negated ("will not oppose", "Mỹ sẽ không phản đối", "美国不反对"): what the speaker says it will
# let be, a statement, not a protest or criticism.
_OPPOSITION_NEGATED = Entry("actions", "statement", "010", "opposition negated", 1.0)
_OPPOSITION_NEGATED_REACH = 24  # characters before an opposition word where its negation is sought


def opposition_negated(sentence: Sentence, mention: Mention, w: EventWords) -> Mention:
    """An opposition word (grammar `opposing`: "oppose", "objection to", "phản đối", "反对") negated right
    before it (`opposition_negated`: "will not oppose", "has no objection to", "sẽ không phản đối",
    "不会反对") is a statement; "not only opposes", "không chỉ phản đối", "不得不反对" stay what the word
    tells."""
    if mention.term.lower() not in w.opposing or not w.opposition_negated.search(
            sentence.text, max(0, mention.start - _OPPOSITION_NEGATED_REACH), mention.start):
        return mention
    return replace(mention, entry=_OPPOSITION_NEGATED)


_CALLED_ON_TO = Entry("actions", "appeal", "020", "called on to act", 1.5)


def called_on_to(sentence: Sentence, mention: Mention, w: EventWords) -> Mention:
    """A call on another side followed by what it is asked to do (`called_on_to`: "Vietnam called on China
    to respect its sovereignty") is an appeal, not a courtesy call ("called on President Xi")."""
    if mention.term.lower() not in w.called_on:
        return mention
    if w.called_on_to.match(sentence.text, mention.start + len(mention.term)):
        return replace(mention, entry=_CALLED_ON_TO)
    return mention


TOLD_VISITOR = Entry("actions", "meet", "040", "told a visitor", 1.5)


def told_visitor(sentence: Sentence, mention: Mention, w: EventWords) -> Mention:
    """A verb of saying addressed to a visitor (`told_visitor`: "Xi told visiting U.S. Defense Secretary Jim
    Mattis that ...") was said face to face: the meeting, which the visit word then frames."""
    if mention.entry.label != SAID_LABEL:
        return mention
    if w.told_visitor.match(sentence.text, mention.start + len(mention.term)):
        return replace(mention, entry=TOLD_VISITOR)
    return mention


def unbound(sentence: Sentence, mention: Mention, w: EventWords) -> bool:
    """Whether a term that tells its act only of the object named right after it (`bound_acts`: "called in
    the Chinese ambassador", "triệu tập Đại sứ", "charged two officers with hacking") has another object:
    no act ("called in experts", "triệu tập cuộc họp", "charges for water"). A concern voiced ("is concerned
    about") is none either where no government voices it (`concern_unheld`: "as far as China is concerned",
    "Vietnamese fishermen are concerned about"), nor a Chinese concern voiced by no government
    (`unvoiced`)."""
    if mention.term in w.concern_terms:
        return unvoiced(sentence, mention, w)
    pattern = w.bound_acts.get(mention.term.lower())
    if pattern is None:
        return False
    text = sentence.unmarked()
    if mention.entry.kind == "criticize" and w.concern_unheld.search(
            text, max(0, mention.start - _UNHELD_REACH), mention.start):
        return True
    return not pattern.match(text, mention.start + len(mention.term))


_UNHELD_REACH = 50  # characters before a concern word where a frame of topic or no government is sought
_VOICE_BREAK = re.compile(r"[，,；;。\s]")  # where a Chinese clause (or a headline's part) starts
_VOICE_COLON = re.compile(r"[：:]")
_VOICE_OBJECT = re.compile(r"[对對就]")  # the concern's object: its subject is named before it


def unvoiced(sentence: Sentence, mention: Mention, w: EventWords) -> bool:
    """Whether a Chinese concern (grammar zh `concern_terms`) is voiced by no government (`concern_voices`:
    "美国智库", "越南学者", "美国国会议员"): its voice is the speaker before the nearest verb of saying or
    colon before it ("美国智库专家表示，中国南海行为令人深感关切"), else its clause's subject, before the
    object's 对 or 就, or the clause before when its own names none ("…议员致信国务卿，对越南…表达关切")."""
    text = sentence.text
    said = [m.start() for m in w.saying_told.finditer(text, 0, mention.start)]
    said += [m.start() for m in _VOICE_COLON.finditer(text, 0, mention.start)]
    if said:
        end = max(said)
        start = max([0, *(b.end() for b in _VOICE_BREAK.finditer(text, 0, end))])
        return bool(w.concern_voices.search(text, start, end))
    breaks = [b.end() for b in _VOICE_BREAK.finditer(text, 0, mention.start)]
    start = max([0, *breaks])
    owned = _VOICE_OBJECT.search(text, start, mention.start)
    end = owned.start() if owned else mention.start
    if not text[start:end].strip() and len(breaks) > 1:  # "，对越南人权状况表达关切": the clause before
        start, end = breaks[-2], breaks[-1] - 1
    elif not text[start:end].strip() and breaks:
        start, end = 0, breaks[-1] - 1
    return bool(w.concern_voices.search(text, start, end))


_INVESTMENT_CURBED = Entry("actions", "trade_measure", "163", "investment curbed", 1.5)
_PRESS_CURBED = Entry("actions", "reduce_relations", "160", "press curbed", 1.5)
_BODIES_SANCTIONED = Entry("actions", "sanction", "163", "bodies sanctioned", 1.5)
_INVESTED_REACH = 12  # characters before a sanction word where the investment it curbs is sought
_SANCTIONED_REACH = 20  # characters before an answer in kind where the bodies it punishes are sought (zh)
_TOPIC_REACH = 32  # characters before a measure where the 就 opening the topic of remarks is sought
_REMARKS_TOPIC = Entry("actions", "relations", "-", "topic of remarks", 0.5)  # weighs ties, no act
_REMOVED_REACH = 80  # characters before a list's word where a verb taking bodies off it is sought
_LIST_REMOVED = Entry("actions", "statement", "010", "taken off a list", 1.0)  # an easing announced
_ANSWER_THREATENED = Entry("actions", "threaten", "130", "answer threatened", 1.5)
MEASURES = kind_set("actions", "measures")  # read by their object and judged (below)
# The measures with relations cut: what an answer in kind may be (eventkeys.answer_headline), what a
# government imposes on a body named before it (qualifiers._nouns).
MEASURE_ANSWERS = MEASURES | {"reduce_relations"}
# A label of wrongdoing given to the other side ("designated China a currency manipulator"): it says the
# other side did a wrong act.
_LABEL_GIVEN = Entry("actions", "accuse", "112", "label given", 1.5)
# An inquiry's result finding the other side's practice unreasonable or discriminatory (`practice_found`).
_PRACTICE_FOUND = Entry("actions", "accuse", "112", "practice found", 2.0)
_WITHHELD_REACH = 70  # characters before a label where a word withholding or dropping it is sought
# A measure lifted or told only as possible: the government's statement, no measure taken. A trade measure
# so told still names trade (eventwords: "talks ... on rolling back tariffs" are a negotiation).
_MEASURE_NOT_TAKEN = Entry("actions", "statement", "010", "measure not taken", 1.0)
TRADE_NOT_TAKEN = Entry("actions", "statement", "010", "trade measure not taken", 1.0)
_LIFTED_REACH = 60  # characters before a measure word where a verb lifting it, or a modal, is sought
_MEDIA_REACH = 12  # characters before a measure word where the press it is taken on is sought (Chinese)
_FINDING_LABELLED = Entry("actions", "accuse", "112", "finding labelled", 1.5)
_LABEL_REACH = 44  # characters before a finding's word where the verb labelling the other side is sought
_LABEL_WITHHELD_REACH = 32  # characters before that verb where a word denying or withholding it is sought


def _labelled(sentence: Sentence, mention: Mention, w: EventWords) -> bool:
    """Whether a finding labels the other side by a verb right before it, in its clause (grammar
    `finding_labelled`: "xác định Việt Nam là nước thao túng tiền tệ", "将越南列为“汇率操纵国”"): the
    labelling government's accusation. Not a label denied, withheld or taken off, nor one told as what
    another side answers (`label_withheld` before the verb: "không xác định", "不再将中国列为", "về
    việc Mỹ xác định")."""
    text = sentence.unmarked()
    verb = w.finding_labelled.search(text, max(0, mention.start - _LABEL_REACH), mention.start)
    if verb is None or w.clause.search(text, verb.start(), mention.start):
        return False
    low = max(0, verb.start() - _LABEL_WITHHELD_REACH)
    cut = [c.end() for c in w.clause.finditer(text, low, verb.start())]
    return not w.label_withheld.search(text, cut[-1] if cut else low, verb.start())


def measure_object(sentence: Sentence, mention: Mention, w: EventWords) -> Mention:
    """A measure read by its object: a ban or curbs on investment (`invested`: "bans Americans from
    investing in Chinese military firms") are a trade measure, not a sanction of people; a measure on the
    other side's press (`media_measure_after`, `media_measure_before`: "visa curbs on U.S. journalists",
    "对美国驻华媒体采取反制措施") reduces relations; a measure that is the topic of remarks
    (`remarks_topic_before`, `remarks_topic_after`: "就美方制裁…发表谈话") is no act; bodies taken off a
    list (`list_removed`) are no sanction, and a listing or answer in kind threatened
    (`answer_threatened`) is the threat; a finding (`findings`: "currency manipulator") is a statement of
    the government that finds."""
    if mention.entry.kind not in MEASURES:
        return mention
    end = mention.start + len(mention.term)
    topic_from = max(0, mention.start - _TOPIC_REACH)
    if (w.remarks_topic_after.match(sentence.text, end)
            and w.remarks_topic_before.search(sentence.text, topic_from, mention.start)):
        return replace(mention, entry=_REMARKS_TOPIC)  # "就美国财政部制裁中国官员发表谈话": remarked on
    text = sentence.unmarked()
    if mention.entry.label in w.findings:
        if w.label_answered.match(text, end) or w.label_background.match(text):
            # "美财政部将越南列为汇率操纵国 越方回应": the labelled side answers, the label is the matter;
            # "此前…将越南列为": told as what came before the story
            return replace(mention, entry=replace(mention.entry, kind="statement", value="010"))
        if _labelled(sentence, mention, w):
            return replace(mention, entry=_FINDING_LABELLED)  # "xác định Việt Nam là nước thao túng tiền tệ"
        if mention.term.lower() in w.findings_named and not w.finding_withheld.search(
                text, max(0, mention.start - _WITHHELD_REACH), mention.start):
            return replace(mention, entry=_LABEL_GIVEN)  # "labels Vietnam a currency manipulator"
        return replace(mention, entry=replace(mention.entry, kind="statement", value="010"))
    if mention.entry.kind in trade_kinds() and w.practice_found.match(text, end):
        # "公布对华“301调查”结果，认定中国的技术转让做法不合理": the inquiry's finding says the other side did
        # a wrong act, as a label does; no measure is taken by it
        return replace(mention, entry=_PRACTICE_FOUND)
    lifted_from = max(0, mention.start - _LIFTED_REACH)
    if (w.measure_lifted.search(text, lifted_from, mention.start)
            or w.measure_possible.search(text, lifted_from, mention.start)):
        # "lifted sanctions on ...", "a label that can lead to sanctions": the government states an easing
        # or a finding; no measure is taken
        return replace(mention, entry=TRADE_NOT_TAKEN if mention.entry.kind in trade_kinds()
                       else _MEASURE_NOT_TAKEN)
    if mention.entry.kind == "sanction" and (w.invested.match(sentence.text, end) or w.invested_before.search(
            sentence.text, max(0, mention.start - _INVESTED_REACH), mention.start)):
        return replace(mention, entry=_INVESTMENT_CURBED)
    before = max(0, mention.start - _MEDIA_REACH)
    if w.media_after.match(text, end) or w.media_before.search(text, before, mention.start):
        return replace(mention, entry=_PRESS_CURBED)
    if mention.term.lower() in w.list_terms and (
            w.list_removed.search(text, max(0, mention.start - _REMOVED_REACH), mention.start)
            or w.list_removed_after.match(text, end)):
        return replace(mention, entry=_LIST_REMOVED)  # "gỡ 3 công ty Mỹ khỏi danh sách thực thể ..."
    if mention.term.lower() in w.generic_answers and w.answer_conditioned.search(text, 0, mention.start):
        return replace(mention, entry=_ANSWER_THREATENED)  # "如果美方一意孤行，中方必将坚决采取反制措施"
    listed = mention.entry.kind == "trade_measure" and bool(w.unreliable_after.match(text, end))
    if listed or (mention.term.lower() in w.generic_answers and (
            w.sanctioned_after.match(text, end)
            or w.sanctioned_before.search(text, max(0, mention.start - _SANCTIONED_REACH), mention.start))):
        # "danh sách thực thể không đáng tin cậy", "对美国哈德逊研究所等采取反制措施": bodies punished, unless
        # only threatened ("dọa đưa ... vào danh sách", "如果美方一意孤行，中方将…采取坚决反制")
        if w.answer_threatened.search(text, 0, mention.start):
            return replace(mention, entry=_ANSWER_THREATENED)
        return replace(mention, entry=_BODIES_SANCTIONED)
    return mention


_ISSUE_REBUKED = Entry("actions", "criticize", "111", "issue rebuked", 1.5)
_ISSUE_REACH = 28  # characters before an accusation word where the 就 naming its issue is sought


def issue_accused(sentence: Sentence, mention: Mention, w: EventWords) -> Mention:
    """An accusation whose matter is an issue named right before its word (grammar `issue_topic`:
    "就南海问题指责中方", "就人权问题指责") rebukes the other side over the issue, charging no act: the
    criticism; so does one whose content is a verdict of violation told after it in its sentence ("指责中方…
    “严重违反”国际法"). One over an incident ("就撞船事件指责越方") or a named act stays the accusation."""
    if mention.entry.kind != "accuse":
        return mention
    if w.issue_topic.search(sentence.text, max(0, mention.start - _ISSUE_REACH), mention.start):
        return replace(mention, entry=_ISSUE_REBUKED)
    verdict = next((m for m in sentence.actions
                    if m.start > mention.start and given_as_verdict(sentence, m, w)), None)
    if verdict is not None and not _act_named(sentence, mention.start, verdict.start, w.told_hostile):
        return replace(mention, entry=_ISSUE_REBUKED)  # "指责中方…“严重违反”国际法": a verdict
    return mention  # "指责越方船只冲撞中国公务船，严重侵犯中国主权": the act named is the charge


def _act_named(sentence: Sentence, start: int, end: int, kinds: frozenset[str]) -> bool:
    """Whether an act word of one of `kinds` stands between `start` and `end`: the act a verdict tells of."""
    return any(start < m.start < end and m.entry.kind in kinds for m in sentence.actions)


def given_as_verdict(sentence: Sentence, mention: Mention, w: EventWords) -> bool:
    """Whether a word of violation is given as a verdict (`violations` right after `verdict_before`; the
    English words, `violations_unnegated`, after any word but a negation, `verdict_unnegated`)."""
    if mention.entry.label not in w.violations:
        return False
    verdict = w.verdict_unnegated if mention.entry.label in w.violations_unnegated else w.verdict_before
    return bool(verdict.search(sentence.unmarked(), max(0, mention.start - VERDICT_REACH), mention.start))


# characters before a word of verdict where what makes it one is sought (the patterns end at the word: only
# "called <its object> irresponsible" reaches far)
VERDICT_REACH = 90


VIOLATION_JUDGED = Entry("actions", "criticize", "111", "violation judged", 1.5)


def violation_judged(sentence: Sentence, mention: Mention, w: EventWords) -> Mention:
    """The other side's act given a speaker's verdict of violation (grammar `violations`: "vi phạm", "侵犯";
    right after a verdict, `verdict_before`: "là vi phạm", "là hành động xâm phạm", "严重侵犯"), told by a
    verb of saying or a speaker's colon before it in its sentence, failing one by a verb judging (grammar
    `judging`: "called the arms sale irresponsible", "称"), failing both by a speaker closing the sentence
    after a comma (_attributed_after: "..., Vietnam says"): "khẳng định việc Trung Quốc hạ đặt giàn
    khoan ... là vi phạm nghiêm trọng", "表示，…越方此举严重侵犯中国领土主权" is that speaker's
    criticism. An act told without a verdict ("tàu ... xâm phạm vùng biển") or denied ("không vi phạm",
    "不侵犯") stays a word of the dispute, and so does a breach by a company (`verdict_firms`:
    "中兴通讯公司严重违反…"), a verdict told by no government (`concern_voices`: "中国学者表示") or one on
    a use of force named between the verb of saying and it ("说，越方船只冲撞中国公务船，严重侵犯…": the
    ramming told is the accusation)."""
    if not given_as_verdict(sentence, mention, w):
        return mention
    said = max((m.start for m in sentence.actions if m.entry.kind == "statement" and m.start < mention.start),
               default=-1)
    if said < 0:  # a verb judging that is no statement word ("called the arms sale irresponsible", "称")
        said = max((v.start() for v in w.judging.finditer(sentence.unmarked(), 0, mention.start)), default=-1)
    if said < 0:
        return _attributed_after(sentence, mention, w)
    if _act_named(sentence, said, mention.start, _FORCE):
        return mention
    text = sentence.unmarked()
    clause = max([said, *(b.end() for b in _VERDICT_BREAK.finditer(text, said, mention.start))])
    if w.verdict_firms.search(text, clause, mention.start):
        return mention  # "中兴通讯公司严重违反美国出口管制规定": a company's breach, no side's act
    voice = max([0, *(b.end() for b in _VERDICT_BREAK.finditer(text, 0, said))])
    if w.concern_voices.search(text, voice, said):
        return mention  # "中国学者表示，…严重侵犯中国主权": no government's verdict
    return replace(mention, entry=VIOLATION_JUDGED)


_VERDICT_BREAK = re.compile(r"[，,；;。：:]")  # where the clause of a verdict, or of its speaker, starts


def _attributed_after(sentence: Sentence, mention: Mention, w: EventWords) -> Mention:
    """A verdict told before its speaker, who closes the sentence after a comma (a verb of saying, grammar
    `saying_told`: "China's drills near the Paracels are unacceptable, Vietnam says", "…là sai trái, Bộ
    Ngoại giao Việt Nam cho biết"): the speaker's criticism of the other side, as one told after the verb
    (`attributed_sides`); not when an act of force stands before the verdict (the act told is the charge),
    nor when no side of the three speaks there or none is judged."""
    if attributed_sides(sentence, mention, w) is None or _act_named(sentence, -1, mention.start, _FORCE):
        return mention
    return replace(mention, entry=VERDICT_ATTRIBUTED)


VERDICT_ATTRIBUTED = Entry("actions", "criticize", "111", "verdict attributed", 1.5)


def attributed_sides(sentence: Sentence, mention: Mention, w: EventWords) -> tuple[str, str] | None:
    """The speaker named after the last comma before the verb of saying that closes the verdict's sentence,
    and the other side named before that comma: who judges and who is judged; None when the sentence has no
    such attribution (a break between, a voice of no government: "..., analysts said")."""
    end = mention.start + len(mention.term)
    verb = w.saying_told.search(sentence.text, end)
    if verb is None or _SENTENCE_BREAK.search(sentence.text, end, verb.start()):
        return None
    commas = [b.end() for b in _ATTRIBUTION_BREAK.finditer(sentence.text, end, verb.start())]
    if not commas or w.concern_voices.search(sentence.unmarked(), commas[-1], verb.start()):
        return None
    speakers = [code for at, code in sentence.actors if commas[-1] <= at < verb.start()]
    judged = [code for at, code in sentence.actors
              if at < commas[-1] and (not speakers or code != speakers[-1])]
    if not speakers or not judged:
        return None
    return speakers[-1], judged[0]


_ATTRIBUTION_BREAK = re.compile(r"[，,]")  # the comma before a speaker told after what it said
_SENTENCE_BREAK = re.compile(r"[；;。：:]")  # a break no attribution reaches over


_FORCE = frozenset({"threaten"})  # a use of force ("冲撞", "驱赶", "đâm va"), not a build-up (military)


_MEASURE_JUDGED = Entry("actions", "criticize", "111", "measure judged", 1.5)
_JUDGING_REACH = 40  # characters before a measure word where the verb judging it is sought
_SPEECH_OPENERS = frozenset("，,：:")  # right after a verb of judging, they open what it says
_COLONS = frozenset("：:")  # ending a statement word, a speaker's colon ("外交部：")


def measure_judged(sentence: Sentence, mention: Mention, w: EventWords) -> Mention:
    """A measure its clause's speaker judges (`judging` before it, `judged_as` after it: "China calls new
    U.S. chip curbs 'bullying'", "称美国芯片出口管制是霸凌行径", "gọi thuế của Mỹ là bất công") is that
    speaker's criticism of it, not the measure."""
    if mention.entry.kind not in MEASURES:
        return mention
    text = sentence.unmarked()
    start = max(0, mention.start - _JUDGING_REACH)
    verbs = list(w.judging.finditer(text, start, mention.start))
    if not verbs:
        # A speaker's colon opens what it says as a verb of judging does ("外交部：美国…做法是不负责任的")
        colon = max((m.start + len(m.term) for m in sentence.actions
                     if (m.entry.label == COLON_LABEL
                         or m.entry.kind == "statement" and m.term[-1:] in _COLONS)
                     and start <= m.start + len(m.term) <= mention.start), default=-1)
        if colon >= 0 and not w.clause.search(text, colon, mention.start) and w.judged_as.match(
                text, mention.start + len(mention.term)):
            return replace(mention, entry=_MEASURE_JUDGED)
        if w.said_judged_as.match(text, mention.start + len(mention.term)):
            return _attributed_after(sentence, mention, w)  # "U.S. chip curbs are 'bullying', China says"
        return mention
    said = verbs[-1].end()
    said += text[said:said + 1] in _SPEECH_OPENERS  # "表示，美国…": the comma opens what is said
    if w.clause.search(text, said, mention.start):
        return mention
    end = mention.start + len(mention.term)
    if verbs[-1].group().lower() in w.said_verbs:
        # A verb of saying tells the speaker's own measure too ("says it will impose duties ... over unfair
        # subsidies"): it judges only one not announced as its own, and by a predicate ("were unjustified").
        if w.own_measure.search(text, said, mention.start):
            return mention
        if w.said_judged_as.match(text, end):
            return replace(mention, entry=_MEASURE_JUDGED)
        return mention
    if w.judged_as.match(text, end):
        return replace(mention, entry=_MEASURE_JUDGED)
    return mention


_HALT_DEMANDED = Entry("actions", "demand", "100", "halt demanded", 1.5)


def halt_demanded(sentence: Sentence, mention: Mention, w: EventWords) -> Mention:
    """An appeal for a halt of what the other side does, within its clause (`halt_asked`: "urged Beijing
    to stop", "called for an immediate halt to land reclamation", "呼吁…停止"), or for a force withdrawn or
    people released (`withdrawal_asked`: "đề nghị Trung Quốc rút ngay tàu", "thả ngư dân", "urged Beijing to
    withdraw its warships", "to free jailed bloggers", "to release Liu Xiaobo"; `released_named`: a Chinese
    name after 释放, "呼吁北京立即释放刘晓波"), is a demand."""
    if mention.entry.kind != "appeal":
        return mention
    end = mention.start + len(mention.term)
    stop = PUNCTUATION.search(sentence.text, end, end + _WARNING_REACH)  # also where a second ask may open
    limit = stop.start() if stop else end + _WARNING_REACH
    if (w.halt_asked.search(sentence.text, end, limit) or w.withdrawal_asked.search(sentence.text, end, limit)
            or w.released_named.search(sentence.text, end, limit)):
        return replace(mention, entry=_HALT_DEMANDED)
    # A second ask joined by a comma with no subject of its own ("敦促美方释放积极信号，停止对华打压"): the
    # halt opens the next clause, after at most an adverb (立即, 并).
    halt = (w.halt_asked.search(sentence.text, stop.end(), stop.end() + _NEXT_ASK_REACH + _HALT_WORD)
            if stop and stop.group() in ",，" else None)
    if halt and stop and halt.start() - stop.end() <= _NEXT_ASK_REACH:
        return replace(mention, entry=_HALT_DEMANDED)
    return mention


# An appeal to an office-holder of the speaker's own country: what it asks its own government to do, told
# to nobody of the other side; a statement.
OWN_SIDE_URGED = Entry("actions", "statement", "010", "own side urged", 1.0)
_ADDRESSEE_REACH = 30  # characters after an appeal word through which its addressee's name is sought


def own_side_urged(sentence: Sentence, mention: Mention, w: EventWords) -> Mention:
    """An appeal whose addressee, the first person named after its word (within `_ADDRESSEE_REACH` and
    before a punctuation mark, no country or body named before that person), is an office-holder of the
    country named last before the word, its speaker ("The U.S. Senate voted to urge President Bill Clinton
    to lift the embargo against Vietnam", "越南国会代表呼吁阮春福总理…"), asks the speaker's own government
    to act: a statement about the other side, no appeal to it; so is one in a headline naming no speaker,
    whose matter is another of the three named after the addressee ("Senate urges Clinton to lift Vietnam
    trade embargo"). An addressee of another country, or one named by a country ("Vietnam urged the United
    States"), leaves the appeal."""
    if mention.entry.kind != "appeal":
        return mention
    end = mention.start + len(mention.term)
    codes = dict(sentence.people)
    names = sorted(sentence.actors + sentence.countries)
    named = sorted(names + [(at, codes.get(name, "")) for at, name in sentence.people_at])
    limit = _clause_limit(sentence.text, end, _ADDRESSEE_REACH)
    first_country = next((at for at, _ in names if at >= end), len(sentence.text))
    person = next(((at, name) for at, name in sorted(sentence.people_at) if end <= at < limit), None)
    if person is None or first_country < person[0]:
        return mention
    addressee = codes.get(person[1], "")
    before = [code for at, code in named if at < mention.start and code]
    if before:
        return replace(mention, entry=OWN_SIDE_URGED) if before[-1] == addressee else mention
    # A headline names no speaker ("Senate urges Clinton to lift Vietnam trade embargo"): the appeal is the
    # addressee's side's own when what it asks is about another of the three, named after the addressee.
    if sentence.headline and any(code not in ("", addressee) for at, code in named if at > person[0]):
        return replace(mention, entry=OWN_SIDE_URGED)
    return mention


_NEXT_ASK_REACH = 2  # characters after a comma before a halt word that opens a second ask ("，立即停止")
_HALT_WORD = 4  # the longest halt word's characters, read past that reach


_TRIP_FOR_TALKS = Entry("actions", "visit", "042", "trip for talks", 1.0)
# Characters before talks where the trip for them is sought ("đã tới Thủ đô Oa-sinh-tơn, bắt đầu tham dự").
_TRIP_REACH = 50
_NEGATION_REACH = 24  # characters before a trip's words where a negation of it is sought
# A gathering a trip of another time was for is background: it tells of ties only.
_TRIP_BACKGROUND = Entry("actions", "relations", "-", "trip of another time", 0.5)


def trip_for_talks(sentence: Sentence, mention: Mention, w: EventWords) -> Mention:
    """Talks a trip is for (`trip_for`: "Do Muoi in China for talks", "flies to Beijing for talks"): the
    visit made for them, when a land of the three is named in the words before them."""
    if mention.entry.kind != "meet":
        return mention
    found = _trip_words(sentence, mention, w)
    if found is None:
        return mention
    if _trip_of_another_time(sentence, mention, found, w):
        return replace(mention, entry=_TRIP_BACKGROUND)  # "in Vietnam for Mekong summit last year"
    if not _land_of_trip(sentence, found, w):
        return mention
    return replace(mention, entry=_TRIP_FOR_TALKS)


def _trip_words(sentence: Sentence, mention: Mention, w: EventWords) -> re.Match[str] | None:
    """The words of a trip made for the talks or gathering of `mention`, ending where it starts."""
    start = max(0, mention.start - _TRIP_REACH)
    found = w.trip_for.search(sentence.text, start, mention.start)
    if found is None and mention.term.lower() in w.summit_words:
        found = w.trip_for_summit.search(sentence.text, start, mention.start)  # "in China for Mekong summit"
    return found


def _trip_of_another_time(sentence: Sentence, mention: Mention, found: re.Match[str],
                          w: EventWords) -> bool:
    """Whether a trip's words tell one of another time (`trip_past`, `trip_past_before`)."""
    before = max(0, found.start() - _NEGATION_REACH)
    return bool(w.trip_past_before.search(sentence.text, before, found.start())
                or w.trip_past.match(sentence.text, mention.start + len(mention.term)))


def trip_land(sentence: Sentence, mention: Mention, w: EventWords) -> str:
    """The land of the three a trip for the talks or gathering of `mention` goes to (`trip_for`; a summit
    named by a few words, `trip_for_summit`), the first named in the words before them, or "": "Chinese
    premier in Vietnam for a Mekong summit" goes to Vietnam, whoever the sentence names first; a trip
    negated right before its words (`trip_negated`: "won't travel to", "sẽ không đến") or of another time
    (`trip_past`, `trip_past_before`: "in Vietnam for Mekong summit last year", "who was in ...") is none."""
    found = _trip_words(sentence, mention, w)
    if found is None or _trip_of_another_time(sentence, mention, found, w):
        return ""  # "... summit last year"
    return _land_of_trip(sentence, found, w)


def _land_of_trip(sentence: Sentence, found: re.Match[str], w: EventWords) -> str:
    """The first land of the three named in a trip's words, or "" when the trip is negated right before
    them ("won't travel to China for ...", "sẽ không đến Hà Nội dự")."""
    if w.trip_negated.search(sentence.text, max(0, found.start() - _NEGATION_REACH), found.start()):
        return ""
    return next((code for at, code in sentence.lands if found.start() <= at < found.end()), "")


def is_trip_for_talks(mention: Mention) -> bool:
    """Whether a visit is one trip_for_talks made of talks or a gathering."""
    return mention.entry is _TRIP_FOR_TALKS


_RELATIVE_OPENING = 14  # characters before a visit word read for what makes it qualify a traveller (正在)


def qualifies_traveller(text: str, action: Mention, w: EventWords) -> bool:
    """Whether a Chinese visit word closes a clause qualifying the traveller named after its 的 (grammar
    `traveller_relative`, `traveller_relative_before`: "到访的中国国家主席…", "正在越南访问的美国总统");
    not an agent's visit word, which qualifies where it goes ("特朗普即将访问的越南")."""
    end = action.start + len(action.term)
    return (action.term[:1] >= "\u3000" and bool(w.traveller_relative.match(text, end))
            and bool(w.traveller_relative_before.search(
                text[max(0, action.start - _RELATIVE_OPENING):action.start] + action.term[:1])))
