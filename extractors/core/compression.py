"""Compression of raw pages kept for re-extraction (zstd, level 3: fast, ~4-6x on HTML)."""

from __future__ import annotations

import zstandard

_LEVEL = 3


def compress(data: bytes) -> bytes:
    """Compress raw bytes for storage."""
    return zstandard.ZstdCompressor(level=_LEVEL).compress(data)


class CorruptData(ValueError):
    """Bytes that are not a whole zstd frame (a truncated or damaged file)."""


def decompress(blob: bytes) -> bytes:
    """Inverse of `compress`; raises CorruptData for bytes it cannot decompress."""
    try:
        return zstandard.ZstdDecompressor().decompress(blob)
    except zstandard.ZstdError as exc:
        raise CorruptData(str(exc) or "not a zstd frame") from exc
