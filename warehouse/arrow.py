"""Arrow tables lent to DuckDB for one query: batches of keys to probe or rows to load."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import duckdb
import pyarrow as pa


@contextmanager
def registered(con: duckdb.DuckDBPyConnection, name: str, table: pa.Table) -> Iterator[None]:
    """`table` is visible to `con`'s SQL as `name` inside the block, and only there."""
    con.register(name, table)
    try:
        yield
    finally:
        con.unregister(name)
