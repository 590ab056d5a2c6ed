"""Parquet exports for other tools: one folder per dataset, partitioned by month."""

from __future__ import annotations

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


def export_parquet(con: duckdb.DuckDBPyConnection, out: Path, since: date | None = None,
                   until: date | None = None) -> dict[str, int]:
    """Write each dataset under `out/<dataset>/month=YYYY-MM/`; returns rows written per dataset."""
    out.mkdir(parents=True, exist_ok=True)
    written = {}
    for name, query in DATASETS.items():
        where, params = _window(since, until)
        select = (f"SELECT *, strftime(coalesce(published_at, TIMESTAMPTZ '1970-01-01'), '%Y-%m') AS month "
                  f"FROM ({query}) {where}")
        count = con.execute(f"SELECT count(*) FROM ({select})", params).fetchall()[0][0]
        written[name] = int(count)
        if count:
            target = str(out / name).replace("'", "''")
            con.execute(f"COPY ({select}) TO '{target}' "
                        "(FORMAT parquet, PARTITION_BY (month), OVERWRITE_OR_IGNORE true)", params)
    return written


def _window(since: date | None, until: date | None) -> tuple[str, list[object]]:
    clauses, params = [], []
    if since:
        clauses.append("CAST(published_at AS DATE) >= ?")
        params.append(since)
    if until:
        clauses.append("CAST(published_at AS DATE) <= ?")
        params.append(until)
    return ("WHERE " + " AND ".join(clauses) if clauses else ""), params
