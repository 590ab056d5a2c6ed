-- Schema version 8: current rows and a change log, so reads and the analyst copy cost what is new.
-- article_current names each article's current page version, extraction and detection (the order the
-- latest_* views used to compute with a window over all history on every query); every write that
-- touches an article's rows updates it in the same transaction (warehouse/changes.py).
-- change_log lists, per committed write, the articles and polls it touched, numbered by rev, so the
-- analyst copies (warehouse/snapshot.py) are refreshed with what changed since their own rev.

CREATE TABLE article_current (
    article_id        VARCHAR PRIMARY KEY,
    page_sha256       VARCHAR,             -- newest page version (raw_pages.body_sha256); NULL: none
    extraction_sha256 VARCHAR,             -- the current extraction's key ...
    extractor_version VARCHAR,
    detection_sha256  VARCHAR,             -- ... and the current detection's
    detector_version  VARCHAR,
    relevant          BOOLEAN,             -- the current detection's verdict
    -- What the story views show, from the article's own rows (outlets come from feeds at query time):
    url               VARCHAR,
    first_seen_at     TIMESTAMPTZ,
    first_feed        VARCHAR,
    title             VARCHAR,             -- the current extraction's ('' without one)
    language          VARCHAR,
    word_count        INTEGER,
    published_at      TIMESTAMPTZ,         -- the extraction's date, else the feeds' earliest
    feeds             VARCHAR[],           -- the feeds that carried it, sorted
    pairs             VARCHAR[],           -- the current detection's
    score             DOUBLE,
    evidence          JSON,
    detected_at       TIMESTAMPTZ
);

CREATE TABLE change_log (
    rev  BIGINT NOT NULL,                  -- the write that made the change (change_state.last_rev)
    kind VARCHAR NOT NULL,                 -- article | poll
    key  VARCHAR NOT NULL                  -- article_id or poll_id
);

CREATE TABLE change_state (
    id         INTEGER PRIMARY KEY,        -- always 1
    last_rev   BIGINT NOT NULL,            -- the newest committed write
    floor_rev  BIGINT NOT NULL             -- every change after this rev is still in change_log
);
INSERT INTO change_state VALUES (1, 0, 0);

CREATE TABLE analyst_copies (
    file           VARCHAR PRIMARY KEY,    -- a generation of the analyst copy (warehouse/snapshot.py)
    rev            BIGINT NOT NULL,        -- the change_state.last_rev it holds
    schema_version INTEGER NOT NULL,
    refreshed_at   TIMESTAMPTZ NOT NULL,
    stamp          VARCHAR NOT NULL        -- size:mtime after the refresh (did anything else write it?)
);

-- The rule of warehouse/changes.py (_CURRENT_SQL) as of this version, over every article.
INSERT INTO article_current
WITH pages AS (
    SELECT p.article_id, p.body_sha256, p.fetched_at FROM raw_pages p
), newest_page AS (
    SELECT article_id, body_sha256 FROM pages
    QUALIFY row_number() OVER (PARTITION BY article_id
                               ORDER BY body_sha256 <> '' DESC, fetched_at DESC, body_sha256) = 1
), newest_extraction AS (
    SELECT e.article_id, e.body_sha256, e.extractor_version, e.title, e.language, e.word_count, e.published_at
    FROM extractions e LEFT JOIN pages p USING (article_id, body_sha256)
    QUALIFY row_number() OVER (PARTITION BY e.article_id ORDER BY e.body_sha256 <> '' DESC,
            p.fetched_at DESC NULLS LAST, e.extracted_at DESC, e.extractor_version DESC) = 1
), newest_detection AS (
    SELECT d.article_id, d.body_sha256, d.detector_version, d.relevant, d.pairs, d.score, d.evidence,
           d.detected_at
    FROM detections d LEFT JOIN pages p USING (article_id, body_sha256)
    QUALIFY row_number() OVER (PARTITION BY d.article_id ORDER BY d.body_sha256 <> '' DESC,
            p.fetched_at DESC NULLS LAST, d.detected_at DESC, d.detector_version DESC) = 1
), sources AS (
    SELECT s.article_id, list(DISTINCT s.feed_name ORDER BY s.feed_name) AS feeds,
           min(s.published_at) AS published_at
    FROM article_sources s GROUP BY s.article_id
)
SELECT a.article_id, np.body_sha256, nx.body_sha256, nx.extractor_version,
       nd.body_sha256, nd.detector_version, nd.relevant,
       a.url, a.first_seen_at, a.first_feed, coalesce(nx.title, ''), nx.language, nx.word_count,
       coalesce(nx.published_at, s.published_at), s.feeds, nd.pairs, nd.score, nd.evidence, nd.detected_at
FROM articles a
LEFT JOIN newest_page np USING (article_id)
LEFT JOIN newest_extraction nx USING (article_id)
LEFT JOIN newest_detection nd USING (article_id)
LEFT JOIN sources s USING (article_id);
