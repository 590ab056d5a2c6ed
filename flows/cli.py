"""The `bamboo` entry point: the core commands, and the one import of every other command module.

Core commands here: ingest, classify, extract, sql, export, settings. The other command modules add
theirs to the same group (flows/cligroup.py) when imported at the end of this file.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from extractors.core.errors import BambooError
from extractors.core.settings import Settings, describe, show
from flows.cligroup import VERBOSE, _quiet_prefect, _settings, main

FORMATS = click.Choice(["table", "csv", "json", "markdown"])


def preflight(settings: Settings, feeds_file: Path | None, feed_urls: Sequence[str]) -> None:
    """Check the feeds and open the warehouse before any flow starts: bad input fails in one line."""
    from extractors.feeds.config import feeds_from_urls, load_feeds
    from warehouse.db import connect

    try:
        if feed_urls:
            feeds_from_urls(list(feed_urls))
        else:
            load_feeds(feeds_file or settings.feeds)
    except BambooError as exc:
        raise click.ClickException(str(exc)) from exc
    try:
        with connect(settings.db, timeout=settings.lock_timeout, memory_limit=settings.duckdb_memory_limit):
            pass
    except BambooError as exc:
        from warehouse.deferred import defer_run_failure

        defer_run_failure(settings.db, "ingest", {"feeds_file": str(feeds_file or settings.feeds)}, str(exc))
        raise click.ClickException(str(exc)) from exc


@main.command()
@click.option("--feeds", "feeds_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Feeds file (default: BAMBOO_FEEDS or config/feeds.toml).")
@click.option("--feed-url", "feed_urls", multiple=True, metavar="URL",
              help="Poll this feed URL instead of the feeds file (repeatable): how to try a new feed.")
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path),
              help="Warehouse file (default: BAMBOO_DB or data/bamboo.duckdb).")
@click.option("--allow-private-networks", is_flag=True, default=None,
              help="Allow loopback and private addresses (local demo and tests only).")
@click.option("--all", "all_feeds", is_flag=True, help="Poll every feed, not only those due.")
@VERBOSE
def ingest(feeds_file: Path | None, feed_urls: tuple[str, ...], db: Path | None,
           allow_private_networks: bool | None, all_feeds: bool, verbose: bool) -> None:
    """Run the ingest flow once: poll feeds, load new articles, detect diplomacy stories.

    Exits non-zero only when every feed failed.

    Example: bamboo ingest --feed-url https://e.vnexpress.net/rss/news.rss
    """
    settings = _settings(db=db)
    preflight(settings, feeds_file, feed_urls)
    _quiet_prefect(verbose)
    from flows import resources
    from flows.ingest import ingest as ingest_flow
    from flows.local import local_run
    from flows.summary import summary_lines

    # The extraction workers start while Prefect starts its temporary API (seconds), not after it.
    resources.warm_pool(resources.pool_size(settings))
    try:
        with local_run():
            summary = ingest_flow(feeds_file=str(feeds_file) if feeds_file else None,
                                  feed_urls=list(feed_urls) or None, db=str(db) if db else None,
                                  allow_private_networks=allow_private_networks, all_feeds=all_feeds)
    except BambooError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        resources.close_all()
    for line in summary_lines(summary):
        click.echo(line)
    if summary.feeds_polled and summary.feeds_failed == summary.feeds_polled:
        sys.exit(1)


@main.command()
@click.argument("source", type=click.File("r", encoding="utf-8"), default="-")
def classify(source: Any) -> None:
    """Classify JSON Lines {"id","title","text","language"?,"published_at"?} from FILE or stdin (-).

    Writes one JSON line per input, in input order. Bad lines are reported on stderr. `published_at`
    (an ISO date or datetime) resolves event dates such as "on Monday" or "yesterday".

    Example: echo '{"id":"1","title":"Xi meets To Lam in Hanoi","text":"","published_at":"2025-04-14"}' \\
      | bamboo classify
    """
    from extractors.diplomacy.jsonl import classify_stream

    bad = classify_stream(source, sys.stdout, sys.stderr)
    if bad:
        sys.exit(2)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--url", help="The URL the page(s) came from (helps dates and canonical URLs).")
def extract(paths: tuple[Path, ...], url: str | None) -> None:
    """Extract saved pages (.html, .html.gz, or folders of them) and print one JSON line per page.

    Uses exactly the extraction code of the flows, with their settings (BAMBOO_MIN_BODY_CHARS).

    Example: bamboo extract saved/article.html --url https://e.vnexpress.net/news/x.html
    """
    from extractors.article.savedpages import extract_paths

    settings = _settings(cheap=True)
    for record in extract_paths(list(paths), url=url, settings=settings):
        click.echo(json.dumps(record, ensure_ascii=False, default=str))


@main.command()
@click.argument("query", required=False)
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path),
              help="File to query (default: the analyst copy of BAMBOO_DB).")
@click.option("--live", is_flag=True,
              help="Query the warehouse itself (read-only) instead of the analyst copy.")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.option("--max-rows", default=40, show_default=True, help="Rows shown in table format.")
@click.option("--max-width", default=60, show_default=True, type=click.IntRange(min=0),
              help="Widest table cell in characters; longer ones are cut and the count line says so "
                   "(0 = never cut).")
@click.option("-f", "--file", "sql_file", type=click.File("r", encoding="utf-8"),
              help="Read the query from a file (e.g. warehouse/queries/latest_stories.sql).")
def sql(query: str | None, db: Path | None, live: bool, fmt: str, max_rows: int, max_width: int,
        sql_file: Any) -> None:
    """Run a SQL query on the warehouse (analyst copy by default) and print the result.

    With no QUERY, opens an interactive prompt (.help lists its commands); statements piped in
    on stdin are run in turn.

    Example: bamboo sql "SELECT published_at, outlet, title, pairs FROM diplomacy_stories LIMIT 5"
    """
    from flows import sqlprompt
    from warehouse import analyst_sql

    if sql_file is not None:
        if query is not None:
            raise click.UsageError("give a QUERY or --file, not both")
        query = sql_file.read()
    path, s = _query_target(db, live)
    try:
        if query is None:
            sys.exit(sqlprompt.main(path, mode=fmt, max_width=max_width, max_rows=max_rows,
                                    report_language=s.report_language, memory_limit=s.duckdb_memory_limit))
        analyst_sql.run_and_print(path, query, fmt, max_rows, sys.stdout, max_width,
                                  report_language=s.report_language, memory_limit=s.duckdb_memory_limit)
    except BambooError as exc:
        raise click.ClickException(str(exc)) from exc


@main.command()
@click.option("--parquet", "out", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder to write (datasets articles/, events/, tier_mentions/, by month).")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="First publication day (YYYY-MM-DD).")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="Last publication day (YYYY-MM-DD).")
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path),
              help="File to export from (default: the analyst copy of BAMBOO_DB).")
def export(out: Path, since: Any, until: Any, db: Path | None) -> None:
    """Export articles, events and tier mentions as Parquet partitioned by month.

    Every month the window touches is written whole (all its rows) and replaces that month's
    folder; other months are left as they are, so no export loses or doubles a row.

    Example: bamboo export --parquet out/ --since 2023-09-01 --until 2023-09-30
    """
    from warehouse.db import reader
    from warehouse.export import export_parquet

    if since and until and until < since:
        raise click.BadParameter("--until is before --since", param_hint="--until")
    path, s = _query_target(db, live=False)
    try:
        with reader(path, report_language=s.report_language, memory_limit=s.duckdb_memory_limit) as con:
            counts = export_parquet(con, out, since.date() if since else None,
                                    until.date() if until else None)
    except BambooError as exc:
        raise click.ClickException(str(exc)) from exc
    for name, n in counts.items():
        click.echo(f"{name}: {n} rows -> {out / name}")


def _query_target(db: Path | None, live: bool) -> tuple[Path, Settings]:
    """The file to query (--db, else the warehouse or its analyst copy) and the settings (headline
    language, DuckDB memory limit)."""
    from warehouse.snapshot import analyst_path

    s = _settings(cheap=True, db=db)
    if db is not None:
        return db, s
    return (s.db if live else analyst_path(s.db)), s


@main.command("settings")
def settings_cmd() -> None:
    """List every setting: environment variable, current value, where it came from, meaning.

    A value comes from the environment, else from the Prefect variable of the same name in lower
    case (`bamboo_db`, read when PREFECT_API_URL is set), else the default.
    """
    from extractors.core.settings import old_warehouse_message, unknown_variables, variable_name
    from flows.variables import resolve

    try:
        current, origins, variables, source = resolve()
    except BambooError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(source)
    for name, env, default, help_ in describe():
        value, origin = show(getattr(current, name)), origins[name]
        where = f"Prefect variable {variable_name(env)}" if origin == "Prefect variable" else origin
        click.echo(f"{env}={value}   ({where}" + ("" if value == default else f"; default: {default}") + ")")
        click.echo(f"    {help_}")
    moved = old_warehouse_message(current, origins)
    if moved:
        click.echo(f"warning: {moved}")
    for unknown in unknown_variables(variables):
        click.echo(f"warning: Prefect variable {unknown} names no setting; it is ignored")


# Every command module adds its commands to `main` when imported: all of them, in one place.
import flows.alerts_cmd  # noqa: E402, F401  (alerts and watch)
import flows.commands  # noqa: E402, F401  (backfill, reprocess and serve)
import flows.feeds_cmd  # noqa: E402, F401  (the `feeds` group)
import flows.report_cmd  # noqa: E402, F401  (report)

__all__ = ["main"]

if __name__ == "__main__":  # pragma: no cover
    main()
