"""Parquet exports for other tools: one folder per dataset, partitioned by month.

Every month an export touches is written whole from the warehouse and replaces that month's
folder: `--since`/`--until` choose which months are refreshed, never which rows a month keeps. So
a window never deletes rows outside it (the rest of its months are written too, and months it does
not touch are left as they are), and re-exporting any window never duplicates a row.
"""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

import duckdb

# dataset -> query over the analyst views; `month` is the partition column.
DATASETS = {
    "articles": """
        SELECT v.article_id, v.url, v.title, v.outlet, v.outlets, v.language, v.published_at,
               v.date_source, v.author, v.word_count, v.method, v.extraction_error, v.extractor_version,
               v.body, d.relevant, d.score, d.pairs, d.evidence, d.detector_version, v.first_seen_at
        FROM article_view v LEFT JOIN latest_detections d USING (article_id)""",
    "events": "SELECT * FROM events",
    "tier_mentions": "SELECT * FROM tier_mentions",
}
_MONTH = "strftime(coalesce(published_at, TIMESTAMPTZ '1970-01-01'), '%Y-%m')"
STAGING = ".staging"  # where a dataset is written before its months are moved into place


def export_parquet(con: duckdb.DuckDBPyConnection, out: Path, since: date | None = None,
                   until: date | None = None) -> dict[str, int]:
    """Write each dataset under `out/<dataset>/month=YYYY-MM/`, every month the window touches in full;
    returns rows written per dataset."""
    out.mkdir(parents=True, exist_ok=True)
    written = {}
    for name, query in DATASETS.items():
        where, params = _months(since, until)
        select = f"SELECT *, {_MONTH} AS month FROM ({query}) {where}"
        count = con.execute(f"SELECT count(*) FROM ({select})", params).fetchall()[0][0]
        written[name] = int(count)
        if count:
            _write(con, select, params, out / name)
    return written


def _write(con: duckdb.DuckDBPyConnection, select: str, params: list[object], target: Path) -> None:
    """COPY into a staging folder, then swap each month folder into place (old one removed after)."""
    staging = target / STAGING
    shutil.rmtree(staging, ignore_errors=True)  # left by an export that was killed
    staging.mkdir(parents=True)
    path = str(staging).replace("'", "''")
    con.execute(f"COPY ({select}) TO '{path}' (FORMAT parquet, PARTITION_BY (month))", params)
    for month in sorted(p for p in staging.iterdir() if p.is_dir()):
        final, old = target / month.name, staging / f"{month.name}.old"
        if final.exists():
            os.replace(final, old)
        os.replace(month, final)
        shutil.rmtree(old, ignore_errors=True)
    shutil.rmtree(staging, ignore_errors=True)


def _months(since: date | None, until: date | None) -> tuple[str, list[object]]:
    """The WHERE clause selecting every row of the months from `since`'s to `until`'s (UTC)."""
    clauses, params = [], []
    if since:
        clauses.append("published_at >= ?")
        params.append(since.replace(day=1))
    if until:
        clauses.append("published_at < ?")
        params.append(date(until.year + until.month // 12, until.month % 12 + 1, 1))
    return ("WHERE " + " AND ".join(clauses) if clauses else ""), params
