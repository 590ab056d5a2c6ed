-- Schema version 4: what a feed listed that is not loaded yet, per-article claims of concurrent runs,
-- and feeds whose GUIDs stopped being unique. Additive only: no existing table changes.

CREATE TABLE feed_pending (
    feed_name     VARCHAR NOT NULL,
    url           VARCHAR NOT NULL,         -- the entry's canonical URL
    link          VARCHAR,
    guid          VARCHAR,
    title         VARCHAR,
    summary       VARCHAR,
    content       VARCHAR,
    author        VARCHAR,
    published_at  TIMESTAMPTZ,
    published_raw VARCHAR,
    position      INTEGER NOT NULL,         -- place in the feed when last listed (0 = first)
    first_seen_at TIMESTAMPTZ NOT NULL,
    last_seen_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (feed_name, url)
);

CREATE TABLE article_claims (
    url        VARCHAR PRIMARY KEY,         -- canonical URL a run is fetching
    run_id     VARCHAR NOT NULL,
    claimed_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE feed_guid_issues (
    feed_name   VARCHAR PRIMARY KEY,
    detected_at TIMESTAMPTZ NOT NULL,
    guid        VARCHAR NOT NULL,           -- the GUID seen on more than one link
    detail      VARCHAR NOT NULL            -- the links it was seen on
);
