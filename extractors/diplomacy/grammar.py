"""The detector's data files: the registry of scripts, the per-language grammar files, kinds and TSV tables.

Everything language-specific the detector reads lives under `lexicons/` (docs/grammar.md); this module
loads it once per process and answers questions about it by script or across languages. The code that
reads text asks for a rule by key and never names a language.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, TypeVar

from .prefixed import compile_prefixed, guarded

_folder: Traversable | Path = resources.files(__package__).joinpath("lexicons")
_CACHES: list[Any] = []
F = TypeVar("F", bound=Callable[..., Any])


class UnknownScript(ValueError):
    """A script name the registry (lexicons/grammar/scripts.toml) does not hold."""


class LexiconError(ValueError):
    """A data file that cannot be read: the message names the file and line."""


def cached(function: F) -> F:
    """lru_cache for a loader of data files, cleared when `use_lexicons` switches folders."""
    wrapped = lru_cache(maxsize=None)(function)
    _CACHES.append(wrapped)
    return wrapped  # type: ignore[return-value]


@contextmanager
def use_lexicons(folder: Path) -> Iterator[None]:
    """Read every data file from `folder` instead of the package's lexicons (a language under test)."""
    global _folder
    before = _folder
    _folder = folder
    _clear()
    try:
        yield
    finally:
        _folder = before
        _clear()


def _clear() -> None:
    """Forget everything loaded from the data files."""
    for loader in _CACHES:
        loader.cache_clear()


def data_file(name: str) -> str:
    """The text of one file under the lexicons folder (e.g. "actions.tsv", "grammar/en.toml")."""
    return _folder.joinpath(name).read_text(encoding="utf-8")


def _toml(name: str) -> dict[str, Any]:
    """One TOML file of the lexicons folder, with a clear error naming it."""
    try:
        return tomllib.loads(data_file(name))
    except tomllib.TOMLDecodeError as error:
        raise LexiconError(f"lexicons/{name}: {error}") from error


# ------------------------------------------------------------------------------------------- TSV tables
def read_table(name: str, columns: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row by column name) of a tab-separated lexicon file with a header row.

    Blank lines and lines starting with "#" are skipped; the first other line names the columns. A
    missing column or a row with more cells than the header is an error naming the file and line;
    cells missing at the end of a row read as "".
    """
    header: list[str] = []
    for lineno, line in enumerate(data_file(name).splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if not header:
            header = cells
            if missing := [c for c in columns if c not in header]:
                raise LexiconError(f"lexicons/{name}:{lineno}: header has no column {', '.join(missing)}"
                                   f" (header: {' '.join(header)})")
            continue
        if len(cells) > len(header) or not cells[0] or len(cells) < 2:
            raise LexiconError(f"lexicons/{name}:{lineno}: expected the columns {' '.join(header)},"
                               f" got {line!r}")
        yield lineno, dict(zip(header, cells + [""] * (len(header) - len(cells)), strict=True))


# ---------------------------------------------------------------------------------------------- registry
@dataclass(frozen=True, slots=True)
class Script:
    """One registered script: how its text is folded, guessed and which grammar it reads."""

    name: str
    language: str
    fold: str  # lower | retone | unmark
    unmarked: bool = False
    spaced: bool = True
    traditional: bool = False
    news_zone: float | None = None
    default: bool = False
    letters: re.Pattern[str] | None = None
    letter_runs: re.Pattern[str] | None = None  # runs of `letters`: counted by length, few matches
    share: int = 0
    least: int = 0
    overrule: int = 0  # the share needed against a label naming another language (0: `share`)
    hint: str = ""
    words: re.Pattern[str] | None = None
    # `words` as a set when each is a run of word characters: counted over the sample's word runs, one
    # scan shared by every script, instead of a pattern scan per script.
    word_set: frozenset[str] | None = None


_FOLDS = ("lower", "retone", "unmark")
WORD_RUN = re.compile(r"\w+")  # a word as the guess's function-word patterns see one (\b on both sides)


@cached
def _registry_file() -> dict[str, Any]:
    return _toml("grammar/scripts.toml")


@cached
def registry() -> dict[str, Script]:
    """Registered scripts by name, in the order they are guessed."""
    scripts = {}
    for name, spec in _registry_file()["scripts"].items():
        guess = spec.get("guess", {})
        if spec.get("fold") not in _FOLDS:
            raise LexiconError(f"lexicons/grammar/scripts.toml: script {name}: fold must be one of {_FOLDS}")
        words = guess.get("words")
        scripts[name] = Script(
            name=name, language=spec["language"], fold=spec["fold"], unmarked=spec.get("unmarked", False),
            spaced=spec.get("spaced", True), traditional=spec.get("traditional", False),
            news_zone=spec.get("news_zone"), default=spec.get("default", False),
            letters=re.compile(guess["letters"]) if "letters" in guess else None,
            letter_runs=_runs(guess["letters"]) if "letters" in guess else None,
            share=guess.get("share", 0), least=guess.get("least", 0), overrule=guess.get("overrule", 0),
            hint=guess.get("hint", ""),
            words=_word_pattern(words) if words else None,
            word_set=frozenset(words) if words and all(WORD_RUN.fullmatch(w) for w in words) else None)
    return scripts


def _runs(letters: str) -> re.Pattern[str]:
    """Runs of a character class's characters, as a class then a repeat: a pattern that opens with a
    class lets the engine skip to the next such character in C, and a run is one match, not one per
    character (Chinese text is nearly all letters)."""
    return re.compile(f"(?:{letters})(?:{letters})*")


def _word_pattern(words: list[str]) -> re.Pattern[str]:
    """Whole words of a list, grouped by first letter. Each group opens with its letter and then looks
    back for the word boundary before it: a pattern whose branches all open with a literal lets the
    engine skip in C to the next position holding one of those letters."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    branches = []
    for first, rests in groups.items():
        letter = re.escape(first)
        # \b before a word character: no word character before it; before any other: one before it.
        boundary = rf"(?<!\w{letter})" if re.match(r"\w", first) else rf"(?<=\w{letter})"
        branches.append(f"{letter}{boundary}(?:{'|'.join(rests)})")
    return re.compile("(?:" + "|".join(branches) + r")\b")


def script(name: str) -> Script:
    """The registered script of that name; UnknownScript names the registered ones otherwise."""
    found = registry().get(name)
    if found is None:
        raise UnknownScript(f"unknown script {name!r}: lexicons/grammar/scripts.toml registers "
                            f"{', '.join(registry())}")
    return found


def scripts() -> tuple[str, ...]:
    """Names of the registered scripts."""
    return tuple(registry())


def languages() -> tuple[str, ...]:
    """Languages of the registered scripts, each once, in registry order."""
    return tuple(dict.fromkeys(s.language for s in registry().values()))


@cached
def lang_scripts() -> dict[str, tuple[tuple[str, ...], str]]:
    """A lexicon "lang" value -> (the scripts its rows feed, its language or "")."""
    table: dict[str, tuple[tuple[str, ...], str]] = {"*": (scripts(), "")}
    for language in languages():
        table[language] = (tuple(s.name for s in registry().values() if s.language == language), language)
    for name, spec in registry().items():
        table.setdefault(name, ((name,), spec.language))
    for value, spec in _registry_file().get("langs", {}).items():
        table[value] = (tuple(spec["scripts"]), spec.get("language", ""))
    return table


def retone_table() -> dict[str, str]:
    """Old Vietnamese tone placement -> new (the "retone" fold)."""
    return dict(_registry_file().get("retone", {}))


def alphabet() -> str:
    """A character-class body of the letters of every registered script."""
    return "".join(_registry_file().get("alphabets", {}).values())


# ------------------------------------------------------------------------------------------ grammar files
@cached
def grammar(language: str) -> dict[str, Any]:
    """The grammar file of one language (lexicons/grammar/<language>.toml)."""
    return _toml(f"grammar/{language}.toml")


def rule(script_name: str, section: str, key: str, default: Any = None) -> Any:
    """A grammar value for text of one script, `default` when its language does not give it.

    For an unmarked script the value comes from the grammar's [unmarked] table when given there, else it
    is the marked value with its diacritics dropped.
    """
    spec = script(script_name)
    rules = grammar(spec.language)
    if spec.unmarked:
        override = rules.get("unmarked", {}).get(section, {})
        if key in override:
            return override[key]
    value = rules.get(section, {}).get(key, default)
    return _unmark(value) if spec.unmarked else value


def _unmark(value: Any) -> Any:
    """A grammar value with Vietnamese diacritics dropped (strings, and strings in lists)."""
    from .text import strip_marks  # text.py reads this module at import

    if isinstance(value, str):
        return strip_marks(value)
    if isinstance(value, list):
        return [_unmark(v) for v in value]
    return value


@cached
def shared(key: str, section: str = "shared") -> tuple[Any, ...]:
    """Every language's values of a key of [shared] (or of another section read for every script, as
    [dates] and [places]), in registry order: rules for copy that mixes languages. A table gives its
    items, a string is one value."""
    found: list[Any] = []
    for language in languages():
        value = grammar(language).get(section, {}).get(key, [])
        if isinstance(value, str):
            value = [value]
        found.extend(value.items() if isinstance(value, dict) else value)
    return tuple(found)


def shared_table(section: str, key: str) -> dict[str, Any]:
    """Every language's table of a key read for every script, merged (a word -> its value)."""
    return dict(shared(key, section))


_CLASS = re.compile(r"\[[^\]^\\-]+\]")  # a plain character class: no range, negation or escape


@cached
def shared_pattern(key: str, wrapper: str = "{}", flags: int = re.IGNORECASE,
                   section: str = "shared") -> re.Pattern[str]:
    """The fragments of a key of every language's `section` ([shared] unless said) as one alternation placed
    in `wrapper` ("(?:a|b)" for "{}"); built once per key, wrapper, flags and section, so readers call it
    where they need it."""
    fragments = list(shared(key, section))
    # One character class for the single-character fragments ("[,;:]", "[，；：、]"), tried first: the
    # engine tests a class in one step where it would try alternatives one by one.
    classes = [f for f in fragments if _CLASS.fullmatch(f)]
    if len(classes) > 1:
        merged = "[" + "".join(c[1:-1] for c in classes) + "]"
        fragments = [merged] + [f for f in fragments if f not in classes]
    body = "(?:" + "|".join(fragments) + ")" if fragments else "(?!)"
    return compile_prefixed(wrapper.replace("{}", body), flags)


@cached
def guarded_pattern(key: str, wrapper: str = "{}", flags: int = re.IGNORECASE,
                    section: str = "shared") -> re.Pattern[str]:
    """shared_pattern(key, wrapper, flags, section), searched only where one of the literal words every match
    of it holds stands (prefixed.guarded): for a pattern most sentences hold no word of, as a reader asks
    of every lead sentence. The same matches."""
    return guarded(shared_pattern(key, wrapper, flags, section))


# ------------------------------------------------------------------------------------------------- kinds
@cached
def kinds() -> dict[str, dict[str, frozenset[str]]]:
    """lexicons/kinds.toml: what the types, categories and tiers of lexicon rows mean."""
    return {section: {key: frozenset(values) for key, values in table.items()}
            for section, table in _toml("kinds.toml").items()}


def kind_set(section: str, key: str) -> frozenset[str]:
    """One set of kinds.toml ("actions", "encounters")."""
    return kinds()[section][key]


def office_roles(office: str) -> frozenset[str]:
    """The people roles an office word names before a name or a surname (kinds.toml [office_roles]); none
    for an office the table leaves out."""
    return kinds().get("office_roles", {}).get(office, frozenset())


@cached
def event_order() -> tuple[str, ...]:
    """Action types that name an event, most telling first (order kept from kinds.toml)."""
    return tuple(_toml("kinds.toml")["actions"]["events"])
