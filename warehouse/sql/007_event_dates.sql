-- Schema version 7: event dates as dates. `event_date` held the date words as written; they move to
-- `event_date_text`, and `event_date` becomes a DATE, kept where the old text was an ISO date
-- (YYYY-MM-DD) and NULL otherwise. `place_country` is the ISO3 country of the event's place.
-- The conversion is an UPDATE into a new column, not `ALTER ... SET DATA TYPE ... USING`: DuckDB logs
-- that expression in the WAL, and replaying it after a crash needs the core_functions extension, which
-- it then tries to download.
ALTER TABLE detection_events ADD COLUMN event_date_text VARCHAR;
ALTER TABLE detection_events ADD COLUMN place_country VARCHAR;
ALTER TABLE detection_events ADD COLUMN event_day DATE;
UPDATE detection_events SET event_date_text = event_date,
    event_day = CASE WHEN regexp_full_match(trim(event_date), '\d{4}-\d{2}-\d{2}')
                     THEN TRY_CAST(trim(event_date) AS DATE) END
    WHERE event_date IS NOT NULL;
ALTER TABLE detection_events DROP COLUMN event_date;
ALTER TABLE detection_events RENAME COLUMN event_day TO event_date;
