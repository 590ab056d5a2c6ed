-- Schema version 5: page versions and URL identity.
-- A refetched page whose bytes differ is a new version beside the old one: raw_pages is keyed by
-- (article_id, body_sha256), and extractions and detections name the page version they were made
-- from (body_sha256 '' = no page: the fetch failed, the text came from the feed).
-- article_aliases remembers every entry URL that led to an article, ignored_params the query
-- parameters learned not to change a host's pages, distrusted_canonicals the rel=canonical URLs
-- shared by distinct pages (never used as a key).

CREATE TABLE raw_pages_v5 (
    article_id   VARCHAR NOT NULL,
    body_sha256  VARCHAR NOT NULL,         -- the version: hash of the page as fetched ('' = no body)
    url          VARCHAR NOT NULL,
    final_url    VARCHAR,
    status       INTEGER,
    content_type VARCHAR,
    fetched_at   TIMESTAMPTZ NOT NULL,     -- last time these bytes were fetched
    body_bytes   INTEGER,
    body_path    VARCHAR,
    error_kind   VARCHAR,
    error        VARCHAR,
    PRIMARY KEY (article_id, body_sha256)
);
INSERT INTO raw_pages_v5 SELECT article_id, coalesce(body_sha256, ''), url, final_url, status, content_type,
    fetched_at, body_bytes, body_path, error_kind, error FROM raw_pages;
DROP TABLE raw_pages;
ALTER TABLE raw_pages_v5 RENAME TO raw_pages;

CREATE TABLE extractions_v5 (
    article_id        VARCHAR NOT NULL,
    body_sha256       VARCHAR NOT NULL,    -- the page version extracted ('' = feed text only)
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
    PRIMARY KEY (article_id, body_sha256, extractor_version)
);
INSERT INTO extractions_v5 SELECT e.article_id, coalesce(p.body_sha256, ''), e.extractor_version,
    e.extracted_at, e.title, e.author, e.site_name, e.canonical_url, e.published_at, e.date_source,
    e.language, e.body, e.word_count, e.method, e.error
FROM extractions e LEFT JOIN raw_pages p USING (article_id);
DROP TABLE extractions;
ALTER TABLE extractions_v5 RENAME TO extractions;

CREATE TABLE detections_v5 (
    article_id       VARCHAR NOT NULL,
    body_sha256      VARCHAR NOT NULL,
    detector_version VARCHAR NOT NULL,
    detected_at      TIMESTAMPTZ NOT NULL,
    relevant         BOOLEAN NOT NULL,
    score            DOUBLE NOT NULL,
    pairs            VARCHAR[],
    evidence         JSON,
    PRIMARY KEY (article_id, body_sha256, detector_version)
);
INSERT INTO detections_v5 SELECT d.article_id, coalesce(p.body_sha256, ''), d.detector_version,
    d.detected_at, d.relevant, d.score, d.pairs, d.evidence
FROM detections d LEFT JOIN raw_pages p USING (article_id);
DROP TABLE detections;
ALTER TABLE detections_v5 RENAME TO detections;

CREATE TABLE detection_events_v5 (
    article_id       VARCHAR NOT NULL,
    body_sha256      VARCHAR NOT NULL,
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
    PRIMARY KEY (article_id, body_sha256, detector_version, seq)
);
INSERT INTO detection_events_v5 SELECT e.article_id, coalesce(p.body_sha256, ''), e.detector_version, e.seq,
    e.event_type, e.cameo, e.actor, e.target, e.people, e.place, e.event_date, e.evidence
FROM detection_events e LEFT JOIN raw_pages p USING (article_id);
DROP TABLE detection_events;
ALTER TABLE detection_events_v5 RENAME TO detection_events;

CREATE TABLE detection_tiers_v5 (
    article_id       VARCHAR NOT NULL,
    body_sha256      VARCHAR NOT NULL,
    detector_version VARCHAR NOT NULL,
    seq              INTEGER NOT NULL,
    tier             VARCHAR NOT NULL,
    pair             VARCHAR,
    text             VARCHAR,
    PRIMARY KEY (article_id, body_sha256, detector_version, seq)
);
INSERT INTO detection_tiers_v5 SELECT t.article_id, coalesce(p.body_sha256, ''), t.detector_version, t.seq,
    t.tier, t.pair, t.text
FROM detection_tiers t LEFT JOIN raw_pages p USING (article_id);
DROP TABLE detection_tiers;
ALTER TABLE detection_tiers_v5 RENAME TO detection_tiers;

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
