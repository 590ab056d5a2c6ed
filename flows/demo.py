"""`make demo`: replay the fixture site over loopback, run the real ingest flow, show events and stories.

The replay server is also what the tests use: it serves a folder of real bytes, replacing
`{{BASE}}` with its own address, answers conditional requests with 304, and keeps an access log.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
import tempfile
import threading
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

SITE = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "site"
TYPES = {".xml": "application/rss+xml; charset=utf-8", ".atom": "application/atom+xml; charset=utf-8",
         ".html": "text/html; charset=utf-8", ".toml": "text/plain; charset=utf-8"}
DEMO_EVENTS_QUERY = ("SELECT strftime(event_date, '%Y-%m-%d') AS date, place, "
                     "array_to_string(pairs, ' ') AS pairs, "
                     "event_type, article_count AS reports, outlet_count AS outlets, "
                     "array_to_string(languages, '/') AS languages, headline FROM diplomacy_events "
                     "ORDER BY event_date, event_id")
DEMO_QUERY = ("SELECT strftime(published_at, '%Y-%m-%d') AS published, outlet, language, "
              "array_to_string(pairs, ' ') AS pairs, title FROM diplomacy_stories ORDER BY published_at")


class ReplayServer:
    """A loopback HTTP server over a fixture folder (context manager)."""

    def __init__(self, root: Path = SITE) -> None:
        self.root = Path(root)
        self.log: list[tuple[str, str, int]] = []  # (method, path, status), as the server saw them
        self.user_agents: list[str] = []  # the User-Agent of each request, in order
        self.extra: dict[str, tuple[int, dict[str, str], bytes]] = {}  # path -> canned response
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def hostport(self) -> str:
        return self.base.removeprefix("http://")

    def url(self, path: str) -> str:
        return self.base + path

    def render(self, rel: str) -> bytes:
        """A fixture file with the server's address filled in."""
        return (self.root / rel).read_bytes().replace(b"{{BASE}}", self.base.encode())

    def requests_for(self, path: str) -> int:
        return sum(1 for _, p, _ in self.log if p.split("?")[0] == path)

    def __enter__(self) -> ReplayServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                status, headers, body = server._answer(self.path, self.headers.get("If-None-Match"))
                server.log.append(("GET", self.path, status))
                server.user_agents.append(self.headers.get("User-Agent", ""))
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass  # the access log is kept in server.log

        return Handler

    def _answer(self, path: str, if_none_match: str | None) -> tuple[int, dict[str, str], bytes]:
        clean = path.split("?")[0].split("#")[0]
        if clean in self.extra:
            return self.extra[clean]
        file = (self.root / clean.lstrip("/")).resolve()
        if not file.is_file() or self.root.resolve() not in file.parents:
            return 404, {"Content-Type": "text/plain"}, b"not found"
        body = self.render(str(file.relative_to(self.root.resolve())))
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        headers = {"Content-Type": TYPES.get(file.suffix, "application/octet-stream"), "ETag": etag,
                   "Last-Modified": formatdate(file.stat().st_mtime, usegmt=True)}
        if if_none_match == etag:
            return 304, {"ETag": etag}, b""
        return 200, headers, body


DEMO_DIR = Path("data/demo")


def fresh_demo_db(folder: Path) -> Path:
    """The demo's warehouse path in `folder`, with every file of an earlier demo there removed.

    Each demo replays the site on a new port, so the URLs an earlier demo stored would point nowhere
    and its feeds would have nothing new: a fresh warehouse tells the same story every time. Only the
    demo's own files (`demo.*`) are removed, never a warehouse named by BAMBOO_DB.
    """
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("demo.*"):
        shutil.rmtree(old) if old.is_dir() and not old.is_symlink() else old.unlink()
    return folder / "demo.duckdb"


def main(argv: list[str] | None = None) -> int:
    """Run the demo: serve the fixtures, ingest them into a fresh warehouse, print events and stories."""
    import argparse

    from flows.runtime import configure_process

    configure_process()  # quiet Prefect defaults, before Prefect is imported

    parser = argparse.ArgumentParser(prog="python -m flows.demo", description=main.__doc__)
    parser.add_argument("--dir", type=Path, default=DEMO_DIR,
                        help=f"folder of the demo warehouse, emptied of an earlier demo (default {DEMO_DIR})")
    args = parser.parse_args(argv)
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "ERROR")
    from flows.ingest import ingest
    from flows.local import local_run
    from flows.summary import summary_lines
    from flows.variables import current
    from warehouse.analyst_sql import run_and_print
    from warehouse.snapshot import analyst_path

    db = fresh_demo_db(args.dir)
    with ReplayServer() as server, tempfile.TemporaryDirectory() as tmp:
        feeds = Path(tmp) / "feeds.toml"
        feeds.write_bytes(server.render("feeds.toml"))
        os.environ["BAMBOO_ALLOWED_HOSTS"] = server.hostport  # exactly this loopback server
        os.environ.setdefault("BAMBOO_PER_HOST_DELAY", "0.05")
        print(f"Replaying {SITE} at {server.base}; warehouse {db}")
        with local_run():
            summary = ingest(feeds_file=str(feeds), db=str(db), all_feeds=True)
    print("\n".join(summary_lines(summary)))
    s = current(cheap=True, db=db)
    for query in (DEMO_EVENTS_QUERY, DEMO_QUERY):
        print(f"\n$ bamboo sql --db {analyst_path(db)} \"{query}\"")
        run_and_print(analyst_path(db), query, "table", 50, sys.stdout,
                      report_language=s.report_language, memory_limit=s.duckdb_memory_limit)
    return 0


if __name__ == "__main__":
    sys.exit(main())
