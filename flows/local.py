"""Flow runs started from the command line: heartbeats, and the tags that tie a run to its process."""

from __future__ import annotations

import os
import socket
from collections.abc import Callable, Iterator, Mapping
from contextlib import ExitStack, contextmanager

HOST_TAG = "bamboo-host:"  # + host name: the flow run was started by a `bamboo` process on this host
PID_TAG = "bamboo-pid:"  # + process id of that process
HEARTBEATS_ENV = "BAMBOO_HEARTBEATS"


@contextmanager
def local_run() -> Iterator[None]:
    """Run flows tagged with this host and process, without heartbeats when no server is configured.

    The tags are given to Prefect with the flow run's creation, so no moment exists in which a
    flow run of this process is Running without them: a later run on this host sweeps the flow
    runs whose process is gone (`dead_flow_runs`), wherever the kill landed.

    Heartbeats let a server notice that a flow run's process died. Prefect's temporary API lives
    and dies with this process, so there they only cost time: each run waited up to a second at
    its end for the heartbeat thread (docs/benchmarks.md). With a server (deployments, `bamboo
    serve`) they stay on, unless BAMBOO_HEARTBEATS=false turns them off for this process.
    """
    from prefect import tags
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

    from flows.writer import server_url

    with ExitStack() as stack:
        stack.enter_context(tags(*process_tags()))
        if not heartbeats_wanted() or server_url() is None:
            stack.enter_context(temporary_settings({PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}))
        yield


def heartbeats_wanted(env: Mapping[str, str] | None = None) -> bool:
    """BAMBOO_HEARTBEATS: whether runs started here send heartbeats to a server (default true)."""
    from extractors.core.settings import parse_setting

    raw = (os.environ if env is None else env).get(HEARTBEATS_ENV, "")
    return bool(parse_setting("heartbeats", True, raw, HEARTBEATS_ENV)) if raw.strip() else True


def process_tags(pid: int | None = None) -> tuple[str, str]:
    """The tags naming this host and process (or `pid` on this host)."""
    return f"{HOST_TAG}{socket.gethostname()}", f"{PID_TAG}{os.getpid() if pid is None else pid}"


def dead_flow_runs(alive: Callable[[int], bool]) -> list[str]:
    """Ids of flow runs not yet final, started by a `bamboo` process on this host that is gone."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import (
        FlowRunFilter,
        FlowRunFilterState,
        FlowRunFilterStateType,
        FlowRunFilterTags,
    )
    from prefect.client.schemas.objects import StateType

    open_here = FlowRunFilter(
        tags=FlowRunFilterTags(all_=[process_tags()[0]]),
        state=FlowRunFilterState(type=FlowRunFilterStateType(any_=[StateType.PENDING, StateType.RUNNING])))
    with get_client(sync_client=True) as client:
        runs = client.read_flow_runs(flow_run_filter=open_here)
    return [str(r.id) for r in runs if (pid := _tagged_pid(r.tags)) is not None and not alive(pid)]


def _tagged_pid(tags: list[str]) -> int | None:
    for t in tags:
        if t.startswith(PID_TAG) and t[len(PID_TAG):].isdigit():
            return int(t[len(PID_TAG):])
    return None
