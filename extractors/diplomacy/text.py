"""Text folding, language guessing and sentence splitting for the diplomacy detector.

Folding is length-preserving (one character in, one out) so the whole article is matched in one
regex pass and every hit maps back to its sentence by offset.
"""

from __future__ import annotations

import re
import string
import unicodedata
from functools import lru_cache

from .grammar import (
    WORD_RUN,
    UnknownScript,
    alphabet,
    cached,
    read_table,
    registry,
    retone_table,
    script,
    shared,
)

# Where a clause ends: a comma, a semicolon or a Chinese full stop, in either script's form (clause_span
# spells the same five marks out).
CLAUSE_BREAK = re.compile(r"[,;，；。]")


def clause_span(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """The span of the clause holding text[start:end] (end: start): from the last break before it to the
    first break from its end."""
    # Each break is one character: the last one before `start` is found by one backward scan per mark (in
    # C), not by reading every break from the sentence's start (clause_span runs for many words of a
    # sentence); written out, as a loop over the marks costs more than the scans.
    stop = max(start, 0)
    low = max(text.rfind(",", 0, stop), text.rfind(";", 0, stop), text.rfind("，", 0, stop),
              text.rfind("；", 0, stop), text.rfind("。", 0, stop)) + 1
    brk = CLAUSE_BREAK.search(text, start if end is None else end)
    return low, brk.start() if brk else len(text)


# A possessive after a name ("Beijing's demands", "Trump’s"): the name is a government or owner there.
POSSESSIVE = re.compile(r"['’]s\b")

# Dashes and odd spaces become "-" and " " one for one; lexicon patterns allow space around "-".
# Replaced with str.replace, not str.translate: a few C scans beat a per-character table lookup.
_PUNCT = tuple({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"}.items()) + tuple(
    {c: " " for c in "\u00a0\u2002\u2003\u2009\u200a\u202f\u3000\t"}.items())
# The dots other than "·" that join a foreign name's parts in Chinese copy (lexicon.NAME_DOTS).
_OTHER_NAME_DOTS = "\u2027\u2022\u30fb"
_MARKED = re.compile(r"[\u00c0-\u024f\u1e00-\u1effđĐ]")
# Sentence ends: Latin punctuation then space (or glued to a capital), CJK punctuation, line breaks.
# The pattern opens with one class of every mark and picks its branch by looking back at the mark: a
# pattern that starts with a class lets the engine skip to the next mark in C instead of trying every
# branch at every character (five times faster on a 5 KB article).
_SENTENCE_END = re.compile(r"[.!?;。！？；\n](?:(?<=[.!?;])[\"\u201d]?(?:\s+|(?=[A-Z\u00c0-\u1ef8]))"
                           r"|(?<=[。！？；])[」”]?\s*|(?<=\n)\n*)")
_GLUED_BEFORE = re.compile(r"[a-z\u00e0-\u1ef9\"\u201d]")


@cached
def abbreviations() -> frozenset[str]:
    """Words a period after which ends no sentence ("U.S. Defense Secretary", "Sen. McCain")."""
    return frozenset(shared("abbreviations"))


@cached
def simp_to_trad() -> dict[str, str]:
    """Simplified character -> its traditional forms, from the lexicon folder's table."""
    table: dict[str, str] = {}
    for _, row in read_table("zh_trad_simp.tsv", ("traditional", "simplified")):
        table[row["simplified"]] = table.get(row["simplified"], "") + row["traditional"]
    return table


def traditional_forms(term: str, limit: int = 64) -> list[str]:
    """The term in simplified and every traditional spelling (so text is matched without folding)."""
    forms = [""]
    table = simp_to_trad()
    for ch in term:
        options = ch + table.get(ch, "")
        forms = [f + o for f in forms for o in options][:limit]
    return forms


@lru_cache(maxsize=1)
def _unmark() -> dict[int, str]:
    """Latin letters with diacritics -> bare letter (đ -> d), one character for one."""
    table = {ord("đ"): "d", ord("Đ"): "D"}
    for code in [*range(0x00C0, 0x0250), *range(0x1E00, 0x1F00)]:
        base = unicodedata.normalize("NFD", chr(code))[0]
        if base != chr(code) and base.isascii():
            table[code] = base
    return table


def string_table(table: dict[int, str]) -> str:
    """A one-for-one translate table as a string indexed by code point: str.translate reads it about
    twice as fast as the dict, and leaves a character past its end (IndexError) as it is, as a code
    the dict lacks."""
    if any(len(value) != 1 for value in table.values()):
        raise ValueError("a string table maps one character to one")
    return "".join(table.get(code, chr(code)) for code in range(max(table, default=-1) + 1))


@lru_cache(maxsize=1)
def _unmark_string() -> str:
    return string_table(_unmark())


def strip_marks(text: str) -> str:
    """Drop Vietnamese diacritics so text typed without marks matches, keeping length."""
    if text.isascii():  # a flag of the string, read without a scan: English copy has no marks to drop
        return text
    return _stripped(text)


@lru_cache(maxsize=4096)  # a sentence is stripped by each of its readers (dates, times, asides): once here
def _stripped(text: str) -> str:
    return text.translate(_unmark_string()) if _MARKED.search(text) else text


def guess_script(text: str, language: str | None) -> str:
    """Pick which matcher to run among the registered scripts, trusting the text over a wrong label.

    Raises UnknownScript when most of the text is letters of no registered script (Cyrillic, Thai...).
    """
    sample = text[:1200]  # enough to tell scripts apart; counting over more costs time on every article
    lowered = sample.lower()
    lang = (language or "").lower()
    found = registry().values()
    # A label naming another registered language is overruled only by a larger share: English copy
    # of Vietnamese outlets writes names and places with their marks ("Bùi Thanh Sơn ... in Hà Nội").
    labelled = {spec.language for spec in found if lang and lang.startswith(spec.language)}
    # An ASCII sample (a flag of the string, read without a scan) holds no letter of a script written
    # outside ASCII: its letters are not counted, a scan of the sample saved per such script.
    unseen = _beyond_ascii() if sample.isascii() else frozenset()
    for spec in found:  # by the share of the script's own letters
        share = spec.overrule if spec.overrule and labelled and spec.language not in labelled else spec.share
        if spec.letter_runs and share and spec.name not in unseen and _more_letters(
                spec.letter_runs, lowered, max(spec.least, len(lowered) // share)):
            return spec.name
    for spec in found:  # by the label, when the text holds the script's letters at all
        if spec.letters and spec.hint and lang.startswith(spec.hint) and spec.letters.search(sample):
            return spec.name
    _known_letters(sample)
    for spec in found:  # by the label alone
        if not spec.letters and spec.hint and lang.startswith(spec.hint):
            return spec.name
    runs: list[str] | None = None  # the sample's words, split once for every script's function words
    counts = []
    for spec in found:
        if spec.word_set is not None:
            runs = _word_runs(lowered) if runs is None else runs
            counts.append((sum(map(spec.word_set.__contains__, runs)), spec.default, spec.name))
        elif spec.words:
            counts.append((len(spec.words.findall(lowered)), spec.default, spec.name))
    return max(counts)[2]


_ONE_CLASS = re.compile(r"\[(?:[^\\\]]|\\.)*\]")  # a character class alone: "[\u4e00-\u9fff]"
_ASCII = "".join(map(chr, range(128)))


@cached
def _beyond_ascii() -> frozenset[str]:
    """The scripts whose letters (one character class) hold no ASCII character: none of their letters
    stands in an ASCII text. A script whose letters are written otherwise is always counted."""
    return frozenset(name for name, spec in registry().items()
                     if spec.letters is not None and _ONE_CLASS.fullmatch(spec.letters.pattern)
                     and spec.letters.search(_ASCII) is None)


def _word_runs(sample: str) -> list[str]:
    """WORD_RUN.findall(sample): in ASCII text (most English copy), its other characters made spaces and
    split there, about twice as fast as the pattern's search; otherwise the pattern (\\w is wider there)."""
    if sample.isascii():  # a flag of the string, read without a scan
        return sample.translate(_ASCII_NON_WORD).split()
    return WORD_RUN.findall(sample)


# Every ASCII character outside WORD_RUN's \w (letters, digits, "_") as a space: str.translate maps ASCII
# text through it in C, and str.split() then cuts exactly at the runs of them.
_ASCII_NON_WORD = str.maketrans({chr(code): " " for code in range(128) if not WORD_RUN.fullmatch(chr(code))})


def _more_letters(runs: re.Pattern[str], sample: str, limit: int) -> bool:
    """Whether the sample holds more than `limit` letters of a script (`runs`: runs of them); stops at
    the run that passes the limit, as the letters of the text's own script pass it early."""
    total = 0
    for run in runs.finditer(sample):
        total += run.end() - run.start()
        if total > limit:
            return True
    return False


@cached
def _foreign() -> re.Pattern[str]:
    """Letters of no registered script."""
    return re.compile(rf"[^\W\d_{alphabet()}]")


@cached
def _ascii_known() -> bool:
    """Whether every ASCII letter belongs to a registered script."""
    return not _foreign().search(string.ascii_letters)


def _known_letters(sample: str) -> None:
    """Raise UnknownScript when most characters of the sample are letters of no registered script."""
    if sample.isascii() and _ascii_known():  # the common case, without a scan
        return
    foreign = _foreign().findall(sample)
    if len(foreign) * 2 > len(sample):
        raise UnknownScript(f"text in an unknown script ({unicodedata.name(foreign[0], '?').split()[0]})")


@cached
def _fold_modes() -> dict[str, tuple[str, dict[str, str]]]:
    """Script -> (fold mode, retone table)."""
    return {name: (spec.fold, retone_table()) for name, spec in registry().items()}


@cached
def _retone_scan() -> re.Pattern[str]:
    """The keys of the retone table, as one fast scan."""
    return re.compile("|".join(map(re.escape, retone_table())) or "(?!)")


def fold(text: str, script_name: str) -> str:
    """Normalise NFC text for matching, one character for one; may differ in length only for rare letters."""
    try:
        mode, table = _fold_modes()[script_name]
    except KeyError:
        script(script_name)  # raises UnknownScript
        raise
    for odd, plain in _PUNCT:
        if odd in text:
            text = text.replace(odd, plain)
    text = text.lower()
    if mode == "lower":  # Chinese: the matcher holds traditional spellings of every term instead
        # A foreign name's dot is written several ways ("安东尼•布林肯", "安東尼‧布林肯"); the lexicon
        # writes "·", so the others become it, one for one.
        for dot in _OTHER_NAME_DOTS:
            if dot in text:
                text = text.replace(dot, "·")
        return text
    if mode == "retone":
        return _retone_scan().sub(lambda m: table[m.group(0)], text)
    # English copy sometimes keeps Vietnamese marks on names; the lexicon is folded without them.
    return text if text.isascii() else strip_marks(text)


def fold_term(term: str, script_name: str) -> str:
    """Fold a lexicon term the same way as text of the given script."""
    return fold(unicodedata.normalize("NFC", term), script_name)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, split on Latin and CJK punctuation and line breaks."""
    spans: list[tuple[int, int]] = []
    start = 0
    known = abbreviations()
    reach = _reach(known)
    for boundary in _SENTENCE_END.finditer(text):  # runs at every mark of every article: kept inline
        at, after = boundary.span()
        mark = text[at]
        if mark == "\n":
            end = at
        else:
            end = at + len(boundary.group(0).rstrip())  # the punctuation and a closing quote
            if mark in ".!?;":
                if after == end and not _GLUED_BEFORE.match(text, max(at - 1, 0)):
                    continue  # "U.S" or "3.5" glued: only a lowercase letter or quote before ".Next" ends one
                # A word of `reach` letters or more before the period (most sentences' last word) is no
                # abbreviation nor an initial: one test of the letters before it instead of reading the word.
                if mark == "." and not (at - reach >= start and text[at - reach:at].isalpha()) \
                        and _is_abbreviation(text, start, at, known):
                    continue
        spans.append((start, end))
        start = after
    spans.append((start, len(text)))
    trimmed = []
    for s, e in spans:  # without the whitespace around; spans of whitespace only are dropped
        if e > s and not text[s].isspace() and not text[e - 1].isspace():
            trimmed.append((s, e))  # most sentences: nothing to trim, no copy
            continue
        rest = text[s:e].lstrip()
        if rest:
            trimmed.append((e - len(rest), e - len(rest) + len(rest.rstrip())))
    return trimmed


def _is_abbreviation(text: str, start: int, at: int, known: frozenset[str]) -> bool:
    """Whether the word before the period at `at` is an abbreviation (`known`) or an initial."""
    # Only the last letters up to one past the longest abbreviation (or initial) are read: a longer
    # word is neither. Most words follow a space: cut there, walk letter by letter only past another mark.
    low = max(start, at - _reach(known))
    word = text[low:at].rpartition(" ")[2]
    if not word.isalpha():
        begin = at
        while begin > low and text[begin - 1].isalpha():
            begin -= 1
        word = text[begin:at]
    return word in known or (len(word) == 1 and word.isupper())


@lru_cache(maxsize=4)
def _reach(known: frozenset[str]) -> int:
    """One more than the longest abbreviation (an initial is one letter): how far back a word is read."""
    return max(1, max(map(len, known), default=0)) + 1


def split_sentences(text: str) -> list[str]:
    """The sentences of a text as strings."""
    return [text[s:e] for s, e in sentence_spans(text)]
