"""Feeds: the feeds file, parsing and polling, scheduling, the per-feed backlog, editing, probing, OPML.

The names below load their module on first use: an extraction worker imports `extractors.feeds.parse`
only, and must not pay for the HTTP client (polling, probing) or tomlkit (editing) it never runs.
"""

from extractors.public import exports

__all__, __getattr__ = exports(__name__, {
    "backlog": ("GuidIssue", "Pending", "guid_collisions", "take_capped", "without_guids"),
    "config": ("check_url", "cli_feed_name", "feeds_from_urls", "load_feeds", "parse_feeds"),
    "edit": ("FeedsFile", "name_for", "slug"),
    "opml": ("OpmlFeed", "from_opml", "to_opml"),
    "parse": ("ParsedFeed", "normalise_entry", "parse_feed"),
    "poll": ("SUCCESS_STATUSES", "poll_feed", "update_state"),
    "probe": ("Probe", "probe_feed"),
    "schedule": ("next_poll_at",),
})
