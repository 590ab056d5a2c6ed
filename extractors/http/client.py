"""The one HTTP module: polite, bounded, SSRF-guarded GETs that never raise for network faults.

`Fetcher.get` returns a `FetchResult`; a failure carries a short stable `error_kind`:

    bad_url             the URL cannot be parsed
    bad_scheme          not http or https (also for a redirect to one)
    dns                 the host name does not resolve
    private_address     the host resolves to loopback/private/link-local/multicast/reserved space
    connect             the TCP connection failed (refused, unreachable, reset while connecting)
    tls                 the TLS handshake or certificate check failed
    timeout             connect or read timeout, or the overall deadline per request passed
    network             the connection broke while the response was being read
    protocol            the server spoke broken HTTP, a broken Content-Encoding or an unknown one
    too_large           the decoded body passed the size cap (max_feed_bytes / max_page_bytes)
    too_many_redirects  more than max_redirects hops
    redirect_loop       a redirect came back to a URL already visited
    http_status         a 4xx/5xx status (body kept, up to the cap)
    rate_limited        429, or 503 with Retry-After, or the host is still blocked by an earlier one;
                        `retry_after` says when to come back. Refused locally (the host is blocked),
                        the request was never sent: `sent` is False and `deferred` True
    robots_disallowed   the host's robots.txt disallows the page for our user agent (never sent)
    internal            a bug in this module (reported, never raised)

Politeness is per host (`host:port`): at most `per_host_concurrency` requests at once and at least
`per_host_delay` seconds between two request starts; a host that answered 429/503 with Retry-After is
not asked again before that time (capped at MAX_RETRY_AFTER); the block is checked again once a
request has had its slot and turn, so requests queued behind the 429 are not sent either.

Article pages (`get(..., robots=True)`) obey the host's robots.txt, read once per host per Fetcher
(`_RobotsCache`): a 4xx robots.txt allows everything, and so does one that cannot be read (5xx,
network faults), as Google does; a Crawl-delay raises the host's delay up to MAX_CRAWL_DELAY.

Content codings are decoded in the reverse order of the Content-Encoding list (the order they were
applied), each stage bounded by the body cap; an unknown coding is a `protocol` error.
Every error message is redacted (`extractors.core.redact`) before it leaves this module.

The SSRF guard runs where the socket is opened: the name is resolved once, every address is
checked, and the connection goes to the checked address, so DNS rebinding cannot slip past it.
"""

from __future__ import annotations

import ipaddress
import socket
import ssl
import threading
import time
import zlib
from collections import OrderedDict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any, Literal
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx
from protego import Protego

from extractors.core.redact import redact_text
from extractors.core.settings import ROBOTS_AGENT, Settings

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
MAX_RETRY_AFTER = timedelta(hours=6)
DEFAULT_RETRY_AFTER = timedelta(seconds=60)  # a 429 without Retry-After still earns a pause
CHUNK = 64 * 1024
ACCEPT = {
    "feed": "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
            "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5",
    "page": "text/html, application/xhtml+xml;q=0.9, */*;q=0.5",
    "robots": "text/plain, */*;q=0.5",
}
MAX_ROBOTS_BYTES = 512 * 1024  # what Google reads of a robots.txt; the rest is ignored
MAX_CRAWL_DELAY = 10.0  # seconds: a robots.txt may slow us down, not stall a run
ROBOTS_CACHE_HOSTS = 1024  # robots.txt rules kept per Fetcher (least recently used dropped)
IDENTITY = frozenset({"", "identity"})

Kind = Literal["feed", "page", "robots"]


@dataclass(frozen=True)
class FetchResult:
    """What one GET produced: a response (maybe an error status) or an error kind."""

    url: str
    final_url: str | None
    status: int | None
    headers: dict[str, str]
    body: bytes
    fetched_at: datetime
    error_kind: str | None = None
    error: str | None = None
    elapsed: float = 0.0
    retry_after: datetime | None = None
    redirects: tuple[str, ...] = field(default=())
    sent: bool = True  # False when refused here before any request went out

    @property
    def deferred(self) -> bool:
        """Refused locally because the host asked us to wait: not an attempt, to be tried again."""
        return self.error_kind == "rate_limited" and not self.sent

    @property
    def ok(self) -> bool:
        """A 2xx response read in full."""
        return self.error_kind is None and self.status is not None and 200 <= self.status < 300

    @property
    def not_modified(self) -> bool:
        """The server answered 304 to a conditional request."""
        return self.error_kind is None and self.status == 304


class _Refused(Exception):
    """Raised inside the transport to stop a request with a given error kind."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


# --- SSRF guard, in the socket layer -------------------------------------------------------------


NAT64_WELL_KNOWN = ipaddress.IPv6Network("64:ff9b::/96")  # RFC 6052: the IPv4 is the last 32 bits
NAT64_LOCAL_USE = ipaddress.IPv6Network("64:ff9b:1::/48")  # RFC 8215: local use, never global


def is_public_address(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """True for a globally routable unicast address, and for IPv6 forms whose embedded IPv4 is one."""
    if isinstance(ip, ipaddress.IPv6Address):
        if ip in NAT64_LOCAL_USE:
            return False
        embedded = embedded_ipv4(ip)
        if embedded:
            return all(_is_public(v4) for v4 in embedded)
    return _is_public(ip)


def embedded_ipv4(ip: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    """The IPv4 addresses an IPv6 address carries: IPv4-mapped, 6to4, Teredo (server and client), NAT64."""
    if ip.ipv4_mapped is not None:
        return [ip.ipv4_mapped]
    if ip.sixtofour is not None:
        return [ip.sixtofour]
    if ip.teredo is not None:
        return list(ip.teredo)
    if ip in NAT64_WELL_KNOWN:
        return [ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)]
    return []


def _is_public(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    return not (ip.is_loopback or ip.is_private or ip.is_link_local or ip.is_multicast
                or ip.is_reserved or ip.is_unspecified or not ip.is_global)


class _GuardedBackend(httpcore.SyncBackend):
    """httpcore network backend that resolves, checks and connects to the checked address."""

    def __init__(self, settings: Settings, deadlines: threading.local) -> None:
        self._allow_private = settings.allow_private_networks
        self._allowed = {h.strip().lower() for h in settings.allowed_hosts}
        self._deadlines = deadlines

    def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                    local_address: str | None = None, socket_options: Any = None) -> httpcore.NetworkStream:
        """Connect to the checked addresses of `host` in turn, as socket.create_connection does."""
        last: Exception | None = None
        for address in self._checked_addresses(host, port):
            try:
                stream = super().connect_tcp(address, port, self._bounded(timeout), local_address,
                                             socket_options)
            except httpcore.ConnectError as exc:  # e.g. ::1 refused while 127.0.0.1 listens
                last = exc
                continue
            return _DeadlineStream(stream, self._deadlines)
        raise last or httpcore.ConnectError(f"no address for {host}")

    def _checked_addresses(self, host: str, port: int) -> list[str]:
        """Every address of `host`, once the guard lets them all through; raises _Refused otherwise."""
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError) as exc:
            raise _Refused("dns", f"cannot resolve {host}: {exc}") from None
        addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
        if self._allow_private or f"{host.lower()}:{port}" in self._allowed:
            return addresses
        for addr in addresses:  # one private address is enough to refuse: the name is not public
            if not is_public_address(ipaddress.ip_address(addr.split("%")[0])):
                raise _Refused("private_address", f"{host} resolves to non-public address {addr}")
        return addresses

    def _bounded(self, timeout: float | None) -> float | None:
        """The connect timeout, shortened to what is left of the request's deadline."""
        return _remaining(self._deadlines, timeout)


class _DeadlineStream(httpcore.NetworkStream):
    """A stream whose every read/write timeout is cut to the request's overall deadline."""

    def __init__(self, inner: httpcore.NetworkStream, deadlines: threading.local) -> None:
        self._inner = inner
        self._deadlines = deadlines

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        """Read, failing with ReadTimeout once the deadline has passed."""
        return self._inner.read(max_bytes, _remaining(self._deadlines, timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        """Write within the deadline."""
        self._inner.write(buffer, _remaining(self._deadlines, timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        """Close the socket."""
        self._inner.close()

    def start_tls(self, ssl_context: ssl.SSLContext, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore.NetworkStream:
        """Upgrade to TLS, keeping the deadline."""
        inner = self._inner.start_tls(ssl_context, server_hostname, _remaining(self._deadlines, timeout))
        return _DeadlineStream(inner, self._deadlines)

    def get_extra_info(self, info: str) -> Any:
        """Pass through (ssl_object, server_addr...)."""
        return self._inner.get_extra_info(info)


def _remaining(deadlines: threading.local, timeout: float | None,
               exc: type[Exception] = httpcore.ConnectTimeout) -> float | None:
    """min(timeout, time left before this thread's request deadline); raise `exc` if none is left."""
    deadline: float | None = getattr(deadlines, "at", None)
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise exc("overall deadline passed")
    return left if timeout is None else min(timeout, left)


class _GuardedTransport(httpx.HTTPTransport):
    """httpx transport whose connection pool uses the guarded backend."""

    def __init__(self, backend: _GuardedBackend, limits: httpx.Limits) -> None:
        super().__init__(limits=limits, trust_env=False)
        # httpx 0.28 has no public hook for the network backend; the pool is rebuilt with the same
        # options plus our backend (pinned httpx<0.29 in pyproject).
        self._pool = httpcore.ConnectionPool(
            ssl_context=self._pool._ssl_context,
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=backend,
        )


# --- politeness --------------------------------------------------------------------------------


class _HostGate:
    """Per-host concurrency slots, start spacing and a Retry-After block."""

    def __init__(self, concurrency: int, delay: float) -> None:
        self.slots = threading.BoundedSemaphore(max(1, concurrency))
        self.delay = max(0.0, delay)
        self.lock = threading.Lock()
        self.next_start = 0.0
        self.blocked_until: datetime | None = None

    def wait_turn(self) -> None:
        """Sleep until this request may start (slot held by the caller)."""
        with self.lock:
            now = time.monotonic()
            start = max(now, self.next_start)
            self.next_start = start + self.delay
        if start > now:
            time.sleep(start - now)

    def blocked(self, now: datetime) -> datetime | None:
        """The time the host is blocked until, if still in the future."""
        with self.lock:
            until = self.blocked_until
        return until if until is not None and until > now else None

    def block(self, until: datetime) -> None:
        """Refuse requests to this host until `until` (never shortening an existing block)."""
        with self.lock:
            if self.blocked_until is None or until > self.blocked_until:
                self.blocked_until = until

    def slow_down(self, delay: float) -> None:
        """Raise the spacing between request starts (a robots.txt Crawl-delay), never lower it."""
        with self.lock:
            self.delay = max(self.delay, min(delay, MAX_CRAWL_DELAY))


def parse_retry_after(value: str | None, now: datetime) -> datetime | None:
    """The time a Retry-After header (seconds or HTTP date) points at, capped; None if absent/bad."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return now + min(timedelta(seconds=int(value[:9])), MAX_RETRY_AFTER)
    try:
        when = parsedate_to_datetime(value)
    except (ValueError, TypeError, OverflowError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return min(max(when, now), now + MAX_RETRY_AFTER)


# --- content decoding with a cap on decoded bytes -----------------------------------------------


class _TooLarge(Exception):
    """The decoded body passed the cap; `partial` holds what had been decoded (at most the cap)."""

    def __init__(self, partial: bytes = b"") -> None:
        super().__init__()
        self.partial = partial


class _UnknownCoding(Exception):
    """A Content-Encoding we did not ask for and cannot decode."""


def _codings(header: str) -> list[str]:
    """The codings of a Content-Encoding header in the order to undo them (the reverse of the list)."""
    names = [c.strip().lower() for c in header.split(",")]
    codings = [c for c in names if c not in IDENTITY]
    for coding in codings:
        if coding not in ("gzip", "x-gzip", "deflate"):
            raise _UnknownCoding(f"unknown Content-Encoding {coding!r} in {header!r}")
    return codings[::-1]


def _decoder(coding: str) -> Any:
    """A zlib decompressor for gzip or deflate (`_codings` has refused anything else)."""
    if coding in ("gzip", "x-gzip"):
        return zlib.decompressobj(zlib.MAX_WBITS | 16)
    return _Deflate()


class _Deflate:
    """deflate as servers send it: zlib-wrapped, or raw when the header is missing."""

    def __init__(self) -> None:
        self._obj: Any = None

    def decompress(self, data: bytes, max_length: int = 0) -> bytes:
        """Decompress, choosing zlib or raw deflate on the first bytes."""
        if self._obj is None:
            wrapped = len(data) >= 2 and (data[0] & 0x0F) == 8 and ((data[0] << 8) | data[1]) % 31 == 0
            self._obj = zlib.decompressobj(zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS)
        return self._obj.decompress(data, max_length)

    def flush(self) -> bytes:
        """What is left in the decompressor's buffers."""
        return self._obj.flush() if self._obj is not None else b""

    @property
    def unconsumed_tail(self) -> bytes:
        """Input not yet decompressed because of max_length."""
        return self._obj.unconsumed_tail if self._obj is not None else b""


def _inflate(chunks: Iterator[bytes], coding: str, cap: int) -> Iterator[bytes]:
    """One decoding stage: decompressed pieces of at most CHUNK bytes; _TooLarge past `cap` in all."""
    dec = _decoder(coding)
    total = 0
    for chunk in chunks:
        data = chunk
        while data:
            piece = dec.decompress(data, CHUNK)
            data = dec.unconsumed_tail
            total += len(piece)
            if total > cap:
                raise _TooLarge()
            if piece:
                yield piece
            elif data:
                break  # no progress possible (cannot happen with max_length > 0); avoid spinning
    tail = dec.flush()
    if total + len(tail) > cap:
        raise _TooLarge()
    if tail:
        yield tail


def _read_capped(raw_chunks: Iterator[bytes], encoding: str, cap: int) -> bytes:
    """Decode the body through every content coding, each stage bounded by the cap; the decoded body."""
    chunks: Iterator[bytes] = raw_chunks
    for coding in _codings(encoding):
        chunks = _inflate(chunks, coding, cap)
    out = bytearray()
    for piece in chunks:
        out += piece
        if len(out) > cap:
            raise _TooLarge(bytes(out[:cap]))
    return bytes(out)


# --- the fetcher -------------------------------------------------------------------------------


class _RobotsEntry:
    """The robots.txt rules of one host, loaded once (None: everything allowed)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.loaded = False
        self.rules: Protego | None = None


class _RobotsCache:
    """robots.txt entries per host:port, at most `size` of them (least recently used dropped)."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._entries: OrderedDict[str, _RobotsEntry] = OrderedDict()
        self._lock = threading.Lock()

    def entry(self, key: str) -> _RobotsEntry:
        """The entry of one host, made if new."""
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                entry = self._entries[key] = _RobotsEntry()
                while len(self._entries) > self._size:
                    self._entries.popitem(last=False)
            else:
                self._entries.move_to_end(key)
            return entry


class Fetcher:
    """Shared, thread-safe HTTP client for feeds and pages (use as a context manager)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._deadlines = threading.local()
        backend = _GuardedBackend(settings, self._deadlines)
        limits = httpx.Limits(max_connections=200, max_keepalive_connections=50, keepalive_expiry=30)
        timeout = httpx.Timeout(connect=settings.connect_timeout, read=settings.read_timeout,
                                write=settings.read_timeout, pool=settings.read_timeout * 2)
        self._client = httpx.Client(transport=_GuardedTransport(backend, limits), timeout=timeout,
                                    follow_redirects=False, trust_env=False,
                                    headers={"User-Agent": settings.user_agent,
                                             "Accept-Encoding": "gzip, deflate"})
        self._gates: dict[str, _HostGate] = {}
        self._gates_lock = threading.Lock()
        self._robots = _RobotsCache(ROBOTS_CACHE_HOSTS)
        self.robots_agent = ROBOTS_AGENT  # the name robots.txt rules are matched against

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close pooled connections."""
        self._client.close()

    @property
    def deadline_seconds(self) -> float:
        """Overall time one request (one hop) may take, however the server trickles bytes."""
        return self.settings.read_timeout * 2

    def get(self, url: str, *, kind: Kind, headers: Mapping[str, str] | None = None,
            robots: bool = False) -> FetchResult:
        """GET `url`, following redirects by hand; never raises for network or server faults.

        With `robots`, every hop is first checked against its host's robots.txt (article pages).
        """
        started = time.monotonic()
        fetched_at = datetime.now(UTC)
        try:
            result = self._follow(url, kind, dict(headers or {}), fetched_at, robots)
        except Exception as exc:  # the pipeline must go on; the fault is recorded, not raised
            result = _failure(url, fetched_at, "internal", f"{url}: {type(exc).__name__}: {exc}")
        return _with_elapsed(result, time.monotonic() - started)

    def host_blocked_until(self, url: str) -> datetime | None:
        """When a Retry-After block on the URL's host ends, if one is in force."""
        return self._gate(_host_key(url)).blocked(datetime.now(UTC))

    def _follow(self, url: str, kind: Kind, headers: dict[str, str], fetched_at: datetime,
                robots: bool) -> FetchResult:
        """Walk the redirect chain, checking every hop."""
        current = url
        visited: list[str] = []
        while True:
            refusal = _check_url(current)
            if refusal:
                return _failure(url, fetched_at, refusal[0], f"{current}: {refusal[1]}", current, visited)
            if robots and not self.robots_allow(current):
                return _failure(url, fetched_at, "robots_disallowed",
                                f"{current}: disallowed for {self.robots_agent} by {_robots_url(current)}",
                                current, visited, sent=False)
            visited.append(current)
            result = self._one(url, current, kind, headers, fetched_at, tuple(visited[:-1]))
            location = result.headers.get("location")
            if result.error_kind or result.status not in REDIRECT_STATUSES or not location:
                return result
            nxt = urljoin(current, location.strip())
            if nxt in visited:
                return _failure(url, fetched_at, "redirect_loop", f"{url}: redirect loop back to {nxt}",
                                current, visited, result.status)
            if len(visited) > self.settings.max_redirects:
                return _failure(url, fetched_at, "too_many_redirects",
                                f"{url}: more than {self.settings.max_redirects} redirects", current, visited,
                                result.status)
            current = nxt

    def robots_allow(self, url: str) -> bool:
        """Whether the host's robots.txt lets our user agent fetch `url` (read once per host)."""
        entry = self._robots.entry(_host_key(url))
        with entry.lock:  # one read per host; the other requests for it wait for that one
            if not entry.loaded:
                result = self.get(_robots_url(url), kind="robots")
                entry.rules = self._robots_rules(url, result)
                entry.loaded = not result.deferred  # the host is blocked: read it after the block
        return entry.rules is None or entry.rules.can_fetch(url, self.robots_agent)

    def _robots_rules(self, url: str, result: FetchResult) -> Protego | None:
        """The rules of a robots.txt response; None (allow all) for a 4xx, an unreadable or broken one."""
        if not result.ok:
            return None  # 4xx: no rules; 5xx, network faults, rate_limited: allowed too (documented)
        try:
            rules = Protego.parse(result.body.decode("utf-8", "replace"))
        except Exception:  # a robots.txt protego cannot read says nothing we could honour
            return None
        delay = rules.crawl_delay(self.robots_agent)
        if delay:
            self._gate(_host_key(url)).slow_down(float(delay))
        return rules

    def _one(self, url: str, current: str, kind: Kind, headers: dict[str, str], fetched_at: datetime,
             redirects: tuple[str, ...]) -> FetchResult:
        """One hop, inside the host's politeness gate."""
        gate = self._gate(_host_key(current))
        refused = self._refuse_if_blocked(gate, url, current, fetched_at, redirects)
        if refused:
            return refused
        with gate.slots:
            gate.wait_turn()
            # A 429 may have come while this request waited for its slot and turn: ask again.
            refused = self._refuse_if_blocked(gate, url, current, fetched_at, redirects)
            if refused:
                return refused
            self._deadlines.at = time.monotonic() + self.deadline_seconds
            try:
                result = self._request(url, current, kind, headers, fetched_at, redirects)
            finally:
                self._deadlines.at = None
            if result.error_kind == "rate_limited" and result.retry_after is not None:
                gate.block(result.retry_after)  # before the slot is free, so no queued request slips out
        return result

    @staticmethod
    def _refuse_if_blocked(gate: _HostGate, url: str, current: str, fetched_at: datetime,
                           redirects: tuple[str, ...]) -> FetchResult | None:
        """A rate_limited result that was never sent, while the host's Retry-After block lasts."""
        until = gate.blocked(datetime.now(UTC))
        if until is None:
            return None
        return _failure(url, fetched_at, "rate_limited",
                        f"{current}: host asked us to wait until {until.isoformat()}", current, redirects,
                        retry_after=until, sent=False)

    def _request(self, url: str, current: str, kind: Kind, headers: dict[str, str], fetched_at: datetime,
                 redirects: tuple[str, ...]) -> FetchResult:
        """Send the request and read the capped body, mapping every fault to an error kind."""
        cap = self._cap(kind)
        req_headers = {"Accept": ACCEPT[kind], **headers}
        try:
            with self._client.stream("GET", current, headers=req_headers) as resp:
                resp_headers = {k.lower(): v for k, v in resp.headers.items()}
                body = self._body(resp, cap, resp_headers, kind)
        except _UnknownCoding as exc:
            return _failure(url, fetched_at, "protocol", f"{current}: {exc}", current, redirects,
                            resp.status_code)
        except _TooLarge:
            return _failure(url, fetched_at, "too_large",
                            f"{current}: body larger than {cap} bytes (decoded)", current, redirects)
        except Exception as exc:
            kind_, message = _classify(exc)
            if kind_ == "timeout" and self._past_deadline():
                message = f"overall deadline of {self.deadline_seconds:g} s passed ({message})"
            return _failure(url, fetched_at, kind_, f"{current}: {message}", current, redirects)
        return _response(url, current, resp.status_code, resp_headers, body, fetched_at, redirects)

    def _cap(self, kind: Kind) -> int:
        """Most decoded bytes read for a kind of document."""
        if kind == "robots":
            return MAX_ROBOTS_BYTES
        return self.settings.max_feed_bytes if kind == "feed" else self.settings.max_page_bytes

    def _body(self, resp: httpx.Response, cap: int, headers: dict[str, str], kind: Kind) -> bytes:
        """The decoded body, or _TooLarge as soon as the cap is passed (a robots.txt is cut there)."""
        if resp.status_code in REDIRECT_STATUSES or resp.status_code == 304:
            return b""
        encoding = headers.get("content-encoding", "")
        length = headers.get("content-length", "")
        if kind != "robots" and not encoding and length.isdigit() and int(length) > cap:
            raise _TooLarge()
        try:
            return _read_capped(resp.iter_raw(CHUNK), encoding, cap)
        except _TooLarge as exc:
            if kind == "robots":
                return exc.partial  # rules past the first 512 KiB are ignored, as Google does
            raise

    def _past_deadline(self) -> bool:
        """Whether this thread's request deadline has (all but) passed."""
        deadline: float | None = getattr(self._deadlines, "at", None)
        return deadline is not None and time.monotonic() >= deadline - 0.05

    def _gate(self, key: str) -> _HostGate:
        """The politeness gate of one host:port."""
        with self._gates_lock:
            gate = self._gates.get(key)
            if gate is None:
                gate = _HostGate(self.settings.per_host_concurrency, self.settings.per_host_delay)
                self._gates[key] = gate
            return gate


def _robots_url(url: str) -> str:
    """The robots.txt URL of the URL's scheme, host and port."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}/robots.txt"


def _host_key(url: str) -> str:
    """host:port of a URL, lower-cased, the unit of politeness."""
    try:
        parts = urlsplit(url)
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
        return f"{(parts.hostname or '').lower()}:{port}"
    except ValueError:
        return url


def _check_url(url: str) -> tuple[str, str] | None:
    """(error kind, reason) when a URL cannot be requested at all."""
    try:
        parts = urlsplit(url)
        _ = parts.port
    except ValueError as exc:
        return "bad_url", f"unparseable URL: {exc}"
    if parts.scheme.lower() not in ("http", "https"):
        return "bad_scheme", f"scheme {parts.scheme or '(none)'!r} is not http or https"
    if not parts.hostname:
        return "bad_url", "no host"
    return None


def _classify(exc: BaseException) -> tuple[str, str]:
    """A stable error kind and a one-line message for an exception raised by a request."""
    if isinstance(exc, _Refused):
        return exc.kind, str(exc)
    text = f"{type(exc).__name__}: {exc}".replace("\n", " ")[:300]
    if isinstance(exc, httpx.TimeoutException):
        return "timeout", text
    if isinstance(exc, httpx.ConnectError):
        return ("tls" if _is_tls(exc) else "connect"), text
    if isinstance(exc, (httpx.ReadError, httpx.WriteError)):
        return ("tls" if _is_tls(exc) else "network"), text
    if isinstance(exc, (httpx.ProtocolError, httpx.DecodingError, zlib.error)):
        return "protocol", text
    if isinstance(exc, (httpx.InvalidURL, httpx.UnsupportedProtocol)):
        return "bad_url", text
    if isinstance(exc, httpx.TransportError):
        return "network", text
    return "internal", text


def _is_tls(exc: BaseException) -> bool:
    """Whether an exception chain holds an ssl error."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLError) or "SSL" in str(seen) or "CERTIFICATE" in str(seen):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _response(url: str, current: str, status: int, headers: dict[str, str], body: bytes,
              fetched_at: datetime, redirects: tuple[str, ...]) -> FetchResult:
    """A result for a response that arrived; 4xx/5xx become http_status or rate_limited."""
    kind = error = None
    retry_after = None
    if status == 429 or (status == 503 and "retry-after" in headers):
        retry_after = parse_retry_after(headers.get("retry-after"), datetime.now(UTC))
        if retry_after is None and status == 429:
            retry_after = datetime.now(UTC) + DEFAULT_RETRY_AFTER
        kind, error = "rate_limited", f"{current}: HTTP {status}, retry after {retry_after}"
    elif status >= 400:
        kind, error = "http_status", f"{current}: HTTP {status}"
    elif 300 <= status < 400 and status != 304 and not (status in REDIRECT_STATUSES
                                                         and headers.get("location")):
        kind, error = "http_status", f"{current}: HTTP {status} without a usable Location"
    return FetchResult(url=url, final_url=current, status=status, headers=headers, body=body,
                       fetched_at=fetched_at, error_kind=kind, error=redact_text(error),
                       retry_after=retry_after, redirects=redirects)


def _failure(url: str, fetched_at: datetime, kind: str, message: str, final_url: str | None = None,
             redirects: list[str] | tuple[str, ...] = (), status: int | None = None,
             retry_after: datetime | None = None, sent: bool = True) -> FetchResult:
    """A result for a request that produced no usable response (its message redacted)."""
    return FetchResult(url=url, final_url=final_url, status=status, headers={}, body=b"",
                       fetched_at=fetched_at, error_kind=kind, error=redact_text(message.replace("\n", " ")),
                       retry_after=retry_after, redirects=tuple(redirects), sent=sent)


def _with_elapsed(result: FetchResult, elapsed: float) -> FetchResult:
    """The same result with its duration filled in."""
    from dataclasses import replace

    return replace(result, elapsed=elapsed)
