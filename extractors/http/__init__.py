"""The one HTTP client: guarded, polite, bounded GETs (address guard, per-host politeness, robots.txt)."""

from extractors.public import exports

__all__, __getattr__ = exports(__name__, {
    "client": ("FetchResult", "Fetcher"),
    "guard": ("is_public_address",),
    "politeness": ("MAX_RETRY_AFTER", "parse_retry_after"),
    "robots": ("MAX_ROBOTS_BYTES",),
})
