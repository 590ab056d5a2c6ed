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
    protocol            the server spoke broken HTTP or a broken Content-Encoding
    too_large           the decoded body passed the size cap (max_feed_bytes / max_page_bytes)
    too_many_redirects  more than max_redirects hops
    redirect_loop       a redirect came back to a URL already visited
    http_status         a 4xx/5xx status (body kept, up to the cap)
    rate_limited        429, or 503 with Retry-After, or the host is still blocked by an earlier one;
                        `retry_after` says when to come back
    internal            a bug in this module (reported, never raised)

Politeness is per host (`host:port`): at most `per_host_concurrency` requests at once and at least
`per_host_delay` seconds between two request starts; a host that answered 429/503 with Retry-After is
not asked again before that time (capped at MAX_RETRY_AFTER).

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
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any, Literal
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from extractors.settings import Settings

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
MAX_RETRY_AFTER = timedelta(hours=6)
DEFAULT_RETRY_AFTER = timedelta(seconds=60)  # a 429 without Retry-After still earns a pause
CHUNK = 64 * 1024
ACCEPT = {
    "feed": "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
            "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5",
    "page": "text/html, application/xhtml+xml;q=0.9, */*;q=0.5",
}

Kind = Literal["feed", "page"]


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


def is_public_address(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """True for a globally routable unicast address."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
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
    """The decoded body passed the cap."""


def _decoder(encoding: str) -> Any:
    """A zlib decompressor for gzip/deflate, None for identity (or an unknown coding, as httpx does)."""
    coding = encoding.strip().lower()
    if coding in ("gzip", "x-gzip"):
        return zlib.decompressobj(zlib.MAX_WBITS | 16)
    if coding == "deflate":
        return _Deflate()
    return None


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

    @property
    def unconsumed_tail(self) -> bytes:
        """Input not yet decompressed because of max_length."""
        return self._obj.unconsumed_tail if self._obj is not None else b""


def _read_capped(raw_chunks: Iterator[bytes], encoding: str, cap: int) -> bytes:
    """Decode the body chunk by chunk, never holding more than cap+1 decoded bytes."""
    dec = _decoder(encoding)
    out = bytearray()
    for chunk in raw_chunks:
        data = chunk
        while data:
            if dec is None:
                piece, data = data, b""
            else:
                piece = dec.decompress(data, cap + 1 - len(out) + 1)
                data = dec.unconsumed_tail
            out += piece
            if len(out) > cap:
                raise _TooLarge()
            if dec is not None and not piece and data:
                break  # no progress possible (cannot happen with max_length > 0); avoid spinning
    if dec is not None and hasattr(dec, "flush"):
        out += dec.flush()
        if len(out) > cap:
            raise _TooLarge()
    return bytes(out)


# --- the fetcher -------------------------------------------------------------------------------


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

    def get(self, url: str, *, kind: Kind, headers: Mapping[str, str] | None = None) -> FetchResult:
        """GET `url`, following redirects by hand; never raises for network or server faults."""
        started = time.monotonic()
        fetched_at = datetime.now(UTC)
        try:
            result = self._follow(url, kind, dict(headers or {}), fetched_at)
        except Exception as exc:  # the pipeline must go on; the fault is recorded, not raised
            result = _failure(url, fetched_at, "internal", f"{url}: {type(exc).__name__}: {exc}")
        return _with_elapsed(result, time.monotonic() - started)

    def host_blocked_until(self, url: str) -> datetime | None:
        """When a Retry-After block on the URL's host ends, if one is in force."""
        return self._gate(_host_key(url)).blocked(datetime.now(UTC))

    def _follow(self, url: str, kind: Kind, headers: dict[str, str], fetched_at: datetime) -> FetchResult:
        """Walk the redirect chain, checking every hop."""
        current = url
        visited: list[str] = []
        while True:
            refusal = _check_url(current)
            if refusal:
                return _failure(url, fetched_at, refusal[0], f"{current}: {refusal[1]}", current, visited)
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

    def _one(self, url: str, current: str, kind: Kind, headers: dict[str, str], fetched_at: datetime,
             redirects: tuple[str, ...]) -> FetchResult:
        """One hop, inside the host's politeness gate."""
        gate = self._gate(_host_key(current))
        until = gate.blocked(datetime.now(UTC))
        if until is not None:
            return _failure(url, fetched_at, "rate_limited",
                            f"{current}: host asked us to wait until {until.isoformat()}", current, redirects,
                            retry_after=until)
        with gate.slots:
            gate.wait_turn()
            self._deadlines.at = time.monotonic() + self.deadline_seconds
            try:
                result = self._request(url, current, kind, headers, fetched_at, redirects)
            finally:
                self._deadlines.at = None
        if result.error_kind == "rate_limited" and result.retry_after is not None:
            gate.block(result.retry_after)
        return result

    def _request(self, url: str, current: str, kind: Kind, headers: dict[str, str], fetched_at: datetime,
                 redirects: tuple[str, ...]) -> FetchResult:
        """Send the request and read the capped body, mapping every fault to an error kind."""
        cap = self.settings.max_feed_bytes if kind == "feed" else self.settings.max_page_bytes
        req_headers = {"Accept": ACCEPT[kind], **headers}
        try:
            with self._client.stream("GET", current, headers=req_headers) as resp:
                resp_headers = {k.lower(): v for k, v in resp.headers.items()}
                body = self._body(resp, cap, resp_headers)
        except _TooLarge:
            return _failure(url, fetched_at, "too_large",
                            f"{current}: body larger than {cap} bytes (decoded)", current, redirects)
        except Exception as exc:
            kind_, message = _classify(exc)
            if kind_ == "timeout" and self._past_deadline():
                message = f"overall deadline of {self.deadline_seconds:g} s passed ({message})"
            return _failure(url, fetched_at, kind_, f"{current}: {message}", current, redirects)
        return _response(url, current, resp.status_code, resp_headers, body, fetched_at, redirects)

    def _body(self, resp: httpx.Response, cap: int, headers: dict[str, str]) -> bytes:
        """The decoded body, or _TooLarge as soon as the cap is passed."""
        if resp.status_code in REDIRECT_STATUSES or resp.status_code == 304:
            return b""
        encoding = headers.get("content-encoding", "")
        length = headers.get("content-length", "")
        if not encoding and length.isdigit() and int(length) > cap:
            raise _TooLarge()
        return _read_capped(resp.iter_raw(CHUNK), encoding, cap)

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
                       fetched_at=fetched_at, error_kind=kind, error=error, retry_after=retry_after,
                       redirects=redirects)


def _failure(url: str, fetched_at: datetime, kind: str, message: str, final_url: str | None = None,
             redirects: list[str] | tuple[str, ...] = (), status: int | None = None,
             retry_after: datetime | None = None) -> FetchResult:
    """A result for a request that produced no usable response."""
    return FetchResult(url=url, final_url=final_url, status=status, headers={}, body=b"",
                       fetched_at=fetched_at, error_kind=kind, error=message.replace("\n", " "),
                       retry_after=retry_after, redirects=tuple(redirects))


def _with_elapsed(result: FetchResult, elapsed: float) -> FetchResult:
    """The same result with its duration filled in."""
    from dataclasses import replace

    return replace(result, elapsed=elapsed)
