-- Schema version 10: where each feed stands in the feeds file, so feed_health stops saying "ok" for a
-- feed that is no longer polled. active = polled; disabled = kept in the file with `disabled = true`;
-- removed = no longer in the file the last full ingest read (or removed with `bamboo feeds remove`).
ALTER TABLE feeds ADD COLUMN status VARCHAR DEFAULT 'active';
ALTER TABLE feeds ADD COLUMN status_changed_at TIMESTAMPTZ;
