"""The detector's fast scan forms find exactly what their plain forms find (they are only speed-ups)."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from extractors.diplomacy import grammar, prefixed, text
from extractors.diplomacy.grammar import registry
from extractors.diplomacy.prefixed import compile_prefixed

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

# The plain sentence-end pattern: three branches tried at every character.
_PLAIN_SENTENCE_END = re.compile(r"[.!?;][\"\u201d]?(?:\s+|(?=[A-Z\u00c0-\u1ef8]))|[。！？；][」”]?\s*|\n+")


def _texts(pieces: list[str], count: int, longest: int, seed: int) -> list[str]:
    """Deterministic random strings glued from pieces."""
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, longest))) for _ in range(count)]


def test_sentence_ends_open_with_a_class_and_match_the_plain_branches() -> None:
    pieces = list("ab AZ.!?;\"\u201d。！？；」”\n\t Àà") + ["U.S", "3.5", "\u3000"]
    for sample in _texts(pieces, 3_000, 24, 1):
        assert ([m.span() for m in text._SENTENCE_END.finditer(sample)]
                == [m.span() for m in _PLAIN_SENTENCE_END.finditer(sample)]), sample


def test_function_words_grouped_by_first_letter_match_the_plain_alternation() -> None:
    lists = [spec["guess"]["words"] for spec in grammar._registry_file()["scripts"].values()
             if "words" in spec.get("guess", {})]
    lists.append(["a", "ab", "-x", "x-", " y"])  # words that open or close with no letter
    assert len(lists) >= 3
    for words in lists:
        plain = re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b")
        grouped = grammar._word_pattern(words)
        for sample in _texts([*words, " ", "-", "x", "é", "_", "1", "\n"], 1_000, 8, 2):
            assert ([m.span() for m in grouped.finditer(sample)]
                    == [m.span() for m in plain.finditer(sample)]), (words, sample)


def test_letter_runs_count_each_letter_once() -> None:
    scripts = [spec for spec in registry().values() if spec.letters is not None]
    assert scripts
    for spec in scripts:
        assert spec.letter_runs is not None
        for sample in _texts(list("中国a ,ăâđ越\n。Ả"), 1_000, 20, 3):
            assert sum(map(len, spec.letter_runs.findall(sample))) == len(spec.letters.findall(sample))


def test_a_string_table_translates_as_its_dict() -> None:
    table = {ord("đ"): "d", ord("ệ"): "e", ord("５"): "5"}
    pieces = ["đ", "ệ", "５", "a", "中", "\U0001f600", "Đ"]  # past the table's end, and before it unmapped
    fast = text.string_table(table)
    for sample in _texts(pieces, 1_000, 10, 4):
        assert sample.translate(fast) == sample.translate(table)
    marked = "Việt Nam, Hà Nội, Đà Nẵng"
    assert text.strip_marks(marked) == "Viet Nam, Ha Noi, Da Nang"


def test_function_words_counted_over_word_runs_as_their_pattern_counts_them() -> None:
    specs = [spec for spec in registry().values() if spec.words is not None and spec.word_set is not None]
    assert specs
    for spec in specs:
        assert spec.words is not None and spec.word_set is not None
        for sample in _texts([*sorted(spec.word_set), " ", "-", "x", "é", "_", "1", "\n", "中"], 1_000, 8, 5):
            runs = grammar.WORD_RUN.findall(sample)
            assert sum(map(spec.word_set.__contains__, runs)) == len(spec.words.findall(sample)), sample


def test_a_letter_limit_is_passed_when_the_full_count_passes_it() -> None:
    scripts = [spec for spec in registry().values() if spec.letter_runs is not None]
    for spec in scripts:
        assert spec.letter_runs is not None
        for sample in _texts(list("中国a ,ăâđ越\n。Ả"), 500, 20, 6):
            full = sum(map(len, spec.letter_runs.findall(sample)))
            assert [text._more_letters(spec.letter_runs, sample, limit) for limit in range(8)] == [
                full > limit for limit in range(8)], sample


def _fixture_texts() -> list[str]:
    """The fixture articles' titles and texts, also without marks and in capitals: copy as it comes."""
    rows = [json.loads(line) for line in (FIXTURES / "diplomacy" / "articles.jsonl").read_text(
        encoding="utf-8").splitlines() if line.strip()]
    found = [piece for row in rows for piece in (row.get("title") or "", row.get("text") or "")]
    return found + [text.strip_marks(piece) for piece in found] + [piece.upper() for piece in found]


def test_patterns_opening_with_literals_find_what_the_plain_patterns_find() -> None:
    texts = _fixture_texts()
    keys = {key for language in grammar.languages() for key in grammar.grammar(language).get("shared", {})}
    rewritten = 0
    for key in sorted(keys):
        fragments = grammar.shared(key)
        if not fragments or not all(isinstance(f, str) for f in fragments):
            continue  # a table of words, no pattern
        for wrapper in ("(?:{})", r"(?:{})\s*$"):
            source = wrapper.replace("{}", "(?:" + "|".join(fragments) + ")")
            plain, fast = re.compile(source, re.IGNORECASE), compile_prefixed(source, re.IGNORECASE)
            rewritten += fast.pattern != source
            for sample in texts:
                assert ([m.span() for m in fast.finditer(sample)]
                        == [m.span() for m in plain.finditer(sample)]), (key, sample)
                for end in range(0, len(sample), 41):  # a window before a name, as the readers search
                    found, expected = fast.search(sample, max(0, end - 24), end), plain.search(
                        sample, max(0, end - 24), end)
                    assert (found and found.span()) == (expected and expected.span()), (key, sample, end)
    assert rewritten > 50


def test_a_rewritten_pattern_opens_each_branch_with_a_literal_of_either_case() -> None:
    fast = compile_prefixed(r"\blast\s+year|上(?:个|個)?月", re.IGNORECASE)
    assert fast.pattern.startswith("(?:L")
    assert [m.group(0) for m in fast.finditer("LAST year, 上個月, blast year, Last  Year")] == [
        "LAST year", "上個月", "Last  Year"]
    # A letter matches what the engine matches ignoring case: the Kelvin sign for "k", "İ" for "i".
    assert compile_prefixed(r"\bkey\b", re.IGNORECASE).search("the \u212aey point")
    assert compile_prefixed(r"\bin\b", re.IGNORECASE).search("\u0130N")
    assert compile_prefixed(r"\bsay", re.IGNORECASE).search("\u017fay")
    # A grammar pattern wrapped whole in (?i:...) is read as one compiled ignoring case.
    wrapped = compile_prefixed(r"(?i:\bafter\s+talks)")
    assert wrapped.pattern.startswith("(?:A") and wrapped.search("AFTER Talks")
    assert not wrapped.search("rafter talks")
    # An optional first word is two branches, the one with it first (the greedy order).
    optional = compile_prefixed(r"\b(?:the\s+)?visit", re.IGNORECASE)
    assert optional.pattern != r"\b(?:the\s+)?visit"
    assert [m.span() for m in optional.finditer("The visit, a revisit, visits")] == [(0, 9), (22, 27)]


def test_a_case_sensitive_group_opening_a_branch_is_split_keeping_its_case() -> None:
    # "(?-i:may)" in an alternation ignoring case (the grammar's coming_act) opens with "m" only.
    source = r"\b(?:will|(?-i:may)|might)\s+meet|x(?-i:[A-Z])y|(?-i:\bMa|mb)c"
    fast, plain = compile_prefixed(source, re.IGNORECASE), re.compile(source, re.IGNORECASE)
    assert fast.pattern != source
    sample = "He may meet; MAY meet, May meet, WILL Meet. xAy xay Mac mac MBC mbc"
    assert [m.span() for m in fast.finditer(sample)] == [m.span() for m in plain.finditer(sample)]
    assert [m.group(0) for m in fast.finditer(sample)] == ["may meet", "WILL Meet", "xAy", "Mac", "mbc"]


def test_a_first_atom_repeated_once_or_more_is_split_as_one_then_any() -> None:
    # "[0-9]+" opens with a digit, the rest of the run after it ("+?" stays lazy); "\w+" is too broad.
    sources = (r"\b(?:mot|hai|[0-9]+)\s+ngay", r"[0-9]+?x", r"(?:ab)+c", r"(?<=\S\s)\b(?:ba|[0-9]+)\s+nam")
    samples = ("mot ngay, 12 ngay, a12 ngay", "123x 9x", "ababc abc AbAbC", "x 5 nam 5 nam x  ba nam")
    for source in sources:
        fast, plain = compile_prefixed(source, re.IGNORECASE), re.compile(source, re.IGNORECASE)
        assert fast.pattern != source
        for sample in samples:
            assert [m.span() for m in fast.finditer(sample)] == [m.span() for m in plain.finditer(sample)]
    assert compile_prefixed(r"\w+ed", re.IGNORECASE).pattern == r"\w+ed"


def test_patterns_that_cannot_be_split_compile_as_written() -> None:
    for source in (r"(\w+) said", r"\w+ing", r"(?:the\s+)??visit", r"[^,]{0,4}$", r"a|", r"(?=x)xy",
                   r"(?i)\bso"):
        assert compile_prefixed(source, re.IGNORECASE).pattern == source


def test_a_prefixed_pattern_compiles_on_first_use_and_answers_as_the_compiled_one() -> None:
    broken = compile_prefixed(r"\bnever(?:used", re.IGNORECASE)  # built only when read
    with pytest.raises(re.error):
        broken.search("never used")
    source = r"\b(?:the\s+)?(?:visit|talks)"
    lazy, compiled = compile_prefixed(source, re.IGNORECASE), prefixed._compile(source, re.IGNORECASE)
    assert lazy.pattern == compiled.pattern and lazy.flags == compiled.flags
    assert (lazy.groups, lazy.groupindex) == (compiled.groups, compiled.groupindex) == (0, {})
    sample = "The visit, a revisit; TALKS and the talks"
    assert lazy.findall(sample) == compiled.findall(sample) == ["The visit", "TALKS", "the talks"]
    assert lazy.sub("#", sample) == compiled.sub("#", sample)
    assert lazy.split(sample) == compiled.split(sample)
    assert lazy.scanner(sample).search().span() == compiled.search(sample).span()  # no slot: still answered
    assert lazy.compiled() is lazy.compiled()  # compiled once


def _grammar_strings(value: object) -> list[str]:
    """Every string a grammar file holds, in lists and tables."""
    if isinstance(value, str):
        return [value]
    items = value.values() if isinstance(value, dict) else value if isinstance(value, list) else []
    return [source for item in items for source in _grammar_strings(item)]


def test_every_grammar_string_compiles_as_written_and_rewritten() -> None:
    # Patterns compile on first use, so a broken fragment would fail only the articles reaching it.
    import tomllib

    folder = Path(grammar.__file__).parent / "lexicons" / "grammar"
    strings = [source for path in sorted(folder.glob("*.toml"))
               for source in _grammar_strings(tomllib.loads(path.read_text(encoding="utf-8")))]
    assert len(strings) > 1000
    for source in strings:
        for flags in (0, re.IGNORECASE):
            assert prefixed._compile(source, flags).pattern is not None, source


def test_the_case_table_skips_only_characters_that_are_their_own_forms() -> None:
    read = set(prefixed._cased_chars())
    for code in range(prefixed._CASED_UP_TO):
        char = chr(code)
        if char not in read:
            assert char.lower() == char.upper() == char.casefold() == char, hex(code)
    assert {"k", "\u212a", "\u0130", "\u017f", "\u03a3"} <= read


def test_an_alternation_split_in_parts_finds_what_its_one_pattern_finds() -> None:
    # Fragments the engine skips to, those anchored at the start, and others (a broad first class),
    # overlapping and meeting at one place: the first in order wins, as in the one pattern.
    # Those opening a word after a space are sought from the space before them (one right before the
    # search's start, "x after after", included).
    fragments = [r"(?<=\S\s)\bafter\b[^;]*", r"^\W*after\b[^;]*", r"ab", r"[a-z]{2,3}c", r"abc",
                 r"(?:(?<=\S\s)|^\W*)\bba\s+ngay\b", r"[\u4e00-\u9fff]{2}总统", r"总统特使",
                 r"(?<=\S\s)\b(?:ab|x)c", r"(?<=\S\s)\bx\b"]
    split = prefixed.Alternation(fragments, re.IGNORECASE)
    whole = re.compile("(?:" + "|".join(fragments) + ")", re.IGNORECASE)
    pieces = ["after", "After", " ", ";", "ab", "c", "x", "ba ngay", "-", "总统", "特使", "中国", "\n", "\t"]
    for sample in _texts(pieces, 3_000, 10, 7):
        assert split.spans(sample) == [m.span() for m in whole.finditer(sample)], sample


@pytest.mark.parametrize(("fragment", "needs"), [
    (r"(?<=[，,])\s*(?:此前|先前|稍早)[^。；]*", True), (r"[\u4e00-\u9fff]{2}总统", True),
    (r"[\u4e00-\u9fff]+", True),
    (r"(?:(?![与與和同及]|作为)[\u4e00-\u9fff·]){2,6}(?:总统|主席)的?特使", True), (r"(?:总统|主席x)", True),
    # a Han character that may be left out, only looked at, or one branch's only: a match may hold none
    (r"[\u4e00-\u9fff]{0,2}x", False), (r"(?:总统)?x", False), (r"(?=总统)x", False), (r"(?:总|x)", False),
    (r"[^总]", False), (r"[\u4e00-\u9fff·]", False), (r"(?:(?<=\S\s)|^\W*)\bba\s+ngay\b", False),
    (r"\w+", False),
])
def test_a_fragment_needs_a_han_character_only_when_every_match_holds_one(fragment: str, needs: bool) -> None:
    assert prefixed._needs_han(fragment, re.IGNORECASE) is needs
    if needs:  # none of its matches in text with no Han character
        assert not re.search(fragment, "ab · x 1 ，x", re.IGNORECASE)


@pytest.mark.parametrize(("fragment", "words"), [
    (r"(?<=[，,])\s*(?:此前|先前|稍早)[^。；]*", [{"此前", "先前", "稍早"}]),
    (r"(?:(?![与與和同及]|作为)[\u4e00-\u9fff·]){2,6}(?:总统|主席)的?特使", [{"总统", "主席"}, {"特使"}]),
    (r"中国(?:外交部)+发言人", [{"中国"}, {"外交部"}, {"发言人"}]),
    # a run that may be left out, only looked at, in one branch only, or of letters with a case: no word
    (r"(?:总统)?x", []), (r"(?=总统)x", []), (r"(?:总统|x)", []), (r"[\u4e00-\u9fff]{2}", []), (r"ab", []),
])
def test_the_han_words_of_a_fragment_stand_in_every_match(fragment: str, words: list[set[str]]) -> None:
    assert [set(one) for one in prefixed._han_words(fragment, re.IGNORECASE)] == words


def test_an_alternation_skips_its_han_part_only_where_no_fragment_can_match() -> None:
    fragments = [r"(?<=\S\s)\bafter\b", r"(?:(?![与和])[\u4e00-\u9fff]){2,4}(?:总统|主席)的?特使",
                 r"(?<=[，,])\s*(?:此前|稍早)[^。；]*"]
    split = prefixed.Alternation(fragments, re.IGNORECASE)
    whole = re.compile("(?:" + "|".join(fragments) + ")", re.IGNORECASE)
    pieces = ["美国", "总统", "主席", "的", "特使", "特", "使", "，", "此前", "稍早", "与", "x after ", "。"]
    for sample in _texts(pieces, 3_000, 10, 11):
        assert split.spans(sample) == [m.span() for m in whole.finditer(sample)], sample


def test_an_alternation_from_a_position_finds_what_finditer_from_it_finds() -> None:
    fragments = [r"(?<=\S\s)\bafter\b[^;]*", r"^\W*after\b[^;]*", r"ab", r"\b(?:\d+|ba)\s+ngay\b",
                 r"[\u4e00-\u9fff]{2}总统", r"(?<=\S\s)\bx\b"]
    split = prefixed.Alternation(fragments, 0)
    whole = re.compile("(?:" + "|".join(fragments) + ")")
    pieces = ["after", " ", ";", "ab", "x", "ba ngay", "12 ngay", "总统", "中国", "\n"]
    for sample in _texts(pieces, 2_000, 10, 13):
        for pos in (0, 1, len(sample) // 2, len(sample)):
            assert split.spans(sample, pos) == [m.span() for m in whole.finditer(sample, pos)], (sample, pos)


def test_the_background_openers_are_found_as_their_one_pattern_finds_them() -> None:
    from extractors.diplomacy.places import place_words
    whole = compile_prefixed("|".join(grammar.shared("background", "places")))
    pieces = ["since ", "while ", "hai ngay sau khi ", "3 ngay truoc cuoc ", ", adding that ", ", who ",
              "qua doi", "，并称", "举行", "x ", "met ", ". "]
    for sample in _texts(pieces, 2_000, 10, 17):
        for pos in (0, 4):
            assert (place_words().background.spans(sample, pos)
                    == [m.span() for m in whole.finditer(sample, pos)]), sample


@pytest.mark.parametrize(("pattern", "flags", "words"), [
    (r"\bin\s+a\s+(?:post|tweet)\b", 0, {"post", "tweet"}),  # the longest shortest word: not "in"
    (r"\b(?:agree[sd]?|agreeing)\s+on", re.IGNORECASE, {"agree"}),
    (r"(?:同意|商定)[^，]{0,6}$|\bsought\b", 0, {"同意", "商定", "sought"}),
    (r"(?:ab)+cd(?:efgh)?", 0, {"ab"}),  # a repeat matching once at least, then "cd": the first
    (r"\bwill\s+(?-i:may)\b", re.IGNORECASE, {"will"}),
    # nothing every match holds, a word only looked at, a case-blind group in a case-sensitive pattern
    (r"(?:abc)?x", 0, None), (r"(?=abcd)\w+", 0, None), (r"(?:abc|\d+)", 0, None), (r"(?i:abc)", 0, None),
    (r"(?i)abc", 0, None), (r"a\b", 0, None),
])
def test_a_literal_guard_holds_the_words_every_match_holds(pattern: str, flags: int,
                                                          words: set[str] | None) -> None:
    guard = prefixed.literal_guard(pattern, flags)
    if words is None:
        assert guard is None
        return
    assert guard is not None
    assert {m.group() for m in guard.finditer(" ".join(sorted(words)))} == words


def test_a_guarded_pattern_matches_as_the_pattern_does() -> None:
    # case-blind words in every case the engine folds ("ſ" is a long s, "K" the Kelvin sign, "İ" a dotted I)
    fragments = [r"\b(?:agree[sd]?|agreeing)\s+(?:on|to)(?:\s+\S+){0,3}\s+$", r"\bsince\s+(?!then)",
                 r"(?:同意|商定)[^，]{0,6}$", r"\bkin\b", r"\b(?:will|would)\s+(?-i:may)\b"]
    pieces = ["agree", "AGREED", "aGreeing", " on ", " to ", "ſince", "SINCE", " then", "同意", "商定", "，",
              "Kin", "kİn", "KIN", "will", " may", " May", "x", " "]
    for flags in (0, re.IGNORECASE):
        pattern = compile_prefixed("(?:" + "|".join(fragments) + ")", flags)
        guarded = prefixed.guarded(pattern)
        assert guarded is not pattern
        for sample in _texts(pieces, 2_000, 8, 19):
            for pos, endpos in ((0, len(sample)), (2, len(sample) - 3)):
                assert ([m.span() for m in guarded.finditer(sample, pos, endpos)]
                        == [m.span() for m in pattern.finditer(sample, pos, endpos)]), sample
                found, expected = guarded.search(sample, pos, endpos), pattern.search(sample, pos, endpos)
                assert (found and found.span()) == (expected and expected.span()), sample
                found, expected = guarded.match(sample, pos, endpos), pattern.match(sample, pos, endpos)
                assert (found and found.span()) == (expected and expected.span()), sample


def test_the_grammar_asides_are_found_as_their_one_pattern_finds_them() -> None:
    from extractors.diplomacy.eventpeople import _aside_clauses
    aside = grammar.shared_pattern("aside")
    pieces = ["since ", "Since the war ", "days after ", "After ", "sau khi ", "ba ngay truoc khi ",
              "继任", "此前", "，", "特使", "总统", "中国", "a ", "; ", "met ", "x"]
    for sample in _texts(pieces, 2_000, 12, 3):
        assert _aside_clauses().spans(sample) == [m.span() for m in aside.finditer(sample)], sample


def test_surnames_sought_as_strings_are_found_as_the_case_blind_alternation_finds_them() -> None:
    from extractors.diplomacy.surnames import _Lowered
    keys = ["cook", "austin", "cooke", "ly"]
    whole = re.compile(r"\b(?:" + "|".join(keys) + r")\b", re.IGNORECASE)
    pieces = ["Cook", "cooke", "Austin", "Lý", "ly", " ", "-", "'", "x", "9", "_", "."]
    for sample in _texts(pieces, 3_000, 10, 5):
        lowered = _Lowered(sample)
        for low, high in ((0, len(sample)), (len(sample) // 3, len(sample))):
            expected = [m.span() for m in whole.finditer(sample[low:high])]
            assert lowered.words(keys, low, high, True) == expected, sample
            bare = [m.span() for m in whole.finditer(text.strip_marks(sample[low:high]))]
            assert lowered.words(keys, low, high) == bare, sample
        spans = [(0, len(sample) // 3), (len(sample) // 3 + 1, len(sample))]
        assert lowered.sentences(keys, spans) == {i for i, (low, high) in enumerate(spans)
                                                  if whole.search(sample[low:high])}, sample


def test_an_ascii_sample_skips_only_scripts_whose_letters_hold_no_ascii_character() -> None:
    skipped = text._beyond_ascii()
    assert {"zh", "vi"} <= skipped
    every_ascii = "".join(map(chr, range(128)))
    for name, spec in registry().items():
        if name in skipped:
            assert spec.letters is not None and spec.letters.search(every_ascii) is None, name


def test_a_period_after_a_long_word_ends_a_sentence_as_before() -> None:
    # a word of more letters than the longest abbreviation before the period is no abbreviation; a short
    # word, an initial or an abbreviation is still read as it was
    sample = "Talks ended. Gen. Lee met Sen. Kim. Calif. voters spoke. J. Smith came. It rained today. Ok."
    assert text.split_sentences(sample) == ["Talks ended.", "Gen. Lee met Sen. Kim.", "Calif. voters spoke.",
                                            "J. Smith came.", "It rained today.", "Ok."]
