"""A surname alone as a listed person: after the title of an office its holder held, or after the text
named the person in full."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from itertools import islice

from .gazetteer import gazetteer
from .grammar import cached, kinds, office_roles, shared
from .lexicon import Entry, load_entries
from .sentence import Mention
from .text import fold_term, strip_marks

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_PUNCT = re.compile(r"[,;:.()\"“”]")  # between a title and a surname: the title's reach ends
_GAP = 4  # words between a title and the surname: a portfolio and a country ("Bộ trưởng Quốc phòng Mỹ")
def _key(word: str) -> str:
    return strip_marks(word).casefold()


@cached
def _honorifics() -> frozenset[str]:
    """Words before a capitalised word that let it stand alone as a surname (grammar `surname_honorifics`)."""
    return frozenset(map(_key, shared("surname_honorifics")))


@cached
def _stops() -> frozenset[str]:
    """Words that end a title's reach (grammar `surname_stops`): "Bộ trưởng ... và ông Austin"."""
    return frozenset(map(_key, shared("surname_stops")))


def _surname(entry: Entry) -> str:
    """The word a person's surname is written by: a Chinese name's first, a Vietnamese given name or a
    Western surname last ("Dong Jun": Dong; "Phạm Minh Chính": Chính; "Lloyd Austin": Austin)."""
    return _key(_written(entry)) if " " in entry.label else ""


@cached
def _by_surname() -> dict[str, dict[str, Entry]]:
    """Folded surname -> the listed people bearing it (canonical name -> an entry of theirs)."""
    people: dict[str, dict[str, Entry]] = defaultdict(dict)
    for terms in load_entries().values():
        for entries in terms.values():
            for entry in entries:
                if entry.source == "people" and (surname := _surname(entry)):
                    people[surname].setdefault(entry.label, entry)
    return dict(people)


def _bearing(word: str) -> list[Entry]:
    """The listed people a word is the surname of; a word written with Vietnamese marks must bear the same
    marks ("Thường" of "Thường vụ" is not Thưởng)."""
    people = _by_surname().get(_key(word), {}).values()
    if strip_marks(word) == word:
        return list(people)
    return [e for e in people if _written(e).casefold() == word.casefold()]


@cached
def _titling() -> frozenset[str]:
    """The offices naming roles (office_roles), gathered once per process rather than looked up per mention
    (or gathered again for every article)."""
    return frozenset(office for office, roles in kinds().get("office_roles", {}).items() if roles)


def _written(entry: Entry) -> str:
    """A person's surname as the canonical name writes it."""
    words = entry.label.split()
    return words[0] if entry.value == "CHN" else words[-1]


def surnames(doc: str, folded: str, spans: list[tuple[int, int]], per_sentence: list[list[Mention]],
             script: str = "en") -> list[list[Mention]]:
    """Each sentence's mentions with the surnames that name a listed person: right after the title of an
    office whose one listed holder of that surname held it ("Defense Secretary Austin", "Bộ trưởng Quốc
    phòng Mỹ Austin"), a US office-holder's surname after the text named them in full ("Pentagon
    spokesman Peter Cook said ... Cook said"; in English copy a Chinese surname and a Vietnamese given
    name too: _AGAIN), and a listed name with a quoted nickname inside it
    ('Douglas "Pete" Peterson')."""
    named, titles = _named_and_titled(per_sentence, _titling(), _AGAIN.get(script, _US))
    # The surnames of the people named in full, sought as plain strings in the text lowercased once (as
    # written, and without marks): an alternation of them would be compiled anew for every article, which
    # costs more than reading the article. Only where one is found is a sentence read for it.
    keys = list(named)
    lowered = _Lowered(doc) if keys else None
    holding = lowered.sentences(keys, spans) if lowered is not None else set()
    for index, ((low, high), found) in enumerate(zip(spans, per_sentence, strict=True)):
        text = doc[low:high]
        repeated = index in holding
        quoted = '"' in text or "“" in text
        titled = index in titles
        if not (repeated or quoted or titled):
            continue  # the common sentence: no title before a name, no surname again, no nickname
        taken = [(m.start, m.start + len(m.term)) for m in found]
        added = [*(_titled(text, found, taken) if titled else ()),
                 *(_repeated(text, named, lowered.words(keys, low, high), taken)
                   if repeated and lowered is not None else ()),
                 *(_nicknamed(text, taken, script) if quoted else ())]
        if added:
            found += [Mention(at, folded[low + at:low + end], entry) for at, end, entry in added]
            found.sort(key=lambda m: m.start)
    return per_sentence


# The countries whose office-holders, named in full, are named again by one word of the name: US ones
# by the surname in every script; in English copy Chinese ones by the surname too ("Chinese Premier Li
# Keqiang ... Li was welcomed") and Vietnamese ones by the given name ("President Truong Tan Sang ... Sang
# was greeted"). Vietnamese copy names them again by title, and a given name alone there is too often a
# word or a piece of a place's name ("Bình", "Sơn").
_US = frozenset({"USA"})
_AGAIN = {"en": frozenset({"USA", "CHN", "VNM"})}
# Chinese surnames and Vietnamese given names that are English words, capitalised at a sentence's start
# ("He said", "An official", "Son", "Song and dance troupes", "Fan clubs"): never read as the name again.
_ENGLISH_WORDS = frozenset({"he", "an", "son", "long", "man", "hung", "ha", "song", "fan", "tan", "han"})
# Given names that are also a city's name: "Hue" (a gazetteer city) and "Vinh", which the gazetteer leaves
# out (read there, every Vinh of a Vietnamese name would be a place): "flights to Hue", "Vinh airport" name
# no one again (_again_word).
_PLACE_WORDS = frozenset({"vinh"})


def _named_and_titled(per_sentence: list[list[Mention]], titling: frozenset[str], again: frozenset[str] = _US
                      ) -> tuple[dict[str, Entry], set[int]]:
    """The office-holders of the countries `again` that the text names in full, by the word naming them
    again (_written: a surname two of them share names none), and the sentences (by index) holding an
    office word of `titling`: one pass over the mentions."""
    seen: dict[str, set[str]] = defaultdict(set)
    entries: dict[str, Entry] = {}
    titles: set[int] = set()
    for index, found in enumerate(per_sentence):
        for mention in found:
            entry = mention.entry
            role = entry.role
            if role == "office":
                if entry.label in titling:
                    titles.add(index)
            elif role == "person" and entry.value in again and " " in mention.term.strip():
                surname = _again_word(mention.term, entry)
                if surname:
                    seen[surname].add(entry.label)
                    entries[surname] = entry
    return {surname: entries[surname] for surname, labels in seen.items() if len(labels) == 1}, titles


def _again_word(term: str, entry: Entry) -> str:
    """The word of a full name as written that names its bearer again: a US surname, the last word; a
    Chinese surname or a Vietnamese given name, the word of the canonical name that _written picks, when
    the name as written holds it (given name first, "Jiechi Yang", too)."""
    words = term.split()
    if entry.value == "USA":
        return _key(words[-1])
    key = _key(_written(entry))
    if key in _ENGLISH_WORDS or key in _PLACE_WORDS or key in gazetteer()[1]:
        return ""  # a word or a city's name: read alone, it names the person too rarely
    return key if key in map(_key, words) else ""


def _free(at: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return not any(low < end and at < high for low, high in taken)


def _titled(text: str, found: list[Mention], taken: list[tuple[int, int]]) -> list[tuple[int, int, Entry]]:
    """Surnames right after an office word (at most _GAP words between, no punctuation) of the one listed
    person of that surname whose role the office names, standing alone ("Bộ trưởng Nông nghiệp Lê Minh
    Hoan" holds no foreign minister Minh)."""
    added = []
    for mention in found:
        roles = office_roles(mention.entry.label) if mention.entry.role == "office" else frozenset()
        end = mention.start + len(mention.term)
        for word in islice(_WORD.finditer(text, end), _GAP + 1) if roles else ():
            key = _key(word.group())
            if key in _stops() or not _free(*word.span(), taken) or _PUNCT.search(text, end, word.start()):
                break
            if not word.group()[0].isupper() or key not in _by_surname():
                continue
            people = [e for e in _bearing(word.group()) if e.kind in roles]
            if len(people) == 1 and _standalone(text, word, taken):
                added.append((word.start(), word.end(), people[0]))
                break
    return added


def _repeated(text: str, named: dict[str, Entry], spans: list[tuple[int, int]],
              taken: list[tuple[int, int]]) -> list[tuple[int, int, Entry]]:
    """A named US office-holder's surname alone, standing alone ("Tim Cook" is another). `spans`: where the
    surnames are found in the sentence without marks (_Lowered.words): only there is a word read."""
    added = []
    for at, stop in spans:
        word = _WORD.match(text, at)
        if word is None or word.end() != stop or at and text[at - 1] in "'’-":
            continue  # inside a longer word ("O'Brien", "Cook's")
        if word.group()[0].isupper() and (key := _key(word.group())) in named \
                and _free(*word.span(), taken) and _standalone(text, word, taken):
            added.append((word.start(), word.end(), named[key]))
    return added


class _Lowered:
    """A text lowercased as written and without marks, made once per article, where words are sought as
    the case-insensitive search `\\b(?:key|key...)\\b` of each sentence would find them."""

    __slots__ = ("text", "_forms")

    def __init__(self, text: str) -> None:
        self.text = text
        self._forms: dict[bool, tuple[str, str]] = {}  # marked -> (the text, the text lowercased)

    def _form(self, marked: bool) -> tuple[str, str]:
        """The text as written (`marked`) or without marks, and the same lowercased, made on first use."""
        if marked not in self._forms:
            text = self.text if marked else strip_marks(self.text)
            self._forms[marked] = (text, text.lower())
        return self._forms[marked]

    def sentences(self, keys: list[str], spans: list[tuple[int, int]]) -> set[int]:
        """The sentences (by index in `spans`) where `words` finds a key as written: one standing inside
        the sentence between word boundaries (the sentence's ends are boundaries)."""
        text, lowered = self._form(True)
        if len(lowered) != len(text):  # a letter lowercased to two: offsets move, each sentence is read
            return {i for i, (low, high) in enumerate(spans) if self.words(keys, low, high, True)}
        starts = [low for low, _ in spans]
        opening = set(starts)
        found = set()
        for key in keys:
            inner = _is_word(key, 0, 0, len(key))  # a key opening with a letter: none inside a word
            at = lowered.find(key)
            while at >= 0:
                if inner and at and (text[at - 1].isalnum() or text[at - 1] == "_") and at not in opening:
                    at = lowered.find(key, at + 1)  # inside a word ("li" of "policy"): the common case
                    continue
                i = bisect_right(starts, at) - 1
                low, high = spans[i] if i >= 0 else (0, 0)
                stop = at + len(key)
                if i not in found and stop <= high and _boundary(text, at, low, high) \
                        and _boundary(text, stop, low, high):
                    found.add(i)
                at = lowered.find(key, at + 1)
        return found

    def words(self, keys: list[str], low: int, high: int, marked: bool = False) -> list[tuple[int, int]]:
        """The spans (relative to `low`) of `keys` in text[low:high], as written (`marked`) or without
        marks, case-insensitive, bounded by word boundaries (the slice's ends are boundaries), as a regex
        alternation of the keys in order finds them: leftmost first, at one place the first key that
        matches, none overlapping the one before."""
        if not marked and self._keeps_length():
            # Without marks, the sentence alone is stripped: strip_marks maps one character to one, so this
            # is the stripped text's slice, and no letter of it grows when lowercased (none of the text does,
            # and a stripped letter is a bare one). Stripping the whole text for the few sentences read cost
            # more than reading them; a sentence stripped is cached for its other readers too.
            piece = strip_marks(self.text[low:high])
            return _spans_of(piece, piece.lower(), keys, 0, len(piece))
        text, lowered = self._form(marked)
        if len(lowered) != len(text):  # a letter lowercased to two: the search itself
            return _searched(text[low:high], keys)
        return _spans_of(text, lowered, keys, low, high)

    def _keeps_length(self) -> bool:
        """Whether the text lowercased is as long as the text: offsets read in one are the other's."""
        text, lowered = self._form(True)
        return len(lowered) == len(text)


def _spans_of(text: str, lowered: str, keys: list[str], low: int, high: int) -> list[tuple[int, int]]:
    """_Lowered.words in text[low:high], `lowered` the text lowercased one character for one."""
    found = []
    for order, key in enumerate(keys):
        at = lowered.find(key, low, high)
        while at >= 0:
            stop = at + len(key)
            if _boundary(text, at, low, high) and _boundary(text, stop, low, high):
                found.append((at, order, stop))
            at = lowered.find(key, at + 1, high)
    spans: list[tuple[int, int]] = []
    reach = low
    for at, _, stop in sorted(found):
        if at >= reach:
            spans.append((at - low, stop - low))
            reach = stop
    return spans


def _is_word(text: str, at: int, low: int, high: int) -> bool:
    """Whether text[at] is a word character of the slice [low, high) (as the regex `\\w` reads one)."""
    return low <= at < high and (text[at].isalnum() or text[at] == "_")


def _boundary(text: str, at: int, low: int, high: int) -> bool:
    """Whether `\\b` holds at `at` in text[low:high]."""
    return _is_word(text, at - 1, low, high) != _is_word(text, at, low, high)


def _searched(text: str, keys: list[str]) -> list[tuple[int, int]]:
    """The spans of `keys` in a text whose lowercasing changes its length, by the regex search itself."""
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, keys)) + r")\b", re.IGNORECASE)
    return [match.span() for match in pattern.finditer(text)]


_BEFORE = re.compile(r"([^\W\d_][\w'’-]*) $")


def _standalone(text: str, word: re.Match[str], taken: list[tuple[int, int]]) -> bool:
    """Whether a word is a capitalised name of its own: no capitalised word right after it, none right
    before it but a title, an honorific or a word the lexicons matched (a country, an office)."""
    if not word.group()[0].isupper():
        return False
    after = _WORD.match(text, word.end() + 1) if text[word.end():word.end() + 1] == " " else None
    if after is not None and after.group()[0].isupper():
        return False
    before = _BEFORE.search(text, max(0, word.start() - 40), word.start())
    return (before is None or not before.group(1)[0].isupper() or _key(before.group(1)) in _honorifics()
            or not _free(*before.span(1), taken))


_NICKNAME = re.compile(r"([A-Z][\w'’-]+)\s+[\"“]([A-Z][\w'’-]+)[\"”]\s+([A-Z][\w'’-]+)")


def _nicknamed(text: str, taken: list[tuple[int, int]], script: str) -> list[tuple[int, int, Entry]]:
    """A listed person written with a quoted nickname between given name and surname ('Douglas "Pete"
    Peterson' is the listed "Pete Peterson"): the given name or the nickname with the surname."""
    added = []
    entries = load_entries().get(script, {})
    for match in _NICKNAME.finditer(text):
        if not _free(*match.span(), taken):
            continue
        people = [e for first in (match[1], match[2])
                  for e in entries.get(fold_term(f"{first} {match[3]}", script), ()) if e.source == "people"]
        if people:
            added.append((match.start(), match.end(), people[0]))
    return added
