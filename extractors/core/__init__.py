"""Shared records, settings and errors, and what every stage uses: charset, dates, URLs, budgets."""

from extractors.public import exports

__all__, __getattr__ = exports(__name__, {
    "budget": ("Budget", "WorkFailed", "run_within"),
    "charset": ("decode_html", "normalise_charset", "repair_mixed_utf8", "trusted_content_type",
                "utf8_content_type", "widen_to_superset"),
    "compression": ("CorruptData", "compress", "decompress"),
    "dates": ("EARLIEST", "FUTURE_SLACK", "as_utc", "entry_date", "parse_date", "parse_iso",
              "parse_iso_datetime", "plausible", "url_date_span", "url_day"),
    "errors": ("BambooError", "ConfigError", "ExtractError", "FetchError", "WarehouseError"),
    "models": ("Article", "Detection", "Event", "Feed", "FeedEntry", "FeedPoll", "FeedState",
               "ProcessedArticle", "RawPage", "TierMention"),
    "redact": ("redact_text", "redact_url"),
    "settings": ("ROBOTS_AGENT", "Settings", "describe", "show"),
    "urls": ("article_id", "canonicalize_url", "drop_params", "host_of", "is_tracking_param", "preferred_url",
             "site_of", "sole_differing_param", "variant_key"),
})
