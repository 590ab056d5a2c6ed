"""`bamboo serve` / `make serve`: a local Prefect server, work pool, deployments and worker in one process.

All run in the foreground; Ctrl-C (or SIGTERM) stops everything it started.

Schedules need a real API server (the ephemeral one never schedules), so when PREFECT_API_URL is
unset a `prefect server start` is run on 127.0.0.1 with its SQLite database under the state folder.
Every child runs in its own process group: a Ctrl-C at the terminal reaches only this process,
which then stops the worker (and its flow runs) before the server, and escalates to SIGKILL when a
child ignores the polite signal (see docs/scheduling.md).
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Sequence
from pathlib import Path
from types import FrameType

from extractors.core.errors import ConfigError
from extractors.core.settings import Settings

log = logging.getLogger("bamboo.serve")

REPO = Path(__file__).resolve().parent.parent
POOL = "process"
DEFAULT_PORT = 4200  # Prefect's usual port, used when free
HEALTH_TIMEOUT = 180.0  # a first start builds the database: ~12 s measured, more on a busy machine
STOP_GRACE = 10.0  # seconds a child gets to stop after SIGINT/SIGTERM before SIGKILL


def prefect_bin() -> str:
    """The `prefect` executable of this environment."""
    exe = Path(sys.executable).with_name("prefect")
    return str(exe) if exe.exists() else "prefect"


def free_port(preferred: int = DEFAULT_PORT) -> int:
    """`preferred` if nothing listens on it on 127.0.0.1, else a port the kernel picks."""
    for port in (preferred, 0):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return int(s.getsockname()[1])
    raise ConfigError("no free TCP port on 127.0.0.1")


class Children:
    """The processes `serve` started, each in its own process group, stopped in reverse order."""

    def __init__(self) -> None:
        self.procs: list[tuple[str, subprocess.Popen[bytes]]] = []

    def start(self, name: str, args: Sequence[str], env: dict[str, str], log_file: Path | None = None
              ) -> subprocess.Popen[bytes]:
        """Start a child in a new session; output to `log_file`, or to this terminal."""
        out = open(log_file, "ab") if log_file else None  # noqa: SIM115 - closed with the child
        try:
            proc = subprocess.Popen(list(args), env=env, cwd=REPO, start_new_session=True,
                                    stdout=out, stderr=subprocess.STDOUT if out else None)
        finally:
            if out:
                out.close()
        self.procs.append((name, proc))
        return proc

    def stop_all(self) -> None:
        """Stop every child, newest first: SIGINT to its group, then SIGKILL after a grace period."""
        for name, proc in reversed(self.procs):
            _stop_group(name, proc)
        self.procs.clear()


def _stop_group(name: str, proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        log.info("Stopping %s (pid %d)", name, proc.pid)
        _signal_group(proc.pid, signal.SIGINT)
        try:
            proc.wait(timeout=STOP_GRACE)
        except subprocess.TimeoutExpired:
            log.warning("%s did not stop within %.0f s; killing it", name, STOP_GRACE)
    # The group may hold grandchildren (flow runs of the worker) even after the leader exited.
    _signal_group(proc.pid, signal.SIGKILL)
    proc.wait()


def _signal_group(pgid: int, sig: signal.Signals) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pgid, sig)


def wait_healthy(api_url: str, proc: subprocess.Popen[bytes], timeout: float = HEALTH_TIMEOUT) -> None:
    """Wait until the server answers /health; fail early if it exits."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise ConfigError(f"the Prefect server exited with status {proc.returncode} before it was ready")
        try:
            with urllib.request.urlopen(f"{api_url}/health", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.5)
    raise ConfigError(f"the Prefect server at {api_url} was not healthy after {timeout:.0f} s")


def run_step(what: str, args: Sequence[str], env: dict[str, str]) -> None:
    """Run one set-up command to completion; its output is shown only when it fails."""
    log.info("%s: %s", what, " ".join(args[1:]))
    done = subprocess.run(list(args), env=env, cwd=REPO, capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        raise ConfigError(f"{what} failed ({' '.join(args[1:])}):\n{done.stdout}{done.stderr}")


def serve(settings: Settings, port: int | None = None) -> int:
    """Start (or join) a Prefect server, set up the pool, limit and deployments, run a worker; block."""
    children = Children()
    stop = _install_stop_handler()
    try:
        env = _environment(settings, port, children)
        api = env["PREFECT_API_URL"]
        run_step("Work pool", [prefect_bin(), "work-pool", "create", POOL, "--type", "process",
                               "--overwrite"], env)
        _ensure_writer_limit(api)
        run_step("Deployments", [prefect_bin(), "deploy", "--all", "--no-prompt"], {**env, "PWD": str(REPO)})
        _setup_alerts(settings, api)
        worker = children.start("worker", [prefect_bin(), "worker", "start", "--pool", POOL], env)
        log.info("Worker started on pool %r; the Prefect UI is at %s. Ctrl-C stops everything.", POOL,
                 api.removesuffix("/api"))
        # The exact line to paste into another terminal (prefect deployment run, bamboo settings, ...).
        print(f"In another terminal:\nexport PREFECT_API_URL={api}", flush=True)
        while worker.poll() is None and not stop.requested:
            time.sleep(0.5)
        return 0 if stop.requested else int(worker.returncode or 1)
    except KeyboardInterrupt:
        return 0
    finally:
        children.stop_all()
        log.info("Stopped everything `bamboo serve` started")


def _environment(settings: Settings, port: int | None, children: Children) -> dict[str, str]:
    """The children's environment, starting the server when no PREFECT_API_URL is given."""
    env = dict(os.environ)
    if env.get("PREFECT_API_URL"):
        log.info("Using the Prefect server at %s (PREFECT_API_URL)", env["PREFECT_API_URL"])
        return env
    home = (Path(settings.state_dir) / "prefect").resolve()
    home.mkdir(parents=True, exist_ok=True)
    port = port or free_port()
    env.update(PREFECT_HOME=str(home), PREFECT_API_URL=f"http://127.0.0.1:{port}/api",
               PREFECT_SERVER_ANALYTICS_ENABLED="false", DO_NOT_TRACK="1")
    server_log = home / "server.log"
    log.info("Starting a Prefect server on 127.0.0.1:%d (home %s, log %s)", port, home, server_log)
    proc = children.start("Prefect server", [prefect_bin(), "server", "start", "--host", "127.0.0.1",
                                             "--port", str(port)], env, server_log)
    wait_healthy(env["PREFECT_API_URL"], proc)
    log.info("Prefect server ready: UI at http://127.0.0.1:%d", port)
    return env


def _ensure_writer_limit(api_url: str) -> None:
    """Create the global concurrency limit that serialises warehouse writers, on this server."""
    from prefect.settings import PREFECT_API_URL, temporary_settings

    from flows.writer import WRITER_LIMIT, ensure_limit

    with temporary_settings(updates={PREFECT_API_URL: api_url}):
        ensure_limit()
    log.info("Global concurrency limit %r (limit 1) is in place", WRITER_LIMIT)


def _setup_alerts(settings: Settings, api_url: str) -> None:
    """The alert automations (config/automations.yaml) when a webhook or block is configured."""
    from prefect.settings import PREFECT_API_URL, temporary_settings

    from flows.alerting import setup_automations

    if not (settings.alert_webhook or settings.alert_block):
        log.info("No alert automations: set BAMBOO_ALERT_WEBHOOK or BAMBOO_ALERT_BLOCK (docs/alerts.md)")
        return
    try:
        with temporary_settings(updates={PREFECT_API_URL: api_url}):
            names = setup_automations(settings)
    except Exception as exc:  # the schedules matter more than the alerts: say it once and go on
        log.error("Alert automations not set up: %s: %s", type(exc).__name__, exc)
        return
    log.info("Alert automations in place: %s", ", ".join(names))


class _StopFlag:
    requested = False


def _install_stop_handler() -> _StopFlag:
    """SIGINT and SIGTERM both mean: stop the children and return."""
    flag = _StopFlag()

    def handler(signum: int, frame: FrameType | None) -> None:
        if flag.requested:  # a second signal must not interrupt the clean-up of the first
            return
        log.info("Got %s; stopping", signal.Signals(signum).name)
        flag.requested = True
        raise KeyboardInterrupt

    signal.signal(signal.SIGINT, handler)
    signal.signal(signal.SIGTERM, handler)
    return flag
