"""Finding older articles for backfills: sitemaps and paginated archives through one loop, and the plan."""

from extractors.discovery import plan
from extractors.discovery.archives import Archive, parse_archive_page
from extractors.discovery.loop import (
    DiscoveredUrl,
    DiscoveryReport,
    Fetch,
    FetchedDoc,
    Walk,
    Window,
    discover,
    fetcher_adapter,
)
from extractors.discovery.sitemapfiles import SPEC_MAX_BYTES, parse_robots_sitemaps, parse_sitemap
from extractors.discovery.sitemaps import Sitemaps

__all__ = [
    "SPEC_MAX_BYTES", "Archive", "DiscoveredUrl", "DiscoveryReport", "Fetch", "FetchedDoc", "Sitemaps",
    "Walk", "Window", "discover", "fetcher_adapter", "parse_archive_page", "parse_robots_sitemaps",
    "parse_sitemap", "plan",
]
