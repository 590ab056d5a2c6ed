-- Schema version 3: which process ran each run, so a run whose process was killed can be closed
-- as failed by the next run on the same host instead of staying 'running' for good.
ALTER TABLE runs ADD COLUMN host VARCHAR;
ALTER TABLE runs ADD COLUMN pid INTEGER;
