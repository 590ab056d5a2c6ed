"""Raw pages as files beside the warehouse, for re-extraction without the network.

`warehouse/bamboo.duckdb` keeps its pages under `warehouse/bamboo.pages/`, one zstd-compressed
file per page version: `<first 2 of article_id>/<article_id>-<first 16 of sha256>.html.zst`. The
`raw_pages` row names the file. Keeping page bytes out of DuckDB halves the cost of each load and
keeps its memory flat: every batch's checkpoint rewrote the table's open row group, blobs and all.
Files are written (atomically, under a temporary name) before the transaction that names them
commits, so a committed row always has its file; a crash in between leaves an unnamed file that the
next run's identical page reuses. The layout maps directly onto an object store later.
"""

from __future__ import annotations

import os
from pathlib import Path

from extractors.compression import compress, decompress


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
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(compress(body))
    os.replace(tmp, path)


def read_page(db: Path, name: str | None) -> bytes | None:
    """The page bytes stored under `name`, or None when there is no such file."""
    if not name:
        return None
    try:
        return decompress((pages_dir(db) / name).read_bytes())
    except FileNotFoundError:
        return None
