"""Relevance and pair decisions from weighted sentences: diplomacy must be the story, not a mention."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import combinations

from .analysis import (
    LEAD_SENTENCES,
    TITLE_WEIGHT,
    TRIO,
    Mention,
    Sentence,
    held_by,
    led_by_other,
    topic_before,
)
from .eventacts import VIOLATION_JUDGED, given_as_verdict
from .eventgrammar import words
from .grammar import kind_set, shared

PAIR_NAMES = {
    frozenset({"CHN", "VNM"}): "CN-VN",
    frozenset({"USA", "VNM"}): "US-VN",
    frozenset({"CHN", "USA"}): "CN-US",
}
PAIR_CODES = {name: codes for codes, name in PAIR_NAMES.items()}
# A sentence's diplomacy strength is capped so one list of ministers cannot carry a story.
SENTENCE_CAP = 5.0
TIER_WEIGHT = 1.5
# Credit for a sentence naming one country when the other is in the sentence before it.
CARRY_SHARE = 0.4
# Words that refer back to the two countries of the sentence before (actions.tsv terms, the grammar's
# [shared] anaphors); they get the same carried share.
ANAPHORS = frozenset(shared("anaphors"))
# Each pair gets less when a sentence names all three countries at once. When one of them acts on the
# other two ("the US accused China ... and urged Vietnam"), the pair of its two objects gets nothing.
THREE_WAY_SHARE = 0.4
CONTEXT_KINDS = kind_set("actions", "context")
# Military words of forces acting on another's ships or claimed place, and of two sides' forces acting
# together (a joint patrol, inspection or exercise): an act between two of the three.
FORCE_ACTS = frozenset(shared("force_acts")) | frozenset(shared("joint_forces"))
# A word of condemning verdict that weighs nothing alone ("illegal", "错误", "sai trái": a dispute word) given
# as the predicate of what is judged (grammar `verdict_before`) in a sentence naming two of the three is a
# government's criticism of the other, weighed as one (eventacts.VIOLATION_JUDGED), as a force act is.
VERDICTS = frozenset(shared("violations"))
VERDICT_WEIGHT = VIOLATION_JUDGED.weight
CONTEXT_ALONE = 0.5
LEADERS_WEIGHT = 1.5
# A government of one of the three imposing, ruling on or answering a trade measure on another.
TRADE_ACT_WEIGHT = 1.5
# When a sentence also names a country outside the three, the diplomacy may be theirs.
OTHERS_SHARE = 0.7
LED_BY_OTHER_SHARE = 0.2
# Score = logistic(BIAS + W_MASS*ln(1+best) + W_DENSITY*min(density, 2) + W_TITLE*title - W_CUE*cue
#                  - W_OTHER*other); see _features for what each one measures.
BIAS = -3.2
W_MASS = 1.1
W_DENSITY = 1.5
DENSITY_CAP = 2.0
W_TITLE = 1.0
W_CUE = 1.5
W_OTHER = 2.0
THRESHOLD = 0.5
PAIR_MIN_SHARE = 0.45  # a second pair must carry nearly half the diplomacy of the first
PAIR_MIN_MASS = 2.0


@dataclass
class Verdict:
    """Scores and the sentences behind them."""

    score: float
    relevant: bool
    pairs: tuple[str, ...]
    pair_mass: dict[str, float]
    support: dict[int, float] = field(default_factory=dict)  # sentence index -> contribution
    features: dict[str, float] = field(default_factory=dict)


def strength(sentence: Sentence) -> float:
    """How much diplomacy vocabulary a sentence holds, capped."""
    if not (sentence.actions or sentence.tiers or sentence.people or sentence.officials
            or sentence.trade_actor):
        return 0.0  # most sentences: nothing below would add to it
    # Dispute and military words alone (a warship in the South China Sea) describe a theatre, not an
    # interaction between governments, so they count half unless another diplomacy word is present.
    context = acts = 0.0
    two = len(sentence.trio) >= 2
    for mention in sentence.actions:  # one pass, each sum in the actions' order
        entry = mention.entry  # _theatre inline: this runs for every act word of every sentence
        if entry.kind in CONTEXT_KINDS and not (entry.label in FORCE_ACTS and two):
            if (two and not entry.weight and entry.label in VERDICTS
                    and given_as_verdict(sentence, mention, words())):
                acts += VERDICT_WEIGHT
            else:
                context += entry.weight
        else:
            acts += entry.weight
    acts += TIER_WEIGHT * len(sentence.tiers)
    if len({code for _, code in sentence.people} | sentence.officials) >= 2:
        # office-holders of two of the countries in one sentence, by name or by title: they interact
        acts += LEADERS_WEIGHT
    if sentence.trade_actor:
        acts += TRADE_ACT_WEIGHT
    total = acts + (context if acts else CONTEXT_ALONE * context)
    return min(total, SENTENCE_CAP)


def _theatre(sentence: Sentence, mention: Mention) -> bool:
    """Whether an action word only names a theatre: a dispute or military word, unless it is the force of
    one of two countries of the three the sentence names acting on the other ("Chinese warship cuts across
    path of U.S. destroyer"; a claimed place stands for its claimant, analysis._claimed_side)."""
    if mention.entry.kind not in CONTEXT_KINDS:
        return False
    if len(sentence.trio) < 2:
        return True
    label = mention.entry.label
    return not (label in FORCE_ACTS or not mention.entry.weight and label in VERDICTS
                and given_as_verdict(sentence, mention, words()))


def _acts(sentence: Sentence) -> bool:
    """Whether the sentence says governments did or said something, beyond naming a theatre of dispute."""
    return bool(sentence.tiers) or any(not _theatre(sentence, m) for m in sentence.actions)


def pairs_in(codes: set[str]) -> list[str]:
    """Names of the pairs formed by the given countries of the three."""
    return list(_pairs_of(frozenset(codes)))


@lru_cache(maxsize=64)
def _pairs_of(codes: frozenset[str]) -> tuple[str, ...]:
    """Cached pair names for a set of country codes."""
    return tuple(PAIR_NAMES[frozenset(p)] for p in combinations(sorted(codes & set(TRIO)), 2))


def _sentence_pairs(sentence: Sentence, parties: frozenset[str], previous: set[str], between: bool
                    ) -> dict[str, float]:
    """Pair -> share of this sentence's strength, using the previous sentence for a missing partner.
    `parties`: the sentence's own (_parties).

    `between`: the previous sentence named two office-holders of two of the three, or two of the three and
    no other country but the stage, so "the two countries" ("the two leaders") are them (`previous`).
    """
    trio = sentence.trio
    if len(trio) >= 2 and sentence.others_at and _objects_only(sentence):  # (no other country: not read)
        return {}  # "EU imposes duties on steel from China and Vietnam": the two are its objects, no pair
    if len(trio) == 3 and len(parties) == 2:
        # "Chủ tịch Trung Quốc Hồ Cẩm Đào gặp Tổng thống Mỹ Bush tại Hà Nội": the third is the venue.
        return {PAIR_NAMES[parties]: 1.0}
    if len(trio) == 3 and sentence.subject:
        return {p: (THREE_WAY_SHARE if sentence.subject in PAIR_CODES[p] else 0.0) for p in pairs_in(trio)}
    if len(trio) == 3 and sentence.lead:
        return {PAIR_NAMES[sentence.lead]: 1.0}
    if len(trio) >= 2:
        share = THREE_WAY_SHARE if len(trio) == 3 else 1.0
        return {p: share for p in pairs_in(trio)}
    if len(trio) == 1 and previous - trio:
        # The sentence continues the previous one's topic: "Washington said..." after "China and the
        # US held talks" is more of the same China-US story.
        return {p: CARRY_SHARE for p in pairs_in(trio | previous)}
    if not trio and between and any(m.entry.label in ANAPHORS for m in sentence.actions):
        # "The two countries imposed new tariffs on each other": the pair of the sentence before.
        return {p: CARRY_SHARE for p in pairs_in(previous)}
    return {}


def _parties(sentence: Sentence) -> frozenset[str]:
    """The countries of the three a sentence names as parties: all it names, but the one it names only by
    the city where two others meet (_venues), when those two are the ones meeting: each has an office-holder
    named in the sentence. Otherwise the two may be a topic, a bystander or an observer of another meeting in
    that city ("Trump and Kim met in Hanoi ... as China watched", "ASEAN leaders opened their summit in
    Hanoi, with U.S.-China rivalry on the agenda")."""
    trio = frozenset(sentence.trio)
    if len(trio) != 3:
        return trio
    # (a sentence with no actor has no force acting on a holder: the holder is not read)
    holder = held_by(sentence) if sentence.actors else ""
    forces = [code for _, code in sentence.actors if code != holder][:1]
    if holder and forces and sentence.actors[0][1] == forces[0]:
        # "tàu khu trục ... của Hải quân Mỹ đã đi vào vùng 12 hải lý quanh đá Gạc Ma ... của Việt Nam, hiện bị
        # Trung Quốc chiếm giữ": the force acts on the place's holder; the other claimant is no party
        return frozenset({forces[0], holder})
    filed = _filed_only(sentence)
    if len(filed) == 1:
        # "HANOI (Reuters) - U.S. Secretary of State Hillary Clinton said ... drawing a sharp response from
        # China": the dateline's city is where the copy was filed, the two named after it are the parties.
        return trio - filed
    parties = trio - _venues(sentence)
    if len(parties) != 2:
        return trio
    present = {code for _, code in sentence.people} | sentence.officials
    if parties <= present:
        return parties
    return trio


def _filed_only(sentence: Sentence) -> frozenset[str]:
    """Countries of the three a sentence names only in its wire dateline ("HANOI (Reuters) -")."""
    end = sentence.dateline_end
    if not end:
        return frozenset()
    before = {code for at, code in sentence.countries if at < end}
    return frozenset(before - {code for at, code in sentence.countries if at >= end})


def _stage_only(sentence: Sentence) -> bool:
    """Whether the countries outside the three a sentence names are only the stage of what the three do
    there: a forum named as where or when they meet or speak ("bên lề Hội nghị APEC", "在二十国
    集团峰会期间", analysis._forum_stage) or a host named as where ("in Lima, Peru"). A group the three
    belong to ("美中等六国") and a forum acting ("ASEAN ministers voiced concern") stay parties."""
    return not sentence.group and bool(sentence.trio) and sentence.others <= sentence.venue_others


_ONE_SIDE = kind_set("actions", "one_side")
# The text between the start of one name and the next in a list: the name (up to four words) and a comma,
# an enumeration comma or a conjunction ("Cambodia, Malaysia, Thailand and Vietnam", "Trung Quốc và Ấn Độ",
# "越南、阿尔及利亚、中非共和国和科摩罗").
_LIST_GAP = re.compile(r"[^\s,，、;；.。:：]+(?:\s+[^\s,，、;；.。:：]+){0,3}?"
                       r"(?:\s*[,，、]\s*(?:and\s+|or\s+|và\s+|hoặc\s+)?|\s+(?:and|or|và|hoặc)\s+|[和及与或])")


def _co_objects(sentence: Sentence) -> bool:
    """Whether every country outside the three a sentence names is listed with one of the three after an
    act aimed at another (kinds.toml `one_side`, _listed): the act's objects together ("set duties on solar
    panels from Cambodia, Malaysia, Thailand and Vietnam", "khởi xướng điều tra chống bán phá giá thép ... từ
    Trung Quốc và Ấn Độ", "将越南、阿尔及利亚、中非共和国和科摩罗列入"), so it is an act of the government
    doing it on that one of the three, not another country's diplomacy. A country named apart from the list
    keeps the sentence another's too."""
    listed = _listed(sentence)
    return bool(listed) and listed.issuperset(sentence.others_at)


def _objects_only(sentence: Sentence) -> bool:
    """Whether the names of the three a sentence holds are all objects listed together after an act aimed at
    another (_listed), in a sentence naming a country outside the three, the one acting or another object:
    none of the three does it ("EU imposes duties on steel from China and Vietnam", "欧盟对原产于中国、越南
    和柬埔寨的自行车征收反倾销税"), so the two are no pair acting on each other. Without another country the
    two may act on each other ("The trade war between the US and China escalated")."""
    if not sentence.others_at:
        return False  # "the trade war between the US and China": the two act on each other
    # The cheap test first: most sentences naming two of the three name no other country, and the list is
    # then never read.
    listed = _listed(sentence)
    if not listed:
        return False
    return all(at in listed for at, _ in sentence.countries if at >= sentence.dateline_end)


def _listed(sentence: Sentence) -> frozenset[int]:
    """Offsets of the names listed together, one of the three among them, after the first act of a sentence
    aimed at another (kinds.toml `one_side`); read once per sentence."""
    return sentence.kept("listed_objects", _read_listed)


def _read_listed(sentence: Sentence) -> frozenset[int]:
    """_listed itself."""
    if not sentence.trio or not sentence.actions:
        return frozenset()  # (the cheap tests first: the act words are not gathered)
    acts = [m.start for m in sentence.actions if m.entry.kind in _ONE_SIDE]
    if not acts:
        return frozenset()
    act = min(acts)
    ours = {at for at, _ in sentence.countries if at >= sentence.dateline_end}
    names = sorted(ours | set(sentence.others_at))
    if len(names) < 2:
        return frozenset()
    # Countries only: people named together are addressed in person ("Xi tells Biden and Taiwan's leader to
    # talk"), each a party.
    persons = {at for at, _ in sentence.people_at}
    listed: set[int] = set()
    run = [names[0]]
    for at, following in zip(names, [*names[1:], -1], strict=True):
        if following > at and _LIST_GAP.fullmatch(sentence.text, at, following):
            run.append(following)
            continue
        if run[0] > act and len(run) > 1 and not ours.isdisjoint(run) and persons.isdisjoint(run):
            listed.update(run)
        run = [following]
    return frozenset(listed)


def _outsiders(sentence: Sentence) -> bool:
    """Whether a sentence names a country outside the three as a party: not only the stage (_stage_only) nor
    the objects of an act with one of the three (_co_objects)."""
    return bool(sentence.others) and not _stage_only(sentence) and not _co_objects(sentence)


def _named_pair(sentence: Sentence, parties: frozenset[str]) -> frozenset[str]:
    """The two countries of the three that "the two countries" or "the two leaders" after this sentence
    refer to, or none: the countries of the two office-holders it names ("Hồ Cẩm Đào ... cuộc gặp Tổng
    thống Mỹ George W. Bush", wherever they meet), else its two parties when it names no country outside
    the three but the stage."""
    named = frozenset(code for _, code in sentence.people)
    if len(named) == 2:
        return named
    if len(parties) == 2 and (not sentence.others or _stage_only(sentence)):
        return parties
    return frozenset()


_VISITS = kind_set("actions", "visits")


def _venues(sentence: Sentence) -> frozenset[str]:
    """Countries of the three that a sentence about a meeting with another country names only by a city:
    the venue ("Trump and Kim met in Hanoi", "特朗普和金正恩的河内峰会"). A visit makes the city a party
    ("Blinken arrived in Hanoi from Japan"), so a sentence with a visit word has no venue."""
    kinds = {m.entry.kind for m in sentence.actions}
    if "meet" not in kinds or kinds & _VISITS:
        return frozenset()
    actors = {code for _, code in sentence.actors}
    return frozenset(code for _, code in sentence.countries if code not in actors)


def _masses(sentences: list[Sentence]) -> tuple[dict[str, float], float, dict[int, float]]:
    """Weighted diplomacy mass per pair, mass of diplomacy with other countries, per-sentence support."""
    masses = dict.fromkeys(PAIR_NAMES.values(), 0.0)
    other = 0.0
    support: dict[int, float] = {}
    previous: set[str] = set()
    between = False
    for sentence in sentences:
        power = strength(sentence) * sentence.weight
        parties = _parties(sentence) if sentence.trio else frozenset()
        shares = _sentence_pairs(sentence, parties, previous, between) if power else {}
        if power and sentence.others and _outsiders(sentence):  # (most name no other country: not read)
            # "The Philippines summoned China's envoy": a sentence led by another country is its story.
            keep = LED_BY_OTHER_SHARE if led_by_other(sentence) else OTHERS_SHARE
            other += power if not shares else power * (1 - keep)
            venues = _venues(sentence)
            shares = {pair: share * (LED_BY_OTHER_SHARE if venues & PAIR_CODES[pair] else keep)
                      for pair, share in shares.items()}
        for pair, share in shares.items():
            masses[pair] += power * share
            support[sentence.index] = support.get(sentence.index, 0.0) + power * share
        # The parties of the last sentence that named any of the three, and whether "the two countries"
        # or "the two leaders" after it are a pair of the three: its two office-holders' countries, or its
        # two parties with no country outside the three but the stage (_named_pair).
        if sentence.trio:
            pair = _named_pair(sentence, parties)
            previous, between = set(pair or parties), bool(pair)
    return masses, other, support


def _partner_in_lead(sentences: list[Sentence], support: dict[int, float]) -> tuple[str, float]:
    """A headline's act by one of the three whose partner only the lead names: "China offers $5 million,
    relief supplies for Katrina victims" over a lead that names Washington, "外交部：中方坚决反对有关国家
    在南沙…部署武器" over one that names Vietnam. The headline counts toward that pair at the carried share,
    as a sentence continuing the one before does. Not when the headline names a country outside the three
    ("China offers aid to quake-hit Myanmar"), nor with a partner named only by a lead sentence that names
    such a country too (its story may be theirs), nor with two partners. Lead sentences telling the act
    again with the headline's country alone count with it. Returns the pair and the mass, or ("", 0.0).
    They all stay out of the support: events are read from the lead sentences naming both sides, which
    tell them more fully than a headline's act word ("Trump ký sắc lệnh cấm TikTok, WeChat" read from the
    headline lost its direction)."""
    if len(sentences) < 2 or not sentences[0].headline or support.get(0, 0) > 0:
        return "", 0.0
    head = sentences[0]
    if len(head.trio) != 1 or head.others or not _acts(head):
        return "", 0.0
    if not _acts_first(head) and not _opening_act_retold(head, sentences, support):
        return "", 0.0
    partners: set[str] = set()
    for sentence in sentences[1:1 + LEAD_SENTENCES]:
        if sentence.others and not _stage_only(sentence):
            continue
        # a dateline's city is where the copy was filed, no partner ("WASHINGTON (AP) —")
        partners.update(code for at, code in sentence.countries if at >= sentence.dateline_end)
    partners -= head.trio
    if len(partners) != 1:
        return "", 0.0
    # The lead's sentences that tell the headline's act again, naming its country alone ("China on Thursday
    # offered five million dollars ..."), are the same act with the same partner.
    again = [s for s in sentences[1:1 + LEAD_SENTENCES]
             if s.trio == head.trio and not s.others and not support.get(s.index)]
    mass = sum(strength(s) * s.weight for s in [head, *again]) * CARRY_SHARE
    return PAIR_NAMES[frozenset(head.trio | partners)], mass


_MEASURE_KINDS = kind_set("actions", "measures")  # measures a headline may tell by one side alone


def _headline_of_trade_act(sentences: list[Sentence], support: dict[int, float]) -> bool:
    """A headline that names only the government whose trade act the next sentence reports.

    Headlines drop the object the lead gives: "Bush shields shrimp industry" over "The Bush
    administration said Chinese and Vietnamese shrimp are sold at unfairly low prices", "Hà Nội phản
    ứng" over the ministry's answer to a US duty. The headline is then that act.
    """
    if len(sentences) < 2 or sentences[0].weight < TITLE_WEIGHT:
        return False
    lead, head = sentences[1], sentences[0]
    if support.get(1, 0) <= 0 or len(head.trio) != 1:
        return False
    # Or a headline naming one side of the lead's pair and no other country, with a measure of the kind
    # the lead tells, the other side told by an office the lead places ("Treasury sanctions Chinese
    # firms" over "The U.S. Treasury Department imposed sanctions on Chinese companies").
    shared = {m.entry.kind for m in head.actions} & {m.entry.kind for m in lead.actions}
    return head.trio == {lead.trade_actor} or (
        head.trio < lead.trio and not head.others and _acts(head) and not shared.isdisjoint(_MEASURE_KINDS))


def _acts_first(head: Sentence) -> bool:
    """Whether a headline names its country of the three before its first act word: the country acts
    ("China offers ...", "外交部：中方坚决反对 ..."), not the matter of another's act ("Senators grill TikTok
    chief over China ties"). A word of relations is no act ("Thủ tướng kiểm tra cửa khẩu Hữu Nghị"), nor is
    a visit, a hosting or a meeting, which a headline tells with its guest or counterpart ("Vietnam hosts
    regional trade fair" over exhibitors from China is no host of China)."""
    acts = [m.start for m in head.actions
            if not _theatre(head, m) and m.entry.kind not in _NO_PARTNER_KINDS]
    if not head.countries or not acts or head.countries[0][0] > min(acts):
        return False
    first = head.countries[0][0]
    return not topic_before(head.text, first)


_NO_PARTNER_KINDS = _VISITS | {"meet", "relations"}
_OPENING = " \t\"'“”‘’«»-–—:："  # what may stand before a headline's first word


def _opening_act_retold(head: Sentence, sentences: list[Sentence], support: dict[int, float]) -> bool:
    """Whether a headline opens with its act, its subject left out as Vietnamese headlines write it ("Bàn
    giao 4 bộ hài cốt quân nhân Mỹ": the country after the act is its object), and a lead sentence counting
    toward a pair tells an act of the same kind: the lead names the side that acts. Not when the lead tells
    the act no more ("Truy tố 3 công dân Trung Quốc ..." over a court's charge, no act of a government)."""
    acts = [m for m in head.actions if not _theatre(head, m) and m.entry.kind not in _NO_PARTNER_KINDS]
    if not acts or head.text[:min(m.start for m in acts)].strip(_OPENING):
        return False
    kinds = {m.entry.kind for m in acts}
    return any(support.get(s.index, 0) > 0 and any(m.entry.kind in kinds for m in s.actions)
               for s in sentences[1:1 + LEAD_SENTENCES])


_AID = "aid"


def _aid_told(sentences: list[Sentence], support: dict[int, float]) -> bool:
    """Whether the headline or a lead sentence tells aid between two of the three for the disaster it names:
    it counts toward a pair and holds an aid word and a disaster's word ("The United States will provide $1
    million in emergency humanitarian aid to Vietnam after Typhoon Yagi", "美國宣布對越南提供颱風援助").
    Aid to a government's own people or a third country's aid counts toward no pair."""
    return any(support.get(s.index, 0) > 0 and any(m.entry.kind == _AID for m in s.actions)
               for s in sentences[:1 + LEAD_SENTENCES] if s.cue and _relief_cue(s))


_RELIEF_CUES = kind_set("cues", "relief")


def _relief_cue(sentence: Sentence) -> float:
    """The part of a sentence's off-topic cues that a disaster or an epidemic fills (kinds.toml [cues]
    relief)."""
    return sum(weight for _, weight, kind in sentence.cues_at if kind in _RELIEF_CUES)


_MATTER_KINDS = kind_set("actions", "matter")
_FORCE_CUES = kind_set("cues", "force")
_ORIGIN_CUES = kind_set("cues", "origin")
# What may stand between a country's name and a noun that tells where its body comes from ("Chinese company",
# "China's state company").
_GLUED = re.compile(r"(?:['’]s)?\s*(?:(?:state|state-owned|state-run)\s+)?")


def _off_topic(sentence: Sentence, supported: bool, relief: bool) -> float:
    """The weight of a sentence's off-topic cues that tell another topic. Not a disaster's words when the
    story tells aid for it (`relief`, _aid_told), nor, in a sentence that counts toward a pair (`supported`),
    the words after an act of one government on another (kinds.toml `matter`) and after the name of one of
    the three that follows it, its object: they are its matter ("Mỹ hoan nghênh Trung Quốc điều chỉnh tỷ
    giá", "imposes duties on Chinese steel"); nor the words of forces (kinds.toml [cues] `force`) beside a
    force act between two of the three (_theatre): the warship and its navy are how it is done ("tàu khu
    trục ... của Hải quân Mỹ đã đi vào vùng 12 hải lý quanh đá Chữ Thập ... bị Trung Quốc chiếm đóng").
    Cues before the object stay off-topic ("Beijing accused a man arrested for spying of building a network
    in the United States": the one accused is no government), and so do those of a sentence telling only
    saying or an encounter ("the ministry said exports to the U.S. rose")."""
    if not sentence.cue:
        return 0.0
    end = len(sentence.text)
    first, force = end, False
    if supported:
        acts = [m for m in sentence.actions if m.entry.kind in _MATTER_KINDS and not _theatre(sentence, m)]
        if acts:
            act = min(m.start for m in acts)
            first = min((at for at, _ in sentence.countries if at > act), default=end)
            force = any(m.entry.kind in CONTEXT_KINDS for m in acts)  # a force act (_theatre)
    if first == end and not relief and not force:
        return sentence.cue
    # The matter ends with the object's clause: what follows a comma or a clause's conjunction is told of its
    # own ("... threatened to raise tariffs on Chinese goods, sending the Dow Jones down 600 points").
    stop = _MATTER_END.search(sentence.text, first)
    last = stop.start() if stop and first < end else end
    # A noun of origin glued to the object's name says the object is no government but a body from there
    # ("opposed a Chinese company's bid"): its words stay off-topic.
    named = (sentence.ends or {}).get(first, first)
    return sum(weight for at, weight, kind in sentence.cues_at
               if (at <= first or at >= last or (kind in _ORIGIN_CUES and at >= named
                                                 and _GLUED.fullmatch(sentence.text, named, at)))
               and not (relief and kind in _RELIEF_CUES) and not (force and kind in _FORCE_CUES))


# Where an act's matter ends after its object: a clause's punctuation or an English clause conjunction.
_MATTER_END = re.compile(r"[,;:，；：。]|\s(?:as|while|when|sending|pushing|dragging)\s")


def _features(sentences: list[Sentence], masses: dict[str, float], other: float,
              support: dict[int, float], headline_pair: bool = False) -> dict[str, float]:
    """The article-level signals the score is made of (`headline_pair`: the headline's act counts toward a
    pair its lead completes, _partner_in_lead)."""
    best = max(masses.values())
    total_weight = sum(s.weight for s in sentences) or 1.0
    relief = _aid_told(sentences, support)
    supported = {index for index, mass in support.items() if mass > 0}
    return {
        "best": best,  # weighted diplomacy mass of the strongest pair
        "density": best / total_weight,  # ... per weighted sentence: is it the story or an aside?
        "title": float(any(s.weight >= TITLE_WEIGHT and support.get(s.index, 0) > 0 and _acts(s)
                           for s in sentences)  # the headline (or lead) has governments acting
                       or headline_pair or _headline_of_trade_act(sentences, support)),
        # off-topic vocabulary density; a disaster's words are the cause of an aid act between two of the
        # three that the headline or lead tells, the words after a government's act on another its matter,
        # not another topic (_off_topic)
        # (a sentence with no cue adds nothing: most have none, and are not read; one that counts toward no
        # pair, in a story telling no aid, keeps all its cues, and is not read either)
        "cue": sum((_off_topic(s, s.index in supported, relief) if relief or s.index in supported else s.cue)
                   * s.weight for s in sentences if s.cue) / total_weight,
        "other": other / (other + best) if other + best else 0.0,  # share of diplomacy with others
    }


def relevance(features: dict[str, float]) -> float:
    """Logistic score in 0..1 from the features; weights are set by hand, see docs/detector.md."""
    z = (
        BIAS
        + W_MASS * math.log1p(features["best"])
        + W_DENSITY * min(features["density"], DENSITY_CAP)
        + W_TITLE * features["title"]
        - W_CUE * features["cue"]
        - W_OTHER * features["other"]
    )
    return 1 / (1 + math.exp(-z))


def choose_pairs(masses: dict[str, float]) -> tuple[str, ...]:
    """The pairs whose diplomacy is substantial: the strongest and any close to it."""
    best = max(masses.values())
    floor = max(PAIR_MIN_MASS, PAIR_MIN_SHARE * best)
    pairs = tuple(p for p in PAIR_NAMES.values() if masses[p] >= floor)
    return pairs or (max(masses, key=lambda p: masses[p]),)


def judge(sentences: list[Sentence]) -> Verdict:
    """Score the article and choose its pairs."""
    masses, other, support = _masses(sentences)
    pair, gain = _partner_in_lead(sentences, support)
    if pair:
        masses = {**masses, pair: masses[pair] + gain}
    features = _features(sentences, masses, other, support, bool(pair))
    score = relevance(features)
    relevant = score >= THRESHOLD
    pairs = choose_pairs(masses) if relevant else ()
    return Verdict(round(score, 4), relevant, pairs, masses, support, features)
