"""Event places: gazetteer cities (lexicons/places.tsv) where an event happened, datelines included."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from .dates import told_to_come
from .datewords import date_words
from .gazetteer import (
    CJK,
    City,
    city_of,
    fold_text,
    gazetteer,
    gazetteer_rows,
    written_as_name,
)
from .grammar import cached, grammar, kind_set, languages, registry, shared, shared_pattern, shared_table
from .lexicon import load_entries
from .prefixed import Alternation, compile_prefixed
from .text import POSSESSIVE, clause_span, traditional_forms

LOCATIVE_REACH = 48  # characters after a locative that may hold a bridge and a city
# What may follow a city at the head of a story for it to be a dateline: a date, an agency in brackets,
# then a dash ("HANOI (Reuters) -", "Hà Nội, 10/9 -", "WASHINGTON, Sept 10 —").
_DATELINE_TAIL = re.compile(
    r"(?:\s*,\s*[^()\n\-–—]{1,25}?)?\s*(?:[(（][^)）\n]{1,40}[)）])?\s+(?:--?|[–—])\s")
# "(Beijing / Hanoi Composite Electric)", "（北京/河内综合电）": a bracket opening the story.
DATELINE_REACH = 80
# The end of a source's city, its country in brackets first: "Theo tin từ Oa-sinh-tơn, ...", "... tại Bắc
# Kinh (Trung Quốc), ...".
_COMMA = re.compile(r"(?:\s*[(（][^)）\n]{1,25}[)）])?\s*,")
_DATELINE_CLOSE = re.compile(r"[\s)）\]】]*")  # what may stand between a dateline's end and its sentence
_BRACKET_LINE = re.compile(r"\s*[(（\[【]([^)）\]】\n]{2,60})[)）\]】]")




@dataclass(frozen=True, slots=True)
class Dateline:
    """The dateline opening a sentence: where it ends and the cities it names (several for a composite);
    `compiled` for a dispatch compiled from several reports, whose city is the desk's."""

    end: int
    cities: tuple[City, ...]
    compiled: bool = False


@dataclass(frozen=True, slots=True)
class Report:
    """One sentence of an event, folded where the date and place readers look, with its dateline;
    `headline` when it is the story's title, whose building ("... tại Phủ Chủ tịch") the body may place."""

    text: str
    folded: str
    dateline: Dateline | None
    headline: bool = False
    # Its locatives after the dateline (_located) as far as they were read, and their reader while it
    # has more: an article's events read the same sentences (a copy by `replace` shares them).
    spots: list[tuple[int, City | None]] = field(default_factory=list, compare=False, repr=False)
    unread: list[Iterator[tuple[int, City | None]] | None] = field(default_factory=list, compare=False,
                                                                   repr=False)


@dataclass(frozen=True, slots=True)
class Place:
    """Where an event happened: the city (None when none is stated) and its country; `venue` when its
    sentences name a building without its city, which states the place without a city."""

    city: str | None
    country: str | None
    venue: bool = False
    away: bool = False  # the building is outside the city any dateline names (off_dateline)


def read_reports(sentences: Sequence[tuple[int, str]], read: dict[int, Report] | None = None
                 ) -> list[Report]:
    """An event's (index, text) sentences, each folded once for the date and place readers, with its
    dateline; `read` keeps them for the article's other events, which often share sentences."""
    read = {} if read is None else read
    reports = []
    for index, text in sentences:
        if index not in read:
            folded = fold_text(text)
            read[index] = Report(text, folded, dateline(text, folded))
        reports.append(read[index])
    return reports


def dateline(text: str, folded: str | None = None) -> Dateline | None:
    """The dateline opening a sentence, if it has one, with its cities."""
    folded = fold_text(text) if folded is None else folded
    words = place_words()
    if not words.dateline_hint.search(folded, 0, DATELINE_REACH):
        return None
    pattern, names = gazetteer()
    head = len(text) - len(text.lstrip())
    m = pattern.match(folded, head)
    if m and city_of(m, names).name and written_as_name(text, head, m.end()):
        tail = _DATELINE_TAIL.match(folded, m.end())
        if tail:
            return Dateline(tail.end(), (_qualified(folded, m.end(), city_of(m, names)),))
    bracket = _BRACKET_LINE.match(folded)
    if bracket:
        inner = bracket.group(1)
        first = pattern.match(inner, len(inner) - len(inner.lstrip()))
        if first:
            cities = tuple(dict.fromkeys(city_of(c, names) for c in pattern.finditer(inner)))
            return Dateline(bracket.end(), tuple(city for city in cities if city.name))
    source = words.dispatch_from.match(folded)
    if source and (city := pattern.match(folded, source.end())) and written_as_name(text, city.start(),
                                                                                      city.end()):
        said = words.dispatch_said.match(folded, city.end())  # "Phóng viên TTXVN tại X cho biết, ..."
        comma = _COMMA.match(folded, said.end() if said else city.end())
        if comma:  # "Theo tin từ Oa-sinh-tơn, ngày 17/6, ..."
            return Dateline(comma.end(), (city_of(city, names),))
    zh = words.dispatch_line.match(folded)
    if zh:
        ends = [c for c in pattern.finditer(folded, 0, zh.start(1)) if c.end() == zh.start(1)]
        compiled = (any(word in folded[zh.end(1):zh.end()] for word in words.compiled)
                    or bool(shared_pattern("home_desk", "{}", 0, "places").search(folded, 0, zh.start(1))))
        cities = (city_of(ends[-1], names),) if ends else ()
        return Dateline(zh.end(), tuple(city for city in cities if city.name), compiled)
    return None


@dataclass(frozen=True, slots=True)
class PlaceWords:
    """The locatives and capital words of every language ([places] of the grammar files), compiled once."""

    locative: re.Pattern[str]
    bridge_word: re.Pattern[str]
    bridges: tuple[re.Pattern[str], ...]  # each tried in turn: the first followed by a city wins
    dateline_hint: re.Pattern[str]  # a dash, a closing bracket or a dispatch word: some dateline may open
    dispatch_line: re.Pattern[str]  # agency, city, date, dispatch word ("新华社北京9月10日电")
    dispatch_from: re.Pattern[str]  # the words opening a story by where its news came from ("theo tin từ")
    dispatch_said: re.Pattern[str]  # a word of telling between such a city and its comma ("cho biết")
    seat: re.Pattern[str]  # an embassy and up to three words, ending where a locative starts
    seat_at: re.Pattern[str]  # a locative and up to two words ending where an embassy starts
    # the opener of a clause of another act, searched as an Alternation (the same matches as its one
    # pattern): a fragment opening with a broad class ("\\d+ ngày sau khi") made the engine try every
    # fragment at every position of every sentence a place is read in
    background: Alternation
    venue: re.Pattern[str]  # a building named without its city
    elsewhere: tuple[tuple[re.Pattern[str], str], ...]  # a building outside a dateline's city, its country
    elsewhere_subject: tuple[tuple[re.Pattern[str], str], ...]  # ... or opening a sentence as the one acting
    landmarks: tuple[tuple[re.Pattern[str], str], ...]  # a building of one country's government, its country
    held_before: re.Pattern[str]  # a gathering held, then a locative, ending where a city starts ("held in ")
    held_after: re.Pattern[str]  # what follows a city a gathering is held in ("在旧金山举行")
    held_past: re.Pattern[str]  # a gathering told as past ("in 2017", "lần trước", "上次")
    gathering: re.Pattern[str]  # a gathering of leaders a visit may be to ("summit", "hội nghị", "峰会")
    said_at: re.Pattern[str]  # a word of speaking before a locative: where one side's act was said
    goods_province: re.Pattern[str]  # goods told arriving in a province ("运抵越南北部广宁省")
    at_sea: re.Pattern[str]  # a warship's act told at sea ("off the coast", "ngoài khơi", "外海")
    carried_to: re.Pattern[str]  # someone flown or sent to a city, up to its locative ("flown to ")
    embassies: tuple[tuple[re.Pattern[str], str], ...]  # an embassy up to its city, and its government
    bare_embassies: tuple[tuple[re.Pattern[str], str], ...]  # one named without its city ("The U.S. Embassy")
    embassy_after: re.Pattern[str]  # what follows the city of an embassy named before it ("驻河内大使馆")
    embassy_says: re.Pattern[str]  # a word of saying after the embassy's city: the embassy is the one acting
    embassy_owned: re.Pattern[str]  # a word before the embassy making it the owner of what says it ("of the")
    embassy_joined: re.Pattern[str]  # before the embassy, a clause of its own opening ("; the", ", and")
    embassy_post: re.Pattern[str]  # after its word of saying, a post or a page ("in a post on Facebook")
    embassy_host: re.Pattern[str]  # an embassy's host country in place of its city ("驻美国大使馆")
    embassy_hosts: dict[str, City]  # each such country, folded, and its capital
    joined_city: re.Pattern[str]  # a conjunction joining a second city to the first ("Beijing and Shanghai")
    capital: re.Pattern[str]  # a country's capital named without its city ("the Vietnamese capital")
    capitals: dict[str, City]  # each such phrase, folded, and its city
    compiled: tuple[str, ...]  # words of a dispatch compiled from several reports: its day, the desk's city


def _alternation(*keys: str) -> str:
    """The [places] fragments of `keys` as one alternation, never matching when there are none."""
    return "|".join(fragment for key in keys for fragment in shared(key, "places")) or "(?!)"


@cached
def place_words() -> PlaceWords:
    """Words after which a city is where something happens ("in Hanoi", "tại Hà Nội", "抵达北京"). The city
    is looked up right after them (the few locatives of a sentence, not every position of it), directly
    or through a word for the capital ("the Vietnamese capital, Hanoi", "thủ đô Hà Nội", "越南首都河内")."""
    spaced: list[str] = []
    glued: list[str] = []
    for language in languages():
        words = grammar(language).get("places", {}).get("locatives", [])
        is_spaced = any(s.spaced for s in registry().values() if s.language == language)
        (spaced if is_spaced else glued).extend(words)
    forms = [rf"(?<![\w])(?:{'|'.join(spaced)})\s+"] if spaced else []
    forms += [f"(?:{'|'.join(glued)})"] if glued else []
    locative = compile_prefixed(rf"(?:{'|'.join(forms) or '(?!)'})")
    dispatch, dates, seats = _alternation("dispatch"), _alternation("dispatch_date"), _alternation("seats")
    source = _alternation("dispatch_from")
    cities = {row["city"]: City(row["city"], row["country"]) for row in gazetteer_rows()}
    capitals = {form: cities[city] for phrase, city in shared_table("places", "capitals").items()
                for form in (traditional_forms(phrase) if CJK.search(phrase) else [phrase])}
    # Longest first; a Latin phrase ends at a word's end ("the chinese capital" in "... capital's").
    phrases = "|".join(re.escape(p) + ("" if CJK.search(p) else r"(?![\w'’])")
                       for p in sorted(capitals, key=len, reverse=True)) or "(?!)"
    seat_at = _alternation("seat_at")
    hosts = {form: cities[city] for phrase, city in shared_table("places", "embassy_hosts").items()
             for form in (traditional_forms(phrase) if CJK.search(phrase) else [phrase])}
    countries = "|".join(shared("countries", "places"))  # bridge words, and `{countries}` in a bridge
    return PlaceWords(locative, compile_prefixed(_alternation("bridge_words", "countries")),
                      tuple(compile_prefixed(bridge.replace("{countries}", countries))
                            for bridge in shared("bridge", "places")),
                      compile_prefixed(rf"[-–—)）\]】]|{dispatch}|{source}"),
                      compile_prefixed(rf"\s*[^\s，。,]{{0,16}}?((?:{dates}))(?:{dispatch})"),
                      compile_prefixed(rf"\s*(?:{source})"),
                      compile_prefixed(rf"\s+(?:{_alternation('dispatch_said')})"),
                      compile_prefixed(rf"(?:{seats})(?:\s+[^\s,.;:()]+){{0,3}}?\s+$"),
                      compile_prefixed(rf"(?<![\w])(?:{seat_at})\s+(?:[^\s,.;:()]+\s+){{0,2}}$"),
                      Alternation(list(shared("background", "places")) or ["(?!)"], 0),
                      compile_prefixed(_alternation("venues")),
                      tuple((compile_prefixed(building), country) for building, country
                            in shared("elsewhere", "places")),
                      tuple((compile_prefixed(building), country) for building, country
                            in shared("elsewhere_subject", "places")),
                      tuple((compile_prefixed(building), country) for building, country
                            in shared("landmarks", "places")),
                      compile_prefixed(rf"(?:{_alternation('held_before')})$"),
                      compile_prefixed(_alternation("held_after")),
                      compile_prefixed(_alternation("held_past")),
                      compile_prefixed(_alternation("gatherings")),
                      compile_prefixed(_alternation("said_at")),
                      compile_prefixed(_alternation("goods_province")),
                      compile_prefixed(_alternation("at_sea")),
                      compile_prefixed(rf"(?:{_alternation('carried_to')})$"),
                      tuple((compile_prefixed(words), country)
                            for words, country in shared("embassies", "places")),
                      tuple((compile_prefixed(words), country)
                            for words, country in shared("bare_embassies", "places")),
                      compile_prefixed(_alternation("embassy_after")),
                      compile_prefixed(_alternation("embassy_says")),
                      compile_prefixed(_alternation("embassy_owned")),
                      compile_prefixed(_alternation("embassy_joined")),
                      compile_prefixed(_alternation("embassy_post")),
                      compile_prefixed("|".join(re.escape(h) + ("" if CJK.search(h) else r"(?![a-z])")
                                                for h in sorted(hosts, key=len, reverse=True)) or "(?!)"),
                      hosts,
                      compile_prefixed(_alternation("joined_city")),
                      compile_prefixed(phrases), capitals, shared("compiled_dispatch", "places"))


CARRIED_REACH = 16  # characters before a city that may hold a word of being carried there and its locative
SEAT_REACH = 60  # characters before a locative that may hold an embassy and its country
_TELLER_COMMA = re.compile(r"[,，]\s*")  # a comma, before the one telling an act


def _background(folded: str, start: int) -> list[tuple[int, int]]:
    """The spans of clauses of another act: from an opener after the sentence's first words to the next
    comma or semicolon, or a Chinese comma or full stop ("..., even as the vice premier was in Washington",
    "，并称已有医疗物资运抵武汉。")."""
    spans = []
    for opener, after in place_words().background.spans(folded, start):
        if any(c.isalpha() for c in folded[start:opener]):
            end = clause_span(folded, after)[1]
            spans.append((opener, end))
    return spans


def _seated(folded: str, at: int) -> bool:
    """Whether the locative at `at` tells where an embassy sits ("Đại sứ quán Trung Quốc tại Hà Nội"), not
    an embassy where something happened ("at the US embassy in Beijing")."""
    words = place_words()
    before = folded[max(0, at - SEAT_REACH):at]
    seat = words.seat.search(before)
    if seat is None or words.seat_at.search(before, 0, seat.start()):
        return False
    # A reporter's post is a seat only where the sentence goes on to report what was told (grammar
    # `reporter_told`: "told a Reuters correspondent in Beijing on Monday that ...", "cho biết"): the act told
    # is elsewhere. An interview given in the city ("warned ... in an interview with a Reuters correspondent
    # in Beijing", "Trả lời phỏng vấn phóng viên TTXVN tại Hà Nội, Đại sứ ... đánh giá cao") was given there.
    if shared_pattern("reporters", "{}", 0, "places").match(before, seat.start()):
        return shared_pattern("reporter_told", "{}", 0, "places").search(folded, at) is not None
    return True


def _located(text: str, start: int, folded: str) -> Iterator[tuple[int, City | None]]:
    """Each locative of `text` from `start` telling where this sentence's act happened (not in a clause of
    another act, not an embassy's seat), with where its words end and the city named after it, if any."""
    pattern, names = gazetteer()
    words = place_words()
    background: list[tuple[int, int]] | None = None  # read at the first locative: most sentences have none
    for locative in words.locative.finditer(folded, start):
        if background is None:
            background = _background(folded, start)
        if any(s <= locative.start() < e for s, e in background) or _seated(folded, locative.start()):
            continue
        at = locative.end()
        m = pattern.match(folded, at)
        # A region may be a bridge ("在加州旧金山"); so may a city's own word written lowercase ("thành phố").
        named = m is not None and city_of(m, names).name and written_as_name(text, m.start(), m.end())
        if not named and words.bridge_word.search(folded, at, at + LOCATIVE_REACH):
            ends = (bridge.end() for bridge in (b.match(folded, at) for b in words.bridges) if bridge)
            m = next((city for city in (pattern.match(folded, end) for end in ends) if city), None) or m
        if m is not None and written_as_name(text, m.start(), m.end()):  # read once for the two tests below
            if _domestic_county(folded, at, m.end()):
                yield at, City("", "VNM")  # "huyện Đông Hưng, tỉnh Thái Bình": no Dongxing
            elif not POSSESSIVE.match(folded, m.end()):  # "Beijing's demands": no place
                yield at, _one_of_two(text, folded, m, _qualified(folded, m.end(), _stated(folded, m, names)))
            else:
                yield at, None
        elif m is None and (capital := words.capital.match(folded, at)):
            yield at, words.capitals[capital.group(0)]
        else:
            yield at, None


def _domestic_county(folded: str, at: int, end: int) -> bool:
    """Whether a county's town after a locative (grammar `county_word`: "huyện") is placed in a Vietnamese
    province right after its name (`county_province`: "huyện Đông Hưng, tỉnh Thái Bình"): a district of
    Vietnam, not the foreign town of the same name the gazetteer gives."""
    return (shared_pattern("county_word", "{}", 0, "places").match(folded, at) is not None
            and shared_pattern("county_province", "{}", 0, "places").match(folded, end) is not None)


def _stated(folded: str, m: re.Match[str], names: dict[str, City]) -> City:
    """The city a name gives, or only its country when a state's word stands right before it ("tại bang
    Washington", "bang New York") or a province's word right after it ("in Lang Son province",
    `在越南宁平省`) or before it with `of` ("the province of Kon Tum"): a state or province of a city's name
    is no city."""
    city = city_of(m, names)
    if not city.name:
        return city
    state_before = shared_pattern("state_words", r"(?<![a-z]){}\s*$", 0, "places")
    if state_before.search(folded, max(0, m.start() - 12), m.start()):
        return City("", city.country)
    if shared_pattern("province_after", "{}", 0, "places").match(folded, m.end()) or shared_pattern(
            "province_before", "{}$", 0, "places").search(folded, max(0, m.start() - 16), m.start()):
        return City("", city.country, province=city.name)
    return city


@cached
def _qualifier() -> tuple[re.Pattern[str], dict[str, str]]:
    """The grammar's `qualifiers` after a city and a comma, read folded, and each one's country."""
    table = shared_table("places", "qualifiers")
    names = "|".join(re.escape(q) for q in sorted(table, key=len, reverse=True)) or "(?!)"
    return re.compile(rf",\s+({names})(?![a-z])"), table


def _qualified(folded: str, end: int, city: City) -> City:
    """A city named with a region of another country after a comma ("Perth, Scotland", "ATHENS, Ga."): the
    city of that name in that country, not the one the gazetteer gives."""
    pattern, table = _qualifier()
    m = pattern.match(folded, end) if city.name else None
    return City(city.name, table[m.group(1)]) if m and table[m.group(1)] != city.country else city


@cached
def _joined_end() -> re.Pattern[str]:
    """The grammar's `joined_city_end`: what may follow a second city joined to the first, read folded."""
    return compile_prefixed(_alternation("joined_city_end"))


def _one_of_two(text: str, folded: str, m: re.Match[str], city: City) -> City:
    """A city, or when a second city of its country is joined to it ("travel to Beijing and Shanghai",
    "tại Bắc Kinh và Thượng Hải") its country alone: the act happens in both, in no one city."""
    joined = place_words().joined_city.match(folded, m.end()) if city.name else None
    if joined is None:
        return city
    pattern, names = gazetteer()
    other = pattern.match(folded, joined.end())
    if other is None or not written_as_name(text, other.start(), other.end()):
        return city
    if not _joined_end().match(folded, other.end()):
        return city  # "Washington and New York officials", "北京和上海合作组织": no second city
    second = city_of(other, names)
    return City("", city.country) if second.name and second.country == city.country else city


def told_abroad(report: Report, actor: str) -> bool:
    """Whether a report tells its people abroad: on a trip or at a gathering (`told_abroad`), or in a
    city of another country than the actor's."""
    return bool(shared_pattern("told_abroad", "{}", 0, "places").search(report.folded)) or any(
        city is not None and city.country and city.country != actor for _, city in _spots(report))


REGION_REACH = 60  # characters before a region that may hold its locative and the act's words


def _act_region(folded: str, at: int) -> bool:
    """Whether a region named at `at` is where the act was done: its locative is the act's own ("signed
    the order at his Mar-a-Lago estate in Florida", "在佛羅里達州海湖莊園簽署"), not a noun's of its
    object."""
    return bool(shared_pattern("act_region", "{}", 0, "places").search(folded[max(0, at - REGION_REACH):at]))


def _spots(report: Report) -> Iterator[tuple[int, City | None]]:
    """The locatives of a report after its dateline (_located), each read once per report: a reader
    takes those read before and reads on only as far as it goes (event_place stops at a city)."""
    if not report.unread:
        report.unread.append(_located(report.text, report.dateline.end if report.dateline else 0,
                                      report.folded))
    at = 0
    while True:
        if at < len(report.spots):
            yield report.spots[at]
            at += 1
            continue
        reader = report.unread[0]
        spot = next(reader, None) if reader is not None else None
        if spot is None:
            report.unread[0] = None
            return
        report.spots.append(spot)


def located_cities(text: str, start: int = 0, folded: str | None = None) -> Iterator[City]:
    """Cities named after a locative word in `text` (from `start`), in order."""
    folded = fold_text(text) if folded is None else folded
    return (city for _, city in _located(text, start, folded) if city is not None and city.name)


def first_located(text: str, start: int, end: int) -> City | None:
    """The first place a locative names in text[start:end]: a city, or the country of two cities joined
    ("tại Bắc Kinh và Thượng Hải")."""
    for at, city in _located(text, start, fold_text(text)):
        if at > end:
            return None
        if city is not None:
            return city
    return None


def names_venue(report: Report) -> bool:
    """Whether a sentence names a building after a locative without its city ("tại Trụ sở Bộ Quốc phòng",
    "at the White House"): it states where the act happened, a place without a city."""
    venue = place_words().venue
    return any(city is None and venue.match(report.folded, at) for at, city in _spots(report))


def off_dateline(report: Report) -> tuple[bool, str | None]:
    """Whether a sentence tells its act at a building outside the city a dateline names, and the building's
    country when it is named after a locative ("talks at the Pentagon", "tại Lầu Năm Góc": an encounter
    there is in that country); also when the one acting opens it ("WASHINGTON - The Pentagon said",
    "美國國防部今天宣布"), which gives no country. The Pentagon stands in Arlington: the dateline is the
    report's, not the act's."""
    words = place_words()
    for at, city in _spots(report):
        if city is None or not city.name:
            country = next((c for building, c in words.elsewhere if building.match(report.folded, at)), None)
            if country:
                return True, country
    line = report.dateline
    start = line.end if line else 0
    head = _DATELINE_CLOSE.match(report.folded, start)  # a dispatch line's bracket closes after it
    for subject, country in words.elsewhere_subject:
        # Under a dateline of another country ("HANOI - The U.S. Defense Department and Vietnam's ...
        # signed"), the building's people acted where the dateline says.
        if line and line.cities and any(city.country != country for city in line.cities):
            continue
        if (subject.match(report.folded, head.end() if head else start)
                or _telling_after_comma(report, subject)):
            return True, None
    return False, None


TELLER_REACH = 30  # characters after a building named as the teller that may hold its verb of telling


def _telling_after_comma(report: Report, subject: re.Pattern[str]) -> bool:
    """Whether a building's people are named, after a comma, as the ones telling the act ("..., the Pentagon
    said on Friday", ", Lầu Năm Góc cho biết", "，五角大楼17日在一份报告中称"): they acted where it stands."""
    folded = report.folded
    for comma in _TELLER_COMMA.finditer(folded):
        named = subject.match(folded, comma.end())
        if named and date_words().telling.search(folded, named.end(), named.end() + TELLER_REACH):
            return True
    return False


def at_sea(report: Report) -> bool:
    """Whether a sentence tells its act at sea ("hosted officials off the coast", "在越南中部外海接待"): a
    warship's act there is no port call."""
    spans = None  # a clause of another act ("days after coast guard vessels were spotted off the coast")
    for m in place_words().at_sea.finditer(report.folded):
        if spans is None:
            spans = _background(report.folded, report.dateline.end if report.dateline else 0)
        if not any(s <= m.start() < e for s, e in spans):
            return True
    return False


EMBASSY_REACH = 30  # characters after an embassy's city that may hold its word of saying


def embassy_city(report: Report, government: str) -> City | None:
    """The city where a sentence names a government's own embassy saying something ("the U.S. Embassy in
    Hanoi said", "Đại sứ quán Hoa Kỳ tại Hà Nội ngày 9/9 thông báo", "美国驻河内大使馆表示"): where that
    government's act told by its embassy was done."""
    words = place_words()
    pattern, names = gazetteer()
    for embassy, country in words.embassies:
        if country != government:
            continue
        for m in embassy.finditer(report.folded):
            if words.embassy_owned.search(report.folded, max(0, m.start() - EMBASSY_REACH), m.start()):
                continue  # its page or website said it, not the embassy where it stands
            if words.embassy_joined.search(report.folded, max(0, m.start() - EMBASSY_REACH), m.start()):
                continue  # a clause of its own after the act's ("...; the U.S. Embassy in Hanoi said it was")
            city = pattern.match(report.folded, m.end())
            host = words.embassy_host.match(report.folded, m.end())
            if city is not None and written_as_name(report.text, city.start(), city.end()):
                end, found = city.end(), city_of(city, names)
            elif host is not None:  # named by its host country ("中国驻美国大使馆"): in its capital
                end, found = host.end(), words.embassy_hosts[host.group(0)]
            else:
                continue
            if CJK.match(report.text[m.end()]) and not words.embassy_after.match(report.folded, end):
                continue
            says = words.embassy_says.search(report.folded, end, end + EMBASSY_REACH)
            if not says:
                continue  # an embassy an act is done to ("撤销对美国驻成都总领事馆...的许可")
            if any(e.search(report.folded, end, says.start()) for e, _ in words.embassies):
                # The word of saying is another embassy's: "美国驻成都总领事馆被关闭后，
                # 美国驻北京大使馆表示".
                continue
            if words.embassy_post.search(report.folded, says.end(), says.end() + EMBASSY_REACH):
                continue  # it said so in a post ("which said in a post on Facebook"): its page, not it
            if found.name:
                return found
    return None


def bare_embassy(report: Report, government: str) -> bool:
    """Whether a sentence names a government's own embassy without its city as the one saying something
    ("The U.S. Embassy said it was deeply concerned", "Đại sứ quán Mỹ cho biết", "美国大使馆表示"), read as
    embassy_city reads one named with its city."""
    words = place_words()
    folded = report.folded
    for embassy, country in words.bare_embassies:
        if country != government:
            continue
        for m in embassy.finditer(folded):
            before = max(0, m.start() - EMBASSY_REACH)
            if words.embassy_owned.search(folded, before, m.start()) or words.embassy_joined.search(
                    folded, before, m.start()):
                continue
            says = words.embassy_says.search(folded, m.end(), m.end() + EMBASSY_REACH)
            if says and not words.embassy_post.search(folded, says.end(), says.end() + EMBASSY_REACH):
                return True
    return False


SAID_AT_REACH = 40  # characters before a locative that may hold a word of speaking ("said in a speech in")
def said_word(text: str) -> int | None:
    """Where the first word of speaking of a sentence ends (grammar `said_at`: "said", "phát biểu",
    "记者会"), if it has one and tells no past (grammar `held_past`): a speaker's sentence the act words do
    not mark as saying."""
    folded = fold_text(text)
    m = place_words().said_at.search(folded)
    # Not a speech told as past ("said in New York last week"): it is no place of the act told now.
    return m.end() if m and not place_words().held_past.search(folded) else None


HELD_REACH = 40  # characters before a city that may hold a word of a gathering held and its locative


def held_in(report: Report) -> Iterator[City]:
    """The cities a sentence says a gathering is held in: after a word of it being held and a locative
    ("The summit will be held in San Francisco", "Hội nghị diễn ra tại thành phố San Francisco"), or before
    one ("会议将在旧金山举行"). A visit to it is in that city when nothing else places the visit."""
    words = place_words()
    pattern = gazetteer()[0]
    # Only a gathering of leaders the visit may be to, not one past ("in 2017", "lần trước", "2017年") or of
    # another kind ("a trade fair ... will take place in Houston").
    if words.held_past.search(report.folded) or not words.gathering.search(report.folded):
        return
    for at, city in _spots(report):
        if city is None or not city.name:
            continue
        if words.held_before.search(report.folded, max(0, at - HELD_REACH), at):
            yield city
            continue
        m = pattern.match(report.folded, at)
        if m and words.held_after.match(report.folded, m.end()):
            yield city


def dateline_only(report: Report) -> Report | None:
    """A sentence cut to its dateline, when it opens with one naming a single city: the place of a story's
    main event that its own sentences do not place, when it happened where the copy was filed."""
    line = report.dateline
    if line is None or len(line.cities) != 1:
        return None
    return Report(report.text[:line.end], report.folded[:line.end], line)


BRIEFED_REACH = 24  # characters around a building's locative that may hold a word of speaking


def _briefed_at(folded: str, at: int) -> bool:
    """Whether the building after the locative at `at` is where someone spoke of the act, a word of speaking
    just before it or right after it ("told reporters at the White House", "Phát biểu tại Nhà Trắng",
    "在白宫记者会上表示"): where the news was told, not where a meeting was held."""
    said = place_words().said_at
    return bool(said.search(folded, max(0, at - BRIEFED_REACH), at)
                or said.search(folded, at, at + BRIEFED_REACH // 2))


ARRIVED_REACH = 24  # characters before a city that may hold a word of arriving and its locative


def city_before(report: Report, end: int) -> bool:
    """Whether a locative of the report after its dateline names a city before `end` ("Tại Hà Nội, Đại sứ
    ... ra tuyên bố chúc mừng"): where the act told after it was done, not the matter it tells of."""
    return any(at < end for at, city in _spots(report) if city is not None and city.name)


@cached
def _capitals() -> frozenset[str]:
    """The three's capitals, where their governments sit: the lexicon's capital rows (entities kind
    `capital`)."""
    return frozenset(entry.label for terms in load_entries().values() for entries in terms.values()
                     for entry in entries if entry.source == "entities" and entry.kind == "capital")


def names_seat(reports: Sequence[Report]) -> bool:
    """Whether a lead sentence after the headline names a building of a government's seat (grammar
    `seat_venues`: "tại Phủ Chủ tịch", "at the Presidential Palace", "在政府总部"), which stands in a
    capital."""
    seat = shared_pattern("seat_venues", "{}", 0, "places")
    return any(not report.headline and seat.search(report.folded) for report in reports)


def arrived_from(text: str, at: int) -> bool:
    """Whether a country named at `at` is where a visitor came from ("布林肯从日本抵达河内", "đến Hà Nội
    từ Nhật Bản" reads the other way and names no third party before the city): grammar `arrived_from`."""
    return bool(shared_pattern("arrived_from", "(?:{})$", re.IGNORECASE, "places").search(text, 0, at))


def arrival_city(reports: Sequence[Report], countries: Sequence[str], seat: bool = False) -> City | None:
    """The city of one of `countries` a lead sentence says the visitor arrived in ("Ông Blinken đã đến Hà
    Nội từ tối 14/4", "Blinken arrived in Hanoi from Tokyo"), read when the event's own sentence names only a
    building without its city ("tại Phủ Chủ tịch", "在主席府", "at the Presidential Palace"): the building
    stands in the city the visit is in. Not an arrival of another trip, past (grammar `arrived_past`: "Năm
    2017, ông Tập đã đến Hà Nội", "Xi last came to Hanoi in 2023"); nor one still to come ("chuyến thăm dự
    kiến của một tàu sân bay Mỹ tới Đà Nẵng"), someone else's, later; nor one told at a time of its own
    (`arrived_timed_after`, `arrived_timed_before`: "Kerry đến Hà Nội chiều qua", "李强12日晚抵达河内") or
    earlier than the act (`arrived_earlier`: "Trước đó, tối 20/10, ... đã tới Bắc Kinh"): another act of
    the visit, where "đã đến Hà Nội từ chiều qua" (since) tells where the visitor is. Not one in a clause of
    another act either (_located skips those). A building of a government's seat (`seat`: "Trụ sở Chính phủ",
    "the Presidential Palace", grammar `seat_venues`) stands in a capital: an arrival in another city
    ("Đoàn Trung Quốc đến Hải Phòng") is another stop of the visit."""
    arrived = shared_pattern("arrived", "(?:{})$", 0, "places")
    timed_after = shared_pattern("arrived_timed_after", "{}", 0, "places")
    timed_before = shared_pattern("arrived_timed_before", "{}", 0, "places")
    pattern = gazetteer()[0]
    past = shared_pattern("arrived_past", "{}", 0, "places")
    earlier = shared_pattern("arrived_earlier", "{}", 0, "places")
    for report in reports:
        if report.headline or past.search(report.folded):
            continue
        for at, city in _spots(report):
            if (city is None or not city.name or city.country not in countries
                    or seat and city.name not in _capitals()):
                continue
            word = arrived.search(report.folded, max(0, at - ARRIVED_REACH), at)
            named = pattern.match(report.folded, at)
            if (word is None or told_to_come(report.folded, at) or named is None
                    or timed_after.match(report.folded, named.end())
                    or timed_before.search(report.folded, max(0, word.start() - ARRIVED_REACH),
                                           word.start())
                    or earlier.search(report.folded, 0, word.start())):
                continue
            return city
    return None


def _province_told(name: str, reports: Sequence[Report]) -> bool:
    """Whether a sentence of the body names a province of the city `name` ("in Lang Son province",
    `在越南宁平省`)."""
    return any(not report.headline and any(city is not None and city.province == name
                                           for _, city in _spots(report)) for report in reports)


def host_country(kind: str, actor: str, target: str) -> str | None:
    """The country a visit takes place in: the target's for a visit, the actor's when it hosts one."""
    return {"visit": target, "host_visit": actor}.get(kind)


def _dateline_city(line: Dateline, home: str | None, filed: str | None, landmark: str | None = None
                   ) -> City | None:
    """The city a dateline gives an act (one not in a theatre, not still to come): none for a composite one
    ("Beijing / Hanoi" says where the copy came from), none abroad for one side's act (`filed`: the country
    it must be filed from), a compiled dispatch's, the desk's, only for its government's act at home or
    a meeting at a landmark of the desk's country (`landmark`: "（中央社華盛頓31日綜合外電報導）…今天在
    白宮橢圓形辦公室與…會談" is in Washington; the Pentagon, outside it, never gets this far:
    off_dateline). A story's source ("Theo tin từ Oa-sinh-tơn", "Theo phóng viên TTXVN tại Bắc Kinh") is a
    dateline like any other: the issue's place reads datelines included."""
    if len(line.cities) != 1:
        return None
    city = line.cities[0]
    if line.compiled and city.country != home and city.country != landmark:
        return None
    return city if filed is None or city.country == filed else None


@cached
def _place_kinds() -> tuple[frozenset[str], ...]:
    """The kinds event_place tests (kinds.toml `distant`, `from_home`, `theatre`, `timed_lines`,
    `symmetric`, `one_side`), gathered in one lookup for every event's place instead of six."""
    return tuple(kind_set("actions", key)
                 for key in ("distant", "from_home", "theatre", "timed_lines", "symmetric", "one_side"))


def event_place(kind: str, actor: str, target: str, reports: Sequence[Report], venue: bool = False,
                present: bool = False, coming: bool = False, away: bool = False,
                posted: bool = False, timed: bool = True) -> Place:
    """The city an event's sentences say it happened in (a visit's must be in its host country); none for
    an act at a distance (kinds.toml `distant`: a call), whatever city its sentences name. Once a sentence
    names a building without its city (`venue`, also when an earlier reading saw one; a headline's does
    not count), later sentences give only their datelines: their locatives tell of other acts. `present`:
    a person of the actor is told doing one side's act, who may be where a dateline abroad says. `coming`:
    the act is told as still to come, which no dateline places: it says where the news was filed. `away`:
    a sentence (not a headline) tells the act at a building outside any dateline's city (off_dateline, also
    when an earlier reading saw one): no dateline places it, and it is a building without its city.
    `posted`: one side's act told as a post ("in a post on Truth Social"), written wherever its author was:
    no dateline places it, though a locative of the act's own does. `timed`: the story tells when the act was
    done (a day, a weekday, "yesterday", a dateline's date); a protest told without one ("HANOI (Reuters) -
    Vietnam has protested to China over ...", kinds.toml `timed_lines`) is not put under its dateline, which
    then says only where the copy was filed, though a locative of the act's own places it."""
    distant, from_home, theatre, timed_lines, symmetric, one_side = _place_kinds()
    if kind in distant:
        return Place(None, None)
    host = host_country(kind, actor, target)
    # A dateline places an act done from home (kinds.toml `from_home`: a tariff, a statement) abroad only
    # when one of the actor's people does it there ("HANOI - Kerry announced ..."): "HANOI - The United
    # States said ..." was filed where the reporter is, not where Washington spoke.
    home = actor if kind in from_home else None
    filed = host or (home if not present else None)
    datelined = (kind not in theatre and not coming and not posted
                 and (timed or kind not in timed_lines))
    words = place_words()
    building = words.venue
    meeting = kind in symmetric
    region = None  # a named region without a city ("in Hawaii", "在印尼峇里岛"): its country
    landmark: str | None = None  # the country of a landmark a meeting is told at ("at the White House")
    aimed = kind in one_side
    # A compiled dispatch's desk places its government's act at home, and a protest one of its people
    # lodged there ("（中央社河內10日綜合外電報導）越南外交部發言人梁青毅9日表示…越方要求中方撤銷").
    # Not one told abroad ("正在非洲訪問的…王毅", "董軍…在香格里拉對話期間", "在德國慕尼黑"): lodged there.
    desk = home or (actor if aimed and present and not any(told_abroad(r, actor) for r in reports) else None)
    # A dateline of the actor's own country: a one-side act's third-country city is its object's.
    at_home = aimed and any(r.dateline and len(r.dateline.cities) == 1
                            and r.dateline.cities[0].country == actor for r in reports)
    for report in reports:
        line = report.dateline
        named_venue = False  # one reading of the locatives gives both the cities and a building's name
        for at, city in () if venue else _spots(report):
            if city is None:
                named_venue = named_venue or bool(building.match(report.folded, at))
                # Talks at the White House are in the United States; not a meeting still to come, which a
                # building names where it was announced ("told reporters at the White House").
                if meeting and not region and not coming and not _briefed_at(report.folded, at):
                    region = next((c for b, c in words.landmarks if b.match(report.folded, at)), None)
                    landmark = landmark or region
            elif host is not None and city.country != host:
                continue
            elif aimed and words.carried_to.search(report.folded, max(0, at - CARRIED_REACH), at):
                # Where someone was flown or sent ("freed and flown to Houston", "được đưa sang Hiu-xtơn",
                # "搭機前往美國休士頓"): that person's journey, not where one side's act was done.
                continue
            elif aimed and city.country != actor and (
                    at_home and city.country != target or not present and home is not None
                    and not words.said_at.search(report.folded, max(0, at - SAID_AT_REACH), at)):
                # Where its object is ("criticized ... for stationing Marines in Darwin", "a ruling by a
                # tribunal in The Hague", "barring shipments to suppliers in Nanchang"), not where it was
                # said ("Cui Tiankai said in a speech in Chicago").
                continue
            elif not city.name:
                region = region or city.country
                # One side's act told in a region of a body sentence ("signed the order at his Mar-a-Lago
                # estate in Florida", "在佛羅里達州海湖莊園簽署"): done there, not in the city a dateline
                # names, which says where the copy was filed; as at a building outside it (off_dateline).
                # Only a region of the act's own locative, not one of a noun in its object ("hacking into
                # steel companies in Pennsylvania", "các công ty tại bang Pen-xin-va-ni-a": act_region).
                away = away or aimed and not report.headline and _act_region(report.folded, at)
                # An encounter told in a region of another country than its dateline's ("Theo tin từ
                # Oa-sinh-tơn, ... đã có các cuộc hội đàm ... tại Malta"): held there, not where the copy
                # was filed; as at a building outside the dateline's city.
                away = away or meeting and not report.headline and line is not None and any(
                    c.country != city.country for c in line.cities)
                # An encounter or a visit told in a province of a city's name ("held talks in Lang Son
                # province", `在越南宁平省举行`): held in the province, not in the dateline's city, nor in
                # the province's capital, which the text does not name.
                away = away or bool(city.province) and (meeting or host is not None) and not report.headline
            elif report.headline and _province_told(city.name, reports):
                # A headline's short name of a province the body names with its word ("…在越南宁平举行"
                # over "…在越南宁平省举行"): the province, no city.
                region = region or city.country
            else:
                return Place(city.name, city.country)
        # Goods told arriving in a province ("物资今天运抵越南北部广宁省"): delivered there, not in the city
        # a dateline names; as at a building outside it, a place without its city.
        away = away or not report.headline and bool(words.goods_province.search(report.folded))
        if not away and not report.headline:
            away, country = off_dateline(report)
            region = region or (country if meeting else None)
        city = _dateline_city(line, desk, filed, landmark) if line and datelined and not away else None
        if city is not None:
            return Place(city.name, city.country)
        venue = venue or not report.headline and (named_venue or away)
    return Place(None, host or region, venue, away)
