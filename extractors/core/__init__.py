"""Shared records, settings and errors, and what every stage uses: charset, dates, URLs, budgets."""

from extractors.core.budget import Budget, WorkFailed, run_within
from extractors.core.charset import (
    decode_html,
    normalise_charset,
    repair_mixed_utf8,
    trusted_content_type,
    utf8_content_type,
    widen_to_superset,
)
from extractors.core.compression import CorruptData, compress, decompress
from extractors.core.dates import (
    EARLIEST,
    FUTURE_SLACK,
    as_utc,
    entry_date,
    parse_date,
    parse_iso,
    parse_iso_datetime,
    plausible,
    url_date_span,
    url_day,
)
from extractors.core.errors import BambooError, ConfigError, ExtractError, FetchError, WarehouseError
from extractors.core.models import (
    Article,
    Detection,
    Event,
    Feed,
    FeedEntry,
    FeedPoll,
    FeedState,
    ProcessedArticle,
    RawPage,
    TierMention,
)
from extractors.core.redact import redact_text, redact_url
from extractors.core.settings import ROBOTS_AGENT, Settings, describe, show
from extractors.core.urls import (
    article_id,
    canonicalize_url,
    drop_params,
    host_of,
    is_tracking_param,
    preferred_url,
    site_of,
    sole_differing_param,
    variant_key,
)

__all__ = [
    "EARLIEST", "FUTURE_SLACK", "ROBOTS_AGENT", "Article", "BambooError", "Budget", "ConfigError",
    "CorruptData",
    "Detection", "Event", "ExtractError", "Feed", "FeedEntry", "FeedPoll", "FeedState", "FetchError",
    "ProcessedArticle", "RawPage", "Settings", "TierMention", "WarehouseError", "WorkFailed", "article_id",
    "as_utc", "canonicalize_url", "compress", "decode_html", "decompress", "describe", "drop_params",
    "entry_date", "host_of", "is_tracking_param", "normalise_charset", "parse_date", "parse_iso",
    "parse_iso_datetime", "plausible", "preferred_url", "redact_text", "redact_url", "repair_mixed_utf8",
    "run_within", "show", "site_of", "sole_differing_param", "trusted_content_type",
    "url_date_span", "url_day", "utf8_content_type", "variant_key", "widen_to_superset",
]
