-- Diplomatic events by type, actor and target, most frequent first.
SELECT event_type, actor, target, count(*) AS events, count(DISTINCT article_id) AS stories
FROM events
GROUP BY ALL
ORDER BY events DESC;
