"""One flow run's lifecycle, shared by every flow: begin the run, record its failure, close resources.

The `runs` row carries the flow's own name, also when its failure has to wait in the deferred journal.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from typing import Any

from prefect.runtime import flow_run

from extractors.core.models import Feed, FeedState
from extractors.core.settings import Settings
from flows import resources, tasks, writer
from warehouse import deferred, load

log = logging.getLogger("bamboo.flows")
FAILURE_WAIT = 60.0  # seconds a failed run waits at most for the writer lock to record its failure


def prefect_run_id() -> str | None:
    """The Prefect flow run id, for the runs table (None outside a flow run)."""
    rid = flow_run.get_id()
    return str(rid) if rid else None


@contextmanager
def run_lifecycle(settings: Settings, flow: str, params: dict[str, Any], feeds: Sequence[Feed] = (), *,
                  whole_file: bool = False, warm_workers: int = 0
                  ) -> Iterator[tuple[str, dict[str, FeedState]]]:
    """Begin the run of `flow` in the warehouse and yield (run_id, stored feed states).

    The block runs in one writer session (one warehouse connection for the run's writes); if it
    raises, the run is marked failed under `flow` (then the error goes on); either way the run's
    fetchers, worker processes and Dask connections are closed at the end. `warm_workers`
    extraction processes are started first: they take about a second, which overlaps the rest.
    `whole_file`: `feeds` is the whole feeds file (see `tasks.begin_run`).
    """
    try:
        resources.warm_pool(warm_workers)
        with ExitStack() as stack:
            stack.enter_context(writer.run_session(settings))
            run_id, states = tasks.begin_run(settings, flow, feeds, params, prefect_run_id(),
                                             whole_file=whole_file)
            stack.enter_context(recorded_run(settings, run_id, flow))
            yield run_id, states
    finally:
        resources.close_all()


@contextmanager
def recorded_run(settings: Settings, run_id: str, flow: str) -> Iterator[None]:
    """Mark the run failed in the runs table if the block raises (then re-raise).

    If the warehouse cannot take the record (its writer lock held past the run's own lock timeout,
    and never more than FAILURE_WAIT), the failure is deferred beside it under the same flow name,
    and the next run that opens the warehouse moves it into `runs` (warehouse/deferred.py).
    """
    try:
        yield
    except BaseException as exc:
        error = f"{type(exc).__name__}: {exc}"[:2000]
        wait = min(settings.lock_timeout, FAILURE_WAIT)
        try:
            with writer.warehouse(settings.with_(lock_timeout=wait)) as con:
                load.finish_run(con, run_id, "failed", error=error)
        except Exception as inner:  # the original error matters more than this one
            log.error("Could not record the failed %s run %s: %s", flow, run_id, inner)
            deferred.defer_run_failure(settings.db, flow, {"run_id": run_id}, error)
        raise
