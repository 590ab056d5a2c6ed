"""How the names of a sentence stand in its clauses: speakers, visits already over, datelines, subjects,
groups, trade acts and pairs joined as one subject.

The words are the grammar's (lexicons/grammar/<language>.toml): per script ([speech], [past_visit],
[dateline], [group]) or from every language at once ([shared] keys, for copy that mixes languages).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .grammar import cached, rule, shared_pattern
from .grammar import script as grammar_script
from .lexicon import Entry
from .prefixed import compile_prefixed
from .sentence import Mention, Sentence
from .trade import acts_as_government

SAID_LABEL = "said"  # the label of a statement made by a verb of saying
COLON_LABEL = "colon"  # the label of a statement made by a speaker's colon
_SAID = Entry("actions", "statement", "010", SAID_LABEL, 1.0)
_SPEAKER_COLON = Entry("actions", "statement", "010", COLON_LABEL, 1.5)
_SPEAKERS = frozenset({"person", "country", "title"})
# What may follow a verb of saying that closes its clause: the sentence's end or a punctuation break.
_CLOSE = r"\s*(?:$|[.,;:!?\"”’'…)\]，。；：！？」』）])"
_SPEECH_REACH = 60  # characters from the speaker to the verb: four words and a parenthesis
JOINT_GAP = 12
JOINED_GAP = 24


@dataclass(frozen=True, slots=True)
class Clauses:
    """One script's clause words, compiled once."""

    any_verb: re.Pattern[str] | None  # any verb of saying in lowercased text, for a cheap first test
    lower: bool  # whether any_verb reads the text lowercased (a cased script)
    verb: re.Pattern[str] | None  # the speaker's gap, then the verb
    close: re.Pattern[str]  # a verb of saying closing its clause: what may follow it, then a break
    colon: tuple[str, ...]  # marks after a speaker's name that make a statement ("温家宝：")
    past_visit: re.Pattern[str] | None
    past_reach: int
    dateline: re.Pattern[str] | None
    group_hints: tuple[str, ...]
    group: re.Pattern[str] | None


def _optional(pattern: str | None) -> re.Pattern[str] | None:
    """A grammar pattern (case as written), or None when the language gives none."""
    return compile_prefixed(pattern) if pattern else None


@cached
def clauses(script: str) -> Clauses:
    """The clause words of one script, read once."""
    verbs = rule(script, "speech", "verbs", [])
    alternatives = "|".join(verbs)
    gap = rule(script, "speech", "gap", "")
    # An unspaced script has no word boundaries and no case. A plain alternation over lowercased text
    # scans fastest: the engine skips to the verbs' first letters.
    spaced = grammar_script(script).spaced
    edge, case = (r"\b", "?i:") if spaced else ("", "?:")
    lowered = "|".join(verb.lower() for verb in verbs)
    return Clauses(
        any_verb=compile_prefixed(rf"{edge}(?:{lowered}){edge}") if verbs else None,
        lower=spaced,
        verb=re.compile(rf"{gap}(({case}{alternatives})){edge}") if verbs else None,
        close=compile_prefixed(rule(script, "speech", "close", "") + _CLOSE),
        colon=tuple(rule(script, "speech", "colon", [])),
        past_visit=_optional(rule(script, "past_visit", "pattern")),
        past_reach=rule(script, "past_visit", "reach", 0),
        dateline=_optional(rule(script, "dateline", "pattern")),
        group_hints=tuple(rule(script, "group", "hints", [])),
        group=_optional(rule(script, "group", "pattern")),
    )


@cached
def clause_break() -> re.Pattern[str]:
    """A clause break between names: each clause may have its own subject ("Before Biden visits Vietnam,
    China sent an envoy to Hanoi"), so none is taken for the sentence."""
    return shared_pattern("clause_break")


def joint(gap: str) -> bool:
    """Whether the text between two names joins them as one subject."""
    joint = shared_pattern("joint", r"\W*(?:{}\W*)" + shared_pattern("joint_article", "{}?").pattern)
    return len(gap) <= JOINT_GAP and bool(joint.fullmatch(gap))


# ---------------------------------------------------------------------------------------------- speakers
def said(sentence: Sentence, kept: list[Mention], skip: set[int], rules: Clauses) -> None:
    """Add a statement when one of the three speaks ("X says|said ...") and another follows the verb, or
    precedes the speaker in a clause of its own ("China made a mistake, Trump said")."""
    if rules.any_verb is None or rules.verb is None:
        return
    text = sentence.text.lower() if rules.lower else sentence.text
    if len(text) != len(sentence.text):  # a rare letter changed length when lowercased
        text = sentence.text
    found = [hit.start() for hit in rules.any_verb.finditer(text)]
    if not found:
        return
    for mention in kept:
        if mention.entry.role not in _SPEAKERS or mention.start in skip:
            continue
        end = mention.start + len(mention.term)
        if not any(0 < at - end <= _SPEECH_REACH for at in found):
            continue
        verb = rules.verb.match(sentence.text, end)
        if verb is None:
            continue
        # Another of the three after the verb, or before the speaker when the verb closes the clause.
        after = any(start >= verb.end() and code not in mention.entry.codes
                    for start, code in sentence.countries)
        if after or _closes(sentence, mention, verb, rules.close) and _said_after(sentence, mention):
            sentence.actions.append(Mention(verb.start(1), verb.group(1), _SAID))
            return


def _closes(sentence: Sentence, speaker: Mention, verb: re.Match[str], close: re.Pattern[str]) -> bool:
    """Whether the speaker and its verb close the clause ("…, Trump said.", "…, Trump said, adding"): the
    verb before the sentence's end or a punctuation break, and no common word between the speaker and the
    verb but titles and offices ("a Vietnamese fisherman said" is no government speaking)."""
    if not close.match(sentence.text, verb.end()):
        return False
    between = list(sentence.text[speaker.start + len(speaker.term):verb.start(1)])
    base = speaker.start + len(speaker.term)
    for m in (*sentence.titles, *sentence.offices):
        for i in range(max(m.start, base), min(m.start + len(m.term), verb.start(1))):
            between[i - base] = " "
    return not any(word[:1].islower() for word in "".join(between).split())


def _said_after(sentence: Sentence, speaker: Mention) -> bool:
    """Whether another of the three is named before the speaker, a clause break between them: the
    speaker's clause comes after what was said ("Washington is stirring trouble, Zhao Lijian said").
    One break search from the first other name: a sentence of many speakers stays linear."""
    first = min((start for start, code in sentence.countries
                 if start < speaker.start and code not in speaker.entry.codes), default=None)
    return first is not None and clause_break().search(sentence.text, first, speaker.start) is not None


def speaker_colon(sentence: Sentence, mentions: list[Mention], rules: Clauses) -> None:
    """Headlines that name the speaker before a colon ("温家宝：中美应...") hold a statement by them."""
    if not rules.colon or rules.colon[0] not in sentence.text:
        return
    text = sentence.text
    for mention in mentions:
        end = mention.start + len(mention.term)
        if mention.entry.role in _SPEAKERS and text.startswith(rules.colon, end):
            sentence.actions.append(Mention(end, text[end], _SPEAKER_COLON))
            return


# ------------------------------------------------------------------------------------------ past visits
def past_stops(text: str, mentions: list[Mention], rules: Clauses) -> set[int]:
    """Offsets of the country, capital and visit-word mentions that name a visit already over.

    A visit that is over is where someone comes from, not the story: "Pompeo flew over China to Japan
    after visiting Vietnam", "sau chuyến thăm Việt Nam, ông ... đến Nhật Bản", "蓬佩奥访越后经中国领空赴日本".
    """
    if rules.past_visit is None:
        return set()
    for m in mentions:  # a loop, not any() over a generator: this runs for every sentence with a hit
        if m.entry.kind == "visit":
            break
    else:
        return set()
    found: set[int] = set()
    for clause in rules.past_visit.finditer(text):
        start, end = clause.span()
        end += rules.past_reach  # the clause ends where the country begins
        for mention in mentions:
            if start <= mention.start < end and (mention.entry.role in ("country", "place")
                                                 or mention.entry.kind == "visit"):
                found.add(mention.start)
    return found


# -------------------------------------------------------------------------------------------- subjects
def subject(text: str, names: list[tuple[int, int, str]]) -> str:
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
            if start < last_end or joint(text[last_end:start]):  # a pair word ("中越") names both at once
                return ""
            second = code
        elif code != second:  # the third country: all three in one clause?
            return "" if clause_break().search(text, names[0][0], start) else first
    # The third is only a place ("HANOI, Vietnam (AP) — Esper accused China"): where the subject acted.
    return first if second and not clause_break().search(text, names[0][0], names[-1][0]) else ""


def lead_pair(text: str, names: list[tuple[int, int, str]], actions: list[Mention],
              last_break: bool = False) -> frozenset[str]:
    """The first two of the three named, when the third is named only after a clause break and every
    diplomacy word comes before that break (`last_break`: the last break before the third, for a third
    named only in a clause that places it at a forum outside the three, analysis._acts_of_three): the third
    is where the story goes next, not a party to what happened ("Biden strengthens ties with Vietnam in
    Hanoi, aiming to extend influence to China's neighbours"). Empty otherwise."""
    first, second = names[0][2], ""
    for start, _, code in names:
        if code in (first, second):
            continue
        if not second:
            second = code
            continue
        cut = clause_break().search(text, names[0][0], start)
        if cut and last_break:
            # the last break before the third: a time or place opening the first clause ("Chiều 10/9, Tổng
            # thống Mỹ ... đến Hà Nội, ... một tuần sau khi Thủ tướng Trung Quốc ...") is no break of it
            cut = [*clause_break().finditer(text, names[0][0], start)][-1]
        if cut and all(action.start < cut.start() for action in actions):
            return frozenset({first, second})
        break
    return frozenset()


def in_group(text: str, rules: Clauses) -> bool:
    """Whether the countries named are members of a larger group whose diplomacy it is ("美中等六国将商讨",
    "the US, China and four other powers", "Mỹ, Trung Quốc và bốn nước khác"); a substring test first."""
    if rules.group is None:
        return False
    for hint in rules.group_hints:  # a loop, not any(): this runs for most sentences
        if hint in text:
            return bool(rules.group.search(text))
    return False


def trade_actor(text: str, names: list[tuple[int, int, str, str, str]], script: str) -> str:
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
        if later[0][0] < end or joint(text[end:later[0][0]]):
            continue
        if acts_as_government(text, start, end, role, kind, script):
            return code
    return ""


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
    return bool(shared_pattern("joined", r"{}\s*$").search(sentence.text, start, first))
