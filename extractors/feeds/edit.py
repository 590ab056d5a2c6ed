"""Editing the feeds file in place (tomlkit): add, remove, disable, enable, keeping comments and layout.

The file stays the source of truth: every edit is checked with the same reader the flows use
(`feedconfig.parse_feeds`) before it is written, and written whole in one rename, so a run that
reads the file meanwhile sees the old or the new version, never half of one.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import tomlkit
from tomlkit.items import AoT, Comment, Table

from extractors.core.errors import ConfigError
from extractors.core.models import Feed
from extractors.feeds.config import _table_lines, parse_feeds

HEADER = "# Bamboo Wire feeds, one [[feed]] table each (docs/feeds.md); edit with `bamboo feeds`.\n"
KEY_ORDER = ("name", "url", "outlet", "language", "timezone", "tags", "sitemap", "archive", "robots",
             "disabled")


def url_key(url: str) -> str:
    """A feed URL compared as a reader would: scheme and host case-insensitive, default port,
    trailing slash and fragment ignored."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    default = {"http": 80, "https": 443}.get(parts.scheme.lower())
    netloc = host if parts.port in (None, default) else f"{host}:{parts.port}"
    return urlunsplit((parts.scheme.lower(), netloc, parts.path.rstrip("/") or "/", parts.query, ""))


def name_for(title: str, url: str) -> str:
    """A feed name from its title, or from its host when the title is not in Latin script (it would
    lose letters in ASCII): "Tuổi Trẻ" -> "tuoi-tre", "BBC News 中文" -> "feeds-bbci-co-uk"."""
    latin = slug(title)
    letters = sum(c.isalnum() for c in unicodedata.normalize("NFKD", title) if not unicodedata.combining(c))
    if latin and sum(c.isalnum() for c in latin) == letters:
        return latin
    host = (urlsplit(url.strip()).hostname or "").removeprefix("www.")
    return slug(host) or latin or "feed"


def slug(text: str) -> str:
    """A feed name from free text: ASCII letters and digits joined by '-', at most 60 characters."""
    text = unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D"))
    ascii_ = text.encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_).strip("-")[:60].strip("-")


class FeedsFile:
    """One feeds file, parsed with its comments; `save` writes it back after checking it."""

    def __init__(self, path: Path, text: str) -> None:
        self.path = Path(path)
        self._doc = tomlkit.parse(text)

    @classmethod
    def open(cls, path: Path) -> FeedsFile:
        """The file at `path`, or an empty one (with a header comment) if it does not exist yet."""
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            text = HEADER
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: cannot read feeds file: {exc}") from exc
        try:
            return cls(path, text)
        except tomlkit.exceptions.ParseError as exc:
            raise ConfigError(f"{path}: invalid TOML: {exc}") from exc

    def text(self) -> str:
        return tomlkit.dumps(self._doc)

    def feeds(self) -> list[Feed]:
        """The feeds as the flows read them (disabled ones included); [] for a file without any."""
        if not self._tables():
            return []
        return parse_feeds(self.text(), str(self.path))

    def find(self, key: str) -> Feed | None:
        """The feed named `key`, or whose URL is `key` (compared with `url_key`)."""
        for feed in self.feeds():
            if feed.name == key.strip():
                return feed
        return self.find_url(key)

    def find_url(self, url: str) -> Feed | None:
        wanted = url_key(url)
        return next((f for f in self.feeds() if url_key(f.url) == wanted), None)

    def free_name(self, base: str) -> str:
        """`base`, or `base-2`, `base-3`, ... : the first name no feed has."""
        taken = {f.name for f in self.feeds()}
        name, n = base, 1
        while name in taken:
            n += 1
            name = f"{base}-{n}"
        return name

    def add(self, values: Mapping[str, Any]) -> None:
        """Append a [[feed]] table (keys in the usual order, None values left out), after a blank line.

        Raises ConfigError, saying why, for a table the flows would refuse (the file is unchanged).
        """
        table = tomlkit.table()
        for key in sorted(values, key=lambda k: KEY_ORDER.index(k) if k in KEY_ORDER else len(KEY_ORDER)):
            if values[key] is not None:
                table[key] = list(values[key]) if isinstance(values[key], tuple) else values[key]
        alone = tomlkit.document()
        alone.append("feed", tomlkit.aot())
        alone["feed"].append(table)
        parse_feeds(tomlkit.dumps(alone), f"new feed {values.get('name')!r}")
        tables = self._tables()
        if tables is None:
            if self._doc.body and not self.text().endswith("\n\n"):
                self._doc.add(tomlkit.nl())
            self._doc.append("feed", tomlkit.aot())
            tables = self._tables()
            assert tables is not None
        elif len(tables) and not tables[-1].as_string().endswith("\n\n"):
            tables[-1].add(tomlkit.nl())
        tables.append(table)

    def set_disabled(self, name: str, disabled: bool) -> bool:
        """Mark a feed `disabled = true` or drop the key; False when it already was so."""
        table = self._table(name)
        if bool(table.get("disabled", False)) == disabled:
            return False
        if disabled:
            table["disabled"] = True
        else:
            del table["disabled"]
        return True

    def remove(self, name: str) -> None:
        """Drop a feed's table. Comments after its last key (a heading for the feeds that follow)
        stay where they were, before the next table."""
        tables = self._tables()
        assert tables is not None
        index = next(i for i, t in enumerate(tables) if t.get("name") == name)
        kept = _trailing_comments(tables[index])
        del tables[index]
        text = self.text()
        if kept:
            text = _insert_before_table(text, index, kept)
        self._doc = tomlkit.parse(text)

    def save(self) -> None:
        """Check the new text as the flows will read it, then replace the file in one rename."""
        text = self.text()
        parse_feeds(text, str(self.path))
        target = self.path.resolve()
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        try:
            tmp.write_text(text, encoding="utf-8")
            if target.exists():
                os.chmod(tmp, target.stat().st_mode & 0o7777)
            os.replace(tmp, target)
        finally:
            tmp.unlink(missing_ok=True)

    def _tables(self) -> AoT | None:
        tables = self._doc.get("feed")
        return tables if isinstance(tables, AoT) else None

    def _table(self, name: str) -> Table:
        for table in self._tables() or ():
            if table.get("name") == name:
                return table
        raise ConfigError(f"{self.path}: no feed named {name!r}")


def _trailing_comments(table: Table) -> str:
    """The comment lines (and blank lines among them) after a table's last key; '' if none."""
    trailing: list[Any] = []
    for key, item in reversed(table.value.body):
        if key is not None:
            break
        trailing.insert(0, item)
    if not any(isinstance(item, Comment) for item in trailing):
        return ""
    return "".join(item.as_string() for item in trailing)


def _insert_before_table(text: str, index: int, block: str) -> str:
    """`block` put just before the header of the `index`-th [[feed]] table (at the end if none)."""
    lines = text.splitlines(keepends=True)
    starts = _table_lines(text)
    pos = starts[index] - 1 if index < len(starts) else len(lines)
    before = lines[:pos]
    if before and not before[-1].endswith("\n"):
        before[-1] += "\n"
    if not before or not before[-1].strip():
        block = block.lstrip("\n")
    return "".join(before) + block + "".join(lines[pos:])
