"""Per-sentence reading: which countries, people, actions, tiers and off-topic cues a sentence holds."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from .lexicon import Entry, load_entries, matcher
from .text import fold, sentence_spans
from .trade import GENERIC_ANSWERS, MEASURE_KINDS, acts_as_government

TRIO = ("CHN", "USA", "VNM")
_SPACED_DASH = re.compile(r"\s?-\s?")
# A capital is where something happened only after a locative word ("in Hanoi", "tại Hà Nội", "在河内");
# "Beijing's sinking of a boat" names a government, not a place.
_LOCATED = re.compile(
    r"(?:\b(?:in|at|to|from|visiting|reached|arrived in)|\b(?:tại|ở|đến|tới|sang|thăm|tai|o|den|toi)"
    r"|[在赴抵访訪到于於达達问問])\s*$",
    re.IGNORECASE,
)
# A country named after "over" or "about" is what two governments talk about, not a party to the talk:
# "Xi tells Biden not to play with fire over Taiwan", "US urges China to use its influence on North Korea".
_TOPIC_BEFORE = re.compile(
    r"\b(?:over|about|regarding|concerning|(?:influence|pressure|talks|stance|position|policy)\s+on)"
    r"\s+(?:the\s+)?$", re.IGNORECASE)
TITLE_WEIGHT = 3.0
LEAD_WEIGHT = 2.0
LEAD_SENTENCES = 2
# Long articles drift off topic; sentences this deep count for little when judging the main subject.
DEEP_SENTENCE = 25
DEEP_WEIGHT = 0.5


@dataclass(slots=True)
class Mention:
    """One lexicon hit inside a folded sentence."""

    start: int
    term: str
    entry: Entry


@dataclass(slots=True)
class Sentence:
    """A sentence with what the lexicons found in it and how much its position counts."""

    text: str
    index: int
    weight: float
    countries: list[tuple[int, str]] = field(default_factory=list)  # (offset, CHN|USA|VNM) in order
    actors: list[tuple[int, str]] = field(default_factory=list)  # the same without capitals and places
    others: set[str] = field(default_factory=set)
    first_other: int = -1  # offset of the first country outside the three, -1 when there is none
    actions: list[Mention] = field(default_factory=list)
    people: list[tuple[str, str]] = field(default_factory=list)  # (canonical name, code)
    places: list[tuple[str, str]] = field(default_factory=list)  # (label, code) of located places
    tiers: list[Mention] = field(default_factory=list)
    cue: float = 0.0
    trio: set[str] = field(default_factory=set)  # the distinct countries of the three named here
    titles: list[Mention] = field(default_factory=list)  # bare-title candidates, resolved in _fill
    offices: list[Mention] = field(default_factory=list)  # office words, resolved in _fill
    # Countries of the office-holders named by title ("Chinese Defence Minister", "Bộ trưởng Thương mại
    # Hoa Kỳ", "美国贸易代表", a bare "Thủ tướng"): with people, two of them in one sentence interact.
    officials: frozenset[str] = frozenset()
    # With all three countries named: the one that acts on the other two ("Esper accused China ... and
    # urged Vietnam"), or "" when two of them act together ("China and Vietnam protest ...").
    subject: str = ""
    # With all three named and no subject: the first two, when the third comes only after a clause break
    # that every diplomacy word precedes ("Biden strengthens ties with Vietnam, eyeing China's region").
    lead: frozenset[str] = frozenset()
    group: bool = False  # the countries named are members of a larger group: "美中等六国", "six powers"
    # The country whose government imposes, rules on or answers a trade measure on another of the three
    # named after it ("" when none): see trade.py.
    trade_actor: str = ""
    # (offset, code) of names of a country as a land (country name, capital, place; not a demonym,
    # title or institution): where a visit goes ("visit to Vietnam", "thăm Mỹ"), for events.py.
    lands: list[tuple[int, str]] = field(default_factory=list)


def _position_weight(index: int, has_title: bool) -> float:
    """Title counts most, then the lead; deep body sentences count less."""
    # Without a title the first sentence stands in for it: headline-only texts, wire copy's lead.
    if index == 0:
        return TITLE_WEIGHT
    body_index = index - 1 if has_title else index
    if body_index < LEAD_SENTENCES:
        return LEAD_WEIGHT
    return DEEP_WEIGHT if body_index >= DEEP_SENTENCE else 1.0


def _record(sentence: Sentence, mention: Mention) -> None:
    """File one mention under the slot its lexicon entry's role says."""
    entry = mention.entry
    role = entry.role
    if role == "action":
        sentence.actions.append(mention)
    elif role == "cue":
        sentence.cue += entry.weight
    elif role == "tier":
        sentence.tiers.append(mention)
    elif role == "title":
        sentence.titles.append(mention)
    elif role == "office":
        sentence.offices.append(mention)
    elif role == "org":
        return  # read by _nonstate_names only
    elif role == "other":
        if _TOPIC_BEFORE.search(sentence.text, max(0, mention.start - 24), mention.start):
            return
        sentence.others.add(entry.value)
        if sentence.first_other < 0 or mention.start < sentence.first_other:
            sentence.first_other = mention.start
    else:  # country, person or place
        for code in entry.codes:
            sentence.countries.append((mention.start, code))
            if role != "place":
                sentence.actors.append((mention.start, code))
        if entry.kind in _LAND_KINDS:
            sentence.lands.append((mention.start, entry.value))
        if role == "person":
            sentence.people.append((entry.label, entry.value))
        elif role == "place" and _located(sentence.text, mention.start):
            sentence.places.append((entry.label, entry.value))


_LAND_KINDS = frozenset({"country", "capital", "place"})


def _located(text: str, start: int) -> bool:
    """Whether a place name at `start` follows a locative word: where something happened."""
    return bool(_LOCATED.search(text[max(0, start - 8):start]))


def _is_named(mention: Mention) -> bool:
    """A mention that names a country or a person outright (not a bare title)."""
    return mention.entry.role in ("country", "person", "place", "other")


_ZH_JOINERS = frozenset("与與同和及跟、，,")


def _zh_qualifies(text: str, stop: int, start: int, mentions: list[Mention]) -> bool:
    """Whether the few characters between a name and a title let the name qualify it (no verb, no "and")."""
    if stop == start:
        return True
    return not _ZH_JOINERS.intersection(text[stop:start]) and not any(
        stop <= m.start < start and m.entry.role == "action" for m in mentions)


def _bare_titles(mentions: list[Mention], script: str, text: str = "") -> list[Mention]:
    """Titles like "Chủ tịch nước" or "外交部" that no adjacent name qualifies: they mean the home country."""
    # Vietnamese puts the country after the title ("Thủ tướng Nhật Bản"), possibly after a chain of
    # titles ("Tổng Bí thư, Chủ tịch nước Trung Quốc"); Chinese puts it before ("越南外交部").
    named = [m for m in mentions if _is_named(m)]
    orgs = [m for m in mentions if m.entry.role == "org"]
    titles = sorted((m for m in mentions if m.entry.kind == "title"), key=lambda m: -m.start)
    qualified: list[Mention] = []
    bare = []
    for title in titles:  # right to left, so a chain inherits the qualifier of the title after it
        end = title.start + len(title.term)
        if script == "zh":  # not across a verb or "and": "美国国务卿会见国家主席" is China's head of state
            hit = any(title.start - 3 <= m.start + len(m.term) <= title.start
                      and _zh_qualifies(text, m.start + len(m.term), title.start, mentions) for m in named)
        else:
            hit = any(end <= m.start <= end + 2 for m in named) or any(
                end <= q.start <= end + 3 for q in qualified)
        # A non-state body's or a relative's title is no state's (0.9.0): "vợ Chủ tịch nước", "主席的女儿".
        if not hit and orgs and any(
                (0 <= m.start - end <= 1) if script == "zh"
                else (0 <= title.start - m.start - len(m.term) <= 1) for m in orgs):
            hit = True
        (qualified if hit else bare).append(title)
    return bare


def _mentions(doc: str, folded: str, script: str) -> list[Mention]:
    """All lexicon hits in a folded text, acronyms checked against the original capitals."""
    entries = load_entries()[script]
    found: list[Mention] = []
    append = found.append  # this loop runs for every hit of every article: keep it lean
    for match in matcher(script).finditer(folded):
        term = match.group(0)
        hits = entries.get(term)
        if hits is None:
            term = _SPACED_DASH.sub("-", term)  # "việt - mỹ" is the lexicon's "việt-mỹ"
            hits = entries[term]
        start = match.start()
        for entry in hits:
            if entry.case and not doc[start:match.end()].isupper():
                continue
            if entry.capital and not _proper_at(doc, start):
                continue
            append(Mention(start, term, entry))
    return found


def _proper_at(doc: str, start: int) -> bool:
    """A capitalised one-syllable name that does not end a person's name: "Thủ tướng Nhật", "phía Nga",
    "Nga cho biết", not "cập nhật", "Nguyễn Phương Nga" or "Bắc Mỹ" (a syllable with a capital before it,
    itself not the first word of its sentence)."""
    if not doc[start].isupper():
        return False
    if start < 2 or doc[start - 1] != " ":
        return True
    before = doc[max(0, start - 40):start - 1]
    word = before.rsplit(" ", 1)[-1]
    if not (word[:1].isupper() and word.isalpha()):
        return True
    rest = before[:len(before) - len(word)].rstrip(" ")
    return not (rest and rest[-1].isalpha())


# A country named as the origin of a company, investor, tourist, student, team or pundit is not its
# government: "Chinese firm in talks to buy U.S. chipmaker", "Công ty Trung Quốc ký hợp đồng",
# "中国企业与美国公司签署协议", "chuyên gia Mỹ cảnh báo". The noun is an off-topic cue of one of these
# categories, right after the country (English, Chinese) or right before it (Vietnamese), at most two
# words (two characters in Chinese) apart. Sanctions, tariffs, bans and protests aimed at such firms
# are state policy, so the rule is off in sentences that hold such words.
NONSTATE_CUES = frozenset({"business", "market", "tourism", "education", "sport", "culture", "commentary"})
STATE_POLICY = frozenset({"sanction", "trade_measure", "reduce_relations", "protest", "criticize", "accuse",
                          "threaten", "demand", "appeal"})
_NAME_KINDS = frozenset({"country", "demonym", "pair"})
_GAP_AFTER = re.compile(r"(?:'s)?(?:\s+(?:and|&)\s+\S+)?(?:\s+[\w'-]+){0,2}\s+")
# In Vietnamese a locative between them makes the country a place, not an origin: "nhà đầu tư tại Mỹ".
_GAP_BEFORE = re.compile(r"\s+(?:(?!(?:tại|ở|đến|tới|sang|tai|o|den|toi)\s)[\w'-]+\s+){0,2}", re.IGNORECASE)


def _nonstate_names(text: str, mentions: list[Mention], script: str) -> set[int]:
    """Offsets of names that only say where a company, tourist, team, pundit or non-state body comes from.

    Off-topic cue nouns take a country name; the organisations and private persons of `nonstate.tsv`
    (0.9.0) also take a capital or place ("Hanoi University", "北京大学"), and a relative a person
    ("Xi's daughter").
    """
    nouns = [m for m in mentions if m.entry.role == "org"
             or (m.entry.role == "cue" and m.entry.kind in NONSTATE_CUES)]
    if not nouns or any(m.entry.role == "action" and m.entry.kind in STATE_POLICY for m in mentions):
        return set()
    offices = {m.start: m.start + len(m.term) for m in mentions if m.entry.role in ("office", "title")}
    found = set()
    for name in mentions:
        role = name.entry.role
        if role == "country":
            if name.entry.kind not in _NAME_KINDS:
                continue
        elif role not in ("place", "person"):
            continue
        end = name.start + len(name.term)
        for noun in nouns:
            org = noun.entry.role == "org"
            if not org and role != "country":
                continue
            family = noun.entry.kind == "family"
            if role == "person" and not family:
                continue
            if script == "zh":
                gap = noun.start - end
                hit = 0 <= gap <= (0 if family else 2) or (
                    org and end in offices and 0 <= noun.start - offices[end] <= 1)  # "美国总统的儿子"
            elif script == "en":
                if family:  # a possessive: "Xi's wife", "Vietnamese President's son"
                    hit = noun.start >= end and bool(_EN_RELATIVE.fullmatch(text, end, noun.start) or (
                        name.term.endswith(("'s", "’s")) and text[end:noun.start].isspace()))  # "biden's"
                else:
                    hit = noun.start >= end and bool(_GAP_AFTER.fullmatch(text[end:noun.start] + " "))
                if not hit and org:  # "AmCham Vietnam", "wife of Vietnam's PM" (a relative needs the "of")
                    stop = noun.start + len(noun.term)
                    gap = _EN_RELATIVE_OF if family else _EN_OF
                    hit = stop <= name.start and bool(gap.fullmatch(text, stop, name.start))
            else:  # Vietnamese: "công ty Trung Quốc", "du khách đến từ Mỹ"
                stop = noun.start + len(noun.term)
                hit = stop <= name.start and bool(_GAP_BEFORE.fullmatch(" " + text[stop:name.start] + " "))
            if hit:
                found.add(name.start)
                break
    return found


_EN_RELATIVE = re.compile(r"['’]s\s+|(?:\s+[\w-]+){0,2}['’]s\s+")
_EN_OF = re.compile(r"\s+(?:of\s+)?(?:the\s+)?")  # "AmCham Vietnam", "University of Hanoi"
_EN_RELATIVE_OF = re.compile(r"\s+of\s+(?:the\s+)?")  # "wife of the US envoy"; "Son" is also a name


# Chinese headlines name the speaker before a colon ("温家宝：中美应..."): a statement by that speaker.
_SPEAKER_COLON = Entry("actions", "statement", "010", "：", 1.5)
_SPEAKERS = frozenset({"person", "country", "title"})
# English and Vietnamese say it with a verb: "Trump says China made a horrible mistake", "China on Thursday
# said it would lift its ban on US carriers", "Bộ Ngoại giao Việt Nam khẳng định Trung Quốc...". A
# government speaking of another is a statement between them (0.10.0); the other must come after the verb.
_SAID = Entry("actions", "statement", "010", "said", 1.0)
# Verbs of saying that are not already lexicon words (`tuyên bố`, `cáo buộc` are in actions.tsv). Bare
# "noi" is left out of Vietnamese typed without marks: it is also nơi, nối, nội.
_SPEECH_VERBS = {
    "en": "says|said|tells|told|insists|insisted|claims|claimed|stresses|stressed|asserts|asserted|declares"
          "|declared|reiterates|reiterated|affirms|affirmed",
    "vi": "nói|cho rằng|khẳng định|nhấn mạnh",
    "vi_ascii": "cho rang|khang dinh|nhan manh",
}
# Up to four words between the speaker and the verb: in English lower case, a weekday, a parenthesis or a
# word of a government body ("China's Foreign Ministry on Monday said", "China on Thursday (June 4) said"),
# never another name ("Vietnam's Vingroup said", "Vietnam coach Park said": a company or a person of no
# office); in Vietnamese up to three words ("Trung Quốc hôm qua khẳng định").
_SPEECH_GAPS = {
    "en": r"(?:['’]s)?(?:\s+(?:[a-z][\w-]*|\([^()]{0,30}\)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Foreign"
          r"|Ministry|Commerce|Trade|State|Department|Defen[cs]e|Office|Government|Administration|Embassy"
          r"|Spokes(?:man|woman|person))){0,4}?\s+",
    "vi": r"(?:\s+[\w/-]+){0,3}?\s+",
}
_SPEECH_REACH = 60  # characters from the speaker to the verb: four words and a parenthesis


def _first_letters(verbs: str) -> str:
    """A lookahead on the verbs' first letters: the scan skips most positions (twice as fast)."""
    return "(?=[" + "".join(sorted({verb[0] + verb[0].upper() for verb in verbs.split("|")})) + "])"


_SPEECH = {  # script -> (any verb of saying, for a cheap first test; speaker's gap and verb)
    script: (re.compile(rf"\b{_first_letters(verbs)}(?i:{verbs})\b"),
             re.compile(rf"{_SPEECH_GAPS[script[:2]]}((?i:{verbs}))\b"))
    for script, verbs in _SPEECH_VERBS.items()
}


def _said(sentence: Sentence, kept: list[Mention], skip: set[int],
          verbs: tuple[re.Pattern[str], re.Pattern[str]]) -> None:
    """Add a statement when one of the three speaks ("X says|said ...") and another follows the verb."""
    any_verb, verb = verbs
    found = [hit.start() for hit in any_verb.finditer(sentence.text)]
    if not found or found[0] > sentence.countries[-1][0]:  # no verb, or no country after one
        return
    for mention in kept:
        end = mention.start + len(mention.term)
        if mention.entry.role not in _SPEAKERS or mention.start in skip or not any(
                0 < at - end <= _SPEECH_REACH for at in found):
            continue
        said = verb.match(sentence.text, end)
        if said and any(start >= said.end() and code not in mention.entry.codes
                        for start, code in sentence.countries):
            sentence.actions.append(Mention(said.start(1), said.group(1), _SAID))
            return


def sentence_has_cue(mentions: list[Mention]) -> bool:
    """Whether any mention is an off-topic cue or a non-state body (the only cases where a name can be
    an origin)."""
    return any(m.entry.role in ("cue", "org") for m in mentions)


# A visit that is over is where someone comes from, not the story: "Pompeo flew over China to Japan
# after visiting Vietnam", "sau chuyến thăm Việt Nam, ông ... đến Nhật Bản", "蓬佩奥访越后经中国领空赴日本".
# The country right after the clause, the capital or the pair word inside it, and its visit word do not
# count: the sentence's interaction is with the others.
_PAST_STOP = {
    "en": re.compile(
        r"\b(?:after|following)\s+(?:(?:his|her|their|its|a|an|the|wrapping\s+up|ending|concluding|completing"
        r"|official|state|brief|two-day|three-day|\w+-day)\s+){0,3}(?:visit(?:ing|s)?|trip|tour|stop(?:over)?)"
        r"(?:\s+(?:to|in))?\s+(?:the\s+)?", re.IGNORECASE),
    "vi": re.compile(
        r"\b(?:sau|kết thúc|ket thuc)\s+(?:khi\s+)?(?:(?:kết thúc|ket thuc|hoàn tất|hoan tat)\s+)?"
        r"(?:(?:chuyến|chuyen)\s+)?(?:thăm|tham|công du|cong du)(?:\s+(?:chính thức|chinh thuc|cấp nhà nước"
        r"|cap nha nuoc))?(?:\s+(?:tới|toi|đến|den|tại|tai))?\s+", re.IGNORECASE),
    "zh": re.compile(
        r"(?:结束|結束)[^，,。；]{1,10}?(?:访问|訪問|之行)(?:之)?(?:后|後)?|(?:访问|訪問)[^，,。；]{1,6}?(?:之)?(?:后|後)"
        r"|(?:访|訪)[^，,。；\s]{1,2}(?:之)?(?:后|後)"),
}
_PAST_STOP["vi_ascii"] = _PAST_STOP["vi"]
PAST_STOP_REACH = 2  # the country must follow the clause at once (Latin scripts)


def _past_stops(text: str, mentions: list[Mention], script: str) -> set[int]:
    """Offsets of the country, capital and visit-word mentions that name a visit already over."""
    if not any(m.entry.kind == "visit" for m in mentions):
        return set()
    found: set[int] = set()
    for clause in _PAST_STOP[script].finditer(text):
        start, end = clause.span()
        if script != "zh":  # the clause ends where the country begins
            end += PAST_STOP_REACH
        for mention in mentions:
            if start <= mention.start < end and (mention.entry.role in ("country", "place")
                                                 or mention.entry.kind == "visit"):
                found.add(mention.start)
    return found


# A wire dateline ("HANOI, Vietnam (AP) —", "WASHINGTON (Reuters) -") says where, like a capital: the
# country in it is a place, not the sentence's actor.
_DATELINE = re.compile(
    r"\s*[A-Z][A-Z.'’ -]{2,}(?:,\s*[A-Z][\w.' ]{1,30}?)?\s*(?:\([\w .]{1,20}\)\s*)?[—–-]{1,2}\s")
# Two of the three joined as one subject: "China and Vietnam", "Xi Jinping và Tô Lâm", "中越", "中国和越南".
_JOINT = re.compile(r"\W*(?:(?:,|、|，|and|&|và|va|hoặc|or|和|与|與|及|同|跟)\W*)(?:the\s+)?", re.IGNORECASE)
JOINT_GAP = 12


# A clause break between the three names: each clause may have its own subject ("Before Biden visits
# Vietnam, China sent an envoy to Hanoi"), so none is taken for the sentence.
_CLAUSE_BREAK = re.compile(r"[,;:，；：、]|\b(?:while|whereas|before|after|when|as|khi|trước|sau|truoc)\b",
                           re.IGNORECASE)


def _subject(text: str, names: list[tuple[int, int, str]]) -> str:
    """The first-named of the three when it acts alone on the other two in one clause, else "".

    `names` are (start, end, code) of the names of the three (countries, people, capitals not after a
    locative word) in text order. The first is the subject unless the next country named is joined to it
    by "and" or a comma, a pair word names both, or a clause break comes before the third is named.
    """
    first = names[0][2]
    last_end = names[0][1]
    second = ""
    for start, end, code in names:
        if code == first:
            last_end = max(last_end, end)
            continue
        if not second:
            if start < last_end:  # a pair word ("中越", "Việt-Mỹ") names both at once
                return ""
            gap = text[last_end:start]
            if len(gap) <= JOINT_GAP and _JOINT.fullmatch(gap):
                return ""
            second = code
        elif code != second:  # the third country: all three in one clause?
            return "" if _CLAUSE_BREAK.search(text, names[0][0], start) else first
    # The third is only a place ("HANOI, Vietnam (AP) — Esper accused China"): where the subject acted.
    return first if second and not _CLAUSE_BREAK.search(text, names[0][0], names[-1][0]) else ""


def _lead_pair(text: str, names: list[tuple[int, int, str]], actions: list[Mention]) -> frozenset[str]:
    """The first two of the three named, when the third is named only after a clause break and every
    diplomacy word comes before that break: the third is where the story goes next, not a party to what
    happened ("Biden strengthens ties with Vietnam in Hanoi, aiming to extend influence to China's
    neighbours"). Empty otherwise."""
    first, second = names[0][2], ""
    for start, _, code in names:
        if code in (first, second):
            continue
        if not second:
            second = code
            continue
        cut = _CLAUSE_BREAK.search(text, names[0][0], start)
        if cut and all(action.start < cut.start() for action in actions):
            return frozenset({first, second})
        break
    return frozenset()


# The countries named are members of a larger group whose diplomacy it is, like a multilateral body:
# "美中等六国将商讨..." (the US, China and four others), "the US, China and four other powers", "six world
# powers", "Mỹ, Trung Quốc và bốn nước khác". A cheap substring test guards each pattern.
_GROUP = {
    "en": ("other", "powers", re.compile(
        r"\band\s+(?:the\s+)?(?:\w+\s+)?other\s+(?:\w+\s+)?(?:countries|nations|powers|states|members)\b"
        r"|\b(?:three|four|five|six|seven|eight|several|\d+)\s+(?:world\s+|major\s+|global\s+)?powers\b",
        re.IGNORECASE)),
    "vi": ("khác", "cường quốc", re.compile(
        r"\b(?:và|cùng)\s+(?:\S+\s+)?(?:nước|quốc gia|cường quốc)\s+khác\b"
        r"|\b(?:ba|bốn|năm|sáu|bảy|tám|các|\d+)\s+cường quốc\b", re.IGNORECASE)),
    "vi_ascii": ("khac", "cuong quoc", re.compile(
        r"\b(?:va|cung)\s+(?:\S+\s+)?(?:nuoc|quoc gia|cuong quoc)\s+khac\b"
        r"|\b(?:ba|bon|nam|sau|bay|tam|cac|\d+)\s+cuong quoc\b", re.IGNORECASE)),
    "zh": ("等", "等", re.compile(
        r"等(?:[一二两兩三四五六七八九十几幾数數多]|\d)*[个個]?(?:国|國|方|大国|大國)")),
}


# An office word belongs to the country that qualifies it: a demonym, country or possessive right before
# it in English ("Chinese Defence Minister", "Vietnam's PM"), the country after it in Vietnamese, through a
# few capitalised words of the portfolio ("Bộ trưởng Thương mại Hoa Kỳ", "Phó Chủ tịch Quân ủy Trung ương
# Trung Quốc"), the country right before it in Chinese ("美国贸易代表", "越南政府副总理"; "中国驻越南大使"
# is China's). An office nothing qualifies ("the minister") names no country.
_EN_OFFICE_GAP = re.compile(r"(?:['’]s)?\s{1,2}")
_ZH_OFFICE_GAP = re.compile(r"[^，,。；：:、\s]{0,4}")
VI_OFFICE_WORDS = 4
_ZH_STATIONED = "驻駐"
_QUALIFIERS = frozenset({"country", "place", "person", "other"})
_TRIO_SET = frozenset(TRIO)
_SKIPPABLE = frozenset({"country", "place", "person"})  # names a non-state noun can take (_nonstate_names)


def _office_country(text: str, office: Mention, names: list[Mention], blockers: list[int],
                    script: str) -> str:
    """The code of the country (or other country) that qualifies an office word, or "".

    `names` are in text order (mentions come in text order).
    """
    start = office.start
    if script == "zh":
        name = None
        for m in names:  # the last name ending a few characters before the office
            stop = m.start + len(m.term)
            if stop > start:
                break
            if start - stop <= 4 and _ZH_OFFICE_GAP.fullmatch(text, stop, start):
                name = m
        if name is None:
            return ""
        if name.start and text[name.start - 1] in _ZH_STATIONED:  # "中国驻越南大使": the sender's envoy
            name = next((m for m in names if m.start + len(m.term) == name.start - 1), None)
            if name is None:
                return ""
        return name.entry.value if len(name.entry.codes) == 1 else ""
    if script == "en":
        for name in names:
            stop = name.start + len(name.term)
            if stop > start:
                break
            if start - stop <= 3 and len(name.entry.codes) == 1 and _EN_OFFICE_GAP.fullmatch(
                    text, stop, start):
                return name.entry.value
        return ""
    end = start + len(office.term)
    name = next((m for m in names if m.start >= end), None)  # Vietnamese: the first name after it
    if name is None:
        return ""
    words = text[end:name.start].split()
    if len(words) > VI_OFFICE_WORDS or (words and not words[0][0].isupper()) or not all(
            w.isalpha() for w in words) or any(end <= at < name.start for at in blockers):
        return ""  # too far, not a portfolio ("Bộ trưởng Tài chính"), or a verb or another office between
    return name.entry.value if len(name.entry.codes) == 1 else ""


def _officials(sentence: Sentence, names: list[Mention], bare: list[Mention], script: str) -> frozenset[str]:
    """Countries of the three whose office-holders the sentence names by title or name (bare titles: home)."""
    found = {title.entry.value for title in bare} | {code for _, code in sentence.people}
    blockers = ([m.start for m in sentence.actions + sentence.offices + sentence.titles]
                if script[:2] == "vi" else [])
    for office in sentence.offices + [t for t in sentence.titles if t not in bare]:
        if len(found) >= 2:
            break  # enough for the bonus
        code = _office_country(sentence.text, office, names, blockers, script)
        if code in TRIO:
            found.add(code)
    return frozenset(found & _TRIO_SET)


def _fill(sentence: Sentence, mentions: list[Mention], script: str) -> Sentence:
    """Record a sentence's mentions (offsets relative to the sentence) and resolve bare titles."""
    skip = _nonstate_names(sentence.text, mentions, script) if sentence_has_cue(mentions) else set()
    past = _past_stops(sentence.text, mentions, script)
    dateline = _DATELINE.match(sentence.text) if script == "en" and sentence.index < 2 else None
    names: list[tuple[int, int, str]] = []
    kinds: list[tuple[int, int, str, str, str]] = []  # the same with role and kind, for trade acts
    kept: list[Mention] = []  # not an origin, not a visit already over: what may qualify an office
    for mention in mentions:
        role = mention.entry.role
        if mention.start in skip and role in _SKIPPABLE:
            continue
        if mention.start in past and (role in ("country", "place") or mention.entry.kind == "visit"):
            continue
        kept.append(mention)
        if dateline and mention.start < dateline.end() and role in ("country", "place"):
            sentence.countries.extend((mention.start, code) for code in mention.entry.codes)
            continue
        _record(sentence, mention)
        if role in ("country", "person") or (role == "place" and not _located(sentence.text, mention.start)):
            end = mention.start + len(mention.term)
            names.extend((mention.start, end, code) for code in mention.entry.codes)
            kinds.extend((mention.start, end, code, role, mention.entry.kind) for code in mention.entry.codes)
    if script == "zh" and "：" in sentence.text:
        text = sentence.text
        for mention in mentions:
            end = mention.start + len(mention.term)
            if mention.entry.role in _SPEAKERS and text.startswith(("：", ":"), end):
                sentence.actions.append(Mention(end, "：", _SPEAKER_COLON))
                break
    if sentence.titles:
        bare = _bare_titles(mentions, script, sentence.text)
        for title in bare:
            sentence.countries.append((title.start, title.entry.value))
            sentence.actors.append((title.start, title.entry.value))
            kinds.append((title.start, title.start + len(title.term), title.entry.value, "title", "title"))
        sentence.countries.sort()
        sentence.actors.sort()
    else:
        bare = []
    sentence.trio = {code for _, code in sentence.countries}
    if len(sentence.trio) >= 2 and script in _SPEECH:
        _said(sentence, kept, skip, _SPEECH[script])
    if len(sentence.trio) >= 2 and (sentence.offices or sentence.titles):  # else no two can interact
        qualifiers = [m for m in kept if m.entry.role in _QUALIFIERS]
        sentence.officials = _officials(sentence, qualifiers, bare, script)
    hint, other_hint, group = _GROUP[script]
    text = sentence.text
    if sentence.trio and (hint in text or other_hint in text) and group.search(text):
        sentence.group = True
        sentence.others.add("MULTI")
    if len(sentence.trio) == 3 and names:
        sentence.subject = _subject(sentence.text, names)
        if not sentence.subject and sentence.actions:
            sentence.lead = _lead_pair(sentence.text, names, sentence.actions)
    if len(sentence.trio) >= 2 and any(m.entry.kind in MEASURE_KINDS and m.entry.label not in GENERIC_ANSWERS
                                       for m in sentence.actions):
        kinds.sort()
        sentence.trade_actor = _trade_actor(sentence.text, kinds, script)
        if len(sentence.trio) == 3 and not sentence.subject and sentence.trade_actor == kinds[0][2]:
            # "美国商务部认定，中国和越南的虾存在倾销": the government acts on the other two (the comma
            # after the verb is no second clause with a subject of its own).
            sentence.subject = sentence.trade_actor
    return sentence


def _trade_actor(text: str, names: list[tuple[int, int, str, str, str]], script: str) -> str:
    """The country whose government acts with a trade measure on another of the three named after it, or "".

    `names` are (start, end, code, role, kind) of the sentence's names of the three in text order. A
    name joined to the next country by "and" or a comma ("China and Vietnam protest US duties") or a
    pair word ("中美") acts together with it, not on it, and is passed over.
    """
    for i, (start, end, code, role, kind) in enumerate(names):
        if kind == "pair":
            continue
        later = [(s, c) for s, _, c, _, _ in names[i + 1:] if c != code]
        if not later:
            return ""
        gap = text[end:later[0][0]]
        if later[0][0] < end or (len(gap) <= JOINT_GAP and _JOINT.fullmatch(gap)):
            continue
        if acts_as_government(text, start, end, role, kind, script):
            return code
    return ""


# "Xi and Putin", "Trung Quốc và Nga", "中俄" aside: one of the three joined to another country at the
# head of a sentence makes that pair the subject ("Xi and Putin criticise the US").
_JOINED = re.compile(r"(?:\band|\bvà|\bva|&|[和与與同])\s*$", re.IGNORECASE)
JOINED_GAP = 24


def led_by_other(sentence: Sentence) -> bool:
    """Whether the sentence's subject is a country outside the three, alone or joined to one of the three.

    True when another country is named before any of the three, when the sentence opens with one
    of the three joined by "and" to another country ("China and Russia", "Xi and Putin"), or when the
    countries named are members of a larger group ("美中等六国", "six world powers").
    """
    if sentence.group:
        return True
    first = sentence.first_other
    if first < 0:
        return False
    countries = sentence.countries
    if not countries or first < countries[0][0]:
        return True
    start = countries[0][0]
    if first - start > JOINED_GAP or any(code != countries[0][1] for at, code in countries if at < first):
        return False
    return bool(_JOINED.search(sentence.text, start, first))


def read_sentence(text: str, index: int, weight: float, script: str) -> Sentence:
    """Run the script's matcher over one sentence on its own."""
    text = unicodedata.normalize("NFC", text)
    sentence = Sentence(text=text, index=index, weight=weight)
    return _fill(sentence, _mentions(text, fold(text, script), script), script)


def _layout(title: str, text: str) -> tuple[str, list[tuple[int, int]]]:
    """One document (title, newline, body) and the spans of its sentences; the title is one sentence."""
    spans = sentence_spans(text)
    if title and spans and text[spans[0][0]:spans[0][1]] == title:
        spans = spans[1:]  # sources that repeat the headline as the first line
    if not title:
        return text, spans
    offset = len(title) + 1
    return f"{title}\n{text}", [(0, len(title))] + [(s + offset, e + offset) for s, e in spans]


def read_article(title: str, text: str, script: str) -> list[Sentence]:
    """Split title and text into weighted, matched sentences (title first when present), in one pass."""
    title = unicodedata.normalize("NFC", (title or "").strip())
    doc, spans = _layout(title, unicodedata.normalize("NFC", text or ""))
    has_title = bool(title)
    folded = fold(doc, script)
    if len(folded) != len(doc):  # a rare letter changed length when lowercased: match per sentence
        return [read_sentence(doc[s:e], i, _position_weight(i, has_title), script)
                for i, (s, e) in enumerate(spans)]
    per_sentence: list[list[Mention]] = [[] for _ in spans]
    i, last = 0, len(spans)
    for mention in _mentions(doc, folded, script):  # hits come in text order, so do sentences
        while i < last and mention.start >= spans[i][1]:
            i += 1
        if i == last:
            break
        if mention.start >= spans[i][0]:  # hits in the whitespace between sentences belong to none
            mention.start -= spans[i][0]
            per_sentence[i].append(mention)
    sentences = []
    for i, ((s, e), found) in enumerate(zip(spans, per_sentence, strict=True)):
        sentence = Sentence(doc[s:e], i, _position_weight(i, has_title))
        sentences.append(_fill(sentence, found, script) if found else sentence)
    return sentences
