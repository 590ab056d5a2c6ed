"""Process-wide settings of a Bamboo Wire process, applied by `configure_process()` at entry points.

Nothing here runs at import: the `bamboo` CLI calls it before Prefect is first imported (Prefect
reads its settings then), each flow function calls it first thing (so a Prefect worker running a
deployment gets it too), and benchmarks and the test session call it themselves. Each default
can be overridden from the environment.
"""

from __future__ import annotations

import ctypes
import os
import sys
from pathlib import Path

PREFECT_DEFAULTS = {
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


def configure_process() -> None:
    """Prefect's quiet defaults, two malloc arenas and the warehouse's Arrow pool; idempotent."""
    import warehouse

    for key, value in PREFECT_DEFAULTS.items():
        os.environ.setdefault(key, value)
    limit_malloc_arenas()
    warehouse.configure()


def limit_malloc_arenas(arenas: int = 2) -> None:
    """Cap glibc's per-thread malloc arenas in the flow process (like MALLOC_ARENA_MAX=2).

    A run's fetch, load and Prefect threads each got an arena by default (up to 8 per core), and
    each arena kept the page buffers its thread had freed: the flow process grew by ~10 MB an arena
    over a long run. Two arenas keep it flat at no measurable speed cost (docs/benchmarks.md).
    A MALLOC_ARENA_MAX set by the user, or a libc other than glibc, is left alone.
    """
    if os.environ.get("MALLOC_ARENA_MAX") or not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None)
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return
    m_arena_max = -8  # from glibc's malloc.h
    mallopt(ctypes.c_int(m_arena_max), ctypes.c_int(arenas))
