"""Lexicon hits of a text: each sentence's names, actions and cues, with the capitals a name asks for."""

from __future__ import annotations

import re

from .grammar import cached, registry, shared
from .lexicon import LEAD, NAME_DOTS, Entry, load_entries, matcher
from .sentence import Mention

_SPACED_DASH = re.compile(r"\s?-\s?")
# A pinyin given name of one or two syllables, capitalised, as a word of its own after a surname
# ("Jiang Yaoping", "Hu Xiaolian", "Wen Zhong"); many an English word fails it ("Hu Says", "Jiang On"), but
# short ones spell syllables too ("Due", "Can", "Ban", "Men"): told apart only by their capital, which a
# title-case headline gives every word (_title_case). Initials, then the finals each may take, then the
# same once more.
_SYLLABLE = (r"(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?"
             r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ao|an|ei|en|er|ia|ie|in|iu|ou|ua|ue|ui|un"
             r"|uo|a|e|i|o|u|ü|v)")
_PINYIN_GIVEN = re.compile(rf" (?=[A-Z])(?i:(?:{_SYLLABLE}){{1,2}})(?=['’]s\b|[^\w'’-]|$)")
# The words a title-case test reads: three letters or more ("met" is a verb in lower case), but the short
# conjunctions, articles and prepositions a title-case headline leaves in lower case ("in", "to" are shorter).
_LONG_WORD = re.compile(r"[^\W\d_]{3,}")
_TITLE_LOWER = frozenset({"and", "but", "for", "nor", "the", "via", "per", "off", "out", "yet"})
_TITLE_WORDS = 2  # words besides the name and the word after it: fewer tell no case style
_SHIP_MARKS = "号號"  # what closes a ship's name in Chinese ("里根号", "麦坎贝尔號")
# ... unless it opens a word: "拜登号召" (Biden calls on), "特朗普号称" (Trump claims), "号令"
_SHIP_NOT = frozenset("召称稱令")
# A quotation mark Xinhua puts around a ship's name, between the name and 号 ("“麦凯恩”号").
_SHIP_QUOTE_CLOSE = "”」』’\""


def text_mentions(doc: str, folded: str, script: str) -> list[Mention]:
    """All lexicon hits in a folded text, acronyms checked against the original capitals."""
    return sentence_mentions(doc, folded, script, [(0, len(folded))])[0]


def sentence_mentions(doc: str, folded: str, script: str, spans: list[tuple[int, int]]
                       ) -> list[list[Mention]]:
    """The lexicon hits of each sentence span of a folded text, offsets relative to their sentence;
    acronyms checked against the original capitals. Hits come in text order, so do sentences; hits in
    the whitespace between sentences belong to none."""
    table = _hit_table(script)
    per_sentence: list[list[Mention]] = [[] for _ in spans]
    if not spans:
        return per_sentence
    lead = LEAD if registry()[script].spaced else ""
    shift = len(lead)
    scanned = lead + folded
    # Offsets stay those of `scanned` (the spans' moved by `shift`): a hit's offset in its sentence is the
    # same, and only an acronym's or a syllable name's capitals are read at its place in `doc`.
    i, last = 0, len(spans)
    low, high = spans[0][0] + shift, spans[0][1] + shift
    found = per_sentence[0]
    bared: set[int] = set()  # the sentences holding a hit of a bare name
    for match in matcher(script).finditer(scanned):  # runs for every hit of every article: keep it lean
        start, end = match.span(1)
        if start >= high:
            while i < last and start >= spans[i][1] + shift:
                i += 1
            if i == last:
                break
            low, high = spans[i][0] + shift, spans[i][1] + shift
            found = per_sentence[i]
        if start < low:
            continue
        term = scanned[start:end]
        hit = table.get(term)
        if hit is None:
            term = _SPACED_DASH.sub("-", term)  # "việt - mỹ" is the lexicon's "việt-mỹ"
            hit = table[term]
        entries, checked, bare, dotted = hit
        if dotted and doc[end - shift:end - shift + 1] in _goes_on():
            continue  # "约翰·克里斯托弗" is no John Kerry
        if checked:
            for entry in entries:
                if (entry.case or entry.capital or entry.named) \
                        and not _written_as(doc, start - shift, end - shift, entry):
                    continue
                found.append(Mention(start - low, term, entry))
        else:
            for entry in entries:
                found.append(Mention(start - low, term, entry))
        if bare:
            bared.add(i)
    for i in bared:
        found = per_sentence[i]
        found[:] = [m for m in found if not m.entry.bare or not _of_another_name(doc, spans[i], m, found)]
    return per_sentence


@cached
def _hit_table(script: str) -> dict[str, tuple[tuple[Entry, ...], bool, bool, bool]]:
    """The lexicon's folded terms of a script, each with its entries, whether one of them asks for capitals
    (an acronym, a syllable name: read in the text), whether one is a bare name (read with the sentence's
    other names) and whether the term is a full dotted name ("约翰·克里": see _goes_on): one lookup per hit
    instead of a test of every entry's flags."""
    return {term: (entries, any(e.case or e.capital or e.named for e in entries),
                   any(e.bare for e in entries), any(dot in term for dot in NAME_DOTS))
            for term, entries in load_entries()[script].items()}


@cached
def _goes_on() -> frozenset[str]:
    """Characters that only continue a transliterated name (grammar `dotted_name_goes_on`): a full dotted
    name right before one ("约翰·克里斯托弗", "杰克·卢卡斯") is the start of another's longer name."""
    return frozenset("".join(shared("dotted_name_goes_on")))


def _title_case(doc: str, span: tuple[int, int], start: int, end: int) -> bool:
    """Whether the sentence doc[span] is written in title case, every word of three letters or more
    capitalised ("Xi Due in Hanoi for Talks With Vietnamese Leaders"), the name at doc[start:end] and the
    word after it aside."""
    after = _LONG_WORD.match(doc, end + 1)
    words = [w.group() for w in _LONG_WORD.finditer(doc, span[0], span[1])
             if not start <= w.start() < end and (after is None or w.start() != after.start())
             and w.group() not in _TITLE_LOWER]
    return len(words) >= _TITLE_WORDS and all(w[0].isupper() for w in words)


def _given_in_title(doc: str, span: tuple[int, int], start: int, end: int) -> bool:
    """Whether the word a pinyin given-name test reads after a surname may be an English word capitalised
    by a title-case headline: the sentence is in title case and the text writes the two words together
    nowhere else (where it does, "Hu Xiaolian" in the lead, the given name is told there)."""
    given = _PINYIN_GIVEN.match(doc, end)
    pair = doc[start:given.end()] if given else ""
    return _title_case(doc, span, start, end) and doc.count(pair) < 2


def _of_another_name(doc: str, span: tuple[int, int], mention: Mention, found: list[Mention]) -> bool:
    """Whether a person's one Chinese name alone stands in another's full name: joined by a dot to a name
    that is not theirs ("伯特兰·拉塞尔", "坎贝尔·班纳曼"), or in a ship's name, closed by 号 ("麦坎贝尔号" is
    the destroyer USS McCampbell, not Kurt Campbell), also past a closing quotation mark ("“麦凯恩”号").
    A Chinese office-holder's pinyin surname alone ("Jiang", "Hu") is another's when a given name in
    pinyin follows it ("Vice Commerce Minister Jiang Yaoping", "Hu Xiaolian": the lexicon holds the
    listed full names, so a listed one never reaches here), but in a title-case headline, where an English
    word after it is capitalised as well ("Xi Due in Hanoi for Talks ..."). Any other Latin surname alone
    is kept: the word before it cannot tell another's given name ("Rajesh Bhatia") from the same person's
    variant first name ("James Sasser" for Jim Sasser, "Michael Pompeo"), a weekday ("On Tuesday Pompeo
    met") or a title-case headline's verb ("Xi Tells Biden ..."), and a bare surname that is also another's is
    left out of the lexicon instead ("Bhatia"); such rows are not bare (lexicon.py)."""
    low = span[0]
    start = low + mention.start
    end = start + len(mention.term)
    if mention.term.isascii():
        return _PINYIN_GIVEN.match(doc, end) is not None and not _given_in_title(doc, span, start, end)
    mark = end + 1 if doc[end:end + 1] and doc[end] in _SHIP_QUOTE_CLOSE else end
    if mark < len(doc) and doc[mark] in _SHIP_MARKS and doc[mark + 1:mark + 2] not in _SHIP_NOT:
        return True
    at = {low + m.start: m for m in found}
    ends = {low + m.start + len(m.term): m for m in found}
    for dot, other in ((start - 1, ends.get(start - 1)), (end, at.get(end + 1))):
        if 0 <= dot < len(doc) and doc[dot] in NAME_DOTS and (other is None
                                                              or other.entry.label != mention.entry.label):
            return True
    return False


def _written_as(doc: str, start: int, end: int, entry: Entry) -> bool:
    """Whether a hit of an acronym, a one-syllable name or a spaced transliteration has the capitals its
    entry asks for."""
    if entry.case and not doc[start:end].isupper():
        return False
    if entry.named and not doc[start].isupper():
        return False
    return not entry.capital or _proper_at(doc, start)


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
