-- Events of the last seven days by pair, with how widely each was reported (one row per event and pair).
SELECT pair, coalesce(event_date, CAST(first_reported_at AS DATE)) AS day, event_type, place, headline,
       article_count AS reports, outlet_count AS outlets, array_to_string(languages, '/') AS languages
FROM (SELECT *, unnest(pairs) AS pair FROM diplomacy_events)
WHERE last_reported_at >= now() - INTERVAL 7 DAY
ORDER BY pair, day, reports DESC;
