-- Schema version 5: page versions and URL identity.
-- A refetched page whose bytes differ is a new version beside the old one: raw_pages is keyed by
-- (article_id, body_sha256), and extractions and detections name the page version they were made
-- from (body_sha256 '' = no page: the fetch failed, the text came from the feed).
-- article_aliases remembers every entry URL that led to an article, ignored_params the query
-- parameters learned not to change a host's pages, distrusted_canonicals the rel=canonical URLs
-- shared by distinct pages (never used as a key).

-- Each table is rebuilt with the page version as its second column (DuckDB cannot change a primary
-- key in place): copied with the same columns and types, then given its key and NOT NULL columns.
CREATE TABLE raw_pages_v5 AS
    SELECT article_id, coalesce(body_sha256, '') AS body_sha256, * EXCLUDE (article_id, body_sha256) FROM raw_pages;
CREATE TEMP TABLE page_of AS SELECT article_id, body_sha256 FROM raw_pages_v5;
CREATE TABLE extractions_v5 AS SELECT article_id, coalesce(p.body_sha256, '') AS body_sha256, t.* EXCLUDE (article_id)
    FROM extractions t LEFT JOIN page_of p USING (article_id);
CREATE TABLE detections_v5 AS SELECT article_id, coalesce(p.body_sha256, '') AS body_sha256, t.* EXCLUDE (article_id)
    FROM detections t LEFT JOIN page_of p USING (article_id);
CREATE TABLE detection_events_v5 AS SELECT article_id, coalesce(p.body_sha256, '') AS body_sha256, t.* EXCLUDE (article_id)
    FROM detection_events t LEFT JOIN page_of p USING (article_id);
CREATE TABLE detection_tiers_v5 AS SELECT article_id, coalesce(p.body_sha256, '') AS body_sha256, t.* EXCLUDE (article_id)
    FROM detection_tiers t LEFT JOIN page_of p USING (article_id);
DROP TABLE page_of;
DROP TABLE raw_pages;
DROP TABLE extractions;
DROP TABLE detections;
DROP TABLE detection_events;
DROP TABLE detection_tiers;
ALTER TABLE raw_pages_v5 RENAME TO raw_pages;
ALTER TABLE extractions_v5 RENAME TO extractions;
ALTER TABLE detections_v5 RENAME TO detections;
ALTER TABLE detection_events_v5 RENAME TO detection_events;
ALTER TABLE detection_tiers_v5 RENAME TO detection_tiers;
ALTER TABLE raw_pages ADD PRIMARY KEY (article_id, body_sha256);
ALTER TABLE extractions ADD PRIMARY KEY (article_id, body_sha256, extractor_version);
ALTER TABLE detections ADD PRIMARY KEY (article_id, body_sha256, detector_version);
ALTER TABLE detection_events ADD PRIMARY KEY (article_id, body_sha256, detector_version, seq);
ALTER TABLE detection_tiers ADD PRIMARY KEY (article_id, body_sha256, detector_version, seq);
ALTER TABLE raw_pages ALTER COLUMN url SET NOT NULL;
ALTER TABLE raw_pages ALTER COLUMN fetched_at SET NOT NULL;   -- last time these bytes were fetched
ALTER TABLE extractions ALTER COLUMN extracted_at SET NOT NULL;
ALTER TABLE detections ALTER COLUMN detected_at SET NOT NULL;
ALTER TABLE detections ALTER COLUMN relevant SET NOT NULL;
ALTER TABLE detections ALTER COLUMN score SET NOT NULL;
ALTER TABLE detection_events ALTER COLUMN event_type SET NOT NULL;
ALTER TABLE detection_tiers ALTER COLUMN tier SET NOT NULL;

CREATE TABLE article_aliases (
    entry_url     VARCHAR PRIMARY KEY,     -- a URL (canonicalised) that led to the article
    article_id    VARCHAR NOT NULL,
    variant_key   VARCHAR NOT NULL,        -- scheme://host/path without query or trailing slash
    feed_name     VARCHAR,
    how           VARCHAR NOT NULL,        -- entry | key | params_dropped
    first_seen_at TIMESTAMPTZ NOT NULL
);
INSERT OR IGNORE INTO article_aliases
SELECT entry_url, arg_min(article_id, first_seen_at), regexp_replace(split_part(entry_url, '?', 1), '/+$', ''),
       arg_min(feed_name, first_seen_at), 'entry', min(first_seen_at)
FROM article_sources WHERE entry_url IS NOT NULL GROUP BY entry_url;
INSERT OR IGNORE INTO article_aliases
SELECT url, article_id, regexp_replace(split_part(url, '?', 1), '/+$', ''), first_feed, 'key', first_seen_at FROM articles;

CREATE TABLE ignored_params (
    host        VARCHAR NOT NULL,          -- host[:port] as in canonical URLs
    param       VARCHAR NOT NULL,          -- a query parameter that does not change this host's pages
    url_a       VARCHAR NOT NULL,          -- the two entry URLs, differing only in it, that showed so
    url_b       VARCHAR NOT NULL,
    learned_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (host, param)
);

CREATE TABLE distrusted_canonicals (
    canonical_url   VARCHAR PRIMARY KEY,   -- a rel=canonical URL shared by distinct pages
    feed_name       VARCHAR,
    entry_url       VARCHAR NOT NULL,      -- the page that claimed it when it was found out
    other_entry_url VARCHAR NOT NULL,      -- a distinct page claiming (or stored under) it too
    reason          VARCHAR NOT NULL,
    first_seen_at   TIMESTAMPTZ NOT NULL
);
