"""`bamboo alerts setup|spec` (the Prefect automations) and `bamboo watch` (alerts without a server)."""

from __future__ import annotations

import hashlib
import sys
import time
from pathlib import Path

import click
import duckdb

from extractors.core.errors import BambooError
from extractors.core.settings import Settings
from flows.cligroup import _quiet_prefect, _settings, main
from warehouse.alerts import RULES

DB = click.option("--db", type=click.Path(dir_okay=False, path_type=Path),
                  help="Warehouse file (default: BAMBOO_DB); watch reads its analyst copy.")


@main.group()
def alerts() -> None:
    """Alerts through Prefect automations and notification blocks (docs/alerts.md).

    Example: BAMBOO_ALERT_WEBHOOK=https://hooks.example.org/bamboo bamboo alerts setup
    """


@alerts.command()
def setup() -> None:
    """Create (or replace) the alert automations of config/automations.yaml on the Prefect server.

    They send through a Custom Webhook block on BAMBOO_ALERT_WEBHOOK, or through the notification
    block BAMBOO_ALERT_BLOCK names. Needs PREFECT_API_URL (`bamboo serve` runs this itself).

    Example: BAMBOO_ALERT_WEBHOOK=https://hooks.example.org/bamboo bamboo alerts setup
    """
    from flows import alerting

    _quiet_prefect(False)
    try:
        names = alerting.setup_automations(_settings())
    except BambooError as exc:
        raise click.ClickException(str(exc)) from exc
    for name in names:
        click.echo(f"Automation ready: {name}")


@alerts.command()
def spec() -> None:
    """Print config/automations.yaml with the notification block's id filled in.

    Creates the webhook block on the server first when BAMBOO_ALERT_WEBHOOK is set; the output is
    what `prefect automation create --from-file` takes.

    Example: bamboo alerts spec > automations.yaml && prefect automation create --from-file automations.yaml
    """
    import yaml

    from flows import alerting

    _quiet_prefect(False)
    try:
        block_id = alerting.notification_block(_settings())
    except BambooError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(yaml.safe_dump({"automations": alerting.spec(block_id)}, sort_keys=False, allow_unicode=True))


def _watch_help() -> str:
    """`bamboo watch --help`: the alert kinds listed from the rules themselves, so none is left out."""
    kinds = "\n".join(f"  {r.kind}: {r.watches}" for r in RULES)
    return ("Poll the analyst copy and print (and POST to BAMBOO_ALERT_WEBHOOK) each new alert, once.\n\n"
            f"\b\nAlert kinds:\n{kinds}\n\n"
            "The first poll takes what the warehouse holds as already seen.\n\n"
            "Example: BAMBOO_ALERT_WEBHOOK=http://127.0.0.1:9000/hook bamboo watch --every 300")


@main.command(help=_watch_help())
@DB
@click.option("--every", default=60.0, show_default=True, help="Seconds between two polls.")
@click.option("--once", is_flag=True, help="Poll once and exit (for cron).")
@click.option("--state", type=click.Path(dir_okay=False, path_type=Path),
              help="File remembering what was alerted (default: under BAMBOO_STATE_DIR/watch/).")
def watch(db: Path | None, every: float, once: bool, state: Path | None) -> None:
    """Poll the analyst copy and alert on what is new (help: `_watch_help`)."""
    from flows import alerting
    from warehouse.alerts import Alert, watch_poll
    from warehouse.snapshot import analyst_path

    settings = _settings(db=db)
    analyst = analyst_path(settings.db)
    state = state or default_state(settings, analyst)

    def deliver(found: list[Alert]) -> list[tuple[str, str, str | None]]:
        for a in found:
            click.echo(f"ALERT {a.kind}: {a.subject}\n  " + a.text.replace("\n", "\n  "))
        if not settings.alert_webhook:
            return [(a.alert_id, "printed", None) for a in found]
        return alerting.post_all(settings, found, None)

    try:
        while True:
            try:
                _, baseline = watch_poll(analyst, state, alerting.thresholds(settings), deliver,
                                         settings.report_language, settings.duckdb_memory_limit)
                if baseline is not None:
                    click.echo(f"Watching {analyst}: {baseline} stories already there taken as seen "
                               f"(state {state})")
            except (BambooError, duckdb.Error) as exc:  # no analyst copy yet, a busy state file: later
                click.echo(f"watch: {exc}".splitlines()[0], err=True)
            if once:
                return
            time.sleep(every)
    except KeyboardInterrupt:
        sys.exit(0)


def default_state(settings: Settings, analyst: Path) -> Path:
    """One state file per analyst copy watched."""
    key = hashlib.sha256(str(analyst.resolve()).encode()).hexdigest()[:8]
    return Path(settings.state_dir) / "watch" / f"{analyst.stem}-{key}.duckdb"
