"""text.clause_span finds a clause's start by one backward scan per mark, written out by hand: its marks must
stay those of CLAUSE_BREAK, which finds the clause's end."""

from __future__ import annotations

import ast
import inspect

import pytest

from extractors.diplomacy import text
from extractors.diplomacy.text import CLAUSE_BREAK, clause_span


def _pattern_marks() -> set[str]:
    """The marks of CLAUSE_BREAK's one character class."""
    pattern = CLAUSE_BREAK.pattern
    assert pattern.startswith("[") and pattern.endswith("]") and "\\" not in pattern, pattern
    return set(pattern[1:-1])


def _scanned_marks() -> set[str]:
    """The marks clause_span scans back for (the first argument of each of its rfind calls)."""
    tree = ast.parse(inspect.getsource(text.clause_span))
    return {call.args[0].value for call in ast.walk(tree)
            if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
            and call.func.attr == "rfind" and isinstance(call.args[0], ast.Constant)
            and isinstance(call.args[0].value, str)}


def test_clause_span_scans_back_for_the_marks_of_clause_break() -> None:
    assert _scanned_marks() == _pattern_marks()


@pytest.mark.parametrize("mark", sorted(_pattern_marks()))
def test_each_mark_bounds_the_clause_on_both_sides(mark: str) -> None:
    sample = f"ab{mark}cd{mark}ef"
    assert clause_span(sample, 3) == (3, 5)


def test_a_mark_of_no_clause_break_bounds_nothing() -> None:
    assert clause_span("ab:cd", 3) == (0, 5)
