-- Schema version 1: the records of the pipeline, keyed on natural keys.
-- Every timestamp is TIMESTAMPTZ in UTC; lists are DuckDB lists; evidence is JSON.

CREATE TABLE feeds (
    name        VARCHAR PRIMARY KEY,       -- the feed's name in config/feeds.toml
    url         VARCHAR NOT NULL,
    outlet      VARCHAR NOT NULL,
    language    VARCHAR,
    timezone    VARCHAR,                   -- how naive dates of this feed are read
    tags        VARCHAR[],
    sitemap     VARCHAR,
    archive     VARCHAR,
    first_seen_at TIMESTAMPTZ NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE feed_state (
    feed_name             VARCHAR PRIMARY KEY,
    etag                  VARCHAR,
    last_modified         VARCHAR,
    content_hash          VARCHAR,
    last_unconditional_at TIMESTAMPTZ,
    last_attempt_at       TIMESTAMPTZ,
    last_success_at       TIMESTAMPTZ,
    last_new_item_at      TIMESTAMPTZ,
    consecutive_failures  INTEGER NOT NULL DEFAULT 0,
    last_status           VARCHAR,
    last_error            VARCHAR,
    next_poll_at          TIMESTAMPTZ,
    items_per_day         DOUBLE
);

CREATE TABLE feed_polls (
    poll_id           VARCHAR PRIMARY KEY,
    run_id            VARCHAR,
    feed_name         VARCHAR NOT NULL,
    url               VARCHAR NOT NULL,
    started_at        TIMESTAMPTZ NOT NULL,
    finished_at       TIMESTAMPTZ NOT NULL,
    status            VARCHAR NOT NULL,    -- ok | not_modified | unchanged | empty | not_a_feed | failed
    http_status       INTEGER,
    error_kind        VARCHAR,
    error             VARCHAR,
    etag              VARCHAR,
    last_modified     VARCHAR,
    content_hash      VARCHAR,
    conditional       BOOLEAN,
    entries_count     INTEGER,
    new_entries_count INTEGER,
    bozo              VARCHAR,
    encoding          VARCHAR,
    next_poll_at      TIMESTAMPTZ
);

CREATE TABLE articles (
    article_id     VARCHAR PRIMARY KEY,    -- short hash of the canonical URL
    url            VARCHAR NOT NULL UNIQUE, -- canonical URL: one row per story
    guid           VARCHAR,
    first_feed     VARCHAR,
    discovered_via VARCHAR NOT NULL,       -- feed | backfill | cli
    first_seen_at  TIMESTAMPTZ NOT NULL,
    fetch_status   VARCHAR NOT NULL,       -- fetched | failed
    fetch_error    VARCHAR,
    fetch_attempts INTEGER NOT NULL DEFAULT 1,
    last_fetch_at  TIMESTAMPTZ
);

CREATE TABLE article_sources (
    article_id    VARCHAR NOT NULL,
    feed_name     VARCHAR NOT NULL,
    link          VARCHAR,                 -- the link as this feed gave it
    entry_url     VARCHAR,                 -- that link, canonicalised (may differ from the article's)
    guid          VARCHAR,
    title         VARCHAR,
    summary       VARCHAR,
    published_at  TIMESTAMPTZ,
    published_raw VARCHAR,
    first_seen_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (article_id, feed_name)
);

CREATE TABLE raw_pages (
    article_id   VARCHAR PRIMARY KEY,
    url          VARCHAR NOT NULL,
    final_url    VARCHAR,
    status       INTEGER,
    content_type VARCHAR,
    fetched_at   TIMESTAMPTZ NOT NULL,
    body_bytes   INTEGER,                  -- size before compression
    body_sha256  VARCHAR,                  -- hash of the page as fetched: an unchanged refetch is a no-op
    body_path    VARCHAR,                  -- the page as fetched: zstd file under <warehouse>.pages/
    error_kind   VARCHAR,
    error        VARCHAR
);

CREATE TABLE extractions (
    article_id        VARCHAR NOT NULL,
    extractor_version VARCHAR NOT NULL,
    extracted_at      TIMESTAMPTZ NOT NULL,
    title             VARCHAR,
    author            VARCHAR,
    site_name         VARCHAR,
    canonical_url     VARCHAR,
    published_at      TIMESTAMPTZ,
    date_source       VARCHAR,
    language          VARCHAR,
    body              VARCHAR,
    word_count        INTEGER,
    method            VARCHAR,
    error             VARCHAR,
    PRIMARY KEY (article_id, extractor_version)
);

CREATE TABLE detections (
    article_id       VARCHAR NOT NULL,
    detector_version VARCHAR NOT NULL,
    detected_at      TIMESTAMPTZ NOT NULL,
    relevant         BOOLEAN NOT NULL,
    score            DOUBLE NOT NULL,
    pairs            VARCHAR[],
    evidence         JSON,
    PRIMARY KEY (article_id, detector_version)
);

CREATE TABLE detection_events (
    article_id       VARCHAR NOT NULL,
    detector_version VARCHAR NOT NULL,
    seq              INTEGER NOT NULL,
    event_type       VARCHAR NOT NULL,
    cameo            VARCHAR,
    actor            VARCHAR,
    target           VARCHAR,
    people           VARCHAR[],
    place            VARCHAR,
    event_date       VARCHAR,
    evidence         VARCHAR,
    PRIMARY KEY (article_id, detector_version, seq)
);

CREATE TABLE detection_tiers (
    article_id       VARCHAR NOT NULL,
    detector_version VARCHAR NOT NULL,
    seq              INTEGER NOT NULL,
    tier             VARCHAR NOT NULL,
    pair             VARCHAR,
    text             VARCHAR,
    PRIMARY KEY (article_id, detector_version, seq)
);

CREATE TABLE runs (
    run_id              VARCHAR PRIMARY KEY,
    flow                VARCHAR NOT NULL,  -- ingest | backfill | reprocess
    started_at          TIMESTAMPTZ NOT NULL,
    finished_at         TIMESTAMPTZ,
    status              VARCHAR NOT NULL,  -- running | completed | failed
    params              JSON,
    feeds_polled        INTEGER,
    feeds_failed        INTEGER,
    new_articles        INTEGER,
    stories_found       INTEGER,
    error               VARCHAR,
    prefect_flow_run_id VARCHAR
);
