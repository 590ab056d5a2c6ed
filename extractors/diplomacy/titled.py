"""Office-holders the people list does not hold, named in full right after a title of their office.

Wire copy names deputy ministers, ambassadors, provincial leaders and spokespeople no list holds in full.
A name right after a title of an office of one of the three countries ("Thứ trưởng Ngoại giao Lê Văn
Tình", "Chinese Vice Foreign Minister Zheng Zeguang") is that office's holder. It is kept only where the
text writes it as the gold spells it (grammar [titled] `canonical`): a Vietnamese name with its marks in
Vietnamese copy, an American one in English form, a Chinese one in pinyin; never a Sino-Vietnamese reading
of a Chinese name, a Vietnamese name without marks or a Chinese name in characters. These names only join
an event's people (eventpeople.people_of reads them as it reads listed people): they weigh nothing, name
no side, and place or date nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from .grammar import cached, rule
from .lexicon import TRIO, Entry, load_entries
from .sentence import Mention, Sentence
from .text import fold_term

# Office words that name no one office-holder: a delegation, a counterpart, a generic leader.
_NO_HOLDER = frozenset({"delegation", "counterpart", "leader"})
# A word (an initial keeps its stop: "Daniel J. Kritenbrink", and a name's suffix: "Robert Casey Jr."), or a
# punctuation mark.
_TOKEN = re.compile(r"[A-Z]\.(?=\s)|(?:Jr|Sr)\.|[^\W\d_][\w'’-]*|[^\w\s]")
_SUFFIX = frozenset({"Jr.", "Sr."})  # a suffix ends a name whole and counts as none of its words
_PUNCT = re.compile(r"[^\w\s]")  # a token that ends a title's reach: a comma, a bracket, a stop, a dash
_LATIN = re.compile(r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*|[A-Z]\.")  # a word of an English name as written
_CLAUSE_MARK = re.compile(r"[()\[\].,;:!?\"“”]|\s[-–—]+\s")  # what opens a title's clause before it
_LETTERS = re.compile(r"[^\W\d_]+")  # a word of letters
_GAP = 10  # words between a title and the name: a portfolio, a country, "tại Mỹ", a unit's name
_REACH = 4  # words of a Vietnamese name at most: a surname and three syllables ("Tôn Nữ Thị Ninh")


@dataclass(frozen=True, slots=True)
class _Titled:
    """A script's [titled] grammar, its word lists as folded sets."""

    surnames: frozenset[str]
    inner: frozenset[str]
    not_now: frozenset[str]  # with `memorials`: read alike, right before the title
    places_after: frozenset[str]
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
    home: str
    after: bool  # names follow their titles (Vietnamese), else precede them (English)
    local: frozenset[str]  # folded as the matcher folds the titles' terms ("Tỉnh ủy" is read "tỉnh uỷ")


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
        places_after=folded("places_after"), ranks=folded("ranks"), not_names=folded("not_names"),
        of_history=folded("of_history"), bodies=folded("bodies"), state_bodies=folded("state_bodies"),
        units=folded("units"), groups=folded("groups"), heads=heads,
        head_reach=max(map(len, heads), default=0) + 1, calendar=folded("calendar"),
        portfolio=folded("portfolio"), openers=folded("openers"), canonical=frozenset(canonical),
        home=rule(script, "titled", "home", ""),
        after=rule(script, "office", "qualifier", "after") == "after",
        local=frozenset(fold_term(t, script) for t in rule(script, "titles", "local", [])))


def titled_people(text: str, mentions: list[Mention], script: str, headline: bool = False
                  ) -> list[tuple[int, int, str, str]]:
    """(start, end, name as written, country code) of each office-holder the sentence names in full right
    after a title of a Chinese, US or Vietnamese office, where the name is not a listed person's and is
    written as the gold spells it (module doc)."""
    rules = _rules(script)
    if rules is None:  # Chinese copy: a name in characters is not the gold's pinyin
        return []
    mentions = [*mentions, *_titles_in_acts(mentions, script)]
    titles = [m for m in mentions if m.entry.role in ("office", "title") and m.entry.label not in _NO_HOLDER]
    if not titles:
        return []
    if headline and not rules.after and _title_case(text):
        return []  # "Chinese Vice Premier Meets Vietnamese Leaders": every English word is capitalised
    # Acts, cues and tiers are words of the sentence, not names: "met", "đã tiếp" end a name like any word.
    taken = [(m.start, m.start + len(m.term), m) for m in mentions
             if m.entry.role not in ("action", "cue", "tier")]
    found: list[tuple[int, int, str, str]] = []
    for title in titles:
        read = _after(text, title, taken, rules) if rules.after else _before(text, title, taken, rules)
        if read and read[2] not in {name for _, _, name, _ in found} \
                and read[2].casefold() not in rules.of_history:
            found.append(read)
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


def _inside_name(text: str, start: int, taken: list[tuple[int, int, Mention]]) -> bool:
    """Whether a Vietnamese title is a word of a body's name: a capitalised word no lexicon reads stands
    right before it ("Bộ Tư lệnh Thái Bình Dương" is the Pacific Command, no commander named)."""
    before = re.search(r"([^\W\d_]+)\s+$", text[max(0, start - 24):start])
    return before is not None and before.group(1)[0].isupper() \
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
    words = _LETTERS.findall(clause.casefold())[-2:]
    not_now = rules.not_now
    return any(w in not_now for w in words) or " ".join(words) in not_now


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
            or _inside_name(text, links()[0], taken) or _of_body(text[title.start + len(title.term):], rules):
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
            name = _vietnamese_name(run, surnames, local, country, rules)
            if name:
                return name
            local, run = False, []  # the unit's name is read: the next run must be a name of its own
        if punct or len(words) >= _GAP:
            return None
        if hit is not None:
            if hit.entry.role not in ("country", "place"):
                return None
            local = False  # a unit named by the gazetteer ("UBND tỉnh Quảng Ninh"): its name is read
            if not country:
                country = next((code for code in hit.entry.codes if code in TRIO), "-")
        elif capital:
            if not run and words and (words[-1] in units or " ".join(words[-2:]) in units):
                local = True  # "Chủ tịch tỉnh Hà Tĩnh": the run opens with the unit's name, a name may follow
            elif not run and words and (words[-1] in places or " ".join(words[-2:]) in places):
                return None  # "phường Trần Hưng Đạo", "phố Lê Duẩn": a place, not the holder
            run.append((at, stop, word))
        elif word.casefold() not in inner:
            return None  # a verb or a common word: the title named no one here
        words.append(word.casefold())
    if not run or not country and headed_abroad():
        return None
    return _vietnamese_name(run, surnames, local, country, rules)


def _vietnamese_name(run: list[tuple[int, int, str]], surnames: frozenset[str], local: bool, country: str,
                     rules: _Titled) -> tuple[int, int, str, str] | None:
    """A run of capitalised words as a name of the title's country: for Vietnam (or no country named) a
    surname of the list and one to three syllables, the whole run, or after a local title the run's end
    past the unit's name ("Quảng Ninh Cao Tường Huy"); for the US two or three Latin words."""
    canonical = rules.canonical
    code = country or rules.home
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
    Minister Zheng Zeguang"."""
    canonical, ranks, inner = rules.canonical, rules.ranks, rules.inner
    not_names, calendar = rules.not_names, rules.calendar
    country = _country_before(text, title, taken, rules)
    if country is None or country[1] not in canonical or _not_now(text, country[0], rules):
        return None
    run: list[tuple[int, int, str]] = []
    reach: list[str] = []  # the lower-case words read since the title: "to", "the"
    for at, stop, word in _reading(text, title.start + len(title.term)):
        hit = _covering(at, stop, taken)
        if hit is not None:
            if run or hit.entry.role != "country" or "to" not in reach:
                return None  # a name running into a hit, a listed person, "and U.S. ...": no name here
            continue  # "Ambassador to Vietnam"
        if _PUNCT.fullmatch(word) or not word[0].isupper():
            if run or word.casefold() not in inner:
                break
            reach.append(word.casefold())
            continue
        if not run and word.casefold() in ranks:
            continue
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
    return run[0][0], run[-1][1], " ".join(w for _, _, w in run), country[1]


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
    if not before:
        return None
    low, high, hit = before[-1]
    if hit.entry.role != "country":
        return None
    between = re.sub(r"^['’]s\b", "", text[high:title.start])  # "China's Vice Foreign Minister"
    words = between.split()
    if len(words) > 3 or any(w.casefold() not in portfolio for w in words) or re.search(r"[,;:()]", between):
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
