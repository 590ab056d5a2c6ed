-- Schema version 9: events, each a cluster of the reports of one occasion (warehouse/clusters.py).
-- detection_events.main marks the event the headline and lead are about (the detector's `main`).
-- event_members gives each relevant story its event, assigned in the transaction that loads its
-- detection, with the facts the assignment compared (so a later report is matched against rows
-- found by pair and day, not against every detection's events). An event's id is taken from the article that
-- opened it and never changes; when a report bridges two events, the younger is merged into the older
-- and event_merges says so (views resolve it; member rows keep the id they were given).
ALTER TABLE detection_events ADD COLUMN main BOOLEAN;

CREATE TABLE event_members (
    article_id       VARCHAR PRIMARY KEY,
    event_id         VARCHAR NOT NULL,     -- as assigned; event_merges may say it became another
    detection_sha256 VARCHAR NOT NULL,     -- the detection it was assigned from (article_current's)
    detector_version VARCHAR NOT NULL,
    pair             VARCHAR NOT NULL,     -- the main event's pair (CN-US | CN-VN | US-VN), else the story's first
    day              DATE NOT NULL,        -- event_date, else the day it was published (candidate lookup)
    event_type       VARCHAR,              -- the main event's (NULL: the story reports no event)
    actor            VARCHAR,
    target           VARCHAR,
    event_date       DATE,
    place            VARCHAR,
    place_country    VARCHAR,
    people           VARCHAR[],
    announcement     BOOLEAN NOT NULL,     -- published before its event's date
    published_at     TIMESTAMPTZ,
    published_day    DATE NOT NULL,        -- its UTC day (else `day`): an undated report is matched by it
    language         VARCHAR,
    sketch           BIGINT[],             -- the smallest hashes of the shingles of its title and evidence
    score            DOUBLE,               -- how well it matched the event it joined (NULL: opened it)
    assigned_at      TIMESTAMPTZ NOT NULL
);
-- No ART index: DuckDB plans range lookups as scans whatever the index, and rows are appended roughly
-- in date order, so a lookup's constant range on day / published_day skips row groups by their min/max.

CREATE TABLE event_merges (
    from_event_id VARCHAR PRIMARY KEY,     -- an event that no longer stands alone ...
    into_event_id VARCHAR NOT NULL,        -- ... and the one it is part of now (never itself merged)
    merged_at     TIMESTAMPTZ NOT NULL,
    article_id    VARCHAR NOT NULL         -- the report that bridged them
);
