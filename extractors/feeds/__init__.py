"""Feeds: the feeds file, parsing and polling, scheduling, the per-feed backlog, editing, probing, OPML.

The names below load their module on first use: an extraction worker imports `extractors.feeds.parse`
only, and must not pay for the HTTP client (polling, probing) or tomlkit (editing) it never runs.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_WHERE = {
    "GuidIssue": "backlog", "Pending": "backlog", "guid_collisions": "backlog", "take_capped": "backlog",
    "without_guids": "backlog",
    "check_url": "config", "cli_feed_name": "config", "feeds_from_urls": "config", "load_feeds": "config",
    "parse_feeds": "config",
    "FeedsFile": "edit", "name_for": "edit", "slug": "edit",
    "OpmlFeed": "opml", "from_opml": "opml", "to_opml": "opml",
    "ParsedFeed": "parse", "normalise_entry": "parse", "parse_feed": "parse",
    "SUCCESS_STATUSES": "poll", "poll_feed": "poll", "update_state": "poll",
    "Probe": "probe", "probe_feed": "probe",
    "next_poll_at": "schedule",
}

__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{_WHERE[name]}"), name)
