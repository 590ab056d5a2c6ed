-- Relationship-tier mentions per month and pair ("comprehensive strategic partnership", ...).
SELECT strftime(published_at, '%Y-%m') AS month, tier, coalesce(pair, '?') AS pair, count(*) AS mentions
FROM tier_mentions
GROUP BY ALL
ORDER BY month, tier, pair;
