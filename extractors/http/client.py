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

Politeness (`politeness`), robots.txt (`robots`), the SSRF address guard (`guard`) and the capped
content decoding (`decoding`) live in their own modules; this one walks redirects and maps every
fault to an error kind. Every error message is redacted (`extractors.core.redact`) before it leaves.
"""

from __future__ import annotations

import ssl
import threading
import time
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Literal
from urllib.parse import urljoin

import httpx
from protego import Protego

from extractors.core.redact import redact_text
from extractors.core.settings import ROBOTS_AGENT, Settings
from extractors.http.decoding import CHUNK, TooLarge, UnknownCoding, read_capped
from extractors.http.guard import GuardedBackend, GuardedTransport, Refused, check_url
from extractors.http.politeness import DEFAULT_RETRY_AFTER, HostGate, HostGates, host_key, parse_retry_after
from extractors.http.robots import MAX_ROBOTS_BYTES, ROBOTS_CACHE_HOSTS, RobotsCache, parse_rules, robots_url

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
ACCEPT = {
    "feed": "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
            "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5",
    "page": "text/html, application/xhtml+xml;q=0.9, */*;q=0.5",
    "robots": "text/plain, */*;q=0.5",
}


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



class Fetcher:
    """Shared, thread-safe HTTP client for feeds and pages (use as a context manager)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._deadlines = threading.local()
        backend = GuardedBackend(settings, self._deadlines)
        limits = httpx.Limits(max_connections=200, max_keepalive_connections=50, keepalive_expiry=30)
        timeout = httpx.Timeout(connect=settings.connect_timeout, read=settings.read_timeout,
                                write=settings.read_timeout, pool=settings.read_timeout * 2)
        self._client = httpx.Client(transport=GuardedTransport(backend, limits), timeout=timeout,
                                    follow_redirects=False, trust_env=False,
                                    headers={"User-Agent": settings.user_agent,
                                             "Accept-Encoding": "gzip, deflate"})
        self._gates = HostGates(settings.per_host_concurrency, settings.per_host_delay)
        self._robots = RobotsCache(ROBOTS_CACHE_HOSTS)
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
        return self._gate(host_key(url)).blocked(datetime.now(UTC))

    def _follow(self, url: str, kind: Kind, headers: dict[str, str], fetched_at: datetime,
                robots: bool) -> FetchResult:
        """Walk the redirect chain, checking every hop."""
        current = url
        visited: list[str] = []
        while True:
            refusal = check_url(current)
            if refusal:
                return _failure(url, fetched_at, refusal[0], f"{current}: {refusal[1]}", current, visited)
            if robots and not self.robots_allow(current):
                return _failure(url, fetched_at, "robots_disallowed",
                                f"{current}: disallowed for {self.robots_agent} by {robots_url(current)}",
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
        entry = self._robots.entry(host_key(url))
        with entry.lock:  # one read per host; the other requests for it wait for that one
            if not entry.loaded:
                result = self.get(robots_url(url), kind="robots")
                entry.rules = self._robots_rules(url, result)
                entry.loaded = not result.deferred  # the host is blocked: read it after the block
        return entry.rules is None or entry.rules.can_fetch(url, self.robots_agent)

    def _robots_rules(self, url: str, result: FetchResult) -> Protego | None:
        """The rules of a robots.txt response (None: allow all); a Crawl-delay slows the host down."""
        rules, delay = parse_rules(result.ok, result.body, self.robots_agent)
        if delay:
            self._gate(host_key(url)).slow_down(delay)
        return rules

    def _one(self, url: str, current: str, kind: Kind, headers: dict[str, str], fetched_at: datetime,
             redirects: tuple[str, ...]) -> FetchResult:
        """One hop, inside the host's politeness gate."""
        gate = self._gate(host_key(current))
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
    def _refuse_if_blocked(gate: HostGate, url: str, current: str, fetched_at: datetime,
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
        except UnknownCoding as exc:
            return _failure(url, fetched_at, "protocol", f"{current}: {exc}", current, redirects,
                            resp.status_code)
        except TooLarge:
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
        """The decoded body, or TooLarge as soon as the cap is passed (a robots.txt is cut there)."""
        if resp.status_code in REDIRECT_STATUSES or resp.status_code == 304:
            return b""
        encoding = headers.get("content-encoding", "")
        length = headers.get("content-length", "")
        if kind != "robots" and not encoding and length.isdigit() and int(length) > cap:
            raise TooLarge()
        try:
            return read_capped(resp.iter_raw(CHUNK), encoding, cap)
        except TooLarge as exc:
            if kind == "robots":
                return exc.partial  # rules past the first 512 KiB are ignored, as Google does
            raise

    def _past_deadline(self) -> bool:
        """Whether this thread's request deadline has (all but) passed."""
        deadline: float | None = getattr(self._deadlines, "at", None)
        return deadline is not None and time.monotonic() >= deadline - 0.05

    def _gate(self, key: str) -> HostGate:
        """The politeness gate of one host:port."""
        return self._gates.get(key)


def _classify(exc: BaseException) -> tuple[str, str]:
    """A stable error kind and a one-line message for an exception raised by a request."""
    if isinstance(exc, Refused):
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
