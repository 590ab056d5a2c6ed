"""One error tree for Bamboo Wire.

    BambooError
     ├── ConfigError      bad settings or feeds file: stops the run before any fetch
     ├── FetchError       a feed or page could not be fetched (recorded, the run goes on)
     ├── ExtractError     a page or feed could not be turned into records (recorded)
     └── WarehouseError   the DuckDB file cannot be opened or written: stops the run

Errors from httpx, feedparser and duckdb are mapped to these where they enter.
"""

from __future__ import annotations


class BambooError(Exception):
    """Base of every error Bamboo Wire raises on purpose."""


class ConfigError(BambooError):
    """Settings or the feeds file are invalid; the message names the input and the reason."""


class FetchError(BambooError):
    """A request failed; `kind` is a short stable reason code stored in the warehouse."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


class ExtractError(BambooError):
    """A document could not be parsed into records."""


class WarehouseError(BambooError):
    """The warehouse cannot be opened, migrated or written."""
