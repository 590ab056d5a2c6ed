"""Read schema.org article data (body, dates, headline, author) from a page's JSON-LD blocks."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

_SCRIPT_OPEN = re.compile(
    r"""<script[^>]{0,200}?type\s*=\s*["']?application/ld\+json["']?[^>]{0,200}>""", re.I
)
_SCRIPT_CLOSE = re.compile(r"</script\s*>", re.I)
_TAG = re.compile(r"<[^>]{0,2000}>")
_BLOCK_TAG = re.compile(r"(?i)<\s*(?:br|/p|/div|/h[1-6]|/li|/blockquote)\b[^>]{0,200}>")
_SPACES = re.compile(r"[ \t\r\f\v]+")
_NEWLINES = re.compile(r"\s*\n\s*")
_MAX_BLOCKS = 50  # a page with more blocks than this is junk or a listing; skip the rest
_MAX_NODES = 5000  # bound the walk over @graph / nested objects
_ARTICLE_TYPES = frozenset(
    t.lower()
    for t in (
        "Article", "NewsArticle", "ReportageNews", "AnalysisNewsArticle", "OpinionNewsArticle",
        "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting", "LiveBlogPosting",
        "TechArticle", "ScholarlyArticle", "Report", "SocialMediaPosting", "DiscussionForumPosting",
    )
)


@dataclass(frozen=True)
class JsonLdArticle:
    """The first article-typed JSON-LD object's useful fields (text already stripped of markup)."""

    body: str = ""
    headline: str | None = None
    author: str | None = None
    date_published: str | None = None
    date_modified: str | None = None


def _raw_blocks(page: str) -> Iterator[str]:
    """Script contents, scanning forward only (a lazy regex goes quadratic on unclosed tags)."""
    pos = 0
    for _ in range(_MAX_BLOCKS):
        opening = _SCRIPT_OPEN.search(page, pos)
        if not opening:
            return
        closing = _SCRIPT_CLOSE.search(page, opening.end())
        if not closing:
            return
        yield page[opening.end() : closing.start()]
        pos = closing.end()


def _blocks(page: str) -> Iterator[Any]:
    for block in _raw_blocks(page):
        raw = block.strip()
        if raw.startswith("<!--"):  # old CMSs wrap the JSON in an HTML comment
            raw = raw.removeprefix("<!--").removesuffix("-->").strip()
        try:
            yield json.loads(raw, strict=False)
        except (ValueError, RecursionError):
            continue


def _walk(node: Any, budget: list[int]) -> Iterator[dict[str, Any]]:
    """Yield every dict in a JSON-LD value, breadth-limited by a shared node budget."""
    stack = [node]
    while stack and budget[0] > 0:
        item = stack.pop()
        budget[0] -= 1
        if isinstance(item, dict):
            yield item
            stack.extend(v for v in reversed(list(item.values())) if isinstance(v, dict | list))
        elif isinstance(item, list):
            stack.extend(reversed(item))


def _types(obj: dict[str, Any]) -> set[str]:
    raw = obj.get("@type")
    values = raw if isinstance(raw, list) else [raw]
    return {v.rsplit("/", 1)[-1].lower() for v in values if isinstance(v, str)}


def html_to_text(value: str) -> str:
    """Plain text from an HTML-ish string: block tags become line breaks, entities are decoded."""
    text = _BLOCK_TAG.sub("\n", value)
    text = html.unescape(_TAG.sub(" ", text))
    text = _SPACES.sub(" ", text)
    return _NEWLINES.sub("\n", text).strip()


def _text(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value")
    if isinstance(value, str) and value.strip():
        return html_to_text(value)
    return None


def _author(value: Any) -> str | None:
    items = value if isinstance(value, list) else [value]
    names = [n for n in (_text(item) for item in items[:10]) if n]
    return "; ".join(dict.fromkeys(names)) or None


def find_article(page: str) -> JsonLdArticle | None:
    """The first article-typed object in the page's JSON-LD, or None."""
    budget = [_MAX_NODES]
    for block in _blocks(page):
        for obj in _walk(block, budget):
            if _types(obj) & _ARTICLE_TYPES:
                return JsonLdArticle(
                    body=_text(obj.get("articleBody")) or "",
                    headline=_text(obj.get("headline")) or _text(obj.get("name")),
                    author=_author(obj.get("author")),
                    date_published=_text(obj.get("datePublished")) or _text(obj.get("dateCreated")),
                    date_modified=_text(obj.get("dateModified")),
                )
    return None
