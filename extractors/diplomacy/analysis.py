"""Per-sentence reading: which countries, people, actions, tiers and off-topic cues a sentence holds."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from .attending import attend_words, attended_venue
from .clauses import (
    Clauses,
    clauses,
    in_group,
    lead_pair,
    led_by_other,
    past_stops,
    said,
    speaker_colon,
    subject,
    trade_actor,
)
from .eventgrammar import words as event_words
from .eventpeople import PEOPLE_REACH
from .gazetteer import follows_city
from .grammar import cached, kind_set, shared, shared_pattern
from .hits import sentence_mentions, text_mentions
from .lexicon import TRIO, Entry, load_entries
from .names import full_names
from .qualifiers import bare_titles, nonstate_names, officials
from .sentence import Mention, Sentence, blank_sentence
from .surnames import surnames
from .text import fold, sentence_spans, strip_marks, traditional_forms
from .titled import titled_people
from .titledchars import holds_title
from .trade import generic_answers, measure_kinds

__all__ = ["TITLE_WEIGHT", "TRIO", "Mention", "Sentence", "led_by_other", "read_article", "read_sentence"]

TITLE_WEIGHT = 3.0
LEAD_WEIGHT = 2.0
LEAD_SENTENCES = 2
# Long articles drift off topic; sentences this deep count for little when judging the main subject.
DEEP_SENTENCE = 25
DEEP_WEIGHT = 0.5

FORUM = "MULTI"  # the code entities.tsv gives a forum or a group of countries ("APEC", "联合国")
_LAND_KINDS = frozenset({"country", "capital", "place"})
_QUALIFIERS = frozenset({"country", "place", "person", "other"})
_SKIPPABLE = frozenset({"country", "place", "person"})  # names a non-state noun can take (nonstate_names)
_NAMES = _SKIPPABLE  # roles of the names of a country: filed by _record_name
_LANDS = frozenset({"country", "place"})
_REGION_ACTS = kind_set("actions", "region_acts")
_ORIGIN_ROLES = frozenset({"cue", "org"})
Kinds = list[tuple[int, int, str, str, str]]  # (start, end, code, role, kind) of names, for trade acts


# Characters read before a name for the words making it the government's: an envoy's mandate with the
# leader's two offices ("Đặc phái viên của Tổng Bí thư, Chủ tịch nước Trung Quốc") is this long.
_GOVERNMENT_REACH = 64


@cached
def _government_words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str] | None]:
    """Words that make a leader's name stand for the government ("the Bush administration", "chính
    quyền Trump", "特朗普政府"): after the name, before it, and the plain words one of them holds (a
    sentence's first test, casefolded like the patterns ignore case: "the Biden Administration"), as one
    search of literals (None when there are none)."""
    plain = [re.escape(word.casefold()) for word in shared("government_words")]
    return (shared_pattern("government_after"), shared_pattern("government_before", "{}$"),
            re.compile("|".join(plain)) if plain else None)


# A gloss in brackets right after a name (the name in its own script: "川普（Donald Trump）政府"): the words
# making the name the government's follow it.
_GLOSS = re.compile(r"\s*[（(][^（()）]{1,40}[)）]")


def _as_government(text: str, mention: Mention) -> bool:
    """Whether a person's name names the government, not the person taking part."""
    after, before, _ = _government_words()
    end = mention.start + len(mention.term)
    # a possessive the lexicon reads as part of the name ("Trump's") is read by the words after it
    if mention.term.endswith(("'s", "’s")):
        end -= 2
    gloss = _GLOSS.match(text, end)
    return bool(after.match(text, end) or gloss is not None and after.match(text, gloss.end())
                or before.search(text, max(0, mention.start - _GOVERNMENT_REACH), mention.start))


def _drop_governments(sentence: Sentence, kept: list[Mention]) -> None:
    """Take out of a sentence's people the leaders whose name stands for the government; the pattern
    runs only on the few sentences that hold a government word at all."""
    if not sentence.people:
        return
    plain = _government_words()[2]
    if plain is None or not plain.search(sentence.text.casefold()):
        return
    persons = [m for m in kept if m.entry.role == "person"]
    if len(persons) == len(sentence.people):
        governed = {m.start for m in persons if _as_government(sentence.text, m)}
        if not governed:
            return
        sentence.people = [p for p, m in zip(sentence.people, persons, strict=True)
                           if m.start not in governed]
        # The mention goes from the placed names too: a name the sentence names again only inside a clause
        # of another act ("美國總統的特使…並轉交布希致胡錦濤的信函") is named nowhere as taking part,
        # and the clause readers (eventpeople.aside_of) ask of every placed mention.
        sentence.people_at = [(at, name) for at, name in sentence.people_at if at not in governed]


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
    """File one mention of a word (not an action, which its caller files, nor a name of a country:
    _record_name) under the slot its lexicon entry's role says."""
    entry = mention.entry
    role = entry.role
    if role == "cue":
        sentence.cue += entry.weight
        sentence.cues_at.append((mention.start, entry.weight, entry.kind))
    elif role == "tier":
        sentence.tiers.append(mention)
    elif role == "title":
        sentence.titles.append(mention)
    elif role == "office":
        sentence.offices.append(mention)
    elif role == "other":
        _record_other(sentence, mention)
    elif role == "aimed":
        sentence.firms.append(mention)  # a side only as the object of another's act (_aimed_firms)
    # "org": read by qualifiers.nonstate_names only


def _record_name(sentence: Sentence, mention: Mention, located: bool) -> None:
    """File a name of a country, person or place (`located`: a place after a locative word, see _located)."""
    entry = mention.entry
    role = entry.role
    start = mention.start
    for code in entry.codes:
        sentence.countries.append((start, code))
        if role != "place":
            sentence.actors.append((start, code))
    if entry.kind in _LAND_KINDS:
        sentence.lands.append((start, entry.value))
    if role == "person":
        sentence.people.append((entry.label, entry.value))
        sentence.people_at.append((start, entry.label))
        sentence.people_end[start] = start + len(mention.term)
    elif located:
        sentence.places.append((entry.label, entry.value))


def topic_before(text: str, start: int) -> bool:
    """Whether a word of the matter talked about (`topic_before`: "over", "on") stands right before `start`
    ("over China ties", "over Taiwan"): what follows is the matter, not who acts nor where."""
    return bool(shared_pattern("topic_before", "{}$").search(text, max(0, start - 24), start))


def _record_other(sentence: Sentence, mention: Mention, filed: bool = False) -> None:
    """File a country outside the three: not one talked about ("over Taiwan"); a venue while it is named
    only as where something happened ("in Tokyo, Japan", "在日本大阪") or, `filed`, as the city of a wire
    dateline ("MANILA (Reuters) -": where the copy was filed)."""
    code = mention.entry.value
    if topic_before(sentence.text, mention.start):
        return
    if not (filed or _located(sentence.text, mention.start) or follows_city(sentence.text, mention.start)
            or (code == FORUM and _forum_stage(sentence.text, mention))):
        sentence.venue_others.discard(code)
    elif code not in sentence.others:
        sentence.venue_others.add(code)
    sentence.others.add(code)
    sentence.others_at.append(mention.start)
    if sentence.first_other < 0 or mention.start < sentence.first_other:
        sentence.first_other = mention.start


_STAGE_REACH = 120  # characters before a forum's name where the words making it a stage are sought


def _forum_stage(text: str, mention: Mention) -> bool:
    """Whether a forum's name says where or when something happened, not who did it: "on the sidelines
    of the APEC summit", "bên lề Hội nghị Cấp cao ASEAN", "在二十国集团峰会期间" (grammar
    `forum_stage_before`, `forum_stage_after`). "ASEAN ministers voiced concern" is the forum acting: a
    party."""
    end = mention.start + len(mention.term)
    return bool(shared_pattern("forum_stage_before", "(?:{})$").search(
        text, max(0, mention.start - _STAGE_REACH), mention.start)
        or shared_pattern("forum_stage_after").match(text, end))


def _located(text: str, start: int) -> bool:
    """Whether a place name at `start` follows a locative word: where something happened."""
    return bool(shared_pattern("located", r"{}\s*$").search(text[max(0, start - 8):start]))


def sentence_has_cue(mentions: list[Mention]) -> bool:
    """Whether any mention is an off-topic cue or a non-state body (the only cases where a name can be
    an origin)."""
    # A list, not any() over a generator: this runs for every sentence with a hit.
    return not _ORIGIN_ROLES.isdisjoint([m.entry.role for m in mentions])


def _record_all(sentence: Sentence, mentions: list[Mention], skip: set[int], past: set[int],
                rules: Clauses) -> tuple[list[tuple[int, int, str]], Kinds, list[Mention]]:
    """File every mention that is not an origin or a visit already over; return the names of the three
    that may act (start, end, code), the same with role and kind, and the mentions kept."""
    text = sentence.text
    dateline = rules.dateline.match(text) if rules.dateline and sentence.index < 2 else None
    dateline_end = dateline.end() if dateline else -1
    sentence.dateline_end = max(dateline_end, 0)
    names: list[tuple[int, int, str]] = []
    kinds: Kinds = []
    kept: list[Mention] = []  # not an origin, not a visit already over: what may qualify an office
    handovers, invitations, bound, attending, tested = _tested_acts()  # the words their readers test first
    venues: list[tuple[int, str]] = []  # the cities of occasions attended abroad, with their countries
    for mention in mentions:  # runs for every hit of every article: each test once, the cheap ones first
        entry = mention.entry
        role = entry.role
        start = mention.start
        if skip and start in skip and role in _SKIPPABLE:
            continue
        if past and start in past and (role in _LANDS or entry.kind == "visit"):
            continue
        if role == "action" and (low := mention.term.lower()) in tested and (
                (low in handovers and _no_handover(text, mention))
                or (low in invitations and _invitation_kept(text, mention))
                or (low in bound and _unbound(text, mention))
                or (low in attending and not _attended(text, mention, kept, venues))):
            continue
        if start < dateline_end and entry.kind == "media":
            continue  # the agency filing a dispatch ("新华社河内3月10日电") is no party to what it reports
        kept.append(mention)
        if start < dateline_end and role in _LANDS:
            sentence.countries.extend((start, code) for code in entry.codes)
            continue
        if start < dateline_end and role == "other":
            _record_other(sentence, mention, filed=True)  # "MANILA (Reuters) -": where, not who
            continue
        if role not in _NAMES:
            if role == "action":  # the most common word: filed here, not through a call
                sentence.actions.append(mention)
            else:
                _record(sentence, mention)
            continue
        located = role == "place" and _located(text, start)
        _record_name(sentence, mention, located)
        if not located:
            end = start + len(mention.term)
            for code in entry.codes:
                names.append((start, end, code))
                kinds.append((start, end, code, role, entry.kind))
    if venues:  # the countries in order, each venue once (a capital is already named as a place)
        sentence.countries = sorted(set(sentence.countries) | set(venues))
    _drop_governments(sentence, kept)
    return names, kinds, kept


_BoundActs = dict[str, tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], bool]]  # _bound's words


@cached
def _tested_acts() -> tuple[frozenset[str], frozenset[str], _BoundActs, frozenset[str], frozenset[str]]:
    """The act words _record_all tests further: a handover's, an invitation withdrawn's, a bound act's (with
    its patterns), an attend word's, and all of them in one set (most acts are none of them and pass after
    one lookup, not four). Gathered in one call for every sentence read instead of six."""
    handovers, invitations, bound, attending = _handover()[0], _invitations()[0], _bound(), attend_words()
    return handovers, invitations, bound, attending, handovers | invitations | frozenset(bound) | attending


@cached
def _handover() -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str]]:
    """The grammar's `handover` words, the `handed_equipment` that follows one and the `equipment_handed`
    told before it in its clause."""
    return (frozenset(word.lower() for word in shared("handover")),
            shared_pattern("handed_equipment"),
            shared_pattern("equipment_handed", "(?:{})$", re.IGNORECASE))


_BEFORE_REACH = 40  # characters before a handover word where the equipment it hands over is sought


def _no_handover(text: str, mention: Mention) -> bool:
    """Whether an action word is a handover of no equipment ("bàn giao nhiệm vụ", duties handed over): no
    act and no diplomacy word; one of equipment ("bàn giao sáu xuồng tuần tra", "巡逻舰…正式移交越南海警")
    is aid."""
    _, equipment, told_before = _handover()  # the caller has tested the word
    bare = strip_marks(text)
    return not (equipment.match(bare, mention.start + len(mention.term))
                or told_before.search(bare[max(0, mention.start - _BEFORE_REACH):mention.start]))


@cached
def _bound() -> dict[str, tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], bool]]:
    """Acts told only of a given object (grammar `<group>_acts`): each word with the `<group>_objects` that
    must follow it, the `<group>_given` before it that stands for the object (a passive's recipient), the
    `<group>_kept` ending right before it that makes it no act (a capability, a system), and whether they
    are read with their marks (`tiếp đó`, not "tiep do" of "tiếp Đô đốc")."""
    bound: dict[str, tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], bool]] = {}
    for group, marked in (("contact", False), ("gift", False), ("medal", False), ("paper", False),
                          ("receive", True), ("curb", False), ("status", False), ("dealing", False),
                          ("cap", False), ("rescue", False), ("donation", True), ("goods", False),
                          ("charge", False), ("remains", False), ("gathering", False), ("session", False),
                          ("cutoff", False), ("taking", False), ("visastop", False)):
        patterns = (shared_pattern(f"{group}_objects", "{}", re.IGNORECASE),
                    shared_pattern(f"{group}_given", "(?:{})$", re.IGNORECASE),
                    shared_pattern(f"{group}_kept", "(?:{})$", re.IGNORECASE), marked)
        # Bound in either Chinese script ("交還" of "美國向越南交還一批文物", "擊落"): the lexicon
        # finds an act word in either script, so a word bound only as the grammar spells it went
        # unbound in traditional copy.
        bound.update((form.lower(), patterns)
                     for word in shared(f"{group}_acts") for form in traditional_forms(word))
    return bound


def _attended(text: str, mention: Mention, kept: list[Mention], venues: list[tuple[int, str]]) -> bool:
    """Whether an attend word tells a visit (attending.attended_venue): the attendee is the office-holder or
    country of the three kept last before it ("Chủ tịch nước Lương Cường sẽ dự ... tại Bắc Kinh"); an occasion
    at home or in a third country weighs nothing, as no act. The city of one abroad is added to `venues`: it
    names the land visited ("attend the APEC leaders' meeting in San Francisco"), as a place, no actor."""
    attendee = next(((m.start, m.entry.codes[0]) for m in reversed(kept)
                     if m.start < mention.start and m.entry.role in ("person", "country")), None)
    land, at = attended_venue(text, mention.start, mention.term, attendee)
    if land:
        venues.append((at, land))
    return bool(land)


_BOUND_REACH = 60  # characters before a bound act where a passive's mark or a capability word is sought


def _unbound(text: str, mention: Mention) -> bool:
    """Whether an act told only of a given object names none: a force's contact word with no ship, aircraft
    or balloon after it (customs stopping goods, "đánh chặn làn sóng hàng nhập khẩu", "có khả năng bắn hạ vệ
    tinh", "hệ thống đánh chặn"), a gift of no aid goods ("trao tặng quà lưu niệm"), a medal given to no
    recipient of the three ("trao tặng Huân chương ... cho EVN"), a white paper of a chamber of commerce or an
    industry body (only a government's tells its case), "tiếp" of "Tiếp đó" or "tiếp tục" (no reception),
    a Chinese ban (禁止) of no investment, nor dealings with a party other than a firm's clients, nor the
    other side's goods imported or exported ("禁止进口固体废物"), or a firm's own ban, a Vietnamese
    import or export ban of no goods of the three ("tạm cấm xuất khẩu gạo"), a charge of no officers,
    hackers, officials or citizens, or one brought by police, prosecutors or a court ("khởi tố vụ án",
    "加州检方起诉"), a special status or treatment no verb ends ("offers special treatment to U.S.
    investors"), dealings barred with no party ("barring transactions in U.S. shares"), a cap on no press
    staff ("caps media spending"), a rescue team no one sends ("a Chinese rescue team saved ..."), a
    donation of a community or a firm ("华侨华人社团近日捐助")."""
    objects, given, kept, marked = _bound()[mention.term.lower()]  # the caller has tested the word
    bare = text if marked else strip_marks(text)
    before = bare[max(0, mention.start - _BOUND_REACH):mention.start]
    if kept.search(before):
        return True
    return not (objects.match(bare, mention.start + len(mention.term)) or given.search(before))


@cached
def _invitations() -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str]]:
    """The grammar's `invitation_withdrawn` words, `invitation_kept` (ending right before one: a denial, a
    passive, a private body) and `invitation_kept_after` (opening right after: a private guest)."""
    return (frozenset(word.lower() for word in shared("invitation_withdrawn")),
            shared_pattern("invitation_kept", "(?:{})", re.IGNORECASE),
            shared_pattern("invitation_kept_after", "(?:{})", re.IGNORECASE))


_INVITATION_REACH = 60  # characters before an invitation withdrawn where a denial or a private body is sought


def _invitation_kept(text: str, mention: Mention) -> bool:
    """Whether an invitation withdrawn is no act of a government against another: denied ("has not
    disinvited", "hasn't disinvited"), told in the passive ("China was disinvited"), by a private body
    ("Harvard University disinvited") or from a private guest ("disinvited a Chinese journalist")."""
    _, before, after = _invitations()  # the caller has tested the word
    bare = strip_marks(text)
    end = mention.start + len(mention.term)
    return bool(before.search(bare[max(0, mention.start - _INVITATION_REACH):mention.start])
                or after.match(bare[end:end + _INVITATION_REACH]))


def _resolve_titles(sentence: Sentence, mentions: list[Mention], kinds: Kinds, script: str) -> list[Mention]:
    """File the bare titles (no name qualifies them) as their home country; return them."""
    if not sentence.titles:
        return []
    bare = bare_titles(mentions, script, sentence.text)
    for title in bare:
        sentence.countries.append((title.start, title.entry.value))
        sentence.actors.append((title.start, title.entry.value))
        kinds.append((title.start, title.start + len(title.term), title.entry.value, "title", "title"))
    sentence.countries.sort()
    sentence.actors.sort()
    return bare


_TOLD_TO = Entry("actions", "demand", "100", "told to", 1.5)
_TOLD_REACH = 16  # characters before a name where the verb of telling is sought


@cached
def _telling() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The grammar's `told_to` (a verb of telling right before a name) and `told_to_after` ("to" after it)."""
    return shared_pattern("told_to", "{}"), shared_pattern("told_to_after", "{}")


def _told_to(sentence: Sentence, names: list[tuple[int, int, str]]) -> None:
    """A government told to do something ("tells China to halt island building"): a demand at the verb.
    "Tells reporters" names no one of the three; "told Xi that ..." is saying."""
    before, after = _telling()
    text = sentence.text
    for start, end, _ in names:  # the anchored "to" after the name first: it fails for most names
        if not after.match(text, end):
            continue
        verb = before.search(text, max(0, start - _TOLD_REACH), start)
        if verb:
            sentence.actions.append(Mention(verb.start(), verb.group(0).strip(), _TOLD_TO))
            sentence.actions.sort(key=lambda m: m.start)
            return


def held_by(sentence: Sentence) -> str:
    """The country of the three a sentence with a force act names as holding a place (grammar
    `holder_before`, `holder_after`: "held by China", "China-held", "hiện bị Trung Quốc chiếm đóng",
    "中国控制的"): the act going there is against it, whoever else claims the place ("tàu khu trục ... của
    Hải quân Mỹ đã đi vào vùng 12 hải lý quanh đá Chữ Thập ... thuộc quần đảo Trường Sa của Việt Nam, hiện
    bị Trung Quốc chiếm đóng" is the US acting against China); read once per sentence. "" when none is
    named, or the sentence names fewer than two of the three."""
    return sentence.kept("held_by", _read_held_by)


def _read_held_by(sentence: Sentence) -> str:
    """held_by itself."""
    ends = sentence.ends
    acts = event_words().force_acts  # military words of forces acting on another
    if not ends or not any(m.entry.label in acts for m in sentence.actions):
        return ""
    before = shared_pattern("holder_before", "(?:{})$")
    after = shared_pattern("holder_after")
    for at, code in sentence.countries:
        end = ends.get(at)
        if end is not None and (before.search(sentence.text, max(0, at - 24), at)
                                or after.match(sentence.text, end)):
            return "" if _aimed_elsewhere(sentence, acts, code) else code
    return ""


def _aimed_elsewhere(sentence: Sentence, acts: frozenset[str], holder: str) -> bool:
    """Whether a force act names another of the three than the holder as its object, right after its word
    ("shadowed a U.S. destroyer as it sailed near Vietnam-controlled Spratly Island", "intercepted a U.S.
    Navy surveillance plane flying over Vietnam-controlled islands"): the act is against that side's ship
    or plane, the holder only names where it happened."""
    for mention in sentence.actions:
        if mention.entry.label not in acts:
            continue
        end = mention.start + len(mention.term)
        after = [(at, code) for at, code in sentence.countries if at >= end]
        if after and after[0][1] != holder and _OBJECT_GAP.fullmatch(sentence.text, end, after[0][0]):
            return True
    return False


# What may stand between a force act's word and its object's country: an article or a count.
_OBJECT_GAP = re.compile(r"\s*(?:(?:an?|the|two|three|four|several|\d+)\s+)?", re.IGNORECASE)


def _claimed_side(sentence: Sentence) -> None:
    """A force act by the one country of the three a sentence names, at a place another of the three
    claims ("Trung Quốc đưa tên lửa ra đảo Phú Lâm thuộc quần đảo Hoàng Sa", "美舰穿越台湾海峡"): the
    claimant is the side acted against, filed as a place where the claim is named. A place that two
    others claim names its holder (actions.tsv `holder`: the US at the Paracels is against China, which holds
    them), and neither when none holds it whole (the Spratlys)."""
    acts = event_words().force_acts  # military words of forces acting on another
    if not any(m.entry.label in acts for m in sentence.actions):
        return
    for mention in sentence.actions:
        others = set(mention.entry.claims) - sentence.trio
        if len(others) > 1 and mention.entry.holder:
            others = {mention.entry.holder}
        if len(others) == 1:
            code = others.pop()
            sentence.countries.append((mention.start, code))
            sentence.countries.sort()
            sentence.trio.add(code)
            return


def _trade_act(sentence: Sentence, kinds: Kinds, script: str) -> None:
    """The government of the three that acts with a trade measure on another (trade.py)."""
    answers = generic_answers()
    measures = measure_kinds()
    if not any(m.entry.kind in measures and m.entry.label not in answers for m in sentence.actions):
        return
    kinds.sort()
    sentence.trade_actor = trade_actor(sentence.text, kinds, script)
    if len(sentence.trio) == 3 and not sentence.subject and sentence.trade_actor == kinds[0][2]:
        # "美国商务部认定，中国和越南的虾存在倾销": the government acts on the other two (the comma
        # after the verb is no second clause with a subject of its own).
        sentence.subject = sentence.trade_actor


def _region_kept(mentions: list[Mention]) -> list[Mention]:
    """A region's government and leader (kind or role `region`: Hong Kong's) name China only in a sentence
    telling a measure or an objection (kinds.toml `region_acts`: "sanctions on Hong Kong Chief Executive
    Carrie Lam", "John Lee condemned a U.S. report"); elsewhere they name no side ("Hong Kong's leader John
    Lee met Vietnam's consul general")."""
    if all(m.entry.kind != "region" for m in mentions) or any(
            m.entry.role == "action" and m.entry.kind in _REGION_ACTS for m in mentions):
        return mentions
    return [m for m in mentions if m.entry.kind != "region"]


_ARRIVAL_CLAUSE = re.compile(r"[，。；：、！？,;:\s]")  # where the clause before an arrival starts
_ARRIVERS = frozenset({"person", "title", "office"})  # roles of a word naming who arrives


def _arrivals_kept(text: str, mentions: list[Mention]) -> list[Mention]:
    """A capital glued to 抵 (grammar `arrivals`: "罗斯抵北京") is a person's arrival only: a person, title,
    office or delegation named in its clause before it ("美商务部长罗斯抵北京", "越南外长抵北京"; grammar
    `arriver`), and nothing sent or shipped (`arrival_sent`: "送抵河内"). Goods, a train, animals or a team
    arriving ("疫苗抵河内", "班列抵河内", "熊猫抵华盛顿", "救援队抵河内") tell no visit and weigh nothing."""
    arrivals = _arrivals()  # the caller has found one of them among the mentions
    return [m for m in mentions if m.entry.role != "action" or m.term not in arrivals
            or _person_arrives(text, m, mentions)]


def _person_arrives(text: str, arrival: Mention, mentions: list[Mention]) -> bool:
    """Whether who arrives before a capital glued to 抵 is a person (_arrivals_kept)."""
    before = text[:arrival.start]
    sent, arriver = _arrival_words()
    if sent.search(before):
        return False
    low = max((m.end() for m in _ARRIVAL_CLAUSE.finditer(before)), default=0)
    return bool(arriver.search(before, low)) or any(
        low <= m.start < arrival.start and m.entry.role in _ARRIVERS for m in mentions)


@cached
def _arrivals() -> frozenset[str]:
    """The lexicon's capitals glued to 抵 (grammar `arrivals`)."""
    return frozenset(shared("arrivals"))


@cached
def _arrival_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A word of sending right before an arrival (`arrival_sent`) and a title or a delegation that ends
    the clause before it (`arriver`)."""
    return shared_pattern("arrival_sent", "{}$"), shared_pattern("arriver", "{}")


def _docking_kept(mentions: list[Mention], docking: frozenset[str], ships: frozenset[str]) -> list[Mention]:
    """The mentions without a docking word that no warship word precedes: a merchant ship's docking is no
    act word at all, so it neither tells an act nor makes its subject the doer of another act in its clause
    ("Chinese container ship docks at Long Beach despite tariffs": the tariffs stay the United States')."""
    first_ship = min((m.start for m in mentions if m.entry.label in ships), default=None)
    return [m for m in mentions if m.entry.label not in docking
            or (first_ship is not None and first_ship < m.start)]


def _zone_kept(text: str, mentions: list[Mention], zones: frozenset[str],
               vessels: re.Pattern[str]) -> list[Mention]:
    """The mentions without a zone's word (grammar `zone_acts`: "vùng 12 hải lý") that no state's vessel or
    aircraft (`zone_vessels`) precedes in the sentence: a fishing boat in a zone is no force act ("Tàu cá
    Trung Quốc xâm phạm vùng 12 hải lý của Việt Nam" is a fishing story, not China's military act)."""
    return [m for m in mentions if m.entry.label not in zones or vessels.search(text, 0, m.start)]


def _seizure_kept(text: str, mentions: list[Mention], seizures: frozenset[str],
                  vessels: re.Pattern[str]) -> list[Mention]:
    """The mentions without a seizing word (grammar `seizure_acts`: "bắt giữ", "seized", `扣押`) whose agent
    names no state's vessel or force (`zone_vessels`): a police arrest or a court's detention is no force act
    ("Vietnam detained two Chinese nationals"), nor is a force's man seized ("police detained a former
    Chinese navy officer", "A U.S. Navy sailor was detained by Chinese police",
    "美国海军水兵…被联邦调查局扣留")."""
    if not vessels.search(text):
        return [m for m in mentions if m.entry.label not in seizures]
    return [m for m in mentions if m.entry.label not in seizures or _seized_by_force(text, m, vessels)]


# Characters before a seizing word where a form of "be" or "get" makes it a passive ("was detained"): one
# reaches no further than an adverb or two.
_PASSIVE_REACH = 24


def _seized_by_force(text: str, mention: Mention, vessels: re.Pattern[str]) -> bool:
    """Whether a seizing word's agent is a state's vessel or force: named after it through "by" up to the
    clause's end ("detained by a Chinese coast guard ship"); else, in the active, before it and after the
    last passive marker (grammar `seized_patient_end`: `bị`, `被`) — "bị tàu hải cảnh Trung Quốc bắt giữ",
    "被中国渔政船扣留", "Chinese coast guard seized". An English passive without "by" (grammar
    `seized_passive`: "was detained", "detained in China") names no agent."""
    w = event_words()
    end = mention.start + len(mention.term)
    if by := w.seized_by.match(text, end):
        stop = w.seized_clause_end.search(text, by.end())
        return bool(vessels.search(text, by.end(), stop.start() if stop else len(text)))
    if w.seized_passive_after.match(text, end) or w.seized_passive_before.search(
            text, max(0, mention.start - _PASSIVE_REACH), mention.start):
        return False
    opened = max((m.end() for m in w.seized_patient_end.finditer(text, 0, mention.start)), default=0)
    return bool(vessels.search(text, opened, mention.start))


def _driven_kept(text: str, mentions: list[Mention], driving: frozenset[str],
                 driven: re.Pattern[str]) -> list[Mention]:
    """The mentions without a driving word (grammar `driving`: "drove off") whose object right after it is no
    ship or aircraft (`driven_object`): a motorcade driving off or troops of a past war are no force act."""
    return [m for m in mentions
            if m.entry.label not in driving or driven.match(text, m.start + len(m.term))]


@cached
def _guarded_kinds() -> frozenset[str]:
    """The kinds of the lexicon's words that _fill's docking, zone and driving readers drop ("docked at" a
    visit, "vùng 12 hải lý" and "drove off" force acts): a sentence with no word of these kinds holds none of
    theirs, and is not read for them."""
    w = event_words()
    guarded = w.ship_docking | w.zone_acts | w.driving | w.seizure_acts
    return frozenset(entry.kind for table in load_entries().values() for entries in table.values()
                     for entry in entries if entry.label in guarded)


def _fill(sentence: Sentence, mentions: list[Mention], script: str) -> Sentence:
    """Record a sentence's mentions (offsets relative to the sentence) and resolve bare titles."""
    rules = clauses(script)
    # The kinds of the sentence's words, gathered once for the rare ones tested below (a region, a visit):
    # the lists below only drop words, so a kind absent here is absent from them too.
    present = {m.entry.kind for m in mentions}
    if "region" in present:
        mentions = _region_kept(mentions)
    # The words matched, gathered once for the two word lists below. A term is a piece of the folded text,
    # lower-case already: it is tested as it is, with no lower() per mention of every sentence.
    terms = {m.term for m in mentions}
    if "firm" not in present and not _firm_acts().isdisjoint(terms):
        # "stop buying", "网络安全审查": a state's act on a firm of the three only (grammar `firm_acts`)
        firm_acts = _firm_acts()
        mentions = [m for m in mentions if m.term not in firm_acts]
        terms -= firm_acts
    arrivals = _arrivals()
    if arrivals and not arrivals.isdisjoint(terms):
        mentions = _arrivals_kept(sentence.text, mentions)
    # The labels, gathered once for the three readers below, only in a sentence holding a word of their kinds
    # (_guarded_kinds: most hold none): each only drops words of its own labels and keeps every other, so one
    # asked after another dropped all of its words keeps the list as it is.
    if not _guarded_kinds().isdisjoint(present):
        w = event_words()
        labels = {m.entry.label for m in mentions}
        if not w.ship_docking.isdisjoint(labels):
            mentions = _docking_kept(mentions, w.ship_docking, w.ships)
        if not w.zone_acts.isdisjoint(labels):
            mentions = _zone_kept(sentence.text, mentions, w.zone_acts, w.zone_vessels)
        if not w.seizure_acts.isdisjoint(labels):
            mentions = _seizure_kept(sentence.text, mentions, w.seizure_acts, w.zone_vessels)
        if not w.driving.isdisjoint(labels):
            mentions = _driven_kept(sentence.text, mentions, w.driving, w.driven_object)
    # Names that only say where a cue's or a body's people come from: read only in a sentence holding such a
    # cue or body and a name that can be one (nonstate_names keeps only a country's, a place's or a person's,
    # so a sentence of cues and acts alone, the common one with a cue, finds none to read).
    skip = (nonstate_names(sentence.text, mentions, script)
            if sentence_has_cue(mentions) and not _SKIPPABLE.isdisjoint([m.entry.role for m in mentions])
            else set())
    visits = "visit" in present and any(m.entry.kind == "visit" for m in mentions)
    past = past_stops(sentence.text, mentions, rules) if visits else set()
    names, kinds, kept = _record_all(sentence, mentions, skip, past, rules)
    if names:
        _told_to(sentence, names)
    if rules.colon:
        speaker_colon(sentence, mentions, rules)
    bare = _resolve_titles(sentence, mentions, kinds, script) if sentence.titles else []
    # an act word may hold a title too ("tiếp Đại sứ", "spokesperson": titled._speaking_titles)
    # (in Chinese copy a title of the grammar alone, the lexicon's offices aside:
    # "南部战区副司令员李伟中将陪同")
    if sentence.index < PEOPLE_REACH and (sentence.offices or sentence.titles or sentence.actions
                                          or holds_title(sentence.text, script)):
        sentence.titled = titled_people(sentence.text, mentions, script, sentence.headline,
                                        sentence.titled_speakers)
        if sentence.titled:
            _titled_countries(sentence, names)
            if sentence.others_at:
                _others_in_names(sentence, mentions)
    if sentence.firms and sentence.actions:
        _aimed_firms(sentence)
    sentence.trio = {code for _, code in sentence.countries}
    if len(sentence.trio) == 1 and sentence.actions:
        _claimed_side(sentence)
    if len(sentence.trio) >= 2:
        sentence.ends = {start: end for start, end, _ in names}
        sentence.ends.update((title.start, title.start + len(title.term)) for title in bare)
        if rules.any_verb:
            said(sentence, kept, skip, rules)
        if sentence.offices or sentence.titles:  # else no two can interact
            qualifiers = [m for m in kept if m.entry.role in _QUALIFIERS]
            sentence.officials = officials(sentence, qualifiers, bare, script)
    if sentence.trio and rules.group and in_group(sentence.text, rules):
        sentence.group = True
        sentence.others.add(FORUM)
    if len(sentence.trio) == 3 and names:
        sentence.subject = subject(sentence.text, names)
        if not sentence.subject and sentence.actions:
            acts = _acts_of_three(sentence)
            sentence.lead = lead_pair(sentence.text, names, acts, acts is not sentence.actions)
    if len(sentence.trio) >= 2:
        _trade_act(sentence, kinds, script)
    if sentence.titled:
        sentence.officials |= _titled_codes(sentence)
    return sentence


_POLICY_KINDS = kind_set("actions", "state_policy")
_PROVINCE_KINDS = kind_set("actions", "province_acts")
_BROKEN_REACH = 40  # characters before a measure's word where a verb violating it is sought (eventwords)
# A number of three digits or more right after a firm's name is a model of its product ("Boeing 737 MAX",
# "波音737"): an aircraft type grounded or banned for safety, no act on the firm; not a generation
# ("Huawei 5G").
_MODEL = re.compile(r"\s?\d{3}")


@cached
def _firm_acts() -> frozenset[str]:
    """The grammar's `firm_acts`: act words that weigh only in a sentence naming a firm of the three."""
    return frozenset(word.lower() for word in shared("firm_acts"))


@cached
def _aimed_kept() -> re.Pattern[str]:
    """The grammar's `aimed_kept`: a subnational government ("U.S. state", "Thống đốc bang", "州长") told
    before an act on a firm, whose act names no side."""
    return shared_pattern("aimed_kept", "(?:{})", 0)


def _aimed_firms(sentence: Sentence) -> None:
    """Give the sentence the country of a firm or a province of the three (entities kinds `firm`, `province`)
    that a government act of another is aimed at:
    the firm named after a name of another of the three (a country, a capital, an office-holder, a
    government body) that an act of state policy (kinds.toml `state_policy`: a sanction, a measure, a
    charge) follows ("The U.S. Commerce Department added SMIC to its entity list", "Trung Quốc trừng phạt
    tập đoàn Lockheed Martin", "美国商务部将中芯国际列入实体清单"), or, in a sentence naming no country at
    all, which goes on with the story of the one before, named after the act ("The Commerce Department on
    Monday added Hikvision and Dahua to its entity list", "imposed sanctions on drone maker DJI"). The firm
    is the act's object and its country the target, as "Chinese companies" would be. A firm named before
    the government acts on its own ("Huawei sues U.S. government", "Huawei revenue falls as U.S. sanctions
    bite"), a firm a country outside the three acts on ("Britain bans Huawei") and a firm said to have broken
    a measure ("美国商务部：中兴公司严重违反出口管制": grammar `measure_broken`) name no side. A province
    is the origin of goods or the place of those an act is aimed at ("banned imports of cotton from
    Xinjiang", "cấm nhập khẩu hàng hóa từ Tân Cương"), its country the target in the same way."""
    # "严重违反出口管制规定", "violated U.S. export controls": a measure broken is no act on the firm
    broken = event_words().broken
    text = sentence.text
    acts = [m.start for m in sentence.actions if m.entry.kind in _POLICY_KINDS
            and not broken.search(text[max(0, m.start - _BROKEN_REACH):m.start])]
    if not acts:
        return
    last = max(acts)
    # "Montana becomes first U.S. state to ban TikTok": a state's act, not the country's
    if _aimed_kept().search(text, 0, last):
        return
    measures = [m.start for m in sentence.actions if m.entry.kind in _PROVINCE_KINDS and m.start in acts]
    bare = all(at < sentence.dateline_end for at, _ in sentence.countries) and not sentence.others
    # the countries named in the text: one a firm gave (below) is no other side acting for a later firm
    # ("The U.S. sanctioned Huawei, and Micron was hit by a ban": Micron's USA is not Huawei's CHN's doing)
    named = list(sentence.countries)
    added = False
    for firm in sentence.firms:
        if firm.entry.kind == "province":
            # a province names its country only by a measure on its goods or officials, not criticism there
            if not measures:
                continue
            acts_of, last_of = measures, max(measures)
        else:
            if _MODEL.match(text, firm.start + len(firm.term)):
                continue  # "banned Boeing 737 MAX aircraft": a product grounded, no act on the firm
            acts_of, last_of = acts, last
        for code in firm.entry.codes:
            if code not in TRIO:
                continue
            # (a wire dateline's city is where the copy was filed: no actor)
            if any(sentence.dateline_end <= at < firm.start and at < last_of and other != code
                   for at, other in named) or (
                    bare and min(acts_of) < firm.start):
                sentence.countries.append((firm.start, code))
                added = True
    if added:
        sentence.countries.sort()


_FORUM_NAME_REACH = 16  # characters between a meeting word and the forum it is part of the name of


def _acts_of_three(sentence: Sentence) -> list[Mention]:
    """The sentence's act words but a meeting word of the name of a forum outside the three that is only a
    stage ("dự Hội nghị Cấp cao ASEAN tại Jakarta", "attended the ASEAN summit", "出席东盟峰会"): the forum
    is where a clause of another time places someone, not an act between the three, so "Biden arrived in
    Hanoi for a state visit, a week after Chinese Premier Li Qiang attended the ASEAN summit" keeps its
    lead pair (clauses.lead_pair, which then cuts at the last clause break before the third). The actions
    themselves (the same list) when the sentence names no such forum."""
    if not sentence.others or sentence.group or not sentence.others <= sentence.venue_others:
        return sentence.actions
    return [m for m in sentence.actions
            if m.entry.kind != "meet" or not any(
                -_FORUM_NAME_REACH <= at - (m.start + len(m.term)) <= _FORUM_NAME_REACH
                or -_FORUM_NAME_REACH <= m.start - at <= _FORUM_NAME_REACH + 12
                for at in sentence.others_at)]


def _titled_codes(sentence: Sentence) -> frozenset[str]:
    """Countries of the office-holders read by their titles (titled.py), not of a spokesperson, who only
    tells of what others did."""
    return frozenset(code for _, _, name, code in sentence.titled
                     if code in TRIO and name not in sentence.titled_speakers)


def _others_in_names(sentence: Sentence, mentions: list[Mention]) -> None:
    """Drop a country outside the three whose word is a word of an office-holder's name read by a title
    ("Michigan Governor Kim Whitmore": Kim is no North Korea there), unless it is named elsewhere too."""
    inside = {at for at in sentence.others_at
              if any(start <= at < end for start, end, *_ in sentence.titled)}
    if not inside:
        return
    code_at = {m.start: m.entry.value for m in mentions if m.entry.role == "other"}
    sentence.others_at = [at for at in sentence.others_at if at not in inside]
    kept = {code_at.get(at) for at in sentence.others_at}
    for at in inside:
        code = code_at.get(at)
        if code is not None and code not in kept:
            sentence.others.discard(code)
            sentence.venue_others.discard(code)
    sentence.first_other = min(sentence.others_at, default=-1)


def _titled_countries(sentence: Sentence, names: list[tuple[int, int, str]]) -> None:
    """Give the sentence the country of an office-holder read from a title of that country alone ("Under
    Secretary of Commerce for International Trade Marisa Lago", "Tư lệnh Hạm đội 7 Mỹ Karl Thomas") when it
    names that country nowhere else: the office-holder stands for the government, as a listed person's name
    does, so "met Vietnamese Minister ... Nguyen Hong Dien" is an encounter of two of the three."""
    named = {code for _, code in sentence.countries}
    for start, end, name, code in sentence.titled:
        if code in named or code not in TRIO or name in sentence.titled_speakers:
            continue
        named.add(code)
        sentence.countries.append((start, code))
        sentence.actors.append((start, code))
        names.append((start, end, code))
    sentence.countries.sort()
    sentence.actors.sort()
    names.sort()


def read_sentence(text: str, index: int, weight: float, script: str) -> Sentence:
    """Run the script's matcher over one sentence on its own."""
    text = unicodedata.normalize("NFC", text)
    sentence = Sentence(text=text, index=index, weight=weight)
    return _fill(sentence, text_mentions(text, fold(text, script), script), script)


def _layout(title: str, text: str) -> tuple[str, list[tuple[int, int]]]:
    """One document (title, newline, body) and the spans of its sentences; the title is one sentence."""
    spans = sentence_spans(text)
    if title and spans and text[spans[0][0]:spans[0][1]] == title:
        spans = spans[1:]  # sources that repeat the headline as the first line
    if not title:
        return text, spans
    offset = len(title) + 1
    return f"{title}\n{text}", [(0, len(title))] + [(s + offset, e + offset) for s, e in spans]


def read_article(title: str, text: str, script: str, published: date | None = None) -> list[Sentence]:
    """Split title and text into weighted, matched sentences (title first when present), in one pass.
    `published` (the story's day, when known) chooses among the people a shared name may be (names.py)."""
    title = unicodedata.normalize("NFC", (title or "").strip())
    doc, spans = _layout(title, unicodedata.normalize("NFC", text or ""))
    has_title = bool(title)
    folded = fold(doc, script)
    if len(folded) != len(doc):  # a rare letter changed length when lowercased: match per sentence
        sentences = [read_sentence(doc[s:e], i, _position_weight(i, has_title), script)
                     for i, (s, e) in enumerate(spans)]
        if has_title and sentences:
            sentences[0].headline = True
        return sentences
    hits = sentence_mentions(doc, folded, script, spans)
    per_sentence = full_names(surnames(doc, folded, spans, hits, script), published)
    sentences = []
    attending = attend_words()
    for i, ((s, e), found) in enumerate(zip(spans, per_sentence, strict=True)):
        sentence = blank_sentence(doc[s:e], i, _position_weight(i, has_title), has_title and i == 0)
        # the first hit's role is tested inline: most sentences' first hit is no act, and no call is made
        if found and (i < 2 or found[0].entry.role != "action" or not _attending_only(found, attending)):
            sentence = _fill(sentence, found, script)
        sentences.append(sentence)
    return sentences


def _attending_only(mentions: list[Mention], attending: frozenset[str]) -> bool:
    """Whether a sentence's only hits are attend words ("dự" of "dự kiến", "dự báo", common in Vietnamese
    copy): with no office-holder or country kept before one, none tells a visit (_attended) and _record_all
    drops them all, so _fill would leave the sentence blank. The first two sentences are filled anyway: a
    wire dateline read there is filed even without a hit kept."""
    for mention in mentions:  # a loop, not all() over a generator: this runs for many sentences
        if mention.entry.role != "action" or mention.term.lower() not in attending:
            return False
    return True
