"""Prefect orchestration of Bamboo Wire, and the `bamboo` CLI.

Prefect reads its settings when first imported, so the quiet, offline-friendly defaults are set
here, before any module of this package imports it. Each can be overridden from the environment.
"""

from __future__ import annotations

import os
from pathlib import Path

_DEFAULTS = {
    # No telemetry: runs are often offline, and a failed analytics call is noise in the log.
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    # Shutdown of the ephemeral API can print CancelledError tracebacks; this config hides them.
    "PREFECT_LOGGING_SETTINGS_PATH": str(Path(__file__).with_name("logging.yml")),
    # Our own loggers go to the Prefect UI too.
    "PREFECT_LOGGING_EXTRA_LOGGERS": "bamboo",
    "PREFECT_SERVER_LOGGING_LEVEL": "WARNING",
    # Bamboo Wire's loggers also run outside flows (CLI checks); that is not worth a warning.
    "PREFECT_LOGGING_TO_API_WHEN_MISSING_FLOW": "ignore",
    # The temporary API takes longer than Prefect's 20 s default to start on a busy 2-core machine.
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
}
for _key, _value in _DEFAULTS.items():
    os.environ.setdefault(_key, _value)
