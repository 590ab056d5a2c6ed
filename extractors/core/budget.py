"""CPU-time and memory budgets for parsing untrusted bytes: a forked child does the work, its parent watches.

libxml2 (lxml) and feedparser's quadratic paths run in C or in one long Python call, where no signal
handler can stop them, so a hostile page or feed is stopped from outside. The process that calls
`run_within` (an extraction worker: spawned, warmed and single-threaded) forks a child once and hands
it one item at a time over a pipe. While an item runs, the parent samples the child's CPU time
(`/proc/<pid>/stat`) and anonymous resident memory (`/proc/<pid>/statm`) and kills the child with
SIGKILL as soon as the item has used more than its budget; the item comes back as `WorkFailed` with
kind `budget_exceeded`, and the next item gets a new child forked from the warmed parent (~10 ms).
A child that dies by itself (a crash, the kernel's OOM killer) costs only its item too
(kind `crashed`). The child is also replaced between items once it has grown by a quarter of the
memory budget, so a worker's memory stays within its warmed size plus 1.25 budgets.

The budget is enforced in the process that does the work, whatever started it (a process pool
today, a Dask worker later). Without `os.fork` (not Linux) or with the budget off, the work runs
in-process, unguarded.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import socket
import struct
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from extractors.core.errors import ExtractError

T = TypeVar("T")

TICK = 0.02  # seconds between two looks at the child while an item runs
STALL_FACTOR = 10.0  # wall-clock seconds per CPU second before a child that makes no progress is killed
MIN_STALL_SECONDS = 60.0
_CLOCK_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
_PAGE_SIZE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
_LEN = struct.Struct("!Q")
MB = 1024 * 1024


@dataclass(frozen=True)
class Budget:
    """What one item (a page, a feed) may cost: CPU seconds and MB of memory it adds; 0 = no limit."""

    cpu_seconds: float = 10.0
    memory_mb: int = 300

    @property
    def enabled(self) -> bool:
        return self.cpu_seconds > 0 or self.memory_mb > 0

    @property
    def stall_seconds(self) -> float:
        """Wall-clock backstop for a child that neither finishes nor uses CPU (a deadlock, a sleep)."""
        return max(MIN_STALL_SECONDS, STALL_FACTOR * self.cpu_seconds)


class WorkFailed(ExtractError):
    """An item whose work could not finish: `kind` is `budget_exceeded` or `crashed`."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(f"{kind}: {message}")
        self.kind, self.message = kind, message

    def __reduce__(self) -> tuple[type[WorkFailed], tuple[str, str]]:
        # It crosses process boundaries (worker -> flow): rebuild it from both arguments.
        return type(self), (self.kind, self.message)


def run_within(budget: Budget | None, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """`fn(*args, **kwargs)` in this process's forked child under `budget`; raises `WorkFailed`.

    An exception raised by `fn` is raised here too (it was picklable) or as `ExtractError`.
    """
    if budget is None or not budget.enabled or not hasattr(os, "fork"):
        return fn(*args, **kwargs)
    child = _child()
    if child.grown(budget):  # heap fragmentation and caches: start the next item from the warmed parent
        _retire()
        child = _child()
    try:
        return child.call(budget, (fn, args, kwargs))
    except WorkFailed:
        _retire()
        raise


# --- the parent's side ---------------------------------------------------------------------------


class _Child:
    """A forked child serving calls over a socket pair, and what its parent knows of it."""

    def __init__(self) -> None:
        parent_end, child_end = socket.socketpair()
        parent = os.getpid()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - runs in the child, which leaves with os._exit
            parent_end.close()
            _serve(child_end, parent)
        child_end.close()
        self.pid = pid
        self.sock = parent_end
        self.status: int | None = None  # exit status once reaped (then the pid may be reused: no kill)
        self.owner = parent  # a forked process holds a copy of this object: only the owner acts on it
        self.base = _anon_rss(pid) or 0

    def call(self, budget: Budget, job: tuple[Any, ...]) -> Any:
        try:
            _send(self.sock, job)
        except OSError as exc:
            raise WorkFailed("crashed", f"the work process was gone ({exc})") from exc
        self._watch(budget)
        try:
            ok, value = _recv(self.sock)
        except (OSError, EOFError) as exc:
            raise WorkFailed("crashed", self._death()) from exc
        if ok:
            return value
        raise value

    def grown(self, budget: Budget) -> bool:
        """Whether the child has kept a quarter of the memory budget or more since it was forked."""
        return budget.memory_mb > 0 and (_anon_rss(self.pid) or 0) - self.base > budget.memory_mb * MB // 4

    def _watch(self, budget: Budget) -> None:
        """Wait for the answer; kill the child when the item runs over its budget."""
        cpu0, rss0, started = _cpu_seconds(self.pid), _anon_rss(self.pid), time.monotonic()
        while not _readable(self.sock, TICK):
            cpu, rss = _cpu_seconds(self.pid), _anon_rss(self.pid)
            if cpu is None or rss is None:
                return  # the child is gone: reading the socket tells how
            over = _over(budget, cpu - (cpu0 or 0.0), rss - (rss0 or rss), time.monotonic() - started)
            if over:
                self.kill()
                raise WorkFailed("budget_exceeded", over)

    def _death(self) -> str:
        """Why the child went away, once it has."""
        status = self.reap(timeout=2.0)
        if status is not None and os.WIFSIGNALED(status):
            sig = os.WTERMSIG(status)
            return f"its process was killed by {signal.Signals(sig).name}"
        code = os.WEXITSTATUS(status) if status is not None and os.WIFEXITED(status) else "unknown"
        return f"its process ended (exit status {code})"

    def kill(self) -> None:
        if self.status is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGKILL)
            self.reap(timeout=5.0)

    def reap(self, timeout: float) -> int | None:
        """The child's exit status, waiting up to `timeout` s for it; None while it still runs."""
        deadline = time.monotonic() + timeout
        while self.status is None:
            try:
                pid, status = os.waitpid(self.pid, os.WNOHANG)
            except ChildProcessError:  # reaped elsewhere: count it as gone
                pid, status = self.pid, 0
            if pid:
                self.status = status
            elif time.monotonic() > deadline:
                return None
            else:
                time.sleep(0.005)
        return self.status

    def __del__(self) -> None:
        # A thread that ends drops its child: reap it, so no zombie stays behind.
        if self.status is None:
            self.close()

    def close(self) -> None:
        """Ask the child to leave (end of input), or kill it if it does not."""
        if os.getpid() != self.owner:
            return  # a copy in another forked child: a shutdown here would end the owner's child
        with contextlib.suppress(OSError):
            self.sock.shutdown(socket.SHUT_WR)
        if self.reap(timeout=1.0) is None:
            self.kill()
        self.sock.close()


def _over(budget: Budget, cpu: float, rss: int, wall: float) -> str | None:
    """Which budget an item has overrun, as one line; None while it is within them all."""
    if budget.cpu_seconds > 0 and cpu > budget.cpu_seconds:
        return f"over {budget.cpu_seconds:g} s of CPU time"
    if budget.memory_mb > 0 and rss > budget.memory_mb * MB:
        return f"over {budget.memory_mb} MB of memory ({rss // MB} MB more than when it started)"
    if wall > budget.stall_seconds:
        return f"no result after {wall:.0f} s (stalled)"
    return None


class _Slot(threading.local):
    """This thread's child, and the pid that forked it (a forked child of ours must not use it).

    One child per thread: calls from threads of one process (a Dask worker) never share a socket.
    """

    child: _Child | None = None
    owner: int | None = None


_slot = _Slot()


def _child() -> _Child:
    if _slot.child is None or _slot.owner != os.getpid():
        _slot.child, _slot.owner = _Child(), os.getpid()
    return _slot.child


def _retire() -> None:
    if _slot.child is not None and _slot.owner == os.getpid():
        _slot.child.close()
    _slot.child = None


def _readable(sock: socket.socket, timeout: float) -> bool:
    import select

    return bool(select.select([sock], [], [], timeout)[0])


def _cpu_seconds(pid: int) -> float | None:
    """User + system CPU seconds of a live process (Linux /proc); None once it has gone."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            fields = f.read().rsplit(b")", 1)[1].split()
    except (OSError, IndexError):
        return None
    if fields[0] in (b"Z", b"X"):  # exited, not yet reaped
        return None
    return (int(fields[11]) + int(fields[12])) / _CLOCK_TICKS


def _anon_rss(pid: int) -> int | None:
    """Resident anonymous memory of a live process in bytes (resident minus file-backed pages)."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as f:
            parts = f.read().split()
    except OSError:
        return None
    if len(parts) < 3:
        return None
    return (int(parts[1]) - int(parts[2])) * _PAGE_SIZE


# --- the child's side ----------------------------------------------------------------------------


def _serve(sock: socket.socket, parent: int) -> None:  # pragma: no cover - runs in the forked child
    """Run calls until the parent closes its end; never returns (os._exit skips inherited atexit work)."""
    _die_with_parent()
    if os.getppid() != parent:  # the parent died before the request above was made
        os._exit(1)
    code = 0
    try:
        while True:
            try:
                fn, args, kwargs = _recv(sock)
            except EOFError:
                break
            try:
                out: tuple[bool, Any] = (True, fn(*args, **kwargs))
            except Exception as exc:  # the parent decides; the child only reports
                out = (False, exc)
            try:
                _send(sock, out)
            except (pickle.PicklingError, TypeError, AttributeError) as exc:
                _send(sock, (False, ExtractError(f"unpicklable result: {type(exc).__name__}: {exc}")))
    except BaseException:  # noqa: BLE001 - anything else ends the child; the parent sees it gone
        code = 1
    finally:
        with contextlib.suppress(Exception):
            sys.stdout.flush()
            sys.stderr.flush()
        os._exit(code)


def _die_with_parent() -> None:  # pragma: no cover - runs in the forked child
    """Ask Linux to SIGKILL this child if its parent dies, so no hostile parse outlives its worker."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return


def _send(sock: socket.socket, obj: Any) -> None:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    sock.sendall(_LEN.pack(len(data)) + data)


def _recv(sock: socket.socket) -> Any:
    (size,) = _LEN.unpack(_recv_exactly(sock, _LEN.size))
    return pickle.loads(_recv_exactly(sock, size))


def _recv_exactly(sock: socket.socket, size: int) -> bytes:
    buf = bytearray(size)
    view, got = memoryview(buf), 0
    while got < size:
        n = sock.recv_into(view[got:], size - got)
        if n == 0:
            raise EOFError("the other end closed")
        got += n
    return bytes(buf)
