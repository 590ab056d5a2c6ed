"""Flow runs started from the command line, against Prefect's temporary API."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def local_run() -> Iterator[None]:
    """Run flows without heartbeats when no Prefect server is configured.

    Heartbeats let a server notice that a flow run's process died. Prefect's temporary API lives
    and dies with this process, so there they only cost time: each run waited up to a second at
    its end for the heartbeat thread (docs/benchmarks.md). With a server (deployments, `bamboo
    serve`) they stay on.
    """
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

    from flows.writer import server_url

    if server_url() is not None:
        yield
        return
    with temporary_settings({PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
        yield
