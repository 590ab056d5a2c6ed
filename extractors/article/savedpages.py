"""`bamboo extract PATH... [--url URL]`: run the pipeline's extraction on saved pages, one dict each."""

from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from extractors.article.extract import extract_article
from extractors.core.models import Article
from extractors.core.settings import Settings

SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")
FIELDS = (
    "file", "url", "title", "author", "published_at", "date_source",
    "language", "body", "word_count", "method", "error",
)
_MAX_GZIP_BYTES = 50_000_000  # a saved page bigger than this unpacked is a zip bomb, not an article


def is_page(path: Path) -> bool:
    """True for a file name the command treats as a saved page."""
    return path.name.lower().endswith(SUFFIXES)


def iter_page_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Files given directly (whatever their name), and saved pages found in given folders, sorted."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and is_page(p))
        else:
            yield path


def read_page(path: Path) -> bytes:
    """Raw HTML bytes of a saved page, gunzipped when the name ends in .gz."""
    data = path.read_bytes()
    if path.name.lower().endswith(".gz"):
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            data = stream.read(_MAX_GZIP_BYTES + 1)
        if len(data) > _MAX_GZIP_BYTES:
            raise ValueError(f"unpacks to more than {_MAX_GZIP_BYTES} bytes")
    return data


def page_url(path: Path, url: str | None) -> str:
    """The URL to extract under: the one given, else the file's own file:// URL."""
    return url or path.resolve().as_uri()


def as_record(path: Path, article: Article) -> dict[str, Any]:
    """The JSON-ready line for one page."""
    return {
        "file": str(path),
        "url": article.url,
        "title": article.title,
        "author": article.author,
        "published_at": article.published_at.isoformat() if article.published_at else None,
        "date_source": article.date_source,
        "language": article.language,
        "body": article.body,
        "word_count": article.word_count,
        "method": article.method,
        "error": article.error,
    }


def _unreadable(path: Path, url: str, exc: BaseException) -> dict[str, Any]:
    record: dict[str, Any] = dict.fromkeys(FIELDS)
    record.update(file=str(path), url=url, body="", word_count=0, method="none",
                  error=f"unreadable file: {type(exc).__name__}: {exc}")
    return record


def extract_paths(paths: Sequence[Path], url: str | None = None,
                  settings: Settings | None = None) -> Iterator[dict[str, Any]]:
    """One record per saved page under `paths`, extracted with exactly `extract_article`.

    `settings` (the defaults when None) give what the flows take from them: `min_body_chars`.
    """
    min_body_chars = (settings or Settings()).min_body_chars
    for path in iter_page_files(Path(p) for p in paths):
        target = page_url(path, url)
        try:
            html = read_page(path)
        except (OSError, EOFError, ValueError, zlib.error) as exc:
            yield _unreadable(path, target, exc)
            continue
        yield as_record(path, extract_article(html, target, min_body_chars=min_body_chars))
