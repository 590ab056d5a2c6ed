"""Finding older articles for backfills: sitemaps and paginated archives through one loop, and the plan."""

from extractors.public import exports

__all__, __getattr__ = exports(__name__, {
    "archives": ("Archive", "parse_archive_page"),
    "loop": ("DiscoveredUrl", "DiscoveryReport", "Fetch", "FetchedDoc", "Walk", "Window", "discover",
             "fetcher_adapter"),
    "plan": (),
    "sitemapfiles": ("SPEC_MAX_BYTES", "parse_robots_sitemaps", "parse_sitemap"),
    "sitemaps": ("Sitemaps",),
})
