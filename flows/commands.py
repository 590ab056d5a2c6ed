"""`bamboo backfill`, `bamboo reprocess` and `bamboo serve`: parse, call the flow, print."""

from __future__ import annotations

import logging
import sys
from datetime import date, datetime
from pathlib import Path

import click

from extractors.core.errors import BambooError
from flows.cligroup import VERBOSE, _quiet_prefect, _settings, main
from flows.local import local_run

DAY = click.DateTime(formats=["%Y-%m-%d"])
DB = click.option("--db", type=click.Path(dir_okay=False, path_type=Path),
                  help="Warehouse file (default: BAMBOO_DB or data/bamboo.duckdb).")


def _day(value: datetime) -> date:
    return value.date()


@main.command()
@click.option("--since", required=True, type=DAY, help="First day of the window (UTC), YYYY-MM-DD.")
@click.option("--until", required=True, type=DAY, help="Last day of the window (UTC, included).")
@click.option("--feeds", "feed_names", multiple=True, metavar="NAME",
              help="Backfill only this feed (repeatable); default: every feed with a sitemap or archive.")
@click.option("--refetch", is_flag=True, help="Fetch and load again articles that are stored already.")
@click.option("--chunk-days", default=7, show_default=True, help="Days per checkpointed chunk.")
@click.option("--feeds-file", type=click.Path(dir_okay=False, path_type=Path),
              help="Feeds file (default: BAMBOO_FEEDS or config/feeds.toml).")
@DB
@click.option("--allow-private-networks", is_flag=True, default=None,
              help="Allow loopback and private addresses (local demo and tests only).")
@VERBOSE
def backfill(since: datetime, until: datetime, feed_names: tuple[str, ...], refetch: bool, chunk_days: int,
             feeds_file: Path | None, db: Path | None, allow_private_networks: bool | None,
             verbose: bool) -> None:
    """Load older articles over a date window from the feeds' sitemaps and archives (resumable).

    Runs the same flow as the `backfill/manual` deployment; rerun the same command after a crash
    and it continues with the chunks not done yet. Chunks are not checkpointed while any discovery
    document failed, so a rerun retries them; exits 1 when discovery failed for every feed.

    Example: bamboo backfill --since 2023-09-01 --until 2023-09-30 --feeds vnexpress-intl-news
    """
    _quiet_prefect(verbose)
    from flows import backfill as bf
    from flows.progress import progress_bar
    from flows.summary import summary_lines

    _settings(db=db)  # bad settings fail here, in one line, before any flow starts
    with progress_bar("Backfill chunks") as update:
        def show(p: bf.Progress) -> None:
            update(p.chunks_done, p.chunks_total)

        bf.progress_listeners.append(show)
        try:
            with local_run():
                summary = bf.backfill(since=_day(since), until=_day(until), feeds=list(feed_names) or None,
                                      refetch=refetch, chunk_days=chunk_days,
                                      feeds_file=str(feeds_file) if feeds_file else None,
                                      db=str(db) if db else None,
                                      allow_private_networks=allow_private_networks)
        except BambooError as exc:
            raise click.ClickException(str(exc)) from exc
        finally:
            bf.progress_listeners.remove(show)
    for line in summary_lines(summary):
        click.echo(line)
    if summary.feeds_polled and summary.feeds_failed == summary.feeds_polled:
        sys.exit(1)  # discovery failed everywhere: nothing was checkpointed, rerun to retry


@main.command()
@click.option("--since", type=DAY, help="First day of the window (UTC), YYYY-MM-DD.")
@click.option("--until", type=DAY, help="Last day of the window (UTC, included).")
@click.option("--what", type=click.Choice(["extract", "detect", "both", "cluster"]), default="both",
              show_default=True,
              help="Re-extract stored pages, re-run the detector on the latest extractions, or both; "
                   "cluster: assign every relevant story to its event again (no window).")
@DB
@VERBOSE
def reprocess(since: datetime | None, until: datetime | None, what: str, db: Path | None,
              verbose: bool) -> None:
    """Re-extract and/or re-detect stored articles dated in a window, with no network access.

    New extractor or detector versions are written beside the old ones.

    Example: bamboo reprocess --since 2023-09-01 --until 2023-09-30 --what detect
    """
    _quiet_prefect(verbose)
    from flows.reprocess import reprocess as reprocess_flow

    if what != "cluster" and (since is None or until is None):
        raise click.UsageError("--since and --until are required (except with --what cluster)")
    _settings(db=db)  # bad settings fail here, in one line, before any flow starts
    try:
        with local_run():
            r = reprocess_flow(since=since and _day(since), until=until and _day(until),
                               what=what,  # type: ignore[arg-type]
                               db=str(db) if db else None)
    except BambooError as exc:
        raise click.ClickException(str(exc)) from exc
    if what == "cluster":
        click.echo(f"Diplomacy stories: {r.relevant}, assigned to {r.events} events")
        return
    click.echo(f"Articles in the window: {r.articles}; re-extracted: {r.extracted}; re-detected: {r.detected}"
               f"; no stored page: {r.no_page}" + (f" ({r.page_corrupt} corrupt)" if r.page_corrupt else ""))
    click.echo(f"Diplomacy stories: {r.relevant} ({r.changed} verdicts changed)")


@main.command()
@click.option("--port", type=int, default=None,
              help="Port of the local Prefect server (default: 4200 if free, else any free port).")
def serve(port: int | None) -> None:
    """Run a local Prefect server, the deployments and a worker in the foreground; Ctrl-C stops all.

    With PREFECT_API_URL set, uses that server instead of starting one. The server's database lives
    under BAMBOO_STATE_DIR (default .bamboo/prefect).

    Example: bamboo serve
    """
    from flows.serve import serve as serve_all

    # serve's own progress lines; the worker's and server's output follow as they print it.
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s | bamboo serve | %(message)s",
                        datefmt="%H:%M:%S")
    logging.getLogger("bamboo").setLevel(logging.INFO)
    try:
        code = serve_all(_settings(), port)
    except BambooError as exc:
        raise click.ClickException(str(exc)) from exc
    sys.exit(code)
