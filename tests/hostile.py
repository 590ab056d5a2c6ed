"""A hostile loopback world: routes of the tests' one server (`tests.loopback.LoopbackServer`, here
also named `HostileServer`) that misbehave at the byte level, per path.

A route can trickle bytes, stall, reset the connection or send a body that never ends; the server
keeps its own access log (see `tests/loopback.py`).

`install_hostile_world` puts one route per fault on a server and returns the catalogue (`Fault`)
the tests and `docs/reliability.md` refer to. Benchmarks can reuse both.

Also here, because the process-level tests and benchmarks share them: `prefect_api`, a Prefect
API server started once for many `bamboo` subprocesses, and `run_measured`, which runs a command in
its own process group and reports its peak RSS.
"""

from __future__ import annotations

import gzip
import os
import random
import signal
import socket
import subprocess
import sys
import threading
import time
import zlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

import psutil

from tests.loopback import (  # noqa: F401 - Hit, not_found and send re-exported for older imports
    LOOPBACK,
    Conn,
    Hit,
    LoopbackServer,
    Route,
    head,
    not_found,
    respond,
    send,
)

HostileServer = LoopbackServer  # the name the fault tests and benchmarks know it by

METADATA_URL = "http://169.254.169.254/latest/meta-data/"  # cloud metadata: must never be asked
PRIVATE_URL = "http://10.0.0.1/"
VI_TITLE = "Bộ trưởng Bùi Thanh Sơn gặp Vương Nghị tại Hà Nội"  # non-ASCII: a wrong charset shows


# --- hostile routes ------------------------------------------------------------------------------


def slow_body(body: bytes, per_byte: float = 1.0, content_type: str = "text/html") -> Route:
    """Headers at once, then the body one byte per `per_byte` seconds (every read succeeds)."""
    def route(c: Conn) -> str:
        if not c.send(head(200, {"Content-Type": content_type}, len(body))):
            return "client_closed"
        for i in range(len(body)):
            if not c.send(body[i:i + 1]) or c.wait(per_byte):
                return "client_closed"
        return "complete"
    return route


def slow_headers(per_byte: float = 1.0) -> Route:
    """The status line and headers themselves trickled one byte per `per_byte` seconds, never ending."""
    def route(c: Conn) -> str:
        for byte in b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Padding: " + b"a" * 10_000:
            if not c.send(bytes([byte])) or c.wait(per_byte):
                return "client_closed"
        return "complete"
    return route


def hang_after_headers(limit: float = 60.0) -> Route:
    """Headers promising a body, then silence until the client gives up (at most `limit` s)."""
    def route(c: Conn) -> str:
        if not c.send(head(200, {"Content-Type": "text/html"}, 5000)):
            return "client_closed"
        return "client_closed" if c.wait(limit) else "complete"
    return route


def reset(after: bytes = b"") -> Route:
    """Send `after` (maybe nothing), then reset the connection."""
    def route(c: Conn) -> str:
        if after:
            c.send(after)
            time.sleep(0.05)  # let the bytes leave before the RST discards the send queue
        c.reset()
        return "reset"
    return route


def redirect(location: str, status: int = 302) -> Route:
    """A redirect to `location` (absolute or relative)."""
    return respond(status, b"", {"Location": location})


def gzip_bomb(decoded: int = 10 * 1024**3) -> Route:
    """`Content-Encoding: gzip` whose body inflates to `decoded` bytes of zeros (~1000:1), made lazily."""
    def route(c: Conn) -> str:
        if not c.send(head(200, {"Content-Type": "text/html", "Content-Encoding": "gzip"})):
            return "client_closed"
        comp = zlib.compressobj(9, zlib.DEFLATED, 31)
        zeros = bytes(1024 * 1024)
        for _ in range(decoded // len(zeros)):
            piece = comp.compress(zeros)
            if piece and not c.send(piece):
                return "client_closed"
        return "complete" if c.send(comp.flush()) else "client_closed"
    return route


def endless(total: int = 100 * 1024**2, declare_length: bool = False, content_type: str = "text/html"
            ) -> Route:
    """`total` bytes of generated HTML-ish text, streamed in 64 KiB pieces (never held in memory)."""
    piece = (b"<p>" + b"bamboo " * 9356 + b"</p>\n")[:65536]
    def route(c: Conn) -> str:
        if not c.send(head(200, {"Content-Type": content_type}, total if declare_length else None)):
            return "client_closed"
        sent = 0
        while sent < total:
            chunk = piece[: total - sent]
            if not c.send(chunk):
                return "client_closed"
            sent += len(chunk)
        return "complete"
    return route


def garbage(size: int = 200_000, seed: int = 8, content_type: str = "text/html") -> Route:
    """`size` bytes of seeded random binary garbage labelled as `content_type`."""
    return respond(200, random.Random(seed).randbytes(size), {"Content-Type": content_type})


def raw(data: bytes) -> Route:
    """Exactly these bytes on the wire (broken HTTP), then close."""
    def route(c: Conn) -> str:
        return "complete" if c.send(data) else "client_closed"
    return route


def delayed(inner: Route, seconds: float) -> Route:
    """`inner`, after a pause (a slow but honest server)."""
    def route(c: Conn) -> str:
        if c.wait(seconds):
            return "client_closed"
        return inner(c)
    return route


# --- documents -----------------------------------------------------------------------------------


def rss(title: str, items: Sequence[tuple[str, str]], description: str = "") -> bytes:
    """An RSS 2.0 feed of (title, link) items, dated one hour apart in September 2023."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n',
           f'<rss version="2.0"><channel><title>{escape(title)}</title>'
           "<link>http://example.invalid/</link><description>test feed</description>"]
    for i, (t, link) in enumerate(items):
        out.append(f"<item><title>{escape(t)}</title><link>{escape(link)}</link><guid>{escape(link)}</guid>"
                   f"<pubDate>Mon, 11 Sep 2023 {i % 24:02d}:15:00 +0700</pubDate>"
                   f"<description>{escape(description or t)}</description></item>")
    out.append("</channel></rss>\n")
    return "".join(out).encode("utf-8")


_SENTENCES = (
    "Foreign Minister Bui Thanh Son met Chinese Foreign Minister Wang Yi in Hanoi on {day} September.",
    "The two sides discussed trade, the South China Sea and the upcoming visit of the United States "
    "Secretary of State.",
    "Officials said the talks covered supply chains, railway links across the border and fisheries.",
    "Vietnam's exports to the United States rose by {n} percent in the first eight months of the year.",
    "Analysts in Singapore said Hanoi continues to balance its relations with Beijing and Washington.",
    "Rain fell across the northern provinces and farmers reported damage to rice fields near {place}.",
    "The city council approved a new budget for schools, roads and public transport in {place}.",
    "Ticket sales for the football final opened on {day} September and sold out within hours.",
)
_PLACES = ("Hai Phong", "Lang Son", "Nanning", "Da Nang", "Quang Ninh", "Hue")


def article_html(n: int, title: str | None = None) -> bytes:
    """A plausible news article page, different for each `n` (some diplomacy, some not)."""
    rnd = random.Random(n)
    title = title or f"Report {n}: " + rnd.choice(["Hanoi and Beijing talk trade", "Floods in the north",
                                                    "Vietnam and the United States on supply chains",
                                                    "City budget approved", "Football final sold out"])
    paras = []
    for _ in range(6):
        s = rnd.choice(_SENTENCES).format(day=rnd.randint(1, 28), n=rnd.randint(2, 40),
                                          place=rnd.choice(_PLACES))
        paras.append(f"<p>{escape(s)} {escape(rnd.choice(_SENTENCES).format(day=3, n=5, place='Hue'))}</p>")
    return (f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{escape(title)}</title>"
            f'<meta property="article:published_time" content="2023-09-{1 + n % 28:02d}T08:00:00+07:00">'
            f"</head><body><nav><a href=\"/\">Home</a></nav><article><h1>{escape(title)}</h1>"
            f"{''.join(paras)}</article><footer>Copyright</footer></body></html>").encode()


def deep_html(depth: int = 50_000) -> bytes:
    """A page whose tree is `depth` elements deep, with real text at the bottom."""
    text = b"<p>" + b"Deeply nested words about nothing in particular. " * 10 + b"</p>"
    return (b"<!DOCTYPE html><html><head><title>Deep</title></head><body>" + b"<div>" * depth + text
            + b"</div>" * depth + b"</body></html>")


def gzip_bytes(data: bytes) -> bytes:
    """gzip of `data` (for honest compressed responses)."""
    return gzip.compress(data, 6)


# --- the catalogue of faults ---------------------------------------------------------------------


@dataclass(frozen=True)
class Fault:
    """One hostile behaviour on one path, and the error the pipeline must record for it."""

    name: str
    path: str
    kind: str  # "feed" or "page"
    expect: tuple[str, ...]  # acceptable recorded error kinds (fetch) or "extraction" / "ok"
    what: str  # one line for the reliability table


@dataclass
class World:
    """The installed faults and the URLs that must never be requested."""

    faults: list[Fault] = field(default_factory=list)
    refused_urls: list[str] = field(default_factory=list)

    def feeds(self) -> list[Fault]:
        """Faults served at feed URLs."""
        return [f for f in self.faults if f.kind == "feed"]

    def pages(self) -> list[Fault]:
        """Faults served at page URLs (listed by the hostile-pages feed)."""
        return [f for f in self.faults if f.kind == "page"]


GOOD_FEED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
<item><title>One</title><link>http://example.invalid/one</link></item></channel></rss>"""


def install_hostile_world(server: HostileServer, decoy: HostileServer, *, big: int = 100 * 1024**2
                          ) -> World:
    """Put one route per fault on `server`; links to `decoy` (not allow-listed) must never be followed."""
    world = World()

    def add(name: str, path: str, kind: str, route: Route, expect: tuple[str, ...], what: str) -> None:
        server.routes[path] = route
        world.faults.append(Fault(name, path, kind, expect, what))

    decoy.routes["/admin"] = respond(200, b"secret admin page " * 50, {"Content-Type": "text/html"})
    other = f"{decoy.base}/admin"
    world.refused_urls = [other, METADATA_URL, PRIVATE_URL]
    deep = deep_html()
    # Feeds
    add("slow feed", "/f/slow", "feed", slow_body(GOOD_FEED, 1.0, "application/rss+xml"), ("timeout",),
        "feed body at one byte per second")
    add("slow headers", "/f/slow-headers", "feed", slow_headers(1.0), ("timeout",),
        "status line and headers at one byte per second")
    add("hang after headers", "/f/hang", "feed", hang_after_headers(), ("timeout",),
        "headers, then silence")
    add("reset", "/f/reset", "feed", reset(), ("network", "protocol", "connect"),
        "connection reset before any byte")
    add("reset mid-body", "/f/reset-mid", "feed", reset(head(200, {}, 5000) + GOOD_FEED[:40]),
        ("network", "protocol"), "connection reset after headers and part of the body")
    add("HTTP 500", "/f/500", "feed", respond(500, b"oops"), ("http_status",), "500 Internal Server Error")
    add("HTTP 502", "/f/502", "feed", respond(502, b"bad gateway"), ("http_status",), "502 Bad Gateway")
    add("HTTP 503", "/f/503", "feed", respond(503, b"down"), ("http_status",), "503 without Retry-After")
    add("redirect loop", "/f/loop-a", "feed", redirect("/f/loop-b"), ("redirect_loop",),
        "302 to a URL that redirects back")
    server.routes["/f/loop-b"] = redirect("/f/loop-a")
    add("redirect to metadata", "/f/to-metadata", "feed", redirect(METADATA_URL), ("private_address",),
        "302 to http://169.254.169.254/latest/meta-data/")
    add("redirect to 10.0.0.1", "/f/to-private", "feed", redirect(PRIVATE_URL), ("private_address",),
        "302 to http://10.0.0.1/")
    add("redirect to other loopback port", "/f/to-decoy", "feed", redirect(other), ("private_address",),
        "302 to a loopback port that is not allow-listed")
    add("gzip bomb", "/f/bomb", "feed", gzip_bomb(), ("too_large",), "gzip body inflating to 10 GB")
    add("100 MB, no length", "/f/huge", "feed", endless(big), ("too_large",),
        "100 MB streamed without Content-Length")
    add("100 MB, declared", "/f/huge-declared", "feed", endless(big, declare_length=True), ("too_large",),
        "Content-Length: 104857600")
    add("truncated XML", "/f/truncated", "feed",
        respond(200, GOOD_FEED[:70], {"Content-Type": "application/rss+xml"}), ("not_a_feed", "empty"),
        "feed cut off mid-document")
    add("invalid XML", "/f/invalid", "feed",
        respond(200, b"<rss><channel><<<>>>&&&</rss>", {"Content-Type": "application/rss+xml"}),
        ("not_a_feed", "empty"), "not well-formed XML")
    add("binary garbage feed", "/f/garbage", "feed", garbage(50_000, content_type="application/rss+xml"),
        ("not_a_feed", "empty"), "random bytes labelled as RSS")
    add("HTML at feed URL", "/f/html", "feed", respond(200, article_html(1), {"Content-Type": "text/html"}),
        ("not_a_feed",), "an HTML page where the feed should be")
    add("broken HTTP", "/f/broken-http", "feed", raw(b"HELLO THERE\r\n\r\n"), ("protocol", "network"),
        "not HTTP at all")
    add("wrong charset feed", "/f/charset", "feed", respond(200, _charset_feed(server), {
        "Content-Type": "text/plain; charset=shift_jis"}), ("ok",),
        "UTF-8 feed labelled text/plain; charset=shift_jis (entries still read)")
    # Pages, all listed by one well-formed feed
    pages = [
        ("slow page", "/p/slow", slow_body(article_html(2), 1.0), ("timeout",),
         "page at one byte per second"),
        ("hanging page", "/p/hang", hang_after_headers(), ("timeout",), "headers, then silence"),
        ("reset page", "/p/reset", reset(), ("network", "protocol", "connect"), "connection reset"),
        ("page 500", "/p/500", respond(500, b"oops"), ("http_status",), "500"),
        ("page 502", "/p/502", respond(502, b"bad gateway"), ("http_status",), "502"),
        ("page 503", "/p/503", respond(503, b"down"), ("http_status",), "503 without Retry-After"),
        ("page redirect loop", "/p/loop-a", redirect("/p/loop-b"), ("redirect_loop",), "302 loop"),
        ("page redirect to metadata", "/p/to-metadata", redirect(METADATA_URL), ("private_address",),
         "302 to 169.254.169.254"),
        ("page redirect to 10.0.0.1", "/p/to-private", redirect(PRIVATE_URL), ("private_address",),
         "302 to 10.0.0.1"),
        ("page redirect to other port", "/p/to-decoy", redirect(other), ("private_address",),
         "302 to a loopback port not allow-listed"),
        ("page gzip bomb", "/p/bomb", gzip_bomb(), ("too_large",), "gzip body inflating to 10 GB"),
        ("page 100 MB", "/p/huge", endless(big), ("too_large",), "100 MB without Content-Length"),
        ("50,000-deep HTML", "/p/deep", respond(200, deep, {"Content-Type": "text/html"}),
         ("extraction", "ok"), "a 50,000-deep nested tree"),
        ("binary garbage page", "/p/garbage", garbage(), ("extraction",), "random bytes as text/html"),
        ("image content type", "/p/png", respond(200, article_html(3), {"Content-Type": "image/png"}),
         ("ok", "extraction"), "an article labelled image/png"),
        ("wrong charset page", "/p/charset", respond(200, article_html(4, VI_TITLE), {
            "Content-Type": "text/html; charset=koi8-r"}), ("ok",), "UTF-8 page labelled koi8-r"),
        ("truncated HTML", "/p/truncated", respond(200, article_html(5)[:400], {"Content-Type": "text/html"}),
         ("ok", "extraction"), "page cut off after 400 bytes"),
    ]
    for name, path, route, expect, what in pages:
        add(name, path, "page", route, expect, what)
    server.routes["/p/loop-b"] = redirect("/p/loop-a")
    links = [(name, server.url(path)) for name, path, _, _, _ in pages]
    links += [("decoy admin", other), ("metadata", METADATA_URL), ("private", PRIVATE_URL)]
    server.routes["/f/hostile-pages"] = respond(200, rss("Hostile pages", links),
                                                {"Content-Type": "application/rss+xml"})
    return world


def _charset_feed(server: HostileServer) -> bytes:
    """A UTF-8 feed (Vietnamese title) whose one entry is a real page on the server."""
    server.routes["/p/charset-feed-item"] = respond(200, article_html(6), {"Content-Type": "text/html"})
    return rss("Tin thế giới", [(VI_TITLE, server.url("/p/charset-feed-item"))])


# --- process helpers -----------------------------------------------------------------------------


def free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    with socket.socket() as s:
        s.bind((LOOPBACK, 0))
        return int(s.getsockname()[1])


@contextmanager
def prefect_api(home: Path, startup_timeout: float = 90.0) -> Iterator[str]:
    """A Prefect API server on 127.0.0.1 for many `bamboo` subprocesses; yields PREFECT_API_URL.

    Each subprocess then skips starting its own temporary API (~5 s); a killed subprocess leaves
    nothing behind either.
    """
    import httpx

    port = free_port()
    env = {**os.environ, "PREFECT_HOME": str(home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
           "DO_NOT_TRACK": "1", "PREFECT_SERVER_LOGGING_LEVEL": "WARNING"}
    env.pop("PREFECT_API_URL", None)
    log = open(home / "server.log", "wb")  # noqa: SIM115 - closed in finally
    proc = subprocess.Popen([sys.executable, "-m", "prefect", "server", "start", "--host", LOOPBACK,
                             "--port", str(port)], env=env, stdout=log, stderr=subprocess.STDOUT,
                            start_new_session=True)
    url = f"http://{LOOPBACK}:{port}/api"
    try:
        deadline = time.monotonic() + startup_timeout
        while True:
            try:
                if httpx.get(url + "/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                tail = (home / "server.log").read_text()[-2000:]
                raise RuntimeError(f"Prefect server did not start: {tail}")
            time.sleep(0.3)
        yield url
    finally:
        kill_group(proc)
        log.close()


def kill_group(proc: subprocess.Popen[bytes], sig: int = signal.SIGKILL) -> None:
    """Signal the process group `proc` leads (it was started with start_new_session) and reap it."""
    with suppress(ProcessLookupError):
        os.killpg(proc.pid, sig)
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)


@dataclass
class Measured:
    """How a measured subprocess ended."""

    returncode: int
    peak_rss: int  # bytes: the high-water mark of the largest process in its tree
    tree_peak: int  # bytes: the sum of every process's high-water mark (an upper bound for the tree)
    wall: float
    stdout: str
    stderr: str


def run_measured(cmd: Sequence[str], env: dict[str, str], timeout: float, cwd: Path | None = None
                 ) -> Measured:
    """Run `cmd` in its own process group, sampling every process's peak RSS (VmHWM) until it exits."""
    started = time.monotonic()
    proc = subprocess.Popen(list(cmd), env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True)
    peaks: dict[int, int] = {}
    out: dict[str, bytes] = {}
    reader = threading.Thread(target=lambda: out.update(zip(("o", "e"), proc.communicate(), strict=True)),
                              daemon=True)
    reader.start()
    try:
        while proc.poll() is None:
            if time.monotonic() - started > timeout:
                raise TimeoutError(f"{cmd[0]} ran over {timeout} s")
            _sample_peaks(proc.pid, peaks)
            time.sleep(0.02)
    finally:
        kill_group(proc)
        reader.join(timeout=10)
    return Measured(proc.returncode, max(peaks.values(), default=0), sum(peaks.values()),
                    time.monotonic() - started,
                    out.get("o", b"").decode(errors="replace"), out.get("e", b"").decode(errors="replace"))


def _sample_peaks(pid: int, peaks: dict[int, int]) -> None:
    """Record each live process's RSS high-water mark (the kernel's VmHWM, so no spike is missed)."""
    try:
        root = psutil.Process(pid)
        procs = [root, *root.children(recursive=True)]
    except psutil.Error:
        return
    for p in procs:
        try:
            peaks[p.pid] = max(peaks.get(p.pid, 0), _vm_hwm(p.pid) or p.memory_info().rss)
        except (psutil.Error, OSError):
            continue


def _vm_hwm(pid: int) -> int | None:
    """Peak resident set size of a live process, from /proc (Linux); None elsewhere."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    except OSError:
        return None
    return None


@dataclass
class NewsSite:
    """Feeds of distinct articles on a HostileServer; a growing site publishes more at every poll."""

    feed_urls: list[str]
    page_urls: list[str]
    visible: list[int]  # items each feed shows now
    per_feed: int
    step: int  # items a feed gains each time it is requested (0: all visible from the start)
    pausing: bool = True  # pages answer after their pause; freeze() ends the pauses

    def freeze(self) -> None:
        """Publish everything, stop growing and answer at once (the state a reference run then sees:
        the pauses only make runs last long enough to be killed mid-run)."""
        self.visible[:] = [self.per_feed] * len(self.visible)
        self.step = 0
        self.pausing = False


def news_site(server: HostileServer, feeds: int = 4, per_feed: int = 20, delay: float = 0.0,
              start: int | None = None, step: int = 0) -> NewsSite:
    """Well-behaved feeds of distinct articles, each page after a seeded pause of up to `delay` s.

    With `start`, each feed first shows `start` items and gains `step` more at every request.
    """
    pauses = random.Random(feeds * 1000 + per_feed)
    site = NewsSite([], [], [per_feed if start is None else start] * feeds, per_feed, step)
    for f in range(feeds):
        items = []
        for i in range(per_feed):
            n = f * per_feed + i
            path = f"/news/{f}/{i}.html"
            page = respond(200, article_html(n), {"Content-Type": "text/html; charset=utf-8"})
            server.routes[path] = _paused(site, page, pauses.uniform(0.2, 1.0) * delay) if delay else page
            items.append((f"Story {n}", server.url(path)))
            site.page_urls.append(server.url(path))
        server.routes[f"/feeds/{f}.xml"] = _growing_feed(site, f, items)
        site.feed_urls.append(server.url(f"/feeds/{f}.xml"))
    return site


def _paused(site: NewsSite, page: Route, seconds: float) -> Route:
    """`page` after a pause of `seconds` while `site` is pausing."""
    slow = delayed(page, seconds)
    return lambda c: slow(c) if site.pausing else page(c)


def _growing_feed(site: NewsSite, f: int, items: list[tuple[str, str]]) -> Route:
    """Feed `f` of `site`: the items visible now, newest first; then it grows by `site.step`."""
    lock = threading.Lock()

    def route(c: Conn) -> str:
        with lock:
            shown = items[: site.visible[f]]
            site.visible[f] = min(site.per_feed, site.visible[f] + site.step)
        return respond(200, rss(f"Feed {f}", shown[::-1]), {"Content-Type": "application/rss+xml"})(c)
    return route


def feeds_toml(urls: Sequence[str], prefix: str = "feed") -> str:
    """A feeds file naming each URL `{prefix}-{i}`."""
    return "".join(f'[[feed]]\nname = "{prefix}-{i}"\nurl = "{u}"\noutlet = "Outlet {i}"\n\n'
                   for i, u in enumerate(urls))


# --- issue 19, HTTP layer: throttling, payload bombs, content codings, robots.txt -----------------


@dataclass
class ThrottlingSite:
    """A feed that gains one article per poll, whose newest article answers 429 while throttling is on."""

    feed_url: str
    page_paths: list[str]
    shown: int  # articles the feed shows now
    throttling: bool = True
    retry_after: int = 120
    hot: list[str] = field(default_factory=list)  # the paths that answered 429, in order


def throttling_site(server: HostileServer, pages: int = 12, start: int = 6) -> ThrottlingSite:
    """`pages` articles on `server`; the feed first shows `start` of them, newest first, one more per poll."""
    lock = threading.Lock()
    site = ThrottlingSite(server.url("/feed.xml"), [f"/news/{i}.html" for i in range(pages)], start - 1)

    def feed(c: Conn) -> str:
        with lock:
            site.shown = min(pages, site.shown + 1)
            items = [(f"Story {i}", server.url(site.page_paths[i])) for i in range(site.shown)]
        return respond(200, rss("Throttled wire", items[::-1]), {"Content-Type": "application/rss+xml"})(c)

    def page(i: int) -> Route:
        def route(c: Conn) -> str:
            with lock:
                hot = site.throttling and i == site.shown - 1
                if hot:
                    site.hot.append(site.page_paths[i])
            if hot:
                return respond(429, b"slow down", {"Retry-After": str(site.retry_after)})(c)
            return respond(200, article_html(500 + i), {"Content-Type": "text/html; charset=utf-8"})(c)
        return route

    server.routes["/feed.xml"] = feed
    for i, path in enumerate(site.page_paths):
        server.routes[path] = page(i)
    return site


def big_rss(entries: int, base: str) -> bytes:
    """An RSS feed of `entries` distinct items linking under `base` (large when inflated, small gzipped)."""
    return rss("Bulk wire", [(f"Item {i}", f"{base}/bulk/{i}.html") for i in range(entries)],
               description="x" * 900)


def gzip_payload(data: bytes, content_type: str = "application/rss+xml") -> Route:
    """`data` gzipped and sent WITHOUT Content-Encoding (a .gz file served as is)."""
    return respond(200, gzip.compress(data, 9), {"Content-Type": content_type})


def encode_chain(data: bytes, codings: Sequence[str]) -> bytes:
    """`data` with each content coding applied in the order given (as Content-Encoding lists them)."""
    for coding in codings:
        if coding == "gzip":
            data = gzip.compress(data, 9)
        elif coding == "deflate":
            data = zlib.compress(data, 9)
        else:
            raise ValueError(coding)
    return data


def coded(data: bytes, header: str, codings: Sequence[str] | None = None,
          content_type: str = "text/html") -> Route:
    """`data` encoded with `codings` (default: the ones `header` names) and labelled `header`."""
    applied = [c.strip() for c in header.split(",")] if codings is None else list(codings)
    body = encode_chain(data, applied)
    return respond(200, body, {"Content-Type": content_type, "Content-Encoding": header})


def robots_txt(text: str, status: int = 200) -> Route:
    """A robots.txt with these rules (or an error status)."""
    return respond(status, text.encode(), {"Content-Type": "text/plain"})


# --- bodies that are expensive to parse (issue 19, cases 9 and 10) -------------------------------


def _attributes(n: int, hidden: bool) -> str:
    """`n` distinct attributes; `hidden` puts a '<' in a quoted value every 50, which HTML allows and
    which splits the tag into short runs that the pre-parse guard (extractors.article.markupguard) skips."""
    return " ".join(f'a{i}="{"<" if hidden and i % 50 == 49 else "x"}"' for i in range(n))


def many_attributes_html(n: int, hidden: bool = False, title: str = "Attribute flood") -> bytes:
    """A real article whose body sits in one `<div>` with `n` attributes (n=100,000: ~0.9 MB)."""
    body = "".join(f"<p>{escape(s.format(day=4, n=7, place='Hue'))}</p>" for s in _SENTENCES)
    return (f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{escape(title)}</title>"
            f"</head><body><article><h1>{escape(title)}</h1><div {_attributes(n, hidden)}>{body}</div>"
            f"</article></body></html>").encode()


def many_attributes_feed(n: int, items: Sequence[tuple[str, str]], hidden: bool = False) -> bytes:
    """An RSS feed of `items` whose first `<item>` carries `n` attributes (n=80,000: ~0.87 MB).

    With `hidden`, the quoted '<' make the XML not well-formed, so feedparser reads it with its
    tolerant (slower, pure Python) parser.
    """
    feed = rss("Attribute flood", items).decode()
    return feed.replace("<item>", f"<item {_attributes(n, hidden)}>", 1).encode()


def short_paragraphs_html(mb: float) -> bytes:
    """A page of `mb` MB of very short paragraphs (4.7 MB: ~190,000 `<p>`), slow and large to extract."""
    head = (b"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Short paragraphs</title></head>"
            b"<body><article><h1>Short paragraphs</h1>\n")
    parts, size, i = [head], len(head), 0
    while size < mb * 1_000_000:
        p = b"<p>Item %d said.</p>\n" % i
        parts.append(p)
        size, i = size + len(p), i + 1
    parts.append(b"</article></body></html>")
    return b"".join(parts)
