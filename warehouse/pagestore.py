"""Raw pages as files beside the warehouse, for re-extraction without the network.

`data/bamboo.duckdb` keeps its pages under `data/bamboo.pages/`, one zstd-compressed
file per page version: `<first 2 of article_id>/<article_id>-<first 16 of sha256>.html.zst`. The
`raw_pages` row names the file. Keeping page bytes out of DuckDB halved the cost of each load and
stopped its peak memory from growing with the warehouse (docs/warehouse.md has the figures).
Files are written (atomically: into `.incoming/`, then renamed into place) before the transaction
that names them commits, so a committed row always has its file; a crash in between leaves a file
no row names yet, which the next run's identical page reuses, or a partial file in `.incoming/`,
which the next load clears. Writers hold the warehouse's writer lock, so only one writes at a time.
The layout maps directly onto an object store later.
"""

from __future__ import annotations

import os
from pathlib import Path

from extractors.core.compression import compress, decompress

INCOMING = ".incoming"


def pages_dir(db: Path) -> Path:
    """Where the pages of warehouse `db` live."""
    db = Path(db)
    return db.with_name(f"{db.stem}.pages")


def page_name(article_id: str, body_sha256: str) -> str:
    """The file name (relative to `pages_dir`) of one version of an article's page."""
    return f"{article_id[:2]}/{article_id}-{body_sha256[:16]}.html.zst"


def write_page(db: Path, name: str, body: bytes) -> None:
    """Store `body` compressed under `name`, unless that version is there already."""
    path = pages_dir(db) / name
    if path.exists():
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    incoming = pages_dir(db) / INCOMING
    incoming.mkdir(parents=True, exist_ok=True)
    tmp = incoming / path.name
    tmp.write_bytes(compress(body))
    os.replace(tmp, path)


def clear_incoming(db: Path) -> None:
    """Remove partial files a killed writer left (call with the writer lock held)."""
    incoming = pages_dir(db) / INCOMING
    if incoming.is_dir():
        for leftover in incoming.iterdir():
            leftover.unlink(missing_ok=True)


def read_page(db: Path, name: str | None) -> bytes | None:
    """The page bytes stored under `name`, or None when there is no such file.

    Raises CorruptData (extractors.core.compression) when the file is truncated or damaged.
    """
    if not name:
        return None
    try:
        return decompress((pages_dir(db) / name).read_bytes())
    except FileNotFoundError:
        return None
