"""Running analysts' SQL: print results as a table, CSV or JSON; an interactive prompt."""

from __future__ import annotations

import csv
import json
import shutil
import unicodedata
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, TextIO

import duckdb

from extractors.errors import WarehouseError
from warehouse.db import reader

CELL_WIDTH = 60


def run(path: Path, query: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Run `query` read-only on `path`; DuckDB's own message on error."""
    with reader(path) as con:
        try:
            cur = con.execute(query)
        except duckdb.Error as exc:
            raise WarehouseError(str(exc).strip()) from exc
        if cur.description is None:
            return [], []
        return [d[0] for d in cur.description], cur.fetchall()


def run_and_print(path: Path, query: str, fmt: str, max_rows: int, out: TextIO) -> None:
    """Run `query` and write the result to `out` in `fmt` (table, csv or json)."""
    cols, rows = run(path, query)
    if fmt == "csv":
        w = csv.writer(out)
        w.writerow(cols)
        w.writerows([[_plain(v) for v in r] for r in rows])
    elif fmt == "json":
        for r in rows:
            out.write(json.dumps(dict(zip(cols, r, strict=True)), ensure_ascii=False, default=_json) + "\n")
    else:
        out.write(format_table(cols, rows, max_rows))


def format_table(cols: list[str], rows: list[tuple[Any, ...]], max_rows: int = 40) -> str:
    """A plain text table, long cells cut, with a row count."""
    shown = [[_cell(v) for v in r] for r in rows[:max_rows]]
    widths = [max([_width(c)] + [_width(r[i]) for r in shown]) for i, c in enumerate(cols)]
    line = "  ".join("-" * w for w in widths)
    text = ["  ".join(_pad(c, w) for c, w in zip(cols, widths, strict=True)), line]
    text += ["  ".join(_pad(v, w) for v, w in zip(r, widths, strict=True)) for r in shown]
    more = f" (showing {max_rows})" if len(rows) > max_rows else ""
    text.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''}{more})")
    return "\n".join(text) + "\n"


def _width(s: str) -> int:
    """Terminal columns: CJK and other wide characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def _pad(s: str, width: int) -> str:
    return s + " " * (width - _width(s))


def interactive(path: Path) -> None:
    """A minimal SQL prompt on `path`; suggests the DuckDB CLI for more."""
    print(f"Connected read-only to {path}. End each query with ';'. Ctrl-D quits.")
    if shutil.which("duckdb"):
        print(f"(For a full shell: duckdb -readonly {path})")
    buf: list[str] = []
    while True:
        try:
            line = input("bamboo> " if not buf else "   ...> ")
        except EOFError:
            print()
            return
        buf.append(line)
        if line.rstrip().endswith(";"):
            query, buf = "\n".join(buf), []
            try:
                cols, rows = run(path, query)
                print(format_table(cols, rows), end="")
            except WarehouseError as exc:
                print(f"Error: {exc}")


def _cell(v: Any) -> str:
    s = "NULL" if v is None else str(_plain(v)).replace("\n", " ")
    return s if len(s) <= CELL_WIDTH else s[: CELL_WIDTH - 1] + "…"


def _plain(v: Any) -> Any:
    if isinstance(v, datetime):
        return v.isoformat(sep=" ", timespec="seconds")
    if isinstance(v, list):
        return json.dumps(v, ensure_ascii=False, default=str)
    return v


def _json(v: Any) -> Any:
    if isinstance(v, datetime | date):
        return v.isoformat()
    if isinstance(v, Decimal):
        return float(v)
    return str(v)
