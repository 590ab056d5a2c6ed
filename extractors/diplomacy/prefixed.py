"""Patterns rewritten to open each branch with a literal first character, matching as written.

The regex engine skips in C to the next position holding a first character of the pattern only when every
branch opens with a literal (case-sensitive) character or one class. A grammar pattern opens with a word
boundary, a group of words or a case-insensitive letter, so the engine tries it at every position: about
eight times slower on a sentence. `compile_prefixed` splits the pattern's branches into their first
character and the rest, and writes one branch per character the first can match (both cases of a letter),
the word boundary before it looked back at once the next letters matched: "\\blast\\s+year|上月" becomes
"(?:L(?:(?i:ast(?<=\\b[\\s\\S]{4})\\s+year))|l(?:...)|上(?:(?i:月)))". A pattern it cannot split (a capture
group, a repeated or broad first character) is compiled as it is.

Rewriting and compiling the grammar's large patterns costs more than a process's first articles: the
pattern `compile_prefixed` returns is built on its first search, so a process pays only for the patterns
its texts reach.
"""

from __future__ import annotations

import re
import sys
from array import array
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any, cast

_QUANTIFIER = re.compile(r"(?:[?*+]|\{\d*(?:,\d*)?\})[?+]?")
_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
_GUARDS = ("\\b", "(?<=", "(?<!")
_CASED = "(?-i:"  # a group matching case-sensitively inside a pattern ignoring case ("(?-i:may)")
_LITERAL_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v"}
_HEX = {"x": 2, "u": 4, "U": 8}
MAX_FIRSTS = 400  # characters a pattern may open with; past this (a class of letters) nothing is skipped
_CASED_UP_TO = 0x20000  # every cased letter is below this code point
_CASE_BLOCK = 64  # characters tested together for holding no cased letter
_UTF32 = f"utf-32-{'le' if sys.byteorder == 'little' else 'be'}"  # an array's bytes, in the machine's order
Split = list[tuple[str, str, str]]  # (guard, first character's atom, rest) per branch, in order


@lru_cache(maxsize=512)
def compile_prefixed(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, its branches opening with literal first characters when it splits,
    compiled on first use (kept, as `re.compile` keeps its own: a pattern built per article, such as its
    surnames, recurs)."""
    return cast(re.Pattern[str], Prefixed(pattern, flags))


_DELEGATED = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "pattern",
              "flags", "groups", "groupindex")


class Prefixed:
    """A `compile_prefixed` pattern, compiled the first time any of its attributes is read; from then on
    its methods are the compiled pattern's own, held in slots (no lookup more than a pattern's)."""

    __slots__ = ("_source", "_flags", "_compiled", *_DELEGATED)

    def __init__(self, source: str, flags: int) -> None:
        self._source = source
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        """Reached only for a slot not yet filled (or a name no slot holds): compile, fill, answer."""
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern, compiled (and its methods put in the slots) on the first call."""
        try:
            return self._compiled
        except AttributeError:
            compiled = self._compiled = _compile(self._source, self._flags)
            for slot in _DELEGATED:
                setattr(self, slot, getattr(compiled, slot))
            return compiled

    def __repr__(self) -> str:
        return f"compile_prefixed({self._source!r}, {self._flags})"


def _compile(pattern: str, flags: int) -> re.Pattern[str]:
    """What `compile_prefixed` stands for, compiled now."""
    rewritten = _rewritten(pattern, flags)
    return re.compile(*rewritten) if rewritten else re.compile(pattern, flags)


def _rewritten(pattern: str, flags: int) -> tuple[str, int] | None:
    """The pattern with its branches opening with literal first characters, and its flags; None when it
    does not split."""
    if pattern.startswith("(?i:") and _group_end(pattern, 0) == len(pattern) - 1:
        return _rewritten(pattern[4:-1], flags | re.IGNORECASE)  # a grammar pattern ignoring case
    if re.compile(pattern, flags).groups or _GLOBAL_FLAGS.search(pattern) or flags & ~(re.IGNORECASE
                                                                                         | re.UNICODE):
        return None  # branches copied per character would renumber groups
    branches = _split(pattern)
    rewritten = _rewrite(branches, flags) if branches else None
    return (rewritten, flags & ~re.IGNORECASE) if rewritten else None


_AFTER_SPACE = "(?<=\\S\\s)"  # a fragment's guard: it opens a word after a space that follows a word
# Where an Alternation's part may match: anywhere, at 0, after a space; anywhere, in a text holding a Han
# character (one of _HAN_BLOCKS, which have no case: a case-blind pattern matches them as written).
_ANY, _AT_START, _SPACED, _HAN_TEXT = 0, 1, 2, 3
_HAN_BLOCKS = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
_HAN = re.compile("[" + "".join(f"{chr(low)}-{chr(high)}" for low, high in _HAN_BLOCKS) + "]")


class Alternation:
    """The matches of an alternation of fragments ("(?:a|b|...)"), as `finditer` of its one pattern finds
    them, searched as up to four patterns. Of the fragments compile_prefixed rewrites (the engine skips to
    their first characters), those opening a word after a space ("(?<=\\S\\s)\\bsince") are sought from
    the space before them: the engine skips to the spaces, about one character in six of Latin text, instead
    of trying the branches of every letter at every letter; the others as they are. Those anchored at the
    text's start ("^\\W*after") are tried there only, and the others (a broad first class:
    "[\\u4e00-\\u9fff]{2,6}总统") everywhere: in one pattern, one such fragment makes the engine try every
    fragment at every position (the grammar's `aside` took a tenth of an article's time so). When two
    patterns match at one place, the fragment first in order wins, as in the alternation. Of the others,
    those every match of which holds a Han character (`_needs_han`: "[\\u4e00-\\u9fff·]{2,6}总统的特使") are
    a part of their own, searched only in a text that holds one: in English or Vietnamese text, one test of
    each character in C instead of those fragments tried at every position. That part is searched in a
    Chinese text only when, for one of its fragments, the text holds one of each set of Han words every match
    of the fragment holds (`_han_words`: "总统", "总理"... and "特使", "特别代表"... above), found by `in`."""

    __slots__ = ("_whole", "_parts", "_each", "_without_han", "_han_words")

    def __init__(self, fragments: list[str], flags: int) -> None:
        self._whole = compile_prefixed("(?:" + "|".join(fragments) + ")", flags)
        fast = [f for f in fragments if _rewritten(f"(?:{f})", flags)]
        spaced = [f for f in fast if all(b.startswith(_AFTER_SPACE) for b in _branches(f))]
        joined = _rewritten("(?:" + "|".join(spaced) + ")", flags) if spaced else None
        spaced = spaced if joined else []
        anchored = [f for f in fragments if f not in fast and "(?m" not in f
                    and all(b.startswith("^") for b in _branches(f))]
        slow = [f for f in fragments if f not in fast and f not in anchored]
        han = [f for f in slow if _needs_han(f, flags)]
        slow = [f for f in slow if f not in han]
        parts: list[tuple[re.Pattern[str], int]] = []
        if joined:  # the space before the fragments, then their rewritten alternation
            parts.append((re.compile(r"\s" + joined[0], joined[1]), _SPACED))
        if len(spaced) < len(fast):
            parts.append((compile_prefixed("(?:" + "|".join(f for f in fast if f not in spaced) + ")", flags),
                          _ANY))
        for group, where in ((anchored, _AT_START), (slow, _ANY), (han, _HAN_TEXT)):
            if group:
                pattern = re.compile("(?:" + "|".join(group) + ")", flags)
                # The fragments tried at every position are searched only where one of the literal words
                # every match of them holds stands (guarded: "(?<=\\S\\s)\\b(?:days?|shortly|...)\\s+
                # before\\b" needs "before"): the engine skips to the words in C. The same matches.
                parts.append((guarded(pattern) if where == _ANY else pattern, where))
        self._parts = parts if len(parts) > 1 and not flags & re.MULTILINE else []
        # the parts searched in a text holding no Han character: the Han part, when there is one, left out
        self._without_han = [part for part in self._parts if part[1] != _HAN_TEXT]
        # per Han fragment, the sets of words one of each of which its every match holds; None when one of
        # them has none (the part is then searched in every text holding a Han character)
        words = [_han_words(f, flags) for f in han]
        self._han_words = None if not words or not all(words) else words
        self._each = [re.compile(f"(?:{f})", flags) for f in fragments]

    def spans(self, text: str, pos: int = 0) -> list[tuple[int, int]]:
        """The (start, end) of each match opening at `pos` or later, in order (`finditer(text, pos)`)."""
        if not self._parts:  # nothing to split: the one pattern
            return [match.span() for match in self._whole.finditer(text, pos)]
        parts = self._parts
        if len(self._without_han) < len(parts) and (not _HAN.search(text) or (
                self._han_words is not None and not any(all(any(word in text for word in one) for one in sets)
                                                        for sets in self._han_words))):
            parts = self._without_han  # no Han character, or none of the words: the Han part matches nowhere
        found: list[tuple[int, int]] = []
        nexts = [_next_span(pattern, where, text, pos) for pattern, where in parts]
        while any(nexts):
            place = min(span[0] for span in nexts if span is not None)
            hits = [span for span in nexts if span is not None and span[0] == place]
            if len(hits) == 1:
                span = hits[0]
            else:  # several at one place: the fragment first in order
                span = next(m.span() for p in self._each if (m := p.match(text, place)))
            if span[0] == span[1]:  # an empty match: finditer's own rules for the next one
                return [match.span() for match in self._whole.finditer(text, pos)]
            found.append(span)
            at = span[1]
            for i, ((pattern, where), following) in enumerate(zip(parts, nexts, strict=True)):
                if following is not None and following[0] < at:
                    nexts[i] = _next_span(pattern, where, text, at)
        return found


def _parsed(pattern: str, flags: int) -> tuple[Any, Any] | None:
    """The parsed pattern and the parser's constants; None when this Python's parser is not there or reads
    the pattern otherwise (its readers then stay unsure)."""
    try:
        from re import _constants as sre  # type: ignore[attr-defined]
        from re import _parser  # type: ignore[attr-defined]

        return _parser.parse(pattern, flags), sre
    except (ImportError, re.error):
        return None


def _required_runs(items: Any, sre: Any, kept: Callable[[int], bool],
                   pick: Callable[[list[frozenset[str]]], frozenset[str]],
                   case_blind: bool) -> list[frozenset[str]]:
    """Sets of runs of literal characters (those `kept` keeps) one of each set standing in every match of the
    parsed `items`: a run that must match (not in a lookaround, nor in a repeat that may match nothing), and
    of an alternation, `pick`'s set of each branch joined (none when a branch has none). A group matched
    case-blind, in a pattern that is not (`case_blind` False), gives no run: its letters are matched
    otherwise than as written."""
    repeats = {sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT)}
    atomic = getattr(sre, "ATOMIC_GROUP", None)
    found: list[frozenset[str]] = []
    run = ""
    for op, arg in items:
        if op is sre.LITERAL and kept(arg):
            run += chr(arg)
            continue
        if run:
            found.append(frozenset({run}))
            run = ""
        if op is sre.SUBPATTERN:
            if not (arg[1] & re.IGNORECASE and not case_blind):
                found += _required_runs(arg[3], sre, kept, pick, case_blind)
        elif op is atomic:
            found += _required_runs(arg, sre, kept, pick, case_blind)
        elif op in repeats and arg[0] >= 1:
            found += _required_runs(arg[2], sre, kept, pick, case_blind)
        elif op is sre.BRANCH:
            each = [pick(_required_runs(branch, sre, kept, pick, case_blind)) for branch in arg[1]]
            if all(each):
                found.append(frozenset().union(*each))
    if run:
        found.append(frozenset({run}))
    return found


def _han_words(fragment: str, flags: int) -> list[frozenset[str]]:
    """Sets of runs of Han characters, one of each set standing in every match of a fragment, read from the
    parsed pattern (_required_runs; of an alternation, each branch's first set). Han characters have no
    case, so a text holds a run as written. Empty when there is none or when unsure (the fragment is then
    searched in every Chinese text)."""
    read = _parsed(fragment, flags)
    if read is None:
        return []
    parsed, sre = read
    return _required_runs(parsed, sre, lambda code: any(low <= code <= high for low, high in _HAN_BLOCKS),
                          lambda sets: sets[0] if sets else frozenset(), case_blind=True)


def guarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` (a compile_prefixed one, or compiled), searched only where its literal_guard finds a word:
    the same matches; the pattern itself when it has no guard."""
    source, flags = (pattern._source, pattern._flags) if isinstance(pattern, Prefixed) \
        else (pattern.pattern, pattern.flags & ~re.UNICODE)
    guard = literal_guard(source, flags)
    return pattern if guard is None else cast(re.Pattern[str], Guarded(pattern, guard))


class Guarded:
    """A pattern and its literal guard: each search first seeks one of the guard's words in the span of text
    searched (a match consumes its words there), and the pattern is searched only when one stands there."""

    __slots__ = ("_pattern", "_guard")

    def __init__(self, pattern: re.Pattern[str], guard: re.Pattern[str]) -> None:
        self._pattern = pattern
        self._guard = guard

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._guard.search(text, pos, endpos) is None:
            return None
        return self._pattern.search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._guard.search(text, pos, endpos) is None:
            return None
        return self._pattern.match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._guard.search(text, pos, endpos) is None:
            return None
        return self._pattern.fullmatch(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        if self._guard.search(text, pos, endpos) is None:
            return iter(())
        return self._pattern.finditer(text, pos, endpos)

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        if self._guard.search(text, pos, endpos) is None:
            return []
        return self._pattern.findall(text, pos, endpos)

    def __getattr__(self, name: str) -> Any:
        """Any other attribute (sub, split, pattern...): the pattern's own, unguarded."""
        return getattr(self._pattern, name)

    def __repr__(self) -> str:
        return f"guarded({self._pattern!r})"


def literal_guard(pattern: str, flags: int = 0) -> re.Pattern[str] | None:
    """A pattern of literal words one of which every match of `pattern` holds (runs of literal characters
    it consumes, outside any lookaround and any repeat that may match nothing; of an alternation, one run
    from each branch), compiled with the same flags, so it matches them as `pattern` does, case and all:
    where it finds none in a span of text, `pattern` matches nowhere in it, and a search of a few literal
    words, the engine skipping in C to their first characters, is cheaper than trying a pattern opening
    with a word boundary at every position. Of the sets of words a match must hold, the one whose shortest
    word is longest ("interview" over "in"). None when there is none, no set of words of two characters
    or more, or when the whole pattern is case-blind ("(?i)") and the flags are not; a case-blind group in a
    case-sensitive pattern only gives no word of its own."""
    read = _parsed(pattern, flags)
    if read is None:
        return None
    parsed, sre = read
    ignore = bool(flags & re.IGNORECASE)
    if parsed.state.flags & re.IGNORECASE and not ignore:
        return None  # "(?i)" for the whole pattern: its literals are matched otherwise than the guard's

    def best(sets: list[frozenset[str]]) -> frozenset[str]:
        """The most telling set: its shortest word longest, then the fewest words."""
        return max(sets, key=lambda words: (min(map(len, words)), -len(words)), default=frozenset())

    words = best(_required_runs(parsed, sre, lambda _: True, best, ignore))
    if not words or min(map(len, words)) < 2:
        return None
    return compile_prefixed("|".join(re.escape(word) for word in sorted(words, key=lambda w: (-len(w), w))),
                            flags)


def _needs_han(fragment: str, flags: int) -> bool:
    """Whether every match of a fragment holds a Han character, read from the parsed pattern: a literal, or a
    class of Han characters only, that must match (not inside a lookaround, nor a repeat that may match
    nothing), or one in each branch of an alternation. False when unsure (a pattern this Python's parser
    reads otherwise): the fragment is then searched in every text."""
    read = _parsed(fragment, flags)
    if read is None:
        return False
    parsed, sre = read
    repeats = {sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT)}

    def han(low: int, high: int) -> bool:
        return any(block_low <= low <= high <= block_high for block_low, block_high in _HAN_BLOCKS)

    def one_han(op: Any, arg: Any) -> bool:  # a class's member: a Han character or a range of them
        return (op is sre.LITERAL and han(arg, arg)) or (op is sre.RANGE and han(*arg))

    def needs(items: Any) -> bool:
        for op, arg in items:
            if ((op is sre.LITERAL and han(arg, arg))
                    or (op is sre.IN and arg and all(one_han(*member) for member in arg))
                    or (op is sre.BRANCH and all(needs(branch) for branch in arg[1]))
                    or (op is sre.SUBPATTERN and needs(arg[3]))
                    or (op in repeats and arg[0] >= 1 and needs(arg[2]))):
                return True
        return False

    return needs(parsed)


def _next_span(pattern: re.Pattern[str], where: int, text: str, at: int) -> tuple[int, int] | None:
    """The span of a part's first match opening at `at` or later: a part anchored at the start is tried
    there only ("^" matches nowhere else); a part of fragments after a space is sought from the character
    before `at`, the space it consumes left out of the span."""
    if where == _AT_START:
        match = pattern.match(text) if at == 0 else None
        return match.span() if match else None
    if where == _SPACED:
        match = pattern.search(text, max(0, at - 1))
        return (match.start() + 1, match.end()) if match else None
    match = pattern.search(text, at)
    return match.span() if match else None


def _rewrite(branches: Split, flags: int) -> str | None:
    """One branch per first character: the character, the branch's guard looked back at, then its rest
    (case-insensitive when the pattern is)."""
    ignore = bool(flags & re.IGNORECASE)
    by_char: dict[str, list[str]] = {}
    for guard, first, rest in branches:
        chars = _first_chars(first, flags)
        if chars is None:
            return None
        tail = _guarded(guard, rest)
        for char in chars:
            by_char.setdefault(char, []).append(f"(?i:{tail})" if ignore else f"(?:{tail})")
    if len(by_char) > MAX_FIRSTS:
        return None
    return "(?:" + "|".join(re.escape(char) + "(?:" + "|".join(tails) + ")"
                            for char, tails in sorted(by_char.items())) + ")"


def _guarded(guard: str, rest: str) -> str:
    """A branch's rest after its first character, the guard before that character looked back at once the
    literal characters opening the rest matched: most positions fail on a letter, a cheaper test."""
    if not guard:
        return rest
    atoms = _atoms(rest)
    if atoms is None:
        return f"(?<={guard}[\\s\\S]){rest}"
    count = 0
    while count < len(atoms) and not atoms[count][1] and _literal(atoms[count][0]):
        count += 1
    literals = "".join(atom for atom, _ in atoms[:count])
    later = "".join(atom + quantifier for atom, quantifier in atoms[count:])
    return f"{literals}(?<={guard}[\\s\\S]{{{count + 1}}}){later}"


def _split(pattern: str) -> Split | None:
    """(guard, first atom, rest) of every branch, a group opening a branch spread into its branches."""
    found: Split = []
    for branch in _branches(pattern):
        atoms = _atoms(branch)
        if atoms is None:
            return None
        at = 0
        while at < len(atoms) and atoms[at][0].startswith(_GUARDS) and not atoms[at][1]:
            at += 1
        first, repeat = atoms[at] if at < len(atoms) else ("", "")
        if at == len(atoms) or repeat not in ("", "?", "+", "+?") or repeat == "?" and at + 1 == len(atoms):
            return None  # a branch that may match nothing, or whose first character may be repeated lazily
        guard = "".join(core + quantifier for core, quantifier in atoms[:at])
        rest = "".join(core + quantifier for core, quantifier in atoms[at + 1:])
        if repeat.startswith("+"):  # "[0-9]+" is "[0-9]" then "[0-9]*" ("+?" then "*?"): one first atom
            rest, repeat = f"{first}*{repeat[1:]}{rest}", ""
        if repeat:  # an optional first atom, greedy: the branch with it, then the branch without it
            with_it, without = _split(f"{guard}(?:{first}){rest}"), _split(guard + rest)
            if with_it is None or without is None:
                return None
            found += with_it + without
        elif first.startswith("(?:"):
            inner = _split(first[3:-1])
            if inner is None:
                return None
            found += [(guard + g, f, r + rest) for g, f, r in inner]
        elif first.startswith(_CASED):  # "(?-i:may)": its branches, each part kept case-sensitive
            inner = _split(first[len(_CASED):-1])
            if inner is None:
                return None
            found += [(guard + (f"{_CASED}{g})" if g else ""), f"{_CASED}{f})", f"{_CASED}{r})" + rest)
                      for g, f, r in inner]
        elif first.startswith("("):
            return None  # a lookahead or a group with other flags
        else:
            found.append((guard, first, rest))
    return found


def _branches(pattern: str) -> list[str]:
    """The pattern split at its top-level "|"."""
    parts, start = [], 0
    for at, char, depth in _walk(pattern, 0):
        if char == "|" and depth == 0:
            parts.append(pattern[start:at])
            start = at + 1
    return parts + [pattern[start:]]


def _walk(pattern: str, at: int) -> Iterator[tuple[int, str, int]]:
    """From `at`, each character outside escapes and classes, with the group depth after it."""
    depth = 0
    while at < len(pattern):
        char = pattern[at]
        if char == "\\":
            at += 2
            continue
        if char == "[":
            at = _class_end(pattern, at) + 1
            continue
        depth += (char == "(") - (char == ")")
        yield at, char, depth
        at += 1


def _class_end(pattern: str, at: int) -> int:
    """The index of the "]" closing the class opening at `at`."""
    at += 1
    if pattern[at:at + 1] == "^":
        at += 1
    if pattern[at:at + 1] == "]":
        at += 1
    while pattern[at] != "]":
        at += 2 if pattern[at] == "\\" else 1
    return at


def _group_end(pattern: str, at: int) -> int:
    """The index of the ")" closing the group opening at `at`."""
    for end, char, depth in _walk(pattern, at):
        if char == ")" and depth == 0:
            return end
    raise ValueError(f"unbalanced group at {at} in {pattern!r}")


def _atoms(branch: str) -> list[tuple[str, str]] | None:
    """A branch's atoms as (atom, its quantifier or ""); None for an escape this module does not read."""
    atoms, at = [], 0
    while at < len(branch):
        char = branch[at]
        if char == "\\":
            if branch[at + 1] == "N":
                return None
            end = at + 2 + _HEX.get(branch[at + 1], 0)
        elif char == "[":
            end = _class_end(branch, at) + 1
        elif char == "(":
            end = _group_end(branch, at) + 1
        else:
            end = at + 1
        quantifier = _QUANTIFIER.match(branch, end)
        atoms.append((branch[at:end], quantifier.group(0) if quantifier else ""))
        at = quantifier.end() if quantifier else end
    return atoms


def _first_chars(atom: str, flags: int) -> set[str] | None:
    """Every character a one-character atom matches under `flags`; None for a broad one (\\w, [^,], .)."""
    if atom.startswith(_CASED):  # a first character that matches case-sensitively in any pattern
        return _first_chars(atom[len(_CASED):-1], flags & ~re.IGNORECASE)
    chars = _class_chars(atom) if atom.startswith("[") else _literal(atom)
    if chars is None or len(chars) > MAX_FIRSTS:
        return None
    if not flags & re.IGNORECASE:
        return chars
    test = re.compile(atom, flags)
    return {other for char in chars for other in _case_group(char) if test.fullmatch(other)}


def _literal(atom: str) -> set[str] | None:
    """The character a literal atom stands for ("a", "\\.", "\\u4e2d", "\\n"); None for ".", "^", "\\w"..."""
    if not atom.startswith("\\"):
        return {atom} if len(atom) == 1 and atom not in ".^$" else None
    code = atom[1]
    if code in _HEX:
        return {chr(int(atom[2:], 16))}
    if code in _LITERAL_ESCAPES:
        return {_LITERAL_ESCAPES[code]}
    return None if code.isalnum() else {code}


def _class_chars(atom: str) -> set[str] | None:
    """The characters of a positive class of literals and ranges; None for a negated or broad class."""
    body = atom[1:-1]
    if body.startswith("^"):
        return None
    items: list[str | None] = []  # the class's characters, None for a range's "-"
    at = 0
    while at < len(body):
        width = 2 + _HEX.get(body[at + 1], 0) if body[at] == "\\" else 1
        literal = _literal(body[at:at + width]) if width > 1 else {body[at]}
        if literal is None:
            return None
        items.append(None if body[at] == "-" and 0 < at < len(body) - 1 else literal.pop())
        at += width
    chars: set[str] = set()
    at = 0
    while at < len(items):
        low, dash, high = (items[at:at + 3] + [None, None])[:3]
        if low is not None and dash is None and high is not None and at + 2 < len(items):
            if ord(high) - ord(low) > MAX_FIRSTS:
                return None
            chars.update(chr(code) for code in range(ord(low), ord(high) + 1))
            at += 3
        else:
            chars.add(low if low is not None else "-")
            at += 1
    return chars


@lru_cache(maxsize=1)
def _case_groups() -> dict[str, frozenset[str]]:
    """Cased characters joined with their lower, upper and folded forms: every character a letter may match
    ignoring case is in its group (the engine's own test then picks them)."""
    parent: dict[str, str] = {}

    def root(char: str) -> str:
        while parent.get(char, char) != char:
            char = parent[char]
        return char

    for char in _cased_chars():
        for form in (char.lower()[:1], char.upper()[:1], char.casefold()[:1]):
            if form != char:
                parent[root(form)] = root(char)
    groups: dict[str, set[str]] = {}
    for char in parent:
        groups.setdefault(root(char), set()).add(char)
    return {char: frozenset(group) for group in groups.values() for char in group}


def _cased_chars() -> Iterator[str]:
    """Every character below _CASED_UP_TO, less blocks whose characters are all their own lower, upper and
    folded forms. A block is tested whole in C: a string's form joins its characters' forms (a final Σ
    lowers to ς, still not itself) and no form is empty, so it equals the block only when each character
    is its own form; the few blocks holding cased letters are the only ones read one by one."""
    # Every code point as one string, decoded in C (a chr() per code point costs more than the rest).
    everything = array("I", range(_CASED_UP_TO)).tobytes().decode(_UTF32, "surrogatepass")
    for at in range(0, _CASED_UP_TO, _CASE_BLOCK):
        block = everything[at:at + _CASE_BLOCK]
        if block.lower() != block or block.upper() != block or block.casefold() != block:
            yield from block


def _case_group(char: str) -> frozenset[str]:
    """The characters a character may match ignoring case, itself included."""
    return _case_groups().get(char, frozenset(char))
