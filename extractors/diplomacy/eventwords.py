"""Which action words of a sentence tell an event, between which two of the three, which way round.

Event types and their classes are lexicons/kinds.toml's [actions]; the words that frame, qualify or point
a visit are the [shared] keys of the grammar files (read for text of every script: copy mixes languages).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from .clauses import SAID_LABEL, clause_break, joint
from .grammar import cached, event_order, kind_set, shared, shared_pattern
from .lexicon import Entry
from .sentence import Mention, Sentence
from .text import POSSESSIVE

Key = tuple[str, str, str]  # (type, actor, target)
Found = tuple[Key, Mention, str, Sentence]  # an event as one clause reports it, with its destination
DEST_REACH = 48  # characters from a Latin-script visit word to the land it goes to ("visit to the US")
DEST_REACH_CJK = 6  # "访问越南", "抵达河内"
# An appeal or demand that asks nothing of the other side ("Mattis called for a diplomatic solution").
_UNADDRESSED = Entry("actions", "statement", "010", "unaddressed", 1.0)
# A warning of a danger, not of what the speaker will do ("warns China of the risk of conflict").
_RISK_WARNING = Entry("actions", "statement", "010", "risk warning", 1.0)
_WARNING_REACH = 60  # characters after a warning word where the danger warned of is sought
_DEAL_REACH = 60  # characters before or after a deal's name where the verb concluding it is sought
_HEADLINE_BREAKS = 8  # breaks of a headline tried for a second act: a headline has few
_SPOKEN_TO_REACH = 12  # characters before a name where a word of addressing makes it who is spoken to
_PUNCTUATION = re.compile(r"[,;:，；：。]")  # a break no appeal's addressee is sought across
_SPEECH_REACH = 60  # characters from a speaker's name to the verb: a title and a name
_SPEECH_REACH_CJK = 6  # characters of other words between: "汪文斌19日表示", "中方随即表示"
_PASSIVE_REACH = 60  # characters from a passive's mark to its action word: the agent's name between
_FRAME_REACH = 40  # characters before a visit word that may frame it ("during his official visit")


class _Words:
    """The grammar's event words, compiled once (see words())."""

    def __init__(self) -> None:
        i = re.IGNORECASE
        self.order = event_order()
        self.rank: dict[str, int] = {}  # an event type -> its place in `order` (the first, as tuple.index)
        for at, kind in enumerate(self.order):
            self.rank.setdefault(kind, at)
        self.encounters = kind_set("actions", "encounters")
        self.meetings = kind_set("actions", "symmetric") | kind_set("actions", "visits")
        self.urging = kind_set("actions", "urging")
        self.addressed = kind_set("actions", "addressed")
        self.spoken = kind_set("actions", "spoken")
        self._passives(i)
        # Words before a name that make it who an act of saying is addressed to ("向越方提出交涉").
        self.spoken_to = shared_pattern("spoken_to", "{}$", i)
        self._clauses(i)
        self._acts(i)
        # A reception joined to talks ("received and held talks with", "đón tiếp và hội đàm", "会见并会谈").
        self.and_talks = shared_pattern(
            "and_talks", r"\s*{}\s*" + shared_pattern("talks_verbs", r"(?:{}\s*)?$", 0).pattern, i)
        self.visit_to = dict(shared("visit_to"))
        self.toward = shared_pattern("toward", "{}", 0)
        self.coming = shared_pattern("coming", "{}", 0)
        self.called_by = shared("called_by")
        # The marks after a headline speaker ("中國外交部：", "温家宝："): the statement is the speaker's.
        self.colons = tuple(shared("colon", "speech"))
        visiting = dict(shared("visiting"))
        self.visiting = visiting.get("label", "")
        self.traveller = re.compile(visiting.get("traveller", "(?!)"))

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

    def _clauses(self, i: int) -> None:
        """Frames and clause cuts: where a sentence parts into clauses of its own."""
        # A visit named as the frame of another encounter ("during his visit", "在访华期间"): the backdrop.
        self.frame_before = shared_pattern("frame_before", r"{}(?:\s+\S+){0,3}\s+$", i)
        self.frame_hints = shared("frame_hints")
        self.frame_after = shared_pattern("frame_after", "{}", 0)
        self.frame_after_hints = shared("frame_after_hints")
        # A sentence that opens with a clause of time ("When the US President was about to visit Vietnam,
        # China sent officials"; "Khi ..., "; "…之际，") tells its own event after the comma.
        self.frame_clause = shared_pattern("frame_clause", r"\s*(?:\([^()]{0,80}\)\s*)?{}\s[^,;]{8,160},", 0)
        self.frame_starts = frozenset("( \n" + "".join(word[0] for word in shared("frame_clause")))
        self.frame_glued_hints = shared("frame_clause_glued_hints")
        self.frame_glued = shared_pattern("frame_clause_glued", "{}", 0)
        self.clause = shared_pattern("clause_cut", "{}", 0)
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
        # A capital right before an act word or a verb of saying is its government ("Beijing slams").
        self.capital_subject = shared_pattern("capital_subject", r"(?:\s*(?:{}))*\s*", 0)
        self.saying = shared_pattern("saying", "{}", i)
        self.capital_acts = kind_set("actions", "capital_acts")
        self.light_verbs = shared_pattern("light_verbs", "{}", i)  # "adds sanctions", "提出抗议"
        # A threat suffered ("if it is threatened", "bị đe dọa", "受到威胁") and a signing that only
        # qualifies what was signed ("双方签署的议定书") tell no act of the sentence's countries.
        self.suffered = shared_pattern("suffered", "{}$", i)
        self.signing = frozenset(shared("signing_verbs"))
        self.qualifies = shared_pattern("qualifies", "{}", 0)
        # A deal named without a word that concludes it ("talks on a trade deal") is no signing.
        self.deal_nouns = frozenset(shared("deal_nouns"))
        self.deal_verbs = shared_pattern("deal_verbs", "{}$", i)
        self.deal_after = shared_pattern("deal_after", "{}", i)


@cached
def words() -> _Words:
    """The event words of every language, compiled once."""
    return _Words()


def _idle(sentence: Sentence, mention: Mention, w: _Words) -> bool:
    """Whether an action word tells no act: a threat suffered, a signing that only qualifies what was
    signed (before 的, a year after it)."""
    if mention.entry.kind == "threaten":
        return bool(w.suffered.search(sentence.text[max(0, mention.start - 12):mention.start]))
    if mention.entry.kind == "sign_agreement" and mention.term in w.signing:
        return bool(w.qualifies.match(sentence.text, mention.start + len(mention.term)))
    return False


def _unconcluded(sentence: Sentence, candidates: list[Mention], w: _Words) -> set[int]:
    """Offsets of the names of deals ("trade deal", "thỏa thuận", "协议") that no word concludes ("talks on a
    trade deal"): no signing word of its own in the sentence, no verb of reaching right before a name nor of
    taking effect right after it. A story that tells no other event keeps them (`deals_kept`)."""
    deals = [m for m in candidates if m.entry.kind == "sign_agreement" and m.entry.label in w.deal_nouns]
    signings = sum(m.entry.kind == "sign_agreement" for m in candidates)
    if sentence.deals_kept or not deals or len(deals) < signings:
        return set()  # no deal named, or a signing word of its own (qualifying nothing) concludes it
    return set() if any(_concluded(sentence.text, m, w) for m in deals) else {m.start for m in deals}


def _concluded(text: str, deal: Mention, w: _Words) -> bool:
    """Whether a verb of reaching stands right before the name of a deal ("reach a trade deal", "đạt được
    thỏa thuận", "达成协议") or one of taking effect right after it ("协定生效")."""
    end = deal.start + len(deal.term)
    return bool(w.deal_verbs.search(text, max(0, deal.start - _DEAL_REACH), deal.start)
                or w.deal_after.match(text, end, end + _DEAL_REACH))


def _risk_warning(sentence: Sentence, mention: Mention, w: _Words) -> Mention:
    """A warning of a danger ("warns China of the risk of conflict", "cảnh báo Trung Quốc nguy cơ xung
    đột", "警告…风险") is a statement: it says what may happen, not what the speaker will do; one on a
    condition or of an answer ("if it attacks", "否则后果自负", "a forceful response") stays a threat."""
    if mention.entry.label not in w.warnings:
        return mention
    end = mention.start + len(mention.term)
    stop = _PUNCTUATION.search(sentence.text, end, end + _WARNING_REACH)
    window = sentence.text[end:stop.start() if stop else end + _WARNING_REACH]
    if not w.risk.search(window) or w.warned_threat.search(window):
        return mention  # no danger, or one on a condition or of an answer: "…if it attacks", "否则…"
    return replace(mention, entry=_RISK_WARNING)


def _received_for_talks(sentence: Sentence, candidates: list[Mention], w: _Words) -> set[int]:
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


def _event_actions(sentence: Sentence) -> list[Mention]:
    """The most telling event-bearing actions of the sentence: one per type, at most two."""
    w = words()
    candidates = [_risk_warning(sentence, m, w) for m in sentence.actions
                  if m.entry.kind in w.rank and not _idle(sentence, m, w)]
    opened = _received_for_talks(sentence, candidates, w) | _trade_talks(sentence, candidates)
    candidates = [m for m in candidates if m.start not in opened]
    opened = _unconcluded(sentence, candidates, w)
    candidates = [m for m in candidates if m.start not in opened]
    urged = min((m.start for m in candidates if m.entry.kind in w.urging), default=-1)
    if urged >= 0:  # "US urges China to push for more talks": the talks are what is urged
        candidates = [m for m in candidates if m.start < urged or m.entry.kind not in w.meetings
                      or w.clause.search(sentence.text, urged, m.start)]
    framed = _framed_visits(sentence, candidates, w)
    ranked = sorted(candidates, key=lambda m: (m.start in framed, w.rank[m.entry.kind], m.start))
    chosen: list[Mention] = []
    for mention in ranked:
        if mention.entry.kind not in {c.entry.kind for c in chosen}:
            chosen.append(mention)
    # A second event only when it is a distinct encounter ("visited ... and met"), not a side word.
    return chosen[:1] + [m for m in chosen[1:2] if m.entry.kind in w.encounters]


def _framed_visits(sentence: Sentence, candidates: list[Mention], w: _Words) -> set[int]:
    """Offsets of visit words that frame another encounter of the sentence: they rank after it."""
    visits = [m for m in candidates if m.entry.kind == "visit"]
    if not visits or not any(m.entry.kind in w.encounters and m.entry.kind != "visit" for m in candidates):
        return set()
    return {m.start for m in visits if _frames(sentence.text, m, w)}


def _frames(text: str, visit: Mention, w: _Words) -> bool:
    """Whether a visit word is the frame of the sentence's other encounter."""
    end = visit.start + len(visit.term)
    if visit.entry.label == w.visiting:
        return bool(w.traveller.match(text, end))
    before = text[max(0, visit.start - _FRAME_REACH):visit.start]
    if any(hint in before.lower() for hint in w.frame_hints) and w.frame_before.search(before):
        return True
    return any(hint in text for hint in w.frame_after_hints) and bool(w.frame_after.match(text, end))


def _actor_target(sentence: Sentence, previous: set[str]) -> tuple[str, str] | None:
    """First country named is the actor, the next distinct one the target (or the previous sentence's)."""
    # Countries named by a person, a government or the country itself come before those named only by
    # a place: "in Beijing, Chinh met Xi" is Vietnam meeting China.
    order: list[str] = []
    subjects, reporters = _capital_subjects(sentence)
    for at, code in sorted(sentence.actors + subjects) + sentence.countries:
        if code not in order and at not in reporters:
            order.append(code)
    if len(order) == 1:
        order += sorted(previous - set(order))[:1]
    return (order[0], order[1]) if len(order) >= 2 else None


def _capital_subjects(sentence: Sentence) -> tuple[list[tuple[int, str]], set[int]]:
    """Capitals and places not after a locative, before every person or government of the clause, that
    stand right before a verb of saying or an act word of kinds.toml `capital_acts` (saying, protest,
    criticism, measures, hosting; not an encounter or visit noun: "Hanoi talks" is where they were): the
    government acting ("Beijing slams US", "Hanoi protests Chinese drilling", "Bắc Kinh phản đối"), ranked
    with the countries named by a person or government. Of capitals reporting ("Washington says") and one
    acting after them ("Washington says Hanoi protests"), the acting one is the subject and the reporters
    (their offsets, second) are no side of the act."""
    ends = sentence.ends or {}
    countries, actors = sentence.countries, sentence.actors  # both in text order
    # Only a place before every person or government is the clause's subject ("Beijing slams US").
    if len(ends) < 2 or not countries or actors and actors[0][0] <= countries[0][0]:
        return [], set()
    first = actors[0][0] if actors else len(sentence.text)
    places = [(at, code) for at, code in countries if at < first and at in ends]
    if not places:
        return [], set()
    w = words()
    acts = {m.start for m in sentence.actions if m.entry.kind in w.capital_acts}
    acting, saying = [], []
    for at, code in places:
        gap = w.capital_subject.match(sentence.text, ends[at])  # "北京强烈谴责": 强烈谴责 is one act word
        starts = (ends[at], gap.end() if gap else ends[at])
        if any(start in acts for start in starts):
            acting.append((at, code))
        elif any(w.saying.match(sentence.text, start) for start in starts):
            saying.append((at, code))
    if acting and saying and saying[0][0] < acting[0][0]:
        return acting, {at for at, _ in saying if at < acting[0][0]}
    return sorted(acting + saying), set()


def _visit_direction(kind: str, actor: str, target: str, sentence: Sentence) -> tuple[str, str]:
    """A visit goes to where the named place is: the visitor is the other side."""
    place_codes = [code for _, code in sentence.places]
    if kind == "visit" and place_codes and place_codes[0] == actor and target not in place_codes:
        return target, actor
    return actor, target


def _toward(sentence: Sentence, action: Mention, offset: int, w: _Words) -> bool:
    """A land right before an unspaced visit word that it goes to ("对越南进行国事访问") or comes from."""
    return action.start - 12 <= offset < action.start and bool(
        w.toward.search(sentence.text, 0, offset) or w.coming.match(sentence.text, offset))


def _destination(sentence: Sentence, action: Mention) -> str:
    """The country a visit word says the visit goes to, or "": the land named right after it (through
    lower-case words and titles of no name: "trip to the US", "thăm chính thức Hợp chúng quốc Hoa Kỳ",
    "访问越南"), or in Chinese right after 对/赴/到 before it ("对越南进行国事访问")."""
    w = words()
    if code := w.visit_to.get(action.entry.label):
        return code
    end = action.start + len(action.term)
    cjk = action.term[:1] >= "\u3000"  # an unspaced script: reach in characters, lands before it
    if not cjk and action.entry.label == w.visiting and w.traveller.match(sentence.text, end):
        # The traveller: the visit goes to the other side of the sentence's pair.
        traveller = next((code for at, code in sentence.actors if at > end), "")
        return next((code for _, code in sentence.actors if code != traveller), "")
    reach = DEST_REACH_CJK if cjk else DEST_REACH
    for offset, code in sentence.lands:
        if end <= offset <= end + reach:
            # A person or title before the land is the traveller ("chuyến thăm của Tổng Bí thư...").
            return "" if any(end <= at < offset and (at, name) not in sentence.lands
                             for at, name in sentence.actors) else code
        if cjk and _toward(sentence, action, offset, w):
            return code
    return ""


def _visit_destination(sentence: Sentence, action: Mention) -> str:
    """Where the sentence's visit goes: the chosen visit word's destination, else another visit word's
    ("nhận lời mời của ..., Tô Lâm sẽ thăm cấp Nhà nước đến ... Trung Hoa")."""
    code = _destination(sentence, action)
    if code:
        return code
    for mention in sentence.actions:
        if mention.entry.kind == "visit" and mention is not action:
            code = _destination(sentence, mention)
            if code:
                return code
    return ""


def _caller_first(sentence: Sentence, actor: str, target: str) -> tuple[str, str]:
    """"习近平应约同拜登通电话": the one named before 应约 was called, the other side called."""
    if any(word in sentence.text for word in words().called_by):
        return target, actor
    return actor, target


def _speaker_first(sentence: Sentence, action: Mention, actor: str, target: str) -> tuple[str, str]:
    """An act done by saying at or after a speaker's colon ("蓬佩奥发表涉华讲话　中国外交部：纯属无稽之谈",
    "…　中国外交部：坚决反对") is the speaker's: the actor is the country named last before the colon, when
    it is one of the two sides. A speaker told after what was said, of a third country, says it of the
    first side ("US quits trade deal with Vietnam, China says": China of the US)."""
    colons = words().colons
    colon = next((m.start for m in sentence.actions if m.term.endswith(colons) and m.start <= action.start),
                 None)
    if colon is None:
        speaker = _speaker_before(sentence, action)
        if speaker and speaker not in (actor, target):  # "US quits deal with Vietnam, China says"
            return speaker, actor
    else:
        before = [(at, code) for at, code in sentence.actors if at <= colon]
        speaker = max(before)[1] if before else actor
    return (target, actor) if speaker == target else (actor, target)


def _speaker_before(sentence: Sentence, action: Mention) -> str:
    """The speaker of an act of saying told after what was said, in a clause of its own ("Washington is
    stirring trouble, Chinese spokesman Zhao Lijian said", "…，中国外交部发言人表示反对"): the name right
    before the word (no clause cut between, within a speaker's reach), when a clause cut parts it from the
    first name of the sentence; "" otherwise."""
    if len(sentence.actors) < 2:
        return ""
    names = sorted((at, code) for at, code in sentence.actors if at < action.start)
    cut = words().clause
    if len(names) < 2 or not cut.search(sentence.text, names[0][0], action.start):
        return ""  # no clause of its own: the first name speaks
    # The name nearest the word that is not who is spoken to ("中方已向越方提出交涉": 中方 speaks).
    spoken_to = words().spoken_to
    at, code = next(((at, code) for at, code in reversed(names)
                     if not spoken_to.search(sentence.text, max(0, at - _SPOKEN_TO_REACH), at)), names[0])
    if _speech_gap(sentence, at, action) or cut.search(sentence.text, at, action.start):
        return ""
    before = [(start, other) for start, other in names if other != code and start < at]
    if not before or not cut.search(sentence.text, min(names)[0], at):
        return ""
    previous = max(before)[0]  # "Vietnam, China vow ...": two joined as one subject, no speaker
    end = (sentence.ends or {}).get(previous, previous)
    # ... unless an act told before them makes the comma end its clause ("US quits deal with Vietnam,
    # China says").
    told = any(min(names)[0] < m.start < previous and m.entry.kind in words().rank for m in sentence.actions)
    return "" if joint(sentence.text[end:at]) and not told else code


def _speech_gap(sentence: Sentence, at: int, action: Mention) -> bool:
    """Whether a name stands too far from a word of saying to be its speaker: in Latin script more than
    a speaker's reach from its start, in unspaced script more than a few characters from its end besides
    titles, offices and diplomacy words ("中国外交部发言人表示": 外交部, 发言人)."""
    if action.term[:1] < "\u3000":
        return action.start - at > _SPEECH_REACH
    end = (sentence.ends or {}).get(at, at)
    words_between = sum(len(m.term) for m in (*sentence.titles, *sentence.offices, *sentence.actions)
                        if end <= m.start and m.start + len(m.term) <= action.start)
    return action.start - end - words_between > _SPEECH_REACH_CJK


def _addressee(sentence: Sentence, action: Mention) -> bool:
    """Whether one of the three is named as who is asked, in the clause of an appeal or demand word: after
    it ("urged China to", "kêu gọi Mỹ", "要求越方"), or before it after a word of addressing ("向美方提出
    要求")."""
    text, end = sentence.text, action.start + len(action.term)
    names = sentence.actors + sentence.countries
    # Who is asked may follow in a clause of time or cause ("demands apology after US spy plane
    # collision"): the search stops only at punctuation or a clause cut ("while").
    stops = [m.start() for m in (_PUNCTUATION.search(text, end), words().clause.search(text, end)) if m]
    stop = min(stops, default=len(text))
    if any(end <= at < stop for at, _ in names):
        return True
    start = max((m.end() for m in clause_break().finditer(text, 0, action.start)), default=0)
    spoken_to = words().spoken_to
    return any(start <= at < action.start and spoken_to.search(text, max(start, at - _SPOKEN_TO_REACH), at)
               for at, _ in names)


def _passive(sentence: Sentence, action: Mention, actor: str, target: str) -> tuple[str, str]:
    """An act told in the passive ("the Chinese ambassador was summoned by Vietnam's foreign ministry",
    "Đại sứ Trung Quốc bị Mỹ chỉ trích", "中国大使被召见") is done by the agent named between the mark and
    the word, else by the side not named before the mark. Only a mark that governs the act word: right
    before it, or only the agent's names between ("bị Bộ Ngoại giao Trung Quốc chỉ trích"); never a mark
    inside another word ("chuẩn bị trừng phạt", "被认为将制裁") or before other words ("受到影响后制裁")."""
    end = action.start + len(action.term)
    w = words()
    start = max(0, action.start - _PASSIVE_REACH)
    window = sentence.text[start:action.start].lower()
    if not any(hint in window for hint in w.passive_hints):
        return actor, target
    passive = w.passive.search(sentence.text, start, end)
    if passive is None or not _governs(sentence, passive.start(), action):
        return actor, target
    names = sentence.actors + sentence.countries
    agent = {code for at, code in names if passive.start() <= at < action.start}
    if agent:  # the agent named between the mark and the word ("bị Bộ Ngoại giao Việt Nam triệu tập")
        turned = target in agent and actor not in agent
    elif any(m.start > action.start and m.entry.kind in w.rank for m in sentence.actions):
        return actor, target  # no agent, another act after: what the subject suffered before it acts
    else:
        before = {code for at, code in names if at < passive.start()}
        turned = actor in before and target not in before
    return (target, actor) if turned else (actor, target)


def _governs(sentence: Sentence, at: int, action: Mention) -> bool:
    """Whether the passive mark at `at` governs the act word: not part of a compound, and nothing but the
    agent's names, titles and offices (and a manner word) between the mark and the word."""
    w = words()
    text = sentence.text
    mark = w.passive_mark.match(text, at)
    if mark is None:
        return False
    lowered = text[max(0, at - 12):mark.end() + 12].lower()
    offset = max(0, at - 12)
    for compound in w.passive_compounds:
        found = lowered.find(compound)
        while found != -1:
            if found + offset <= at < found + offset + len(compound) or (
                    at <= found + offset < mark.end()):
                return False
            found = lowered.find(compound, found + 1)
    rest = w.passive_manner.sub(" ", _unnamed(sentence, mark.end(), action.start))
    if any(mark.end() <= at < action.start for at, _ in sentence.actors + sentence.countries):
        rest = w.passive_agent.sub(" ", rest)  # "bị tàu Trung Quốc đâm": the agent's ship
    return not rest.strip()


def _unnamed(sentence: Sentence, start: int, end: int) -> str:
    """The text of [start, end) with names of the three, titles, offices and possessives blanked: what
    else stands there ("" for "Bộ Ngoại giao Trung Quốc", "US President")."""
    gap = list(sentence.text[start:end])
    ends = sentence.ends or {}
    spans = [(at, ends.get(at, at)) for at, _ in sentence.actors + sentence.countries]
    spans += [(m.start, m.start + len(m.term)) for m in (*sentence.titles, *sentence.offices)]
    for first, last in spans:
        for i in range(max(first, start), min(last, end)):
            gap[i - start] = " "
    return POSSESSIVE.sub(" ", "".join(gap))


def _part(sentence: Sentence, start: int, end: int) -> Sentence:
    """The sentence seen through the characters [start, end): its actions and names there only."""
    actors = [n for n in sentence.actors if start <= n[0] < end]
    codes = {code for _, code in actors}
    return replace(sentence, actions=[m for m in sentence.actions if start <= m.start < end], actors=actors,
                   countries=[n for n in sentence.countries if start <= n[0] < end],
                   lands=[n for n in sentence.lands if start <= n[0] < end],
                   people=[p for p in sentence.people if p[1] in codes])


def events_of(sentence: Sentence, previous: set[str]) -> list[Found]:
    """The (type, actor, target) events a sentence reports, with the action word behind each, for a
    visit the destination its words name ("" when they name none), and the clause that tells it."""
    text = sentence.text
    w = words()
    frame = None
    if text[:1] in w.frame_starts:
        frame = w.frame_clause.match(text)
    elif any(hint in text for hint in w.frame_glued_hints):
        frame = w.frame_glued.match(text)
    if frame:
        cut = frame.end()
        main = _part(sentence, cut, len(sentence.text) + 1)
        if _event_actions(main) and main.countries:
            return _clause_events(main, previous) + _clause_events(_part(sentence, 0, cut), previous)
    breaks = w.headline_break if sentence.headline else w.lead_break if sentence.index == 0 else None
    if breaks and (parts := _two_acts(sentence, w, breaks)):
        first, second = parts  # each clause's other side is the other's subject
        return (_clause_events(first, previous | {code for _, code in second.countries}, sentence)
                + _clause_events(second, previous | {code for _, code in first.countries}, sentence))
    return _clause_events(sentence, previous)


def _two_acts(sentence: Sentence, w: _Words, breaks: re.Pattern[str]) -> tuple[Sentence, Sentence] | None:
    """A headline of two acts, each with its own subject ("Beijing fires missiles in South China Sea as US
    adds sanctions", "Trung Quốc cấm đánh bắt cá, Việt Nam phản đối"): its two clauses, the first the news.
    The second clause opens with its subject: names of the three, titles or offices only, then its act
    word ("as China protests"; not "amid Vietnam visit" nor "Vietnamese leaders meet"). `breaks`: where a
    title is cut, or the fewer words where a first sentence standing in for a title is ("as", "while")."""
    acts = sorted(m.start for m in sentence.actions if m.entry.kind in w.rank)
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
        if not first.countries or not _event_actions(first):
            continue
        second = _part(sentence, cut.end(), end)
        acts_after = _event_actions(second)
        # "…, Pompeo said": a speaker after what was said tells one act, the speaker's.
        if acts_after and any(m.entry.label != SAID_LABEL for m in acts_after):
            return first, second
    return None


def _opens_with_subject(sentence: Sentence, start: int, act: int, w: _Words) -> bool:
    """Whether the clause from `start` opens with its subject right before its act word: names of the
    three, titles and offices, with the subject's ships or forces ("as Chinese ship rams", "khi tàu
    Trung Quốc đâm") and a verb that carries a noun act word ("as US adds sanctions", "美国宣布制裁")."""
    if not any(start <= at <= act for at, _ in sentence.actors):  # "外交部：": a speaker that acts
        return False
    gap = w.passive_agent.sub(" ", _unnamed(sentence, start, act))
    return not w.light_verbs.sub(" ", gap).strip()


def _clause_events(sentence: Sentence, previous: set[str], whole: Sentence | None = None) -> list[Found]:
    """events_of for one clause (or the whole sentence); `whole`: the headline the clause is part of, where
    who an appeal or demand asks is sought across a clause of time ("Vietnam demands compensation as
    Chinese ship rams fishing boat")."""
    actions = _event_actions(sentence)
    sides = _actor_target(sentence, previous) if actions else None
    if sides is None:
        return []
    found = []
    for action in actions:
        kind = action.entry.kind
        actor, target = _visit_direction(kind, *sides, sentence)
        destination = _visit_destination(sentence, action) if kind == "visit" else ""
        if destination in sides and destination != target:
            actor, target = target, actor
        elif destination not in sides:
            destination = ""
        if kind == "phone_call":
            actor, target = _caller_first(sentence, actor, target)
        elif kind in words().spoken:
            actor, target = _speaker_first(sentence, action, actor, target)
        if kind in words().passive_kinds:
            turned = _passive(sentence, action, actor, target)
            if (kind in words().addressed and turned == (actor, target)
                    and not _addressee(whole or sentence, action)):
                kind, action = "statement", replace(action, entry=_UNADDRESSED)
            actor, target = turned
        found.append(((kind, actor, target), action, destination, sentence))
    return found


