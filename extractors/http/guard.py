"""The SSRF address guard, in the socket layer: resolve once, check every address, connect to the checked one.

A host that resolves to loopback/private/link-local/multicast/reserved space is refused
(`private_address`) unless private networks or that host:port are allowed; because the connection goes
to the address that was checked, DNS rebinding cannot slip past it. The request's overall deadline is
enforced here too, on every connect, read and write.
"""

from __future__ import annotations

import ipaddress
import socket
import ssl
import threading
import time
from typing import Any
from urllib.parse import urlsplit

import httpcore
import httpx

from extractors.core.settings import Settings


class Refused(Exception):
    """Raised inside the transport to stop a request with a given error kind."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


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


class GuardedBackend(httpcore.SyncBackend):
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
        """Every address of `host`, once the guard lets them all through; raises Refused otherwise."""
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError) as exc:
            raise Refused("dns", f"cannot resolve {host}: {exc}") from None
        addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
        if self._allow_private or f"{host.lower()}:{port}" in self._allowed:
            return addresses
        for addr in addresses:  # one private address is enough to refuse: the name is not public
            if not is_public_address(ipaddress.ip_address(addr.split("%")[0])):
                raise Refused("private_address", f"{host} resolves to non-public address {addr}")
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


class GuardedTransport(httpx.HTTPTransport):
    """httpx transport whose connection pool uses the guarded backend."""

    def __init__(self, backend: GuardedBackend, limits: httpx.Limits) -> None:
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



def check_url(url: str) -> tuple[str, str] | None:
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
