"""Shared helpers for benchmarks: where the reference data is, how to serve pages over loopback."""

from __future__ import annotations

import gzip
import json
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent


def shared_data() -> Path:
    """The reference data folder (BAMBOO_SHARED_DATA, default ../shared/data beside the repo)."""
    path = Path(os.environ.get("BAMBOO_SHARED_DATA") or ROOT.parent / "shared" / "data")
    if not path.is_dir():
        raise SystemExit(f"reference data not found at {path}; set BAMBOO_SHARED_DATA")
    return path


def zyte_pages() -> list[tuple[str, str, bytes]]:
    """(id, original URL, HTML bytes) of the 181 Zyte benchmark pages."""
    root = shared_data() / "extraction" / "zyte_article_extraction_benchmark"
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for f in sorted((root / "html").glob("*.html.gz")):
        pid = f.name.removesuffix(".html.gz")
        pages.append((pid, truth.get(pid, {}).get("url", ""), gzip.decompress(f.read_bytes())))
    return pages


def rss(items: list[tuple[str, str]], title: str = "bench") -> bytes:
    """A minimal RSS 2.0 feed over (title, link) items."""
    body = "".join(f"<item><title>{escape(t)}</title><link>{escape(u)}</link><guid>{escape(u)}</guid>"
                   f"<pubDate>Mon, 04 Nov 2019 10:00:00 GMT</pubDate></item>" for t, u in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
            f"<link>http://127.0.0.1/</link><description>bench</description>{body}</channel></rss>").encode()


@contextmanager
def serve(routes: dict[str, tuple[str, bytes]]) -> Iterator[str]:
    """Serve {path: (content type, bytes)} on a loopback port; yields the base URL."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802
            hit = routes.get(self.path.split("?")[0])
            if hit is None:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            ctype, body = hit
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
