-- Schema version 6: a run that loaded its data but could not publish the analyst copy says why
-- (it stays completed); a backfilled page's sitemap <lastmod> is kept as a date, the last resort
-- for dating a page that carries no date of its own.
ALTER TABLE runs ADD COLUMN publish_error VARCHAR;
ALTER TABLE article_sources ADD COLUMN lastmod TIMESTAMPTZ;
-- Sources stored before this version kept the lastmod only as raw text ("lastmod: <ISO time>").
UPDATE article_sources SET lastmod = TRY_CAST(substr(published_raw, 10) AS TIMESTAMPTZ)
WHERE published_raw LIKE 'lastmod: %';
