"""Content-Encoding decoding with a cap on decoded bytes (gzip, deflate; bombs stop at the cap).

Codings are undone in the reverse order of the Content-Encoding list (the order they were applied),
each stage bounded by the body cap; an unknown coding raises UnknownCoding (a `protocol` error).
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import Any

CHUNK = 64 * 1024
IDENTITY = frozenset({"", "identity"})


class TooLarge(Exception):
    """The decoded body passed the cap; `partial` holds what had been decoded (at most the cap)."""

    def __init__(self, partial: bytes = b"") -> None:
        super().__init__()
        self.partial = partial


class UnknownCoding(Exception):
    """A Content-Encoding we did not ask for and cannot decode."""


def _codings(header: str) -> list[str]:
    """The codings of a Content-Encoding header in the order to undo them (the reverse of the list)."""
    names = [c.strip().lower() for c in header.split(",")]
    codings = [c for c in names if c not in IDENTITY]
    for coding in codings:
        if coding not in ("gzip", "x-gzip", "deflate"):
            raise UnknownCoding(f"unknown Content-Encoding {coding!r} in {header!r}")
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
    """One decoding stage: decompressed pieces of at most CHUNK bytes; TooLarge past `cap` in all."""
    dec = _decoder(coding)
    total = 0
    for chunk in chunks:
        data = chunk
        while data:
            piece = dec.decompress(data, CHUNK)
            data = dec.unconsumed_tail
            total += len(piece)
            if total > cap:
                raise TooLarge()
            if piece:
                yield piece
            elif data:
                break  # no progress possible (cannot happen with max_length > 0); avoid spinning
    tail = dec.flush()
    if total + len(tail) > cap:
        raise TooLarge()
    if tail:
        yield tail


def read_capped(raw_chunks: Iterator[bytes], encoding: str, cap: int) -> bytes:
    """Decode the body through every content coding, each stage bounded by the cap; the decoded body."""
    chunks: Iterator[bytes] = raw_chunks
    for coding in _codings(encoding):
        chunks = _inflate(chunks, coding, cap)
    out = bytearray()
    for piece in chunks:
        out += piece
        if len(out) > cap:
            raise TooLarge(bytes(out[:cap]))
    return bytes(out)

