"""`bamboo` in tests: the command from this tree, a clean environment for it, and the same command run
in the test's own process for the repeats of a command a real process already covers."""

from __future__ import annotations

import logging
import os
import re
import subprocess
import sys
import traceback
from collections.abc import Mapping, Sequence
from pathlib import Path

from tests import ROOT

# What the `bamboo` console script runs, imported from this tree (whatever copy is installed).
BAMBOO = [sys.executable, "-c", "from flows.cli import main; main()"]
# No Prefect heartbeats in `bamboo` runs against the session's API (as in the session's own flow runs,
# conftest.py): no test here is about them, and each run waited up to a second at its end for the
# heartbeat thread (flows/local.py).
NO_HEARTBEATS = {"BAMBOO_HEARTBEATS": "false"}
# No page budget in the suite's runs: with one, even BAMBOO_WORKERS=1 starts an extraction process per
# run (the budget forks each page's parsing from a single-threaded process), which imports trafilatura
# and the detector and warms up: ~1.3 s of CPU a run. Pages are then extracted in the run's own process.
# The budget and the pool are tested where they are the subject, with the default budget
# (DEFAULT_BUDGET) or budgets of their own.
NO_BUDGET = {"BAMBOO_PAGE_CPU_SECONDS": "0", "BAMBOO_PAGE_MEMORY_MB": "0"}
DEFAULT_BUDGET = dict.fromkeys(NO_BUDGET, "")  # an empty setting reads as its default


def bamboo_env(api_url: str, *hostports: str, **settings: str) -> dict[str, str]:
    """This process's environment without the developer's BAMBOO_* settings: the session's Prefect
    API, only these loopback hosts allowed, no per-host delay, extraction in the run's own process
    (less CPU on 2 cores), no heartbeats, then `settings`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("BAMBOO_")}
    env.update({"PREFECT_API_URL": api_url, "BAMBOO_ALLOWED_HOSTS": ",".join(hostports),
                "BAMBOO_PER_HOST_DELAY": "0", "BAMBOO_WORKERS": "1", **NO_BUDGET, **NO_HEARTBEATS,
                **settings})
    return env


def new_articles(out: str) -> int:
    """The `New articles: N` a `bamboo ingest` run printed."""
    m = re.search(r"^New articles: (\d+)", out, re.MULTILINE)
    assert m, out
    return int(m.group(1))


# The loggers whose lines a `bamboo` process prints on stderr: Bamboo Wire's, and its flow and task
# run loggers (Prefect's run loggers).
LOGGERS = ("bamboo", "prefect.flow_runs", "prefect.task_runs")


class _Lines(logging.Handler):
    """Bamboo Wire's log records, one formatted line each, as its console handler would print them."""

    def __init__(self) -> None:
        super().__init__(level=logging.NOTSET)
        self.setFormatter(logging.Formatter("%(levelname)-7s | %(name)s - %(message)s"))
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))



def bamboo(args: Sequence[str], env: Mapping[str, str], *, process: bool = False, ok: bool = True,
           timeout: float = 240) -> subprocess.CompletedProcess[str]:
    """`bamboo ARGS` in a process of its own when `process` (a test's run of the command it is about),
    else the same command in this process (bamboo_here); exit 0 asserted unless `ok` is False."""
    if process:
        done = subprocess.run([*BAMBOO, *args], env=dict(env), cwd=ROOT, capture_output=True, text=True,
                              timeout=timeout)
    else:
        done = bamboo_here(args, env)
    if ok:
        assert done.returncode == 0, (f"bamboo {' '.join(args)}: exit {done.returncode}\n{done.stdout}\n"
                                      f"{done.stderr[-3000:]}")
    return done

def bamboo_here(args: Sequence[str], env: Mapping[str, str], cwd: Path | None = None
                ) -> subprocess.CompletedProcess[str]:
    """`bamboo ARGS` run by the same code in this process (Click's test runner), where a test repeats a
    command that a real `bamboo` process of the same file already runs: what it prints, its exit code,
    and its log lines and any uncaught traceback in `stderr`, without ~5 s of CPU to start a process.

    `env` is the whole environment the command would get, as for a subprocess: BAMBOO_* and
    PREFECT_API_URL come from it only, and this process's environment is restored afterwards.
    """
    from click.testing import CliRunner

    from flows.cli import main

    keys = {k for k in os.environ if k.startswith("BAMBOO_")} | set(env) | {"PREFECT_LOGGING_LEVEL"}
    wanted: dict[str, str | None] = {k: env.get(k) for k in keys}
    handler = _Lines()
    for name in LOGGERS:
        logging.getLogger(name).addHandler(handler)
    here = Path.cwd()
    try:
        if cwd is not None:
            os.chdir(cwd)
        result = CliRunner().invoke(main, list(args), env=wanted)
    finally:
        os.chdir(here)
        for name in LOGGERS:
            logging.getLogger(name).removeHandler(handler)
    err = result.stderr + "".join(f"{line}\n" for line in handler.lines)
    if result.exception is not None and not isinstance(result.exception, SystemExit) and result.exc_info:
        err += "".join(traceback.format_exception(*result.exc_info))
    return subprocess.CompletedProcess(["bamboo", *args], result.exit_code, result.stdout, err)
