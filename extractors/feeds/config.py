"""Reading config/feeds.toml: every feed checked before any fetch, errors name the line.

    [[feed]]
    name = "vnexpress-news"                       # unique, [a-z0-9-_.]
    url = "https://e.vnexpress.net/rss/news.rss"  # http or https
    outlet = "VnExpress International"
    language = "en"                               # en | vi | zh | ...
    timezone = "Asia/Ho_Chi_Minh"                 # how naive dates are read
    tags = ["vietnam", "english"]
    sitemap = "https://e.vnexpress.net/robots.txt"   # optional, for backfills
    archive = "https://example.org/news/page/{page}/"  # optional, for backfills
    robots = "ignore"                             # optional: obey (default) | ignore, for feeds we own
    disabled = true                               # optional: kept in the file, not polled
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from extractors.core.errors import ConfigError
from extractors.core.models import Feed

_KEYS = {"name", "url", "outlet", "language", "timezone", "tags", "sitemap", "archive", "robots",
         "disabled"}
ROBOTS_POLICIES = ("obey", "ignore")
_REQUIRED = ("name", "url", "outlet")
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")


def load_feeds(path: Path) -> list[Feed]:
    """Read and check a feeds file; raise ConfigError naming file, line and reason."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read feeds file: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 text: {exc}") from exc
    return parse_feeds(text, str(path))


def parse_feeds(text: str, origin: str = "feeds.toml") -> list[Feed]:
    """Parse feeds TOML text (see module docstring for the format)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{origin}: invalid TOML: {exc}") from exc
    unknown_top = set(data) - {"feed"}
    if unknown_top:
        raise ConfigError(f"{origin}: unknown top-level key(s) {sorted(unknown_top)}; "
                          "expected [[feed]] tables")
    tables = data.get("feed", [])
    if not isinstance(tables, list) or not tables:
        raise ConfigError(f"{origin}: no [[feed]] tables found")
    text_lines = text.splitlines()
    starts = _table_lines(text)
    feeds: list[Feed] = []
    seen: dict[str, int] = {}
    for i, table in enumerate(tables):
        start = starts[i] if i < len(starts) else None
        end = starts[i + 1] if i + 1 < len(starts) else len(text_lines) + 1

        def at(key: str | None = None, start: int | None = start, end: int = end) -> str:
            return f"{origin}:{_key_line(text_lines, start, end, key) if start else '?'}"

        feed = _feed(table, at)
        if feed.name in seen:
            raise ConfigError(f"{at()}: duplicate feed name {feed.name!r} (first at line {seen[feed.name]})")
        seen[feed.name] = start or -1
        feeds.append(feed)
    return feeds


def _table_lines(text: str) -> list[int]:
    return [n for n, line in enumerate(text.splitlines(), 1) if line.strip().startswith("[[feed]]")]


def _key_line(lines: list[str], start: int, end: int, key: str | None) -> int:
    """The line of `key = ...` inside the [[feed]] table at `start` (the table's line if none)."""
    if key:
        pattern = re.compile(rf"^\s*[\"']?{re.escape(key)}[\"']?\s*=")
        for n in range(start + 1, min(end, len(lines) + 1)):
            if pattern.match(lines[n - 1]):
                return n
    return start


def _feed(table: dict[str, Any], at: Callable[..., str]) -> Feed:
    where = at()
    unknown = set(table) - _KEYS
    if unknown:
        first = next(k for k in table if k not in _KEYS)  # tomllib keeps the file's order
        raise ConfigError(f"{at(first)}: unknown key(s) {sorted(unknown)}; allowed: {sorted(_KEYS)}")
    for key in _REQUIRED:
        if not isinstance(table.get(key), str) or not table[key].strip():
            raise ConfigError(f"{where}: feed needs a non-empty string {key!r}")
    name = table["name"].strip()
    if not _NAME.match(name):
        raise ConfigError(f"{at('name')}: feed name {name!r} must be letters, digits, '.', '-' or '_'")
    check_url(table["url"], f"{at('url')}: feed {name!r} url")
    for key in ("sitemap", "archive"):
        if key in table:
            check_url(str(table[key]).replace("{page}", "1"), f"{at(key)}: feed {name!r} {key}")
    if "archive" in table and "{page}" not in table["archive"]:
        raise ConfigError(f"{at('archive')}: feed {name!r} archive needs a {{page}} placeholder")
    tz = str(table.get("timezone", "UTC"))
    try:
        ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ConfigError(f"{at('timezone')}: feed {name!r} has unknown timezone {tz!r}") from exc
    tags = table.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise ConfigError(f"{at('tags')}: feed {name!r} tags must be a list of strings")
    robots = table.get("robots", "obey")
    if robots not in ROBOTS_POLICIES:
        raise ConfigError(f"{at('robots')}: feed {name!r} robots must be one of {list(ROBOTS_POLICIES)}, "
                          f"not {robots!r}")
    disabled = table.get("disabled", False)
    if not isinstance(disabled, bool):
        raise ConfigError(f"{at('disabled')}: feed {name!r} disabled must be true or false, not {disabled!r}")
    return Feed(name=name, url=table["url"].strip(), outlet=table["outlet"].strip(),
                language=str(table.get("language", "en")), timezone=tz, tags=tuple(tags),
                sitemap=table.get("sitemap"), archive=table.get("archive"), robots=robots,
                disabled=disabled)


def check_url(url: str, what: str) -> None:
    """Raise ConfigError unless `url` is an absolute http(s) URL with a host."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(f"{what} {url!r} is not an http(s) URL")


def feeds_from_urls(urls: list[str]) -> list[Feed]:
    """Ad-hoc feeds from `bamboo ingest --feed-url`, each named after its host and URL (`cli_feed_name`)."""
    feeds = []
    for url in urls:
        check_url(url, "--feed-url")
        host = urlsplit(url).hostname or "feed"
        feeds.append(Feed(name=cli_feed_name(url), url=url, outlet=host, language="und"))
    return feeds


def cli_feed_name(url: str) -> str:
    """`cli-<host>-<8 hex digits of the URL's SHA-256>`: the same on every run, different per URL."""
    host = re.sub(r"[^A-Za-z0-9.-]", "-", urlsplit(url.strip()).hostname or "feed")[:60]
    return f"cli-{host}-{hashlib.sha256(url.strip().encode()).hexdigest()[:8]}"
