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
from dataclasses import replace

from .grammar import cached, rule
from .lexicon import TRIO
from .sentence import Mention, Sentence
from .text import fold_term

# Office words that name no one office-holder: a delegation, a counterpart, a generic leader.
_NO_HOLDER = frozenset({"delegation", "counterpart", "leader"})
# A word (an initial keeps its stop: "Daniel J. Kritenbrink"), or a punctuation mark.
_TOKEN = re.compile(r"[A-Z]\.(?=\s)|[^\W\d_][\w'’-]*|[^\w\s]")
_PUNCT = re.compile(r"[^\w\s]")  # a token that ends a title's reach: a comma, a bracket, a stop, a dash
_LATIN = re.compile(r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*|[A-Z]\.")  # a word of an English name as written
_GAP = 10  # words between a title and the name: a portfolio, a country, "tại Mỹ", a unit's name
# Sentences this deep or deeper give an event none of its people (eventpeople.PEOPLE_REACH): not read.
PEOPLE_REACH = 10
_REACH = 4  # words of a Vietnamese name at most: a surname and three syllables ("Tôn Nữ Thị Ninh")


@cached
def _rules(script: str) -> dict[str, object] | None:
    """The script's [titled] grammar, with its word lists as folded sets; None where it gives none."""
    canonical = rule(script, "titled", "canonical")
    if not canonical:
        return None
    words = {key: frozenset(w.casefold() for w in rule(script, "titled", key, []))
             for key in ("surnames", "inner", "not_now", "places_after", "ranks", "not_names", "of_history",
                         "bodies", "state_bodies")}
    return {**words, "canonical": frozenset(canonical), "home": rule(script, "titled", "home", ""),
            "after": rule(script, "office", "qualifier", "after") == "after",
            # folded as the matcher folds the titles' terms ("Tỉnh ủy" is read "tỉnh uỷ")
            "local": frozenset(fold_term(t, script) for t in rule(script, "titles", "local", []))}


def titled_people(text: str, mentions: list[Mention], script: str, headline: bool = False
                  ) -> list[tuple[int, int, str, str]]:
    """(start, end, name as written, country code) of each office-holder the sentence names in full right
    after a title of a Chinese, US or Vietnamese office, where the name is not a listed person's and is
    written as the gold spells it (module doc)."""
    rules = _rules(script)
    if rules is None:  # Chinese copy: a name in characters is not the gold's pinyin
        return []
    titles = [m for m in mentions if m.entry.role in ("office", "title") and m.entry.label not in _NO_HOLDER]
    if not titles:
        return []
    if headline and not rules["after"] and _title_case(text):
        return []  # "Chinese Vice Premier Meets Vietnamese Leaders": every English word is capitalised
    # Acts, cues and tiers are words of the sentence, not names: "met", "đã tiếp" end a name like any word.
    taken = [(m.start, m.start + len(m.term), m) for m in mentions
             if m.entry.role not in ("action", "cue", "tier")]
    found: list[tuple[int, int, str, str]] = []
    for title in titles:
        read = _after(text, title, taken, rules) if rules["after"] else _before(text, title, taken, rules)
        if read and read[2] not in {name for _, _, name, _ in found} \
                and read[2].casefold() not in rules["of_history"]:  # type: ignore[operator]
            found.append(read)
    return found


def _title_case(text: str) -> bool:
    """Whether a headline capitalises its words (a title-case headline): a verb looks like a name there."""
    words = [w for w in re.findall(r"[^\W\d_]+", text) if len(w) > 3]
    return len(words) > 2 and sum(w[0].isupper() for w in words) > 0.6 * len(words)


def _tokens(text: str, start: int) -> list[tuple[int, int, str]]:
    """The words and punctuation of `text` from `start`, with their spans."""
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start)]


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


def _of_body(reach: str, rules: dict[str, object]) -> bool:
    """Whether a title's reach opens with the name of a body that is no government (grammar `bodies`:
    "Hội Nông dân", "Công ty"), not a council of the state (`state_bodies`: "Hội đồng")."""
    words = reach.casefold().split()
    opens = [" ".join(words[:size]) for size in (1, 2, 3)]
    return any(o in rules["bodies"] for o in opens) \
        and not any(o in rules["state_bodies"] for o in opens)  # type: ignore[operator]


def _not_now(text: str, start: int, rules: dict[str, object]) -> bool:
    """Whether the two words right before a title (or its country) make its holder no one of the event:
    a former holder ("nguyên", "former", "ex-"), a relative ("vợ", "Phu nhân", "wife of")."""
    words = re.findall(r"[^\W\d_]+", text[max(0, start - 24):start].casefold())[-2:]
    not_now = rules["not_now"]
    assert isinstance(not_now, frozenset)
    return any(w in not_now for w in words) or " ".join(words) in not_now


def _after(text: str, title: Mention, taken: list[tuple[int, int, Mention]], rules: dict[str, object]
           ) -> tuple[int, int, str, str] | None:
    """The name after a title whose country follows it (Vietnamese): through the portfolio's words (its
    lower-case ones of grammar `inner`), a country (the first named is the holder's: "Đại sứ Việt Nam tại
    Mỹ"), a unit's name after a local title, to the first capitalised run that is a name: a Vietnamese
    one (a surname of the list, then one to three syllables) for Vietnam, Latin words for the US. A title
    (it reads its own name), a non-state body, a country outside the three, a person of the list, any
    other lower-case word or punctuation ends the reach."""
    surnames, inner, places = rules["surnames"], rules["inner"], rules["places_after"]
    assert isinstance(surnames, frozenset) and isinstance(inner, frozenset) and isinstance(places, frozenset)
    start = _chain_start(title, taken, text)
    if _not_now(text, start, rules) or _inside_name(text, start, taken):
        return None
    end = title.start + len(title.term)
    if _of_body(text[end:], rules):
        return None
    local = title.term in rules["local"]  # type: ignore[operator]
    country = ""
    run: list[tuple[int, int, str]] = []
    words: list[str] = []  # the words read after the title
    for at, stop, word in _tokens(text, end):
        hit = _covering(at, stop, taken)
        if hit is not None and run and hit.entry.role == "org" and word[0].isupper() and " " not in hit.term:
            hit = None  # a word of a body inside a name ("Trần Việt Trường": "trường" is a school)
        punct = _PUNCT.fullmatch(word) is not None
        capital = not punct and hit is None and word[0].isupper()
        if not capital and run:
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
            if not run and words and (words[-1] in places or " ".join(words[-2:]) in places):
                return None  # "phường Trần Hưng Đạo", "phố Lê Duẩn": a place, not the holder
            run.append((at, stop, word))
        elif word.casefold() not in inner:
            return None  # a verb or a common word: the title named no one here
        words.append(word.casefold())
    return _vietnamese_name(run, surnames, local, country, rules) if run else None


def _vietnamese_name(run: list[tuple[int, int, str]], surnames: frozenset[str], local: bool, country: str,
                     rules: dict[str, object]) -> tuple[int, int, str, str] | None:
    """A run of capitalised words as a name of the title's country: for Vietnam (or no country named) a
    surname of the list and one to three syllables, the whole run, or after a local title the run's end
    past the unit's name ("Quảng Ninh Cao Tường Huy"); for the US two or three Latin words."""
    canonical = rules["canonical"]
    assert isinstance(canonical, frozenset)
    code = country or str(rules["home"])
    if code not in canonical:
        return None
    if code == "USA":
        if 2 <= len(run) <= 3 and all(_LATIN.fullmatch(w) for _, _, w in run):
            return run[0][0], run[-1][1], " ".join(w for _, _, w in run), code
        return None
    if code != rules["home"]:
        return None
    # After a local title the name is the run's end: three syllables first (most names), then four, then
    # two ("Hà Giang Nguyễn Văn Sơn": not "Giang Nguyễn Văn Sơn"); the unit keeps a word at least.
    starts = [len(run) - size for size in (3, 4, 2) if len(run) - size >= 1] if local else [0]
    for first in starts:
        name = run[first:]
        if 2 <= len(name) <= _REACH and name[0][2].casefold() in surnames \
                and all(w[:1].isupper() and w.isalpha() for _, _, w in name):
            return name[0][0], name[-1][1], " ".join(w for _, _, w in name), code
    return None


def _before(text: str, title: Mention, taken: list[tuple[int, int, Mention]], rules: dict[str, object]
            ) -> tuple[int, int, str, str] | None:
    """The name after a title whose country stands before it (English): the country right before the
    title, or at most three capitalised words before it ("U.S. Deputy Assistant Secretary of Defense"),
    then after the title its reach ("to Vietnam", "to the United States"), ranks, and two or three
    capitalised Latin words standing alone (no capitalised word after them): "Chinese Vice Foreign
    Minister Zheng Zeguang"."""
    canonical, ranks, inner = rules["canonical"], rules["ranks"], rules["inner"]
    not_names = rules["not_names"]
    assert isinstance(canonical, frozenset) and isinstance(ranks, frozenset) and isinstance(inner, frozenset)
    assert isinstance(not_names, frozenset)
    country = _country_before(text, title, taken)
    if country is None or country[1] not in canonical or _not_now(text, country[0], rules):
        return None
    run: list[tuple[int, int, str]] = []
    reach: list[str] = []  # the lower-case words read since the title: "to", "the"
    for at, stop, word in _tokens(text, title.start + len(title.term)):
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
        if word.endswith(("'s", "’s")) or not _LATIN.fullmatch(word) or len(run) == 3 \
                or word.casefold() in not_names:
            return None  # a possessive ("Burns's son"), a word not a name's, a run too long for one
        run.append((at, stop, word))
    if not 2 <= len(run) <= 3 or run[-1][2].endswith("."):
        return None
    return run[0][0], run[-1][1], " ".join(w for _, _, w in run), country[1]


def _country_before(text: str, title: Mention, taken: list[tuple[int, int, Mention]]
                    ) -> tuple[int, str] | None:
    """(start, code) of the country of the three qualifying an English title from before it: right before
    it, or with at most three capitalised words between and no other lexicon hit ("U.S. Deputy Commerce
    Secretary", not "Chinese Football Association President")."""
    before = [(low, high, m) for low, high, m in taken if high <= title.start]
    if not before:
        return None
    low, high, hit = before[-1]
    if hit.entry.role != "country":
        return None
    between = re.sub(r"^['’]s\b", "", text[high:title.start])  # "China's Vice Foreign Minister"
    words = between.split()
    if len(words) > 3 or any(not w[:1].isupper() for w in words) or re.search(r"[,;:()]", between):
        return None
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
