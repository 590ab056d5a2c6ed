"""Article extraction: HTML bytes in, an `Article` out; pure, picklable, never raises on bad input."""

from __future__ import annotations

import html as html_lib
import re
import unicodedata
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from urllib.parse import urljoin, urlsplit

from extractors.article.body import extract_body, reference_wins
from extractors.article.jsonld import JsonLdArticle, find_article, html_to_text
from extractors.article.language import detect_language
from extractors.article.markupguard import PAGE_MIN_TAG, cap_attributes
from extractors.article.published import date_from_meta, reconcile
from extractors.core.charset import decode_html
from extractors.core.dates import as_utc, parse_iso, url_day
from extractors.core.models import Article, FeedEntry


def _trafilatura_version() -> str:
    try:
        return version("trafilatura")
    except PackageNotFoundError:  # pragma: no cover - trafilatura is a declared dependency
        return "unknown"


# Stored with every article: bump the first part when our rules change; the trafilatura part
# changes on its own with the library, since its upgrades change bodies too (see the 2.3.1 notes).
EXTRACTOR_VERSION = f"bamboo-article-2/trafilatura-{_trafilatura_version()}"
METHOD_ORDER = ("trafilatura", "jsonld", "feed")  # fixed fallback order, recorded in Article.method

_CANONICAL = re.compile(r"<link\b[^>]{0,500}?>", re.I)
_REL_CANONICAL = re.compile(r"""\brel\s*=\s*["']?[^"'>]*\bcanonical\b""", re.I)
_HREF = re.compile(r"""\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)
_HEAD_LIMIT = 200_000  # <link rel=canonical> lives in <head>; don't scan megabytes of body for it
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]")
_TITLE_MATCH_MIN = 20
_BINARY_SAMPLE = 4096
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\ufffd]")
_MAX_CONTROL_SHARE = 0.05  # real HTML has almost no C0 control characters; binaries have many

def word_count(text: str) -> int:
    """Whitespace-separated words, counting each CJK character as one word (CJK has no spaces)."""
    cjk = len(_CJK.findall(text))
    rest = _CJK.sub(" ", text) if cjk else text
    return cjk + len(rest.split())


def strip_leading_title(body: str, title: str | None) -> str:
    """The body without a first line repeating the title (stored separately in `Article.title`)."""
    first, _, rest = body.partition("\n")
    if not title or not rest.strip():
        return body
    line, head = " ".join(first.split()).casefold(), " ".join(title.split()).casefold()
    # titles often carry a " | Site" suffix the headline lacks; a long prefix match is the same line
    if line == head or (len(line) >= _TITLE_MATCH_MIN and head.startswith(line)):
        return rest.lstrip()
    return body


def looks_binary(text: str) -> bool:
    """True when the decoded start of the document is mostly not text."""
    sample = text[:_BINARY_SAMPLE]
    if not sample:
        return False
    return len(_CONTROL.findall(sample)) > _MAX_CONTROL_SHARE * len(sample)


def canonical_url(page: str, base: str) -> str | None:
    """Absolute http(s) href of the page's first <link rel=canonical>, or None."""
    for match in _CANONICAL.finditer(page, 0, _HEAD_LIMIT):
        tag = match.group(0)
        if not _REL_CANONICAL.search(tag):
            continue
        href = _HREF.search(tag)
        value = html_lib.unescape(next((g for g in href.groups() if g), "").strip()) if href else ""
        return _absolute_http(base, value) if value else None
    return None


def _absolute_http(base: str, href: str) -> str | None:
    """`href` resolved against `base`; None unless the result is an absolute http(s) URL."""
    try:
        result = urljoin(base, href)
    except ValueError:  # a malformed base (e.g. an unclosed IPv6 literal); an absolute href still works
        result = href
    parts = urlsplit(result)
    return result if parts.scheme in ("http", "https") and parts.netloc else None


def _feed_texts(entry: FeedEntry | None) -> tuple[str, str]:
    """Plain text of the feed entry's full content and of its summary."""
    if entry is None:
        return "", ""
    return html_to_text(entry.content or ""), html_to_text(entry.summary or "")


def _ordered(traf: str, jsonld: str, feed_content: str, feed_summary: str) -> list[tuple[str, str]]:
    """Candidates in METHOD_ORDER, with full-text bodies that dwarf a truncated extraction moved first."""
    # SPA and paywalled pages: JSON-LD articleBody or the feed's content:encoded hold the article
    # while the HTML holds a teaser. A summary is a teaser itself, so it is never moved.
    ordered = [("trafilatura", traf), ("jsonld", jsonld), ("feed", feed_content or feed_summary)]
    promoted = {m for m, text in (("jsonld", jsonld), ("feed", feed_content)) if reference_wins(traf, text)}
    return sorted(ordered, key=lambda c: c[0] not in promoted)  # stable: order kept within groups


def _pick_body(candidates: list[tuple[str, str]], min_chars: int) -> tuple[str, str, str | None]:
    """First candidate long enough; else the longest one, method 'none' and why."""
    for method, body in candidates:
        if len(body) >= min_chars:
            return body, method, None
    sizes = ", ".join(f"{method} {len(body)}" for method, body in candidates)
    longest = max((body for _, body in candidates), key=len, default="")
    return longest, "none", f"body too short: {sizes} chars (< {min_chars})"


def _choose_body(
    traf: str, jsonld: str, feed: tuple[str, str], title: str | None, min_chars: int
) -> tuple[str, str, str | None]:
    """Body, method and error from the candidates, after dropping a repeated title line."""
    candidates = _ordered(strip_leading_title(traf, title), jsonld, *feed)
    body, method, error = _pick_body(candidates, min_chars)
    # Some CMSs emit decomposed Vietnamese (base letter + combining marks); search and the
    # detector's lexicons expect composed characters.
    return unicodedata.normalize("NFC", body), method, error


def _failed(url: str, final_url: str | None, reason: str, entry: FeedEntry | None, now: datetime) -> Article:
    """An error record that still carries what the feed knew."""
    published, source = reconcile([("feed", entry.published_at if entry else None),
                                   ("sitemap", entry.lastmod if entry else None)], now)
    return Article(
        url=url,
        final_url=final_url,
        title=entry.title or None if entry else None,
        author=entry.author if entry else None,
        published_at=published,
        date_source=source,
        method="none",
        error=reason,
        extractor_version=EXTRACTOR_VERSION,
    )


def extract_article(
    html: bytes,
    url: str,
    *,
    entry: FeedEntry | None = None,
    final_url: str | None = None,
    min_body_chars: int = 200,
    now: datetime | None = None,
    content_type: str | None = None,
) -> Article:
    """Extract one article from raw HTML bytes; failures come back as `Article(error=...)`."""
    now = as_utc(now) if now else datetime.now(UTC)
    try:
        # The HTTP header's charset, when given, outranks the page's own <meta> (as in browsers).
        page = html if isinstance(html, str) else decode_html(_guarded(html), content_type)[0]
        return _extract(page, url, entry, final_url, min_body_chars, now)
    except Exception as exc:  # last line of defence: one bad page must never stop a batch
        return _failed(url, final_url, f"internal: {type(exc).__name__}: {str(exc)[:200]}", entry, now)


def _guarded(html: bytes | None) -> bytes:
    # Parsers are quadratic in the attributes of one element: cut absurd tags before lxml sees them.
    return cap_attributes(bytes(html or b""), PAGE_MIN_TAG)


def _extract(
    page: str, url: str, entry: FeedEntry | None, final_url: str | None, min_chars: int, now: datetime
) -> Article:
    """The extraction proper on decoded text; see `extract_article`."""
    if not page or page.isspace():
        return _failed(url, final_url, "empty document", entry, now)
    if looks_binary(page):
        return _failed(url, final_url, "not HTML: binary content", entry, now)
    base = final_url or url
    ld = find_article(page) or JsonLdArticle()
    feed_content, feed_summary = _feed_texts(entry)
    structured_dates = [
        ("jsonld", parse_iso(ld.date_published)),
        ("meta", date_from_meta(page)),
        ("feed", entry.published_at if entry else None),
    ]
    traf = extract_body(
        page,
        base,
        now,
        reference=max(ld.body, feed_content, key=len),
        author_hint=ld.author or (entry.author if entry else None),
        need_date=reconcile(structured_dates, now)[0] is None,
    )
    title = traf.meta.title or ld.headline or (entry.title if entry and entry.title else None)
    feed_texts = (feed_content, feed_summary)
    body, method, error = _choose_body(traf.body, ld.body, feed_texts, title, min_chars)
    if error and traf.error:
        error = f"{error}; {traf.error}"
    page_dates = [("htmldate", parse_iso(traf.meta.date)), ("url", url_day(base, now) or url_day(url, now)),
                  ("sitemap", entry.lastmod if entry else None)]
    published, date_source = reconcile([*structured_dates, *page_dates], now)
    return Article(
        url=url,
        final_url=final_url,
        canonical_url=canonical_url(page, base),
        title=title and unicodedata.normalize("NFC", title),
        # head meta, JSON-LD, feed, then the page's byline (the hint spares the costly byline search)
        author=traf.meta.author or ld.author or (entry.author if entry else None),
        site_name=traf.meta.site_name,
        published_at=published,
        date_source=date_source,
        language=detect_language(body),
        body=body,
        word_count=word_count(body),
        method=method,
        error=error,
        extractor_version=EXTRACTOR_VERSION,
    )
