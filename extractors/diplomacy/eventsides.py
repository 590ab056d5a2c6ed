"""Who acts on whom in a clause that tells an event: the first side and the other, a visit's destination,
the caller, the speaker, the agent of a passive, who an appeal asks (eventwords.py's words, compiled once)."""

from __future__ import annotations

import re

from .attending import attend_words, attended_venue
from .clauses import clause_break, joint
from .eventacts import PUNCTUATION, is_trip_for_talks, qualifies_traveller, trip_land
from .eventgrammar import EventWords, words
from .grammar import cached, shared, shared_pattern
from .lexicon import TRIO
from .sentence import Mention, Sentence
from .text import POSSESSIVE

DEST_REACH = 48  # characters from a Latin-script visit word to the land it goes to ("visit to the US")
DEST_REACH_CJK = 6  # "访问越南", "抵达河内"
_DEMANDED_OF_REACH = 24  # characters from a name's start to a modal demand of its subject ("should stop")
_SPOKEN_TO_REACH = 12  # characters before a name where a word of addressing makes it who is spoken to
_ADDRESSEE_RUN = 16  # characters before a name where the last 、 of its list of titles is sought
_TITLE_JOINT = "、"  # joins one person's titles in Chinese ("中共中央总书记、国家主席")
_RUN_BREAK = re.compile(r"[，,；;。：:]")  # a clause break: the titles are another's
_SPEECH_REACH = 60  # characters from a speaker's name to the verb: a title and a name
_SPEECH_REACH_CJK = 6  # characters of other words between: "汪文斌19日表示", "中方随即表示"
_PASSIVE_REACH = 60  # characters from a passive's mark to its action word: the agent's name between


def actor_target(sentence: Sentence, previous: set[str]) -> tuple[str, str] | None:
    """First country named is the actor, the next distinct one the target (or the previous sentence's)."""
    # Countries named by a person, a government or the country itself come before those named only by
    # a place: "in Beijing, Chinh met Xi" is Vietnam meeting China.
    order: list[str] = []
    subjects, reporters = _capital_subjects(sentence)
    # By offset only: the two countries of a pair word keep the order it names them in ("越美": VNM first).
    for at, code in sorted(sentence.actors + subjects, key=_offset) + sentence.countries:
        if code not in order and at not in reporters:
            order.append(code)
    if len(order) == 1:
        order += sorted(previous - set(order))[:1]
    return (order[0], order[1]) if len(order) >= 2 else None


def _offset(name: tuple[int, str]) -> int:
    return name[0]


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
        if any(start in acts for start in starts) or _imposing(sentence, starts, acts, w):
            acting.append((at, code))
        elif any(w.saying.match(sentence.text, start) for start in starts):
            saying.append((at, code))
    if acting and saying and saying[0][0] < acting[0][0]:
        return acting, {at for at, _ in saying if at < acting[0][0]}
    return sorted(acting + saying), set()


def _imposing(sentence: Sentence, starts: tuple[int, int], acts: set[int], w: EventWords) -> bool:
    """A capital right before a verb of imposing (`imposing`) whose act follows it closely: the government
    imposing it ("Washington imposed sanctions on China", "Bắc Kinh áp đặt lệnh trừng phạt",
    "北京宣布对美国实施制裁"); not a verb of saying before the other side's measure ("Beijing announced
    that U.S. tariffs")."""
    text = sentence.text
    for start in starts:
        verb = w.imposing.match(text, _SPACES.match(text, start).end())
        if verb and any(verb.end() <= act <= verb.end() + _IMPOSED_REACH for act in acts):
            return True
    return False


_IMPOSED_REACH = 40  # characters after a verb of imposing where the measure it imposes starts


_SPACES = re.compile(r"\s*")


# Between a measure's owner and its noun: a possessive and figures only ("U.S.'s 20% tariff", "25-percent").
_OWNER_GAP = re.compile(r"(?:['’]s)?(?:[\s\d.,%$-]|percent\b)*")
_PAIR_JOINS = ("-", "–", "/")  # a name joined to another names a pair, not a measure's owner


def measure_owner(sentence: Sentence, action: Mention, answered: bool = False) -> str:
    """The country that imposes a measure told by its noun (grammar `owned_measures`) when it is named
    right before it ("Vietnam exporters brace as 20% U.S. tariff takes effect": the US); "" otherwise, and,
    unless `answered`, when an act word before it takes the measure as its object ("Beijing retaliates
    against US visa curbs": the retaliation is the sentence's act, the curbs the answered measure)."""
    if action.term.lower() not in _owned_measures() or (
            not answered and any(m.start < action.start for m in sentence.actions)):
        return ""
    ends, text = sentence.ends or {}, sentence.text
    for at, code in sentence.actors + sentence.countries:
        end = ends.get(at)
        if end is None or end > action.start or text[at - 1:at] in _PAIR_JOINS:  # "US-China tariffs"
            continue
        gap = _OWNER_GAP.match(text, end, action.start)
        if gap and gap.end() == action.start:
            return code
    return ""


@cached
def _owned_measures() -> frozenset[str]:
    return frozenset(term.lower() for term in shared("owned_measures"))


_OBJECT_REACH = 40  # characters from an act word to the name of its object: a title and a portfolio at most


def object_after(sentence: Sentence, action: Mention) -> str:
    """The side an act word is done to when it is named right after the word, with only titles, offices and
    words of address between ("tiếp Đại sứ Mỹ tại Việt Nam": the US is received; "điện mừng đồng chí Tập Cận
    Bình": China is congratulated); "" when no name of the three follows so closely. A host's ministry or a
    sender named without its country ("Bộ trưởng Bộ Giáo dục và Đào tạo tiếp Đại sứ Mỹ") names no side, so the
    first side named is the object's: the object tells the actor."""
    end = action.start + len(action.term)
    after = sorted((at, code) for at, code in sentence.actors if end <= at <= end + _OBJECT_REACH)
    if not after:
        return ""
    at, code = after[0]
    gap = shared_pattern("object_honorifics").sub(" ", without_portfolios(sentence, end, at))
    return "" if gap.strip() else code


def visit_direction(kind: str, actor: str, target: str, sentence: Sentence) -> tuple[str, str]:
    """A visit goes to where the named place is: the visitor is the other side."""
    place_codes = [code for _, code in sentence.places]
    if kind == "visit" and place_codes and place_codes[0] == actor and target not in place_codes:
        return target, actor
    return actor, target


def _toward(sentence: Sentence, action: Mention, offset: int, w: EventWords) -> bool:
    """A land right before an unspaced visit word that it goes to ("对越南进行国事访问") or comes from. A land
    term may hold the mark itself ("对越" in "欢迎对越南进行正式访问的美国国防部长")."""
    return action.start - 12 <= offset < action.start and bool(
        w.toward.search(sentence.text, 0, offset) or w.toward.match(sentence.text, offset, offset + 1)
        or w.coming.match(sentence.text, offset))


_RELATIVE_REACH = 2  # characters from a visit word to the traveller its 的 qualifies ("访问的美国总统")


def _destination(sentence: Sentence, action: Mention) -> str:
    """The country a visit word says the visit goes to, or "": the land named right after it (through
    lower-case words and titles of no name: "trip to the US", "thăm chính thức Hợp chúng quốc Hoa Kỳ",
    "访问越南"), or in Chinese right after 对/赴/到 before it ("对越南进行国事访问")."""
    w = words()
    if code := w.visit_to.get(action.entry.label):
        return code
    if action.term.lower() in attend_words():  # the occasion's land, another of the three than the attendee's
        return attended_destination(sentence, action)
    if is_trip_for_talks(action):  # the land before "for talks", where the trip goes
        return trip_land(sentence, action, w)
    end = action.start + len(action.term)
    cjk = action.term[:1] >= "\u3000"  # an unspaced script: reach in characters, lands before it
    if not cjk and action.entry.label == w.visiting and w.traveller.match(sentence.text, end):
        # The traveller: the visit goes to the other side of the sentence's pair.
        traveller = next((code for at, code in sentence.actors if at > end), "")
        return next((code for _, code in sentence.actors if code != traveller), "")
    if qualifies_traveller(sentence.text, action, w):
        # "到访的中国国家主席…", "正在越南访问的美国总统": the land right after 的 is the traveller's, the
        # visit goes to the other side. Not "特朗普即将访问的越南", "王毅此次访问的美国之行": an agent's visit
        # word qualifies where it goes.
        traveller = next((code for at, code in sentence.actors
                          if end < at <= end + _RELATIVE_REACH), "")
        if traveller:
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


@cached
def _credentials() -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str]]:
    """The grammar's `credentials_words` (lowercase), `envoy_titles` and `envoy_post` (what opens the name
    of the land of an envoy's post, 驻华: no envoy's land)."""
    return (frozenset(word.lower() for word in shared("credentials_words")), shared_pattern("envoy_titles"),
            shared_pattern("envoy_post", "{}", 0))


def envoy_land(sentence: Sentence, action: Mention) -> str:
    """The envoy's country of a word of credentials presented ("presented his credentials", "trình Quốc
    thư", "nhận Quốc thư", 递交国书), or "": the country of the three (a name or an office-holder) named
    nearest an envoy's title ("U.S. Ambassador", "Đại sứ Trung Quốc", 越南新任驻华大使; not 驻华, the land of
    his post). The host who receives them is the other side, whichever the sentence names first."""
    words_, titles, post = _credentials()
    if action.term.lower() not in words_:
        return ""
    at_titles = [found.start() for found in titles.finditer(sentence.text)]
    if not at_titles:
        return ""
    near = [(min(abs(at - title) for title in at_titles), code) for at, code in sentence.actors
            if code in TRIO and not post.search(sentence.text, max(0, at - 1), at + 1)]
    return min(near)[1] if near else ""


def attended_destination(sentence: Sentence, action: Mention) -> str:
    """The land an attend word's visit goes to (attending.attended_venue), or "": the attendee is the
    office-holder of the three named last before it, else the country of the three named last before it."""
    codes = dict(sentence.people)
    person = next(((at, codes.get(name, "")) for at, name in reversed(sentence.people_at)
                   if at < action.start and codes.get(name, "") in TRIO), None)
    country = next(((at, code) for at, code in reversed(sentence.actors) if at < action.start), None)
    attendee = person or country
    return attended_venue(sentence.text, action.start, action.term, attendee)[0]


def visit_destination(sentence: Sentence, action: Mention) -> str:
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


_CALLER_REACH = 40  # characters from a request mark to the requester ("at the request of the U.S.")


def caller_first(sentence: Sentence, actor: str, target: str) -> tuple[str, str]:
    """"习近平应约同拜登通电话", "held talks by phone with Trump at the request of the U.S. side": the side
    named right after the mark asked for the call; with none there, the first named was called."""
    mark = words().called_by.search(sentence.text)
    if mark is None:
        return actor, target
    reach = range(mark.start(), mark.start() + _CALLER_REACH)
    requester = next((code for start, code in sorted(sentence.actors) if start in reach), "")
    if requester in (actor, target):
        return requester, target if requester == actor else actor
    return target, actor


def speaker_first(sentence: Sentence, action: Mention, actor: str, target: str) -> tuple[str, str]:
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
    # An agency's report opening the sentence ("据越通社报道，越南国家主席…向…习近平致慰问电") tells who
    # reports it, not a first subject whose comma would make a later name the speaker.
    opener = words().attribution.match(sentence.text)
    start = opener.end() if opener else 0
    names = sorted((at, code) for at, code in sentence.actors if start <= at < action.start)
    cut = words().clause
    if len(names) < 2 or not cut.search(sentence.text, names[0][0], action.start):
        return ""  # no clause of its own: the first name speaks
    # The name nearest the word that is not who is spoken to ("中方已向越方提出交涉": 中方 speaks).
    disposed = words().disposed
    at, code = next(((at, code) for at, code in reversed(names)
                     if not _spoken_to(sentence.text, at, 0)
                     and not disposed.search(sentence.text, max(0, at - _SPOKEN_TO_REACH), at)), names[0])
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


def addressee(sentence: Sentence, action: Mention) -> bool:
    """Whether one of the three is named as who is asked, in the clause of an appeal or demand word: after
    it ("urged China to", "kêu gọi Mỹ", "要求越方"), or before it after a word of addressing ("向美方提出
    要求")."""
    text, end = sentence.text, action.start + len(action.term)
    names = sentence.actors + sentence.countries
    # Who is asked may follow in a clause of time or cause ("demands apology after US spy plane
    # collision"): the search stops only at punctuation or a clause cut ("while").
    stops = [m.start() for m in (PUNCTUATION.search(text, end), words().clause.search(text, end)) if m]
    stop = min(stops, default=len(text))
    if any(end <= at < stop for at, _ in names):
        return True
    start = max((m.end() for m in clause_break().finditer(text, 0, action.start)), default=0)
    if action.term.lower() in words().demanded_of:  # "the United States should stop": its subject
        return any(start <= at < action.start and action.start - at <= _DEMANDED_OF_REACH for at, _ in names)
    return any(start <= at < action.start and _spoken_to(text, at, start) for at, _ in names)


def _spoken_to(text: str, at: int, start: int) -> bool:
    """Whether the name at `at` follows a word of addressing (from `start` on): before it ("向美方", "urged
    China to"), or as the first character of a Chinese land term that holds the mark itself ("对美" in
    "中方对美方的做法表示坚决反对": 美方 is what the stance is about, not who speaks). A Latin mark ends in a
    space, so the name's first letter never completes one."""
    marks = words().spoken_to
    if marks.search(text, max(start, at - _SPOKEN_TO_REACH), at) or marks.search(text, at, at + 1):
        return True
    # One addressee's titles joined by 、 ("向中共中央总书记、国家主席习近平致唁电"): the name after the list
    # is spoken to when the list opens right after a word of addressing, with no clause break in it.
    low = max(start, at - _ADDRESSEE_RUN)
    run = text[low:at]
    if _TITLE_JOINT not in run:
        return False
    joint = low + run.index(_TITLE_JOINT)
    return not _RUN_BREAK.search(text, low, at) and any(
        marks.search(text, max(start, opening - _SPOKEN_TO_REACH), opening) for opening in range(low, joint))


def passive_sides(sentence: Sentence, action: Mention, actor: str, target: str) -> tuple[str, str]:
    """An act told in the passive ("the Chinese ambassador was summoned by Vietnam's foreign ministry",
    "Đại sứ Trung Quốc bị Mỹ chỉ trích", "中国大使被召见") is done by the agent named between the mark and
    the word, else by the side not named before the mark. Only a mark that governs the act word: right
    before it, or only the agent's names between ("bị Bộ Ngoại giao Trung Quốc chỉ trích"); never a mark
    inside another word ("chuẩn bị trừng phạt", "被认为将制裁") or before other words ("受到影响后制裁")."""
    end = action.start + len(action.term)
    w = words()
    bare = sentence.headline and (_bare_passive(sentence, action.start) or _carried_passive(sentence, action))
    if not bare and (voice := _clause_passive(sentence, action)) is not None:
        # The clause is told in the passive by another of its act words: its voice is the clause's, whatever
        # word named the act ("A U.S. destroyer was warned off by the Chinese navy": the ship is what the
        # passive is done to; "bị Bộ Ngoại giao Việt Nam triệu tập để nhận công hàm phản đối").
        return passive_sides(sentence, voice, actor, target)
    if bare:
        mark = action.start  # a headline's participle without its mark ("premier welcomed at White House")
    else:
        start = max(0, action.start - _PASSIVE_REACH)
        window = sentence.text[start:action.start].lower()
        if not any(hint in window for hint in w.passive_hints):
            return actor, target
        passive = w.passive.search(sentence.text, start, end)
        if passive is None or not _governs(sentence, passive.start(), action):
            return actor, target
        mark = passive.start()
    names = sentence.actors + sentence.countries
    agent = {code for at, code in names if mark <= at < action.start} or _agent_after(sentence, end)
    if agent:  # the agent named between the mark and the word ("bị Bộ Ngoại giao Việt Nam triệu tập")
        turned = target in agent and actor not in agent
    elif not bare and any(m.start > action.start and m.entry.kind in w.rank
                          and not _continues(sentence, action, m) for m in sentence.actions):
        return actor, target  # no agent, another act after: what the subject suffered before it acts
    else:
        # The land of an envoy's post is no side named before the mark ("越南驻华大使被召见": 驻华 is where
        # the Vietnamese envoy serves; China summoned him).
        post = _credentials()[2]
        before = {code for at, code in names
                  if at < mark and not post.search(sentence.text, max(0, at - 1), at + 1)}
        turned = actor in before and target not in before
    return (target, actor) if turned else (actor, target)


def _clause_passive(sentence: Sentence, action: Mention) -> Mention | None:
    """Another act word of the same kind in the action's clause that a passive governs, with its agent named
    (between the mark and the word, or after it behind `passive_by`), when the action itself is told in no
    passive: the clause tells one act by both words ("destroyer ... was warned off by", "bị ... triệu tập để
    nhận công hàm"), and the passive's voice tells its sides. None when there is none, or a clause break
    parts the two words. A participle of another kind qualifies a noun ("sails near island claimed by
    China": the claim is no voice of the sailing)."""
    if not sentence.headline and not sentence.kept("passive_hinted", _passive_hinted):
        return None  # no passive mark's word in the sentence: none governs any act word of it (_governed)
    if _governed(sentence, action) is not None:
        return None
    for other in sentence.actions:
        if other is action or other.entry.kind != action.entry.kind:
            continue
        low, high = sorted((action.start, other.start))
        if clause_break().search(sentence.text, low, high) or PUNCTUATION.search(sentence.text, low, high):
            continue
        mark = _governed(sentence, other)
        if mark is None and sentence.headline and _bare_passive(sentence, other.start):
            mark = other.start
        if mark is None:
            continue
        names = sentence.actors + sentence.countries
        if any(mark <= at < other.start for at, _ in names) or _agent_after(sentence, other.start + len(
                other.term)):
            return other
    return None


def _passive_hinted(sentence: Sentence) -> bool:
    """Whether a word of `passive_hints` stands anywhere in the sentence (lowercased as _governed reads its
    windows): read once per sentence, every act word of which asks _clause_passive."""
    lowered = sentence.text.lower()
    return any(hint in lowered for hint in words().passive_hints)


def _governed(sentence: Sentence, action: Mention) -> int | None:
    """Where the passive mark governing an act word starts (_governs), None when no passive governs it."""
    w = words()
    start = max(0, action.start - _PASSIVE_REACH)
    if not any(hint in sentence.text[start:action.start].lower() for hint in w.passive_hints):
        return None
    passive = w.passive.search(sentence.text, start, action.start + len(action.term))
    return passive.start() if passive and _governs(sentence, passive.start(), action) else None


def _bare_passive(sentence: Sentence, at: int) -> bool:
    """Whether a headline's act word at `at` is a participle without its mark ("premier welcomed at White
    House"): not when a land is named right after a preposition that takes it as an active verb's object
    ("Vietnam protested at China's oil rig")."""
    w = words()
    bare = w.bare_passive.match(sentence.text, at)
    if bare is None:
        return False
    land_after = any(start == bare.end() for start, _ in sentence.lands)
    return not (land_after and w.bare_passive_object.search(bare.group()))


def _continues(sentence: Sentence, action: Mention, other: Mention) -> bool:
    """Whether a later act word of the same kind runs on from the act word, only spaces between: one act
    told by both ("được trao công hàm phản đối", a note of protest handed), not another the subject does after
    what it suffered ("中国遭到批评后谴责美国")."""
    end = action.start + len(action.term)
    return other.entry.kind == action.entry.kind and not sentence.text[end:other.start].strip()


def _carried_passive(sentence: Sentence, action: Mention) -> bool:
    """Whether a headline's act word is carried by a participle right before it (grammar `passive_verbs`:
    "labelled currency manipulators", "bị Mỹ đưa vào danh sách") told without its mark, the agent named
    after the word behind `passive_by` ("Vietnam labelled currency manipulator by U.S. Treasury")."""
    start = action.start
    carried = any(m.end() == start for m in words().passive_verbs.finditer(
        sentence.text, max(0, start - _CARRIER_REACH), start))
    return carried and bool(_agent_after(sentence, start + len(action.term)))


_CARRIER_REACH = 24  # characters before a headline's act word where a participle carrying it starts


def agent_after(sentence: Sentence, action: Mention) -> set[str]:
    """The agent named right after an act word ("11 Americans sanctioned by China": China), _agent_after."""
    return _agent_after(sentence, action.start + len(action.term))


def _agent_after(sentence: Sentence, end: int) -> set[str]:
    """The agent named after a passive's word ("was received by President George W. Bush"): the first
    name of the three within reach after the agent's word, with only titles and offices before it."""
    by = words().passive_by.match(sentence.text, end)
    if by is None:
        return set()
    after = sorted((at, code) for at, code in sentence.actors if by.end() <= at < by.end() + _PASSIVE_REACH)
    if not after or unnamed(sentence, by.end(), after[0][0]).strip():
        return set()
    return {after[0][1]}


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
    rest = w.passive_manner.sub(" ", without_portfolios(sentence, mark.end(), action.start))
    rest = w.passive_verbs.sub(" ", rest)  # "bị Mỹ đưa vào danh sách", "被美国列入实体清单", "tracked and"
    if any(mark.end() <= at < action.start for at, _ in sentence.actors + sentence.countries):
        rest = w.passive_agent.sub(" ", rest)  # "bị tàu Trung Quốc đâm": the agent's ship
    return not rest.strip()


# The portfolio between an office word and its country: "Thương mại", "Giáo dục và Đào tạo".
_PORTFOLIO = re.compile(r"\s+[A-ZĐÂ][^\s,;.:()]*(?:\s+[^\s,;.:()]+){0,3}\s+$")


def without_portfolios(sentence: Sentence, start: int, end: int) -> str:
    """unnamed(), with an office's portfolio also blanked where the office's country follows it: the
    capitalised words between a Vietnamese office word and the name of its country ("được Bộ trưởng Thương
    mại Mỹ tiếp", "tiếp Bộ trưởng Thương mại Mỹ": the minister is the agent or the guest, whatever the
    portfolio)."""
    gap = list(unnamed(sentence, start, end))
    names = sorted(at for at, _ in sentence.actors if start <= at <= end)
    for office in sentence.offices:
        office_end = office.start + len(office.term)
        following = next((at for at in names if at >= office_end), None)
        if not start <= office_end < end or following is None:
            continue
        if _PORTFOLIO.match(sentence.text[office_end:following]):
            for i in range(office_end, min(following, end)):
                gap[i - start] = " "
    return "".join(gap)


def unnamed(sentence: Sentence, start: int, end: int) -> str:
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
