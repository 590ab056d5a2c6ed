"""The events a sentence reports: a frame clause set apart, a headline or untitled first sentence of two
acts cut in two, each clause's action words (eventwords.py) given their sides (eventsides.py)."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from functools import partial

from .analysis import held_by
from .clauses import COLON_LABEL, SAID_LABEL
from .eventacts import VERDICT_ATTRIBUTED, VIOLATION_JUDGED, act_word, attributed_sides, unbound
from .eventgrammar import EventWords, words
from .eventpeople import SYMMETRIC
from .eventsides import (
    actor_target,
    addressee,
    agent_after,
    caller_first,
    envoy_land,
    measure_owner,
    object_after,
    passive_sides,
    speaker_first,
    unnamed,
    visit_destination,
    visit_direction,
)
from .eventwords import SHIP_CALL, SHIP_VISIT, Found, answered_kinds, answers, event_actions
from .gazetteer import fold_text
from .grammar import shared, shared_pattern
from .lexicon import CJK, Entry
from .places import place_words
from .sentence import Mention, Sentence

_SHIPS_CALLING = (SHIP_CALL, SHIP_VISIT)  # a ship's own call: the ship's country is the side that calls

# Characters before and after a ship's word where the name of its navy's country is sought: a demonym
# right before ("U.S. carrier", "美国航母"); after, past the ship's own name ("khinh hạm USS Vandegrift của
# Hải quân Hoa Kỳ").
SHIP_BEFORE, SHIP_AFTER = 30, 60
_HEADLINE_BREAKS = 8  # breaks of a headline tried for a second act: a headline has few
# An appeal or demand that asks nothing of the other side ("Mattis called for a diplomatic solution").
# An activity two sides' forces do together (grammar `joint_forces`: 联合巡逻, 联合演习): both do it, so the
# side named nearest before it is no more its doer than the other; the first named stays its actor.
_JOINT_FORCES = frozenset(shared("joint_forces"))
_UNADDRESSED = Entry("actions", "statement", "010", "unaddressed", 1.0)
# A hostile act a government says the other side did: its accusation.
_TOLD_HOSTILE = Entry("actions", "accuse", "112", "told hostile act", 1.0)
# A hostile act told of the other side and judged in its clause ("... is a provocation"): criticism.
_JUDGED_HOSTILE = Entry("actions", "criticize", "111", "judged hostile act", 1.0)


def _part(sentence: Sentence, start: int, end: int) -> Sentence:
    """The sentence seen through the characters [start, end): its actions and names there only."""
    actors = [n for n in sentence.actors if start <= n[0] < end]
    codes = {code for _, code in actors}
    people_at = [p for p in sentence.people_at if start <= p[0] < end]
    # A person placed only outside the characters is another clause's ("在越共中央总书记苏林访华前夕，…王毅…
    # 会见裴青山": the party chief of the clause of time is not the meeting's, though of its country).
    inside, placed = {name for _, name in people_at}, {name for _, name in sentence.people_at}
    return replace(sentence, actions=[m for m in sentence.actions if start <= m.start < end], actors=actors,
                   countries=[n for n in sentence.countries if start <= n[0] < end],
                   lands=[n for n in sentence.lands if start <= n[0] < end],
                   people=[p for p in sentence.people
                           if p[1] in codes and (p[0] in inside or p[0] not in placed)],
                   people_at=people_at)


def events_of(sentence: Sentence, previous: set[str]) -> list[Found]:
    """The (type, actor, target) events a sentence reports, with the action word behind each, for a
    visit the destination its words name ("" when they name none), and the clause that tells it."""
    if not sentence.actors and not sentence.countries:
        # No side named: every clause below is a part of this sentence, with no name either, and
        # actor_target finds no side in one whatever the previous sentence named (it completes only one
        # side named), so no clause tells an event. A supported sentence of ordinary reporting ("Officials
        # said the talks covered trade") is answered here without reading its act words.
        return []
    text = sentence.text
    w = words()
    frame = None
    if text[:1] in w.frame_starts:
        frame = w.frame_clause.match(text)
    elif any(hint in text for hint in w.frame_glued_hints):
        frame = w.frame_glued.match(text)
    answered = None
    if not frame:
        if w.answered_starts is None or text[:1] in w.answered_starts:
            answered = w.answered_frame.match(text)
        if answered is None and any(hint in text for hint in w.answered_glued_hints):
            answered = w.answered_glued.match(text)
    if answered:
        # "After U.S. sanctions, China hits back", "针对美方对华加征关税，中方宣布…": the act after the comma,
        # the earlier act's countries its other side; the earlier act is of another time (its people take no
        # part in the sentence's event).
        main = _part(sentence, answered.end(), len(sentence.text) + 1)
        named = {name for _, name in main.people_at}  # those of the earlier act take no part in this one
        main = replace(main, people=[p for p in main.people if p[0] in named])
        if event_actions(main) and main.countries:
            before = _part(sentence, 0, answered.end())
            return _clause_events(main, previous | {code for _, code in before.countries})
    if frame:
        cut = frame.end()
        main = _part(sentence, cut, len(sentence.text) + 1)
        if event_actions(main) and main.countries:
            # The frame's countries complete the main clause's other side ("Ngày 15/11, nhân dịp đồng chí
            # Tập Cận Bình được bầu lại ..., Tổng Bí thư Nguyễn Phú Trọng đã gửi điện chúc mừng"), as an
            # occasion's do a headline's act (_act_after_occasion).
            occasion = _part(sentence, 0, cut)
            return (_clause_events(main, previous | {code for _, code in occasion.countries})
                    + _clause_events(occasion, previous))
    breaks = w.headline_break if sentence.headline else w.lead_break if sentence.index == 0 else None
    if breaks and (parts := _two_acts(sentence, w, breaks)):
        first, second = parts  # each clause's other side is the other's subject
        if _suffered_unnamed(first, w):
            # "越南漁船遭撞沉 越方向中方提出抗議": the first clause names only the side that suffered, at no
            # one's hand; it is the occasion of the second's act, the second's countries not its agent.
            return _clause_events(second, previous | {code for _, code in first.countries}, sentence)
        return (_clause_events(first, previous | {code for _, code in second.countries}, sentence)
                + _clause_events(second, previous | {code for _, code in first.countries}, sentence))
    if sentence.headline and breaks and (parts := _act_after_occasion(sentence, w, breaks)):
        occasion, act = parts  # the occasion's countries are the act's other side
        return _clause_events(act, previous | {code for _, code in occasion.countries}, sentence)
    return _clause_events(sentence, previous)


def _suffered_unnamed(first: Sentence, w: EventWords) -> bool:
    """Whether a title's first clause names one side only and tells each of its act words in the passive
    with no agent: the mark (grammar `passive_mark`) before the word, no name between them and none behind
    `passive_by` after it ("越南漁船遭撞沉", "Vietnamese boat rammed and sunk"): what that side suffered,
    with the hand left unnamed."""
    if len({code for _, code in first.countries}) != 1:
        return False
    acts = event_actions(first)
    for action in acts:
        before = first.text[max(0, action.start - _MARK_REACH):action.start]
        marks = list(w.passive_mark.finditer(before))
        if not marks:
            return False
        mark = action.start - len(before) + marks[-1].start()
        if (any(mark <= at < action.start for at, _ in (*first.countries, *first.actors))
                or agent_after(first, action)):
            return False
    return bool(acts)


# characters before an act word where its passive's mark is sought, the mark itself within them: a little
# short of zh `passive`, which lets 12 characters stand after the mark
_MARK_REACH = 12


def _act_after_occasion(sentence: Sentence, w: EventWords, breaks: re.Pattern[str]
                        ) -> tuple[Sentence, Sentence] | None:
    """A headline whose act words all follow its last break before them, the clause after it opening with
    its own subject and telling a one-sided act ("奥巴马见达赖 北京召见美代办抗议", "美宣布对台军售
    中共召见骆家辉抗议"): the clause before, with no act word, is the occasion, the one after the act.
    Two sides named apart ("Vietnam, China sign ...", "Hagel, Chinese defence chief trade barbs") act
    together."""
    acts = sorted((m.start, kind) for m in sentence.actions  # a bound word with another object: none (below)
                  if (kind := act_word(sentence, m).entry.kind) in w.rank and not unbound(sentence, m, w))
    if not acts or acts[0][1] in SYMMETRIC:
        return None
    cut = None
    for tried, match in enumerate(breaks.finditer(sentence.text, 0, acts[0][0])):
        if tried >= _HEADLINE_BREAKS:
            return None
        cut = match
    if cut is None or not _opens_with_subject(sentence, cut.end(), acts[0][0], w):
        return None
    if all(m.entry.label == SAID_LABEL for m in sentence.actions if m.start >= cut.end()) and any(
            m.entry.label in w.violations for m in sentence.actions if m.start < cut.start()):
        return None  # "China's drills ... unacceptable, Vietnam says": what the speaker after it said
    occasion = _part(sentence, 0, cut.start())
    if not occasion.countries or not unnamed(sentence, 0, cut.start()).strip():
        return None  # a name alone before the break is one of two sides ("Hagel, Chinese defence chief spar")
    return occasion, _part(sentence, cut.end(), len(sentence.text) + 1)


def _two_acts(sentence: Sentence, w: EventWords, breaks: re.Pattern[str]) -> tuple[Sentence, Sentence] | None:
    """A headline of two acts, each with its own subject ("Beijing fires missiles in South China Sea as US
    adds sanctions", "Trung Quốc cấm đánh bắt cá, Việt Nam phản đối"): its two clauses, the first the news.
    The second clause opens with its subject: names of the three, titles or offices only, then its act
    word ("as China protests"; not "amid Vietnam visit" nor "Vietnamese leaders meet"). `breaks`: where a
    title is cut, or the fewer words where a first sentence standing in for a title is ("as", "while")."""
    # A word that tells its act only of a bound object (`bound_acts`: 限制, 禁止 of investment) is no act word
    # with another ("美国禁止中国记者入境 中方批评": the criticism is the one act, not its occasion's ban).
    acts = sorted(m.start for m in sentence.actions
                  if act_word(sentence, m).entry.kind in w.rank and not unbound(sentence, m, w))
    if len(acts) < 2:
        return None  # one act word: one act
    end = len(sentence.text) + 1
    for tried, cut in enumerate(breaks.finditer(sentence.text, acts[0])):
        if tried >= _HEADLINE_BREAKS:
            break
        act = acts[bisect_left(acts, cut.end())] if acts[-1] >= cut.end() else None
        if act is None:
            break  # no act word after the break
        if not _opens_with_subject(sentence, cut.end(), act, w):
            continue
        first = _part(sentence, 0, cut.start())
        if not first.countries or not event_actions(first):
            continue
        second = _part(sentence, cut.end(), end)
        acts_after = event_actions(second)
        # "…, Pompeo said": a speaker after what was said tells one act, the speaker's.
        if acts_after and any(m.entry.label != SAID_LABEL for m in acts_after):
            return first, second
    return None


def _opens_with_subject(sentence: Sentence, start: int, act: int, w: EventWords) -> bool:
    """Whether the clause from `start` opens with its subject right before its act word: names of the
    three, titles and offices, with the subject's ships or forces ("as Chinese ship rams", "khi tàu
    Trung Quốc đâm") and a verb that carries a noun act word ("as US adds sanctions", "美国宣布制裁"), a
    capital for its government ("; Beijing warns of retaliation"); or
    an office and a name the lexicon does not hold ("as Premier Li visits Hanoi")."""
    gap = unnamed(sentence, start, act)
    # "外交部：": a speaker that acts; "; Beijing warns": a capital standing for its government
    if not any(start <= at <= act for at, _ in sentence.actors + sentence.countries):
        if not any(start <= m.start < act for m in (*sentence.titles, *sentence.offices)):
            return False
        gap = w.titled_name.sub(" ", gap)
    gap = w.passive_agent.sub(" ", gap)
    return not w.light_verbs.sub(" ", w.object_marked.sub(" ", gap)).strip()


def _clause_events(sentence: Sentence, previous: set[str], whole: Sentence | None = None) -> list[Found]:
    """events_of for one clause (or the whole sentence); `whole`: the headline the clause is part of, where
    who an appeal or demand asks is sought across a clause of time ("Vietnam demands compensation as
    Chinese ship rams fishing boat")."""
    actions = event_actions(sentence)
    sides = actor_target(sentence, previous) if actions else None
    if sides is None:
        return []
    found = []
    answer = actions[0]
    for action in actions:
        kind = action.entry.kind
        actor, target, destination = _directed(sentence, action, answer, sides)
        if kind == "phone_call":
            actor, target = caller_first(sentence, actor, target)
        elif kind in words().spoken:
            actor, target = speaker_first(sentence, action, actor, target)
        # A verdict of violation ("表示，…越方此举严重侵犯中国主权") is the speaker's, on the side it names.
        if action.entry is VIOLATION_JUDGED and (
                told := _told_by(sentence, action, _said_at(sentence, action))):
            actor, target = told
        if action.entry is VERDICT_ATTRIBUTED and (told := attributed_sides(sentence, action, words())):
            actor, target = told  # "China's drills ... are unacceptable, Vietnam says": the closing speaker's
        # A warship's call is a visit told by its ship: no hostile act, whoever tells of it. The verb of
        # saying is sought once for the teller and for the teller's own force after it.
        if (kind in words().told_hostile and action.entry is not SHIP_CALL
                and (told := _told_by(sentence, action, said := _said_at(sentence, action)))):
            if (repelled := _repelled(sentence, action, told[0], said)) is not None:
                # "称，美舰擅自闯入西沙领海，南部战区…跟踪监视，并予以警告驱离": the teller's own force
                # turning the intruder away is the act told; the intrusion is what it answers, no accusation.
                kind, action = repelled.entry.kind, repelled
            elif words().act_judged.match(sentence.text, action.start + len(action.term)):
                # "外交部：美舰擅自进入西沙领海是严重的政治和军事挑衅": the act judged, the teller's criticism
                kind, action = "criticize", replace(action, entry=_JUDGED_HOSTILE)
            else:
                kind, action = "accuse", replace(action, entry=_TOLD_HOSTILE)
            actor, target = told
        if kind == "military" and (holder := held_by(sentence)) not in ("", actor):
            target = holder  # "... quanh đá Chữ Thập ... của Việt Nam, hiện bị Trung Quốc chiếm đóng"
        if kind in _PARTICIPLES and _subject_after_opening(sentence, action) == target:
            actor, target = target, actor
        elif kind in _OBJECT_AFTER and object_after(sentence, action) == actor:
            actor, target = target, actor  # "Bộ trưởng Bộ Y tế tiếp Đại sứ Trung Quốc": the guest is China
        if kind in words().passive_kinds:
            turned = passive_sides(sentence, action, actor, target)
            if (kind in words().addressed and turned == (actor, target)
                    and not addressee(whole or sentence, action)):
                kind, action = "statement", replace(action, entry=_UNADDRESSED)
            actor, target = turned
        if (kind == "criticize" and actor == _PROTESTS_BY_OBJECTING
                and action.entry.label in words().vietnam_objection
                and not words().objector_bodies.search(sentence.text, 0, action.start)):
            # "越南坚决反对美国众议院通过…法案": Vietnam's `phản đối` as other copy renders it, its protest;
            # not a company's ("Vietnam's state utility EVN opposed")
            kind = "protest"
        found.append(((kind, actor, target), action, destination, sentence))
    return found


# The government whose word of objection (`phản đối`, rendered 反对 or "opposes") is its formal protest.
_PROTESTS_BY_OBJECTING = "VNM"


# Acts whose word may open a sentence as a participle ("Tiếp Bộ trưởng Thương mại Trung Quốc ..., Thủ
# tướng Phạm Minh Chính đề nghị ..."; "Receiving the Chinese minister, the prime minister urged ..."): the
# host acts.
_PARTICIPLES = frozenset({"host_visit"})
# Acts whose object is named right after their word (eventsides.object_after): who is received, who is
# congratulated; the actor is the other side.
_OBJECT_AFTER = frozenset({"host_visit", "praise"})
_SUBJECT_REACH = 60  # characters after the opening clause's comma where its subject is named
# A dispatch's dateline before the opening word ("HÀ NỘI (TTXVN) - ", "(Chinhphu.vn) - ", "Bắc Kinh, 19/6
# (TTXVN) - "): the sentence still opens with the act word.
_DATELINE = re.compile(r"^[^.;:()]{0,40}\([^()]{1,30}\)\s*[-–—]\s*")


def _subject_after_opening(sentence: Sentence, action: Mention) -> str:
    """The side an act word opening a sentence is done by ("Tiếp X sáng 5/9, Thủ tướng Phạm Minh Chính ..."):
    the first of the three named right after the opening clause's comma, with only titles and offices
    before it; "" when the word does not open the sentence or no subject follows."""
    if sentence.headline or _DATELINE.sub("", sentence.text[:action.start]).strip(" \"'“‘-–—"):
        return ""
    comma = min((at for at in (sentence.text.find(",", action.start), sentence.text.find("，", action.start))
                 if at >= 0), default=-1)
    if comma < 0:
        return ""
    after = sorted((at, code) for at, code in sentence.actors if comma < at < comma + _SUBJECT_REACH)
    if not after or unnamed(sentence, comma + 1, after[0][0]).strip():
        return ""
    return after[0][1]


# Where a Chinese clause ends: a side named before it is another clause's subject (a headline's parts are
# parted by a space: "美艦航經台灣海峽 陸東部戰區全程跟監").
_CJK_CLAUSE_BREAK = re.compile(r"[，,。；;：:\s]")
# Before a side: the act's object (对, 向, 将, 把) or where it is done (在, 于: "越南在南沙岛礁填海造地").
_CJK_OBJECT_MARKS = frozenset("对對向朝将將把在于於")


def _military_subject(sentence: Sentence, action: Mention) -> str:
    """The side a Chinese military act word is done by: the one named nearest before it in its own clause
    ("南部战区组织海空兵力对其跟踪监视": the theatre command, though the US ship was named first); "" when
    none is, or the word is not in Chinese script."""
    if not CJK.match(sentence.text, action.start):
        return ""
    # Only a side named as one who acts (not a place), and not one marked as the object or the setting, the
    # mark before its name or opening it ("南部戰區對美艦予以警告驅離", where 對美 is one name: the ship is
    # warned off).
    before = [(at, code) for at, code in sentence.actors
              if at < action.start and not _CJK_CLAUSE_BREAK.search(sentence.text, at, action.start)
              and not {sentence.text[at - 1:at], sentence.text[at:at + 1]} & _CJK_OBJECT_MARKS
              # nor one with another act word or its own passage after it, whose subject it is
              # ("东部战区对美舰过航全程跟踪监视", grammar zh `own_passage`)
              and not any(at < m.start < action.start for m in sentence.actions)
              and not shared_pattern("own_passage", "{}", 0).search(sentence.text, at, action.start)]
    return max(before)[1] if before else ""


def _directed(sentence: Sentence, action: Mention, answer: Mention, sides: tuple[str, str]
              ) -> tuple[str, str, str]:
    """Actor, target and destination of one action word of a clause naming `sides`: a measure is its
    owner's, the act an answer answers the other side's, a ship's call its navy's, a visit goes where
    its destination says."""
    kind = action.entry.kind
    actor, target = visit_direction(kind, *sides, sentence)
    if kind == "host_visit" and (envoy := envoy_land(sentence, action)) in sides:
        # credentials presented: the host receives the envoy ("Đại sứ ... trình Quốc thư lên Chủ tịch ...")
        actor, target = next(code for code in sides if code != envoy), envoy
    if (kind == "military" and action.entry.label not in _JOINT_FORCES
            and (doer := _military_subject(sentence, action)) in sides and doer != actor):
        actor, target = target, actor  # "美艦航經台灣海峽 陸東部戰區全程跟監": the shadowing is China's
    elif (kind == "military" and action.entry.label in words().ships and _hosted(sentence, action)
          and (owner := _ship_navy(sentence, action, sides)) and owner != actor):
        # A warship told from the port's side is its navy's, whichever side the sentence names first: the
        # port that welcomes it ("Da Nang welcomes U.S. aircraft carrier", "Cam Ranh đón tàu khu trục Mỹ").
        # Only after a host's word: with none, the side named first acts on the ship ("Chinese navy shadows
        # U.S. destroyer", "Trung Quốc điều máy bay theo dõi tàu khu trục Mỹ").
        actor, target = owner, actor
    if kind != "criticize" and (owner := measure_owner(sentence, action)):  # "... as U.S. tariff ..."
        actor, target = owner, next((code for code in sides if code != owner), target)
    elif action is not answer and answers(answer) and kind in answered_kinds(answer) and (
            answer.entry.kind not in words().threatening or measure_owner(sentence, action, True) == target):
        # the act an objection or a welcome answers is the other side's; a threat's, only when named so
        actor, target = target, actor
    destination = visit_destination(sentence, action) if kind == "visit" else ""
    if action.entry in _SHIPS_CALLING and (owner := _ship_owner(sentence, action, sides)):
        # the navy's country calls on the other side (a ship's name alone tells no side); a ship carrying a
        # delegation brings its country's visitors
        actor, target = owner, next(code for code in sides if code != owner)
        destination = target
    if destination in sides and destination != target:
        actor, target = target, actor
    elif destination not in sides:
        destination = ""
    return actor, target, destination


def _said_at(sentence: Sentence, action: Mention) -> int | None:
    """Where the verb of saying before an act word starts: a statement's "said" of the lexicon, else a verb
    the lexicon holds as no statement of its own ("cho biết", "表示"); None when there is none."""
    said = next((m.start for m in sentence.actions if m.entry.label == SAID_LABEL and m.start < action.start),
                None)
    if said is None:
        verb = words().saying_told.search(sentence.text, 0, action.start)
        said = verb.start() if verb else None
    return said


def _told_by(sentence: Sentence, action: Mention, said: int | None) -> tuple[str, str] | None:
    """The speaker and the doer of a hostile act a government says the other side did ("Vietnam says
    Chinese ships rammed its vessels"): the country named last before a verb of saying (`said`: _said_at)
    and the other one named last between it and the act word, not the speaker's; None when the act is not
    so told."""
    if said is None:
        return _told_at_colon(sentence, action)
    speakers = [code for at, code in sorted(sentence.actors) if at < said]
    own = _own_doer(sentence, said, action)
    if speakers and own == speakers[-1]:
        return None  # "说，…，中方海警船依法驱赶越南渔船": the speaker's own side acts, no charge
    if speakers and not own and action.entry.label in words().repelling:
        return None  # "称…已予以警告驱离", "says it drove away": a force turning another away, its side's
    # The doer: the other side named last before the act; the speaker's own side named after it is what
    # the doer acted on ("说，越方…出动大批船只，强力干扰中方…，冲撞中方公务船": 越方 rammed).
    doer = next((code for at, code in sorted(sentence.actors, reverse=True)
                 if said < at < action.start and speakers and code != speakers[-1]), None)
    if doer is None and speakers and action.entry.label in words().ships:
        doer = _navy_after(sentence, action, speakers[-1])  # "cho rằng tàu khu trục Mỹ đi qua ..."
    if speakers and doer is not None:
        return speakers[-1], doer
    return None


# What may stand between a warship's word and its navy's country named after it ("tàu khu trục Mỹ", "khinh
# hạm của Hải quân Mỹ"), folded: the Vietnamese order, the ship before its country.
_NAVY_GAP = re.compile(r"(?:cua\s+)?(?:hai quan\s+)?")


def _navy_after(sentence: Sentence, action: Mention, speaker: str) -> str | None:
    """The other side's navy named right after a warship's word (Vietnamese order: "tàu khu trục Mỹ"), as the
    doer of the act told; None when the next name is not right after it or is the teller's own."""
    end = action.start + len(action.term)
    after = sorted((at, code) for at, code in sentence.actors if at >= end)
    if not after or after[0][1] == speaker:
        return None
    gap = fold_text(unnamed(sentence, end, after[0][0])).strip()
    return after[0][1] if _NAVY_GAP.fullmatch(gap) else None


def _repelled(sentence: Sentence, action: Mention, speaker: str, said: int | None) -> Mention | None:
    """A word of the teller's own force turning away or shadowing the intruder (grammar `repelling`) after a
    hostile act it tells of the other side ("称，美国海军驱逐舰擅自闯入西沙群岛领海，南部战区组织海空兵力全
    程跟踪监视", "said it had tracked and warned away a U.S. Navy destroyer that entered"): its doer, named in
    its own clause, is the teller's side, or none is named there (`并予以警告驱离`); None without one.
    `said`: where the verb of saying stands (_said_at), as _told_by read it."""
    if said is None:
        return None
    for mention in sentence.actions:
        if (mention is not action and mention.entry.label in words().repelling and mention.start > said
                and _own_doer(sentence, said, mention) in ("", speaker)):
            return mention
    return None


# Where the clause of a told act starts: a comma or colon, or a space of a Chinese headline's parts.
_TOLD_CLAUSE = re.compile(r"[，,。；;：:]")


def _own_doer(sentence: Sentence, said: int, action: Mention) -> str:
    """The side named last before a told act word in the act's own clause, after the verb of saying, and not
    marked as acted on ("tàu Kiểm ngư Việt Nam đã xua đuổi", "中方海警船依法驱赶"; not "对中方"): the act's
    doer; "" when its clause names none (the doer is then sought before, as in "干扰中方…，冲撞中方
    公务船")."""
    text = sentence.text
    start = max([said, *(b.end() for b in _TOLD_CLAUSE.finditer(text, said, action.start))])
    if CJK.match(text, action.start):
        start = max([start, *(b.end() for b in re.finditer(r"\s", text[:action.start]) if b.end() > start)])
    named = [(at, code) for at, code in sorted(sentence.actors) if start <= at < action.start]
    if not named:
        return ""
    at, code = named[-1]
    marked = text[at - 1:at] in _CJK_OBJECT_MARKS or bool(
        _ACTED_ON.search(fold_text(text[max(start, at - 12):at])))
    return "" if marked else code


_COLON_GAP = 8  # characters between a speaker's colon and the doer it opens with: a ship's word at most
_ACTED_ON = re.compile(r"[对對向]|\b(?:doi voi|voi|nham vao)\b")  # the name after it is acted on, no doer


_SPEAKING_WORDS = frozenset({"statement", "relations"})  # a word of saying, or an office ("Bộ Ngoại giao")


def _colon_end(sentence: Sentence, mention: Mention) -> int:
    """Where the speech a speaker's colon opens starts: after a colon read as a statement ("：", "外交部："),
    or after the colon right behind a statement word or an office ("Bộ Ngoại giao: "); -1 for any other."""
    end = mention.start + len(mention.term)
    if mention.entry.label == COLON_LABEL or mention.term.endswith(words().colons):
        return end
    if mention.entry.kind in _SPEAKING_WORDS and sentence.text[end:end + 1] in (":", "："):
        return end + 1
    return -1


def _colon_opened(sentence: Sentence, action: Mention) -> int:
    """Where the clause after a speaker's colon before an act word opens; -1 when there is none."""
    return min((end for end in map(partial(_colon_end, sentence), sentence.actions)
                if 0 <= end <= action.start), default=-1)


def _told_at_colon(sentence: Sentence, action: Mention) -> tuple[str, str] | None:
    """The speaker and the doer of a hostile act told after a speaker's colon that opens with the doer
    ("外交部：越南武装船只驱赶中国渔船", "Bộ Ngoại giao: Tàu Trung Quốc đâm va tàu cá"): the country named
    last before the colon and the other side named after it, the only one before the act, within a ship's
    word of the colon; None when the clause opens with no doer or with one acted on ("南部战区：对美舰全程
    跟踪监视": the command's own act), another side is named before the act or the doer is the speaker's."""
    opened = _colon_opened(sentence, action)
    if opened < 0:
        return None
    if action.entry.label in words().repelling and not _own_doer(sentence, opened, action):
        return None  # "南部战区：美舰擅闯西沙领海 我予以警告驱离": the command's own turning-away, no charge
    speakers = [code for at, code in sorted(sentence.actors) if at < opened]
    after = [(at, code) for at, code in sorted(sentence.actors) if opened <= at < action.start]
    if not speakers or len(after) != 1:  # "商务部：如美方一意孤行 中方将坚决反制": 中方 is the subject
        return None
    at, doer = after[0]
    gap = sentence.unmarked()[opened:at + 1].lower()  # with the name's first character: "对美", "向越方"
    if at - opened > _COLON_GAP or _ACTED_ON.search(gap) or doer == speakers[-1]:
        return None
    return speakers[-1], doer


def _hosted(sentence: Sentence, action: Mention) -> bool:
    """Whether a host's or greeting word stands before a warship's word in its sentence (the word the
    ship's call replaced, eventwords._hosted_ships): the ship is told from the port's side."""
    greeting = words().greeting_words
    return any(m.start < action.start and (m.entry.kind == "host_visit" or m.entry.label in greeting)
               for m in sentence.actions)


def _ship_navy(sentence: Sentence, action: Mention, sides: tuple[str, str]) -> str:
    """The side whose navy a warship's word names right beside it: before it with only determiners and the
    navy's words between (grammar `hosted_ship`: "U.S. aircraft carrier", "a Chinese Navy destroyer", "美国
    航母"), else right after it ("tàu sân bay Mỹ", "tàu khu trục của Hải quân Hoa Kỳ", "the carrier USS
    John C. Stennis": the prefix is the navy's); "" when no side stands so close (a side named further off
    is the one it acts on or its port: "Chinese warship tails U.S. destroyer")."""
    text, ends, hosted = sentence.text, sentence.ends or {}, words().hosted_ship
    end = action.start + len(action.term)
    named = sorted((at, code) for at, code in sentence.actors if code in sides)
    before = [(at, code) for at, code in named if ends.get(at, at) <= action.start]
    if before:
        at, code = before[-1]
        if not hosted.sub(" ", text[ends.get(at, at):action.start]).strip(" -"):
            return code
    after = next(((at, code) for at, code in named if at >= end), None)
    if after and not hosted.sub(" ", text[end:after[0]]).strip():
        return after[1]
    return ""


def _ship_owner(sentence: Sentence, action: Mention, sides: tuple[str, str]) -> str:
    """The side whose ship makes a call: the name nearest the ship's word (SHIP_BEFORE, SHIP_AFTER),
    before it ("U.S. aircraft carrier", "美国航母") or after it with no locative between ("tàu sân bay
    Mỹ", "khinh hạm ... của Hải quân Hoa Kỳ"; not "port call in Vietnam"); "" when none is."""
    end = action.start + len(action.term)
    best: tuple[int, str] | None = None
    for at, code in sentence.actors:  # not a place: a dateline's city is no navy
        if code not in sides:
            continue
        if action.start <= at < end:  # the ship's word names its navy itself ("USS": a lexicon institution)
            gap = -1
        elif action.start - SHIP_BEFORE <= at < action.start:
            gap = action.start - at
        elif end <= at <= end + SHIP_AFTER and not place_words().locative.search(
                fold_text(sentence.text[end:at + 1])):
            gap = at - end
        else:
            continue
        if best is None or gap < best[0]:
            best = (gap, code)
    return best[1] if best else ""
