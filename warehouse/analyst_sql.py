"""Running analysts' SQL: results as a table, CSV, JSON or Markdown; the catalog the prompt lists."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, TextIO

import duckdb
from rich import box
from rich.cells import cell_len, set_cell_size
from rich.console import Console
from rich.table import Table
from rich.text import Text

from extractors.core.errors import WarehouseError
from extractors.core.settings import DUCKDB_MEMORY_LIMIT
from warehouse.db import reader

FORMATS = ("table", "csv", "json", "markdown")
CELL_WIDTH = 60  # default cut of table cells, in terminal columns; 0 = never cut
_WIDE = 1_000_000  # a console this wide never wraps nor squeezes a table: cells are cut only by max_width


def run(path: Path, query: str, report_language: str = "en",
        memory_limit: str = DUCKDB_MEMORY_LIMIT) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Run `query` read-only on `path`; DuckDB's own message on error."""
    with reader(path, report_language=report_language, memory_limit=memory_limit) as con:
        try:
            cur = con.execute(query)
        except duckdb.Error as exc:
            raise WarehouseError(str(exc).strip()) from exc
        if cur.description is None:
            return [], []
        return [d[0] for d in cur.description], cur.fetchall()


def run_and_print(path: Path, query: str, fmt: str, max_rows: int, out: TextIO,
                  max_width: int = CELL_WIDTH, report_language: str = "en",
                  memory_limit: str = DUCKDB_MEMORY_LIMIT) -> None:
    """Run `query` and write the result to `out` in `fmt` (one of FORMATS)."""
    cols, rows = run(path, query, report_language, memory_limit)
    write_result(cols, rows, fmt, out, max_rows=max_rows, max_width=max_width)


def write_result(cols: list[str], rows: list[tuple[Any, ...]], fmt: str, out: TextIO, *,
                 max_rows: int = 40, max_width: int = CELL_WIDTH) -> None:
    """Write a result in `fmt`; only the table is limited to `max_rows` rows and `max_width` columns."""
    if fmt == "csv":
        w = csv.writer(out)
        w.writerow(cols)
        w.writerows([["" if v is None else cell_text(v) for v in r] for r in rows])
    elif fmt == "json":
        for r in rows:
            out.write(json.dumps(dict(zip(cols, r, strict=True)), ensure_ascii=False, default=_json) + "\n")
    elif fmt == "markdown":
        out.write(format_markdown(cols, rows))
    elif fmt == "table":
        out.write(format_table(cols, rows, max_rows, max_width))
    else:
        raise ValueError(f"unknown format {fmt!r}")


def format_table(cols: list[str], rows: list[tuple[Any, ...]], max_rows: int = 40,
                 max_width: int = CELL_WIDTH) -> str:
    """A plain text table (rich's layout: CJK is two columns wide) with a row count.

    Cells longer than `max_width` columns are cut with "…" and the count line says so.
    """
    shown = [[_one_line("NULL" if v is None else cell_text(v)) for v in r] for r in rows[:max_rows]]
    cut = max_width > 0 and any(cell_len(c) > max_width for r in shown for c in r)
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, padding=(0, 1, 0, 0), header_style="")
    for c in cols:
        table.add_column(Text(c), no_wrap=True, overflow="ignore")
    for r in shown:
        table.add_row(*(Text(_fit(c, max_width)) for c in r))
    text = _render(table) if cols else ""
    more = f", showing {max_rows}" if len(rows) > max_rows else ""
    if cut:
        more += f"; cells cut at {max_width} characters: --max-width 0 or .width 0 shows them whole"
    return text + f"({len(rows)} row{'s' if len(rows) != 1 else ''}{more})\n"


def format_markdown(cols: list[str], rows: list[tuple[Any, ...]]) -> str:
    """A GitHub-flavoured Markdown table of every row, cells whole."""
    def line(cells: list[str]) -> str:
        return "| " + " | ".join(_one_line(c).replace("|", "\\|") for c in cells) + " |\n"

    if not cols:
        return ""
    head = line(cols) + "|" + "|".join("---" for _ in cols) + "|\n"
    return head + "".join(line(["NULL" if v is None else cell_text(v) for v in r]) for r in rows)


def cell_text(v: Any) -> str:
    """A value as an analyst reads it: a list as `CN-VN, US-VN`, a struct or map as JSON."""
    if isinstance(v, list | tuple):
        return ", ".join(_item_text(x) for x in v)
    if isinstance(v, dict):
        return json.dumps(v, ensure_ascii=False, default=_json)
    if isinstance(v, datetime):
        return v.isoformat(sep=" ", timespec="seconds")
    return str(v)


def _item_text(v: Any) -> str:
    if v is None:
        return "NULL"
    if isinstance(v, list | tuple):  # a nested list keeps its brackets, so its bounds stay visible
        return "[" + cell_text(v) + "]"
    return cell_text(v)


def _one_line(s: str) -> str:
    return s.replace("\r\n", " ").replace("\n", " ").replace("\r", " ").replace("\t", " ")


def _fit(s: str, max_width: int) -> str:
    if max_width <= 0 or cell_len(s) <= max_width:
        return s
    return set_cell_size(s, max_width - 1) + "…"


def _render(table: Table) -> str:
    buf = io.StringIO()
    Console(file=buf, width=_WIDE, color_system=None, highlight=False, markup=False, emoji=False,
            soft_wrap=False).print(table)
    return "".join(line.rstrip() + "\n" for line in buf.getvalue().splitlines())


def _json(v: Any) -> Any:
    if isinstance(v, datetime | date):
        return v.isoformat()
    if isinstance(v, Decimal):
        return float(v)
    return str(v)


# The catalog, for the prompt's dot-commands: user tables and views of the open file (temp ones too).
_TABLES = """SELECT table_name FROM duckdb_tables()
              WHERE NOT internal AND database_name IN (current_database(), 'temp') ORDER BY 1"""
_VIEWS = """SELECT view_name FROM duckdb_views()
             WHERE NOT internal AND database_name IN (current_database(), 'temp') ORDER BY 1"""
_SCHEMA = """SELECT sql FROM (
               SELECT table_name AS name, sql, database_name AS db, internal FROM duckdb_tables()
               UNION ALL SELECT view_name, sql, database_name, internal FROM duckdb_views())
             WHERE NOT internal AND db IN (current_database(), 'temp')
               AND ($name IS NULL OR lower(name) = lower($name))
             ORDER BY name"""


def table_names(path: Path, memory_limit: str = DUCKDB_MEMORY_LIMIT) -> list[str]:
    """User tables of `path`."""
    return [r[0] for r in _catalog(path, _TABLES, {}, memory_limit)]


def view_names(path: Path, memory_limit: str = DUCKDB_MEMORY_LIMIT) -> list[str]:
    """Views of `path`."""
    return [r[0] for r in _catalog(path, _VIEWS, {}, memory_limit)]


def schema(path: Path, name: str | None = None, memory_limit: str = DUCKDB_MEMORY_LIMIT) -> list[str]:
    """The CREATE statements of every table and view of `path`, or of the one called `name`."""
    found = [r[0] for r in _catalog(path, _SCHEMA, {"name": name}, memory_limit)]
    if name is not None and not found:
        raise WarehouseError(f"no table or view named {name!r} (.tables and .views list them)")
    return found


def _catalog(path: Path, query: str, params: dict[str, Any], memory_limit: str) -> list[tuple[Any, ...]]:
    with reader(path, memory_limit=memory_limit) as con:
        return con.execute(query, params).fetchall()
