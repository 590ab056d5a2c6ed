-- Diplomacy stories per week and country pair.
SELECT date_trunc('week', day) AS week, pair, sum(stories) AS stories
FROM daily_pair_counts
GROUP BY ALL
ORDER BY week, pair;
