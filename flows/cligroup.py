"""The `bamboo` command group that every command module adds its commands to, and what they share.

Command modules import this module only (never `flows.cli`), and `flows.cli` imports every command
module in one place: the imports run one way. `bamboo` itself is `flows.cli:main`, which the
console script reaches through `flows.entry` (see there why).
"""

from __future__ import annotations

import os
from typing import Any

import click

from extractors.core.errors import BambooError
from extractors.core.settings import Settings


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="bamboo-wire")
def main() -> None:
    """Bamboo Wire: China / United States / Vietnam diplomacy news, polled, extracted, detected,
    and loaded into DuckDB for SQL.

    Settings come from BAMBOO_* environment variables (`bamboo settings` lists them).
    """
    from flows.runtime import configure_process

    # Before any command imports Prefect, which reads its settings when first imported.
    configure_process()


def _settings(cheap: bool = False, **overrides: Any) -> Settings:
    """The layered settings, or the CLI's one-line error."""
    from flows.local import heartbeats_wanted
    from flows.variables import current

    try:
        heartbeats_wanted()  # checked here like every setting, not first when a run starts
        return current(cheap, **overrides)
    except BambooError as exc:
        raise click.ClickException(str(exc)) from exc


def _quiet_prefect(verbose: bool) -> None:
    """Console shows Bamboo Wire's progress and summary; Prefect's own log lines only with -v.

    The CLI prints every failure as one line itself, so Prefect's copies (with tracebacks) would
    only repeat it; they still reach the Prefect API and UI.
    """
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "INFO" if verbose else "CRITICAL")


VERBOSE = click.option("-v", "--verbose", is_flag=True, help="Also show Prefect's own log lines.")
