"""The one loopback HTTP server of the tests: HTTP/1.1 on 127.0.0.1 over raw sockets, per-path routes.

`LoopbackServer` reads each request (method, path, headers, body), logs it and hands the connection
to the route for its path. A route writes the response itself, so it can be well behaved (`respond`,
`redirect`) or misbehave at the byte level: trickle bytes, stall, reset the connection or send a body
that never ends (the hostile routes in `tests/hostile.py`). Every response is `Connection: close`,
one thread per connection. The server keeps its own access log (every TCP connection accepted, every
request with when the client went away) and counts the requests it serves at once. It listens on
127.0.0.1 only, stops by itself after `lifetime` seconds, and every wait inside it is bounded.
"""

from __future__ import annotations

import select
import socket
import threading
import time
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field

LOOPBACK = "127.0.0.1"
REQUEST_TIMEOUT = 5.0  # seconds the server waits for a request before hanging up
MAX_REQUEST_HEAD = 65536
BAD_REQUEST = b"HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n"


@dataclass
class Hit:
    """One request as the server saw it: what was asked, when it came, when the client went away."""

    path: str
    client_port: int
    started: float
    method: str = "GET"
    headers: dict[str, str] = field(default_factory=dict)  # names lower-cased
    body: bytes = b""
    ended: float | None = None
    outcome: str = ""  # complete | client_closed | reset | stopped | error
    sent: int = 0  # bytes the kernel accepted from the server for this exchange

    @property
    def duration(self) -> float | None:
        """Seconds from request to the end of the exchange, once it ended."""
        return None if self.ended is None else self.ended - self.started


class Conn:
    """The server side of one exchange: the request, and bounded sends and waits that notice a
    departed client."""

    def __init__(self, sock: socket.socket, stop: threading.Event, request: Hit | None = None,
                 answering: Callable[[], None] | None = None) -> None:
        self.sock = sock
        self.stop = stop
        self.sent = 0
        self.request = request or Hit(path="/", client_port=0, started=time.monotonic())
        self.answering = answering  # called once, before the first byte of the answer goes out

    @property
    def headers(self) -> dict[str, str]:
        """The request's headers, names lower-cased."""
        return self.request.headers

    @property
    def body(self) -> bytes:
        """The request's body (as announced by Content-Length)."""
        return self.request.body

    def send(self, data: bytes) -> bool:
        """Send all of `data`; False once the client has gone (or the server stops)."""
        if self.stop.is_set():
            return False
        if self.answering is not None:
            self.answering()
            self.answering = None
        try:
            self.sock.sendall(data)
        except OSError:
            return False
        self.sent += len(data)
        return True

    def wait(self, seconds: float) -> bool:
        """Sleep up to `seconds`; True if the client closed (or reset) meanwhile, or the server stops."""
        deadline = time.monotonic() + seconds
        while not self.stop.is_set():
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            readable, _, _ = select.select([self.sock], [], [], min(left, 0.1))
            if readable:
                try:
                    if self.sock.recv(4096, socket.MSG_PEEK) == b"":
                        return True
                    self.sock.recv(4096)  # the client sent more (e.g. a pipelined request): drop it
                except OSError:
                    return True
        return True

    def reset(self) -> None:
        """Abort the connection with a TCP RST (SO_LINGER 0), as a crashing server or proxy does."""
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
        self.sock.close()


Route = Callable[[Conn], str]  # serves one request; returns how it ended (Hit.outcome)


class LoopbackServer:
    """HTTP on 127.0.0.1 with per-path routes, its own access log and a concurrency gauge."""

    def __init__(self, routes: dict[str, Route] | None = None, lifetime: float = 300.0) -> None:
        self.routes: dict[str, Route] = dict(routes or {})
        self.hits: list[Hit] = []
        self.connections = 0  # TCP connections accepted, whether or not a request followed
        self.active = 0  # requests waiting for their answer now
        self.max_active = 0  # the most waiting at once
        self.lifetime = lifetime
        self.stop_event = threading.Event()
        self._lock = threading.Lock()
        self._listener = socket.create_server((LOOPBACK, 0))
        self._listener.settimeout(0.1)
        self._thread = threading.Thread(target=self._accept_loop, daemon=True, name="loopback-accept")

    @property
    def port(self) -> int:
        """The TCP port it listens on."""
        return int(self._listener.getsockname()[1])

    @property
    def hostport(self) -> str:
        """host:port, the form BAMBOO_ALLOWED_HOSTS takes."""
        return f"{LOOPBACK}:{self.port}"

    @property
    def base(self) -> str:
        """http://127.0.0.1:port"""
        return f"http://{self.hostport}"

    def url(self, path: str) -> str:
        """Absolute URL of a path on this server."""
        return self.base + path

    def requests_for(self, path: str) -> list[Hit]:
        """Requests for one path (query string ignored)."""
        with self._lock:
            return [h for h in self.hits if h.path.split("?")[0] == path]

    def __enter__(self) -> LoopbackServer:
        self._started = time.monotonic()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stop(self) -> None:
        """Stop accepting and end every exchange in progress (bounded by the routes' waits)."""
        self.stop_event.set()
        if self._thread.is_alive() and threading.current_thread() is not self._thread:
            self._thread.join(timeout=5)
        self._listener.close()

    def _accept_loop(self) -> None:
        """Accept until stopped or the lifetime is over (a forgotten server must not outlive its test)."""
        while not self.stop_event.is_set():
            if time.monotonic() - self._started > self.lifetime:
                self.stop_event.set()
                break
            try:
                sock, addr = self._listener.accept()
            except (TimeoutError, OSError):
                continue
            with self._lock:
                self.connections += 1
            threading.Thread(target=self._serve, args=(sock, addr[1]), daemon=True,
                             name="loopback-conn").start()

    def _answered(self) -> None:
        with self._lock:
            self.active -= 1

    def _serve(self, sock: socket.socket, client_port: int) -> None:
        """Read one request, log it, run its route, log how it ended."""
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        hit = _read_request(sock, client_port)
        if hit is None:
            sock.close()
            return
        # A request counts as active until its answer starts: once the client has the answer it may
        # send its next request before this thread runs on, and that is not two at once.
        conn = Conn(sock, self.stop_event, hit, answering=self._answered)
        with self._lock:
            self.hits.append(hit)
            self.active += 1
            self.max_active = max(self.max_active, self.active)
        route = self.routes.get(hit.path.split("?")[0], not_found)
        try:
            hit.outcome = route(conn)
        except OSError:
            hit.outcome = "error"
        finally:
            hit.ended, hit.sent = time.monotonic(), conn.sent
            if conn.answering is not None:  # the route never answered
                self._answered()
            if hit.outcome != "reset":
                with suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                sock.close()


def _read_request(sock: socket.socket, client_port: int) -> Hit | None:
    """The request once its headers (and announced body) have arrived; None if they never do."""
    sock.settimeout(REQUEST_TIMEOUT)
    data = b""
    try:
        while b"\r\n\r\n" not in data and len(data) < MAX_REQUEST_HEAD:
            chunk = sock.recv(4096)
            if not chunk:
                return None
            data += chunk
            if not data[:8].split(b" ", 1)[0].isupper():  # not HTTP (say, a TLS hello): 400, as servers do
                sock.sendall(BAD_REQUEST)
                return None
        started = time.monotonic()
        head_bytes, _, body = data.partition(b"\r\n\r\n")
        lines = head_bytes.decode("latin-1").split("\r\n")
        parts = lines[0].split()
        if len(parts) < 2:
            return None
        headers = {k.strip().lower(): v.strip() for k, _, v in (ln.partition(":") for ln in lines[1:])}
        length = int(headers.get("content-length") or 0)
        while len(body) < length:
            chunk = sock.recv(min(65536, length - len(body)))
            if not chunk:
                return None
            body += chunk
    except (OSError, ValueError):
        return None
    finally:
        with suppress(OSError):
            sock.settimeout(None)
    return Hit(path=parts[1], client_port=client_port, started=started, method=parts[0], headers=headers,
               body=body[:length])


# --- well-behaved routes -------------------------------------------------------------------------


def head(status: int, headers: dict[str, str] | None = None, length: int | None = None) -> bytes:
    """Status line and headers of a `Connection: close` response."""
    reason = {200: "OK", 204: "No Content", 301: "Moved Permanently", 302: "Found", 304: "Not Modified",
              307: "Temporary Redirect", 404: "Not Found", 410: "Gone", 429: "Too Many Requests",
              500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable"}.get(status, "X")
    lines = [f"HTTP/1.1 {status} {reason}", "Connection: close"]
    lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
    if length is not None:
        lines.append(f"Content-Length: {length}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def send(c: Conn, status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> str:
    """Write a complete response with Content-Length; how the exchange ended."""
    return "complete" if c.send(head(status, headers, len(body)) + body) else "client_closed"


def respond(status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> Route:
    """A complete, well-formed response."""
    def route(c: Conn) -> str:
        return send(c, status, body, headers)
    return route


def not_found(c: Conn) -> str:
    """404 for paths without a route."""
    return send(c, 404, b"not found", {"Content-Type": "text/plain"})
