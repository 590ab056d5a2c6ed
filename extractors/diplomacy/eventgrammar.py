"""The grammar's event words, compiled once: the kinds of acts, the words of passives, frames and clause
cuts, of acts that change what an action word tells, and of encounters (read by eventwords.py, which
decides which action words tell an event, and by eventsides.py and eventclauses.py)."""

from __future__ import annotations

import re

from .grammar import cached, event_order, guarded_pattern, kind_set, shared, shared_pattern, shared_table
from .prefixed import compile_prefixed
from .text import strip_marks


def _opening_letters(fragments: tuple[str, ...]) -> frozenset[str] | None:
    """The letters a match of one of the fragments opens with, the first of each word of a fragment that
    opens with a group of words ("(?:Một|Hai|Ba)\\s+ngày sau khi": M, H, B); None when a fragment opens
    with anything else (a class, an escape), which may stand for any letter."""
    letters: set[str] = set()
    for fragment in fragments:
        group = re.match(r"\(\?:([^()]*)\)", fragment)
        alternatives = group.group(1).split("|") if group else [fragment]
        if not all(word[:1].isalpha() for word in alternatives):
            return None
        letters.update(word[0] for word in alternatives)
    return frozenset(letters)


class EventWords:
    """The grammar's event words, compiled once (see words())."""

    def __init__(self) -> None:
        i = re.IGNORECASE
        self._kinds()
        self._passives(i)
        # Words before a name that make it who an act of saying is addressed to ("向越方提出交涉").
        self.spoken_to = shared_pattern("spoken_to", "{}$", i)
        self.disposed = shared_pattern("disposed", "{}$", i)  # "将越南列为": the object, no speaker
        self._clauses(i)
        self._acts(i)
        self._encounters(i)

    def _kinds(self) -> None:
        """The event types' order and classes (lexicons/kinds.toml)."""
        self.order = event_order()
        self.rank: dict[str, int] = {}  # an event type -> its place in `order` (the first, as tuple.index)
        for at, kind in enumerate(self.order):
            self.rank.setdefault(kind, at)
        # Measures ranked as one (kinds.toml `told_order`): the first told of them wins its sentence.
        self.told_order = kind_set("actions", "told_order")
        measure_rank = min(self.rank[kind] for kind in self.told_order)
        self.choice_rank = {kind: measure_rank if kind in self.told_order else at
                            for kind, at in self.rank.items()}
        self.encounters = kind_set("actions", "encounters")
        self.visits = kind_set("actions", "visits")
        self.meetings = kind_set("actions", "symmetric") | self.visits
        self.halted = kind_set("actions", "halted")
        self.urging = kind_set("actions", "urging")
        self.objecting = kind_set("actions", "objecting")
        self.answered = kind_set("actions", "answered")
        self.answering = kind_set("actions", "answering")
        self.threatening = kind_set("actions", "threatening")
        self.addressed = kind_set("actions", "addressed")
        self.spoken = kind_set("actions", "spoken")
        self.force_acts = frozenset(shared("force_acts"))  # lexicon labels of forces acting on another
        self.military_speakers = shared_pattern("military_speakers", "(?:{})$", 0)  # a command before a colon
        self.told_hostile = kind_set("actions", "told_hostile")
        # A force turning away or shadowing the other side's ship (lexicon labels): the teller's own act.
        self.repelling = frozenset(shared("repelling"))
        self.act_judged = shared_pattern("act_judged", "{}", re.IGNORECASE)  # "... was a provocation"
        self.vietnam_objection = frozenset(shared("vietnam_objection"))  # "越南坚决反对": its protest
        # a body no government before an objection ("state utility EVN opposed"): no protest
        self.objector_bodies = shared_pattern("objector_bodies", "(?:{})", re.IGNORECASE)
        self.zone_acts = frozenset(shared("zone_acts"))  # "vùng 12 hải lý": a force act after a state vessel
        self.zone_vessels = shared_pattern("zone_vessels", "(?:{})", re.IGNORECASE)
        self.seizure_acts = frozenset(shared("seizure_acts"))  # "bắt giữ": a force act with a state vessel
        # A seizing word's agent ("detained by", after `bị`, `被`), and an English passive naming none.
        self.seized_by = shared_pattern("seized_by", "{}", re.IGNORECASE)
        self.seized_clause_end = shared_pattern("seized_clause_end", "{}", re.IGNORECASE)
        self.seized_passive_after = shared_pattern("seized_passive_after", "{}", re.IGNORECASE)
        self.seized_passive_before = shared_pattern("seized_passive_before", "(?:{})$", re.IGNORECASE)
        self.seized_patient_end = shared_pattern("seized_patient_end", "(?:{})", re.IGNORECASE)
        self.driving = frozenset(shared("driving"))  # "drove off": a force act with a ship as its object
        self.driven_object = shared_pattern("driven_object", "(?:{})", re.IGNORECASE)

    def _encounters(self, i: int) -> None:
        """Words of visits, receptions, talks, calls and warships, and of encounters called off or agreed."""
        # A reception joined to talks ("received and held talks with", "đón tiếp và hội đàm", "会见并会谈").
        self.and_talks = shared_pattern(
            "and_talks", r"\s*{}\s*" + shared_pattern("talks_verbs", r"(?:{}\s*)?$", 0).pattern, i)
        self.trade_talks = frozenset(shared("trade_talks"))
        self.negotiation_talks = frozenset(shared("negotiation_talks"))
        self.discussing = frozenset(shared("discussing"))  # what an encounter was about: no round
        self.settling = frozenset(shared("settling"))  # "settle": an outcome a signing may have reached
        self.mutual = frozenset(shared("mutual"))  # criticism both sides trade ("trade barbs", "spar")
        self.round_delegates = shared_pattern("round_delegates", "{}", i)  # "谈判代表团团长会晤": the round
        self.round_qualified = shared_pattern("round_qualified", "{}", i)  # "高层战略对话": the round
        self.round_counted = shared_pattern("round_counted", "{}", i)  # "第三轮…对话": the round
        self.ships = frozenset(shared("ships"))
        self.arrival_words = frozenset(shared("arrival_words"))  # "arrived in": goods arrive too
        self.cargo = shared_pattern("cargo", "{}", i)  # "vaccines", "doses": what arrives is delivered
        self.cargo_bearers = shared_pattern("cargo_bearers", "{}", i)  # "a delegation bringing supplies"
        self.respects = frozenset(shared("respects"))  # "paid respects", "viếng", "吊唁": a visit word
        self.respects_at_embassy = shared_pattern("respects_at_embassy", "{}", i)  # "embassy", "使馆"
        self.respects_envoy = shared_pattern("respects_envoy", "{}", i)  # "ambassador", "大使"
        self.respects_delegation = shared_pattern("respects_delegation", "{}", i)  # "delegation", "đoàn"
        self.measure_other_after = shared_pattern("measure_other_after", "{}", i)  # "sanctions on"
        self.measure_other_before = shared_pattern("measure_other_before", "{}", 0)  # "North Korea sanctions"
        self.welcoming = frozenset(shared("welcoming"))
        self.judged_praise = frozenset(shared("judged_praise"))  # "高度评价", "đánh giá cao": a target check
        self.judging_words = self.judged_praise | frozenset(shared("judged_blame"))  # and "抨击"
        self.responding = frozenset(shared("responding"))
        self.welcomed_thing = shared_pattern("welcomed_thing", "{}", i)
        self.welcomed_thing_act = shared_pattern("welcomed_thing_act", "{}", i)  # "welcomes China reopening"
        self.ship_hosting = shared_pattern("ship_hosting", "(?:{})", i)  # "U.S. carrier hosts": the navy's
        # A bare "carrier" hosts as a warship only in a sentence of the sea or a navy (not an airline's).
        self.ship_hosting_bare = shared_pattern("ship_hosting_bare", "(?:{})", i)
        self.ship_hosting_sea = shared_pattern("ship_hosting_sea", "(?:{})", i)
        self.ship_calls = frozenset(shared("ship_calls"))
        self.ship_docking = frozenset(shared("ship_docking"))
        self.ships_navy_only = frozenset(shared("ships_navy_only"))  # "tàu cứu hộ": a warship if navy named
        self.navy_marks = shared_pattern("navy_marks", "{}", i)
        self.delegation_aboard = shared_pattern("delegation_aboard", "{}", i)  # "chở đoàn công tác"
        # A verb refusing or suspending the other side's warship visits before the ship's word, in its clause
        # ("China suspends U.S. warship visits", "từ chối cho tàu sân bay Mỹ thăm"): the host's act.
        self.ship_call_refused = shared_pattern("ship_call_refused", "(?:{})$", i)
        self.trip_for = shared_pattern("trip_for", "{}", 0)  # ends where the talks' word starts
        self.trip_for_summit = shared_pattern("trip_for_summit", "{}", 0)  # "in China for Mekong summit"
        self.summit_words = frozenset(word.lower() for word in shared("summit_words"))
        self.receiving = frozenset(shared("receiving"))
        self.called_off = shared_pattern("called_off", "{}", i)
        self.held_term = shared_pattern("held_term", "{}", i)  # "holds talks": an encounter held, not listed
        self.called_off_hints = shared("called_off_hints")
        # A cause of its own for a visit or a call called off (weather, health, a schedule): no measure.
        self.called_off_neutral = shared_pattern("called_off_neutral", "{}", i)
        self.called_off_item = shared_pattern("called_off_item", "{}", 0)  # "…磋商、": an encounter listed
        self.declined = shared_pattern("declined", "{}", i)  # "declines U.S. request for ... to meet"
        self.declined_hints = shared("declined_hints")
        self.recalling = shared_pattern("recalling", "{}", i)  # "nhắc lại cuộc hội đàm": another occasion
        self.declined_request = shared_pattern("declined_request", "{}", i)  # "请求", "邀请" (Chinese)
        self.declined_after = shared_pattern("declined_after", "{}", i)  # "…会晤的请求": the request after
        self.setting = shared_pattern("setting", "{}", i)
        self.setting_near = shared_pattern("setting_near", "{}", i)
        self.setting_opens = shared_pattern("setting_opens", "{}", i)  # "in call": its own setting
        self.urged_in = shared_pattern("urged_in", "{}", i)  # ", in talks": the urging's own setting
        self.held_as = shared_pattern("held_as", "{}", i)  # "as the ... round": an urging's occasion
        self.opened_after = shared_pattern("opened_after", "{}", i)  # "... opened": the encounter held
        self.measure_background = shared_pattern("measure_background", "{}", i)  # "as trade talks stalled"
        self.told_in = shared_pattern("told_in", "{}", i)  # ", in talks": a statement's own setting
        self.told_after = shared_pattern("told_after", "{}", i)  # ", after talks": a telling's own setting
        self.joined_verb = shared_pattern("joined_verb", "{}", i)
        self.cause = shared_pattern("cause", "{}", i)  # an act told as another's cause comes after these
        self.cause_hints = shared("cause_hints")
        self.cause_end = shared_pattern("cause_end", "{}", i)  # a cause's span ends at these
        self.cause_sequence = shared_pattern("cause_sequence", "{}", 0)  # "after meeting": no cause
        # Agreeing to an encounter: the pattern ends where the encounter's word starts.
        # (guarded: searched in the few characters before every encounter word of a lead, it is tried at each
        # of them, and most hold no word of agreeing)
        self.agreed_to = guarded_pattern("agreed_to", "{}", i)
        # Founding a dialogue ("thiết lập cơ chế đối thoại", "建立…对话机制"): ends where its word starts.
        self.founded = guarded_pattern("founded", "{}", i)  # (guarded: sought before every negotiation word)
        # A dialogue wished or pressed for ("愿同越方加快推进…磋商"): sought before its word in its clause.
        self.dialogue_wished = shared_pattern("dialogue_wished", "{}", i)
        self.talks_offered = shared_pattern("talks_offered", "{}", i)  # "ready for talks": none held
        self.visit_to = dict(shared("visit_to"))
        self.toward = shared_pattern("toward", "{}", 0)
        self.coming = shared_pattern("coming", "{}", 0)
        self.traveller_relative = shared_pattern("traveller_relative", "{}", 0)
        self.greeting_words = frozenset(shared("greeting_words"))
        self.greeted_visitor = shared_pattern("greeted_visitor", "{}", 0)  # right after a greeting word
        # Determiners between a host's word and the warship it receives ("welcomed the", "đón chiếc",
        # "迎来了"), and the officer a ship's word qualifies ("航母指挥官": the guest is the officer).
        self.hosted_ship = shared_pattern("hosted_ship", "{}")
        self.ship_crew = shared_pattern("ship_crew", "{}")
        self.traveller_relative_before = shared_pattern("traveller_relative_before", "(?:{})$", 0)
        self.called_by = re.compile("|".join(map(re.escape, shared("called_by"))), re.IGNORECASE)
        # The marks after a headline speaker ("中國外交部：", "温家宝："): the statement is the speaker's.
        self.colons = tuple(shared("colon", "speech"))
        visiting = dict(shared("visiting"))
        self.visiting = visiting.get("label", "")
        self.traveller = compile_prefixed(visiting.get("traveller", "(?!)"))

    def _passives(self, i: int) -> None:
        """Passives: the mark, the words it is part of, the agent beside it."""
        # Types whose direction a passive turns: not those of kinds.toml `no_passive` (a visit goes where
        # its words say) nor the symmetric ones (visitor or first named first, either way).
        self.passive_kinds = (frozenset(self.rank) - kind_set("actions", "symmetric")
                              - kind_set("actions", "no_passive"))
        # A passive ending at the action word ("was received by", "bị triệu tập", "被召见", "受到…接见").
        self.passive = shared_pattern("passive", "{}$", i)
        self.passive_hints = shared("passive_hints")  # lowercase; one must occur before the pattern runs
        # The mark alone ("was", "bị", "被"); words it is part of ("chuẩn bị", "被认为"); manner words that
        # may stand between the agent and the act word ("热情").
        self.passive_mark = shared_pattern("passive_mark", "{}", i)
        self.passive_compounds = tuple(c.lower() for c in shared("passive_compounds"))
        self.passive_manner = shared_pattern("passive_manner", "{}", i)
        self.passive_agent = shared_pattern("passive_agent", "{}", i)  # nouns beside the agent's name
        # The verb that carries a noun act word after the agent ("bị Mỹ đưa vào danh sách đen", "被美国列入
        # 实体清单"), or a participle joined before the act word ("was tracked and warned off").
        self.passive_verbs = shared_pattern("passive_verbs", "{}", i)
        self.passive_by = shared_pattern("passive_by", "{}", i)  # the agent's word after the act word
        self.bare_passive = shared_pattern("bare_passive", "{}", i)  # a headline's participle: no mark
        self.bare_passive_object = shared_pattern("bare_passive_object", "{}", i)  # "protested at China's"

    def _clauses(self, i: int) -> None:
        """Frames and clause cuts: where a sentence parts into clauses of its own."""
        # A visit named as the frame of another encounter ("during his visit", "在访华期间"): the backdrop.
        self.frame_before = shared_pattern("frame_before", r"{}(?:\s+\S+){0,3}\s+$", i)
        self.frame_hints = shared("frame_hints")
        self.first_visit_hints = shared("first_visit_hints")
        self.first_visit = shared_pattern("first_visit", r"{}(?:\s+\S+){0,3}\s+$", i)
        self.frame_after = shared_pattern("frame_after", "{}", 0)
        self.frame_after_hints = shared("frame_after_hints")
        # A sentence that opens with a clause of time ("When the US President was about to visit Vietnam,
        # China sent officials"; "Khi ..., "; "…之际，") tells its own event after the comma.
        self.frame_clause = shared_pattern("frame_clause", r"\s*(?:\([^()]{0,80}\)\s*)?{}\s[^,;]{8,160},", 0)
        self.frame_starts = frozenset("( \n" + "".join(word[0] for word in shared("frame_clause")))
        self.frame_glued_hints = shared("frame_clause_glued_hints")
        self.frame_glued = shared_pattern("frame_clause_glued", "{}", 0)
        # ... or with an earlier act it answers or follows ("In response to ...,", "After ...,", "针对…，"):
        # its own event after the comma, the earlier act telling none.
        self.answered_frame = shared_pattern("answered_frame", r"\s*(?:\([^()]{0,80}\)\s*)?{}\s[^,;]{8,160},",
                                             0)
        # The characters such a sentence may open with, to try the pattern only there; None to try it in every
        # sentence, as a fragment opening with a pattern may open with any character.
        openings = _opening_letters(shared("answered_frame"))
        self.answered_starts = None if openings is None else frozenset("( \n") | openings
        self.answered_glued_hints = shared("answered_frame_glued_hints")
        self.answered_glued = shared_pattern("answered_frame_glued", "{}", 0)
        self.clause = shared_pattern("clause_cut", "{}", 0)
        # An agency's report opening a sentence ("据越通社报道，"): its names are no speaker of the act.
        self.attribution = shared_pattern("attribution", "{}", 0)
        # Where a headline of two acts, each with its own subject, is cut: the first act is the news.
        self.headline_break = shared_pattern("headline_break", "{}", i)
        # A first sentence standing in for a title (a text without one) is cut only at words of a clause.
        self.lead_break = shared_pattern("lead_break", "{}", i)

    def _acts(self, i: int) -> None:
        """Words that change what an act word tells: warnings, capitals, suffered threats, deals."""
        # Warning words (lexicon terms) and the danger they warn of right after them, in their clause.
        self.warnings = frozenset(shared("warnings"))
        self.risk = shared_pattern("warned_risk", "{}", i)
        self.warned_threat = shared_pattern("warned_threat", "{}", i)
        self.halt_asked = shared_pattern("halt_asked", "{}", i)  # "urged ... to stop": a demand
        self.withdrawal_asked = shared_pattern("withdrawal_asked", "{}", i)  # "rút tàu", "thả ngư dân"
        self.released_named = _released_named()  # "呼吁北京立即释放刘晓波": a person named released
        self.undo_asked = shared_pattern("undo_asked", "{}", i)  # "urged ... to lift its ban": what is asked
        # A measure said to stay as it is ("would stay in place", "vẫn được duy trì", "维持不变"): the words
        # after its word that tell it, in its clause.
        self.kept_after = shared_pattern("measure_kept_after", "{}", i)
        self.broken = shared_pattern("measure_broken", "(?:{})", i)  # "violated export controls": a reason
        # An act named before the stance that answers it ("中方对美方加征关税表示坚决反对"): the frame's
        # opening word before the act, and what joins the act to the stance's word.
        self.answered_open = shared_pattern("answered_open", "{}$", i)
        self.answered_close = shared_pattern("answered_close", "{}$", i)
        self.called_on = frozenset(shared("called_on"))
        self.demanded_of = frozenset(shared("demanded_of"))  # "should stop": who is asked comes before
        self.called_on_to = shared_pattern("called_on_to", "{}", 0)  # "called on China to respect": an appeal
        self.told_visitor = shared_pattern("told_visitor", "{}", 0)  # "told visiting ...": a meeting
        self.asked_visitor = shared_pattern("asked_visitor", "{}", 0)  # "asked visiting ...": face to face
        self.visitor_named = shared_pattern("visitor_named", "{}", re.IGNORECASE)  # "来访的": a visitor
        # Terms that tell their act only of the object right after them ("called in the ambassador"), keyed
        # as written and without marks ("trieu tap" typed without them); one key may list several terms
        # that share a pattern ("curb | curbing | curbed").
        self.bound_acts = {form: compile_prefixed(pattern, i)
                           for terms, pattern in shared_table("shared", "bound_acts").items()
                           for term in terms.split("|")
                           for form in (term.strip().lower(), strip_marks(term.strip()).lower())}
        # A concern no government voices, right before a concern word ("as far as China is concerned",
        # "fishermen are concerned"): no criticism (eventacts.unbound).
        self.concern_unheld = shared_pattern("concern_unheld", "{}", i)
        # Chinese words of voiced concern, and the voices that are no government's (eventacts.unbound).
        self.concern_terms = frozenset(shared("concern_terms"))
        self.concern_voices = shared_pattern("concern_voices", "{}", 0)
        self.flight_acts = frozenset(word.lower() for word in shared("flight_acts"))
        self.civil_flyers = shared_pattern("civil_flyers", "{}", i)  # "commercial airliners flying through"
        self.work_trips = frozenset(form for term in shared("work_trips")
                                    for form in (term.lower(), strip_marks(term).lower()))  # at home: none
        self._measures(i)
        self.missions = frozenset(word.lower() for word in shared("missions"))
        self.forum_words = frozenset(word.lower() for word in shared("forum_words"))
        self.forum = shared_pattern("forum", "{}", 0)  # ends where the gathering's word starts
        self.trip_negated = shared_pattern("trip_negated", "{}$", i)  # "won't travel ": no trip
        self.meeting_negated = shared_pattern("meeting_negated", "{}$", i)  # "no reason to meet": none
        # A curb on investment negated, eased or halted right before it ("不会限制", "停止限制", "nới lỏng các
        # hạn chế đầu tư"): no measure taken.
        self.curb_lifted = shared_pattern("curb_lifted", "{}$", i)
        self.curb_terms = frozenset(t.lower() for t in shared("curb_terms"))  # the curbs it cancels
        # Opposition negated right before its word ("will not oppose", "sẽ không phản đối", "不反对"): a
        # statement of what the speaker will let be, for the opposition words of `opposing`.
        self.opposition_negated = shared_pattern("opposition_negated", "{}$", i)
        self.opposing = frozenset(t.lower() for t in shared("opposing"))
        self.trip_past = shared_pattern("trip_past", "{}", i)  # "... summit last year": background
        self.trip_past_before = shared_pattern("trip_past_before", "{}", i)  # "who was in ..."
        self.mission_closed = shared_pattern("mission_closed", "{}", i)  # ends at the mission's word
        self.port_calls = frozenset(word.lower() for word in shared("port_calls"))  # refused: reduced
        self.call_refused = shared_pattern("call_refused", "{}", i)  # "denies", "拒绝": ends at the call
        self.closed_idle = shared_pattern("closed_idle", "{}", i)  # a storm, an epidemic: no measure
        self.own_closer = shared_pattern("own_closer", "{}", i)  # a mission or ship closing its own
        self.closure_ordered = shared_pattern("closure_ordered", "{}", i)  # "yêu cầu", "要求": the other's
        self.call_ships = frozenset(word.lower() for word in shared("call_ships"))  # warships' words
        self.call_called_off = shared_pattern("call_called_off", "{}", i)  # after a ship: no call made
        self.closing_terms = frozenset(word.lower() for word in shared("closing_terms"))  # lexicon terms
        self.cooperation = frozenset(word.lower() for word in shared("cooperation"))
        self.cooperation_halted = shared_pattern("cooperation_halted", "{}", i)  # ends at the word
        self.titled_name = shared_pattern("titled_name", "{}", 0)  # "Premier Li": a name after an office
        self._idle_words(i)
        # A deal named without a word that concludes it ("talks on a trade deal") is no signing.
        self.deal_nouns = frozenset(shared("deal_nouns"))
        self.deal_verbs = shared_pattern("deal_verbs", "{}$", i)
        self.deal_after = shared_pattern("deal_after", "{}", i)
        self.deal_failed = shared_pattern("deal_failed", "{}$", i)  # "fail to clinch", "without an"
        self.sign_negated = shared_pattern("sign_negated", "{}", i)  # "has not", "chưa", "尚未": no signing
        self.tentative_after = shared_pattern("tentative_after", "{}", i)  # "agreement in principle"
        self.tentative_before = shared_pattern("tentative_before", "{}$", i)  # "the text of a trade deal"
        # A decree, an order or a bill signed is a government's own act, no agreement.
        self.decrees = shared_pattern("decrees", "{}", i)
        self.company_signer = shared_pattern("company_signer", "{}", i)  # "Boeing inks deals": no state's
        self.company_party = shared_pattern("company_party", "{}", i)  # "signed a deal with Boeing"

    def _idle_words(self, i: int) -> None:
        """Words after which an act word tells no act of the sentence's countries."""
        # A threat suffered ("if it is threatened", "bị đe dọa", "受到威胁") and a signing that only
        # qualifies what was signed ("双方签署的议定书").
        self.suffered = shared_pattern("suffered", "{}$", i)
        self.wished = shared_pattern("wished", "{}", i)  # "wants to cut tariffs": no measure taken
        self.signing = frozenset(shared("signing_verbs"))
        self.qualifies = shared_pattern("qualifies", "{}", 0)
        self.sign_nouns = frozenset(shared("sign_nouns"))
        self.sign_noun = shared_pattern("sign_noun", "{}", i)
        self.call_nouns = frozenset(shared("call_nouns"))
        self.call_manner = frozenset(shared("call_manner"))  # "by video": how a signing was done
        self.manner_to_sign = shared_pattern("manner_to_sign", "{}", i)  # "以视频方式|同美方|签署"
        self.call_set_up = shared_pattern("call_set_up", "{}", i)  # "agree naval hotline": the line
        self.call_lines = frozenset(shared("call_lines"))  # "hotline", "电话": a call word that names a line
        self.call_audience = shared_pattern("call_audience", "{}", i)
        self.call_figure = shared_pattern("call_figure", "{}", i)
        self.call_other_end = shared_pattern("call_other_end", "{}", 0)  # "call with Putin": a third's call
        # "meet" in the sense of satisfying ("refused to meet U.S. demands", "met a deadline"): no encounter.
        self.meet_verbs = frozenset(shared("meet_verbs"))
        self.met_demand = shared_pattern("met_demand", "{}", i)
        # A verb of calling is a call only between two sides named around it ("Biden telephoned ... To Lam").
        self.call_verbs = frozenset(shared("call_verbs"))
        self.call_press = shared_pattern("call_press", "{}", i)
        self.call_by = shared_pattern("call_by", "{}", i)
        # Aid thanked for is the thanked side's ("thanked China for its condolences and relief aid").
        self.thanked_for = shared_pattern("thanked_for", "{}", i)
        # A threat to peace or security charged against the other side's act ("threatened peace in the
        # region"): the speaker's criticism, not a threat of its own.
        self.threat_charged = shared_pattern("threat_charged", "{}", i)
        # An encounter named right after a setting word ("in talks", "after talks"): words told before it in
        # the sentence were told there (eventkeys.pressing_headline).
        self.told_at = shared_pattern("told_at", "{}$", i)
        self.telling_verbs = frozenset(shared("telling_verbs"))  # "tells Kerry": words said to one
        self.told_public = frozenset(shared("told_public"))  # "told reporters": no side told
        self.done_before = shared_pattern("done_before", "{}$", i)  # "had lodged": an earlier act reported
        self.done_told = shared_pattern("done_told", "{}$", i)  # "says lodged", "称已提出": said as done

    def _measures(self, i: int) -> None:
        """Words that tell who imposes a measure and what it is: its object, its judge, a capital acting."""
        self.invested = shared_pattern("invested", "{}", i)  # "bans Americans from investing": trade
        self.invested_before = shared_pattern("invested_before", "{}", i)  # "投资“黑名单”": trade too
        self.findings = frozenset(shared("findings"))  # "currency manipulator": a finding told, no measure
        # An inquiry's result finding the other side's practice unreasonable ("认定…不合理"): an accusation.
        self.practice_found = shared_pattern("practice_found", "{}", i)
        # A label given ("labels Vietnam a currency manipulator") accuses; one withheld or dropped states.
        self.findings_named = frozenset(shared("findings_named"))
        self.finding_withheld = shared_pattern("finding_withheld", "{}", i)  # ends where the label starts
        # A measure lifted ("lifted sanctions") or only possible ("can lead to sanctions"): no measure.
        self.measure_lifted = shared_pattern("measure_lifted", "{}", i)
        self.measure_possible = shared_pattern("measure_possible", "{}", i)
        self.issue_topic = shared_pattern("issue_topic", "{}", 0)  # "就南海问题": ends at an accusation
        self.violations = frozenset(shared("violations"))  # "vi phạm", "侵犯": a criticism when judged so
        self.verdict_firms = shared_pattern("verdict_firms", "{}", 0)  # "公司", "doanh nghiep": a firm
        self.verdict_before = shared_pattern("verdict_before", "{}", 0)  # "là", "严重": ends at the word
        self.verdict_unnegated = shared_pattern("verdict_unnegated", "{}", 0)  # "was a serious violation"
        self.violations_unnegated = frozenset(shared("violations_unnegated"))  # read by verdict_unnegated
        self.finding_labelled = shared_pattern("finding_labelled", "{}", 0)  # ends where the finding starts
        self.label_withheld = shared_pattern("label_withheld", "{}", 0)  # "không", "不再": no label given
        self.label_answered = shared_pattern("label_answered", "{}", 0)  # "…操纵国 越方回应": answered
        self.label_background = shared_pattern("label_background", "{}", 0)  # "此前…": told before
        self.public_after_encounter = shared_pattern("public_after_encounter", "{}", 0)  # "会谈后对记者表示"
        self.public_before_encounter = shared_pattern("public_before_encounter", "{}", 0)  # "nói với báo"
        self.media_after = shared_pattern("media_measure_after", "{}", i)  # "curbs on U.S. journalists"
        self.media_before = shared_pattern("media_measure_before", "{}$", i)  # "对美国驻华媒体采取反制措施"
        # An answer in kind on named bodies or people: a sanction ("countermeasures on a U.S. think tank",
        # "对美国哈德逊研究所等采取反制措施"); the answers as lexicon rows write them.
        self.sanctioned_after = shared_pattern("sanctioned_after", "{}", i)
        self.sanctioned_before = shared_pattern("sanctioned_before", "{}$", i)
        self.unreliable_after = shared_pattern("unreliable_after", "{}", i)  # "... không đáng tin cậy"
        # A list the bodies are taken off ("gỡ ... khỏi danh sách", "移出不可靠实体清单") is no sanction,
        # and a listing or answer threatened ("dọa đưa ... vào danh sách", "如果…将…采取反制") is the threat.
        self.list_terms = frozenset(form for term in shared("list_terms")
                                    for form in (term.lower(), strip_marks(term).lower()))
        self.list_removed = shared_pattern("list_removed", "{}", i)  # ends where the list's word starts
        self.list_removed_after = shared_pattern("list_removed_after", "{}", i)
        self.answer_threatened = shared_pattern("answer_threatened", "{}", i)
        self.answer_conditioned = shared_pattern("answer_conditioned", "{}", i)  # ends at the answer
        self.generic_answers = frozenset(word.lower() for word in shared("generic_answers"))
        self.imposing = shared_pattern("imposing", "{}", i)  # "Washington imposed sanctions": a capital acts
        # A measure that is the topic of remarks ("就美方制裁…发表谈话"); the remarks' words.
        self.remarks = frozenset(shared("remarks"))
        self.remarks_topic_before = shared_pattern("remarks_topic_before", "{}", i)
        self.remarks_topic_after = shared_pattern("remarks_topic_after", "{}", i)
        self.topic_encounter_after = shared_pattern("topic_encounter_after", "{}", i)  # "…向美方提出交涉"
        self.topic_held = shared_pattern("topic_held", "{}", i)  # "举行", "同…": the encounter is held
        self.stage_before = shared_pattern("stage_before", "{}", i)  # "在…": a gathering as where one speaks
        self.stage_after = shared_pattern("stage_after", "{}", i)  # "…上"
        self.judging = shared_pattern("judging", "{}", i)  # "calls", "称", "gọi": a speaker judging
        self.judged_as = shared_pattern("judged_as", "{}", i)  # "'bullying'", "是霸凌", "là bất công"
        # A verb of saying judges a measure not its own, by a predicate ("U.S. tariffs unjustified").
        self.said_verbs = frozenset(word.lower() for word in shared("said_verbs"))
        self.own_measure = shared_pattern("own_measure", "{}", i)  # "it will", "he would": the speaker's own
        self.said_judged_as = shared_pattern("said_judged_as", "{}", i)
        # A capital right before an act word or a verb of saying is its government ("Beijing slams").
        self.capital_subject = shared_pattern("capital_subject", r"(?:\s*(?:{}))*\s*", 0)
        self.saying = shared_pattern("saying", "{}", i)
        self.saying_told = shared_pattern("saying_told", "{}", i)  # telling of another's act
        self.capital_acts = kind_set("actions", "capital_acts")
        self.light_verbs = shared_pattern("light_verbs", "{}", i)  # "adds sanctions", "提出抗议"
        self.object_marked = shared_pattern("object_marked", "{}", i)  # "中方向美方提出": 向 between names


@cached
def words() -> EventWords:
    """The event words of every language, compiled once."""
    return EventWords()


def _released_named() -> re.Pattern[str]:
    """`released_named` with its {surname} put as one class of the grammar's Chinese surnames, in simplified
    and traditional forms: a release asked of a person named by a Chinese name."""
    from .hanviet import surname_grammar
    from .text import traditional_forms

    singles = surname_grammar("zh").singles
    chars = "".join(sorted({c for s in singles for form in traditional_forms(s) for c in form}))
    surname = "[" + re.escape(chars) + "]"
    fragments = [f.replace("{surname}", surname) for f in shared("released_named")]
    return compile_prefixed("(?:" + "|".join(fragments) + ")" if fragments else "(?!)", re.IGNORECASE)

