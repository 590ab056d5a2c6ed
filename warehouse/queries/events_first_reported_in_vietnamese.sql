-- Events whose first report was in Vietnamese, with the languages that followed.
SELECT e.event_id, e.event_date, array_to_string(e.pairs, ' ') AS pairs, e.headline, a.title AS first_report,
       a.outlet, e.first_reported_at, array_to_string(e.languages, '/') AS languages, e.article_count AS reports
FROM diplomacy_events e
JOIN event_articles a ON a.event_id = e.event_id AND a.article_id = e.article_ids[1]
WHERE a.language = 'vi'
ORDER BY e.first_reported_at DESC;
