-- Events reported in English, Vietnamese and Chinese alike, most reported first.
SELECT event_id, event_date, array_to_string(pairs, ' ') AS pairs, event_type, place, headline,
       article_count AS reports, outlet_count AS outlets
FROM diplomacy_events
WHERE list_has_all(languages, ['en', 'vi', 'zh'])
ORDER BY article_count DESC, event_date;
