"""A tiny threaded loopback HTTP server for faults pytest-httpserver cannot produce.

Routes are functions of the request handler; every request is logged with its headers, and the
server counts how many requests it is serving at once (for per-host limit tests).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

Route = Callable[[BaseHTTPRequestHandler], None]


@dataclass
class Logged:
    """One request as the server saw it."""

    path: str
    headers: dict[str, str]
    at: float


@dataclass
class LoopbackServer:
    """Threaded HTTP/1.1 server on 127.0.0.1 with per-path routes, a request log and a concurrency gauge."""

    routes: dict[str, Route] = field(default_factory=dict)
    log: list[Logged] = field(default_factory=list)
    active: int = 0
    max_active: int = 0

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self.stop_event = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body go in two writes; avoid delayed-ACK stalls

            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                server._serve(self)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                       daemon=True)

    @property
    def port(self) -> int:
        return int(self.httpd.server_address[1])

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def __enter__(self) -> LoopbackServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop_event.set()
        self.httpd.shutdown()
        self.httpd.server_close()

    def _serve(self, handler: BaseHTTPRequestHandler) -> None:
        path = handler.path
        with self._lock:
            headers = {k.lower(): v for k, v in handler.headers.items()}
            self.log.append(Logged(path, headers, time.monotonic()))
            self.active += 1
            self.max_active = max(self.max_active, self.active)
        try:
            route = self.routes.get(path.split("?")[0])
            if route is None:
                send(handler, 404, b"not found")
            else:
                route(handler)
        finally:
            with self._lock:
                self.active -= 1


def send(handler: BaseHTTPRequestHandler, status: int, body: bytes = b"",
         headers: dict[str, str] | None = None) -> None:
    """Write a complete response with Content-Length."""
    handler.send_response(status)
    for name, value in (headers or {}).items():
        handler.send_header(name, value)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    if body:
        handler.wfile.write(body)
