-- Articles whose body could not be extracted or fetched, with the reason, per outlet.
SELECT outlet, coalesce(extraction_error, fetch_error) AS reason, count(*) AS articles
FROM article_view
WHERE extraction_error IS NOT NULL OR fetch_status <> 'fetched'
GROUP BY ALL
ORDER BY articles DESC;
