"""Feeds: the feeds file, parsing and polling, scheduling, the per-feed backlog, editing, probing, OPML."""

from extractors.feeds.backlog import GuidIssue, Pending, guid_collisions, take_capped, without_guids
from extractors.feeds.config import check_url, cli_feed_name, feeds_from_urls, load_feeds, parse_feeds
from extractors.feeds.edit import FeedsFile, name_for, slug
from extractors.feeds.opml import OpmlFeed, from_opml, to_opml
from extractors.feeds.parse import ParsedFeed, normalise_entry, parse_feed
from extractors.feeds.poll import SUCCESS_STATUSES, poll_feed, update_state
from extractors.feeds.probe import Probe, probe_feed
from extractors.feeds.schedule import next_poll_at

__all__ = [
    "SUCCESS_STATUSES", "FeedsFile", "GuidIssue", "OpmlFeed", "ParsedFeed", "Pending", "Probe", "check_url",
    "cli_feed_name", "feeds_from_urls", "from_opml", "guid_collisions", "load_feeds", "name_for",
    "next_poll_at", "normalise_entry", "parse_feed", "parse_feeds", "poll_feed", "probe_feed", "slug",
    "take_capped", "to_opml", "update_state", "without_guids",
]
