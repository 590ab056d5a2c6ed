"""Finding older articles for backfills: sitemaps, paginated archives, and the backfill plan."""
