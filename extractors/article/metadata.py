"""Page metadata (title, author, site name, page URL, htmldate date) from trafilatura's own readers.

trafilatura's `extract_metadata` also computes categories, tags and licence, which we do not
store and which cost about a tenth of an extraction; this runs only the readers we use.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

_URL_SITE = re.compile(r"https?://(?:www\.|w[0-9]+\.)?([^/]+)")


@dataclass(frozen=True)
class PageMeta:
    """Metadata read from the page head and structured data."""

    title: str | None = None
    author: str | None = None
    site_name: str | None = None
    page_url: str | None = None
    date: str | None = None


def _clean(value: str | None) -> str | None:
    value = " ".join((value or "").split())
    return value or None


def _site_name(raw: str | None, url: str | None) -> str | None:
    """Site name as trafilatura normalises it (no @, capitalised), else the host of the URL."""
    name = (raw or "").lstrip("@")
    if name:
        return name.title() if "." not in name and not name[0].isupper() else name
    match = _URL_SITE.match(url or "")
    return match.group(1) if match else None


def _normalise_author(name: str | None) -> str | None:
    """A byline as trafilatura normalises authors ("By A and B, Agency" -> "A; B; Agency")."""
    if not name:
        return None
    from trafilatura.json_metadata import normalize_authors

    try:
        return normalize_authors(None, name) or name
    except Exception:  # trafilatura's normaliser chokes on odd strings; the raw name is still useful
        return name


def _find_date(tree: Any, url: str | None, now: datetime) -> str | None:
    """htmldate's publication date, as trafilatura asks for it, capped at `now`."""
    from htmldate import find_date

    cap = now.strftime("%Y-%m-%d")
    return find_date(tree, url=url, original_date=True, extensive_search=True, max_date=cap)


def read_metadata(
    tree: Any, url: str | None, now: datetime, *, author_hint: str | None = None, need_date: bool = True
) -> PageMeta:
    """Title, author, site name, page URL and htmldate's publication date for a parsed page."""
    from trafilatura import metadata as tm

    meta = tm.examine_meta(tree)
    if meta.author and " " not in meta.author:  # single tokens are usually handles, as trafilatura does
        meta.author = None
    # trafilatura's JSON-LD reader has bugs on odd pages; the head meta still count then.
    with contextlib.suppress(Exception):
        meta = tm.extract_meta_json(tree, meta)
    title = meta.title or tm.extract_title(tree)
    # The byline search copies and scans the whole tree (~7 ms): only when no structured source
    # (head meta, JSON-LD, the feed) named an author. Likewise htmldate only when no better date
    # source exists, since the caller would not use its answer.
    author = meta.author or _normalise_author(author_hint) or tm.extract_author(tree)
    page_url = meta.url or tm.extract_url(tree, url)
    date = _find_date(tree, page_url or url, now) if need_date else None
    site = _site_name(meta.sitename or tm.extract_sitename(tree), page_url or url)
    return PageMeta(_clean(title), _clean(author), _clean(site), _clean(page_url), _clean(date))
