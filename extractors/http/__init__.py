"""The one HTTP client: guarded, polite, bounded GETs (address guard, per-host politeness, robots.txt)."""

from extractors.http.client import Fetcher, FetchResult
from extractors.http.guard import is_public_address
from extractors.http.politeness import MAX_RETRY_AFTER, parse_retry_after
from extractors.http.robots import MAX_ROBOTS_BYTES

__all__ = ["MAX_RETRY_AFTER", "MAX_ROBOTS_BYTES", "FetchResult", "Fetcher", "is_public_address",
           "parse_retry_after"]
