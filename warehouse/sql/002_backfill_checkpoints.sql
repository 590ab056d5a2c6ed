-- Schema version 2: backfill checkpoints. A backfill works through its window in chunks and records
-- each finished chunk, so a rerun with the same parameters after a crash skips what is done.
-- Additive only: no existing table changes.

CREATE TABLE backfills (
    backfill_id  VARCHAR PRIMARY KEY,
    params_key   VARCHAR NOT NULL,        -- hash of since, until, feeds, refetch, chunk_days
    since        DATE NOT NULL,
    until        DATE NOT NULL,
    feeds        VARCHAR[] NOT NULL,      -- the feeds it covers (names)
    refetch      BOOLEAN NOT NULL,
    chunk_days   INTEGER NOT NULL,
    status       VARCHAR NOT NULL,        -- running | completed
    started_at   TIMESTAMPTZ NOT NULL,
    finished_at  TIMESTAMPTZ,
    last_run_id  VARCHAR                  -- the runs row of the latest attempt
);

CREATE TABLE backfill_chunks (
    backfill_id    VARCHAR NOT NULL,
    chunk          VARCHAR NOT NULL,      -- '2023-09-01..2023-09-07', or 'undated'
    chunk_start    DATE,                  -- NULL for the undated chunk
    chunk_end      DATE,
    discovered     INTEGER NOT NULL,      -- distinct URLs discovered in the chunk
    already_stored INTEGER NOT NULL,      -- of those, skipped because stored (0 with refetch)
    loaded         INTEGER NOT NULL,      -- articles written (fetch failures included, recorded as such)
    fetch_failed   INTEGER NOT NULL,
    outside_window INTEGER NOT NULL,      -- loaded, but the page's own date falls outside the window
    stories        INTEGER NOT NULL,      -- diplomacy stories among the loaded
    run_id         VARCHAR,
    done_at        TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (backfill_id, chunk)
);
