"""Lexicons: analyst-editable TSV files folded into one fast matcher per script."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from .text import SCRIPTS, fold_term, traditional_forms

# A lexicon "lang" column value -> the matcher scripts it feeds.
_LANG_SCRIPTS = {
    "en": ("en",),
    "vi": ("vi", "vi_ascii"),
    "zh": ("zh",),
    "vim": ("vi",),
    "vi_ascii": ("vi_ascii",),
    "lat": ("en", "vi", "vi_ascii"),
    "*": SCRIPTS,
}
_FILES = ("entities.tsv", "people.tsv", "offices.tsv", "nonstate.tsv", "actions.tsv", "tiers.tsv", "cues.tsv")


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
    role: str = ""  # where a hit is filed, decided once here: see _role
    codes: tuple[str, ...] = ()  # value split into country codes, for names

    def __post_init__(self) -> None:
        """Derive the filing role and country codes once, not on every hit."""
        object.__setattr__(self, "role", _role(self.source, self.kind))
        object.__setattr__(self, "codes", tuple(self.value.split("+")))


def _role(source: str, kind: str) -> str:
    """title | office | org | other | person | place | country | action | tier | cue."""
    if source == "people":
        return "person"
    if source == "offices":
        return "office"
    if source == "nonstate":
        return "org"
    if source == "entities":
        if kind in ("title", "other"):
            return kind
        return "place" if kind in ("capital", "place") else "country"
    return {"actions": "action", "tiers": "tier"}.get(source, "cue")


def _rows(name: str) -> Iterator[list[str]]:
    """Yield the tab-separated, non-comment rows of one lexicon file."""
    text = resources.files(__package__).joinpath(f"lexicons/{name}").read_text(encoding="utf-8")
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        if len(cols) < 3:
            raise ValueError(f"lexicons/{name}:{lineno}: expected tab-separated columns, got {line!r}")
        yield cols


def _entry(source: str, cols: list[str]) -> tuple[str, str, Entry]:
    """Turn a row into (lang, term, Entry) according to the file's column layout."""
    pad = cols + [""] * (6 - len(cols))
    if source in ("entities", "people"):
        # lang term code kind label
        return pad[0], pad[1], Entry(source, pad[3] or "name", pad[2], pad[4] or pad[1])
    if source == "offices":
        # lang term label
        return pad[0], pad[1], Entry(source, "office", "-", pad[2] or pad[1])
    if source == "nonstate":
        # lang term kind
        return pad[0], pad[1], Entry(source, pad[2], "-", pad[1], 0.0)
    if source == "actions":
        # lang term type cameo weight
        return pad[0], pad[1], Entry(source, pad[2], pad[3], pad[1], float(pad[4] or 1))
    if source == "tiers":
        # lang term tier
        return pad[0], pad[1], Entry(source, pad[2], "", pad[1])
    # cues: lang term category weight
    return pad[0], pad[1], Entry(source, pad[2], "", pad[1], float(pad[3] or 1))


def _keys(term: str, script: str) -> list[str]:
    """Folded spellings of a term for one script; Chinese gets its traditional forms too."""
    key = fold_term(term, script)
    return traditional_forms(key) if script == "zh" else [key]


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


@lru_cache(maxsize=1)
def load_entries() -> dict[str, dict[str, tuple[Entry, ...]]]:
    """Per script, folded term -> entries, from every lexicon file."""
    table: dict[str, dict[str, list[Entry]]] = {s: {} for s in SCRIPTS}
    for name in _FILES:
        source = name.removesuffix(".tsv")
        for cols in _rows(name):
            lang, term, entry = _entry(source, cols)
            if _is_acronym(term):
                entry = replace(entry, case=True)
            elif source == "entities" and lang in ("vi", "vim") and _is_syllable_name(term):
                entry = replace(entry, capital=True)
            for lang_part in lang.split(","):
                for script in _LANG_SCRIPTS[lang_part]:
                    _add(table[script], _keys(term, script), entry)
    # "ignore" rows only need their key in the matcher (the longer phrase wins); they carry no entry.
    return {s: {k: tuple(e for e in v if e.kind != "ignore") for k, v in terms.items()}
            for s, terms in table.items()}


# The regex engine tries a trie's top-level branches one after another at every position; Chinese has
# about a thousand first characters. Groups of this many first characters behind one character-class
# lookahead let a position skip a whole group at once (about twice as fast on Chinese text).
FIRST_CHAR_GROUP = 100


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
    groups = []
    for at in range(0, len(items), FIRST_CHAR_GROUP):
        chunk = items[at:at + FIRST_CHAR_GROUP]
        chars = "".join(r"\s-" if ch == "-" else re.escape(ch) for ch, _ in chunk)
        body = "|".join(_char_pattern(ch) + _node_pattern(child) for ch, child in chunk)
        groups.append(f"(?=[{chars}])(?:{body})")
    return "(?:" + "|".join(groups) + ")"


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


@lru_cache(maxsize=len(SCRIPTS))
def matcher(script: str) -> re.Pattern[str]:
    """Compiled matcher for one script; Latin scripts need word boundaries, Chinese cannot have them."""
    pattern = _trie_pattern(sorted(load_entries()[script]))
    if script == "zh":
        return re.compile(pattern)
    return re.compile(rf"(?<![\w])(?:{pattern})(?![\w])")
