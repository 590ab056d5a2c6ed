"""Compression of raw pages kept for re-extraction (zstd, level 3: fast, ~4-6x on HTML)."""

from __future__ import annotations

import zstandard

_LEVEL = 3


def compress(data: bytes) -> bytes:
    """Compress raw bytes for storage."""
    return zstandard.ZstdCompressor(level=_LEVEL).compress(data)


def decompress(blob: bytes) -> bytes:
    """Inverse of `compress`."""
    return zstandard.ZstdDecompressor().decompress(blob)
