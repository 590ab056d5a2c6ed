"""Case tables of the tests, kept in TOML files under tests/fixtures: `cases` parametrizes a test with one."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import Any

import pytest


@cache
def _tables(path: Path) -> dict[str, list[dict[str, Any]]]:
    with path.open("rb") as f:
        return tomllib.load(f)


def _value(value: Any) -> Any:
    """Arrays as tuples, all the way down: a test compares what it gets with tuples (a set: set(value))."""
    return tuple(_value(item) for item in value) if isinstance(value, list) else value


def cases(path: Path, table: str | tuple[str, ...], names: str) -> pytest.MarkDecorator:
    """`pytest.mark.parametrize` over the rows of `table` in `path` (or of several tables, in turn): one
    case per row, its `id` the test id (none: pytest makes one of the values); `names` are the test's
    arguments ("title, expected"), each read from the row's field of that name, an absent field being None.
    A row's `xfail` field makes it a strict expected failure, the field's value its reason."""
    fields = [name.strip() for name in names.split(",")]
    params = []
    rows = [row for name in ((table,) if isinstance(table, str) else table) for row in _tables(path)[name]]
    for row in rows:
        # A misspelt field would otherwise reach the test as None.
        known = {"id", "xfail", *fields}
        assert set(row) <= known, (path.name, table, sorted(set(row) - known))
        marks = [pytest.mark.xfail(reason=row["xfail"], strict=True)] if "xfail" in row else []
        values = (_value(row.get(field)) for field in fields)
        params.append(pytest.param(*values, id=row.get("id"), marks=marks))
    return pytest.mark.parametrize(fields if len(fields) > 1 else fields[0], params)
