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

-- Each article's current facts (article_current) with its outlets, which come from `feeds` at query
-- time (an outlet renamed in the config shows at once): the base of the story views, so a filter on
-- them (relevant, dates) reads article_current only, never all history.
CREATE OR REPLACE VIEW article_facts AS
SELECT * EXCLUDE (first_feed_outlet), coalesce(outlets[1], first_feed_outlet) AS outlet
FROM (
    SELECT c.*, list_sort(list_distinct(list_transform(c.feeds, lambda n: m.outlet_of[n]))) AS outlets,
           ff.outlet AS first_feed_outlet
    FROM article_current c
    CROSS JOIN (SELECT map(list(name), list(outlet)) AS outlet_of FROM feeds) m
    LEFT JOIN feeds ff ON ff.name = c.first_feed
);

CREATE OR REPLACE VIEW article_view AS
SELECT a.article_id, a.url, a.first_seen_at, a.discovered_via, a.fetch_status, a.fetch_error,
       coalesce(f.title, '') AS title, x.author, f.language, x.body, f.word_count, x.method,
       x.error AS extraction_error, f.extractor_version, f.published_at, x.date_source,
       f.outlet, f.outlets, f.feeds
FROM articles a
LEFT JOIN article_facts f USING (article_id)
LEFT JOIN extractions x ON x.article_id = f.article_id AND x.body_sha256 = f.extraction_sha256
                       AND x.extractor_version = f.extractor_version;

CREATE OR REPLACE VIEW diplomacy_stories AS
SELECT article_id, url, title, outlet, outlets, published_at, language,
       pairs, score, evidence, detector_version, detected_at, word_count, first_seen_at
FROM article_facts
WHERE relevant;

CREATE OR REPLACE VIEW daily_pair_counts AS
SELECT CAST(coalesce(published_at, first_seen_at) AS DATE) AS day, pair, count(*) AS stories
FROM (SELECT published_at, first_seen_at, unnest(pairs) AS pair FROM article_current WHERE relevant)
GROUP BY ALL;

-- The rows of a table of detection parts (detection_events, detection_tiers) that belong to their
-- article's current detection, with its publication time, outlet, title and URL: the base of the events
-- and tier_mentions views. It joins the current rows first and names the outlet after: computing the
-- outlets of every article before a selective join would read all of them. `current`: article_current,
-- or some of its rows (warehouse/event_reads.py).
CREATE OR REPLACE MACRO current_detection_parts(parts, current) AS TABLE
SELECT t.*, c.published_at,
       coalesce(list_min(list_transform(c.feeds, lambda n: m.outlet_of[n])), ff.outlet) AS outlet,
       c.title, c.url
FROM query_table(parts) t
JOIN query_table(current) c ON c.article_id = t.article_id AND c.detection_sha256 = t.body_sha256
                           AND c.detector_version = t.detector_version
CROSS JOIN (SELECT map(list(name), list(outlet)) AS outlet_of FROM feeds) m
LEFT JOIN feeds ff ON ff.name = c.first_feed;

CREATE OR REPLACE VIEW events AS
SELECT article_id, detector_version, seq, event_type, cameo, actor, target, people, place, event_date,
       evidence, published_at, outlet, title, url, event_date_text, place_country
FROM current_detection_parts('detection_events', 'article_current');

CREATE OR REPLACE VIEW tier_mentions AS
SELECT article_id, detector_version, seq, tier, pair, text, published_at, outlet, title, url
FROM current_detection_parts('detection_tiers', 'article_current');

-- status: 'disabled' or 'removed' when the feeds file says so (see feeds.status), else the last poll's
-- status ('new' before the first poll).
CREATE OR REPLACE VIEW feed_health AS
SELECT f.name AS feed, f.outlet, f.url,
       CASE WHEN f.status IN ('disabled', 'removed') THEN f.status ELSE coalesce(s.last_status, 'new') END
           AS status,
       f.status_changed_at, s.last_status, s.last_attempt_at, s.last_success_at,
       s.last_new_item_at, coalesce(s.consecutive_failures, 0) AS consecutive_failures,
       s.last_error, s.next_poll_at, s.items_per_day,
       (SELECT count(*) FROM article_sources a WHERE a.feed_name = f.name) AS articles
FROM feeds f LEFT JOIN feed_state s ON s.feed_name = f.name;

CREATE OR REPLACE VIEW run_log AS
SELECT run_id, flow, status, started_at, finished_at,
       date_diff('millisecond', started_at, finished_at) / 1000.0 AS seconds,
       feeds_polled, feeds_failed, new_articles, stories_found, error, params, prefect_flow_run_id
FROM runs ORDER BY started_at DESC;

-- Events: the reports of one occasion grouped (warehouse/clusters.py). An event merged into another
-- (event_merges) shows under the one it became part of. Members whose article is no longer a relevant
-- story under the same detection are left out until they are assigned again. The macro takes the
-- members and the current rows (tables of event_members' and article_current's columns): the view
-- passes the tables, a reader of a few events (warehouse/event_reads.py) the rows it looked up.
CREATE OR REPLACE MACRO event_articles_of(members, current) AS TABLE
SELECT coalesce(g.into_event_id, m.event_id) AS event_id, m.article_id, m.event_id AS assigned_event_id,
       c.url, c.title, coalesce(list_min(list_transform(c.feeds, lambda n: o.outlet_of[n])), ff.outlet) AS outlet,
       m.language, m.published_at, m.pair, m.event_type, m.actor, m.target, m.event_date, m.place,
       m.place_country, m.people, m.announcement, m.score, m.assigned_at, c.pairs AS story_pairs
FROM query_table(members) m
JOIN query_table(current) c ON c.article_id = m.article_id AND c.detection_sha256 = m.detection_sha256
                           AND c.detector_version = m.detector_version AND c.relevant
LEFT JOIN event_merges g ON g.from_event_id = m.event_id
CROSS JOIN (SELECT map(list(name), list(outlet)) AS outlet_of FROM feeds) o
LEFT JOIN feeds ff ON ff.name = c.first_feed;

CREATE OR REPLACE VIEW event_articles AS SELECT * FROM event_articles_of('event_members', 'article_current');

-- One row per event. The headline is the title of the first report in the analyst's language
-- (BAMBOO_REPORT_LANGUAGE, which Bamboo Wire's connections set as the variable bamboo_report_language;
-- English when unset), else of the first report.
-- The macro takes an event's reports (a table of event_articles' columns, every report of each event
-- in it), the current rows and the detections' events (tables of article_current's and
-- detection_events' columns, holding at least the headline reports' rows).
CREATE OR REPLACE MACRO diplomacy_events_of(articles, current, parts) AS TABLE
WITH ranked AS (
    SELECT a.*, row_number() OVER (PARTITION BY a.event_id ORDER BY
               a.language IS DISTINCT FROM coalesce(getvariable('bamboo_report_language'), 'en'),
               a.published_at NULLS LAST, a.article_id) AS headline_rank,
           row_number() OVER (PARTITION BY a.event_id ORDER BY a.published_at NULLS LAST, a.article_id)
               AS report_rank,
           count(*) OVER (PARTITION BY a.event_id, a.event_type) AS n_type,
           count(*) OVER (PARTITION BY a.event_id, a.actor) AS n_actor,
           count(*) OVER (PARTITION BY a.event_id, a.target) AS n_target,
           count(*) OVER (PARTITION BY a.event_id, a.place) AS n_place,
           count(*) OVER (PARTITION BY a.event_id, a.place_country) AS n_place_country
    FROM query_table(articles) a
), ev AS (
    SELECT r.event_id,
           list_sort(list(DISTINCT r.pair)) AS pairs,
           -- The most common value among the reports; a tie goes to the earliest report (mode() would
           -- pick either, so the same event could change type between two queries).
           arg_max(r.event_type, (r.n_type, -r.report_rank)) FILTER (WHERE r.event_type IS NOT NULL)
               AS event_type,
           arg_max(r.actor, (r.n_actor, -r.report_rank)) FILTER (WHERE r.actor IS NOT NULL) AS actor,
           arg_max(r.target, (r.n_target, -r.report_rank)) FILTER (WHERE r.target IS NOT NULL) AS target,
           coalesce(min(r.event_date) FILTER (WHERE NOT r.announcement), min(r.event_date)) AS event_date,
           arg_max(r.place, (r.n_place, -r.report_rank)) FILTER (WHERE r.place IS NOT NULL) AS place,
           arg_max(r.place_country, (r.n_place_country, -r.report_rank))
               FILTER (WHERE r.place_country IS NOT NULL) AS place_country,
           list_sort(list_distinct(flatten(list(r.people)))) AS people,
           min(r.published_at) AS first_reported_at, max(r.published_at) AS last_reported_at,
           count(*) AS article_count, count(DISTINCT r.outlet) AS outlet_count,
           list_sort(list(DISTINCT r.language) FILTER (WHERE r.language IS NOT NULL)) AS languages,
           any_value(r.title) FILTER (WHERE r.headline_rank = 1) AS headline,
           any_value(r.article_id) FILTER (WHERE r.headline_rank = 1) AS headline_article_id,
           -- An announcement: every dated report was published before its date.
           coalesce(bool_and(r.announcement) FILTER (WHERE r.event_date IS NOT NULL), false) AS announcement,
           list(r.article_id ORDER BY r.published_at NULLS LAST, r.article_id) AS article_ids
    FROM ranked r
    GROUP BY r.event_id
)
-- The evidence is the headline report's sentence for its main event (its first event when none is main).
SELECT ev.event_id, ev.pairs, ev.event_type, ev.actor, ev.target, ev.event_date, ev.place,
       ev.place_country, ev.people, ev.first_reported_at, ev.last_reported_at, ev.article_count,
       ev.outlet_count, ev.languages, ev.headline,
       (SELECT e.evidence FROM query_table(parts) e JOIN query_table(current) c
            ON c.article_id = e.article_id AND c.detection_sha256 = e.body_sha256
           AND c.detector_version = e.detector_version
        WHERE e.article_id = ev.headline_article_id ORDER BY coalesce(e.main, false) DESC, e.seq LIMIT 1
       ) AS evidence,
       ev.article_ids, ev.headline_article_id, ev.announcement
FROM ev;

CREATE OR REPLACE VIEW diplomacy_events AS
SELECT * FROM diplomacy_events_of('event_articles', 'article_current', 'detection_events');

-- Events per day and pair, beside daily_pair_counts (stories): the day is the event's date, else (and
-- for an announcement, whose date is the one announced) the day of its first report.
CREATE OR REPLACE VIEW daily_pair_events AS
SELECT CASE WHEN announcement OR event_date IS NULL THEN CAST(first_reported_at AS DATE) ELSE event_date END
           AS day,
       pair, count(*) AS events, sum(article_count) AS stories
FROM (SELECT event_date, first_reported_at, article_count, announcement, unnest(pairs) AS pair
      FROM diplomacy_events)
GROUP BY ALL;
