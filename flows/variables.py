"""Settings the Prefect way: `bamboo_*` Prefect Variables on the server the runs use (docs/settings.md)."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import Any

from extractors.core.errors import ConfigError
from extractors.core.settings import (
    VARIABLE_PREFIX,
    Settings,
    contact_warning,
    layered,
    old_warehouse_message,
)

log = logging.getLogger("bamboo.settings")


def read_variables(cheap: bool = False) -> tuple[dict[str, Any], str]:
    """The server's `bamboo_*` variables (name -> value), and one line saying where they came from.

    Only a real server is asked (PREFECT_API_URL set): deployments and scheduled runs always have
    one, and asking the temporary API would start one per command. An unreachable server is a
    warning, not a failure, so `bamboo sql` still works with a stale PREFECT_API_URL exported.
    `cheap`: for commands that never load Prefect otherwise (sql, export, report), whose start-up
    importing it would slow by seconds, only a PREFECT_API_URL in the environment counts.
    """
    if cheap and not os.environ.get("PREFECT_API_URL") and "prefect" not in sys.modules:
        return {}, "Prefect variables: not read (PREFECT_API_URL is not set in the environment)"
    from flows.writer import server_url

    url = server_url()
    if url is None:
        return {}, "Prefect variables: not read (PREFECT_API_URL is not set)"
    from prefect.client.orchestration import get_client

    try:
        with get_client(sync_client=True) as client:
            found = client.read_variables()
    except Exception as exc:  # any client or transport error: the run goes on with env and defaults
        line = f"Prefect variables: could not be read from {url}: {type(exc).__name__}: {exc}"
        log.warning("%s; using the environment and defaults", line)
        return {}, line
    values = {v.name: v.value for v in found if v.name.startswith(VARIABLE_PREFIX)}
    return values, f"Prefect variables: {len(values)} bamboo_* variable(s) read from {url}"


def resolve(cheap: bool = False, **overrides: Any) -> tuple[Settings, dict[str, str], dict[str, Any], str]:
    """Settings (options > environment > Prefect variables > defaults), each value's origin, the
    variables read and where from."""
    variables, source = read_variables(cheap)
    settings, origins = layered(None, variables, **overrides)
    return settings, origins, variables, source


def current(cheap: bool = False, **overrides: Any) -> Settings:
    """The settings a run uses; refused while the warehouse of an earlier version sits at the old
    default place and nothing names a warehouse (a new, empty one would leave that data behind)."""
    settings, origins, _, _ = resolve(cheap, **overrides)
    moved = old_warehouse_message(settings, origins)
    if moved:
        raise ConfigError(moved)
    return settings


def settings_for(db: str | None = None, allow_private_networks: bool | None = None,
                 **overrides: Any) -> Settings:
    """The settings of a flow run: `current()` with the flow's parameters on top."""
    return current(db=Path(db) if db else None, allow_private_networks=allow_private_networks, **overrides)


def warn_contact(settings: Settings) -> None:
    """One warning line per run while the operator has not given a contact for the User-Agent."""
    line = contact_warning(settings)
    if line:
        log.warning(line)
