"""`bamboo feeds`: list, add, remove, disable, enable, import and export the feeds of the feeds file."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import click

from extractors.core.errors import BambooError, ConfigError
from extractors.core.models import Feed
from extractors.core.settings import Settings
from extractors.feeds.config import check_url
from extractors.feeds.edit import FeedsFile, name_for, slug
from flows.cligroup import _settings, main

F = TypeVar("F", bound=Callable[..., Any])
_MAX_ERROR = 100  # characters of a feed's last error in the table


def _feeds_file_option(f: F) -> F:
    return click.option("--feeds-file", type=click.Path(dir_okay=False, path_type=Path),
                        help="Feeds file (default: BAMBOO_FEEDS or config/feeds.toml).")(f)


def _db_option(f: F) -> F:
    return click.option("--db", type=click.Path(dir_okay=False, path_type=Path),
                        help="Warehouse whose feed_health to read and mark "
                             "(default: BAMBOO_DB or data/bamboo.duckdb).")(f)


def _feed_target(f: F) -> F:
    """The NAME|URL argument and the options of the commands that change one feed."""
    return click.argument("feed", metavar="NAME|URL")(_feeds_file_option(_db_option(f)))


@main.group()
def feeds() -> None:
    """Manage the feeds file (config/feeds.toml, or BAMBOO_FEEDS): the file stays the source of truth.

    Edits keep the file's comments and layout, and are checked as the ingest reads the file before
    they are written. Disabled and removed feeds are marked so in the warehouse's feed_health.

    Example: bamboo feeds add https://e.vnexpress.net/rss/news.rss --timezone Asia/Ho_Chi_Minh
    """


@feeds.command("list")
@_feeds_file_option
@_db_option
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def list_cmd(feeds_file: Path | None, db: Path | None, fmt: str) -> None:
    """List the feeds with their health from the warehouse (if there is one): last poll, status, errors.

    Health comes from the analyst copy of the warehouse (the warehouse itself if there is no copy).

    Example: bamboo feeds list
    """
    settings = _settings(db=db)
    file = _open(feeds_file, settings)
    configured = _call(file.feeds)
    health, note = _health(settings)
    rows = [_row(f, health.get(f.name)) for f in configured]
    if fmt == "json":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False,
                                  default=lambda v: v.isoformat() if isinstance(v, datetime) else str(v)))
    else:
        _print_table(rows)
        click.echo(f"{len(rows)} feed(s) in {file.path}" + (f"; {note}" if note else ""))


@feeds.command()
@click.argument("url")
@click.option("--name", help="Feed name (default: from the feed's title, else its host).")
@click.option("--outlet", help="Outlet shown in the warehouse (default: the feed's title).")
@click.option("--language", help="ISO 639-1 code (default: the feed's declared language, else detected).")
@click.option("--timezone", default="UTC", show_default=True, help="How the feed's naive dates are read.")
@click.option("--tag", "tags", multiple=True, help="A tag for the feed (repeatable).")
@_feeds_file_option
@click.option("--allow-private-networks", is_flag=True, default=None,
              help="Allow loopback and private addresses (local demo and tests only).")
def add(url: str, name: str | None, outlet: str | None, language: str | None, timezone: str,
        tags: tuple[str, ...], feeds_file: Path | None, allow_private_networks: bool | None) -> None:
    """Probe URL once and add it to the feeds file; refuses a URL that is not a feed, or one already there.

    The outlet, name and language come from the feed itself unless given.

    Example: bamboo feeds add https://thediplomat.com/feed/ --timezone America/New_York --tag analysis
    """
    from extractors.feeds.probe import probe_feed
    from extractors.http.client import Fetcher

    settings = _settings(allow_private_networks=allow_private_networks)
    file = _open(feeds_file, settings)
    _call(lambda: check_url(url, "feed URL"))
    _refuse_duplicate(file, url, name)
    with Fetcher(settings) as fetcher:
        probe = _call(lambda: probe_feed(fetcher, url.strip()))
    if probe.final_url != url.strip():
        _refuse_duplicate(file, probe.final_url, None)
    host = _host(url)
    values = {"name": name or file.free_name(name_for(probe.title, url)),
              "url": url.strip(), "outlet": outlet or probe.title or host,
              "language": language or probe.language or "und", "timezone": timezone,
              "tags": tags or None}
    _call(lambda: file.add(values))
    _call(file.save)
    click.echo(f"Added {values['name']}: {values['outlet']} ({values['language']}, {probe.entries} items) "
               f"<{url.strip()}> to {file.path}")


@feeds.command()
@_feed_target
def remove(feed: str, feeds_file: Path | None, db: Path | None) -> None:
    """Remove a feed from the feeds file; the warehouse keeps its articles and marks it removed.

    Example: bamboo feeds remove bbc-asia
    """
    settings = _settings(db=db)
    file = _open(feeds_file, settings)
    found = _find(file, feed)
    if len(file.feeds()) == 1:
        raise click.ClickException(f"{file.path}: {found.name} is the only feed; disable it instead "
                                   f"(bamboo feeds disable {found.name})")
    file.remove(found.name)
    _call(file.save)
    click.echo(f"Removed {found.name} <{found.url}> from {file.path}")
    _mark(settings, [found.name], "removed")


def _switch_command(name: str, disabled: bool, doc: str) -> None:
    """Register `bamboo feeds <name>`: set one feed's `disabled` flag (disable and enable share it)."""
    def command(feed: str, feeds_file: Path | None, db: Path | None) -> None:
        _switch(feed, feeds_file, db, disabled=disabled)
    command.__doc__ = doc
    feeds.command(name)(_feed_target(command))


_switch_command("disable", True, """Stop polling a feed but keep it in the file (`disabled = true`); \
feed_health says disabled.

    Example: bamboo feeds disable state-dept-press
    """)
_switch_command("enable", False, """Poll a disabled feed again.

    Example: bamboo feeds enable state-dept-press
    """)


@feeds.command("import-opml")
@click.argument("source", type=click.File("rb"), metavar="FILE")
@_feeds_file_option
def import_opml(source: Any, feeds_file: Path | None) -> None:
    """Add the feeds of an OPML file (a feed reader's export; - for stdin), skipping those already there.

    Folders become tags. Nothing is fetched: check a feed with `bamboo ingest --feed-url URL`.

    Example: bamboo feeds import-opml subscriptions.opml
    """
    from extractors.feeds.opml import from_opml

    settings = _settings()
    file = _open(feeds_file, settings)
    found = _call(lambda: from_opml(source.read(), source.name))
    added, duplicates, unusable = 0, 0, []
    for item in found:
        try:
            check_url(item.url, "feed URL")
        except ConfigError as exc:
            unusable.append(f"{item.title or item.url}: {exc}")
            continue
        if file.find_url(item.url):
            duplicates += 1
            continue
        try:
            file.add(_from_outline(file, item))
        except ConfigError as exc:
            unusable.append(f"{item.title or item.url}: {exc}")
            continue
        added += 1
    if added:
        _call(file.save)
    click.echo(f"Imported {added} feed(s) into {file.path}; skipped {duplicates} already there"
               + (f", {len(unusable)} unusable" if unusable else ""))
    for line in unusable:
        click.echo(f"  skipped: {line}")


@feeds.command("export-opml")
@click.argument("target", type=click.Path(dir_okay=False, allow_dash=True, path_type=Path), default="-",
                metavar="[FILE]")
@_feeds_file_option
def export_opml(target: Path, feeds_file: Path | None) -> None:
    """Write every feed of the feeds file as OPML 2.0 (to FILE, or stdout); import-opml reads it back.

    Example: bamboo feeds export-opml feeds.opml
    """
    from extractors.feeds.opml import to_opml

    file = _open(feeds_file, _settings())
    configured = _call(file.feeds)
    document = to_opml(configured)
    if str(target) == "-":
        sys.stdout.flush()
        sys.stdout.buffer.write(document)
        sys.stdout.buffer.flush()
        return
    try:
        target.write_bytes(document)
    except OSError as exc:
        raise click.ClickException(f"{target}: cannot write: {exc.strerror or exc}") from exc
    click.echo(f"Exported {len(configured)} feed(s) to {target}")


def _open(feeds_file: Path | None, settings: Settings) -> FeedsFile:
    return _call(lambda: FeedsFile.open(feeds_file or settings.feeds))


def _call(fn: Callable[[], Any]) -> Any:
    """Run `fn`; a Bamboo Wire error becomes the command's one-line error."""
    try:
        return fn()
    except BambooError as exc:
        raise click.ClickException(str(exc)) from exc


def _find(file: FeedsFile, key: str) -> Feed:
    found = _call(lambda: file.find(key))
    if found is None:
        known = ", ".join(f.name for f in file.feeds()) or "none"
        raise click.ClickException(f"{file.path}: no feed named or with the URL {key!r} (feeds: {known})")
    return found


def _refuse_duplicate(file: FeedsFile, url: str, name: str | None) -> None:
    same = _call(lambda: file.find_url(url))
    if same is not None:
        raise click.ClickException(f"{url} is already in {file.path} as {same.name}")
    if name is not None and any(f.name == name for f in file.feeds()):
        raise click.ClickException(f"{file.path} already has a feed named {name!r}")


def _switch(key: str, feeds_file: Path | None, db: Path | None, *, disabled: bool) -> None:
    settings = _settings(db=db)
    file = _open(feeds_file, settings)
    found = _find(file, key)
    word = "disabled" if disabled else "enabled"
    if file.set_disabled(found.name, disabled):
        _call(file.save)
        click.echo(f"{found.name} {word} in {file.path}")
    else:
        click.echo(f"{found.name} was already {word} in {file.path}")
    _mark(settings, [found.name], "disabled" if disabled else "active")


def _mark(settings: Settings, names: Sequence[str], status: str) -> None:
    """Mark feeds in the warehouse now (if there is one) and publish the analyst copy; if the
    warehouse is busy, say so: the next ingest, reading the file, marks them anyway."""
    from warehouse import feedstatus, snapshot
    from warehouse.db import connect, transaction

    if not Path(settings.db).exists():
        return
    try:
        with connect(settings.db, timeout=min(settings.lock_timeout, 10.0),
                     memory_limit=settings.duckdb_memory_limit) as con:
            with transaction(con):
                changed = feedstatus.set_status(con, names, status, datetime.now(UTC))
            if changed:
                snapshot.publish(con, settings.db)
    except BambooError as exc:
        click.echo(f"Warehouse {settings.db} not updated now ({exc}); the next ingest marks the feed "
                   f"{status}", err=True)
        return
    if changed:
        click.echo(f"Marked {status} in the warehouse {settings.db}")


def _health(settings: Settings) -> tuple[dict[str, dict[str, Any]], str]:
    """feed_health by feed from the analyst copy (else the warehouse), and a note when there is none."""
    from warehouse import feedstatus
    from warehouse.snapshot import analyst_path

    db = Path(settings.db)
    source = next((p for p in (analyst_path(db), db) if p.exists()), None)
    if source is None:
        return {}, f"no warehouse at {db} yet: no health shown"
    try:
        return feedstatus.health(source, settings.duckdb_memory_limit), ""
    except BambooError as exc:
        return {}, f"health not shown: {exc}"
    except Exception as exc:  # a locked or foreign file: the list is still useful without health
        return {}, f"health not shown: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"


def _row(feed: Feed, health: dict[str, Any] | None) -> dict[str, Any]:
    h = health or {}
    return {"name": feed.name, "state": "disabled" if feed.disabled else "enabled", "outlet": feed.outlet,
            "language": feed.language, "url": feed.url, "last_poll": h.get("last_attempt_at"),
            "last_status": h.get("last_status"), "failures": h.get("consecutive_failures"),
            "articles": h.get("articles"), "last_error": h.get("last_error")}


def _print_table(rows: Sequence[dict[str, Any]]) -> None:
    cols = ("name", "state", "last_poll", "last_status", "failures", "articles", "url")
    cells = [[_cell(r[c]) for c in cols] for r in rows]
    widths = [max([len(c), *(len(row[i]) for row in cells)]) for i, c in enumerate(cols)]
    click.echo("  ".join(c.ljust(w) for c, w in zip(cols, widths, strict=True)).rstrip())
    click.echo("  ".join("-" * w for w in widths))
    for r, row in zip(rows, cells, strict=True):
        click.echo("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())
        if r["last_error"] and r["last_status"] not in ("ok", "not_modified", "unchanged"):
            error = " ".join(str(r["last_error"]).split())
            click.echo(f"    error: {error[:_MAX_ERROR]}{'…' if len(error) > _MAX_ERROR else ''}")


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M")
    return str(value)


def _host(url: str) -> str:
    from urllib.parse import urlsplit

    return urlsplit(url.strip()).hostname or "feed"


def _from_outline(file: FeedsFile, item: Any) -> dict[str, Any]:
    """A feeds-file table from an OPML outline: its bamboo: attributes when it has them (our own export),
    else the reader's title, language and folders."""
    extra = item.extra
    host = _host(item.url)
    tags = tuple(t for t in (slug(t) for t in item.tags) if t)
    own = extra.get("name", "")
    name = own if re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}", own) else name_for(item.title, item.url)
    return {"name": file.free_name(name),
            "url": item.url, "outlet": item.title or host, "language": item.language or "und",
            "timezone": extra.get("timezone", "UTC"), "tags": tags or None,
            "sitemap": extra.get("sitemap"), "archive": extra.get("archive"), "robots": extra.get("robots"),
            "disabled": True if extra.get("disabled") == "true" else None}
