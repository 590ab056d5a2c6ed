-- Schema version 12: an index on article_id of each table that holds an article's versions, so that
-- replacing an existing article's current row (a refetch, a reprocess run: warehouse/changes.py)
-- reads that article's rows by point lookups. Their primary keys are composite (article_id with the
-- page hash and versions), which DuckDB cannot search by article_id alone: without these indexes
-- each table was scanned whole for every write that touched existing articles (1.4-2 s per 100
-- articles at a million). `articles` and `article_current` are keyed by article_id already.
CREATE INDEX raw_pages_article_id ON raw_pages (article_id);
CREATE INDEX extractions_article_id ON extractions (article_id);
CREATE INDEX detections_article_id ON detections (article_id);
CREATE INDEX article_sources_article_id ON article_sources (article_id);
