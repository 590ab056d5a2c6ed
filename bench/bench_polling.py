"""Benchmark: poll N loopback feeds twice with one shared Fetcher; the second pass is all 304/unchanged.

The feeds are served by a separate process (so server and client do not share one GIL). Most
feeds honour If-None-Match (second pass: 304); every fifth ignores it and sends the same bytes
again (second pass: 'unchanged' by body hash, with no parsing).

    .venv/bin/python bench/bench_polling.py [--feeds 500] [--threads 16] [--items 20]

Stops by itself: every loop is bounded and the server process is terminated at the end.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import sys
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from extractors.core.models import Feed, FeedPoll, FeedState  # noqa: E402
from extractors.core.settings import Settings  # noqa: E402
from extractors.feeds.poll import poll_feed, update_state  # noqa: E402
from extractors.http.client import Fetcher  # noqa: E402

LIE_EVERY = 5  # every fifth feed ignores conditional requests


def feed_body(i: int, items: int) -> bytes:
    """A plausible RSS 2.0 document for feed i."""
    base = datetime(2024, 5, 1, tzinfo=UTC)
    entries = "".join(
        f"<item><title>Feed {i} story {j}: Viet Nam and China sign agreement</title>"
        f"<link>https://news{i % 50}.example/{i}/{j}.html?utm_source=rss</link><guid>{i}-{j}</guid>"
        f"<pubDate>{(base - timedelta(hours=j * 3)).strftime('%a, %d %b %Y %H:%M:%S +0700')}</pubDate>"
        f"<description>Summary of story {j} in feed {i}. {'Lorem ipsum dolor sit amet. ' * 8}</description>"
        "</item>" for j in range(items))
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Feed {i}</title>'
            f"<link>https://news.example/</link>{entries}</channel></rss>").encode()


def serve(port_queue: mp.Queue, feeds: int, items: int) -> None:
    """Child process: serve /feed/<i> with ETags until terminated."""
    bodies = {f"/feed/{i}": feed_body(i, items) for i in range(feeds)}

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # else headers and body in two writes meet delayed ACKs (40 ms)

        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            body = bodies.get(self.path)
            if body is None:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            i = int(self.path.rsplit("/", 1)[1])
            etag = f'"{i}-v1"'
            honours = i % LIE_EVERY != 0
            if honours and self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
            if honours:
                self.send_header("ETag", etag)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    class Server(ThreadingHTTPServer):
        request_queue_size = 256  # listen() backlog; the default 5 drops SYNs (1 s retransmits)
        daemon_threads = True

    httpd = Server(("127.0.0.1", 0), Handler)
    port_queue.put(httpd.server_address[1])
    httpd.serve_forever(poll_interval=0.1)


def run_pass(fetcher: Fetcher, feeds: list[Feed], states: dict[str, FeedState | None],
             threads: int) -> tuple[float, Counter[str], int]:
    """Poll every feed once on a thread pool; (seconds, statuses, entries)."""
    def one(feed: Feed) -> tuple[FeedPoll, int]:
        poll, entries = poll_feed(fetcher, feed, states[feed.name])
        states[feed.name] = update_state(states[feed.name], poll, entries)
        return poll, len(entries)

    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=threads) as pool:
        results = list(pool.map(one, feeds, timeout=300))
    elapsed = time.perf_counter() - start
    return elapsed, Counter(p.status for p, _ in results), sum(n for _, n in results)


def main() -> int:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=500)
    parser.add_argument("--threads", type=int, default=16)
    parser.add_argument("--items", type=int, default=20)
    args = parser.parse_args()

    ctx = mp.get_context("spawn")
    port_queue: mp.Queue = ctx.Queue()
    server = ctx.Process(target=serve, args=(port_queue, args.feeds, args.items), daemon=True)
    server.start()
    try:
        port = port_queue.get(timeout=30)
        feeds = [Feed(name=f"bench-{i}", url=f"http://127.0.0.1:{port}/feed/{i}", outlet="bench")
                 for i in range(args.feeds)]
        # All feeds share one host, so the politeness limits are relaxed for the bench only, and the
        # loopback server is allow-listed (the SSRF guard stays on).
        settings = Settings.from_env(env={}, per_host_delay=0.0, per_host_concurrency=args.threads,
                                     allowed_hosts=(f"127.0.0.1:{port}",))
        states: dict[str, FeedState | None] = {f.name: None for f in feeds}
        with Fetcher(settings) as fetcher:
            t1, s1, n1 = run_pass(fetcher, feeds, states, args.threads)
            t2, s2, n2 = run_pass(fetcher, feeds, states, args.threads)
    finally:
        server.terminate()
        server.join(10)
    body_kb = len(feed_body(0, args.items)) / 1024
    print(f"feeds={args.feeds} threads={args.threads} items/feed={args.items} body≈{body_kb:.1f} KiB")
    print(f"pass 1 (full fetch + parse): {t1:.2f} s  {args.feeds / t1:.0f} req/s  "
          f"statuses={dict(s1)} entries={n1}")
    print(f"pass 2 (304 / unchanged):    {t2:.2f} s  {args.feeds / t2:.0f} req/s  "
          f"statuses={dict(s2)} entries={n2}")
    print(f"pass 2 / pass 1 = {t2 / t1:.3f}")
    ok = s1.get("ok", 0) == args.feeds and s2.get("not_modified", 0) + s2.get("unchanged", 0) == args.feeds
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
