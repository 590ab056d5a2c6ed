-- Views for analysts. Recreated on every open, so they always match the code.

-- The current version of each article's page, extraction and detection, as article_current names
-- them (kept by every load, warehouse/changes.py): a fetched page before a failed attempt, then the
-- most recently fetched bytes; the extraction and detection of the newest page version that has one,
-- newest first.
CREATE OR REPLACE VIEW latest_pages AS
SELECT p.* FROM article_current c
JOIN raw_pages p ON p.article_id = c.article_id AND p.body_sha256 = c.page_sha256;

CREATE OR REPLACE VIEW latest_extractions AS
SELECT e.* FROM article_current c
JOIN extractions e ON e.article_id = c.article_id AND e.body_sha256 = c.extraction_sha256
                  AND e.extractor_version = c.extractor_version;

CREATE OR REPLACE VIEW latest_detections AS
SELECT d.* FROM article_current c
JOIN detections d ON d.article_id = c.article_id AND d.body_sha256 = c.detection_sha256
                 AND d.detector_version = c.detector_version;

CREATE OR REPLACE VIEW article_outlets AS
SELECT s.article_id,
       list(DISTINCT f.outlet ORDER BY f.outlet) AS outlets,
       list(DISTINCT s.feed_name ORDER BY s.feed_name) AS feeds,
       min(s.published_at) AS feed_published_at
FROM article_sources s LEFT JOIN feeds f ON f.name = s.feed_name
GROUP BY s.article_id;

CREATE OR REPLACE VIEW article_view AS
SELECT a.article_id, a.url, a.first_seen_at, a.discovered_via, a.fetch_status, a.fetch_error,
       coalesce(x.title, '') AS title, x.author, x.language, x.body, x.word_count, x.method,
       x.error AS extraction_error, x.extractor_version,
       coalesce(x.published_at, o.feed_published_at) AS published_at, x.date_source,
       coalesce(o.outlets[1], ff.outlet) AS outlet, o.outlets, o.feeds
FROM articles a
LEFT JOIN latest_extractions x USING (article_id)
LEFT JOIN article_outlets o USING (article_id)
LEFT JOIN feeds ff ON ff.name = a.first_feed;

CREATE OR REPLACE VIEW diplomacy_stories AS
SELECT v.article_id, v.url, v.title, v.outlet, v.outlets, v.published_at, v.language,
       d.pairs, d.score, d.evidence, d.detector_version, d.detected_at, v.word_count, v.first_seen_at
FROM latest_detections d JOIN article_view v USING (article_id)
WHERE d.relevant;

CREATE OR REPLACE VIEW daily_pair_counts AS
SELECT CAST(coalesce(published_at, first_seen_at) AS DATE) AS day, pair, count(*) AS stories
FROM (SELECT published_at, first_seen_at, unnest(pairs) AS pair FROM diplomacy_stories)
GROUP BY ALL;

CREATE OR REPLACE VIEW events AS
SELECT e.article_id, e.detector_version, e.seq, e.event_type, e.cameo, e.actor, e.target, e.people,
       e.place, e.event_date, e.evidence, v.published_at, v.outlet, v.title, v.url,
       e.event_date_text, e.place_country
FROM detection_events e
JOIN latest_detections d USING (article_id, body_sha256, detector_version)
JOIN article_view v USING (article_id);

CREATE OR REPLACE VIEW tier_mentions AS
SELECT t.article_id, t.detector_version, t.seq, t.tier, t.pair, t.text,
       v.published_at, v.outlet, v.title, v.url
FROM detection_tiers t
JOIN latest_detections d USING (article_id, body_sha256, detector_version)
JOIN article_view v USING (article_id);

CREATE OR REPLACE VIEW feed_health AS
SELECT f.name AS feed, f.outlet, f.url, s.last_status, s.last_attempt_at, s.last_success_at,
       s.last_new_item_at, coalesce(s.consecutive_failures, 0) AS consecutive_failures,
       s.last_error, s.next_poll_at, s.items_per_day,
       (SELECT count(*) FROM article_sources a WHERE a.feed_name = f.name) AS articles
FROM feeds f LEFT JOIN feed_state s ON s.feed_name = f.name;

CREATE OR REPLACE VIEW run_log AS
SELECT run_id, flow, status, started_at, finished_at,
       date_diff('millisecond', started_at, finished_at) / 1000.0 AS seconds,
       feeds_polled, feeds_failed, new_articles, stories_found, error, params, prefect_flow_run_id
FROM runs ORDER BY started_at DESC;
