"""Sitemap documents: XML urlsets and indexes, Google News, text sitemaps, gzip; robots.txt Sitemap lines.

Our own lxml iterparse parser is used instead of `trafilatura.sitemaps` because that module does
its own fetching (bypassing our Fetcher's politeness and SSRF rules), sleeps between requests and
drops `lastmod` / `news:publication_date`, which the date window needs (see docs/backfill.md).
"""

from __future__ import annotations

import gzip
import io
import re
import zlib
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from lxml import etree

from extractors.core.dates import parse_iso_datetime
from extractors.discovery.loop import is_http, resolve_url
from extractors.http.robots import MAX_ROBOTS_BYTES

# The sitemaps protocol caps a file at 50,000 entries and 50 MB uncompressed.
SPEC_MAX_ENTRIES = 50_000
SPEC_MAX_BYTES = 50 * 1024 * 1024
GZIP_MAGIC = b"\x1f\x8b"
NESTED_FIELDS = {"publication_date", "title"}  # read from <news:news> inside a <url>


def parse_robots_sitemaps(text: str, base_url: str | None = None) -> list[str]:
    """The `Sitemap:` URLs of a robots.txt, in order, deduplicated, http(s) only."""
    found: list[str] = []
    for raw in text[:MAX_ROBOTS_BYTES].splitlines():
        key, sep, value = raw.partition(":")
        if not sep or key.strip().lower() != "sitemap":
            continue
        # only a comment after whitespace is cut: a '#' glued to the URL may be part of it
        url = re.split(r"\s+#", value.strip(), maxsplit=1)[0].strip()
        if not url:
            continue  # an empty value would resolve to the robots.txt URL itself
        url = resolve_url(base_url, url) if base_url else url
        if url and is_http(url) and url not in found:
            found.append(url)
    return found



# ---------------------------------------------------------------- sitemap documents


@dataclass(frozen=True)
class SitemapUrl:
    """A `<url>` entry of a urlset."""

    loc: str
    lastmod: datetime | None = None
    publication_date: datetime | None = None  # news:publication_date, Google News sitemaps
    title: str | None = None


@dataclass(frozen=True)
class SitemapRef:
    """A `<sitemap>` entry of a sitemap index."""

    loc: str
    lastmod: datetime | None = None


@dataclass
class Sitemap:
    """A parsed sitemap document: urls for a urlset or text sitemap, children for an index."""

    kind: Literal["urlset", "index", "text", "unknown"]
    urls: list[SitemapUrl] = field(default_factory=list)
    children: list[SitemapRef] = field(default_factory=list)
    error: str | None = None  # set when the document is broken; entries parsed before it are kept
    truncated: bool = False  # more entries than max_entries


class BodyTooLarge(ValueError):
    """A decompressed body went past the byte cap."""


def decode_body(body: bytes, max_bytes: int = SPEC_MAX_BYTES) -> bytes:
    """Gunzip a body that starts with the gzip magic (bounded); pass other bodies through."""
    if not body.startswith(GZIP_MAGIC):
        if len(body) > max_bytes:
            raise BodyTooLarge(f"body larger than {max_bytes} bytes")
        return body
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(body)) as gz:
            data = gz.read(max_bytes + 1)  # reading one byte past the cap is how we detect a bomb
    except (OSError, EOFError, zlib.error) as exc:
        raise ValueError(f"bad gzip data: {exc}") from exc
    if len(data) > max_bytes:
        raise BodyTooLarge(f"gunzipped body larger than {max_bytes} bytes")
    return data


def parse_sitemap(body: bytes, *, max_entries: int = SPEC_MAX_ENTRIES,
                  max_bytes: int = SPEC_MAX_BYTES) -> Sitemap:
    """Parse a sitemap body (XML urlset or index, Google News, plain text; gzip or not)."""
    try:
        data = decode_body(body, max_bytes).lstrip(b"\xef\xbb\xbf \t\r\n")
    except ValueError as exc:
        return Sitemap("unknown", error=str(exc))
    if not data:
        return Sitemap("unknown", error="empty document")
    if not data.startswith(b"<"):
        return _parse_text_sitemap(data, max_entries)
    return _parse_xml_sitemap(data, max_entries)


def _parse_text_sitemap(data: bytes, max_entries: int) -> Sitemap:
    """A text sitemap: one absolute URL per line, no dates."""
    sm = Sitemap("text")
    for line in data.decode("utf-8", "replace").splitlines():
        url = line.strip()
        if not url:
            continue
        if not is_http(url):
            return Sitemap("unknown", urls=sm.urls, error="not a sitemap (text line is not a URL)")
        if len(sm.urls) >= max_entries:
            sm.truncated = True
            break
        sm.urls.append(SitemapUrl(url))
    return sm


def _localname(tag: Any) -> str:
    """Element name without namespace: sites use the wrong sitemap namespace often enough."""
    return tag.rpartition("}")[2].lower() if isinstance(tag, str) else ""


def _parse_xml_sitemap(data: bytes, max_entries: int) -> Sitemap:
    """Stream an XML sitemap with iterparse, freeing each entry once read."""
    sm = Sitemap("unknown")
    events = etree.iterparse(io.BytesIO(data), events=("start", "end"), resolve_entities=False,
                             no_network=True, load_dtd=False, huge_tree=False, remove_comments=True,
                             remove_pis=True)
    depth = 0
    try:
        for event, el in events:
            if event == "start":
                depth += 1
                if depth == 1 and not _set_kind(sm, _localname(el.tag)):
                    return sm
                continue
            depth -= 1
            if depth != 1:
                continue
            if len(sm.urls) + len(sm.children) >= max_entries:
                sm.truncated = True
                return sm
            _take_entry(sm, el)
            _free(el)
    except etree.XMLSyntaxError as exc:
        sm.error = f"malformed XML: {exc}"
    return sm


def _set_kind(sm: Sitemap, root: str) -> bool:
    """Set the sitemap kind from its root element; False (with an error) if it is not a sitemap."""
    if root == "urlset":
        sm.kind = "urlset"
    elif root == "sitemapindex":
        sm.kind = "index"
    else:
        sm.error = f"not a sitemap (root element <{root}>)"
        return False
    return True


def _take_entry(sm: Sitemap, el: Any) -> None:
    """Add one <url> or <sitemap> element to the sitemap; entries without a usable loc are ignored."""
    name = _localname(el.tag)
    fields_ = _child_texts(el)
    loc = (fields_.get("loc") or "").strip()
    if not loc:
        return
    lastmod = parse_iso_datetime(fields_.get("lastmod"))
    if sm.kind == "index" and name == "sitemap":
        sm.children.append(SitemapRef(loc, lastmod))
    elif sm.kind == "urlset" and name == "url":
        sm.urls.append(SitemapUrl(loc, lastmod, parse_iso_datetime(fields_.get("publication_date")),
                                  fields_.get("title")))


def _child_texts(el: Any) -> dict[str, str]:
    """Texts of an entry's fields: loc/lastmod from direct children, news fields from below."""
    # only direct children give `loc`, so an <image:loc> nested in the entry never replaces it
    out: dict[str, str] = {}
    for child in el.iter():
        if child is el:
            continue
        name = _localname(child.tag)
        nested = child.getparent() is not el
        if name in out or (nested and name not in NESTED_FIELDS) or not (child.text and child.text.strip()):
            continue
        out[name] = child.text.strip()
    return out


def _free(el: Any) -> None:
    """Drop a processed entry and its already-read siblings so memory stays flat."""
    el.clear()
    parent = el.getparent()
    if parent is not None:
        while el.getprevious() is not None:
            del parent[0]

