"""Which action words of a sentence tell an event: the grammar's event words, compiled once, and the
words that make an action word tell none (a threat suffered, a deal not concluded, a visit that frames).

Event types and their classes are lexicons/kinds.toml's [actions]; the words that frame, qualify or point
a visit are the [shared] keys of the grammar files (read for text of every script: copy mixes languages).
Who acts on whom is eventsides.py; how a sentence parts into the clauses that tell events, eventclauses.py;
the act one word tells in its sentence (a mission closed, an appeal, a demand), eventacts.py.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .actwords import read_words
from .clauses import COLON_LABEL, SAID_LABEL
from .eventacts import (
    DECLINED_REACH,
    FRAME_REACH,
    MEASURES,
    OWN_SIDE_URGED,
    PUNCTUATION,
    TALKS_DECLINED,
    TRADE_NOT_TAKEN,
    WELCOME,
    qualifies_traveller,
)
from .eventgrammar import EventWords, words
from .eventpeople import sentence_asides
from .gazetteer import fold_text
from .grammar import cached, kind_set
from .lexicon import CJK, Entry
from .rounds import named_round, opened_as, setting
from .sentence import Mention, Sentence
from .text import clause_span
from .trade import measure_kinds

Key = tuple[str, str, str]  # (type, actor, target)
Found = tuple[Key, Mention, str, Sentence]  # an event as one clause reports it, with its destination
_DEAL_REACH = 60  # characters before or after a deal's name where the verb concluding it is sought


def _unconcluded(sentence: Sentence, candidates: list[Mention], w: EventWords) -> set[int]:
    """Offsets of the names of deals ("trade deal", "thỏa thuận", "协议") that no word concludes ("talks on a
    trade deal"): no signing word of its own in the sentence, no verb of reaching right before a name nor of
    taking effect right after it. A story that tells no other event keeps them (`deals_kept`)."""
    deals = [m for m in candidates if m.entry.kind == "sign_agreement" and m.entry.label in w.deal_nouns]
    # "fail to clinch trade deal", "without an agreement": never a signing, wherever it stands
    failed = {m.start for m in deals if _failed(sentence.text, m, w)}
    deals = [m for m in deals if m.start not in failed]
    signings = sum(m.entry.kind == "sign_agreement" for m in candidates) - len(failed)
    if sentence.deals_kept or not deals or len(deals) < signings:
        return failed  # no deal named, or a signing word of its own (qualifying nothing) concludes it
    concluded = any(_concluded(sentence.text, m, w) for m in deals)
    return failed | (set() if concluded else {m.start for m in deals})


# A deal agreed only in principle or as a text: the round of talks that reached it (CAMEO 046).
_TENTATIVE = Entry("actions", "negotiate", "046", "deal in principle", 2.0)
_TENTATIVE_REACH = 40  # characters before a deal's name where the words making it a text are sought


def _tentative(sentence: Sentence, candidates: list[Mention], w: EventWords) -> list[Mention]:
    """The candidates with the deals agreed only in principle or as a text made the talks that reached them
    (grammar `tentative_after`: "reach agreement in principle on trade pact", `就…协议文本达成一致`;
    `tentative_before`: "agreed on the text of a 'phase one' trade deal", `原则上达成协议`): not signed yet.
    Only in a sentence whose signing words are all names of deals, or set after one such deal by a setting
    word ("agreed on the text of a trade agreement, which leaders must approve before it is signed": a
    signing to come): "signed an agreement in principle" keeps its signing."""
    deals = [m for m in candidates if m.entry.kind == "sign_agreement"]
    text = sentence.text
    tentative = [m.start + len(m.term) for m in deals if m.entry.label in w.deal_nouns and (
        w.tentative_after.match(text, m.start + len(m.term))
        or w.tentative_before.search(text, max(0, m.start - _TENTATIVE_REACH), m.start))]
    if not tentative:
        return candidates
    bare = sentence.unmarked()
    if any(m.entry.label not in w.deal_nouns and not (m.start > tentative[0]
                                                       and w.setting.search(bare, tentative[0], m.start))
           for m in deals):
        return candidates
    return [replace(m, entry=_TENTATIVE) if m.entry.kind == "sign_agreement" else m for m in candidates]


def _signed_remotely(sentence: Sentence, candidates: list[Mention], w: EventWords) -> list[Mention]:
    """The candidates without the call words that tell how a signing of their clause was done (grammar
    `call_manner`: "signed a health cooperation agreement by video link", "以视频方式签署…谅解备忘录"): the
    signing is the act, done at a distance, not a call. Only where no other encounter word (a meeting, a
    visit, another call word) shares the clause: "held talks by video and signed" keeps its call. The call
    word must tell the manner of a signing: after it in the clause ("signed ... by video link"), or right
    before it (`manner_to_sign`: "以视频方式同美方签署"); a call word before a signing further on ("agreed by
    phone on Tuesday to sign a trade agreement", "discussed by video conference the agreement their envoys
    signed") is a call of its own."""
    text = sentence.text

    def bound(m: Mention, signing: Mention) -> bool:
        end = m.start + len(m.term)
        return signing.start < m.start or (
            signing.start >= end and w.manner_to_sign.fullmatch(text, end, signing.start) is not None)

    def manner(m: Mention) -> bool:
        if m.entry.kind != "phone_call" or m.term.lower() not in w.call_manner:
            return False
        low, high = clause_span(text, m.start)
        inside = [c for c in candidates if low <= c.start < high and c is not m]
        kinds = {c.entry.kind for c in inside}
        return (any(c.entry.kind == "sign_agreement" and bound(m, c) for c in inside)
                and not (kinds & w.encounters) - {"sign_agreement"})

    return [m for m in candidates if not manner(m)]


def _lines_set_up(sentence: Sentence, candidates: list[Mention], w: EventWords) -> list[Mention]:
    """The candidates without the call words that name a line set up or agreed on, the object of a verb of
    agreeing, signing or setting up before them in their clause with no preposition between (grammar
    `call_set_up`: "agree naval hotline", "agreed to set up a defence telephone link",
    "同意开通两国国防部直通电话"): the line is what is agreed, no call. A call word that tells a manner or
    names a call by its noun ("agreed by phone", "agreed in a call", grammar `call_manner`, `call_nouns`)
    stays a call, as does one that names an encounter, not a line (only grammar `call_lines` name a line:
    "open their virtual summit", "agrees phone call with Biden")."""
    text = sentence.text

    def line(m: Mention) -> bool:
        term = m.term.lower()
        if m.entry.kind != "phone_call" or term not in w.call_lines:
            return False
        low, _ = clause_span(text, m.start)
        return w.call_set_up.search(text, low, m.start) is not None

    return [m for m in candidates if not line(m)]


def _decreed(sentence: Sentence, candidates: list[Mention], w: EventWords) -> set[int]:
    """Offsets of signing words whose object is a decree, an order or a bill (grammar `decrees`: "signs an
    executive order", "ký sắc lệnh", "签署行政令"): a government's own act, no agreement; the measure it
    makes ("imposing tariffs") is the sentence's event."""
    signed = {m.start for m in candidates if m.entry.kind == "sign_agreement"
              and w.decrees.match(sentence.text, m.start + len(m.term))}
    if not signed:
        return signed
    # An agreement named after the order in its clause ("signs order on trade deal with Vietnam", "signed an
    # executive order ... implementing a trade agreement with Vietnam") is the order's matter: no signing of
    # it, and the other side named with it signs nothing.
    first = min(signed)
    return signed | {m.start for m in candidates if m.entry.kind == "sign_agreement" and m.start > first
                     and not _CLAUSE_OPEN.search(sentence.text, first, m.start)}


_CLAUSE_OPEN = re.compile(r"[,;:]")  # where the clause of a company's signing, or of goods arriving, opens


def _company_deals(sentence: Sentence, candidates: list[Mention], w: EventWords) -> set[int]:
    """Offsets of signing words whose parties are companies (grammar `company_signer` in the clause before
    the word, `company_party` after "with" right after it: "Boeing inks deals with Chinese airlines",
    "Vietnam Airlines signed a $7.8 billion deal with Boeing"): a deal of companies, no state's."""
    found = set()
    for m in candidates:
        if m.entry.kind != "sign_agreement":
            continue
        opened = max((c.end() for c in _CLAUSE_OPEN.finditer(sentence.text, 0, m.start)), default=0)
        if (w.company_signer.search(sentence.text, opened, m.start)
                or w.company_party.match(sentence.text, m.start + len(m.term))):
            found.add(m.start)
    return found


def _concluded(text: str, deal: Mention, w: EventWords) -> bool:
    """Whether a verb of reaching stands right before the name of a deal ("reach a trade deal", "đạt được
    thỏa thuận", "达成协议") or one of taking effect right after it ("协定生效")."""
    end = deal.start + len(deal.term)
    return bool(w.deal_verbs.search(text, max(0, deal.start - _DEAL_REACH), deal.start)
                or w.deal_after.match(text, end, end + _DEAL_REACH))


def _failed(text: str, deal: Mention, w: EventWords) -> bool:
    """Whether the name of a deal follows a word of failing or lacking it (`deal_failed`: "fail to clinch
    trade deal", "ended talks without an agreement", "with no border deal")."""
    return bool(w.deal_failed.search(text, max(0, deal.start - _DEAL_REACH), deal.start))


def _received_for_talks(sentence: Sentence, candidates: list[Mention], w: EventWords) -> set[int]:
    """Offsets of host words that open talks of the same clause ("tiếp và hội đàm"): they name no event."""
    hosts = [m for m in candidates if m.entry.kind == "host_visit"]
    if not hosts:
        return set()
    talks = [m.start for m in candidates if m.entry.kind in ("meet", "negotiate")]
    return {h.start for h in hosts if any(
        t > h.start and w.and_talks.fullmatch(sentence.text, h.start + len(h.term), t) for t in talks)}


def _trade_talks(sentence: Sentence, candidates: list[Mention], w: EventWords) -> set[int]:
    """Offsets of meeting words that a word of talks or trade right before them qualifies ("经贸会谈",
    "经贸会晤"), and of bare talks (`negotiation_talks`) told after a negotiation's word ("美中貿易談判
    雙方在日內瓦會談"): the meeting is the negotiation."""
    # A negotiation word naming a mechanism founded ("就建立海上军事磋商机制举行会谈") holds no round: the
    # talks after it are a meeting of their own (_founded drops the word).
    ends = {m.start + len(m.term) for m in candidates
            if m.entry.kind == "negotiate" and not _founded_word(sentence.text, m, w)}
    if not ends:
        return set()
    return {m.start for m in candidates if m.entry.kind == "meet"
            and any(end <= m.start and (not sentence.text[end:m.start].strip()
                                        or m.entry.label in w.negotiation_talks) for end in ends)}


_NEGOTIATION = Entry("actions", "negotiate", "046", "talks of trade", 2.0)


def _talks_of_trade(sentence: Sentence, candidates: list[Mention], w: EventWords) -> list[Mention]:
    """Talks without a word of their own (the grammar's `trade_talks`) in a sentence that names a trade
    measure or a deal are a negotiation; elsewhere they are a meeting of officials."""
    if not any(m.entry.label in w.trade_talks for m in candidates):
        return candidates
    trade = _trade_named(sentence, candidates, w)
    return [replace(m, entry=_NEGOTIATION) if trade and m.entry.label in w.trade_talks else m
            for m in candidates]


def talks_of_trade(sentence: Sentence) -> bool:
    """Whether a sentence tells talks on trade: bare talks (the grammar's `trade_talks`) beside a trade
    measure or a deal not failed (_talks_of_trade)."""
    w = words()
    if not any(m.entry.label in w.trade_talks for m in sentence.actions):
        return False
    return _trade_named(sentence, sentence.actions, w)


def _trade_named(sentence: Sentence, mentions: list[Mention], w: EventWords) -> bool:
    """Whether mentions of a sentence name a trade measure or a deal not failed ("without a deal")."""
    return any(m.entry.kind in measure_kinds() or m.entry == TRADE_NOT_TAKEN
               or (m.entry.label in w.deal_nouns and not _failed(sentence.text, m, w)) for m in mentions)


SHIP_CALL = Entry("actions", "military", "150", "warship's call", 1.0)
# A ship carrying a delegation (grammar `delegation_aboard`) brings visitors: its call is their visit.
SHIP_VISIT = Entry("actions", "visit", "042", "delegation's arrival by ship", 1.0)
# The other side's warship visits refused or suspended by the host (grammar `ship_call_refused`): CAMEO 160.
CALL_REFUSED = Entry("actions", "reduce_relations", "160", "warship's call refused", 2.0)
_REFUSED_REACH = 60  # characters before a ship's word where a verb refusing its visit is sought


def _ship_calls(sentence: Sentence, candidates: list[Mention], w: EventWords) -> list[Mention]:
    """A port call (the grammar's `ship_calls`), and a warship's name (`ships`) with a visit word of its
    own after it (_ships_visit) in a sentence that names no official ("the carrier arrived in Danang for a
    four-day visit", "khinh hạm ... cập cảng, bắt đầu chuyến thăm"), are a ship's call at a port: the act
    of the navy's state, a military one, told by the ship's word (its time is the ship's, not that of
    "until 30/6" after it)."""
    # A rescue ship with no navy named right after it is a civilian one: neither a warship nor a military act.
    candidates = [m for m in candidates if m.entry.label not in w.ships_navy_only
                  or w.navy_marks.search(sentence.text, m.start, m.start + len(m.term) + NAVY_REACH)]
    ship = None
    # A ship carrying a delegation ("tàu tuần tra chở đoàn đại biểu ... cập cảng", "carrying a delegation led
    # by ...") is its visitors' way there: the call is their visit, whoever the sentence names.
    aboard = w.delegation_aboard.search(sentence.text) is not None
    if aboard or not (sentence.people or sentence.officials):
        ship = min((m for m in candidates if m.entry.label in w.ships), key=lambda m: m.start, default=None)
    bare = sentence.unmarked() if ship is not None else sentence.text  # setting words without marks
    if ship is not None and not any(_ships_visit(bare, ship, m, w) for m in candidates):
        ship = None
    if ship is None and not any(m.entry.label in w.ship_calls | w.ship_docking for m in candidates):
        return candidates
    called = []
    for m in candidates:
        if m is ship or (m.entry.kind == "visit" and m.entry.label in w.ship_calls):
            refused = _call_refused(sentence, m, w)
            called.append(replace(m, entry=CALL_REFUSED if refused else SHIP_VISIT if aboard else SHIP_CALL))
        elif (ship is None or not _ships_visit(bare, ship, m, w)) and m.entry.label not in w.ship_docking:
            called.append(m)  # docking with no warship before it ("a container ship docked") tells none
    return called


def _call_refused(sentence: Sentence, ship: Mention, w: EventWords) -> bool:
    """Whether a verb refusing or suspending a warship's visit stands before its word in its clause (grammar
    `ship_call_refused`: "China suspends U.S. warship visits", "đã từ chối đề nghị cho tàu sân bay Mỹ ghé
    thăm"): the host's act on the other side, not the navy's."""
    start = max(0, ship.start - _REFUSED_REACH)
    found = w.ship_call_refused.search(sentence.text[start:ship.start])
    return found is not None and not w.clause.search(sentence.text, start + found.start(), ship.start)


def _cargo_arrivals(sentence: Sentence, candidates: list[Mention], w: EventWords) -> list[Mention]:
    """The candidates without the arrival words (`arrival_words`) whose clause names goods before them
    (`cargo`: "U.S.-donated Moderna vaccines arrive in Vietnam", "the first batch of ... doses ... arrived in
    Hanoi"): a delivery, told by the aid words beside it, is no visit of the country that sent it."""
    if not any(m.entry.label in w.arrival_words for m in candidates):
        return candidates

    def delivered(m: Mention) -> bool:
        goods = w.cargo.search(sentence.text[:m.start])
        # one who brings them named before the goods in their clause arrives himself (`cargo_bearers`)
        opened = max((c.end() for c in _CLAUSE_OPEN.finditer(sentence.text, 0, m.start)), default=0)
        return goods is not None and not w.cargo_bearers.search(sentence.text, opened, goods.start())

    return [m for m in candidates if m.entry.label not in w.arrival_words or not delivered(m)]


RESPECTS_AT_EMBASSY = Entry("actions", "statement", "010", "respects paid at an embassy", 1.0)


def _respects_at_embassy(sentence: Sentence, candidates: list[Mention], w: EventWords) -> list[Mention]:
    """A word of paying respects (grammar `respects`: "paid respects", `viếng`, `吊唁`) in a sentence that
    names an embassy (`respects_at_embassy`: "went to the Vietnamese Embassy to pay respects", `đến Đại sứ
    quán Trung Quốc tại Hà Nội viếng`, `到越南驻华使馆吊唁`) tells condolence offered at the other side's
    mission at home, no trip: a statement, not the visit it is abroad ("paid respects ... in Hanoi"); so
    does one in a sentence naming a resident envoy and no delegation (`respects_envoy`,
    `respects_delegation`)."""
    if not any(m.entry.label in w.respects for m in candidates):
        return candidates
    # a delegation's trip the envoy only attends stays a visit ("a U.S. delegation ..., accompanied by U.S.
    # Ambassador ..., paid respects")
    text = sentence.text
    if not (w.respects_at_embassy.search(text)
            or (w.respects_envoy.search(text) and not w.respects_delegation.search(text))):
        return candidates
    return [replace(m, entry=RESPECTS_AT_EMBASSY) if m.entry.label in w.respects else m
            for m in candidates]


_OTHER_NAME = re.compile(r"[A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*)*")  # a fourth country's name in Latin copy


def _measures_on_others(sentence: Sentence, candidates: list[Mention], w: EventWords) -> list[Mention]:
    """The candidates without the measures whose object is a fourth country (grammar `measure_other_after`:
    "sanctions on North Korea", `trừng phạt Triều Tiên`; `measure_other_before`: "North Korea sanctions",
    `对朝鲜制裁`): another's measure or a topic ("report progress on North Korea sanctions after talks"), no
    act between the pair; a name joined on by a hyphen ("sanctions on Iran-linked Chinese firms") is no
    object of its own."""
    if not sentence.others_at:
        return candidates

    def on_other(m: Mention) -> bool:
        end = m.start + len(m.term)
        # the nearest country by offset, whatever order others_at was filed in (its other readers take min())
        after = min((at for at in sentence.others_at if at >= end), default=None)
        if after is not None and w.measure_other_after.fullmatch(sentence.text, end, after):
            name = _OTHER_NAME.match(sentence.text, after)
            if name is None or not sentence.text.startswith("-", name.end()):
                return True
        before = max((at for at in sentence.others_at if at < m.start), default=None)
        return before is not None and bool(w.measure_other_before.fullmatch(sentence.text, before, m.start))

    return [m for m in candidates if m.entry.kind not in MEASURES or not on_other(m)]


NAVY_REACH = 50  # characters after a rescue ship's word where its navy is named


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
    return _after_act(sentence, candidates, at, w)


_WISHED_TOPIC_REACH = 24  # characters after a wished talks' word where the measure they are about is sought


def _wished_talks(sentence: Sentence, candidates: list[Mention], w: EventWords) -> list[Mention]:
    """The candidates without talks only offered, weighed or wished for (grammar `talks_offered`: "evaluating
    a U.S. proposal for talks on tariffs", `sẵn sàng đàm phán với Hoa Kỳ`, `中方愿与美方通过对话磋商`): no
    talks are held, the sentence tells what a side says of them. Nor the measures they are about, named
    between the verb and the talks ("offer of tariff talks") or right after them ("về thuế đối ứng"): the
    matter of talks not held is no measure taken."""
    wished = []
    for m in candidates:
        if m.entry.kind not in ("negotiate", "meet"):
            continue
        low, _ = clause_span(sentence.text, m.start)
        found = w.talks_offered.search(sentence.unmarked(), low, m.start)
        if found is not None:
            wished.append((found.start(), m.start + len(m.term), m.start + len(m.term) + _WISHED_TOPIC_REACH))
    if not wished:
        return candidates
    # Encounters only up to the wished talks' own word: one named after them is another act ("considering
    # a U.S. offer of new talks, Wang says after meeting Blinken": the meeting was held); measures up to
    # the reach.
    return [m for m in candidates if not any(
        start <= m.start < (talks_end if m.entry.kind in ("negotiate", "meet") else end)
        and (m.entry.kind in ("negotiate", "meet") or m.entry.kind in MEASURES)
        for start, talks_end, end in wished)]


def _welcomed_encounters(sentence: Sentence, candidates: list[Mention], w: EventWords) -> list[Mention]:
    """The candidates without the encounters after a welcome of a thing in its clause: what is welcomed,
    as what is objected to ("hoan nghênh Việt Nam nối lại đàm phán", "欢迎美方恢复两军对话")."""
    at = min((m.start for m in candidates if m.entry is WELCOME), default=-1)
    return _after_act(sentence, candidates, at, w)


def _after_act(sentence: Sentence, candidates: list[Mention], at: int, w: EventWords) -> list[Mention]:
    """The candidates without the encounters after the act word at `at` (none: -1) in its clause, unless
    a setting word comes between."""
    if at < 0:
        return candidates
    # An encounter after a setting word is where the act was done ("criticized China during his visit to
    # Beijing", "before meeting Xi", "presses He Lifeng on overcapacity in Guangzhou talks"; an encounter
    # word opening with its own "in", grammar `setting_opens`: "urges restraint in a call with Trump"), not
    # what it asks for or objects to.
    bare = sentence.unmarked()  # setting words are read without marks
    return [m for m in candidates if m.start < at or m.entry.kind not in w.meetings
            or w.clause.search(sentence.text, at, m.start)
            or w.setting.search(bare, at, m.start) or opened_as(sentence, m, at)
            or w.setting_opens.match(m.term) is not None
            or w.setting_near.search(bare, at, m.start) and not w.joined_verb.search(bare, at, m.start)]


def _halted_thing(sentence: Sentence, candidates: list[Mention], w: EventWords) -> list[Mention]:
    """The candidates without an objection word right after a halt a demand asks for ("says U.S. should
    stop meddling", "urged Beijing to stop interfering"): what is to stop, not the speaker's own act."""
    if not any(m.entry.kind == "demand" for m in candidates):
        return candidates
    text = sentence.text

    def halted(m: Mention) -> bool:
        halts = list(w.halt_asked.finditer(text, max(0, m.start - _HALT_REACH), m.start))
        return bool(halts) and not text[halts[-1].end():m.start].strip()

    return [m for m in candidates if m.entry.kind not in w.objecting or not halted(m)]


_HALT_REACH = 12  # characters before an objection word read for the halt word right before it
TONE = kind_set("actions", "tone")  # threats: "punish", "warned"
_JOINED_ACT = re.compile(r"\band\b|\bvà\b|[和并並]")  # a second act of the asker's own ("... and warned")


def _punishment_asked(sentence: Sentence, candidates: list[Mention], w: EventWords) -> list[Mention]:
    """The candidates without a threat word that a demand or an appeal before it in its clause asks the
    other side to carry out ("demanded that China punish those responsible", "urged Vietnam to punish the
    attackers"): what is asked, not the asker's threat. One joined by "and" ("demanded ... and warned") or
    after a clause break is the asker's own."""
    at = min((m.start for m in candidates if m.entry.kind in w.addressed), default=-1)
    text = sentence.text
    return [m for m in candidates if m.start < at or m.entry.kind not in TONE
            or w.clause.search(text, at, m.start) or _JOINED_ACT.search(text, at, m.start)]


def _undo_asked(sentence: Sentence, candidates: list[Mention], w: EventWords) -> list[Mention]:
    """The candidates without the measures a demand or an appeal before them in their clause asks the
    other side to undo or grant (grammar `undo_asked`: "urged China to lift its fishing ban", "要求美方取消
    对中国企业的制裁", "đề nghị Mỹ dỡ bỏ thuế"), or an appeal to the speaker's own government asks it to
    (eventacts.own_side_urged: "urge President Bill Clinton to lift the trade embargo against Vietnam"): what
    is asked, no act of either side."""
    at = min((m.start for m in candidates if m.entry.kind in w.addressed or m.entry is OWN_SIDE_URGED),
             default=-1)
    if at < 0:
        return candidates
    text = sentence.text

    def undone(m: Mention) -> bool:  # its own word may be the verb ("demands U.S. revoke sanctions")
        return bool(w.undo_asked.search(text, max(at, m.start - FRAME_REACH), m.start)
                    or w.undo_asked.match(m.term + " "))

    # An appeal to the speaker's own government asks it for any measure after it ("urged the Biden
    # administration to impose sanctions on Chinese officials"): taken by neither side yet.
    own = any(m.start == at and m.entry is OWN_SIDE_URGED for m in candidates)
    return [m for m in candidates if m.start < at or m.entry.kind not in w.answered
            or w.clause.search(text, at, m.start) or not (own or undone(m))]


_BROKEN_REACH = 40  # characters before a measure's word where a verb of violating it is sought


def _untaken_measures(sentence: Sentence, candidates: list[Mention], w: EventWords) -> list[Mention]:
    """The candidates without the measures no one takes in the sentence: one said to stay as it is (grammar
    `measure_kept_after`: "tariffs imposed last year ... would stay in place until ...", "lệnh cấm vận vẫn
    được duy trì", "关税维持不变"), the saying being the act; and one broken, its word the object of violating
    (`measure_broken`: "严重违反美国出口管制规定，宣布对其实施出口禁令", "violated U.S. export controls"), the
    reason for the act told beside it. A verb keeping one before its word is not read: a decision to keep or
    renew it is a measure ("renewed the embargo"). A measure said to stay is the government's statement in
    its place, as one told only as possible (eventacts.measure_object): a verb of saying that is no act word
    ("Bộ Ngoại giao Mỹ cho biết lệnh cấm vận ... vẫn được duy trì") leaves nothing else to read."""
    text = sentence.text
    kept: list[Mention] = []
    for m in candidates:
        if m.entry.kind not in w.told_order:
            kept.append(m)
        elif w.kept_after.match(text, m.start + len(m.term)):
            kept.append(replace(m, entry=replace(m.entry, kind="statement", value="010")))
        elif not w.broken.search(text[max(0, m.start - _BROKEN_REACH):m.start]):
            kept.append(m)
    return kept


def _refusing_words(candidates: list[Mention], w: EventWords) -> list[Mention]:
    """The candidates without the verb that declines an encounter ("China rejects U.S. invitation for
    defence chiefs to meet"): the refusal is the relations reduced (TALKS_DECLINED), not a criticism of
    its own that would make the request the other side's act. Only a word that is itself a refusing verb
    (`declined_hints`) is dropped: a protest told before it stays ("lodged a protest ... and refused to
    meet a visiting U.S. envoy")."""
    refused = [m.start for m in candidates if m.entry is TALKS_DECLINED]
    if not refused:
        return candidates

    def refusing(m: Mention) -> bool:
        low = fold_text(m.term).lower()
        return any(hint in low for hint in w.declined_hints)

    return [m for m in candidates if m.entry.kind not in REFUSING or not refusing(m)
            or not any(at - DECLINED_REACH <= m.start < at for at in refused)]


REFUSING = frozenset({"criticize", "protest", "statement"})  # kinds a verb of refusing may carry ("rejects")


def event_actions(sentence: Sentence) -> list[Mention]:
    """The most telling event-bearing actions of the sentence: one per type, at most two."""
    w = words()
    candidates = read_words(sentence, w)
    if not candidates:
        return candidates  # no act word: every reader below keeps none
    # Each reader below reads words of some kinds: one whose kinds the sentence lacks is not asked.
    kinds = {m.entry.kind for m in candidates}
    if "host_visit" in kinds or "negotiate" in kinds:  # a reception opening talks, talks of a negotiation
        opened = _received_for_talks(sentence, candidates, w) | _trade_talks(sentence, candidates, w)
        candidates = [m for m in candidates if m.start not in opened]
    candidates = _ship_calls(sentence, _talks_of_trade(sentence, candidates, w), w)
    candidates = _cargo_arrivals(sentence, candidates, w)
    candidates = _respects_at_embassy(sentence, candidates, w)
    if not kinds.isdisjoint(MEASURES):
        candidates = _measures_on_others(sentence, candidates, w)
    if "sign_agreement" in kinds:  # deals and decrees (no reader above makes a signing word)
        candidates = _tentative(sentence, candidates, w)  # a deal agreed in principle: the talks
        opened = (_unconcluded(sentence, candidates, w) | _decreed(sentence, candidates, w)
                  | _company_deals(sentence, candidates, w))
        candidates = [m for m in candidates if m.start not in opened]
    # From here on words are dropped, or retold as a statement (a measure said to stay).
    kinds = {m.entry.kind for m in candidates}
    if "phone_call" in kinds:
        candidates = _lines_set_up(sentence, candidates, w)
        if "sign_agreement" in kinds:
            candidates = _signed_remotely(sentence, candidates, w)
    if "reduce_relations" in kinds:
        candidates = _refusing_words(candidates, w)
    # "US urges China to push for more talks": the talks are what is urged; "China protested Obama's
    # meeting with the Dalai Lama": the meeting is what is objected to.
    for asking in (w.urging, w.objecting):
        if not kinds.isdisjoint(asking):
            candidates = _asked_or_objected(sentence, candidates, asking, w)
    candidates = _welcomed_encounters(sentence, candidates, w)
    if "negotiate" in kinds or "meet" in kinds:
        candidates = _wished_talks(sentence, candidates, w)
    if not kinds.isdisjoint(w.meetings):
        candidates = _founded(sentence, _agreed(sentence, candidates, w), w)
        candidates = _staged(sentence, _topic_encounters(sentence, candidates, w), w)
        candidates = _told_public_after_talks(sentence, candidates, w)
    if "protest" in kinds and not kinds.isdisjoint(_CHARGES):
        candidates = _told_done(sentence, candidates, w)
    if "demand" in kinds:
        candidates = _halted_thing(sentence, candidates, w)
    if not kinds.isdisjoint(w.told_order):
        candidates = _untaken_measures(sentence, candidates, w)
    if not kinds.isdisjoint(w.addressed) or any(m.entry is OWN_SIDE_URGED for m in candidates):
        candidates = _undo_asked(sentence, candidates, w)
        if not kinds.isdisjoint(TONE):
            candidates = _punishment_asked(sentence, candidates, w)
    # "A U.S. destroyer sailed through the Taiwan Strait, the U.S. military said": the saying tells of the
    # force act, the sentence's event (a military word otherwise ranks after a statement).
    # So does a speaker's colon before the force act ("外交部：美国无人机非法飞越中国领空"): it is told, and
    # a statement word that is a verb of saying before it (grammar `saying_told`: "美国海军发言人表示，…驱逐舰
    # …驶入…赤瓜礁12海里范围内", "cho biết tàu khu trục ... đi vào vùng 12 hải lý").
    forced = min((m.start for m in candidates if m.entry.label in w.force_acts), default=-1)
    if forced >= 0:
        candidates = [m for m in candidates if m.entry.label != SAID_LABEL
                      and not (m.start < forced and (_speakers_colon(m, w) or (
                          m.entry.kind == "statement" and w.saying_told.match(sentence.text, m.start)
                          and not _other_side_told(sentence, m.start, forced))))]
    # "Trung Quốc tuyên bố theo dõi và cảnh báo tàu khu trục Mỹ": a declaring verb before a force turning the
    # other side's ship away tells that act, as "says" does before any force act. (Sought only in a sentence
    # with a force's word: most have none.)
    repelled = min((m.start for m in candidates
                    if m.entry.kind == "military" and m.entry.label in w.repelling),
                   default=-1) if "military" in kinds else -1
    if repelled >= 0:
        candidates = [m for m in candidates if not (m.entry.kind == "statement" and m.start < repelled
                                                    and w.saying_told.match(sentence.text, m.start))]
    if "military" in kinds:
        candidates = _remarked_forces(sentence, _command_told(sentence, candidates, w), w)
    if "host_visit" in kinds:
        candidates = _hosted_ships(sentence, _greeted(sentence, candidates, w), w)
    if not kinds.isdisjoint(("host_visit", "meet")):
        candidates = _qualifying_visits(sentence, candidates, w)
    return candidates if len(candidates) < 2 else _chosen(sentence, candidates, w)


_REMARKED_REACH = 32  # characters before a force's word where the 就 opening the topic of remarks is sought


def _remarked_forces(sentence: Sentence, candidates: list[Mention], w: EventWords) -> list[Mention]:
    """The candidates without the force acts named as the topic of remarks, between 就 and the remarks
    (grammar `remarks_topic_before`, `remarks_topic_after`: "外交部发言人就美国军舰进入中国西沙群岛领海
    答记者问"): the warship's passage is what the remarks answer, as a measure named so is
    (eventacts.measure_object); the lead's stance is the act."""
    text = sentence.text
    return [m for m in candidates if not (
        m.entry.kind == "military"
        and w.remarks_topic_before.search(text, max(0, m.start - _REMARKED_REACH), m.start)
        and w.remarks_topic_after.match(text, m.start + len(m.term)))]


def _other_side_told(sentence: Sentence, said: int, forced: int) -> bool:
    """Whether a verb of saying tells a force act of another side than its speaker's: a country of the
    three named between the saying and the force word, none of those named before the saying
    ("美國國務院發言人表示，中國海警…扣押越南漁民的行為令人關切",
    "越南外交部发言人表示，中国海警船只…扣押越南渔船"). The speaker then says something of the other
    side's act, a statement of its own; a navy's spokesman telling his own ships' passage
    ("美國海軍發言人表示，一艘飛彈驅逐艦…駛入…") makes none."""
    speakers = {code for at, code in sentence.countries if at < said}
    between = {code for at, code in sentence.countries if said < at < forced}
    return bool(speakers and between and not between & speakers)


def _speakers_colon(mention: Mention, w: EventWords) -> bool:
    """Whether a statement word is a speaker's colon ("：" after a speaker, "外交部：")."""
    return mention.entry.kind == "statement" and (mention.entry.label == COLON_LABEL
                                                  or mention.term.endswith(w.colons))


def _greeted(sentence: Sentence, candidates: list[Mention], w: EventWords) -> list[Mention]:
    """The candidates without a greeting word (grammar `greeting_words`: 迎接) whose object is no visitor
    (`greeted_visitor`): "携手迎接全球性挑战", "迎接中美建交45周年" host nobody."""
    return [m for m in candidates if m.entry.label not in w.greeting_words
            or w.greeted_visitor.match(sentence.text, m.start + len(m.term))]


def _hosted_ships(sentence: Sentence, candidates: list[Mention], w: EventWords) -> list[Mention]:
    """The candidates without a host's word whose object is a warship (`ships`) named right after it, with
    only its navy's name and determiners between (grammar `hosted_ship`: "Da Nang welcomes U.S. aircraft
    carrier", "Cam Ranh đón tàu khu trục Mỹ", "岘港迎来美国航母"): told from the port's side, the ship's
    call is the act, its navy's (the ship's word tells it), not a reception of the port's."""
    ships = [m for m in candidates if m.entry.label in w.ships]
    if not ships:
        return candidates
    text, ends = sentence.text, sentence.ends or {}
    names = [(at, ends.get(at, at)) for at, _ in sentence.actors + sentence.countries]

    def hosts_ship(m: Mention) -> bool:
        end = m.start + len(m.term)
        ship = next((s for s in ships if s.start >= end), None)
        if ship is None or w.ship_crew.match(text, ship.start + len(ship.term)):
            return False  # "接待美国航母指挥官": the commander is received
        gap = list(text[end:ship.start])
        for first, last in names:
            for i in range(max(first, end), min(last, ship.start)):
                gap[i - end] = " "
        return not w.hosted_ship.sub(" ", "".join(gap)).strip()

    return [m for m in candidates if m.entry.kind != "host_visit" or not hosts_ship(m)]


def _qualifying_visits(sentence: Sentence, candidates: list[Mention], w: EventWords) -> list[Mention]:
    """The candidates without a visit word that only qualifies the visitor a host receives (grammar
    `traveller_relative`, `traveller_relative_before`: "越方为到访的美国国防部长举行欢迎仪式"), when a host's
    word stands in the sentence: the reception is the act, as "for the visiting Chinese president"."""
    if not any(m.entry.kind in ("host_visit", "meet") for m in candidates):
        return candidates
    return [m for m in candidates
            if not (m.entry.kind == "visit" and qualifies_traveller(sentence.text, m, w))]


_COMMAND_REACH = 12  # characters before a speaker's colon where a military command's name is sought


def _command_told(sentence: Sentence, candidates: list[Mention], w: EventWords) -> list[Mention]:
    """The candidates without a speaker's colon of a military command (grammar `military_speakers`:
    "南部战区：对美舰全程跟踪监视") when a military word follows it: the command tells its own act at sea or
    in the air, which is the event, not a statement of it."""
    text = sentence.text

    def command_colon(m: Mention) -> bool:
        return (m.entry.label == COLON_LABEL
                and bool(w.military_speakers.search(text, max(0, m.start - _COMMAND_REACH), m.start))
                and any(c.entry.kind == "military" and c.start > m.start for c in candidates))

    return [m for m in candidates if not command_colon(m)]


def _chosen(sentence: Sentence, candidates: list[Mention], w: EventWords) -> list[Mention]:
    """Of several event words, the most telling: one per type, at most two."""
    answered = _answered(sentence, candidates, w)
    framed = (_framed_visits(sentence, candidates, w) | answered | _caused(sentence, candidates, w)
              | _set_aside(sentence, candidates) | _measure_setting(sentence, candidates, w))
    # A ship's call ranks as the visit it is told as, not last with the theatre's military words.
    rounds = {m.start for m in candidates  # the act, first; not a gathering named as a setting
              if named_round(sentence, m, candidates) and not setting(sentence, m)}
    ranked = sorted(candidates, key=lambda m: (m.start in framed, -1 if m.start in rounds else w.choice_rank[
        "visit" if m.entry is SHIP_CALL else m.entry.kind], m.start))
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
            or not w.agreed_to.search(sentence.text, max(0, m.start - FRAME_REACH), m.start)]


def _founded(sentence: Sentence, candidates: list[Mention], w: EventWords) -> list[Mention]:
    """The candidates without the negotiation words named as a mechanism founded right after a verb of
    founding (grammar `founded`: "thiết lập cơ chế đối thoại kinh tế chiến lược", "宣布建立中美战略经济对话
    机制", "agreed to establish a strategic economic dialogue"): a channel set up for rounds to come, no round
    held; the meeting that founded it, or the announcing, is the sentence's act."""
    return [m for m in candidates if m.entry.kind != "negotiate" or not _founded_word(sentence.text, m, w)]


def _founded_word(text: str, m: Mention, w: EventWords) -> bool:
    """Whether a negotiation word names a mechanism founded right after a verb of founding (_founded)."""
    return bool(w.founded.search(text, max(0, m.start - FRAME_REACH), m.start))


_TOPIC_REACH = 32  # characters before an encounter word where the 就 opening a stance's matter is sought
_STAGE_REACH = 26  # characters before a gathering's word where the 在 naming it as a stage is sought


def _topic_encounters(sentence: Sentence, candidates: list[Mention], w: EventWords) -> list[Mention]:
    """The candidates without an encounter named as the matter of a stance (grammar
    `remarks_topic_before`, `topic_encounter_after`: "就美领导人会见达赖向美方提出严正交涉",
    "就双边经贸磋商发表联合声明"): the protest or statement is the act, the encounter what it is about; one
    held (`topic_held`: "就…举行会谈") stays."""
    text = sentence.text

    def topic(m: Mention) -> bool:
        low = max(0, m.start - _TOPIC_REACH)
        return (m.entry.kind in w.meetings
                and bool(w.remarks_topic_before.search(text, low, m.start))
                and bool(w.topic_encounter_after.match(text, m.start + len(m.term)))
                and not w.topic_held.search(text, low, m.start))

    return [m for m in candidates if not topic(m)]


_CHARGES = frozenset({"criticize", "accuse"})  # the acts a protest said as done stands beside
_DONE_REACH = 60  # characters before a protest's word where its being said as done is sought


def _told_done(sentence: Sentence, candidates: list[Mention], w: EventWords) -> list[Mention]:
    """The candidates without a protest said as already done (grammar `done_before`: "said it had lodged
    stern representations"; `done_told`: a headline's "says lodged protest", "表示已向美方提出严正交涉")
    beside a criticism or accusation of the sentence: "China accuses U.S. of hacking, says lodged
    representations" is the accusation, the protest a report of what was done."""
    text = sentence.text

    def done(m: Mention) -> bool:
        low = max(0, m.start - _DONE_REACH)
        return m.entry.kind == "protest" and bool(
            w.done_before.search(text, low, m.start) or w.done_told.search(text, low, m.start))

    kept = [m for m in candidates if not done(m)]
    return kept if any(m.entry.kind in _CHARGES for m in kept) else candidates


_GATHERINGS = frozenset({"meet", "negotiate"})  # words a gathering is named by: no visit ("蓬佩奥访北京 …")

# Words told to the press or the public, their talks with the other side named after a comma and "after"
# ("Blinken told reporters on Friday that Washington would defend its allies, after talks with Wang Yi"): the
# story is what was told, a statement of the pair; the talks are its occasion. A verb telling the other side
# ("told Wang Yi ..., after talks") keeps the talks (eventkeys._told_in). A headline's "says" tells the public
# too ("Vietnam's leader says ties with China 'excellent', after talks with Xi").
_TOLD_PUBLIC_AFTER = Entry("actions", "statement", "010", "told the public after talks", 1.0)
_HEADLINE_SAYS = re.compile(r"\b(?:says|said)\b", re.I)  # a headline's verb of saying to no one named
_TOLD_AFTER_REACH = 40  # characters before an encounter's word where ", after" setting it is sought


def _told_public_ends(sentence: Sentence) -> list[int]:
    """Where the words told to the public end in a sentence (`_told_public`; a headline's "says" too: "says
    ..., after talks with Xi" tells the public)."""
    told = [found.end() for found in _told_public().finditer(sentence.text)]
    if sentence.headline:
        told += [found.end() for found in _HEADLINE_SAYS.finditer(sentence.text)]
    return told


@cached
def _told_public() -> re.Pattern[str]:
    """A verb of telling (grammar `telling_verbs`) right before whom it tells when it tells no side (grammar
    `told_public`: "told reporters")."""
    w = words()
    verbs = "|".join(map(re.escape, sorted(w.telling_verbs, key=len, reverse=True)))
    public = "|".join(map(re.escape, sorted(w.told_public, key=len, reverse=True)))
    return re.compile(r"\b(?:" + verbs + r")\s+(?:" + public + r")\b", re.I)


def _told_public_after_talks(sentence: Sentence, candidates: list[Mention], w: EventWords) -> list[Mention]:
    """The candidates with talks set after words told to the public (`_told_public`, then grammar
    `told_after` right before the encounter's word), or followed or preceded by words told to the press
    (grammar `public_after_encounter`: "会谈后对记者表示"; `public_before_encounter`: "nói với báo giới sau
    cuộc hội đàm"), read as the statement told there."""
    if not any(m.entry.kind in _GATHERINGS for m in candidates):
        return candidates  # no gathering's word: nothing to read (the sentence's words stay unsearched)
    text = sentence.text
    unmarked = sentence.unmarked()

    def occasion(m: Mention) -> bool:
        if m.entry.kind not in _GATHERINGS:
            return False
        before = unmarked[max(0, m.start - _TOLD_AFTER_REACH):m.start]
        if w.public_before_encounter.search(before) or w.public_after_encounter.match(
                text, m.start + len(m.term)):
            return True  # "nói với báo giới sau cuộc hội đàm", "会谈后对记者表示"
        # `told_after` first (a few characters): the whole sentence is searched only when it holds
        return bool(w.told_after.search(before)) and any(
            end < m.start for end in sentence.kept("told_public", _told_public_ends))

    return [replace(m, entry=_TOLD_PUBLIC_AFTER) if occasion(m) else m for m in candidates]


def _staged(sentence: Sentence, candidates: list[Mention], w: EventWords) -> list[Mention]:
    """The candidates without a gathering named as the stage of a stance told after it (grammar
    `stage_before`, `stage_after`: "在东亚峰会上批评中国", "phát biểu tại phiên họp ... là vi phạm"): the
    criticism, accusation, protest or threat was told there; a meeting held there, with no stance after it
    ("在G20峰会上举行会晤"), stays; so does the pair's own meeting, a side named in the stage's name or as its
    partner ("在中美元首会晤上批评美方", "在同布林肯的中美外长会晤上", "tại cuộc hội đàm với Thủ tướng Lý Khắc
    Cường, ..."): words told to the other side there are that meeting."""
    text = sentence.unmarked()  # Vietnamese stage words are read without marks
    stance = min((m.start for m in candidates if m.entry.kind in w.objecting), default=-1)
    if stance < 0:
        return candidates

    def staged(m: Mention) -> bool:
        end = m.start + len(m.term)
        if m.entry.kind not in _GATHERINGS or end > stance:
            return False
        before = w.stage_before.search(text, max(0, m.start - _STAGE_REACH), m.start)
        after = w.stage_after.match(text, end)
        if not (before and after):
            return False
        # the gathering's name starts after its stage word (the speaker named before 在 is no party)
        at = max([before.start(), *(s.end() for s in _STAGE_WORD.finditer(text, before.start(), m.start))])
        return not _pairs_meeting(sentence, at, end, stance, w)

    return [m for m in candidates if not staged(m)]


_SPACE = re.compile(r"\s")
_STAGE_WORD = re.compile(r"[在於于]|\btai\b")  # where a gathering named as a stage starts (no marks)


def _pairs_meeting(sentence: Sentence, start: int, end: int, stance: int, w: EventWords) -> bool:
    """Whether a gathering named as a stage, from its stage word (`start`) to the end of its clause (or the
    stance, when nearer), names a side of the three as party or partner ("中美元首会晤", "同布林肯的",
    "với Thủ tướng Lý Khắc Cường"): the pair's own meeting. A place a summit is held in is no side
    ("在北京举行的峰会上": `actors` hold no places), nor a third country ("ở Gia-các-ta")."""
    cut = w.clause.search(sentence.text, end)
    stop = min(stance, cut.start() if cut else len(sentence.text))
    if CJK.match(sentence.text, end - 1) and (space := _SPACE.search(sentence.text, end, stop)):
        stop = space.start()  # a Chinese headline's parts are parted by a space: "东盟峰会 越南总理批中方"
    people = dict(sentence.people)
    return (any(start <= at < stop for at, _ in sentence.actors)
            or any(start <= at < stop and people.get(name) for at, name in sentence.people_at))


def answers(mention: Mention) -> bool:
    """Whether an act answers another told after it in its clause: a protest, criticism, accusation, praise
    ("hoan nghênh quyết định"), a welcome of a thing or a response (grammar `responding`: "回应")."""
    w = words()
    return mention.entry.kind in w.answering or mention.entry is WELCOME or responds(mention)


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
    text = sentence.text
    return {m.start for m in candidates if m.entry.kind in kinds and m is not answer and (
        m.start > at and not w.clause.search(text, at, m.start)
        or m.start < at and _framed_before(text, m, at, w))}


_FRAME_REACH = 30  # characters between a frame's opening word and the act it names


def _framed_before(text: str, act: Mention, at: int, w: EventWords) -> bool:
    """Whether an act told before the stance at `at` is what that stance answers, named between a frame's
    opening word and the stance's verb (grammar `answered_open`, `answered_close`: "对美方加征关税表示坚决
    反对", "对美方将中国企业列入实体清单表示强烈不满"): a Chinese stance puts its object first."""
    end = act.start + len(act.term)
    return (end <= at and bool(w.answered_close.match(text, end, at))
            and not w.clause.search(text, end, at)
            and bool(w.answered_open.search(text, max(0, act.start - _FRAME_REACH), act.start)))


def _caused(sentence: Sentence, candidates: list[Mention], w: EventWords) -> set[int]:
    """Offsets of the acts told as the cause of an act before them in their clause (grammar `cause`: "China
    suspended military dialogue in retaliation for a visit to Taiwan", "China holds drills after U.S.
    lawmakers visit Taiwan"): the background ranks after the act it led to. Only after an act that is no
    encounter (a signing is one of its own) nor a verb of saying ("said after talks with Wang Yi", "agreed
    to resume negotiations after a phone call"): one encounter after another is a sequence, and what
    follows a saying may be the news."""
    # A signing is an act of its own here ("signed a memorandum ..., after a phone call between the
    # leaders": the call led to it, the signing is the news), not one encounter in a sequence.
    acts = [m.start + len(m.term) for m in candidates if m.entry.label != SAID_LABEL
            and (m.entry.kind not in w.meetings or m.entry.kind == "sign_agreement")]
    if not acts:
        return set()
    low = sentence.text.lower()  # lowered once for every hint
    if not any(map(low.__contains__, w.cause_hints)):
        return set()
    # A signing with a country outside the three, named between it and the cause ("Vietnam signed a deal with
    # Japan, a day after a phone call between Xi and Biden", "Wang signed accords with Cambodia, after a call
    # with Blinken"), is another pair's: the call of the three is no background of it.
    signings = [m.start + len(m.term) for m in candidates if m.entry.kind == "sign_agreement"]
    caused = set()
    for cause in w.cause.finditer(sentence.text, min(acts)):
        if w.cause_sequence.match(sentence.text, cause.end()):
            continue  # "after meeting Chinese leaders": the subject's own earlier step
        if all(end in signings and any(end <= other < cause.start() for other in sentence.others_at)
               for end in acts if end <= cause.start()):
            continue  # only another pair's signing before the cause: no act of the three led to it
        text = sentence.text
        stops = (PUNCTUATION.search(text, cause.end()), w.cause_end.search(text, cause.end()))
        end = min((stop.start() for stop in stops if stop), default=len(text))
        # the cause's own word ("in retaliation", "in protest") tells no act either
        caused |= {m.start for m in candidates if cause.start() <= m.start < end}
    return caused


def _measure_setting(sentence: Sentence, candidates: list[Mention], w: EventWords) -> set[int]:
    """Offsets of the talks told after a measure in its clause as its background (grammar
    `measure_background`: "raised tariffs on $200 billion of Chinese goods as trade talks stalled", "imposes
    duties ahead of talks", "trong bối cảnh đàm phán"): the measure is the act, the talks rank after it. Not
    talks held by a term of holding ("lifts arms embargo as he holds talks with Vietnam's president"): the
    talks held are the occasion the measure was told at."""
    measures = [m.start + len(m.term) for m in candidates if m.entry.kind in MEASURES]
    if not measures:
        return set()
    first, text, bare = min(measures), sentence.text, sentence.unmarked()
    return {m.start for m in candidates
            if m.entry.kind in ("meet", "negotiate") and m.start > first
            and not w.held_term.match(m.term) and not w.clause.search(text, first, m.start)
            and w.measure_background.search(bare, first, m.start)}


def _set_aside(sentence: Sentence, candidates: list[Mention]) -> set[int]:
    """Offsets of the acts told inside a clause of another act after the sentence's own act (grammar
    `aside`: "lodged a protest, a day after a U.S. destroyer sailed through the Taiwan Strait", "signed an
    agreement, following a visit by President Biden last year"): the background ranks after it."""
    spans = sentence_asides(sentence) if len(candidates) > 1 else ()
    if not spans:
        return set()
    first = min(m.start for m in candidates)
    return {m.start for m in candidates for low, high in spans if first < low <= m.start < high}


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
    return bool(words().first_visit.search(text[max(0, visit.start - FRAME_REACH):visit.start]))


def _frames(text: str, visit: Mention, w: EventWords) -> bool:
    """Whether a visit word is the frame of the sentence's other encounter."""
    end = visit.start + len(visit.term)
    if visit.entry.label == w.visiting:
        return bool(w.traveller.match(text, end))
    before = text[max(0, visit.start - FRAME_REACH):visit.start]
    low = before.lower()  # lowered once for every hint
    if any(map(low.__contains__, w.frame_hints)) and w.frame_before.search(before):
        return True
    if any(map(low.__contains__, w.first_visit_hints)) and w.first_visit.search(before):
        return True
    return any(map(text.__contains__, w.frame_after_hints)) and bool(w.frame_after.match(text, end))
