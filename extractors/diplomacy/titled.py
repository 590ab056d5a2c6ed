"""Office-holders the people list does not hold, named in full right after a title of their office.

Wire copy names deputy ministers, ambassadors, provincial leaders and spokespeople no list holds in full.
A name right after a title of an office of one of the three countries ("Thứ trưởng Ngoại giao Lê Văn
Tình", "Chinese Vice Foreign Minister Zheng Zeguang") is that office's holder. It is kept only where the
text writes it as the gold spells it (grammar [titled] `canonical`): a Vietnamese name with its marks in
Vietnamese copy, an American one in English form, a Chinese one in pinyin, never a Vietnamese name without
marks; a Chinese name in Vietnamese copy, written in the Sino-Vietnamese readings of its characters
(grammar `hanviet`), is read back into pinyin where every syllable reads one way (hanviet.py). In Chinese
copy a Chinese office's holder named in characters is read in pinyin, a Vietnamese one's in his Vietnamese
form (titledchars.py); a name in characters of another country's office is never read. The name may also
stand before its office in an apposition ("Jose Fernandez, the U.S. under secretary of state ...,", "ông
Trần Quốc Cường, Bí thư Tỉnh ủy Điện Biên,"), and a spokesperson's act word is read as a title here
("Chinese Embassy spokesperson Liu Pengyu"), and in English an office's head word as a class ("U.S. Health
and Human Services Secretary", "California Governor": _class_titles), and a member named before the state
body served ("Maria Lopez of the White House ...": _members_of). These names only join an event's people
(eventpeople.people_of reads them as it reads listed people): they weigh nothing, name no side, and place
or date nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from itertools import chain

from .gazetteer import fold_text, gazetteer
from .grammar import cached, rule
from .hanviet import chinese_name
from .lexicon import TRIO, Entry, load_entries
from .prefixed import compile_prefixed, guarded
from .sentence import Mention, Sentence
from .text import fold_term
from .titledchars import chinese_titled

# Office words that name no one office-holder: a delegation, a counterpart, a generic leader.
_NO_HOLDER = frozenset({"delegation", "counterpart", "leader"})
# A word (an initial keeps its stop: "Daniel J. Kritenbrink", and a name's suffix: "Robert Casey Jr."), or a
# punctuation mark.
_TOKEN = re.compile(r"[A-Z]\.(?=\s)|(?:Jr|Sr)\.|[^\W\d_][\w'’-]*|[^\w\s]")
_SUFFIX = frozenset({"Jr.", "Sr."})  # a suffix ends a name whole and counts as none of its words
_PUNCT = re.compile(r"[^\w\s]")  # a token that ends a title's reach: a comma, a bracket, a stop, a dash
# A word of an English name as written; a Gaelic or Romance prefix may glue a capitalised stem to it
# ("McKinney", "MacArthur", "DeSantis", "LaHood").
_LATIN = re.compile(r"(?:Mc|Mac|De|La)?[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*|[A-Z]\.")
_CLAUSE_MARK = re.compile(r"[()\[\].,;:!?\"“”]|\s[-–—]+\s")  # what opens a title's clause before it
_LETTERS = re.compile(r"[^\W\d_]+")  # a word of letters
# What ends an apposition's segment: a comma, a bracket, a colon, a dash (not the stop of "U.S.").
_SEGMENT_MARK = re.compile(r"[()\[\];:!?\"“”,]|\s[-–—]+\s")
_APPOSITION_COMMA = re.compile(r"\s*,\s*(?=[^\W\d_])")  # the comma right after a name, a word after it
_POST_OF = re.compile(r"\s+(?:of|at)\s+(?:the\s+)?")  # "commander of the ...", "charge d'affaires at the ..."
_GAP = 10  # words between a title and the name: a portfolio, a country, "tại Mỹ", a unit's name
_REACH = 4  # words of a Vietnamese name at most: a surname and three syllables ("Tôn Nữ Thị Ninh")


@dataclass(frozen=True, slots=True)
class _Titled:
    """A script's [titled] grammar, its word lists as folded sets."""

    surnames: frozenset[str]
    inner: frozenset[str]
    not_now: frozenset[str]  # with `memorials`: read alike, right before the title
    places_after: frozenset[str]
    posts: frozenset[str]  # the word before an envoy's post ("tại"): a third country after it is passed
    ranks: frozenset[str]
    not_names: frozenset[str]
    of_history: frozenset[str]
    bodies: frozenset[str]
    state_bodies: frozenset[str]
    units: frozenset[str]
    groups: frozenset[str]
    heads: frozenset[str]
    head_reach: int  # characters before a title read for a word of `heads` and its space
    calendar: frozenset[str]
    portfolio: frozenset[str]
    openers: frozenset[str]
    canonical: frozenset[str]
    hanviet: frozenset[str]  # countries whose holders are named in Hán-Việt syllables (read into pinyin)
    home: str
    after: bool  # names follow their titles (Vietnamese), else precede them (English)
    local: frozenset[str]  # folded as the matcher folds the titles' terms ("Tỉnh ủy" is read "tỉnh uỷ")
    grades: frozenset[str]  # words opening a title as its grade ("Phó"): no body's name before it
    sole: dict[str, str]  # office label -> the one country of the three that has it
    apposed_openers: frozenset[str]  # words an apposition may open with before its office
    apposed_reach: int  # comma segments of an apposition read at most
    speaking: frozenset[str]  # act words naming a spokesperson, read as their title ("spokesperson")
    class_heads: re.Pattern[str] | None  # an office's head words as a class ("Secretary")
    joiners: frozenset[str]  # words joining a portfolio's words before its head ("Health and Human Services")
    members: frozenset[str]  # entity kinds of a state body a name "of the" serves (_members_of)
    covering: tuple[str, ...]  # words after such a body naming the press covering it ("press pool")
    bare_sole: frozenset[str]  # `sole` offices Congress names bare ("speaker", "representative")
    not_bare: frozenset[str]  # words before one of those making it any country's ("Vice", "Special")
    rank_heads: frozenset[str]  # class heads of a military rank: no hit ending a title's reach; in English
    # with no country before, the side its holder leads may name it (_led_side)


@cached
def _rules(script: str) -> _Titled | None:
    """The script's [titled] grammar; None where it gives none."""
    canonical = rule(script, "titled", "canonical")
    if not canonical:
        return None

    def folded(key: str) -> frozenset[str]:
        return frozenset(w.casefold() for w in rule(script, "titled", key, []))

    heads = folded("heads")
    return _Titled(
        surnames=folded("surnames"), inner=folded("inner"), not_now=folded("not_now") | folded("memorials"),
        places_after=folded("places_after"), posts=folded("posts"), ranks=folded("ranks"),
        not_names=folded("not_names"), of_history=folded("of_history"), bodies=folded("bodies"),
        state_bodies=folded("state_bodies"), units=folded("units"), groups=folded("groups"), heads=heads,
        head_reach=max(map(len, heads), default=0) + 1, calendar=folded("calendar"),
        portfolio=folded("portfolio"), openers=folded("openers"), canonical=frozenset(canonical),
        hanviet=frozenset(rule(script, "titled", "hanviet", [])),
        home=rule(script, "titled", "home", ""),
        after=rule(script, "office", "qualifier", "after") == "after",
        local=frozenset(fold_term(t, script) for t in rule(script, "titles", "local", [])),
        grades=folded("grades"),
        sole=dict(item.rsplit(":", 1) for item in rule(script, "titled", "sole", [])),
        apposed_openers=folded("apposed_openers"), apposed_reach=rule(script, "titled", "apposed_reach", 0),
        speaking=frozenset(fold_term(t, script) for t in rule(script, "titled", "speaking", [])),
        class_heads=_heads_pattern(rule(script, "titled", "class_heads", [])), joiners=folded("joiners"),
        members=frozenset(rule(script, "titled", "members", [])),
        covering=tuple(rule(script, "titled", "covering", [])),
        bare_sole=frozenset(rule(script, "titled", "bare_sole", [])), not_bare=folded("not_bare"),
        rank_heads=folded("rank_heads"))


def _heads_pattern(heads: list[str]) -> re.Pattern[str] | None:
    """The office heads of grammar `class_heads`, case-sensitive, longest first, as whole words."""
    if not heads:
        return None
    alternation = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    # Guarded by its words and its branches opening with their first characters (compile_prefixed): as
    # written, a pattern opening with a lookbehind is tried at every position of every sentence a title
    # reader reads; so, the engine skips in C to the heads' words, then to their first characters.
    return guarded(compile_prefixed(rf"(?<![\w.])(?:{alternation})(?![\w'’-])"))


def titled_people(text: str, mentions: list[Mention], script: str, headline: bool = False,
                  speakers: set[str] | None = None) -> list[tuple[int, int, str, str]]:
    """(start, end, name as written, country code) of each office-holder the sentence names in full right
    after a title of a Chinese, US or Vietnamese office, where the name is not a listed person's and is
    written as the gold spells it (module doc); `speakers` takes the names read after a spokesperson's
    title (they only tell of an encounter: events._with_titled)."""
    rules = _rules(script)
    if rules is None:  # Chinese copy: a Chinese office's holder, named in characters, is read in pinyin
        return chinese_titled(text, mentions, script, speakers)
    classed = _class_titles(text, mentions, rules, script)
    mentions = [*mentions, *_titles_in_acts(mentions, script), *_speaking_titles(mentions, rules), *classed]
    if classed:  # in the text's order, as the readers of what stands right before a title take them
        mentions.sort(key=lambda m: m.start)
    titles = [m for m in mentions if m.entry.role in ("office", "title") and m.entry.label not in _NO_HOLDER]
    if headline and not rules.after and _title_case(text):
        return []  # "Chinese Vice Premier Meets Vietnamese Leaders": every English word is capitalised
    members = _members_of(text, mentions, rules) if rules.members else []
    if not titles:
        return members
    # Acts, cues and tiers are words of the sentence, not names: "met", "đã tiếp" end a name like any word.
    # A firm's name ("Boeing China President Alvin Liu") is read as any capitalised word of a company's
    # title, as before firms were listed (entities kind firm, role aimed).
    # A rank read as a class title is passed over by another title's reach, as `ranks` are ("U.S. Pacific
    # Fleet Commander Admiral Scott Swift").
    taken = [(m.start, m.start + len(m.term), m) for m in mentions
             if m.entry.role not in ("action", "cue", "tier", "aimed")
             and not (m.entry.label in rules.rank_heads and m.entry is _class_entry(m.entry.label))]
    reads = []
    for title in titles:
        read = _after(text, title, taken, rules) if rules.after else _before(text, title, taken, rules)
        if read:
            reads.append((read, title))
    reading = {title.start for _, title in reads}  # the titles that read a name after them: no apposition's
    unread = [t for t in titles if t.start not in reading]
    found: list[tuple[int, int, str, str]] = []
    names: set[str] = set()
    apposed = list(_appositions(text, unread, taken, mentions, rules))
    for read, title in chain(reads, apposed):
        if read[2] not in names and read[2].casefold() not in rules.of_history:
            found.append(read)
            names.add(read[2])
            if speakers is not None and title.entry is _SPOKESPERSON:
                speakers.add(read[2])
    found.extend(read for read in members if read[2] not in names)
    return found


_ARTICLES = frozenset({"the", "a", "an", "its", "this", "that"})  # no name of a person follows one
# A name of two or three Latin words (a middle initial too) right before "of the": "Maria Lopez of the".
_WORD = r"[A-Z][a-z]+(?:[-'’][A-Za-z]+)*"
_MEMBER = re.compile(rf"(?<![\w.’'-])({_WORD}(?:\s+[A-Z]\.)?(?:\s+{_WORD}){{1,2}})\s+of\s+the\s+")


def _members_of(text: str, mentions: list[Mention], rules: _Titled) -> list[tuple[int, int, str, str]]:
    """Office-holders named by the state body they serve (English): a name of two or three Latin words
    right before "of the" and a body of one of the three's state the lexicon reads (grammar `members`:
    its institution kind, "the White House", "the State Department", "the Pentagon"), then only that
    body's own words (`portfolio`) to a lower-case word or the segment's end: "led by Maria Lopez of the
    White House National Security Council". A country ("of the United States"), a body no lexicon reads
    as the state's ("of the Brookings Institution") or one of its words running on ("of the State
    Department's ...", "of the Pentagon Papers") names no one; nor a name a lexicon word stands in, one
    after a capitalised word (a title the other readers read), or a former member's ("former")."""
    if " of the " not in text:
        return []
    found: list[tuple[int, int, str, str]] = []
    for m in _MEMBER.finditer(text):
        body = next((hit for hit in mentions if hit.start == m.end()), None)
        if body is None or body.entry.role != "country" or body.entry.kind not in rules.members \
                or len(body.entry.codes) != 1 or body.entry.codes[0] not in rules.canonical:
            continue
        if not _portfolio_after(text, body.start + len(body.term), rules) \
                or _covering_after(text, body.start + len(body.term), rules):
            continue
        if any(hit.start < m.end(1) and m.start(1) < hit.start + len(hit.term) for hit in mentions):
            continue  # a listed person, a country or an act word inside the run
        before = re.search(r"([^\W\d_][\w'’.-]*)\s+$", text[:m.start(1)])
        if before is not None and (before.group(1)[:1].isupper() or before.group(1) in _ARTICLES):
            # "Deputy Adviser Jon Finer of the ...": a title's reader reads it, or a longer name; "in the East
            # Room of the White House": an article makes it a part of the building, no one
            continue
        if _not_now(text, m.start(1), rules):
            continue
        name = " ".join(m.group(1).split())
        if any(w.casefold() in rules.not_names for w in name.split()):
            continue
        found.append((m.start(1), m.end(1), name, body.entry.codes[0]))
    return found


# The office a spokesperson's act word is read as (titled_people): a title of its own, found by identity.
_SPOKESPERSON = Entry(source="offices", kind="-", value="-", label="spokesperson")


def _speaking_titles(mentions: list[Mention], rules: _Titled) -> list[Mention]:
    """The act words naming a spokesperson (grammar `speaking`), read as a title here only: "Chinese Embassy
    spokesperson Liu Pengyu" names the holder as "Vice Foreign Minister Ma Zhaoxu" does; elsewhere the
    word stays an act word of saying, no office that would make two countries' office-holders meet."""
    if not rules.speaking:
        return []
    return [Mention(m.start, m.term, _SPOKESPERSON) for m in mentions
            if m.entry.role == "action" and m.term in rules.speaking]


@cached
def _class_entry(label: str) -> Entry:
    """The office a head word of grammar `class_heads` is read as (_class_titles), one entry per head."""
    return Entry(source="offices", kind="-", value="-", label=label)


def _class_titles(text: str, mentions: list[Mention], rules: _Titled, script: str) -> list[Mention]:
    """The head words of an office as a class (grammar `class_heads`: "Secretary", "Minister", "Governor",
    "Attorney General"), read as titles here only, where no lexicon word covers them: "U.S. Health and Human
    Services Secretary Ann Lee", "Oregon Governor Tina Kotek" name their holder as the listed
    offices do. Whose office it is stays the titles' test: a country (or a state of one of the three,
    _region_before) through the office's own words right before it, or an office only one of the three has
    (`sole`: "Attorney General"). Elsewhere the word is no office: no encounter of two countries' officials
    is read from it, as no lexicon holds it."""
    if rules.class_heads is None:
        return []
    spans: list[tuple[int, int]] | None = None  # the lexicon's offices, read at the first head word only
    found = []
    for hit in rules.class_heads.finditer(text):
        at, end = hit.span()
        if spans is None:  # "leader" of "Majority Leader" names no holder alone
            spans = [(m.start, m.start + len(m.term)) for m in mentions if m.entry.label not in _NO_HOLDER]
        if any(low < end and at < high for low, high in spans):
            continue  # "Commerce Secretary", "General Secretary": the lexicon's own office
        found.append(Mention(at, fold_term(hit.group(), script), _class_entry(hit.group().casefold())))
    return found


@cached
def _act_titles(script: str) -> dict[str, tuple[int, str, Entry]]:
    """Acts whose term ends with a title ("tiếp Đại sứ": to receive an ambassador), by folded term: where
    the title opens in the term, the title's term and its office entry."""
    entries = load_entries().get(script, {})
    found: dict[str, tuple[int, str, Entry]] = {}
    for term, hits in entries.items():
        if not any(e.role == "action" for e in hits):
            continue
        words = term.split(" ")
        for first in range(1, len(words)):
            tail = " ".join(words[first:])
            office = next((e for e in entries.get(tail, ()) if e.role in ("office", "title")), None)
            if office is not None:
                found[term] = (len(term) - len(tail), tail, office)
                break
    return found


def _titles_in_acts(mentions: list[Mention], script: str) -> list[Mention]:
    """The titles that end an act's term: the matcher reads "tiếp Đại sứ Mỹ ... Gregory Landis" as the act
    "tiếp Đại sứ" alone, so the ambassador's title is read back out of it (the act stays an act)."""
    acts = _act_titles(script)
    if not acts:
        return []
    found = []
    for m in mentions:
        if m.entry.role == "action" and m.term in acts:
            at, tail, office = acts[m.term]
            found.append(Mention(m.start + at, tail, office))
    return found


def _title_case(text: str) -> bool:
    """Whether a headline capitalises its words (a title-case headline): a verb looks like a name there."""
    words = [w for w in re.findall(r"[^\W\d_]+", text) if len(w) > 3]
    return len(words) > 2 and sum(w[0].isupper() for w in words) > 0.6 * len(words)


def _reading(text: str, start: int) -> Iterator[tuple[int, int, str]]:
    """The words and punctuation of `text` from `start`, with their spans, one at a time: a title's reach
    ends within a few words (a stop, a verb, `_GAP`), so the rest of a long sentence is never tokenised."""
    for m in _TOKEN.finditer(text, start):
        yield m.start(), m.end(), m.group()


def _covering(at: int, end: int, taken: list[tuple[int, int, Mention]]) -> Mention | None:
    """The lexicon hit overlapping text[at:end], if any."""
    return next((m for low, high, m in taken if low < end and at < high), None)


def _chain_start(title: Mention, taken: list[tuple[int, int, Mention]], text: str) -> int:
    """Where a chain of titles opens: "Phó Chủ tịch UBND tỉnh" read back from its last title over the
    titles right before it (only spaces between)."""
    start = title.start
    while True:
        before = next((low for low, high, m in taken if m.entry.role in ("office", "title")
                       and high <= start and not text[high:start].strip()), None)
        if before is None or before >= start:
            return start
        start = before


def _inside_name(text: str, start: int, taken: list[tuple[int, int, Mention]], rules: _Titled) -> bool:
    """Whether a Vietnamese title is a word of a body's name: a capitalised word no lexicon reads stands
    right before it ("Bộ Tư lệnh Thái Bình Dương" is the Pacific Command, no commander named), other than a
    grade of the title (`grades`: "Phó Tổng Tham mưu trưởng" is the deputy chief of staff)."""
    before = re.search(r"([^\W\d_]+)\s+$", text[max(0, start - 24):start])
    return before is not None and before.group(1)[0].isupper() \
        and before.group(1).casefold() not in rules.grades \
        and _covering(start - len(before.group(0)), start - len(before.group(0)) + len(before.group(1)),
                      taken) is None


def _of_body(reach: str, rules: _Titled) -> bool:
    """Whether a title's reach opens with the name of a body that is no government (grammar `bodies`:
    "Hội Nông dân", "Công ty"), not a council of the state (`state_bodies`: "Hội đồng")."""
    # the first three words only: the reach runs to the sentence's end, folding and splitting it all is waste
    words = [w.casefold() for w in reach.split(None, 3)[:3]]
    opens = [" ".join(words[:size]) for size in (1, 2, 3)]
    return any(o in rules.bodies for o in opens) \
        and not any(o in rules.state_bodies for o in opens)


def _not_now(text: str, start: int, rules: _Titled) -> bool:
    """Whether the two words right before a title (or its country) make its holder no one of the event:
    a former or coming holder ("nguyên", "former", "incoming"), a relative ("vợ", "Phu nhân", "wife of"),
    a memorial of a dead leader ("Khu lưu niệm Tổng Bí thư ...", "mộ", "đền thờ")."""
    # within the title's clause: a dateline's place is no former word ("Thái Nguyên (TTXVN) - Đại sứ ...")
    clause = _CLAUSE_MARK.split(text[max(0, start - 24):start])[-1]
    written = _LETTERS.findall(clause)
    # a capitalised word after another, with a word between it and the title, is the end of a name, no word
    # of a relative ("Nguyen Van Son and U.S. Consul General ...", "Trần Văn Con và ..."): it is left out; a
    # word right before the title stays ("Meets Former U.S. President"), and a relative's phrase of two words
    # is read as written ("Bà Phu nhân Tổng thống")
    last = len(written) - 1
    words = [w.casefold() for i, w in enumerate(written)
             if not (w[0].isupper() and 0 < i < last and written[i - 1][0].isupper())][-2:]
    not_now = rules.not_now
    return (any(w in not_now for w in words) or " ".join(words) in not_now
            or " ".join(written[-2:]).casefold() in not_now)


def _links(text: str, title: Mention, taken: list[tuple[int, int, Mention]], rules: _Titled
           ) -> list[int]:
    """Where each link of a chain of titles opens, the title's own link first: titles joined by spaces
    ("Phó Chủ tịch UBND tỉnh") make one link, a comma joins one more ("nguyên Phó Thủ tướng, Bộ trưởng
    Ngoại giao Phạm Gia Tuấn": one person's offices, all of them under "nguyên"). Between a title and the
    comma only its portfolio's words stand, never a name ("Bộ trưởng Lê Văn A, Đại sứ ..." is two
    people)."""
    surnames = rules.surnames
    links = [_chain_start(title, taken, text)]
    while True:
        # a comma right before the link, only spaces between (stripped, not searched for from every position)
        before = text[:links[-1]].rstrip()
        if not before.endswith(","):
            return links
        comma = len(before) - 1
        # the title closest before the comma, with only its portfolio's words and countries between
        # ("nguyên Đại sứ Việt Nam tại Mỹ, Thứ trưởng ..."), no name opening with a surname
        titles = [(low, high, m) for low, high, m in taken
                  if high <= comma and m.entry.role in ("office", "title")]
        if not titles:
            return links
        low, high, hit = titles[-1]
        others = [m for at, end, m in taken if high <= at and end <= comma
                  and m.entry.role not in ("country", "place")]
        words = [(at, stop, w) for at, stop, w in _reading(text[:comma], high)
                 if _covering(at, stop, taken) is None]
        if others or len(words) > 6 or any(not w.isalpha() for _, _, w in words) \
                or any(w[:1].isupper() and w.casefold() in surnames for _, _, w in words):
            return links
        links.append(_chain_start(hit, taken, text))


def _headed_abroad(text: str, start: int, taken: list[tuple[int, int, Mention]], rules: _Titled
                   ) -> bool:
    """Whether a title heads a delegation or side of a country other than the copy's own: "đoàn Bộ Ngoại
    giao Trung Quốc do Thứ trưởng Trương Hán Huy dẫn đầu", "phía Trung Quốc có Thứ trưởng ...". The
    delegation (a word of `groups`) and a word of `heads` ("do", "gồm") stand before the title; the last
    country or place named between them is the holder's."""
    groups, heads = rules.groups, rules.heads
    before = text[:start].rstrip(" ,")
    # only the end of the text before the title is folded: folding maps each character to one or more, so
    # the folded end holds the folded whole's last characters, a space and the longest head word at least
    end = before[-rules.head_reach:].casefold()
    head = next((h for h in heads if end.endswith(" " + h)), None)
    if head is None:
        return False
    opened = before[:len(before) - len(head)]
    words = list(re.finditer(r"[^\W\d_]+|[.;:!?()]", opened))
    group = next((w for w in reversed(words) if w.group().casefold() in groups or not w.group().isalpha()),
                 None)
    if group is None or not group.group().isalpha():
        return False  # no delegation named in the clause: "có" of "dự buổi tiếp có ..." heads nothing
    named = [m for low, high, m in taken if group.end() <= low and high <= len(opened)
             and m.entry.role in ("country", "place")]
    if not named:
        return False
    codes = [c for c in named[-1].entry.codes if c in TRIO]
    return not codes or codes[0] != rules.home


def _after(text: str, title: Mention, taken: list[tuple[int, int, Mention]], rules: _Titled
           ) -> tuple[int, int, str, str] | None:
    """The name after a title whose country follows it (Vietnamese): through the portfolio's words (its
    lower-case ones of grammar `inner`), a country (the first named is the holder's: "Đại sứ Việt Nam tại
    Mỹ"), a unit's name after a local title, to the first capitalised run that is a name: a Vietnamese
    one (a surname of the list, then one to three syllables) for Vietnam, Latin words for the US. A title
    (it reads its own name), a non-state body, a country outside the three, a person of the list, any
    other lower-case word or punctuation ends the reach."""
    # The name is sought first and the title's surroundings read only where one stands after it: most titles
    # name no one the list does not hold (a listed person, a verb ends the reach), and the tests of what
    # stands before the title (a former holder, a body's name, a chain of titles, a delegation abroad) read
    # far more of the sentence than the few words after it. Every test is pure: the order changes nothing.
    chain: list[int] = []  # the chain's links (_links), read once, on first need

    def links() -> list[int]:
        if not chain:
            chain.extend(_links(text, title, taken, rules))
        return chain

    abroad: list[bool] = []  # whether the title heads a delegation abroad, read once, on first need

    def headed_abroad() -> bool:
        if not abroad:
            abroad.append(_headed_abroad(text, links()[-1], taken, rules))
        return abroad[0]

    name = _name_after(text, title, taken, rules, headed_abroad)
    if name is None or any(_not_now(text, at, rules) for at in links()) \
            or _inside_name(text, links()[0], taken, rules) \
            or _of_body(text[title.start + len(title.term):], rules):
        return None
    return name


def _name_after(text: str, title: Mention, taken: list[tuple[int, int, Mention]], rules: _Titled,
                headed_abroad: Callable[[], bool]) -> tuple[int, int, str, str] | None:
    """The name _after reads after a title, before the tests of what stands before the title; where no
    country follows the title, a title heading a delegation abroad (`headed_abroad`) names no one."""
    surnames, inner, places = rules.surnames, rules.inner, rules.places_after
    units, calendar = rules.units, rules.calendar
    end = title.start + len(title.term)
    local = title.term in rules.local
    country = ""
    run: list[tuple[int, int, str]] = []
    words: list[str] = []  # the words read after the title
    # A capitalised run that is no name, before any country, opens a word of the portfolio written in
    # sentence case ("Dịch vụ Nhân sinh"): the one lower-case syllable right after it is that word's own.
    compound = False
    post: Mention | None = None  # a third country read past as an envoy's post
    # a rank with no country after it: its holder's apposition may name one (_apposed_rank_country)
    rank = title.entry.label in rules.rank_heads and title.entry is _class_entry(title.entry.label)
    for at, stop, word in _reading(text, end):
        hit = _covering(at, stop, taken)
        if hit is not None and run and hit.entry.role == "org" and word[0].isupper() and " " not in hit.term:
            hit = None  # a word of a body inside a name ("Trần Việt Trường": "trường" is a school)
        punct = _PUNCT.fullmatch(word) is not None
        # a calendar word ends a name ("Gregory Landis Thứ Hai"): no syllable of one
        capital = not punct and hit is None and word[0].isupper() \
            and not (run and word.casefold() in calendar)
        if not capital and run:
            if not country and headed_abroad():
                return None
            if not country and rank:  # "Trung tướng Vương Tú Bân, Phó Tư lệnh ... Trung Quốc,"
                country = _apposed_rank_country(text, run[-1][1], taken, rules)
            named, code = _past_region(run, local, country)
            name = _vietnamese_name(named, surnames, local, code, rules)
            if name:
                return name
            compound = not country and not local
            local, run = False, []  # the unit's name is read: the next run must be a name of its own
        elif not capital:
            compound = False
        if punct or len(words) >= _GAP and not (run and capital):  # a name running on is read whole
            return None
        if hit is not None:
            if hit is not post and hit.entry.role not in ("country", "place"):
                if not (country and words and words[-1] in rules.posts
                        and not any(c in TRIO for c in hit.entry.codes)):
                    return None  # a third country ends the reach, save as the post after the holder's country
                post = hit  # "Đại sứ Trung Quốc tại Hàn Quốc": read past, as a place
            local = False  # a unit named by the gazetteer ("UBND tỉnh Quảng Ninh"): its name is read
            if not country:
                country = next((code for code in hit.entry.codes if code in TRIO), "-")
        elif capital:
            if not run and words and (words[-1] in units or " ".join(words[-2:]) in units):
                local = True  # "Chủ tịch tỉnh Hà Tĩnh": the run opens with the unit's name, a name may follow
            elif not run and words and (words[-1] in places or " ".join(words[-2:]) in places):
                return None  # "phường Trần Hưng Đạo", "phố Lê Duẩn": a place, not the holder
            run.append((at, stop, word))
        elif word.casefold() not in inner and not compound:
            return None  # a verb or a common word: the title named no one here
        words.append(word.casefold())
    if not run or not country and headed_abroad():
        return None
    named, code = _past_region(run, local, country)
    return _vietnamese_name(named, surnames, local, code, rules)


def _apposed_rank_country(text: str, end: int, taken: list[tuple[int, int, Mention]], rules: _Titled) -> str:
    """The country of a rank's holder no country follows, told by the apposition right after the name: a
    comma, then a segment opening with a capitalised word (a title) whose first country of the three is
    another than the home one ("Thiếu tướng Vương Tú Bân, Tùy viên Quốc phòng Trung Quốc", "Chuẩn Đô đốc
    Michael Studeman, Chỉ huy Hạm đội 7 Hoa Kỳ"); else "" (the home country: "Thiếu tướng Lê Quang Đạo, Tư
    lệnh Cảnh sát biển Việt Nam", "Đại tá Trần Văn Tám, đã tiếp ...", a post: "..., Tùy viên Quốc phòng tại
    Hoa Kỳ")."""
    comma = _APPOSITION_COMMA.match(text[end:end + 8])
    if comma is None or not text[end + comma.end()].isupper():
        return ""
    low = end + comma.end()
    high = low + len(_SEGMENT_MARK.split(text[low:low + 120])[0])
    # a country after a word of `posts` is the holder's post, not his ("Tùy viên Quốc phòng tại Hoa Kỳ")
    post = next((m for m in _LETTERS.finditer(text[low:high]) if m.group().casefold() in rules.posts),
                None)
    high = high if post is None else low + post.start()
    code = next((c for at, _, m in sorted(taken, key=lambda t: t[0]) if low <= at < high
                 and m.entry.role == "country" for c in m.entry.codes[:1] if c in TRIO), "")
    return "" if code == rules.home else code


def _past_region(run: list[tuple[int, int, str]], local: bool, country: str
                 ) -> tuple[list[tuple[int, int, str]], str]:
    """The run and the country for the name: after a unit's word with no country named ("Thống đốc bang
    Oregon Tina Kotek", "Thị trưởng thành phố Seattle ..."), a run opening with a US state or city of
    the gazetteer is read past it, the US the country (the copy's home reads its own units' names; a
    Chinese name in Vietnamese copy is no gold spelling); else the run and country as they are."""
    if not local or country:
        return run, country
    names = gazetteer()[1]
    for size in (3, 2, 1):
        if len(run) - size < 2:
            continue
        city = names.get(fold_text(" ".join(w for _, _, w in run[:size])))
        if city is not None and city.country == "USA":
            return run[size:], city.country
    return run, country


def _vietnamese_name(run: list[tuple[int, int, str]], surnames: frozenset[str], local: bool, country: str,
                     rules: _Titled) -> tuple[int, int, str, str] | None:
    """A run of capitalised words as a name of the title's country: for Vietnam (or no country named) a
    surname of the list and one to three syllables, the whole run, or after a local title the run's end
    past the unit's name ("Quảng Ninh Cao Tường Huy"); for the US two or three Latin words."""
    canonical = rules.canonical
    code = country or rules.home
    if code in rules.hanviet and not local:
        # a Chinese name in Hán-Việt syllables: the whole run, read back into pinyin (hanviet.py)
        words = [w for _, _, w in run]
        name = chinese_name(words) if all(w.isalpha() for w in words) else None
        return None if name is None else (run[0][0], run[-1][1], name, code)
    if code not in canonical:
        return None
    if code == "USA":
        if 2 <= len(run) <= 3 and all(_LATIN.fullmatch(w) for _, _, w in run):
            return run[0][0], run[-1][1], " ".join(w for _, _, w in run), code
        return None
    if code != rules.home:
        return None
    # After a local title the name is the run's end: three syllables first (most names), then four, then
    # two ("Hà Giang Nguyễn Văn Sơn": not "Giang Nguyễn Văn Sơn"); the unit keeps a word at least. A run
    # of three or four syllables opening with a surname is the name whole, the unit left unnamed ("Phó Chủ
    # tịch UBND tỉnh Nguyễn Văn Sơn", not "Văn Sơn"); a run of two is the unit's name ("tỉnh Thái Bình",
    # "huyện Văn Lâm"), two-syllable names of officials being rare.
    starts = [len(run) - size for size in (3, 4, 2) if len(run) - size >= 1] if local else [0]
    if local and 3 <= len(run) <= _REACH and run[0][2].casefold() in surnames:
        starts = [0]
    for first in starts:
        name = run[first:]
        if 2 <= len(name) <= _REACH and name[0][2].casefold() in surnames \
                and all(w[:1].isupper() and w.isalpha() for _, _, w in name):
            return name[0][0], name[-1][1], " ".join(w for _, _, w in name), code
    return None


def _before(text: str, title: Mention, taken: list[tuple[int, int, Mention]], rules: _Titled
            ) -> tuple[int, int, str, str] | None:
    """The name after a title whose country stands before it (English): the country right before the
    title, or at most three capitalised words before it ("U.S. Deputy Assistant Secretary of Defense"),
    then after the title its reach ("to Vietnam", "to the United States"), ranks, and two or three
    capitalised Latin words standing alone (no capitalised word after them): "Chinese Vice Foreign
    Minister Zheng Zeguang", also set off by one comma ("China's ambassador to the United States, Cui
    Tiankai, said")."""
    canonical, ranks, inner = rules.canonical, rules.ranks, rules.inner
    not_names, calendar = rules.not_names, rules.calendar
    start = title.start + len(title.term)
    country = _country_before(text, title, taken, rules) or _sole_country(text, title, taken, rules)
    if country is None:  # "Governor of Oregon Tina Kotek": the region after "of" is the country
        region = _region_of(text, start, taken)
        if region is not None:
            start, code = region
            country = (title.start, code)
    # a rank no country qualifies: the side its holder leads may name it ("Rear Adm. ... led the Chinese
    # delegation"), read once the name is (_led_side)
    led = country is None and title.entry.label in rules.rank_heads
    if not led and (country is None or country[1] not in canonical or _not_now(text, country[0], rules)):
        return None
    run: list[tuple[int, int, str]] = []
    reach: list[str] = []  # the lower-case words read since the title: "to", "the"
    apposed = False  # the name set off by a comma after the title's reach ("ambassador to Vietnam, ...")
    for at, stop, word in _reading(text, start):
        hit = _covering(at, stop, taken)
        if hit is not None and hit.entry.role == "other" and " " not in hit.term and _LATIN.fullmatch(word) \
                and not run and _LATIN.fullmatch(next(_reading(text, stop), (0, 0, ""))[2]):
            hit = None  # a given name another lexicon word spells ("Governor Kim Reynolds": Korea's Kim)
        if hit is not None:
            if run or hit.entry.role != "country" or not ("to" in reach or "for" in reach) or apposed:
                return None  # a name running into a hit, a listed person, "and U.S. ...": no name here
            continue  # "Ambassador to Vietnam", "Assistant Trade Representative for China Affairs"
        if word == "," and not run and not apposed:
            # "The U.S. ambassador to Vietnam, Robert Kimmel, met ...": one comma opens the name
            apposed = True
            continue
        if not run and reach and reach[-1] in ("of", "for", "and") and word.casefold() in rules.portfolio:
            continue  # the office's own words, lower-case too: "vice minister of commerce, Wang Chao"
        if _PUNCT.fullmatch(word) or not word[0].isupper():
            if apposed and not run:
                return None  # "..., said on Monday": the comma opens no name
            if run or word.casefold() not in inner:
                break
            reach.append(word.casefold())
            continue
        if not run and word.casefold() in ranks:
            continue
        if not run and reach and reach[-1] in ("of", "for", "and") and word.casefold() in rules.portfolio:
            continue  # "Under Secretary of Commerce for International Trade": the office's own words
        if run and word.casefold() in calendar:
            break  # "Vice Commerce Minister Sheng Qiuping Monday met ...": Xinhua's day after the name
        if run and word in _SUFFIX:
            run.append((at, stop, word))
            break  # "Senator Robert Casey Jr.": the suffix ends the name, kept with its stop
        if word.endswith(("'s", "’s")) or not _LATIN.fullmatch(word) or len(run) == 3 \
                or word.casefold() in not_names:
            return None  # a possessive ("Burns's son"), a word not a name's, a run too long for one
        run.append((at, stop, word))
    words = [w for _, _, w in run if w not in _SUFFIX]
    if not 2 <= len(words) <= 3 or words[-1].endswith("."):
        return None
    if country is None:
        code = _led_side(text, run[-1][1], taken)
        if code is None or code not in canonical or _not_now(text, title.start, rules):
            return None
        country = (title.start, code)
    return run[0][0], run[-1][1], " ".join(w for _, _, w in run), country[1]


# After a name: its unit ("of the People's Liberation Army Navy"), then a verb of leading and "the", where
# the side's country stands; then that side's word (_led_side).
_LEADS = re.compile(r"(?:\s+of\s+the\s+[^,;:.()]{1,60}?)?"
                    r"\s+(?:led|leads|leading|headed|heads|heading)\s+the\s+")
_SIDE = re.compile(r"(?:['’]s)?\s+(?:[A-Za-z-]+\s+){0,2}?(?:delegation|side|team)\b")


def _led_side(text: str, end: int, taken: list[tuple[int, int, Mention]]) -> str | None:
    """The country of the side a rank's holder leads, told right after the name: "Rear Adm. Liao Shining of
    the People's Liberation Army Navy led the Chinese delegation", "Captain Paul Schlise leads the U.S.
    side": one country of the three right after "the", then at most two words and the side's word."""
    found = _LEADS.match(text, end)
    if found is None:
        return None
    hit = next(((m, high) for low, high, m in taken
                if low == found.end() and m.entry.role == "country"), None)
    if hit is None or len(hit[0].entry.codes) != 1 or hit[0].entry.codes[0] not in TRIO \
            or not _SIDE.match(text, hit[1]):
        return None
    return hit[0].entry.codes[0]


_REGION_OF = re.compile(r"\s+of\s+((?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*)")


def _region_of(text: str, end: int, taken: list[tuple[int, int, Mention]]) -> tuple[int, str] | None:
    """(end, code) of a state, province or city of the gazetteer of one of the three right after a title
    through "of" ("Governor of Oregon Tina Kotek", "Mayor of Shanghai ..."), no lexicon word in it:
    the name is read after it. The longest name of the capitalised words first ("of South Carolina")."""
    found = _REGION_OF.match(text, end)
    if found is None:
        return None
    names = gazetteer()[1]
    words = list(re.finditer(r"\S+", found.group(1)))
    for last in range(len(words) - 1, -1, -1):
        high = found.start(1) + words[last].end()
        city = names.get(fold_text(text[found.start(1):high]))
        if city is None:
            continue
        covered = _covering(found.start(1), high, taken)
        if city.country not in TRIO or covered is not None and covered.entry.role != "place":
            return None  # a lexicon word other than a city's ("Governor of the Bank")
        return high, city.country
    return None


def _sole_country(text: str, title: Mention, taken: list[tuple[int, int, Mention]], rules: _Titled
                  ) -> tuple[int, str] | None:
    """(start, code) of the one country of the three that has the title's office (grammar `sole`: only
    the US has a Deputy Assistant Secretary of State), where no country word stands in the words right
    before the title: a third country's ("British Under Secretary") or a company's makes it none."""
    code = rules.sole.get(title.entry.label)
    if code is None:
        return None
    clause = _CLAUSE_MARK.split(text[max(0, title.start - 40):title.start])[-1]
    low = title.start - len(clause)
    # a country before a person named in the clause is that person's ("Chinese Defense Minister Dong Jun met
    # Assistant Secretary of Defense ..."), not the title's
    past_person = max([low, *(high for at, high, m in taken if m.entry.role == "person" and low <= at
                              and high <= title.start)])
    # a third country's word counts too ("Japanese lower house Speaker ..."), its office no US one
    if any(m.entry.role in ("country", "other") and past_person <= at < title.start for at, _, m in taken):
        return None
    # "Vice Speaker", "Special Representative": an office Congress names bare is any country's after a grade
    last = re.findall(r"[^\W\d_][\w'’.-]*", clause)
    if title.entry.label in rules.bare_sole and last and last[-1].casefold() in rules.not_bare:
        return None
    # the word before the title and its grade words: a capitalised word other than an opener is a country's
    # or a body's the lexicon does not read ("British Under Secretary", "Boeing Vice President")
    words = [w for w in re.findall(r"[^\W\d_][\w'’.-]*", clause) if w.casefold() not in rules.portfolio]
    if words and words[-1][:1].isupper() and words[-1].casefold().rstrip(".") not in rules.openers:
        return None
    return title.start, code


def _country_before(text: str, title: Mention, taken: list[tuple[int, int, Mention]], rules: _Titled
                    ) -> tuple[int, str] | None:
    """(start, code) of the country of the three qualifying an English title from before it, where the
    country word names the state: right before the title, or with at most three words of an office
    between (`portfolio`: "U.S. Deputy Commerce Secretary", not "U.S. Steel President", "American Red
    Cross President", "Chinese Football Association President"), and no company's or body's name glued to
    it from before (a capitalised word other than the `openers` of a sentence: "Boeing China President",
    "Tesla China President"; a name of "of": "Bank of China Chairman")."""
    portfolio, openers = rules.portfolio, rules.openers
    before = [(low, high, m) for low, high, m in taken if high <= title.start]
    # a body's name the lexicon reads whose words are all an office's own is a word of the portfolio: "White
    # House National Security Council spokesman" ("Security Council" is also the UN's)
    while before and before[-1][2].entry.role in ("other", "org") \
            and all(w in portfolio for w in before[-1][2].term.split()):
        before.pop()
    if not before or before[-1][2].entry.role != "country":
        return _region_before(text, title, before, rules)
    low, high, hit = before[-1]
    between = re.sub(r"^['’]s\b", "", text[high:title.start])  # "China's Vice Foreign Minister"
    if not _portfolio_words(between.split(), rules) or re.search(r"[,;:()]", between):
        return None
    glued = re.search(r"([^\W\d_][\w'’.&-]*)\s+$", text[:low])
    if glued is not None:
        word = glued.group(1)
        if word[0].isupper() and word.casefold().rstrip(".") not in openers \
                and _covering(glued.start(1), glued.end(1), taken) is None:
            return None  # "Boeing China President Alvin Liu": a company's branch, not the state
        if word == "of" and re.search(r"[A-Z][\w'’]*\s+of\s+$", text[:low]):
            return None  # "Bank of China Chairman", "Republic of China President"
    code = next((c for c in hit.entry.codes if c in TRIO), "")
    return (low, code) if code and len(hit.entry.codes) == 1 else None


_PORTFOLIO_REACH = 3  # an office's own words between its country and its title, joiners not counted


def _portfolio_words(words: list[str], rules: _Titled) -> bool:
    """Whether the words between a title's country and the title are all its office's own (`portfolio`), at
    most three of them, joined by a joiner (`joiners`: "U.S. Health and Human Services Secretary") between
    two of them, never opening or closing the run ("U.S. and Chinese Trade Minister" names no one office)."""
    folded = [w.casefold() for w in words]
    joined = [i for i, w in enumerate(folded) if w in rules.joiners]
    if any(i in (0, len(folded) - 1) for i in joined):
        return False
    own = [w for w in folded if w not in rules.joiners]
    return len(own) <= _PORTFOLIO_REACH and all(w in rules.portfolio for w in own)


_REGION = re.compile(r"(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*$")  # up to three capitalised words


def _region_before(text: str, title: Mention, before: list[tuple[int, int, Mention]], rules: _Titled
                   ) -> tuple[int, str] | None:
    """(start, code) of one of the three whose state, province or city (a gazetteer name no lexicon reads)
    stands right before a title, through the office's own words: "Oregon Governor Tina Kotek",
    "Texas Senator ...". A region of a country outside the three ("Tokyo Governor") names none, nor a
    region glued to a capitalised word before it (a body's name: "Hawaii Pacific University President"),
    nor one a lexicon hit stands in or right after."""
    # the office's own words right before the title ("California Lieutenant Governor") are skipped
    low = max(0, title.start - 80)
    stop = len(text[low:title.start].rstrip()) + low
    for _ in range(_PORTFOLIO_REACH):
        last = re.search(r"\S+$", text[low:stop])
        if last is None or last.group().casefold() not in rules.portfolio:
            break
        stop = len(text[low:low + last.start()].rstrip()) + low
    found = _REGION.search(text, max(0, stop - 60), stop)
    if found is None or found.end() != stop:
        return None
    names = gazetteer()[1]
    run = list(re.finditer(r"\S+", found.group()))
    for first in range(len(run)):  # the longest name first: "South Carolina", not "Carolina"
        city = names.get(fold_text(" ".join(word.group() for word in run[first:])))
        if city is None:
            continue
        at = found.start() + run[first].start()  # where the name opens, whatever spaces part its words
        # a lexicon word over the name is another's (a body, a person), save a city the lexicon reads as
        # a place ("Shanghai Mayor", "Beijing Party Secretary")
        if city.country not in TRIO or any(hit_low < stop and at < hit_high and hit.entry.role != "place"
                                           for hit_low, hit_high, hit in before):
            return None
        glued = re.search(r"([^\W\d_][\w'’.&-]*)\s+$", text[:at])
        if glued is not None and glued.group(1)[0].isupper() \
                and glued.group(1).casefold().rstrip(".") not in rules.openers:
            return None
        return at, city.country
    return None


def with_titled(sentence: Sentence) -> Sentence:
    """The sentence with its titled office-holders among its people (as people_of reads them), the same
    sentence when it names none."""
    if not sentence.titled:
        return sentence
    listed = {name for name, _ in sentence.people}
    added = [(at, end, name, code) for at, end, name, code in sentence.titled if name not in listed]
    if not added:
        return sentence
    people_at = sorted([*sentence.people_at, *((at, name) for at, _, name, _ in added)])
    codes = dict(sentence.people) | {name: code for _, _, name, code in added}
    widened = replace(sentence, people=[(name, codes[name]) for _, name in people_at], people_at=people_at,
                      people_end=sentence.people_end | {at: end for at, end, _, _ in added})
    if widened.ends is not None:
        widened.ends = widened.ends | {at: end for at, end, _, _ in added}
    return widened


_COMMA_AFTER = re.compile(r",\s+")
_RUN_BEFORE = re.compile(r"(?:[^\W\d_][\w'’.-]*\s+){0,3}[^\W\d_][\w'’-]*$")  # the words right before a comma


def _appositions(text: str, titles: list[Mention], taken: list[tuple[int, int, Mention]],
                 mentions: list[Mention], rules: _Titled
                 ) -> Iterator[tuple[tuple[int, int, str, str], Mention]]:
    """Office-holders named before their office, in an apposition closed by a comma or the sentence's end:
    "Jose Fernandez, the U.S. under secretary of state for economic growth, met ...", "Admiral Scott Swift,
    commander of the U.S. Pacific Fleet, ...", "ông Trần Quốc Cường, Bí thư Tỉnh ủy Điện Biên, đã tiếp",
    "Bà Susan Burns, Tổng Lãnh sự Mỹ tại TP HCM, ...". The name is a run of capitalised words no lexicon
    reads, right before a comma; the apposition opens right after it with its office (after at most the
    grammar's `apposed_openers`, within `apposed_reach` comma segments: a list of offices), and that office
    names its country as a title read after its name would (_apposed_country). A former holder ("a former
    U.S. ambassador"), a body that is no government ("Chủ tịch Hội ..."), a third country's office, a
    spelling the gold does not take, or another word first ("Liu, who met U.S. Ambassador ...") name no
    one; nor does a title that names its own holder after it or a listed person in its segment ("... in the
    South China Sea, Chinese foreign ministry spokesman Zhao Lijian said"), nor a run any lexicon word
    (a cue, an act) stands in."""
    if not rules.apposed_reach or not titles:
        return
    starts = sorted(titles, key=lambda m: m.start)
    every: list[tuple[int, int, Mention]] | None = None  # all hits, cues too ("the South China Sea"): built
    # only when a name is read, as most sentences hold no apposition
    last = starts[-1].start
    for comma in _COMMA_AFTER.finditer(text):
        at = comma.end()
        if at > last:
            break  # no title opens after this comma, nor after any later one
        for _ in range(rules.apposed_reach):
            title = _opening_title(text, at, starts, taken, rules)
            if title is not None and _names_one(text, title, taken):
                break
            if title is not None:
                # the name is read only once a title opens the apposition: most commas follow no name
                if every is None:
                    every = [(m.start, m.start + len(m.term), m) for m in mentions]
                name = _run_before(text, comma.start(), every, rules)
                if name is None:
                    break
                code = _apposed_country(text, title, taken, rules)
                if code is not None:
                    read = _as_name(name, code, rules)
                    if read is not None:
                        yield read, title
                break
            # a segment of another office first ("Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Lai Châu")
            following = _COMMA_AFTER.search(text, at)
            if following is None or not text[at:at + 1].isupper():
                break
            at = following.end()


def _run_before(text: str, comma: int, taken: list[tuple[int, int, Mention]], rules: _Titled
                ) -> list[tuple[int, int, str]] | None:
    """The capitalised words right before a comma, none read by the lexicon, none a rank ("Admiral"), the
    run cut after its last rank or address word ("Đô đốc Scott Swift", "ông Trần Quốc Cường")."""
    # `$` anchors at the comma, no slice of the text. The run holds at most four words, so it starts after
    # the fifth whitespace-parted chunk from the comma: the search starts there, not at each earlier letter.
    head = text[:comma].rsplit(None, 4)
    found = _RUN_BEFORE.search(text, len(head[0]) if len(head) == 5 else 0, comma)
    if found is None:
        return None
    words = [(found.start() + m.start(), found.start() + m.end(), m.group())
             for m in re.finditer(r"\S+", found.group())]
    run: list[tuple[int, int, str]] = []
    for at, end, word in reversed(words):
        if not word[:1].isupper() or word.casefold() in rules.ranks or _covering(at, end, taken) is not None:
            break
        if word.casefold() in rules.calendar or word.casefold().rstrip(".") in rules.openers:
            return None  # "On Monday, the U.S. ambassador ...": a sentence's opener, no name
        run.insert(0, (at, end, word))
    return run or None


def _names_one(text: str, title: Mention, taken: list[tuple[int, int, Mention]]) -> bool:
    """Whether a listed person stands in a title's segment after it: the title is theirs ("spokesman Zhao
    Lijian said"), no apposition's."""
    end = title.start + len(title.term)
    stop = end + len(_SEGMENT_MARK.split(text[end:end + 120])[0])
    return any(m.entry.role == "person" and end <= low < stop for low, _, m in taken)


def _opening_title(text: str, at: int, titles: list[Mention], taken: list[tuple[int, int, Mention]],
                   rules: _Titled) -> Mention | None:
    """The title an apposition opens with at `at`: the first title of its segment, with only the grammar's
    `apposed_openers`, a country (English) or portfolio words between, and no other lexicon hit."""
    # `titles` are in order: the first at or after `at` is the only one that may open the segment, and the
    # segment (within 160 characters) is split only when that title is near enough: most commas open none
    title = next((m for m in titles if at <= m.start), None)
    if title is None or title.start >= at + 160:
        return None
    if title.start >= at + len(_SEGMENT_MARK.split(text[at:at + 160])[0]):
        return None
    between = text[at:title.start]
    inside = [(low, high, m) for low, high, m in taken if at <= low and high <= title.start]  # one pass
    if any(m.entry.role != "country" for _, _, m in inside):
        return None
    if inside and rules.after:
        return None  # Vietnamese: the country follows its title
    if inside:
        rest = list(between)  # the words between, less the country read by the lexicon
        for low, high, _ in inside:
            rest[low - at:high - at] = " " * (high - low)
        between = "".join(rest)
    # the possessive of the country blanked out ("China's vice commerce minister") leaves its "s" alone
    words = [w.casefold() for w in re.findall(r"[^\W\d_][\w'’-]*", between) if w != "s"]
    if words and words[0] in rules.apposed_openers:
        words = words[1:]
    if rules.after:  # "Bí thư Tỉnh ủy": an opener of two words, the only words before the title
        # a grade of the title right before it is the title's own ("Phó Tư lệnh", "Quyền Trợ lý Bộ trưởng")
        while words and (words[-1] in rules.grades or " ".join(words[-2:]) in rules.grades):
            words = words[:-1] if words[-1] in rules.grades else words[:-2]
        opened = " ".join(words)
        return title if not words or opened in rules.apposed_openers else None
    return title if all(w in rules.portfolio for w in words) else None


def _apposed_country(text: str, title: Mention, taken: list[tuple[int, int, Mention]], rules: _Titled
                     ) -> str | None:
    """The country of an apposition's title, where it is one of the three: English, the country right
    before it (_country_before) or after it through "of the" ("commander of the U.S. Pacific Fleet") or "at
    the" (its post: "the charge d'affaires at the U.S. Embassy");
    Vietnamese, the first country after it in its segment, else the home country; None for a former
    holder, a body that is no government or a third country."""
    end = title.start + len(title.term)
    segment = _SEGMENT_MARK.split(text[end:end + 120])[0]
    after = [m for low, high, m in taken if end <= low and high <= end + len(segment)
             and m.entry.role in ("country", "place")]
    if any(m.entry.role == "org" for low, high, m in taken if end <= low and high <= end + len(segment)):
        return None  # "Chủ tịch Tập đoàn Vingroup": a body's office, no state's
    if rules.after:
        if _not_now(text, title.start, rules) or _of_body(text[end:], rules):
            return None
        if not after:
            return rules.home
        codes = [c for c in after[0].entry.codes if c in TRIO]
        return codes[0] if codes else None
    country = _country_before(text, title, taken, rules)
    if country is None and title.entry.label in rules.sole:  # "the department's under secretary"
        country = _sole_country(text, title, taken, rules)
    if country is None:
        # "commander of the U.S. Pacific Fleet", "the charge d'affaires at the U.S. Embassy": its post
        of = _POST_OF.match(text[end:])
        hit, high = next(((m, high) for low, high, m in taken if of is not None and low == end + of.end()),
                         (None, 0))
        if hit is None or hit.entry.role != "country" or not _portfolio_after(text, high, rules):
            return None
        codes = [c for c in hit.entry.codes if c in TRIO]
        country = (title.start, codes[0]) if len(hit.entry.codes) == 1 and codes else None
    if country is None or _not_now(text, min(country[0], title.start), rules):
        return None
    return country[1]


def _covering_after(text: str, at: int, rules: _Titled) -> bool:
    """Whether the first lower-case words after a body and its own capitalised words name the press covering
    it (grammar `covering`: "of the White House press pool"): its member is a reporter, no official."""
    rest = re.match(r"(?:\s+[A-Z][\w'’.-]*)*\s+([a-z][\w ]*)", text[at:at + 80])
    return rest is not None and any(re.match(rf"{re.escape(w)}\b", rest.group(1)) for w in rules.covering)


def _portfolio_after(text: str, at: int, rules: _Titled) -> bool:
    """Whether only the words of an office stand after a country ("of the U.S. Pacific Fleet"), up to a
    lower-case word or the segment's end: not a body's name ("of the U.S.-China Business Council")."""
    if text[at:at + 1] not in ("", " ", ","):
        return False
    for word in re.findall(r"\S+", _SEGMENT_MARK.split(text[at:at + 80])[0]):
        if not word[:1].isupper():
            return True
        if word.casefold() not in rules.portfolio:
            return False
    return True


def _as_name(run: list[tuple[int, int, str]], code: str, rules: _Titled) -> tuple[int, int, str, str] | None:
    """The run's end as a name of the office's country, spelt as the gold spells it: two or three Latin
    words for the US (and for China in English copy), a surname of the list and one to three syllables for
    Vietnam; for a country of `hanviet` (China in Vietnamese copy) the run's end of three, then two Hán-Việt
    syllables read back into pinyin (hanviet.py)."""
    if code in rules.hanviet:
        for size in (3, 2):
            words = [w for _, _, w in run[-size:]]
            name = chinese_name(words) if len(words) == size and all(w.isalpha() for w in words) else None
            if name is not None:
                return run[-size][0], run[-1][1], name, code
        return None
    if code not in rules.canonical:
        return None
    if code == rules.home and rules.after:
        for first in range(max(0, len(run) - _REACH), len(run) - 1):
            name = run[first:]
            if name[0][2].casefold() in rules.surnames and all(w.isalpha() for _, _, w in name):
                return name[0][0], name[-1][1], " ".join(w for _, _, w in name), code
        return None
    name = run[-3:] if len(run) >= 3 and all(_LATIN.fullmatch(w) for _, _, w in run[-3:]) else run[-2:]
    if len(name) < 2 or not all(_LATIN.fullmatch(w) and not w.endswith(".") for _, _, w in name) \
            or any(w.casefold() in rules.not_names for _, _, w in name):
        return None
    return name[0][0], name[-1][1], " ".join(w for _, _, w in name), code
