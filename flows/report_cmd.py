"""`bamboo report`: write the HTML briefing from the warehouse (the analyst copy by default)."""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path

import click

from extractors.core.errors import BambooError
from extractors.core.settings import Settings
from flows.cligroup import main


def _warehouse_path(db: Path | None) -> Path:
    """The file to read: --db, else the analyst copy of BAMBOO_DB; a clear error when missing."""
    from warehouse.snapshot import analyst_path

    if db is not None:
        if not db.exists():
            raise click.ClickException(f"{db}: no warehouse here (check --db)")
        return db
    from flows.variables import current

    try:
        main_db = current(cheap=True).db
    except BambooError as exc:
        raise click.ClickException(str(exc)) from exc
    path = analyst_path(main_db)
    if path.exists():
        return path
    if main_db.exists():
        raise click.ClickException(f"{path}: no analyst copy yet; the next `bamboo ingest` publishes it, "
                                   f"or pass --db {main_db} to read the warehouse itself")
    raise click.ClickException(f"{main_db}: no warehouse yet (run `bamboo ingest` first, or pass --db)")


def _read_settings(db: Path | None) -> Settings:
    """The settings a read uses: the event views' headline language and DuckDB's memory limit
    (environment or Prefect variables)."""
    from flows.variables import current

    try:
        return current(cheap=True, db=db)
    except BambooError as exc:
        raise click.ClickException(str(exc)) from exc


def _day(value: datetime | None) -> date | None:
    return value.date() if value else None


@main.command()
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="First day of stories (YYYY-MM-DD).")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="Last day of stories (YYYY-MM-DD).")
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="HTML file to write, e.g. report.html.")
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path),
              help="Warehouse file to read (default: the analyst copy of BAMBOO_DB).")
def report(since: datetime | None, until: datetime | None, out: Path, db: Path | None) -> None:
    """Write the HTML briefing: events per pair with their reports, tier changes, then the counts.

    One self-contained file: it opens offline in any browser.

    Example: bamboo report --since 2026-01-01 --out report.html
    """
    import duckdb

    from warehouse.db import reader
    from warehouse.report import render_report

    if since and until and since > until:
        raise click.BadParameter(f"{since:%Y-%m-%d} is after --until {until:%Y-%m-%d}", param_hint="--since")
    path = _warehouse_path(db)
    try:
        s = _read_settings(db)
        with reader(path, report_language=s.report_language, memory_limit=s.duckdb_memory_limit) as con:
            html = render_report(con, _day(since), _day(until))
    except BambooError as exc:
        raise click.ClickException(str(exc)) from exc
    except duckdb.Error as exc:  # e.g. a DuckDB file that is not a Bamboo Wire warehouse
        raise click.ClickException(f"{path}: cannot read the report's views: {exc}") from exc
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.tmp{os.getpid()}")
    tmp.write_text(html, encoding="utf-8")
    os.replace(tmp, out)  # a browser that has the old report open never sees half a file
    click.echo(f"Wrote {out} ({len(html.encode()) / 1e6:.1f} MB) from {path}")
