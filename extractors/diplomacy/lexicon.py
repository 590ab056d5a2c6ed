"""Lexicons: analyst-editable TSV files folded into one fast matcher per script."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from .grammar import (
    LexiconError,
    cached,
    grammar,
    kind_set,
    kinds,
    lang_scripts,
    read_table,
    registry,
    scripts,
)
from .text import fold_term, traditional_forms

# Each lexicon file, the columns it must have and the column of its rows' kind that kinds.toml must know.
_FILES = {
    "entities": (("lang", "term", "code", "kind", "label"), ""),
    "people": (("lang", "term", "code", "role", "name"), ""),
    "offices": (("lang", "term", "label"), ""),
    "nonstate": (("lang", "term", "kind"), ""),
    "actions": (("lang", "term", "type", "cameo", "weight"), "type"),
    "tiers": (("lang", "term", "tier"), "tier"),
    "cues": (("lang", "term", "category", "weight"), "category"),
}


@dataclass(frozen=True, slots=True)
class Entry:
    """One lexicon row: what a matched term means."""

    # the file it came from, without .tsv: entities | people | offices | nonstate | actions | tiers | cues
    source: str
    kind: str  # entities/people: country kind; actions: event type; tiers: tier code; cues: category
    value: str  # country code(s) "CHN", "CHN+USA", other-country label; CAMEO code; weight
    label: str  # canonical name or note
    weight: float = 1.0
    case: bool = False  # written in capitals in the lexicon ("US", "TQ"): must be capitals in the text
    # A one-syllable Vietnamese place name ("Mỹ", "Nga", "Nhật"): must have its capital, and is no place
    # after another capitalised syllable inside a sentence, where it ends a person's name ("Phương Nga").
    capital: bool = False
    # A person's Chinese spelling of one name alone ("坎贝尔"): no name of theirs joined by a dot to another's
    # ("伯特兰·拉塞尔", "坎贝尔·班纳曼"; hits.py).
    bare: bool = False
    # A Vietnamese transliteration's syllables written apart ("Clin tơn" for "Clin-tơn"): each syllable may
    # be a common word ("cô hen"), so the hit must open with a capital in the text (hits.py).
    named: bool = False
    role: str = ""  # where a hit is filed, decided once here: see _role
    codes: tuple[str, ...] = ()  # value split into country codes, for names
    claims: tuple[str, ...] = ()  # actions: the countries of the three that claim the place the word names
    holder: str = ""  # actions: the claimant that holds the place (a force act by the third is against it)

    def __post_init__(self) -> None:
        """Derive the filing role and country codes once, not on every hit."""
        object.__setattr__(self, "role", _role(self.source, self.kind))
        object.__setattr__(self, "codes", tuple(self.value.split("+")))


def _role(source: str, kind: str) -> str:
    """title | office | org | other | aimed | person | place | country | action | tier | cue."""
    if source == "people":
        return "person"
    if source == "offices":
        return "office"
    if source == "nonstate":
        return "org"
    if source == "entities":
        if kind in ("title", "other"):
            return kind
        if kind in ("firm", "province"):
            return "aimed"  # a side only as the object of another's act (analysis._aimed_firms)
        return "place" if kind in ("capital", "place") else "country"
    return {"actions": "action", "tiers": "tier"}.get(source, "cue")


# The three governments the detector follows; a claimed place stands for one of them.
TRIO = ("CHN", "USA", "VNM")


def _entry(source: str, row: dict[str, str]) -> Entry:
    """Turn a row (by column name) into the Entry it means."""
    term = row["term"]
    if source in ("entities", "people"):
        kind = row["kind"] if source == "entities" else row["role"]
        label = row["label"] if source == "entities" else row["name"]
        return Entry(source, kind or "name", row["code"], label or term)
    if source == "offices":
        return Entry(source, "office", "-", row["label"] or term)
    if source == "nonstate":
        return Entry(source, row["kind"], "-", term, 0.0)
    if source == "actions":
        claims = tuple(row.get("claimants", "").split("+")) if row.get("claimants") else ()
        if unknown := [code for code in claims if code not in TRIO]:
            raise ValueError(f"claimants {unknown[0]!r} is none of {'+'.join(TRIO)}")
        holder = row.get("holder", "")
        if holder and holder not in claims:
            raise ValueError(f"holder {holder!r} is none of the claimants {'+'.join(claims)}")
        return Entry(source, row["type"], row["cameo"], term, float(row["weight"] or 1), claims=claims,
                     holder=holder)
    if source == "tiers":
        return Entry(source, row["tier"], "", term)
    return Entry(source, row["category"], "", term, float(row["weight"] or 1))


def _known(source: str, column: str) -> frozenset[str]:
    """The values kinds.toml allows in a lexicon file's kind column."""
    if source == "actions":
        return kind_set("actions", "events") | kind_set("actions", "weight_only")
    return kind_set(source, "codes" if source == "tiers" else "categories")


def _rows(source: str) -> Iterator[tuple[str, str, Entry]]:
    """(lang, term, Entry) of every row of one lexicon file, checked against the registry and kinds.toml."""
    name = f"{source}.tsv"
    columns, kind_column = _FILES[source]
    known = _known(source, kind_column) if kind_column else frozenset()
    langs = lang_scripts()
    for lineno, row in read_table(name, columns):
        if kind_column and row[kind_column] not in known:
            raise LexiconError(f"lexicons/{name}:{lineno}: {kind_column} {row[kind_column]!r} is not in"
                               f" lexicons/kinds.toml")
        if unknown := [lang for lang in row["lang"].split(",") if lang not in langs]:
            raise LexiconError(f"lexicons/{name}:{lineno}: lang {unknown[0]!r} is no registered language,"
                               f" script or lexicon lang (lexicons/grammar/scripts.toml)")
        try:
            yield row["lang"], row["term"], _entry(source, row)
        except ValueError as error:
            raise LexiconError(f"lexicons/{name}:{lineno}: {error}") from error


def _keys(term: str, script: str) -> list[str]:
    """Folded spellings of a term for one script; Chinese gets its traditional forms too."""
    key = fold_term(term, script)
    return traditional_forms(key) if registry()[script].traditional else [key]


def _add(terms: dict[str, list[Entry]], keys: list[str], entry: Entry) -> None:
    """File an entry under each spelling, once."""
    for key in keys:
        bucket = terms.setdefault(key, [])
        if entry not in bucket:
            bucket.append(entry)


def _is_acronym(term: str) -> bool:
    """Short all-capital Latin terms are acronyms that collide with words once lowercased ("US" / "us")."""
    return term.isascii() and term.isupper() and len(term.replace(".", "")) <= 4


def _is_syllable_name(term: str) -> bool:
    """One capitalised word of a Vietnamese row: a syllable that is also a given name or part of a word
    ("Nga", "Nhật", "Mỹ"), or a name such as "Philippines" that the same reading leaves unchanged."""
    return term.isalpha() and term[:1].isupper() and not term[1:].isupper()


# The dots joining a given name to a surname in Chinese spellings of foreign names ("库尔特·坎贝尔").
NAME_DOTS = "·‧•・"
CJK = re.compile(r"[\u3400-\u9fff]")  # a Han character


def _is_bare_name(term: str, code: str) -> bool:
    """One name of a person alone in Chinese, without the dot that joins a given name to a surname
    ("坎贝尔", not "库尔特·坎贝尔"), or a Chinese office-holder's pinyin surname alone ("Jiang", "Hu"): a
    given name in pinyin right after it makes it another's name ("Jiang Yaoping", hits.py). Any other
    Latin surname alone is always kept, so it is never bare."""
    if CJK.search(term):
        return not any(dot in term for dot in NAME_DOTS)
    return code == "CHN" and term.isascii() and term.isalpha() and term[:1].isupper()


def _capital_syllables(lang: str) -> bool:
    """Whether a lexicon lang value's language reads one-word capitalised names as syllables ("Nga")."""
    language = lang_scripts()[lang][1]
    return bool(language) and grammar(language).get("lexicon", {}).get("capital_syllables", False)


def _given_name_first(source: str, term: str, entry: Entry) -> str:
    """A Chinese office-holder's pinyin name in the Western order some English copy uses ("Jiechi Yang"
    for Yang Jiechi): the row of the full name only, surname and one-word given name; else ""."""
    if source != "people" or entry.value != "CHN" or term != entry.label or not term.isascii():
        return ""
    surname, _, given = term.partition(" ")
    return f"{given} {surname}" if given and " " not in given else ""


Tenure = tuple[tuple[int, int], ...]  # the years a person held office: (first, last) inclusive, per term
_TENURE = re.compile(r"(\d{4})\s*[-–]\s*(\d{4})?")
_STILL = 9999  # the last year of a term not ended ("2025-")


@cached
def tenures() -> dict[str, Tenure]:
    """The years in office of the people.tsv persons that have them (column `years`, by canonical name):
    they choose among the people one shared spelling names by the story's date (names.py). A person's
    rows must agree; a cell that is no list of "1989-1993" / "2025-" terms is an error naming its line."""
    found: dict[str, Tenure] = {}
    for lineno, row in read_table("people.tsv", _FILES["people"][0]):
        cell = row.get("years", "")
        if not cell:
            continue
        terms = []
        for part in cell.split(","):
            match = _TENURE.fullmatch(part.strip())
            if match is None or (match[2] and int(match[2]) < int(match[1])):
                raise LexiconError(f"lexicons/people.tsv:{lineno}: years {cell!r} is no list of terms such as"
                                   f" 1989-1993 or 2025-")
            terms.append((int(match[1]), int(match[2]) if match[2] else _STILL))
        name = row["name"] or row["term"]
        if found.setdefault(name, tuple(terms)) != tuple(terms):
            raise LexiconError(f"lexicons/people.tsv:{lineno}: years {cell!r} of {name} differ from another"
                               f" row's")
    return found


def in_office(name: str, year: int) -> bool:
    """Whether the people.tsv person `name` held office in `year` (False when no years are listed)."""
    return any(first <= year <= last for first, last in tenures().get(name, ()))


# The lexicon langs whose hyphenated rows are Vietnamese transliterations ("Bin Clin-tơn"): their other
# writings are derived. A hyphen of another lang's row is part of the name ("Jean-Pierre", "Chun-ying").
_TRANSLITERATED = frozenset({"vi", "vim"})
_SYLLABLE_DASH = re.compile(r"(?<=\w)-(?=\w)")


def transliteration_forms(term: str) -> list[tuple[str, bool]]:
    """The other writings of a Vietnamese transliteration whose syllables a row joins with hyphens, and
    whether each has a word written with its syllables spaced: the press writes the same name joined,
    hyphenated or spaced ("Bin Clin-tơn", "Bin Clintơn", "Bin Clin tơn"; "Ba-rắc Ô-ba-ma", "Barắc Ôbama"),
    each hyphenated word of a name either way. The row's own writing is not among them."""
    words = term.split(" ")
    if not any(_SYLLABLE_DASH.search(word) for word in words):
        return []
    forms: list[tuple[str, bool]] = [("", False)]
    for word in words:
        ways = [(word, False)]
        if _SYLLABLE_DASH.search(word):
            ways += [(_SYLLABLE_DASH.sub("", word), False), (_SYLLABLE_DASH.sub(" ", word), True)]
        forms = [(f"{form} {way}" if form else way, spaced or apart) for form, spaced in forms
                 for way, apart in ways]
    return [(form, spaced) for form, spaced in forms if form != term]


def _derived(source: str, lang: str, term: str) -> list[tuple[str, bool]]:
    """The derived writings of a people row of a Vietnamese lang (transliteration_forms); none else."""
    if source != "people" or not _TRANSLITERATED.intersection(lang.split(",")):
        return []
    return transliteration_forms(term)


@cached
def load_entries() -> dict[str, dict[str, tuple[Entry, ...]]]:
    """Per script, folded term -> entries, from every lexicon file."""
    table: dict[str, dict[str, list[Entry]]] = {s: {} for s in scripts()}
    kinds()  # a broken kinds.toml fails here, before any row
    tenures()  # and a broken years cell of people.tsv (read only for shared spellings, on a date)
    for source in _FILES:
        for lang, term, entry in _rows(source):
            if _is_acronym(term):
                entry = replace(entry, case=True)
            elif source == "entities" and _capital_syllables(lang) and _is_syllable_name(term):
                entry = replace(entry, capital=True)
            elif source == "people" and _is_bare_name(term, entry.value):
                entry = replace(entry, bare=True)
            derived = _derived(source, lang, term)
            for lang_part in lang.split(","):
                for script in lang_scripts()[lang_part][0]:
                    _add(table[script], _keys(term, script), entry)
                    if reversed_term := _given_name_first(source, term, entry):
                        _add(table[script], _keys(reversed_term, script), entry)
                    for form, spaced in derived:
                        if not spaced:
                            _add(table[script], _keys(form, script), entry)
                        elif registry()[script].fold != "unmark":
                            # Spaced syllables without their marks are everyday words too often ("Bay co").
                            _add(table[script], _keys(form, script), replace(entry, named=True))
    # "ignore" rows only need their key in the matcher (the longer phrase wins); they carry no entry.
    return {s: {k: tuple(e for e in v if e.kind != "ignore") for k, v in terms.items()}
            for s, terms in table.items()}


# The regex engine tries a trie's top-level branches one after another at every position; Chinese has
# several hundred first characters. One character-class lookahead on every first character lets the many
# positions holding none of them (most of a Chinese text) fail in one test; behind it the first characters
# are split in up to GROUP_FANOUT parts, each behind a lookahead of its own, and again until a part holds
# at most this many, so a position tests a few lookaheads and one part's branches, not every branch.
FIRST_CHAR_GROUP = 50
GROUP_FANOUT = 4
Branches = list[tuple[str, dict]]


def _trie_pattern(words: list[str]) -> str:
    """Regex for a word list as a trie, so alternation costs one pass and prefers the longest term."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    if len(trie) <= FIRST_CHAR_GROUP or "" in trie:
        return _node_pattern(trie)
    items = sorted(trie.items())
    return f"(?=[{_first_chars(items)}])(?:{_grouped(items)})"


def _grouped(items: Branches) -> str:
    """The branches of a trie's first characters, in parts behind lookaheads of their first characters."""
    if len(items) <= FIRST_CHAR_GROUP:
        return "|".join(_char_pattern(ch) + _node_pattern(child) for ch, child in items)
    size = -(-len(items) // min(GROUP_FANOUT, -(-len(items) // FIRST_CHAR_GROUP)))  # ceiling divisions
    parts = [items[at:at + size] for at in range(0, len(items), size)]
    return "|".join(f"(?=[{_first_chars(part)}])(?:{_grouped(part)})" for part in parts)


def _first_chars(items: Branches) -> str:
    """A character-class body of the first characters of trie branches ("-" may follow a space)."""
    return "".join(r"\s-" if ch == "-" else re.escape(ch) for ch, _ in items)


def _char_pattern(ch: str) -> str:
    """A literal character, except that "Việt - Mỹ" and "Việt-Mỹ" are one term."""
    return r"\s?-\s?" if ch == "-" else re.escape(ch)


def _node_pattern(node: dict[str, dict]) -> str:
    """Render one trie node; the end marker becomes an optional group, greedy so longer wins."""
    ends = "" in node
    branches = [_char_pattern(ch) + _node_pattern(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body


# Put before a text that a spaced script's matcher reads: the text's first term follows a non-word
# character too.
LEAD = " "


@cached
def matcher(script: str) -> re.Pattern[str]:
    """Compiled matcher for one script, the term in group 1; spaced scripts need word boundaries, Chinese
    cannot have them. A spaced script's pattern reads LEAD + text and opens with the non-word character
    before a term (when no term opens with one), so the engine skips in C to the next such character: a
    lookbehind instead is a step at every position."""
    words = sorted(load_entries()[script])
    pattern = _trie_pattern(words)
    if not registry()[script].spaced:
        return re.compile(f"({pattern})")
    # A term opening with a non-word character may follow a term ending with one, with no character
    # between them to open the next match.
    before = r"\W" if all(_WORD_START.match(word) for word in words) else r"(?<!\w)"
    return re.compile(rf"{before}({pattern})(?!\w)")


_WORD_START = re.compile(r"\w")
